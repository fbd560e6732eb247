package org.openmla.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.internal.engine.path.PathImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmla.core.json.JsonProblem;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.TestRequests;
import org.openmla.core.model.Measure;
import org.openmla.core.model.Penalty;

class RequestValidatorTest {
    private static final RequestValidator VALIDATOR = RequestValidator.create();

    @Test
    void constructedRequestsAreValid() {
        assertThat(VALIDATOR.validate(TestRequests.full())).isEmpty();
        assertThat(VALIDATOR.validate(TestRequests.minimal())).isEmpty();
    }

    @Test
    void componentViolationsHavePointers() {
        assertThat(VALIDATOR.validateComponent(Penalty.class, "otherSanctions", List.of("fine", " ", "x".repeat(201))))
                .containsExactly(new Violation("/otherSanctions/1", "must not be blank"),
                        new Violation("/otherSanctions/2", "size must be between 0 and 200"));
        assertThat(VALIDATOR.validateComponent(Penalty.class, "maxCustody", Optional.of(Period.ofDays(-1))))
                .containsExactly(new Violation("/maxCustody", "must not be negative"));
        assertThat(VALIDATOR.validateComponent(Measure.class, "description", Optional.empty())).isEmpty();
    }

    @Test
    void propertyPathsBecomeJsonPointers() {
        assertThat(RequestValidator.pointer(PathImpl.createPathFromString("offences[0].maxPenalty.maxCustody")))
                .isEqualTo("/offences/0/maxPenalty/maxCustody");
        assertThat(RequestValidator.pointer(PathImpl.createPathFromString("persons[1].identifiers[0].value")))
                .isEqualTo("/persons/1/identifiers/0/value");
        assertThat(RequestValidator.pointer(PathImpl.createRootPath())).isEmpty();
    }

    @Test
    void unknownComponentIsAProgrammingError() {
        assertThatThrownBy(() -> VALIDATOR.validateComponent(Penalty.class, "colour", "red"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonDocumentsAreCheckedWithoutThrowing(@TempDir Path dir) throws Exception {
        String good = MlaJson.create().writeRequest(TestRequests.full());
        assertThat(VALIDATOR.validateJson(good)).isEmpty();

        String bad = good.replace("\"requestedState\": \"CH\"", "\"requestedState\": \"XX\"").replace("\"P6Y\"", "\"P-6Y\"");
        List<JsonProblem> problems = VALIDATOR.validateJson(bad);
        assertThat(problems).extracting(JsonProblem::pointer).containsExactly("/requestedState", "/offences/0/maxPenalty/maxCustody");
        assertThat(problems).allSatisfy(p -> assertThat(p.hasLocation()).isTrue());

        Path file = dir.resolve("bad.json");
        Files.writeString(file, bad);
        assertThat(VALIDATOR.validateJson(file)).isEqualTo(problems);
        assertThat(VALIDATOR.validateJson("{")).singleElement().satisfies(p -> assertThat(p.message()).startsWith("malformed JSON"));
    }
}
