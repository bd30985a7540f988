"""Store fixtures on both dialects: SQLite always, PostgreSQL where a server answers."""

from __future__ import annotations

import pytest

from tests.conftest import pg_schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request, tmp_path):
    """A database URL that starts empty: a new file, or a new schema on the server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'borgo.sqlite'}"
    return pg_schema_url(request.getfixturevalue("pg_admin"), request)
