package org.openmla.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.rules.FindingList;

/** Argument checks shared by the model's constructors. Messages never quote the checked value. */
public final class Checks {
    private Checks() {}

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters (was " + value.length() + ")");
        }
        return value;
    }

    public static Optional<String> optionalText(Optional<String> value, String field, int maxLength) {
        required(value, field);
        if (value.isPresent()) { // no capturing lambda per check
            text(value.get(), field, maxLength);
        }
        return value;
    }

    public static <T> Optional<T> optional(Optional<T> value, String field) {
        return required(value, field);
    }

    /** The classes of {@code List.of} and {@code List.copyOf} lists, which nothing can change after they are made. */
    private static final Class<?> LIST_12 = List.of(1).getClass();
    private static final Class<?> LIST_N = List.of().getClass();

    /**
     * Copies a list into an unmodifiable one, rejecting null lists and null elements. A list made by {@code List.of}
     * or {@code List.copyOf}, or handed over as a {@link FrozenList}, an engine's {@link FindingList} or a finding's facts, cannot change,
     * so it is checked (where it could hold a null) and kept rather than copied again.
     */
    public static <T> List<T> list(List<T> value, String field) {
        required(value, field);
        Class<?> type = value.getClass();
        if (type == FrozenList.class || type == FindingList.class || type == FindingList.FactsView.class || type == LIST_12) {
            return value; // made here, or by List.of with one or two elements: none of them can hold a null
        }
        if (type == LIST_N) {
            for (int i = 0; i < value.size(); i++) { // Stream.toList() makes this class too, and it may hold nulls
                if (value.get(i) == null) {
                    throw new InvalidValueException(field + "[" + i + "]", "must not be null");
                }
            }
            return value;
        }
        if (value.isEmpty()) {
            return Collections.emptyList(); // as unmodifiable as a copy, and shared
        }
        List<T> copy = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            T element = value.get(i);
            if (element == null) {
                throw new InvalidValueException(field + "[" + i + "]", "must not be null");
            }
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Copies a list of strings, rejecting null, blank and over-long elements. */
    public static List<String> textList(List<String> value, String field, int maxLength) {
        List<String> copy = list(value, field);
        for (int i = 0; i < copy.size(); i++) {
            String element = copy.get(i);
            if (element.isBlank() || element.length() > maxLength) { // the field's name is built only to report a problem
                text(element, field + "[" + i + "]", maxLength);
            }
        }
        return copy;
    }

    public static <T> Set<T> set(Set<T> value, String field) {
        required(value, field);
        for (T element : value) {
            if (element == null) {
                throw new InvalidValueException(field, "must not contain null");
            }
        }
        return Set.copyOf(value);
    }

    public static <K, V> Map<K, V> map(Map<K, V> value, String field) {
        required(value, field);
        for (Map.Entry<K, V> e : value.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidValueException(field, "must not contain null keys or values");
            }
        }
        return Map.copyOf(value);
    }

    /** Describes free text without revealing it, not even its length, for {@code toString}. */
    public static String redacted(Optional<String> text) {
        return text.isPresent() ? "<redacted>" : "<absent>";
    }

    /** Describes free text without revealing it, not even its length, for {@code toString}. */
    public static String redacted(String text) {
        return text == null ? "<absent>" : "<redacted>";
    }
}
