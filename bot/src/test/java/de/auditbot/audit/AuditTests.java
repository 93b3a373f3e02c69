package de.auditbot.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.TestCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The order in which an audit asks its questions: catalog order, skipped questions once more at
 * the end, back to the previous answer, and a named principle again.
 */
class AuditTests {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    /** Category a: principles 1 and 2; category b: principle 3; two questions each. */
    private final Catalog catalog = TestCatalog.category("a")
            .principle(1, "a", "b").principle(2, "a", "b")
            .andCategory("b")
            .principle(3, "a", "b")
            .build();

    private final Audit audit = Audit.start(catalog, NOW);

    @Test
    void recordsTheCatalogItAuditsAgainst() {
        assertThat(audit.catalogId()).isEqualTo("test");
        assertThat(audit.catalogVersion()).isEqualTo("0.1");
        assertThat(audit.startedAt()).isEqualTo(NOW);
        assertThat(audit.pending()).isEmpty();
        assertThat(audit.hasAnswers()).isFalse();
    }

    @Test
    void asksEveryQuestionOnceInCatalogOrderAndThenEnds() {
        assertThat(answerAll()).containsExactly("1.a", "1.b", "2.a", "2.b", "3.a", "3.b");
        assertThat(audit.advance(catalog)).isEmpty();
        assertThat(audit.pending()).isEmpty();
    }

    @Test
    void aSkippedQuestionComesBackAfterAllOthers() {
        assertThat(audit.advance(catalog)).contains("1.a");
        audit.skip();

        assertThat(answerAll()).containsExactly("1.b", "2.a", "2.b", "3.a", "3.b", "1.a");
        assertThat(audit.skipCount("1.a")).isEqualTo(1);
    }

    @Test
    void skippedQuestionsComeBackInCatalogOrder() {
        audit.advance(catalog);
        answerPending(AnswerLevel.FULFILLED);
        assertThat(audit.advance(catalog)).contains("1.b");
        audit.skip();
        assertThat(audit.advance(catalog)).contains("2.a");
        answerPending(AnswerLevel.FULFILLED);
        assertThat(audit.advance(catalog)).contains("2.b");
        audit.skip();

        assertThat(answerAll()).containsExactly("3.a", "3.b", "1.b", "2.b");
    }

    @Test
    void aQuestionSkippedTwiceStaysOpenAndTheAuditEnds() {
        List<String> asked = new ArrayList<>();
        for (Optional<String> next = audit.advance(catalog); next.isPresent(); next = audit.advance(catalog)) {
            asked.add(next.get());
            if (next.get().equals("2.a")) {
                audit.skip();
            } else {
                answerPending(AnswerLevel.FULFILLED);
            }
            assertThat(asked).as("the audit must end").hasSizeLessThan(20);
        }

        assertThat(asked).containsExactly("1.a", "1.b", "2.a", "2.b", "3.a", "3.b", "2.a");
        assertThat(audit.skipCount("2.a")).isEqualTo(2);
        assertThat(audit.currentAnswers()).doesNotContainKey("2.a").hasSize(5);
        assertThat(audit.pending()).isEmpty();
    }

    @Test
    void skippingAnAnsweredQuestionDoesNotSendItToTheEnd() {
        audit.advance(catalog);
        answerPending(AnswerLevel.PARTIAL);
        audit.advance(catalog);
        audit.back();
        assertThat(audit.pending()).contains("1.a");

        audit.skip();

        assertThat(audit.skipCount("1.a")).isZero();
    }

    @Test
    void backReturnsToTheQuestionAnsweredLast() {
        audit.advance(catalog);
        answerPending(AnswerLevel.FULFILLED);
        audit.advance(catalog);
        answerPending(AnswerLevel.FULFILLED);
        assertThat(audit.advance(catalog)).contains("2.a");

        assertThat(audit.back()).isTrue();
        assertThat(audit.pending()).contains("1.b");
        answerPending(AnswerLevel.NOT_FULFILLED);

        assertThat(audit.advance(catalog)).contains("2.a");
        assertThat(audit.currentLevels()).containsEntry("1.b", AnswerLevel.NOT_FULFILLED);
    }

    @Test
    void backTwiceThenAnsweringContinuesWithTheQuestionAfter() {
        answer(3); // 1.a, 1.b, 2.a
        assertThat(audit.advance(catalog)).contains("2.b");

        assertThat(audit.back()).isTrue();
        assertThat(audit.pending()).contains("2.a");
        assertThat(audit.back()).isTrue();
        assertThat(audit.pending()).contains("1.b");

        answerPending(AnswerLevel.PARTIAL);
        // the way forward stays the same: 2.a (already answered) comes again, then 2.b
        assertThat(audit.advance(catalog)).contains("2.a");
        answerPending(AnswerLevel.FULFILLED);
        assertThat(audit.advance(catalog)).contains("2.b");
        answerPending(AnswerLevel.FULFILLED);
        assertThat(audit.advance(catalog)).contains("3.a");
    }

    @Test
    void backThreeTimesWalksBackThroughTheHistoryAndForwardAgain() {
        answer(3); // 1.a, 1.b, 2.a
        audit.advance(catalog);

        audit.back();
        audit.back();
        assertThat(audit.back()).isTrue();
        assertThat(audit.pending()).contains("1.a");

        List<String> asked = new ArrayList<>(List.of(audit.pending().orElseThrow()));
        answerPending(AnswerLevel.FULFILLED);
        asked.addAll(answerAll());
        assertThat(asked).containsExactly("1.a", "1.b", "2.a", "2.b", "3.a", "3.b");
    }

