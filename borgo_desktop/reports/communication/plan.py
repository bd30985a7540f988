"""The printed communication plan: a summary of phases by audience, then the actions of each
phase grouped by audience, by date, with their channel, owner, material, status and reach.

Fed with plain values (reports sit below services): services/communication/plan.py turns its
actions into :class:`PlanRow`, with the labels already in Italian.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from borgo_desktop.reports.common import STYLES, document, escape, table_style

STATUS_COLOURS = {"planned": colors.HexColor("#1f5fa8"), "done": colors.HexColor("#2e7d32"),
                  "cancelled": colors.HexColor("#8a8a8a")}
HEADERS = ["Data", "Azione", "Canale", "Referente", "Materiale", "Stato", "Raggiunti",
           "Presenti"]
WIDTHS = [20 * mm, 70 * mm, 32 * mm, 34 * mm, 52 * mm, 22 * mm, 18 * mm, 18 * mm]


@dataclass(frozen=True)
class PlanRow:
    phase: str  # the phase's label, in the order of the phases
    audience: str
    day: date
    title: str
    channel: str
    owner: str
    material: str
    status: str  # "planned", "done", "cancelled"
    status_label: str
    delivered: int
    attended: int
    counted: bool  # reach counted from the delivery log
    notes: str = ""


def _cell(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text or "—").replace("\n", "<br/>"), STYLES[style])


def _summary(rows: list[PlanRow], phases: list[str], audiences: list[str]) -> Table:
    data = [["Fase"] + audiences + ["Totale"]]
    for phase in phases:
        mine = [r for r in rows if r.phase == phase]
        cells = []
        for audience in audiences + [None]:
            chosen = [r for r in mine if audience is None or r.audience == audience]
            done = sum(r.status == "done" for r in chosen)
            cells.append(f"{len(chosen)} ({done} svolte)" if chosen else "—")
        data.append([phase] + cells)
    table = Table(data, repeatRows=1)
    table.setStyle(table_style())
    return table


def _actions_table(rows: list[PlanRow]) -> Table:
    data = [HEADERS]
    for r in rows:
        reach = f"{r.delivered}" + (" (registro)" if r.counted else "")
        title = r.title + (f"\n{r.notes}" if r.notes else "")
        data.append([r.day.strftime("%d/%m/%Y"), _cell(title), _cell(r.channel), _cell(r.owner),
                     _cell(r.material), r.status_label,
                     reach if r.status != "planned" or r.counted else "—",
                     str(r.attended) if r.status == "done" else "—"])
    table = Table(data, colWidths=WIDTHS, repeatRows=1)
    style = table_style()
    for index, r in enumerate(rows, start=1):
        style.add("TEXTCOLOR", (5, index), (5, index), STATUS_COLOURS.get(r.status, colors.black))
    table.setStyle(style)
    return table


def render_plan(path: Path, *, office_name: str, rows: list[PlanRow], phases: list[str],
                audiences: list[str], today: date) -> Path:
    """``phases`` and ``audiences``: every label, in their order (empty ones are skipped in the
    detail, shown as «—» in the summary)."""
    doc = document(path, office_name, wide=True)
    done = [r for r in rows if r.status == "done"]
    story = [Paragraph("Piano di comunicazione", STYLES["title"]),
             Paragraph(escape(
                 f"Situazione al {today:%d/%m/%Y}: {len(rows)} azioni, {len(done)} svolte, "
                 f"{sum(r.status == 'planned' for r in rows)} programmate, "
                 f"{sum(r.status == 'cancelled' for r in rows)} annullate · raggiunti "
                 f"{sum(r.delivered for r in done)}, presenti {sum(r.attended for r in done)}."),
                 STYLES["subtitle"])]
    if not rows:
        story.append(Paragraph("Il piano non ha ancora azioni.", STYLES["body"]))
    else:
        story += [_summary(rows, phases, audiences), Spacer(1, 4 * mm)]
    for phase in phases:
        mine = [r for r in rows if r.phase == phase]
        if not mine:
            continue
        story.append(Paragraph(escape(f"Fase: {phase}"), STYLES["heading"]))
        for audience in audiences:
            group = sorted((r for r in mine if r.audience == audience),
                           key=lambda r: (r.day, r.title))
            if group:
                story.append(KeepTogether([
                    Paragraph(escape(f"{audience} · {len(group)} azioni"), STYLES["body"]),
                    Spacer(1, 1.5 * mm), _actions_table(group), Spacer(1, 3 * mm)]))
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
