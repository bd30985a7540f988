"""Dialect-specific objects of the case notes (besides search_ddl, the one place SQL differs).

Append-only notes: a trigger refuses any UPDATE of ``case_notes`` on both dialects, so a
correction can only be a new amendment row, whatever program writes to the file.

Full-text search of notes. SQLite: an FTS5 table holding the body and a ``scope`` token per
case ("k" + the case id), filled by a trigger; a query ANDs the words with the OR of the
scopes a worker may read, so the index itself restricts the hits. PostgreSQL: a GIN index
over a 'simple' tsvector of the body, filtered by case id.
"""

from borgo_desktop.migrations.dialect_ddl import run_for_dialect


SQLITE_CREATE = [
    "CREATE TRIGGER case_notes_no_update BEFORE UPDATE ON case_notes BEGIN"
    " SELECT RAISE(ABORT, 'case notes are append-only: add an amendment'); END",
    "CREATE VIRTUAL TABLE case_notes_fts USING fts5("
    " body, scope, note_id UNINDEXED, tokenize=\"unicode61 remove_diacritics 2\")",
    "CREATE TRIGGER case_notes_ai AFTER INSERT ON case_notes BEGIN"
    " INSERT INTO case_notes_fts(body, scope, note_id)"
    " VALUES (new.body, 'k' || new.case_id, new.id); END",
    "CREATE TRIGGER case_notes_ad AFTER DELETE ON case_notes BEGIN"
    " DELETE FROM case_notes_fts WHERE note_id = old.id; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS case_notes_ad",
    "DROP TRIGGER IF EXISTS case_notes_ai",
    "DROP TRIGGER IF EXISTS case_notes_no_update",
    "DROP TABLE IF EXISTS case_notes_fts",
]
POSTGRES_CREATE = [
    "CREATE FUNCTION case_notes_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN RAISE EXCEPTION 'case notes are append-only: add an amendment'; END $$",
    "CREATE TRIGGER case_notes_no_update BEFORE UPDATE ON case_notes"
    " FOR EACH ROW EXECUTE FUNCTION case_notes_refuse_update()",
    "CREATE INDEX ix_case_notes_tsv ON case_notes USING gin (to_tsvector('simple', body))",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS ix_case_notes_tsv",
    "DROP TRIGGER IF EXISTS case_notes_no_update ON case_notes",
    "DROP FUNCTION IF EXISTS case_notes_refuse_update()",
]


def create(bind) -> None:
    run_for_dialect(bind, SQLITE_CREATE, POSTGRES_CREATE)


def drop(bind) -> None:
    run_for_dialect(bind, SQLITE_DROP, POSTGRES_DROP)
