"""Counts and distinct values of an append-only table (the audit log), kept between calls.

Rows of an append-only table are never changed or removed, so a count (or the set of
values in a column) found up to key K stays true: the next call only reads the rows added
after K, through the key's index. The audit window opens on a log of any length without
counting it again, and its user and operation filters come without scanning it.
"""

from __future__ import annotations

import threading
import weakref

from sqlalchemy import func, select

_LOCK = threading.Lock()
# engine -> {what: (last key seen, count or set of values)}; gone with the engine.
_KNOWN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _cached(store, what: tuple, key_column, fresh, merge, empty):
    """The value for ``what`` brought up to the newest row; ``fresh(session, after)``
    reads the part after the key ``after`` (None: every row)."""
    with store.read() as session:
        newest = session.scalar(select(func.max(key_column)))
        with _LOCK:
            known = _KNOWN.setdefault(store.engine, {})
            last, value = known.get(what, (None, empty()))
        if newest is None:
            return empty()
        if last != newest:
            if last is not None and newest < last:  # a different file behind the engine
                last, value = None, empty()
            value = merge(value, fresh(session, last))
            with _LOCK:
                known[what] = (newest, value)
        return value


def count(store, name: str, key_column, clauses: list, filters_key: str) -> int:
    def fresh(session, after):
        query = select(func.count()).select_from(key_column.table).where(*clauses)
        if after is not None:
            query = query.where(key_column > after)
        return session.scalar(query) or 0

    return _cached(store, ("count", name, filters_key), key_column, fresh,
                   lambda old, new: old + new, lambda: 0)


def distinct(store, name: str, key_column, column) -> list[str]:
    def fresh(session, after):
        query = select(column).distinct()
        if after is not None:
            query = query.where(key_column > after)
        return set(session.scalars(query))

    return sorted(_cached(store, ("distinct", name, column.key), key_column, fresh,
                          lambda old, new: old | new, set))


def forget(store) -> None:
    """Drop what is known about ``store`` (a restored or replaced file)."""
    with _LOCK:
        _KNOWN.pop(store.engine, None)
