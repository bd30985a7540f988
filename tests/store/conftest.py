"""Store fixtures on both dialects: SQLite always, PostgreSQL where a server answers."""

from __future__ import annotations

import os
import uuid
import warnings

import pytest
from sqlalchemy import create_engine, text

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


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request, tmp_path):
    """A database URL that starts empty: a new file, or a new schema on the server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'borgo.sqlite'}"
    admin = request.getfixturevalue("pg_admin")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))

    request.addfinalizer(drop)
    return f"{PG_URL}?options=-csearch_path%3D{schema}"
