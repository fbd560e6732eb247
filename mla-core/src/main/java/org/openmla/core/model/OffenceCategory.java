package org.openmla.core.model;

import java.util.Optional;

/**
 * A taxonomy of offence categories.
 *
 * <p>The first 32 constants are the categories of the EU list used by Directive 2014/41/EU Annex D, Framework
 * Decision 2002/584/JHA art. 2(2) and Regulation (EU) 2023/1543 Annex IV, in the list's order: the three lists
 * word some items differently but are matched by position, so {@link #euListNumber()} is the link. The remaining
 * constants are categories that other instruments treat specially (fiscal and military offences, obstruction of
 * justice) and {@link #OTHER}.
 */
public enum OffenceCategory {
    PARTICIPATION_IN_CRIMINAL_ORGANISATION(1),
    TERRORISM(2),
    TRAFFICKING_IN_HUMAN_BEINGS(3),
    SEXUAL_EXPLOITATION_OF_CHILDREN(4),
    DRUG_TRAFFICKING(5),
    WEAPONS_TRAFFICKING(6),
    CORRUPTION(7),
    FRAUD(8),
    LAUNDERING(9),
    COUNTERFEITING_CURRENCY(10),
    COMPUTER_RELATED_CRIME(11),
    ENVIRONMENTAL_CRIME(12),
    FACILITATION_OF_UNAUTHORISED_ENTRY(13),
    MURDER_GRIEVOUS_BODILY_INJURY(14),
    ILLICIT_TRADE_IN_ORGANS(15),
    KIDNAPPING_HOSTAGE_TAKING(16),
    RACISM_XENOPHOBIA(17),
    ORGANISED_OR_ARMED_ROBBERY(18),
    TRAFFICKING_IN_CULTURAL_GOODS(19),
    SWINDLING(20),
    RACKETEERING_EXTORTION(21),
    COUNTERFEITING_PIRACY_OF_PRODUCTS(22),
    FORGERY_OF_ADMINISTRATIVE_DOCUMENTS(23),
    FORGERY_OF_MEANS_OF_PAYMENT(24),
    TRAFFICKING_IN_HORMONAL_SUBSTANCES(25),
    TRAFFICKING_IN_NUCLEAR_MATERIALS(26),
    TRAFFICKING_IN_STOLEN_VEHICLES(27),
    RAPE(28),
    ARSON(29),
    CRIMES_WITHIN_ICC_JURISDICTION(30),
    UNLAWFUL_SEIZURE_OF_AIRCRAFT_OR_SHIPS(31),
    SABOTAGE(32),

    /** Offences in connection with taxes or duties. */
    TAX_OFFENCE(0),
    /** Offences in connection with customs. */
    CUSTOMS_OFFENCE(0),
    /** Offences in connection with exchange control. */
    EXCHANGE_CONTROL_OFFENCE(0),
    /** Military offences which are not offences under ordinary criminal law. */
    MILITARY_OFFENCE(0),
    /** Obstruction of justice (e.g. UNTOC art. 23, UNCAC art. 25). */
    OBSTRUCTION_OF_JUSTICE(0),
    /** None of the above. */
    OTHER(0);

    private final int euListNumber;

    OffenceCategory(int euListNumber) {
        this.euListNumber = euListNumber;
    }

    /** @return the position (1 to 32) in the EU list, or empty if the category is not on it */
    public Optional<Integer> euListNumber() {
        return euListNumber == 0 ? Optional.empty() : Optional.of(euListNumber);
    }

    /** @return whether the category is one of the 32 on the EU list */
    public boolean isOnEuList() {
        return euListNumber != 0;
    }

    /** @return whether the category is fiscal: taxes, duties, customs or exchange */
    public boolean isFiscal() {
        return this == TAX_OFFENCE || this == CUSTOMS_OFFENCE || this == EXCHANGE_CONTROL_OFFENCE;
    }
}
