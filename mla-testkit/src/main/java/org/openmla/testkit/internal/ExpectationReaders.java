package org.openmla.testkit.internal;

import static org.openmla.testkit.internal.YamlBinder.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;

/** Reads the {@code expect} part of a scenario: one reader per property, in a table. */
final class ExpectationReaders {
    private ExpectationReaders() {}

    static final List<String> FINDING = List.of("citation", "rule", "verdict", "measure");
    static final List<String> DEADLINE = List.of("citation", "rule", "limit");
    static final List<String> REFUSAL_CHECK = List.of("answer", "restsOn", "measure");

    /** Reads one property of {@code expect}: its value, at this field, into expectations. */
    @FunctionalInterface
    interface Reader {
        void read(Ctx ctx, JsonNode n, String f, List<Expectation> out);
    }

    /** The readers, by property, in the order their expectations are checked and shown. */
    static final Map<String, Reader> READERS;

    static {
        Map<String, Reader> t = new LinkedHashMap<>();
        t.put("outcome", (ctx, n, f, out) -> out.add(Expectations.outcome(enumValue(ctx, n, f, Outcome.class))));
        t.put("partial", (ctx, n, f, out) -> out.add(Expectations.partial(bool(ctx, n, f))));
        t.put("measures", (ctx, n, f, out) -> {
            for (Map.Entry<String, JsonNode> m : entries(ctx, n, f, "a map from measure index (0, 1, ...) to outcome")) {
                out.add(Expectations.measureOutcome(index(ctx, m.getKey(), f), enumValue(ctx, m.getValue(), f + "." + m.getKey(), Outcome.class)));
            }
        });
        t.put("findings", (ctx, n, f, out) -> {
            List<JsonNode> items = ctx.array(n, f);
            if (items.isEmpty()) {
                out.add(noAdverseFindings());
            }
            for (int i = 0; i < items.size(); i++) {
                out.add(finding(ctx, items.get(i), f + "[" + i + "]"));
            }
        });
        t.put("absentFindings", (ctx, n, f, out) -> rules(ctx, n, f)
            .forEach(c -> out.add(Expectations.noFinding(c, Optional.empty()))));
        t.put("determinedBy", (ctx, n, f, out) -> {
            List<String> cites = rules(ctx, n, f);
            if (cites.isEmpty()) {
                out.add(notDetermined());
            }
            cites.forEach(c -> out.add(Expectations.determinedBy(c)));
        });
        t.put("determinedByExactly", (ctx, n, f, out) -> out.add(Expectations.determinedByExactly(rules(ctx, n, f))));
        t.put("openQuestions", (ctx, n, f, out) -> {
            List<String> keys = texts(ctx, n, f);
            if (keys.isEmpty()) {
                out.add(Expectations.openQuestionsExactly(List.of()));
            }
            keys.forEach(k -> out.add(Expectations.openQuestion(k)));
        });
        t.put("conditions", (ctx, n, f, out) -> {
            List<String> cites = rules(ctx, n, f);
            if (cites.isEmpty()) {
                out.add(Expectations.noConditions());
            }
            cites.forEach(c -> out.add(Expectations.condition(c)));
        });
        t.put("consultation", (ctx, n, f, out) -> {
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
        t.put("deadlines", (ctx, n, f, out) -> {
            List<JsonNode> items = ctx.array(n, f);
            if (items.isEmpty()) {
                out.add(noDeadlines());
            }
            for (int i = 0; i < items.size(); i++) {
                out.add(deadline(ctx, items.get(i), f + "[" + i + "]"));
            }
        });
        t.put("refusalChecks", (ctx, n, f, out) -> {
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
        t.put("refusalReasons", (ctx, n, f, out) -> {
            List<String> cites = citations(ctx, n, f);
            if (cites.isEmpty()) {
                throw ctx.fail(f, "lists no citation; give the articles the reasons must cite");
            }
            cites.forEach(c -> out.add(Expectations.refusalReason(c)));
        });
        READERS = java.util.Collections.unmodifiableMap(t);
    }

    /** The properties {@code expect} may have. */
    static final List<String> EXPECT = List.copyOf(READERS.keySet());

    static List<Expectation> expectations(Ctx ctx, Obj e) {
        List<Expectation> out = new ArrayList<>();
        READERS.forEach((name, reader) -> e.optional(name).ifPresent(n -> reader.read(ctx, n, e.field(name), out)));
        return List.copyOf(out);
    }


    static Expectation finding(Ctx ctx, JsonNode n, String field) {
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
    static Expectation refusalCheck(Ctx ctx, String ground, JsonNode n, String field) {
        Obj o = ctx.object(n, field, REFUSAL_CHECK);
        RefusalCheck.Answer answer = enumValue(ctx, o.required("answer"), o.field("answer"), RefusalCheck.Answer.class);
        Optional<String> restsOn = o.optional("restsOn").map(x -> rule(ctx, x, o.field("restsOn")));
        Optional<Integer> measure = o.optional("measure").map(x -> ctx.index(x, o.field("measure")));
        return Expectations.refusalCheck(ground, measure, answer, restsOn);
    }

    static Expectation deadline(Ctx ctx, JsonNode n, String field) {
        if (!n.isObject()) {
            return Expectations.deadline(rule(ctx, n, field), Optional.empty());
        }
        Obj o = ctx.object(n, field, DEADLINE);
        String rule = citationOrRuleId(ctx, o);
        Optional<TimeLimit> limit = o.optional("limit").map(v -> limit(ctx, v, o.field("limit")));
        return Expectations.deadline(rule, limit);
    }

    /** An object names its rule by {@code citation} or by {@code rule} (an id), not both. */
    static String citationOrRuleId(Ctx ctx, Obj o) {
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

    static Expectation noAdverseFindings() {
        return new Expectation() {
            @Override
            public String expected() {
                return "no finding [adverse]";
            }

            @Override
            public String actual(org.openmla.core.decision.Decision d) {
                return Expectations.describeFindings(d.findings().stream().filter(org.openmla.core.decision.Finding::isAdverse).toList(), "none");
            }

            @Override
            public boolean isMetBy(org.openmla.core.decision.Decision d) {
                return d.findings().stream().noneMatch(org.openmla.core.decision.Finding::isAdverse);
            }
        };
    }

    static Expectation notDetermined() {
        return new Expectation() {
            @Override
            public String expected() {
                return "determined by nothing (plain grant)";
            }

            @Override
            public String actual(org.openmla.core.decision.Decision d) {
                return Expectations.describeFindings(d.determiningFindings(), "nothing (plain grant)");
            }

            @Override
            public boolean isMetBy(org.openmla.core.decision.Decision d) {
                return d.determiningRuleIds().isEmpty();
            }
        };
    }

    static Expectation noDeadlines() {
        return new Expectation() {
            @Override
            public String expected() {
                return "no deadlines";
            }

            @Override
            public String actual(org.openmla.core.decision.Decision d) {
                return d.deadlines().isEmpty() ? "none" : d.deadlines().stream().map(x -> x.citation().toString()).toList().toString();
            }

            @Override
            public boolean isMetBy(org.openmla.core.decision.Decision d) {
                return d.deadlines().isEmpty();
            }
        };
    }
}
