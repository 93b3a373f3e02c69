package de.auditbot.nlp.candidates;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Keeps confirmed answers as training candidates and exports them as training lines
 * ({@code LEVEL<TAB>text}), corrections first, for a person to review and copy into
 * {@code nlp-models/src/main/resources/training/answers/<LEVEL>.txt}.
 */
@Service
public class TrainingCandidates {

    private final TrainingCandidateRepository repository;

    public TrainingCandidates(TrainingCandidateRepository repository) {
        this.repository = repository;
    }

    public void keep(List<TrainingCandidate> candidates) {
        if (!candidates.isEmpty()) {
            repository.saveAll(candidates);
        }
    }

    public List<String> exportLines() {
        return repository.findAll().stream()
                .sorted(Comparator.comparing(TrainingCandidate::corrected).reversed()
                        .thenComparing(TrainingCandidate::level).thenComparing(TrainingCandidate::trainingLine))
                .map(c -> c.level() + "\t" + c.trainingLine())
                .distinct()
                .toList();
    }
}
