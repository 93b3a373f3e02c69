package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicIndexTests {

    private final TopicIndex index = new TopicIndex(new TextNormalizer(), Map.of(
            "privacy", List.of("Datenschutz", "Personenbezogene Daten werden sparsam verarbeitet."),
            "security", List.of("IT-Sicherheit", "Ein Sicherheitskonzept schützt die Daten des Dienstes."),
            "reuse", List.of("Nachnutzung", "Bestehende Lösungen werden übernommen.")));

    @Test
    void aDistinctiveWordPointsToItsTopic() {
        Map<String, Double> shares = index.shares("Brauchen wir ein Sicherheitskonzept?");
        assertThat(shares.get("security")).isEqualTo(1.0);
        assertThat(shares.get("privacy")).isZero();
    }

    @Test
    void inflectedFormsMatchThroughTheirStem() {
        assertThat(index.shares("wie verarbeiten wir personenbezogene Angaben").get("privacy")).isEqualTo(1.0);
    }

    @Test
    void aKnownWordInsideAnUnknownCompoundPointsToItsTopicToo() {
        Map<String, Double> shares = index.shares("Gibt es eine Sicherheitskonzeptvorlage?");
        assertThat(shares.get("security")).isEqualTo(1.0);
        assertThat(index.shares("Nachnutzungsmodell").get("reuse")).isEqualTo(1.0);
    }

    @Test
    void aWordEveryTopicSharesCountsLessThanADistinctiveOne() {
        Map<String, Double> shares = index.shares("bestehende Daten");
        assertThat(shares.get("reuse")).isGreaterThan(shares.get("privacy"));
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aQueryWithoutAnyTopicWordScoresNothing() {
        assertThat(index.shares("was heißt das genau?").values()).containsOnly(0.0);
    }
}
