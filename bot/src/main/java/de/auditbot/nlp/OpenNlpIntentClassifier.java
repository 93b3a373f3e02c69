package de.auditbot.nlp;

import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.ScoredLabel;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.text.QuestionForm;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a message asks for. Exact command phrases and exact answer phrases come first;
 * a question naming a principle number asks about that principle; anything else goes to the
 * intent model. When the bot has just asked a check question, {@link CommandOrAnswer} decides
 * whether a command the model sees is meant (a request), an answer that mentions a command word (a
 * statement), or either (then the answer carries the command, and the team is offered both), while
 * a question form leans toward asking about a principle: it does so
 * when that is fairly likely, or at least more likely than an answer (a question the model takes
 * for an unsure command, such as "what do you mean by …?", is no answer either), and below that
 * it may be either a question or an answer ({@link #QUESTION_EITHER}). A request the
 * model ranks as an answer first may still be the command it ranks next
 * ({@link CommandOrAnswer#requestsRunnerUp}).
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

    static final double COMMAND_THRESHOLD = 0.5;
    static final double QUESTION_LEAN = 0.2;
    /**
     * From here up to {@link #QUESTION_LEAN}, a message worded as a question that the model takes for
     * an answer may be either ("muss das barrierefrei sein" at ASK_CRITERION 0.17), and so is one that
     * opens the way only questions do ({@link QuestionForm#unmistakable}, "darf man da Cookies setzen"
     * at 0.01): the bot offers the principle's explanation beside the answer levels and records
     * nothing on its own.
     */
    static final double QUESTION_EITHER = 0.05;

    /** How catalogs call their numbered items: principles (OZG), points (UK), criteria (others). */
    private static final Pattern PRINCIPLE_NUMBER = Pattern.compile(
            "\\b(?:prinzip|principle|punkt|point|kriterium|criterion)\\s*(?:nr\\.?\\s*|no\\.?\\s*)?(\\d{1,3})\\b");

    private final IntentClassifier commands;
    private final AnswerClassifier answers;
    private final TextClassifier model;
    private final CommandOrAnswer commandOrAnswer = new CommandOrAnswer();
    private final TextNormalizer normalizer = new TextNormalizer();

    public OpenNlpIntentClassifier(IntentClassifier commands, AnswerClassifier answers, TextClassifier model) {
        this.commands = commands;
        this.answers = answers;
        this.model = model;
    }

    @Override
    public Intent classify(String text, String language) {
        return classify(text, language, false);
    }

    @Override
    public Intent classify(String text, String language, boolean answerExpected) {
        Intent exact = commands.classify(text, language);
        if (exact.type() != IntentType.ANSWER || text == null || text.isBlank()
                || answers.classify(text, language).isPresent()) {
            return exact;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        // read into words once for both checks of the question form
        List<String> tokens = normalizer.tokens(text);
        boolean question = QuestionForm.of(text, tokens);
        Optional<Integer> number = principleNumber(lower);
        if (question && number.isPresent()) {
            return new Intent(IntentType.ASK_CRITERION, 1.0, number.get(), null);
        }
        Classification predicted = model.classify(text);
        IntentType best = IntentType.valueOf(predicted.label());
        IntentType alternative = null;
        if (answerExpected && best == IntentType.ANSWER) {
            Optional<ScoredLabel> command = predicted.ranking().stream()
                    .filter(s -> ModelKind.INTENT.isCommand(s.label())).findFirst();
            if (command.isPresent() && commandOrAnswer.requestsRunnerUp(text, command.get().confidence())) {
                return new Intent(IntentType.valueOf(command.get().label()), command.get().confidence(), null, null);
            }
        }
        if (best != IntentType.ANSWER && best != IntentType.ASK_CRITERION) {
            CommandOrAnswer.Reading reading = answerExpected ? commandOrAnswer.read(text, predicted.confidence())
                    : predicted.confidence() >= COMMAND_THRESHOLD ? CommandOrAnswer.Reading.COMMAND
                    : CommandOrAnswer.Reading.ANSWER;
            if (reading == CommandOrAnswer.Reading.COMMAND) {
                return new Intent(best, predicted.confidence(), null, null);
            }
            alternative = reading == CommandOrAnswer.Reading.EITHER ? best : null;
        }
        double askCriterion = probability(predicted, IntentType.ASK_CRITERION);
        boolean askingMoreLikelyThanAnswering = askCriterion > probability(predicted, IntentType.ANSWER);
        if (best == IntentType.ASK_CRITERION
                || (question && (askCriterion >= QUESTION_LEAN || askingMoreLikelyThanAnswering))) {
            return new Intent(IntentType.ASK_CRITERION, askCriterion, number.orElse(null), null);
        }
        if (answerExpected && question && alternative == null
                && (askCriterion >= QUESTION_EITHER || QuestionForm.unmistakableTokens(tokens))) {
            return Intent.answerOr(probability(predicted, IntentType.ANSWER), IntentType.ASK_CRITERION);
        }
        return Intent.answerOr(probability(predicted, IntentType.ANSWER), alternative);
    }

    private static Optional<Integer> principleNumber(String lower) {
        Matcher m = PRINCIPLE_NUMBER.matcher(lower);
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    private static double probability(Classification predicted, IntentType type) {
        return predicted.ranking().stream().filter(s -> s.label().equals(type.name()))
                .mapToDouble(s -> s.confidence()).findFirst().orElse(0.0);
    }
}
