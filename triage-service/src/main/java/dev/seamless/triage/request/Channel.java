package dev.seamless.triage.request;

/** How a request arrived: the REST API, or a TriageRequestSubmitted event from the CRM. */
public enum Channel {
    REST, EVENT
}
