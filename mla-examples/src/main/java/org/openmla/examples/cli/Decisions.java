package org.openmla.examples.cli;

import java.nio.file.Path;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.treaties.resolver.EvaluationPlan;

/** Reads a request file, plans its evaluation with the options and decides it. */
final class Decisions {
    private Decisions() {}

    /** A request decided from a file. */
    record Decided(Path file, MlaRequest request, EvaluationPlan plan, Evaluation evaluation, Decision decision) {}

    static Decided decide(Workbench bench, EvaluationOptions options, Path file) {
        return decide(bench, options, file, RequestFiles.read(file));
    }

    static Decided decide(Workbench bench, EvaluationOptions options, Path file, MlaRequest request) {
        EvaluationPlan plan = options.plan(bench, request);
        Evaluation evaluation = options.evaluation(bench, request, plan);
        return new Decided(file, request, plan, evaluation, bench.engine().evaluate(evaluation));
    }
}
