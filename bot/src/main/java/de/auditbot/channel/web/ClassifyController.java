package de.auditbot.channel.web;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.nlp.CriterionFinder;
import de.auditbot.nlp.CriterionMatch;
import de.auditbot.nlp.NlpModels;
import de.auditbot.nlp.model.AnswerInContext;
import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.ModelKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Classifies a text with one of the models, for people who want to see what the bot makes of
 * a sentence. The intent model answers as trained; the answer model takes the optional check
 * question as context and returns only the five levels, each with its own probability (the model's
 * internal no-answer class left out, so that chatter comes back unsure), and the criterion answer combines the model with the retrieval over the
 * current catalog, as the bot does.
 */
@RestController
class ClassifyController {

    private static final int MAX_MODEL = 20;

    private final NlpModels models;
    private final CriterionFinder criteria;
    private final CatalogRegistry catalogs;
    private final AnswerInContext answers;

    ClassifyController(NlpModels models, CriterionFinder criteria, CatalogRegistry catalogs, AnswerInContext answers) {
        this.models = models;
        this.criteria = criteria;
        this.catalogs = catalogs;
        this.answers = answers;
    }

    @PostMapping(path = "/api/v1/classify", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ClassifyResponse classify(@RequestBody(required = false) JsonNode body) {
        String text = RequestBodies.text(body);
        ModelKind kind = model(RequestBodies.optional(body, "model", MAX_MODEL));
        Optional<String> question = RequestBodies.optional(body, "question", RequestBodies.MAX_TEXT);
        if (kind == ModelKind.CRITERION) {
            CriterionMatch match = criteria.find(text, null, catalogs.defaultCatalog());
            return response(match.ranking().stream()
                    .map(s -> new ClassifyResponse.Alternative(String.valueOf(s.principle()), s.score())).toList());
        }
        Classification result = kind == ModelKind.ANSWER
                ? answers.classify(text, question.orElse(null)).publicLabels()
                : models.get(kind).classify(text);
        return response(result.ranking().stream()
                .map(s -> new ClassifyResponse.Alternative(s.label(), s.confidence())).toList());
    }

    private static ModelKind model(Optional<String> name) {
        List<String> known = Arrays.stream(ModelKind.values()).map(ModelKind::id).toList();
        return Arrays.stream(ModelKind.values()).filter(k -> name.isPresent() && k.id().equals(name.get()))
                .findFirst()
                .orElseThrow(() -> ApiRequestException.badRequest("The field 'model' must be one of " + known + "."));
    }

    private static ClassifyResponse response(List<ClassifyResponse.Alternative> ranking) {
        return new ClassifyResponse(ranking.get(0).label(), ranking.get(0).confidence(), ranking);
    }
}
