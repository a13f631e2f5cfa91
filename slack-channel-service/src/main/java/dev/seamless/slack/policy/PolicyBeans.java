package dev.seamless.slack.policy;

import dev.seamless.slack.approval.ApprovalPolicy;
import dev.seamless.slack.approval.ApprovalTarget;
import dev.seamless.slack.crm.OpportunityStages;
import dev.seamless.slack.eligibility.CustomerChannelRule;
import dev.seamless.slack.eligibility.EphemeralChannelRule;
import dev.seamless.slack.lifecycle.ExpiryPolicy;
import dev.seamless.slack.provisioning.ChannelNames;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the rule objects from configuration once, at start-up, so a bad setting stops the service early. */
@ApplicationScoped
public class PolicyBeans {

    @Produces
    @Startup
    @ApplicationScoped
    OpportunityStages stages(@ConfigProperty(name = "seamless.stages.closed-won") List<String> closedWon,
            @ConfigProperty(name = "seamless.stages.closed-lost") List<String> closedLost) {
        return new OpportunityStages(closedWon, closedLost);
    }

    @Produces
    @Startup
    @ApplicationScoped
    CustomerChannelRule customerChannelRule(SlackPolicy policy) {
        SlackPolicy.Customer customer = policy.customer();
        return new CustomerChannelRule(customer.minTier(), customer.minValue(), customer.valueMeasures(),
                customer.currency(), normalised(customer.exceptions()), customer.exceptionApproverRoles());
    }

    @Produces
    @Startup
    @ApplicationScoped
    EphemeralChannelRule ephemeralChannelRule(SlackPolicy policy, OpportunityStages stages) {
        return new EphemeralChannelRule(stages, policy.ephemeral().evaluationOrderTypes(),
                policy.ephemeral().povOrderTypes());
    }

    @Produces
    @Startup
    @ApplicationScoped
    ApprovalPolicy approvalPolicy(SlackPolicy policy) {
        return new ApprovalPolicy(policy.customer().exceptionApproverRoles(), policy.approval().onBehalfRoles());
    }

    @Produces
    @Startup
    @ApplicationScoped
    ApprovalTarget approvalTarget(SlackPolicy policy) {
        SlackPolicy.Approval approval = policy.approval();
        return new ApprovalTarget(approval.targetBusinessDays(), approval.reminderBefore(), approval.workingDays(),
                approval.zone());
    }

    @Produces
    @Startup
    @ApplicationScoped
    ExpiryPolicy expiryPolicy(SlackPolicy policy) {
        return new ExpiryPolicy(policy.ephemeral().lifetime(), policy.ephemeral().reminderBefore());
    }

    @Produces
    @Startup
    @ApplicationScoped
    ChannelNames channelNames(SlackPolicy policy) {
        return new ChannelNames(policy.customer().namePrefix(), policy.ephemeral().namePrefix());
    }

    /** Exception names as requests spell them: upper case, underscores for spaces and dashes. */
    public static String normalisedException(String exception) {
        return exception.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static Set<String> normalised(Set<String> exceptions) {
        return exceptions.stream().map(PolicyBeans::normalisedException)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
