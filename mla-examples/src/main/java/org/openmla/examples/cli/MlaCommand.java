package org.openmla.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code mla} command: holds the workbench and the options every command takes. Its subcommands are
 * added by {@link MlaCli}, in the order {@code mla --help} lists them.
 */
@Command(name = "mla", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class, sortOptions = false,
        description = {"OpenMLA: decide and explain mutual legal assistance requests against treaty rule packs.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done: every request decided (whatever its outcome), every file valid",
            "1:a decision's outcome is one --fail-on names (e.g. --fail-on MUST_REFUSE,DEFICIENT)",
            "2:bad input: a missing or malformed file, an unknown option, assessment, ground or pack",
            "3:the engine could not complete a decision (ENGINE_ERROR), or an unexpected error"},
        footer = {"", "Start with: mla demo"})
final class MlaCommand implements Runnable {

    final Workbench bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean debug;

    @Option(names = "--pack-path", scope = ScopeType.INHERIT, paramLabel = "DIR|JAR",
            description = "Add the rule packs of this jar, or of every jar in this directory (found through "
                    + "META-INF/services/org.openmla.core.rules.RulePackProvider). Repeatable.")
    void packPath(List<Path> entries) {
        bench.packPath(entries);
    }

    MlaCommand(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required, e.g. 'mla demo' or 'mla evaluate FILE'");
    }

    /** The version, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = MlaCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // fall through to the default
            }
            return new String[] {"mla (OpenMLA) " + p.getProperty("version", "development build")};
        }
    }
}
