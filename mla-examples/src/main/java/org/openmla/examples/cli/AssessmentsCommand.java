package org.openmla.examples.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mla assessments}: the assessment names {@code --assess} takes. */
@Command(name = "assessments", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class,
        description = {"List the assessment names --assess takes, with their questions.", "",
            "The standard ones and those the packs declare. true means the situation the question describes exists."})
final class AssessmentsCommand extends VocabularyCommand<Catalogue.KnownAssessment> {

    @Option(names = "--pack", paramLabel = "ID", description = "Only those a pack (or the packs it extends) declares.")
    String pack;

    @Override
    String pack() {
        return pack;
    }

    @Override
    List<Catalogue.KnownAssessment> entries(Catalogue catalogue) {
        return catalogue.assessments();
    }

    @Override
    String id(Catalogue.KnownAssessment a) {
        return a.key().id();
    }

    @Override
    List<String> packs(Catalogue.KnownAssessment a) {
        return a.declaredBy();
    }

    @Override
    String wording(Catalogue.KnownAssessment a) {
        return a.key().question();
    }
}
