package de.auditbot.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vote of the nearest training lines: alike lines win, unlike text gets no vote. */
class NearestLinesTests {

    private static final List<String> LABELS = List.of("PAUSE", "SKIP", "ANSWER");
    private final ChatFeatures features = ModelKind.INTENT.features(new ChatFeatures(new TextNormalizer()));
    private final NearestLines lines = new NearestLines(List.of(
            new Sample("PAUSE", "wir machen morgen weiter"),
            new Sample("PAUSE", "pause bitte, Mittagessen"),
            new Sample("PAUSE", "pause bitte, Mittagessen"),
            new Sample("SKIP", "die Frage überspringen wir"),
            new Sample("SKIP", "nächste Frage bitte"),
            new Sample("ANSWER", "wir testen jeden Sprint mit Nutzenden"),
            new Sample("ANSWER", "das Formular ist barrierefrei"),
            new Sample("ANSWER", "die Daten liegen im Rechenzentrum")), features, LABELS, 2, 1.0);

    @Test
    void theLabelOfTheMostAlikeLinesGetsTheMostVote() {
        double[] vote = lines.vote(features.extract("können wir die Frage überspringen"));
        assertThat(vote[LABELS.indexOf("SKIP")]).isGreaterThan(vote[LABELS.indexOf("PAUSE")])
                .isGreaterThan(vote[LABELS.indexOf("ANSWER")]);
    }

    @Test
    void anAnswerIsNearestToAnswers() {
        double[] vote = lines.vote(features.extract("wir testen das Formular jeden Sprint"));
        assertThat(vote[LABELS.indexOf("ANSWER")]).isGreaterThan(vote[LABELS.indexOf("SKIP")])
                .isGreaterThan(vote[LABELS.indexOf("PAUSE")]);
    }

    @Test
    void theVoteIsAnAverageSimilarityThatSumsToOneAtMost() {
        double[] same = lines.vote(features.extract("nächste Frage bitte"));
        assertThat(Arrays.stream(same).sum()).isLessThanOrEqualTo(1.0 + 1e-6).isGreaterThan(0.5);
        // the line itself (similarity 1) and the second nearest line share the vote of k = 2
        assertThat(same[LABELS.indexOf("SKIP")]).isGreaterThanOrEqualTo(0.5 - 1e-6);
    }

    @Test
    void textSharingNoFeatureGetsNoVote() {
        assertThat(lines.vote(features.extract("xyzzy"))).containsOnly(0.0);
        assertThat(lines.vote(features.extract(""))).containsOnly(0.0);
    }

    @Test
    void theSameTextAlwaysGetsTheSameVote() {
        double[] first = lines.vote(features.extract("pause bitte"));
        lines.vote(features.extract("ganz anderer Text über Daten"));
        double[] again = lines.vote(features.extract("pause bitte"));
        for (int i = 0; i < first.length; i++) {
            assertThat(again[i]).isCloseTo(first[i], within(1e-9));
        }
    }
}
