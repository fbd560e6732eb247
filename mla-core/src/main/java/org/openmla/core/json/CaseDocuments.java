package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.openmla.core.lifecycle.RequestCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The case side of {@link MlaJson}: writing a sealed case, reading a case document and logging what it rests on. */
final class CaseDocuments {
    /** Logged under {@link MlaJson}, the class hosts configure. */
    private static final Logger LOG = LoggerFactory.getLogger(MlaJson.class);

    private CaseDocuments() {}

    /** @return the case sealed with the host's key, pretty-printed by {@code writer} */
    static String write(ObjectWriter writer, RequestCase requestCase, CaseSeal seal) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = writer.createGenerator(out)) {
            CaseJson.requestCase(requestCase, generator, Optional.of(seal));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case", e);
        }
        return out.toString();
    }

    /** @return the case document, its seal checked when one is given; logs a document without a chain or guard facts */
    static CaseDocument read(DocumentReader reader, String json, Optional<CaseSeal> seal) {
        CaseDocument document = reader.read(json, CaseJson.document(seal));
        if (document.integrity() == CaseDocument.Integrity.NO_CHAIN) {
            LOG.info("Read case {} from a version {} case document, which carries no hash chain", document.requestCase().caseId(),
                    document.schemaVersion());
        } else if (!document.guardsNotRechecked().isEmpty()) {
            LOG.info("Read case {} from a version {} case document, whose decision references carry no guard facts", document.requestCase().caseId(),
                    document.schemaVersion());
        }
        return document;
    }
}
