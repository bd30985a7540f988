"""Copies of the SQLite database file: create, list, verify, restore, rotate.

Every copy goes through the SQLite online backup API, so it is a consistent snapshot (WAL
included) even while the program is writing, then through ``PRAGMA integrity_check`` before
it is kept. Copies are written to a temporary file and renamed, so a crash never leaves a
half-written backup under a real name.

A copy of an encrypted database is encrypted with the same data key (SQLCipher's backup
between two connections keyed alike), so it opens only through an account of that database
or its recovery key; the key file of the moment is copied beside it (``<copy>.keys``) so a
copy taken to another disk still opens with the passwords of that day. A copy of an
unencrypted database (tests, a database not yet set up) is not encrypted, and whoever shows
it must say so (``note_for``). At set-up the copies left unencrypted by an earlier version
are encrypted in place (:func:`encrypt_plain_backups`).

PostgreSQL databases are copied with the server's own tools (services/admin/pg_backups.py);
their copies live in the same folder, so listing and rotation here cover both.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import make_url

from borgo_desktop.errors import StoreError, UserError
from borgo_desktop.formatting import ROME
from borgo_desktop.services.accounts import keyfile
from borgo_desktop.services.admin import anchors
from borgo_desktop.store import (
    BUSY_TIMEOUT_MS, cipher_module, export_encrypted, is_plain_sqlite, sqlite_path, unlock,
)

log = logging.getLogger(__name__)

AUTOMATIC = ("start", "exit", "daily")
KINDS = (*AUTOMATIC, "manual", "pre-migration", "before-restore", "pre-encryption")
UNENCRYPTED_NOTE = ("Attenzione: copia non cifrata. Contiene i dati personali in chiaro: "
                    "conservarla solo su dischi protetti.")
ENCRYPTED_NOTE = ("Copia cifrata con la chiave del database: si apre solo con un utente di "
                  "questo database o con la chiave di recupero (il file .keys accanto alla "
                  "copia va conservato con essa).")


def note_for(store_or_key) -> str:
    """What to tell the user about the copies of this store (or of a data key)."""
    key = getattr(store_or_key, "key", store_or_key)
    return ENCRYPTED_NOTE if key else UNENCRYPTED_NOTE


def _db_errors() -> tuple[type[Exception], ...]:
    """sqlite3's and SQLCipher's errors are distinct classes."""
    return (sqlite3.DatabaseError, cipher_module().DatabaseError)


database_errors = _db_errors

DAMAGED = ("Il database {name} è danneggiato: {problem} {way_out}")


def way_out(backup_dir: Path | None) -> str:
    """What to do with a damaged database: restore the last good copy (named when known)."""
    good = last_good(backup_dir) if backup_dir is not None else None
    named = f" (la più recente è {good.path})" if good else ""
    return ("Per rimediare: chiudere il programma su tutte le postazioni e ripristinare l'ultima "
            f"copia buona con 'borgo-desktop backup restore FILE'{named}; l'elenco delle copie "
            "con 'borgo-desktop backup list'.")


def damaged(name: str, problem: str, backup_dir: Path | None) -> StoreError:
    return StoreError(DAMAGED, name=name, problem=problem, way_out=way_out(backup_dir))
STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"borgo-(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<seq>\d+))?"
                   r"\.(?:sqlite|pgdump)")
# Written by store.backup_before_migration, which cannot import this module.
_PRE_MIGRATION = re.compile(r"pre-migration-(?P<rev>.+?)-(?P<stamp>\d{8}T\d{6}Z)\.sqlite")
_TEMP_PREFIX = TEMP_PREFIX = ".borgo-partial-"
POSTGRES_REFUSAL = ("Le copie di un database PostgreSQL si fanno con 'borgo-desktop backup "
                    "create|verify|restore' (pg_dump del server, cifrate con la password "
                    "dell'amministratore): qui si copiano solo i file SQLite.")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created_at: datetime  # UTC, from the file name
    size: int
    revision: str | None  # Alembic revision of the copied schema, when readable


def _utc(now: datetime | None) -> datetime:
    now = now or datetime.now(UTC)
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def _connect(path: Path, *, read_only: bool = False, key: bytes | None = None):
    """A connection through sqlite3, or SQLCipher with ``key`` (unless the file is plain)."""
    if key is not None and is_plain_sqlite(path):
        key = None  # a copy made before encryption: still readable, and said to be so
    module = sqlite3 if key is None else cipher_module()
    if read_only:
        # A copy with no log beside it never changes: "immutable" reads it without creating
        # the -wal/-shm files a read-only connection to a WAL-format file would leave behind.
        still = "" if Path(f"{path}-wal").exists() else "&immutable=1"
        uri = f"file:{quote(path.resolve().as_posix(), safe='/:')}?mode=ro{still}"
        conn = module.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = module.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    if key is not None:
        unlock(conn, key)
    return conn


def _integrity(conn) -> str:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(rows[:3])


def _revision(conn) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except _db_errors():
        return None
    return row[0] if row else None


def _copy_to_temp(source: Path, folder: Path, *, check: bool = True,
                  key: bytes | None = None, pages: int = -1,
                  progress=None, should_stop=None) -> tuple[Path, str | None]:
    """Copy ``source`` into a new temp file in ``folder``; returns it and the revision.

    The caller renames the temp file into place, so no real name ever holds a half-written
    copy. The copy is switched to a rollback journal: one self-contained file. With
    ``check`` a copy failing ``integrity_check`` is discarded with a StoreError. With ``key``
    the copy is encrypted with it: the source too, unless it is a plain file, which is then
    encrypted on the way (``sqlcipher_export``).

    ``pages`` > 0 copies that many pages per step, calling ``progress(remaining, total)``
    after each (it may sleep, to leave the disk to the user, or raise to give up): the
    source stays in one read transaction meanwhile, so the steps copy one snapshot and a
    writer never makes the copy start over. ``should_stop()`` returning True interrupts the
    check of the copy too (a long integrity_check must not hold up closing).
    """
    fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        encrypting = key is not None and is_plain_sqlite(source)
        if encrypting:
            temp.unlink()
            export_encrypted(source, temp, key)
        with contextlib.closing(_connect(temp, key=key)) as dst:
            if not encrypting:
                with contextlib.closing(_connect(source, key=key)) as src:
                    if pages > 0:
                        src.isolation_level = None
                        src.execute("BEGIN")
                        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    src.backup(dst, pages=pages,
                               progress=(lambda _s, remaining, total: progress(remaining, total))
                               if progress is not None else None)
            dst.execute("PRAGMA journal_mode=DELETE")
            if should_stop is not None:
                dst.set_progress_handler(lambda: 1 if should_stop() else 0, 10_000)
            problem = _integrity(dst) if check else "ok"
            revision = _revision(dst)
        if problem != "ok":
            raise StoreError("La copia del database è risultata danneggiata ed è stata "
                             "scartata: il database stesso è probabilmente danneggiato "
                             "(controllare con 'borgo-desktop db check'). {way_out}",
                             way_out=way_out(folder))
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp, revision


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX: fsync the folder; elsewhere nothing to do)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def remove_partials(backup_dir: Path, older_than: timedelta = timedelta(minutes=15)) -> list[Path]:
    """Delete what an interrupted copy left (never listed, never offered for restore);
    a recent one may be another window's copy in progress and is left to it."""
    gone, limit = [], datetime.now(UTC).timestamp() - older_than.total_seconds()
    for path in backup_dir.glob(f"{_TEMP_PREFIX}*") if backup_dir.is_dir() else ():
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()
                gone.append(path)
    return gone


