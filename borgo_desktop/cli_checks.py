"""What the command line names, checked before anything is opened: a database address of a
kind the program does not speak, a data folder that is a file or cannot be written, a server
that refuses the connection. Each becomes an Italian :class:`StoreError` instead of the
library's English and a traceback."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from borgo_desktop.config import resolve_paths
from borgo_desktop.errors import StoreError

BACKENDS = ("sqlite", "postgresql")
URL_HINT = ("usare un indirizzo come postgresql+psycopg://utente@server/nome, oppure non "
            "indicarlo per il file su questo computer.")


def database_url(args) -> str | None:
    return getattr(args, "database_url", None) or os.environ.get("BORGO_DATABASE_URL")


def check_command_line(args) -> None:
    """Refuse, in Italian, a --database-url or --data-dir the program cannot use."""
    url = database_url(args)
    if url:
        check_url(url)
        return  # the data folder holds only backups and logs then: made when needed
    check_data_dir(resolve_paths(getattr(args, "data_dir", None),
                                 demo=getattr(args, "demo", False)).data_dir)


def check_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        backend = None
    if backend not in BACKENDS:
        raise StoreError("L'indirizzo del database «{url}» non è valido: {hint}",
                         url=_shown(url), hint=URL_HINT)


def _shown(url: str) -> str:
    """The address without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def check_data_dir(folder: Path) -> None:
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        raise StoreError("«{path}» è un file, non una cartella: indicare con --data-dir la "
                         "cartella dei dati del programma.", path=str(existing))
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        raise StoreError("La cartella dei dati {path} è di sola lettura: il programma deve "
                         "poterci scrivere (database, copie, registro). Chiedere a chi gestisce "
                         "il computer di dare il permesso di scrittura, o indicare un'altra "
                         "cartella con --data-dir.", path=str(existing)) from exc


def server_trouble(exc: BaseException, args) -> str | None:
    """The Italian words for a PostgreSQL server that refused the connection, or None."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    url = database_url(args)
    if not url or not isinstance(exc, OperationalError) \
            or make_url(url).get_backend_name() != "postgresql":
        return None
    parsed = make_url(url)
    where = dict(name=parsed.database or "", host=parsed.host or "localhost",
                 port=parsed.port or 5432)
    detail = str(exc.orig if exc.orig is not None else exc)
    if "does not exist" in detail and "database" in detail:
        return StoreError("Il database PostgreSQL «{name}» non esiste sul server {host}:{port}: "
                          "controllare il nome nell'indirizzo, o farlo creare a chi gestisce "
                          "il server.", **where).text
    if "password" in detail or "authentication" in detail or "role" in detail:
        return StoreError("Il server PostgreSQL {host}:{port} non accetta l'utente o la "
                          "password dell'indirizzo: controllarli.", **where).text
    return StoreError("Il server PostgreSQL {host}:{port} non risponde: controllare che sia "
                      "acceso e raggiungibile, e l'indirizzo del database.", **where).text
