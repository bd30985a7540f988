"""The data-subject access report on paper: every section a collector gave, in Italian.

Fed with the report built by services/privacy/access.py (duck-typed: reports sit below
services) and the function that turns a value into text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, Table

from borgo_desktop.formatting import fmt_date
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape, column_widths

COLUMNAR_UP_TO = 7  # sections with few fields print as one table; others one card per row


def _cell(text: str) -> Paragraph:
    return Paragraph(escape(text), STYLES["cell"])


def _card(row: dict, text: Callable[[object], str]) -> Table:
    table = Table([[Paragraph(f"<b>{escape(k)}</b>", STYLES["cell"]), _cell(text(v))]
                   for k, v in row.items()], colWidths=[50 * mm, None])
    table.setStyle(table_style(header_rows=0))
    return table


def _columns(rows: list[dict], width: float, text: Callable[[object], str]) -> LongTable:
    headers = list(rows[0])
    cells = [[text(row.get(k)) for k in headers] for row in rows]
    table = LongTable([headers] + [[_cell(c) for c in row] for row in cells], repeatRows=1,
                      colWidths=column_widths(width, headers, cells))
    table.setStyle(table_style())
    return table


def render_subject_access(path: Path, report, *, office_name: str,
                          text: Callable[[object], str]) -> Path:
    doc = document(path, office_name)
    story = [Paragraph("Dati personali trattati – accesso dell'interessato", STYLES["title"]),
             Paragraph(escape(f"{report.person_name} · codice fiscale {report.tax_code or '—'} "
                               f"· prodotto il {fmt_date(report.produced_on)}"),
                       STYLES["subtitle"]),
             Paragraph("Risposta alla richiesta di accesso (art. 15 del Regolamento UE "
                       "2016/679): sono elencati tutti i dati che l'ufficio conserva sulla "
                       "persona, sezione per sezione.", STYLES["body"])]
    for section, rows in report.sections.items():
        head = [Paragraph(escape(f"{section} ({len(rows)})"), STYLES["heading"])]
        note = getattr(report, "notes", {}).get(section)
        if note:
            head.append(Paragraph(f"<i>{escape(note)}</i>", STYLES["body"]))
        if not rows:
            body = [Paragraph("Nessun dato.", STYLES["body"])]
        elif len(rows[0]) <= COLUMNAR_UP_TO:
            body = [_columns(rows, doc.width, text)]
        else:
            body = [flowable for row in rows
                    for flowable in (_card(row, text), Spacer(0, 3 * mm))]
        # The title and its note never stay alone at the foot of a page; a card neither.
        story += [KeepTogether(head + body[:1]), *(
            KeepTogether(f) if isinstance(f, Table) else f for f in body[1:])]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
