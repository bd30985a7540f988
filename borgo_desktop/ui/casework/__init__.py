"""Social accompaniment screens: the work list, the case page and its forms."""
