package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openmla.core.json.JsonEdits.with;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Person;
import org.openmla.core.validation.RequestValidator;

/**
 * Names, dates of birth, identifiers, contact details and free texts are sentinels; none may appear in a
 * {@code toString}, an exception message or a log line, whatever goes wrong with the document.
 */
class PersonalDataTest {
    private static final String MARK = "7731";
    private static final String DATE_OF_BIRTH = "1977-03-31";
    private static final TestRequests.Texts SENTINELS = new TestRequests.Texts("SENTINEL-OFFICER-" + MARK,
            "SENTINEL-NAME-" + MARK, DATE_OF_BIRTH, "SENTINEL-ID-" + MARK, "SENTINEL-PLACE-" + MARK,
            "SENTINEL-TEXT-" + MARK, "SENTINEL-TARGET-" + MARK);
    private static final MlaRequest REQUEST = TestRequests.full(SENTINELS);
    private static final MlaJson JSON = MlaJson.create();
    private static final String DOCUMENT = JSON.writeRequest(REQUEST);

    private final Handler julHandler = CapturedLog.julHandler();

    @BeforeEach
    void captureLogs() {
        CapturedLog.clear();
        Logger.getLogger("").addHandler(julHandler);
    }

    @AfterEach
    void releaseLogs() {
        Logger.getLogger("").removeHandler(julHandler);
    }

    @Test
    void theDocumentHoldsTheSentinels() {
        assertThat(DOCUMENT).contains(SENTINELS.personName(), SENTINELS.officerName(), DATE_OF_BIRTH, SENTINELS.identifier(),
                SENTINELS.place(), SENTINELS.freeText(), SENTINELS.targetValue(), "sentinel-id-" + MARK + "@example.org");
    }

    @Test
    void noToStringShowsPersonalData() {
        assertClean(modelObjects(REQUEST).stream().map(Object::toString).toList());
    }

    static Stream<Arguments> malformedVariants() {
        return Stream.of(
                Arguments.of("name is a number", with(DOCUMENT, "/persons/0/name", "7731")),
                Arguments.of("impossible date of birth", with(DOCUMENT, "/persons/0/dateOfBirth", "\"1977-02-31\"")),
                Arguments.of("date of birth in another form", with(DOCUMENT, "/persons/0/dateOfBirth", "\"31.03.1977\"")),
                Arguments.of("identifier too long", with(DOCUMENT, "/persons/0/identifiers/0/value", "\"" + "SENTINEL-ID-7731 ".repeat(10) + "\"")),
                Arguments.of("name as role", with(DOCUMENT, "/persons/0/role", "\"SENTINEL-NAME-7731\"")),
                Arguments.of("name as role, lower case", with(DOCUMENT, "/persons/0/role", "\"sentinel-name-7731\"")),
                Arguments.of("name as state", with(DOCUMENT, "/persons/0/nationalities/0", "\"SENTINEL-NAME-7731\"")),
                Arguments.of("name as language", with(DOCUMENT, "/language", "\"SENTINEL-NAME-7731\"")),
                Arguments.of("name as period", with(DOCUMENT, "/offences/0/maxPenalty/maxCustody", "\"SENTINEL-NAME-7731\"")),
                Arguments.of("name as request id", with(DOCUMENT, "/id", "\"SENTINEL NAME 7731\"")),
                Arguments.of("name as checksum", with(DOCUMENT, "/attachments/0/checksum/hex", "\"SENTINEL-NAME-7731\"")),
                Arguments.of("name unquoted", DOCUMENT.replace("\"SENTINEL-NAME-7731\"", "SENTINEL-NAME-7731")),
                Arguments.of("name with a raw line break", DOCUMENT.replace("\"SENTINEL-NAME-7731\"", "\"SENTINEL-NAME\n7731\"")),
                Arguments.of("name with a bad escape", DOCUMENT.replace("\"SENTINEL-NAME-7731\"", "\"SENTINEL-NAME-\\q7731\"")),
                Arguments.of("facts blank", with(DOCUMENT, "/factsSummary", "\"  \"")),
                Arguments.of("unknown property next to personal data", with(DOCUMENT, "/persons/0/alias", "\"SENTINEL-ALIAS-7731\"")),
                Arguments.of("same State twice", with(DOCUMENT, "/requestedState", "\"NL\"")),
                Arguments.of("truncated", DOCUMENT.substring(0, DOCUMENT.indexOf("SENTINEL-TEXT-7731") + 12)),
                Arguments.of("trailing personal data", DOCUMENT + " \"SENTINEL-NAME-7731\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedVariants")
    void noExceptionMessageOrLogLineShowsPersonalData(String name, String document) {
        MlaJsonException e = catchThrowableOfType(MlaJsonException.class, () -> JSON.readRequest(document));
        assertThat(e).as(name).isNotNull();
        assertThat(e.getCause()).isNull();
        List<String> texts = new ArrayList<>(List.of(e.getMessage(), e.toString()));
        e.problems().forEach(p -> texts.add(p.toString()));
        RequestValidator.create().validateJson(document).forEach(p -> texts.add(p.toString()));
        assertClean(texts);
        assertClean(CapturedLog.lines());
    }

    @Test
    void noLogLineShowsPersonalDataWhileReadingWritingAndValidating() {
        RequestValidator validator = RequestValidator.create();
        MlaRequest read = JSON.readRequest(DOCUMENT);
        JSON.writeRequest(read);
        assertThat(validator.validate(read)).isEmpty();
        assertThat(validator.validateJson(DOCUMENT)).isEmpty();
        validator.validateJson(with(DOCUMENT, "/persons/0/name", "\"\""));

        assertThat(CapturedLog.lines()).anyMatch(line -> line.contains("Read request NL-2026-00042"));
        assertClean(CapturedLog.lines());
    }

    private static void assertClean(List<String> texts) {
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(MARK).doesNotContain(DATE_OF_BIRTH)
                .doesNotContain("1977").doesNotContainIgnoringCase("sentinel"));
    }

    private static List<Object> modelObjects(MlaRequest r) {
        List<Object> all = new ArrayList<>(List.of(r, r.requestingParty(), r.proceedings(), r.id(), r.requestedState()));
        r.requestingParty().authority().ifPresent(a -> {
            all.add(a);
            a.contact().ifPresent(all::add);
        });
        r.requestingParty().validatingAuthority().ifPresent(all::add);
        r.urgency().ifPresent(all::add);
        r.transmission().ifPresent(all::add);
        r.language().ifPresent(all::add);
        all.addAll(r.legalBasis());
        r.offences().forEach(o -> {
            all.add(o);
            o.maxPenalty().ifPresent(all::add);
        });
        for (Person p : r.persons()) {
            all.add(p);
            all.addAll(p.identifiers());
        }
        r.measures().forEach(m -> {
            all.add(m);
            all.addAll(m.targets());
        });
        r.attachments().forEach(a -> {
            all.add(a);
            a.checksum().ifPresent(all::add);
        });
        return all;
    }
}
