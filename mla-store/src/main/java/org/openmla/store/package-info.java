/**
 * Request cases in a relational database: {@link org.openmla.store.CaseStore} and the values it answers with.
 *
 * <p>A case is stored as the documents {@link org.openmla.core.json.MlaJson} writes: the request in one column (the
 * only place personal data is kept), the case's header in another, and one row per history entry holding that entry's
 * JSON. Reading a case back replays and verifies its history. See {@code docs/store.md} for the schema.
 */
package org.openmla.store;
