/**
 * The Matrix channel: audits in team rooms, encrypted rooms included. {@link
 * de.auditbot.channel.matrix.MatrixChannel} maps room events to the conversation core and replies
 * back to HTML notices; it talks to Matrix only through {@link de.auditbot.channel.matrix.MatrixGateway},
 * whose one implementation is the small Kotlin adapter over the Trixnity SDK in
 * {@code src/main/kotlin}. Switched on by {@code auditbot.matrix.enabled}; off, nothing here runs.
 */
package de.auditbot.channel.matrix;
