package org.openmla.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openmla.core.json.RequestArbitraries;
import org.openmla.core.model.MlaRequest;

/** The constructors enforce at least what the annotations declare: whatever they build validates clean. */
class WellFormedRequestsTest {
    private static final RequestValidator VALIDATOR = RequestValidator.create();

    @Property(tries = 500)
    void everyConstructedRequestValidatesClean(@ForAll("requests") MlaRequest request) {
        assertThat(VALIDATOR.validate(request)).isEmpty();
    }

    @Provide
    Arbitrary<MlaRequest> requests() {
        return RequestArbitraries.requests();
    }
}
