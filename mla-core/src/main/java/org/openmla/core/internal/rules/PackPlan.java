package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.rules.Caveat;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.Verdict;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RuleKind;

/**
 * A compiled pack laid out for evaluation, once per pack and engine: its rules in an array, where each comes from,
 * and for each rule the positions of its exceptions, so evaluation looks nothing up by name. Immutable.
 */
public final class PackPlan {
    private static final int[] NONE = new int[0];
    /** The slot of a key an evaluation may carry that the pack neither asks nor declares (a standard one): none. */
    static final int NO_SLOT = -1;
    /** The slot of a key an evaluation under the pack may not carry. */
    static final int UNDECLARED = -2;

    final CompiledRulePack pack;
    final Rule[] rules;
    /** For each rule, what its findings repeat at every decision, made once. */
    final RuleInfo[] infos;
    /** For each rule, the positions of the exceptions to it. */
    final int[][] exceptions;
    /** For each rule, why it does not apply where its applicability condition is false: written once, not per decision. */
    final String[] notInPlay;
    /** For each rule, why its verdict waits where its applicability is not known. */
    final String[] inPlayUnknown;
    /** For each rule, its applicability condition and its test, described. */
    final String[] appliesWhenText;
    final String[] whenText;
    /** Whether any rule of the pack has an exception. */
    final boolean hasExceptions;
    final List<Rule> disabled;
    final RuleInfo[] disabledInfos;
    /** For each rule, how many request-level and per-measure rules come before it: where its rows start. */
    final int[] requestRulesBefore;
    final int[] measureRulesBefore;
    /** The positions of the request-level scope rules, in order: a request that fails one is outside the pack. */
    final int[] requestScopeRules;
    /** How many rules are request-level and per measure. */
    final int requestRules;
    final int measureRules;
    /** Which kinds of communication the pack is written for, by {@link org.openmla.core.model.CommunicationKind} ordinal. */
    private final boolean[] covers;
    /** The pack and its version, as a decision names it, alone in a list: made once. */
    final PackRef ref;
    final List<PackRef> refAlone;
    /**
     * The most facts an evaluation of the pack has recorded so far, by the request's number of measures (the last
     * place for more), to size the next one's table: a hint, written without synchronisation (a stale value only
     * costs a larger copy).
     */
    private final int[] factsHints = new int[9];
    /** The most named-condition memos an evaluation of the pack has made, by number of measures, as {@link #factsHints}. */
    private final int[] memoHints = new int[9];
    /**
     * The assessment keys an evaluation under the pack may carry (found once per plan), each with its slot in the
     * answers an evaluation lays out for the plan ({@link AssessmentTable}): an open-addressed table probed by the
     * key's hash, keys and their slots.
     */
    private final String[] slotKeys;
    private final int[] slotOfKey;
    /** How many slots the plan's answers have per scope. */
    final int slotCount;
    /** For each key number ({@link AssessmentTable#id}) up to the largest of the plan's keys, the key's slot, or -1. */
    private final int[] slotById;

    /**
     * Lays a compiled pack out for evaluation; the plan may be kept and shared by the engine.
     *
     * @param pack the pack
     * @param assessmentKeys the assessment keys an evaluation under the pack may carry (standard, and asked by the
     *     pack or a pack it extends), unmodifiable
     * @return the plan
     */
    public static PackPlan of(CompiledRulePack pack, Set<String> assessmentKeys) {
        return new PackPlan(pack, assessmentKeys);
    }

    /** How many named conditions the pack's rules hold (as far as they are built from the vocabulary). */
    final int namedCount;
    /**
     * For each named condition's number from the smallest of the pack's ({@link #namedBase}) to the largest, its place
     * among the pack's, or -1. Numbers count every named condition made in the process, so a host that builds packs
     * again and again gets ever larger numbers: the array spans only the pack's own range.
     */
    private final int[] namedById;
    /** The smallest number of a named condition of the pack's (0 if it has none). */
    private final int namedBase;
    /**
     * Where the pack's numbers are far apart (conditions made at different times, e.g. shared constants beside ones
     * built with a pack that is built again and again), the places by identity instead of {@link #namedById}; else null.
     */
    private final java.util.IdentityHashMap<ConditionNodes.Named, Integer> namedByNode;

    /** Every rule's applicability condition and test, compiled ({@link ConditionProgram}). */
    final ConditionProgram program;
    /** For each rule, where its applicability condition and its test start in {@link #program}. */
    final int[] appliesAt;
    final int[] whenAt;

    /** @return the pack laid out */
    public CompiledRulePack pack() {
        return pack;
    }

    /** @return the most facts an evaluation of the pack has recorded for a request with so many measures, or 0 */
    int factsHint(int measureCount) {
        return factsHints[Math.min(measureCount, factsHints.length - 1)];
    }

