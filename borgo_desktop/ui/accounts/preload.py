"""The first window comes before the heavy imports: they load on a thread behind it.

:class:`Preloader` imports SQLAlchemy, the models, the services, ReportLab and the main
window's modules on a background thread (plain Python imports: no widget is made there;
Qt objects stay on the GUI thread), then builds the Gate. :class:`LazyGate` stands for that
Gate in the login dialog: the first use (the click on "Accedi", seconds after the dialog
appeared, when the imports are long done) waits for it if it must. An error on the thread
is raised there, on the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
import threading
from typing import Callable

log = logging.getLogger(__name__)

# What the window needs after the login, heaviest first (the store, then what shows).
HEAVY_MODULES = (
    "sqlalchemy", "borgo_desktop.models", "borgo_desktop.store", "borgo_desktop.services.admin.gate",
    "borgo_desktop.services.accounts.accounts", "borgo_desktop.services.admin.backup_runner",
    "borgo_desktop.services.core.listing", "borgo_desktop.services.core.settings", "babel.numbers",
    "reportlab.platypus",
    "borgo_desktop.ui.accounts.account_dialogs", "borgo_desktop.ui.accounts.screen_lock",
    "borgo_desktop.ui.main_window",
)


class Preloader:
    def __init__(self, make_gate: Callable[[], object],
                 modules: tuple[str, ...] = HEAVY_MODULES) -> None:
        self._make_gate, self._modules = make_gate, modules
        self._gate = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="borgo-preload", daemon=True)

    def start(self) -> "Preloader":
        self._thread.start()
        return self

    @property
    def done(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def _run(self) -> None:
        try:
            for name in self._modules:
                importlib.import_module(name)
            if "borgo_desktop.models" in self._modules:
                from sqlalchemy.orm import configure_mappers

                configure_mappers()  # else the first query after the login pays ~0.1 s
            self._gate = self._make_gate()
        except BaseException as exc:  # raised again where the Gate is asked for
            self._error = exc

    def gate(self):
        """The Gate, once the thread has made it (started now if it was not yet)."""
        if self._thread.ident is None:
            self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._gate


class LazyGate:
    """The Gate of a Preloader, waited for on first use."""

    def __init__(self, preloader: Preloader) -> None:
        self._preloader = preloader

    def __getattr__(self, name: str):
        return getattr(self._preloader.gate(), name)
