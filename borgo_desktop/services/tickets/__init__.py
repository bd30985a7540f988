"""Tickets: facility-management reports, their plans, views and printed documents."""
