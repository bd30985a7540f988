"""The PDF summary of the package for the Comune, signed off by the manager who built it.

Byte-identical for the same data: ReportLab's invariant mode (no creation date, a fixed
document id) and no "printed on" line: the submission log says when it was sent.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from borgo_desktop.reports.common import STYLES, escape, letterhead, table_style


@dataclass(frozen=True)
class SummaryData:
    office: str
    period_label: str
    period_code: str
    first: str  # dd/mm/yyyy
    last: str
    operation_code: str
    indicators: tuple[tuple[str, str, str, str], ...]  # code, label (or detail), value, unit
    esf: tuple[tuple[str, str, str, str, str], ...]  # code, label, women, men, total
    participants: int
    approved_by: str
    approver_role: str
    notes: tuple[str, ...] = ()


NUMBER = ParagraphStyle("number", parent=STYLES["cell"], alignment=TA_RIGHT)


def _table(header: list[str], rows, widths, numbers: set[int]) -> Table:
    """``numbers``: the columns of figures, right-aligned so the digits line up."""
    table = Table([header] + [[Paragraph(escape(str(v)), NUMBER if i in numbers else STYLES["cell"])
                               for i, v in enumerate(row)] for row in rows],
                  colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    return table


def write_summary(data: SummaryData) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=22 * mm, bottomMargin=16 * mm, invariant=1,
                            title=f"Rendicontazione {data.period_code}", author=data.office,
                            creator="Borgo Desktop")
    story = [
        Paragraph(f"Rendicontazione al Comune – {escape(data.period_label)}", STYLES["title"]),
        Paragraph(f"Dal {data.first} al {data.last} · operazione {escape(data.operation_code)}",
                  STYLES["subtitle"]),
        Paragraph("Indicatori di progetto", STYLES["heading"]),
        Paragraph("Le celle con meno di tre persone sono indicate «&lt;3».", STYLES["body"]),
        Spacer(1, 2 * mm),
        _table(["Codice", "Indicatore", "Valore", "Unità"], data.indicators,
               [33 * mm, 97 * mm, 28 * mm, 22 * mm], {2}),
        Paragraph("Partecipanti FSE+ (indicatori comuni all'ingresso)", STYLES["heading"]),
        Paragraph(f"Partecipanti con dati completi nel pacchetto: {data.participants}. "
                  "Le celle con meno di tre persone sono indicate «&lt;3».", STYLES["body"]),
        Spacer(1, 3 * mm),
        _table(["Codice", "Indicatore", "Donne", "Uomini", "Totale"], data.esf,
               [16 * mm, 104 * mm, 20 * mm, 20 * mm, 20 * mm], {2, 3, 4}),
        Spacer(1, 3 * mm),
    ]
    for note in data.notes:
        story.append(Paragraph(escape(note), STYLES["body"]))
    story += [
        Spacer(1, 10 * mm),
        Paragraph("Approvazione", STYLES["heading"]),
        Paragraph(f"Approvato da <b>{escape(data.approved_by)}</b> ({escape(data.approver_role)})"
                  ", che ne attesta la corrispondenza ai dati del programma.", STYLES["body"]),
        Spacer(1, 12 * mm),
        Paragraph("Firma ______________________________", STYLES["body"]),
    ]
    decorate = letterhead(A4, data.office, "Rendicontazione al Comune · dati aggregati")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()
