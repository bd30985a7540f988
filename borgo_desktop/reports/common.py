"""Shared look of every printed document: letterhead, page numbers, table style."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from borgo_desktop.formatting import ROME

ACCENT = colors.HexColor("#2f5d62")
ZEBRA = colors.HexColor("#eef3f3")

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("title", parent=_base["Heading1"], fontSize=16, textColor=ACCENT,
                            spaceAfter=4),
    "subtitle": ParagraphStyle("subtitle", parent=_base["Normal"], fontSize=9,
                               textColor=colors.grey, spaceAfter=8),
    "heading": ParagraphStyle("heading", parent=_base["Heading2"], fontSize=12,
                              textColor=ACCENT, spaceBefore=10, spaceAfter=4),
    "body": ParagraphStyle("body", parent=_base["Normal"], fontSize=9.5, leading=12,
                           alignment=TA_LEFT),
    "cell": ParagraphStyle("cell", parent=_base["Normal"], fontSize=8.5, leading=10),
}


def table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d3d3")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ])


def document(path: Path, office_name: str, *, wide: bool = False,
             paper: tuple[float, float] = A4) -> SimpleDocTemplate:
    """An A4 (or ``paper``) document, landscape for wide tables, with the office letterhead."""
    printed = datetime.now(ROME).strftime("%d/%m/%Y %H:%M")
    size = landscape(paper) if wide else paper

    decorate = letterhead(size, office_name, f"Stampato il {printed} · documento riservato")
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=22 * mm, bottomMargin=16 * mm)
    doc.decorate = decorate
    return doc


def letterhead(size: tuple[float, float], office_name: str, footer: str):
    """The page decoration: the office's band on top, ``footer`` and the page number below."""
    def decorate(canvas, doc):
        canvas.saveState()
        width, height = size
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(15 * mm, height - 9 * mm, office_name)
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 15 * mm, height - 9 * mm, "Comune di Milano · Abitare in borgo")
        canvas.setFillColor(colors.grey)
        canvas.drawString(15 * mm, 8 * mm, footer)
        canvas.drawRightString(width - 15 * mm, 8 * mm, f"Pagina {doc.page}")
        canvas.restoreState()
    return decorate


def column_widths(total: float, headers: list[str], rows: list[list[str]]) -> list[float]:
    """Share the page width by the typical length of each column (sampled, capped)."""
    sample = rows[:200]
    weights = []
    for index, header in enumerate(headers):
        lengths = [len(row[index]) for row in sample] or [0]
        weights.append(min(max(len(header), sum(lengths) / len(lengths)) + 2, 40))
    scale = total / sum(weights)
    return [w * scale for w in weights]


def escape(text: str) -> str:
    """Text for a ReportLab paragraph: its markup characters as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pairs(rows: list[tuple[str, str]], label_width: float = 42 * mm) -> Table:
    table = Table([[Paragraph(f"<b>{escape(k)}</b>", STYLES["cell"]),
                    Paragraph(escape(v or "—").replace("\n", "<br/>"), STYLES["cell"])]
                   for k, v in rows], colWidths=[label_width, None])
    table.setStyle(table_style(header_rows=0))
    return table
