"""Copies of the SQLite database file: create, list, verify, restore, rotate.

Every copy goes through the SQLite online backup API, so it is a consistent snapshot (WAL
included) even while the program is writing, then through ``PRAGMA integrity_check`` before
it is kept. Copies are written to a temporary file and renamed, so a crash never leaves a
half-written backup under a real name.

These backups are NOT encrypted yet ("copia non cifrata"): they hold the same personal data
as the database in clear. Whoever shows or prints them must say so (``UNENCRYPTED_NOTE``).

PostgreSQL databases are backed up on the server (pg_dump); this module only copies files.
"""

from __future__ import annotations

import contextlib
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
from zoneinfo import ZoneInfo

from sqlalchemy.engine import make_url

from borgo_desktop.errors import StoreError, UserError
from borgo_desktop.store import BUSY_TIMEOUT_MS, sqlite_path

log = logging.getLogger(__name__)

ROME = ZoneInfo("Europe/Rome")
AUTOMATIC = ("start", "exit", "daily")
KINDS = (*AUTOMATIC, "manual", "pre-migration", "before-restore")
UNENCRYPTED_NOTE = ("Attenzione: copia non cifrata. Contiene i dati personali in chiaro: "
                    "conservarla solo su dischi protetti.")
STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"borgo-(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<seq>\d+))?\.sqlite")
# Written by store.backup_before_migration, which cannot import this module.
_PRE_MIGRATION = re.compile(r"pre-migration-(?P<rev>.+?)-(?P<stamp>\d{8}T\d{6}Z)\.sqlite")
_TEMP_PREFIX = ".borgo-partial-"
POSTGRES_REFUSAL = "Per PostgreSQL usare pg_dump sul server: il programma fa copie solo del file SQLite."


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


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        # A copy with no log beside it never changes: "immutable" reads it without creating
        # the -wal/-shm files a read-only connection to a WAL-format file would leave behind.
        still = "" if Path(f"{path}-wal").exists() else "&immutable=1"
        uri = f"file:{quote(path.resolve().as_posix(), safe='/:')}?mode=ro{still}"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)


def _integrity(conn: sqlite3.Connection) -> str:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(rows[:3])


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _copy_to_temp(source: Path, folder: Path, *, check: bool = True) -> tuple[Path, str | None]:
    """Copy ``source`` into a new temp file in ``folder``; returns it and the revision.

    The caller renames the temp file into place, so no real name ever holds a half-written
    copy. The copy is switched to a rollback journal: one self-contained file. With
    ``check`` a copy failing ``integrity_check`` is discarded with a StoreError.
    """
    fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        with contextlib.closing(_connect(source)) as src, contextlib.closing(_connect(temp)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            problem = _integrity(dst) if check else "ok"
            revision = _revision(dst)
        if problem != "ok":
            raise StoreError("La copia del database è risultata danneggiata ({problem}) ed è stata "
                             "scartata. Il database stesso potrebbe essere danneggiato: "
                             "contattare l'assistenza.", problem=problem)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp, revision


def _free_name(backup_dir: Path, kind: str, when: datetime) -> Path:
    base = f"borgo-{kind}-{when.strftime(STAMP)}"
    target, n = backup_dir / f"{base}.sqlite", 1
    while target.exists():  # two copies in the same second keep both
        n += 1
        target = backup_dir / f"{base}-{n}.sqlite"
    return target


def create_backup(store, backup_dir: Path, kind: str = "manual", *,
                  now: datetime | None = None) -> BackupInfo:
    """Copy the open SQLite database into ``backup_dir`` (copia non cifrata)."""
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
    temp, revision = _copy_to_temp(source, backup_dir)
    os.replace(temp, target)
    log.info("%s backup written to %s", kind, target)
    return BackupInfo(target, kind, when, target.stat().st_size, revision)


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
    try:
        with contextlib.closing(_connect(path, read_only=True)) as conn:
            return _revision(conn)
    except sqlite3.Error:
        return None


def list_backups(backup_dir: Path, *, read_revisions: bool = True) -> list[BackupInfo]:
    """All recognised backups in ``backup_dir``, newest first."""
    found = []
    for path in backup_dir.glob("*.sqlite") if backup_dir.is_dir() else ():
        if (parsed := _parse(path)) is None:
            continue
        kind, when, sequence, revision = parsed
        if revision is None and read_revisions:
            revision = _read_revision(path)
        found.append(((when, sequence, path.name),
                      BackupInfo(path, kind, when, path.stat().st_size, revision)))
    return [info for _, info in sorted(found, key=lambda pair: pair[0], reverse=True)]


def verify_backup(path: Path) -> tuple[bool, str]:
    """Open the copy read-only: integrity check and a Borgo Desktop schema. Italian message."""
    path = Path(path)
    if not path.is_file():
        return False, f"Il file {path} non esiste."
    try:
        with contextlib.closing(_connect(path, read_only=True)) as conn:
            problem = _integrity(conn)
            revision = _revision(conn) if problem == "ok" else None
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
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


def _close_journal(target: Path) -> None:
    """Fold the WAL into the file and leave WAL mode, which needs the only connection.

    So this also refuses a restore while the program (or anything else) has the file open.
    """
    try:
        with contextlib.closing(sqlite3.connect(target, timeout=1)) as conn:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            return  # a damaged file: its WAL was kept aside with it, nothing more to save
        mode = "wal"
    if mode.lower() != "delete":
        raise StoreError("Il database è in uso: chiudere Borgo Desktop su tutte le finestre "
                         "di questo computer e ripetere il ripristino.")


def _keep_aside(current: Path, backup_dir: Path, when: datetime) -> Path:
    aside = _free_name(backup_dir, "before-restore", when)
    try:
        temp, _ = _copy_to_temp(current, backup_dir, check=False)
        os.replace(temp, aside)
    except sqlite3.DatabaseError:
        # Too damaged for SQLite to read: keep the raw bytes, log included.
        for suffix in ("", "-wal"):
            if Path(f"{current}{suffix}").exists():
                shutil.copyfile(f"{current}{suffix}", f"{aside}{suffix}")
    return aside


def restore_backup(store_url_or_path: str | os.PathLike, backup_path: Path,
                   backup_dir: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the database's content with a verified backup (copia non cifrata).

    Run it with the program closed (the CLI does it before opening the store): a database
    still open elsewhere is refused. The current file is first copied aside as
    ``borgo-before-restore-<stamp>.sqlite``, whose path is returned (None when there was no
    database yet, e.g. on a new computer). The new content is written to a temporary file
    and renamed over the database, so it is never half-written.
    """
    target = _database_file(store_url_or_path)
    ok, message = verify_backup(backup_path)
    if not ok:
        raise StoreError("Ripristino rifiutato: {message} Il database attuale non è stato "
                         "modificato.", message=message)
    target.parent.mkdir(parents=True, exist_ok=True)
    backup_dir.mkdir(parents=True, exist_ok=True)
    aside = None
    if target.exists():
        _close_journal(target)
        aside = _keep_aside(target, backup_dir, _utc(now).replace(microsecond=0))
    incoming, _ = _copy_to_temp(Path(backup_path), target.parent)
    try:
        # A leftover log would be replayed into the new file and corrupt it.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, target)
    finally:
        incoming.unlink(missing_ok=True)
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
    if removed:
        log.info("backup rotation removed %d files", len(removed))
    return removed


def backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    """True when no automatic copy exists from today (Rome date): time for the daily one."""
    today = _local_day(_utc(now))
    return not any(info.kind in AUTOMATIC and _local_day(info.created_at) == today
                   for info in list_backups(backup_dir, read_revisions=False))
