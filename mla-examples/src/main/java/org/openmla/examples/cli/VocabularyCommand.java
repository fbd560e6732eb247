package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Lists names the options take (assessments, refusal grounds), each with the packs that use it and its wording,
 * optionally for one pack only. The subclasses say what is listed; picocli sees the inherited fields.
 *
 * @param <T> a listed entry
 */
abstract class VocabularyCommand<T> implements Callable<Integer> {

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    /** @return the pack to list for, or null for all; set by the subclass's {@code --pack} option */
    abstract String pack();

    abstract List<T> entries(Catalogue catalogue);

    abstract String id(T entry);

    abstract List<String> packs(T entry);

    abstract String wording(T entry);

    @Override
    public Integer call() {
        String pack = pack();
        if (pack != null && parent.bench.registry().find(pack).isEmpty()) {
            throw new BadInputException("--pack: no rule pack '" + EvaluationOptions.shorten(pack) + "' is registered; 'mla packs' lists them");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (T entry : entries(parent.bench.catalogue())) {
            if (pack != null && !packs(entry).contains(pack)) {
                continue;
            }
            out.println(id(entry) + "  (" + String.join(", ", packs(entry)) + ")");
            out.println("    " + wording(entry));
        }
        out.flush();
        return MlaCli.EXIT_OK;
    }
}
