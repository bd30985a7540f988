"""The text filter of the tickets list through its index (migrations/tickets_search_ddl.py).

The one place list filtering differs by dialect. SQLite: the words of three letters or more
go to the trigram FTS5 table (any part of the code, subject or unit code, like the LIKE it
replaces); shorter words keep the LIKE. PostgreSQL: a 'simple' tsvector with prefixes over
the code and subject, and the unit's code through its own index.

Besides the condition, two short cuts the list uses when the text is its only filter: the
count read from the index alone, and the candidates of a page in the default order (the
index's rowid is the code's ordinal, newest first) so no match outside the page is read.
"""

from __future__ import annotations

import re

from sqlalchemy import func, literal_column, or_, select, text

from borgo_desktop.models import Ticket, Unit

MIN_TRIGRAM = 3  # the trigram index cannot answer shorter words
_CODE = re.compile(r"T(\d{4})-(\d{1,6})")
_PG_WORD = re.compile(r"[0-9a-z]+")
_PG_VECTOR = "to_tsvector('simple', tickets.code || ' ' || tickets.summary)"


def words_of(value) -> list[str]:
    return str(value).split()


def ordinal(code: str) -> int | None:
    """The index rowid of a ticket code (None for a code outside the T<year>-<n> pattern)."""
    match = _CODE.fullmatch(code or "")
    return int(match[1]) * 1_000_000 + int(match[2]) if match else None


def _fts_query(words: list[str]) -> str:
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _like(word: str):
    pattern = f"%{word.lower()}%"
    return or_(func.lower(Ticket.code).like(pattern), func.lower(Ticket.summary).like(pattern),
               Ticket.unit_id.in_(select(Unit.id).where(func.lower(Unit.code).like(pattern))))


def _indexed(words: list[str]) -> list[str]:
    return [w for w in words if len(w) >= MIN_TRIGRAM]


_ROWID = literal_column("tickets_fts.rowid")
# The code back from the ordinal, so the tickets are found through their code's index.
_CODE_OF_ROWID = literal_column(
    "printf('T%04d-%06d', tickets_fts.rowid / 1000000, tickets_fts.rowid % 1000000)")


def _matching(words: list[str], column=_ROWID):
    return (select(column).select_from(text("tickets_fts"))
            .where(text("tickets_fts MATCH :tickets_q").bindparams(tickets_q=_fts_query(words))))


def ticket_text(dialect: str, value) -> list:
    """The conditions of the tickets' text filter (one per word, ANDed by the caller)."""
    words = words_of(value)
    if dialect != "sqlite":
        return [_pg_word(w) for w in words]
    clauses = [_like(w) for w in words if len(w) < MIN_TRIGRAM]
    if indexed := _indexed(words):
        clauses.append(Ticket.code.in_(_matching(indexed, _CODE_OF_ROWID)))
    return clauses


def _pg_word(word: str):
    parts = _PG_WORD.findall(word.lower())
    if not parts:
        return _like(word)
    query = " & ".join(f"{p}:*" for p in parts)
    vector = text(f"{_PG_VECTOR} @@ to_tsquery('simple', :q_{abs(hash(query))})").bindparams(
        **{f"q_{abs(hash(query))}": query})
    return or_(vector, Ticket.unit_id.in_(
        select(Unit.id).where(func.lower(Unit.code).like(f"%{word.lower()}%"))))


def only_indexed_text(dialect: str, filters: dict) -> list[str] | None:
    """The words when the text is the only filter and the index answers all of it."""
    active = {k: v for k, v in (filters or {}).items() if v not in (None, "", ())}
    if dialect != "sqlite" or set(active) != {"text"}:
        return None
    words = words_of(active["text"])
    return words if words and _indexed(words) == words else None


def count_from_index(words: list[str]):
    """SELECT count(*) of the tickets matching ``words`` (one index row per ticket)."""
    return select(func.count()).select_from(_matching(words).subquery())


def page_candidates(words: list[str], after_code: str | None, limit: int):
    """A condition keeping the ``limit`` newest matches after ``after_code`` (keyset)."""
    query = _matching(words, _CODE_OF_ROWID)
    if after_code is not None:
        if (start := ordinal(after_code)) is None:
            return None
        query = query.where(_ROWID < start)
    return Ticket.code.in_(query.order_by(_ROWID.desc()).limit(limit))
