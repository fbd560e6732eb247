package org.openmla.core.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.StateProfile;

/**
 * What every rule of one evaluation sees, gathered once; {@code measures} holds each measure wrapped once, so that a
 * per-measure rule asking for its measure allocates nothing.
 */
record Inputs(MlaRequest request, LocalDate lawDate, StateProfile requestedState, StateProfile requestingState, AssessmentTable assessments,
        Optional<Measure>[] measures) {

    @SuppressWarnings("unchecked")
    static Inputs of(Evaluation e, AssessmentTable assessments) {
        List<Measure> list = e.request().measures();
        Optional<Measure>[] measures = new Optional[list.size()];
        for (int i = 0; i < measures.length; i++) {
            measures[i] = Optional.of(list.get(i));
        }
        return new Inputs(e.request(), e.lawDate(), e.requestedState(), e.requestingState(), assessments,
                measures);
    }
}
