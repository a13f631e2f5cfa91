package dev.seamless.triage.board;

import java.time.Duration;

/** @param expediteWithin an open request whose event is closer than this is EXPEDITE (seed 004: under 24 hours) */
public record LabelPolicy(Duration expediteWithin) {
}
