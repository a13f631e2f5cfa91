package dev.seamless.slack.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.slack.api.InvalidRequestException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewChannelRequestTest {

    private static final Set<String> EXCEPTIONS = Set.of("REFERENCE_CUSTOMER", "EARLY_ADOPTER");

    @Test
    void everyOffendingFieldIsNamed() {
        assertThat(problems(new NewChannelRequest(null, "shared", null, "x".repeat(2001), null)))
                .containsOnlyKeys("accountId", "kind", "purpose")
                .hasEntrySatisfying("kind", message -> assertThat(message).contains("'shared'", "CUSTOMER"));
        assertThat(problems(new NewChannelRequest(" ", "ephemeral", "", null, "early adopter")))
                .containsOnlyKeys("accountId", "opportunityId", "exception")
                .containsEntry("exception", "applies to CUSTOMER channels only");
    }

    @Test
    void idsMayHave255CharactersNotMore() {
        String longest = "a".repeat(255);
        assertThat(new NewChannelRequest(longest, "EPHEMERAL", longest, null, null).validate(EXCEPTIONS).accountId())
                .isEqualTo(longest);
        assertThat(problems(new NewChannelRequest(longest + "a", "EPHEMERAL", longest + "a", null, null)))
                .containsOnlyKeys("accountId", "opportunityId")
                .containsEntry("accountId", "must be at most 255 characters");
    }

    @Test
    void anExceptionMustBeDocumentedAndExplained() {
        assertThat(problems(new NewChannelRequest("acct-1", "CUSTOMER", null, "why", "best friend")))
                .containsOnlyKeys("exception");
        assertThat(problems(new NewChannelRequest("acct-1", "CUSTOMER", null, null, "early-adopter")))
                .containsOnlyKeys("purpose");
    }

    @Test
    void aValidRequestIsTrimmedAndNormalised() {
        NewChannelRequest.Valid valid = new NewChannelRequest(" acct-1 ", "customer", null, " pilot ",
                "reference customer").validate(EXCEPTIONS);

        assertThat(valid).isEqualTo(new NewChannelRequest.Valid("acct-1", ChannelKind.CUSTOMER, null, "pilot",
                "REFERENCE_CUSTOMER"));
    }

    private static Map<String, String> problems(NewChannelRequest request) {
        InvalidRequestException thrown = (InvalidRequestException) catchThrowable(() -> request.validate(EXCEPTIONS));
        assertThat(thrown).isNotNull();
        return thrown.fields();
    }

    @Test
    void aPlainEphemeralRequestIsValid() {
        assertThat(new NewChannelRequest("acct-1", "EPHEMERAL", "opp-1", null, null).validate(EXCEPTIONS).kind())
                .isEqualTo(ChannelKind.EPHEMERAL);
    }
}
