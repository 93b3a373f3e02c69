/**
 * Team history: every finished audit and check-in kept per team in its own collection, so that
 * any channel gets history by naming its team key. From it come the team's standing (the latest
 * answer per question), trends between runs and the choice of principles for a check-in.
 */
package de.auditbot.audit.history;
