"""Module paths of before the layout (issue 10) still import, as the same module objects."""

from __future__ import annotations

import importlib

from borgo_desktop._old_paths import OLD_PATHS


def test_every_old_path_is_its_new_module():
    for old, new in OLD_PATHS.items():
        assert importlib.import_module(old) is importlib.import_module(new), old


def test_the_old_flat_modules_that_became_packages_still_answer():
    from borgo_desktop.services import audit, registry, tickets  # as code before the layout

    from borgo_desktop.services.core import audit as core_audit
    from borgo_desktop.services.registry import registry as households
    from borgo_desktop.services.tickets import tickets as ticket_calls

    assert audit is core_audit
    assert registry.create_household is households.create_household
    assert tickets.create_ticket is ticket_calls.create_ticket


def test_old_test_support_names_still_import():
    import support
    from tests.unit.case_world import make_world

    from helpers import case_world, support as new_support

    assert support is new_support
    assert make_world is case_world.make_world
