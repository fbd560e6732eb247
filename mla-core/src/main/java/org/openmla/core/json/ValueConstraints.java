package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's value constraints, checked per record component before construction so that every violation is
 * reported, not only the first one a constructor meets. Backed by Bean Validation when it is present; without it,
 * the model's constructors still reject every malformed value, one at a time.
 */
interface ValueConstraints {

    /** Checks nothing; the constructors remain the guard. */
    ValueConstraints NONE = (type, component, value, objectPointer) -> List.of();

    /**
     * @param type the record type
     * @param component the record component
     * @param value the component's value as the record would hold it ({@code Optional}, {@code List}, ...)
     * @param objectPointer where the record's JSON object is
     * @return the violations, with pointers below {@code objectPointer}
     */
    List<PendingProblem> check(Class<?> type, String component, Object value, JsonPointer objectPointer);

    /** @return the shared constraints, Bean Validation if it is on the class or module path */
    static ValueConstraints shared() {
        return Shared.INSTANCE;
    }

    /** Loads Bean Validation once, lazily, and tolerates its absence (it is an optional dependency). */
    final class Shared {
        private static final Logger LOG = LoggerFactory.getLogger(ValueConstraints.class);
        static final ValueConstraints INSTANCE = load();

        private Shared() {}

        private static ValueConstraints load() {
            try {
                return BeanValidationConstraints.create();
            } catch (LinkageError | RuntimeException e) {
                LOG.debug("Bean Validation is not available ({}); the model's constructors check JSON values", e.getClass().getName());
                return NONE;
            }
        }
    }
}
