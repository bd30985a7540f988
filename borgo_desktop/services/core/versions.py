"""Optimistic versions across the window: the edit carries the version its form was read at.

Every tracked record has a ``row_version`` (models.base) that the database checks at each
UPDATE, which covers two seats saving at the same moment. A form stays open for minutes; the
view it was filled from carries ``version``, the edit input hands it back, and
:func:`check_version` refuses the save when the record was saved since, with the same message
as the database check (who and when from the record's ``updated_by``/``updated_at``).
"""

from __future__ import annotations

from borgo_desktop.store import stale_edit


def check_version(record, expected: int | None) -> None:
    """Refuse an edit of ``record`` read at version ``expected`` (None: no check asked)."""
    if expected is not None and record.row_version != expected:
        raise stale_edit(record.updated_by, record.updated_at)
