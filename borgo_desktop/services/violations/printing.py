"""The letter of a violation's step (written warning, formal notice) as a PDF.

The letter is printed for the newest step of that kind; its sha256 is kept on the step
(so the file handed to the household can be recognised later) and in the audit trail.
Printing needs the step's own permission: only a manager prints a formal notice.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models import ViolationStep
from borgo_desktop.models.violations import ViolationStatus
from borgo_desktop.reports.violations import render_letter
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings
from borgo_desktop.services.violations.views import get_violation
from borgo_desktop.services.violations.workflow import STEPS

LETTERS = tuple(name for name, step in STEPS.items() if step.letter)


def letter_kind(status: ViolationStatus) -> str | None:
    """Which letter the violation's current status has ("written_warning", ...), if any."""
    return status.value if status.value in LETTERS else None


def print_letter(ctx: Context, violation_id: uuid.UUID, path: Path, kind: str | None = None) -> Path:
    """Write the letter of the newest step of ``kind`` (default: the current status's)."""
    require(ctx, Permission.VIOLATION_READ)
    detail = get_violation(ctx, violation_id, audited=False)
    kind = kind or letter_kind(detail.status)
    if kind not in LETTERS:
        raise UserError("Nello stato «{status}» non c'è una lettera da stampare: si stampano "
                        "il richiamo scritto e la diffida.", status=detail.status.label)
    require(ctx, STEPS[kind].permission)
    require(ctx, Permission.EXPORT_PERSONAL)
    step = next((s for s in reversed(detail.steps) if s.status.value == kind), None)
    if step is None:
        raise UserError("La violazione {code} non ha ancora avuto questo passaggio.",
                        code=detail.code)
    with ctx.store.read() as session:
        office = read_settings(session, "office.name", "office.address")
    render_letter(Path(path), detail, kind, office_name=str(office["office.name"]),
                  office_address=str(office["office.address"]), issued_on=step.happened_on,
                  deadline=step.deadline, signer=step.by_name or ctx.actor.display_name or step.by)
    digest = audit.file_digest(Path(path))
    with ctx.store.unit_of_work() as session:
        row = session.scalar(select(ViolationStep).where(ViolationStep.id == step.id))
        row.letter_sha256 = digest
        ctx.stamp(row)
        audit.record(ctx, session, "print.violation_letter", "violation", violation_id,
                     detail=f"{detail.code} {kind}, sha256 {digest}")
        session.commit()
    return Path(path)
