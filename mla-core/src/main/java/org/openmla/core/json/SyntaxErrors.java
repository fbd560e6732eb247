package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into {@link JsonProblem}s. Jackson's messages can quote the document (an unrecognized
 * token, a duplicate name); only their non-quoting parts are kept.
 */
final class SyntaxErrors {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Set<String> HARMLESS_QUOTES = Set.of("'null'", "'true'", "'false'");
    private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[^`]*`");

    private SyntaxErrors() {}

    static JsonProblem problem(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new JsonProblem(knownPart(parser.getParsingContext()), describe(e), location.getLineNr(), location.getColumnNr());
    }

    /**
     * The parser's place as a pointer, up to its first property name the formats do not have: such a name may be
     * personal data typed as a key, and is not echoed. Array indexes are kept.
     */
    static String knownPart(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, String.valueOf(Math.max(0, c.getCurrentIndex())));
            } else if (c.getCurrentName() != null) {
                if (!FormatNames.ALL.contains(c.getCurrentName())) {
                    segments.clear(); // everything below an unknown name is dropped with it
                    segments.add(0, null);
                } else {
                    segments.add(0, c.getCurrentName());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            if (segment == null) {
                break;
            }
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    static String describe(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return "document exceeds a reading limit: " + CONSTRAINT_SOURCE.matcher(original).replaceAll("");
        }
        if (original.startsWith("Trailing token")) {
            return "unexpected content after the end of the JSON value";
        }
        if (original.startsWith("Duplicate")) {
            return "duplicate property";
        }
        if (original.startsWith("Unrecognized token")) {
            return "malformed JSON: unrecognized token (expected a string, number, array, object, true, false or null)";
        }
        return "malformed JSON: " + redactQuotes(original);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Keeps a quoted single character (Jackson's "Unexpected character ('x' (code 120))") and JSON literals. */
    private static String redactQuotes(String message) {
        Matcher quoted = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String q = quoted.group();
            boolean keep = q.length() <= 3 || HARMLESS_QUOTES.contains(q);
            quoted.appendReplacement(out, Matcher.quoteReplacement(keep ? q : "'...'"));
        }
        quoted.appendTail(out);
        return out.toString();
    }
}
