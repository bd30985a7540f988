"""The pact ("Patto di accompagnamento") to sign with the household, and the case summary
for a team meeting. Fed with frozen case views (duck-typed: reports sit below services);
the summary shows only what the printing role may see."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import (
    ActionOwner,
    CaseStage,
    Dimension,
    GoalOutcome,
    NoteKind,
    ReferralReason,
    ReferralStatus,
)
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text or "—"), STYLES[style])


def _table(rows: list[list], widths: list | None = None) -> Table:
    table = Table(rows, repeatRows=1, colWidths=widths)
    table.setStyle(table_style())
    return table


def _signatures(names: list[str]) -> Table:
    """Signature lines side by side: name under a line, place and date above."""
    cells = [[Paragraph(f"Firma<br/><br/><br/>______________________________<br/>"
                        f"{escape(name)}", STYLES["body"]) for name in names]]
    table = Table(cells, colWidths=[180 * mm / len(names)] * len(names))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_pact(path: Path, case_file, plan, *, office_name: str, household_label: str,
                worker_names: list[str]) -> Path:
    doc = document(path, office_name)
    s = case_file.summary
    agreed = fmt_date(plan.agreed_on) if plan.agreed_on else "da sottoscrivere"
    story = [
        Paragraph("Patto di accompagnamento", STYLES["title"]),
        Paragraph(escape(f"{household_label} · cartella aperta il {fmt_date(s.opened_on)} · "
                          f"patto: {agreed}"), STYLES["subtitle"]),
        Paragraph("Il nucleo familiare e l'ufficio di borgo concordano gli obiettivi, le azioni "
                  "e i tempi qui sotto. Il patto si verifica insieme ogni "
                  f"{plan.review_months} mesi"
                  + (f" (prossima verifica entro il {fmt_date(s.next_review_due)})"
                     if s.next_review_due else "")
                  + (f" ed è valido fino al {fmt_date(plan.valid_until)}." if plan.valid_until
                     else "."), STYLES["body"]),
        Paragraph("Obiettivi", STYLES["heading"]),
        _table([["N.", "Obiettivo", "Come si vedrà (indicatore)", "Entro il"]]
               + [[str(g.position), _p(g.text), _p(g.indicator), fmt_date(g.due_on) or "—"]
                  for g in plan.goals], [10 * mm, 75 * mm, 70 * mm, 25 * mm]),
    ]
    if plan.actions:
        story += [Paragraph("Azioni", STYLES["heading"]), _table(
            [["Azione", "Chi", "Entro il", "Obiettivo"]]
            + [[_p(a.text), _p(ActionOwner(a.owner).label
                               + (f": {a.owner_name}" if a.owner_name else "")),
                fmt_date(a.due_on) or "—", str(a.goal_position or "—")] for a in plan.actions],
            [80 * mm, 55 * mm, 25 * mm, 20 * mm])]
    story += [Spacer(1, 8 * mm), Paragraph(
        "Il nucleo dichiara di aver ricevuto l'informativa sul trattamento dei dati personali. "
        "I dati del percorso sono trattati solo dagli operatori incaricati.", STYLES["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Milano, ____________________", STYLES["body"]), Spacer(1, 4 * mm),
        KeepTogether(_signatures([f"Per il nucleo: {household_label}"]
                                 + [f"L'assistente sociale: {n}" for n in worker_names]))]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path


def render_summary(path: Path, summary, case_file, *, office_name: str, today: date) -> Path:
    """``case_file`` None: the overview level (stages and deadlines, no content)."""
    doc = document(path, office_name)
    s = summary
    story = [Paragraph(f"Sintesi del percorso – nucleo {escape(s.household_code)}",
                       STYLES["title"]),
             Paragraph(escape(f"Per la riunione d'équipe del {fmt_date(today)} · documento "
                               "riservato"), STYLES["subtitle"]),
             _table([["Voce", "Valore"]] + [[a, _p(b)] for a, b in (
                 ("Fase", CaseStage(s.stage).label), ("Aperta il", fmt_date(s.opened_on)),
                 ("Operatori", ", ".join(s.workers) or "nessuno assegnato"),
                 ("Primo colloquio", fmt_date(s.first_meeting_on)
                  or f"entro il {fmt_date(s.first_meeting_due)}"),
                 ("Patto", fmt_date(s.pact_agreed_on) or f"entro il {fmt_date(s.pact_due)}"),
                 ("Prossima verifica", fmt_date(s.next_review_due)),
                 ("Prossima scadenza", f"{s.next_action.label} "
                                       f"{fmt_date(s.next_action.due)}".strip()))],
                    [50 * mm, 130 * mm])]
    if case_file is not None:
        if case_file.assessments:
            last = case_file.assessments[-1]
            story += [Paragraph(f"Ultima valutazione ({fmt_date(last.assessed_on)})",
                                STYLES["heading"]), _table(
                [["Dimensione", "Punteggio", "Variazione", "Nota"]]
                + [[Dimension(x.dimension).label, str(x.score),
                    "—" if x.change is None else f"{x.change:+d}", _p(x.note)]
                   for x in last.scores], [45 * mm, 22 * mm, 22 * mm, 91 * mm])]
        plan = case_file.current_plan
        if plan is not None:
            story += [Paragraph("Obiettivi del patto", STYLES["heading"]), _table(
                [["N.", "Obiettivo", "Entro il", "Esito"]]
                + [[str(g.position), _p(g.text), fmt_date(g.due_on) or "—",
                    GoalOutcome(g.outcome).label] for g in plan.goals],
                [10 * mm, 110 * mm, 25 * mm, 35 * mm])]
        if case_file.referrals:
            story += [Paragraph("Invii ai servizi", STYLES["heading"]), _table(
                [["Servizio", "Motivo", "Stato", "Esito"]]
                + [[_p(r.service_name), ReferralReason(r.reason).label,
                    ReferralStatus(r.status).label, _p(r.outcome)] for r in case_file.referrals],
                [50 * mm, 50 * mm, 25 * mm, 55 * mm])]
        recent = sorted(case_file.notes, key=lambda n: n.happened_on)[-5:]
        if recent:
            story += [Paragraph("Ultimi contatti", STYLES["heading"]), _table(
                [["Data", "Tipo", "Durata"]]
                + [[fmt_date(n.happened_on), _p(NoteKind(n.kind).label), f"{n.duration_minutes or '—'} min"]
                   for n in reversed(recent)], [30 * mm, 80 * mm, 70 * mm])]
    else:
        story += [Spacer(1, 6 * mm), Paragraph(
            "Il contenuto della cartella (note, valutazioni, obiettivi) è visibile solo alle "
            "assistenti sociali che seguono il nucleo.", STYLES["body"])]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
