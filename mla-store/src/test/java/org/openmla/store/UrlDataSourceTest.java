package org.openmla.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What error messages show of a JDBC URL: never its parameters or user information, which may hold credentials. */
class UrlDataSourceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.example:5432/mla?user=mla&password=secret | jdbc:postgresql://db.example:5432/mla",
        "jdbc:postgresql://mla:secret@db.example/mla                    | jdbc:postgresql://db.example/mla",
        "jdbc:h2:file:./mla-cases;PASSWORD=secret;USER=sa                | jdbc:h2:file:./mla-cases",
        "jdbc:h2:mem:cases                                               | jdbc:h2:mem:cases"})
    void the_url_is_shown_without_parameters_or_credentials(String url, String shown) {
        assertThat(UrlDataSource.redact(url)).isEqualTo(shown);
        assertThat(new UrlDataSource(url, "sa", "secret").toString()).doesNotContain("secret");
    }
}
