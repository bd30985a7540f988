"""A printed list: the rows a list page shows, as a landscape table that repeats its header."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import LongTable, Paragraph, Spacer

from borgo_desktop.reports.common import STYLES, column_widths, document, escape, table_style


def render_list(path: Path, *, office_name: str, title: str, subtitle: str,
                headers: list[str], rows: list[list[str]]) -> Path:
    doc = document(path, office_name, wide=True)
    cell = STYLES["cell"]
    data = [headers] + [[Paragraph(escape(value), cell) for value in row] for row in rows]
    table = LongTable(data, repeatRows=1, colWidths=column_widths(doc.width, headers, rows))
    table.setStyle(table_style())
    story = [Paragraph(escape(title), STYLES["title"]), Paragraph(escape(subtitle), STYLES["subtitle"]),
             Spacer(0, 4), table]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path


def __getattr__(name: str):  # helpers that lived here before the layout, for one wave
    from borgo_desktop.reports import common

    moved = {"_escape": common.escape, "_widths": common.column_widths, "pairs": common.pairs}
    if name in moved:
        return moved[name]
    raise AttributeError(name)
