"""«Oggi»: what needs doing today, per role, gathered from the other areas (read only)."""
