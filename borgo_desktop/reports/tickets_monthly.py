"""The monthly maintenance report: volumes, deadline compliance by category and contractor,
costs (only when the reader may see them). Fed with a MonthlyReport view."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from borgo_desktop.formatting import fmt_date, fmt_decimal, fmt_money
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape, pairs

MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre")
HEADERS = ["Aperte", "Risolte", "Nei tempi", "In ritardo", "Rispetto", "Giorni medi"]


def month_name(first_day) -> str:
    return f"{MONTHS[first_day.month - 1]} {first_day.year}"


def _share(part: int, whole: int) -> str:
    return f"{fmt_decimal(100 * part / whole, 1)} %" if whole else "—"


def _compliance_table(first: str, rows, width: float) -> Table:
    data = [[first, *HEADERS]]
    for r in rows:
        data.append([Paragraph(escape(r.label), STYLES["cell"]), str(r.opened), str(r.resolved),
                     str(r.on_time), str(r.late), _share(r.on_time, r.resolved),
                     fmt_decimal(r.average_days, 1) if r.average_days is not None else "—"])
    total = [sum(getattr(r, k) for r in rows) for k in ("opened", "resolved", "on_time", "late")]
    data.append(["Totale", *map(str, total), _share(total[2], total[1]), ""])
    table = Table(data, repeatRows=1, colWidths=[width - 6 * 21 * mm] + [21 * mm] * 6)
    style = table_style()
    style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
    style.add("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")
    for index, r in enumerate(rows, start=1):  # below 80 % on time reads red
        if r.resolved and r.on_time / r.resolved < 0.8:
            style.add("TEXTCOLOR", (5, index), (5, index), "#b3261e")
    table.setStyle(style)
    return table


def render_monthly(path: Path, report, *, office_name: str) -> Path:
    doc = document(path, office_name)
    story = [Paragraph(f"Manutenzione: resoconto di {month_name(report.first_day)}", STYLES["title"]),
             Paragraph(escape(f"Dal {fmt_date(report.first_day)} al {fmt_date(report.last_day)} · "
                               "scadenze dalla tabella dei tempi per priorità e categoria"),
                       STYLES["subtitle"]),
             Paragraph("Il mese in sintesi", STYLES["heading"]),
             pairs([("Segnalazioni aperte nel mese", str(report.opened)),
                    ("Risolte nel mese", f"{report.resolved}, di cui {report.on_time} nei "
                                         f"tempi ({_share(report.on_time, report.resolved)})"
                     if report.resolved else "0"),
                    ("Chiuse nel mese", str(report.closed)),
                    ("Ancora aperte a fine mese", str(report.open_at_end)),
                    ("Di queste, oltre la scadenza", str(report.overdue_at_end))], 60 * mm),
             Paragraph("Rispetto delle scadenze per categoria", STYLES["heading"]),
             _compliance_table("Categoria", report.by_category, doc.width),
             Paragraph("Rispetto delle scadenze per ditta", STYLES["heading"]),
             _compliance_table("Ditta o personale", report.by_contractor, doc.width)]
    if report.costs_visible:
        story += [Paragraph("Costi degli interventi risolti nel mese", STYLES["heading"]),
                  pairs([("A carico della proprietà", fmt_money(report.cost_owner_cents)),
                         ("A carico degli inquilini", fmt_money(report.cost_tenant_cents)),
                         ("A carico dell'autogestione",
                          fmt_money(report.cost_self_management_cents)),
                         ("Non ancora attribuiti", fmt_money(report.cost_unassigned_cents))],
                        60 * mm)]
    story.append(Paragraph(
        "«Nei tempi»: risolta entro la scadenza. «Giorni medi»: dall'apertura alla soluzione. "
        "Le segnalazioni riaperte contano nel mese in cui sono state risolte l'ultima volta.",
        STYLES["subtitle"]))
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
