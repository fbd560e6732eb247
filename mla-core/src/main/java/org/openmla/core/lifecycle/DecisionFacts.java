package org.openmla.core.lifecycle;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.FrozenList;
import org.openmla.core.internal.rules.FindingList;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.ConsultationDuty;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.decision.Verdict;

/**
 * What the lifecycle's guards read from an engine decision beyond its outcomes, recorded with the
 * {@link DecisionRef} so that a history read back re-checks every guard ({@link #GUARDS}) with the same procedure the
 * lifecycle used when it made the transition: the request the decision is on, the findings a refusal or postponement
 * can rest on (and the kinds of the rules questions are open on), the open questions and the duties to consult.
 *
 * <p>Only ids, kinds, verdicts and measure indexes are kept: no statement, citation, fact or reason, so nothing here is
 * free text or personal data. Findings keep the decision's order. Immutable.
 *
 * <p>Made by {@link #of}, the facts check every finding they keep at once but make their {@link RecordedFinding}s the
 * first time the list is read (a guard, a replay, a JSON write); until then they hold the decision's findings, and
 * through them the decision's table of results (a few kilobytes). A host that keeps many cases in memory without ever
 * writing or reading them back holds that much per recorded decision.
 *
 * @param requestId the request the decision is on
 * @param findings the findings of refusal, precondition, not-a-ground and postponement rules, and of every rule an
 *     open question waits on, in the decision's order
 * @param openQuestions the open questions, in the decision's order
 * @param consultationDuties the rule ids of the duties to consult, in the decision's order
 */
public record DecisionFacts(RequestId requestId, List<RecordedFinding> findings, List<RecordedQuestion> openQuestions, List<String> consultationDuties) {

    /** The guards that read these facts; every other guard reads the case and the entry only. */
    public static final Set<Guard> GUARDS = Set.copyOf(EnumSet.of(Guard.DECISION_SAME_REQUEST, Guard.ACCEPT_NO_OPEN_MANDATORY_QUESTION,
            Guard.ACCEPT_PARTIAL_CONSULTED, Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND, Guard.REFUSE_GROUNDS_COVER_EVERY_MEASURE,
            Guard.REFUSE_CONSULTED, Guard.POSTPONE_GROUND_FOUND, Guard.POSTPONE_CONSULTED));

    /** Kinds of rule whose findings a refusal or postponement guard reads. */
    private static final Set<RuleKind> KEPT_KINDS = EnumSet.of(RuleKind.MANDATORY_REFUSAL, RuleKind.DISCRETIONARY_REFUSAL, RuleKind.PRECONDITION,
            RuleKind.NOT_A_GROUND, RuleKind.POSTPONEMENT);

    /** Rendered nowhere: the guards' procedures need a citation on each finding, and a history keeps none. */
    private static final Citation NOT_RECORDED = Citation.of("HISTORY", "0");

    /**
     * @throws InvalidValueException if a field is null, a list holds a null, or a finding is one {@link #of} does not
     *     keep (neither of a kind the guards read nor of a rule an open question waits on)
     */
    public DecisionFacts {
        Checks.required(requestId, "DecisionFacts.requestId");
        openQuestions = Checks.list(openQuestions, "DecisionFacts.openQuestions");
        consultationDuties = Checks.textList(consultationDuties, "DecisionFacts.consultationDuties", 200);
        // a list made by of(Decision) was checked there, as below, against the very questions it was kept for; given
        // with other questions, it is checked again
        if (!(findings instanceof KeptFindings kept && kept.keptFor == openQuestions)) {
            findings = checkedFindings(findings, openQuestions);
        }
    }

    private static List<RecordedFinding> checkedFindings(List<RecordedFinding> given, List<RecordedQuestion> openQuestions) {
        List<RecordedFinding> findings = Checks.list(given, "DecisionFacts.findings");
        Set<String> asked = null; // made only if a finding is of a kind the guards do not read
        for (RecordedFinding f : findings) {
            if (KEPT_KINDS.contains(f.kind())) {
                continue;
            }
            if (asked == null) {
                asked = new HashSet<>();
                for (RecordedQuestion q : openQuestions) {
                    asked.addAll(q.ruleIds());
                }
            }
            if (!asked.contains(f.ruleId())) {
                throw new InvalidValueException("DecisionFacts.findings", "holds a finding of kind " + f.kind() + " that no open question waits on");
            }
        }
        return findings;
    }