def last_good(backup_dir: Path) -> BackupInfo | None:
    """The newest copy in the folder (every listed copy was checked before it got its name)."""
    found = list_backups(backup_dir, read_revisions=False)
    return found[0] if found else None


def _free_name(backup_dir: Path, kind: str, when: datetime) -> Path:
    base = f"borgo-{kind}-{when.strftime(STAMP)}"
    target, n = backup_dir / f"{base}.sqlite", 1
    while target.exists():  # two copies in the same second keep both
        n += 1
        target = backup_dir / f"{base}-{n}.sqlite"
    return target


def create_backup(store, backup_dir: Path, kind: str = "manual", *,
                  now: datetime | None = None, pages: int = -1, progress=None,
                  should_stop=None) -> BackupInfo:
    """Copy the open SQLite database into ``backup_dir`` (encrypted like the database).

    ``pages`` and ``progress``: in steps, as :func:`_copy_to_temp` says (background copies).
    The copy gets its real name only once complete, checked and on disk, its key file
    beside it first: a stop at any moment leaves the earlier copies as they were and at
    most a partial file no listing shows (:func:`remove_partials` clears it)."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    if store.dialect != "sqlite":
        raise UserError(POSTGRES_REFUSAL)
    source = sqlite_path(store)
    if source is None:
        raise UserError("Il database in memoria non si può copiare.")
    backup_dir.mkdir(parents=True, exist_ok=True)
    when = _utc(now).replace(microsecond=0)
    target = _free_name(backup_dir, kind, when)
    # The head is anchored before the copy: the copy holds at least every anchored entry,
    # so its manifest's anchors never reach past its own chain.
    anchors.write_anchor(store, "daily" if kind in AUTOMATIC else "backup")
    try:
        temp, revision = _copy_to_temp(source, backup_dir, key=store.key, pages=pages,
                                       progress=progress, should_stop=should_stop)
    except _db_errors() as exc:
        log.error("backup of %s failed: %s", source, exc)
        raise damaged(source.name, "non si riesce a leggerlo per intero, quindi la copia non "
                      "si può fare (controllare con 'borgo-desktop db check').",
                      backup_dir) from exc
    try:
        key_file = getattr(store, "key_file", None)
        if key_file is not None and key_file.exists():
            keys_temp = Path(f"{temp}.keys")
            shutil.copyfile(key_file, keys_temp)
            os.chmod(keys_temp, 0o600)
            os.replace(keys_temp, keyfile.path_for(target))
            anchors.write_manifest(store, target)
        os.replace(temp, target)
        sync_folder(backup_dir)
    finally:
        temp.unlink(missing_ok=True)
    log.info("%s backup written to %s", kind, target)
    return BackupInfo(target, kind, when, target.stat().st_size, revision)


def encrypt_into_backup(plain_db: Path, backup_dir: Path, key: bytes, kind: str) -> Path:
    """An encrypted, checked copy of an unencrypted database file, kept in ``backup_dir``."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = _free_name(backup_dir, kind, _utc(None).replace(microsecond=0))
    temp, _ = _copy_to_temp(plain_db, backup_dir, key=key)
    os.replace(temp, target)
    return target


