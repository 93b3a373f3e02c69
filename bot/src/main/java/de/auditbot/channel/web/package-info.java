/**
 * The web channel: the JSON API that the chat page and outside clients use, and the security
 * headers of every response. It maps requests to the conversation core, checks every input and
 * answers errors as RFC 9457 problem details. The chat page itself is static (HTML, CSS and
 * JavaScript modules in {@code static/}) and talks to this API only.
 */
package de.auditbot.channel.web;
