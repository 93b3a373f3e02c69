package de.auditbot.conversation;

/**
 * Which conversation a message belongs to: the channel and its own id for it
 * ({@code "web", "<random id>"} or {@code "matrix", "!room:server"}).
 */
public record ConversationKey(String channel, String id) {

    /** The store's id of the conversation. */
    public String storeId() {
        return channel + ":" + id;
    }
}
