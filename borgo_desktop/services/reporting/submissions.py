"""The submission log: every package sent for a period (who, when, both SHA-256, what was
corrected since the last one), and the reopening of a period, which needs a reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models.reporting import Reopening, Submission, SubmissionStatus
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.reporting.periods import parse_period

MIN_REASON = 10


@dataclass(frozen=True)
class SubmissionView:
    id: uuid.UUID
    period: str
    status: SubmissionStatus
    by: str
    at: datetime
    content_sha256: str
    file_sha256: str
    file_name: str
    recipient: str
    corrections: tuple[dict, ...]
    reopen_reasons: tuple[str, ...]


def _latest(session: Session, period: str) -> Submission | None:
    return session.scalar(select(Submission).where(Submission.period == period)
                          .order_by(Submission.created_at.desc(), Submission.id.desc()).limit(1))


def check_open(session: Session, period: str) -> None:
    last = _latest(session, period)
    if last is not None and last.status == SubmissionStatus.SUBMITTED:
        raise UserError("Il periodo {period} è già stato inviato il {day:%d/%m/%Y}: per inviarlo "
                        "di nuovo va prima riaperto, indicando il motivo.", period=period,
                        day=last.created_at)


def figures_of(content) -> dict[str, str]:
    return {f"{r.code}|{r.detail}": r.shown for r in content.table.rows}


def _corrections(before: dict, now: dict) -> list[dict]:
    changed = []
    for key in sorted(set(before) | set(now)):
        if before.get(key) != now.get(key):
            code, _bar, detail = key.partition("|")
            changed.append({"indicatore": code, "dettaglio": detail,
                            "prima": before.get(key, ""), "ora": now.get(key, "")})
    return changed


def record(ctx: Context, period: str, content, file_sha256: str, file_name: str,
           recipient: str) -> tuple[uuid.UUID, tuple[dict, ...]]:
    with ctx.store.unit_of_work() as session:
        check_open(session, period)  # another seat may have sent it meanwhile
        last = _latest(session, period)
        now = figures_of(content)
        corrections = _corrections(last.figures, now) if last is not None else []
        row = Submission(period=period, status=SubmissionStatus.SUBMITTED,
                         content_sha256=content.sha256, file_sha256=file_sha256,
                         file_name=file_name[:200], recipient=recipient[:200],
                         corrections=corrections, figures=now)
        ctx.stamp(row)
        session.add(row)
        session.flush()
        audit.record(ctx, session, "report.package", "period", period,
                     detail=f"sha256 {content.sha256}; {len(corrections)} correzioni")
        session.commit()
        return row.id, tuple(corrections)


def reopen(ctx: Context, period: str, reason: str) -> None:
    require(ctx, Permission.REPORT_BUILD)
    code = parse_period(period).code
    problems = Problems()
    if len((reason or "").strip()) < MIN_REASON:
        problems.add("reason", "Scrivere il motivo della riapertura (almeno {n} caratteri).",
                     n=MIN_REASON)
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        last = _latest(session, code)
        if last is None or last.status != SubmissionStatus.SUBMITTED:
            raise UserError("Il periodo {period} non risulta inviato: non c'è nulla da riaprire.",
                            period=code)
        last.status = SubmissionStatus.REOPENED
        ctx.stamp(last)
        opening = Reopening(submission_id=last.id, period=code, reopened_on=ctx.today(),
                            reason=reason.strip())
        ctx.stamp(opening)
        session.add(opening)
        audit.record(ctx, session, "report.reopen", "period", code)
        session.commit()


def log(ctx: Context, period: str | None = None) -> list[SubmissionView]:
    require(ctx, Permission.REPORT_VIEW)
    with ctx.store.read() as session:
        query = select(Submission).order_by(Submission.created_at.desc(), Submission.id.desc())
        if period:
            query = query.where(Submission.period == parse_period(period).code)
        reasons: dict[uuid.UUID, list[str]] = {}
        for opening in session.scalars(select(Reopening).order_by(Reopening.created_at)):
            reasons.setdefault(opening.submission_id, []).append(opening.reason)
        return [SubmissionView(s.id, s.period, s.status, s.created_by, s.created_at,
                               s.content_sha256, s.file_sha256, s.file_name, s.recipient,
                               tuple(s.corrections or ()), tuple(reasons.get(s.id, ())))
                for s in session.scalars(query)]
