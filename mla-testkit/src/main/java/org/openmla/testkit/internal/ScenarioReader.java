package org.openmla.testkit.internal;

import static org.openmla.testkit.internal.ExpectationReaders.*;
import static org.openmla.testkit.internal.GivenReader.*;
import static org.openmla.testkit.internal.YamlBinder.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmla.core.rules.Citation;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.testkit.scenario.ScenarioFormatException;

/**
 * Reads scenario files (YAML) into {@link ScenarioFile}s and binds each scenario, strictly: unknown properties,
 * values of the wrong kind and duplicate keys are errors that name the file, the scenario and the field. The format
 * is described in {@code docs/testing-compliance-logic.md}.
 */
public final class ScenarioReader {

    static final List<String> FILE = List.of("description", "defaults", "scenarios", "from", "rename");
    static final List<String> SCENARIO;

    static {
        List<String> s = new ArrayList<>(List.of("name", "description", "provisions"));
        s.addAll(GIVEN);
        s.add("expect");
        SCENARIO = List.copyOf(s);
    }


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
}
