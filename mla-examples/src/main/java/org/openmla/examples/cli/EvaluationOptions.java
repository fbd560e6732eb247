package org.openmla.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.engine.StateProfile;
import org.openmla.treaties.resolver.EvaluationPlan;
import picocli.CommandLine.Option;

/** The options that say how to evaluate a request, shared by {@code evaluate}, {@code explain} and {@code lifecycle}. */
final class EvaluationOptions {

    /** Who assessments given on the command line are attributed to. */
    static final String ASSESSED_BY = "mla-cli";

    private static final Pattern ASSESSMENT = Pattern.compile("([A-Za-z0-9_]+)(?:@([0-9]+))?=(.*)");
    private static final Pattern PROPOSAL = Pattern.compile("([A-Za-z0-9_]+)(?:@([0-9]+))?");
    private static final Pattern FACT = Pattern.compile("([A-Za-z0-9_]+)(?:@([0-9]+))?(?:=(.*))?");
    private static final java.util.Set<String> FACT_KEYS = org.openmla.core.rules.StandardAssessments.facts().stream()
            .map(org.openmla.core.rules.AssessmentKey::id).collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Option(names = "--assess", paramLabel = "NAME[@MEASURE]=true|false",
            description = {"An officer's assessment: NAME is an assessment id (see 'mla assessments'), true if the situation its question "
                    + "describes exists. @MEASURE limits it to one measure, numbered from 1 as 'mla explain' lists them. Repeatable."})
    List<String> assessments = new ArrayList<>();

    @Option(names = "--fact", paramLabel = "NAME[@MEASURE][=true|false]",
            description = {"A fact the officer knows from the file (see 'mla assessments' and docs/command-line.md): CONSULTATION_HELD, "
                    + "CONSULTATION_CONDITIONS_ACCEPTED, IMMUNITY_WAIVER_REQUESTED, IMMUNITY_WAIVER_REFUSED, ASSURANCE_ACCEPTED, "
                    + "MEASURE_COERCIVE, LIST_CATEGORY_INDICATED. NAME alone means true. Repeatable."})
    List<String> facts = new ArrayList<>();

    @Option(names = "--propose-refusal", paramLabel = "GROUND[@MEASURE]",
            description = {"A ground the officer proposes to refuse on (see 'mla grounds'); the decision says whether the instrument "
                    + "permits it. Repeatable."})
    List<String> proposals = new ArrayList<>();

    @Option(names = "--state-profile", paramLabel = "FILE",
            description = {"JSON file of State profiles (declarations, accepted languages) that replace those made from party data: "
                    + "{\"profiles\": [{\"state\": \"CH\", \"declarations\": [\"...\"], \"languages\": [\"en\"]}]}"})
    Path stateProfile;

    @Option(names = "--party-data", paramLabel = "FILE",
            description = {"A party-data document (format openmla-party-data/1) laid over the shipped data, e.g. to declare a bilateral "
                    + "MLA treaty between two States. Repeatable; later files win."})
    List<Path> partyData = new ArrayList<>();

    @Option(names = "--on", paramLabel = "DATE", description = {"The law date, yyyy-mm-dd (default: today)."})
    String on;

    @Option(names = "--pack", paramLabel = "ID",
            description = {"Apply this pack instead of those the request's legal basis and the party data give (see 'mla packs'). "
                    + "Repeatable."})
    List<String> packs = new ArrayList<>();

    /** The law date: {@code --on}, or today by the workbench's clock. */
    LocalDate lawDate(Workbench bench) {
        if (on == null) {
            return LocalDate.now(bench.clock());
        }
        if (!on.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new BadInputException("--on: not a date of the form yyyy-mm-dd: '" + shorten(on) + "'");
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            // Of the right form but not in the calendar, e.g. 2026-02-30: say so rather than blame the form.
            throw new BadInputException("--on: no such day in the calendar: '" + shorten(on) + "'");
        }
    }

