"""Case files: the path through the stages, append-only notes, drafts, assessments, pacts,
referrals, the work list's deadlines, automatic openings, search and confidentiality."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError

from borgo_desktop.errors import StoreError, UserError, ValidationError
from borgo_desktop.models import Case
from borgo_desktop.models.casework import (
    CaseOrigin,
    CaseStage,
    CloseReason,
    Dimension,
    GoalOutcome,
    NoteKind,
    ReferralReason,
    ReferralStatus,
)
from borgo_desktop.models.enums import Vulnerability
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.registry import registry
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.casework.views import CaseSummary
from borgo_desktop.services.registry.forms import HouseholdInput
from helpers.support import as_admin
from helpers.case_world import (
    FRONT_DESK, MANAGER, OTHER_WORKER, TODAY, WORKER, as_, household, make_world,
)


def visit(on=date(2026, 10, 10), body="Visita domiciliare: casa in ordine.", **kw):
    return rec.NoteInput(NoteKind.HOME_VISIT, on, body, duration_minutes=60,
                         participants="Anna Bianchi", **kw)


def agreed_plan(w, ctx, on=date(2026, 10, 20)):
    rec.save_plan(ctx, w.case_id, rec.PlanInput(
        [rec.GoalInput("Mettersi in regola con l'affitto", "Zero arretrati", date(2027, 3, 1)),
         rec.GoalInput("Trovare un lavoro", "Contratto firmato", date(2027, 6, 1))],
        [rec.ActionInput("Domanda al CAF", owner_name="", goal_index=0)]))
    rec.agree_plan(ctx, w.case_id, on)


def test_the_path_through_the_stages(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    rec.add_note(worker, w.case_id, visit())
    assert case_file.open_file(worker, w.case_id).summary.stage == CaseStage.FIRST_MEETING
    rec.add_assessment(worker, w.case_id, date(2026, 10, 12),
                       {d: (2, "") for d in Dimension}, "Prima valutazione")
    rec.add_assessment(worker, w.case_id, date(2026, 11, 20),
                       {Dimension.INCOME: (4, "Debito rateizzato"), Dimension.WORK: (2, "")})
    agreed_plan(w, worker)
    f = case_file.open_file(worker, w.case_id)
    assert f.summary.stage == CaseStage.PLAN_AGREED
    assert f.summary.first_meeting_on == date(2026, 10, 10)
    assert f.summary.next_review_due == date(2027, 4, 20)  # six months
    assert f.summary.plan_valid_until == date(2027, 10, 20)
    later = f.assessments[-1]
    assert {s.dimension: s.change for s in later.scores} == {"income": 2, "work": 0}
    goal = f.current_plan.goals[0]
    rec.record_review(worker, w.case_id, date(2026, 11, 24), {goal.id: (GoalOutcome.MET, "")})
    f = case_file.open_file(worker, w.case_id)
    assert f.summary.stage == CaseStage.ACTIVE
    assert [g.outcome for g in f.current_plan.goals] == ["met", "open"]
    assert f.current_plan.reviews[0].outcomes == ((1, "met", ""),)
    assert {e.kind for e in f.timeline} >= {"note", "assessment", "plan", "review", "stage"}
    cases.close_case(worker, w.case_id, CloseReason.GOALS_MET, date(2026, 11, 25))
    f = case_file.open_file(worker, w.case_id)
    assert f.summary.follow_up_due == date(2027, 5, 25)
    assert f.summary.next_action.label.startswith("Verifica a 6 mesi")
    cases.record_follow_up(worker, w.case_id, TODAY)
    # After closing, a new case can be opened for the same household.
    assert cases.open_case(worker, w.household_id, CaseOrigin.OWN_REQUEST) != w.case_id


def test_an_amendment_never_changes_the_original_note(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    original = rec.add_note(worker, w.case_id, visit(body="Il figlio frequenta la terza media."))
    amendment = rec.add_note(worker, w.case_id, visit(
        body="Correzione: frequenta la seconda media.", amends_id=original))
    notes = {n.id: n for n in case_file.open_file(worker, w.case_id).notes}
    assert notes[original].body == "Il figlio frequenta la terza media."
    assert notes[original].amended_by == (amendment,)
    assert notes[amendment].amends_id == original
    assert [e.action for e in audit.list_entries(as_admin(ctx), limit=3)][:2] == ["case.view", "case.amend"]


def test_a_long_diary_opens_on_its_newest_notes(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    rec.add_assessment(worker, w.case_id, date(2026, 10, 2), {d: (2, "") for d in Dimension})
    for day in range(3, 9):
        rec.add_note(worker, w.case_id, visit(on=date(2026, 10, day), body=f"Visita {day}"))
    paged = case_file.open_file(worker, w.case_id, notes=4)
    assert [n.body for n in paged.notes] == ["Visita 5", "Visita 6", "Visita 7", "Visita 8"]
    assert paged.older_notes == 2
    assert min(e.on for e in paged.timeline) == date(2026, 10, 5)  # from the oldest shown
    assert len(paged.assessments) == 1  # the records themselves are all there
    whole = case_file.open_file(worker, w.case_id, notes=None)
    assert len(whole.notes) == 6 and whole.older_notes == 0
    assert min(e.on for e in whole.timeline) <= date(2026, 10, 2)
    assert case_file.open_file(worker, w.case_id, notes=6).older_notes == 0


def test_the_database_refuses_to_update_a_note(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    note_id = rec.add_note(worker, w.case_id, visit())
    with pytest.raises((DatabaseError, StoreError), match="append-only|salvataggio"), \
            ctx.store.unit_of_work() as session:
        session.execute(text("UPDATE case_notes SET body = 'altro' WHERE id = :id"),
                        {"id": note_id.hex})
        session.commit()
    assert case_file.open_file(worker, w.case_id).notes[0].body.startswith("Visita domiciliare")


def test_an_amendment_must_belong_to_the_same_case(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    other = cases.open_case(worker, w.spare_household_id, CaseOrigin.OFFICE)
    foreign = rec.add_note(worker, other, visit())
    with pytest.raises(ValidationError) as err:
        rec.add_note(worker, w.case_id, visit(amends_id=foreign))
    assert "amends_id" in err.value.problems


def test_note_form_reports_every_problem(ctx):
    w = make_world(ctx)
    with pytest.raises(ValidationError) as err:
        rec.add_note(as_(ctx, WORKER), w.case_id, rec.NoteInput(
            None, date(2027, 1, 1), "  ", duration_minutes=0))
    assert set(err.value.problems) == {"kind", "happened_on", "body", "duration_minutes"}


def test_one_open_case_per_household_in_the_database(ctx):
    w = make_world(ctx)
    with pytest.raises((IntegrityError, StoreError)), ctx.store.unit_of_work() as session:
        session.add(Case(household_id=w.household_id, stage=CaseStage.REFERRAL,
                         origin=CaseOrigin.OFFICE, opened_on=TODAY, first_meeting_due=TODAY,
                         pact_due=TODAY))
        session.commit()
    with pytest.raises(UserError, match="già una cartella aperta"):
        cases.open_case(as_(ctx, WORKER), w.household_id, CaseOrigin.OFFICE)


def test_draft_is_kept_restored_and_cleared_by_the_note(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    rec.save_draft(worker, w.case_id, NoteKind.HOME_VISIT, date(2026, 11, 1), "Prima ste")
    rec.save_draft(worker, w.case_id, NoteKind.HOME_VISIT, date(2026, 11, 1), "Prima stesura")
    draft = rec.load_draft(worker, w.case_id)
    assert (draft.body, draft.kind) == ("Prima stesura", "home_visit")
    cases.grant_access(as_(ctx, MANAGER), "assistente2", w.case_id, "Affiancamento")
    assert rec.load_draft(as_(ctx, OTHER_WORKER), w.case_id) is None  # drafts are personal
    rec.add_note(worker, w.case_id, visit(body=draft.body))
    assert rec.load_draft(worker, w.case_id) is None


def test_referral_needs_consent_and_moves_forward_only(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    with pytest.raises(ValidationError) as err:
        rec.add_referral(worker, w.case_id, rec.ReferralInput("", None, None, ""))
    assert set(err.value.problems) == {"service_name", "reason", "consent_on", "consent_by"}
    ref = rec.add_referral(worker, w.case_id, rec.ReferralInput(
        "Centro per l'impiego", ReferralReason.WORK, date(2026, 11, 2), "Anna Bianchi"))
    rec.update_referral(worker, ref, ReferralStatus.ACCEPTED)
    with pytest.raises(UserError, match="esito"):
        rec.update_referral(worker, ref, ReferralStatus.CLOSED)
    rec.update_referral(worker, ref, ReferralStatus.CLOSED, outcome="Tirocinio avviato")
    with pytest.raises(UserError):
        rec.update_referral(worker, ref, ReferralStatus.SENT)
    (view,) = case_file.open_file(worker, w.case_id).referrals
    assert (view.status, view.outcome) == ("closed", "Tirocinio avviato")


def test_plan_validation_and_agreement_after_first_meeting(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    with pytest.raises(ValidationError) as err:
        rec.save_plan(worker, w.case_id, rec.PlanInput([rec.GoalInput("Obiettivo", "")]))
    assert "goals.0.indicator" in err.value.problems
    rec.save_plan(worker, w.case_id, rec.PlanInput([rec.GoalInput("Obiettivo", "Indicatore")]))
    with pytest.raises(UserError, match="primo colloquio"):
        rec.agree_plan(worker, w.case_id, TODAY)


def _case_on(ctx, surname, given, opened, **done):
    worker = as_(ctx, WORKER)
    case_id = cases.open_case(worker, household(ctx, surname, given), CaseOrigin.OFFICE,
                              on=opened)
    if "meeting" in done:
        rec.add_note(worker, case_id, visit(on=done["meeting"]))
    if "pact" in done:
        rec.save_plan(worker, case_id, rec.PlanInput([rec.GoalInput("Casa", "Affitto pagato")]))
        rec.agree_plan(worker, case_id, done["pact"])
    return case_id


def test_my_cases_shows_what_is_due_and_what_is_late(ctx):
    late_meeting = _case_on(ctx, "Rossi", "Ada", date(2026, 9, 1))  # due 31/10: late
    meeting_soon = _case_on(ctx, "Gialli", "Bea", date(2026, 10, 15))  # due 14/12: soon
    pact_due = _case_on(ctx, "Blu", "Cia", date(2026, 6, 1), meeting=date(2026, 6, 20))
    review_late = _case_on(ctx, "Neri", "Dea", date(2025, 9, 1), meeting=date(2025, 9, 10),
                           pact=date(2026, 5, 1))  # review due 01/11/2026
    expiring = _case_on(ctx, "Viola", "Eva", date(2025, 10, 1), meeting=date(2025, 10, 5),
                        pact=date(2025, 12, 10))  # valid until 10/12/2026, review 10/06/2026
    cases.assign_worker(as_(ctx, MANAGER), expiring, "assistente2")
    rows = {r.id: r for r in cases.my_cases(as_(ctx, WORKER))}
    na = {k: rows[v].next_action for k, v in {
        "late_meeting": late_meeting, "meeting_soon": meeting_soon, "pact_due": pact_due,
        "review_late": review_late, "expiring": expiring}.items()}
    assert (na["late_meeting"].label, na["late_meeting"].due, na["late_meeting"].overdue) == \
        ("Fissare il primo colloquio", date(2026, 10, 31), True)
    assert na["meeting_soon"].soon and not na["meeting_soon"].overdue
    assert (na["pact_due"].label, na["pact_due"].due) == ("Sottoscrivere il patto",
                                                          date(2026, 11, 28))
    assert (na["review_late"].label, na["review_late"].overdue) == ("Verifica del patto", True)
    assert (na["expiring"].label, na["expiring"].due) == ("Verifica del patto", date(2026, 6, 10))
    ordered = [r.next_action.due for r in cases.my_cases(as_(ctx, WORKER))]
    assert ordered == sorted(ordered)
    assert expiring in {r.id for r in cases.my_cases(as_(ctx, OTHER_WORKER))}
    assert late_meeting not in {r.id for r in cases.my_cases(as_(ctx, OTHER_WORKER))}


def test_plan_about_to_expire_comes_before_a_later_review(ctx):
    case_id = _case_on(ctx, "Viola", "Eva", date(2025, 10, 1), meeting=date(2025, 10, 5),
                       pact=date(2025, 12, 10))
    with ctx.store.unit_of_work() as session:  # reviewed recently: next review after expiry
        session.get(Case, case_id).next_review_due = date(2027, 1, 15)
        session.commit()
    (row,) = cases.my_cases(as_(ctx, WORKER))
    assert (row.next_action.label, row.next_action.due, row.next_action.soon) == \
        ("Patto in scadenza", date(2026, 12, 10), True)


def test_overview_and_front_desk_see_no_content(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    rec.add_note(worker, w.case_id, visit(body="Contenuto riservato"))
    fields = {f.name for f in dataclasses.fields(CaseSummary)}
    assert not fields & {"body", "notes", "origin_reason", "goals", "assessments", "summary"}
    (row,) = cases.overview(as_(ctx, MANAGER))
    assert row.workers == ("Giulia Ferri",) and row.stage == CaseStage.FIRST_MEETING
    desk = cases.household_case(as_(ctx, FRONT_DESK), w.household_id)
    assert (desk.level, desk.workers, desk.summary, desk.can_open_file) == \
        ("contact", ("Giulia Ferri",), None, False)
    boss = cases.household_case(as_(ctx, MANAGER), w.household_id)
    assert boss.level == "overview" and not boss.can_open_file
    assert cases.household_case(worker, w.household_id).can_open_file
    assert cases.household_case(worker, w.spare_household_id).can_start


def test_opening_a_case_file_is_audited(ctx):
    w = make_world(ctx)
    case_file.open_file(as_(ctx, WORKER), w.case_id)
    entry = audit.list_entries(as_admin(ctx), limit=1)[0]
    assert (entry.action, entry.actor, entry.entity_id) == ("case.view", "assistente",
                                                            str(w.case_id))


def test_search_finds_only_notes_the_worker_may_read(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    rec.add_note(worker, w.case_id, visit(body="Parlato della bolletta della luce"))
    other = cases.open_case(as_(ctx, OTHER_WORKER), w.spare_household_id, CaseOrigin.OFFICE)
    rec.add_note(as_(ctx, OTHER_WORKER), other, visit(body="Bolletta del gas non pagata"))
    assert [h.case_id for h in case_file.search_notes(worker, "bolle")] == [w.case_id]
    assert [h.case_id for h in case_file.search_notes(as_(ctx, OTHER_WORKER), "bolletta")] == \
        [other]
    assert case_file.search_notes(worker, "gas") == []
    cases.grant_access(as_(ctx, MANAGER), "assistente", None, "Coordinatrice d'équipe")
    assert len(case_file.search_notes(worker, "bolletta")) == 2


def test_indigent_or_emergency_household_opens_a_case_once(ctx):
    hid = household(ctx, "Poveri", "Ugo", vulnerabilities=(Vulnerability.INDIGENT,))
    (row,) = cases.overview(as_(ctx, MANAGER))
    assert (row.household_id, row.origin, row.workers) == (hid, CaseOrigin.OFFICE, ())
    worker_ctx = as_(ctx, MANAGER)
    cases.assign_worker(worker_ctx, row.id, "assistente")
    cases.close_case(as_(ctx, WORKER), row.id, CloseReason.HANDED_OVER)
    # Editing the household again does not reopen: the flag did not newly enter.
    registry.update_household(ctx, hid, HouseholdInput(
        vulnerabilities=(Vulnerability.INDIGENT, Vulnerability.ELDERLY_ALONE)))
    assert cases.overview(as_(ctx, MANAGER))[0].stage == CaseStage.CLOSED
    registry.update_household(ctx, hid, HouseholdInput(vulnerabilities=(
        Vulnerability.INDIGENT, Vulnerability.HOUSING_EMERGENCY)))
    opened = [r for r in cases.overview(as_(ctx, MANAGER)) if r.stage == CaseStage.REFERRAL]
    assert [(r.household_id, r.origin) for r in opened] == [(hid, CaseOrigin.COMUNE)]


def test_alert_entry_point_reuses_the_open_case(ctx):
    w = make_world(ctx)
    assert cases.open_case_from_alert(ctx, w.household_id, CaseOrigin.ARREARS, "Morosità") == \
        w.case_id
    new = cases.open_case_from_alert(ctx, w.spare_household_id, CaseOrigin.RULE, "Regolamento")
    assert new != w.case_id


def test_pact_and_summary_print_what_the_role_may_see(ctx, tmp_path):
    from pypdf import PdfReader

    from borgo_desktop.services.casework import printing as case_prints

    w, worker = make_world(ctx), as_(ctx, WORKER)
    rec.add_note(worker, w.case_id, visit(body="Dettaglio riservato della visita"))
    agreed_plan(w, worker)
    pact = case_prints.print_pact(worker, w.case_id, tmp_path / "patto.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pact).pages)
    assert "Patto di accompagnamento" in text and "Trovare un lavoro" in text
    assert "Firma" in text and "Giulia Ferri" in text
    full = case_prints.print_summary(worker, w.case_id, tmp_path / "s1.pdf")
    assert "Trovare un lavoro" in "".join(p.extract_text() for p in PdfReader(full).pages)
    bare = case_prints.print_summary(as_(ctx, MANAGER), w.case_id, tmp_path / "s2.pdf")
    bare_text = "".join(p.extract_text() for p in PdfReader(bare).pages)
    assert "Trovare un lavoro" not in bare_text and "Patto sottoscritto" in bare_text
    assert "Dettaglio riservato" not in bare_text
    assert audit.list_entries(as_admin(ctx), limit=1)[0].action == "print.case_summary"


def test_moving_into_temporary_housing_opens_a_case(ctx):
    from borgo_desktop.models.enums import Regime, RentModel
    from borgo_desktop.services.allocation import allocation
    from borgo_desktop.services.registry.forms import BuildingInput, UnitInput

    registry.create_building(ctx, BuildingInput("DL59", "Ex fienile", "Via De Lemene 59",
                                                "20151", 8))
    unit = registry.create_unit(ctx, UnitInput("DL59", "A", 0, "1", 60, 3, Regime.TEMPORARY,
                                               RentModel.FLAT, 25_000))
    hid = household(ctx, "Sfrattati", "Rosa", isee_cents=500_000,
                    isee_expires_on=date(2026, 12, 31))
    assert cases.overview(as_(ctx, MANAGER)) == []
    allocation.add_candidate(ctx, hid)
    allocation.propose_unit(ctx, hid, unit.code)
    allocation.record_visit(ctx, hid)
    allocation.accept_offer(ctx, hid)
    allocation.sign_contract(ctx, hid, TODAY, 25_000)
    allocation.move_in(ctx, hid)
    (row,) = cases.overview(as_(ctx, MANAGER))
    assert (row.household_id, row.origin, row.stage) == (hid, CaseOrigin.COMUNE,
                                                         CaseStage.REFERRAL)
