"""Dialect-specific objects of the global search (the case notes have theirs in casework_ddl).

SQLite: an FTS5 external-content table over ``search_entries``, kept in step by triggers.
PostgreSQL: a GIN index over a 'simple' tsvector of the same column, queried with prefixes.
"""

from borgo_desktop.migrations.dialect_ddl import run_for_dialect


SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    " body, content='search_entries', content_rowid='id',"
    " tokenize=\"unicode61 remove_diacritics 2\", prefix='2 3')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN"
    " INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);"
    " INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_entries_au",
    "DROP TRIGGER IF EXISTS search_entries_ad",
    "DROP TRIGGER IF EXISTS search_entries_ai",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_CREATE = [
    "CREATE INDEX ix_search_entries_tsv ON search_entries"
    " USING gin (to_tsvector('simple', body))",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS ix_search_entries_tsv"]


def create(bind) -> None:
    run_for_dialect(bind, SQLITE_CREATE, POSTGRES_CREATE)


def drop(bind) -> None:
    run_for_dialect(bind, SQLITE_DROP, POSTGRES_DROP)
