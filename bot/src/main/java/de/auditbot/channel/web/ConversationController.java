package de.auditbot.channel.web;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.InboundMessage;
import de.auditbot.conversation.ResultView;
import de.auditbot.conversation.Turn;
import de.auditbot.dialog.DialogTexts;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The web chat API: open a conversation, send messages, read the conversation and its result.
 * It maps HTTP to the conversation core and back; the dialog lives in the core.
 */
@RestController
// Answers are JSON only: a request that accepts nothing else is turned away before it is handled,
// so that a message is never stored and then not answered.
@RequestMapping(path = "/api/v1/conversations", produces = MediaType.APPLICATION_JSON_VALUE)
class ConversationController {

    static final String CHANNEL = "web";
    private static final String DEFAULT_SENDER = "web";

    private final ConversationService conversations;
    private final DialogTexts texts;

    ConversationController(ConversationService conversations, DialogTexts texts) {
        this.conversations = conversations;
        this.texts = texts;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TurnResponse> open(@RequestBody(required = false) JsonNode body) {
        Optional<String> locale = RequestBodies.optional(body, "locale", 10);
        if (locale.isPresent() && !texts.supports(locale.get())) {
            throw ApiRequestException.badRequest("The field 'locale' must be one of " + texts.languages() + ".");
        }
        String sender = RequestBodies.optional(body, "sender", RequestBodies.MAX_SENDER).orElse(DEFAULT_SENDER);
        String team = RequestBodies.optional(body, "team", TeamKeys.MAX_NAME).map(TeamKeys::of).orElse(null);
        ConversationKey key = new ConversationKey(CHANNEL, ConversationIds.next());
        Turn turn = conversations.start(key, sender, locale.orElse(null), team);
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + key.id())).body(TurnResponse.of(turn));
    }

    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    TurnResponse message(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        ConversationKey key = key(id);
        String text = RequestBodies.text(body);
        String sender = RequestBodies.optional(body, "sender", RequestBodies.MAX_SENDER).orElse(DEFAULT_SENDER);
        return conversations.handleExisting(new InboundMessage(key, sender, text, null))
                .map(TurnResponse::of)
                .orElseThrow(ApiRequestException::notFound);
    }

    @GetMapping("/{id}")
    ConversationResponse conversation(@PathVariable String id) {
        Conversation conversation = conversations.find(key(id)).orElseThrow(ApiRequestException::notFound);
        return ConversationResponse.of(conversation, conversations.progress(conversation),
                conversations.transcript(key(id)));
    }

    @GetMapping("/{id}/result")
    ResultView result(@PathVariable String id) {
        ConversationKey key = key(id);
        if (conversations.find(key).isEmpty()) {
            throw ApiRequestException.notFound();
        }
        return conversations.result(key).orElseThrow(() -> new ApiRequestException(
                org.springframework.http.HttpStatus.NOT_FOUND, "There is no result yet: no question has been answered."));
    }

    private static ConversationKey key(String id) {
        if (!ConversationIds.isWellFormed(id)) {
            throw ApiRequestException.notFound();
        }
        return new ConversationKey(CHANNEL, id);
    }
}
