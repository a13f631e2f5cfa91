package dev.seamless.handoff.assignment;

import dev.seamless.events.types.Reason;
import dev.seamless.handoff.checklist.OwnerRole;
import java.util.List;
import java.util.Set;

/**
 * Who holds a task: the handoff's person of the item's owner role. When the people directory says that person is no
 * longer active, the task goes to the next person who can act on it: the outgoing person's items to the incoming
 * person (who then gathers what was to be handed over), or else to the AE; the incoming person's to the AE. The AE's
 * items wait for the CRM to name a new AE. A person who is not known yet is never skipped: the task waits for them.
 */
public final class AssigneeRule {

    private AssigneeRule() {
    }

    public static Assignment assign(OwnerRole owner, HandoffPeople people, Set<String> inactive) {
        String primary = personOf(owner, people);
        if (primary == null) {
            return new Assignment(null, new Reason("handoff.assignee.not-known-yet", "The " + owner
                    + " person of this handoff is not known yet; the task is assigned once the CRM names them."));
        }
        if (!inactive.contains(primary)) {
            return new Assignment(primary, new Reason("handoff.assignee.owner", primary + " is the " + owner
                    + " person of this handoff."));
        }
        for (OwnerRole cover : coverFor(owner)) {
            String candidate = personOf(cover, people);
            if (candidate != null && !inactive.contains(candidate)) {
                return new Assignment(candidate, new Reason("handoff.assignee.owner-inactive", primary
                        + " (" + owner + ") is inactive in the people directory: " + candidate + ", the " + cover
                        + " person, takes the task."));
            }
        }
        return new Assignment(primary, new Reason("handoff.assignee.owner-inactive-no-cover", primary + " (" + owner
                + ") is inactive in the people directory and nobody else of this handoff can take the task yet."));
    }

    private static List<OwnerRole> coverFor(OwnerRole owner) {
        return switch (owner) {
            case OUTGOING -> List.of(OwnerRole.INCOMING, OwnerRole.AE);
            case INCOMING -> List.of(OwnerRole.AE);
            case AE -> List.of();
        };
    }

    private static String personOf(OwnerRole owner, HandoffPeople people) {
        return switch (owner) {
            case OUTGOING -> people.outgoing();
            case INCOMING -> people.incoming();
            case AE -> people.ae();
        };
    }
}
