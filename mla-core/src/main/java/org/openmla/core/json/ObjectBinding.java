package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openmla.core.InvalidValueException;

/**
 * Binds the members of one JSON object to the components of one record: reports unknown properties, missing
 * required ones, values of the wrong type and values that break the component's constraints, then constructs the
 * record only if nothing was reported inside the object. Not thread-safe; one per object.
 */
final class ObjectBinding {
    private final JsonNode node;
    private final JsonPointer at;
    private final BindingContext context;
    private final Class<?> type;
    private final int problemsBefore;

    private ObjectBinding(JsonNode node, JsonPointer at, BindingContext context, Class<?> type) {
        this.node = node;
        this.at = at;
        this.context = context;
        this.type = type;
        this.problemsBefore = context.problemCount();
    }

    /**
     * Opens an object, reporting every property not in {@code properties}.
     *
     * @return the binding, or empty if the value is not an object (which is reported)
     */
    static Optional<ObjectBinding> open(JsonNode node, JsonPointer at, BindingContext context, Class<?> type, List<String> properties) {
        if (!node.isObject()) {
            return JsonTypes.mismatch(node, at, context, "an object");
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (!properties.contains(member.getKey())) {
                // the unknown name is not echoed (it may be personal data typed as a key): the problem is at the object
                context.report(at, "has a property that is not allowed here (allowed: " + String.join(", ", properties) + ")");
            }
        }
        return Optional.of(new ObjectBinding(node, at, context, type));
    }

    /** @return the raw member, or null if absent */
    JsonNode member(String name) {
        return node.get(name);
    }

    /** @return where a member is */
    JsonPointer pointer(String name) {
        return at.appendProperty(name);
    }

    /** Binds a required member; reports it if it is missing. @return the value, or null after a problem */
    <T> T required(String name, Binder<T> binder) {
        JsonNode value = node.get(name);
        if (value == null) {
            context.report(pointer(name), "required property is missing");
            return null;
        }
        Optional<T> bound = binder.bind(value, pointer(name), context);
        bound.ifPresent(v -> context.check(type, name, v, at));
        return bound.orElse(null);
    }

    /** Binds an optional member. @return the value, empty if absent or after a problem */
    <T> Optional<T> optional(String name, Binder<T> binder) {
        JsonNode value = node.get(name);
        if (value == null) {
            return Optional.empty();
        }
        Optional<T> bound = binder.bind(value, pointer(name), context);
        bound.ifPresent(v -> context.check(type, name, Optional.of(v), at));
        return bound;
    }

    /** Binds an optional member of a component that is not an {@code Optional}. @return the value, or {@code absent} */
    <T> T withDefault(String name, Binder<T> binder, T absent) {
        JsonNode value = node.get(name);
        if (value == null) {
            return absent;
        }
        Optional<T> bound = binder.bind(value, pointer(name), context);
        bound.ifPresent(v -> context.check(type, name, v, at));
        return bound.orElse(absent);
    }

    /** Binds an optional boolean member; absent means {@code false}. */
    boolean flag(String name) {
        return withDefault(name, Scalars.BOOLEAN, false);
    }

    /** Binds an optional array member; absent means empty. Null elements are reported. */
    <T> List<T> list(String name, Binder<T> element) {
        JsonNode value = node.get(name);
        if (value == null) {
            return List.of();
        }
        JsonPointer where = pointer(name);
        if (!value.isArray()) {
            JsonTypes.mismatch(value, where, context, "an array");
            return List.of();
        }
        List<T> elements = new ArrayList<>(value.size());
        boolean complete = true;
        for (int i = 0; i < value.size(); i++) {
            Optional<T> bound = element.bind(value.get(i), where.appendIndex(i), context);
            complete &= bound.isPresent();
            bound.ifPresent(elements::add);
        }
        if (complete) {
            context.check(type, name, Collections.unmodifiableList(elements), at);
        }
        return elements;
    }

    /**
     * Constructs the record if nothing was reported inside this object; a constructor's rejection (a cross-field
     * rule) is reported at the field it names.
     */
    <T> Optional<T> build(Supplier<T> constructor) {
        if (context.problemCount() > problemsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(constructor.get());
        } catch (InvalidValueException e) {
            context.report(FieldPaths.toPointer(at, e.field()), e.problem());
            return Optional.empty();
        }
    }
}
