package org.openmla.testkit.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.ProposedRefusal;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.rules.Verdict;
import org.openmla.core.InvalidValueException;
import org.openmla.testkit.scenario.ScenarioFormatException;

/**
 * Reads scenario files (YAML) into {@link ScenarioFile}s and binds each scenario, strictly: unknown properties,
 * values of the wrong kind and duplicate keys are errors that name the file, the scenario and the field. The format
 * is described in {@code docs/testing-compliance-logic.md}.
 */
public final class ScenarioReader {

    static final List<String> FILE = List.of("description", "defaults", "scenarios", "from", "rename");
    static final List<String> GIVEN = List.of("packs", "lawDate", "request", "requestChanges", "assessments", "measureAssessments",
            "requestedState", "requestingState", "proposedRefusals");
    static final List<String> SCENARIO;
    static final List<String> PROFILE = List.of("declarations", "languages");
    static final List<String> PROPOSAL = List.of("ground", "measure");
    static final List<String> EXPECT = List.of("outcome", "partial", "measures", "findings", "absentFindings", "determinedBy",
            "determinedByExactly", "openQuestions", "conditions", "consultation", "deadlines", "refusalChecks", "refusalReasons");
    static final List<String> FINDING = List.of("citation", "rule", "verdict", "measure");
    static final List<String> DEADLINE = List.of("citation", "rule", "limit");
    static final List<String> REFUSAL_CHECK = List.of("answer", "restsOn", "measure");

    static {
        List<String> s = new ArrayList<>(List.of("name", "description", "provisions"));
        s.addAll(GIVEN);
        s.add("expect");
        SCENARIO = List.copyOf(s);
    }

    private static final Pattern LIMIT = Pattern.compile("([1-9][0-9]{0,5}) (hour|day|week|month)s?");
    private static final Pattern PACK = Pattern.compile("([A-Z][A-Z0-9_-]{0,39})(?:@(.+))?");

    private final ObjectMapper yaml;

