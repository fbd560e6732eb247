package org.openmla.treaties.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.openmla.core.MlaException;

/** The documentation prose lives in Markdown resources; reading and writing them are each other's inverse. */
class DocumentationResourceTest {

    static java.util.stream.Stream<PackDocumentation> documentation() {
        return DocumentationResource.builtIn().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentation")
    void each_resource_is_exactly_what_writing_its_documentation_gives(PackDocumentation doc) throws IOException {
        String name = doc.packId().toLowerCase(java.util.Locale.ROOT) + ".md";
        try (InputStream in = DocumentationResource.class.getResourceAsStream(name)) {
            String resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(DocumentationResource.write(doc)).isEqualTo(resource);
            assertThat(DocumentationResource.parse(doc.packId(), resource)).isEqualTo(doc);
        }
    }

    @Test
    void the_built_in_documentation_is_read_once() {
        assertThat(DocumentationResource.builtIn()).isSameAs(DocumentationResource.builtIn());
    }

    @Test
    void a_malformed_resource_names_the_pack_and_the_problem() {
        String text = "# T\n\nfile: x.md\n\n## Introduction\n\nIntro.\n\n## Layering\n\n- a\n\n## Dual criminality\n\n"
                + "variants: DISCRETIONARY\nrules:\n\nSummary.\n\n## Coverage\n\n- not encoded: UNTOC art. 18(2) — Legal persons.\n";
        assertThat(DocumentationResource.parse("X", text).coverage().get(0).notEncodedBecause()).contains("Legal persons.");
        assertThatThrownBy(() -> DocumentationResource.parse("X", text.replace(" — Legal persons.", ""))).isInstanceOf(MlaException.class)
                .hasMessageContaining("pack X").hasMessageContaining("no reason is given");
        assertThatThrownBy(() -> DocumentationResource.parse("X", text.replace("## Layering", "## Layers"))).hasMessageContaining("'## Layering' is missing");
        assertThatThrownBy(() -> DocumentationResource.parse("X", text.replace("DISCRETIONARY", "SOMETIMES"))).hasMessageContaining("SOMETIMES");
        assertThatThrownBy(() -> DocumentationResource.load("NO_SUCH_PACK")).hasMessageContaining("no_such_pack.md is missing");
    }
}
