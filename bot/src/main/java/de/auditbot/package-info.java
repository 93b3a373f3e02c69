/**
 * auditbot: guided self-audits of the OZG Servicestandard in team chats. Channels at the edge
 * ({@code channel}), one channel-agnostic conversation core ({@code conversation}), the audit
 * domain ({@code audit}), understanding text ({@code nlp}), the bot's words ({@code dialog},
 * {@code content}) and the store ({@code store}).
 */
package de.auditbot;