    public ScenarioReader() {
        // Only true and false are booleans (as in YAML 1.2): NO stays Norway, no stays Norwegian. An empty value is null.
        YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
        this.yaml = YAMLMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** @return a JSON mapper that rejects duplicate keys, for request files that a scenario patches */
    public static ObjectMapper strictJson() {
        return JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    // ---- model ----

    /** A pack to apply: an id and, optionally, a version. */
    public record PackChoice(String id, Optional<String> version) {}

    /** Where a scenario's request comes from. */
    public sealed interface RequestSource permits InlineRequest, FileRequest {
        /** @return the field that gave it, e.g. {@code defaults.request} */
        String field();
    }

    /** A request written in the scenario file, in the JSON format. */
    public record InlineRequest(JsonNode document, String field) implements RequestSource {}

    /** A request in a JSON file, relative to the scenario file. */
    public record FileRequest(Path path, String written, String field) implements RequestSource {}

    /** A patch to the request and the field that gave it. */
    public record RequestChanges(JsonNode patch, String field) {}

    /** A State's profile: declarations and accepted languages. */
    public record Profile(List<String> declarations, List<String> languages, String field) {}

    /** What a scenario or the defaults say about the evaluation; absent values are inherited. */
    public record Given(
            Optional<List<PackChoice>> packs,
            Optional<LocalDate> lawDate,
            Optional<RequestSource> request,
            Optional<RequestChanges> requestChanges,
            Map<String, Optional<Boolean>> assessments,
            Map<Integer, Map<String, Optional<Boolean>>> measureAssessments,
            Optional<Profile> requestedState,
            Optional<Profile> requestingState,
            Optional<List<ProposedRefusal>> proposedRefusals) {

        static Given empty() {
            return new Given(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
    }

    /** One scenario, bound: the evaluation to make and what to expect of it, and the provisions it says it exercises. */
    public record Scenario(String file, String name, Optional<String> description, List<Citation> provisions, Given given,
            List<RequestChanges> changes, List<Expectation> expectations) {}

    /** A scenario as found in the file, not yet bound. */
    public record ScenarioEntry(int index, String name, JsonNode node) {}

    /** A file read: its defaults and its scenarios, not yet bound. */
    public record ScenarioFile(Path path, String displayName, Optional<String> description, Given defaults, List<ScenarioEntry> scenarios) {}

    // ---- reading ----

    /**
     * Reads a file's structure and its defaults; the scenarios are bound later, one by one.
     *
     * @param path the file
     * @param displayName the file as shown in messages, relative to the scenario folder
     * @return the file
     * @throws ScenarioFormatException if the file is not a scenario file
     */
    public ScenarioFile read(Path path, String displayName) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Ctx(displayName, Optional.empty()).fail("(document)", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return parse(path, displayName, text);
    }

    /** Reads a file's text, as read from the path (relative request paths resolve against it). */
    private ScenarioFile parse(Path path, String displayName, String text) {
        Ctx ctx = new Ctx(displayName, Optional.empty());
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            throw ctx.fail("(document)", "not valid YAML" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw ctx.fail("(document)", "the file is empty; it needs a list of scenarios");
        }
        Obj file = ctx.object(root, "", FILE);
        Optional<String> description = file.optional("description").map(n -> ctx.text(n, file.field("description")));
        Given defaults = Given.empty();
        if (file.optional("defaults").isPresent()) {
            defaults = given(ctx, ctx.object(file.node("defaults"), "defaults", GIVEN), path);
        }
        if (file.optional("from").isPresent()) {
            return readFrom(ctx, file, path, displayName, description, defaults);
        }
        if (file.optional("rename").isPresent()) {
            throw ctx.fail("rename", "renames the scenarios of another file; it needs from");
        }
        JsonNode list = file.required("scenarios");
        if (!list.isArray() || list.isEmpty()) {
            throw ctx.fail("scenarios", "must be a non-empty list of scenarios");
        }
        List<ScenarioEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            JsonNode name = s.isObject() ? s.get("name") : null;
            String shown = name != null && name.isTextual() && !name.asText().isBlank() ? name.asText().strip() : "scenario #" + (i + 1);
            entries.add(new ScenarioEntry(i, shown, s));
        }
        return new ScenarioFile(path, displayName, description, defaults, List.copyOf(entries));
    }

    /**
     * A file that runs the scenarios of another, written once for two instruments that share their text (UNTOC art. 18
     * and UNCAC art. 46): {@code from} names the other file, relative to this one; {@code rename} replaces text in it
     * (citations, rule ids, declaration ids) before it is read; this file's {@code defaults} override the other's.
     */
    private ScenarioFile readFrom(Ctx ctx, Obj file, Path path, String displayName, Optional<String> description, Given own) {
        if (file.optional("scenarios").isPresent()) {
            throw ctx.fail("scenarios", "a file that runs the scenarios of another (from) has none of its own");
        }
        String from = ctx.text(file.node("from"), "from");
        Path other = path.resolveSibling(from).normalize();
        String text;
        try {
            text = Files.readString(other, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ctx.fail("from", "names a file that cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        for (Map.Entry<String, JsonNode> e : file.optional("rename").map(n -> entries(ctx, n, "rename", "a map from text to its replacement"))
                .orElse(List.of())) {
            if (!e.getValue().isTextual()) {
                throw ctx.fail("rename." + e.getKey(), "must be text");
            }
            text = text.replace(e.getKey(), e.getValue().asText());
        }
        ScenarioFile base = parse(other, displayName + " (from " + from + ")", text);
        Given inherited = base.defaults();
        Given defaults = new Given(own.packs().or(inherited::packs), own.lawDate().or(inherited::lawDate),
                own.request().or(inherited::request), own.requestChanges().or(inherited::requestChanges),
                merge(own, inherited).assessments(), merge(own, inherited).measureAssessments(),
                own.requestedState().or(inherited::requestedState), own.requestingState().or(inherited::requestingState),
                own.proposedRefusals().or(inherited::proposedRefusals));
        return new ScenarioFile(other, displayName, description.or(base::description), defaults, base.scenarios());
    }

    /**
     * Binds one scenario of a file.
     *
     * @throws ScenarioFormatException if it is malformed
     */
    public Scenario bind(ScenarioFile file, ScenarioEntry entry) {
        Ctx ctx = new Ctx(file.displayName(), Optional.of(entry.name()));
        String at = "scenarios[" + entry.index() + "]";
        if (!entry.node().isObject()) {
            throw new ScenarioFormatException(file.displayName(), Optional.of(entry.name()), at, "must be an object with a name, "
                    + "what is given and what to expect");
        }
        Obj s = ctx.object(entry.node(), "", SCENARIO);
        String name = ctx.text(s.required("name"), "name");
        for (ScenarioEntry other : file.scenarios()) {
            if (other.index() < entry.index() && other.name().equals(entry.name())) {
                throw ctx.fail("name", "the name is used by an earlier scenario of the file; names must be unique");
            }
        }
        Optional<String> description = s.optional("description").map(n -> ctx.text(n, "description"));
        List<Citation> provisions = s.optional("provisions").map(n -> provisions(ctx, n, "provisions")).orElse(List.of());
        Given own = given(ctx, s, file.path());
        Given merged = merge(own, file.defaults());
        List<RequestChanges> changes = new ArrayList<>();
        if (own.request().isEmpty()) {
            file.defaults().requestChanges().ifPresent(changes::add);
        }
        own.requestChanges().ifPresent(changes::add);
        if (merged.packs().isEmpty() || merged.packs().get().isEmpty()) {
            throw ctx.fail("packs", "is required (here or in the file's defaults): the rule packs to apply, e.g. [UNTOC]");
        }
        if (merged.lawDate().isEmpty()) {
            throw ctx.fail("lawDate", "is required (here or in the file's defaults): the date whose law applies, e.g. 2026-03-01");
        }
        if (merged.request().isEmpty()) {
            throw ctx.fail("request", "is required (here or in the file's defaults): a request object in the JSON format, "
                    + "or the path of a JSON file relative to this file");
        }
        List<Expectation> expectations = expectations(ctx, ctx.object(s.required("expect"), "expect", EXPECT));
        if (expectations.isEmpty()) {
            throw ctx.fail("expect", "expects nothing; state at least the outcome");
        }
        return new Scenario(file.displayName(), name, description, provisions, merged, List.copyOf(changes), expectations);
    }

    private static Given merge(Given own, Given defaults) {
        Map<String, Optional<Boolean>> a = new LinkedHashMap<>(defaults.assessments());
        a.putAll(own.assessments());
        Map<Integer, Map<String, Optional<Boolean>>> m = new LinkedHashMap<>();
        defaults.measureAssessments().forEach((k, v) -> m.put(k, new LinkedHashMap<>(v)));
        own.measureAssessments().forEach((k, v) -> m.computeIfAbsent(k, x -> new LinkedHashMap<>()).putAll(v));
        return new Given(own.packs().or(defaults::packs), own.lawDate().or(defaults::lawDate), own.request().or(defaults::request),
                Optional.empty(), Map.copyOf(a), Map.copyOf(m), own.requestedState().or(defaults::requestedState),
                own.requestingState().or(defaults::requestingState), own.proposedRefusals().or(defaults::proposedRefusals));
    }

    private Given given(Ctx ctx, Obj o, Path file) {
        Optional<List<PackChoice>> packs = o.optional("packs").map(n -> packs(ctx, n, o.field("packs")));
        Optional<LocalDate> lawDate = o.optional("lawDate").map(n -> date(ctx, n, o.field("lawDate")));
        Optional<RequestSource> request = o.optional("request").map(n -> request(ctx, n, o.field("request"), file));
        Optional<RequestChanges> changes = o.optional("requestChanges").map(n -> {
            if (!n.isObject()) {
                throw ctx.fail(o.field("requestChanges"), "must be an object: a JSON merge patch of the request (null removes a property)");
            }
            return new RequestChanges(n, o.field("requestChanges"));
        });
        Map<String, Optional<Boolean>> assessments = o.optional("assessments").map(n -> assessments(ctx, n, o.field("assessments"))).orElse(Map.of());
        Map<Integer, Map<String, Optional<Boolean>>> perMeasure = new LinkedHashMap<>();
        o.optional("measureAssessments").ifPresent(n -> {
            String f = o.field("measureAssessments");
            for (Map.Entry<String, JsonNode> e : entries(ctx, n, f, "a map from measure index (0, 1, ...) to assessments")) {
                int index = index(ctx, e.getKey(), f);
                perMeasure.put(index, assessments(ctx, e.getValue(), f + "." + e.getKey()));
            }
        });
        Optional<Profile> requested = o.optional("requestedState").map(n -> profile(ctx, n, o.field("requestedState")));
        Optional<Profile> requesting = o.optional("requestingState").map(n -> profile(ctx, n, o.field("requestingState")));
        Optional<List<ProposedRefusal>> proposals = o.optional("proposedRefusals").map(n -> proposals(ctx, n, o.field("proposedRefusals")));
        return new Given(packs, lawDate, request, changes, assessments, Map.copyOf(perMeasure), requested, requesting, proposals);
    }

    private static List<PackChoice> packs(Ctx ctx, JsonNode n, String field) {
        List<PackChoice> out = new ArrayList<>();
        List<JsonNode> items = n.isArray() ? list(n) : List.of(n);
        for (int i = 0; i < items.size(); i++) {
            String f = n.isArray() ? field + "[" + i + "]" : field;
            String text = ctx.text(items.get(i), f);
            Matcher m = PACK.matcher(text);
            if (!m.matches()) {
                throw ctx.fail(f, "'" + text + "' is not a pack id (upper-case, e.g. UNTOC) optionally followed by @version");
            }
            out.add(new PackChoice(m.group(1), Optional.ofNullable(m.group(2))));
        }
        if (out.isEmpty()) {
            throw ctx.fail(field, "must name at least one pack");
        }
        return List.copyOf(out);
    }

    private static LocalDate date(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ctx.fail(field, "'" + text + "' is not a date like 2026-03-01");
        }
    }

    private static RequestSource request(Ctx ctx, JsonNode n, String field, Path file) {
        if (n.isObject()) {
            return new InlineRequest(n, field);
        }
        String written = ctx.text(n, field);
        Path base = file.getParent();
        Path resolved = base == null ? file.getFileSystem().getPath(written) : base.resolve(written).normalize();
        if (!Files.isRegularFile(resolved)) {
            throw ctx.fail(field, "the request file '" + written + "' does not exist (paths are relative to the scenario file)");
        }
        return new FileRequest(resolved, written, field);
    }

    /** {@code unknown} leaves the assessment unanswered, also when the defaults answer it. */
    private static Map<String, Optional<Boolean>> assessments(Ctx ctx, JsonNode n, String field) {
        Map<String, Optional<Boolean>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(ctx, n, field, "a map from assessment id to true, false or unknown")) {
            String f = field + "." + e.getKey();
            if (!e.getKey().matches("[A-Z][A-Z0-9_]{0,79}")) {
                throw ctx.fail(f, "'" + e.getKey() + "' is not an assessment id (upper-case, e.g. POLITICAL_OFFENCE)");
            }
            JsonNode v = e.getValue();
            if (v.isTextual() && v.asText().equals("unknown")) {
                out.put(e.getKey(), Optional.empty());
            } else if (v.isBoolean()) {
                out.put(e.getKey(), Optional.of(v.booleanValue()));
            } else {
                throw ctx.fail(f, "must be true, false or unknown (was " + (v.isTextual() ? "'" + v.asText() + "'" : kind(v)) + ")");
            }
        }
        return Map.copyOf(out);
    }

    private static Profile profile(Ctx ctx, JsonNode n, String field) {
        Obj o = ctx.object(n, field, PROFILE);
        List<String> declarations = o.optional("declarations").map(x -> texts(ctx, x, o.field("declarations"))).orElse(List.of());
        List<String> languages = o.optional("languages").map(x -> texts(ctx, x, o.field("languages"))).orElse(List.of());
        return new Profile(declarations, languages, field);
    }

    private static List<ProposedRefusal> proposals(Ctx ctx, JsonNode n, String field) {
        List<ProposedRefusal> out = new ArrayList<>();
        List<JsonNode> items = ctx.array(n, field);
        for (int i = 0; i < items.size(); i++) {
            String f = field + "[" + i + "]";
            JsonNode item = items.get(i);
            if (item.isObject()) {
                Obj o = ctx.object(item, f, PROPOSAL);
                String ground = groundId(ctx, o.required("ground"), o.field("ground"));
                Optional<Integer> measure = o.optional("measure").map(x -> ctx.index(x, o.field("measure")));
                out.add(new ProposedRefusal(ground, measure));
            } else {
                out.add(ProposedRefusal.of(groundId(ctx, item, f)));
            }
        }
        return List.copyOf(out);
    }

    private static String groundId(Ctx ctx, JsonNode n, String field) {
        String id = ctx.text(n, field);
        if (!id.matches("[A-Z][A-Z0-9_]{0,79}")) {
            throw ctx.fail(field, "'" + id + "' is not a ground id (upper-case, e.g. BANK_SECRECY)");
        }
        return id;
    }

    // ---- expectations ----

    private static List<Expectation> expectations(Ctx ctx, Obj e) {
        List<Expectation> out = new ArrayList<>();
        e.optional("outcome").ifPresent(n -> out.add(Expectations.outcome(enumValue(ctx, n, e.field("outcome"), Outcome.class))));
        e.optional("partial").ifPresent(n -> out.add(Expectations.partial(bool(ctx, n, e.field("partial")))));
        e.optional("measures").ifPresent(n -> {
            String f = e.field("measures");
            for (Map.Entry<String, JsonNode> m : entries(ctx, n, f, "a map from measure index (0, 1, ...) to outcome")) {
                out.add(Expectations.measureOutcome(index(ctx, m.getKey(), f), enumValue(ctx, m.getValue(), f + "." + m.getKey(), Outcome.class)));
            }
        });
        e.optional("findings").ifPresent(n -> {
            String f = e.field("findings");
            List<JsonNode> items = ctx.array(n, f);
            if (items.isEmpty()) {
                out.add(noAdverseFindings());
            }
            for (int i = 0; i < items.size(); i++) {
                out.add(finding(ctx, items.get(i), f + "[" + i + "]"));
            }
        });
        e.optional("absentFindings").ifPresent(n -> rules(ctx, n, e.field("absentFindings"))
                .forEach(c -> out.add(Expectations.noFinding(c, Optional.empty()))));
        e.optional("determinedBy").ifPresent(n -> {
            List<String> cites = rules(ctx, n, e.field("determinedBy"));
            if (cites.isEmpty()) {
                out.add(notDetermined());
            }
            cites.forEach(c -> out.add(Expectations.determinedBy(c)));
        });
        e.optional("determinedByExactly").ifPresent(n -> out.add(Expectations.determinedByExactly(rules(ctx, n, e.field("determinedByExactly")))));
        e.optional("openQuestions").ifPresent(n -> {
            String f = e.field("openQuestions");
            List<String> keys = texts(ctx, n, f);
            if (keys.isEmpty()) {
                out.add(Expectations.openQuestionsExactly(List.of()));
            }
            keys.forEach(k -> out.add(Expectations.openQuestion(k)));
        });
        e.optional("conditions").ifPresent(n -> {
            List<String> cites = rules(ctx, n, e.field("conditions"));
            if (cites.isEmpty()) {
                out.add(Expectations.noConditions());
            }
            cites.forEach(c -> out.add(Expectations.condition(c)));
        });
        e.optional("consultation").ifPresent(n -> {
            String f = e.field("consultation");
            if (n.isArray()) {
                List<String> rules = rules(ctx, n, f);
                if (rules.isEmpty()) {
                    throw ctx.fail(f, "lists no rule; write false for no consultation");
                }
                rules.forEach(r -> out.add(Expectations.consultation(r)));
            } else if (n.isBoolean()) {
                out.add(Expectations.consultation(n.booleanValue()));
            } else {
                throw ctx.fail(f, "must be true, false or a list of the rules requiring it (was " + kind(n) + ")");
            }
        });
        e.optional("deadlines").ifPresent(n -> {
            String f = e.field("deadlines");
            List<JsonNode> items = ctx.array(n, f);
            if (items.isEmpty()) {
                out.add(noDeadlines());
            }
            for (int i = 0; i < items.size(); i++) {
                out.add(deadline(ctx, items.get(i), f + "[" + i + "]"));
            }
        });
        e.optional("refusalChecks").ifPresent(n -> {
            String f = e.field("refusalChecks");
            for (Map.Entry<String, JsonNode> c : entries(ctx, n, f, "a map from ground id to answer (PERMITTED, FORBIDDEN, ...)")) {
                String ground = c.getKey();
                if (!ground.matches("[A-Z][A-Z0-9_]{0,79}")) {
                    throw ctx.fail(f + "." + ground, "'" + ground + "' is not a ground id (upper-case, e.g. BANK_SECRECY)");
                }
                JsonNode v = c.getValue();
                if (v.isArray()) {
                    List<JsonNode> items = ctx.array(v, f + "." + ground);
                    if (items.isEmpty()) {
                        throw ctx.fail(f + "." + ground, "lists no answer");
                    }
                    for (int i = 0; i < items.size(); i++) {
                        out.add(refusalCheck(ctx, ground, items.get(i), f + "." + ground + "[" + i + "]"));
                    }
                } else if (v.isObject()) {
                    out.add(refusalCheck(ctx, ground, v, f + "." + ground));
                } else {
                    out.add(Expectations.refusalCheck(ground, enumValue(ctx, v, f + "." + ground, RefusalCheck.Answer.class)));
                }
            }
        });
        e.optional("refusalReasons").ifPresent(n -> {
            List<String> cites = citations(ctx, n, e.field("refusalReasons"));
            if (cites.isEmpty()) {
                throw ctx.fail(e.field("refusalReasons"), "lists no citation; give the articles the reasons must cite");
            }
            cites.forEach(c -> out.add(Expectations.refusalReason(c)));
        });
        return List.copyOf(out);
    }

    private static Expectation finding(Ctx ctx, JsonNode n, String field) {
        if (!n.isObject()) {
            return Expectations.finding(rule(ctx, n, field), Optional.empty(), Optional.empty());
        }
        Obj o = ctx.object(n, field, FINDING);
        String rule = citationOrRuleId(ctx, o);
        Optional<Verdict> verdict = o.optional("verdict").map(v -> verdict(ctx, v, o.field("verdict")));
        Optional<Integer> measure = o.optional("measure").map(v -> ctx.index(v, o.field("measure")));
        return Expectations.finding(rule, verdict, measure);
    }

    /** {@code {answer, restsOn, measure}}: the answer, the article it rests on, the measure the ground was proposed for. */
    private static Expectation refusalCheck(Ctx ctx, String ground, JsonNode n, String field) {
        Obj o = ctx.object(n, field, REFUSAL_CHECK);
        RefusalCheck.Answer answer = enumValue(ctx, o.required("answer"), o.field("answer"), RefusalCheck.Answer.class);
        Optional<String> restsOn = o.optional("restsOn").map(x -> rule(ctx, x, o.field("restsOn")));
        Optional<Integer> measure = o.optional("measure").map(x -> ctx.index(x, o.field("measure")));
        return Expectations.refusalCheck(ground, measure, answer, restsOn);
    }

    private static Expectation deadline(Ctx ctx, JsonNode n, String field) {
        if (!n.isObject()) {
            return Expectations.deadline(rule(ctx, n, field), Optional.empty());
        }
        Obj o = ctx.object(n, field, DEADLINE);
        String rule = citationOrRuleId(ctx, o);
        Optional<TimeLimit> limit = o.optional("limit").map(v -> limit(ctx, v, o.field("limit")));
        return Expectations.deadline(rule, limit);
    }

    /** An object names its rule by {@code citation} or by {@code rule} (an id), not both. */
    private static String citationOrRuleId(Ctx ctx, Obj o) {
        Optional<JsonNode> citation = o.optional("citation");
        Optional<JsonNode> rule = o.optional("rule");
        if (citation.isPresent() == rule.isPresent()) {
            throw ctx.fail(citation.isPresent() ? o.field("rule") : o.field("citation"),
                    citation.isPresent() ? "give the citation or the rule id, not both" : "is required (or a rule id as rule)");
        }
        if (citation.isPresent()) {
            return citation(ctx, citation.get(), o.field("citation"));
        }
        String id = ctx.text(rule.get(), o.field("rule"));
        if (id.contains(" art. ") || !id.matches(org.openmla.core.rules.Rule.ID_PATTERN)) {
            throw ctx.fail(o.field("rule"), "'" + id + "' is not a rule id like 'untoc.18.21.b' (a citation goes in citation)");
        }
        return id;
    }

    private static Expectation noAdverseFindings() {
        return new Expectation() {
            @Override
            public String expected() {
                return "no finding [adverse]";
            }

            @Override
            public String actual(org.openmla.core.rules.Decision d) {
                return Expectations.describeFindings(d.findings().stream().filter(org.openmla.core.rules.Finding::isAdverse).toList(), "none");
            }

            @Override
            public boolean isMetBy(org.openmla.core.rules.Decision d) {
                return d.findings().stream().noneMatch(org.openmla.core.rules.Finding::isAdverse);
            }
        };
    }

    private static Expectation notDetermined() {
        return new Expectation() {
            @Override
            public String expected() {
                return "determined by nothing (plain grant)";
            }

            @Override
            public String actual(org.openmla.core.rules.Decision d) {
                return Expectations.describeFindings(d.determiningFindings(), "nothing (plain grant)");
            }

            @Override
            public boolean isMetBy(org.openmla.core.rules.Decision d) {
                return d.determiningRuleIds().isEmpty();
            }
        };
    }

    private static Expectation noDeadlines() {
        return new Expectation() {
            @Override
            public String expected() {
                return "no deadlines";
            }

            @Override
            public String actual(org.openmla.core.rules.Decision d) {
                return d.deadlines().isEmpty() ? "none" : d.deadlines().stream().map(x -> x.citation().toString()).toList().toString();
            }

            @Override
            public boolean isMetBy(org.openmla.core.rules.Decision d) {
                return d.deadlines().isEmpty();
            }
        };
    }

    private static Verdict verdict(Ctx ctx, JsonNode n, String field) {
        if (n.isBoolean()) {
            return n.booleanValue() ? Verdict.TRUE : Verdict.FALSE;
        }
        return enumValue(ctx, n, field, Verdict.class);
    }

    private static TimeLimit limit(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        Matcher m = LIMIT.matcher(text.strip());
        if (!m.matches()) {
            throw ctx.fail(field, "'" + text + "' is not a time limit like '30 days', '8 hours', '2 weeks' or '3 months'");
        }
        ChronoUnit unit = switch (m.group(2)) {
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            default -> ChronoUnit.MONTHS;
        };
        return new TimeLimit(Long.parseLong(m.group(1)), unit);
    }

    private static String citation(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        try {
            return Citation.parse(text).toString();
        } catch (InvalidValueException e) {
            throw ctx.fail(field, "'" + text + "' is not a citation like 'UNTOC art. 18(21)(b)'");
        }
    }

    /** A citation ({@code UNTOC art. 18(21)(b)}) or a rule id ({@code untoc.18.21.b}), see {@link RuleRef}. */
    private static String rule(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        try {
            return RuleRef.parse(text).toString();
        } catch (InvalidValueException e) {
            throw ctx.fail(field, "'" + text + "' is not a citation like 'UNTOC art. 18(21)(b)' or a rule id like 'untoc.18.21.b'");
        }
    }

    private static List<String> rules(Ctx ctx, JsonNode n, String field) {
        List<JsonNode> items = ctx.array(n, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(rule(ctx, items.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    private static List<Citation> provisions(Ctx ctx, JsonNode n, String field) {
        List<String> cites = citations(ctx, n, field);
        if (cites.isEmpty()) {
            throw ctx.fail(field, "lists no provision; leave the property out instead");
        }
        return cites.stream().map(Citation::parse).toList();
    }

    private static List<String> citations(Ctx ctx, JsonNode n, String field) {
        List<JsonNode> items = ctx.array(n, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(citation(ctx, items.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(Ctx ctx, JsonNode n, String field, Class<E> type) {
        if (n.isBoolean() && type == Verdict.class) {
            return Enum.valueOf(type, n.booleanValue() ? "TRUE" : "FALSE");
        }
        String text = ctx.text(n, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw ctx.fail(field, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static boolean bool(Ctx ctx, JsonNode n, String field) {
        if (!n.isBoolean()) {
            throw ctx.fail(field, "must be true or false (was " + kind(n) + ")");
        }
        return n.booleanValue();
    }

    private static int index(Ctx ctx, String key, String field) {
        if (!key.matches("0|[1-9][0-9]{0,3}")) {
            throw ctx.fail(field + "." + key, "'" + key + "' is not a measure index (0 for the first measure, 1 for the second, ...)");
        }
        return Integer.parseInt(key);
    }

    private static List<String> texts(Ctx ctx, JsonNode n, String field) {
        List<JsonNode> items = ctx.array(n, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(ctx.text(items.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private static List<Map.Entry<String, JsonNode>> entries(Ctx ctx, JsonNode n, String field, String what) {
        if (!n.isObject()) {
            throw ctx.fail(field, "must be " + what + " (was " + kind(n) + ")");
        }
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        n.fields().forEachRemaining(out::add);
        return out;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        n.elements().forEachRemaining(out::add);
        return out;
    }

    static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "empty";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        if (n.isNumber()) {
            return "a number";
        }
        return "text";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    // ---- context and objects ----

    /** Where binding is: the file and the scenario, for messages. */
    record Ctx(String file, Optional<String> scenario) {
        ScenarioFormatException fail(String field, String problem) {
            return new ScenarioFormatException(file, scenario, field, problem);
        }

        Obj object(JsonNode n, String field, List<String> allowed) {
            if (n == null || !n.isObject()) {
                throw fail(field.isEmpty() ? "(document)" : field, "must be an object with properties " + allowed + " (was " + kind(n) + ")");
            }
            Iterator<String> names = n.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw fail(field.isEmpty() ? name : field + "." + name, "unknown property; known properties: " + String.join(", ", allowed));
                }
            }
            return new Obj((ObjectNode) n, field, this);
        }

        String text(JsonNode n, String field) {
            if (n == null || !n.isTextual() || n.asText().isBlank()) {
                throw fail(field, "must be text (was " + (n != null && n.isTextual() ? "blank" : kind(n)) + ")");
            }
            return n.asText().strip();
        }

        List<JsonNode> array(JsonNode n, String field) {
            if (n == null || !n.isArray()) {
                throw fail(field, "must be a list (was " + kind(n) + ")");
            }
            return list(n);
        }

        int index(JsonNode n, String field) {
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
                throw fail(field, "must be a measure index: 0 for the first measure, 1 for the second, ... (was " + kind(n) + ")");
            }
            return n.intValue();
        }
    }

    /** An object whose properties have been checked against the allowed names. */
    record Obj(ObjectNode node, String path, Ctx ctx) {
        String field(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        Optional<JsonNode> optional(String name) {
            JsonNode n = node.get(name);
            if (n != null && n.isNull()) {
                throw ctx.fail(field(name), "is empty; give a value or leave the property out");
            }
            return Optional.ofNullable(n);
        }

        JsonNode required(String name) {
            return optional(name).orElseThrow(() -> ctx.fail(field(name), "is required"));
        }

        JsonNode node(String name) {
            return node.get(name);
        }
    }
}
