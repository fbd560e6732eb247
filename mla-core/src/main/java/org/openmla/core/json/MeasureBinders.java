package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.TargetKind;

/** Binds measures and their targets. */
final class MeasureBinders {
    static final List<String> MEASURE = List.of("type", "description", "dataCategory", "targets", "requestedProcedures", "desiredBy");
    static final List<String> MEASURE_TARGET = List.of("kind", "value");

    private MeasureBinders() {}

    static Optional<Measure> measure(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Measure.class, MEASURE).flatMap(o -> {
            MeasureType type = o.required("type", Scalars.enumValue(MeasureType.class));
            Optional<String> description = o.optional("description", Scalars.TEXT);
            Optional<DataCategory> dataCategory = o.optional("dataCategory", Scalars.enumValue(DataCategory.class));
            List<MeasureTarget> targets = o.list("targets", MeasureBinders::target);
            List<String> requestedProcedures = o.list("requestedProcedures", Scalars.TEXT);
            Optional<LocalDate> desiredBy = o.optional("desiredBy", Scalars.DATE_VALUE);
            return o.build(() -> new Measure(type, description, dataCategory, targets, requestedProcedures, desiredBy));
        });
    }

    static Optional<MeasureTarget> target(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, MeasureTarget.class, MEASURE_TARGET).flatMap(o -> {
            TargetKind kind = o.required("kind", Scalars.enumValue(TargetKind.class));
            String value = o.required("value", Scalars.TEXT);
            return o.build(() -> new MeasureTarget(kind, value));
        });
    }
}
