"""`borgo-desktop privacy report|retention`: the data-protection tools from the command line."""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import date

import pytest

from borgo_desktop import cli
from borgo_desktop.cli import main
from borgo_desktop.config import DB_FILENAME
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Relation, Sex
from borgo_desktop.services import registry
from borgo_desktop.services.context import Actor, Context
from borgo_desktop.services.registry_forms import HouseholdInput, MemberInput, PersonInput
from borgo_desktop.store import Store

BORN = date(1950, 5, 5)
TAX = make_tax_code("Galli", "Rita", BORN, "F", "F205")


@pytest.fixture
def data_dir(template_db, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(template_db, folder / DB_FILENAME)
    store = Store.open(f"sqlite:///{folder / DB_FILENAME}")
    ctx = Context(store, Actor("setup", "manager"), lambda: date(2026, 11, 25))
    household = registry.create_household(ctx, HouseholdInput(), [MemberInput(PersonInput(
        "Galli", "Rita", TAX, BORN, Sex.F), Relation.REFERENCE)], joined_on=date(2015, 1, 1))
    registry.household_leaves(ctx, household.id, date(2019, 3, 31))
    store.close()
    return folder


@pytest.fixture
def as_admin(monkeypatch):
    real = cli.open_context

    def admin_context(args, **kwargs):
        return dataclasses.replace(real(args, **kwargs), actor=Actor("admin", "admin"))

    monkeypatch.setattr(cli, "open_context", admin_context)


def test_a_role_without_the_permission_is_refused(data_dir, tmp_path, capsys):
    assert main(["privacy", "retention", "--data-dir", str(data_dir)]) == 1
    assert "non consente" in capsys.readouterr().err


def test_report_by_tax_code(data_dir, tmp_path, capsys, as_admin):
    out = tmp_path / "out"
    assert main(["privacy", "report", "--person", TAX.lower(), "--out", str(out),
                 "--data-dir", str(data_dir)]) == 0
    printed = capsys.readouterr()
    json_path = next(out.glob("*.json"))
    assert str(json_path) in printed.out and "non sono cifrati" in printed.err
    assert json.loads(json_path.read_text(encoding="utf-8"))["persona"] == "Galli Rita"
    assert main(["privacy", "report", "--person", "RSSMRA80A01F205X", "--out", str(out),
                 "--data-dir", str(data_dir)]) == 1
    assert "Nessuna persona" in capsys.readouterr().err
    assert main(["privacy", "report", "--data-dir", str(data_dir)]) == 1


def test_retention_preview_then_apply(data_dir, capsys, as_admin):
    assert main(["privacy", "retention", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Proposti: 1" in out and "31/03/2019" in out and "resi anonimi" not in out
    assert main(["privacy", "retention", "--apply", "--data-dir", str(data_dir)]) == 0
    assert "Nuclei resi anonimi: 1." in capsys.readouterr().out
    assert main(["privacy", "retention", "--apply", "--data-dir", str(data_dir)]) == 0
    assert "Proposti: 0" in capsys.readouterr().out
