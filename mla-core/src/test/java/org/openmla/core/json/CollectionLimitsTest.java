package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;

/** Collections beyond their limits are rejected while reading, before anything is built, as one "too large" problem. */
class CollectionLimitsTest {
    static final MlaJson JSON = MlaJson.create();

    static final String REQUEST = """
            {
              "schemaVersion": 1,
              "id": "NL-FP-2026-00417",
              "requestingParty": { "state": "NL", "authority": { "name": "Landelijk Parket", "kind": "PROSECUTOR" } },
              "requestedState": "CH",
              "legalBasis": [ { "kind": "TREATY", "instrument": "UNTOC" } ],
              "dateIssued": "2026-03-02",
              "offences": [ OFFENCES ],
              "persons": [ PERSONS ],
              "measures": [ { "type": "BANK_AND_BUSINESS_RECORDS", "targets": [ { "kind": "PERSON", "value": "c1" } ] } ]
            }
            """;
    static final String OFFENCE = "{ \"description\": \"Money laundering\", \"maxPenalty\": { \"maxCustody\": \"P8Y\" }, \"category\": \"LAUNDERING\" }";

    static String request(String offences, String persons) {
        return REQUEST.replace("OFFENCES", offences).replace("PERSONS", persons);
    }

    static String person(int i, String identifiers) {
        return "{ \"ref\": \"c" + i + "\", \"role\": \"ACCOUNT_HOLDER\", \"legalPerson\": true, \"name\": \"Holding " + i + " AG\"" + identifiers + " }";
    }

    static String repeat(String element, int n) {
        return String.join(", ", java.util.Collections.nCopies(n, element));
    }

    @Test
    void a_request_at_the_limits_reads() {
        StringBuilder persons = new StringBuilder(person(1, ""));
        for (int i = 2; i <= 1_000; i++) {
            persons.append(", ").append(person(i, ""));
        }
        assertThat(JSON.readRequest(request(repeat(OFFENCE, 1_000), persons.toString())).persons()).hasSize(1_000);
    }

    @Test
    void a_million_empty_offences_are_rejected_as_too_large_at_the_first_beyond_the_limit() {
        MlaJsonException e = (MlaJsonException) catchFrom(() -> JSON.readRequest(request(repeat("{}", 1_000_000), person(1, ""))));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/offences");
            assertThat(p.message()).contains("too large", "more than 1000 elements", "limit of offences");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo(17 + 4 * 1_000);
        });
    }

    @Test
    void identifiers_of_one_person_are_bounded_too() {
        String identifiers = ", \"identifiers\": [ " + repeat("{ \"kind\": \"OTHER\", \"value\": \"X1\" }", 21) + " ]";

        assertThatThrownBy(() -> JSON.readRequest(request(OFFENCE, person(1, "") + ", " + person(2, identifiers))))
                .isInstanceOf(MlaJsonException.class).hasMessageContaining("/persons/1/identifiers: the document is too large")
                .hasMessageContaining("limit of identifiers");
    }

    @Test
    void any_other_array_is_bounded() {
        String legalBases = "\"legalBasis\": [ " + repeat("{ \"kind\": \"TREATY\", \"instrument\": \"UNTOC\" }", 1_001) + " ]";

        assertThatThrownBy(() -> JSON.readRequest(request(OFFENCE, person(1, "")).replace("\"legalBasis\": [ { \"kind\": \"TREATY\", \"instrument\": \"UNTOC\" } ]", legalBases)))
                .hasMessageContaining("/legalBasis: the document is too large").hasMessageContaining("limit of otherElements");
    }

    @Test
    void a_case_history_is_bounded() {
        String json = "{ \"schemaVersion\": 2, \"caseId\": \"C-1\", \"state\": \"DRAFT\", \"version\": 0, \"history\": [ " + repeat("{}", 69_001) + " ] }";

        assertThatThrownBy(() -> JSON.readCase(json)).isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("/history: the document is too large: more than 1000 elements (the limit of historyEntries");
    }

    @Test
    void a_host_sets_its_own_limits() {
        MlaJson strict = JSON.withLimits(new CollectionLimits(1, 1_000, 1_000, 1_000, 100, 1_000, 1_000));

        assertThat(JSON.readRequest(request(OFFENCE, person(1, "") + ", " + person(2, ""))).persons()).hasSize(2);
        assertThatThrownBy(() -> strict.readRequest(request(OFFENCE, person(1, "") + ", " + person(2, ""))))
                .hasMessageContaining("/persons: the document is too large: more than 1 elements");
        assertThatThrownBy(() -> new CollectionLimits(0, 1, 1, 1, 1, 1, 1)).isInstanceOf(InvalidValueException.class)
                .hasMessage("CollectionLimits.persons: must be at least 1");
    }

    static Throwable catchFrom(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing thrown");
    }
}
