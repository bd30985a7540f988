import pytest

from helpers.ledger_world import build_world


@pytest.fixture
def world(ctx):
    return build_world(ctx)