def encrypt_plain_backups(backup_dir: Path | None, key: bytes) -> list[Path]:
    """Encrypt in place the copies an earlier (unencrypted) version left in ``backup_dir``."""
    done = []
    for path in sorted(backup_dir.glob("*.sqlite")) if backup_dir and backup_dir.is_dir() else ():
        if is_plain_sqlite(path) and not Path(f"{path}-wal").exists():
            temp, _ = _copy_to_temp(path, backup_dir, key=key)
            os.replace(temp, path)
            done.append(path)
    if done:
        log.info("%d unencrypted backups encrypted", len(done))
    return done


def _parse(path: Path) -> tuple[str, datetime, int, str | None] | None:
    """Kind, time, sequence within the same second, and revision when the name has it."""
    if match := _NAME.fullmatch(path.name):
        kind, sequence, revision = match["kind"], int(match["seq"] or 1), None
        if kind not in KINDS:
            return None
    elif match := _PRE_MIGRATION.fullmatch(path.name):
        kind, sequence, revision = "pre-migration", 1, match["rev"]
    else:
        return None
    when = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
    return kind, when, sequence, revision


def _read_revision(path: Path) -> str | None:
    if path.suffix == ".pgdump":  # a PostgreSQL copy: its manifest says (services/admin/pg_backups)
        try:
            return json.loads(anchors.manifest_path(path).read_text(encoding="utf-8")).get("revision")
        except (OSError, ValueError, AttributeError):
            return None
    if not is_plain_sqlite(path):
        return None  # encrypted: the revision is read by verify_backup, with the key
    try:
        with contextlib.closing(_connect(path, read_only=True)) as conn:
            return _revision(conn)
    except sqlite3.Error:
        return None


