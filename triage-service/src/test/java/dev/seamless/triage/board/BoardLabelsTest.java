package dev.seamless.triage.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.triage.SeedPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BoardLabelsTest {

    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");
    private static final OffsetDateTime FAR = OffsetDateTime.parse("2026-07-01T15:00:00Z");

    private final BoardLabels board = new BoardLabels(SeedPolicy.labels(), SeedPolicy.fiscalCalendar());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "WAITING, SA Waiting", "BACKLOG, SA Backlog", "TRIAGED, SA Triaged", "DOING, SA Doing" })
    void anOpenRequestCarriesItsStatusLabelAndItsFiscalQuarter(RequestStatus status, String label) {
        assertThat(board.labelsFor(facts(status, FAR, false, false), NOW)).containsExactly(label, "FY27-Q2");
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = { "COMPLETED", "DECLINED", "CLOSED" })
    void aFinishedRequestKeepsOnlyItsQuarter(RequestStatus status) {
        assertThat(board.labelsFor(facts(status, FAR, false, false), NOW)).containsExactly("FY27-Q2");
    }

    @ParameterizedTest(name = "event in {0}: expedite {1}")
    @CsvSource({ "PT23H59M, true", "PT23H59M59S, true", "PT24H, false", "PT24H1M, false", "PT0S, true",
            "PT-1M, false" })
    void expediteMeansLessThanTwentyFourHoursToTheRequestedEvent(Duration untilEvent, boolean expedite) {
        OffsetDateTime event = NOW.plus(untilEvent).atOffset(ZoneOffset.ofHours(-5));

        List<String> labels = board.labelsFor(facts(RequestStatus.TRIAGED, event, false, false), NOW);

        assertThat(labels.contains(Label.EXPEDITE)).isEqualTo(expedite);
    }

    @Test
    void expediteIsReevaluatedAsTimePasses() {
        OffsetDateTime event = NOW.plus(Duration.ofHours(25)).atOffset(ZoneOffset.UTC);
        LabelFacts facts = facts(RequestStatus.WAITING, event, false, false);

        assertThat(board.labelsFor(facts, NOW)).doesNotContain(Label.EXPEDITE);
        assertThat(board.labelsFor(facts, NOW.plus(Duration.ofMinutes(61)))).contains(Label.EXPEDITE);
        assertThat(board.labelsFor(facts, NOW.plus(Duration.ofHours(26)))).doesNotContain(Label.EXPEDITE);
    }

    @Test
    void finishedOrUndatedRequestsAreNeverExpedite() {
        OffsetDateTime soon = NOW.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC);

        assertThat(board.labelsFor(facts(RequestStatus.COMPLETED, soon, false, false), NOW))
                .doesNotContain(Label.EXPEDITE);
        assertThat(board.labelsFor(new LabelFacts(RequestStatus.TRIAGED, null, NOW.atOffset(ZoneOffset.UTC),
                ZoneOffset.UTC, false, false, Segment.MID_MARKET, Tier.PREMIUM), NOW)).doesNotContain(Label.EXPEDITE);
    }

    @Test
    void servicesAndActionItemsAreLabelledInBoardOrder() {
        OffsetDateTime soon = NOW.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC);

        assertThat(board.labelsFor(facts(RequestStatus.DOING, soon, true, true), NOW))
                .containsExactly(Label.SA_DOING, Label.SA_ACTION_ITEMS, Label.EXPEDITE, Label.SERVICES, "FY27-Q2");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "America/New_York, FY26-Q4", "UTC, FY27-Q1", "Asia/Tokyo, FY27-Q1" })
    void theQuarterIsThatOfTheEngagementsDayInTheRequestsTimeZone(ZoneId zone, String quarter) {
        OffsetDateTime lateJanuaryEveningInNewYorkGivenInUtc = OffsetDateTime.parse("2026-02-01T02:00:00Z");

        assertThat(board.labelsFor(new LabelFacts(RequestStatus.BACKLOG, null, lateJanuaryEveningInNewYorkGivenInUtc,
                zone, false, false, Segment.MID_MARKET, Tier.PREMIUM), NOW))
                .containsExactly(Label.SA_BACKLOG, quarter);
    }

    @Test
    void theExpediteWindowIsConfigurable() {
        BoardLabels twoDays = new BoardLabels(new LabelPolicy(Duration.ofHours(48), Set.of(), Tier.PREMIUM),
                SeedPolicy.fiscalCalendar());
        OffsetDateTime event = NOW.plus(Duration.ofHours(47)).atOffset(ZoneOffset.UTC);

        assertThat(twoDays.labelsFor(facts(RequestStatus.TRIAGED, event, false, false), NOW))
                .contains(Label.EXPEDITE);
    }

    @ParameterizedTest(name = "{0} {1} {2}: preferred {3}")
    @CsvSource({ "SMB, FREE, TRIAGED, false", "SMB, STARTER, TRIAGED, false", "SMB, BRONZE, BACKLOG, false",
            "SMB, PREMIUM, BACKLOG, true", "SMB, SILVER, TRIAGED, true", "SMB, ULTIMATE, DOING, true",
            "SMB, ULTIMATE, COMPLETED, false", "MID_MARKET, ULTIMATE, BACKLOG, false" })
    void smbFromPremiumUpIsPreferredWhileOpenAndStarterIsPaidButBelowIt(Segment segment, String tier,
            RequestStatus status, boolean preferred) {
        LabelFacts facts = new LabelFacts(status, null, NOW.atOffset(ZoneOffset.UTC), ZoneOffset.UTC, false, false,
                segment, Tier.fromJson(tier));

        assertThat(board.labelsFor(facts, NOW).contains(Label.PREFERRED_TIER)).isEqualTo(preferred);
    }

    @Test
    void aDiffNamesWhatWasAddedAndRemoved() {
        LabelDiff diff = LabelDiff.between(List.of(Label.SA_TRIAGED, "FY27-Q2"),
                List.of(Label.SA_DOING, Label.EXPEDITE, "FY27-Q2"));

        assertThat(diff.added()).containsExactly(Label.SA_DOING, Label.EXPEDITE);
        assertThat(diff.removed()).containsExactly(Label.SA_TRIAGED);
        assertThat(LabelDiff.between(List.of("FY27-Q2"), List.of("FY27-Q2")).isEmpty()).isTrue();
    }

    private static LabelFacts facts(RequestStatus status, OffsetDateTime requestedFor, boolean services,
            boolean actionItems) {
        return new LabelFacts(status, requestedFor, requestedFor, ZoneOffset.UTC, services, actionItems,
                Segment.MID_MARKET, Tier.PREMIUM);
    }
}
