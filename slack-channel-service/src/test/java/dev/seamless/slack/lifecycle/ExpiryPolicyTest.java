package dev.seamless.slack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seamless.slack.lifecycle.ExpiryPolicy.Due;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-01-10T09:30:00Z");

    private final ExpiryPolicy policy = new ExpiryPolicy(Duration.ofDays(90), Duration.ofDays(7));
    private final OffsetDateTime expiresAt = policy.expiresAt(CREATED);

    @Test
    void aChannelExpiresOnDay90NotOnDay89() {
        assertThat(expiresAt).isEqualTo(CREATED.plusDays(90));
        assertThat(policy.due(expiresAt, true, day(89))).isEqualTo(Due.NOTHING);
        assertThat(policy.due(expiresAt, true, day(90).minusSeconds(1))).isEqualTo(Due.NOTHING);
        assertThat(policy.due(expiresAt, true, day(90))).isEqualTo(Due.EXPIRY);
        assertThat(policy.due(expiresAt, false, day(90))).as("expiry wins over a late reminder")
                .isEqualTo(Due.EXPIRY);
    }

    @Test
    void theOwnerIsRemindedOnDay83Once() {
        assertThat(policy.remindAt(expiresAt)).isEqualTo(day(83));
        assertThat(policy.due(expiresAt, false, day(83).minusSeconds(1))).isEqualTo(Due.NOTHING);
        assertThat(policy.due(expiresAt, false, day(83))).isEqualTo(Due.REMINDER);
        assertThat(policy.due(expiresAt, false, day(89))).as("a reminder missed on day 83 still goes out")
                .isEqualTo(Due.REMINDER);
        assertThat(policy.due(expiresAt, true, day(84))).isEqualTo(Due.NOTHING);
    }

    @Test
    void theReminderMustFallWithinTheLifetime() {
        assertThatThrownBy(() -> new ExpiryPolicy(Duration.ofDays(7), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within the lifetime");
    }

    private static OffsetDateTime day(int day) {
        return CREATED.plusDays(day);
    }
}
