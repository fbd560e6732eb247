package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.Verdict;

/** Gathers the questions unknown findings wait for: one per assessment, question and scope, with every rule that asks it. */
final class OpenQuestions {
    private OpenQuestions() {}

    /** What identifies a question. */
    private record Key(String assessment, String question, int scope) {}

    private static final class Asked {
        final AssessmentKey key;
        final List<String> rules = new ArrayList<>(2);
        final List<Citation> citations = new ArrayList<>(2);
        boolean decisive;

        Asked(AssessmentKey key) {
            this.key = key;
        }
    }

    /**
     * @param rows every effective result
     * @param determined the outcome the known findings give, by scope: index 0 for the request, {@code i + 1} for measure {@code i}
     */
    static List<OpenQuestion> of(ResultTable rows, Outcome[] determined) {
        Map<Key, Asked> asked = null; // made only when a finding is unknown: a complete decision asks nothing
        for (int i = 0, n = rows.size(); i < n; i++) {
            if (rows.verdict(i) != Verdict.UNKNOWN) {
                continue;
            }
            if (asked == null) {
                asked = new LinkedHashMap<>();
            }
            PackPlan.RuleInfo info = rows.info(i);
            int scope = rows.scope(i);
            boolean changes = info.adverseOutcome != null && !info.isException && info.adverseOutcome.isStrongerThan(determined[scope + 1]);
            for (AssessmentKey k : rows.unknown(i)) {
                Asked a = asked.computeIfAbsent(new Key(k.id(), k.question(), scope), x -> new Asked(k));
                if (!a.rules.contains(info.rule.id())) {
                    a.rules.add(info.rule.id());
                    a.citations.add(info.rule.citation());
                }
                a.decisive |= changes;
            }
        }
        if (asked == null) {
            return List.of();
        }
        List<OpenQuestion> out = new ArrayList<>(asked.size());
        asked.forEach((k, a) -> out.add(new OpenQuestion(a.key.id(), a.key.question(),
                k.scope() == ResultTable.REQUEST ? Optional.empty() : Optional.of(k.scope()), a.rules, a.citations, a.decisive)));
        return out;
    }
}
