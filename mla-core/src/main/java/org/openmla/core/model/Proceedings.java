package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * The proceedings in the requesting State: their stage, subject matter and nature, and the authority conducting
 * them. Every field may be absent in a request as received; the rules engine says which ones a treaty requires.
 *
 * @param stage investigation, prosecution, trial or enforcement
 * @param subjectMatter the subject matter and nature of the investigation, prosecution or proceedings (free text,
 *     redacted in {@code toString})
 * @param conductingAuthority the authority conducting them
 * @param caseReference the requesting authority's file number
 */
public record Proceedings(
        @NotNull Optional<ProceedingsStage> stage,
        @NotNull Optional<@Size(max = 20000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> subjectMatter,
        @NotNull Optional<@Valid Authority> conductingAuthority,
        @NotNull Optional<@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> caseReference) {

    /** @throws org.openmla.core.InvalidValueException if a field is null, blank or too long */
    public Proceedings {
        Checks.optional(stage, "Proceedings.stage");
        Checks.optionalText(subjectMatter, "Proceedings.subjectMatter", 20000);
        Checks.optional(conductingAuthority, "Proceedings.conductingAuthority");
        Checks.optionalText(caseReference, "Proceedings.caseReference", 200);
    }

    /** @return proceedings about which nothing is known */
    public static Proceedings unknown() {
        return new Proceedings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return proceedings at a stage with a subject matter */
    public static Proceedings of(ProceedingsStage stage, String subjectMatter) {
        return new Proceedings(Optional.of(stage), Optional.of(subjectMatter), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "Proceedings[stage=" + stage.map(Enum::name).orElse("<absent>") + ", subjectMatter="
                + Checks.redacted(subjectMatter) + ", conductingAuthority=" + conductingAuthority.map(Authority::name).orElse("<absent>")
                + ", caseReference=" + Checks.redacted(caseReference) + "]";
    }
}
