package dev.seamless.triage.api;

/** One offending field of a request body and what is wrong with it. */
public record FieldError(String field, String message) {
}
