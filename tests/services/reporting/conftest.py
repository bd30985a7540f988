import pytest

from helpers.report_world import demo, demo_with_rent  # noqa: F401 - the shared fixture


@pytest.fixture
def world(template_db, tmp_path_factory):
    return demo_with_rent(template_db, tmp_path_factory)[1]
