package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Optional;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.internal.Checks;

/**
 * A request made ready for the engine by the {@link LegalBasisResolver}: the resolution, the check of the claimed
 * legal basis, and the {@link Evaluation} (packs, law date, State profiles, the host's and the system's assessments).
 * The evaluation is empty when no instrument with a registered pack applies; the resolution and check say why.
 *
 * @param resolution which instruments apply between the two States on the date
 * @param check the check of the legal basis the request claims
 * @param evaluation the evaluation to give the engine, if any pack applies; add proposed refusals with
 *     {@link Evaluation#toBuilder()}
 * @param notes legal-basis notes on the preparation, each with its citation: the check's notes, and loudly, every
 *     instrument that governs the request but could not be evaluated because no pack for it is registered. Where such a
 *     treaty displaces provisions of the claimed instrument (UNTOC art. 18(7), UNCAC art. 46(7)) and no pack evaluates it
 *     in their place, the preparation fails closed: the evaluation is empty and {@link #blocked()} is true
 */
public record PreparedEvaluation(LegalBasisResolution resolution, LegalBasisCheck check, Optional<Evaluation> evaluation,
        List<LegalBasisNote> notes) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public PreparedEvaluation {
        Checks.required(resolution, "PreparedEvaluation.resolution");
        Checks.required(check, "PreparedEvaluation.check");
        Checks.optional(evaluation, "PreparedEvaluation.evaluation");
        notes = Checks.list(notes, "PreparedEvaluation.notes");
    }

    /**
     * @return whether the preparation failed closed: a treaty governs the request in place of the claimed instrument's
     *     provisions, but no registered pack evaluates it (see {@link #notes()})
     */
    public boolean blocked() {
        return evaluation.isEmpty() && notes.stream().anyMatch(n -> n.reason().startsWith("NOT EVALUATED, FAIL CLOSED"));
    }
}
