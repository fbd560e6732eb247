package org.openmla.examples.casesystem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.engine.RulesEngine;
import org.openmla.store.DueCaseDeadline;
import org.openmla.treaties.BuiltInPacks;

/**
 * The case system run from the command line: registers request files at the {@link RequestDesk}, whose cases are kept
 * by a {@link JdbcCaseRepository} — H2 in the file {@code ./mla-cases.mv.db} by default, or the database of
 * {@code --store JDBC-URL} (e.g. {@code jdbc:postgresql://localhost:5432/mla?user=mla}) — and prints each case with
 * the deadlines running for it. Run it again with the same store and the cases are still there; report on them with
 * {@code mla report --store JDBC-URL}.
 *
 * <pre>
 * java -cp ... org.openmla.examples.casesystem.CaseSystem [--store JDBC-URL] [--zone ZONE] REQUEST-FILE...
 * </pre>
 */
public final class CaseSystem {
    private static final Actor REGISTRY = Actor.of("registry", "REGISTRY");

    private CaseSystem() {}

    /**
     * Runs the case system.
     *
     * @param args {@code [--store JDBC-URL] [--zone ZONE] REQUEST-FILE...}
     */
    public static void main(String[] args) {
        System.exit(run(Clock.systemUTC(), System.out, System.err, args));
    }

    /**
     * Runs the case system in-process.
     *
     * @param clock the time of each transition
     * @param out where the cases are listed
     * @param err where errors go
     * @param args {@code [--store JDBC-URL] [--zone ZONE] REQUEST-FILE...}
     * @return 0 if every request was registered or was there already, 2 for bad input
     */
    public static int run(Clock clock, PrintStream out, PrintStream err, String... args) {
        String url = JdbcCaseRepository.DEFAULT_URL;
        ZoneId zone = ZoneId.of("Europe/Brussels");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--store") && i + 1 < args.length) {
                url = args[++i];
            } else if (args[i].equals("--zone") && i + 1 < args.length) {
                zone = ZoneId.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                err.println("case-system: unknown option " + args[i] + "; usage: [--store JDBC-URL] [--zone ZONE] REQUEST-FILE...");
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        JdbcCaseRepository repository = JdbcCaseRepository.open(url, zone);
        RequestDesk desk = RequestDesk.create(repository, RulesEngine.of(BuiltInPacks.registry()), BuiltInPacks.resolver(), clock.withZone(zone));
        int code = 0;
        for (Path f : files) {
            DeskResult r;
            try {
                r = desk.receive(Files.readString(f, StandardCharsets.UTF_8), REGISTRY);
            } catch (IOException e) {
                err.println("case-system: " + f + ": cannot read it (" + e.getClass().getSimpleName() + ")");
                code = 2;
                continue;
            }
            if (r instanceof DeskResult.MalformedRequest m) {
                err.println("case-system: " + f + ": not a valid request (" + m.problems().size() + " problems; run 'mla validate' on it)");
                code = 2;
            } else if (r instanceof DeskResult.AlreadyReceived a) {
                out.println(a.caseId().value() + ": received before");
            } else if (!r.isDone()) {
                err.println("case-system: " + f + ": " + r);
                code = 2;
            }
        }
        DeadlineCalendar calendar = repository.store().calendar();
        for (var id : repository.caseIds()) {
            CaseFile file = repository.find(id).orElseThrow();
            out.println(id.value() + "  " + file.requestCase().state() + "  version " + file.version());
            calendar.running(file.requestCase()).forEach(d -> out.println("    " + d.deadline().deadline().citation() + " due " + d.dueAt()));
        }
        List<DueCaseDeadline> overdue = repository.store().dueBefore(clock.instant());
        out.println(overdue.size() + " deadlines overdue now");
        return code;
    }
}
