package de.auditbot.channel.web;

import static de.auditbot.channel.web.WebChatClient.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.catalog.Category;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.Question;
import de.auditbot.channel.web.WebChatClient.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The web chat API as a contract: the application on a random port, the embedded store (memory
 * backend) on another, plain HTTP from the outside. Whole audits end with the scores the rules of
 * the standard give when worked out by hand here; every bad input gets a problem detail and
 * changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConversationApiIntegrationTests {

    static final String YES = "ja";
    static final String PARTLY = "teilweise";
    static final String NO = "nein";
    static final String DONT_KNOW = "weiß nicht";
    static final String NOT_APPLICABLE = "trifft nicht zu";
    static final String SKIP = "überspringen";
    /** A cycle of answers that, laid over principles of four questions, gives every light. */
    static final List<String> CYCLE = List.of(YES, YES, PARTLY, NO, YES, DONT_KNOW, NOT_APPLICABLE);

    /** How the bot confirms each answer word, so that a misunderstanding fails loudly and early. */
    static final Map<String, String> NOTED = Map.of(
            YES, "Notiert: erfüllt.",
            PARTLY, "Notiert: teilweise erfüllt.",
            NO, "Notiert: nicht erfüllt.",
            DONT_KNOW, "Notiert: weiß nicht.",
            NOT_APPLICABLE, "Notiert: trifft nicht zu.");

    static final String CONVERSATIONS = "conversations";

    @Value("${local.server.port}")
    int port;

    @Autowired
    CatalogRegistry catalogs;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    WebChatClient api;
    Catalog catalog;

    @BeforeEach
    void setUp() {
        api = new WebChatClient(port);
        catalog = catalogs.defaultCatalog();
    }

    // ---------------------------------------------------------------- whole audits and their scores

    @Test
    void aFullAuditAnsweredYesEverywhereScoresOne() {
        String id = api.open("de").path("id").stringValue();
        JsonNode started = api.say(id, "Audit starten");
        int total = started.path("progress").path("total").intValue();
        assertThat(total).as("questions in the catalog").isEqualTo(catalog.questions().size()).isPositive();

        JsonNode last = answerEveryQuestion(id, started, q -> YES).last();
        assertThat(last.path("state").stringValue()).isEqualTo("RESULT");
        assertThat(last.path("progress").path("answered").intValue()).isEqualTo(total);

        JsonNode result = api.result(id);
        assertThat(result.path("catalog").path("id").stringValue()).isEqualTo("ozg-servicestandard");
        assertThat(result.path("catalog").path("version").stringValue()).isNotBlank();
        assertThat(result.path("overall").path("score").doubleValue()).isEqualTo(1.0);
        assertThat(result.path("overall").path("answered").intValue()).isEqualTo(total);
        assertThat(result.path("overall").path("applicable").intValue()).isEqualTo(total);
        assertThat(result.path("principles")).hasSize(catalog.principles().size());
        for (JsonNode principle : result.path("principles")) {
            assertThat(principle.path("light").stringValue()).as("light of %s", principle).isEqualTo("GREEN");
            assertThat(principle.path("score").doubleValue()).as("score of %s", principle).isEqualTo(1.0);
            assertThat(principle.path("title").stringValue()).isNotBlank();
        }
        assertThat(result.path("categories")).hasSize(catalog.categories().size());
        for (JsonNode category : result.path("categories")) {
            assertThat(category.path("score").doubleValue()).as("score of %s", category).isEqualTo(1.0);
            assertThat(category.path("title").stringValue()).isNotBlank();
        }
        assertThat(result.path("nextSteps").isArray()).isTrue();
        assertThat(result.path("nextSteps")).isEmpty();
    }

    @Test
    void aFullAuditAnsweredNoEverywhereScoresZeroAndNamesTheNextSteps() {
        String id = api.open("de").path("id").stringValue();
        JsonNode started = api.say(id, "Audit starten");
        int total = started.path("progress").path("total").intValue();

        JsonNode last = answerEveryQuestion(id, started, q -> NO).last();
        assertThat(last.path("state").stringValue()).isEqualTo("RESULT");

        JsonNode result = api.result(id);
        assertThat(result.path("overall").path("score").doubleValue()).isEqualTo(0.0);
        assertThat(result.path("overall").path("answered").intValue()).isEqualTo(total);
        assertThat(result.path("overall").path("applicable").intValue()).isEqualTo(total);
        for (JsonNode principle : result.path("principles")) {
            assertThat(principle.path("light").stringValue()).as("light of %s", principle).isEqualTo("RED");
            assertThat(principle.path("score").doubleValue()).isEqualTo(0.0);
        }
        for (JsonNode category : result.path("categories")) {
            assertThat(category.path("score").doubleValue()).as("score of %s", category).isEqualTo(0.0);
        }

        JsonNode steps = result.path("nextSteps");
        assertThat(steps.size()).as("next steps: %s", steps).isBetween(3, 5);
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode step : steps) {
            int number = step.path("principle").intValue();
            numbers.add(number);
            Principle principle = catalog.principle(number).orElseThrow();
            assertThat(step.path("text").stringValue()).as("text of %s", step)
                    .isNotBlank()
                    .isEqualTo(principle.text("de").nextStepNotFulfilled());
            assertThat(step.path("link").stringValue()).as("link of %s", step)
                    .startsWith("https://")
                    .isEqualTo(principle.link());
        }
        // All principles are equally weak, so the ties go by number: the first ones of the catalog.
        List<Integer> firstNumbers = catalog.principles().stream().map(Principle::number).sorted()
                .limit(steps.size()).toList();
        assertThat(numbers).isEqualTo(firstNumbers);
    }

    @Test
    void aMixedAuditGivesTheScoresWorkedOutByHand() {
        String id = api.open("de").path("id").stringValue();
        JsonNode started = api.say(id, "Audit starten");

        // Cycle through all five kinds of answer by the question's position in the catalog.
        Audited audited = answerEveryQuestion(id, started, q -> CYCLE.get(q.catalogIndex() % CYCLE.size()));
        assertThat(audited.last().path("state").stringValue()).isEqualTo("RESULT");
        assertThat(audited.last().path("progress").path("answered").intValue()).isEqualTo(audited.given().size());

        Expected expected = expect(audited.given());
        assertThat(expected.lights()).as("the pattern covers several lights").contains("GREEN", "AMBER", "RED");
        assertResult(api.result(id), expected);
    }

    @Test
    void principlesThatDoNotApplyOrStayOpenAreLeftOutOfTheMeans() {
        String id = api.open("de").path("id").stringValue();
        JsonNode started = api.say(id, "Audit starten");

        List<Principle> first = catalog.categories().get(0).principles();
        List<Principle> last = catalog.categories().get(catalog.categories().size() - 1).principles();
        Set<Integer> notApplicable = Set.of(first.get(0).number(), last.get(0).number());
        Set<Integer> open = new TreeSet<>();
        open.add(first.get(1).number());
        last.stream().skip(1).forEach(p -> open.add(p.number()));

        List<List<String>> patterns = List.of(
                List.of(YES, YES, YES, PARTLY),              // 0.875 green
                List.of(YES, PARTLY, NO, YES),               // 0.625 amber
                List.of(DONT_KNOW, YES, YES, YES),           // 0.75 green, on the threshold, one open
                List.of(NO, PARTLY, NOT_APPLICABLE, NO));    // 0.1667 red
        Audited audited = answerEveryQuestion(id, started, q -> {
            int number = q.question().principle();
            if (notApplicable.contains(number)) {
                return NOT_APPLICABLE;
            }
            if (open.contains(number)) {
                return SKIP; // skipped twice: stays open
            }
            List<String> pattern = patterns.get(number % patterns.size());
            return pattern.get(q.indexInPrinciple() % pattern.size());
        });
        assertThat(audited.last().path("state").stringValue()).isEqualTo("RESULT");

        Expected expected = expect(audited.given());
        assertThat(expected.lights()).as("the pattern covers every light")
                .contains("GREEN", "AMBER", "RED", "OPEN", "NOT_APPLICABLE");
        assertThat(expected.categories()).as("a category with no score at all").containsValue(null);
        assertResult(api.result(id), expected);
    }

    // ---------------------------------------------------------------- opening and reading conversations

    @Test
    void openingAConversationGivesARandomUrlSafeIdAndALocation() {
        Response first = api.postJson(BASE, "{}");
        Response second = api.postJson(BASE, null);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(second.status()).as("%s", second).isEqualTo(201);

        String id = first.json().path("id").stringValue();
        assertThat(id).matches("[A-Za-z0-9_-]{22,}");
        assertThat(second.json().path("id").stringValue()).matches("[A-Za-z0-9_-]{22,}").isNotEqualTo(id);
        assertThat(first.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(BASE + "/" + id));

        JsonNode body = first.json();
        assertThat(body.path("state").stringValue()).isEqualTo("MENU");
        assertThat(body.path("progress").path("answered").intValue()).isZero();
        assertThat(body.path("progress").path("total").intValue()).isEqualTo(catalog.questions().size());
        assertThat(body.path("messages")).isNotEmpty();
        assertThat(body.path("messages").get(0).path("text").stringValue()).startsWith("Hallo! Ich bin auditbot.");
        assertThat(body.path("messages").get(0).path("quickReplies").isArray()).isTrue();
        assertThat(texts(body.path("messages").get(0).path("quickReplies"))).contains("Audit starten");

        Response located = api.get(first.header("Location").orElseThrow());
        assertThat(located.status()).as("%s", located).isEqualTo(200);
        assertThat(located.json().path("id").stringValue()).isEqualTo(id);
    }

    @Test
    void aConversationOpenedInEnglishSpeaksEnglish() {
        JsonNode opened = api.open("en");
        String id = opened.path("id").stringValue();
        assertThat(opened.path("messages").get(0).path("text").stringValue()).startsWith("Hello! I am auditbot.");
        assertThat(texts(opened.path("messages").get(0).path("quickReplies"))).contains("Start audit");

        JsonNode started = api.say(id, "start audit");
        assertThat(started.path("state").stringValue()).isEqualTo("AUDIT");
        assertThat(allText(started)).contains("Category 1 of").doesNotContain("Kategorie");
        assertThat(allText(api.say(id, "yes"))).contains("Noted: fulfilled.");
        assertThat(api.conversation(id).path("locale").stringValue()).isEqualTo("en");
    }

    @Test
    void everyAnswerTellsTheLanguageSoThatAClientFollowsATypedSwitch() {
        JsonNode opened = api.open("de");
        String id = opened.path("id").stringValue();
        assertThat(opened.path("locale").stringValue()).isEqualTo("de");

        JsonNode switched = api.say(id, "English");
        assertThat(switched.path("locale").stringValue()).isEqualTo("en");
        assertThat(allText(switched)).contains("English from now on");
        assertThat(api.say(id, "Deutsch").path("locale").stringValue()).isEqualTo("de");
    }

    @Test
    void readingAConversationGivesStateProgressAndTheTranscriptInOrder() {
        JsonNode opened = api.open("de");
        String id = opened.path("id").stringValue();
        List<String> expected = new ArrayList<>();
        opened.path("messages").forEach(m -> expected.add("bot: " + m.path("text").stringValue()));

        JsonNode last = null;
        for (String text : List.of("Audit starten", "Ja", "weiß nicht", "Status", "teilweise")) {
            last = api.say(id, text);
            expected.add("user: " + text);
            last.path("messages").forEach(m -> expected.add("bot: " + m.path("text").stringValue()));
        }

        JsonNode conversation = api.conversation(id);
        assertThat(conversation.path("id").stringValue()).isEqualTo(id);
        assertThat(conversation.path("state").stringValue()).isEqualTo("AUDIT").isEqualTo(last.path("state").stringValue());
        assertThat(conversation.path("progress").path("answered").intValue()).isEqualTo(3);
        assertThat(conversation.path("progress")).isEqualTo(last.path("progress"));
        List<String> transcript = new ArrayList<>();
        for (JsonNode entry : conversation.path("transcript")) {
            transcript.add(entry.path("from").stringValue() + ": " + entry.path("text").stringValue());
        }
        assertThat(transcript).containsExactlyElementsOf(expected);
    }

    @Test
    void thereIsNoResultBeforeTheFirstAnswer() {
        String id = api.open("de").path("id").stringValue();
        assertProblem(api.get(BASE + "/" + id + "/result"), 404);

        api.say(id, "Audit starten");
        assertProblem(api.get(BASE + "/" + id + "/result"), 404);

        api.say(id, "ja");
        assertThat(api.result(id).path("overall").path("answered").intValue()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- bad input

    static Stream<Arguments> badMessages() {
        return Stream.of(
                Arguments.of("missing text", "application/json", "{}"),
                Arguments.of("null text", "application/json", "{\"text\":null}"),
                Arguments.of("empty text", "application/json", "{\"text\":\"\"}"),
                Arguments.of("blank text", "application/json", "{\"text\":\"   \"}"),
                Arguments.of("4,001 characters", "application/json", WebChatClient.json(Map.of("text", "a".repeat(4_001)))),
                Arguments.of("malformed JSON", "application/json", "{\"text\":"),
                Arguments.of("a number", "application/json", "{\"text\":5}"),
                Arguments.of("a boolean", "application/json", "{\"text\":true}"),
                Arguments.of("an array", "application/json", "{\"text\":[\"ja\"]}"),
                Arguments.of("an operator object", "application/json", "{\"text\":{\"$gt\":\"\"}}"),
                Arguments.of("body is an array", "application/json", "[\"ja\"]"),
                Arguments.of("body is a string", "application/json", "\"ja\""),
                Arguments.of("body is a number", "application/json", "42"),
                Arguments.of("no body", "application/json", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void aBadMessageIsRejectedWith400AndChangesNothing(String label, String contentType, String body) {
        String id = openAndStart();
        JsonNode before = api.conversation(id);

        assertProblem(api.post(BASE + "/" + id + "/messages", contentType, body), 400);

        assertUnchanged(id, before);
    }

    @Test
    void aMessageInPlainTextIsRejectedWith415AndChangesNothing() {
        String id = openAndStart();
        JsonNode before = api.conversation(id);

        assertProblem(api.post(BASE + "/" + id + "/messages", "text/plain", "ja"), 415);

        assertUnchanged(id, before);
    }

    @Test
    void aMessageOfExactly4000CharactersIsAccepted() {
        String id = openAndStart();
        JsonNode conversation = api.conversation(id);
        int before = conversation.path("transcript").size();
        String text = "x".repeat(4_000);

        JsonNode turn = api.say(id, text);

        assertThat(turn.path("state").stringValue()).isEqualTo("AUDIT");
        assertThat(allText(turn)).as("not understood, nothing noted").contains("nichts notiert");
        assertThat(turn.path("progress")).isEqualTo(conversation.path("progress"));
        JsonNode transcript = api.conversation(id).path("transcript");
        assertThat(transcript.get(before).path("from").stringValue()).isEqualTo("user");
        assertThat(transcript.get(before).path("text").stringValue()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"locale\":\"fr\"}", "{\"locale\":7}", "{\"locale\":\"\"}", "{\"locale\":[\"de\"]}",
            "{\"locale\":", "[\"de\"]", "\"de\""})
    void aBadOpeningIsRejectedWith400AndCreatesNothing(String body) {
        long before = mongo.count(new Query(), CONVERSATIONS);

        assertProblem(api.postJson(BASE, body), 400);

        assertThat(mongo.count(new Query(), CONVERSATIONS)).isEqualTo(before);
    }

    @Test
    void anUnknownButWellFormedIdIsNotFound() {
        String unknown = "A".repeat(16) + "b-_9".repeat(4);
        assertThat(unknown).hasSize(32);
        long before = mongo.count(new Query(), CONVERSATIONS);

        assertProblem(api.postJson(BASE + "/" + unknown + "/messages", "{\"text\":\"ja\"}"), 404);
        assertProblem(api.get(BASE + "/" + unknown), 404);
        assertProblem(api.get(BASE + "/" + unknown + "/result"), 404);

        assertThat(mongo.count(new Query(), CONVERSATIONS)).as("nothing created").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "..%2F..", "%2e%2e", "web:abc", "A%20" + "bcdefghijklmnopqrstuvwxyz01234",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void aMalformedIdIsNotFound(String id) {
        long before = mongo.count(new Query(), CONVERSATIONS);

        assertProblem(api.postJson(BASE + "/" + id + "/messages", "{\"text\":\"ja\"}"), 404);
        assertProblem(api.get(BASE + "/" + id), 404);
        assertProblem(api.get(BASE + "/" + id + "/result"), 404);

        assertThat(mongo.count(new Query(), CONVERSATIONS)).as("nothing created").isEqualTo(before);
    }

    // ---------------------------------------------------------------- health

    @Test
    void healthIsUpByTheStoresOwnPing() {
        Response health = api.get("/actuator/health");
        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertThat(health.json().path("status").stringValue()).isEqualTo("UP");

        // Components are not shown over HTTP (show-details: never), so ask the indicator itself.
        HealthIndicator store = context.getBean("store", HealthIndicator.class);
        Health ping = store.health();
        assertThat(ping.getStatus()).isEqualTo(Status.UP);
        assertThat(ping.getDetails()).containsEntry("database", "auditbot");
        assertThat(context.getBeanNamesForType(HealthIndicator.class)).as("Boot's own Mongo check is off")
                .doesNotContain("mongoHealthIndicator", "mongo");
    }

    // ---------------------------------------------------------------- driving an audit

    /** A question as the test sees it: where it stands in the catalog and in its principle. */
    record Asked(Question question, int catalogIndex, int indexInPrinciple) {
    }

    /** The answer word given per question id (skipped questions left out), and the last turn. */
    record Audited(Map<String, String> given, JsonNode last) {
    }

    /**
     * Answers until the audit leaves the AUDIT state. Which question is asked follows from the
     * principle in the progress and how often that principle was asked before: questions come in
     * catalog order, skipped ones once more at the end.
     */
    Audited answerEveryQuestion(String id, JsonNode started, Function<Asked, String> rule) {
        assertThat(started.path("state").stringValue()).isEqualTo("AUDIT");
        int total = started.path("progress").path("total").intValue();
        List<Question> questions = catalog.questions();
        Map<Integer, Integer> askedPerPrinciple = new HashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        JsonNode turn = started;
        for (int guard = 0; "AUDIT".equals(turn.path("state").stringValue()); guard++) {
            assertThat(guard).as("the audit should end after every question, twice at most").isLessThan(2 * total);
            int number = turn.path("progress").path("principle").intValue();
            Principle principle = catalog.principle(number).orElseThrow();
            int asked = askedPerPrinciple.merge(number, 1, Integer::sum) - 1;
            int index = asked % principle.questions().size();
            Question question = principle.questions().get(index);
            String word = rule.apply(new Asked(question, questions.indexOf(question), index));
            int answeredBefore = turn.path("progress").path("answered").intValue();

            turn = api.say(id, word);

            if (SKIP.equals(word)) {
                assertThat(turn.path("progress").path("answered").intValue()).isEqualTo(answeredBefore);
            } else {
                given.put(question.id(), word);
                assertThat(allText(turn)).as("answer %s to %s", word, question.id()).contains(NOTED.get(word));
                assertThat(turn.path("progress").path("answered").intValue()).isEqualTo(answeredBefore + 1);
            }
        }
        return new Audited(given, turn);
    }

    // ---------------------------------------------------------------- the scoring rules, by hand

    record PrincipleExpectation(Double score, int answered, int applicable, String light) {
    }

    record Expected(Map<Integer, PrincipleExpectation> principles, Map<String, Double> categories,
            Double overall, int answered, int applicable) {

        Set<String> lights() {
            Set<String> lights = new TreeSet<>();
            principles.values().forEach(p -> lights.add(p.light()));
            return lights;
        }
    }

    /**
     * Fulfilled 1, partial 0.5, not fulfilled 0, don't know 0 (open), does not apply left out;
     * a principle is the mean of its scored questions, a category and the whole audit the mean of
     * the principles that have a score.
     */
    Expected expect(Map<String, String> given) {
        Map<Integer, PrincipleExpectation> principles = new LinkedHashMap<>();
        Map<String, Double> categories = new LinkedHashMap<>();
        int answered = 0;
        int applicable = 0;
        for (Category category : catalog.categories()) {
            List<Double> principleScores = new ArrayList<>();
            for (Principle principle : category.principles()) {
                double sum = 0;
                int scored = 0;
                int settled = 0;
                int notApplicable = 0;
                for (Question question : principle.questions()) {
                    String word = given.get(question.id());
                    if (word == null) {
                        continue;
                    }
                    switch (word) {
                        case YES -> { sum += 1; scored++; settled++; }
                        case PARTLY -> { sum += 0.5; scored++; settled++; }
                        case NO -> { scored++; settled++; }
                        case DONT_KNOW -> scored++;
                        case NOT_APPLICABLE -> notApplicable++;
                        default -> throw new IllegalArgumentException(word);
                    }
                }
                Double score = scored == 0 ? null : sum / scored;
                int applicableHere = principle.questions().size() - notApplicable;
                String light = applicableHere == 0 ? "NOT_APPLICABLE"
                        : score == null ? "OPEN"
                        : score >= 0.75 ? "GREEN"
                        : score >= 0.4 ? "AMBER"
                        : "RED";
                principles.put(principle.number(), new PrincipleExpectation(score, settled, applicableHere, light));
                if (score != null) {
                    principleScores.add(score);
                }
                answered += settled;
                applicable += applicableHere;
            }
            categories.put(category.id(), mean(principleScores));
        }
        Double overall = mean(principles.values().stream().map(PrincipleExpectation::score)
                .filter(Objects::nonNull).toList());
        return new Expected(principles, categories, overall, answered, applicable);
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    void assertResult(JsonNode result, Expected expected) {
        assertScore(result.path("overall").path("score"), expected.overall(), "overall");
        assertThat(result.path("overall").path("answered").intValue()).as("overall answered")
                .isEqualTo(expected.answered());
        assertThat(result.path("overall").path("applicable").intValue()).as("overall applicable")
                .isEqualTo(expected.applicable());

        assertThat(result.path("principles")).hasSize(expected.principles().size());
        for (JsonNode principle : result.path("principles")) {
            int number = principle.path("number").intValue();
            PrincipleExpectation want = expected.principles().get(number);
            assertThat(want).as("principle %d is in the catalog", number).isNotNull();
            assertScore(principle.path("score"), want.score(), "principle " + number);
            assertThat(principle.path("light").stringValue()).as("light of principle %d", number).isEqualTo(want.light());
            assertThat(principle.path("answered").intValue()).as("answered of principle %d", number)
                    .isEqualTo(want.answered());
            assertThat(principle.path("applicable").intValue()).as("applicable of principle %d", number)
                    .isEqualTo(want.applicable());
        }

        assertThat(result.path("categories")).hasSize(expected.categories().size());
        List<String> ids = new ArrayList<>();
        for (JsonNode category : result.path("categories")) {
            String id = category.path("id").stringValue();
            ids.add(id);
            assertThat(expected.categories()).as("category %s is in the catalog", id).containsKey(id);
            assertScore(category.path("score"), expected.categories().get(id), "category " + id);
        }
        assertThat(ids).as("categories in catalog order").containsExactlyElementsOf(expected.categories().keySet());

        assertNextStepsAreTheWeakest(result.path("nextSteps"), expected);
    }

    /** 3 to 5 steps, each with its link, for the principles with the lowest scores, weakest first. */
    void assertNextStepsAreTheWeakest(JsonNode steps, Expected expected) {
        assertThat(steps.size()).as("next steps: %s", steps).isBetween(3, 5);
        List<Integer> weakest = expected.principles().entrySet().stream()
                .filter(e -> e.getValue().score() != null)
                .sorted(Map.Entry.<Integer, PrincipleExpectation>comparingByValue(
                                (a, b) -> Double.compare(a.score(), b.score()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .limit(steps.size())
                .toList();
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode step : steps) {
            int number = step.path("principle").intValue();
            numbers.add(number);
            assertThat(step.path("text").stringValue()).as("text of %s", step).isNotBlank();
            assertThat(step.path("link").stringValue()).as("link of %s", step)
                    .isEqualTo(catalog.principle(number).orElseThrow().link())
                    .startsWith("https://");
        }
        assertThat(numbers).as("weakest principles first").containsExactlyElementsOf(weakest);
    }

    static void assertScore(JsonNode actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual.isNull()).as("%s should have no score but was %s", what, actual).isTrue();
        } else {
            assertThat(actual.isNumber()).as("%s should have a score but was %s", what, actual).isTrue();
            assertThat(actual.doubleValue()).as("score of %s", what).isCloseTo(expected, within(1e-9));
        }
    }

    // ---------------------------------------------------------------- helpers

    String openAndStart() {
        String id = api.open("de").path("id").stringValue();
        api.say(id, "Audit starten");
        api.say(id, "ja");
        return id;
    }

    void assertUnchanged(String id, JsonNode before) {
        JsonNode after = api.conversation(id);
        assertThat(after.path("transcript").size()).as("transcript length").isEqualTo(before.path("transcript").size());
        assertThat(after.path("state")).isEqualTo(before.path("state"));
        assertThat(after.path("progress")).isEqualTo(before.path("progress"));
        assertThat(after.path("updatedAt")).isEqualTo(before.path("updatedAt"));
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("content type of %s", response)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = response.json();
        assertThat(problem.path("status").intValue()).as("status field of %s", response).isEqualTo(status);
        String explanation = problem.path("detail").isString() ? problem.path("detail").stringValue()
                : problem.path("title").stringValue();
        assertThat(explanation).as("detail or title of %s", response).isNotBlank();
    }

    static String allText(JsonNode turn) {
        StringBuilder text = new StringBuilder();
        turn.path("messages").forEach(m -> text.append(m.path("text").stringValue()).append('\n'));
        return text.toString();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.stringValue()));
        return texts;
    }
}
