package de.auditbot.conversation;

/**
 * Where a conversation is.
 */
public enum ConversationState {
    /** Greeted, no audit running. */
    MENU,
    /** An audit is running; a question is pending. */
    AUDIT,
    /** Waiting for a yes or no to a question like "really cancel?". */
    CONFIRM,
    /** Waiting for a yes or no to "really delete all our data?". */
    CONFIRM_DELETE,
    /** The team paused the audit. */
    PAUSED,
    /** The audit is finished and its result shown. */
    RESULT
}
