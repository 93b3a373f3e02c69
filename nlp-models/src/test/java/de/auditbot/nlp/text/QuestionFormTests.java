package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionFormTests {

    @ParameterizedTest
    @ValueSource(strings = {"Was heißt das genau", "müssen wir das wirklich machen", "what does principle 7 mean",
            "do we need a privacy notice", "Barrierefreiheit?", "  Wie geht das  ", "muss das barrierefrei sein",
            "wozu braucht man das", "sind wir besser geworden", "haben wir das schon erfüllt", "should we log this"})
    void questionsAreWordedAsQuestions(String text) {
        assertThat(QuestionForm.of(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the train was late again", "mein Handy ist runtergefallen", "Barrierefreiheit",
            "wasserdicht ist das nicht", "dose of reality", "", "wir müssen das noch klären", "haste mal Feuer"})
    void statementsAreNot(String text) {
        assertThat(QuestionForm.of(text)).isFalse();
    }

    @Test
    void noTextIsNoQuestion() {
        assertThat(QuestionForm.of(null)).isFalse();
    }
}
