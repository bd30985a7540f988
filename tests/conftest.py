"""Shared fixtures: a template database migrated once per session, copied for each test."""

from __future__ import annotations

import os
import shutil
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from borgo_desktop.services.context import Actor, Context
from borgo_desktop.store import Store

TODAY = date(2026, 11, 25)


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


@pytest.fixture
def ctx(store):
    return Context(store=store, actor=Actor("tester", "manager"), today=lambda: TODAY)



# argon2id at its production cost (64 MiB, 3 passes) would make every login in the tests
# take a third of a second: the tests use the smallest cost (stored per copy, so a file made
# here still opens with the real settings).
from borgo_desktop.services import keyfile  # noqa: E402

keyfile.KDF = keyfile.KdfParams(time_cost=1, memory_cost=8, parallelism=1)