    /**
     * The facts the guards read from the decision. The findings are checked here, as the constructor checks them, but
     * their {@link RecordedFinding}s are made the first time the list is read (a case written to JSON, a history
     * checked on replay, an equality test), all at once and thread-safely: recording a decision on a case does not
     * copy its findings. The list's values are the same either way.
     *
     * @return the facts the guards read from the decision
     * @throws InvalidValueException if a finding the facts keep has a field a {@link RecordedFinding} does not accept
     */
    public static DecisionFacts of(Decision decision) {
        Checks.required(decision, "decision");
        Set<String> asked = decision.openQuestions().isEmpty() ? Set.of() : new HashSet<>();
        List<RecordedQuestion> questions = List.of(); // no list made for a decision without open questions
        if (!decision.openQuestions().isEmpty()) {
            ArrayList<RecordedQuestion> made = new ArrayList<>(decision.openQuestions().size());
            for (OpenQuestion q : decision.openQuestions()) {
                asked.addAll(q.ruleIds());
                made.add(new RecordedQuestion(q.key(), q.measureIndex(), q.ruleIds()));
            }
            questions = FrozenList.of(made);
        }
        List<Finding> all = decision.findings();
        // The engine's own findings need no text check: their rule, ground and exception ids match the patterns of
        // Rule and RefusalGround (at most 100 characters, never blank). Findings made by hand are checked one by one.
        boolean engineMade = all instanceof FindingList;
        int kept = 0;
        int lastMeasure = -1;
        for (int i = 0, n = all.size(); i < n; i++) {
            Finding f = all.get(i);
            if (keeps(f, asked)) {
                if (!engineMade) {
                    RecordedFinding.check(f.ruleId(), f.kind(), f.ground(), f.measureIndex(), f.verdict(), f.exceptedBy(), f.exceptionTo());
                }
                kept++;
                if (f.measureIndex().isPresent()) {
                    lastMeasure = Math.max(lastMeasure, f.measureIndex().get());
                }
            }
        }
        List<RecordedFinding> findings = kept == 0 ? List.of() : new KeptFindings(all, asked, questions, kept, lastMeasure);
        List<String> duties = List.of();
        if (!decision.consultations().isEmpty()) {
            ArrayList<String> made = new ArrayList<>(decision.consultations().size());
            for (ConsultationDuty duty : decision.consultations()) {
                made.add(duty.ruleId());
            }
            duties = FrozenList.of(made);
        }
        // lists built here and handed over, not copied again by the constructor
        return new DecisionFacts(decision.requestId(), findings, questions, duties);
    }

    /** @return whether the facts keep the finding: of a kind the guards read, or of a rule an open question waits on */
    private static boolean keeps(Finding f, Set<String> asked) {
        return KEPT_BY_ORDINAL[f.kind().ordinal()] || (!asked.isEmpty() && asked.contains(f.ruleId()));
    }

    /** {@link #KEPT_KINDS} by ordinal: a finding's kind tested with one array read. */
    private static final boolean[] KEPT_BY_ORDINAL = keptByOrdinal();

    private static boolean[] keptByOrdinal() {
        boolean[] kept = new boolean[RuleKind.values().length];
        for (RuleKind k : KEPT_KINDS) {
            kept[k.ordinal()] = true;
        }
        return kept;
    }

    /**
     * The findings {@link #of} keeps, as a list whose {@link RecordedFinding}s are made from the decision's findings the
     * first time an element is read, then kept (and the decision's findings let go). Unmodifiable and thread-safe.
     */
    private static final class KeptFindings extends AbstractList<RecordedFinding> implements RandomAccess {
        private final int size;
        /** The greatest measure index of a kept finding; -1 if none names a measure. */
        private final int lastMeasure;
        /** The decision's findings and the rules open questions wait on, until the list is made; then null. */
        private volatile List<Finding> source;
        private Set<String> asked;
        private volatile RecordedFinding[] made;
        /** The open questions the findings were kept for: the list is trusted with these only. */
        final List<RecordedQuestion> keptFor;

        KeptFindings(List<Finding> source, Set<String> asked, List<RecordedQuestion> keptFor, int size, int lastMeasure) {
            this.keptFor = keptFor;
            this.source = source;
            this.asked = asked;
            this.size = size;
            this.lastMeasure = lastMeasure;
        }

