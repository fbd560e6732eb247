package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** A Jackson serializer that delegates to a {@link ValueWriter}. Immutable. */
final class ModelSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient ValueWriter<T> writer;

    ModelSerializer(Class<T> type, ValueWriter<T> writer) {
        super(type);
        this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
        writer.write(value, out);
    }
}
