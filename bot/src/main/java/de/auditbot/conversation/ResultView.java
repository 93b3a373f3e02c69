package de.auditbot.conversation;

import java.util.List;

/**
 * The result of an audit in one language, ready to show or to serialise: scores with coverage,
 * traffic lights and next steps.
 */
public record ResultView(CatalogRef catalog, Overall overall, List<CategoryView> categories,
        List<PrincipleView> principles, List<NextStepView> nextSteps, boolean finished) {

    /** Which catalog, in which version, the audit used. */
    public record CatalogRef(String id, String version, String title) {
    }

    /** The overall score (null when nothing applicable is answered) and its coverage. */
    public record Overall(Double score, int answered, int applicable) {
    }

    public record CategoryView(String id, String title, Double score, int answered, int applicable, String light) {
    }

    public record PrincipleView(int number, String title, String category, Double score, int answered,
            int applicable, String light) {
    }

    public record NextStepView(int principle, String title, String text, String link) {
    }
}
