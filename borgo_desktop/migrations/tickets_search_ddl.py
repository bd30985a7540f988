"""Dialect-specific objects of the tickets' text filter (the list's "Cerca" box).

SQLite: an FTS5 table with the trigram tokenizer over the code, the subject and the unit's
code, so a filter still matches any part of a word (as LIKE did) but through an index. Its
rowid is the ticket code's ordinal (year × 1,000,000 + number, "T2026-000123" → 2026000123),
so the matches come out of the index already in the list's default order (newest code
first) and the first page needs no sort of every match. Triggers keep it in step with
``tickets`` (and with a unit's code, should it change).
PostgreSQL: a GIN index over a 'simple' tsvector of the code and subject, queried with
prefixes (the unit's code through its own index).
"""

from borgo_desktop.migrations.dialect_ddl import run_for_dialect

# The SQL of a ticket's ordinal; the codes are "T" + year + "-" + six digits (tickets.py).
ORDINAL = ("CAST(substr({row}.code, 2, 4) AS INTEGER) * 1000000"
           " + CAST(substr({row}.code, 7) AS INTEGER)")
BODY = ("{row}.code || ' ' || {row}.summary || ' '"
        " || coalesce((SELECT u.code FROM units u WHERE u.id = {row}.unit_id), '')")


def _insert(row: str) -> str:
    return (f"INSERT INTO tickets_fts(rowid, body) VALUES ({ORDINAL.format(row=row)},"
            f" {BODY.format(row=row)});")


def _delete(row: str) -> str:
    return f"DELETE FROM tickets_fts WHERE rowid = {ORDINAL.format(row=row)};"


SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE tickets_fts USING fts5(body, tokenize='trigram')",
    f"CREATE TRIGGER tickets_fts_ai AFTER INSERT ON tickets BEGIN {_insert('new')} END",
    f"CREATE TRIGGER tickets_fts_ad AFTER DELETE ON tickets BEGIN {_delete('old')} END",
    "CREATE TRIGGER tickets_fts_au AFTER UPDATE OF code, summary, unit_id ON tickets BEGIN"
    f" {_delete('old')} {_insert('new')} END",
    "CREATE TRIGGER tickets_fts_unit_au AFTER UPDATE OF code ON units BEGIN"
    f" DELETE FROM tickets_fts WHERE rowid IN (SELECT {ORDINAL.format(row='t')} FROM tickets t"
    " WHERE t.unit_id = new.id);"
    f" INSERT INTO tickets_fts(rowid, body) SELECT {ORDINAL.format(row='t')},"
    f" {BODY.format(row='t')} FROM tickets t WHERE t.unit_id = new.id; END",
    f"INSERT INTO tickets_fts(rowid, body) SELECT {ORDINAL.format(row='tickets')},"
    f" {BODY.format(row='tickets')} FROM tickets",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS tickets_fts_unit_au",
    "DROP TRIGGER IF EXISTS tickets_fts_au",
    "DROP TRIGGER IF EXISTS tickets_fts_ad",
    "DROP TRIGGER IF EXISTS tickets_fts_ai",
    "DROP TABLE IF EXISTS tickets_fts",
]
POSTGRES_CREATE = [
    "CREATE INDEX ix_tickets_tsv ON tickets"
    " USING gin (to_tsvector('simple', code || ' ' || summary))",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS ix_tickets_tsv"]


def create(bind) -> None:
    run_for_dialect(bind, SQLITE_CREATE, POSTGRES_CREATE)


def drop(bind) -> None:
    run_for_dialect(bind, SQLITE_DROP, POSTGRES_DROP)
