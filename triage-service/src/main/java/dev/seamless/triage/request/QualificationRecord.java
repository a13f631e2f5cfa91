package dev.seamless.triage.request;

import dev.seamless.events.types.Reason;
import dev.seamless.triage.qualification.Check;
import dev.seamless.triage.qualification.Qualification;
import dev.seamless.triage.qualification.RequestInformation;
import java.util.List;
import java.util.Map;

/** What is kept of a qualification decision: its reasons, every check, the missing information and the inputs. */
public record QualificationRecord(List<Reason> reasons, List<Check> checks,
        List<RequestInformation> missingInformation, Map<String, Object> inputs) {

    static QualificationRecord of(Qualification qualification) {
        return new QualificationRecord(qualification.reasons(), qualification.checks(),
                qualification.missingInformation(), qualification.inputs());
    }
}
