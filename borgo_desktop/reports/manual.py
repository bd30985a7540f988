"""The user manual as a PDF: the help pages the window shows (resources/help, Markdown),
in the order of their index, one chapter each, links between pages kept as links.

    borgo-desktop manual --out manuale.pdf

The Markdown is read by markdown-it-py (CommonMark with tables) and laid out by ReportLab,
so the printed manual and the in-app help never drift apart.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
)

from borgo_desktop import __version__
from borgo_desktop.formatting import fmt_date
from borgo_desktop.reports.common import ACCENT, STYLES, table_style

HELP_DIR = Path(__file__).resolve().parents[1] / "resources" / "help"
INDEX = "indice"
# The standard PDF fonts have no arrows: the manual says them with what they have.
_GLYPHS = str.maketrans({"→": "›", "⇄": "‹›", "↓": "freccia in giù", "≤": "<="})

_STYLES = {
    "h1": ParagraphStyle("manual_h1", parent=STYLES["title"], fontSize=20, leading=24,
                         spaceAfter=10),
    "h2": ParagraphStyle("manual_h2", parent=STYLES["heading"], fontSize=13, leading=16),
    "h3": ParagraphStyle("manual_h3", parent=STYLES["heading"], fontSize=11, leading=14),
    "p": ParagraphStyle("manual_p", parent=STYLES["body"], fontSize=10.5, leading=14,
                        spaceAfter=6),
    "cell": ParagraphStyle("manual_cell", parent=STYLES["cell"], fontSize=9.5, leading=12),
    "cover": ParagraphStyle("manual_cover", parent=STYLES["title"], fontSize=30, leading=36),
}


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def pages(help_dir: Path = HELP_DIR) -> list[str]:
    """The pages in the order the index links them, the index first."""
    order = [INDEX]
    for token in _parser().parse((help_dir / f"{INDEX}.md").read_text(encoding="utf-8")):
        for child in token.children or []:
            href = child.attrGet("href") if child.type == "link_open" else None
            if href and href.endswith(".md") and href[:-3] not in order:
                order.append(href[:-3])
    return order


def _inline(token) -> str:
    """ReportLab paragraph markup of an inline token: bold, italics, code, links."""
    out = []
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            out.append(escape(child.content, quote=False).translate(_GLYPHS))
        elif kind == "code_inline":
            out.append(f'<font face="Courier">{escape(child.content, quote=False)}</font>'
                       .translate(_GLYPHS))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" " if kind == "softbreak" else "<br/>")
        elif kind in ("strong_open", "strong_close"):
            out.append("<b>" if kind.endswith("open") else "</b>")
        elif kind in ("em_open", "em_close"):
            out.append("<i>" if kind.endswith("open") else "</i>")
        elif kind == "link_open":
            href = child.attrGet("href") or ""
            target = f"#{href[:-3]}" if href.endswith(".md") else href
            out.append(f'<a href="{escape(target)}" color="#2f5d62">')
        elif kind == "link_close":
            out.append("</a>")
    return "".join(out)


def chapter(name: str, help_dir: Path = HELP_DIR) -> list:
    """One help page as flowables; its first heading carries the page's anchor."""
    tokens = _parser().parse((help_dir / f"{name}.md").read_text(encoding="utf-8"))
    story: list = []
    lists: list[list] = []  # the items of the lists being read, innermost last
    table: list[list[str]] | None = None
    anchored = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind == "heading_open":
            text = _inline(tokens[i + 1])
            if not anchored:
                text, anchored = f'<a name="{name}"/>{text}', True
            story.append(Paragraph(text, _STYLES.get(token.tag, _STYLES["h3"])))
            i += 2
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append([])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            items = lists.pop()
            ordered = kind.startswith("ordered")
            flowable = ListFlowable(items, bulletType="1" if ordered else "bullet",
                                    start="1" if ordered else None, leftIndent=14,
                                    bulletFontSize=8 if not ordered else 10)
            (lists[-1] if lists else story).append(flowable)
        elif kind == "inline" and table is not None:
            table[-1].append(_inline(token))
        elif kind == "inline":
            paragraph = Paragraph(_inline(token), _STYLES["p"])
            if lists:
                lists[-1].append(ListItem(paragraph))
            else:
                story.append(paragraph)
        elif kind == "table_open":
            table = []
        elif kind == "tr_open" and table is not None:
            table.append([])
        elif kind == "table_close" and table is not None:
            cells = [[Paragraph(cell, _STYLES["cell"]) for cell in row] for row in table]
            story += [Table(cells, colWidths=[45 * mm, None], style=table_style(),
                            hAlign="LEFT"), Spacer(1, 6)]
            table = None
        elif kind in ("fence", "code_block"):
            story.append(Paragraph(f'<font face="Courier">{escape(token.content)}</font>',
                                   _STYLES["p"]))
        i += 1
    return story


def write_manual(path: Path, help_dir: Path = HELP_DIR, today: date | None = None) -> Path:
    """The whole manual to ``path`` (A4), a cover, then one chapter a page."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    printed = fmt_date(today or date.today())

    def decorate(canvas, doc):
        canvas.saveState()
        width, _height = A4
        canvas.setFillColor(colors.grey)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(15 * mm, 8 * mm, f"Borgo Desktop {__version__} · Manuale d'uso")
        canvas.drawRightString(width - 15 * mm, 8 * mm, f"Pagina {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm,
                            title="Borgo Desktop – Manuale d'uso", author="Abitare in borgo",
                            subject="Guida per l'ufficio di borgo")
    story: list = [Spacer(1, 60 * mm), Paragraph("Borgo Desktop", _STYLES["cover"]),
                   Paragraph("Manuale d'uso", _STYLES["h1"]),
                   Paragraph(escape(f"Versione {__version__} · {printed}"), STYLES["subtitle"]),
                   Paragraph("Ufficio di borgo «Abitare in borgo» – Comune di Milano, Cascina "
                             "Boldinasco, via De Lemene 51/55/59", _STYLES["p"])]
    for name in pages(help_dir):
        story += [PageBreak(), *chapter(name, help_dir)]
    story[1].style.textColor = ACCENT
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path
