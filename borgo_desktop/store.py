"""The database: one engine factory, units of work, migrations applied at start.

``make_engine`` is the only place an engine is created. Given a key, a SQLite file is opened
through SQLCipher (the ``sqlcipher3`` DB-API module): the raw 32-byte key is set with
``PRAGMA key`` in the connect event, never in a URL or a log line. Without a key the standard
``sqlite3`` module is used (tests, benchmarks, a database not yet set up). SQLite runs in WAL mode with ``synchronous=FULL``, foreign keys on, a busy
timeout, and write transactions that begin IMMEDIATE: a deferred transaction that reads
and then writes can still fail with "database is locked" under a second writer.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from borgo_desktop import models
from borgo_desktop.errors import StaleEdit, StoreError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 15_000
# Objects owned by the search adapter (FTS5 and its shadow tables, the PostgreSQL GIN index)
# and the overlap guard of bookings (migrations/spaces_ddl.py),
# invisible to the models and so to the drift check.
ADAPTER_OBJECTS = ("search_fts", "ix_search_entries_tsv", "case_notes_fts", "ix_case_notes_tsv",
                   "tickets_fts", "ix_tickets_tsv",
                   "ex_bookings_no_overlap", "trg_bookings_no_overlap")
# The newest migration. Kept here so a start-up on an up-to-date database never imports
# Alembic (a third of the cold start); a test checks it against the migrations' real head.
SCHEMA_HEAD = "0026"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (name and name.startswith(ADAPTER_OBJECTS))


def make_engine(url: str, *, echo: bool = False, key: bytes | None = None) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        extra = {} if key is None else {"module": cipher_module()}
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               **extra)
        _configure_sqlite(engine, key)
        return engine
    if key is not None:
        raise ValueError("encryption at rest is for SQLite files; PostgreSQL relies on the server")
    return create_engine(url, echo=echo, pool_pre_ping=True)


# --- SQLCipher ---------------------------------------------------------------------------

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"


def cipher_module():
    import sqlcipher3.dbapi2 as module  # imported on demand: a plain start does not pay for it

    return module


def key_pragma(key: bytes) -> str:
    """The statement that unlocks a SQLCipher file with a raw key (no passphrase derivation)."""
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def unlock(cursor, key: bytes) -> None:
    """Key a new SQLCipher connection (or cursor). SQLCipher's own log is silenced: it would
    print to stderr on every wrong key, and the program says what went wrong itself."""
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute(key_pragma(key))


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (its header is readable), False otherwise."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def connect_file(path: Path | str, key: bytes | None = None, **kwargs):
    """A DB-API connection to a SQLite file, through SQLCipher when a key is given.

    The caller owns the connection. Raises the module's DatabaseError when the key is wrong.
    """
    module = sqlite3 if key is None else cipher_module()
    conn = module.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, **kwargs)
    if key is not None:
        unlock(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails on a wrong key
    return conn


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain SQLite file ``plain`` into the new file ``target``
    (``sqlcipher_export``: schema, data, FTS tables and user_version)."""
    with closing(cipher_module().connect(str(plain), timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
        conn.isolation_level = None
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")


def _configure_sqlite(engine: Engine, key: bytes | None = None) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if key is not None:
            unlock(cursor, key)  # must come first; a wrong key fails just below
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted or overwritten content (anonymised names, replaced notes) is zeroed on disk,
        # not left readable in free pages of the file or of its copies.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Store:
    """An opened database: sessions for reading and units of work for writing."""

    def __init__(self, engine: Engine, key: bytes | None = None) -> None:
        self.engine = engine
        # The SQLCipher data key (None: not encrypted) and the key file holding its wrapped
        # copies (set by services.gate); backups of an encrypted file need both.
        self.key = key
        self.key_file: Path | None = None
        self.closed = False  # set by close(): nothing more is written (the session's anchor)
        self.dialect = engine.dialect.name
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(immediate=True), expire_on_commit=False)
        event.listen(self._write, "before_flush", _remember_flushed)

    @classmethod
    def open(cls, url: str, *, backup_dir: Path | None = None, migrate: bool = True,
             key: bytes | None = None) -> "Store":
        store = cls(make_engine(url, key=key), key)
        if migrate:
            upgrade(store, backup_dir=backup_dir)
        return store

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session
            session.rollback()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One business operation, one transaction: rolled back unless ``commit()`` is called.

        A unique key taken meanwhile by another seat (the services check first, but two seats
        can check at the same moment) becomes a message for the user, not a crash; so does a
        record another seat saved after this one read it (``row_version``, see models.base).
        """
        with self._write() as session:
            try:
                yield session
            except StaleDataError as exc:
                log.info("save refused, record changed by another seat: %s", exc)
                raise self.stale_edit(session) from exc
            except IntegrityError as exc:
                log.warning("write refused by a database constraint: %s", exc.orig)
                raise StoreError("Il salvataggio non è riuscito perché un'altra postazione ha "
                                 "appena registrato un dato uguale (per esempio lo stesso codice). "
                                 "Ricaricare e riprovare: quanto scritto non è andato perso.") from exc
            finally:
                session.rollback()

    def stale_edit(self, session: Session) -> StaleEdit:
        """The refusal naming who saved last and when, read afresh from the stale record."""
        for table, record_id, read_version in session.info.get("flushed", ()):
            with self.engine.connect() as connection:
                row = connection.execute(
                    select(table.c.row_version, table.c.updated_by, table.c.updated_at)
                    .where(table.c.id == record_id)).first()
            if row is None or row.row_version != read_version:
                return stale_edit(row.updated_by if row else "", row.updated_at if row else None)
        return stale_edit("", None)

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt the SQLCipher file with ``new_key`` (``PRAGMA rekey``) and reopen the
        engine with it; this Store object (and every context holding it) goes on working.

        Needs the only connection to the file: the log is folded into it first (leaving WAL
        mode fails while another window has it open), so no other connection keeps reading
        with the old key. SQLCipher rewrites every page in one transaction: a stop halfway
        leaves the file under the old key."""
        path = sqlite_path(self)
        if path is None or self.key is None:
            raise ValueError("only an encrypted SQLite file has a data key to change")
        url = self.engine.url.render_as_string(hide_password=False)
        self.engine.dispose()
        in_use = StoreError("Il database è in uso da un'altra finestra o da un altro "
                            "programma: chiuderli e ripetere il cambio della chiave.")
        with closing(connect_file(path, self.key)) as conn:
            conn.execute("PRAGMA busy_timeout=1000")
            try:
                mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except cipher_module().OperationalError as exc:  # "database is locked"
                raise in_use from exc
            if mode.lower() != "delete":
                raise in_use
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        self.key = new_key
        self.engine = make_engine(url, key=new_key)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(immediate=True),
                                   expire_on_commit=False)


