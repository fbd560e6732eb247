package org.openmla.treaties.resolver;

import java.util.Optional;
import org.openmla.core.rules.Evaluation;
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
 */
public record PreparedEvaluation(LegalBasisResolution resolution, LegalBasisCheck check, Optional<Evaluation> evaluation) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public PreparedEvaluation {
        Checks.required(resolution, "PreparedEvaluation.resolution");
        Checks.required(check, "PreparedEvaluation.check");
        Checks.optional(evaluation, "PreparedEvaluation.evaluation");
    }
}
