package de.auditbot.nlp.eval;

import java.util.List;
import java.util.Locale;

/**
 * The later held-out sets with what their lines must not repeat, how many lines they have at least
 * and the floors asserted on them (what their measurement after the changes of their round reached).
 */
enum HeldOutSet {

    /**
     * Written before the intent and criterion changes of its round. Before: intent 87.6 %, criterion
     * 87.5 % / 96.2 %; after: 91.0 % and 88.5 % / 97.1 %. The third follow-up raised intent to 96.6 %,
     * but this set had been measured twice and its PAUSE lines read before those training lines were
     * written, so it flatters. It was checked only against training lines, up to case; up to
     * punctuation, a few of its lines repeat training lines and lines of the first sets. The fifth
     * follow-up took it to 98.6 %.
     */
    FOURTH("heldout-4", List.of(), 120, 95, 0.98, 0.88, 0.97),

    /**
     * Written in the third follow-up before any training or feature change. Before: intent 85.5 %
     * (macro-F1 0.867, 173 lines), criterion model 91.2 % / 97.4 % (114 questions), the bot's
     * criterion finder 92.1 % / 97.4 %. After (196 new intent lines, more intent cues, criterion model
     * unchanged): intent 86.1 % (macro-F1 0.873, top-3 97.7 %), criterion 91.2 % / 97.4 %, finder
     * 92.1 % / 97.4 %. The fourth follow-up's changes took intent to 90.8 % (macro-F1 0.910), a third
     * measurement: the set is spent.
     *
     * <p>In the fifth follow-up it became a development set (see {@link #SIXTH}): 90.8 % → 93.1 %
     * (macro-F1 0.910 → 0.934), a flattering figure.
     */
    FIFTH("heldout-5", List.of("heldout", "heldout-4"), 170, 114, 0.93, 0.91, 0.97),

    /**
     * Written in the fourth follow-up before any training, feature or code change: 217 intent lines
     * over all 17 labels (50 answers, about 20 % English) and 133 criterion questions (7 per principle).
     * Before (totals only): intent 89.9 % (macro-F1 0.905, top-3 97.2 %), criterion model 94.0 % /
     * 100.0 %, the bot's criterion finder 95.5 % / 100.0 %. A first run had found 52 lines repeating
     * earlier lines up to case and punctuation (the finder alone was measured on it: 94.7 % / 100.0 %);
     * they were replaced by new lines without looking at any result per line, then measured as above.
     * After (203 new command lines, clause reading; criterion model unchanged): intent 91.7 % (macro-F1
     * 0.926, top-3 98.2 %), criterion 94.0 % / 100.0 %. Intent stays below the target of 95 %.
     *
     * <p><b>Development sets from the fifth follow-up on.</b> The fifth and sixth sets were spent, so
     * that round used them as development sets: measured as often as needed, their misses read (with
     * a harness outside the repository) to see what kind of wording fails — greetings with an
     * introduction, questions about a topic without a question mark, commands whose reason sounds
     * like another command, answers with command words. No line of theirs was copied or paraphrased
     * into training; the 85 new intent lines were written for those kinds of wording in other words,
     * and lines that came out close to a line of these sets by chance were rewritten. The weight of
     * the nearest-lines vote was chosen by cross-validation, not on these sets. After: sixth set
     * 91.7 % → 93.5 % (macro-F1 0.926 → 0.943); the figures of both sets now flatter, and the honest
     * measure of this round is the seventh set, written by someone else.
     */
    SIXTH("heldout-6", List.of("heldout", "heldout-4", "heldout-5"), 200, 133, 0.93, 0.93, 0.99),

    /**
     * Written by an engineer who writes no training lines, while others change the intent model and
     * the criterion finder: 288 intent lines over all 17 labels (60 answers, 20 criterion questions,
     * about 20 % English), 171 criterion questions (9 per principle) and 158 answers (31–32 per
     * level), learnt only from the issue, the label javadoc, the dialogs, README and the principles,
     * without reading training lines or earlier sets. A first check found 58 lines repeating earlier
     * lines (up to case and punctuation, also across models); they were replaced by new lines before
     * any measurement. Before, on main without model changes (totals only): intent 87.2 % (macro-F1
     * 0.880, top-3 97.6 %), criterion model 85.4 % / 94.7 %, the bot's criterion finder 88.3 % /
     * 94.2 %, answer model 77.8 % (macro-F1 0.778), auto-accepted 88.4 % right with 18.4 % asked back.
     * After (measured once, after merging the fifth follow-up's intent, criterion-finder and answer
     * changes): intent 88.2 % (macro-F1 0.892, top-3 96.9 %), criterion model 86.5 % / 95.9 %, the
     * finder 88.3 % / 95.3 %, answer model 83.5 % (macro-F1 0.837), auto-accepted 89.6 % right with
     * 14.6 % asked back at a confidence policy of 0.70 / 0.45. The policy then went to 0.80 / 0.45 (so
     * that chatter the model is sure of is asked back, chosen without this set); measured a second
     * time for that alone: 92.1 % right with 19.6 % asked back. All below the targets: what the models learnt
     * carries over to wording they have not seen only in part. A blind second labelling of the answers
     * and criterion questions by another engineer agreed on 98.7 % and 100 % of the lines, so the gap
     * is the models', not the labels'. The floors sit a little below the figures after.
     */
    SEVENTH("heldout-7", List.of("heldout", "heldout-4", "heldout-5", "heldout-6"), 280, 171, 0.87, 0.85, 0.95,
            new AnswerFloors(150, 0.82, 0.91, 0.21)),

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
     * 0.834), auto-accepted 93.4 % right with 22.8 % asked back (policy 0.80 / 0.45). The floors sit
     * a little below these figures.
     */
    EIGHTH("heldout-8", List.of("heldout", "heldout-4", "heldout-5", "heldout-6", "heldout-7"), 350, 190, 0.86, 0.87,
            0.94, new AnswerFloors(210, 0.82, 0.92, 0.24));

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
