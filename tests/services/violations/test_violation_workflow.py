"""Violations: the article cited comes from the version the household acknowledged; the
ladder goes up one way, keeps every step, needs a deadline after the notice, refuses an
escalation before it; restorative outcomes end it; a formal notice reaches the social worker."""

from __future__ import annotations

from datetime import date

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.violations import ViolationOutcome, ViolationStatus as S
from borgo_desktop.services.casework import cases
from borgo_desktop.services.violations import rules, views, workflow
from borgo_desktop.services.violations.workflow import StepInput, ViolationInput
from violation_world import TODAY, make_world


@pytest.fixture
def world(ctx):
    return make_world(ctx)


def _report(ctx, household, occurred=date(2026, 11, 2), article=3, category="common_areas"):
    return workflow.report(ctx, ViolationInput(household.id, category, occurred,
                                               "Custode del civico 55",
                                               "Biciclette sul pianerottolo.", article))


def test_articles_are_read_from_the_numbered_lines():
    found = rules.articles("Premessa.\n1. Uno.\n2) Due\n  che continua.\n\n10. Dieci.")
    assert [(a.number, a.text) for a in found] == [(1, "Uno."), (2, "Due che continua."),
                                                   (10, "Dieci.")]


def test_the_article_comes_from_the_version_the_household_acknowledged(ctx, world):
    violation = views.get_violation(ctx, _report(ctx, world.rossi))
    assert (violation.rules_version, violation.rule_number) == (2, 3)
    assert violation.rule_text == "Le biciclette si lasciano nel deposito, non sulle scale."
    assert violation.rules_acknowledged_on == date(2026, 9, 10)
    assert violation.rule_citation() == "art. 3 del Regolamento per la convivenza (versione 2)"
    # Before Rossi acknowledged version 2, version 1 applied: it has no article 3.
    with pytest.raises(ValidationError) as refused:
        _report(ctx, world.rossi, occurred=date(2026, 9, 5))
    assert "versione 1" in refused.value.problems["rule_number"].text
    # Bianchi acknowledged only version 1.
    with pytest.raises(ValidationError):
        _report(ctx, world.bianchi)
    assert views.get_violation(ctx, _report(ctx, world.bianchi, article=1)).rules_version == 1


def test_a_report_is_checked_field_by_field(ctx, world):
    with pytest.raises(ValidationError) as refused:
        workflow.report(ctx, ViolationInput(world.rossi.id, "parking", date(2026, 12, 1), "",
                                            " ", None))
    assert set(refused.value.problems) == {"category", "occurred_on", "reported_by",
                                           "description"}


def test_the_ladder_keeps_every_step_and_ends_in_a_restorative_outcome(ctx, world):
    vid = _report(ctx, world.rossi)
    assert views.get_violation(ctx, vid).next_steps == ("verify", "dismiss")
    with pytest.raises(UserError, match="Risolta"):
        workflow.advance(ctx, vid, "resolve", StepInput(outcome=ViolationOutcome.MEDIATION))
    workflow.advance(ctx, vid, "verify", StepInput("Sopralluogo con foto."))
    with pytest.raises(ValidationError):  # a verbal warning says what was said
        workflow.advance(ctx, vid, "verbal_warning")
    workflow.advance(ctx, vid, "verbal_warning", StepInput("Colloquio con l'intestatario."))
    workflow.advance(ctx, vid, "written_warning", StepInput("Richiesto il deposito."))
    with pytest.raises(UserError):  # never back down the ladder
        workflow.advance(ctx, vid, "verbal_warning", StepInput("di nuovo"))
    with pytest.raises(ValidationError) as refused:
        workflow.advance(ctx, vid, "resolve")
    assert "outcome" in refused.value.problems
    workflow.advance(ctx, vid, "resolve", StepInput("Riportate in deposito, riparato il muro.",
                                                    outcome=ViolationOutcome.REPAIR))
    detail = views.get_violation(ctx, vid)
    assert detail.status == S.RESOLVED and detail.outcome == ViolationOutcome.REPAIR
    assert detail.closed_on == TODAY and not detail.is_open and detail.next_steps == ()
    assert [s.status for s in detail.steps] == [S.REPORTED, S.VERIFIED, S.VERBAL_WARNING,
                                                S.WRITTEN_WARNING, S.RESOLVED]
    assert {s.by for s in detail.steps} == {"tester"}


def test_a_formal_notice_sets_its_deadline_and_the_escalation_waits_for_it(ctx, world):
    vid = _report(ctx, world.rossi)
    workflow.advance(ctx, vid, "verify")
    with pytest.raises(ValidationError):
        workflow.advance(ctx, vid, "formal_notice", StepInput(deadline=TODAY))
    workflow.advance(ctx, vid, "formal_notice", StepInput("Terza volta."))
    detail = views.get_violation(ctx, vid)
    assert detail.deadline == date(2026, 12, 25)  # 30 days, the setting
    with pytest.raises(ValidationError) as refused:
        workflow.advance(ctx, vid, "escalate", StepInput("Nessuna risposta."))
    assert "25/12/2026" in refused.value.problems["on"].text
    later = ctx.__class__(store=ctx.store, actor=ctx.actor, today=lambda: date(2026, 12, 28))
    workflow.advance(later, vid, "escalate", StepInput("Nessuna risposta."))
    assert views.get_violation(ctx, vid).status == S.ESCALATED


def test_a_formal_notice_puts_the_household_in_front_of_its_social_worker(ctx, world):
    assert cases.household_case(ctx, world.rossi.id).has_case is False
    vid = _report(ctx, world.rossi)
    workflow.advance(ctx, vid, "verify")
    workflow.advance(ctx, vid, "written_warning")
    assert cases.household_case(ctx, world.rossi.id).has_case is False
    workflow.advance(ctx, vid, "formal_notice")
    assert cases.household_case(ctx, world.rossi.id).has_case is True


def test_a_dismissal_needs_its_reason_and_closes_the_violation(ctx, world):
    vid = _report(ctx, world.bianchi, article=None, category="noise")
    with pytest.raises(ValidationError):
        workflow.advance(ctx, vid, "dismiss")
    workflow.advance(ctx, vid, "dismiss", StepInput("Non confermata dai vicini."))
    assert views.get_violation(ctx, vid).status == S.DISMISSED
    assert [r.status for r in views.household_violations(ctx, world.bianchi.id)] == [S.DISMISSED]


def test_categories_are_a_setting(ctx, world):
    from borgo_desktop.services.core import settings

    settings.set_setting(ctx, "violations.categories", {"noise": "Rumori", "parking":
                                                        "Parcheggio nel cortile"})
    assert views.list_categories(ctx) == [("noise", "Rumori"), ("parking", "Parcheggio nel cortile")]
    vid = _report(ctx, world.rossi, category="parking", article=None)
    assert views.get_violation(ctx, vid).category_label == "Parcheggio nel cortile"
    with pytest.raises(ValidationError):
        _report(ctx, world.rossi, category="waste", article=None)


def test_every_step_has_an_italian_audit_name():
    from borgo_desktop.services.core.audit_labels import ACTIONS

    assert {f"violation.{name}" for name in workflow.STEPS} <= set(ACTIONS)
