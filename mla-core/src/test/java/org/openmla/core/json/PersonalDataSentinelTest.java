package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.MlaException;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.model.*;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.RefusalGround;

/**
 * Sentinels (values marked {@value #MARK}) put wherever a user can type: none may appear in the {@code toString} of
 * any public model type, in a builder's or factory's rejection, or in any exception of the readers, whatever a fuzzer
 * does to the document.
 */
class PersonalDataSentinelTest {
    static final String MARK = "7731";
    static final TestRequests.Texts SENTINELS = new TestRequests.Texts("SENTINEL-OFFICER-" + MARK, "SENTINEL-NAME-" + MARK, "1977-03-31",
            "SENTINEL-ID-" + MARK, "SENTINEL-PLACE-" + MARK, "SENTINEL-TEXT-" + MARK, "SENTINEL-TARGET-" + MARK);
    static final MlaRequest REQUEST = TestRequests.full(SENTINELS);
    static final MlaJson JSON = MlaJson.create();
    static final String DOCUMENT = JSON.writeRequest(REQUEST);

    static void assertClean(String text) {
        assertThat(text).doesNotContain(MARK).doesNotContainIgnoringCase("sentinel").doesNotContain("1977");
    }

    /** One instance of every public model type, filled with sentinels where it holds user-typed values. */
    static List<Object> instances() {
        List<Object> all = new ArrayList<>(List.of(REQUEST, REQUEST.requestingParty(), REQUEST.proceedings(), REQUEST.id(), REQUEST.requestedState()));
        REQUEST.requestingParty().authority().ifPresent(a -> {
            all.add(a);
            a.contact().ifPresent(all::add);
        });
        REQUEST.urgency().ifPresent(all::add);
        REQUEST.transmission().ifPresent(all::add);
        REQUEST.language().ifPresent(all::add);
        all.addAll(REQUEST.legalBasis());
        REQUEST.offences().forEach(o -> {
            all.add(o);
            o.maxPenalty().ifPresent(all::add);
        });
        REQUEST.persons().forEach(p -> {
            all.add(p);
            all.addAll(p.identifiers());
        });
        REQUEST.measures().forEach(m -> {
            all.add(m);
            all.addAll(m.targets());
        });
        REQUEST.attachments().forEach(a -> {
            all.add(a);
            a.checksum().ifPresent(all::add);
        });
        Penalty sanctions = new Penalty(Optional.empty(), false, false, List.of("SENTINEL-SANCTION-" + MARK));
        all.add(sanctions);
        all.add(Offence.builder().description("SENTINEL-OFFENCE-" + MARK).statutoryProvision("SENTINEL-PROVISION-" + MARK)
                .maxPenalty(sanctions).build());
        return all;
    }

    @Test
    void every_public_model_type_is_covered_and_no_to_string_shows_a_sentinel() throws IOException {
        List<Object> instances = instances();
        Set<Class<?>> covered = new HashSet<>();
        instances.forEach(o -> covered.add(o.getClass()));
        Set<String> missing = new HashSet<>();
        Path classes = Path.of("target", "classes", "org", "openmla", "core", "model");
        try (Stream<Path> files = Files.list(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList()) {
                String name = "org.openmla.core.model." + f.getFileName().toString().replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
                if (Modifier.isPublic(type.getModifiers()) && !type.isEnum() && !type.isInterface() && !type.isAnnotation()
                        && !covered.contains(type)) {
                    missing.add(type.getSimpleName());
                }
            }
        }
        assertThat(missing).as("public model types without a sentinel instance here").isEmpty();
        instances.forEach(o -> assertClean(o.toString()));
        assertClean(Command.of(CommandType.WITHDRAW, Actor.of("off-1", "CASE_OFFICER"), 0).because("SENTINEL-REASON-" + MARK).toString());
    }

    @Test
    void a_persons_to_string_does_not_reveal_the_length_of_the_name() {
        Person shortName = Person.builder("p1", PersonRole.WITNESS).name("Li").build();
        Person longName = Person.builder("p1", PersonRole.WITNESS).name("Maximiliane Wilhelmina von Hohenzollern-Sigmaringen").build();

        assertThat(shortName.toString()).isEqualTo(longName.toString());
    }

