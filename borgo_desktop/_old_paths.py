"""Old module paths of the layout change (issue 10), kept importable for one wave of branches.

Code written before the layout (``from borgo_desktop.services import audit``) keeps working
after merging it: each old path below is the same module object as its new one (patching one
patches the other). Run ``tools/apply_layout_moves.py`` on such code; nothing in this tree
uses these paths (tests/test_architecture.py), and this module goes once every branch has.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys

OLD_PATHS = {
    "borgo_desktop.services.context": "borgo_desktop.services.core.context",
    "borgo_desktop.services.permissions": "borgo_desktop.services.core.permissions",
    "borgo_desktop.services.audit": "borgo_desktop.services.core.audit",
    "borgo_desktop.services.audit_labels": "borgo_desktop.services.core.audit_labels",
    "borgo_desktop.services.settings": "borgo_desktop.services.core.settings",
    "borgo_desktop.services.search": "borgo_desktop.services.core.search",
    "borgo_desktop.services.text_search": "borgo_desktop.services.core.text_search",
    "borgo_desktop.services.lookups": "borgo_desktop.services.core.lookups",
    "borgo_desktop.services.counts": "borgo_desktop.services.core.counts",
    "borgo_desktop.services.listing": "borgo_desktop.services.core.listing",
    "borgo_desktop.services.recurrence": "borgo_desktop.services.core.recurrence",
    "borgo_desktop.services.registry_forms": "borgo_desktop.services.registry.forms",
    "borgo_desktop.services.registry_views": "borgo_desktop.services.registry.views",
    "borgo_desktop.services.printing": "borgo_desktop.services.registry.printing",
    "borgo_desktop.services.exports": "borgo_desktop.services.registry.exports",
    "borgo_desktop.services.imports": "borgo_desktop.services.registry.imports",
    "borgo_desktop.services.allocation_views": "borgo_desktop.services.allocation.views",
    "borgo_desktop.services.ticket_views": "borgo_desktop.services.tickets.views",
    "borgo_desktop.services.ticket_plans": "borgo_desktop.services.tickets.plans",
    "borgo_desktop.services.ticket_printing": "borgo_desktop.services.tickets.printing",
    "borgo_desktop.services.bookings": "borgo_desktop.services.spaces.bookings",
    "borgo_desktop.services.booking_exports": "borgo_desktop.services.spaces.exports",
    "borgo_desktop.services.programme": "borgo_desktop.services.spaces.printing",
    "borgo_desktop.services.community_printing": "borgo_desktop.services.community.printing",
    "borgo_desktop.services.cases": "borgo_desktop.services.casework.cases",
    "borgo_desktop.services.case_access": "borgo_desktop.services.casework.access",
    "borgo_desktop.services.case_file": "borgo_desktop.services.casework.file",
    "borgo_desktop.services.case_prints": "borgo_desktop.services.casework.printing",
    "borgo_desktop.services.case_records": "borgo_desktop.services.casework.records",
    "borgo_desktop.services.case_triggers": "borgo_desktop.services.casework.triggers",
    "borgo_desktop.services.case_views": "borgo_desktop.services.casework.views",
    "borgo_desktop.services.backups": "borgo_desktop.services.admin.backups",
    "borgo_desktop.services.backup_runner": "borgo_desktop.services.admin.backup_runner",
    "borgo_desktop.services.gate": "borgo_desktop.services.admin.gate",
    "borgo_desktop.services.keyfile": "borgo_desktop.services.accounts.keyfile",
    "borgo_desktop.services.admin.keyfile": "borgo_desktop.services.accounts.keyfile",
    "borgo_desktop.ui.cases": "borgo_desktop.ui.casework",
    "borgo_desktop.ui.importing": "borgo_desktop.ui.registry.importing",
    "borgo_desktop.reports.case_pact": "borgo_desktop.reports.casework_pact",
    "borgo_desktop.reports.household_sheet": "borgo_desktop.reports.registry_household",
    "borgo_desktop.reports.maintenance_report": "borgo_desktop.reports.tickets_monthly",
    "borgo_desktop.reports.ticket_sheets": "borgo_desktop.reports.tickets_sheets",
    "borgo_desktop.reports.programme": "borgo_desktop.reports.spaces_programme",
    "borgo_desktop.reports.recovery_sheet": "borgo_desktop.reports.admin_recovery",
    "borgo_desktop.reports.subject_access": "borgo_desktop.reports.privacy_subject_access",
}
# The test support modules (tests/ is on pytest's pythonpath); tests/conftest.py installs them.
TEST_PATHS = {"support": "helpers.support", "spaces_support": "helpers.spaces_support",
              "ticket_world": "helpers.ticket_world", "tests.unit": "helpers",
              "tests.unit.case_world": "helpers.case_world",
              "ledger_world": "helpers.ledger_world", "comm_world": "helpers.comm_world"}


class OldPaths(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds an old dotted path and hands out the module of its new one."""

    def __init__(self, paths: dict[str, str]) -> None:
        self.paths = paths

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.paths:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        # The import machinery returns what sys.modules holds under the old name afterwards.
        sys.modules[module.__name__] = importlib.import_module(self.paths[module.__name__])


def install(paths: dict[str, str] = OLD_PATHS) -> None:
    if not any(isinstance(f, OldPaths) and f.paths is paths for f in sys.meta_path):
        sys.meta_path.insert(0, OldPaths(paths))


def forward(package: str, module: str, name: str):
    """``package.name`` for code that knew the package as a flat module (services.tickets):
    the name of its main module, ``package.module``. Submodules and dunders are not forwarded."""
    if name.startswith("__") or importlib.util.find_spec(f"{package}.{name}") is not None:
        raise AttributeError(name)
    target = importlib.import_module(f"{package}.{module}")
    try:
        return getattr(target, name)
    except AttributeError:
        raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
