"""A small borgo for the window tests, built through the services (no Qt in the world)."""

from __future__ import annotations

import gc
from datetime import date
from types import SimpleNamespace

import pytest

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Regime, Relation, RentModel, Sex
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)

MILANO = "F205"


def person(surname: str, given: str, born: date, sex: Sex, place: str = MILANO) -> PersonInput:
    return PersonInput(surname, given, make_tax_code(surname, given, born, sex.value, place),
                       born, sex, birth_place="Milano", citizenship="italiana")


def household(ctx, *members: tuple[PersonInput, Relation], **fields):
    return registry.create_household(ctx, HouseholdInput(**fields),
                                     [MemberInput(p, relation) for p, relation in members])


def unit(ctx, staircase: str, number: str, surface: float, rooms: int, **fields):
    return registry.create_unit(ctx, UnitInput(
        "DL55", staircase, 1, number, surface, rooms, Regime.CAPPED, RentModel.PER_M2,
        rent_rate_cents=9_000, **fields))


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Modal message boxes would block a headless test: record them and answer "No"/"OK".

    A test that needs another answer patches QMessageBox.question itself.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def fake(kind, answer):
        def show(_parent, _title, text, *_args, **_kwargs):
            shown.append((kind, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.No))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind, QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def world(ctx):
    allocation.save_category(ctx, "FRAGILI", "Nuclei fragili", 4)
    allocation.save_category(ctx, "GIOVANI", "Giovani coppie", 2)
    registry.create_building(ctx, BuildingInput("DL55", "Cascina Boldinasco, civico 55",
                                                "Via De Lemene 55", "20151", 8))
    units = SimpleNamespace(a1=unit(ctx, "A", "1", 48, 2), a2=unit(ctx, "A", "2", 75, 3),
                            b1=unit(ctx, "B", "1", 60, 3, accessible=True))
    rossi = household(
        ctx,
        (person("Rossi", "Mario", date(1978, 4, 12), Sex.M), Relation.REFERENCE),
        (person("Verdi", "Lucia", date(1981, 9, 3), Sex.F), Relation.SPOUSE),
        (person("Rossi", "Giulia", date(2010, 1, 20), Sex.F), Relation.CHILD),
        (person("Rossi", "Marco", date(2014, 6, 30), Sex.M), Relation.CHILD),
        target_category_code="FRAGILI", phone="02 5551234", isee_cents=845_000,
        isee_expires_on=date(2026, 12, 31))
    bianchi = household(
        ctx,
        (person("Bianchi", "Anna", date(1990, 2, 14), Sex.F), Relation.REFERENCE),
        (person("Neri", "Paolo", date(1989, 11, 5), Sex.M), Relation.SPOUSE),
        target_category_code="GIOVANI", isee_cents=1_210_000, isee_expires_on=date(2025, 12, 31))
    esposito = household(
        ctx, (person("Esposito", "Carmela", date(1949, 7, 7), Sex.F), Relation.REFERENCE))
    registry.create_lease(ctx, LeaseInput(bianchi.id, units.a2.code, date(2026, 3, 1), 56_250,
                                          service_charges_cents=8_000, deposit_cents=112_500))
    return SimpleNamespace(units=units, rossi=rossi, bianchi=bianchi, esposito=esposito)


@pytest.fixture(autouse=True)
def gc_on_gui_thread():
    """As the program does (ui.widgets.collector): a background task must never be the
    thread that frees Qt objects left over from earlier tests, or the process crashes."""
    gc.disable()
    yield
    gc.collect(1)  # this test's garbage; older garbage goes when gc is on again, on this thread
    gc.enable()
