package dev.seamless.slack.channel;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.slack.api.InvalidRequestException;
import dev.seamless.slack.policy.PolicyBeans;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/slack-channels}. The requester is the caller, never a body field. {@code kind} and
 * {@code exception} arrive as text so that a bad value is reported with its field like every other problem.
 *
 * @param opportunityId required for an EPHEMERAL channel: the evaluation or POV it serves
 * @param exception a documented exception (REFERENCE_CUSTOMER, EARLY_ADOPTER, STRATEGIC_PARTNER by default) for a
 *        CUSTOMER channel of an account below the thresholds; needs a purpose that explains it
 */
public record NewChannelRequest(String accountId, String kind, String opportunityId, String purpose,
        String exception) {

    /** As wide as the id columns: longer ids would not fit. */
    static final int MAX_ID_LENGTH = 255;
    static final int MAX_PURPOSE_LENGTH = 2000;

    /** The request once every field has been checked. */
    public record Valid(String accountId, ChannelKind kind, String opportunityId, String purpose, String exception) {
    }

    /**
     * @param exceptions the documented exceptions a request may claim, normalised
     * @throws InvalidRequestException naming every offending field
     */
    public Valid validate(Set<String> exceptions) {
        Map<String, String> problems = new LinkedHashMap<>();
        requireId("accountId", accountId, problems);
        ChannelKind parsedKind = null;
        if (isBlank(kind)) {
            problems.put("kind", "is required: CUSTOMER or EPHEMERAL");
        } else {
            try {
                parsedKind = ChannelKind.fromJson(kind);
            } catch (IllegalArgumentException e) {
                problems.put("kind", e.getMessage());
            }
        }
        if (parsedKind == ChannelKind.EPHEMERAL) {
            requireId("opportunityId", opportunityId, problems);
        } else if (!isBlank(opportunityId) && opportunityId.length() > MAX_ID_LENGTH) {
            problems.put("opportunityId", "must be at most " + MAX_ID_LENGTH + " characters");
        }
        if (purpose != null && purpose.length() > MAX_PURPOSE_LENGTH) {
            problems.put("purpose", "must be at most " + MAX_PURPOSE_LENGTH + " characters");
        }
        String parsedException = isBlank(exception) ? null : PolicyBeans.normalisedException(exception);
        if (parsedException != null) {
            if (parsedKind == ChannelKind.EPHEMERAL) {
                problems.put("exception", "applies to CUSTOMER channels only");
            } else if (!exceptions.contains(parsedException)) {
                problems.put("exception", "'" + exception + "' is not one of " + String.join(", ", exceptions));
            } else if (isBlank(purpose)) {
                problems.putIfAbsent("purpose", "is required with an exception: explain why it applies");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Valid(accountId.trim(), parsedKind, isBlank(opportunityId) ? null : opportunityId.trim(),
                isBlank(purpose) ? null : purpose.trim(), parsedException);
    }

    private static void requireId(String field, String value, Map<String, String> problems) {
        if (isBlank(value)) {
            problems.put(field, "is required");
        } else if (value.trim().length() > MAX_ID_LENGTH) {
            problems.put(field, "must be at most " + MAX_ID_LENGTH + " characters");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
