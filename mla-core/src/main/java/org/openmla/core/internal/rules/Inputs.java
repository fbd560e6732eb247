package org.openmla.core.internal.rules;

import java.time.LocalDate;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Evaluation;
import org.openmla.core.rules.StateProfile;

/** What every rule of one evaluation sees, gathered once. */
record Inputs(MlaRequest request, LocalDate lawDate, StateProfile requestedState, StateProfile requestingState, AssessmentTable assessments) {

    static Inputs of(Evaluation e) {
        return new Inputs(e.request(), e.lawDate(), e.requestedState(), e.requestingState(),
                AssessmentTable.of(e.assessments(), e.request().measures().size()));
    }
}
