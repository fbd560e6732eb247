package org.openmla.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;

/** Kosovo can be a party to a request; the code lists come from the library, not from the Java runtime. */
class KosovoAndIsoListsTest {

    @Test
    void kosovo_is_accepted_by_its_user_assigned_codes() {
        assertThat(Jurisdiction.of("XK")).isEqualTo(Jurisdiction.of("xkx"));
        assertThat(Jurisdiction.of("XK").alpha3()).isEqualTo("XKX");
        assertThat(Jurisdiction.of("XK").englishName()).isEqualTo("Kosovo");
        assertThat(Jurisdiction.isKnown("XK")).isTrue();
        assertThat(Jurisdiction.knownAlpha2Codes()).contains("XK", "DE", "RS");
    }

    @Test
    void other_user_assigned_codes_stay_unknown() {
        assertThatThrownBy(() -> Jurisdiction.of("XX")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Jurisdiction.of("QM")).isInstanceOf(InvalidValueException.class);
        assertThat(Jurisdiction.isKnown("XA")).isFalse();
    }

    @Test
    void an_unknown_code_is_named_by_its_field_and_never_quoted() {
        for (String typed : new String[] {"QZ", "QZX", "QZX9988776", "Q'Z"}) {
            assertThatThrownBy(() -> Jurisdiction.of(typed)).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("Jurisdiction.code: ").hasMessageContaining("is not a known").hasMessageNotContaining(typed)
                    .hasMessageNotContaining("QZ");
        }
        assertThatThrownBy(() -> new Jurisdiction("QZ")).hasMessage("Jurisdiction.alpha2: is not a known ISO 3166-1 alpha-2 code");
    }

    @Test
    void language_codes_come_from_the_shipped_list() {
        assertThat(IsoLanguages.CODES).hasSize(188).contains("en", "fr", "de", "sq", "sr", "nl");
        assertThat(LanguageCode.of("SQ").code()).isEqualTo("sq");
        assertThatThrownBy(() -> LanguageCode.of("xx")).isInstanceOf(InvalidValueException.class);
    }
}
