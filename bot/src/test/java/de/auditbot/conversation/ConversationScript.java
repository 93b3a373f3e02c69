package de.auditbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Drives the conversation core like a person in a chat would, with no channel in between:
 * {@code script.user("ja").expectBot(containsText("Prinzip 2"))}.
 */
final class ConversationScript {

    private final ConversationService service;
    private final ConversationKey key;
    private String sender = "anna";
    private Turn last;

    private ConversationScript(ConversationService service, ConversationKey key) {
        this.service = service;
        this.key = key;
    }

    /** Opens a new conversation in a language and returns the script positioned after the greeting. */
    static ConversationScript open(ConversationService service, String language) {
        ConversationScript script = new ConversationScript(service,
                new ConversationKey("script", UUID.randomUUID().toString()));
        script.last = service.start(script.key, script.sender, language);
        return script;
    }

    /** Opens a new conversation of a named team, which shares the team's history. */
    static ConversationScript openForTeam(ConversationService service, String language, String teamKey) {
        ConversationScript script = new ConversationScript(service,
                new ConversationKey("script", UUID.randomUUID().toString()));
        script.last = service.start(script.key, script.sender, language, teamKey);
        return script;
    }

    /** Answers every remaining question of the running audit or check-in with the same words. */
    ConversationScript answerAll(String text) {
        for (int guard = 0; last.state() == ConversationState.AUDIT && guard < 200; guard++) {
            user(text);
        }
        return this;
    }

    /** Continues an existing conversation, e.g. after a restart. */
    static ConversationScript resume(ConversationService service, ConversationKey key) {
        return new ConversationScript(service, key);
    }

    ConversationScript as(String senderId) {
        this.sender = senderId;
        return this;
    }

    ConversationScript user(String text) {
        last = service.handle(new InboundMessage(key, sender, text, null));
        return this;
    }

    /** Sends the same text several times, e.g. to answer a run of questions. */
    ConversationScript user(String text, int times) {
        for (int i = 0; i < times; i++) {
            user(text);
        }
        return this;
    }

    ConversationScript expectBot(BotExpectation expectation) {
        assertThat(expectation.test(last.replies()))
                .as("bot replies should %s, but were:%n%s", expectation.description(), transcript())
                .isTrue();
        return this;
    }

    ConversationScript expectState(ConversationState state) {
        assertThat(last.state()).as("state after: %s", transcript()).isEqualTo(state);
        return this;
    }

    ConversationScript expectProgress(int answered) {
        assertThat(last.progress().answered()).as("answered questions").isEqualTo(answered);
        return this;
    }

    ConversationScript expectPrinciple(Integer number) {
        assertThat(last.progress().principle()).as("principle being asked, after: %s", transcript()).isEqualTo(number);
        return this;
    }

    Turn last() {
        return last;
    }

    ConversationKey key() {
        return key;
    }

    String lastText() {
        return String.join("\n---\n", last.replies().stream().map(Reply::text).toList());
    }

    private String transcript() {
        return lastText() + "\n[quick replies: " + last.replies().stream().map(Reply::quickReplies).toList() + "]";
    }

    /** A check on the replies of one turn, with words for the failure message. */
    interface BotExpectation extends Predicate<List<Reply>> {
        String description();

        static BotExpectation of(String description, Predicate<List<Reply>> check) {
            return new BotExpectation() {
                @Override
                public boolean test(List<Reply> replies) {
                    return check.test(replies);
                }

                @Override
                public String description() {
                    return description;
                }
            };
        }
    }

    static BotExpectation containsText(String fragment) {
        return BotExpectation.of("contain \"" + fragment + "\"",
                replies -> replies.stream().anyMatch(r -> r.text().contains(fragment)));
    }

    static BotExpectation doesNotContain(String fragment) {
        return BotExpectation.of("not contain \"" + fragment + "\"",
                replies -> replies.stream().noneMatch(r -> r.text().contains(fragment)));
    }

    static BotExpectation offers(String quickReply) {
        return BotExpectation.of("offer the quick reply \"" + quickReply + "\"",
                replies -> replies.stream().anyMatch(r -> r.quickReplies().contains(quickReply)));
    }
}
