"""Shared services below every area: context, permissions, audit, settings, search, lookups, lists."""
