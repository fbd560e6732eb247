package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.engine.RulePackRegistry;

/**
 * Packs are found through {@link java.util.ServiceLoader} on the module path too: a provider module declared with
 * {@code provides org.openmla.core.rules.RulePackProvider with ...} is compiled and run against mla-core as a named
 * module. (Class-path discovery is covered by {@link RulePackRegistryTest}.)
 */
class ModulePathDiscoveryTest {

    @Test
    void a_provider_module_on_the_module_path_is_discovered(@TempDir Path tmp) throws Exception {
        Path core = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path slf4j = Path.of(LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(core.resolve("module-info.class")).exists();
        Path src = tmp.resolve("src/test.packs/test/packs");
        Files.createDirectories(src);
        Files.writeString(src.getParent().getParent().resolve("module-info.java"), """
                module test.packs {
                    requires org.openmla.core;
                    provides org.openmla.core.rules.RulePackProvider with test.packs.Provider;
                }
                """);
        Files.writeString(src.resolve("Provider.java"), """
                package test.packs;
                import java.util.List;
                import org.openmla.core.rules.*;
                public final class Provider implements RulePackProvider {
                    public List<RulePack> packs() {
                        return List.of(RulePack.builder("MODULE-TEST", "2.0.0")
                            .rule(Rule.builder("m.1", "MODULE-TEST art. 1").condition().statement("Found on the module path.")
                                .when(Conditions.always()).build())
                            .build());
                    }
                }
                """);
        Files.writeString(src.resolve("Main.java"), """
                package test.packs;
                import org.openmla.core.engine.*;
                public final class Main {
                    public static void main(String[] args) {
                        for (CompiledRulePack p : RulePackRegistry.discover().packs()) {
                            System.out.println("FOUND " + p.id() + "@" + p.version() + " in " + p.getClass().getModule().getName());
                        }
                    }
                }
                """);
        Path out = tmp.resolve("out");
        // mla-core's dependencies (Jackson, Bean Validation, Hibernate Validator and its own) are ordinary ones: a host's module path has them.
        StringBuilder modulePath = new StringBuilder(core + File.pathSeparator + slf4j);
        for (Class<?> dependency : List.of(com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.annotation.JsonProperty.class, jakarta.validation.Validator.class,
                org.hibernate.validator.HibernateValidator.class, org.jboss.logging.Logger.class, com.fasterxml.classmate.TypeResolver.class)) {
            modulePath.append(File.pathSeparator).append(Path.of(dependency.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        String compiled = run(List.of(bin.resolve("javac").toString(), "-d", out.toString(), "--module-path", modulePath.toString(),
                "--module-source-path", tmp.resolve("src").toString(), "--module", "test.packs"));
        assertThat(compiled).isEmpty();

        String output = run(List.of(bin.resolve("java").toString(), "--module-path", out.resolve("test.packs") + File.pathSeparator + modulePath.toString(),
                "-m", "test.packs/test.packs.Main"));

        assertThat(output).contains("FOUND MODULE-TEST@2.0.0 in org.openmla.core");
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + command.get(0)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

}
