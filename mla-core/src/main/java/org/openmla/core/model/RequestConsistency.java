package org.openmla.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.InvalidValueException;

/** The checks of an {@link MlaRequest} that relate its fields to one another: kind and content, person references. */
final class RequestConsistency {
    private RequestConsistency() {}

    /** @throws InvalidValueException if the fields contradict one another; the message names the field */
    static void check(CommunicationKind kind, Optional<String> useRestrictions, List<Person> persons, List<Measure> measures) {
        if (kind == CommunicationKind.SPONTANEOUS_INFORMATION && !measures.isEmpty()) {
            throw new InvalidValueException("MlaRequest.measures", "must be empty for spontaneous information, which asks for no measure");
        }
        if (kind == CommunicationKind.REQUEST && useRestrictions.isPresent()) {
            throw new InvalidValueException("MlaRequest.useRestrictions", "is only for spontaneous information");
        }

        Set<String> refs = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            if (!refs.add(persons.get(i).ref())) {
                throw new InvalidValueException("MlaRequest.persons[" + i + "].ref", "is used by an earlier person too");
            }
        }
        for (int m = 0; m < measures.size(); m++) {
            List<MeasureTarget> targets = measures.get(m).targets();
            for (int t = 0; t < targets.size(); t++) {
                MeasureTarget target = targets.get(t);
                if (target.kind() == TargetKind.PERSON && !refs.contains(target.value())) {
                    throw new InvalidValueException("MlaRequest.measures[" + m + "].targets[" + t + "]",
                            "refers to a person the request does not contain");
                }
            }
        }
    }
}
