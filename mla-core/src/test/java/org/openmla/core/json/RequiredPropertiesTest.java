package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each required property, left out of an otherwise complete document, is reported where it should be. */
class RequiredPropertiesTest {
    private static final MlaJson JSON = MlaJson.create();
    private static final String FULL = JSON.writeRequest(TestRequests.full());

    @ParameterizedTest
    @ValueSource(strings = {
        "/schemaVersion", "/id", "/requestingParty", "/requestedState",
        "/requestingParty/state", "/requestingParty/authority/name", "/requestingParty/authority/kind",
        "/legalBasis/0/kind", "/urgency/level", "/transmission/channel", "/transmission/form",
        "/proceedings/conductingAuthority/name", "/proceedings/conductingAuthority/kind",
        "/persons/0/ref", "/persons/0/role", "/persons/0/identifiers/0/kind", "/persons/0/identifiers/0/value",
        "/measures/0/type", "/measures/0/targets/1/kind", "/measures/0/targets/1/value",
        "/attachments/0/title", "/attachments/0/kind", "/attachments/0/checksum/algorithm", "/attachments/0/checksum/hex"})
    void missingRequiredPropertyIsReportedAtItsPointer(String pointer) {
        assertThatThrownBy(() -> JSON.readRequest(JsonEdits.without(FULL, pointer)))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    JsonProblem problem = e.problems().get(0);
                    assertThat(problem.pointer()).isEqualTo(pointer);
                    assertThat(problem.message()).startsWith("required property is missing");
                    assertThat(problem.hasLocation()).isTrue();
                });
    }
}
