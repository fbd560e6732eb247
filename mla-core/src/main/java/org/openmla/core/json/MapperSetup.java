package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** How {@link MlaJson} configures Jackson: the read limits and strict features, the model module, the pretty printer. */
final class MapperSetup {
    private MapperSetup() {}

    /** @return a new mapper with the limits and features {@link MlaJson} documents, and {@link MlaJsonModule} */
    static ObjectMapper mapper() {
        return builder().addModule(new MlaJsonModule()).build();
    }

    /**
     * @return a new mapper with the same limits and features but no module: enough to read a document into a tree,
     *     which the binders turn into model values themselves (registering the module's serializers and deserializers
     *     is most of a mapper's set-up, and reading never uses them)
     */
    static ObjectMapper readingMapper() {
        return builder().build();
    }

    private static JsonMapper.Builder builder() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MlaJson.MAX_NESTING_DEPTH)
                .maxStringLength(MlaJson.MAX_STRING_LENGTH)
                .maxDocumentLength(MlaJson.MAX_DOCUMENT_CHARS)
                .maxNumberLength(MlaJson.MAX_NUMBER_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** @return two-space indentation, {@code \n} line ends, a space after each colon */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