def _remember_flushed(session: Session, _context, _instances) -> None:
    """The records a flush updates or deletes: which one was stale, should its UPDATE fail."""
    session.info["flushed"] = [
        (mapper.local_table, record.id, record.row_version)
        for record in (*session.dirty, *session.deleted)
        if (mapper := inspect(record).mapper).version_id_col is not None]


def stale_edit(user: str, when) -> StaleEdit:
    """«Modificato da … alle …»: the instant in the seat's local time (naive SQLite text is UTC)."""
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return StaleEdit("Modificato da {user} alle {time}; ricarica per vedere le modifiche.",
                     user=user or "?",
                     time=when.astimezone().strftime("%H:%M del %d/%m/%Y") if when else "?")


# --- migrations -------------------------------------------------------------------------

def _alembic_config(store: Store):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = store.engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(store: Store, *, backup_dir: Path | None = None) -> bool:
    """Bring the schema to head; back the file up first. Returns True if it migrated."""
    current = current_revision(store)
    if current == SCHEMA_HEAD:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    if head is None:  # a broken install (e.g. a frozen build without its scripts)
        raise StoreError("Le migrazioni del database mancano dall'installazione: reinstallare "
                         "Borgo Desktop.")
    if current == head:
        return False
    known = {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            "Il database è stato aggiornato da una versione più recente del programma "
            "(revisione {revision}): aggiornare Borgo Desktop prima di aprirlo.", revision=current)
    if current is not None and backup_dir is not None:
        backup_before_migration(store, backup_dir, current)
    log.info("migrating database from %s to %s", current, head)
    command.upgrade(_alembic_config(store), "head")
    return True


def schema_drift(store: Store) -> list:
    """Differences between the models and the migrated schema (empty when in step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True})
        return compare_metadata(ctx, models.Base.metadata)


def sqlite_path(store: Store) -> Path | None:
    if store.dialect != "sqlite" or store.engine.url.database in (None, "", ":memory:"):
        return None
    return Path(store.engine.url.database)


def backup_before_migration(store: Store, backup_dir: Path, revision: str) -> Path | None:
    source = sqlite_path(store)
    if source is None or not source.exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"pre-migration-{revision}-{stamp}.sqlite"
    # The online backup API copies a consistent snapshot, WAL included; the copy is made a
    # plain single-file database so it can be read (or restored) on its own.
    # An encrypted database gives an encrypted copy, with the same key.
    with closing(connect_file(source, store.key)) as src, \
            closing(connect_file(target, store.key)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    log.info("backup before migration written to %s", target)
    return target
