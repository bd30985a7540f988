"""Where data lives and which database to open.

Order of precedence: command-line option, environment variable, platformdirs default.
``BORGO_DATA_DIR`` / ``--data-dir`` move the whole data folder (database, backups, logs);
``BORGO_DATABASE_URL`` / ``--database-url`` point at another database (e.g. PostgreSQL).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "BorgoDesktop"
DB_FILENAME = "borgo.sqlite"
DEMO_DIRNAME = "demo"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> "Paths":
        for folder in (self.data_dir, self.backup_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    from platformdirs import user_data_dir  # only without --data-dir: not on every start

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(data_dir: str | os.PathLike | None = None, *, demo: bool = False) -> Paths:
    """The data folder: explicit option, then BORGO_DATA_DIR, then the user data folder.

    The demo database lives in its own sub-folder so it never mixes with real data.
    """
    base = Path(data_dir) if data_dir else Path(os.environ.get("BORGO_DATA_DIR") or default_data_dir())
    return Paths(base / DEMO_DIRNAME if demo else base)


def resolve_database_url(paths: Paths, database_url: str | None = None) -> str:
    url = database_url or os.environ.get("BORGO_DATABASE_URL")
    return url or f"sqlite:///{paths.database_file}"


_SQLITE_HEADER = b"SQLite format 3\x00"


def login_expected(paths: Paths, database_url: str | None = None) -> bool:
    """True when the start will surely ask for a login (an encrypted database file with its
    key file beside it), known without opening anything: the login window can then show at
    once, before the store's imports. False: let the Gate decide (first start, a server)."""
    if database_url or os.environ.get("BORGO_DATABASE_URL"):
        return False
    db = paths.database_file
    try:
        with open(db, "rb") as handle:
            encrypted = handle.read(len(_SQLITE_HEADER)) not in (b"", _SQLITE_HEADER)
    except OSError:
        return False
    return encrypted and db.with_suffix(".keys").is_file()  # services.keyfile.path_for
