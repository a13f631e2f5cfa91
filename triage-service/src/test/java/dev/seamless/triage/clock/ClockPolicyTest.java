package dev.seamless.triage.clock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.TriageClock;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.calendar.BusinessDays;
import dev.seamless.triage.qualification.Route;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClockPolicyTest {

    private static final OffsetDateTime FRIDAY = OffsetDateTime.parse("2027-01-08T10:00Z");

    private final ClockPolicy policy = new ClockPolicy(new Settings(),
            new BusinessDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), ZoneId.of("UTC")));

    @Test
    void theFirstTriageClockRunsFromSubmissionForOneBusinessDay() {
        ClockTarget target = policy.start(TriageClock.TRIAGE, facts(RequestStatus.BACKLOG, Route.SA_ENGAGEMENT,
                null), false, FRIDAY.plusHours(1)).orElseThrow();

        assertThat(target.rule()).isEqualTo(ClockPolicy.TRIAGE_RULE);
        assertThat(target.startedAt()).isEqualTo(FRIDAY);
        assertThat(target.dueAt()).isEqualTo(OffsetDateTime.parse("2027-01-11T10:00Z"));
        assertThat(target.remindAt()).isEqualTo(OffsetDateTime.parse("2027-01-11T06:00Z"));
        assertThat(target.inputs()).containsEntry("businessDays", 1).containsEntry("timeZone", "UTC");
    }

    @Test
    void triagedMeansEngagedDeclinedOrSentBackToTheAeAndABacklogRequestRunsAgain() {
        assertThat(policy.stateOf(TriageClock.TRIAGE, facts(RequestStatus.BACKLOG, Route.SA_ENGAGEMENT, null)))
                .isEqualTo(ClockState.RUNNING);
        assertThat(policy.stateOf(TriageClock.TRIAGE, facts(RequestStatus.TRIAGED, Route.SA_ENGAGEMENT, null)))
                .isEqualTo(ClockState.MET);
        assertThat(policy.stateOf(TriageClock.TRIAGE, facts(RequestStatus.DECLINED, Route.OFFICE_HOURS, null)))
                .isEqualTo(ClockState.MET);
        assertThat(policy.stateOf(TriageClock.TRIAGE, facts(RequestStatus.WAITING, Route.WAITING_ON_AE, null)))
                .isEqualTo(ClockState.MET);
        assertThat(policy.stateOf(TriageClock.TRIAGE, facts(RequestStatus.CLOSED, Route.SA_ENGAGEMENT, null)))
                .isEqualTo(ClockState.STOPPED);

        OffsetDateTime later = FRIDAY.plusDays(3);
        assertThat(policy.start(TriageClock.TRIAGE, facts(RequestStatus.BACKLOG, Route.SA_ENGAGEMENT, null), true,
                later).orElseThrow().startedAt()).isEqualTo(later);
        assertThat(policy.start(TriageClock.TRIAGE, facts(RequestStatus.TRIAGED, Route.SA_ENGAGEMENT, null), true,
                later)).isEmpty();
    }

    @Test
    void officeHoursAndAsynchronousHelpUseTheirRoutesTargetAndAreMetWhenTheSaStarts() {
        ClockFacts officeHours = new ClockFacts(RequestStatus.DECLINED, Route.OFFICE_HOURS, null, FRIDAY, FRIDAY,
                FRIDAY.plusHours(8), null);
        ClockTarget target = policy.start(TriageClock.ASYNC_RESPONSE, officeHours, false, FRIDAY).orElseThrow();
        assertThat(target.rule()).isEqualTo(ClockPolicy.OFFICE_HOURS_RULE);
        assertThat(target.dueAt()).isEqualTo(FRIDAY.plusHours(8));
        assertThat(target.remindAt()).isEqualTo(FRIDAY.plusHours(6));
        assertThat(target.inputs()).containsEntry("target", "PT8H");
        assertThat(policy.stateOf(TriageClock.ASYNC_RESPONSE, officeHours)).isEqualTo(ClockState.RUNNING);

        ClockFacts started = new ClockFacts(RequestStatus.DOING, Route.ASYNC_ONLY, "sa-1", FRIDAY, FRIDAY,
                FRIDAY.plusHours(48), FRIDAY.plusHours(1));
        assertThat(policy.stateOf(TriageClock.ASYNC_RESPONSE, started)).isEqualTo(ClockState.MET);
        assertThat(policy.start(TriageClock.ASYNC_RESPONSE, started, true, FRIDAY)).isEmpty();
        assertThat(policy.start(TriageClock.ASYNC_RESPONSE, facts(RequestStatus.TRIAGED, Route.SA_ENGAGEMENT,
                "sa-1"), false, FRIDAY)).isEmpty();
    }

    @Test
    void aShortTargetIsRemindedAtItsStartNotBefore() {
        ClockFacts quick = new ClockFacts(RequestStatus.DECLINED, Route.OFFICE_HOURS, null, FRIDAY, FRIDAY,
                FRIDAY.plusHours(1), null);
        assertThat(policy.start(TriageClock.ASYNC_RESPONSE, quick, false, FRIDAY).orElseThrow().remindAt())
                .isEqualTo(FRIDAY);
    }

    @Test
    void waitingOnTheAeRemindsAfterTwoDaysAndIsDueAFurtherFiveDaysLater() {
        ClockTarget target = policy.start(TriageClock.WAITING_ON_AE, facts(RequestStatus.WAITING,
                Route.WAITING_ON_AE, null), false, FRIDAY).orElseThrow();

        assertThat(target.remindAt()).isEqualTo(FRIDAY.plusDays(2));
        assertThat(target.dueAt()).isEqualTo(FRIDAY.plusDays(7));
        assertThat(policy.stateOf(TriageClock.WAITING_ON_AE, facts(RequestStatus.TRIAGED, Route.SA_ENGAGEMENT,
                "sa-1"))).isEqualTo(ClockState.MET);
        assertThat(policy.start(TriageClock.WAITING_ON_AE, facts(RequestStatus.BACKLOG, Route.SA_ENGAGEMENT, null),
                false, FRIDAY)).isEmpty();
    }

    private static ClockFacts facts(RequestStatus status, Route route, String saId) {
        return new ClockFacts(status, route, saId, FRIDAY, FRIDAY, null, null);
    }

    /** The defaults of application.properties. */
    private record Settings() implements ClockConfig {

        @Override
        public String checkEvery() {
            return "off";
        }

        @Override
        public Set<DayOfWeek> weekend() {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }

        @Override
        public Triage triage() {
            return new Triage() {
                @Override
                public int businessDays() {
                    return 1;
                }

                @Override
                public Duration reminderLead() {
                    return Duration.ofHours(4);
                }
            };
        }

        @Override
        public AsyncResponse asyncResponse() {
            return () -> Duration.ofHours(2);
        }

        @Override
        public WaitingOnAe waitingOnAe() {
            return new WaitingOnAe() {
                @Override
                public Duration remindAfter() {
                    return Duration.ofDays(2);
                }

                @Override
                public Duration declineAfter() {
                    return Duration.ofDays(5);
                }

                @Override
                public boolean decline() {
                    return true;
                }
            };
        }
    }
}
