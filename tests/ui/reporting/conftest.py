from helpers.report_world import demo  # noqa: F401 - the shared fixture
