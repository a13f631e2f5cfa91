package dev.seamless.handoff.handoff;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.TeamRole;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.assignment.AssigneeRule;
import dev.seamless.handoff.assignment.Assignment;
import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.checklist.ChecklistCatalog;
import dev.seamless.handoff.checklist.ChecklistTemplate;
import dev.seamless.handoff.person.Person;
import dev.seamless.handoff.task.HandoffTask;
import dev.seamless.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the people of open handoffs, and who holds their tasks, in step with what the CRM and the people directory
 * say, whatever order their events arrive in: a person learnt later fills the vacancy, a team change passes the role
 * on, a person leaving passes their tasks on ({@link AssigneeRule}). Every task that changes hands is announced with
 * {@code TaskAssigned} and the rule that moved it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Assignments {

    @Inject
    ChecklistCatalog checklists;

    @Inject
    HandoffService handoffs;

    @Inject
    Outbox outbox;

    /** Gives a task of a new handoff its first assignee (no event: {@code TaskCreated} names them). */
    void assignNew(HandoffTask task, HandoffPeople people) {
        record(task, AssigneeRule.assign(task.ownerRole, people, Person.inactiveAmong(ids(people))));
    }

    /** crm.accounts described the account: its team fills the vacancies of its open handoffs. */
    public void accountKnown(Account account) {
        update(account.accountId, (people, template) -> people.fillVacancies(account.team(), template));
    }

    /** A role of the account team passed to another person: the open handoffs' people who follow it move on. */
    public void teamChanged(AccountTeamChanged change) {
        update(change.accountId(), (people, template) -> people.follow(change.role(), change.previousPersonId(),
                change.newPersonId(), template));
    }

    /** The directory changed a person: the tasks of the open handoffs they take part in are assigned again. */
    public void personChanged(String personId) {
        Handoff.openInvolving(personId).forEach(this::reassignOpenTasks);
    }

    /** Whether an open handoff of the account takes a CSM as its incoming person and has none, or this one. */
    public boolean csmAwaited(String accountId, String csmId) {
        return Handoff.openOf(accountId).stream()
                .filter(open -> template(open).flatMap(ChecklistTemplate::incoming).filter(TeamRole.CSM::equals)
                        .isPresent())
                .anyMatch(open -> open.toPersonId == null || open.toPersonId.equals(csmId));
    }

    private interface PeopleChange {
        HandoffPeople apply(HandoffPeople people, ChecklistTemplate template);
    }

    private void update(String accountId, PeopleChange change) {
        for (Handoff open : Handoff.openOf(accountId)) {
            Optional<ChecklistTemplate> template = template(open);
            if (template.isEmpty()) {
                continue;
            }
            HandoffPeople people = change.apply(open.people(), template.get());
            if (people.equals(open.people())) {
                continue;
            }
            Optional<Handoff> twin = Handoff.findOpen(open.accountId, open.handoffType, people.outgoing(),
                    people.incoming()).filter(other -> !other.id.equals(open.id));
            if (twin.isPresent()) {
                handoffs.cancel(open, new Reason("handoff.duplicate", "Now that its people are known, this handoff"
                        + " is the same as handoff " + twin.get().id + ", which goes on."));
                continue;
            }
            open.setPeople(people);
            reassignOpenTasks(open);
        }
    }

    private void reassignOpenTasks(Handoff handoff) {
        HandoffPeople people = handoff.people();
        Set<String> inactive = Person.inactiveAmong(ids(people));
        for (HandoffTask task : HandoffTask.openOf(handoff.id)) {
            Assignment assignment = AssigneeRule.assign(task.ownerRole, people, inactive);
            String previous = task.assigneeId;
            if (assignment.personId() == null) {
                continue;
            }
            record(task, assignment);
            if (assignment.personId().equals(previous)) {
                continue;
            }
            if (task.dueSoonReportedAt != null) {
                // the reminder went to the previous holder: the next check reminds the new one
                task.dueSoonReportedAt = null;
            }
            outbox.publish(new TaskAssigned(task.id.toString(), task.handoffId.toString(), task.accountId,
                    task.title, task.assigneeId, previous, task.ownerRole.name(), task.dueDate,
                    assignment.reason()));
        }
    }

    private static void record(HandoffTask task, Assignment assignment) {
        task.assigneeId = assignment.personId();
        task.assignmentRule = assignment.reason().rule();
        task.assignmentReason = assignment.reason().message();
    }

    private Optional<ChecklistTemplate> template(Handoff handoff) {
        return checklists.find(handoff.handoffType);
    }

    private static List<String> ids(HandoffPeople people) {
        return Stream.of(people.outgoing(), people.incoming(), people.ae())
                .filter(Objects::nonNull).toList();
    }
}
