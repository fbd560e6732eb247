package org.openmla.core.json;

import org.openmla.core.model.MlaRequest;

import com.fasterxml.jackson.core.JsonPointer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openmla.core.internal.Dependencies;

/**
 * {@link ValueConstraints} backed by Hibernate Validator's {@code validateValue}. Messages are interpolated without
 * Expression Language, so they can never evaluate or echo the validated value.
 */
final class BeanValidationConstraints implements ValueConstraints {
    private final Validator validator;

    private BeanValidationConstraints(Validator validator) {
        this.validator = validator;
    }

    static ValueConstraints create() {
        return new BeanValidationConstraints(Dependencies.hibernateValidator());
    }

    @Override
    public List<PendingProblem> check(Class<?> type, String component, Object value, JsonPointer objectPointer) {
        if (type.getPackage() != MlaRequest.class.getPackage()) {
            return List.of(); // only the request model carries Bean Validation constraints
        }
        List<PendingProblem> found = new ArrayList<>();
        for (ConstraintViolation<?> v : validator.validateValue(type, component, value)) {
            found.add(new PendingProblem(append(objectPointer, v.getPropertyPath()), v.getMessage()));
        }
        found.sort(Comparator.comparing((PendingProblem p) -> p.pointer().toString()).thenComparing(PendingProblem::message));
        return found;
    }

    /** {@code offences[0].maxPenalty} becomes {@code /offences/0/maxPenalty}; container elements add only their index. */
    static JsonPointer append(JsonPointer base, Path path) {
        JsonPointer pointer = base;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer = pointer.appendIndex(node.getIndex());
            } else if (node.getKey() != null) {
                pointer = pointer.appendProperty(String.valueOf(node.getKey()));
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer = pointer.appendProperty(node.getName());
            }
        }
        return pointer;
    }
}
