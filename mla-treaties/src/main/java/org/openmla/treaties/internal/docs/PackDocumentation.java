package org.openmla.treaties.internal.docs;

import java.util.List;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * What the documentation of a pack says beyond its rules: an introduction, how its provisions are layered with other
 * instruments, its treatment of dual criminality, and the coverage of every provision of the article(s) it encodes —
 * by rules, or not, and why. {@link PackDocGenerator} renders it together with the pack's rules, so the document cannot
 * drift from the pack.
 *
 * @param packId the pack documented
 * @param fileName the file under {@code docs/packs/}, e.g. {@code untoc.md}
 * @param title the document's title
 * @param introduction what the pack encodes and from which source, in a paragraph or two
 * @param layering how the pack's provisions apply alongside other instruments, one point per entry
 * @param dualCriminality the pack's treatment of dual criminality
 * @param coverage every provision of the encoded article(s), in order
 */
public record PackDocumentation(
        String packId,
        String fileName,
        String title,
        String introduction,
        List<String> layering,
        DualCriminalityRegime dualCriminality,
        List<ProvisionCoverage> coverage) {

    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");

    /** @throws InvalidValueException if a field is null or blank, or the file name is not a simple {@code .md} name */
    public PackDocumentation {
        Checks.text(packId, "PackDocumentation.packId", 40);
        Checks.required(fileName, "PackDocumentation.fileName");
        if (!FILE.matcher(fileName).matches()) {
            throw new InvalidValueException("PackDocumentation.fileName", "must be a lower-case name ending in .md (was '" + fileName + "')");
        }
        Checks.text(title, "PackDocumentation.title", 300);
        Checks.text(introduction, "PackDocumentation.introduction", 8000);
        layering = Checks.textList(layering, "PackDocumentation.layering", 4000);
        Checks.required(dualCriminality, "PackDocumentation.dualCriminality");
        coverage = Checks.list(coverage, "PackDocumentation.coverage");
    }
}
