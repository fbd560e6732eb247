package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import org.openmla.core.MlaException;
import org.openmla.core.json.MlaJsonException;
import picocli.CommandLine;

/**
 * The {@code mla} command line: evaluate, explain and validate requests, list packs, rules, assessments and grounds,
 * and walk a request through its lifecycle. Run {@code mla --help} or {@code mla help COMMAND} for the options; the
 * repository's {@code ./mla} script builds and runs it.
 *
 * <p>Exit codes:
 * <ul>
 *   <li>{@value #EXIT_OK}: done (every request decided, or every file valid);</li>
 *   <li>{@value #EXIT_FAIL_ON}: a decision's outcome is one that {@code --fail-on} names (e.g. refused or deficient);</li>
 *   <li>{@value #EXIT_BAD_INPUT}: bad input: a missing or malformed file, an unknown option, assessment, ground or pack;
 *       the message says what, without a stack trace unless {@code --debug} is given;</li>
 *   <li>{@value #EXIT_FAILURE}: the engine could not complete a decision ({@code ENGINE_ERROR}), the input is too large
 *       for the memory given ("too large"), or an unexpected error or exception occurred: one line naming its class,
 *       never its message, and the stack trace only with {@code --debug}.</li>
 * </ul>
 *
 * <p>Output never contains personal data beyond what a decision holds (ids, citations, statements, fact labels):
 * error messages name files, fields and codes, never values from the request.
 */
public final class MlaCli {
    /** Done. */
    public static final int EXIT_OK = 0;
    /** An outcome named by {@code --fail-on} occurred. */
    public static final int EXIT_FAIL_ON = 1;
    /** Bad input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** The engine failed ({@code ENGINE_ERROR}) or an unexpected error occurred. */
    public static final int EXIT_FAILURE = 3;

    private MlaCli() {}

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging: send it to SLF4J, whose level the command line sets.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // The command line's annotations hold no Groovy closures: picocli need not look for Groovy on the class path.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug(args) ? "debug" : "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Clock.systemDefaultZone(), out, err, args));
    }

    /**
     * Runs the command line in-process, e.g. from a test or a host's own tooling.
     *
     * @param clock the clock that gives today's date (the default law date) and the time of assessments
     * @param out where results go
     * @param err where errors go
     * @param args the arguments, as on the command line
     * @return the exit code
     */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        boolean debug = debug(args);
        CommandLine cl = commandLine(clock, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("mla: " + parameterProblem(e));
            failed.getErr().println("Try 'mla " + subcommandPath(failed) + "--help' for the options.");
            failed.getErr().flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter w = failed.getErr();
            int code = report(e, w);
            if (debug) {
                e.printStackTrace(w);
            }
            w.flush();
            return code;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("mla: too large: the input does not fit in the memory given to the command line; nothing was decided"
                    + " (give it more with MLA_JAVA_OPTS=-Xmx1g, or java -Xmx1g -jar mla.jar)");
            code = EXIT_FAILURE;
        } catch (RuntimeException | Error e) {
            code = unexpected(e, err, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Anything a command did not expect (an {@link Error} included): one line naming its class, never its message. */
    private static int unexpected(Throwable e, PrintWriter err, boolean debug) {
        err.println("mla: internal error (" + e.getClass().getName() + "); run again with --debug for the stack trace");
        if (debug) {
            e.printStackTrace(err);
        }
        return EXIT_FAILURE;
    }

    /** Picocli's message, except where it would quote an argument that is not an option: an unknown command. */
    private static String parameterProblem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine().getParent() == null
                && !u.getCommandLine().getSubcommands().isEmpty() && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            return "unknown command; the commands are: " + String.join(", ", u.getCommandLine().getSubcommands().keySet());
        }
        return e.getMessage();
    }

    /** The command line with every command. */
    static CommandLine commandLine(Clock clock) {
        return commandLine(clock, null);
    }

    /**
     * The command line for these arguments: with every command, or, when the first argument names one (other than
     * {@code help}, which lists them all), with that command only. Picocli reads a command's options from its
     * annotations by reflection when the command is added, which is most of its start-up cost; a run that names its
     * command never reaches the others, so their models are not built.
     */
    static CommandLine commandLine(Clock clock, String[] args) {
        String only = args != null && args.length > 0 && !"help".equals(args[0]) && Arrays.asList(COMMANDS).contains(args[0]) ? args[0] : null;
        CommandLine cl = new CommandLine(new MlaCommand(new Workbench(clock)));
        for (String name : COMMANDS) {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command(name, clock));
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The commands, in the order {@code mla --help} lists them. */
    private static final String[] COMMANDS = {"evaluate", "explain", "validate", "lifecycle", "demo", "packs", "rules", "assessments",
        "grounds", "help", "report"};

    /** @return the command, as a class picocli instantiates or (report, which needs the clock) an instance */
    private static Object command(String name, Clock clock) {
        return switch (name) {
            case "evaluate" -> EvaluateCommand.class;
            case "explain" -> ExplainCommand.class;
            case "validate" -> ValidateCommand.class;
            case "lifecycle" -> LifecycleCommand.class;
            case "demo" -> DemoCommand.class;
            case "packs" -> PacksCommand.class;
            case "rules" -> RulesCommand.class;
            case "assessments" -> AssessmentsCommand.class;
            case "grounds" -> GroundsCommand.class;
            case "help" -> CommandLine.HelpCommand.class;
            case "report" -> new ReportCommand(clock);
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    private static int report(Exception e, PrintWriter w) {
        if (e instanceof SetupFailure) {
            w.println("mla: " + e.getMessage());
            return EXIT_FAILURE;
        }
        if (e instanceof BadInputException) {
            w.println("mla: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof MlaJsonException json) {
            w.println("mla: " + json.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof MlaException) {
            // Invalid values, unknown packs, malformed party data: their messages name fields and codes, not personal data.
            w.println("mla: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            w.println("mla: cannot read a file: " + io.getCause().getClass().getSimpleName());
            return EXIT_BAD_INPUT;
        }
        // An unexpected error may carry anything in its message: show the class only (the stack trace with --debug).
        w.println("mla: internal error (" + e.getClass().getName() + "); run again with --debug for the stack trace");
        return EXIT_FAILURE;
    }

    private static String subcommandPath(CommandLine failed) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = failed; c != null && c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }

    private static boolean debug(String[] args) {
        for (String a : args) {
            if ("--".equals(a)) {
                return false;
            }
            if ("--debug".equals(a)) {
                return true;
            }
        }
        return false;
    }

}
