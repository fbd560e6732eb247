package org.openmla.treaties.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.treaties.BuiltInPacks;

/**
 * Which law governs, for real pairs of States, dates, claimed bases and measures, with the shipped party data: the
 * instruments that govern the request's measures, what the check says about the claimed basis, and the legal-basis
 * notes with their citations. Each row is a case a caseworker would recognise; the instruments' own precedence rules
 * decide it (UNTOC art. 18(7), EIO art. 34(1) and recitals 8, 9, 44 and 45, the EAW and e-Evidence scopes).
 *
 * <p>Columns: the case; requesting and requested State; law date; claimed basis ({@code -}: none); the measure; the
 * instruments that govern it (any order, {@code -}: none); the status of the claim; a fragment of its explanation
 * ({@code -}: not checked); a citation that a legal-basis note must carry ({@code -}: none required).
 */
class LegalBasisTableTest {

    private static final LegalBasisResolver RESOLVER = BuiltInPacks.resolver();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # ---- between EU Member States bound by the EIO: the EIO replaces only the corresponding provisions ----
            DE to FR, search, claiming the EIO                            | DE | FR | 2026-10-01 | EIO      | SEARCH_AND_SEIZURE          | EIO UNTOC UNCAC     | VALID                    | EIO binds both States                     | EIO art. 34(1)
            DE to FR, search, claiming ETS 30                             | DE | FR | 2026-10-01 | ETS30    | SEARCH_AND_SEIZURE          | EIO UNTOC UNCAC     | SUPERSEDED               | replaces the corresponding provisions     | EIO art. 34(1)
            DE to FR, witness hearing, claiming ETS 30                    | DE | FR | 2026-10-01 | ETS30    | TAKING_EVIDENCE             | EIO UNTOC UNCAC     | SUPERSEDED               | EIO art. 34(1)                            | EIO art. 34(1)
            DE to FR, bank records, claiming the 2000 Convention          | DE | FR | 2026-10-01 | EU2000   | BANK_AND_BUSINESS_RECORDS   | EIO UNTOC UNCAC     | SUPERSEDED               | replaces the corresponding provisions     | EIO art. 34(1)
            DE to FR, joint investigation team, claiming ETS 30           | DE | FR | 2026-10-01 | ETS30    | JOINT_INVESTIGATION_TEAM    | ETS30 EU2000 UNTOC UNCAC | VALID                    | stay under ETS30                          | EIO art. 34(1)
            DE to FR, joint investigation team, claiming the EIO          | DE | FR | 2026-10-01 | EIO      | JOINT_INVESTIGATION_TEAM    | ETS30 EU2000 UNTOC UNCAC | OUTSIDE_SCOPE            | recital 8                                 | EIO art. 34(1)
            DE to FR, joint investigation team, claiming nothing          | DE | FR | 2026-10-01 | -        | JOINT_INVESTIGATION_TEAM    | ETS30 EU2000 UNTOC UNCAC | NONE_CLAIMED             | ETS30, EU2000, UNTOC, UNCAC apply         | EIO art. 34(1)
            DE to FR, cross-border surveillance, claiming ETS 30          | DE | FR | 2026-10-01 | ETS30    | CROSS_BORDER_OBSERVATION    | ETS30 EU2000 UNTOC UNCAC | VALID                    | stay under ETS30                          | EIO art. 34(1)
            DE to FR, joint investigation team, claiming UNTOC           | DE | FR | 2026-10-01 | UNTOC    | JOINT_INVESTIGATION_TEAM    | ETS30 EU2000 UNTOC UNCAC | VALID                    | rest on agreement                         | EIO art. 34(1)
            DE to FR, cross-border surveillance, claiming UNCAC           | DE | FR | 2026-10-01 | UNCAC    | CROSS_BORDER_OBSERVATION    | ETS30 EU2000 UNTOC UNCAC | VALID                    | UNCAC art. 50(1)                          | EIO art. 34(1)
            DE to FR, service of documents, claiming ETS 30               | DE | FR | 2026-10-01 | ETS30    | SERVICE_OF_DOCUMENTS        | ETS30 EU2000 UNTOC UNCAC | VALID                    | stay under ETS30                          | EIO art. 34(1)
            DE to FR, service of documents, claiming the EIO              | DE | FR | 2026-10-01 | EIO      | SERVICE_OF_DOCUMENTS        | ETS30 EU2000 UNTOC UNCAC | OUTSIDE_SCOPE            | EIO art. 1(1)                             | EIO art. 34(1)
            DE to FR, search, before the EIO replaced the conventions     | DE | FR | 2017-05-21 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 EU2000 UNTOC UNCAC | VALID                    | ETS30 binds both States                   | -
            DE to FR, search, claiming the EIO before 22 May 2017         | DE | FR | 2017-05-21 | EIO      | SEARCH_AND_SEIZURE          | ETS30 EU2000 UNTOC UNCAC | NOT_BOTH_BOUND           | EIO entered into force only on 2017-05-22 | -
            ES to PT, search, claiming ETS 30                             | ES | PT | 2026-10-01 | ETS30    | SEARCH_AND_SEIZURE          | EIO UNTOC UNCAC     | SUPERSEDED               | EIO art. 34(1)                            | EIO art. 34(1)
            BE to NL, bank records, claiming UNTOC                        | BE | NL | 2026-10-01 | UNTOC    | BANK_AND_BUSINESS_RECORDS   | EIO UNTOC UNCAC     | VALID                    | UNTOC binds both States                   | EIO art. 34(1)
            HR to SI, search, in 2012 (before Croatia joined the EU)      | HR | SI | 2012-06-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 UNCAC         | VALID                    | ETS30 binds both States                   | -
            # ---- Ireland and Denmark: not bound by the EIO (recitals 44 and 45) ----
            DE to IE, search, claiming the EIO                            | DE | IE | 2026-10-01 | EIO      | SEARCH_AND_SEIZURE          | ETS30 ETS99 UNTOC UNCAC | NOT_BOTH_BOUND           | EIO does not apply between DE and IE      | EIO art. 34(1)
            DE to IE, search, claiming ETS 30                             | DE | IE | 2026-10-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 ETS99 UNTOC UNCAC | VALID                    | ETS30 binds both States                   | EIO art. 34(1)
            IE to DE, witness hearing, claiming the EIO                   | IE | DE | 2026-10-01 | EIO      | TAKING_EVIDENCE             | ETS30 ETS99 UNTOC UNCAC | NOT_BOTH_BOUND           | EIO recital 44                            | EIO art. 34(1)
            NL to DK, search, claiming the EIO                            | NL | DK | 2026-10-01 | EIO      | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC EU2000 ETS182 | NOT_BOTH_BOUND           | EIO recital 45                            | EIO art. 34(1)
            DK to NL, witness hearing, claiming ETS 30                    | DK | NL | 2026-10-01 | ETS30    | TAKING_EVIDENCE             | ETS30 UNTOC UNCAC EU2000 ETS182 | VALID                    | ETS30 binds both States                   | EIO art. 34(1)
            IE to DK, search, claiming ETS 30                             | IE | DK | 2026-10-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC   | VALID                    | ETS30 binds both States                   | EIO art. 34(1)
            DE to IE, production order, claiming e-Evidence               | DE | IE | 2026-10-01 | EEVIDENCE| PRODUCTION_ORDER            | EEVIDENCE ETS30 ETS99 UNTOC UNCAC | VALID                    | EEVIDENCE binds both States               | EIO art. 34(1)
            DE to DK, production order, claiming e-Evidence               | DE | DK | 2026-10-01 | EEVIDENCE| PRODUCTION_ORDER            | ETS30 UNTOC UNCAC EU2000 ETS182 | NOT_BOTH_BOUND           | DK is not a party to EEVIDENCE            | EIO art. 34(1)
            # ---- e-Evidence and the EAW provide for their own measures only ----
            DE to FR, production order, claiming e-Evidence               | DE | FR | 2026-10-01 | EEVIDENCE| PRODUCTION_ORDER            | EIO UNTOC UNCAC EEVIDENCE | VALID                    | EEVIDENCE binds both States               | EEVIDENCE art. 32(1)
            DE to FR, production order, claiming the EIO (alongside)      | DE | FR | 2026-10-01 | EIO      | PRODUCTION_ORDER            | EIO UNTOC UNCAC EEVIDENCE | VALID                    | EIO binds both States                     | EEVIDENCE art. 32(1)
            DE to FR, production order before e-Evidence applies          | DE | FR | 2026-08-17 | EEVIDENCE| PRODUCTION_ORDER            | EIO UNTOC UNCAC     | NOT_BOTH_BOUND           | EEVIDENCE entered into force only on      | -
            DE to FR, search, claiming e-Evidence                         | DE | FR | 2026-10-01 | EEVIDENCE| SEARCH_AND_SEIZURE          | EIO UNTOC UNCAC     | OUTSIDE_SCOPE            | provides for other measures only          | EIO art. 34(1)
            DE to FR, surrender, claiming the EAW                         | DE | FR | 2026-12-01 | EAW      | SURRENDER                   | EAW                 | VALID                    | EAW binds both States                     | -
            DE to FR, search, claiming the EAW                            | DE | FR | 2026-12-01 | EAW      | SEARCH_AND_SEIZURE          | EIO UNTOC UNCAC     | OUTSIDE_SCOPE            | provides for other measures only          | EIO art. 34(1)
            DE to FR, surrender, claiming ETS 30                          | DE | FR | 2026-12-01 | ETS30    | SURRENDER                   | EAW                 | OUTSIDE_SCOPE            | does not govern [SURRENDER]               | -
            DE to FR, surrender, in October 2026                          | DE | FR | 2026-10-01 | EAW      | SURRENDER                   | EAW                 | VALID                    | EAW is in force for DE since 2004-01-01   | -
            DE to FR, surrender, in 2003 before the EAW applied (art. 32) | DE | FR | 2003-12-31 | EAW      | SURRENDER                   | -                   | NOT_BOTH_BOUND           | enters into force for DE only on 2004-01-01 | -
            PL to DE, surrender, in 2010 (Poland confirmed only from 2026-11-28) | PL | DE | 2010-06-01 | EAW | SURRENDER              | -                   | UNCERTAIN                | confirmed a party to EAW only by 2026-11-28 | -
            # ---- the United Kingdom ----
            GB to FR, search, claiming the EIO in 2019                    | GB | FR | 2019-06-01 | EIO      | SEARCH_AND_SEIZURE          | EIO UNTOC UNCAC     | VALID                    | EIO binds both States                     | EIO art. 34(1)
            GB to FR, search, claiming the EIO in 2022                    | GB | FR | 2022-06-01 | EIO      | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC   | NOT_BOTH_BOUND           | EIO ceased to bind GB after 2020-12-31    | -
            FR to GB, search, claiming ETS 30 in 2022                     | FR | GB | 2022-06-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC   | VALID                    | ETS30 binds both States                   | -
            # ---- Council of Europe States outside the EU, and non-member Parties ----
            NL to CH, search, claiming ETS 30                             | NL | CH | 2026-10-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC ETS182 | VALID                    | ETS30 is in force for CH since 1967-03-20 | -
            NL to CH, search, claiming UNTOC                              | NL | CH | 2026-10-01 | UNTOC    | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC ETS182 | VALID                    | give way to the corresponding provisions of ETS30 | -
            NO to NL, witness hearing, claiming ETS 30                    | NO | NL | 2026-10-01 | ETS30    | TAKING_EVIDENCE             | ETS30 UNCAC         | VALID                    | ETS30 is in force for NO since 1962-06-12 | -
            NO to NL, search, claiming the EIO                            | NO | NL | 2026-10-01 | EIO      | SEARCH_AND_SEIZURE          | ETS30 UNCAC         | NOT_BOTH_BOUND           | NO is not a party to EIO                  | -
            CH to DE, search, claiming the EIO                            | CH | DE | 2026-10-01 | EIO      | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC ETS182 | NOT_BOTH_BOUND           | CH is not a party to EIO                  | -
            CL to NL, witness hearing, claiming ETS 30 in 2026            | CL | NL | 2026-10-01 | ETS30    | TAKING_EVIDENCE             | ETS30 UNTOC UNCAC ETS182 | VALID                    | ETS30 is in force for CL since 2011-08-28 | -
            CL to NL, witness hearing, claiming ETS 30 before Chile joined| CL | NL | 2011-06-01 | ETS30    | TAKING_EVIDENCE             | UNTOC UNCAC         | NOT_BOTH_BOUND           | enters into force for CL only on 2011-08-28 | -
            IL to IT, witness hearing, in 1966                            | IL | IT | 1966-01-01 | ETS30    | TAKING_EVIDENCE             | -                   | NOT_BOTH_BOUND           | enters into force for IL only on 1967-12-26 | -
            IL to IT, witness hearing, in 1970                            | IL | IT | 1970-01-01 | ETS30    | TAKING_EVIDENCE             | ETS30               | VALID                    | ETS30 is in force for IL since 1967-12-26 | -
            AL to IT, search, in 2001                                     | AL | IT | 2001-01-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30               | VALID                    | ETS30 is in force for AL since 2000-07-03 | -
            AL to IT, search, in 2000 before Albania was bound            | AL | IT | 2000-01-01 | ETS30    | SEARCH_AND_SEIZURE          | -                   | NOT_BOTH_BOUND           | enters into force for AL only on 2000-07-03 | -
            ES to SE, search, in 2009 (both dated from the Treaty Office list) | ES | SE | 2009-06-01 | ETS30 | SEARCH_AND_SEIZURE       | ETS30 UNCAC         | VALID                    | ETS30 is in force for ES since 1982-11-16 | -
            NL to TR, search, claiming ETS 30                             | NL | TR | 2026-10-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 UNCAC ETS182  | VALID                    | ETS30 is in force for TR since 1969-09-22 | -
            IT to SM, search, in 2009 before San Marino was bound         | IT | SM | 2009-06-15 | ETS30    | SEARCH_AND_SEIZURE          | -                   | NOT_BOTH_BOUND           | enters into force for SM only on 2009-06-16 | -
            IT to SM, search, once San Marino was bound                   | IT | SM | 2009-06-16 | ETS30    | SEARCH_AND_SEIZURE          | ETS30               | VALID                    | ETS30 is in force for SM since 2009-06-16 | -
            HR to RS, search, claiming ETS 30 in 2010                     | HR | RS | 2010-06-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC ETS182 | VALID                    | ETS30 is in force for RS since 2002-12-29 | -
            # ---- UNTOC and UNCAC between States that no MLA treaty in the data binds ----
            US to NL, bank records, claiming UNTOC                        | US | NL | 2026-10-01 | UNTOC    | BANK_AND_BUSINESS_RECORDS   | UNTOC UNCAC         | VALID                    | UNTOC is in force for US since 2005-12-03 | -
            # ---- UNTOC and UNCAC parties dated in data version 2026.6 / 2026.8: bound from their own date, not before; non-parties by source ----
            ZA to SA, bank records, claiming UNTOC (both dated from the UNTC) | ZA | SA | 2026-10-01 | UNTOC  | BANK_AND_BUSINESS_RECORDS   | UNTOC UNCAC         | VALID                    | UNTOC is in force for SA since 2005-02-17 | -
            ZA to SA, bank records, claiming UNTOC the day before Saudi Arabia was bound | ZA | SA | 2005-02-16 | UNTOC | BANK_AND_BUSINESS_RECORDS | -      | NOT_BOTH_BOUND           | enters into force for SA only on 2005-02-17 | -
            MV to ZA, witness hearing, claiming UNTOC on the Maldives' first day | MV | ZA | 2013-03-06 | UNTOC | TAKING_EVIDENCE         | UNTOC UNCAC         | VALID                    | UNTOC is in force for MV since 2013-03-06 | -
            MV to ZA, witness hearing, claiming UNTOC the day before     | MV | ZA | 2013-03-05 | UNTOC    | TAKING_EVIDENCE             | UNCAC               | NOT_BOTH_BOUND           | enters into force for MV only on 2013-03-06 | -
            VA to DE, bank records, claiming UNCAC on the Holy See's first day | VA | DE | 2016-10-19 | UNCAC | BANK_AND_BUSINESS_RECORDS | UNTOC UNCAC        | VALID                    | UNCAC is in force for VA since 2016-10-19 | -
            VA to DE, bank records, claiming UNCAC the day before        | VA | DE | 2016-10-18 | UNCAC    | BANK_AND_BUSINESS_RECORDS   | UNTOC               | NOT_BOTH_BOUND           | enters into force for VA only on 2016-10-19 | -
            TD to FR, freezing, claiming UNCAC after Chad acceded        | TD | FR | 2018-07-26 | UNCAC    | FREEZING                    | UNTOC UNCAC         | VALID                    | UNCAC is in force for TD since 2018-07-26 | -
            NL to SO, bank records, claiming UNTOC before Somalia acceded | NL | SO | 2024-05-04 | UNTOC   | BANK_AND_BUSINESS_RECORDS   | UNCAC               | NOT_BOTH_BOUND           | SO had not become bound by UNTOC on 2024-05-04 | -
            NL to SO, bank records, claiming UNCAC                       | NL | SO | 2026-10-01 | UNCAC    | BANK_AND_BUSINESS_RECORDS   | UNCAC               | VALID                    | SO is confirmed a party to UNCAC by 2021-09-10 | -
            GB to KN, freezing, claiming UNCAC before Saint Kitts and Nevis acceded | GB | KN | 2024-08-05 | UNCAC | FREEZING          | -                   | NOT_BOTH_BOUND           | KN had not become bound by UNCAC on 2024-08-05 | -
            GB to KN, freezing, claiming UNCAC after its accession (not in the data) | GB | KN | 2026-10-01 | UNCAC | FREEZING         | -                   | UNCERTAIN                | whether it became bound after that date is not known | -
            SK to PL, witness hearing, claiming UNTOC on Slovakia's first day | SK | PL | 2004-01-02 | UNTOC | TAKING_EVIDENCE      | ETS30 UNTOC ETS99   | VALID                    | UNTOC is in force for SK since 2004-01-02 | -
            SK to PL, witness hearing, claiming UNTOC the day before     | SK | PL | 2004-01-01 | UNTOC    | TAKING_EVIDENCE             | ETS30 ETS99         | NOT_BOTH_BOUND           | enters into force for SK only on 2004-01-02 | -
            AD to ES, bank records, claiming UNCAC before Andorra acceded | AD | ES | 2025-06-01 | UNCAC   | BANK_AND_BUSINESS_RECORDS   | ETS30 UNTOC         | NOT_BOTH_BOUND           | AD had not become bound by UNCAC on 2026-01-14 | -
            IT to SM, bank records, claiming UNCAC the day before San Marino deposited | IT | SM | 2025-09-24 | UNCAC | BANK_AND_BUSINESS_RECORDS | ETS30 UNTOC | NOT_BOTH_BOUND       | SM had not become bound by UNCAC on 2025-09-24 | -
            NZ to NU, bank records, claiming UNCAC on Niue's first day   | NZ | NU | 2017-11-02 | UNCAC    | BANK_AND_BUSINESS_RECORDS   | UNTOC UNCAC         | VALID                    | UNCAC is in force for NU since 2017-11-02 | -
            NZ to NU, bank records, claiming UNCAC the day before        | NZ | NU | 2017-11-01 | UNCAC    | BANK_AND_BUSINESS_RECORDS   | UNTOC               | NOT_BOTH_BOUND           | enters into force for NU only on 2017-11-02 | -
            GB to TT, bank records, claiming UNCAC on its first day     | GB | TT | 2006-06-30 | UNCAC    | BANK_AND_BUSINESS_RECORDS   | UNCAC               | VALID                    | UNCAC is in force for TT since 2006-06-30 | -
            GB to TT, bank records, claiming UNCAC the day before        | GB | TT | 2006-06-29 | UNCAC    | BANK_AND_BUSINESS_RECORDS   | -                   | NOT_BOTH_BOUND           | enters into force for TT only on 2006-06-30 | -
            GB to UY, freezing, claiming UNCAC once Uruguay is confirmed | GB | UY | 2014-10-08 | UNCAC    | FREEZING                    | UNTOC UNCAC         | VALID                    | UY is confirmed a party to UNCAC by 2014-10-08 | -
            GB to UY, freezing, claiming UNCAC the day before            | GB | UY | 2014-10-07 | UNCAC    | FREEZING                    | UNTOC               | UNCERTAIN                | confirmed a party to UNCAC only by 2014-10-08 | -
            AU to FJ, bank records, claiming UNTOC in 2017 (Fiji's year only) | AU | FJ | 2017-06-01 | UNTOC | BANK_AND_BUSINESS_RECORDS | UNCAC              | UNCERTAIN                | confirmed a party to UNTOC only by 2018-01-30 | -
            # ---- what the data cannot tell is UNCERTAIN, never guessed ----
            KR to NL, witness hearing, claiming ETS 30                    | KR | NL | 2026-10-01 | ETS30    | TAKING_EVIDENCE             | UNTOC UNCAC         | UNCERTAIN                | KR is not in the party data for ETS30     | -
            NL to DE, search, in 2009 (dated entries for both)            | NL | DE | 2009-06-01 | ETS30    | SEARCH_AND_SEIZURE          | ETS30 UNTOC EU2000  | VALID                    | ETS30 is in force for NL since 1969-05-15 | -
            GB to NL, witness hearing, in 1991 before the UK's confirmed date | GB | NL | 1991-06-01 | ETS30 | TAKING_EVIDENCE           | -                   | UNCERTAIN                | confirmed a party to ETS30 only by 1992-03-30 | -
            RU to NL, witness hearing, claiming ETS 30 (status after 2022 unverified) | RU | NL | 2026-10-01 | ETS30 | TAKING_EVIDENCE  | UNTOC UNCAC         | UNCERTAIN                | RU is not in the party data for ETS30     | -
            JP to NL, bank records, claiming UNTOC                        | JP | NL | 2026-10-01 | UNTOC    | BANK_AND_BUSINESS_RECORDS   | UNTOC UNCAC         | VALID                    | UNTOC is in force for JP since 2017-08-10 | -
            NO to NL, bank records, claiming UNTOC                        | NO | NL | 2026-10-01 | UNTOC    | BANK_AND_BUSINESS_RECORDS   | ETS30 UNCAC         | UNCERTAIN                | NO is not in the party data for UNTOC     | -
            IE to US, bank records, claiming UNCAC in December 2011       | IE | US | 2011-12-01 | UNCAC    | BANK_AND_BUSINESS_RECORDS   | UNTOC               | UNCERTAIN                | confirmed a party to UNCAC only by 2011-12-30 | -
            NG to GB, freezing, claiming UNCAC                            | NG | GB | 2026-05-04 | UNCAC    | FREEZING                    | UNTOC UNCAC         | VALID                    | UNCAC is in force for GB since 2006-03-11 | -
            ES to IE, preservation, claiming the Budapest Convention      | ES | IE | 2026-05-04 | ETS185   | EXPEDITED_PRESERVATION      | ETS30 UNTOC UNCAC   | UNCERTAIN                | IE is not in the party data for ETS185    | -
            ES to IE, preservation, after Ireland's latest confirmed date | ES | IE | 2026-05-04 | ETS185   | EXPEDITED_PRESERVATION      | ETS30 UNTOC UNCAC   | UNCERTAIN                | whether it became bound after that date is not known | -
            ES to IE, preservation, on the date a source confirms Ireland not bound | ES | IE | 2025-10-08 | ETS185 | EXPEDITED_PRESERVATION | ETS30 UNTOC UNCAC | NOT_BOTH_BOUND        | IE had not become bound by ETS185 on 2025-10-08 (signed 2002-02-28, not ratified), as IE-DAIL-2025-10 | -
            IE to NL, preservation, in 2024, Ireland a signatory only     | IE | NL | 2024-03-01 | ETS185   | EXPEDITED_PRESERVATION      | ETS30 UNTOC UNCAC   | NOT_BOTH_BOUND           | IE is not bound by ETS185 on 2024-03-01   | -
            NL to PE, preservation, claiming the Budapest Convention      | NL | PE | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | UNTOC UNCAC         | UNCERTAIN                | PE is not in the party data for ETS185    | -
            GE to AL, preservation, claiming the Budapest Convention      | GE | AL | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | ETS30 UNTOC UNCAC ETS182 ETS185 | VALID                    | ETS185 is in force for GE since 2012-10-01 | -
            NL to NO, preservation, claiming the Budapest Convention      | NL | NO | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | ETS30 UNCAC ETS185  | VALID                    | NO is confirmed a party to ETS185 by 2011-10-01 | -
            # ---- the Budapest Convention between non-member and member Parties (arts. 29-34 whatever treaty binds them) ----
            JP to AU, preservation, claiming the Budapest Convention      | JP | AU | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | UNTOC UNCAC ETS185  | VALID                    | ETS185 is in force for JP since 2012-11-01 | -
            CA to JP, stored data, claiming the Budapest Convention       | CA | JP | 2026-10-01 | ETS185   | ACCESS_TO_STORED_DATA       | UNTOC UNCAC ETS185  | VALID                    | ETS185 is in force for CA since 2015-11-01 | -
            CA to JP, stored data, in 2015 before Canada was bound        | CA | JP | 2015-10-31 | ETS185   | ACCESS_TO_STORED_DATA       | -                   | NOT_BOTH_BOUND           | enters into force for CA only on 2015-11-01 | -
            IL to DE, preservation, claiming the Budapest Convention      | IL | DE | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | ETS30 UNTOC UNCAC ETS182 ETS185 | VALID                    | ETS185 is in force for IL since 2016-09-01 | -
            DE to AT, preservation, claiming the Budapest Convention      | DE | AT | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | EIO ETS185 UNTOC UNCAC | VALID                    | ETS185 is in force for AT since 2012-10-01 | -
            US to NL, preservation, claiming the Budapest Convention      | US | NL | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | UNTOC UNCAC ETS185  | VALID                    | ETS185 is in force for NL since 2007-03-01 | -
            US to CH, preservation, claiming the Budapest Convention      | US | CH | 2026-10-01 | ETS185   | EXPEDITED_PRESERVATION      | UNTOC UNCAC ETS185  | VALID                    | ETS185 is in force for US since 2007-01-01 | -
            US to CH, preservation, the day before the US was bound       | US | CH | 2006-12-31 | ETS185   | EXPEDITED_PRESERVATION      | UNTOC               | NOT_BOTH_BOUND           | enters into force for US only on 2007-01-01 | -
            CH to ES, preservation, claiming the Budapest Convention      | CH | ES | 2012-01-01 | ETS185   | EXPEDITED_PRESERVATION      | ETS30 UNTOC UNCAC ETS185 | VALID                    | ETS185 is in force for CH since 2012-01-01 | -
            AU to JP, witness hearing, claiming the Budapest Convention   | AU | JP | 2026-10-01 | ETS185   | TAKING_EVIDENCE             | UNTOC UNCAC         | OUTSIDE_SCOPE            | provides for other measures only          | -
            # ---- ETS 99 (fiscal offences) and ETS 182 where the data lists both States ----
            IT to AT, search, claiming ETS 99 in 2010                     | IT | AT | 2010-06-01 | ETS99    | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC ETS99| VALID                    | ETS99 is in force for IT since 1986-02-24 | -
            AM to IT, search, claiming ETS 99                             | AM | IT | 2026-10-01 | ETS99    | SEARCH_AND_SEIZURE          | ETS30 UNTOC UNCAC ETS99| VALID                    | ETS99 is in force for AM since 2004-06-21 | -
            IT to AT, search, claiming ETS 99 after the EIO replaced it   | IT | AT | 2026-10-01 | ETS99    | SEARCH_AND_SEIZURE          | EIO UNTOC UNCAC     | SUPERSEDED               | replaces the corresponding provisions     | EIO art. 34(1)
            NL to BE, search, claiming ETS 99 in 2010                     | NL | BE | 2010-06-01 | ETS99    | SEARCH_AND_SEIZURE          | ETS30 EU2000 UNTOC UNCAC| UNCERTAIN                | NL is not in the party data for ETS99     | -
            NL to ME, videoconference, claiming ETS 182                   | NL | ME | 2026-10-01 | ETS182   | VIDEOCONFERENCE_HEARING     | ETS30 UNTOC UNCAC ETS182 | VALID                    | ETS182 is in force for NL since 2011-04-01 | -
            GB to NL, videoconference, claiming ETS 182                   | GB | NL | 2026-10-01 | ETS182   | VIDEOCONFERENCE_HEARING     | ETS30 UNTOC UNCAC ETS182 | VALID                    | ETS182 is in force for GB since 2010-10-01 | -
            GB to ME, videoconference, the day before the UK was bound    | GB | ME | 2010-09-30 | ETS182   | VIDEOCONFERENCE_HEARING     | ETS30 UNTOC UNCAC   | NOT_BOTH_BOUND           | enters into force for GB only on 2010-10-01 | -
            SK to CZ, videoconference, claiming ETS 182 in 2006 before the Czech Republic was bound | SK | CZ | 2006-06-30 | ETS182 | VIDEOCONFERENCE_HEARING | ETS30 ETS99 | NOT_BOTH_BOUND | enters into force for CZ only on 2006-07-01 | -
            GB to TR, videoconference, claiming ETS 182                   | GB | TR | 2026-10-01 | ETS182   | VIDEOCONFERENCE_HEARING     | ETS30 UNCAC ETS182  | VALID                    | TR is confirmed a party to ETS182 by 2023-02-01 | -
            GB to UA, videoconference, claiming ETS 182 before Ukraine's confirmed date | GB | UA | 2023-03-01 | ETS182 | VIDEOCONFERENCE_HEARING | ETS30 UNTOC UNCAC | UNCERTAIN              | confirmed a party to ETS182 only by 2023-08-01 | -
            FR to BE, temporary transfer, claiming ETS 182 (not in data)  | FR | BE | 2026-02-26 | ETS182   | TEMPORARY_TRANSFER_OF_DETAINED_PERSON | EIO UNTOC UNCAC | SUPERSEDED               | whether or not ETS182 binds both States   | EIO art. 34(1)
            FR to BE, joint investigation team, claiming ETS 182          | FR | BE | 2026-02-26 | ETS182   | JOINT_INVESTIGATION_TEAM    | ETS30 EU2000 UNTOC UNCAC | UNCERTAIN                | FR is not in the party data for ETS182    | EIO art. 34(1)
            NL to ME, videoconference, claiming ETS 182 in 2010           | NL | ME | 2010-06-01 | ETS182   | VIDEOCONFERENCE_HEARING     | ETS30 UNTOC UNCAC   | NOT_BOTH_BOUND           | enters into force for NL only on 2011-04-01 | -
            DE to CH, videoconference, claiming ETS 182 in 2009, Germany a signatory only | DE | CH | 2009-06-01 | ETS182 | VIDEOCONFERENCE_HEARING | ETS30 UNTOC | NOT_BOTH_BOUND | DE had not become bound by ETS182 on 2010-07-09 (signed 2001-11-08, not ratified) | -
            CH to LI, search, claiming ETS 99 in 2003, neither had ratified | CH | LI | 2003-03-01 | ETS99   | SEARCH_AND_SEIZURE          | ETS30               | NOT_BOTH_BOUND           | CH is not bound by ETS99 on 2003-03-01    | -
            # ---- claims that are not of a binding treaty ----
            NL to CH, claiming the UN Model Treaty                        | NL | CH | 2026-10-01 | UN_MODEL_TREATY | TAKING_EVIDENCE      | ETS30 UNTOC UNCAC ETS182 | NOT_A_BINDING_INSTRUMENT | binds no State                            | -
            NL to CH, service of documents, on reciprocity                | NL | CH | 2026-10-01 | RECIPROCITY | SERVICE_OF_DOCUMENTS     | ETS30 UNTOC UNCAC ETS182 | NOT_CHECKED              | is not a treaty                           | -
            """)
    void the_governing_law_follows_the_instruments_own_precedence_rules(String name, String from, String to, LocalDate date, String claimed,
            MeasureType measure, String governing, LegalBasisFinding.Status status, String fragment, String noteCitation) {
        MlaRequest.Builder b = MlaRequest.builder("T-1", Jurisdiction.of(from), Jurisdiction.of(to)).measure(measure);
        if (claimed.equals("RECIPROCITY")) {
            b.legalBasis(LegalBasis.reciprocity());
        } else if (!claimed.equals("-")) {
            b.legalBasis(claimed);
        }

        LegalBasisCheck check = RESOLVER.check(b.build(), date);

        assertThat(check.governing()).as("governing").containsExactlyInAnyOrderElementsOf(
                governing.equals("-") ? List.of() : Arrays.asList(governing.trim().split("\\s+")));
        assertThat(check.findings()).as("the claim").first().satisfies(f -> {
            assertThat(f.status()).isEqualTo(status);
            if (!fragment.equals("-")) {
                assertThat(f.explanation()).contains(fragment);
            }
        });
        if (!noteCitation.equals("-")) {
            assertThat(check.notes()).flatExtracting(LegalBasisNote::citations).contains(Citation.parse(noteCitation));
        }
    }

    @org.junit.jupiter.api.Test
    void preservation_under_ets30_and_budapest_is_not_refused_on_the_ets30_fiscal_ground() {
        MlaRequest request = MlaRequest.builder("T-4", Jurisdiction.of("GE"), Jurisdiction.of("AL")).legalBasis("ETS30").legalBasis("ETS185")
                .measure(MeasureType.EXPEDITED_PRESERVATION).build();
        PreparedEvaluation prepared = RESOLVER.prepare(request, LocalDate.of(2026, 10, 1), List.of());
        org.openmla.core.engine.Evaluation e = prepared.evaluation().orElseThrow().toBuilder()
                .proposeRefusal(org.openmla.core.rules.StandardGrounds.FISCAL_OFFENCE).build();

        org.openmla.core.decision.Decision d = org.openmla.core.engine.RulesEngine.of(BuiltInPacks.registry()).evaluate(e);

        assertThat(e.packs()).extracting(p -> p.id()).contains("ETS30", "ETS185");
        assertThat(d.refusalChecks()).singleElement().satisfies(c -> {
            assertThat(c.answer()).isEqualTo(org.openmla.core.decision.RefusalCheck.Answer.FORBIDDEN);
            assertThat(c.toString()).contains("ETS185 art. 29(5)");
        });
    }

    @org.junit.jupiter.api.Test
    void nl_to_ch_under_ets30_carries_the_swiss_declarations_into_the_evaluation() {
        MlaRequest request = MlaRequest.builder("T-2", Jurisdiction.of("NL"), Jurisdiction.of("CH")).legalBasis("ETS30")
                .measure(MeasureType.SEARCH_AND_SEIZURE).build();

        PreparedEvaluation prepared = RESOLVER.prepare(request, LocalDate.of(2026, 10, 1), List.of());

        assertThat(prepared.evaluation()).hasValueSatisfying(e -> {
            assertThat(e.packs()).extracting(p -> p.id()).containsExactly("ETS30");
            assertThat(e.requestedState().declarations()).contains("ETS30.5.1.A.DUAL_CRIMINALITY", "ETS30.7.3.SUMMONS_LEAD_TIME");
        });
    }

    @org.junit.jupiter.api.Test
    void a_jit_between_member_states_is_evaluated_under_ets30_and_says_the_2000_convention_was_not() {
        MlaRequest request = MlaRequest.builder("T-3", Jurisdiction.of("DE"), Jurisdiction.of("FR")).legalBasis("ETS30")
                .measure(MeasureType.JOINT_INVESTIGATION_TEAM).build();

        PreparedEvaluation prepared = RESOLVER.prepare(request, LocalDate.of(2026, 10, 1), List.of());

        assertThat(prepared.evaluation()).hasValueSatisfying(e -> assertThat(e.packs()).extracting(p -> p.id()).containsExactly("ETS30"));
        assertThat(prepared.notes()).anySatisfy(n -> assertThat(n.reason()).startsWith("NOT EVALUATED: EU2000 governs"));
        assertThat(prepared.blocked()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void it_to_sm_and_nl_to_dk_carry_the_declarations_the_treaty_office_lists_into_the_evaluation() {
        MlaRequest search = MlaRequest.builder("T-5", Jurisdiction.of("IT"), Jurisdiction.of("SM")).legalBasis("ETS30")
                .measure(MeasureType.SEARCH_AND_SEIZURE).build();
        assertThat(RESOLVER.prepare(search, LocalDate.of(2026, 10, 1), List.of()).evaluation()).hasValueSatisfying(e -> assertThat(
                e.requestedState().declarations()).contains("ETS30.5.1.A.DUAL_CRIMINALITY", "ETS30.5.1.C.CONSISTENT_WITH_LAW", "ETS30.23.1.SPECIALITY"));

        MlaRequest hearing = MlaRequest.builder("T-6", Jurisdiction.of("NL"), Jurisdiction.of("DK")).legalBasis("ETS182")
                .measure(MeasureType.VIDEOCONFERENCE_HEARING).build();
        assertThat(RESOLVER.prepare(hearing, LocalDate.of(2026, 10, 1), List.of()).evaluation()).hasValueSatisfying(e -> {
            assertThat(e.packs()).extracting(p -> p.id()).contains("ETS30");
            assertThat(e.requestedState().declarations()).contains("ETS182.9.9.NO_ACCUSED_VIDEOCONFERENCE");
        });
    }
}