    static Stream<Runnable> misuses() {
        String s = "SENTINEL-" + MARK;
        return Stream.of(
                () -> LegalBasis.treaty("sentinel " + MARK),
                () -> Citation.parse("SENTINEL art. " + MARK + " ???"),
                () -> Citation.parse("sentinel-" + MARK),
                () -> AssessmentKey.of("sentinel " + MARK, "A question?"),
                () -> RefusalGround.of("sentinel " + MARK, "A ground."),
                () -> LanguageCode.of("sentinel" + MARK),
                () -> new LanguageCode(s),
                () -> MlaRequest.builder("R-1", Jurisdiction.of("NL"), Jurisdiction.of("CH"))
                        .person(Person.builder("SENTINEL" + MARK, PersonRole.WITNESS).build())
                        .person(Person.builder("SENTINEL" + MARK, PersonRole.WITNESS).build()).build(),
                () -> MlaRequest.builder("R-1", Jurisdiction.of("NL"), Jurisdiction.of("CH"))
                        .measure(Measure.builder(MeasureType.TAKING_EVIDENCE).target(MeasureTarget.person("SENTINEL" + MARK)).build()).build());
    }

    @Test
    void builder_and_factory_misuse_never_echoes_the_value() {
        misuses().forEach(misuse -> {
            Throwable t = catchThrowable(misuse::run);
            assertThat(t).isInstanceOf(InvalidValueException.class);
            assertClean(t.getMessage());
        });
    }

    @Test
    void an_enum_holding_a_passport_number_is_not_echoed() {
        Throwable t = catchThrowable(() -> JSON.readRequest(JsonEdits.with(DOCUMENT, "/persons/0/identifiers/0/kind", "\"SENTINEL" + MARK + "\"")));
        assertThat(t).isInstanceOf(MlaJsonException.class).hasMessageContaining("/persons/0/identifiers/0/kind: is not a known IdentifierKind code");
        assertClean(t.getMessage());
    }

    /** A case document whose officer ids and reasons are sentinels. */
    static final class CaseSentinels {
        static final String DOCUMENT;

        static {
            var lifecycle = org.openmla.core.lifecycle.RequestLifecycle.standard();
            var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T08:00:00Z"), java.time.ZoneOffset.UTC);
            Actor officer = Actor.of("sentinel-" + MARK, "CASE_OFFICER");
            var c = org.openmla.core.lifecycle.RequestCase.create(RequestId.of("C-1"));
            c = lifecycle.apply(c, Command.of(CommandType.RECEIVE, officer, 0).because("SENTINEL-REASON-" + MARK), clock).requestCase();
            c = lifecycle.apply(c, Command.of(CommandType.WITHDRAW, officer, 1).because("SENTINEL-WITHDRAWN-" + MARK), clock).requestCase();
            DOCUMENT = JSON.writeCase(c);
        }
    }

    // ---- the readers' exception paths, driven by a mutation fuzzer over the sentinel documents ----

    record Mutation(int kind, int position, int length, int token) {}

    static final List<String> TOKENS = List.of("\"SENTINEL-" + MARK + "\"", "SENTINEL" + MARK, "\"sentinel-" + MARK + "\": 1", "{", "}", "[", "]",
            ",", ":", "\"", "\\", "null", "tru", "1e999999", "-", "\u0000", "\"\\uD800\"", "{\"SENTINEL" + MARK + "\": [", "\"" + MARK + "\"");

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, TOKENS.size() - 1)).as(Mutation::new);
    }

    static String mutate(String document, Mutation m) {
        int at = m.position() % document.length();
        int end = Math.min(document.length(), at + m.length());
        String token = TOKENS.get(m.token());
        return switch (m.kind()) {
            case 0 -> document.substring(0, at) + token + document.substring(at);
            case 1 -> document.substring(0, at) + document.substring(end);
            case 2 -> document.substring(0, at) + token + document.substring(end);
            case 3 -> document.substring(0, at);
            default -> document.substring(0, at) + document.substring(at, end).repeat(3) + document.substring(end);
        };
    }

    @Property(tries = 600)
    void no_reader_exception_shows_a_sentinel(@ForAll("mutations") Mutation m, @ForAll boolean caseDocument) {
        String document = caseDocument ? CaseSentinels.DOCUMENT : DOCUMENT;
        String mutated = mutate(document, m);
        Throwable t = catchThrowable(() -> {
            if (caseDocument) {
                JSON.readCaseDocument(mutated);
            } else {
                JSON.readRequest(mutated);
            }
        });
        Statistics.label("outcome").collect(t == null ? "read" : t.getClass().getSimpleName());
        if (t != null) {
            assertThat(t).isInstanceOf(MlaException.class);
            assertThat(t.getCause()).isNull();
            assertClean(t.getMessage());
            assertClean(t.toString());
            if (t instanceof MlaJsonException e) {
                e.problems().forEach(p -> assertClean(p.toString()));
            }
        }
    }
}
