package de.auditbot.audit;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Transient;

/**
 * One audit of a team against a catalog: which question is pending, what was answered, skipped
 * or is to be asked again. It decides the order of questions; it knows nothing of chat.
 *
 * <p>Order: questions queued for a correction come first, then the catalog order; skipped
 * questions come back once at the end, and a question skipped twice stays open.
 */
public class Audit {

    /** Far more than any catalog has questions; the rest are answers that were replaced. */
    static final int MAX_ANSWER_RECORDS = 400;

    private String catalogId;
    private String catalogVersion;
    private AuditKind kind = AuditKind.AUDIT;
    /** The principles a check-in asks about; null for a whole audit. */
    private List<Integer> scope;
    /** The questions a check-in asks, a few of its principles' questions; null to ask them all. */
    private List<String> questions;
    private Instant startedAt;
    private Instant finishedAt;
    private String pending;
    private Integer announcedPrinciple;
    private List<String> revisit = new ArrayList<>();
    private List<String> skipped = new ArrayList<>();
    private List<String> history = new ArrayList<>();
    private List<AnswerRecord> answers = new ArrayList<>();
    /** The latest answer per question, worked out once per loaded audit and kept up to date; not stored. */
    @Transient
    private transient Map<String, AnswerRecord> current;

    /** For the object mapper. */
    protected Audit() {
    }

    public static Audit start(Catalog catalog, Instant now) {
        Audit audit = new Audit();
        audit.catalogId = catalog.id();
        audit.catalogVersion = catalog.version();
        audit.startedAt = now;
        return audit;
    }

    /** A short audit of a few questions of a few principles; the rest of the catalog is not asked. */
    public static Audit startCheckin(Catalog catalog, List<Integer> principles, List<String> questions,
            Instant now) {
        Audit audit = start(catalog, now);
        audit.kind = AuditKind.CHECKIN;
        audit.scope = List.copyOf(principles);
        audit.questions = List.copyOf(questions);
        return audit;
    }

    /** Moves to the next question to ask; empty when every question is answered or left open. */
    public Optional<String> advance(Catalog catalog) {
        pending = nextQuestion(catalog).orElse(null);
        return Optional.ofNullable(pending);
    }

    private Optional<String> nextQuestion(Catalog catalog) {
        if (!revisit.isEmpty()) {
            return Optional.of(revisit.remove(0));
        }
        Map<String, AnswerRecord> current = currentAnswersMap();
        for (int round = 0; round < 2; round++) {
            for (Question question : catalog.questions()) {
                if (inScope(question) && !current.containsKey(question.id()) && skipCount(question.id()) == round) {
                    return Optional.of(question.id());
                }
            }
        }
        return Optional.empty();
    }

    private boolean inScope(Question question) {
        if (questions != null) {
            return questions.contains(question.id());
        }
        return scope == null || scope.contains(question.principle());
    }

    /**
     * Records the answer to the pending question. Of the answers a later one replaced, only the
     * newest are kept once there are {@value #MAX_ANSWER_RECORDS} records, so that an audit whose
     * answers are changed again and again does not outgrow its document.
     */
    public void answer(AnswerRecord record) {
        answers.add(record);
        currentAnswersMap().put(record.questionId(), record);
        dropOldestReplaced();
        history.remove(record.questionId());
        history.add(record.questionId());
    }

    private void dropOldestReplaced() {
        Iterator<AnswerRecord> oldestFirst = answers.iterator();
        while (answers.size() > MAX_ANSWER_RECORDS && oldestFirst.hasNext()) {
            AnswerRecord answer = oldestFirst.next();
            if (currentAnswersMap().get(answer.questionId()) != answer) {
                oldestFirst.remove();
            }
        }
    }

    /** Skips the pending question; it comes back once at the end. */
    public void skip() {
        if (pending != null && !currentAnswers().containsKey(pending)) {
            skipped.add(pending);
        }
    }

    /**
     * Goes back to the question answered last before the pending one. The pending question, if
     * it was already answered, is queued again so that the way forward stays the same.
     */
    public boolean back() {
        List<String> earlier = new ArrayList<>(history);
        earlier.remove(pending);
        if (earlier.isEmpty()) {
            return false;
        }
        String previous = earlier.get(earlier.size() - 1);
        history.remove(previous);
        if (pending != null && currentAnswers().containsKey(pending)) {
            revisit.add(0, pending);
        }
        pending = previous;
        return true;
    }

    /** Queues all questions of a principle to be asked again, starting now. */
    public void revisit(Principle principle) {
        List<String> ids = principle.questions().stream().map(Question::id).toList();
        revisit.removeAll(ids);
        if (pending != null && !ids.contains(pending) && currentAnswers().containsKey(pending)) {
            revisit.add(0, pending);
        }
        revisit.addAll(0, ids.subList(1, ids.size()));
        pending = ids.get(0);
    }

    /** The latest answer per question, in the order given (read-only). */
    public Map<String, AnswerRecord> currentAnswers() {
        return Collections.unmodifiableMap(currentAnswersMap());
    }

    private Map<String, AnswerRecord> currentAnswersMap() {
        if (current == null) {
            current = new LinkedHashMap<>();
            answers.forEach(a -> current.put(a.questionId(), a));
        }
        return current;
    }

    public Map<String, AnswerLevel> currentLevels() {
        Map<String, AnswerLevel> levels = new LinkedHashMap<>();
        answers.forEach(a -> levels.put(a.questionId(), a.level()));
        return levels;
    }

    public int skipCount(String questionId) {
        return Collections.frequency(skipped, questionId);
    }

    public void finish(Instant now) {
        pending = null;
        finishedAt = now;
    }

    /** Marks a principle as introduced to the team; true when it was not the last one introduced. */
    public boolean announce(int principle) {
        boolean fresh = announcedPrinciple == null || announcedPrinciple != principle;
        announcedPrinciple = principle;
        return fresh;
    }

    public String catalogId() {
        return catalogId;
    }

    public String catalogVersion() {
        return catalogVersion;
    }

    public AuditKind kind() {
        return kind == null ? AuditKind.AUDIT : kind;
    }

    /** The principles of a check-in; empty for a whole audit. */
    public List<Integer> scope() {
        return scope == null ? List.of() : List.copyOf(scope);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Optional<String> pending() {
        return Optional.ofNullable(pending);
    }

    public List<AnswerRecord> answers() {
        return List.copyOf(answers);
    }

    public boolean hasAnswers() {
        return !answers.isEmpty();
    }
}
