package de.auditbot.nlp.model;

import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the maxent document categorizers (GIS, or quasi-Newton with an L2 penalty where the kind
 * asks for one). Deterministic: sorted input, fixed iterations (per kind) and cutoff, one thread, so that the same data always gives the same model. The build runs
 * {@link #main} in {@code process-classes} and packages the models in the jar.
 */
public final class ModelTrainer {

    static final int CUTOFF = 1;

    private final ChatFeatures features;

    public ModelTrainer(ChatFeatures features) {
        this.features = features;
    }

    /**
     * Trains one model from samples; the features (the variant the kind uses) are extracted here,
     * the model sees them as words.
     */
    public DoccatModel train(ModelKind kind, List<Sample> samples) {
        return train(kind, samples, false);
    }

    /**
     * Trains the words-only reader of a kind that has one ({@link WordView}): the same lines and
     * training, without the character n-grams.
     */
    public DoccatModel trainWordView(ModelKind kind, List<Sample> samples) {
        return train(kind, samples, true);
    }

    private DoccatModel train(ModelKind kind, List<Sample> samples, boolean wordsOnly) {
        ChatFeatures used = kind.features(features);
        List<DocumentSample> documents = new ArrayList<>();
        for (Sample sample : samples) {
            String[] extracted = used.extract(sample.text());
            if (wordsOnly) {
                extracted = Arrays.stream(extracted).filter(WordView::keeps).toArray(String[]::new);
            }
            DocumentSample document = new DocumentSample(sample.label(), extracted);
            for (int copy = 0; copy < kind.weight(sample.label()); copy++) {
                documents.add(document);
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        if (kind.l2Cost() > 0) {
            parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
            parameters.put("L1Cost", 0.0);
            parameters.put("L2Cost", kind.l2Cost());
        } else {
            parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        }
        parameters.put(TrainingParameters.ITERATIONS_PARAM, kind.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            DoccatModel model = DocumentCategorizerME.train("de", new CollectionObjectStream<>(documents), parameters,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
            return kind.l2Cost() > 0 ? SparseMaxent.of(model) : model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every model into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelTrainer <output folder>");
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        ModelTrainer trainer = new ModelTrainer(new ChatFeatures(new TextNormalizer()));
        for (ModelKind kind : ModelKind.values()) {
            List<Sample> samples = TrainingData.training(kind);
            long start = System.nanoTime();
            DoccatModel model = trainer.train(kind, samples);
            try (OutputStream out = Files.newOutputStream(folder.resolve(kind.modelFile()))) {
                model.serialize(out);
            }
            if (kind.wordViewWeight() > 0) {
                try (OutputStream out = Files.newOutputStream(folder.resolve(kind.wordViewFile()))) {
                    trainer.trainWordView(kind, samples).serialize(out);
                }
            }
            if (kind.nearestWeight() > 0) {
                NearestLinesFile.write(NearestLines.indexed(samples, kind.features(trainer.features)),
                        folder.resolve(kind.linesFile()));
            }
            System.out.printf("Trained %s model from %d samples in %d ms%n", kind.id(), samples.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
