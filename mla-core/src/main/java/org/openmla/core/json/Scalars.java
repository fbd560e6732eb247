package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.RequestId;

/**
 * Binders for JSON strings and booleans. Messages quote a rejected value only when it has the shape of a code
 * (upper-case letters, digits and '_'); dates are never quoted, as a date may be a date of birth.
 */
final class Scalars {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("-?P(?:-?\\d{1,9}Y)?(?:-?\\d{1,9}M)?(?:-?\\d{1,9}W)?(?:-?\\d{1,9}D)?");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    /** Above this many constants a message points to the schema instead of listing them. */
    private static final int MAX_LISTED_CONSTANTS = 12;

    private Scalars() {}

    static final Binder<String> TEXT = (node, at, context) ->
            node.isTextual() ? Optional.of(node.textValue()) : JsonTypes.mismatch(node, at, context, "a string");

    static final Binder<Boolean> BOOLEAN = (node, at, context) ->
            node.isBoolean() ? Optional.of(node.booleanValue()) : JsonTypes.mismatch(node, at, context, "a boolean (true or false)");

    static final Binder<LocalDate> DATE_VALUE = (node, at, context) -> text(node, at, context).flatMap(text -> {
        if (DATE.matcher(text).matches()) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // reported below, without quoting the value
            }
        }
        context.report(at, "must be an existing calendar date in ISO-8601 form yyyy-mm-dd");
        return Optional.empty();
    });

    static final Binder<Period> PERIOD_VALUE = (node, at, context) -> text(node, at, context).flatMap(text -> {
        // Signs are accepted here so that a negative period is reported by the model's constraint, as such.
        if (PERIOD.matcher(text).matches() && !text.endsWith("P")) {
            try {
                return Optional.of(Period.parse(text));
            } catch (DateTimeParseException e) {
                // out of range: reported below
            }
        }
        context.report(at, "must be an ISO-8601 period of years, months, weeks and days, such as P4Y or P18M");
        return Optional.empty();
    });

    static final Binder<Jurisdiction> STATE_VALUE = (node, at, context) -> text(node, at, context).flatMap(code -> {
        if (!STATE.matcher(code).matches()) {
            context.report(at, "must be an upper-case ISO 3166-1 alpha-2 (or alpha-3) code");
            return Optional.empty();
        }
        if (!Jurisdiction.isKnown(code)) {
            context.report(at, "is not a known ISO 3166-1 code");
            return Optional.empty();
        }
        return Optional.of(Jurisdiction.of(code));
    });

    static final Binder<LanguageCode> LANGUAGE_VALUE = (node, at, context) -> text(node, at, context).flatMap(code -> {
        if (!LANGUAGE.matcher(code).matches()) {
            context.report(at, "must be a lower-case ISO 639-1 code");
            return Optional.empty();
        }
        return construct(at, context, () -> new LanguageCode(code));
    });

    static final Binder<RequestId> REQUEST_ID = (node, at, context) ->
            text(node, at, context).flatMap(id -> construct(at, context, () -> new RequestId(id)));

    /** @return a binder accepting exactly the constant names of {@code type} */
    static <E extends Enum<E>> Binder<E> enumValue(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String allowed = constants.length <= MAX_LISTED_CONSTANTS
                ? "allowed: " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "))
                : constants.length + " values, listed in the JSON Schema";
        return (node, at, context) -> text(node, at, context).flatMap(name -> {
            for (E constant : constants) {
                if (constant.name().equals(name)) {
                    return Optional.of(constant);
                }
            }
            context.report(at, "is not a known " + type.getSimpleName() + " code (" + allowed + ")");
            return Optional.empty();
        });
    }

    private static Optional<String> text(JsonNode node, JsonPointer at, BindingContext context) {
        return TEXT.bind(node, at, context);
    }

    /** Constructs a single-component value; its constructor's rejection is reported at the value itself. */
    private static <T> Optional<T> construct(JsonPointer at, BindingContext context, java.util.function.Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (InvalidValueException e) {
            context.report(at, e.problem());
            return Optional.empty();
        }
    }
}
