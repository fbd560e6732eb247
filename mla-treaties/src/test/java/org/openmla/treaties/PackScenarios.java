package org.openmla.treaties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.TargetKind;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.testkit.scenario.ScenarioSummary;
import org.openmla.testkit.scenario.Scenarios;

/**
 * The built-in packs' scenario tables: YAML files under {@code src/test/resources/scenarios/<pack>/}, written from the
 * treaty text and run by the test kit against {@link BuiltInPacks#registry()}, one folder per pack. Besides its own
 * expectations, every decision must repeat none of the request's personal data or free text, and a pending decision
 * must name the question that decides it.
 */
public final class PackScenarios {
    private PackScenarios() {}

    /** The folder of the tables, relative to the module (Maven's working directory for tests). */
    public static final String FOLDER = "src/test/resources/scenarios";

    /**
     * @param folder the pack's folder under {@link #FOLDER}, e.g. {@code untoc}
     * @param packId the pack whose rule coverage is counted
     * @param minimumCoverage the share of the pack's rules its scenarios must make decisive or adverse
     * @return the dynamic tests: one per scenario, then the coverage test
     */
    public static Stream<DynamicNode> tests(String folder, String packId, double minimumCoverage) {
        return Scenarios.in(FOLDER + "/" + folder).using(BuiltInPacks.registry()).coveringPacks(packId).requireRuleCoverage(minimumCoverage)
                .checkingEachDecision(PackScenarios::repeatsNoPersonalData).checkingEachDecision(PackScenarios::pendingNamesItsQuestion).tests();
    }

    /**
     * @param path a request file of the tables, relative to {@link #FOLDER}, e.g. {@code untoc/requests/drug-trafficking-network.json}
     * @return the request, for a Java test that starts from a table's baseline
     */
    public static MlaRequest request(String path) {
        return MlaJson.create().readRequest(Path.of(FOLDER, path));
    }

    /** @return every scenario of every pack's tables, as written */
    public static List<ScenarioSummary> summaries() {
        return Scenarios.in(FOLDER).using(BuiltInPacks.registry()).summaries();
    }

    static void repeatsNoPersonalData(MlaRequest request, Decision decision) {
        String text = decision.explain() + decision;
        for (String personal : personalText(request)) {
            if (text.contains(personal)) {
                throw new AssertionError("the decision repeats personal data or free text of the request (" + personal.length() + " characters)");
            }
        }
    }

    static void pendingNamesItsQuestion(MlaRequest request, Decision decision) {
        if (decision.outcome() == Outcome.PENDING_ASSESSMENT && !decision.hasDecisiveOpenQuestion()) {
            throw new AssertionError("the decision is pending but names no open question that could change its outcome");
        }
    }

    private static List<String> personalText(MlaRequest r) {
        List<String> out = new ArrayList<>();
        r.persons().forEach(p -> p.name().ifPresent(out::add));
        r.factsSummary().ifPresent(out::add);
        r.purpose().ifPresent(out::add);
        r.proceedings().subjectMatter().ifPresent(out::add);
        r.measures().forEach(m -> {
            m.description().ifPresent(out::add);
            m.targets().stream().filter(t -> t.kind() != TargetKind.PERSON).forEach(t -> out.add(t.value()));
        });
        return out;
    }
}
