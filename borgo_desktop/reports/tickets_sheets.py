"""Two documents of a ticket: the work order for the contractor and the notice for the
tenants of a building or staircase.

Fed with frozen views (duck-typed: reports sit below services). The notice is meant for a
board or a door: the service checks its text names no tenant and no flat before it gets
here, and this template has no field that could carry one.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from borgo_desktop.formatting import fmt_date, fmt_instant
from borgo_desktop.reports.common import ACCENT, STYLES, document
from borgo_desktop.reports.common import escape, pairs


def render_work_order(path: Path, ticket, appointments, *, office_name: str, office_address: str,
                      contractor, today: date) -> Path:
    """``ticket`` a TicketView, ``contractor`` a ContractorView or None (in-house staff)."""
    doc = document(path, office_name)
    where = [ticket.building_name, ticket.building_address]
    if ticket.unit_code:
        where.append(f"alloggio {ticket.unit_code}, scala {ticket.staircase}, piano {ticket.floor}")
    elif ticket.common_space_name:
        where.append(f"spazio comune «{ticket.common_space_name}»")
    if ticket.system:
        where.append(ticket.system)
    if contractor is not None:
        to = [("Ditta", contractor.name), ("Referente", contractor.contact_person),
              ("Telefono", contractor.phone), ("E-mail", contractor.email),
              ("Contratto", contractor.contract_ref)]
    else:
        to = [("Tecnico interno", ticket.assignee_name)]
    story = [
        Paragraph(f"Ordine di lavoro {escape(ticket.code)}", STYLES["title"]),
        Paragraph(escape(f"Emesso il {fmt_date(today)} da {office_name}, {office_address}"),
                  STYLES["subtitle"]),
        Paragraph("Destinatario", STYLES["heading"]), pairs(to),
        Paragraph("Intervento richiesto", STYLES["heading"]),
        pairs([("Oggetto", ticket.summary), ("Categoria", ticket.category_label),
               ("Priorità", ticket.priority.label), ("Luogo", ", ".join(where)),
               ("Descrizione", ticket.description),
               ("Segnalata il", fmt_date(ticket.opened_on)),
               ("Da completare entro il", fmt_date(ticket.due_on))]),
    ]
    if ticket.unit_code:  # the contractor needs someone to open the door, nothing more
        access = [("Contatto per l'accesso", f"{ticket.reporter} {ticket.reporter_phone}".strip())]
        access += [(f"Appuntamento {i + 1}", f"{fmt_instant(a.starts_at)} {a.note}".strip())
                   for i, a in enumerate(appointments)]
        story += [Paragraph("Accesso all'alloggio", STYLES["heading"]), pairs(access)]
    story += [Paragraph("Da compilare a cura di chi esegue il lavoro", STYLES["heading"]),
              _blank_form(doc.width)]
    story.append(Spacer(0, 8 * mm))
    story.append(Paragraph(
        "Riconsegnare o inviare all'ufficio di borgo questo modulo compilato entro tre giorni "
        "dal termine dell'intervento, indicando sempre il codice dell'ordine.", STYLES["body"]))
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path


def _blank_form(width: float) -> KeepTogether:
    line = "_" * 60
    rows = [("Intervento eseguito il", "____/____/________   dalle ____:____ alle ____:____"),
            ("Lavori eseguiti", f"{line}\n{line}\n{line}"), ("Materiali usati", f"{line}\n{line}"),
            ("Esito", "[  ] risolto     [  ] da completare     [  ] serve un altro intervento"),
            ("Firma del tecnico", "\n\n"), ("Firma di chi era presente", "\n\n")]
    return KeepTogether([pairs(rows)])


NOTICE_TITLE = ParagraphStyle("notice_title", parent=STYLES["title"], fontSize=30, leading=36,
                              alignment=1, spaceAfter=10)
NOTICE_BODY = ParagraphStyle("notice_body", parent=STYLES["body"], fontSize=15, leading=21,
                             alignment=1)
NOTICE_WHEN = ParagraphStyle("notice_when", parent=STYLES["body"], fontSize=18, leading=24,
                             alignment=1, textColor=ACCENT)


def render_notice(path: Path, *, office_name: str, office_contact: str, building_name: str,
                  building_address: str, staircase: str, title: str, body: str,
                  starts_at: datetime | None, ends_at: datetime | None, today: date) -> Path:
    """A poster for the entrance: the building (and staircase), what, when, whom to call."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    where = building_name + (f" – scala {staircase}" if staircase else "")
    when = ""
    if starts_at and ends_at:
        when = f"dalle {fmt_instant(starts_at)} alle {fmt_instant(ends_at)}"
        if starts_at.date() == ends_at.date():
            day, start = fmt_instant(starts_at).split(" ")
            when = f"{day}, dalle {start} alle {fmt_instant(ends_at).split(' ')[1]}"
    elif starts_at:
        when = f"a partire da {fmt_instant(starts_at)}"
    band = Table([[Paragraph("<font color='white'><b>AVVISO AGLI INQUILINI</b></font>",
                             ParagraphStyle("band", parent=NOTICE_BODY, fontSize=20, leading=24))]],
                 colWidths=[doc.width], rowHeights=[16 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [band, Spacer(0, 10 * mm),
             Paragraph(escape(where), ParagraphStyle("where", parent=NOTICE_BODY,
                                                      textColor=colors.grey)),
             Paragraph(escape(building_address), ParagraphStyle("address", parent=NOTICE_BODY,
                                                                 fontSize=12, textColor=colors.grey)),
             Spacer(0, 12 * mm), Paragraph(escape(title), NOTICE_TITLE)]
    if when:
        story += [Paragraph(escape(when), NOTICE_WHEN), Spacer(0, 8 * mm)]
    for paragraph in body.split("\n\n"):
        story += [Paragraph(escape(paragraph).replace("\n", "<br/>"), NOTICE_BODY), Spacer(0, 4 * mm)]
    story += [Spacer(0, 14 * mm), Paragraph("Ci scusiamo per il disagio. Per informazioni:",
                                            NOTICE_BODY),
              Paragraph(f"<b>{escape(office_name)}</b>", NOTICE_BODY),
              Paragraph(escape(office_contact), NOTICE_BODY), Spacer(0, 10 * mm),
              Paragraph(f"Milano, {fmt_date(today)}", ParagraphStyle(
                  "date", parent=STYLES["body"], alignment=2))]
    doc.build(story)
    return path
