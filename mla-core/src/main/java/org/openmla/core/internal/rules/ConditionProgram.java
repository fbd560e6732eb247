package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Truth;

/**
 * The conditions of a pack's rules compiled once per plan into one int-coded program, which {@link #run} interprets
 * over a {@link RuleScope}: a decision walks arrays instead of calling {@link Condition#evaluate} through a tree of
 * nodes, so an assessment is a slot read with its slot found at compile time, a conjunction a loop over offsets, and no
 * node asks whether the facts are the engine's.
 *
 * <p><b>Layout.</b> Each node is a header of two ints, {@code op | arg << 4} and the offset just past the node (where a
 * conjunction or disjunction that stops early jumps to), then its own ints and its operands, in the order of the tree:
 * <ul>
 *   <li>{@code CONSTANT}: the value's ordinal as {@code arg};
 *   <li>{@code ASSESSED}: the {@link ConditionNodes.Assessed} node as {@code arg} (a place in {@link #refs}), then the
 *       key's slot in the plan's answers ({@code -1}: looked up by key, as a key the plan has no slot for is);
 *   <li>{@code LEAF}: the {@link ConditionNodes.Leaf} as {@code arg}; {@code FACT_LEAF}, {@code REQUEST_LEAF} and
 *       {@code MEASURE_LEAF} for a leaf that keeps its yes-or-no test of the facts, request or measure, called directly;
 *   <li>{@code NOT}, {@code ALL}, {@code ANY}: the operands;
 *   <li>{@code NAMED}: the {@link ConditionNodes.Named} node as {@code arg}, its place among the plan's named conditions
 *       (or {@code -1}), then its operand, run only where no memo of the scope has the value;
 *   <li>{@code OPAQUE}: any other condition as {@code arg} (a pack's own, or one too large to compile), evaluated as the
 *       pack wrote it. A wrapper that only names the key it asks ({@link ConditionNodes.Asking}) is its operand.
 * </ul>
 *
 * <p>Running a node does exactly what evaluating the condition does: the same leaves are called in the same order and
 * stop at the same point, record the same facts and questions, and a throw from pack code propagates the same way (the
 * rule's finding is then an ERROR naming it, {@link RuleEvaluator}). Immutable once built; shared by the evaluations
 * under its plan.
 */
final class ConditionProgram {
    private static final int CONSTANT = 0;
    private static final int ASSESSED = 1;
    private static final int LEAF = 2;
    private static final int NOT = 3;
    private static final int ALL = 4;
    private static final int ANY = 5;
    private static final int NAMED = 6;
    private static final int OPAQUE = 7;
    private static final int FACT_LEAF = 8;
    private static final int REQUEST_LEAF = 9;
    private static final int MEASURE_LEAF = 10;
    private static final int OP_BITS = 4;
    private static final int OP_MASK = (1 << OP_BITS) - 1;
    /**
     * The most ints a rule's conditions may take compiled. Conditions are trees, but a pack may share a subtree many times
     * over; one that would unfold beyond this is evaluated as written.
     */
    private static final int RULE_BUDGET = 1 << 16;
    private static final Truth[] TRUTHS = Truth.values();

    private final int[] code;
    private final Object[] refs;

    private ConditionProgram(int[] code, Object[] refs) {
        this.code = code;
        this.refs = refs;
    }

    /**
     * Runs a rule's condition, as {@link #run} does: kept small, so that the JIT inlines it into the rule walk, it
     * answers the shapes most conditions of a pack have at their root (a constant, a named condition shared by many
     * rules, an assessment or its negation) without a call into the interpreter.
     */
    Truth runRule(RuleScope scope, int pc) {
        int word = code[pc];
        int arg = word >>> OP_BITS;
        int op = word & OP_MASK;
        if (op == CONSTANT) {
            return TRUTHS[arg];
        }
        if (op == NAMED) {
            return scope.remembered((ConditionNodes.Named) refs[arg], code[pc + 2], this, pc + 3);
        }
        if (op == ASSESSED) {
            return scope.assessed((ConditionNodes.Assessed) refs[arg], code[pc + 2]);
        }
        if (op == NOT && (code[pc + 2] & OP_MASK) == ASSESSED) { // "not assessed: KEY"
            return scope.assessed((ConditionNodes.Assessed) refs[code[pc + 2] >>> OP_BITS], code[pc + 4]).not();
        }
        return run(scope, pc);
    }

