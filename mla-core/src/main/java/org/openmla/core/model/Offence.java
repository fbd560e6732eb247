package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * An offence to which a request relates, as described by the requesting State.
 *
 * <p>Every field may be absent in a request as received; which ones a treaty requires is for the rules engine.
 * Free text is redacted in {@code toString}.
 *
 * @param description the offence in words
 * @param statutoryProvision the provision of the requesting State's law, e.g. {@code "Sr art. 420bis"}
 * @param maxPenalty the maximum penalty under the requesting State's law
 * @param category a category from the shipped taxonomy, where the requesting authority indicated one
 * @param legalPersonLiability whether the proceedings concern the liability of a legal person
 */
public record Offence(
        @NotNull Optional<@Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> description,
        @NotNull Optional<@Size(max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> statutoryProvision,
        @NotNull Optional<@Valid Penalty> maxPenalty,
        @NotNull Optional<OffenceCategory> category,
        boolean legalPersonLiability) {

    /** @throws org.openmla.core.InvalidValueException if a field is null, blank or too long */
    public Offence {
        Checks.optionalText(description, "Offence.description", 4000);
        Checks.optionalText(statutoryProvision, "Offence.statutoryProvision", 500);
        Checks.optional(maxPenalty, "Offence.maxPenalty");
        Checks.optional(category, "Offence.category");
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "Offence[description=" + Checks.redacted(description) + ", statutoryProvision="
                + Checks.redacted(statutoryProvision) + ", maxPenalty=" + maxPenalty.map(Penalty::toString).orElse("<absent>")
                + ", category=" + category.map(Enum::name).orElse("<absent>") + ", legalPersonLiability=" + legalPersonLiability + "]";
    }

    /** Builds an {@link Offence}. Not thread-safe. */
    public static final class Builder {
        private String description;
        private String statutoryProvision;
        private Penalty maxPenalty;
        private OffenceCategory category;
        private boolean legalPersonLiability;

        private Builder() {}

        /** @return this builder */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** @return this builder */
        public Builder statutoryProvision(String statutoryProvision) {
            this.statutoryProvision = statutoryProvision;
            return this;
        }

        /** @return this builder */
        public Builder maxPenalty(Penalty maxPenalty) {
            this.maxPenalty = maxPenalty;
            return this;
        }

        /** @return this builder */
        public Builder category(OffenceCategory category) {
            this.category = category;
            return this;
        }

        /** @return this builder */
        public Builder legalPersonLiability(boolean legalPersonLiability) {
            this.legalPersonLiability = legalPersonLiability;
            return this;
        }

        /** @return the offence */
        public Offence build() {
            return new Offence(Optional.ofNullable(description), Optional.ofNullable(statutoryProvision),
                    Optional.ofNullable(maxPenalty), Optional.ofNullable(category), legalPersonLiability);
        }
    }
}
