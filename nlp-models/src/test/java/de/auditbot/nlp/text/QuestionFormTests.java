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

    @ParameterizedTest
    @ValueSource(strings = {"muss das barrierefrei sein", "darf man da Cookies setzen", "Soll das auch auf Englisch gehen",
            "gilt das auch für uns", "reicht es, wenn wir einmal testen", "must it be accessible", "do we need that",
            "is there a template"})
    void aVerbBeforeAnImpersonalSubjectIsUnmistakablyAQuestion(String text) {
        assertThat(QuestionForm.unmistakable(text)).isTrue();
        assertThat(QuestionForm.of(text)).isTrue();
    }

    /** A verb first without its subject is how chat answers often start. */
    @ParameterizedTest
    @ValueSource(strings = {"muss ich nachsehen", "müssen wir noch klären", "ist eine reine Informationsseite",
            "ist erledigt", "kann man so nicht sagen", "have to check with our vendor first", "does not apply", "",
            "mustard is not on the list"})
    void answersThatStartWithAVerbAreNotUnmistakable(String text) {
        assertThat(QuestionForm.unmistakable(text)).isFalse();
    }

    @Test
    void noTextIsNoQuestion() {
        assertThat(QuestionForm.of(null)).isFalse();
        assertThat(QuestionForm.unmistakable(null)).isFalse();
    }
}
