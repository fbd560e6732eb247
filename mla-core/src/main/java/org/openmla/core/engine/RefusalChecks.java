package org.openmla.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.InvalidValueException;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.decision.Verdict;

/**
 * The one answer to "may this ground be used?". A pure function of public values: the findings of a decision, the
 * number of measures of the request and the proposed ground. The engine uses it for {@link Decision#refusalChecks()}
 * and the request lifecycle for its refusal guards, so the two cannot drift apart.
 *
 * <p>A ground is named by its ground id ({@code BANK_SECRECY}) or by the id of the rule that provides it. The
 * findings considered are, for a proposal on the whole request, those of every scope; for a proposal on one measure,
 * those of the request and of that measure. {@link RefusalCheck.Answer} states each answer and the order in which they
 * are tried.
 *
 * <p>Thread-safe; no state.
 */
public final class RefusalChecks {
    private RefusalChecks() {}

    /**
     * Answers a proposed refusal.
     *
     * @param findings the decision's findings
     * @param measureCount the number of measures of the request
     * @param proposal the ground proposed, for the whole request or one measure
     * @return the answer, with the rules and articles it rests on
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if the measure count is negative
     */
    public static RefusalCheck answer(List<Finding> findings, int measureCount, ProposedRefusal proposal) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(proposal, "proposal");
        if (measureCount < 0) {
            throw new InvalidValueException("measureCount", "must not be negative");
        }
        String id = proposal.groundId();
        int at = proposal.measureIndex().orElse(-1);
        List<Finding> forbidding = new ArrayList<>(1);
        List<Finding> failed = new ArrayList<>(1);
        List<Finding> mayForbid = new ArrayList<>(1);
        List<Finding> holding = new ArrayList<>(2);
        List<Finding> unknown = new ArrayList<>(1);
        List<Finding> excepted = new ArrayList<>(1);
        List<Finding> notHolding = new ArrayList<>(2);
        List<Finding> grounds = new ArrayList<>(2);
        boolean inPlay = false;
        for (Finding f : findings) {
            if (!names(f, id) || (at >= 0 && f.measureIndex().isPresent() && f.measureIndex().get() != at)) {
                continue;
            }
            if (f.kind() == RuleKind.NOT_A_GROUND) {
                switch (f.verdict()) {
                    case TRUE -> forbidding.add(f);
                    case ERROR -> failed.add(f);
                    case UNKNOWN -> mayForbid.add(f);
                    default -> { }
                }
            } else if (providesGround(f)) {
                grounds.add(f);
                Verdict v = f.verdict();
                inPlay |= v != Verdict.NOT_APPLICABLE;
                if (v == Verdict.ERROR) {
                    failed.add(f);
                } else if (f.isAdverse()) {
                    holding.add(f);
                } else if (v == Verdict.UNKNOWN) {
                    unknown.add(f);
                } else if (f.exceptedBy().isPresent()) {
                    excepted.add(f);
                } else if (v != Verdict.NOT_APPLICABLE) {
                    notHolding.add(f);
                }
            }
        }
        if (!forbidding.isEmpty()) {
            return check(proposal, RefusalCheck.Answer.FORBIDDEN, forbidding, "the instrument forbids refusal on this ground: "
                    + forbidding.get(0).citation() + " — " + forbidding.get(0).statement());
        }
        if (!failed.isEmpty()) {
            return check(proposal, RefusalCheck.Answer.CHECK_FAILED, failed, "whether the ground may be used could not be checked ("
                    + failed.get(0).citation() + " failed to evaluate); it may not be relied on until the failure is fixed");
        }
        if (!mayForbid.isEmpty() && inPlay) {
            return check(proposal, RefusalCheck.Answer.PENDING_ASSESSMENT, mayForbid, "the instrument may forbid refusal on this ground ("
                    + mayForbid.get(0).citation() + "); an assessment is still needed before it can be relied on");
        }
        if (!holding.isEmpty()) {
            Set<Integer> measuresHeld = measuresOf(holding);
            if (at < 0 && measuresHeld != null && measuresHeld.size() < measureCount) {
                List<String> shown = new ArrayList<>(measuresHeld.size());
                for (int i : measuresHeld) {
                    shown.add(String.valueOf(i + 1));
                }
                return check(proposal, RefusalCheck.Answer.NOT_SUPPORTED, holding, "the ground holds only for measure(s) "
                        + String.join(", ", shown) + " of " + measureCount
                        + ": refuse those measures and accept the others, rather than refuse the whole request");
            }
            return check(proposal, RefusalCheck.Answer.PERMITTED, holding, "the ground is provided by " + holding.get(0).citation()
                    + " and the facts found support it");
        }
        if (!unknown.isEmpty()) {
            return check(proposal, RefusalCheck.Answer.PENDING_ASSESSMENT, unknown, "an assessment is still needed before this ground can be relied on");
        }
        if (!excepted.isEmpty()) {
            return check(proposal, RefusalCheck.Answer.FORBIDDEN, exceptions(findings, excepted), "the ground does not apply here: "
                    + excepted.get(0).reason().orElse("an exception removes it"));
        }
        if (!notHolding.isEmpty()) {
            return check(proposal, RefusalCheck.Answer.NOT_SUPPORTED, notHolding, "the ground is provided by " + notHolding.get(0).citation()
                    + " but the facts found do not support it");
        }
        if (!grounds.isEmpty()) {
            return check(proposal, RefusalCheck.Answer.NOT_PROVIDED, grounds, "the provisions on this ground do not apply here: "
                    + grounds.get(0).reason().orElse("not in play"));
        }
        return new RefusalCheck(proposal, RefusalCheck.Answer.NOT_PROVIDED, List.of(), List.of(),
                "none of the packs applied provides a ground for refusal with id " + id);
    }

    /**
     * The measures a refusal on the ground is permitted for, each answered as a proposal on that measure.
     *
     * @param findings the decision's findings
     * @param measureCount the number of measures of the request
     * @param groundId the ground id or rule id
     * @return the measures (0-based) whose answer is {@link RefusalCheck.Answer#PERMITTED}, in order
     * @throws NullPointerException if an argument is null
     */
    public static Set<Integer> permittedMeasures(List<Finding> findings, int measureCount, String groundId) {
        Objects.requireNonNull(groundId, "groundId");
        Set<Integer> out = new TreeSet<>();
        for (int m = 0; m < measureCount; m++) {
            if (answer(findings, measureCount, new ProposedRefusal(groundId, Optional.of(m))).permitted()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The findings of the exceptions that removed the ground, which the answer rests on; the ground's own where none is found. */
    private static List<Finding> exceptions(List<Finding> findings, List<Finding> excepted) {
        List<Finding> out = new ArrayList<>(excepted.size());
        for (Finding e : excepted) {
            String by = e.exceptedBy().orElseThrow();
            for (Finding f : findings) {
                if (f.ruleId().equals(by) && (f.measureIndex().isEmpty() || f.measureIndex().equals(e.measureIndex()))) {
                    out.add(f);
                    break;
                }
            }
        }
        return out.isEmpty() ? excepted : out;
    }

    /** Whether the finding is a ground for refusing: a refusal or precondition rule, not an exception. */
    private static boolean providesGround(Finding f) {
        return (f.kind().isRefusal() || f.kind() == RuleKind.PRECONDITION) && f.exceptionTo().isEmpty();
    }

    private static boolean names(Finding f, String id) {
        return f.ruleId().equals(id) || (f.ground().isPresent() && f.ground().get().equals(id));
    }

    /** @return the measures the findings concern, or null when one concerns the whole request */
    private static Set<Integer> measuresOf(List<Finding> findings) {
        Set<Integer> held = new TreeSet<>();
        for (Finding f : findings) {
            if (f.measureIndex().isEmpty()) {
                return null;
            }
            held.add(f.measureIndex().get());
        }
        return held;
    }

    private static RefusalCheck check(ProposedRefusal p, RefusalCheck.Answer answer, List<Finding> basis, String text) {
        List<Citation> cites = new ArrayList<>(basis.size());
        List<String> ids = new ArrayList<>(basis.size());
        for (Finding f : basis) {
            if (!ids.contains(f.ruleId())) {
                ids.add(f.ruleId());
                cites.add(f.citation());
            }
        }
        return new RefusalCheck(p, answer, cites, ids, text);
    }
}
