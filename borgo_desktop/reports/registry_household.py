"""The household sheet ("Scheda nucleo"): the situation of one household on paper.

Fed with the frozen ``HouseholdDetail`` view (duck-typed: reports sit below services).
Special-category data never appear here: only the derived flags the registry holds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from borgo_desktop.formatting import fmt_date, fmt_decimal, fmt_money
from borgo_desktop.models.enums import Vulnerability
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape, pairs


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def render_household(path: Path, detail, *, office_name: str, today: date) -> Path:
    doc = document(path, office_name)
    story = [Paragraph(f"Scheda nucleo {detail.code}", STYLES["title"]),
             Paragraph(escape(f"Intestatario: {detail.reference_name} · "
                               f"stato: {detail.status.label}"), STYLES["subtitle"])]
    masked = getattr(detail, "sensitive_masked", False)
    flags = ("riservato" if masked
             else ", ".join(Vulnerability(v).label for v in detail.vulnerabilities) or "nessuna")
    story += [Paragraph("Dati del nucleo", STYLES["heading"]), pairs([
        ("Telefono", detail.phone), ("E-mail", detail.email),
        ("Lingua preferita", detail.preferred_language),
        ("Categoria del piano", detail.target_category_label),
        ("Fragilità segnalate", flags),
        ("Serve alloggio accessibile", "Sì" if detail.needs_accessible_unit else "No"),
        ("ISEE", f"{fmt_money(detail.isee_cents)} (scade il {fmt_date(detail.isee_expires_on)})"
         if detail.isee_cents is not None else ("riservato" if masked else "")),
        ("Consenso privacy", fmt_date(detail.privacy_consent_on)),
    ], 45 * mm)]
    members = [["Cognome e nome", "Relazione", "Codice fiscale", "Nato/a il", "Età"]]
    members += [[m.person.full_name, m.relation.label, m.person.tax_code,
                 fmt_date(m.person.birth_date), str(_age(m.person.birth_date, today))]
                for m in detail.members]
    table = Table(members, repeatRows=1, colWidths=[55 * mm, 35 * mm, 40 * mm, 25 * mm, 15 * mm])
    table.setStyle(table_style())
    story += [Paragraph(f"Componenti ({len(detail.members)})", STYLES["heading"]), table]
    unit = detail.unit
    lease = detail.active_lease
    story += [Paragraph("Alloggio e contratto", STYLES["heading"]), pairs([
        ("Alloggio", f"{unit.code} – {unit.building_name}, scala {unit.staircase}, piano "
                     f"{unit.floor}, {fmt_decimal(unit.surface_m2)} m², {unit.rooms} locali"
         if unit else ""),
        ("Fase di assegnazione", detail.stage.label if detail.stage else ""),
        ("Contratto", f"dal {fmt_date(lease.starts_on)}, canone {fmt_money(lease.monthly_rent_cents)}"
                      f" + spese {fmt_money(lease.service_charges_cents)}" if lease else ""),
    ], 45 * mm)]
    if detail.move_in:
        checklist = [["Ingresso: attività", "Fatto il", "Da"]]
        checklist += [[t.item.label, fmt_date(t.done_on), t.done_by] for t in detail.move_in]
        table = Table(checklist, repeatRows=1)
        table.setStyle(table_style())
        story += [Paragraph("Ingresso nell'alloggio", STYLES["heading"]), table]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
