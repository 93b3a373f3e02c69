package de.auditbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AuditKind;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.PrincipleText;
import de.auditbot.audit.catalog.Question;
import de.auditbot.audit.scoring.Light;
import de.auditbot.conversation.ConversationState;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.dialog.DialogTextsLoader;
import de.auditbot.dialog.Messages;
import de.auditbot.dialog.Phrases;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.Intent;
import de.auditbot.nlp.IntentType;
import de.auditbot.nlp.PhraseAnswerClassifier;
import de.auditbot.nlp.PhraseIntentClassifier;
import de.auditbot.nlp.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Content lint over the real dialogs/: every catalog loads and is complete in every language,
 * every message the Java code asks for exists in every language, and every quick-reply button is
 * understood as what it offers.
 */
class ContentLintTests {

    /** The languages the bot speaks (auditbot.content.languages in application.yaml), default first. */
    private static final List<String> LANGUAGES = List.of("de", "en");

    /** Keys built at run time from a prefix and an enum constant. */
    private static final Map<String, List<String>> DYNAMIC_KEYS = Map.of(
            "level.", names(AnswerLevel.values()),
            "light.", names(Light.values()),
            "status.state.", names(ConversationState.values()),
            "history.kind.", names(AuditKind.values()));

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private static CatalogRegistry catalogs;
    private static DialogTexts texts;
    private static PhraseAnswerClassifier answers;
    private static PhraseIntentClassifier intents;

    @BeforeAll
    static void load() throws IOException {
        catalogs = new CatalogRegistry(new ContentProperties("classpath:/dialogs/", "ozg-servicestandard", LANGUAGES),
                new PathMatchingResourcePatternResolver());
        texts = new DialogTextsLoader().load(new ClassPathResource("dialogs/conversation/"), LANGUAGES);
        answers = new PhraseAnswerClassifier(texts, new TextNormalizer());
        intents = new PhraseIntentClassifier(texts, new TextNormalizer());
    }

