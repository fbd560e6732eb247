package org.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.validation.RequestValidator;
import org.openmla.treaties.BuiltInPacks;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenMLA as beans of a Spring Boot application, on the Jackson and Hibernate Validator versions Boot manages. */
class SpringHostTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
        @Bean
        MlaJson mlaJson() {
            return MlaJson.create();
        }

        @Bean
        RequestValidator requestValidator() {
            return RequestValidator.create();
        }

        @Bean
        RulesEngine rulesEngine() {
            return RulesEngine.of(BuiltInPacks.registry());
        }
    }

    static final MlaRequest REQUEST = MlaRequest.builder("NL-2026-00042", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
            .legalBasis("UNTOC").dateIssued(LocalDate.of(2026, 3, 1)).factsSummary("Proceeds of drug trafficking were moved abroad.")
            .purpose("To trace the proceeds.").measure(MeasureType.BANK_AND_BUSINESS_RECORDS).build();

    @Test
    void openmla_works_as_beans_beside_what_spring_boot_brings() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).run()) {
            String jackson2 = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
            String hv = org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion();
            System.out.println("Spring Boot " + SpringBootVersion.getVersion() + ", Jackson 2 " + jackson2 + ", Hibernate Validator " + hv);
            assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.boot.version"));

            MlaJson json = context.getBean(MlaJson.class);
            assertThat(json.readRequest(json.writeRequest(REQUEST))).isEqualTo(REQUEST);
            assertThat(context.getBean(RequestValidator.class).validate(REQUEST)).isEmpty();
            // Boot's own validator reads OpenMLA's constraint annotations the same way
            assertThat(context.getBean(Validator.class).validate(REQUEST)).isEmpty();

            Decision decision = context.getBean(RulesEngine.class).evaluate(Evaluation.of(REQUEST).pack("UNTOC").lawDate(LocalDate.of(2026, 3, 1))
                    .assessment(Assessment.of(StandardAssessments.POLITICAL_OFFENCE, false, "officer-17", Instant.parse("2026-03-02T09:00:00Z"), null))
                    .build());
            assertThat(decision.outcome()).isNotEqualTo(Outcome.ENGINE_ERROR);
            assertThat(json.writeDecision(decision)).contains("\"outcome\"");

            if (System.getProperty("expected.boot.jackson").equals("3")) {
                // Boot 4's JSON is Jackson 3 (tools.jackson); OpenMLA's stays on Jackson 2 beside it
                Class<?> jackson3 = Class.forName("tools.jackson.databind.json.JsonMapper");
                assertThat(context.getBeansOfType(jackson3)).isNotEmpty();
                System.out.println("Jackson 3 " + jackson3.getPackage().getImplementationVersion() + " for Boot's own JSON");
                assertThat(hv).startsWith("9.");
            } else {
                assertThat(context.getBeansOfType(com.fasterxml.jackson.databind.ObjectMapper.class)).isNotEmpty();
                assertThat(hv).startsWith("8.");
            }
        }
    }
}
