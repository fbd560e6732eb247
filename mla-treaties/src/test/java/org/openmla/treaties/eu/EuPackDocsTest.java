package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.rules.CompiledRulePack;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.docs.PackDocGenerator;
import org.openmla.treaties.docs.PackDocumentation;

/**
 * The EU packs' documentation covers every rule, and the committed {@code docs/packs/*.md} files are what the
 * generator makes of the packs. To regenerate after changing a pack, run this test with
 * {@code -Dopenmla.docs.write=true}.
 */
class EuPackDocsTest {

    static Stream<PackDocumentation> documentation() {
        return EuTreatyFamily.INSTANCE.documentation().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentation")
    void the_documentation_lists_a_provision_for_every_rule_and_a_rule_for_every_encoded_provision(PackDocumentation doc) {
        CompiledRulePack pack = BuiltInPacks.registry().get(doc.packId());

        assertThat(PackDocGenerator.problems(pack, doc)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentation")
    void the_committed_pack_listing_is_up_to_date(PackDocumentation doc) throws IOException {
        String generated = PackDocGenerator.render(BuiltInPacks.registry().get(doc.packId()), doc);
        Path file = repositoryRoot().resolve("docs/packs").resolve(doc.fileName());
        if (Boolean.getBoolean("openmla.docs.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }

        assertThat(file).as("docs/packs/%s (regenerate with -Dopenmla.docs.write=true)", doc.fileName()).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("docs/packs/%s is stale: regenerate with -Dopenmla.docs.write=true",
                doc.fileName()).isEqualTo(generated);
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root (the directory holding mvnw)").isNotNull();
        return dir;
    }
}
