"""Letters of the reminder ladder (friendly reminder, formal notice, final notice) and the
repayment plan to sign. Fed with plain values and the frozen views (reports sit below
services); the open charges come as (due date, description, open cents) rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape as _escape

SUBJECTS = {
    "friendly_reminder": "Promemoria di pagamento",
    "formal_notice": "Diffida ad adempiere: pagamento dei canoni arretrati",
    "final_notice": "Ultimo avviso prima della trasmissione della pratica al Comune",
}


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


def _open_table(rows: list[tuple[date, str, int]]) -> Table:
    data = [["Scadenza", "Voce", "Da pagare"]] + [
        [fmt_date(d), _p(what or "—", "cell"), fmt_money(left)] for d, what, left in rows]
    table = Table(data, repeatRows=1, colWidths=[28 * mm, 117 * mm, 35 * mm])
    style = table_style()
    style.add("ALIGN", (2, 0), (2, -1), "RIGHT")
    table.setStyle(style)
    return table


def _signatures(left: str, right: str) -> Table:
    cells = [[Paragraph(f"{_escape(left)}<br/><br/><br/>______________________________",
                        STYLES["body"]),
              Paragraph(f"{_escape(right)}<br/><br/><br/>______________________________",
                        STYLES["body"])]]
    table = Table(cells, colWidths=[90 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_ladder_letter(path: Path, kind: str, *, office_name: str, office_address: str,
                         name: str, code: str, address: str, on: date, balance_cents: int,
                         open_rows: list[tuple[date, str, int]], deadline: date | None,
                         signer: str) -> Path:
    doc = document(path, office_name)
    story: list = []
    _head(story, office_name, office_address, name, code, address, on, SUBJECTS[kind])
    owed = fmt_money(balance_cents)
    if kind == "friendly_reminder":
        story += [_p(f"dai conti dell'ufficio di borgo risulta ancora da pagare un importo di "
                     f"{owed}, per le voci qui sotto. Può darsi che si tratti di una "
                     "dimenticanza o che il pagamento sia già in arrivo: in questo caso non "
                     "tenga conto di questa lettera.")]
    elif kind == "formal_notice":
        story += [Paragraph(
            f"nonostante il promemoria inviato, il debito del Suo nucleo verso l'ufficio è di "
            f"<b>{_escape(owed)}</b>. Con la presente La <b>diffidiamo</b> a pagare l'importo "
            f"dovuto, o a concordare con l'ufficio un piano di rientro, <b>entro il "
            f"{fmt_date(deadline)}</b>.", STYLES["body"]), Spacer(1, 2 * mm),
            _p("In mancanza, l'ufficio invierà un ultimo avviso e potrà poi trasmettere la "
               "pratica al Comune di Milano per le azioni previste dal contratto di locazione.")]
    else:
        story += [Paragraph(
            f"il debito del Suo nucleo è di <b>{_escape(owed)}</b> e la diffida inviata non ha "
            f"avuto seguito. Questo è l'<b>ultimo avviso</b>: se entro il <b>{fmt_date(deadline)}"
            "</b> il debito non sarà pagato o non sarà firmato un piano di rientro, la pratica "
            "sarà trasmessa al Comune di Milano per le azioni previste dal contratto di "
            "locazione, compresa l'intimazione di sfratto per morosità.", STYLES["body"])]
    story += [Spacer(1, 3 * mm), _open_table(open_rows), Spacer(1, 3 * mm)]
    if kind == "friendly_reminder" and deadline:
        story.append(_p(f"La preghiamo di provvedere entro il {fmt_date(deadline)}, allo "
                        "sportello o con bonifico indicando il codice del nucleo."))
    story += [Spacer(1, 2 * mm), _p(
        "Se il Suo nucleo sta attraversando un momento di difficoltà, ne parli con l'ufficio o "
        "con l'assistente sociale del borgo: si può concordare un piano di rientro sostenibile "
        "e, se il reddito è calato per la perdita o la riduzione del lavoro, una malattia o un "
        "lutto, chiedere la valutazione di morosità incolpevole, che sospende le azioni legali.")]
    story += [Spacer(1, 3 * mm), _p("Distinti saluti."), Spacer(1, 10 * mm),
              KeepTogether(_signatures(f"Per l'ufficio di borgo\n{signer}".replace("\n", ", "),
                                       f"Per ricevuta: {name} (nucleo {code}), data ______"))]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path


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
