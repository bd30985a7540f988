"""Shared spaces: the bookings calendar, the booking form, the weekly programme."""
