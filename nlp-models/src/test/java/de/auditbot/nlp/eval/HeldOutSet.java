package de.auditbot.nlp.eval;

import java.util.List;
import java.util.Locale;

/**
 * The later held-out sets with what their lines must not repeat, how many lines they have at least
 * and the floors asserted on them (what their measurement after the changes of their round reached).
 * The fifth to seventh sets were spent as measures (each measured before and after its round, their
 * misses later read as development sets) and now train the models
 * ({@code training/*}{@code /*.from-spent-sets.txt}); their figures are in README.
 */
enum HeldOutSet {

    /**
     * Written before the intent and criterion changes of its round. Before: intent 87.6 %, criterion
     * 87.5 % / 96.2 %; after: 91.0 % and 88.5 % / 97.1 %. The third follow-up raised intent to 96.6 %,
     * but this set had been measured twice and its PAUSE lines read before those training lines were
     * written, so it flatters. It was checked only against training lines, up to case; up to
     * punctuation, a few of its lines repeat training lines and lines of the first sets. The fifth
     * follow-up took it to 98.6 %; with the spent sets' lines in training it read one line less
     * (97.9 %), and the criterion model gained two (91.3 %); after the sixth follow-up intent 98.6 %,
     * criterion 91.3 % / 100.0 %.
     */
    FOURTH("heldout-4", List.of(), 120, 95, 0.98, 0.90, 0.99),

    /**
     * Written by an engineer who writes no training lines, while others change the intent model, the
     * answer model and the criterion finder: 356 intent lines over all 17 labels (75 answers, 26
     * criterion questions, 16–18 per command, about 20 % English), 190 criterion questions (10 per
     * principle) and 215 answers (43 per level), learnt only from the issue, the label javadoc, the
     * dialogs, README and the principles, without reading training lines or earlier sets. A first
     * check found 87 lines repeating earlier lines (up to case and punctuation, also across models and
     * within the set); they were replaced by new lines before any measurement. Before, on main
     * without model changes (totals only): intent 87.1 % (macro-F1 0.883, top-3 98.3 %), criterion
     * model 88.4 % / 95.3 %, the bot's criterion finder 88.4 % / 96.8 %, answer model 83.3 % (macro-F1
     * 0.834), auto-accepted 93.4 % right with 22.8 % asked back (policy 0.80 / 0.45). After (measured
     * once, on main after merging the sixth follow-up's intent, answer and criterion changes and the
     * spent sets' lines in training; two training lines written in that round that repeated lines of
     * this set by chance were taken out first): intent 91.3 % (macro-F1 0.916, top-3 98.9 %),
     * criterion model 92.1 % / 97.4 %, answer model 86.5 % (macro-F1 0.868), auto-accepted 91.6 %
     * right with 11.2 % asked back at the policy of then, 0.60 / 0.40. A blind second labelling by
     * another engineer agreed on 95.8 % of the answers, 99.5 % of the criterion questions and 100 %
     * of the intent lines. The floors sit a little below the figures after. Used as the answer
     * model's development set in round 9 (its misses read, never copied): 91.2 %, auto-accepted
     * 94.2 % right with 11.6 % asked back at the policy chosen then on cross-validation (0.60 / 0.35);
     * the answer floors rose to a little below that. Its intent changes took it to
     * 92.7 % (intent floor 0.92).
     */
    EIGHTH("heldout-8", List.of("heldout", "heldout-4"), 350, 190, 0.92, 0.91, 0.97,
            new AnswerFloors(210, 0.90, 0.935, 0.12)),

    /**
     * Written by an engineer who changes no models, after the round measured on the eighth set: 321
     * intent lines over all 17 labels (71 answers, 25 criterion questions, 15 per command, about 20 %
     * English), 190 criterion questions (10 per principle) and 200 answers (40 per level), learnt only
     * from the issue, the label javadoc, the dialogs, README and the principles, without reading
     * training lines or earlier sets. A check before any measurement (stricter than this test: against
     * all training lines and earlier sets of every model) found 99 lines repeating earlier lines up to
     * case and punctuation; they were replaced by new lines. Before, on main (measured once, totals
     * only): intent 93.8 % (macro-F1 0.938, top-3 99.1 %), criterion model 93.2 % / 97.9 %, the bot's
     * criterion finder 93.7 % / 100.0 %, answer model 86.5 % (macro-F1 0.866), auto-accepted 91.4 %
     * right with 12.5 % asked back (policy 0.60 / 0.40). The floors sit a little below these figures.
     */
    NINTH("heldout-9", List.of("heldout", "heldout-4", "heldout-8"), 320, 190, 0.92, 0.91, 0.96,
            new AnswerFloors(200, 0.85, 0.90, 0.14));

    /** How many answers a set has at least and the floors on them; sets before the seventh have none. */
    record AnswerFloors(int lines, double accuracy, double autoAccepted, double askedBackAtMost) {
        static final AnswerFloors NONE = new AnswerFloors(0, 0, 0, 1);
    }

    final String folder;
    final List<String> earlier;
    final int intentLines;
    final int questions;
    final double intentFloor;
    final double top1Floor;
    final double top3Floor;
    final AnswerFloors answers;

    HeldOutSet(String folder, List<String> earlier, int intentLines, int questions, double intentFloor,
            double top1Floor, double top3Floor) {
        this(folder, earlier, intentLines, questions, intentFloor, top1Floor, top3Floor, AnswerFloors.NONE);
    }

    HeldOutSet(String folder, List<String> earlier, int intentLines, int questions, double intentFloor,
            double top1Floor, double top3Floor, AnswerFloors answers) {
        this.folder = folder;
        this.earlier = earlier;
        this.intentLines = intentLines;
        this.questions = questions;
        this.intentFloor = intentFloor;
        this.top1Floor = top1Floor;
        this.top3Floor = top3Floor;
        this.answers = answers;
    }

    /**
     * Whether the set is sealed in this working copy: named in {@code .sealed-heldout-sets} at the
     * repository root (one folder per line, not under version control). Engineers who change models
     * seal the sets that measure their work, so that no figure of such a set reaches them, not even
     * a total; a clean clone has no such file and measures every set.
     */
    boolean sealed() {
        return SealedSets.contains(folder);
    }

    /** Whether the set has answer lines to measure the answer model on. */
    boolean hasAnswers() {
        return answers.lines() > 0;
    }

    /**
     * What makes two lines the same: lower case, and from the fifth set on also without punctuation
     * and with single spaces ("Sind wir durch?" repeats "sind wir durch").
     */
    String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return this == FOURTH ? lower : lower.replaceAll("\\p{Punct}", "").replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() {
        return folder;
    }
}