    /**
     * Runs the node at {@code pc} in the scope of the rule being evaluated.
     *
     * @return its value, as evaluating the condition would give it
     * @throws IllegalStateException where a pack's own condition answers null, which fails the rule closed
     */
    Truth run(RuleScope scope, int pc) {
        int word = code[pc];
        int arg = word >>> OP_BITS;
        switch (word & OP_MASK) {
            case CONSTANT:
                return TRUTHS[arg];
            case ASSESSED:
                return scope.assessed((ConditionNodes.Assessed) refs[arg], code[pc + 2]);
            case LEAF:
                return scope.leaf((ConditionNodes.Leaf) refs[arg]);
            case FACT_LEAF:
                return scope.factLeaf((ConditionNodes.Leaf) refs[arg]);
            case REQUEST_LEAF:
                return scope.requestLeaf((ConditionNodes.Leaf) refs[arg]);
            case MEASURE_LEAF:
                return scope.measureLeaf((ConditionNodes.Leaf) refs[arg]);
            case NOT:
                return run(scope, pc + 2).not();
            case ALL: {
                Truth result = Truth.TRUE;
                for (int at = pc + 2, end = code[pc + 1]; at < end; at = code[at + 1]) {
                    result = result.and(run(scope, at));
                    if (result == Truth.FALSE) {
                        return result;
                    }
                }
                return result;
            }
            case ANY: {
                Truth result = Truth.FALSE;
                for (int at = pc + 2, end = code[pc + 1]; at < end; at = code[at + 1]) {
                    result = result.or(run(scope, at));
                    if (result == Truth.TRUE) {
                        return result;
                    }
                }
                return result;
            }
            case NAMED:
                return scope.remembered((ConditionNodes.Named) refs[arg], code[pc + 2], this, pc + 3);
            case OPAQUE:
                return answered((Condition) refs[arg], ((Condition) refs[arg]).evaluate(scope));
            default:
                throw new IllegalStateException("no such operation: " + (word & OP_MASK));
        }
    }

    /** Compiles the conditions of one plan; each {@link #add} gives the offset {@link #run} starts a condition at. */
    static final class Builder {
        private final PackPlan plan;
        private int[] code = new int[256];
        private int size;
        private final List<Object> refs = new ArrayList<>();

        /** @param plan the plan whose slots and named conditions the code refers to (laid out already) */
        Builder(PackPlan plan) {
            this.plan = plan;
        }

        /** @return the offset of the condition compiled */
        int add(Condition condition) {
            if (unfolded(condition, 0) > RULE_BUDGET) {
                return leafNode(OPAQUE, condition);
            }
            return node(condition);
        }

        ConditionProgram build() {
            return new ConditionProgram(Arrays.copyOf(code, size), refs.toArray());
        }

        private int node(Condition c) {
            if (c instanceof ConditionNodes.Asking asking) {
                return node(asking.operand()); // evaluates as its operand: it only names the key for the pack
            }
            if (c instanceof ConditionNodes.Constant constant && constant.value() != null) {
                int at = header(CONSTANT, constant.value().ordinal());
                return end(at);
            }
            if (c instanceof ConditionNodes.Assessed assessed) {
                int at = header(ASSESSED, ref(assessed));
                emit(plan.slot(assessed.keyId()));
                return end(at);
            }
            if (c instanceof ConditionNodes.Leaf leaf) {
                int op = leaf.factTest != null ? FACT_LEAF : leaf.requestTest != null ? REQUEST_LEAF : leaf.measureTest != null ? MEASURE_LEAF : LEAF;
                return leafNode(op, leaf);
            }
            if (c instanceof ConditionNodes.Not not) {
                int at = header(NOT, 0);
                node(not.operand());
                return end(at);
            }
            if (c instanceof ConditionNodes.All all) {
                return nary(ALL, all.operands());
            }
            if (c instanceof ConditionNodes.Any any) {
                return nary(ANY, any.operands());
            }
            if (c instanceof ConditionNodes.Named named) {
                int at = header(NAMED, ref(named));
                emit(plan.named(named));
                node(named.operand());
                return end(at);
            }
            return leafNode(OPAQUE, c);
        }

        private int leafNode(int op, Condition c) {
            int at = header(op, ref(c));
            return end(at);
        }

        private int nary(int op, List<Condition> operands) {
            int at = header(op, 0);
            for (int i = 0; i < operands.size(); i++) {
                node(operands.get(i));
            }
            return end(at);
        }

        private int header(int op, int arg) {
            int at = size;
            emit(op | arg << OP_BITS);
            emit(0); // the end, once known
            return at;
        }

        private int end(int at) {
            code[at + 1] = size;
            return at;
        }

        private int ref(Object o) {
            refs.add(o);
            return refs.size() - 1;
        }

        private void emit(int value) {
            if (size == code.length) {
                code = Arrays.copyOf(code, size * 2);
            }
            code[size++] = value;
        }

        /** @return how many ints the condition takes compiled, counted up to just past {@code RULE_BUDGET} */
        private static int unfolded(Condition c, int sofar) {
            if (sofar > RULE_BUDGET) {
                return sofar;
            }
            if (c instanceof ConditionNodes.Asking asking) {
                return unfolded(asking.operand(), sofar);
            }
            if (c instanceof ConditionNodes.Not not) {
                return unfolded(not.operand(), sofar + 2);
            }
            if (c instanceof ConditionNodes.Named named) {
                return unfolded(named.operand(), sofar + 3);
            }
            List<Condition> operands = c instanceof ConditionNodes.All all ? all.operands()
                    : c instanceof ConditionNodes.Any any ? any.operands() : null;
            if (operands == null) {
                return sofar + 3;
            }
            int n = sofar + 2;
            for (int i = 0; i < operands.size() && n <= RULE_BUDGET; i++) {
                n = unfolded(operands.get(i), n);
            }
            return n;
        }
    }

    /**
     * A pack's own condition must answer: a null inside a conjunction would otherwise read as met, inside a disjunction as
     * not met. Throwing fails the rule closed (an ERROR finding naming it), as a vocabulary leaf answering null does.
     */
    static Truth answered(Condition condition, Truth value) {
        if (value == null) {
            throw new IllegalStateException("condition '" + condition.describe() + "' answered null");
        }
        return value;
    }
}
