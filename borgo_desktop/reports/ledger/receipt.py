"""The receipt of a payment taken at the desk (ricevuta): numbered, the amount in figures and
in words, how it was paid, which charges it paid, what is left to pay. Fed with plain values
(reports sit below services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.reports.common import ACCENT, STYLES, document, escape, table_style
from borgo_desktop.reports.ledger.words import amount_words


@dataclass(frozen=True)
class ReceiptData:
    number: str
    received_on: date
    amount_cents: int
    method: str  # the PaymentMethod value: cash, pos, transfer, postal, pagopa
    payer: str  # who handed the money over
    household_code: str
    reference_name: str
    address: str
    paid_rows: tuple[tuple[date, str, int], ...]  # (due date, charge, part paid by this payment)
    credit_cents: int  # not needed by any open charge: kept as credit
    balance_cents: int  # the household's balance on the printing day (> 0: still owed)
    printed_on: date
    operator: str
    reversed_cents: int = 0  # reversed since (storno), if any
    note: str = ""


METHOD_PHRASES = {"cash": "in contanti", "pos": "con carta di pagamento (POS)",
                  "transfer": "con bonifico bancario", "postal": "con bollettino postale",
                  "pagopa": "con avviso pagoPA"}


def _big(text: str) -> Paragraph:
    style = STYLES["title"].clone("amount", fontSize=20, leading=24, alignment=2)
    return Paragraph(text, style)


def render_receipt(path: Path, data: ReceiptData, *, office_name: str,
                   office_address: str) -> Path:
    doc = document(path, office_name)
    story: list = [Paragraph(escape(f"{office_name}\n{office_address}").replace("\n", "<br/>"),
                             STYLES["subtitle"])]
    head = Table([[Paragraph(f"Ricevuta di pagamento n. <b>{escape(data.number)}</b>",
                             STYLES["title"]), _big(escape(fmt_money(data.amount_cents)))]],
                 colWidths=[115 * mm, 65 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT)]))
    story += [head, Spacer(1, 4 * mm)]
    payer = data.payer or data.reference_name or "l'intestatario"
    story.append(Paragraph(
        f"Milano, {fmt_date(data.received_on)}. L'ufficio di borgo dichiara di aver ricevuto da "
        f"<b>{escape(payer)}</b>, per il nucleo <b>{escape(data.household_code)}</b>"
        + (f" ({escape(data.reference_name)})" if data.reference_name
           and data.reference_name != payer else "")
        + f", la somma di <b>{escape(fmt_money(data.amount_cents))}</b> "
        f"(<i>{escape(amount_words(data.amount_cents))}</i>) "
        f"{escape(METHOD_PHRASES.get(data.method, data.method))}, a titolo di canone e spese "
        "dell'alloggio.", STYLES["body"]))
    if data.address:
        story.append(Paragraph(f"Alloggio: {escape(data.address.replace(' · ', ', '))}",
                               STYLES["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Il pagamento copre", STYLES["heading"]))
    rows = [["Scadenza", "Voce", "Pagato"]] + [
        [fmt_date(on), Paragraph(escape(what or "—"), STYLES["cell"]), fmt_money(cents)]
        for on, what, cents in data.paid_rows]
    if data.credit_cents > 0:
        rows.append(["", Paragraph("A credito del nucleo, per le prossime scadenze",
                                   STYLES["cell"]), fmt_money(data.credit_cents)])
    rows.append(["", Paragraph("<b>Totale</b>", STYLES["cell"]), fmt_money(data.amount_cents)])
    table = Table(rows, repeatRows=1, colWidths=[28 * mm, 117 * mm, 35 * mm])
    style = table_style()
    style.add("ALIGN", (2, 0), (2, -1), "RIGHT")
    style.add("FONTNAME", (2, -1), (2, -1), "Helvetica-Bold")
    table.setStyle(style)
    story += [table, Spacer(1, 4 * mm)]
    if data.balance_cents > 0:
        situation = (f"Al {fmt_date(data.printed_on)} restano da pagare "
                     f"<b>{escape(fmt_money(data.balance_cents))}</b>.")
    elif data.balance_cents < 0:
        situation = (f"Al {fmt_date(data.printed_on)} il nucleo ha un credito di "
                     f"<b>{escape(fmt_money(-data.balance_cents))}</b>.")
    else:
        situation = f"Al {fmt_date(data.printed_on)} il nucleo è in regola con i pagamenti."
    story.append(Paragraph(situation, STYLES["body"]))
    if data.reversed_cents:
        story += [Spacer(1, 2 * mm), Paragraph(
            f"<font color='#a33'><b>Attenzione:</b> di questo pagamento sono stati stornati "
            f"{escape(fmt_money(data.reversed_cents))}.</font>", STYLES["body"])]
    if data.note:
        story += [Spacer(1, 2 * mm), Paragraph(f"Nota: {escape(data.note)}", STYLES["body"])]
    signature = Table([[Paragraph("Per l'ufficio di borgo<br/>" + escape(data.operator)
                                  + "<br/><br/><br/>______________________________",
                                  STYLES["body"]),
                        Paragraph("Conservi questa ricevuta: è la prova del pagamento. Per "
                                  "domande sul conto del nucleo si rivolga allo sportello "
                                  "indicando il numero della ricevuta.", STYLES["cell"])]],
                      colWidths=[90 * mm, 90 * mm])
    signature.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TEXTCOLOR", (1, 0), (1, 0), colors.grey)]))
    story += [Spacer(1, 10 * mm), KeepTogether(signature)]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
