package org.openmla.treaties.internal.docs;

import java.util.Optional;
import org.openmla.core.rules.Citation;
import org.openmla.core.internal.Checks;

/**
 * One provision of an instrument and how a pack covers it: by the rules whose citation falls within it, or — when
 * {@link #notEncodedBecause()} is present — by no rule, for the reason given (e.g. it concerns information sent without
 * a request, or the engine itself does what it requires).
 *
 * @param provision the provision, e.g. {@code UNTOC art. 18(4)}
 * @param notEncodedBecause why no rule encodes it; empty when rules do
 * @param note how it is encoded when that is not obvious from the rules (e.g. "as the applicability condition of every
 *     rule for paragraphs 9 to 29")
 */
public record ProvisionCoverage(Citation provision, Optional<String> notEncodedBecause, Optional<String> note) {

    /** @throws org.openmla.core.InvalidValueException if a field is null or blank */
    public ProvisionCoverage {
        Checks.required(provision, "ProvisionCoverage.provision");
        Checks.optionalText(notEncodedBecause, "ProvisionCoverage.notEncodedBecause", 2000);
        Checks.optionalText(note, "ProvisionCoverage.note", 2000);
    }

    /** @return a provision encoded by rules */
    public static ProvisionCoverage encoded(String provision) {
        return new ProvisionCoverage(Citation.parse(provision), Optional.empty(), Optional.empty());
    }

    /** @return a provision encoded by rules, with a note on how */
    public static ProvisionCoverage encoded(String provision, String note) {
        return new ProvisionCoverage(Citation.parse(provision), Optional.empty(), Optional.of(note));
    }

    /** @return a provision no rule encodes, with the reason */
    public static ProvisionCoverage notEncoded(String provision, String because) {
        return new ProvisionCoverage(Citation.parse(provision), Optional.of(because), Optional.empty());
    }

    /** @return whether rules encode the provision */
    public boolean encoded() {
        return notEncodedBecause.isEmpty();
    }
}