    @Test
    void backBeforeTheFirstAnswerDoesNothing() {
        audit.advance(catalog);

        assertThat(audit.back()).isFalse();
        assertThat(audit.pending()).contains("1.a");
    }

    @Test
    void backCannotGoBeforeTheFirstAnswer() {
        audit.advance(catalog);
        answerPending(AnswerLevel.FULFILLED);
        audit.advance(catalog);
        assertThat(audit.back()).isTrue();

        assertThat(audit.back()).isFalse();
        assertThat(audit.pending()).contains("1.a");
    }

    @Test
    void revisitingAPrincipleAsksAllItsQuestionsThenReturnsToTheEarliestUnanswered() {
        answer(5); // 1.a .. 3.a
        assertThat(audit.advance(catalog)).contains("3.b");

        audit.revisit(catalog.principle(1).orElseThrow());

        assertThat(audit.pending()).contains("1.a");
        List<String> asked = new ArrayList<>(List.of("1.a"));
        answerPending(AnswerLevel.NOT_FULFILLED);
        asked.addAll(answerAll());
        assertThat(asked).containsExactly("1.a", "1.b", "3.b");
        assertThat(audit.currentLevels()).containsEntry("1.a", AnswerLevel.NOT_FULFILLED);
    }

    @Test
    void revisitingALaterPrincipleReturnsToTheEarliestUnansweredQuestion() {
        answer(1); // 1.a
        assertThat(audit.advance(catalog)).contains("1.b");

        audit.revisit(catalog.principle(3).orElseThrow());

        assertThat(audit.pending()).contains("3.a");
        List<String> asked = new ArrayList<>(List.of("3.a"));
        answerPending(AnswerLevel.FULFILLED);
        asked.addAll(answerAll());
        assertThat(asked).containsExactly("3.a", "3.b", "1.b", "2.a", "2.b");
    }

    @Test
    void revisitingFromAnAnsweredQuestionComesBackToItAfterThePrinciple() {
        answer(4); // 1.a .. 2.b
        audit.advance(catalog);
        audit.back(); // pending 2.b, answered
        assertThat(audit.pending()).contains("2.b");

        audit.revisit(catalog.principle(1).orElseThrow());

        List<String> asked = new ArrayList<>(List.of(audit.pending().orElseThrow()));
        answerPending(AnswerLevel.FULFILLED);
        asked.addAll(answerAll());
        assertThat(asked).containsExactly("1.a", "1.b", "2.b", "3.a", "3.b");
    }

    @Test
    void theLatestAnswerToAQuestionCounts() {
        audit.advance(catalog);
        answerPending(AnswerLevel.NOT_FULFILLED);
        audit.advance(catalog);
        audit.back();
        answerPending(AnswerLevel.FULFILLED);

        assertThat(audit.answers()).hasSize(2);
        assertThat(audit.currentLevels()).containsExactly(entry("1.a", AnswerLevel.FULFILLED));
    }

    /** Answers the next {@code count} questions with FULFILLED, starting from a fresh advance. */
    private void answer(int count) {
        for (int i = 0; i < count; i++) {
            audit.advance(catalog).orElseThrow();
            answerPending(AnswerLevel.FULFILLED);
        }
    }

    /** Advances and answers until the audit ends; returns the questions asked, in order. */
    @Test
    void answersChangedAgainAndAgainKeepTheDocumentBoundedAndTheLatestAnswers() {
        answerAll();
        for (int i = 0; i < 3 * Audit.MAX_ANSWER_RECORDS; i++) {
            audit.answer(record(i % 2 == 0 ? "1.a" : "3.b", i % 3 == 0 ? AnswerLevel.PARTIAL : AnswerLevel.NOT_FULFILLED));
        }
        audit.answer(record("2.a", AnswerLevel.UNKNOWN));

        assertThat(audit.answers()).hasSize(Audit.MAX_ANSWER_RECORDS);
        assertThat(audit.currentLevels()).containsOnly(entry("1.a", AnswerLevel.NOT_FULFILLED),
                entry("1.b", AnswerLevel.FULFILLED), entry("2.a", AnswerLevel.UNKNOWN), entry("2.b", AnswerLevel.FULFILLED),
                entry("3.a", AnswerLevel.FULFILLED), entry("3.b", AnswerLevel.NOT_FULFILLED));
        assertThat(audit.answers().get(audit.answers().size() - 1).questionId()).isEqualTo("2.a");
    }

    private List<String> answerAll() {
        List<String> asked = new ArrayList<>();
        for (Optional<String> next = audit.advance(catalog); next.isPresent(); next = audit.advance(catalog)) {
            asked.add(next.get());
            answerPending(AnswerLevel.FULFILLED);
            assertThat(asked).as("the audit must end").hasSizeLessThan(20);
        }
        return asked;
    }

    private void answerPending(AnswerLevel level) {
        audit.answer(record(audit.pending().orElseThrow(), level));
    }

    private static AnswerRecord record(String questionId, AnswerLevel level) {
        return new AnswerRecord(questionId, Integer.parseInt(questionId.substring(0, questionId.indexOf('.'))),
                level, level.name().toLowerCase(), "anna", NOW, 1.0, false);
    }
}
