package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the field an {@link org.openmla.core.InvalidValueException} names ({@code MlaRequest.measures[0].targets[1]})
 * into a JSON Pointer below the object that was being constructed ({@code /measures/0/targets/1}). JSON property
 * names are the record component names, so the mapping is mechanical.
 */
final class FieldPaths {
    private static final Pattern FIELD = Pattern.compile("[A-Z][A-Za-z]*((?:\\.[a-z][A-Za-z0-9]*(?:\\[\\d+])*)*)");
    private static final Pattern SEGMENT = Pattern.compile("\\.([a-z][A-Za-z0-9]*)|\\[(\\d+)]");

    private FieldPaths() {}

    /** @return the pointer of the field, or {@code objectPointer} if the field does not have the expected form */
    static JsonPointer toPointer(JsonPointer objectPointer, String field) {
        Matcher whole = FIELD.matcher(field);
        if (!whole.matches()) {
            return objectPointer;
        }
        JsonPointer pointer = objectPointer;
        Matcher segment = SEGMENT.matcher(whole.group(1));
        while (segment.find()) {
            pointer = segment.group(1) != null
                    ? pointer.appendProperty(segment.group(1))
                    : pointer.appendIndex(Integer.parseInt(segment.group(2)));
        }
        return pointer;
    }
}
