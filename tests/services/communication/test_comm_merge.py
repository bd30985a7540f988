"""Mail merge: every field, a missing field stops the batch, targets, versions, cancel."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from borgo_desktop.models.communication import Delivery, DeliveryChannel, Mailing
from borgo_desktop.services.core import audit
from borgo_desktop.services.communication import merge, templates
from borgo_desktop.services.communication.fields import FIELDS
from borgo_desktop.services.communication.merge import BatchRequest, MissingFields, run_batch
from borgo_desktop.services.communication.templates import TemplateInput, Text
from borgo_desktop.models.communication import TemplateKind, TemplatePurpose

from helpers.comm_world import LETTER_IT, invitation, water_notice
from helpers.support import as_admin


def _pages(path):
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_merge_with_every_field(ctx, borgo, tmp_path):
    body = "\n".join(f"{f.code}=[{{{f.code}}}]" for f in FIELDS)
    templates.save_template(ctx, TemplateInput("TUTTI", "Tutti i campi", TemplateKind.LETTER,
                                               TemplatePurpose.LEDGER, {"it": Text("Prova", body)}))
    extra = {"data.evento": "martedì 1/12/2026", "ora.evento": "dalle 9 alle 13",
             "luogo.evento": "Sala comune", "avviso.titolo": "Acqua sospesa",
             "avviso.testo": "Lavori alla colonna"}
    own = {"importo.dovuto": "1.234,50 €", "importo.rata": "95,00 €",
           "importo.voci": "01/10/2026 Canone 450,00 €",
           "data.scadenza": "31/12/2026", "pratica.riferimento": "MOR-2026-0007"}
    mailing = run_batch(ctx, BatchRequest("TUTTI", f"household:{borgo.colombo.code}",
                                          extra=extra, per_household={borgo.colombo.id: own}),
                        tmp_path / "tutti.pdf")
    text = _pages(mailing.path)[0]
    expected = {
        "nucleo.codice": borgo.colombo.code, "intestatario.nome": "Giulia",
        "intestatario.cognome": "Colombo", "intestatario.nome_completo": "Giulia Colombo",
        "alloggio.codice": "DL51-A-1", "alloggio.interno": "1", "alloggio.piano": "1",
        "indirizzo.completo": "Via De Lemene 51, scala A, interno 1, 20151 Milano",
        "edificio.nome": "Cascina 51", "edificio.indirizzo": "Via De Lemene 51, 20151 Milano",
        "scala": "A", "data.oggi": "25/11/2026", "ufficio.nome": "Ufficio di borgo - Abitare in borgo",
        "ufficio.indirizzo": "Via De Lemene 55, 20151 Milano",
        "ufficio.orari": "lunedì, mercoledì e venerdì 9-13; martedì e giovedì 14-18",
        "ufficio.telefono": "02 8845 0000", "ufficio.email": "ufficio@abitareinborgo.example.it",
        **extra, **own,
    }
    assert set(expected) == {f.code for f in FIELDS}
    flat = " ".join(text.split())
    for code, value in expected.items():
        assert f"{code}=[{value}]" in flat, code
    assert (mailing.recipients, mailing.pages) == (1, 1)


def test_a_missing_field_stops_the_batch_and_names_the_households(ctx, borgo, tmp_path):
    invitation(ctx)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "invito.pdf"
    codes = ",".join(h.code for h in (borgo.colombo, borgo.nobody))
    with pytest.raises(MissingFields) as refused:
        run_batch(ctx, BatchRequest("INVITO", f"households:{codes}"), out)
    assert refused.value.missing == {borgo.nobody.code: ("alloggio.codice", "indirizzo.completo")}
    assert borgo.nobody.code in refused.value.text and borgo.colombo.code not in refused.value.text
    assert "nessuna lettera è stata stampata" in refused.value.text
    assert not out.exists() and not list(out.parent.iterdir())  # nothing printed, no stray file
    with ctx.store.read() as session:
        assert session.scalars(select(Mailing)).all() == []


def test_a_batch_wide_field_must_be_given(ctx, borgo, tmp_path):
    water_notice(ctx)
    with pytest.raises(merge.UserError) as refused:
        run_batch(ctx, BatchRequest("ACQUA", "staircase:DL51-A"), tmp_path / "a.pdf")
    assert "data dell'evento" in refused.value.text


def test_a_staircase_notice_is_one_sheet_posted_for_every_household(ctx, borgo, tmp_path):
    water_notice(ctx)
    mailing = run_batch(ctx, BatchRequest("ACQUA", "staircase:DL51-A", extra={
        "data.evento": "martedì 1/12/2026", "ora.evento": "dalle 9 alle 13"}),
                        tmp_path / "acqua.pdf")
    assert (mailing.recipients, mailing.pages, mailing.target_label) == (
        2, 1, "scala A di Cascina 51")
    text = " ".join(_pages(mailing.path)[0].split())
    assert "Acqua sospesa martedì 1/12/2026" in text and "scala A di Cascina 51" in text
    assert "Colombo" not in text and "Haddad" not in text
    with ctx.store.read() as session:
        rows = session.execute(select(Delivery.household_id, Delivery.channel, Delivery.sent_on,
                                      Delivery.first_page)).all()
    assert {r[0] for r in rows} == {borgo.colombo.id, borgo.haddad.id}
    assert {tuple(r[1:]) for r in rows} == {(DeliveryChannel.BOARD, date(2026, 11, 25), 1)}


def test_a_public_notice_that_names_a_resident_is_refused(ctx, borgo, tmp_path):
    templates.save_template(ctx, TemplateInput(
        "GUASTO", "Guasto", TemplateKind.NOTICE_BUILDING, texts={
            "it": Text("Ascensore fermo", "Il guasto è stato segnalato dalla signora Haddad.")}))
    with pytest.raises(merge.UserError) as refused:
        run_batch(ctx, BatchRequest("GUASTO", "building:DL51"), tmp_path / "g.pdf")
    assert "«haddad»" in refused.value.text


def test_each_household_gets_its_language_with_italian_as_fallback(ctx, borgo, tmp_path):
    invitation(ctx)  # Italian, French and Arabic; no Spanish
    mailing = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-A"), tmp_path / "a.pdf")
    both = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-B"), tmp_path / "b.pdf")
    assert mailing.languages == {"it": 1, "ar": 1}
    assert both.languages == {"fr": 1, "it": 1}  # Martin in French, García falls back
    pages = _pages(both.path)
    assert "Invitation à l'assemblée" in pages[0] and "Claire Martin" in pages[0]
    assert "Invito all'assemblea di lunedì" in pages[1] and "Lucia Garcia" in pages[1]


def test_a_letter_sent_keeps_the_version_it_used(ctx, borgo, tmp_path):
    invitation(ctx)
    first = run_batch(ctx, BatchRequest("INVITO", f"household:{borgo.colombo.code}"),
                      tmp_path / "v1.pdf")
    invitation(ctx, it=Text("Assemblea spostata", LETTER_IT.body))
    second = run_batch(ctx, BatchRequest("INVITO", f"household:{borgo.colombo.code}"),
                       tmp_path / "v2.pdf")
    assert (first.version, second.version) == (1, 2)
    with ctx.store.read() as session:
        kept = merge.templates.load_version(
            session, session.get(Mailing, first.id).version_id)
    assert kept.version == 1 and kept.text("it").title == "Invito all'assemblea di lunedì"
    assert first.code != second.code


def test_targets_all_group_and_event(ctx, borgo, tmp_path):
    from borgo_desktop.services.community import community

    invitation(ctx)
    every = run_batch(ctx, BatchRequest("INVITO", "all"), tmp_path / "all.pdf")
    assert every.recipients == 4  # the household without a unit is not resident yet
    assert [r for r in every.languages.values()] and every.pages == 4
    with pytest.raises(merge.UserError):
        run_batch(ctx, BatchRequest("INVITO", "group:Nessuno"), tmp_path / "g.pdf")
    with pytest.raises(merge.UserError):
        run_batch(ctx, BatchRequest("INVITO", "martians"), tmp_path / "m.pdf")
    assert community  # group and event targets are resolved through the community tables


def test_progress_and_cancel_leave_nothing_behind(ctx, borgo, tmp_path, monkeypatch):
    invitation(ctx)
    monkeypatch.setattr(merge, "PROGRESS_EVERY", 1)
    seen = []
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    run_batch(ctx, BatchRequest("INVITO", "all"), tmp_path / "ok.pdf",
              progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    calls = iter([False, False, True])
    with pytest.raises(merge.Cancelled):
        run_batch(ctx, BatchRequest("INVITO", "all"), tmp_path / "stop.pdf",
                  cancelled=lambda: next(calls, True))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]
    with ctx.store.read() as session:
        assert len(session.scalars(select(Mailing)).all()) == 1


def test_large_print_and_labels(ctx, borgo, tmp_path):
    invitation(ctx)
    mailing = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-A", large_print=True,
                                          labels=tmp_path / "etichette.pdf"), tmp_path / "g.pdf")
    assert mailing.pages >= 2
    labels = _pages(tmp_path / "etichette.pdf")[0]
    assert "Giulia Colombo" in labels and "Via De Lemene 51, scala A, int. 1" in labels


def test_the_batch_is_audited_with_the_file_hash(ctx, borgo, tmp_path):
    invitation(ctx)
    mailing = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-A"), tmp_path / "a.pdf")
    entry = audit.list_entries(as_admin(ctx), limit=1)[0]
    assert entry.action == "mailing.print"
    assert mailing.code in entry.detail and audit.file_digest(mailing.path) in entry.detail
    assert "Colombo" not in entry.detail


def test_render_for_household_takes_the_callers_amounts(ctx, borgo, tmp_path):
    templates.save_template(ctx, TemplateInput(
        "SOLLECITO", "Sollecito", TemplateKind.LETTER, TemplatePurpose.LEDGER,
        {"it": Text("Promemoria di pagamento",
                    "Gentile {intestatario.nome_completo}, risultano da pagare "
                    "{importo.dovuto} entro il {data.scadenza}.")}))
    mailing = merge.render_for_household(
        ctx, "SOLLECITO", borgo.colombo.id, tmp_path / "s.pdf",
        {"importo.dovuto": "312,40 €", "data.scadenza": "15/12/2026"})
    text = " ".join(_pages(mailing.path)[0].split())
    assert "risultano da pagare 312,40 € entro il 15/12/2026" in text
    with pytest.raises(MissingFields):
        merge.render_for_household(ctx, "SOLLECITO", borgo.colombo.id, tmp_path / "t.pdf", {})


def test_preview_uses_the_example_values(ctx, tmp_path):
    data = TemplateInput("BOZZA", "Bozza", TemplateKind.LETTER,
                         texts={"it": Text("Titolo", "Gentile {intestatario.nome_completo},")})
    path = merge.preview(ctx, data, "it", tmp_path / "p.pdf")
    assert "Gentile Giulia Colombo," in _pages(path)[0]


def test_accented_italian_and_arabic_survive_in_the_pdf_text(ctx, borgo, tmp_path):
    invitation(ctx)
    mailing = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-A"), tmp_path / "a.pdf")
    italian, arabic = _pages(mailing.path)
    assert "parleremo di perché la città è già più bella" in " ".join(italian.split())
    logical = unicodedata.normalize("NFKC", arabic)  # joined forms back to letters
    assert "دعوة إلى اجتماع السكان" in logical
    assert "ندعوكم إلى اجتماع السكان في القاعة" in " ".join(logical.split())
    assert "Fatima Haddad" in arabic
