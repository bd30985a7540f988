import pytest

from helpers import comm_world


@pytest.fixture
def borgo(ctx):
    return comm_world.build(ctx)
