"""Shared fixtures: a template database migrated once per session, copied for each test."""

from __future__ import annotations

import os
import shutil
import uuid
import warnings
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window's tests show their dialogs offscreen and drive them: not the program's own
# «no screen» behaviour (auto-login, quit once painted), which tests/ui/test_quick_start.py runs.
os.environ["BORGO_HEADLESS"] = "0"

import pytest
from sqlalchemy import create_engine, text

from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store

TODAY = date(2026, 11, 25)


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` (load, kill runs, fuzz) run only with ``BORGO_SLOW=1``."""
    if os.environ.get("BORGO_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="test lento: eseguirlo con BORGO_SLOW=1 .venv/bin/python -m pytest -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    store = Store.open(f"sqlite:///{path}")
    store.close()
    return path


@pytest.fixture
def store(template_db, tmp_path):
    path = tmp_path / "borgo.sqlite"
    shutil.copy(template_db, path)
    opened = Store.open(f"sqlite:///{path}", backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


PG_URL = os.environ.get("BORGO_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_admin():
    """An engine on the test server; the tests skip LOUDLY when no server answers."""
    engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # no server on this machine (a user's laptop)
        message = (f"PostgreSQL non raggiungibile su {PG_URL} ({type(exc).__name__}): "
                   "i test del database multi-postazione sono SALTATI")
        warnings.warn(message)
        pytest.skip(message)
    yield engine
    engine.dispose()


def pg_schema_url(pg_admin, request) -> str:
    """A new, empty schema on the test server (dropped at the end of ``request``'s scope)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with pg_admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with pg_admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))

    request.addfinalizer(drop)
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def dialect_store(request, template_db, tmp_path):
    """A migrated store on each dialect: the template's copy, or a new schema on the server."""
    if request.param == "sqlite":
        path = tmp_path / "borgo.sqlite"
        shutil.copy(template_db, path)
        url = f"sqlite:///{path}"
    else:
        url = pg_schema_url(request.getfixturevalue("pg_admin"), request)
    opened = Store.open(url, backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def ctx(store):
    return Context(store=store, actor=Actor("tester", "manager"), today=lambda: TODAY)



@pytest.fixture
def admin_ctx(ctx):
    """The same store and day as ``ctx``, as the administrator (audit log, data protection)."""
    return Context(store=ctx.store, actor=Actor("admin", "admin"), today=ctx.today)


# argon2id at its production cost (64 MiB, 3 passes) would make every login in the tests
# take a third of a second: the tests use the smallest cost (stored per copy, so a file made
# here still opens with the real settings).
from borgo_desktop.services.accounts import keyfile  # noqa: E402

keyfile.KDF = keyfile.KdfParams(time_cost=1, memory_cost=8, parallelism=1)


PASSWORD = "una frase di prova"
TEMPORARY_PASSWORD = "frase provvisoria data da admin"


class CliData:
    """A data folder set up through the command line, for the CLI tests."""

    def __init__(self, folder) -> None:
        self.folder = folder

    def args(self, user: str = "capo") -> list[str]:
        return ["--data-dir", str(self.folder), "--user", user]

    def gate(self):
        from borgo_desktop.config import resolve_paths
        from borgo_desktop.services.admin.gate import Gate

        return Gate.for_paths(resolve_paths(self.folder), None, today=lambda: TODAY)

    def context(self, user: str = "capo") -> Context:
        """Logged in (close ``ctx.store`` before the next command that replaces the file)."""
        return self.gate().log_in(user, PASSWORD)


def run_cli(argv: list[str], stdin: str | None = None, monkeypatch=None) -> int:
    import io
    import sys

    from borgo_desktop.cli import main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([str(a) for a in argv])


@pytest.fixture
def cli_data(template_db, tmp_path, monkeypatch):
    """A data folder with the administrator 'admin' and the manager 'capo' (password
    ``PASSWORD``, also in BORGO_PASSWORD), made by `users add` on a copy of the migrated
    template: so the set-up also encrypts an existing database, as after an upgrade."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(template_db, folder / "borgo.sqlite")
    monkeypatch.delenv("BORGO_DATABASE_URL", raising=False)
    assert run_cli(["users", "add", "admin", "--role", "admin", "--password-stdin",
                    "--data-dir", folder], PASSWORD + "\n", monkeypatch) == 0
    monkeypatch.setenv("BORGO_PASSWORD", PASSWORD)
    assert run_cli(["users", "add", "capo", "--role", "manager", "--name", "Carla Capo",
                    "--password-stdin", "--data-dir", folder, "--user", "admin"],
                   TEMPORARY_PASSWORD + "\n", monkeypatch) == 0
    # A temporary password must be changed before any other command (cli.TEMPORARY).
    monkeypatch.setenv("BORGO_PASSWORD", TEMPORARY_PASSWORD)
    assert run_cli(["users", "passwd", "capo", "--password-stdin", "--data-dir", folder,
                    "--user", "capo"], PASSWORD + "\n", monkeypatch) == 0
    monkeypatch.setenv("BORGO_PASSWORD", PASSWORD)
    return CliData(folder)
