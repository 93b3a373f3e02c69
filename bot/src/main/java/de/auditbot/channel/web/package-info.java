/**
 * The web channel: the JSON API that the chat page and outside clients use. It maps requests to
 * the conversation core, checks every input and answers errors as RFC 9457 problem details.
 */
package de.auditbot.channel.web;
