/**
 * The audit domain: an audit's answers and the order of its questions. It knows catalogs, but
 * nothing of conversations, channels or how words became answers.
 */
package de.auditbot.audit;
