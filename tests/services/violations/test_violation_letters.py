"""The letters: a written warning and a formal notice print, cite the rule, carry the
deadline; the file's fingerprint is kept on the step and in the audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from borgo_desktop.errors import UserError
from borgo_desktop.services.core import audit
from borgo_desktop.services.violations import printing, views, workflow
from borgo_desktop.services.violations.workflow import StepInput, ViolationInput
from violation_world import make_world


@pytest.fixture
def violation(ctx):
    world = make_world(ctx)
    vid = workflow.report(ctx, ViolationInput(world.rossi.id, "common_areas", date(2026, 11, 2),
                                              "Custode", "Biciclette sul pianerottolo.", 3))
    workflow.advance(ctx, vid, "verify")
    return vid


def _text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_no_letter_before_a_written_step(ctx, violation, tmp_path):
    with pytest.raises(UserError, match="Verificata"):
        printing.print_letter(ctx, violation, tmp_path / "x.pdf")


def test_the_written_warning_and_the_formal_notice(ctx, admin_ctx, violation, tmp_path):
    workflow.advance(ctx, violation, "written_warning", StepInput("Prima lettera."))
    warning = printing.print_letter(ctx, violation, tmp_path / "richiamo.pdf")
    text = _text(warning)
    assert "Richiamo scritto" in text and "art. 3 del Regolamento per la convivenza" in text
    assert "Mario Rossi" in text and "Via De Lemene 55" in text
    workflow.advance(ctx, violation, "formal_notice", StepInput("Seconda volta."))
    notice = printing.print_letter(ctx, violation, tmp_path / "diffida.pdf")
    text = _text(notice)
    assert "Diffida" in text and "entro il 25/12/2026" in text and "Prima lettera." in text
    steps = views.get_violation(ctx, violation).steps
    assert all(s.letter_sha256 for s in steps if s.status.value in printing.LETTERS)
    assert audit.file_digest(notice) == steps[-1].letter_sha256
    printed = [e for e in audit.list_entries(admin_ctx, limit=5)
               if e.action == "print.violation_letter"]
    assert steps[-1].letter_sha256 in printed[0].detail and len(printed) == 2
