"""Style sheet snippets shared by the windows (plain strings: no Qt import needed)."""

TITLE_STYLE = "font-size: 16pt; font-weight: 600;"
MUTED_STYLE = "color: #607d8b;"  # hints and secondary text