    /** Notes how many facts an evaluation of the pack recorded, for a request with so many measures. */
    void factsSeen(int measureCount, int facts) {
        int i = Math.min(measureCount, factsHints.length - 1);
        if (facts > factsHints[i]) {
            factsHints[i] = facts;
        }
    }

    /** @return the most named-condition memos an evaluation of the pack made so far, for so many measures */
    int memoHint(int measureCount) {
        return memoHints[Math.min(measureCount, memoHints.length - 1)];
    }

    /** Notes how many named-condition memos an evaluation of the pack made, for a request with so many measures. */
    void memosSeen(int measureCount, int memos) {
        int i = Math.min(measureCount, memoHints.length - 1);
        if (memos > memoHints[i]) {
            memoHints[i] = memos;
        }
    }

    /** @return whether the pack is written for this kind of communication */
    boolean covers(org.openmla.core.model.CommunicationKind kind) {
        return covers[kind.ordinal()];
    }

    /** @return whether an evaluation under this pack may carry an assessment with this key */
    public boolean asks(String assessmentKey) {
        return slot(assessmentKey) != UNDECLARED;
    }

    /**
     * @return the key's slot in the plan's answers; {@link #NO_SLOT} for a key an evaluation may carry that the pack
     *     does not ask, {@link #UNDECLARED} for one it may not carry
     */
    int slot(String assessmentKey) {
        int mask = slotKeys.length - 1;
        int h = assessmentKey.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        String k;
        while ((k = slotKeys[i]) != null) {
            if (k == assessmentKey || k.equals(assessmentKey)) {
                return slotOfKey[i];
            }
            i = (i + 1) & mask;
        }
        return UNDECLARED;
    }

    /** @return the place of the named condition among the pack's, or -1 if its rules do not show it */
    int named(ConditionNodes.Named node) {
        if (namedByNode != null) {
            Integer place = namedByNode.get(node);
            return place == null ? -1 : place;
        }
        int i = node.id - namedBase;
        return i >= 0 && i < namedById.length ? namedById[i] : -1;
    }

    /** @return the slot of the key with this number ({@link AssessmentTable#id}), or -1 if the plan has none for it */
    int slot(int keyId) {
        return keyId < slotById.length ? slotById[keyId] : -1;
    }

