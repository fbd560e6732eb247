package org.openmla.core.decision;

import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.RuleKind;

/**
 * What one rule found, for the request or for one measure: the rule, its citation and kind, the verdict and the facts
 * it used, and, when it was not applicable or failed, why.
 *
 * @param ruleId the rule's id
 * @param packId the pack that contributed the rule
 * @param citation the article
 * @param kind the rule's kind
 * @param statement the rule in plain words
 * @param ground the refusal ground, for refusal and not-a-ground rules
 * @param measureIndex the measure the finding concerns, or empty for the request
 * @param verdict the answer
 * @param facts the facts the rule looked at, in the order it looked at them
 * @param reason why the rule was not applicable, failed, or was modified by an exception
 * @param exceptedBy the exception rule that decided this finding, if any
 * @param exceptionTo for an exception rule, the rule it is an exception to
 * @param caveat the rule's caveat (its kind and text), e.g. an unverified source; rendered in JSON and text as
 *     {@code kind: text}, e.g. {@code unverified: ...}
 */
public record Finding(
        String ruleId,
        String packId,
        Citation citation,
        RuleKind kind,
        String statement,
        Optional<String> ground,
        Optional<Integer> measureIndex,
        Verdict verdict,
        List<FactValue> facts,
        Optional<String> reason,
        Optional<String> exceptedBy,
        Optional<String> exceptionTo,
        Optional<Caveat> caveat) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public Finding {
        Checks.required(ruleId, "Finding.ruleId");
        Checks.required(packId, "Finding.packId");
        Checks.required(citation, "Finding.citation");
        Checks.required(kind, "Finding.kind");
        Checks.required(statement, "Finding.statement");
        Checks.optional(ground, "Finding.ground");
        Checks.optional(measureIndex, "Finding.measureIndex");
        Checks.required(verdict, "Finding.verdict");
        facts = Checks.list(facts, "Finding.facts");
        Checks.optional(reason, "Finding.reason");
        Checks.optional(exceptedBy, "Finding.exceptedBy");
        Checks.optional(exceptionTo, "Finding.exceptionTo");
        Checks.optional(caveat, "Finding.caveat");
    }

    /**
     * Whether the finding weighs against the request: a scope, formal requirement or precondition that is FALSE; a
     * refusal, postponement, return-to-issuer, condition, consultation, deadline or not-a-ground rule that is TRUE.
     *
     * @return whether the verdict is the kind's adverse verdict
     */
    public boolean isAdverse() {
        return verdict == Verdict.of(kind.adverseVerdict());
    }

    /** @return the citation rendered, e.g. {@code UNTOC art. 18(21)(b)} */
    public String cited() {
        return citation.toString();
    }

    @Override
    public String toString() {
        return "Finding[" + citation + " (" + ruleId + ")" + measureIndex.map(i -> " measure " + i).orElse("") + ": " + kind + " " + verdict + "]";
    }
}
