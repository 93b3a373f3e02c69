package de.auditbot.audit;

/**
 * Whether a run covers the whole catalog or a few principles of a sprint check-in.
 */
public enum AuditKind {
    AUDIT,
    CHECKIN
}