    private PackPlan(CompiledRulePack pack, Set<String> assessmentKeys) {
        this.pack = pack;
        // a slot for each key the pack asks or declares itself; a standard key it does not ask is allowed without one
        Set<String> own = new java.util.HashSet<>();
        pack.definition().assessments().forEach(k -> own.add(k.id()));
        Map<String, Integer> slotsByKey = new HashMap<>(assessmentKeys.size() * 2);
        int slotCount = 0;
        int largestId = -1;
        for (String key : assessmentKeys) {
            if (own.contains(key)) {
                slotsByKey.put(key, slotCount++);
                largestId = Math.max(largestId, AssessmentTable.id(key));
            } else {
                slotsByKey.put(key, NO_SLOT);
            }
        }
        int capacity = 4;
        while (capacity < slotsByKey.size() * 2) { // at most half full
            capacity <<= 1;
        }
        this.slotKeys = new String[capacity];
        this.slotOfKey = new int[capacity];
        slotsByKey.forEach((key, slot) -> {
            int h = key.hashCode();
            int i = (h ^ (h >>> 16)) & (slotKeys.length - 1);
            while (slotKeys[i] != null) {
                i = (i + 1) & (slotKeys.length - 1);
            }
            slotKeys[i] = key;
            slotOfKey[i] = slot;
        });
        this.slotCount = slotCount;
        this.slotById = new int[largestId + 1];
        java.util.Arrays.fill(slotById, -1);
        slotsByKey.forEach((key, slot) -> {
            if (slot >= 0) {
                slotById[AssessmentTable.id(key)] = slot;
            }
        });
        List<Rule> list = pack.rules();
        int n = list.size();
        this.rules = list.toArray(new Rule[0]);
        String[] origins = new String[n];
        this.exceptions = new int[n][];
        RuleKind[] targetKinds = new RuleKind[n]; // the kind of the rule each excepts, or its own kind
        this.notInPlay = new String[n];
        this.inPlayUnknown = new String[n];
        this.appliesWhenText = new String[n];
        this.whenText = new String[n];
        for (int i = 0; i < n; i++) {
            appliesWhenText[i] = describe(rules[i].appliesWhen());
            whenText[i] = describe(rules[i].when());
            if (appliesWhenText[i] != null) {
                notInPlay[i] = "does not apply here: it applies only when " + appliesWhenText[i];
                inPlayUnknown[i] = "whether the rule applies is not yet known: it applies only when " + appliesWhenText[i];
            }
        }
        Map<String, Integer> position = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            position.put(rules[i].id(), i);
            origins[i] = pack.origin(rules[i].id()).orElse(pack.id());
        }
        Map<Integer, List<Integer>> byBase = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer base = rules[i].exceptionTo().map(position::get).orElse(null);
            if (base != null) {
                byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(i);
            }
            targetKinds[i] = base == null ? rules[i].kind() : rules[base].kind();
        }
        for (int i = 0; i < n; i++) {
            List<Integer> e = byBase.get(i);
            exceptions[i] = e == null ? NONE : e.stream().mapToInt(Integer::intValue).toArray();
        }
        this.hasExceptions = !byBase.isEmpty();
        this.requestRulesBefore = new int[n];
        this.measureRulesBefore = new int[n];
        int requestCount = 0;
        int measureCount = 0;
        for (int i = 0; i < n; i++) {
            requestRulesBefore[i] = requestCount;
            measureRulesBefore[i] = measureCount;
            if (rules[i].perMeasure()) {
                measureCount++;
            } else {
                requestCount++;
            }
        }
        this.requestRules = requestCount;
        int scopeRules = 0;
        for (Rule rule : rules) {
            scopeRules += rule.kind() == RuleKind.SCOPE && !rule.perMeasure() ? 1 : 0;
        }
        this.requestScopeRules = new int[scopeRules];
        for (int i = 0, j = 0; i < n; i++) {
            if (rules[i].kind() == RuleKind.SCOPE && !rules[i].perMeasure()) {
                requestScopeRules[j++] = i;
            }
        }
        this.measureRules = measureCount;
        this.covers = new boolean[org.openmla.core.model.CommunicationKind.values().length];
        pack.definition().communications().forEach(k -> covers[k.ordinal()] = true);
        this.ref = new PackRef(pack.id(), pack.version());
        this.refAlone = List.of(ref);

        List<ConditionNodes.Named> named = new ArrayList<>();
        for (Rule rule : rules) {
            collectNamed(rule.appliesWhen(), named);
            collectNamed(rule.when(), named);
        }
        this.namedCount = named.size();
        int largestNamed = -1;
        int smallestNamed = Integer.MAX_VALUE;
        for (ConditionNodes.Named node : named) {
            largestNamed = Math.max(largestNamed, node.id);
            smallestNamed = Math.min(smallestNamed, node.id);
        }
        this.namedBase = named.isEmpty() ? 0 : smallestNamed;
        long range = named.isEmpty() ? 0 : (long) largestNamed - smallestNamed + 1;
        if (range <= 8L * named.size() + 64) {
            this.namedByNode = null;
            this.namedById = new int[(int) range];
            java.util.Arrays.fill(namedById, -1);
            for (int i = 0; i < named.size(); i++) {
                namedById[named.get(i).id - namedBase] = i;
            }
        } else {
            this.namedById = new int[0];
            this.namedByNode = new java.util.IdentityHashMap<>();
            for (int i = 0; i < named.size(); i++) {
                namedByNode.putIfAbsent(named.get(i), i);
            }
        }

        this.appliesAt = new int[n];
        this.whenAt = new int[n];
        ConditionProgram.Builder compiled = new ConditionProgram.Builder(this); // slots and named places are laid out
        for (int i = 0; i < n; i++) {
            appliesAt[i] = compiled.add(rules[i].appliesWhen());
            whenAt[i] = compiled.add(rules[i].when());
        }
        this.program = compiled.build();

        this.infos = new RuleInfo[n];
        for (int i = 0; i < n; i++) {
            infos[i] = new RuleInfo(rules[i], origins[i], notInPlay[i], pack.id(), targetKinds[i] == RuleKind.SCOPE);
        }
        List<Rule> off = new ArrayList<>();
        List<String> why = new ArrayList<>();
        pack.disabledRules().forEach((id, reason) -> {
            off.add(pack.disabledRule(id).orElseThrow());
            why.add(reason);
        });
        this.disabled = List.copyOf(off);
        this.disabledInfos = new RuleInfo[off.size()];
        for (int i = 0; i < off.size(); i++) {
            disabledInfos[i] = new RuleInfo(off.get(i), pack.origin(off.get(i).id()).orElse(pack.id()), "disabled by " + why.get(i), pack.id(), false);
        }
    }

    /**
     * One rule as its findings show it: the rule, the pack it comes from, and the optional parts of a finding that
     * depend on the rule alone (ground id, exception target, caveat, why it is not in play), wrapped once per
     * plan instead of at every decision. Immutable.
     */
    static final class RuleInfo {
        private static final Optional<Integer>[] SCOPES = scopes(64);

        final Rule rule;
        final String origin;
        final Optional<String> ground;
        final Optional<Caveat> caveat;
        /** Whether the rule has dates of its own: only then is it checked against the law date. */
        final boolean dated;
        final String notInPlay;
        final Optional<String> notInPlayReason;
        /**
         * For a request-level scope rule, the legal-basis note and the reason the other rules give where it alone puts
         * the request outside the pack; null for other rules.
         */
        final String outOfScopeNote;
        final String outOfScopeWhy;
        /** For an exception, the reason a finding it decides gives: written once. Null for other rules. */
        final String exceptedText;
        /** The rule kind's adverse verdict and the outcome it gives (null if none); whether the rule is an exception. */
        final Verdict adverse;
        final Outcome adverseOutcome;
        final boolean isException;
        /**
         * Whether the rule's finding stays as it is where the request is outside the pack: a scope rule, or an
         * exception to one. Every other finding of such a pack is not applicable.
         */
        final boolean keptOutOfScope;

        RuleInfo(Rule rule, String origin, String notInPlay, String packId, boolean exceptsScope) {
            this.rule = rule;
            this.origin = origin;
            this.ground = rule.ground().map(g -> g.id());
            this.caveat = rule.caveat();
            this.dated = rule.effectiveFrom().isPresent() || rule.effectiveUntil().isPresent();
            this.notInPlay = notInPlay;
            this.notInPlayReason = Optional.ofNullable(notInPlay);
            boolean scope = rule.kind() == RuleKind.SCOPE && !rule.perMeasure();
            this.outOfScopeNote = scope ? Evaluator.outOfScopeNote(packId, List.of(rule.statement())) : null;
            this.outOfScopeWhy = scope ? Evaluator.outOfScopeWhy(rule.citation()) : null;
            this.adverse = Verdict.of(rule.kind().adverseVerdict());
            this.adverseOutcome = rule.kind().adverseOutcome().orElse(null);
            this.isException = rule.exceptionTo().isPresent();
            this.keptOutOfScope = rule.kind() == RuleKind.SCOPE || (isException && exceptsScope);
            this.exceptedText = isException ? "excepted by " + rule.citation() + " (" + rule.id() + "): " + rule.statement() : null;
        }

        /** @return the measure index of a finding in a scope, wrapped once for the first measures */
        static Optional<Integer> scope(int scope) {
            return scope < 0 ? Optional.empty() : scope < SCOPES.length ? SCOPES[scope] : Optional.of(scope);
        }

        /** @return the reason of a finding, wrapped once where it is the rule's "not in play" text */
        Optional<String> reason(String reason) {
            return reason == null ? Optional.empty() : reason == notInPlay ? notInPlayReason : Optional.of(reason);
        }

        @SuppressWarnings("unchecked")
        private static Optional<Integer>[] scopes(int n) {
            Optional<Integer>[] out = new Optional[n];
            for (int i = 0; i < n; i++) {
                out[i] = Optional.of(i);
            }
            return out;
        }
    }

    /** Adds the named conditions in a condition built from the vocabulary, each once; a hand-written one is opaque. */
    private static void collectNamed(Condition c, List<ConditionNodes.Named> out) {
        if (c instanceof ConditionNodes.Named named) {
            for (ConditionNodes.Named n : out) {
                if (n == named) {
                    return;
                }
            }
            out.add(named);
            collectNamed(named.operand(), out);
        } else if (c instanceof ConditionNodes.Not not) {
            collectNamed(not.operand(), out);
        } else if (c instanceof ConditionNodes.All all) {
            all.operands().forEach(o -> collectNamed(o, out));
        } else if (c instanceof ConditionNodes.Any any) {
            any.operands().forEach(o -> collectNamed(o, out));
        } else if (c instanceof ConditionNodes.Asking asking) {
            collectNamed(asking.operand(), out);
        }
    }

    /** @return the condition described, or null if describing it fails (then it fails where the rule is evaluated, closed) */
    private static String describe(Condition c) {
        try {
            return c.describe();
        } catch (Throwable e) {
            RuleEvaluator.rethrowIfFatal(e);
            return null;
        }
    }

    /**
     * @return the row of a rule's result in a scope, where the pack's rows start at {@code start}: each rule's rows in
     *     pack order, one for a request-level rule, one per measure for a per-measure rule
     */
    int row(int start, int rule, int scope, int measureCount) {
        return start + requestRulesBefore[rule] + measureRulesBefore[rule] * measureCount + (scope < 0 ? 0 : scope);
    }

    /** @return how many rows an evaluation of the pack writes for a request with so many measures, disabled rules included */
    int rows(int measureCount) {
        return requestRules + measureRules * measureCount + disabled.size();
    }
}
