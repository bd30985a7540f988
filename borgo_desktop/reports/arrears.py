"""The repayment plan to sign. Fed with plain values and the frozen views (reports sit below
services). The ladder's letters come out of the communication engine
(services/ledger/letter_templates.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape as _escape

def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(_escape(text).replace("\n", "<br/>"), STYLES[style])


def _head(story: list, office_name: str, office_address: str, name: str, code: str,
          address: str, on: date, subject: str) -> None:
    lines = [f"Alla c.a. di {name or 'intestatario del contratto'}", f"Nucleo {code}",
             *([x for x in address.split(" · ") if x] if address else [])]
    recipient = Table([["", Paragraph("<br/>".join(_escape(x) for x in lines), STYLES["body"])]],
                      colWidths=[95 * mm, 85 * mm])
    recipient.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [_p(f"{office_name}\n{office_address}", "subtitle"), recipient, Spacer(1, 8 * mm),
              _p(f"Milano, {fmt_date(on)}"), Spacer(1, 3 * mm),
              Paragraph(f"<b>Oggetto: {_escape(subject)}</b>", STYLES["body"]),
              Spacer(1, 5 * mm), _p(f"Gentile {name or 'intestatario'},"), Spacer(1, 2 * mm)]


def _signatures(left: str, right: str) -> Table:
    cells = [[Paragraph(f"{_escape(left)}<br/><br/><br/>______________________________",
                        STYLES["body"]),
              Paragraph(f"{_escape(right)}<br/><br/><br/>______________________________",
                        STYLES["body"])]]
    table = Table(cells, colWidths=[90 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_plan(path: Path, plan, *, office_name: str, office_address: str, name: str,
                code: str, address: str, monthly_cents: int, grace_days: int,
                signer: str, today: date) -> Path:
    """The plan to sign: the debt acknowledged, the schedule, current rent on top."""
    doc = document(path, office_name)
    story: list = []
    _head(story, office_name, office_address, name, code, address,
          plan.signed_on or today, f"Piano di rientro del debito di {fmt_money(plan.debt_cents)}")
    n = len(plan.instalments)
    story += [_p(
        f"il nucleo {code} riconosce di dovere all'ufficio di borgo la somma di "
        f"{fmt_money(plan.debt_cents)} per canoni e spese non pagati e si impegna a restituirla "
        f"in {n} {'rata mensile' if n == 1 else 'rate mensili'}, come da prospetto. Il canone "
        f"e le spese correnti ({fmt_money(monthly_cents)} al mese) si continuano a pagare alle "
        "loro scadenze, oltre alle rate."), Spacer(1, 3 * mm)]
    data = [["Rata", "Scadenza", "Importo"]] + [
        [str(i.number), fmt_date(i.due_on), fmt_money(i.amount_cents)] for i in plan.instalments]
    data.append(["", "Totale", fmt_money(plan.debt_cents)])
    table = Table(data, repeatRows=1, colWidths=[20 * mm, 40 * mm, 40 * mm])
    style = table_style()
    style.add("ALIGN", (2, 0), (2, -1), "RIGHT")
    style.add("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")
    table.setStyle(style)
    missed = plan.missed_to_default
    story += [table, Spacer(1, 4 * mm), _p(
        f"Una rata si considera non pagata se, {grace_days} giorni dopo la sua scadenza, quanto "
        "versato oltre al canone corrente non la copre. "
        + ("Con una rata non pagata" if missed == 1 else f"Con {missed} rate non pagate")
        + " il piano decade e l'ufficio può riprendere le azioni per il recupero del debito; "
        "il piano può essere rivisto insieme se la situazione del nucleo cambia."),
        Spacer(1, 2 * mm), _p(
        "Finché il piano è rispettato, l'ufficio non intraprende azioni legali per questo "
        "debito.")]
    if plan.note:
        story += [Spacer(1, 2 * mm), _p(f"Note: {plan.note}")]
    story += [Spacer(1, 8 * mm), _p("Milano, ____________________"), Spacer(1, 4 * mm),
              KeepTogether(_signatures(f"Per il nucleo: {name} ({code})",
                                       f"Per l'ufficio di borgo: {signer}"))]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
