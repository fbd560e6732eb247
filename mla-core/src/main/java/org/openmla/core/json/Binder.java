package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Binds one JSON value to a model value. A binder reports every problem it finds to the context and returns a value
 * only if it found none.
 *
 * @param <T> the model type
 */
@FunctionalInterface
interface Binder<T> {

    /**
     * @param node the value, never null (a JSON null is a {@code NullNode})
     * @param at where the value is
     * @param context where problems go
     * @return the model value, or empty if a problem was reported
     */
    Optional<T> bind(JsonNode node, JsonPointer at, BindingContext context);
}
