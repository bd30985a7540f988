"""The statement of account (estratto conto) of a household: what was charged and paid in a
period with the running balance, the ageing of what is still owed and the months of rent it
makes. Fed with plain values: the entries as (day, kind, description, debit, credit,
running balance)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.reports.common import STYLES, document, escape, pairs, table_style

AGEING_TITLES = ("Non scaduto", "Da 0 a 30 giorni", "Da 31 a 60 giorni",
                 "Da 61 a 90 giorni", "Oltre 90 giorni")


@dataclass(frozen=True)
class StatementData:
    household_code: str
    reference_name: str
    address: str
    since: date | None
    until: date
    opening_cents: int
    entries: tuple[tuple[date, str, str, int, int, int], ...]
    balance_cents: int  # on ``until``
    ageing_cents: tuple[int, int, int, int, int]  # not due, 0-30, 31-60, 61-90, over 90
    months_owed: float
    monthly_cents: int
    open_since: date | None
    accounts: tuple[str, ...]  # the office's bank accounts, for paying by transfer


def render_statement(path: Path, data: StatementData, *, office_name: str,
                     office_address: str) -> Path:
    doc = document(path, office_name)
    period = (f"dal {fmt_date(data.since)} al {fmt_date(data.until)}" if data.since
              else f"fino al {fmt_date(data.until)}")
    story: list = [
        Paragraph(escape(f"{office_name} · {office_address}"), STYLES["subtitle"]),
        Paragraph(f"Estratto conto del nucleo {escape(data.household_code)}", STYLES["title"]),
        Paragraph(escape(f"{data.reference_name} · {data.address}" if data.address
                         else data.reference_name) + f" · movimenti {escape(period)}",
                  STYLES["body"]), Spacer(1, 3 * mm)]
    owed = data.balance_cents
    months = f"{data.months_owed:.1f}".replace(".", ",")
    summary = [("Saldo", fmt_money(owed) + (" da pagare" if owed > 0 else
                                            " a credito" if owed < 0 else " (in regola)")),
               ("Canone e spese mensili", fmt_money(data.monthly_cents))]
    if owed > 0:
        summary += [("Mensilità dovute", months),
                    ("Da pagare dal", fmt_date(data.open_since) or "—")]
    story += [pairs(summary), Spacer(1, 2 * mm)]

    if any(data.ageing_cents):
        story.append(Paragraph("Anzianità del debito", STYLES["heading"]))
        ageing = Table([list(AGEING_TITLES) + ["Totale"],
                        [fmt_money(c) for c in data.ageing_cents]
                        + [fmt_money(sum(data.ageing_cents))]],
                       colWidths=[30 * mm] * 6)
        style = table_style()
        style.add("ALIGN", (0, 1), (-1, 1), "RIGHT")
        style.add("FONTNAME", (-1, 1), (-1, 1), "Helvetica-Bold")
        ageing.setStyle(style)
        story.append(ageing)

    story.append(Paragraph("Movimenti", STYLES["heading"]))
    rows = [["Data", "Movimento", "Descrizione", "Addebito", "Pagamento", "Saldo"]]
    if data.since:
        rows.append([fmt_date(data.since), "Saldo iniziale", "", "", "",
                     fmt_money(data.opening_cents)])
    for on, kind, what, debit, credit, running in data.entries:
        rows.append([fmt_date(on), Paragraph(escape(kind), STYLES["cell"]),
                     Paragraph(escape(what), STYLES["cell"]),
                     fmt_money(debit) if debit else "", fmt_money(credit) if credit else "",
                     fmt_money(running)])
    debits = sum(e[3] for e in data.entries)
    credits = sum(e[4] for e in data.entries)
    rows.append(["", "Totali", "", fmt_money(debits), fmt_money(credits), fmt_money(owed)])
    table = Table(rows, repeatRows=1,
                  colWidths=[20 * mm, 26 * mm, 64 * mm, 23 * mm, 23 * mm, 24 * mm])
    style = table_style()
    style.add("ALIGN", (3, 0), (5, -1), "RIGHT")
    style.add("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")
    table.setStyle(style)
    story += [table, Spacer(1, 5 * mm)]
    if not data.entries:
        story.append(Paragraph("Nessun movimento nel periodo.", STYLES["body"]))
    how = ("Si può pagare allo sportello (contanti, POS) o con bonifico"
           + (f" sul conto {', '.join(data.accounts)}" if data.accounts else "")
           + f", indicando nella causale il codice del nucleo {data.household_code}.")
    story.append(Paragraph(escape(how), STYLES["body"]))
    if owed > 0:
        story += [Spacer(1, 2 * mm), Paragraph(escape(
            "Se il nucleo ha difficoltà a pagare, ne parli con l'ufficio o con l'assistente "
            "sociale del borgo: si può concordare un piano di rientro sostenibile."),
            STYLES["body"])]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
