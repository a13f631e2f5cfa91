package dev.seamless.slack.slackapi;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** WireMock stubs that answer one request pattern with each response in turn, the last one for good. */
public final class ResponsesInSequence {

    private ResponsesInSequence() {
    }

    public static List<MappingBuilder> of(String scenario, Supplier<MappingBuilder> request,
            ResponseDefinitionBuilder... responses) {
        List<MappingBuilder> stubs = new ArrayList<>();
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder stub = request.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answered " + i)
                    .willReturn(responses[i]);
            stubs.add(i < responses.length - 1 ? stub.willSetStateTo("answered " + (i + 1)) : stub);
        }
        return stubs;
    }
}
