"""Printed sheets of community life: the rota of a self-managed service, the leaflet of the
neighbourhood's services for new residents."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape


def render_rota(path: Path, *, office_name: str, title: str, subtitle: str, description: str,
                rows: list[tuple[str, str, str, str]]) -> Path:
    """The office's copy: rows of (day, household, reference person, status). The board's
    copy, naming nobody, is a notice of the communication engine."""
    doc = document(path, office_name)
    cell = STYLES["cell"]
    data = [["Giorno", "Nucleo", "Referente", "Fatto"]] + [
        [Paragraph(escape(v), cell) for v in row] for row in rows]
    widths = (0.25, 0.15, 0.4, 0.2)
    table = Table(data, repeatRows=1, colWidths=[doc.width * w for w in widths])
    table.setStyle(table_style())
    story = [Paragraph(escape(title), STYLES["title"]), Paragraph(escape(subtitle),
                                                                  STYLES["subtitle"])]
    if description:
        story += [Paragraph(escape(description), STYLES["body"]), Spacer(0, 6)]
    story += [table, Spacer(0, 8), Paragraph(
        "Chi non può fare il proprio turno si accordi con un altro nucleo e avvisi "
        "l'ufficio di borgo.", STYLES["body"])]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path


def render_leaflet(path: Path, *, office_name: str, sections: list[tuple[str, list[dict]]]) -> Path:
    """sections: (kind label, services as dicts with name, address, phone, email, website,
    hours, notes)."""
    doc = document(path, office_name)
    story = [Paragraph("Benvenuti nel borgo: i servizi del quartiere", STYLES["title"]),
             Paragraph("Uffici, scuole, salute, lavoro e associazioni vicino a casa. Per "
                       "qualsiasi dubbio l'ufficio di borgo è a disposizione.",
                       STYLES["subtitle"])]
    for label, services in sections:
        story.append(Paragraph(escape(label), STYLES["heading"]))
        for service in services:
            lines = [f"<b>{escape(service['name'])}</b>"]
            for key, prefix in (("address", ""), ("phone", "Tel. "), ("email", ""),
                                ("website", ""), ("hours", "Orari: "), ("notes", "")):
                if service.get(key):
                    lines.append(prefix + escape(service[key]))
            story.append(KeepTogether([Paragraph("<br/>".join(lines), STYLES["body"]),
                                       Spacer(0, 5)]))
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
