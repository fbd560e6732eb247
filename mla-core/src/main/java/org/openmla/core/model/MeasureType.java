package org.openmla.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The catalogue of measures a request may ask for.
 *
 * <p>It covers the forms of assistance listed in UNTOC art. 18(3)(a)–(i) and UNCAC art. 46(3)(j)–(k), the
 * electronic-evidence measures of the Budapest Convention (arts. 29–34) and the e-Evidence Regulation, the tools of
 * the Second Additional Protocol to ETS 30 (ETS 182), the measures the European Investigation Order directive names,
 * and surrender of a person with provisional arrest.
 *
 * <p>Each type says whether it is <em>coercive</em> (it needs compulsion against a person or property: search,
 * seizure, compelled production, interception, custody). Where the law is unsettled the type is marked coercive,
 * so that a rule that protects against coercive measures is never switched off by the catalogue. Electronic
 * evidence types say which {@link DataCategory data categories} they can concern.
 */
public enum MeasureType {
    /** Taking evidence or statements from persons (UNTOC art. 18(3)(a)). */
    TAKING_EVIDENCE(MeasureFamily.EVIDENCE, false),
    /** Effecting service of judicial documents (UNTOC art. 18(3)(b)). */
    SERVICE_OF_DOCUMENTS(MeasureFamily.SERVICE, false),
    /** Executing searches and seizures (UNTOC art. 18(3)(c)). */
    SEARCH_AND_SEIZURE(MeasureFamily.EVIDENCE, true),
    /** Freezing property (UNTOC art. 18(3)(c), UNCAC art. 46(3)(j)). */
    FREEZING(MeasureFamily.ASSETS, true),
    /** Examining objects and sites (UNTOC art. 18(3)(d)). */
    EXAMINATION_OF_OBJECTS_AND_SITES(MeasureFamily.EVIDENCE, false),
    /** Providing information, evidentiary items and expert evaluations (UNTOC art. 18(3)(e)). */
    PROVISION_OF_INFORMATION(MeasureFamily.EVIDENCE, false),
    /** Providing originals or certified copies of government and other public records (UNTOC art. 18(3)(f)). */
    PUBLIC_RECORDS(MeasureFamily.EVIDENCE, false),
    /** Providing bank, financial, corporate or business records, which compels their holder (UNTOC art. 18(3)(f)). */
    BANK_AND_BUSINESS_RECORDS(MeasureFamily.EVIDENCE, true),
    /** Identifying or tracing proceeds of crime, property, instrumentalities (UNTOC art. 18(3)(g), UNCAC art. 46(3)(j)). */
    TRACING_PROCEEDS(MeasureFamily.ASSETS, false),
    /** Facilitating the voluntary appearance of persons in the requesting State (UNTOC art. 18(3)(h)). */
    FACILITATING_VOLUNTARY_APPEARANCE(MeasureFamily.HEARING_AND_TRANSFER, false),
    /** Any other assistance not contrary to the requested State's law (UNTOC art. 18(3)(i)); treated as coercive. */
    OTHER_ASSISTANCE(MeasureFamily.EVIDENCE, true),
    /** Recovery of assets, including enforcement of confiscation (UNCAC art. 46(3)(k)). */
    ASSET_RECOVERY(MeasureFamily.ASSETS, true),
    /** Extracts from judicial (criminal) records (ETS 30 art. 13). */
    JUDICIAL_RECORDS(MeasureFamily.EVIDENCE, false),

    /** Obtaining information or evidence already held by the executing authority (EIO art. 10(2)(a)). */
    INFORMATION_ALREADY_HELD(MeasureFamily.EVIDENCE, false),
    /** Obtaining information in police or judicial databases directly accessible to the executing authority (EIO art. 10(2)(b)). */
    DATABASE_INFORMATION(MeasureFamily.EVIDENCE, false),
    /** Any other non-coercive investigative measure (EIO art. 10(2)(d)). */
    OTHER_NON_COERCIVE_MEASURE(MeasureFamily.EVIDENCE, false),
    /** Identifying the holder of a specified telephone number or IP address (EIO art. 10(2)(e)). */
    SUBSCRIBER_IDENTIFICATION(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.SUBSCRIBER, DataCategory.IP_IDENTIFICATION),
    /** Information on bank and other financial accounts (EIO art. 26). */
    BANK_ACCOUNT_INFORMATION(MeasureFamily.ASSETS, true),
    /** Information on banking and other financial operations (EIO art. 27). */
    BANKING_TRANSACTION_INFORMATION(MeasureFamily.ASSETS, true),
    /** Monitoring of banking or other financial operations in real time (EIO art. 28). */
    MONITORING_OF_BANKING_TRANSACTIONS(MeasureFamily.ASSETS, true),
    /** Interception of telecommunications (EIO arts. 30–31). */
    INTERCEPTION_OF_TELECOMMUNICATIONS(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.TRAFFIC, DataCategory.CONTENT),

