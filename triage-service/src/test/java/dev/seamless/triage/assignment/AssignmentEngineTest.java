package dev.seamless.triage.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seamless.events.triage.RankedCandidate;
import dev.seamless.triage.SeedPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssignmentEngineTest {

    private static final LocalDate EVENT_DAY = LocalDate.parse("2026-12-03");
    private static final EngagementWindow ON_EVENT_DAY = new EngagementWindow(List.of(EVENT_DAY), false);
    private static final BigDecimal DEMO = new BigDecimal("2");
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-30T09:00:00Z");
    private static final RegionalBoard EMEA = new RegionalBoard("EMEA", Set.of("EMEA"));

    private final AssignmentEngine engine = new AssignmentEngine(SeedPolicy.assignment());

    @Test
    void theAccountsSaKeepsTheAccountEvenWhenOthersAreLessBusy() {
        List<CandidateSa> roster = List.of(sa("sa-own").workload("6").build(), sa("sa-idle").build());

        AssignmentDecision decision = engine.assign(input().accountSa("sa-own").build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-own");
        assertThat(decision.rule()).isEqualTo(AssignmentEngine.STICKY);
        assertThat(decision.engaged()).isTrue();
        assertThat(decision.message()).contains("one technical contact");
        assertThat(candidate(decision, "sa-own").rank()).isEqualTo(1);
        assertThat(candidate(decision, "sa-idle").passedOverBecause())
                .isEqualTo("the account's SA sa-own keeps the account");
    }

    @ParameterizedTest(name = "PTO {0}..{1}, event on 2026-12-03: kept {2}")
    @CsvSource({ "2026-12-01, 2026-12-02, true", "2026-12-01, 2026-12-03, false", "2026-12-03, 2026-12-03, false",
            "2026-12-03, 2026-12-10, false", "2026-12-04, 2026-12-10, true" })
    void ptoThatOverlapsTheEventDayByOneDayMovesTheRequest(LocalDate from, LocalDate to, boolean kept) {
        List<CandidateSa> roster = List.of(sa("sa-own").away(from, to).build(), sa("sa-other").build());

        AssignmentDecision decision = engine.assign(input().accountSa("sa-own").build(), roster);

        assertThat(decision.saId()).isEqualTo(kept ? "sa-own" : "sa-other");
        if (!kept) {
            assertThat(decision.rule()).isEqualTo(AssignmentEngine.RANKED + ".only-candidate");
            assertThat(decision.message()).contains("PTO " + from + ".." + to + " covers 2026-12-03");
            assertThat(candidate(decision, "sa-own").rank()).isNull();
            assertThat(candidate(decision, "sa-own").passedOverBecause()).startsWith("unavailable: PTO");
        }
    }

    @Test
    void anSaTakingARequestTheAccountsActiveSaCannotTakeIsACoverAndSaysSo() {
        List<CandidateSa> awayOwner = List.of(sa("sa-own").away(EVENT_DAY, EVENT_DAY).build(),
                sa("sa-other").build());
        List<CandidateSa> ownerLeft = List.of(sa("sa-own").inactive().build(), sa("sa-other").build());

        AssignmentDecision cover = engine.assign(input().accountSa("sa-own").build(), awayOwner);
        AssignmentDecision noCover = engine.assign(input().accountSa("sa-own").build(), ownerLeft);

        assertThat(cover.saId()).isEqualTo("sa-other");
        assertThat(cover.message()).endsWith("sa-other covers this request for the account's SA sa-own, who keeps"
                + " the account and gets its next requests back when available.");
        assertThat(cover.inputs()).containsEntry("coverForSaId", "sa-own");
        assertThat(noCover.saId()).isEqualTo("sa-other");
        assertThat(noCover.message()).doesNotContain("covers");
        assertThat(noCover.inputs()).doesNotContainKey("coverForSaId");
    }

    @Test
    void theAccountsSaGivesWayToAnotherWhoHasTheRequestedExpertise() {
        List<CandidateSa> roster = List.of(sa("sa-own").expertise("ci-cd").build(),
                sa("sa-k8s").expertise("kubernetes").workload("4").build());

        AssignmentDecision decision = engine.assign(input().accountSa("sa-own").topics("kubernetes").build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-k8s");
        assertThat(decision.rule()).isEqualTo("assignment.ranked.expertise");
        assertThat(decision.message()).startsWith("Not kept by the account's SA because the account's SA sa-own"
                + " matches 0 of the topics [kubernetes] and sa-k8s matches 1");
        assertThat(candidate(decision, "sa-own").rank()).isEqualTo(2);
    }

    @Test
    void theAccountsSaKeepsItWhenTheBetterExpertIsAway() {
        List<CandidateSa> roster = List.of(sa("sa-own").build(),
                sa("sa-k8s").expertise("kubernetes").away(EVENT_DAY, EVENT_DAY).build());

        AssignmentDecision decision = engine.assign(input().accountSa("sa-own").topics("kubernetes").build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-own");
    }

    @Test
    void howMuchDeeperTheExpertiseMustBeIsPolicy() {
        AssignmentEngine lenient = new AssignmentEngine(new AssignmentPolicy(2,
                AssignmentPolicy.BoardFallback.ALL_SAS));
        List<CandidateSa> roster = List.of(sa("sa-own").expertise("ci-cd").build(),
                sa("sa-both").expertise("ci-cd", "kubernetes").build());

        AssignmentDecision decision = lenient.assign(input().accountSa("sa-own").topics("ci-cd", "kubernetes").build(),
                roster);

        assertThat(decision.saId()).isEqualTo("sa-own");
    }

    @ParameterizedTest(name = "workload {0} + request 2, capacity 10: kept {1}")
    @CsvSource({ "8, true", "8.5, false" })
    void theAccountsSaOverCapacityGivesTheRequestUp(String workload, boolean kept) {
        List<CandidateSa> roster = List.of(sa("sa-own").workload(workload).build(), sa("sa-other").build());

        AssignmentDecision decision = engine.assign(input().accountSa("sa-own").build(), roster);

        assertThat(decision.saId()).isEqualTo(kept ? "sa-own" : "sa-other");
        if (!kept) {
            assertThat(candidate(decision, "sa-own").passedOverBecause())
                    .isEqualTo("over capacity: open workload 8.5 + this request 2 exceeds capacity 10");
        }
    }

    @Test
    void anInactiveOrUnknownAccountSaDoesNotKeepTheAccount() {
        List<CandidateSa> roster = List.of(sa("sa-gone").inactive().build(), sa("sa-other").build());

        assertThat(engine.assign(input().accountSa("sa-gone").build(), roster).message())
                .contains("the account's SA sa-gone is inactive in the people directory");
        assertThat(engine.assign(input().accountSa("sa-unknown").build(), roster).message())
                .contains("the account's SA sa-unknown is not an SA of the roster");
    }

    @Test
    void expertiseRanksFirstEvenAgainstAHigherWorkload() {
        List<CandidateSa> roster = List.of(sa("sa-a").build(), sa("sa-b").expertise("security").workload("7").build());

        AssignmentDecision decision = engine.assign(input().topics("security").build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-b");
        assertThat(decision.rule()).isEqualTo("assignment.ranked.expertise");
        assertThat(candidate(decision, "sa-a").passedOverBecause()).isEqualTo("ranked below sa-b: expertise matches 1 vs 0");
    }

    @Test
    void withEqualExpertiseTheLowestWeightedWorkloadWins() {
        List<CandidateSa> roster = List.of(sa("sa-a").workload("3").build(), sa("sa-b").workload("2.5").build());

        AssignmentDecision decision = engine.assign(input().build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-b");
        assertThat(decision.rule()).isEqualTo("assignment.ranked.workload");
        assertThat(decision.message()).contains("weighted workload 2.5 vs 3");
    }

    @Test
    void withEqualWorkloadTheLeastRecentlyAssignedWinsAndNeverAssignedComesFirst() {
        List<CandidateSa> roster = List.of(sa("sa-a").lastAssigned(MONDAY).build(),
                sa("sa-b").lastAssigned(MONDAY.minusDays(3)).build(), sa("sa-c").build());

        AssignmentDecision decision = engine.assign(input().build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-c");
        assertThat(decision.rule()).isEqualTo("assignment.ranked.least-recently-assigned");
        assertThat(decision.candidates()).extracting(RankedCandidate::saId).containsExactly("sa-c", "sa-b", "sa-a");
        assertThat(candidate(decision, "sa-a").passedOverBecause()).contains("last assigned never vs " + MONDAY);
    }

    @Test
    void whenEverythingIsEqualTheSaIdBreaksTheTie() {
        List<CandidateSa> roster = List.of(sa("sa-b").lastAssigned(MONDAY).build(),
                sa("sa-a").lastAssigned(MONDAY).build());

        AssignmentDecision decision = engine.assign(input().build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-a");
        assertThat(decision.rule()).isEqualTo("assignment.ranked.sa-id");
    }

    @Test
    void theSameInputsGiveTheSameDecisionWhateverTheRosterOrder() {
        List<CandidateSa> roster = new ArrayList<>(List.of(sa("sa-1").workload("2").build(),
                sa("sa-2").workload("2").lastAssigned(MONDAY).build(), sa("sa-3").expertise("security").build(),
                sa("sa-4").expertise("security").workload("1").build(), sa("sa-5").inactive().build(),
                sa("sa-6").away(EVENT_DAY, EVENT_DAY).build()));
        AssignmentInput input = input().topics("security").build();
        AssignmentDecision first = engine.assign(input, roster);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(roster, random);
            assertThat(engine.assign(input, roster)).isEqualTo(first);
        }
        assertThat(first.saId()).isEqualTo("sa-3");
        assertThat(first.candidates()).extracting(RankedCandidate::saId)
                .containsExactly("sa-3", "sa-4", "sa-1", "sa-2", "sa-5", "sa-6");
    }

    @Test
    void whatNobodyCanTakeGoesToTheTriageSaOfTheWeek() {
        List<CandidateSa> roster = List.of(sa("sa-a").away(EVENT_DAY, EVENT_DAY).build(),
                sa("sa-b").workload("9").build());

        AssignmentDecision decision = engine.assign(input().triageSa("sa-triage").build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-triage");
        assertThat(decision.rule()).isEqualTo(AssignmentEngine.TRIAGE_SA);
        assertThat(decision.engaged()).isFalse();
        assertThat(decision.candidates()).allSatisfy(candidate -> assertThat(candidate.rank()).isNull());
    }

    @Test
    void withoutATriageSaTheRequestStaysUnplaced() {
        AssignmentDecision decision = engine.assign(input().build(), List.of(sa("sa-a").inactive().build()));

        assertThat(decision.saId()).isNull();
        assertThat(decision.rule()).isEqualTo(AssignmentEngine.UNPLACED);
    }

    @Test
    void aReassignmentNeverReturnsTheRequestToTheSaItLeaves() {
        List<CandidateSa> roster = List.of(sa("sa-own").build(), sa("sa-busy").workload("5").build());
        AssignmentInput input = new AssignmentInput("r-1", Set.of(), ON_EVENT_DAY, DEMO, "sa-own", null,
                Set.of("sa-own"), "being reassigned away from", null, null);

        AssignmentDecision decision = engine.assign(input, roster);

        assertThat(decision.saId()).isEqualTo("sa-busy");
        assertThat(candidate(decision, "sa-own").passedOverBecause()).isEqualTo("being reassigned away from");
    }

    @Test
    void withPreferredDatesOneFreeDayIsEnough() {
        EngagementWindow twoOptions = new EngagementWindow(List.of(EVENT_DAY, EVENT_DAY.plusDays(1)), true);
        CandidateSa awayOnTheFirst = sa("sa-own").away(EVENT_DAY, EVENT_DAY).build();
        CandidateSa awayOnBoth = sa("sa-own").away(EVENT_DAY, EVENT_DAY.plusDays(1)).build();
        AssignmentInput input = new AssignmentInput("r-1", Set.of(), twoOptions, DEMO, "sa-own", null, Set.of(), null,
                null, null);

        assertThat(engine.assign(input, List.of(awayOnTheFirst, sa("sa-x").build())).saId()).isEqualTo("sa-own");
        assertThat(engine.assign(input, List.of(awayOnBoth, sa("sa-x").build())).saId()).isEqualTo("sa-x");
    }

    @Test
    void anEmeaRequestGoesToTheEmeaSaEvenWhenAnAmerSaIsLessLoaded() {
        List<CandidateSa> roster = List.of(sa("sa-amer").workload("0").build(),
                sa("sa-emea").region("emea").workload("6").build());

        AssignmentDecision decision = engine.assign(input().onBoard(EMEA, "EMEA").build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-emea");
        assertThat(decision.rule()).isEqualTo(AssignmentEngine.RANKED + ".only-candidate");
        assertThat(decision.message()).startsWith("The account's region EMEA is on the EMEA triage board.");
        assertThat(candidate(decision, "sa-amer").passedOverBecause()).isEqualTo("not on the EMEA board (region AMER)");
        assertThat(decision.inputs()).containsEntry("board", "EMEA").containsEntry("accountRegion", "EMEA")
                .doesNotContainKey("boardFallback");
    }

    @Test
    void withoutABoardEverySaIsACandidate() {
        List<CandidateSa> roster = List.of(sa("sa-amer").workload("0").build(),
                sa("sa-emea").region("EMEA").workload("6").build());

        AssignmentDecision decision = engine.assign(input().onBoard(null, "APAC").build(), roster);

        assertThat(decision.saId()).isEqualTo("sa-amer");
        assertThat(decision.inputs()).containsEntry("accountRegion", "APAC").containsEntry("board", null);
    }

    @Test
    void theAccountsSaKeepsTheRequestWhateverItsBoard() {
        List<CandidateSa> roster = List.of(sa("sa-own").build(), sa("sa-emea").region("EMEA").build());

        AssignmentDecision decision = engine.assign(input().accountSa("sa-own").onBoard(EMEA, "EMEA").build(),
                roster);

        assertThat(decision.saId()).isEqualTo("sa-own");
        assertThat(decision.rule()).isEqualTo(AssignmentEngine.STICKY);
    }

    @Test
    void whenNoSaOfTheBoardCanTakeItTheFallbackDecides() {
        List<CandidateSa> roster = List.of(sa("sa-amer").build(),
                sa("sa-emea").region("EMEA").away(EVENT_DAY, EVENT_DAY).build());
        AssignmentInput input = input().onBoard(EMEA, "EMEA").triageSa("sa-triage").build();

        AssignmentDecision allSas = engine.assign(input, roster);
        AssignmentDecision backlog = new AssignmentEngine(new AssignmentPolicy(1,
                AssignmentPolicy.BoardFallback.BACKLOG)).assign(input, roster);

        assertThat(allSas.saId()).isEqualTo("sa-amer");
        assertThat(allSas.engaged()).isTrue();
        assertThat(allSas.message()).startsWith("No SA of the EMEA board is available within capacity, so the SAs"
                + " of every board were considered.");
        assertThat(allSas.inputs()).containsEntry("boardFallback", "all-sas");
        assertThat(backlog.saId()).isEqualTo("sa-triage");
        assertThat(backlog.rule()).isEqualTo(AssignmentEngine.TRIAGE_SA);
        assertThat(candidate(backlog, "sa-amer").passedOverBecause()).startsWith("not on the EMEA board");
    }

    @Test
    void aRegionIsOnOneBoardOnlyAndComparesCaseInsensitively() {
        RegionalBoards boards = new RegionalBoards(List.of(new RegionalBoard("AMER", Set.of("AMER", "Americas East")),
                EMEA));

        assertThat(boards.of(" americas east ")).map(RegionalBoard::name).contains("AMER");
        assertThat(boards.of("APAC")).isEmpty();
        assertThat(boards.of(null)).isEmpty();
        assertThatThrownBy(() -> new RegionalBoards(List.of(EMEA, new RegionalBoard("EU", Set.of("emea")))))
                .hasMessageContaining("emea");
    }

    private static RankedCandidate candidate(AssignmentDecision decision, String saId) {
        return decision.candidates().stream().filter(candidate -> candidate.saId().equals(saId)).findFirst()
                .orElseThrow();
    }

    private static InputBuilder input() {
        return new InputBuilder();
    }

    private static SaBuilder sa(String id) {
        return new SaBuilder(id);
    }

    private static final class InputBuilder {
        private Set<String> topics = Set.of();
        private String accountSa;
        private String triageSa;
        private String accountRegion;
        private RegionalBoard board;

        InputBuilder topics(String... values) {
            topics = Set.of(values);
            return this;
        }

        InputBuilder accountSa(String value) {
            accountSa = value;
            return this;
        }

        InputBuilder triageSa(String value) {
            triageSa = value;
            return this;
        }

        InputBuilder onBoard(RegionalBoard value, String region) {
            board = value;
            accountRegion = region;
            return this;
        }

        AssignmentInput build() {
            return new AssignmentInput("r-1", topics, ON_EVENT_DAY, DEMO, accountSa, triageSa, Set.of(), null,
                    accountRegion, board);
        }
    }

    /** An active SA with capacity 10, no workload, no expertise, never assigned and never away, unless told. */
    private static final class SaBuilder {
        private final String id;
        private boolean active = true;
        private String region = "AMER";
        private Set<String> expertise = Set.of();
        private BigDecimal workload = BigDecimal.ZERO;
        private OffsetDateTime lastAssigned;
        private final List<Absence> absences = new ArrayList<>();

        SaBuilder(String id) {
            this.id = id;
        }

        SaBuilder region(String value) {
            region = value;
            return this;
        }

        SaBuilder inactive() {
            active = false;
            return this;
        }

        SaBuilder expertise(String... topics) {
            expertise = Set.of(topics);
            return this;
        }

        SaBuilder workload(String value) {
            workload = new BigDecimal(value);
            return this;
        }

        SaBuilder lastAssigned(OffsetDateTime value) {
            lastAssigned = value;
            return this;
        }

        SaBuilder away(LocalDate from, LocalDate to) {
            absences.add(new Absence(from, to, "PTO"));
            return this;
        }

        CandidateSa build() {
            return new CandidateSa(id, region, active, expertise, BigDecimal.TEN, workload, lastAssigned, absences);
        }
    }
}
