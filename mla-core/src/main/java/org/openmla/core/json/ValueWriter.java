package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one model value as one JSON value.
 *
 * @param <T> the model type
 */
@FunctionalInterface
interface ValueWriter<T> {
    void write(T value, JsonGenerator out) throws IOException;
}
