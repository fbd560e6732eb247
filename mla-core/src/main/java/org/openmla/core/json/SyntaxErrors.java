package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return new JsonProblem(pointer, describe(e), location.getLineNr(), location.getColumnNr());
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