    @Test
    void everyContentFolderButTheConversationIsACatalogThatLoads() throws IOException {
        Set<String> folders = new TreeSet<>();
        Set<String> catalogFolders = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:/dialogs/*/*")) {
            String[] parts = file.getURL().getPath().split("/");
            folders.add(parts[parts.length - 2]);
            if (parts[parts.length - 1].equals("catalog.yaml")) {
                catalogFolders.add(parts[parts.length - 2]);
            }
        }
        folders.remove("conversation");

        assertThat(catalogFolders).as("folders under dialogs/ with a catalog.yaml").isEqualTo(folders).isNotEmpty();
        assertThat(catalogs.all()).hasSameSizeAs(catalogFolders);
        assertThat(catalogs.defaultCatalog().id()).isEqualTo("ozg-servicestandard");
    }

    @Test
    void theDefaultCatalogSpeaksEveryLanguageOfTheBotAndOthersAtLeastOneOfThem() {
        // A further catalog may come in one language; conversations fall back to it (decided in issue 6).
        assertThat(catalogs.defaultCatalog().languages()).containsAll(LANGUAGES);
        assertThat(catalogs.all()).allSatisfy(c -> assertThat(c.languages()).isNotEmpty().isSubsetOf(LANGUAGES));
    }

    @Test
    void everyPrincipleHasTwoToFourQuestions() {
        SoftAssertions softly = new SoftAssertions();
        for (Catalog catalog : catalogs.all()) {
            for (Principle principle : catalog.principles()) {
                softly.assertThat(principle.questions()).as("%s principle %d", catalog.id(), principle.number())
                        .hasSizeBetween(2, 4);
            }
        }
        softly.assertAll();
    }

    @Test
    void everyQuestionIsAQuestionInEveryLanguage() {
        SoftAssertions softly = new SoftAssertions();
        for (Catalog catalog : catalogs.all()) {
            for (Question question : catalog.questions()) {
                for (String language : catalog.languages()) {
                    softly.assertThat(question.text().in(language)).as("%s %s (%s)", catalog.id(), question.id(), language)
                            .endsWith("?");
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyPrincipleIsExplainedWithNextStepsAndKeywordsInEveryLanguage() {
        SoftAssertions softly = new SoftAssertions();
        for (Catalog catalog : catalogs.all()) {
            for (Principle principle : catalog.principles()) {
                for (String language : catalog.languages()) {
                    PrincipleText text = principle.text(language);
                    String where = catalog.id() + " principle " + principle.number() + " (" + language + ")";
                    softly.assertThat(text.title()).as(where + " title").isNotBlank();
                    softly.assertThat(text.explanation()).as(where + " explanation").isNotBlank();
                    softly.assertThat(text.why()).as(where + " why").isNotBlank();
                    softly.assertThat(text.nextStepNotFulfilled()).as(where + " nextSteps.notFulfilled").isNotBlank();
                    softly.assertThat(text.nextStepPartial()).as(where + " nextSteps.partial").isNotBlank();
                    softly.assertThat(text.keywords()).as(where + " keywords").isNotEmpty().allSatisfy(k -> assertThat(k).isNotBlank());
                }
                softly.assertThat(principle.link()).as(catalog.id() + " principle " + principle.number() + " link")
                        .startsWith("https://");
            }
        }
        softly.assertAll();
    }

    @Test
    void everyMessageTheCodeAsksForExistsInEveryLanguage() throws IOException {
        UsedKeys used = UsedKeys.scan(MAIN_SOURCES);
        // the scan itself must work: keys reached through say(), a ternary, format() and quickReplies()
        assertThat(used.messages()).contains("menu.greeting", "result.title", "result.interimTitle",
                "audit.recorded", "audit.corrected", "status.progress", "help.audit").hasSizeGreaterThan(40);
        assertThat(used.quickReplies()).contains("yes", "notApplicable", "confirmYes", "switchLanguage");
        assertThat(used.prefixes()).as("keys built from a prefix at run time").isEqualTo(DYNAMIC_KEYS.keySet());

        SoftAssertions softly = new SoftAssertions();
        for (String language : LANGUAGES) {
            assertThat(texts.supports(language)).isTrue();
            Messages messages = texts.messages(language);
            Stream.concat(used.messages().stream(),
                            DYNAMIC_KEYS.entrySet().stream().flatMap(e -> e.getValue().stream().map(n -> e.getKey() + n)))
                    .forEach(key -> softly.assertThatCode(() -> messages.text(key))
                            .as("message %s (%s)", key, language).doesNotThrowAnyException());
            used.quickReplies().forEach(key -> softly.assertThatCode(() -> messages.quickReply(key))
                    .as("quick reply %s (%s)", key, language).doesNotThrowAnyException());
        }
        softly.assertAll();
    }

    @Test
    void everyAnswerButtonIsUnderstoodAsItsAnswerAndNotAsACommand() {
        Map<String, AnswerLevel> buttons = Map.of(
                "yes", AnswerLevel.FULFILLED,
                "partly", AnswerLevel.PARTIAL,
                "no", AnswerLevel.NOT_FULFILLED,
                "unknown", AnswerLevel.UNKNOWN,
                "notApplicable", AnswerLevel.NOT_APPLICABLE);
        SoftAssertions softly = new SoftAssertions();
        for (String language : LANGUAGES) {
            buttons.forEach((key, level) -> {
                String label = texts.messages(language).quickReply(key);
                softly.assertThat(answers.classify(label, language)).as("answer to button %s '%s'", key, label)
                        .map(AnswerClassification::level).contains(level);
                softly.assertThat(intents.classify(label, language).type()).as("intent of button %s '%s'", key, label)
                        .isEqualTo(IntentType.ANSWER);
            });
        }
        softly.assertAll();
    }

    @Test
    void everyCommandButtonIsUnderstoodAsItsCommand() {
        Map<String, IntentType> buttons = Map.ofEntries(
                Map.entry("skip", IntentType.SKIP),
                Map.entry("startAudit", IntentType.START_AUDIT),
                Map.entry("newAudit", IntentType.START_AUDIT),
                Map.entry("help", IntentType.HELP),
                Map.entry("resume", IntentType.RESUME),
                Map.entry("result", IntentType.RESULT),
                Map.entry("confirmYes", IntentType.CANCEL),
                Map.entry("confirmNo", IntentType.RESUME),
                Map.entry("startCheckin", IntentType.START_CHECKIN),
                Map.entry("history", IntentType.HISTORY),
                Map.entry("report", IntentType.REPORT),
                Map.entry("deleteYes", IntentType.DELETE_DATA),
                Map.entry("deleteNo", IntentType.RESUME));
        SoftAssertions softly = new SoftAssertions();
        for (String language : LANGUAGES) {
            buttons.forEach((key, type) -> {
                String label = texts.messages(language).quickReply(key);
                softly.assertThat(intents.classify(label, language).type()).as("button %s '%s' (%s)", key, label, language)
                        .isEqualTo(type);
            });
        }
        softly.assertAll();
    }

    @Test
    void theLevelsOfferedWhenAskingBackAreUnderstoodAsThoseLevels() {
        SoftAssertions softly = new SoftAssertions();
        for (String language : LANGUAGES) {
            for (AnswerLevel level : AnswerLevel.values()) {
                String label = texts.messages(language).text("level." + level.name());
                softly.assertThat(answers.classify(label, language)).as("level text '%s' (%s)", label, language)
                        .map(AnswerClassification::level).contains(level);
                softly.assertThat(intents.classify(label, language).type()).as("level text '%s' (%s)", label, language)
                        .isEqualTo(IntentType.ANSWER);
            }
        }
        softly.assertAll();
    }

    @Test
    void theButtonsOfferedWithAPrincipleExplanationAreUnderstoodWithTheirNumber() {
        for (String language : LANGUAGES) {
            Messages messages = texts.messages(language);
            Intent assess = intents.classify(messages.format("criterion.assessButton", Map.of("number", 7)), language);
            Intent explain = intents.classify(messages.format("criterion.explainButton", Map.of("number", 12)), language);

            assertThat(assess.type()).as("assess button (%s)", language).isEqualTo(IntentType.CHANGE);
            assertThat(assess.number()).isEqualTo(7);
            assertThat(explain.type()).as("explain button (%s)", language).isEqualTo(IntentType.ASK_CRITERION);
            assertThat(explain.number()).isEqualTo(12);
        }
    }

    @Test
    void theLanguageButtonSwitchesToTheOtherLanguage() {
        for (String language : LANGUAGES) {
            String other = LANGUAGES.stream().filter(l -> !l.equals(language)).findFirst().orElseThrow();
            String label = texts.messages(language).quickReply("switchLanguage");

            Intent intent = intents.classify(label, language);

            assertThat(intent.type()).as("button '%s' (%s)", label, language).isEqualTo(IntentType.LANGUAGE);
            assertThat(intent.language()).as("button '%s' (%s)", label, language).isEqualTo(other);
        }
    }

    @Test
    void noPhraseIsBothAnAnswerAndACommand() {
        SoftAssertions softly = new SoftAssertions();
        for (String language : LANGUAGES) {
            Phrases phrases = texts.phrases(language);
            phrases.answers().forEach((level, list) -> list.forEach(phrase -> {
                softly.assertThat(answers.classify(phrase, language)).as("answer phrase '%s' (%s)", phrase, language)
                        .map(AnswerClassification::level).contains(AnswerLevel.valueOf(level));
                softly.assertThat(intents.classify(phrase, language).type())
                        .as("answer phrase '%s' (%s, %s) is also a command", phrase, level, language)
                        .isEqualTo(IntentType.ANSWER);
            }));
            Stream.concat(phrases.intents().values().stream(), phrases.languages().values().stream())
                    .flatMap(List::stream)
                    .map(phrase -> phrase.replace("{n}", "3"))
                    .forEach(phrase -> softly.assertThat(answers.classify(phrase, language))
                            .as("command phrase '%s' (%s) is also an answer", phrase, language).isEmpty());
        }
        softly.assertAll();
    }

    @Test
    void everyIntentInTheDialogTextsExists() {
        Set<String> known = Arrays.stream(IntentType.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> levels = Arrays.stream(AnswerLevel.values()).map(Enum::name).collect(Collectors.toSet());
        for (String language : LANGUAGES) {
            assertThat(texts.phrases(language).intents().keySet()).as("intents (%s)", language).isSubsetOf(known);
            assertThat(texts.phrases(language).answers().keySet()).as("answer levels (%s)", language).isEqualTo(levels);
            assertThat(texts.phrases(language).languages().keySet()).as("languages (%s)", language).isSubsetOf(LANGUAGES);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /**
     * The message and quick-reply keys written as string literals in the main sources: the first
     * argument of {@code .text(...)}, {@code .format(...)} and {@code say(...)} (a literal, each branch
     * of a conditional, or a prefix followed by {@code +}), and every argument of
     * {@code quickReply(...)} and {@code quickReplies(...)}. The packages that read content files
     * themselves (audit, content, dialog) call {@code text("title")} on YAML nodes and are left out.
     */
    record UsedKeys(Set<String> messages, Set<String> quickReplies, Set<String> prefixes) {

        private static final Pattern CALL =
                Pattern.compile("(?<!String\\.)\\b(text|format|say|quickReply|quickReplies)\\(");
        private static final Pattern KEY = Pattern.compile("[A-Za-z]\\w*(\\.\\w+)*");
        private static final List<String> SKIPPED = List.of("de/auditbot/audit/", "de/auditbot/content/", "de/auditbot/dialog/");

        static UsedKeys scan(Path sources) throws IOException {
            assertThat(sources).as("run from the bot module").isDirectory();
            UsedKeys keys = new UsedKeys(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String relative = sources.relativize(file).toString().replace('\\', '/');
                    if (SKIPPED.stream().noneMatch(relative::startsWith)) {
                        keys.collect(Files.readString(file));
                    }
                }
            }
            return keys;
        }

        private void collect(String source) {
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                List<String> arguments = arguments(source, call.end());
                boolean quickReply = call.group(1).startsWith("quickRepl");
                for (String argument : quickReply ? arguments : arguments.stream().limit(1).toList()) {
                    literals(argument, quickReply ? quickReplies : messages);
                }
            }
        }

