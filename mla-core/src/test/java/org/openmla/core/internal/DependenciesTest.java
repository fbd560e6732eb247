package org.openmla.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;
import org.openmla.core.MlaException;
import org.openmla.core.json.MlaJson;

class DependenciesTest {

    static Version jackson(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
    }

    @Test
    void jackson_2_15_as_in_spring_boot_3_2_is_refused_with_the_artifact_to_upgrade() {
        assertThatThrownBy(() -> Dependencies.requireJackson(jackson(2, 15, 4), "jackson-core"))
                .isInstanceOf(MlaException.class)
                .hasMessageContaining("needs Jackson 2.16 or later")
                .hasMessageContaining("com.fasterxml.jackson.core:jackson-core 2.15.4")
                .hasMessageContaining("com.fasterxml.jackson:jackson-bom");
    }

    @Test
    void an_unknown_version_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> Dependencies.requireJackson(Version.unknownVersion(), "jackson-databind"))
                .isInstanceOf(MlaException.class)
                .hasMessageContaining("jackson-databind");
    }

    @Test
    void jackson_2_16_and_later_2_x_releases_are_accepted() {
        assertThatCode(() -> Dependencies.requireJackson(jackson(2, 16, 0), "jackson-core")).doesNotThrowAnyException();
        assertThatCode(() -> Dependencies.requireJackson(jackson(2, 23, 0), "jackson-core")).doesNotThrowAnyException();
    }

    @Test
    void the_jackson_on_this_class_path_is_supported_and_reported_by_the_build() {
        // The build runs this with the oldest (-Pjackson-oldest) and newest (-Pjackson-newest) supported releases too.
        assertThatCode(Dependencies::requireJackson).doesNotThrowAnyException();
        assertThatCode(MlaJson::create).doesNotThrowAnyException();
        String expected = System.getProperty("openmla.expected.jackson");
        if (expected != null && !expected.isEmpty()) {
            assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
            assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
        }
    }

    @Test
    void hibernate_validator_starts_without_expression_language() {
        assertThat(Dependencies.hibernateValidator()).isNotNull();
    }
}
