import shutil
from datetime import date

import pytest

from borgo_desktop.seed.demo import build_demo
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store
from helpers.report_world import add_rent_history

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="session")
def demo_template(template_db, tmp_path_factory):
    """The demo borgo with its rent history, built once per run and copied for each test."""
    path = tmp_path_factory.mktemp("report_demo") / "demo.sqlite"
    shutil.copy(template_db, path)
    store = Store.open(f"sqlite:///{path}")
    ctx = Context(store, Actor("tester", "manager"), today=lambda: TODAY)
    build_demo(ctx)
    world = add_rent_history(ctx)
    store.close()
    return path, world


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template[0], path)
    store = Store.open(f"sqlite:///{path}")
    yield Context(store, Actor("capo", "manager", "Carla Capo"), today=lambda: TODAY)
    store.close()


@pytest.fixture
def world(demo_template):
    return demo_template[1]
