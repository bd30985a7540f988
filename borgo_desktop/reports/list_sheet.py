"""A printed list: the rows a list page shows, as a landscape table that repeats its header."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Spacer, Table

from borgo_desktop.reports.common import STYLES, document, table_style


def render_list(path: Path, *, office_name: str, title: str, subtitle: str,
                headers: list[str], rows: list[list[str]]) -> Path:
    doc = document(path, office_name, wide=True)
    cell = STYLES["cell"]
    data = [headers] + [[Paragraph(_escape(value), cell) for value in row] for row in rows]
    table = LongTable(data, repeatRows=1, colWidths=_widths(doc.width, headers, rows))
    table.setStyle(table_style())
    story = [Paragraph(_escape(title), STYLES["title"]), Paragraph(_escape(subtitle), STYLES["subtitle"]),
             Spacer(0, 4), table]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path


def _widths(total: float, headers: list[str], rows: list[list[str]]) -> list[float]:
    """Share the page width by the typical length of each column (sampled, capped)."""
    sample = rows[:200]
    weights = []
    for index, header in enumerate(headers):
        lengths = [len(row[index]) for row in sample] or [0]
        weights.append(min(max(len(header), sum(lengths) / len(lengths)) + 2, 40))
    scale = total / sum(weights)
    return [w * scale for w in weights]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pairs(rows: list[tuple[str, str]], label_width: float = 42 * mm) -> Table:
    table = Table([[Paragraph(f"<b>{_escape(k)}</b>", STYLES["cell"]),
                    Paragraph(_escape(v or "—").replace("\n", "<br/>"), STYLES["cell"])]
                   for k, v in rows], colWidths=[label_width, None])
    table.setStyle(table_style(header_rows=0))
    return table
