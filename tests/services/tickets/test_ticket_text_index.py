"""The tickets' text filter through its index: the same matches as the LIKE it replaced
(any part of the code, subject or unit code), kept in step by the triggers, and pages read
by key give the same rows as pages read by OFFSET."""

from __future__ import annotations

import pytest
from sqlalchemy import text as sql

from borgo_desktop.services.core import listing, text_search
from borgo_desktop.services.tickets import tickets
from helpers.ticket_world import build_world, leak

SPEC = listing.TICKETS


@pytest.fixture
def world(ctx):
    return build_world(ctx)


def _new(ctx, world, **fields):
    return tickets.create_ticket(ctx, leak(world, accept_similar=True, **fields)).ticket


def _codes(ctx, filters, **kwargs):
    return [row.values[0] for row in listing.fetch_page(ctx, SPEC, filters, **kwargs)]


def _like_codes(ctx, word):
    """What the old LIKE filter found, straight from the tables."""
    with ctx.store.read() as session:
        return sorted((code for (code,) in session.execute(sql(
            "SELECT t.code FROM tickets t LEFT JOIN units u ON u.id = t.unit_id"
            " WHERE lower(t.code) LIKE :p OR lower(t.summary) LIKE :p OR lower(u.code) LIKE :p"),
            {"p": f"%{word.lower()}%"})), reverse=True)


def test_parts_of_words_match_as_like_did(ctx, world):
    _new(ctx, world, summary="Ascensore fermo al terzo piano")
    _new(ctx, world, summary="Perdita dal soffitto", unit_id=world.b1.id)
    _new(ctx, world, summary="Citofono guasto")
    for word in ("ascens", "CENSOR", "soffitto", world.b1.code, "T2026-0000", "guasto",
                 "fermo ascensore", "nulla di simile", "al"):
        filters = {"text": word}
        expected = _like_codes(ctx, word) if " " not in word else None
        found = _codes(ctx, filters)
        if expected is not None:
            assert found == expected, word
        assert listing.count(ctx, SPEC, filters) == len(found), word
    assert _codes(ctx, {"text": "fermo ascensore"}) == _codes(ctx, {"text": "ascensore"})


def test_an_edited_subject_is_found_by_its_new_words_only(ctx, world):
    made = _new(ctx, world, summary="Caldaia rumorosa")
    with ctx.store.unit_of_work() as session:
        session.execute(sql("UPDATE tickets SET summary = 'Caldaia spenta' WHERE code = :c"),
                        {"c": made.code})
        session.commit()
    assert _codes(ctx, {"text": "spenta"}) == [made.code]
    assert _codes(ctx, {"text": "rumorosa"}) == []
    with ctx.store.unit_of_work() as session:
        session.execute(sql("DELETE FROM ticket_events"))
        session.execute(sql("DELETE FROM tickets WHERE code = :c"), {"c": made.code})
        session.commit()
    assert listing.count(ctx, SPEC, {"text": "caldaia"}) == 0


def test_a_renamed_unit_is_found_by_its_new_code(ctx, world):
    made = _new(ctx, world, unit_id=world.b1.id)
    with ctx.store.unit_of_work() as session:
        session.execute(sql("UPDATE units SET code = 'ZZ-NUOVO' WHERE id = :u"),
                        {"u": world.b1.id.hex})
        session.commit()
    assert _codes(ctx, {"text": "zz-nuovo"}) == [made.code]


def test_pages_by_key_are_the_pages_by_offset(ctx, world):
    made = [_new(ctx, world, summary=f"Perdita n. {i}").code
            for i in range(7)]
    for filters, sort, descending in (({"text": "perdita"}, "", False),
                                      ({}, "code", False), ({}, "opened_on", True),
                                      ({"text": "perdita", "priority": "normal"}, "", False)):
        by_offset = [_codes(ctx, filters, sort=sort, descending=descending, offset=o, limit=3)
                     for o in (0, 3, 6)]
        by_key, after = [], None
        for _ in range(3):
            rows = listing.fetch_page(ctx, SPEC, filters, sort, descending, limit=3, after=after)
            by_key.append([r.values[0] for r in rows])
            after = rows[-1] if rows else None
        assert by_key == by_offset, filters
    assert _codes(ctx, {"text": "perdita"}, limit=100) == sorted(made, reverse=True)


def test_the_ordinal_of_a_code():
    assert text_search.ordinal("T2026-000123") == 2026000123
    assert text_search.ordinal("A-1") is None
