package de.auditbot.nlp.eval;

import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.ConfidencePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the predictions of one evaluation, so that other confidence policies can be tried on them:
 * per policy, how many auto-accepted answers are right, how many answers are asked back and how
 * many chatter lines would be recorded as a level.
 */
final class PolicyCurve {

    private record Prediction(boolean right, boolean chatter, Classification predicted) {
    }

    private final List<Prediction> predictions = new ArrayList<>();
    private int chatter;

    void answer(boolean right, Classification predicted) {
        predictions.add(new Prediction(right, false, predicted));
    }

    void chatter(Classification predicted) {
        chatter++;
        predictions.add(new Prediction(false, true, predicted));
    }

    /** One line per policy: auto-accepted right, asked back, and chatter lines that would be recorded. */
    String report(List<ConfidencePolicy> policies) {
        StringBuilder out = new StringBuilder("policy curve (threshold / margin: auto-accepted right, asked back, chatter recorded):\n");
        for (ConfidencePolicy policy : policies) {
            int answers = 0;
            int taken = 0;
            int takenRight = 0;
            int chatterTaken = 0;
            for (Prediction p : predictions) {
                boolean accepted = !p.predicted().isNoAnswer() && policy.accepts(p.predicted());
                if (p.chatter()) {
                    chatterTaken += accepted ? 1 : 0;
                } else {
                    answers++;
                    taken += accepted ? 1 : 0;
                    takenRight += accepted && p.right() ? 1 : 0;
                }
            }
            out.append(String.format(Locale.ROOT, "  %.2f / %.2f: %.1f %% right, %.1f %% asked back, %d of %d chatter%n",
                    policy.threshold(), policy.margin(), 100 * ratio(takenRight, taken), 100 * (1 - ratio(taken, answers)),
                    chatterTaken, chatter));
        }
        return out.toString();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
