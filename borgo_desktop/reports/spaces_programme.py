"""The weekly programme of a space, for its door: A4 or A3 landscape, one column per day.

Residents booking for themselves are not named on a notice in the stairwell: only the
reason is shown; groups, associations and the office are named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from borgo_desktop.reports.common import ACCENT, STYLES, document
from borgo_desktop.reports.common import escape

PAPERS = {"A4": A4, "A3": A3}
DAYS = ("Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica")


@dataclass(frozen=True)
class ProgrammeEntry:
    day: date
    start: str  # "16:30"
    end: str
    title: str
    who: str  # '' when not to be shown
    pending: bool = False


@dataclass(frozen=True)
class ProgrammeSpace:
    name: str
    hours: tuple[str, ...]  # one line per day, Monday first
    rules: str
    key_holder: str


def render_programme(path: Path, *, office_name: str, space: ProgrammeSpace, monday: date,
                     entries: list[ProgrammeEntry], paper: str = "A4") -> Path:
    scale = 1.0 if paper == "A4" else 1.41  # A3 is A4 enlarged: same layout, bigger type
    doc = document(path, office_name, wide=True, paper=PAPERS[paper])
    title = ParagraphStyle("ptitle", parent=STYLES["title"], fontSize=22 * scale,
                           leading=26 * scale)
    sub = ParagraphStyle("psub", parent=STYLES["body"], fontSize=11 * scale, leading=14 * scale)
    head = ParagraphStyle("phead", parent=STYLES["cell"], fontSize=11 * scale,
                          leading=13 * scale, textColor=colors.white, fontName="Helvetica-Bold")
    cell = ParagraphStyle("pcell", parent=STYLES["cell"], fontSize=10 * scale,
                          leading=12.5 * scale, spaceAfter=5 * scale)
    small = ParagraphStyle("psmall", parent=cell, fontSize=8 * scale, leading=10 * scale,
                           textColor=colors.HexColor("#555555"))
    sunday = monday + timedelta(days=6)
    header, body = [], []
    for offset, day_name in enumerate(DAYS):
        day = monday + timedelta(days=offset)
        header.append(Paragraph(f"{day_name} {day:%d/%m}", head))
        lines = [Paragraph(f"<i>{escape(space.hours[offset])}</i>", small)]
        todays = [e for e in entries if e.day == day]
        for entry in todays:
            text = f"<b>{entry.start}–{entry.end}</b><br/>{escape(entry.title)}"
            if entry.who:
                text += f"<br/><font size={8 * scale}>{escape(entry.who)}</font>"
            if entry.pending:
                text += f"<br/><font size={8 * scale} color='#8a5a00'>da confermare</font>"
            lines.append(Paragraph(text, cell))
        if not todays and space.hours[offset] != "Chiuso":
            lines.append(Paragraph("Libero", small))
        body.append(lines)
    table = Table([header, body], colWidths=[doc.width / 7] * 7,
                  rowHeights=[None, doc.height - 70 * scale - 60])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9fb4b4")),
        ("BACKGROUND", (5, 1), (6, 1), colors.HexColor("#f4f7f7")),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * scale),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * scale),
    ]))
    notes = []
    if space.key_holder:
        notes.append(f"Chiavi: {space.key_holder}.")
    if space.rules:
        notes.append(f"Regole dello spazio: {space.rules}")
    notes.append("Per prenotare rivolgersi all'ufficio di borgo.")
    story = [Paragraph(f"Programma della settimana – {escape(space.name)}", title),
             Paragraph(f"Da lunedì {monday:%d/%m/%Y} a domenica {sunday:%d/%m/%Y}", sub),
             Spacer(0, 4 * scale), table, Spacer(0, 4 * scale),
             Paragraph(escape(" ".join(notes)), sub)]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
