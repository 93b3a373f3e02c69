package de.auditbot.nlp;

/**
 * What a message asks the bot to do.
 */
public enum IntentType {
    GREETING,
    START_AUDIT,
    /** A short sprint check-in instead of a full audit. */
    START_CHECKIN,
    /** A question about what a principle means; carries its number when the message names one. */
    ASK_CRITERION,
    HELP,
    SKIP,
    /** Back to the previous question. */
    BACK,
    /** Correct a named principle; the intent carries its number. */
    CHANGE,
    PAUSE,
    RESUME,
    STATUS,
    RESULT,
    CANCEL,
    /** The team's runs over time with trends. */
    HISTORY,
    /** A report of the team's standing to forward. */
    REPORT,
    /** Delete everything stored for the team or conversation, after a confirmation. */
    DELETE_DATA,
    /** Explain a score: the answers behind a principle (with its number) or a named category. */
    WHY,
    /** Switch language; the intent carries the language code. */
    LANGUAGE,
    /** Not a command: an answer, or something to understand as one. */
    ANSWER
}
