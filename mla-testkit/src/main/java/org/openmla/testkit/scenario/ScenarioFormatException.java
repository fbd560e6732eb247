package org.openmla.testkit.scenario;

import java.util.Objects;
import java.util.Optional;
import org.openmla.core.MlaException;

/**
 * A scenario file that cannot be read: YAML that does not parse, an unknown or missing property, a value of the
 * wrong kind, a request that is not a well-formed request, a pack that is not registered. The message names the
 * file, the scenario (when the problem is inside one) and the field, e.g.
 *
 * <pre>
 * Malformed scenario file political-offence.yaml, scenario 'terrorism is no political offence', field expect.outcom:
 * unknown property; known properties: outcome, partial, measures, ...
 * </pre>
 *
 * <p>Immutable.
 */
public final class ScenarioFormatException extends MlaException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String scenario;
    private final String field;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the file, relative to the scenario folder
     * @param scenario the scenario's name, or empty for a problem outside any scenario
     * @param field the field, e.g. {@code expect.findings[1].verdict}
     * @param problem what is wrong
     */
    public ScenarioFormatException(String file, Optional<String> scenario, String field, String problem) {
        super("Malformed scenario file " + Objects.requireNonNull(file, "file")
                + Objects.requireNonNull(scenario, "scenario").map(s -> ", scenario '" + s + "'").orElse("")
                + ", field " + Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.file = file;
        this.scenario = scenario.orElse(null);
        this.field = field;
        this.problem = problem;
    }

    /** @return the file, relative to the scenario folder */
    public String file() {
        return file;
    }

    /** @return the scenario, or empty for a problem outside any scenario */
    public Optional<String> scenario() {
        return Optional.ofNullable(scenario);
    }

    /** @return the field */
    public String field() {
        return field;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }
}
