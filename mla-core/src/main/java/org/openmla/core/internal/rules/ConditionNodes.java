package org.openmla.core.internal.rules;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.Truth;

/** The condition implementations behind {@link org.openmla.core.rules.Conditions}. */
public final class ConditionNodes {
    private ConditionNodes() {}

    /** Records a leaf's value in the engine's per-rule facts, so findings show what was looked at. */
    private static void note(Facts facts, String label, Truth value) {
        if (facts instanceof RuleScope scope) {
            scope.fact(label, value);
        }
    }

    /** A named leaf computed from the facts. */
    public record Leaf(String label, Function<Facts, Truth> test) implements Condition {
        @Override
        public Truth evaluate(Facts facts) {
            Truth value = test.apply(facts);
            if (value == null) {
                throw new IllegalStateException("condition '" + label + "' answered null");
            }
            note(facts, label, value);
            return value;
        }

        @Override
        public String describe() {
            return label;
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

    /** A host assessment. */
    public record Assessed(AssessmentKey key) implements Condition {
        @Override
        public Truth evaluate(Facts facts) {
            return facts.assessment(key); // the engine's facts record what was asked
        }

        @Override
        public String describe() {
            return "assessed: " + key.id();
        }
    }

    /** Negation. */
    public record Not(Condition operand) implements Condition {
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
        public Truth evaluate(Facts facts) {
            Truth result = Truth.TRUE;
            for (Condition c : operands) {
                result = result.and(c.evaluate(facts));
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
        public Truth evaluate(Facts facts) {
            Truth result = Truth.FALSE;
            for (Condition c : operands) {
                result = result.or(c.evaluate(facts));
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

    /** A condition shown under a label of its own, e.g. the rule of a treaty that puts a group of rules in play. */
    public record Named(String label, Condition operand) implements Condition {
        @Override
        public Truth evaluate(Facts facts) {
            return operand.evaluate(facts);
        }

        @Override
        public String describe() {
            return label;
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
        }
    }

    private static String group(Condition c) {
        return (c instanceof All || c instanceof Any) ? "(" + c.describe() + ")" : c.describe();
    }
}
