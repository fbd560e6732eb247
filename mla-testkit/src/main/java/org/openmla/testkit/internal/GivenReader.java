package org.openmla.testkit.internal;

import static org.openmla.testkit.internal.YamlBinder.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.testkit.internal.ScenarioReader.*;

/**
 * Reads what a scenario, or a file's defaults, give: packs, law date, request and its changes, assessments, the
 * States' profiles and the proposed refusals; and merges a scenario's with the defaults.
 */
final class GivenReader {
    private GivenReader() {}

    static final List<String> GIVEN = List.of("packs", "lawDate", "request", "requestChanges", "assessments", "measureAssessments",
            "requestedState", "requestingState", "proposedRefusals");
    static final List<String> PROFILE = List.of("declarations", "languages");
    static final List<String> PROPOSAL = List.of("ground", "measure");
    private static final Pattern PACK = Pattern.compile("([A-Z][A-Z0-9_-]{0,39})(?:@(.+))?");

    static Given merge(Given own, Given defaults) {
        Map<String, Optional<Boolean>> a = new LinkedHashMap<>(defaults.assessments());
        a.putAll(own.assessments());
        Map<Integer, Map<String, Optional<Boolean>>> m = new LinkedHashMap<>();
        defaults.measureAssessments().forEach((k, v) -> m.put(k, new LinkedHashMap<>(v)));
        own.measureAssessments().forEach((k, v) -> m.computeIfAbsent(k, x -> new LinkedHashMap<>()).putAll(v));
        return new Given(own.packs().or(defaults::packs), own.lawDate().or(defaults::lawDate), own.request().or(defaults::request),
                Optional.empty(), Map.copyOf(a), Map.copyOf(m), own.requestedState().or(defaults::requestedState),
                own.requestingState().or(defaults::requestingState), own.proposedRefusals().or(defaults::proposedRefusals));
    }

    static Given given(Ctx ctx, Obj o, Path file) {
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

    static List<PackChoice> packs(Ctx ctx, JsonNode n, String field) {
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

    static LocalDate date(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ctx.fail(field, "'" + text + "' is not a date like 2026-03-01");
        }
    }

    static RequestSource request(Ctx ctx, JsonNode n, String field, Path file) {
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
    static Map<String, Optional<Boolean>> assessments(Ctx ctx, JsonNode n, String field) {
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

    static Profile profile(Ctx ctx, JsonNode n, String field) {
        Obj o = ctx.object(n, field, PROFILE);
        List<String> declarations = o.optional("declarations").map(x -> texts(ctx, x, o.field("declarations"))).orElse(List.of());
        List<String> languages = o.optional("languages").map(x -> texts(ctx, x, o.field("languages"))).orElse(List.of());
        return new Profile(declarations, languages, field);
    }

    static List<ProposedRefusal> proposals(Ctx ctx, JsonNode n, String field) {
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

    static String groundId(Ctx ctx, JsonNode n, String field) {
        String id = ctx.text(n, field);
        if (!id.matches("[A-Z][A-Z0-9_]{0,79}")) {
            throw ctx.fail(field, "'" + id + "' is not a ground id (upper-case, e.g. BANK_SECRECY)");
        }
        return id;
    }

    // ---- expectations ----
}
