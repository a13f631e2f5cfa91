package dev.seamless.slack.policy;

import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.eligibility.CustomerChannelRule.ValueMeasure;
import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of slack-channel-service under {@code seamless.slack}; defaults and the seed rule each one comes
 * from are in application.properties and docs/slack-channels.md. Read and checked at start-up.
 */
@ConfigMapping(prefix = "seamless.slack")
public interface SlackPolicy {

    /**
     * A bot token ({@code xoxb-...}, variable SEAMLESS_SLACK_TOKEN); without one, channels are only logged.
     */
    Optional<String> token();

    /** The Slack Web API's base URL (variable SEAMLESS_SLACK_BASE_URL). */
    String baseUrl();

    Customer customer();

    Ephemeral ephemeral();

    Approval approval();

    Invite invite();

    Adapter adapter();

    Provisioning provisioning();

    Deadlines deadlines();

    interface Customer {
        Tier minTier();

        BigDecimal minValue();

        Set<ValueMeasure> valueMeasures();

        String currency();

        Set<String> exceptions();

        Set<String> exceptionApproverRoles();

        String namePrefix();
    }

    interface Ephemeral {
        Duration lifetime();

        Duration reminderBefore();

        Duration conversionWindow();

        Set<OrderType> evaluationOrderTypes();

        Set<OrderType> povOrderTypes();

        String namePrefix();
    }

    interface Approval {
        /**
         * Roles (token {@code groups}) that may approve or reject on the approver's behalf, explicitly, with
         * {@code onBehalfOf}; nobody stands in for the approver otherwise.
         */
        Set<String> onBehalfRoles();

        /** Business days a request may wait for its approver's decision before the target is breached. */
        int targetBusinessDays();

        /** How long before the target the approver is reminded. */
        Duration reminderBefore();

        Set<DayOfWeek> workingDays();

        /** The time zone whose calendar days are counted. */
        ZoneId zone();
    }

    interface Invite {
        /** Which members of the account team are invited besides the requester. */
        Set<TeamRole> accountRoles();
    }

    interface Adapter {
        boolean privateChannels();

        int maxAttempts();

        Duration initialBackoff();

        /** The longest wait between two attempts of one call, a rate limit's Retry-After included. */
        Duration maxWait();

        Duration timeout();
    }

    interface Provisioning {
        String interval();

        int batchSize();

        Duration initialRetryDelay();

        Duration maxRetryDelay();

        /**
         * How long a worker holds a channel's Slack work; after that another worker (another instance, or the next
         * run) takes it over, e.g. when the first one died.
         */
        Duration claimDuration();
    }

    interface Deadlines {
        String interval();
    }
}
