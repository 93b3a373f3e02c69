/**
 * Reports a team can forward: its standing with scores, traffic lights, coverage, next steps,
 * evidence and the change since last time, as Markdown, print-friendly HTML or JSON, and the
 * radar and trend charts drawn headless with JFreeChart. It reads the team history and the
 * conversation core; no channel and no dialog logic live here.
 */
package de.auditbot.report;
