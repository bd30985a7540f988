"""Help: the about box, the in-app user manual (F1 opens the page of the screen in front)."""
