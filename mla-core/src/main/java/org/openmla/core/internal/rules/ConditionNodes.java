package org.openmla.core.internal.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.decision.FactValue;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.Truth;

/** The condition implementations behind {@link org.openmla.core.rules.Conditions}. */
public final class ConditionNodes {
    private ConditionNodes() {}

    /**
     * The three values a labelled fact can take, made once: a finding's facts share them rather than holding a new
     * value per decision (a {@link FactValue} is immutable).
     */
    static FactValue[] values(String label) {
        return new FactValue[] {new FactValue(label, Truth.TRUE), new FactValue(label, Truth.FALSE), new FactValue(label, Truth.UNKNOWN)};
    }

    /**
     * A named leaf computed from the facts. Immutable. A leaf made from a yes-or-no test of the facts, of the request or
     * of the measure ({@link #ofFact}, {@link #ofRequest}, {@link #ofMeasure}) also keeps that test, so that a pack's
     * compiled conditions ({@link ConditionProgram}) call it directly instead of through the wrappers that make its
     * three-valued {@link #test()}: the same test on the same facts, one call instead of three.
     */
    public static final class Leaf implements Condition {
        private final String label;
        private final Function<Facts, Truth> test;
        private final FactValue[] values;
        /** The yes-or-no test the leaf wraps, by what it tests: at most one is set. */
        final Predicate<Facts> factTest;
        final Predicate<MlaRequest> requestTest;
        final Predicate<Measure> measureTest;

        /**
         * @param label the fact in words
         * @param test the test
         */
        public Leaf(String label, Function<Facts, Truth> test) {
            this(label, test, null, null, null);
        }

        private Leaf(String label, Function<Facts, Truth> test, Predicate<Facts> factTest, Predicate<MlaRequest> requestTest,
                Predicate<Measure> measureTest) {
            this.label = label;
            this.test = test;
            this.values = values(label);
            this.factTest = factTest;
            this.requestTest = requestTest;
            this.measureTest = measureTest;
        }

        /** @return a leaf that is the test's answer on the facts */
        public static Leaf ofFact(String label, Predicate<Facts> test) {
            return new Leaf(label, f -> Truth.of(test.test(f)), test, null, null);
        }

        /** @return a leaf that is the test's answer on the request */
        public static Leaf ofRequest(String label, Predicate<MlaRequest> test) {
            return new Leaf(label, f -> Truth.of(test.test(f.request())), null, test, null);
        }

        /** @return a leaf that is the test's answer on the measure of the scope, or at request level on any measure */
        public static Leaf ofMeasure(String label, Predicate<Measure> test) {
            return new Leaf(label, f -> Truth.of(anyMeasure(f.measure(), f.request(), test)), null, null, test);
        }

