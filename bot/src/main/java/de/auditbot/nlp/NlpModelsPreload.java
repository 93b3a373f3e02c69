package de.auditbot.nlp;

import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the models on a thread of its own from the first line of {@code main}, so that reading them
 * (most of a second) overlaps with Spring's start instead of adding to it. The context takes the
 * loaded models once; without a preload (tests that start the context themselves) or for a second
 * context, the models are loaded on the spot as before. A failure to load fails the start as before.
 */
public final class NlpModelsPreload {

    private static final AtomicReference<CompletableFuture<NlpModels>> LOADING = new AtomicReference<>();

    private NlpModelsPreload() {
    }

    /** Starts loading in the background; the models are the same as {@link NlpModels#load} gives. */
    public static void start() {
        CompletableFuture<NlpModels> loading = new CompletableFuture<>();
        if (!LOADING.compareAndSet(null, loading)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                loading.complete(NlpModels.load(new ChatFeatures(new TextNormalizer())));
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "nlp-models-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The preloaded models (waiting for them if need be), or models loaded now when none were preloaded. */
    static NlpModels take(ChatFeatures features) {
        CompletableFuture<NlpModels> loading = LOADING.getAndSet(null);
        return loading == null ? NlpModels.load(features) : loading.join();
    }

    /** Whether a preload was started and not taken yet (for tests). */
    static boolean pending() {
        return LOADING.get() != null;
    }
}
