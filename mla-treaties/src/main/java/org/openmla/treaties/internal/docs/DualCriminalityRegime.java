package org.openmla.treaties.internal.docs;

import java.util.List;
import java.util.Set;
import org.openmla.treaties.DualCriminalityVariant;
import org.openmla.core.internal.Checks;

/**
 * How a pack treats dual criminality: the variants it encodes, the rules that encode them, and a summary.
 *
 * @param variants the variants; at least one; iterated in declaration order
 * @param ruleIds the rules that encode them (may be empty for {@link DualCriminalityVariant#NOT_ADDRESSED})
 * @param summary the treatment in words, with citations
 */
public record DualCriminalityRegime(Set<DualCriminalityVariant> variants, List<String> ruleIds, String summary) {

    /** @throws org.openmla.core.InvalidValueException if a field is null, blank or no variant is given */
    public DualCriminalityRegime {
        Checks.set(variants, "DualCriminalityRegime.variants");
        if (variants.isEmpty()) {
            throw new org.openmla.core.InvalidValueException("DualCriminalityRegime.variants", "at least one variant is required");
        }
        variants = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(variants)); // declaration order, for stable documents
        ruleIds = Checks.textList(ruleIds, "DualCriminalityRegime.ruleIds", 100);
        Checks.text(summary, "DualCriminalityRegime.summary", 4000);
    }
}
