package de.auditbot.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceLinksTests {

    @Test
    void findsEveryLinkOnceWithoutTrailingPunctuation() {
        assertThat(EvidenceLinks.in("Ja, siehe https://wiki.example.org/Research?id=3. Und (http://ticket.example.de/T-1), "
                + "nochmal https://wiki.example.org/Research?id=3!"))
                .containsExactly("https://wiki.example.org/Research?id=3", "http://ticket.example.de/T-1");
    }

    @Test
    void noLinksInPlainWordsOrNothing() {
        assertThat(EvidenceLinks.in("ja, im Wiki unter www-Adresse")).isEmpty();
        assertThat(EvidenceLinks.in(null)).isEmpty();
    }

    @Test
    void theWordsWithoutLinksAreLeftForUnderstanding() {
        assertThat(EvidenceLinks.without("yes, see https://example.org/research.")).isEqualTo("yes, see");
    }

    @Test
    void trendArrowsIgnoreRoundingNoise() {
        assertThat(Trend.between(0.5, 0.75)).isEqualTo(Trend.UP);
        assertThat(Trend.between(0.75, 0.5)).isEqualTo(Trend.DOWN);
        assertThat(Trend.between(0.5, 0.502)).isEqualTo(Trend.SAME);
        assertThat(Trend.between(null, 0.5)).isEqualTo(Trend.NEW);
    }
}
