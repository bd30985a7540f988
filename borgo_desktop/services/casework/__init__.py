"""Casework: social cases, their access rules, records, files, triggers and printed pacts."""
