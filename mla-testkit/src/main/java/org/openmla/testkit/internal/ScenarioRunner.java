package org.openmla.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.openmla.core.InvalidValueException;
import org.openmla.core.json.JsonProblem;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.RulePackException;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.engine.StateProfile;
import org.openmla.testkit.RuleCoverage;
import org.openmla.testkit.fixtures.PackFixture;
import org.openmla.testkit.scenario.ScenarioFormatException;

/** Runs one bound scenario: reads its request, evaluates it and checks every expectation at once. */
public final class ScenarioRunner {
    private final RulesEngine engine;
    private final MlaJson json = MlaJson.create();
    private final ObjectMapper strictJson = ScenarioReader.strictJson();
    private final Optional<RuleCoverage> coverage;
    private final List<BiConsumer<MlaRequest, Decision>> checks;

    public ScenarioRunner(RulesEngine engine, Optional<RuleCoverage> coverage) {
        this(engine, coverage, List.of());
    }

    /** @param checks checks every decision must pass besides the scenario's own expectations, in order */
    public ScenarioRunner(RulesEngine engine, Optional<RuleCoverage> coverage, List<BiConsumer<MlaRequest, Decision>> checks) {
        this.engine = engine;
        this.coverage = coverage;
        this.checks = List.copyOf(checks);
    }

    /**
     * @return the decision, when every expectation is met
     * @throws AssertionError if one is not, with expected and actual side by side and the explanation
     * @throws ScenarioFormatException if the request or the evaluation is malformed
     */
    public Decision run(ScenarioReader.Scenario s) {
        MlaRequest request = request(s);
        ScenarioReader.Given g = s.given();
        Instant at = g.lawDate().orElseThrow().atStartOfDay(ZoneOffset.UTC).toInstant();
        Evaluation.Builder b = Evaluation.of(request).lawDate(g.lawDate().orElseThrow());
        for (ScenarioReader.PackChoice p : g.packs().orElseThrow()) {
            if (p.version().isPresent()) {
                b.pack(p.id(), p.version().get());
            } else {
                b.pack(p.id());
            }
        }
        g.assessments().forEach((k, v) -> v.ifPresent(value -> b.assessment(new Assessment(k, value, Optional.empty(), PackFixture.ASSESSED_BY, at,
                Optional.empty()))));
        for (Map.Entry<Integer, Map<String, Optional<Boolean>>> m : g.measureAssessments().entrySet()) {
            if (m.getKey() >= request.measures().size()) {
                throw fail(s, "measureAssessments." + m.getKey(), "the request has " + request.measures().size()
                        + (request.measures().size() == 1 ? " measure" : " measures") + " (counted from 0)");
            }
            m.getValue().forEach((k, v) -> v.ifPresent(value -> b.assessment(new Assessment(k, value, Optional.of(m.getKey()), PackFixture.ASSESSED_BY,
                    at, Optional.empty()))));
        }
        g.requestedState().ifPresent(p -> b.requestedState(profile(s, p, request.requestedState())));
        g.requestingState().ifPresent(p -> b.requestingState(profile(s, p, request.requestingState())));
        g.proposedRefusals().ifPresent(list -> list.forEach(b::proposeRefusal));
        Evaluation evaluation;
        try {
            evaluation = b.build();
        } catch (InvalidValueException e) {
            throw fail(s, "(evaluation)", e.getMessage());
        }
        Decision decision;
        try {
            decision = engine.evaluate(evaluation);
        } catch (RulePackException e) {
            throw fail(s, "packs", e.getMessage());
        }
        coverage.ifPresent(c -> c.record(decision));
        AssertionError failure = ExpectationTable.verify("Scenario '" + s.name() + "' in " + s.file(), s.expectations(), decision);
        if (failure != null) {
            throw failure;
        }
        for (BiConsumer<MlaRequest, Decision> check : checks) {
            try {
                check.accept(request, decision);
            } catch (AssertionError e) {
                AssertionError wrapped = new AssertionError("Scenario '" + s.name() + "' in " + s.file() + ": " + e.getMessage() + "\n\n"
                        + ExpectationTable.explanation(decision), e);
                throw wrapped;
            }
        }
        return decision;
    }

    private MlaRequest request(ScenarioReader.Scenario s) {
        ScenarioReader.RequestSource source = s.given().request().orElseThrow();
        if (source instanceof ScenarioReader.FileRequest f) {
            String text;
            try {
                text = Files.readString(f.path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw fail(s, f.field(), "the request file '" + f.written() + "' cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            if (s.changes().isEmpty()) {
                return read(s, text, f.field() + " (" + f.written() + ")", true);
            }
            JsonNode document;
            try {
                document = strictJson.readTree(text);
            } catch (JsonProcessingException e) {
                // Let the request reader report the syntax error: it locates it without quoting the document.
                read(s, text, f.field() + " (" + f.written() + ")", true);
                throw fail(s, f.field() + " (" + f.written() + ")", "not valid JSON"
                        + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
            }
            return patchedAndRead(s, document, f.field() + " (" + f.written() + ")");
        }
        ScenarioReader.InlineRequest inline = (ScenarioReader.InlineRequest) source;
        return patchedAndRead(s, inline.document(), inline.field());
    }

    private MlaRequest patchedAndRead(ScenarioReader.Scenario s, JsonNode document, String field) {
        JsonNode patched = document;
        String where = field;
        for (ScenarioReader.RequestChanges c : s.changes()) {
            patched = JsonMergePatch.apply(patched, c.patch());
            where = field + " with " + c.field();
        }
        String text;
        try {
            text = strictJson.writeValueAsString(patched);
        } catch (JsonProcessingException e) {
            throw fail(s, field, "cannot be written as JSON (" + e.getClass().getSimpleName() + ")");
        }
        return read(s, text, where, false);
    }

    private MlaRequest read(ScenarioReader.Scenario s, String text, String field, boolean withLocation) {
        try {
            return json.readRequest(text);
        } catch (MlaJsonException e) {
            StringBuilder sb = new StringBuilder("not a well-formed request (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem):" : " problems):"));
            for (JsonProblem p : e.problems()) {
                sb.append("\n  ").append(withLocation ? p.toString() : (p.pointer().isEmpty() ? "(root)" : p.pointer()) + ": " + p.message());
            }
            throw fail(s, field, sb.toString());
        }
    }

    private StateProfile profile(ScenarioReader.Scenario s, ScenarioReader.Profile p, Jurisdiction state) {
        Set<LanguageCode> languages = new HashSet<>();
        List<String> written = p.languages();
        for (int i = 0; i < written.size(); i++) {
            try {
                languages.add(LanguageCode.of(written.get(i)));
            } catch (InvalidValueException e) {
                throw fail(s, p.field() + ".languages[" + i + "]", "'" + written.get(i) + "' is not an ISO 639-1 language code such as en or fr");
            }
        }
        return new StateProfile(state, new HashSet<>(p.declarations()), languages);
    }

    private static ScenarioFormatException fail(ScenarioReader.Scenario s, String field, String problem) {
        return new ScenarioFormatException(s.file(), Optional.of(s.name()), field, problem);
    }
}
