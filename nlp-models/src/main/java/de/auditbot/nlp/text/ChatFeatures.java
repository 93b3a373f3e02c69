package de.auditbot.nlp.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a chat message into the features the document categorizers learn from: stems, stems
 * marked as negated, the polarity on both sides of a contrast ("ja, aber nur ..."), the first
 * token, a length bucket and character n-grams of the words (which carry typos and inflections).
 *
 * <p>Clauses are split at punctuation before normalizing, because a negation reaches only to the
 * end of its clause. Thread-safe: it keeps no state of its own ({@link Stems} is thread-safe).
 */
public final class ChatFeatures {

    /** Splits as {@code [.,;:!?()\n]+|\s[-–—]\s} would. */
    private static final ClauseSplitter CLAUSE = new ClauseSplitter(".,;:!?()\n", List.of());
    private static final int SCOPE = 4;

    private final TextNormalizer normalizer;
    private final MessageMood moods;
    private final Set<String> ignored;
    private final boolean intentCues;
    private final boolean answerCues;

    public ChatFeatures(TextNormalizer normalizer) {
        this(normalizer, Set.of(), false, false);
    }

    private ChatFeatures(TextNormalizer normalizer, Set<String> ignored, boolean intentCues, boolean answerCues) {
        this.normalizer = normalizer;
        this.moods = new MessageMood(normalizer);
        this.ignored = ignored;
        this.intentCues = intentCues;
        this.answerCues = answerCues;
    }

    /** The same features plus the {@link IntentCues} that group the key words of commands. */
    public ChatFeatures withIntentCues() {
        return new ChatFeatures(normalizer, ignored, true, answerCues);
    }

    /** The same features plus the {@link AnswerCues}: plans, work under way, shares, hedged frequency, asking someone. */
    public ChatFeatures withAnswerCues() {
        return new ChatFeatures(normalizer, ignored, intentCues, true);
    }

    /**
     * The same features without the words of how people ask ("was sagt der Standard zu", "müssen
     * wir", "what does ... say about"): for the topic of a question they are noise, and with few
     * lines per principle the model would otherwise learn them as a cue for one principle.
     */
    public ChatFeatures withoutQuestionWords() {
        return new ChatFeatures(normalizer, ChatLexicon.QUESTION_WORDS, intentCues, answerCues);
    }

    /** The features of one text; never empty, so that even "?" gets a prediction. */
    public String[] extract(String text) {
        // about ten features a word (character n-grams); sized so the list rarely grows
        List<String> features = new ArrayList<>(64 + (text == null ? 0 : 2 * text.length()));
        List<String> all = new ArrayList<>();
        List<String> plain = intentCues ? new ArrayList<>() : null;
        List<Boolean> negated = new ArrayList<>();
        int negations = 0;
        List<String> clausePolarities = new ArrayList<>();
        for (String clause : CLAUSE.split(text == null ? "" : text.toLowerCase(Locale.ROOT))) {
            List<String> words = normalizer.tokens(clause);
            if (plain != null) {
                plain.addAll(words);
            }
            List<String> tokens = new ArrayList<>(words.size());
            for (String word : words) {
                tokens.add(ChatLexicon.EMOJI.getOrDefault(word, word));
            }
            int scope = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                boolean negation = ChatLexicon.NEGATIONS.contains(token);
                if (ChatLexicon.SCOPE_ENDS.contains(token)) {
                    scope = 0;
                }
                all.add(token);
                negated.add(scope > 0);
                if (negation) {
                    negations++;
                    scope = SCOPE;
                } else if (scope > 0) {
                    scope--;
                }
            }
            if (!tokens.isEmpty()) {
                clausePolarities.add(polarity(tokens));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            String token = all.get(i);
            if (ignored.contains(token)) {
                continue;
            }
            WordFeatures word = WordFeatures.of(token);
            features.add(word.word);
            if (negated.get(i)) {
                features.add(word.negated);
            }
            Collections.addAll(features, word.ngrams);
        }
        if (intentCues) {
            IntentCues.add(all, features);
            // how the message is worded: a request, a statement, not a question (10-fold 91.2 → 91.9 %)
            MessageMood.Wording wording = moods.wording(text, plain);
            features.add("mood=" + wording.mood());
            if (!wording.asks()) {
                features.add("tells");
            }
        }
        if (answerCues) {
            AnswerCues.add(all, text == null ? "" : text.toLowerCase(Locale.ROOT), features);
        }
        features.add("first=" + (all.isEmpty() ? "" : all.get(0)));
        features.add("len=" + lengthBucket(all.size()));
        if (negations > 0) {
            features.add(negations == 1 ? "neg=1" : "neg=2+");
        }
        contrast(all, features);
        if (clausePolarities.size() > 1) {
            // "das Formular ja, die PDFs nicht": a turn between clauses without a contrast word
            features.add("clauses=" + clausePolarities.get(0) + "_" + clausePolarities.get(clausePolarities.size() - 1));
        }
        if (text != null && text.strip().endsWith("?")) {
            features.add("question");
        }
        return features.toArray(String[]::new);
    }

    /** The polarity before and after the first contrast word: "ja aber nur ..." is pos_contrast. */
    private static void contrast(List<String> tokens, List<String> features) {
        for (int i = 0; i < tokens.size(); i++) {
            if (ChatLexicon.CONTRASTS.contains(tokens.get(i))) {
                String before = polarity(tokens.subList(0, i));
                String after = polarity(tokens.subList(i + 1, tokens.size()));
                features.add("contrast=" + tokens.get(i));
                features.add("polarity=" + before + "_" + after);
                return;
            }
        }
    }

    private static String polarity(List<String> tokens) {
        if (tokens.isEmpty()) {
            return "none";
        }
        int negations = 0;
        for (String token : tokens) {
            negations += ChatLexicon.NEGATIONS.contains(token) ? 1 : 0;
        }
        return negations == 0 ? "pos" : negations == 1 ? "neg" : "dneg";
    }

    private static String lengthBucket(int tokens) {
        return tokens <= 3 ? String.valueOf(tokens) : tokens <= 6 ? "4-6" : tokens <= 12 ? "7-12" : "13+";
    }
}
