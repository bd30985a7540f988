"""Spaces: shared rooms, their bookings, exports and the printed programme."""

from borgo_desktop._old_paths import forward


def __getattr__(name: str):  # names of the flat module of before the layout, for one wave
    return forward(__name__, "spaces", name)
