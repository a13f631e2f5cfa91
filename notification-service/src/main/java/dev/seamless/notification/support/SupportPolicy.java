package dev.seamless.notification.support;

import java.util.Map;

/**
 * Where customers get help and how fast: the support portal, the support level and its response time (seed 002:
 * "Standard Support", next business day, Monday to Friday). Emails to customers state all three.
 */
public record SupportPolicy(String portalUrl, String level, String responseTime) {

    /** The values every customer-facing template may show. */
    public Map<String, Object> templateValues() {
        return Map.of("supportPortalUrl", portalUrl, "supportLevel", level, "supportResponseTime", responseTime);
    }
}
