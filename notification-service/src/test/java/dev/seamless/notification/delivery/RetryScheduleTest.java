package dev.seamless.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

    @Test
    void theDelayDoublesAfterEachFailedAttempt() {
        assertThat(schedule.delayAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).contains(Duration.ofSeconds(60));
        assertThat(schedule.delayAfter(3)).contains(Duration.ofSeconds(120));
    }

    @Test
    void theDelayStopsGrowingAtTheMaximum() {
        assertThat(schedule.delayAfter(4)).contains(Duration.ofMinutes(3));
    }

    @Test
    void noRetryIsLeftOnceTheLastAttemptFailed() {
        assertThat(schedule.delayAfter(4)).isPresent();
        assertThat(schedule.delayAfter(5)).isEmpty();
    }

    @Test
    void aSingleAttemptMeansNoRetry() {
        assertThat(new RetrySchedule(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).delayAfter(1)).isEmpty();
    }

    @Test
    void aScheduleThatCannotWorkIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("max-attempts must be at least 1");
        assertThatThrownBy(() -> new RetrySchedule(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .hasMessageContaining("initial-backoff (PT2M) <= max-backoff (PT1M)");
    }
}
