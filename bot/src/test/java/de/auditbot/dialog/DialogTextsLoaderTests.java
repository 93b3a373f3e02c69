package de.auditbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.auditbot.content.ContentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Loading the dialog texts: the real ones in dialogs/conversation/, and fixtures under
 * {@code broken-dialogs/} that each differ from {@code broken-dialogs/valid/} in one defect.
 */
class DialogTextsLoaderTests {

    private static final List<String> LANGUAGES = List.of("de", "en");

    private final DialogTextsLoader loader = new DialogTextsLoader();

    @Test
    void loadsTheRealDialogTextsInGermanAndEnglish() {
        DialogTexts texts = loader.load(new ClassPathResource("dialogs/conversation/"), LANGUAGES);

        assertThat(texts.languages()).containsExactly("de", "en");
        assertThat(texts.defaultLanguage()).isEqualTo("de");
        assertThat(texts.supports("en")).isTrue();
        assertThat(texts.supports("fr")).isFalse();
        assertThat(texts.messages("de").quickReply("yes")).isEqualTo("Ja");
        assertThat(texts.messages("en").quickReply("yes")).isEqualTo("Yes");
        assertThat(texts.messages("de").text("level.FULFILLED")).isEqualTo("erfüllt");
        assertThat(texts.messages("en").format("audit.recorded", Map.of("level", "x"))).isEqualTo("Noted: x.");
        assertThat(texts.messages("de").texts().keySet()).isEqualTo(texts.messages("en").texts().keySet());
        for (String language : LANGUAGES) {
            Phrases phrases = texts.phrases(language);
            assertThat(phrases.answers()).containsKeys("FULFILLED", "PARTIAL", "NOT_FULFILLED", "UNKNOWN", "NOT_APPLICABLE");
            assertThat(phrases.intents()).isNotEmpty();
            assertThat(phrases.languages()).isNotEmpty();
        }
    }

    @Test
    void anUnknownLanguageFallsBackToTheDefaultMessages() {
        DialogTexts texts = loader.load(new ClassPathResource("dialogs/conversation/"), LANGUAGES);

        assertThat(texts.messages("fr").language()).isEqualTo("de");
    }

    @Test
    void theFixtureBaseIsValid() {
        DialogTexts texts = load("valid");

        assertThat(texts.messages("en").format("menu.greeting", Map.of("name", "Ada", "bot", "auditbot")))
                .isEqualTo("Hello Ada, this is auditbot.");
        assertThat(texts.messages("de").quickReplies("yes", "help")).containsExactly("Ja", "Hilfe");
        assertThat(texts.phrases("en").answers()).containsEntry("FULFILLED", List.of("yes"));
    }

    @Test
    void aMessageMissingInOneLanguageIsNamed() {
        ContentException e = broken("message-missing-in-english");

        assertThat(e.file()).isEqualTo("conversation/texts.en.yaml");
        assertThat(e.path()).isEqualTo("messages");
        assertThat(e.problem()).contains("'menu.bye'").contains("missing").contains("conversation/texts.de.yaml");
    }

    @Test
    void aQuickReplyMissingInOneLanguageIsNamed() {
        ContentException e = broken("quick-reply-missing-in-english");

        assertThat(e.file()).isEqualTo("conversation/texts.en.yaml");
        assertThat(e.path()).isEqualTo("quickReplies");
        assertThat(e.problem()).contains("'help'").contains("missing");
    }

    @Test
    void otherPlaceholdersInOneLanguageAreNamed() {
        ContentException e = broken("other-placeholder-in-english");

        assertThat(e.file()).isEqualTo("conversation/texts.en.yaml");
        assertThat(e.path()).isEqualTo("messages.menu.greeting");
        assertThat(e.problem()).contains("[bot, user]").contains("[bot, name]");
    }

    @Test
    void aMessageOnlyOneLanguageHasIsNamed() {
        ContentException e = broken("extra-message-in-english");

        assertThat(e.file()).isEqualTo("conversation/texts.en.yaml");
        assertThat(e.path()).isEqualTo("messages.menu.extra");
        assertThat(e.problem()).contains("unknown key");
    }

    @Test
    void anEmptyPhraseList() {
        ContentException e = broken("empty-phrase-list");

        assertThat(e.file()).isEqualTo("conversation/texts.de.yaml");
        assertThat(e.path()).isEqualTo("understand.intents.HELP");
        assertThat(e.problem()).isEqualTo("must not be empty");
    }

    private DialogTexts load(String fixture) {
        return loader.load(new ClassPathResource("broken-dialogs/" + fixture + "/"), LANGUAGES);
    }

    private ContentException broken(String fixture) {
        ContentException e = catchThrowableOfType(ContentException.class, () -> load(fixture));
        assertThat(e).as("loading broken-dialogs/%s must fail", fixture).isNotNull();
        return e;
    }
}
