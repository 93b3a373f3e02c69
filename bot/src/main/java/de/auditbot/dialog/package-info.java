/**
 * The bot's words: messages, quick-reply labels and the phrases it understands without a model,
 * in every language, loaded from dialogs/conversation/. Java code refers to texts by key only.
 */
package de.auditbot.dialog;
