package de.auditbot.report;

import de.auditbot.conversation.ResultView;
import de.auditbot.dialog.Messages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words and numbers every report format shares, so that Markdown and HTML say the same.
 */
final class ReportCells {

    private final Messages messages;

    ReportCells(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String percent(Double score) {
        return score == null ? messages.text("result.noScore")
                : String.format(Locale.ROOT, "%d %%", Math.round(score * 100));
    }

    String light(String light) {
        return messages.text("light." + light);
    }

    String date(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    String overall(ResultView result) {
        return messages.format("result.overall", Map.of("score", percent(result.overall().score()),
                "answered", result.overall().answered(), "applicable", result.overall().applicable()));
    }

    String change(TeamReport report, int principle) {
        return report.changes().stream().filter(c -> c.number() == principle).findFirst()
                .map(c -> c.arrow() + " " + percent(c.before()) + " → " + percent(c.after())).orElse("");
    }

    /** The links of a principle, or the "without evidence" mark where a fulfilled rating has none. */
    List<String> evidence(TeamReport report, int principle) {
        List<String> out = new ArrayList<>();
        report.evidence().stream().filter(e -> e.number() == principle).findFirst().ifPresent(e -> {
            out.addAll(e.links());
            if (e.withoutEvidence()) {
                out.add(messages.text("report.noEvidence"));
            }
        });
        return out;
    }
}
