"""Printed lists and the household sheet are real PDFs carrying what the screen shows."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Relation, Sex
from borgo_desktop.services.registry import printing, registry
from borgo_desktop.services.registry.forms import HouseholdInput, MemberInput, PersonInput


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _household(ctx):
    born = date(1984, 6, 3)
    person = PersonInput("Bianchi", "Teresa", make_tax_code("Bianchi", "Teresa", born, "F", "F205"),
                         born, Sex.F, "Milano")
    return registry.create_household(ctx, HouseholdInput(phone="02 1234567"),
                                     [MemberInput(person, Relation.REFERENCE)])


def test_list_pdf_has_the_filtered_rows(ctx, tmp_path):
    _household(ctx)
    path = tmp_path / "persone.pdf"
    assert printing.print_list(ctx, "persons", {"text": "bianchi"}, "surname", False, path) == 1
    text = _text(path)
    assert "Bianchi" in text and "Teresa" in text and "1 riga" in text
    assert printing.print_list(ctx, "persons", {"text": "nessuno"}, "", False, path) == 0


def test_household_sheet_pdf(ctx, tmp_path):
    detail = _household(ctx)
    path = printing.print_household(ctx, detail.id, tmp_path / "scheda.pdf")
    text = _text(path)
    assert f"Scheda nucleo {detail.code}" in text
    assert detail.members[0].person.tax_code in text and "Intestatario" in text
