"""The ladder's letters come out of the communication engine: the office's editable,
versioned templates merged with the ledger's amounts, a delivery row in the household's log,
the letter's digest on its step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from borgo_desktop.models.arrears import ArrearsStep, LadderStep as S
from borgo_desktop.models.communication import DeliveryChannel
from borgo_desktop.services.communication import deliveries, templates
from borgo_desktop.services.core import audit
from borgo_desktop.services.ledger import arrears_printing, ladder
from borgo_desktop.services.ledger.letter_templates import LADDER
from arrears_world import charge_months, on

START = date(2026, 11, 25)


@pytest.fixture
def behind(ctx, world):
    charge_months(ctx, "2026-09", "2026-10", "2026-11")
    return world.rossi


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_reminder_is_merged_logged_and_digested(ctx, behind, tmp_path):
    step_id = ladder.take_step(on(ctx, START, "front_desk", "sportello"), behind.id,
                               S.FRIENDLY_REMINDER)
    path = arrears_printing.print_step_letter(on(ctx, START), step_id, tmp_path / "r.pdf")
    text = _text(path)
    assert "Promemoria di pagamento" in text and behind.code in text
    assert f"entro il {(START + timedelta(days=15)):%d/%m/%Y}" in text
    assert "€" in text and "Canone" in text  # the open charges, one a line
    total, sent = deliveries.household_deliveries(ctx, behind.id)
    assert total == 1 and sent[0].template_code == "MOROSITA-PROMEMORIA"
    assert sent[0].channel == DeliveryChannel.LETTERBOX and sent[0].version == 1
    with ctx.store.read() as session:
        assert session.get(ArrearsStep, step_id).letter_sha256 == audit.file_digest(path)


def test_the_office_edits_the_ladder_template_and_the_next_letter_uses_it(ctx, behind,
                                                                         tmp_path):
    step_id = ladder.take_step(on(ctx, START, "front_desk", "sportello"), behind.id,
                               S.FRIENDLY_REMINDER)
    arrears_printing.print_step_letter(on(ctx, START), step_id, tmp_path / "1.pdf")
    own = LADDER[S.FRIENDLY_REMINDER]
    edited = templates.TemplateInput(
        own.code, own.name, own.kind, own.purpose,
        {"it": templates.Text("Sollecito gentile",
                              own.texts["it"].body + "\n\nTelefonare al {ufficio.telefono}.")})
    assert templates.save_template(ctx, edited).version == 2
    path = arrears_printing.print_step_letter(on(ctx, START), step_id, tmp_path / "2.pdf")
    assert "Sollecito gentile" in _text(path)
    _total, sent = deliveries.household_deliveries(ctx, behind.id)
    assert sorted(d.version for d in sent) == [1, 2]  # each letter keeps its version


def test_a_formal_notice_goes_by_registered_mail(ctx, behind, tmp_path):
    ladder.take_step(on(ctx, START, "front_desk", "sportello"), behind.id, S.FRIENDLY_REMINDER)
    day = START + timedelta(days=16)
    step_id = ladder.take_step(on(ctx, day), behind.id, S.FORMAL_NOTICE)
    path = arrears_printing.print_step_letter(on(ctx, day), step_id, tmp_path / "d.pdf")
    assert "diffidiamo" in _text(path)
    _total, sent = deliveries.household_deliveries(ctx, behind.id)
    assert sent[0].template_code == "MOROSITA-DIFFIDA"
    assert sent[0].channel == DeliveryChannel.REGISTERED
