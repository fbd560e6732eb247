package org.openmla.testkit.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;
import org.openmla.testkit.scenario.ScenarioFormatException;

/**
 * The strict YAML binder under the scenario reader: objects checked against their allowed properties, and values of
 * the expected kind, each failure naming the file, the scenario and the field.
 */
final class YamlBinder {
    private YamlBinder() {}

    private static final Pattern LIMIT = Pattern.compile("([1-9][0-9]{0,5}) (hour|working day|day|week|month)s?");

    static Verdict verdict(Ctx ctx, JsonNode n, String field) {
        if (n.isBoolean()) {
            return n.booleanValue() ? Verdict.TRUE : Verdict.FALSE;
        }
        return enumValue(ctx, n, field, Verdict.class);
    }

    static TimeLimit limit(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        Matcher m = LIMIT.matcher(text.strip());
        if (!m.matches()) {
            throw ctx.fail(field, "'" + text + "' is not a time limit like '30 days', '8 hours', '5 working days', '2 weeks' or '3 months'");
        }
        TimeLimit.Unit unit = switch (m.group(2)) {
            case "hour" -> TimeLimit.Unit.HOURS;
            case "working day" -> TimeLimit.Unit.WORKING_DAYS;
            case "day" -> TimeLimit.Unit.DAYS;
            case "week" -> TimeLimit.Unit.WEEKS;
            default -> TimeLimit.Unit.MONTHS;
        };
        return new TimeLimit(Long.parseLong(m.group(1)), unit);
    }

    static String citation(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        try {
            return Citation.parse(text).toString();
        } catch (InvalidValueException e) {
            throw ctx.fail(field, "'" + text + "' is not a citation like 'UNTOC art. 18(21)(b)'");
        }
    }

    /** A citation ({@code UNTOC art. 18(21)(b)}) or a rule id ({@code untoc.18.21.b}), see {@link RuleRef}. */
    static String rule(Ctx ctx, JsonNode n, String field) {
        String text = ctx.text(n, field);
        try {
            return RuleRef.parse(text).toString();
        } catch (InvalidValueException e) {
            throw ctx.fail(field, "'" + text + "' is not a citation like 'UNTOC art. 18(21)(b)' or a rule id like 'untoc.18.21.b'");
        }
    }

    static List<String> rules(Ctx ctx, JsonNode n, String field) {
        List<JsonNode> items = ctx.array(n, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(rule(ctx, items.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    static List<Citation> provisions(Ctx ctx, JsonNode n, String field) {
        List<String> cites = citations(ctx, n, field);
        if (cites.isEmpty()) {
            throw ctx.fail(field, "lists no provision; leave the property out instead");
        }
        return cites.stream().map(Citation::parse).toList();
    }

    static List<String> citations(Ctx ctx, JsonNode n, String field) {
        List<JsonNode> items = ctx.array(n, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(citation(ctx, items.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    static <E extends Enum<E>> E enumValue(Ctx ctx, JsonNode n, String field, Class<E> type) {
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

    static boolean bool(Ctx ctx, JsonNode n, String field) {
        if (!n.isBoolean()) {
            throw ctx.fail(field, "must be true or false (was " + kind(n) + ")");
        }
        return n.booleanValue();
    }

    static int index(Ctx ctx, String key, String field) {
        if (!key.matches("0|[1-9][0-9]{0,3}")) {
            throw ctx.fail(field + "." + key, "'" + key + "' is not a measure index (0 for the first measure, 1 for the second, ...)");
        }
        return Integer.parseInt(key);
    }

    static List<String> texts(Ctx ctx, JsonNode n, String field) {
        List<JsonNode> items = ctx.array(n, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(ctx.text(items.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    static List<Map.Entry<String, JsonNode>> entries(Ctx ctx, JsonNode n, String field, String what) {
        if (!n.isObject()) {
            throw ctx.fail(field, "must be " + what + " (was " + kind(n) + ")");
        }
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        n.fields().forEachRemaining(out::add);
        return out;
    }

    static List<JsonNode> list(JsonNode n) {
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

    static String where(JsonLocation location) {
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