        /** @return whether the list is made, or will be made, from this very list of findings */
        boolean madeFrom(List<Finding> findings) {
            return source == findings; // volatile: cleared only after the list is made
        }

        private RecordedFinding[] made() {
            RecordedFinding[] m = made;
            if (m == null) {
                synchronized (this) {
                    m = made;
                    if (m == null) {
                        m = new RecordedFinding[size];
                        int k = 0;
                        for (int i = 0, n = source.size(); i < n; i++) {
                            Finding f = source.get(i);
                            if (keeps(f, asked)) {
                                m[k++] = new RecordedFinding(f.ruleId(), f.kind(), f.ground(), f.measureIndex(), f.verdict(), f.exceptedBy(),
                                        f.exceptionTo());
                            }
                        }
                        made = m;
                        source = null;
                        asked = null;
                    }
                }
            }
            return m;
        }

        @Override
        public RecordedFinding get(int index) {
            Objects.checkIndex(index, size);
            return made()[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * @return whether these are the facts {@link #of} would take from the decision, compared field by field without
     *     building them again
     */
    boolean sameAs(Decision decision) {
        if (!requestId.equals(decision.requestId()) || openQuestions.size() != decision.openQuestions().size()
                || consultationDuties.size() != decision.consultations().size()) {
            return false;
        }
        for (int i = 0, n = openQuestions.size(); i < n; i++) {
            RecordedQuestion r = openQuestions.get(i);
            OpenQuestion q = decision.openQuestions().get(i);
            if (!r.key().equals(q.key()) || !r.measureIndex().equals(q.measureIndex()) || !r.ruleIds().equals(q.ruleIds())) {
                return false;
            }
        }
        for (int i = 0, n = consultationDuties.size(); i < n; i++) {
            if (!consultationDuties.get(i).equals(decision.consultations().get(i).ruleId())) {
                return false;
            }
        }
        List<Finding> all = decision.findings();
        if (findings instanceof KeptFindings k && k.madeFrom(all)) {
            return true; // kept from these very findings, and the questions are the same: so are the rules asked about
        }
        int kept = 0;
        for (int i = 0, n = all.size(); i < n; i++) {
            Finding f = all.get(i);
            if (!KEPT_KINDS.contains(f.kind()) && !asked(f.ruleId())) {
                continue;
            }
            if (kept == findings.size() || !findings.get(kept++).sameAs(f)) {
                return false;
            }
        }
        return kept == findings.size();
    }

    /** @return whether an open question waits on the rule */
    private boolean asked(String ruleId) {
        for (int i = 0, n = openQuestions.size(); i < n; i++) {
            if (openQuestions.get(i).ruleIds().contains(ruleId)) {
                return true;
            }
        }
        return false;
    }

    /** @throws InvalidValueException naming the field if a measure index is not one of the decision's measures */
    void checkMeasures(int measureCount) {
        if (findings instanceof KeptFindings kept) {
            if (kept.lastMeasure >= measureCount) { // the greatest index was taken when the findings were checked
                throw new InvalidValueException("DecisionFacts.findings.measureIndex", "is not a measure of the decision (" + measureCount + " measures)");
            }
        } else for (int i = 0, n = findings.size(); i < n; i++) { // no capturing lambda per finding
            Optional<Integer> m = findings.get(i).measureIndex();
            if (m.isPresent() && m.get() >= measureCount) {
                throw new InvalidValueException("DecisionFacts.findings.measureIndex", "is not a measure of the decision (" + measureCount + " measures)");
            }
        }
        for (int i = 0, n = openQuestions.size(); i < n; i++) {
            Optional<Integer> m = openQuestions.get(i).measureIndex();
            if (m.isPresent() && m.get() >= measureCount) {
                throw new InvalidValueException("DecisionFacts.openQuestions.measureIndex", "is not a measure of the decision (" + measureCount
                        + " measures)");
            }
        }
    }

    /**
     * The decision as far as the facts and the reference know it, for the guards' own procedures to read: the same
     * request, outcomes, findings (without statement or citation), open questions and duties to consult.
     */
    Decision asDecision(DecisionRef ref) {
        List<MeasureResult> measures = new ArrayList<>(ref.measureOutcomes().size());
        for (int i = 0; i < ref.measureOutcomes().size(); i++) {
            measures.add(new MeasureResult(i, MeasureType.OTHER_ASSISTANCE, ref.measureOutcomes().get(i), List.of()));
        }
        List<Finding> all = new ArrayList<>(findings.size());
        for (RecordedFinding f : findings) {
            all.add(new Finding(f.ruleId(), "", NOT_RECORDED, f.kind(), "", f.ground(), f.measureIndex(), f.verdict(), List.of(), Optional.empty(),
                    f.exceptedBy(), f.exceptionTo(), Optional.empty()));
        }
        List<OpenQuestion> questions = new ArrayList<>(openQuestions.size());
        for (RecordedQuestion q : openQuestions) {
            questions.add(new OpenQuestion(q.key(), "", q.measureIndex(), q.ruleIds(), List.of(), false));
        }
        List<ConsultationDuty> duties = new ArrayList<>(consultationDuties.size());
        for (String id : consultationDuties) {
            duties.add(new ConsultationDuty(id, NOT_RECORDED, ""));
        }
        return new Decision(ref.decisionId(), ref.inputDigest(), requestId, ref.lawDate(), ref.packs(), ref.outcome(), ref.partial(), measures,
                List.of(), all, questions, List.of(), duties, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A finding as the guards read it: the rule, its kind and ground, the measure, the verdict and the exception
     * relation. Immutable.
     *
     * @param ruleId the rule's id
     * @param kind the rule's kind
     * @param ground the refusal ground, for refusal and not-a-ground rules
     * @param measureIndex the measure, or empty for the request
     * @param verdict the verdict
     * @param exceptedBy the exception rule that decided the finding, if any
     * @param exceptionTo for an exception rule, the rule it is an exception to
     */
    public record RecordedFinding(
            String ruleId, RuleKind kind, Optional<String> ground, Optional<Integer> measureIndex, Verdict verdict, Optional<String> exceptedBy,
            Optional<String> exceptionTo) {

        /** @throws InvalidValueException if a field is null, too long or a measure index is negative */
        public RecordedFinding {
            check(ruleId, kind, ground, measureIndex, verdict, exceptedBy, exceptionTo);
        }

        /** The constructor's checks, made without building the finding. */
        static void check(String ruleId, RuleKind kind, Optional<String> ground, Optional<Integer> measureIndex, Verdict verdict,
                Optional<String> exceptedBy, Optional<String> exceptionTo) {
            Checks.text(ruleId, "RecordedFinding.ruleId", 200);
            Checks.required(kind, "RecordedFinding.kind");
            Checks.optionalText(ground, "RecordedFinding.ground", 200);
            Checks.optional(measureIndex, "RecordedFinding.measureIndex");
            if (measureIndex.isPresent() && measureIndex.get() < 0) {
                throw new InvalidValueException("RecordedFinding.measureIndex", "must not be negative");
            }
            Checks.required(verdict, "RecordedFinding.verdict");
            Checks.optionalText(exceptedBy, "RecordedFinding.exceptedBy", 200);
            Checks.optionalText(exceptionTo, "RecordedFinding.exceptionTo", 200);
        }

        /** @return whether this records the finding */
        boolean sameAs(Finding f) {
            return ruleId.equals(f.ruleId()) && kind == f.kind() && ground.equals(f.ground()) && measureIndex.equals(f.measureIndex())
                    && verdict == f.verdict() && exceptedBy.equals(f.exceptedBy()) && exceptionTo.equals(f.exceptionTo());
        }
    }

    /**
     * An open question as the guards read it: its key, the measure it concerns and the rules that wait for it.
     * Immutable.
     *
     * @param key the assessment key
     * @param measureIndex the measure, or empty for the request
     * @param ruleIds the rules whose verdict is unknown until it is answered
     */
    public record RecordedQuestion(String key, Optional<Integer> measureIndex, List<String> ruleIds) {

        /** @throws InvalidValueException if a field is null, too long or a measure index is negative */
        public RecordedQuestion {
            Checks.text(key, "RecordedQuestion.key", 200);
            Checks.optional(measureIndex, "RecordedQuestion.measureIndex");
            if (measureIndex.isPresent() && measureIndex.get() < 0) {
                throw new InvalidValueException("RecordedQuestion.measureIndex", "must not be negative");
            }
            ruleIds = Checks.textList(ruleIds, "RecordedQuestion.ruleIds", 200);
        }
    }
}
