package org.openmla.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openmla.core.internal.Dependencies;
import org.openmla.core.json.JsonProblem;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.model.MlaRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates requests against the Jakarta Bean Validation constraints declared on the model, and JSON documents
 * against the request format.
 *
 * <p>A request built through the model's constructors always validates clean: the constructors enforce at least
 * what the annotations declare. {@link #validate(MlaRequest)} is the check for values that crossed a boundary the
 * constructors do not guard, and a test that annotations and constructors agree. Validation is about form, never
 * about law: a request that lacks what a treaty requires is valid here and deficient for the rules engine.
 *
 * <p>Built once, immutable and thread-safe. Messages are interpolated without Expression Language and never quote
 * the validated value. Needs Hibernate Validator at run time.
 */
public final class RequestValidator {
    private static final Logger LOG = LoggerFactory.getLogger(RequestValidator.class);

    private final Validator validator;
    private final MlaJson json;

    private RequestValidator(Validator validator, MlaJson json) {
        this.validator = validator;
        this.json = json;
    }

    /**
     * @return a validator
     * @throws org.openmla.core.MlaException if Hibernate Validator cannot be started (the message names the artifact)
     *     or Jackson is older than 2.16
     */
    public static RequestValidator create() {
        return new RequestValidator(Dependencies.hibernateValidator(), MlaJson.create());
    }

    /**
     * Validates a request and everything it contains.
     *
     * @param request the request
     * @return every violation, sorted by path; empty if the request is valid
     */
    public List<Violation> validate(MlaRequest request) {
        Objects.requireNonNull(request, "request");
        List<Violation> violations = violations(validator.validate(request));
        LOG.debug("Validated request {}: {} violations", request.id(), violations.size());
        return violations;
    }

    /**
     * Validates one value for one component of a model record, as the record would hold it (an {@code Optional}
     * for an optional component, a {@code List} for a list), without constructing the record.
     *
     * @param recordType a model record, e.g. {@code Measure.class}
     * @param component the component, e.g. {@code "description"}
     * @param value the value, e.g. {@code Optional.of(" ")}
     * @return every violation, with paths such as {@code /description} or {@code /otherSanctions/1}
     * @throws IllegalArgumentException if the record has no such component
     */
    public List<Violation> validateComponent(Class<? extends Record> recordType, String component, Object value) {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(component, "component");
        return violations(validator.validateValue(recordType, component, value));
    }

    /**
     * Checks a JSON document against the request format without throwing for malformed input.
     *
     * @param document the document
     * @return every problem, with its JSON Pointer, line and column; empty if the document is a well-formed request
     */
    public List<JsonProblem> validateJson(String document) {
        Objects.requireNonNull(document, "document");
        try {
            json.readRequest(document);
            return List.of();
        } catch (MlaJsonException e) {
            return e.problems();
        }
    }

    /**
     * Checks a UTF-8 JSON file against the request format without throwing for malformed input.
     *
     * @param document the file
     * @return every problem; empty if the document is a well-formed request
     * @throws UncheckedIOException if the file cannot be read
     */
    public List<JsonProblem> validateJson(java.nio.file.Path document) {
        Objects.requireNonNull(document, "document");
        try {
            json.readRequest(document);
            return List.of();
        } catch (MlaJsonException e) {
            return e.problems();
        }
    }

    private static List<Violation> violations(Collection<? extends ConstraintViolation<?>> found) {
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<?> v : found) {
            violations.add(new Violation(pointer(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return List.copyOf(violations);
    }

    /**
     * {@code offences[0].maxPenalty} becomes {@code /offences/0/maxPenalty}: a node's index or key belongs to the
     * container it is in and comes first; container elements ({@code <list element>}) add no name. Property names
     * are record component names, which are also the JSON property names.
     */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
