-- OpenMLA case store, schema version 1. Portable between PostgreSQL and H2.
-- Personal data is only ever in request_document. The other columns hold ids, codes, States and instants, so that
-- indexes, query plans and logs of the database see no personal data.

-- One row per case: where it stands (kept current by every append) and the two documents it is read back from.
CREATE TABLE mla_case (
    case_id           VARCHAR(128)             NOT NULL,
    state             VARCHAR(40)              NOT NULL,
    version           BIGINT                   NOT NULL,
    requesting_state  CHAR(2)                  NOT NULL,
    requested_state   CHAR(2)                  NOT NULL,
    instrument        VARCHAR(40),
    received_at       TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    request_document  TEXT                     NOT NULL,
    case_document     TEXT                     NOT NULL,
    CONSTRAINT mla_case_pk PRIMARY KEY (case_id),
    CONSTRAINT mla_case_version_ck CHECK (version >= 0)
);
CREATE INDEX mla_case_state_ix ON mla_case (state);
CREATE INDEX mla_case_requesting_state_ix ON mla_case (requesting_state);
CREATE INDEX mla_case_requested_state_ix ON mla_case (requested_state);
CREATE INDEX mla_case_instrument_ix ON mla_case (instrument);

-- The append-only history: one row per transition, inserted once, never updated or deleted by the store.
CREATE TABLE mla_case_history (
    case_id         VARCHAR(128)             NOT NULL,
    version         BIGINT                   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    command         VARCHAR(40)              NOT NULL,
    from_state      VARCHAR(40)              NOT NULL,
    to_state        VARCHAR(40)              NOT NULL,
    entry_document  TEXT                     NOT NULL,
    CONSTRAINT mla_case_history_pk PRIMARY KEY (case_id, version),
    CONSTRAINT mla_case_history_case_fk FOREIGN KEY (case_id) REFERENCES mla_case (case_id),
    CONSTRAINT mla_case_history_version_ck CHECK (version >= 1)
);

-- The deadlines running for each case and when they fall due: derived from the history, rewritten by every append,
-- so that "what is overdue?" is one indexed range query.
CREATE TABLE mla_running_deadline (
    case_id  VARCHAR(128)             NOT NULL,
    rule_id  VARCHAR(255)             NOT NULL,
    citation VARCHAR(255)             NOT NULL,
    due_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mla_running_deadline_pk PRIMARY KEY (case_id, rule_id),
    CONSTRAINT mla_running_deadline_case_fk FOREIGN KEY (case_id) REFERENCES mla_case (case_id)
);
CREATE INDEX mla_running_deadline_due_ix ON mla_running_deadline (due_at, case_id, rule_id);
