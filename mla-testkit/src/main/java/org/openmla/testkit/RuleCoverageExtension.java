package org.openmla.testkit;

import java.io.PrintStream;
import java.util.Objects;
import java.util.OptionalDouble;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openmla.core.engine.RulePackRegistry;

/**
 * A JUnit 5 extension that, after all tests of a class, prints a {@link RuleCoverage} report and fails the class if
 * the coverage is below a minimum. Register it in a static field and let the fixture record into it:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RuleCoverageExtension COVERAGE = RuleCoverageExtension.of(REGISTRY, "MYPACK").requireAtLeast(0.8);
 *
 * final PackFixture fixture = PackFixture.forPacks(REGISTRY, "MYPACK").recordingCoverageIn(COVERAGE.coverage());
 * }</pre>
 *
 * <p>The report is printed to the test's standard output (it holds rule ids, citations and statements only). The
 * extension is thread-safe; its coverage accumulates across the tests of the class it is registered in.
 */
public final class RuleCoverageExtension implements AfterAllCallback {
    private final RuleCoverage coverage;
    private final OptionalDouble minimum;
    private final PrintStream out;

    private RuleCoverageExtension(RuleCoverage coverage, OptionalDouble minimum, PrintStream out) {
        this.coverage = coverage;
        this.minimum = minimum;
        this.out = out;
    }

    /** @return an extension counting the packs the recorded decisions apply */
    public static RuleCoverageExtension of(RulePackRegistry registry) {
        return new RuleCoverageExtension(RuleCoverage.of(registry), OptionalDouble.empty(), System.out);
    }

    /** @return an extension counting exactly these packs */
    public static RuleCoverageExtension of(RulePackRegistry registry, String... packIds) {
        return new RuleCoverageExtension(RuleCoverage.of(registry, packIds), OptionalDouble.empty(), System.out);
    }

    /**
     * @param minimum from 0 to 1
     * @return an extension that fails the test class below the minimum
     */
    public RuleCoverageExtension requireAtLeast(double minimum) {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("the minimum must be between 0 and 1 (was " + minimum + ")");
        }
        return new RuleCoverageExtension(coverage, OptionalDouble.of(minimum), out);
    }

    /** @return an extension that prints the report to this stream instead of standard output */
    public RuleCoverageExtension printingTo(PrintStream stream) {
        return new RuleCoverageExtension(coverage, minimum, Objects.requireNonNull(stream, "stream"));
    }

    /** @return the coverage to record decisions in */
    public RuleCoverage coverage() {
        return coverage;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RuleCoverage.Report report = coverage.report();
        out.println(report.render());
        if (minimum.isPresent()) {
            coverage.requireAtLeast(minimum.getAsDouble());
        }
    }
}
