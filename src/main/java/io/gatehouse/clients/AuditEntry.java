package io.gatehouse.clients;

import java.time.Instant;

/** One change to a client: who, when, what (with old → new values for edits). */
public record AuditEntry(Instant at, String actor, String action, String details) {
}
