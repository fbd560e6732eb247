package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;

/**
 * The model's value constraints, checked per record component before construction so that every violation is
 * reported, not only the first one a constructor meets. Backed by Hibernate Validator, a required dependency.
 */
interface ValueConstraints {

    /** Checks nothing; the constructors remain the guard (the first binding of every document). */
    ValueConstraints NONE = (type, component, value, objectPointer) -> List.of();

    /**
     * @param type the record type
     * @param component the record component
     * @param value the component's value as the record would hold it ({@code Optional}, {@code List}, ...)
     * @param objectPointer where the record's JSON object is
     * @return the violations, with pointers below {@code objectPointer}
     */
    List<PendingProblem> check(Class<?> type, String component, Object value, JsonPointer objectPointer);

    /**
     * @return the shared constraints, backed by Hibernate Validator
     * @throws org.openmla.core.MlaException if Hibernate Validator cannot start (the message names the artifact)
     */
    static ValueConstraints shared() {
        return Shared.INSTANCE;
    }

    /** Loads Bean Validation once, lazily. Hibernate Validator is required: JSON problems never depend on the class path. */
    final class Shared {
        static final ValueConstraints INSTANCE = BeanValidationConstraints.create();

        private Shared() {}
    }
}
