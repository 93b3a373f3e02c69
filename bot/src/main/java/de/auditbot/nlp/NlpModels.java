package de.auditbot.nlp;

import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.text.ChatFeatures;

/**
 * The three models packaged in the nlp-models jar, loaded once at start-up.
 */
public record NlpModels(TextClassifier answers, TextClassifier intents, TextClassifier criteria) {

    public static NlpModels load(ChatFeatures features) {
        return new NlpModels(TextClassifier.load(ModelKind.ANSWER, features),
                TextClassifier.load(ModelKind.INTENT, features),
                TextClassifier.load(ModelKind.CRITERION, features));
    }

    public TextClassifier get(ModelKind kind) {
        return switch (kind) {
            case ANSWER -> answers;
            case INTENT -> intents;
            case CRITERION -> criteria;
        };
    }
}
