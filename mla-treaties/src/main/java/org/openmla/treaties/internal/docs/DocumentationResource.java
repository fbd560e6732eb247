package org.openmla.treaties.internal.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.MlaException;
import org.openmla.core.rules.Citation;
import org.openmla.treaties.DualCriminalityVariant;

/**
 * Reads and writes the prose of a pack's documentation, kept as a Markdown resource beside this class
 * ({@code <packId>.md}) rather than in Java strings, so a lawyer can review and edit it as text:
 *
 * <pre>
 * # Title of the document
 *
 * file: untoc.md
 *
 * ## Introduction
 *
 * One or more paragraphs.
 *
 * ## Layering
 *
 * - one point per line
 *
 * ## Dual criminality
 *
 * variants: DISCRETIONARY
 * rules: untoc.18.9
 *
 * The summary, one or more paragraphs.
 *
 * ## Coverage
 *
 * - encoded: UNTOC art. 18(1) — how, where not obvious from the rules
 * - encoded: UNTOC art. 18(3)
 * - not encoded: UNTOC art. 18(2) — why no rule encodes it
 * </pre>
 *
 * The pack id is the resource's name. {@link #write(PackDocumentation)} gives back the text {@link #parse(String, String)}
 * reads, so the two are each other's inverse (tested). Stateless and thread-safe.
 */
public final class DocumentationResource {
    private DocumentationResource() {}

    private static final String SEP = " — ";

    private static final class BuiltIn {
        static final List<PackDocumentation> ALL = org.openmla.treaties.BuiltInPacks.packs().stream()
                .map(p -> load(p.id())).toList();
    }

    /**
     * The documentation of every built-in pack, in the order of {@link org.openmla.treaties.BuiltInPacks#packs()}: each
     * pack has its resource, so adding a pack without its documentation fails here.
     *
     * @return the documentation, read once
     * @throws MlaException if a resource is missing or malformed
     */
    public static List<PackDocumentation> builtIn() {
        return BuiltIn.ALL;
    }
    private static final String INTRODUCTION = "Introduction";
    private static final String LAYERING = "Layering";
    private static final String DUAL_CRIMINALITY = "Dual criminality";
    private static final String COVERAGE = "Coverage";

    /**
     * Reads the documentation of a pack from its resource {@code <packId>.md}.
     *
     * @param packId the pack
     * @return the documentation
     * @throws MlaException if the resource is missing or malformed (a packaging error)
     */
    public static PackDocumentation load(String packId) {
        Objects.requireNonNull(packId, "packId");
        String name = packId.toLowerCase(java.util.Locale.ROOT) + ".md";
        try (InputStream in = DocumentationResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new MlaException("documentation of pack " + packId + ": resource " + name + " is missing from the mla-treaties jar");
            }
            return parse(packId, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a documentation text.
     *
     * @param packId the pack documented
     * @param text the text, in the format above
     * @return the documentation
     * @throws MlaException naming the line if the text does not follow the format
     */
    public static PackDocumentation parse(String packId, String text) {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(text, "text");
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        String title = null;
        String file = null;
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                if (sections.put(line.substring(3).strip(), current) != null) {
                    throw malformed(packId, i, "section '" + line.substring(3).strip() + "' appears twice");
                }
            } else if (current != null) {
                current.add(line);
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("file: ")) {
                file = line.substring(6).strip();
            } else if (!line.isBlank()) {
                throw malformed(packId, i, "expected the title, 'file: ' or a section");
            }
        }
        if (title == null || file == null) {
            throw new MlaException("documentation of pack " + packId + ": the title ('# ') and 'file: ' are required");
        }
        List<String> dc = section(packId, sections, DUAL_CRIMINALITY);
        Set<DualCriminalityVariant> variants = EnumSet.noneOf(DualCriminalityVariant.class);
        List<String> ruleIds = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (String line : dc) {
            if (summary.isEmpty() && line.startsWith("variants:")) {
                for (String v : split(line.substring(9))) {
                    try {
                        variants.add(DualCriminalityVariant.valueOf(v));
                    } catch (IllegalArgumentException e) {
                        throw new MlaException("documentation of pack " + packId + ": unknown dual-criminality variant '" + v + "'");
                    }
                }
            } else if (summary.isEmpty() && line.startsWith("rules:")) {
                ruleIds.addAll(split(line.substring(6)));
            } else if (!summary.isEmpty() || !line.isBlank()) {
                summary.add(line);
            }
        }
        List<ProvisionCoverage> coverage = new ArrayList<>();
        for (String line : section(packId, sections, COVERAGE)) {
            if (line.isBlank()) {
                continue;
            }
            coverage.add(coverage(packId, line));
        }
        List<String> layering = new ArrayList<>();
        for (String line : section(packId, sections, LAYERING)) {
            if (line.startsWith("- ")) {
                layering.add(line.substring(2).strip());
            } else if (!line.isBlank()) {
                throw new MlaException("documentation of pack " + packId + ": a layering point starts with '- '");
            }
        }
        return new PackDocumentation(packId, file, title, paragraphs(section(packId, sections, INTRODUCTION)), layering,
                new DualCriminalityRegime(variants, ruleIds, paragraphs(summary)), coverage);
    }

