package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/lifecycle.md shows the table as it is: its generated parts equal what the table renders now. */
class LifecycleDocTest {

    @Test
    void the_document_shows_the_transition_table_as_it_is() throws IOException {
        Path file = LifecycleDocs.file();
        String current = Files.readString(file, StandardCharsets.UTF_8);
        String rendered = LifecycleDocs.render(current);
        if (Boolean.getBoolean("openmla.regenerateDocs") && !rendered.equals(current)) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            current = rendered;
        }

        assertThat(current).as("docs/lifecycle.md is out of date with TransitionTable; regenerate it with "
                + "./mvnw -B -q -o test -pl mla-core -Dtest=LifecycleDocTest -Dopenmla.regenerateDocs=true").isEqualTo(rendered);
    }

    @Test
    void the_diagram_has_one_arrow_per_pair_of_states_and_names_every_command_of_the_table() {
        String mermaid = TransitionTable.standard().mermaid();

        assertThat(mermaid).startsWith("stateDiagram-v2\n    [*] --> DRAFT\n").endsWith("    CLOSED --> [*]\n");
        assertThat(mermaid).contains("    UNDER_REVIEW --> REFUSED : REFUSE\n", "    RECEIVED --> RECEIVED : ACKNOWLEDGE, RECORD_DECISION, RECORD_ARREST, RECORD_CONSENT_TO_SURRENDER, EXTEND_DEADLINE\n");
        for (TransitionRule r : TransitionTable.standard().rules()) {
            assertThat(mermaid).containsPattern("(?m)^    " + r.from() + " --> " + r.to() + " : .*\\b" + r.command() + "\\b");
        }
    }
}
