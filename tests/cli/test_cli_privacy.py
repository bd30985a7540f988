"""`borgo-desktop privacy report|retention`: the data-protection tools from the command line."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from borgo_desktop.cli import main
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Relation, Sex
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import HouseholdInput, MemberInput, PersonInput

BORN = date(1950, 5, 5)
TAX = make_tax_code("Galli", "Rita", BORN, "F", "F205")


@pytest.fixture
def data_dir(cli_data):
    """The CLI data folder (tests/conftest.py) with one household that left in 2019."""
    ctx = dataclasses.replace(cli_data.context("capo"), today=lambda: date(2026, 11, 25))
    household = registry.create_household(ctx, HouseholdInput(), [MemberInput(PersonInput(
        "Galli", "Rita", TAX, BORN, Sex.F), Relation.REFERENCE)], joined_on=date(2015, 1, 1))
    registry.household_leaves(ctx, household.id, date(2019, 3, 31))
    ctx.store.close()
    return cli_data


def test_a_role_without_the_permission_is_refused(data_dir, tmp_path, capsys):
    assert main(["privacy", "retention", *data_dir.args("capo")]) == 1
    assert "non consente" in capsys.readouterr().err


def test_report_by_tax_code(data_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["privacy", "report", "--person", TAX.lower(), "--out", str(out),
                 *data_dir.args("admin")]) == 0
    printed = capsys.readouterr()
    json_path = next(out.glob("*.json"))
    assert str(json_path) in printed.out and "non sono cifrati" in printed.err
    assert json.loads(json_path.read_text(encoding="utf-8"))["persona"] == "Galli Rita"
    assert main(["privacy", "report", "--person", "RSSMRA80A01F205X", "--out", str(out),
                 *data_dir.args("admin")]) == 1
    assert "Nessuna persona" in capsys.readouterr().err
    assert main(["privacy", "report", *data_dir.args("admin")]) == 1


def test_retention_preview_then_apply(data_dir, capsys):
    assert main(["privacy", "retention", *data_dir.args("admin")]) == 0
    out = capsys.readouterr().out
    assert "Proposti: 1" in out and "31/03/2019" in out and "resi anonimi" not in out
    assert main(["privacy", "retention", "--apply", *data_dir.args("admin")]) == 0
    assert "Nuclei resi anonimi: 1." in capsys.readouterr().out
    assert main(["privacy", "retention", "--apply", *data_dir.args("admin")]) == 0
    assert "Proposti: 0" in capsys.readouterr().out
