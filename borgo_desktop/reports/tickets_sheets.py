"""The work order of a ticket, for the contractor. Fed with frozen views (duck-typed:
reports sit below services). The notice for the tenants comes out of the communication
engine (services/tickets/printing.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from borgo_desktop.formatting import fmt_date, fmt_instant
from borgo_desktop.reports.common import STYLES, document
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
