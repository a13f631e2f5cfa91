package dev.seamless.slack.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seamless.events.types.ChannelKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelNamesTest {

    private static final UUID ID = UUID.fromString("3f9a1c2e-0000-4000-8000-000000000001");

    private final ChannelNames names = new ChannelNames("customer-", "eval-");

    @Test
    void aNameIsThePrefixTheAccountAndTheStartOfTheRequestId() {
        assertThat(names.name(ChannelKind.CUSTOMER, "Acme Robotics, Inc.", ID))
                .isEqualTo("customer-acme-robotics-inc-3f9a1c2e");
        assertThat(names.name(ChannelKind.EPHEMERAL, "  Café Zürich GmbH ", ID))
                .isEqualTo("eval-cafe-zurich-gmbh-3f9a1c2e");
    }

    @Test
    void aLongNameIsCutToSlacksEightyCharactersAndKeepsItsId() {
        String name = names.name(ChannelKind.CUSTOMER, "Very ".repeat(30) + "Long Corp", ID);

        assertThat(name).hasSizeLessThanOrEqualTo(ChannelNames.MAX_LENGTH).startsWith("customer-very-very")
                .endsWith("-3f9a1c2e").doesNotContain("--").matches("[a-z0-9_-]+");
    }

    @Test
    void aNameWithoutLettersStillMakesAChannelName() {
        assertThat(names.name(ChannelKind.CUSTOMER, "!!!", ID)).isEqualTo("customer-account-3f9a1c2e");
    }

    @Test
    void aPrefixSlackWouldRefuseStopsStartUp() {
        assertThatThrownBy(() -> new ChannelNames("Customer ", "eval-"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Customer ");
    }
}
