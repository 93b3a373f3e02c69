/**
 * Privacy: deleting everything stored for a team or conversation on request, and purging what is
 * older than the retention period every day. Both work on the embedded store too, which has no
 * TTL indexes, by plain deletes.
 */
package de.auditbot.privacy;
