"""Registry screens: household, person and unit lists, pages and forms."""
