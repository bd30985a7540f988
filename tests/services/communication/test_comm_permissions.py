"""Every public call of services/communication against every role (as tests/unit/test_roles.py
does for the registry): allowed, or PermissionDenied and audited; and the table covers every
public function, so a new call cannot slip in unguarded."""

from __future__ import annotations

import inspect

import pytest

from datetime import date

from borgo_desktop.models.communication import PlanAudience, PlanPhase, TemplateKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.communication import (
    fields, guard, handbook, languages, merge, plan, recipients, templates,
)
from borgo_desktop.services.core.permissions import Permission, allowed

from helpers import comm_world
from helpers.permission_matrix import refused_roles

P = Permission
DRAFT = templates.TemplateInput("BOZZA", "Bozza", TemplateKind.LETTER,
                                texts={"it": templates.Text("Titolo", "Testo")})

ACTION = plan.ActionInput(PlanPhase.MOVE_IN, PlanAudience.RESIDENTS, "Assemblea",
                         date(2026, 11, 20))

CALLS = {
    "templates.save_template": (P.COMM_WRITE, lambda c, w: templates.save_template(c, DRAFT)),
    "templates.set_active": (P.COMM_WRITE, lambda c, w: templates.set_active(c, "INVITO", False)),
    "templates.get_template": (P.REGISTRY_READ, lambda c, w: templates.get_template(c, "INVITO")),
    "templates.list_templates": (P.REGISTRY_READ, lambda c, w: templates.list_templates(c)),
    "templates.template_versions": (P.REGISTRY_READ,
                                    lambda c, w: templates.template_versions(c, "INVITO")),
    "merge.run_batch": (P.COMM_SEND, lambda c, w: merge.run_batch(
        c, merge.BatchRequest("ACQUA", "staircase:DL51-A", extra={
            "data.evento": "martedì", "ora.evento": "alle 9"}), w["tmp"] / "a.pdf")),
    "merge.run_batch.letter": (P.EXPORT_PERSONAL, lambda c, w: merge.run_batch(
        c, merge.BatchRequest("INVITO", "staircase:DL51-A"), w["tmp"] / "b.pdf")),
    "merge.render_for_household": (P.COMM_SEND, lambda c, w: merge.render_for_household(
        c, "ACQUA", w["borgo"].colombo.id, w["tmp"] / "c.pdf")),
    "handbook.gather": (P.REGISTRY_READ, lambda c, w: handbook.gather(c)),
    "handbook.write": (P.REGISTRY_READ, lambda c, w: handbook.write(c, "it", w["tmp"] / "h.pdf")),
    "recipients.staircases": (P.REGISTRY_READ, lambda c, w: recipients.staircases(c)),
    "merge.preview": (P.REGISTRY_READ, lambda c, w: merge.preview(c, DRAFT, "it", w["tmp"] / "p.pdf")),
    "plan.list_actions": (P.REGISTRY_READ, lambda c, w: plan.list_actions(c)),
    "plan.get_action": (P.REGISTRY_READ, lambda c, w: plan.get_action(c, w["action"].id)),
    "plan.create_action": (P.COMM_WRITE, lambda c, w: plan.create_action(c, ACTION)),
    "plan.update_action": (P.COMM_WRITE, lambda c, w: plan.update_action(c, w["action"].id,
                                                                         ACTION)),
    "plan.mark_done": (P.COMM_WRITE, lambda c, w: plan.mark_done(c, w["action"].id,
                                                                 plan.Reach(10, 5))),
    "plan.cancel_action": (P.COMM_WRITE, lambda c, w: plan.cancel_action(c, w["action"].id,
                                                                         "pioggia")),
    "plan.print_plan": (P.REGISTRY_READ, lambda c, w: plan.print_plan(c, w["tmp"] / "piano.pdf")),
}

# Public functions that need no permission, and why.
UNGUARDED = {
    "templates.ensure_system_template",  # the program's own templates, saved for the
    # area that prints them (its own permission applies: the ledger's, the tickets'...)
    "templates.view_of", "templates.read_template", "templates.load_version",  # inside a caller's session
    "merge.letterhead", "merge.field_values",  # session helpers of the batch
    "recipients.iter_recipients", "recipients.describe", "recipients.count",
    "recipients.building_ids",  # session helpers: the batch's own permission applies
    "guard.check_template", "guard.check_public_text", "guard.personal_words",  # checks
    "guard.named_words",
    "fields.catalogue", "fields.fields_in", "fields.unknown_fields", "fields.check_known",
    "fields.fill", "languages.language_code", "languages.pick",  # pure
}
MODULES = [(handbook, "handbook"), (templates, "templates"), (merge, "merge"),
           (recipients, "recipients"), (guard, "guard"), (fields, "fields"),
           (languages, "languages"), (plan, "plan")]


@pytest.fixture
def world(ctx, tmp_path):
    borgo = comm_world.build(ctx)
    comm_world.invitation(ctx)
    comm_world.water_notice(ctx)
    return {"borgo": borgo, "tmp": tmp_path, "action": plan.create_action(ctx, ACTION)}


def test_the_table_covers_every_public_call():
    public = {f"{prefix}.{name}" for module, prefix in MODULES
              for name, fn in inspect.getmembers(module, inspect.isfunction)
              if not name.startswith("_") and fn.__module__ == module.__name__}
    covered = {".".join(name.split(".")[:2]) for name in CALLS}
    assert public - covered - UNGUARDED == set()


@pytest.mark.parametrize("name", list(CALLS))
def test_every_role_against_every_call(ctx, admin_ctx, world, name):
    permission, call = CALLS[name]
    needs = {permission} | ({P.COMM_SEND} if name == "merge.run_batch.letter" else set())
    may = lambda actor: all(allowed(actor, p) for p in needs)  # noqa: E731 - short and local
    for role in refused_roles(ctx, name, may, call, world):
        last = audit.list_entries(admin_ctx, limit=1)[0]
        assert (last.action, last.actor) == ("permission_denied", f"u_{role}"), (role, name)