    /** The assessments given, checked against the catalogue and the request's measures. */
    List<Assessment> assessments(Workbench bench, MlaRequest request) {
        List<Assessment> out = new ArrayList<>();
        for (String given : assessments) {
            Matcher m = ASSESSMENT.matcher(given);
            if (!m.matches()) {
                throw new BadInputException("--assess: expected NAME=true|false or NAME@MEASURE=true|false, got '" + shorten(given) + "'");
            }
            String key = m.group(1);
            if (bench.catalogue().assessment(key).isEmpty()) {
                throw new BadInputException("--assess: unknown assessment '" + key + "'; 'mla assessments' lists the known ones");
            }
            boolean value = switch (m.group(3)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new BadInputException("--assess " + key + ": the value must be true or false, got '" + shorten(m.group(3)) + "'");
            };
            Optional<Integer> measure = measure(m.group(2), request, "--assess " + key);
            out.add(new Assessment(key, value, measure, ASSESSED_BY, bench.clock().instant(), Optional.of("given on the command line")));
        }
        for (String given : facts) {
            Matcher m = FACT.matcher(given);
            if (!m.matches()) {
                throw new BadInputException("--fact: expected NAME, NAME@MEASURE or NAME[@MEASURE]=true|false, got '" + shorten(given) + "'");
            }
            String key = m.group(1);
            if (!FACT_KEYS.contains(key)) {
                throw new BadInputException("--fact: '" + shorten(key) + "' is not a fact; --fact takes " + new java.util.TreeSet<>(FACT_KEYS)
                        + ", and --assess the other assessments");
            }
            boolean value = switch (m.group(3) == null ? "true" : m.group(3)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new BadInputException("--fact " + key + ": the value must be true or false, got '" + shorten(m.group(3)) + "'");
            };
            Optional<Integer> measure = measure(m.group(2), request, "--fact " + key);
            if (out.stream().anyMatch(a -> a.key().equals(key) && a.measureIndex().equals(measure))) {
                throw new BadInputException("--fact " + key + ": already given" + measure.map(i -> " for measure " + (i + 1)).orElse(""));
            }
            out.add(new Assessment(key, value, measure, ASSESSED_BY, bench.clock().instant(), Optional.of("fact given on the command line")));
        }
        return out;
    }

    /** The proposed refusal grounds, checked against the catalogue and the request's measures. */
    List<ProposedRefusal> proposals(Workbench bench, MlaRequest request) {
        List<ProposedRefusal> out = new ArrayList<>();
        for (String given : proposals) {
            Matcher m = PROPOSAL.matcher(given);
            if (!m.matches()) {
                throw new BadInputException("--propose-refusal: expected GROUND or GROUND@MEASURE, got '" + shorten(given) + "'");
            }
            if (bench.catalogue().ground(m.group(1)).isEmpty()) {
                throw new BadInputException("--propose-refusal: unknown refusal ground '" + m.group(1) + "'; 'mla grounds' lists the known ones");
            }
            out.add(new ProposedRefusal(m.group(1), measure(m.group(2), request, "--propose-refusal " + m.group(1))));
        }
        return out;
    }

    /** Plans the evaluation of a request with these options. */
    EvaluationPlan plan(Workbench bench, MlaRequest request) {
        List<Assessment> host = assessments(bench, request);
        List<ProposedRefusal> proposed = proposals(bench, request);
        Map<Jurisdiction, StateProfile> profiles = stateProfile == null ? Map.of() : StateProfiles.read(stateProfile);
        for (String id : packs) {
            if (bench.registry().find(id).isEmpty()) {
                throw new BadInputException("--pack: no rule pack '" + shorten(id) + "' is registered; 'mla packs' lists them");
            }
        }
        return EvaluationPlan.prepare(bench.resolver(partyData), bench.registry(), request, lawDate(bench), host, proposed, packs, profiles);
    }

    /** Plans and requires an evaluation. @throws BadInputException if no pack applies */
    Evaluation evaluation(Workbench bench, MlaRequest request, EvaluationPlan plan) {
        return plan.evaluation().orElseThrow(() -> new BadInputException("request " + request.id() + ": " + String.join("; ", plan.notes())
                + "; name a pack with --pack, or declare the instrument binding both States with --party-data"));
    }

    private static Optional<Integer> measure(String number, MlaRequest request, String option) {
        if (number == null) {
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new BadInputException(option + ": measure number too large");
        }
        if (n < 1 || n > request.measures().size()) {
            throw new BadInputException(option + ": measure " + n + " does not exist; request " + request.id() + " has "
                    + request.measures().size() + " measure" + (request.measures().size() == 1 ? "" : "s") + ", numbered from 1");
        }
        return Optional.of(n - 1);
    }

    static String shorten(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
    }
}
