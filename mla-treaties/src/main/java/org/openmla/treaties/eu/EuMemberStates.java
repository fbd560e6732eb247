package org.openmla.treaties.eu;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openmla.core.model.Jurisdiction;

/**
 * The States taking part in the EU instruments of this package, as the rule packs' scope rules need them.
 *
 * <p>Membership is given as it stands on 28 November 2026 (as in the party data, {@code eio.json}); accession dates are not encoded (the legal reference does
 * not give them), so a law date before a State's accession is not caught here. Immutable.
 */
final class EuMemberStates {
    private EuMemberStates() {}

    /** The 27 Member States of the European Union, by ISO 3166-1 alpha-2 code (Greece is GR, not EL). */
    static final Set<Jurisdiction> MEMBER_STATES = of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
            "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    static final Jurisdiction DENMARK = Jurisdiction.of("DK");
    static final Jurisdiction IRELAND = Jurisdiction.of("IE");
    static final Jurisdiction UNITED_KINGDOM = Jurisdiction.of("GB");

    /** Member States bound by Directive 2014/41/EU: all but Denmark and Ireland (EIO recitals 44-45). */
    static final Set<Jurisdiction> EIO_BOUND = without(MEMBER_STATES, DENMARK, IRELAND);

    /** Last day of the United Kingdom's participation in the EIO: end of the Brexit transition period (reference 5.1, [GK]). */
    static final LocalDate UK_EIO_LAST_DAY = LocalDate.of(2020, 12, 31);

    private static Set<Jurisdiction> of(String... codes) {
        return Set.copyOf(Stream.of(codes).map(Jurisdiction::of).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<Jurisdiction> without(Set<Jurisdiction> states, Jurisdiction... excluded) {
        Set<Jurisdiction> out = new TreeSet<>(states);
        Stream.of(excluded).forEach(out::remove);
        return Set.copyOf(out);
    }
}
