package dev.seamless.slack.provisioning;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.TeamRole;
import dev.seamless.slack.channel.SlackChannel;
import dev.seamless.slack.crm.Account;
import dev.seamless.slack.crm.AccountFacts;
import dev.seamless.slack.crm.Opportunity;
import dev.seamless.slack.directory.Person;
import dev.seamless.slack.policy.SlackPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a new channel is for: the requester, the account team members of the configured roles and, for an ephemeral
 * channel, the opportunity's SA; each with the Slack user id from directory.people, or the reason they cannot be
 * invited (unknown to the directory, inactive, no Slack user id).
 */
@ApplicationScoped
public class Invitations {

    @Inject
    SlackPolicy policy;

    public List<Invitee> of(SlackChannel channel) {
        Map<String, String> people = new LinkedHashMap<>();
        people.put(channel.requestedBy, "REQUESTER");
        AccountFacts account = Account.factsOf(channel.accountId);
        for (TeamRole role : policy.invite().accountRoles()) {
            String personId = switch (role) {
                case AE -> account.aeId();
                case SA -> account.saId();
                case CSM -> account.csmId();
            };
            if (personId != null) {
                people.putIfAbsent(personId, "ACCOUNT_" + role);
            }
        }
        if (channel.kind == ChannelKind.EPHEMERAL && channel.opportunityId != null) {
            Opportunity.<Opportunity>findByIdOptional(channel.opportunityId)
                    .map(opportunity -> opportunity.saId)
                    .ifPresent(saId -> people.putIfAbsent(saId, "OPPORTUNITY_SA"));
        }
        List<Invitee> invitees = new ArrayList<>();
        people.forEach((personId, as) -> invitees.add(invitee(personId, as)));
        return invitees;
    }

    private static Invitee invitee(String personId, String as) {
        Person person = Person.findById(personId);
        if (person == null) {
            return new Invitee(personId, as, null, "not known from directory.people");
        }
        if (!person.active) {
            return new Invitee(personId, as, null, "inactive in directory.people");
        }
        if (person.slackUserId == null || person.slackUserId.isBlank()) {
            return new Invitee(personId, as, null, "no Slack user id in directory.people");
        }
        return new Invitee(personId, as, person.slackUserId, null);
    }
}
