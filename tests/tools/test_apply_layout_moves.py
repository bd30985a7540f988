"""tools/apply_layout_moves.py: old import paths of the flat services/ become the area packages'."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("apply_layout_moves", ROOT / "tools" / "apply_layout_moves.py")
moves = importlib.util.module_from_spec(spec)
spec.loader.exec_module(moves)
REWRITER = moves.Rewriter(moves.read_moves())

CASES = [
    ("from borgo_desktop.services import audit, ticket_views\n",
     "from borgo_desktop.services.core import audit\n"
     "from borgo_desktop.services.tickets import views as ticket_views\n"),
    ("from borgo_desktop.services import tickets\n",
     "from borgo_desktop.services.tickets import tickets\n"),
    ("from borgo_desktop.services.tickets import TicketInput, create_ticket\n",
     "from borgo_desktop.services.tickets.tickets import TicketInput, create_ticket\n"),
    ("from borgo_desktop.services.registry_forms import HouseholdInput, Problems, required\n",
     "from borgo_desktop.services.registry.forms import HouseholdInput\n"
     "from borgo_desktop.services.core.problems import Problems, required\n"),
    ("    from borgo_desktop.services.context import Context  # here\n",
     "    from borgo_desktop.services.core.context import Context  # here\n"),
    ('monkeypatch.setattr("borgo_desktop.services.backups.copy", fake)\n',
     'monkeypatch.setattr("borgo_desktop.services.admin.backups.copy", fake)\n'),
    ("from borgo_desktop.ui.cases.case_page import CasePage\n",
     "from borgo_desktop.ui.casework.case_page import CasePage\n"),
    ("from borgo_desktop.reports.list_sheet import _escape, render_list\n",
     "from borgo_desktop.reports.list_sheet import render_list\n"
     "from borgo_desktop.reports.common import escape as _escape\n"),
    ("from support import as_admin\n", "from helpers.support import as_admin\n"),
    ("import ticket_world\n", "from helpers import ticket_world\n"),
    ("# see services/ticket_views.py\n", "# see services/tickets/views.py\n"),
]


@pytest.mark.parametrize(("old", "new"), CASES)
def test_old_paths_become_new_and_new_ones_stay(old, new):
    assert REWRITER.rewrite(old, ".py") == new
    assert REWRITER.rewrite(new, ".py") == new  # idempotent


def test_the_moves_name_modules_that_exist():
    for old, new in moves.read_moves().items():
        if not new.startswith("borgo_desktop."):
            continue
        path = ROOT.joinpath(*new.split("."))
        assert path.with_suffix(".py").is_file() or path.is_dir() \
            or path.parent.with_suffix(".py").is_file(), new  # a module, a package or a name
