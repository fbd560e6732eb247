package org.openmla.core.lifecycle;

import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.decision.RunningDeadline;

/**
 * What a transition recorded beyond who, when and where: the decision it rests on, the measures accepted or
 * executed, the grounds cited, the consultation held, the deadlines it declared and the extension it granted.
 * Everything here is plain data, so a history can be stored and read back, and replayed. Immutable.
 *
 * @param decision the decision the command carried, by reference
 * @param acceptedMeasures for {@code ACCEPT}, every measure accepted (all of the decision's when none were named)
 * @param executedMeasures for {@code EXECUTE_PARTIALLY} and {@code COMPLETE_EXECUTION}, the measures this step executed
 * @param groundIds for {@code REFUSE}, the grounds cited
 * @param consultation for {@code RECORD_CONSULTATION}, the consultation held
 * @param declaredDeadlines the deadlines of the decision that did not yet run for the case, now declared
 * @param extension for {@code EXTEND_DEADLINE}, the extension granted
 */
public record TransitionDetail(
        Optional<DecisionRef> decision,
        List<Integer> acceptedMeasures,
        List<Integer> executedMeasures,
        List<String> groundIds,
        Optional<ConsultationRecord> consultation,
        List<RunningDeadline> declaredDeadlines,
        Optional<DeadlineExtension> extension) {

    /** The detail of a transition that records nothing more. */
    public static final TransitionDetail NONE =
            new TransitionDetail(Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), Optional.empty());

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public TransitionDetail {
        Checks.optional(decision, "TransitionDetail.decision");
        acceptedMeasures = Checks.list(acceptedMeasures, "TransitionDetail.acceptedMeasures");
        executedMeasures = Checks.list(executedMeasures, "TransitionDetail.executedMeasures");
        groundIds = Checks.textList(groundIds, "TransitionDetail.groundIds", 100);
        Checks.optional(consultation, "TransitionDetail.consultation");
        declaredDeadlines = Checks.list(declaredDeadlines, "TransitionDetail.declaredDeadlines");
        Checks.optional(extension, "TransitionDetail.extension");
    }
}
