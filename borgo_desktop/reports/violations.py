"""Letters about a house-rule violation: the written warning (richiamo scritto) and the
formal notice with its deadline (diffida). Fed with the frozen ViolationDetail (duck-typed:
reports sit below services). Both cite the article of the rules version the household had
acknowledged, recall the earlier steps and offer the office's help before any sanction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from borgo_desktop.formatting import fmt_date
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape as _escape

SUBJECTS = {
    "written_warning": "Richiamo scritto al rispetto del regolamento per la convivenza",
    "formal_notice": "Diffida ad adempiere per violazione del regolamento per la convivenza",
}
EARLIER = {"verbal_warning": "richiamo verbale", "written_warning": "richiamo scritto",
           "verified": "verifica dell'ufficio"}


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(_escape(text).replace("\n", "<br/>"), STYLES[style])


def _recipient(detail) -> Table:
    lines = [f"Alla c.a. di {detail.reference_name or 'intestatario del contratto'}",
             f"Nucleo {detail.household_code}"]
    if detail.address:
        lines += detail.address.split(" · ")
    cell = Paragraph("<br/>".join(_escape(x) for x in lines), STYLES["body"])
    table = Table([["", cell]], colWidths=[95 * mm, 85 * mm])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _signatures(signer: str, household_label: str) -> Table:
    cells = [[Paragraph("Per l'ufficio di borgo<br/>il responsabile<br/><br/><br/>"
                        f"______________________________<br/>{_escape(signer)}", STYLES["body"]),
              Paragraph("Per ricevuta<br/><br/>data ____________<br/><br/>"
                        f"______________________________<br/>{_escape(household_label)}",
                        STYLES["body"])]]
    table = Table(cells, colWidths=[90 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_letter(path: Path, detail, kind: str, *, office_name: str, office_address: str,
                  issued_on: date, deadline: date | None, signer: str) -> Path:
    """``kind``: "written_warning" or "formal_notice" (which needs ``deadline``)."""
    doc = document(path, office_name)
    name = detail.reference_name or "intestatario"
    story = [_p(f"{office_name}\n{office_address}", "subtitle"), _recipient(detail),
             Spacer(1, 8 * mm), _p(f"Milano, {fmt_date(issued_on)}"), Spacer(1, 3 * mm),
             Paragraph(f"<b>Oggetto: {_escape(SUBJECTS[kind])} – pratica {detail.code}</b>",
                       STYLES["body"]),
             Spacer(1, 5 * mm), _p(f"Gentile {name},"), Spacer(1, 2 * mm),
             _p(f"il giorno {fmt_date(detail.occurred_on)} è stato segnalato all'ufficio di "
                f"borgo quanto segue, relativo al Suo nucleo familiare:"),
             Spacer(1, 2 * mm), _p(f"«{detail.description}»"), Spacer(1, 2 * mm)]
    citation = detail.rule_citation()
    if citation:
        acknowledged = (f", di cui il Suo nucleo ha preso visione il "
                        f"{fmt_date(detail.rules_acknowledged_on)}"
                        if detail.rules_acknowledged_on else "")
        story.append(_p(f"Il fatto, verificato dall'ufficio, contrasta con l'{citation}"
                        f"{acknowledged}" + (f": «{detail.rule_text.rstrip('.')}»."
                                             if detail.rule_text else ".")))
    else:
        story.append(_p("Il fatto, verificato dall'ufficio, contrasta con il regolamento per "
                        "la convivenza del borgo e con il contratto di locazione."))
    earlier = [s for s in detail.steps if s.status.value in EARLIER
               and s.status.value != kind]
    if earlier:
        story += [Spacer(1, 3 * mm), _p("Passaggi precedenti:"), _table(
            [["Data", "Passaggio", "Nota"]]
            + [[fmt_date(s.happened_on), EARLIER[s.status.value], _p(s.note or "—", "cell")]
               for s in earlier])]
    story.append(Spacer(1, 3 * mm))
    if kind == "written_warning":
        story += [_p("La invitiamo a rispettare il regolamento, che tutela la convivenza di "
                     "tutte le famiglie del borgo. L'ufficio è a disposizione per un incontro, "
                     "anche con i vicini interessati, per trovare insieme una soluzione "
                     "(mediazione, riparazione di un danno, un impegno per la comunità)."),
                  Spacer(1, 2 * mm),
                  _p("Se il comportamento dovesse ripetersi, l'ufficio potrà inviarLe una "
                     "diffida formale.")]
    else:
        story += [Paragraph(
            "Con la presente La <b>diffidiamo formalmente</b> a cessare il comportamento "
            f"descritto e a rimuoverne le conseguenze <b>entro il {fmt_date(deadline)}</b>.",
            STYLES["body"]), Spacer(1, 2 * mm),
            _p("Decorso inutilmente tale termine, l'ufficio segnalerà la violazione al Comune "
               "di Milano per i provvedimenti previsti dal contratto di locazione e dal "
               "regolamento, che nei casi più gravi possono arrivare alla decadenza "
               "dall'assegnazione dell'alloggio."), Spacer(1, 2 * mm),
            _p("Se la situazione dipende da difficoltà del nucleo, può chiedere un colloquio "
               "con l'assistente sociale del borgo: l'ufficio è disponibile a concordare con "
               "Lei una soluzione prima della scadenza.")]
    story += [Spacer(1, 3 * mm),
              _p("Per qualsiasi chiarimento può rivolgersi all'ufficio di borgo negli orari di "
                 "apertura."), Spacer(1, 3 * mm), _p("Distinti saluti."), Spacer(1, 10 * mm),
              KeepTogether(_signatures(signer, f"{name} (nucleo {detail.household_code})"))]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path


def _table(rows: list[list]) -> Table:
    table = Table(rows, repeatRows=1, colWidths=[25 * mm, 40 * mm, 115 * mm])
    table.setStyle(table_style())
    return table
