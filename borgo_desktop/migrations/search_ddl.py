"""Dialect-specific objects of the global search (the one place SQL differs by dialect).

SQLite: an FTS5 external-content table over ``search_entries``, kept in step by triggers.
PostgreSQL: a GIN index over a 'simple' tsvector of the same column, queried with prefixes.
"""

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


def run_for_dialect(bind, sqlite: list[str], postgres: list[str]) -> None:
    """Run the statements written for the connection's dialect (also used by spaces_ddl)."""
    for statement in sqlite if bind.dialect.name == "sqlite" else postgres:
        bind.exec_driver_sql(statement)


def create(bind) -> None:
    run_for_dialect(bind, SQLITE_CREATE, POSTGRES_CREATE)


def drop(bind) -> None:
    run_for_dialect(bind, SQLITE_DROP, POSTGRES_DROP)