def list_backups(backup_dir: Path, *, read_revisions: bool = True) -> list[BackupInfo]:
    """All recognised backups in ``backup_dir`` (SQLite files and PostgreSQL dumps), newest
    first."""
    found = []
    for path in (p for p in backup_dir.iterdir() if p.suffix in (".sqlite", ".pgdump")) \
            if backup_dir.is_dir() else ():
        if (parsed := _parse(path)) is None:
            continue
        kind, when, sequence, revision = parsed
        if revision is None and read_revisions:
            revision = _read_revision(path)
        found.append(((when, sequence, path.name),
                      BackupInfo(path, kind, when, path.stat().st_size, revision)))
    return [info for _, info in sorted(found, key=lambda pair: pair[0], reverse=True)]


def verify_backup(path: Path, key: bytes | None = None) -> tuple[bool, str]:
    """Open the copy read-only (with the database's key when encrypted): integrity check and
    a Borgo Desktop schema. Italian message."""
    path = Path(path)
    if not path.is_file():
        return False, f"Il file {path} non esiste."
    if key is None and path.stat().st_size and not is_plain_sqlite(path):
        return False, (f"La copia {path.name} è danneggiata oppure cifrata (in questo caso "
                       "verificarla accedendo con un utente del database).")
    try:
        with contextlib.closing(_connect(path, read_only=True, key=key)) as conn:
            problem = _integrity(conn)
            revision = _revision(conn) if problem == "ok" else None
    except _db_errors() as exc:
        problem = str(exc)
        if key is not None and "not a database" in problem:
            problem = "non si apre con la chiave di questo database, oppure è danneggiata"
    if problem != "ok":
        return False, f"La copia {path.name} è danneggiata ({problem})."
    if revision is None:
        return False, f"Il file {path.name} non contiene un database di Borgo Desktop."
    return True, f"La copia {path.name} è integra (revisione dello schema {revision})."


def _database_file(store_url_or_path: str | os.PathLike) -> Path:
    text = os.fspath(store_url_or_path)
    if "://" not in text:
        return Path(text)
    url = make_url(text)
    if url.get_backend_name() != "sqlite":
        raise UserError(POSTGRES_REFUSAL)
    if url.database in (None, "", ":memory:"):
        raise UserError("Il database in memoria non si può ripristinare.")
    return Path(url.database)


def _close_journal(target: Path, key: bytes | None = None) -> None:
    """Fold the WAL into the file and leave WAL mode, which needs the only connection.

    So this also refuses a restore while the program (or anything else) has the file open.
    """
    try:
        with contextlib.closing(_connect(target, key=key)) as conn:
            conn.execute("PRAGMA busy_timeout=1000")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except _db_errors() as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            return  # a damaged file: its WAL was kept aside with it, nothing more to save
        mode = "wal"
    if mode.lower() != "delete":
        raise StoreError("Il database è in uso: chiudere Borgo Desktop su tutte le finestre "
                         "di questo computer e ripetere il ripristino.")


def _keep_aside(current: Path, backup_dir: Path, when: datetime,
                key: bytes | None = None) -> Path:
    aside = _free_name(backup_dir, "before-restore", when)
    try:
        temp, _ = _copy_to_temp(current, backup_dir, check=False, key=key)
        os.replace(temp, aside)
    except _db_errors():
        # Too damaged for SQLite to read: keep the raw bytes, log included.
        for suffix in ("", "-wal"):
            if Path(f"{current}{suffix}").exists():
                shutil.copyfile(f"{current}{suffix}", f"{aside}{suffix}")
    return aside


