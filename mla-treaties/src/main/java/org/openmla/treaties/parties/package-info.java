/**
 * Party data: who is bound by which instrument from when, declarations, central authorities, languages and bilateral
 * treaties, read from versioned JSON documents ({@link org.openmla.treaties.parties.PartyData}); the format is in
 * {@code docs/party-data.md}.
 */
package org.openmla.treaties.parties;