        /** The literals at the top level of one argument: keys, or prefixes when followed by '+'. */
        private void literals(String argument, Set<String> into) {
            int depth = 0;
            for (int i = 0; i < argument.length(); i++) {
                char c = argument.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == '"') {
                    int end = endOfLiteral(argument, i);
                    String literal = argument.substring(i + 1, end);
                    boolean prefix = argument.substring(end + 1).strip().startsWith("+");
                    if (depth == 0 && prefix && KEY.matcher(literal.substring(0, Math.max(0, literal.length() - 1))).matches()
                            && literal.endsWith(".")) {
                        prefixes.add(literal);
                    } else if (depth == 0 && !prefix && KEY.matcher(literal).matches()) {
                        into.add(literal);
                    }
                    i = end;
                }
            }
        }

        /** The arguments of a call whose '(' ends just before {@code start}, split at top-level commas. */
        private static List<String> arguments(String source, int start) {
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            int from = start;
            for (int i = start; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '"') {
                    i = endOfLiteral(source, i);
                } else if (c == '\'') {
                    i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == ')' || (c == ',' && depth == 0)) {
                    arguments.add(source.substring(from, i).strip());
                    from = i + 1;
                    if (c == ')') {
                        return arguments;
                    }
                }
            }
            return arguments;
        }

        private static int endOfLiteral(String text, int quote) {
            for (int i = quote + 1; i < text.length(); i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.charAt(i) == '"') {
                    return i;
                }
            }
            return text.length() - 1;
        }
    }
}
