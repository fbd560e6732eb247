package org.openmla.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.openmla.core.MlaException;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.parties.PartyDataException;
import org.openmla.treaties.resolver.LegalBasisResolver;

/**
 * What the commands share for one run: the clock, the packs found through the service loader (built-in and any
 * others on the class path, such as this module's example treaty), the engine, the catalogue of names, and
 * resolvers over the shipped party data and the user's additions. Built lazily; not thread-safe (one run, one thread).
 */
final class Workbench {
    private final Clock clock;
    private List<Path> packPath = List.of();
    private RulePackRegistry registry;
    private RulesEngine engine;
    private Catalogue catalogue;

    Workbench(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Clock clock() {
        return clock;
    }

    /** Jars and directories of jars whose packs are added to those on the class path ({@code --pack-path}). */
    void packPath(List<Path> entries) {
        if (registry != null) {
            throw new IllegalStateException("the packs are already loaded");
        }
        packPath = List.copyOf(entries);
    }

    RulePackRegistry registry() {
        if (registry == null) {
            try {
                registry = packPath.isEmpty()
                        ? RulePackRegistry.discover()
                        : RulePackRegistry.builder().discover(PackPath.loader(packPath, Workbench.class.getClassLoader())).build();
            } catch (MlaException | java.util.ServiceConfigurationError e) {
                throw new SetupFailure("the rule packs on the class path" + (packPath.isEmpty() ? "" : " and the --pack-path")
                        + " are inconsistent: " + e.getMessage(), e);
            }
        }
        return registry;
    }

    RulesEngine engine() {
        if (engine == null) {
            engine = RulesEngine.of(registry());
        }
        return engine;
    }

    Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = Catalogue.of(registry());
        }
        return catalogue;
    }

    /**
     * A resolver over the shipped party data with the user's documents laid over it, in order.
     *
     * @throws BadInputException if a document is missing or malformed
     */
    LegalBasisResolver resolver(List<Path> partyDataFiles) {
        PartyData data = BuiltInPacks.partyData();
        for (Path file : partyDataFiles) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("--party-data: no such file: " + file);
            }
            try {
                data = data.withDocument(file);
            } catch (PartyDataException e) {
                throw new BadInputException("--party-data: " + e.getMessage(), e);
            }
        }
        return BuiltInPacks.resolver(registry()).withPartyData(data);
    }
}
