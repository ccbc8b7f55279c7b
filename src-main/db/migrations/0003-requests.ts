import type { Migration } from './types';

/**
 * Data-subject requests: intake, deadline, workflow, tasks, notes and
 * attachments (stored inside the encrypted file), and each request's history.
 * `due_on` and `acknowledge_by` are the engine's answer stored for sorting and
 * filtering; the services recompute them on every change.
 *
 * A request cannot exist without its types and its receipt: `types` (a JSON
 * array, at least one) and the receipt columns are required here, whatever the
 * code above does. `request_type` repeats the types as rows, for the type
 * filter and the per-type figures. `search_text` is the folded reference,
 * assignee and requester name and e-mail (db/requests/rows.ts writes it): the
 * list's search box reads one column per row instead of folding four.
 * `due_key` sorts a request without a date after every date.
 */
export const m0003Requests: Migration = {
  version: 3,
  name: 'requests',
  up(db) {
    db.exec(`
      CREATE TABLE request (
        id                  INTEGER PRIMARY KEY,
        reference           TEXT NOT NULL UNIQUE CHECK (reference GLOB 'REQ-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]*'),
        types               TEXT NOT NULL CHECK (json_valid(types) AND json_type(types) = 'array' AND json_array_length(types) > 0),
        channel             TEXT NOT NULL CHECK (channel IN ('email', 'web_form', 'phone', 'letter', 'in_person', 'other')),
        received_at         TEXT NOT NULL CHECK (received_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
        received_on         TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        requester_name      TEXT NOT NULL,
        requester_email     TEXT NOT NULL DEFAULT '',
        requester_phone     TEXT NOT NULL DEFAULT '',
        requester_address   TEXT NOT NULL DEFAULT '',
        relationship        TEXT NOT NULL,
        residence_country   TEXT NOT NULL DEFAULT '',
        residence_region    TEXT NOT NULL DEFAULT '',
        agent_name          TEXT,
        agent_contact       TEXT NOT NULL DEFAULT '',
        agent_authority     TEXT NOT NULL DEFAULT '',
        proposed_regimes    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(proposed_regimes)),
        regime_id           TEXT,
        status              TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'verifying', 'in_progress', 'extended', 'paused', 'completed', 'partially_completed', 'denied', 'withdrawn')),
        outcome_reason      TEXT NOT NULL DEFAULT '',
        assignee            TEXT NOT NULL DEFAULT '',
        verification_method TEXT,
        verification_outcome TEXT NOT NULL DEFAULT 'pending' CHECK (verification_outcome IN ('pending', 'verified', 'failed', 'not_required')),
        verification_note   TEXT NOT NULL DEFAULT '',
        verified_at         TEXT,
        extension_reason    TEXT,
        extension_notified_on TEXT,
        due_on              TEXT,
        acknowledge_by      TEXT,
        closed_on           TEXT,
        anonymised_at       TEXT,
        search_text         TEXT NOT NULL DEFAULT '',
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        due_key             TEXT GENERATED ALWAYS AS (coalesce(due_on, '9999-12-31')) VIRTUAL,
        CHECK ((closed_on IS NULL) = (status NOT IN ('completed', 'partially_completed', 'denied', 'withdrawn')))
      ) STRICT;
      -- The backlog: only open requests, by due date, with what its filters and figures read.
      CREATE INDEX request_open ON request (due_key, regime_id, status, assignee, received_on, search_text) WHERE closed_on IS NULL;
      CREATE INDEX request_due ON request (due_key);
      CREATE INDEX request_received ON request (received_on, status, regime_id, closed_on);
      CREATE INDEX request_closed ON request (closed_on, received_on, regime_id) WHERE closed_on IS NOT NULL;
      CREATE INDEX request_status ON request (status, due_key);
      CREATE INDEX request_regime ON request (regime_id, due_key);
      CREATE INDEX request_assignee ON request (assignee, due_key);
      -- The search box reads this index alone, not the whole rows.
      CREATE INDEX request_search ON request (search_text);

      -- The last reference number given per year: REQ-<year>-<number>.
      CREATE TABLE request_sequence (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE request_type (
        request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
        type       TEXT NOT NULL,
        PRIMARY KEY (request_id, type)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX request_type_by_type ON request_type (type, request_id);

      CREATE TABLE request_pause (
        id         INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
        from_on    TEXT NOT NULL,
        to_on      TEXT,
        reason     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_pause_by_request ON request_pause (request_id);

      CREATE TABLE request_event (
        id          INTEGER PRIMARY KEY,
        request_id  INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'status', 'verification', 'extension', 'pause', 'task', 'note', 'attachment', 'assigned', 'anonymised')),
        from_status TEXT,
        to_status   TEXT,
        detail      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX request_event_by_request ON request_event (request_id, at);

      CREATE TABLE request_task (
        id          INTEGER PRIMARY KEY,
        request_id  INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        system_id   INTEGER REFERENCES system (id) ON DELETE SET NULL,
        system_name TEXT NOT NULL DEFAULT '',
        action      TEXT NOT NULL CHECK (action IN ('search', 'export', 'correct', 'delete', 'restrict', 'stop', 'notify_recipients', 'other')),
        description TEXT NOT NULL,
        done_at     TEXT,
        done_by     TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX request_task_by_request ON request_task (request_id, position);

      CREATE TABLE request_note (
        id         INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
        at         TEXT NOT NULL,
        author     TEXT NOT NULL DEFAULT '',
        body       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_note_by_request ON request_note (request_id, at);

      -- Attachments live inside the encrypted workspace: never a separate file on disk.
      CREATE TABLE request_attachment (
        id         INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
        file_name  TEXT NOT NULL,
        mime_type  TEXT NOT NULL,
        size       INTEGER NOT NULL,
        content    BLOB NOT NULL,
        added_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_attachment_by_request ON request_attachment (request_id);

      -- Workspace-level settings that belong to the compliance record (not app settings): JSON values.
      CREATE TABLE workspace_setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
