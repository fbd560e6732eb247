package org.openmla.core.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the generated parts of {@code docs/lifecycle.md} from the {@link TransitionTable}: the Mermaid diagram, the
 * commands with their states, guards and deadline events, and the guards with their sentences and citations. Each
 * part sits between {@code <!-- BEGIN GENERATED name -->} and {@code <!-- END GENERATED name -->}; the text around them
 * is written by hand and kept.
 *
 * <p>Regenerate with {@code ./mvnw -B -q -o test -pl mla-core -Dtest=LifecycleDocTest -Dopenmla.regenerateDocs=true}, or
 * run {@link #main(String[])} from the IDE with the working directory anywhere inside the project.
 */
public final class LifecycleDocs {
    private LifecycleDocs() {}

    static final String FILE = "docs/lifecycle.md";

    public static void main(String[] args) throws IOException {
        Path file = file();
        String current = Files.readString(file, StandardCharsets.UTF_8);
        String updated = render(current);
        Files.writeString(file, updated, StandardCharsets.UTF_8);
        System.out.println(updated.equals(current) ? file + " was up to date" : file + " regenerated");
    }

    /** @return the document at the project root, found from the working directory upwards */
    static Path file() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the project: no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve(FILE);
    }

    /** @return the document with every generated part rendered afresh from the table */
    static String render(String document) {
        TransitionTable table = TransitionTable.standard();
        String out = replace(document, "diagram", "```mermaid\n" + table.mermaid() + "```\n");
        out = replace(out, "commands", commands(table));
        return replace(out, "guards", guards(table));
    }

    private static String replace(String document, String name, String content) {
        String begin = "<!-- BEGIN GENERATED " + name + " -->\n";
        String end = "<!-- END GENERATED " + name + " -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(FILE + " lacks the markers of the generated part '" + name + "'");
        }
        return document.substring(0, from + begin.length()) + content + document.substring(to);
    }

    private static String code(Object o) {
        return "`" + o + "`";
    }

    private static String commands(TransitionTable table) {
        StringBuilder sb = new StringBuilder("| Command | From | To | Guards (after `history.in-order`) | Deadline event |\n| --- | --- | --- | --- | --- |\n");
        for (CommandType c : CommandType.values()) {
            List<TransitionRule> rows = table.rules().stream().filter(r -> r.command() == c).toList();
            String from = rows.stream().map(r -> code(r.from())).collect(Collectors.joining(", "));
            Set<String> to = new LinkedHashSet<>();
            rows.forEach(r -> to.add(r.to() == r.from() ? "(same state)" : code(r.to())));
            List<String> guards = new ArrayList<>(table.guards(c).stream().filter(g -> g != Guard.HISTORY_IN_ORDER).map(g -> code(g.id())).toList());
            sb.append("| ").append(code(c)).append(" | ").append(from).append(" | ").append(String.join(", ", to)).append(" | ")
                    .append(guards.isEmpty() ? "—" : String.join(", ", guards)).append(" | ")
                    .append(table.event(c).map(LifecycleDocs::code).orElse("—")).append(" |\n");
        }
        return sb.toString();
    }

    private static String guards(TransitionTable table) {
        StringBuilder sb = new StringBuilder("| Guard | Requires | Checked on |\n| --- | --- | --- |\n");
        for (Guard g : Guard.values()) {
            String on = Stream.of(CommandType.values()).filter(c -> table.guards(c).contains(g)).map(LifecycleDocs::code).collect(Collectors.joining(", "));
            sb.append("| ").append(code(g.id())).append(" | ").append(g.sentence()).append(" | ")
                    .append(g == Guard.HISTORY_IN_ORDER ? "every command" : on).append(" |\n");
        }
        return sb.toString();
    }
}
