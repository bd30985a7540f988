"""Which rules a household is held to: the newest version of the house rules it had
acknowledged on a given day, and the numbered articles of that version.

The rules' text (community area, ``house_rules``) numbers its articles at the start of a
line ("1. Silenzio dalle 22 alle 7."); an article is cited by that number and its text is
copied into the violation as it read in that version, so a later version never changes
what the household was told.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import HouseRules, RulesAcknowledgement
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require

ARTICLE = re.compile(r"^\s*(\d{1,3})[.)]\s+(.+?)\s*$")


@dataclass(frozen=True)
class Article:
    number: int
    text: str


@dataclass(frozen=True)
class AcknowledgedRules:
    rules_id: uuid.UUID
    version: int
    title: str
    acknowledged_on: date
    articles: tuple[Article, ...]


def articles(body: str) -> tuple[Article, ...]:
    """The numbered articles of a rules text; a line without a number continues the last."""
    found: list[list] = []
    for line in (body or "").splitlines():
        match = ARTICLE.match(line)
        if match:
            found.append([int(match.group(1)), match.group(2)])
        elif found and line.strip():
            found[-1][1] += " " + line.strip()
    return tuple(Article(number, text) for number, text in found)


def acknowledged_in(session: Session, household_id: uuid.UUID, on: date) -> AcknowledgedRules | None:
    """The newest version the household had acknowledged by ``on`` (None: not one)."""
    row = session.execute(
        select(HouseRules, RulesAcknowledgement.acknowledged_on)
        .join(RulesAcknowledgement, RulesAcknowledgement.rules_id == HouseRules.id)
        .where(RulesAcknowledgement.household_id == household_id,
               RulesAcknowledgement.acknowledged_on <= on)
        .order_by(HouseRules.version.desc()).limit(1)).first()
    if row is None:
        return None
    rules, acknowledged_on = row
    return AcknowledgedRules(rules.id, rules.version, rules.title, acknowledged_on,
                             articles(rules.body))


def acknowledged_rules(ctx: Context, household_id: uuid.UUID, on: date) -> AcknowledgedRules | None:
    """For the report form: the articles the household can be held to on that day."""
    require(ctx, Permission.VIOLATION_READ)
    with ctx.store.read() as session:
        return acknowledged_in(session, household_id, on)
