"""Every action the program writes to the audit trail has an Italian name in the audit window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borgo_desktop.services.core import listing
from borgo_desktop.services.allocation.allocation import STEPS
from borgo_desktop.services.core.audit_labels import action_label
from borgo_desktop.services.tickets.tickets import STEPS as TICKET_STEPS

PACKAGE = Path(__file__).resolve().parents[3] / "borgo_desktop"
# audit.record(ctx, session, "household.update", ...) and record_event(ctx, "unlock", ...)
LITERAL = re.compile(r"""record(?:_event)?\(\s*[\w.]+,\s*(?:session,\s*)?["']([a-z_]+(?:\.[a-z_]+)?)["']""")
VIEW = re.compile(r"""record_view\(\s*[\w.]+,\s*["']([a-z_]+)["']""")


def written_codes() -> set[str]:
    codes: set[str] = set()
    for source in PACKAGE.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        codes.update(LITERAL.findall(text))
        codes.update(f"{entity}.view" for entity in VIEW.findall(text))
    codes.update(f"allocation.{step}" for step in STEPS)
    codes.update(f"ticket.{step}" for step in TICKET_STEPS)
    codes.update(f"{verb}.{name}" for verb in ("export", "print") for name in listing.SPECS)
    codes.add("export.bookings")  # the bookings export is not a list of the window
    return codes


def test_action_codes_written_through_a_variable_are_named_too():
    # Codes the services pass through a helper (community, accounts) escape the scan above.
    for code in ("directory.save", "selfservice.save", "account.recover"):
        assert action_label(code) != code


def test_the_scan_finds_the_codes():
    codes = written_codes()
    assert {"household.create", "permission_denied", "household.view", "export.audit"} <= codes


@pytest.mark.parametrize("code", sorted(written_codes()))
def test_every_written_action_has_an_italian_name(code):
    assert action_label(code) != code


def test_unknown_codes_are_named_from_their_parts_or_shown_as_they_are():
    assert action_label("ticket.close") == "Segnalazione: chiusura"
    assert action_label("export.households") == "Esportazione elenco nuclei"
    assert action_label("whatever") == "whatever"
    assert action_label("household.update", lambda word: word.upper()) == "MODIFICA NUCLEO"