    /**
     * Writes a documentation in the format {@link #parse(String, String)} reads.
     *
     * @param doc the documentation
     * @return the text, ending with a newline
     * @throws MlaException if a list entry holds a line break, which the format cannot keep
     */
    public static String write(PackDocumentation doc) {
        Objects.requireNonNull(doc, "doc");
        StringBuilder md = new StringBuilder(8192);
        md.append("# ").append(doc.title()).append("\n\nfile: ").append(doc.fileName()).append("\n\n");
        md.append("## ").append(INTRODUCTION).append("\n\n").append(doc.introduction()).append("\n\n");
        md.append("## ").append(LAYERING).append("\n\n");
        doc.layering().forEach(l -> md.append("- ").append(oneLine(l)).append('\n'));
        md.append("\n## ").append(DUAL_CRIMINALITY).append("\n\n");
        md.append("variants: ").append(String.join(", ", doc.dualCriminality().variants().stream().map(Enum::name).toList())).append('\n');
        md.append("rules: ").append(String.join(", ", doc.dualCriminality().ruleIds())).append("\n\n");
        md.append(doc.dualCriminality().summary()).append("\n\n");
        md.append("## ").append(COVERAGE).append("\n\n");
        for (ProvisionCoverage c : doc.coverage()) {
            md.append(c.encoded() ? "- encoded: " : "- not encoded: ").append(c.provision());
            Optional<String> text = c.encoded() ? c.note() : c.notEncodedBecause();
            text.ifPresent(t -> md.append(SEP).append(oneLine(t)));
            md.append('\n');
        }
        return md.toString();
    }

    private static ProvisionCoverage coverage(String packId, String line) {
        boolean encoded;
        String rest;
        if (line.startsWith("- encoded: ")) {
            encoded = true;
            rest = line.substring(11);
        } else if (line.startsWith("- not encoded: ")) {
            encoded = false;
            rest = line.substring(15);
        } else {
            throw new MlaException("documentation of pack " + packId + ": a coverage line starts with '- encoded: ' or '- not encoded: '");
        }
        int sep = rest.indexOf(SEP);
        Citation provision = Citation.parse(sep < 0 ? rest.strip() : rest.substring(0, sep).strip());
        Optional<String> text = sep < 0 ? Optional.empty() : Optional.of(rest.substring(sep + SEP.length()).strip());
        if (!encoded && text.isEmpty()) {
            throw new MlaException("documentation of pack " + packId + ": " + provision + " is not encoded but no reason is given");
        }
        return encoded ? new ProvisionCoverage(provision, Optional.empty(), text) : new ProvisionCoverage(provision, text, Optional.empty());
    }

    private static List<String> section(String packId, Map<String, List<String>> sections, String name) {
        List<String> lines = sections.get(name);
        if (lines == null) {
            throw new MlaException("documentation of pack " + packId + ": section '## " + name + "' is missing");
        }
        return lines;
    }

    /** The lines of a section as text: surrounding blank lines dropped, inner line breaks kept. */
    private static String paragraphs(List<String> lines) {
        return String.join("\n", lines).strip();
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String oneLine(String text) {
        if (text.contains("\n")) {
            throw new MlaException("a list entry of pack documentation must be one line");
        }
        return text;
    }

    private static MlaException malformed(String packId, int line, String problem) {
        return new MlaException("documentation of pack " + packId + ", line " + (line + 1) + ": " + problem);
    }
}
