package org.openmla.examples.casesystem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.lifecycle.ConsultationRecord;

/**
 * What an officer does to a case, in the host's terms; the {@link RequestDesk} turns it into a lifecycle command,
 * adding the engine's current decision where the command needs one. Reasons are free text kept in the case file, never
 * logged.
 */
public sealed interface OfficerAction {

    /** Acknowledges receipt. */
    record Acknowledge() implements OfficerAction {}

    /** Starts examining the request. */
    record StartReview() implements OfficerAction {}

    /**
     * Asks the requesting authority for more information.
     *
     * @param reasons what is needed
     */
    record RequestInformation(String reasons) implements OfficerAction {
        /** @throws NullPointerException if the reasons are null */
        public RequestInformation {
            Objects.requireNonNull(reasons, "reasons");
        }
    }

    /** Records that the information asked for arrived. */
    record ReceiveInformation() implements OfficerAction {}

    /** Opens a consultation with the requesting State. */
    record Consult() implements OfficerAction {}

    /**
     * Records the consultation held, covering every duty to consult the current decision carries.
     *
     * @param result how it ended
     */
    record RecordConsultation(ConsultationRecord.Result result) implements OfficerAction {
        /** @throws NullPointerException if the result is null */
        public RecordConsultation {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Accepts the request, or only some measures (the others are refused: reasons required).
     *
     * @param measures the measures accepted, by index from 0; empty for all
     * @param reasons reasons for the measures not accepted
     */
    record Accept(List<Integer> measures, Optional<String> reasons) implements OfficerAction {
        /** Copies the list. */
        public Accept {
            measures = List.copyOf(measures);
            Objects.requireNonNull(reasons, "reasons");
        }

        /** @return an acceptance of the whole request */
        public static Accept all() {
            return new Accept(List.of(), Optional.empty());
        }
    }

    /**
     * Refuses the request. Ground ids the officer cites are also proposed to the engine, which answers whether the
     * instrument permits them.
     *
     * @param groundIds refusal ground ids or ids of the rules that found them
     * @param reasons the reasons to send
     */
    record Refuse(List<String> groundIds, String reasons) implements OfficerAction {
        /** Copies the list. */
        public Refuse {
            groundIds = List.copyOf(groundIds);
            Objects.requireNonNull(reasons, "reasons");
        }
    }

    /**
     * Postpones execution on a ground for postponement the decision found.
     *
     * @param reasons the reasons
     */
    record Postpone(String reasons) implements OfficerAction {
        /** @throws NullPointerException if the reasons are null */
        public Postpone {
            Objects.requireNonNull(reasons, "reasons");
        }
    }

    /** Starts executing the accepted measures. */
    record StartExecution() implements OfficerAction {}

    /**
     * Records that some accepted measures were executed.
     *
     * @param measures the measures, by index from 0
     */
    record ExecutePartially(List<Integer> measures) implements OfficerAction {
        /** Copies the list. */
        public ExecutePartially {
            measures = List.copyOf(measures);
        }
    }

    /** Records that every accepted measure was executed. */
    record CompleteExecution() implements OfficerAction {}

    /**
     * Closes the case.
     *
     * @param reasons reasons, required if accepted measures were not executed
     */
    record Close(Optional<String> reasons) implements OfficerAction {
        /** @throws NullPointerException if the reasons are null */
        public Close {
            Objects.requireNonNull(reasons, "reasons");
        }
    }
}
