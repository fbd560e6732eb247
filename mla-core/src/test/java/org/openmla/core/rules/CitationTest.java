package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmla.core.InvalidValueException;

class CitationTest {

    @ParameterizedTest
    @ValueSource(strings = {"UNTOC art. 18(21)(b)", "UNCAC art. 46(9)(b)", "EIO art. 11(1)(g)", "EAW art. 4a(1)(a)", "ETS30 art. 2",
        "ETS182 art. 9(8)", "EEVIDENCE art. 12(1)(d)", "UN_MODEL_TREATY art. 4(1)(a)", "ETS185 art. 29(7)"})
    void renders_back_to_the_text_it_was_parsed_from(String text) {
        assertThat(Citation.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void parts_are_kept_apart() {
        Citation c = Citation.parse("UNTOC art. 18(21)(b)");
        assertThat(c.instrument()).isEqualTo("UNTOC");
        assertThat(c.article()).isEqualTo("18");
        assertThat(c.points()).containsExactly("21", "b");
        assertThat(c).isEqualTo(Citation.of("UNTOC", "18", "21", "b"));
    }

    @Test
    void a_paragraph_lies_within_its_article_but_not_the_other_way_round() {
        Citation point = Citation.parse("UNTOC art. 18(21)(b)");
        assertThat(point.isWithin(Citation.parse("UNTOC art. 18(21)"))).isTrue();
        assertThat(point.isWithin(Citation.parse("UNTOC art. 18"))).isTrue();
        assertThat(point.isWithin(Citation.parse("UNTOC art. 18(2)"))).isFalse();
        assertThat(point.isWithin(Citation.parse("UNCAC art. 18(21)"))).isFalse();
        assertThat(Citation.parse("UNTOC art. 18").isWithin(point)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UNTOC 18(21)(b)", "untoc art. 18", "UNTOC art. (21)", "UNTOC art. 18(21", "UNTOC art. 18 (21)", "UNTOC art. 18(B)"})
    void malformed_citations_are_rejected_with_the_expected_form(String text) {
        assertThatThrownBy(() -> Citation.parse(text)).isInstanceOf(InvalidValueException.class).hasMessageContaining("UNTOC art. 18(21)(b)");
    }

    @Test
    void citations_sort_by_their_text() {
        List<Citation> sorted = java.util.stream.Stream.of("UNTOC art. 18(9)", "UNTOC art. 18(21)(a)", "UNCAC art. 46(8)")
                .map(Citation::parse).sorted().toList();
        assertThat(sorted).extracting(Citation::toString).containsExactly("UNCAC art. 46(8)", "UNTOC art. 18(21)(a)", "UNTOC art. 18(9)");
    }
}
