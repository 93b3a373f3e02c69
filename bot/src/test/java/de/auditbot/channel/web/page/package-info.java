/**
 * Test helpers for the chat page in a real browser: Debian's Chromium started headless with a
 * pinned driver, the page as a page object that waits for the bot, and axe-core's WCAG checks.
 */
package de.auditbot.channel.web.page;
