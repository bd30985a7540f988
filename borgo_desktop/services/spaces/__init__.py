"""Spaces: shared rooms, their bookings, exports and the printed programme."""
