package org.openmla.core.internal;

import com.fasterxml.jackson.core.Version;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openmla.core.MlaException;

/**
 * Checks the libraries mla-core runs on, once, where they are first needed, so that a host with a missing or too old
 * library gets one sentence naming the artifact to add instead of a {@code NoSuchMethodError} deep in a read.
 */
public final class Dependencies {
    /** The oldest Jackson 2 release whose {@code StreamReadConstraints} can bound a document's length. */
    public static final Version MIN_JACKSON = new Version(2, 16, 0, null, "com.fasterxml.jackson.core", "jackson-core");

    private Dependencies() {}

    /**
     * @throws MlaException if jackson-core or jackson-databind is older than {@link #MIN_JACKSON}
     */
    public static void requireJackson() {
        requireJackson(com.fasterxml.jackson.core.json.PackageVersion.VERSION, "jackson-core");
        requireJackson(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION, "jackson-databind");
    }

    /**
     * @param found the version found on the class path
     * @param artifact the artifact's id, for the message
     * @throws MlaException if {@code found} is a Jackson 2 release older than {@link #MIN_JACKSON}
     */
    public static void requireJackson(Version found, String artifact) {
        boolean tooOld = found.getMajorVersion() < MIN_JACKSON.getMajorVersion()
                || found.getMajorVersion() == MIN_JACKSON.getMajorVersion() && found.getMinorVersion() < MIN_JACKSON.getMinorVersion();
        if (found.isUnknownVersion() || tooOld) {
            throw new MlaException("OpenMLA JSON needs Jackson 2.16 or later; found com.fasterxml.jackson.core:" + artifact + " "
                    + found.toString() + ". Import com.fasterxml.jackson:jackson-bom 2.16.0 or later in your dependency management");
        }
    }

    /**
     * @return a Hibernate Validator that interpolates messages without Expression Language (never echoing a value)
     * @throws MlaException if Hibernate Validator is missing from the class or module path or cannot start
     */
    public static Validator hibernateValidator() {
        try {
            return Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator();
        } catch (LinkageError | RuntimeException e) {
            throw new MlaException("OpenMLA validation needs Hibernate Validator 8 or later "
                    + "(org.hibernate.validator:hibernate-validator, a dependency of mla-core) and its dependencies; it cannot start: "
                    + e.getClass().getName(), e);
        }
    }
}
