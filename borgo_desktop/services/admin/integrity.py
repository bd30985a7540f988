"""`db check`: is the database file sound? The cipher's page check, SQLite's own check and
the foreign keys, each problem named in Italian with the way out (the last good copy).

- ``PRAGMA cipher_integrity_check`` (SQLCipher): every page's HMAC; a page overwritten or
  damaged on the disk is named by number, even where SQLite's check cannot read on.
- ``PRAGMA quick_check`` (``full``: ``integrity_check``, which also compares every index
  with its table: slower on a large file).
- ``PRAGMA foreign_key_check``: rows pointing at rows that do not exist.

PostgreSQL checks its pages itself (data checksums on the server): only the foreign keys
are looked at there, and they are enforced by the server anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from borgo_desktop.services.admin import backups

_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)
MAX_NAMED = 10  # pages or tables named in one message


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]  # Italian, each with what was found
    checks: tuple[str, ...]  # what ran, Italian
    way_out: str  # what to do when not ok, Italian ("" when ok)


def _pages(rows: list[str]) -> list[int]:
    return sorted({int(m) for row in rows for m in _PAGE.findall(row)})


def _named(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:MAX_NAMED]))
    return shown + (f" e altre {len(numbers) - MAX_NAMED}" if len(numbers) > MAX_NAMED else "")


def _rows(conn, pragma: str) -> list[tuple]:
    return list(conn.execute(f"PRAGMA {pragma}").fetchall())


def check_database(store, *, full: bool = False, backup_dir: Path | None = None) -> IntegrityReport:
    """Run the checks on the open ``store``; never raises for a damaged file."""
    errors = backups.database_errors()
    problems, checks = [], []
    if store.dialect != "sqlite":
        checks.append("chiavi esterne (il server controlla le proprie pagine)")
        return IntegrityReport(True, (), tuple(checks), "")
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        if store.key:
            checks.append("pagine cifrate")
            try:
                found = [row[0] for row in _rows(conn, "cipher_integrity_check")]
            except (*errors, MemoryError):
                found = ["?"]
            if found:
                pages = _pages(found)
                problems.append(f"Pagine danneggiate del file (la verifica della cifratura non "
                                f"torna): n. {_named(pages)}." if pages else
                                "Il file cifrato ha parti danneggiate che non si possono leggere.")
        checks.append("integrità completa" if full else "integrità rapida")
        try:
            found = [row[0] for row in _rows(conn, "integrity_check" if full else "quick_check")]
        except (*errors, MemoryError):
            found = ["?"]
        if found != ["ok"]:
            pages = _pages(found)
            problems.append("Il controllo di integrità non si è potuto completare: il file è "
                            "danneggiato." if found == ["?"] else
                            f"Il controllo di integrità ha trovato {len(found)} problemi"
                            + (f" nelle pagine n. {_named(pages)}." if pages else
                               " nelle tabelle o negli indici."))
        checks.append("chiavi esterne")
        try:
            dangling = _rows(conn, "foreign_key_check")
        except (*errors, MemoryError):
            dangling = None
        if dangling is None:
            problems.append("Il controllo delle chiavi esterne non si è potuto completare: il "
                            "file è danneggiato.")
        elif dangling:
            counts: dict[tuple[str, str], int] = {}
            for table, _rowid, parent, _fk in dangling:
                counts[(table, parent)] = counts.get((table, parent), 0) + 1
            named = "; ".join(f"{table} → {parent}: {n}" for (table, parent), n
                              in sorted(counts.items())[:MAX_NAMED])
            problems.append(f"{len(dangling)} righe rimandano a righe che non esistono ({named}).")
    finally:
        raw.close()
    ok = not problems
    return IntegrityReport(ok, tuple(problems), tuple(checks),
                           "" if ok else backups.way_out(backup_dir))


__all__ = ["IntegrityReport", "check_database"]
