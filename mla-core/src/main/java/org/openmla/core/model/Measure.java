package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A measure a request asks for: its type, what it is directed at, the procedures the requesting State asks to be
 * followed in executing it, and when it is wanted. A measure is identified within its request by its position.
 *
 * @param type the measure's type; required
 * @param description what is asked, in words (free text, redacted in {@code toString})
 * @param dataCategory for electronic evidence, the category of data sought; must be one of the type's
 *     {@link MeasureType#dataCategories()}
 * @param targets what the measure is directed at
 * @param requestedProcedures particular procedures the requesting State asks to be followed
 * @param desiredBy the date by which execution is wanted
 */
public record Measure(
        @NotNull MeasureType type,
        @NotNull Optional<@Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> description,
        @NotNull Optional<DataCategory> dataCategory,
        @NotNull List<@NotNull @Valid MeasureTarget> targets,
        @NotNull List<@NotNull @NotBlank @Size(max = 2000) String> requestedProcedures,
        @NotNull Optional<LocalDate> desiredBy) {

    /** @throws InvalidValueException if the type is missing, a field is null or the data category does not fit the type */
    public Measure {
        Checks.required(type, "Measure.type");
        Checks.optionalText(description, "Measure.description", 4000);
        Checks.optional(dataCategory, "Measure.dataCategory");
        dataCategory.ifPresent(c -> {
            if (!type.dataCategories().contains(c)) {
                throw new InvalidValueException("Measure.dataCategory", c + " is not a data category of " + type
                        + (type.isElectronic() ? " (allowed: " + type.dataCategories() + ")" : ", which does not concern electronic data"));
            }
        });
        targets = Checks.list(targets, "Measure.targets");
        requestedProcedures = Checks.textList(requestedProcedures, "Measure.requestedProcedures", 2000);
        Checks.optional(desiredBy, "Measure.desiredBy");
    }

    /** @return a measure of this type with nothing else said */
    public static Measure of(MeasureType type) {
        return builder(type).build();
    }

    /** @return a builder for a measure of this type */
    public static Builder builder(MeasureType type) {
        return new Builder(type);
    }

    /**
     * The data category this measure concerns: the one given, or the type's only category.
     *
     * @return the category, or empty if the measure is not electronic or the category is not determined
     */
    public Optional<DataCategory> effectiveDataCategory() {
        if (dataCategory.isPresent()) {
            return dataCategory;
        }
        return type.dataCategories().size() == 1 ? Optional.of(type.dataCategories().iterator().next()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Measure[type=" + type + ", description=" + Checks.redacted(description) + ", dataCategory="
                + dataCategory.map(Enum::name).orElse("<absent>") + ", targets=" + targets + ", requestedProcedures="
                + requestedProcedures.size() + ", desiredBy=" + desiredBy.map(LocalDate::toString).orElse("<absent>") + "]";
    }

    /** Builds a {@link Measure}. Not thread-safe. */
    public static final class Builder {
        private final MeasureType type;
        private String description;
        private DataCategory dataCategory;
        private final List<MeasureTarget> targets = new ArrayList<>();
        private final List<String> requestedProcedures = new ArrayList<>();
        private LocalDate desiredBy;

        private Builder(MeasureType type) {
            this.type = type;
        }

        /** @return this builder */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** @return this builder */
        public Builder dataCategory(DataCategory dataCategory) {
            this.dataCategory = dataCategory;
            return this;
        }

        /** @return this builder */
        public Builder target(MeasureTarget target) {
            targets.add(Checks.required(target, "Measure.targets"));
            return this;
        }

        /** @return this builder */
        public Builder target(TargetKind kind, String value) {
            return target(MeasureTarget.of(kind, value));
        }

        /** @return this builder */
        public Builder requestedProcedure(String procedure) {
            requestedProcedures.add(Checks.required(procedure, "Measure.requestedProcedures"));
            return this;
        }

        /** @return this builder */
        public Builder desiredBy(LocalDate desiredBy) {
            this.desiredBy = desiredBy;
            return this;
        }

        /** @return the measure */
        public Measure build() {
            return new Measure(type, Optional.ofNullable(description), Optional.ofNullable(dataCategory), targets,
                    requestedProcedures, Optional.ofNullable(desiredBy));
        }
    }
}
