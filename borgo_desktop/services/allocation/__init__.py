"""Allocation: applications, the waiting list, offers, visits, contracts and move-ins."""
