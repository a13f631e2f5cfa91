package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.Topics;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Reason;
import dev.seamless.messaging.consume.DeadLetters;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.triage.opportunity.CrmOpportunity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Qualification on the CRM's figure of the opportunity, in USD: EUR converted, a currency without a rate refused. */
@QuarkusTest
class QualifyingAmountTest {

    @Test
    void theCrmsAmountOfTheOpportunityDecidesNotWhatTheAeTyped() {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        TestKafka.publish(new OpportunityStageChanged(opportunityId, accountId, "Acme", OrderType.GROWTH,
                "1-Discovery", "2-Scoping", new BigDecimal("9999.99"), new BigDecimal("9000"), LocalDate.now()
                        .plusDays(60), "ae-1", null, false, null, null));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> CrmOpportunity.findById(opportunityId) != null));
        Map<String, Object> form = form(accountId, newId("topic"));
        form.put("opportunityId", opportunityId);

        String id = submit(form).statusCode(201).body("qualification.route", equalTo("OFFICE_HOURS"))
                .body("qualification.reasons[0].message", containsString("piped at $9,999.99 as the CRM's"
                        + " opportunity says; the form said $50,000"))
                .body("qualification.inputs.amountSource", equalTo("crm"))
                .body("qualification.inputs.amount", equalTo(50000)).extract().path("id");
        assertThat(awaitEvents(TriageRequestDeclined.class, event -> event.requestId().equals(id), 1).get(0)
                .reasons()).extracting(Reason::rule).containsExactly("qualification.min-piped-amount");
    }

    @Test
    void anOpportunityWhoseCurrencyIsNoIsoCodeIsDeadLetteredWithTheReason() {
        String accountId = newId("acct");
        TestKafka.publish(new OpportunityStageChanged(newId("opp"), accountId, "Acme", OrderType.GROWTH,
                "1-Discovery", "2-Scoping", new BigDecimal("20000"), null, null, "ae-1", null, false, "EURO", null));

        ConsumerRecord<String, byte[]> deadLetter = await().atMost(PATIENCE).until(() -> TestKafka.records(
                Topics.deadLetterOf(Topics.CRM_OPPORTUNITIES)).stream().filter(record -> accountId.equals(
                        record.key())).toList(), records -> records.size() == 1).get(0);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON)).contains("currency 'EURO' is not an ISO 4217");
    }

    @Test
    void aEuroDealQualifiesFromTenThousandDollarsAfterConversion() {
        submit(inCurrency("EUR", "9259.25")).statusCode(201).body("qualification.route", equalTo("OFFICE_HOURS"))
                .body("qualification.reasons[0].message", containsString("piped at $9,999.99 (EUR 9,259.25 at 1.08"
                        + " USD per EUR)"));
        submit(inCurrency("EUR", "9259.26")).statusCode(201).body("qualification.route", equalTo("SA_ENGAGEMENT"))
                .body("qualification.inputs.qualifyingAmountUsd", equalTo(10000.0f));
    }

    @Test
    void anAmountInACurrencyWithoutARateIsDeclinedWithAClearReason() {
        String id = submit(inCurrency("JPY", "5000000")).statusCode(201)
                .body("qualification.route", equalTo("UNSUPPORTED_CURRENCY")).body("status", equalTo("DECLINED"))
                .extract().path("id");

        TriageRequestDeclined declined = awaitEvents(TriageRequestDeclined.class,
                event -> event.requestId().equals(id), 1).get(0);
        assertThat(declined.route()).isEqualTo("UNSUPPORTED_CURRENCY");
        assertThat(declined.reasons()).extracting(Reason::rule).containsExactly("qualification.currency-rate");
        assertThat(declined.reasons().get(0).message()).contains("JPY, which has no configured USD rate");
    }

    private static Map<String, Object> inCurrency(String currency, String amount) {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.put("currency", currency);
        form.put("amount", new BigDecimal(amount));
        return form;
    }
}