def restore_backup(store_url_or_path: str | os.PathLike, backup_path: Path,
                   backup_dir: Path, *, now: datetime | None = None,
                   key: bytes | None = None, key_file: Path | None = None) -> Path | None:
    """Replace the database's content with a verified backup.

    With ``key`` (an encrypted database) the backup must open with it, and the restored
    file is encrypted with it (an old unencrypted copy is encrypted on the way).

    Run it with the program closed (the CLI does it before opening the store): a database
    still open elsewhere is refused. The current file is first copied aside as
    ``borgo-before-restore-<stamp>.sqlite``, whose path is returned (None when there was no
    database yet, e.g. on a new computer). The new content is written to a temporary file
    and renamed over the database, so it is never half-written. With ``key_file`` the audit
    anchors go back to the copy's manifest (services/admin/anchors.adopt_manifest): the
    anchors of the replaced chain would name it truncated.
    """
    target = _database_file(store_url_or_path)
    ok, message = verify_backup(backup_path, key)
    if not ok:
        raise StoreError("Ripristino rifiutato: {message} Il database attuale non è stato "
                         "modificato.", message=message)
    target.parent.mkdir(parents=True, exist_ok=True)
    backup_dir.mkdir(parents=True, exist_ok=True)
    aside = None
    if target.exists():
        _close_journal(target, key)
        aside = _keep_aside(target, backup_dir, _utc(now).replace(microsecond=0), key)
    incoming, _ = _copy_to_temp(Path(backup_path), target.parent, key=key)
    try:
        # A leftover log would be replayed into the new file and corrupt it.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, target)
    finally:
        incoming.unlink(missing_ok=True)
    if key_file is not None:
        anchors.adopt_manifest(key_file, Path(backup_path), now)
    log.info("database %s restored from %s; previous file kept in %s", target, backup_path, aside)
    return aside


# --- rotation -----------------------------------------------------------------------------

def _local_day(when: datetime) -> date:
    return when.astimezone(ROME).date()


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def rotate(backup_dir: Path, *, daily: int = 7, weekly: int = 4, monthly: int = 12,
           now: datetime | None = None) -> list[Path]:
    """Grandfather-father-son over the automatic copies; returns the deleted files.

    Keeps the newest automatic copy (start, exit or daily) of each of the last ``daily``
    days, ``weekly`` ISO weeks and ``monthly`` months (Rome calendar). Manual,
    pre-migration and before-restore copies are never deleted, nor copies dated after
    ``now`` (a clock set wrong must not cost data).
    """
    now = _utc(now)
    today = _local_day(now)
    this_week = today - timedelta(days=today.weekday())
    buckets = (
        (lambda d: ("d", d), {("d", today - timedelta(days=i)) for i in range(daily)}),
        (lambda d: ("w", d - timedelta(days=d.weekday())),
         {("w", this_week - timedelta(weeks=i)) for i in range(weekly)}),
        (lambda d: ("m", _month_index(d)), {("m", _month_index(today) - i) for i in range(monthly)}),
    )
    automatic = [info for info in list_backups(backup_dir, read_revisions=False)
                 if info.kind in AUTOMATIC and info.created_at <= now]
    keep: set[Path] = set()
    for key_of, wanted in buckets:
        newest: dict = {}
        for info in automatic:  # newest first, so the first seen in a bucket wins
            newest.setdefault(key_of(_local_day(info.created_at)), info.path)
        keep.update(path for key, path in newest.items() if key in wanted)
    removed = [info.path for info in automatic if info.path not in keep]
    removed += [temp for temp in backup_dir.glob(f"{_TEMP_PREFIX}*.tmp")
                if now.timestamp() - temp.stat().st_mtime > 86_400]  # left by a crash
    for path in removed:
        path.unlink(missing_ok=True)
        keyfile.path_for(path).unlink(missing_ok=True)
        anchors.manifest_path(path).unlink(missing_ok=True)
    if removed:
        log.info("backup rotation removed %d files", len(removed))
    return removed


def backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    """True when no automatic copy exists from today (Rome date): time for the daily one."""
    today = _local_day(_utc(now))
    return not any(info.kind in AUTOMATIC and _local_day(info.created_at) == today
                   for info in list_backups(backup_dir, read_revisions=False))
