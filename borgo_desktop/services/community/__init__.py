"""Community: events, self-managed services and their printed rotas and leaflets."""

from borgo_desktop._old_paths import forward


def __getattr__(name: str):  # names of the flat module of before the layout, for one wave
    return forward(__name__, "community", name)
