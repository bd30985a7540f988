"""Borgo Desktop: the operations office program of "Abitare in borgo"."""

from borgo_desktop import _old_paths

__version__ = "0.1.0"

_old_paths.install()  # module paths of before the layout (issue 10), for one wave of branches