        /** @return the test on the measure where there is one, else whether any measure of the request passes it */
        static boolean anyMeasure(Optional<Measure> measure, MlaRequest request, Predicate<Measure> test) {
            if (measure.isPresent()) {
                return test.test(measure.get());
            }
            List<Measure> measures = request.measures();
            for (int i = 0, n = measures.size(); i < n; i++) {
                if (test.test(measures.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** @return the fact in words */
        public String label() {
            return label;
        }

        /** @return the test */
        public Function<Facts, Truth> test() {
            return test;
        }

        @Override
        public Truth evaluate(Facts facts) {
            if (facts instanceof RuleScope scope) {
                return scope.leaf(this); // records the value in the rule's facts, so findings show what was looked at
            }
            return answer(facts);
        }

        /** @return the test's answer on the facts */
        Truth answer(Facts facts) {
            Truth value = test.apply(facts);
            if (value == null) {
                throw new IllegalStateException("condition '" + label + "' answered null");
            }
            return value;
        }

        /** @return the facts it records, for TRUE, FALSE and UNKNOWN in that order: made once */
        FactValue[] recorded() {
            return values;
        }

        @Override
        public String describe() {
            return label;
        }

        @Override
        public String toString() {
            return "Leaf[" + label + "]";
        }
    }

    /** A constant. */
    public record Constant(Truth value, String label) implements Condition {
        @Override
        public Truth evaluate(Facts facts) {
            return value;
        }

        @Override
        public String describe() {
            return label;
        }
    }

    /** A host assessment; the facts it can record are made once, with the condition. Immutable; equal by key. */
    public static final class Assessed implements Condition {
        private final AssessmentKey key;
        /** The key's number, by which a pack's plan finds its slot. */
        private final int keyId;
        private final FactValue[] values;

        /** @param key the assessment asked */
        public Assessed(AssessmentKey key) {
            this.key = java.util.Objects.requireNonNull(key, "key");
            this.keyId = AssessmentTable.id(key.id());
            this.values = values(RuleScope.ASSESSED + key.id());
        }

        /** @return the assessment asked */
        public AssessmentKey key() {
            return key;
        }

        @Override
        public List<AssessmentKey> asks() {
            return List.of(key);
        }

        @Override
        public Truth evaluate(Facts facts) {
            // the engine's facts record what was asked
            return facts instanceof RuleScope scope ? scope.assessment(keyId, key, values) : facts.assessment(key);
        }

        /** @return the key's number, by which a pack's plan finds its slot */
        int keyId() {
            return keyId;
        }

        /** @return the facts it records, for TRUE, FALSE and UNKNOWN in that order: made once */
        FactValue[] recorded() {
            return values;
        }

        @Override
        public String describe() {
            return "assessed: " + key.id();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Assessed a && a.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }

        @Override
        public String toString() {
            return "Assessed[key=" + key + "]";
        }
    }

    /** Negation. */
    public record Not(Condition operand) implements Condition {
        @Override
        public List<AssessmentKey> asks() {
            List<AssessmentKey> keys = new java.util.ArrayList<>();
            assessmentsOf(this, keys::add);
            return List.copyOf(keys);
        }

        @Override
        public Truth evaluate(Facts facts) {
            return operand.evaluate(facts).not();
        }

        @Override
        public String describe() {
            return "not (" + operand.describe() + ")";
        }
    }

    /** Conjunction, stopping at the first FALSE. */
    public record All(List<Condition> operands) implements Condition {
        @Override
        public List<AssessmentKey> asks() {
            List<AssessmentKey> keys = new java.util.ArrayList<>();
            assessmentsOf(this, keys::add);
            return List.copyOf(keys);
        }

        @Override
        public Truth evaluate(Facts facts) {
            Truth result = Truth.TRUE;
            for (int i = 0, n = operands.size(); i < n; i++) { // indexed: no iterator per evaluation
                result = result.and(ConditionProgram.answered(operands.get(i), operands.get(i).evaluate(facts)));
                if (result == Truth.FALSE) {
                    return result;
                }
            }
            return result;
        }

        @Override
        public String describe() {
            return operands.stream().map(ConditionNodes::group).collect(Collectors.joining(" and "));
        }
    }

    /** Disjunction, stopping at the first TRUE. */
    public record Any(List<Condition> operands) implements Condition {
        @Override
        public List<AssessmentKey> asks() {
            List<AssessmentKey> keys = new java.util.ArrayList<>();
            assessmentsOf(this, keys::add);
            return List.copyOf(keys);
        }

        @Override
        public Truth evaluate(Facts facts) {
            Truth result = Truth.FALSE;
            for (int i = 0, n = operands.size(); i < n; i++) {
                result = result.or(ConditionProgram.answered(operands.get(i), operands.get(i).evaluate(facts)));
                if (result == Truth.TRUE) {
                    return result;
                }
            }
            return result;
        }

        @Override
        public String describe() {
            return operands.stream().map(ConditionNodes::group).collect(Collectors.joining(" or "));
        }
    }

    /**
     * A condition shown under a label of its own, e.g. the rule of a treaty that puts a group of rules in play. The
     * engine evaluates it once per scope and evaluation, however many rules share it.
     */
    public static final class Named implements Condition {
        /** Numbers for named conditions, by which a pack's plan finds a condition's place among its own. */
        private static final java.util.concurrent.atomic.AtomicInteger NEXT_ID = new java.util.concurrent.atomic.AtomicInteger();

        private final String label;
        private final Condition operand;
        /** The condition's number, unique among named conditions. */
        final int id;

        /**
         * @param label the label
         * @param operand what it names
         */
        public Named(String label, Condition operand) {
            this.label = java.util.Objects.requireNonNull(label, "label");
            this.operand = java.util.Objects.requireNonNull(operand, "operand");
            this.id = NEXT_ID.getAndIncrement();
        }

        /** @return the label */
        public String label() {
            return label;
        }

        /** @return what it names */
        public Condition operand() {
            return operand;
        }

        @Override
        public List<AssessmentKey> asks() {
            List<AssessmentKey> keys = new java.util.ArrayList<>();
            assessmentsOf(this, keys::add);
            return List.copyOf(keys);
        }

        @Override
        public Truth evaluate(Facts facts) {
            return facts instanceof RuleScope scope ? scope.remembered(this) : operand.evaluate(facts);
        }

        @Override
        public String describe() {
            return label;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Named n && n.label.equals(label) && n.operand.equals(operand);
        }

        @Override
        public int hashCode() {
            return 31 * label.hashCode() + operand.hashCode();
        }

        @Override
        public String toString() {
            return "Named[label=" + label + ", operand=" + operand + "]";
        }
    }

    /**
     * The assessments a condition asks, as far as it is built from {@link org.openmla.core.rules.Conditions}: a
     * hand-written condition is opaque, and its pack declares what it asks.
     *
     * @param c the condition
     * @param out receives each key, in the order met, possibly more than once
     */
    public static void assessmentsOf(Condition c, java.util.function.Consumer<AssessmentKey> out) {
        if (c instanceof Assessed a) {
            out.accept(a.key());
        } else if (c instanceof Not n) {
            assessmentsOf(n.operand(), out);
        } else if (c instanceof All all) {
            all.operands().forEach(o -> assessmentsOf(o, out));
        } else if (c instanceof Any any) {
            any.operands().forEach(o -> assessmentsOf(o, out));
        } else if (c instanceof Named named) {
            assessmentsOf(named.operand(), out);
        } else {
            c.asks().forEach(out); // a leaf that reads an assessment, or a pack's own condition
        }
    }

    /** A condition that reads an assessment itself (e.g. {@code Conditions.chosen}): the key it asks, for its pack. */
    public record Asking(Condition operand, AssessmentKey key) implements Condition {
        @Override
        public Truth evaluate(Facts facts) {
            return operand.evaluate(facts);
        }

        @Override
        public String describe() {
            return operand.describe();
        }

        @Override
        public List<AssessmentKey> asks() {
            return List.of(key);
        }

        @Override
        public String toString() {
            return operand.toString();
        }
    }

    private static String group(Condition c) {
        return (c instanceof All || c instanceof Any) ? "(" + c.describe() + ")" : c.describe();
    }
}
