package org.openmla.examples.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mla grounds}: the refusal grounds {@code --propose-refusal} takes. */
@Command(name = "grounds", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class,
        description = {"List the refusal grounds --propose-refusal takes.", "",
            "The standard ones and those the packs' rules name or the packs declare."})
final class GroundsCommand extends VocabularyCommand<Catalogue.KnownGround> {

    @Option(names = "--pack", paramLabel = "ID", description = "Only those a pack's rules name or it declares.")
    String pack;

    @Override
    String pack() {
        return pack;
    }

    @Override
    List<Catalogue.KnownGround> entries(Catalogue catalogue) {
        return catalogue.grounds();
    }

    @Override
    String id(Catalogue.KnownGround g) {
        return g.ground().id();
    }

    @Override
    List<String> packs(Catalogue.KnownGround g) {
        return g.usedBy();
    }

    @Override
    String wording(Catalogue.KnownGround g) {
        return g.ground().description();
    }
}