    /** Expedited preservation of stored computer data (Budapest art. 29). */
    EXPEDITED_PRESERVATION(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.values()),
    /** Expedited disclosure of preserved traffic data (Budapest art. 30). */
    EXPEDITED_DISCLOSURE_OF_TRAFFIC_DATA(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.TRAFFIC),
    /** Accessing, searching, seizing or disclosing stored computer data (Budapest art. 31). */
    ACCESS_TO_STORED_DATA(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.values()),
    /** Real-time collection of traffic data (Budapest art. 33). */
    REAL_TIME_TRAFFIC_DATA(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.TRAFFIC),
    /** Real-time interception of content data (Budapest art. 34). */
    INTERCEPTION_OF_CONTENT(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.CONTENT),
    /** A European Production Order addressed to a service provider (Regulation (EU) 2023/1543). */
    PRODUCTION_ORDER(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.values()),
    /** A European Preservation Order addressed to a service provider (Regulation (EU) 2023/1543). */
    PRESERVATION_ORDER(MeasureFamily.ELECTRONIC_EVIDENCE, true, DataCategory.values()),

    /** Hearing a witness, expert or accused person by videoconference (ETS 182 art. 9, UNTOC art. 18(18)). */
    VIDEOCONFERENCE_HEARING(MeasureFamily.HEARING_AND_TRANSFER, false),
    /** Hearing a witness or expert by telephone conference (ETS 182 art. 10). */
    TELEPHONE_HEARING(MeasureFamily.HEARING_AND_TRANSFER, false),
    /** Temporary transfer of a person in custody to give evidence (UNTOC art. 18(10), ETS 182 art. 13). */
    TEMPORARY_TRANSFER_OF_DETAINED_PERSON(MeasureFamily.HEARING_AND_TRANSFER, true),
    /** Controlled delivery (ETS 182 art. 18). */
    CONTROLLED_DELIVERY(MeasureFamily.SPECIAL_INVESTIGATIVE, true),
    /** Covert investigation by officers under covert or false identity (ETS 182 art. 19). */
    COVERT_INVESTIGATION(MeasureFamily.SPECIAL_INVESTIGATIVE, true),
    /** A joint investigation team (ETS 182 art. 20). */
    JOINT_INVESTIGATION_TEAM(MeasureFamily.SPECIAL_INVESTIGATIVE, false),
    /** Cross-border observation (ETS 182 art. 17). */
    CROSS_BORDER_OBSERVATION(MeasureFamily.SPECIAL_INVESTIGATIVE, true),

    /** Surrender of a person: extradition or execution of a European Arrest Warrant. */
    SURRENDER(MeasureFamily.SURRENDER, true),
    /** Provisional arrest pending a surrender request. */
    PROVISIONAL_ARREST(MeasureFamily.SURRENDER, true);

    private final MeasureFamily family;
    private final boolean coercive;
    private final Set<DataCategory> dataCategories;

    MeasureType(MeasureFamily family, boolean coercive, DataCategory... dataCategories) {
        this.family = family;
        this.coercive = coercive;
        this.dataCategories = dataCategories.length == 0
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.of(dataCategories[0], dataCategories));
    }

    /** @return the family of measures this type belongs to */
    public MeasureFamily family() {
        return family;
    }

    /** @return whether the measure needs compulsion against a person or property */
    public boolean isCoercive() {
        return coercive;
    }

    /** @return the data categories this measure can concern; empty if it is not about electronic data */
    public Set<DataCategory> dataCategories() {
        return dataCategories;
    }

    /** @return whether this measure concerns electronic data */
    public boolean isElectronic() {
        return !dataCategories.isEmpty();
    }
}
