package dev.seamless.triage.qualification;

import static dev.seamless.triage.qualification.QualificationRules.EXCEPTION_APPROVED;
import static dev.seamless.triage.qualification.QualificationRules.FIRST_ORDER_MIN_PIPED_AMOUNT;
import static dev.seamless.triage.qualification.QualificationRules.MEETING_INFORMATION;
import static dev.seamless.triage.qualification.QualificationRules.MIN_PIPED_AMOUNT;
import static dev.seamless.triage.qualification.QualificationRules.NO_GUIDED_POV;
import static dev.seamless.triage.qualification.QualificationRules.POV_MIN_AMOUNT;
import static dev.seamless.triage.qualification.QualificationRules.SYNC_MIN_IACV;
import static dev.seamless.triage.qualification.QualificationRules.SYNC_POSTSALES_ENGAGEMENTS;
import static dev.seamless.triage.qualification.QualificationRules.SYNC_PRESALES_ENGAGEMENTS;
import static dev.seamless.triage.qualification.QualificationRules.SYNC_PRESALES_MINUTES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Segment;
import dev.seamless.triage.SeedPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QualificationRulesTest {

    private static final OffsetDateTime JUNE = OffsetDateTime.parse("2026-06-10T15:00:00Z");
    private static final Set<RequestInformation> EVERYTHING = EnumSet.allOf(RequestInformation.class);
    private static final ApprovedException EXCEPTION = new ApprovedException("asm-1",
            OffsetDateTime.parse("2026-06-01T10:00:00Z"), "lead-1", OffsetDateTime.parse("2026-06-01T11:00:00Z"));

    private final QualificationRules rules = new QualificationRules(SeedPolicy.qualification(),
            SeedPolicy.fiscalCalendar());

    @ParameterizedTest(name = "{0}")
    @EnumSource(Segment.class)
    void aDealPipedJustBelowTenThousandGoesToOfficeHoursInEverySegment(Segment segment) {
        Qualification below = decide(request().segment(segment).amount("9999.99").synchronous(false));
        Qualification at = decide(request().segment(segment).amount("10000").synchronous(false));

        assertThat(below.route()).isEqualTo(Route.OFFICE_HOURS);
        assertThat(rules(below)).containsExactly(MIN_PIPED_AMOUNT);
        assertThat(below.reasons().get(0).message()).contains("$9,999.99").contains("$10,000").contains("8 h");
        assertThat(below.responseTarget()).isEqualTo(Duration.ofHours(8));
        assertThat(at.route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(rules(at)).containsExactly(MIN_PIPED_AMOUNT);
        assertThat(at.responseTarget()).isNull();
    }

    @ParameterizedTest(name = "first order piped at {0}: {1}")
    @CsvSource({ "1999, OFFICE_HOURS", "1999.99, OFFICE_HOURS", "2000, SA_ENGAGEMENT", "2000.01, SA_ENGAGEMENT" })
    void aFirstOrderQualifiesFromTwoThousand(String amount, Route route) {
        Qualification qualification = decide(request().orderType(OrderType.FIRST_ORDER).amount(amount));

        assertThat(qualification.route()).isEqualTo(route);
        assertThat(rules(qualification)).first().isEqualTo(FIRST_ORDER_MIN_PIPED_AMOUNT);
    }

    @Test
    void theFirstOrderThresholdDoesNotApplyToGrowthDeals() {
        assertThat(decide(request().orderType(OrderType.GROWTH).amount("2000")).route())
                .isEqualTo(Route.OFFICE_HOURS);
    }

    @ParameterizedTest(name = "POV piped at {0}: {1}")
    @CsvSource({ "24999, POV_DECLINED", "24999.99, POV_DECLINED", "25000, SA_ENGAGEMENT" })
    void aPovIsOfferedFromTwentyFiveThousand(String amount, Route route) {
        Qualification qualification = decide(request().activity(Activity.POV).amount(amount));

        assertThat(qualification.route()).isEqualTo(route);
        if (route == Route.POV_DECLINED) {
            assertThat(rules(qualification)).containsExactly(POV_MIN_AMOUNT);
            assertThat(qualification.reasons().get(0).message()).contains("$25,000").contains("demo");
        } else {
            assertThat(rules(qualification)).containsExactly(MIN_PIPED_AMOUNT, POV_MIN_AMOUNT, MEETING_INFORMATION);
        }
    }

    @Test
    void smbGetsNoGuidedPovWhateverTheAmountButAsynchronousHelp() {
        Qualification qualification = decide(request().segment(Segment.SMB).activity(Activity.POV)
                .amount("100000").iacv("100000"));

        assertThat(qualification.route()).isEqualTo(Route.ASYNC_ONLY);
        assertThat(rules(qualification)).containsExactly(NO_GUIDED_POV);
        assertThat(qualification.responseTarget()).isEqualTo(Duration.ofHours(48));
    }

    @ParameterizedTest(name = "{0} POV piped at {1}: {2}")
    @CsvSource({ "SMB, 24999.99, POV_DECLINED", "SMB, 25000, ASYNC_ONLY", "MID_MARKET, 24999.99, POV_DECLINED",
            "MID_MARKET, 25000, SA_ENGAGEMENT" })
    void thePovFloorAppliesToEverySegmentAndSmbLosesGuidedPovsOnTopOfIt(Segment segment, String amount,
            Route route) {
        Qualification qualification = decide(request().segment(segment).activity(Activity.POV).amount(amount)
                .iacv("100000"));

        assertThat(qualification.route()).isEqualTo(route);
        assertThat(qualification.checks()).extracting(Check::rule).contains(POV_MIN_AMOUNT);
        switch (route) {
            case POV_DECLINED -> assertThat(rules(qualification)).containsExactly(POV_MIN_AMOUNT);
            case ASYNC_ONLY -> assertThat(rules(qualification)).containsExactly(NO_GUIDED_POV);
            default -> assertThat(rules(qualification)).contains(POV_MIN_AMOUNT);
        }
    }

    @ParameterizedTest(name = "EUR {0}: {1}")
    @CsvSource({ "9259.25, OFFICE_HOURS", "9259.26, SA_ENGAGEMENT" })
    void aEuroAmountIsConvertedToUsdBeforeTheThreshold(String euros, Route route) {
        Qualification qualification = decide(request().currency("eur").amount(euros).synchronous(false));

        assertThat(qualification.route()).isEqualTo(route);
        assertThat(qualification.reasons().get(0).message()).contains("(EUR " + (route == Route.OFFICE_HOURS
                ? "9,259.25" : "9,259.26") + " at 1.08 USD per EUR)");
        assertThat(qualification.inputs()).containsEntry("formCurrency", "EUR").containsEntry("usdRate",
                new BigDecimal("1.08"));
    }

    @Test
    void aCurrencyWithoutARateIsDeclinedWithTheRuleThatSaysSo() {
        Qualification qualification = decide(request().currency("JPY").amount("5000000"));

        assertThat(qualification.route()).isEqualTo(Route.UNSUPPORTED_CURRENCY);
        assertThat(rules(qualification)).containsExactly(QualificationRules.CURRENCY_RATE);
        assertThat(qualification.reasons().get(0).message()).contains("JPY")
                .contains("seamless.triage.currency.usd-rates.JPY").contains("(EUR)");
    }

    @Test
    void theCrmsFigureWinsOverTheFormsAndTheReasonSaysWhenTheyDiffer() {
        Qualification smaller = decide(request().amount("50000").crm("9000", null, null).synchronous(false));
        Qualification same = decide(request().amount("50000").crm("50000", null, null).synchronous(false));
        Qualification inEuros = decide(request().amount("10000").crm("9259.26", "6000", "EUR").segment(Segment.SMB)
                .iacv("1000"));

        assertThat(smaller.route()).isEqualTo(Route.OFFICE_HOURS);
        assertThat(smaller.reasons().get(0).message()).contains("piped at $9,000 as the CRM's opportunity says;"
                + " the form said $50,000");
        assertThat(smaller.inputs()).containsEntry("amountSource", "crm").containsEntry("amount",
                new BigDecimal("50000")).containsEntry("crmAmount", new BigDecimal("9000"));
        assertThat(same.reasons().get(0).message()).contains("as the CRM's opportunity says;").doesNotContain(
                "the form said");
        assertThat(inEuros.route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(inEuros.inputs()).containsEntry("qualifyingIacvUsd", new BigDecimal("6480.00"));
    }

    @ParameterizedTest(name = "SMB meeting at IACV {0}: {1}")
    @CsvSource({ "4999.99, ASYNC_ONLY", "5000, SA_ENGAGEMENT" })
    void smbMeetingsStartAtFiveThousandIacv(String iacv, Route route) {
        Qualification qualification = decide(request().segment(Segment.SMB).iacv(iacv));

        assertThat(qualification.route()).isEqualTo(route);
        assertThat(qualification.checks()).filteredOn(check -> check.rule().equals(SYNC_MIN_IACV))
                .singleElement().satisfies(check -> assertThat(check.passed()).isEqualTo(route == Route.SA_ENGAGEMENT));
    }

    @Test
    void smbAsynchronousHelpHasNoIacvFloor() {
        assertThat(decide(request().segment(Segment.SMB).iacv("0").synchronous(false)).route())
                .isEqualTo(Route.SA_ENGAGEMENT);
    }

    @Test
    void theThirdSynchronousPresalesEngagementOfAnSmbAccountIsAsynchronous() {
        List<PriorEngagement> one = List.of(presales("r-1", 10));
        List<PriorEngagement> two = List.of(presales("r-1", 10), presales("r-2", 10));

        Qualification second = rules.decide(request().segment(Segment.SMB).build(), one, Optional.empty());
        Qualification third = rules.decide(request().segment(Segment.SMB).build(), two, Optional.empty());

        assertThat(second.route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(third.route()).isEqualTo(Route.ASYNC_ONLY);
        assertThat(rules(third)).containsExactly(SYNC_PRESALES_ENGAGEMENTS);
        assertThat(third.reasons().get(0).message()).contains("2 synchronous pre-sales engagements (r-1, r-2)")
                .contains("at most 2");
    }

    @ParameterizedTest(name = "{0} min used + {1} requested: {2}")
    @CsvSource({ "30, 30, SA_ENGAGEMENT", "30, 31, ASYNC_ONLY", "31, , ASYNC_ONLY", "30, , SA_ENGAGEMENT" })
    void smbSynchronousPresalesHelpIsSixtyMinutesInTotal(int used, Integer requested, Route route) {
        Qualification qualification = rules.decide(request().segment(Segment.SMB).minutes(requested).build(),
                List.of(presales("r-1", used)), Optional.empty());

        assertThat(qualification.route()).isEqualTo(route);
        if (route == Route.ASYNC_ONLY) {
            assertThat(rules(qualification)).containsExactly(SYNC_PRESALES_MINUTES);
        }
    }

    @Test
    void smbPostsalesMeetingsAreTwoPerFiscalYear() {
        OffsetDateTime firstDayOfFy27 = OffsetDateTime.parse("2026-02-01T09:00:00Z");
        List<PriorEngagement> sameYear = List.of(postsales("p-1", firstDayOfFy27.plusDays(1)),
                postsales("p-2", firstDayOfFy27.plusDays(2)));
        List<PriorEngagement> previousYear = List.of(postsales("p-1", firstDayOfFy27.minusDays(1)),
                postsales("p-2", firstDayOfFy27.minusDays(2)));
        QualificationInput request = request().segment(Segment.SMB).postSales(true).minutes(15)
                .at(firstDayOfFy27.plusDays(10)).build();

        Qualification third = rules.decide(request, sameYear, Optional.empty());
        Qualification newYear = rules.decide(request, previousYear, Optional.empty());

        assertThat(third.route()).isEqualTo(Route.ASYNC_ONLY);
        assertThat(rules(third)).containsExactly(SYNC_POSTSALES_ENGAGEMENTS);
        assertThat(third.reasons().get(0).message()).contains("in FY2027");
        assertThat(newYear.route()).isEqualTo(Route.SA_ENGAGEMENT);
    }

    @Test
    void thePostsalesYearIsThatOfTheEngagementsDayInItsTimeZone() {
        OffsetDateTime firstHoursOfFy27InUtc = OffsetDateTime.parse("2026-02-01T03:00:00Z");
        List<PriorEngagement> earlyFy27 = List.of(postsales("p-1", firstHoursOfFy27InUtc.plusDays(1)),
                postsales("p-2", firstHoursOfFy27InUtc.plusDays(2)));
        Builder lastEveningOfFy26InNewYork = request().segment(Segment.SMB).postSales(true).minutes(15)
                .at(firstHoursOfFy27InUtc);

        Qualification newYork = rules.decide(lastEveningOfFy26InNewYork.zone("America/New_York").build(), earlyFy27,
                Optional.empty());
        Qualification utc = rules.decide(lastEveningOfFy26InNewYork.zone("UTC").build(), earlyFy27, Optional.empty());

        assertThat(newYork.route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(newYork.inputs()).containsEntry("engagementDay", "2026-01-31")
                .containsEntry("timeZone", "America/New_York");
        assertThat(utc.route()).isEqualTo(Route.ASYNC_ONLY);
        assertThat(utc.reasons().get(0).message()).contains("in FY2027");
    }

    @Test
    void preAndPostSalesEngagementsCountSeparately() {
        List<PriorEngagement> twoPresales = List.of(presales("r-1", 10), presales("r-2", 10));

        Qualification postSales = rules.decide(request().segment(Segment.SMB).postSales(true).minutes(15).build(),
                twoPresales, Optional.empty());

        assertThat(postSales.route()).isEqualTo(Route.SA_ENGAGEMENT);
    }

    @Test
    void midMarketHasNoSynchronousLimits() {
        List<PriorEngagement> many = List.of(presales("r-1", 60), presales("r-2", 60), presales("r-3", 60));

        Qualification qualification = rules.decide(request().segment(Segment.MID_MARKET).iacv("0").build(), many,
                Optional.empty());

        assertThat(qualification.route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(qualification.checks()).extracting(Check::rule).doesNotContain(SYNC_PRESALES_ENGAGEMENTS);
    }

    @Test
    void aMeetingWithoutObjectivesAgendaOrAttendeesWaitsOnTheAe() {
        Qualification qualification = decide(request().provided(EnumSet.of(RequestInformation.DESIRED_OUTCOME)));

        assertThat(qualification.route()).isEqualTo(Route.WAITING_ON_AE);
        assertThat(qualification.missingInformation()).containsExactly(RequestInformation.OBJECTIVES,
                RequestInformation.AGENDA, RequestInformation.ATTENDEES);
        assertThat(rules(qualification)).containsExactly(MEETING_INFORMATION);
        assertThat(qualification.reasons().get(0).message()).contains("objectives, agenda, attendees");
    }

    @Test
    void oneMissingItemIsEnoughToWait() {
        Set<RequestInformation> noAttendees = EnumSet.allOf(RequestInformation.class);
        noAttendees.remove(RequestInformation.ATTENDEES);

        Qualification qualification = decide(request().provided(noAttendees));

        assertThat(qualification.missingInformation()).containsExactly(RequestInformation.ATTENDEES);
    }

    @Test
    void asynchronousHelpNeedsNoMeetingInformation() {
        assertThat(decide(request().synchronous(false).provided(Set.of())).route()).isEqualTo(Route.SA_ENGAGEMENT);
    }

    @Test
    void aRequestThatDoesNotQualifyAnywayDoesNotWaitForInformation() {
        Qualification qualification = decide(request().amount("500").provided(Set.of()));

        assertThat(qualification.route()).isEqualTo(Route.OFFICE_HOURS);
        assertThat(qualification.missingInformation()).isEmpty();
    }

    @Test
    void theMostRestrictiveFailureDecidesAndEveryCheckIsRecorded() {
        Qualification qualification = decide(request().segment(Segment.SMB).amount("9000").iacv("1000"));

        assertThat(qualification.route()).isEqualTo(Route.OFFICE_HOURS);
        assertThat(rules(qualification)).containsExactly(MIN_PIPED_AMOUNT);
        assertThat(qualification.checks()).filteredOn(Check::binding).extracting(Check::rule)
                .containsExactly(MIN_PIPED_AMOUNT, SYNC_MIN_IACV);
    }

    @Test
    void anApprovedExceptionWaivesTheThresholdsAndSaysWhoApproved() {
        Qualification qualification = rules.decide(request().amount("5000").activity(Activity.POV).build(), List.of(),
                Optional.of(EXCEPTION));

        assertThat(qualification.route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(rules(qualification)).containsExactly(MIN_PIPED_AMOUNT, POV_MIN_AMOUNT, MEETING_INFORMATION,
                EXCEPTION_APPROVED);
        assertThat(qualification.checks()).filteredOn(Check::waived).hasSize(2);
        assertThat(qualification.reasons().get(3).message()).contains("asm-1").contains("lead-1");
    }

    @Test
    void anApprovedExceptionLiftsTheSmbLimits() {
        Qualification qualification = rules.decide(request().segment(Segment.SMB).iacv("100").build(),
                List.of(presales("r-1", 30), presales("r-2", 30)), Optional.of(EXCEPTION));

        assertThat(qualification.route()).isEqualTo(Route.SA_ENGAGEMENT);
    }

    @Test
    void anExceptionDoesNotReplaceTheMeetingInformation() {
        Qualification qualification = rules.decide(request().amount("5000").provided(Set.of()).build(), List.of(),
                Optional.of(EXCEPTION));

        assertThat(qualification.route()).isEqualTo(Route.WAITING_ON_AE);
    }

    @Test
    void anExceptionNotNeededIsNotMentioned() {
        Qualification qualification = rules.decide(request().build(), List.of(), Optional.of(EXCEPTION));

        assertThat(rules(qualification)).doesNotContain(EXCEPTION_APPROVED);
    }

    @Test
    void anSmbMeetingForArchitectureOrDeploymentGuidanceIsHelpedAsynchronously() {
        Qualification architecture = rules.decide(request().segment(Segment.SMB).topics("ci-cd", "architecture")
                .build(), List.of(), Optional.empty());
        Qualification deployment = rules.decide(request().segment(Segment.SMB).topics("deployment").postSales(true)
                .build(), List.of(), Optional.empty());

        assertThat(architecture.route()).isEqualTo(Route.ASYNC_ONLY);
        assertThat(rules(architecture)).containsExactly(QualificationRules.NO_GUIDED_ARCHITECTURE);
        assertThat(architecture.reasons().get(0).message()).contains("names architecture;");
        assertThat(architecture.inputs()).containsEntry("topics", List.of("architecture", "ci-cd"));
        assertThat(deployment.route()).isEqualTo(Route.ASYNC_ONLY);
        assertThat(rules(deployment)).containsExactly(QualificationRules.NO_GUIDED_ARCHITECTURE);
    }

    @Test
    void architectureGuidanceIsOpenToOtherSegmentsToSmbAsynchronouslyAndWithAnException() {
        assertThat(rules.decide(request().segment(Segment.SMB).topics("ci-cd").build(), List.of(), Optional.empty())
                .route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(rules.decide(request().segment(Segment.SMB).topics("architecture").synchronous(false).build(),
                List.of(), Optional.empty()).route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(rules.decide(request().topics("architecture", "deployment").build(), List.of(), Optional.empty())
                .route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(rules.decide(request().segment(Segment.SMB).topics("architecture").build(), List.of(),
                Optional.of(EXCEPTION)).route()).isEqualTo(Route.SA_ENGAGEMENT);
    }

    @Test
    void thresholdsAndRequiredInformationComeFromThePolicy() {
        QualificationPolicy seed = SeedPolicy.qualification();
        QualificationPolicy custom = new QualificationPolicy(Map.of(Segment.SMB, new BigDecimal("5000"),
                Segment.MID_MARKET, new BigDecimal("20000"), Segment.NAMED, new BigDecimal("10000")),
                seed.firstOrderMinPipedAmount(), seed.povMinAmount(), Map.of(), 30,
                List.of(RequestInformation.COMPELLING_EVENT), seed.officeHoursResponseTarget(),
                seed.asyncResponseTarget(), seed.usdRates());
        QualificationRules customRules = new QualificationRules(custom, SeedPolicy.fiscalCalendar());
        Set<RequestInformation> withoutCompellingEvent = EnumSet.allOf(RequestInformation.class);
        withoutCompellingEvent.remove(RequestInformation.COMPELLING_EVENT);

        assertThat(customRules.decide(request().segment(Segment.SMB).amount("6000").iacv("0").synchronous(false)
                .build(), List.of(), Optional.empty()).route()).isEqualTo(Route.SA_ENGAGEMENT);
        assertThat(customRules.decide(request().amount("15000").build(), List.of(), Optional.empty()).route())
                .isEqualTo(Route.OFFICE_HOURS);
        assertThat(customRules.decide(request().amount("25000").provided(withoutCompellingEvent).build(), List.of(),
                Optional.empty()).missingInformation()).containsExactly(RequestInformation.COMPELLING_EVENT);
    }

    private Qualification decide(Builder builder) {
        return rules.decide(builder.build(), List.of(), Optional.empty());
    }

    private static List<String> rules(Qualification qualification) {
        return qualification.reasons().stream().map(Reason::rule).toList();
    }

    private static PriorEngagement presales(String id, int minutes) {
        return new PriorEngagement(id, false, minutes, JUNE.minusDays(30).toLocalDate());
    }

    private static PriorEngagement postsales(String id, OffsetDateTime at) {
        return new PriorEngagement(id, true, 15, at.toLocalDate());
    }

    private static Builder request() {
        return new Builder();
    }

    /** A mid-market growth demo worth $50,000 with every piece of meeting information, unless told otherwise. */
    private static final class Builder {
        private Segment segment = Segment.MID_MARKET;
        private OrderType orderType = OrderType.GROWTH;
        private BigDecimal amount = new BigDecimal("50000");
        private BigDecimal iacv = new BigDecimal("20000");
        private Activity activity = Activity.DEMO;
        private boolean synchronous = true;
        private boolean postSales;
        private Integer minutes = 30;
        private OffsetDateTime at = JUNE;
        private ZoneId zone = ZoneOffset.UTC;
        private Set<RequestInformation> provided = EVERYTHING;
        private String currency;
        private CrmFigures crm;
        private Set<String> topics = Set.of("ci-cd");

        Builder segment(Segment value) {
            segment = value;
            return this;
        }

        Builder orderType(OrderType value) {
            orderType = value;
            return this;
        }

        Builder amount(String value) {
            amount = new BigDecimal(value);
            return this;
        }

        Builder iacv(String value) {
            iacv = new BigDecimal(value);
            return this;
        }

        Builder activity(Activity value) {
            activity = value;
            return this;
        }

        Builder synchronous(boolean value) {
            synchronous = value;
            return this;
        }

        Builder postSales(boolean value) {
            postSales = value;
            return this;
        }

        Builder minutes(Integer value) {
            minutes = value;
            return this;
        }

        Builder at(OffsetDateTime value) {
            at = value;
            return this;
        }

        Builder zone(String value) {
            zone = ZoneId.of(value);
            return this;
        }

        Builder provided(Set<RequestInformation> value) {
            provided = value;
            return this;
        }

        Builder currency(String value) {
            currency = value;
            return this;
        }

        Builder crm(String crmAmount, String crmIacv, String crmCurrency) {
            crm = new CrmFigures(new BigDecimal(crmAmount), crmIacv == null ? null : new BigDecimal(crmIacv),
                    crmCurrency);
            return this;
        }

        Builder topics(String... values) {
            topics = Set.of(values);
            return this;
        }

        QualificationInput build() {
            return new QualificationInput(segment, orderType, amount, iacv, activity, synchronous, postSales, minutes,
                    at, zone, provided, currency, crm, topics);
        }
    }
}
