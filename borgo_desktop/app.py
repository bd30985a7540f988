"""QApplication bootstrap: language, look, crash handling, the main window.

The store is already open (cli.open_context): this module only builds the window.
Translations live in the package (resources/translations) so a frozen build finds them.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from borgo_desktop import __version__
from borgo_desktop.errors import UserError
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.accounts.preload import LazyGate, Preloader
from borgo_desktop.ui.help import f1
from borgo_desktop.ui.help.about import app_icon
from borgo_desktop.ui.widgets import accessibility
from borgo_desktop.ui.widgets.after_paint import after_first_paint
from borgo_desktop.ui.widgets.collector import MainThreadCollector
from borgo_desktop.ui.widgets.theme import apply_theme

log = logging.getLogger(__name__)

APP_NAME = "Borgo Desktop"
ORGANIZATION = "Abitare in borgo"
TRANSLATIONS_DIR = Path(__file__).with_name("resources") / "translations"
GEOMETRY_KEY = "main_window/geometry"
# Cold-start benchmark: quit once the start screen is painted with its data.
QUIT_WHEN_SHOWN = "BORGO_QUIT_WHEN_SHOWN"
SHOWN_MARK = "borgo-shown-at"


def run(entry, *, lang: str = "it", username: str = "", demo: bool = False,
        started: Callable[[Context], None] | None = None,
        backup_dir: Path | None = None, label: str | None = None) -> int:
    """The window for ``entry``: a Gate (wizard or login first, then the idle lock) or an
    already open Context (no login, no lock: tests and tools). ``username`` fills the login
    dialog; ``started`` gets the Context once someone is logged in, before the window.
    With ``backup_dir`` the day's copy is made in the background if missing; closing the
    window stops it (the next start makes it) and never waits for a copy.

    ``entry`` may also be a Preloader (ui/accounts/preload.py) when a login is sure to come
    (``label`` names the data): the login window is painted first, then the heavy imports
    and the Gate load on a thread while the password is typed."""
    app = QApplication.instance() or QApplication(sys.argv)
    configure(app, lang)
    gate = None if isinstance(entry, Context) else entry
    login_kwargs = {}
    if isinstance(entry, Preloader):
        gate = LazyGate(entry)
        login_kwargs = dict(label=label, setup=False, shown=lambda dialog: after_first_paint(
            dialog, lambda: _login_painted(entry, dialog)))
    if gate is None:
        ctx = entry
    else:
        from borgo_desktop.ui.accounts.start import sign_in

        try:
            ctx = sign_in(gate, username=username, demo=demo, **login_kwargs)
        except UserError as exc:  # e.g. the key file is missing: no console to print it on
            from borgo_desktop.ui.widgets.dialogs import show_error

            show_error(None, exc)
            return 1
        if ctx is None:
            return 0  # gave up at the login: nothing was opened
    if started is not None:
        started(ctx)
    from borgo_desktop.ui.main_window import MainWindow  # heavy: imported once needed

    window = MainWindow(ctx)
    if gate is not None:
        attach_screen_lock(window, ctx, gate)
    runner = None
    if backup_dir is not None:
        from borgo_desktop.services.admin.backup_runner import BackgroundBackup

        runner = BackgroundBackup(ctx.store, backup_dir)
        if runner.applies:
            runner.start_if_due()
            window.attach_backup(runner)
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    install_excepthook()
    from borgo_desktop.ui.accounts.start import headless

    if os.environ.get(QUIT_WHEN_SHOWN) == "1" or headless():
        # Without a screen nobody can use the window: it is painted once, then the program
        # ends by itself (README, command 1 run with QT_QPA_PLATFORM=offscreen).
        after_first_paint(window.start_view(), _report_shown_and_quit)
    window.show()
    code = app.exec()
    if runner is not None:
        runner.stop()  # a copy in progress is dropped: the next start makes it
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    if gate is not None:
        gate.log_out(ctx)  # the session's end, in the audit trail
    return code


def attach_screen_lock(window, ctx: Context, gate) -> None:
    from borgo_desktop.services.core.settings import get_setting
    from borgo_desktop.ui.accounts.screen_lock import ScreenLock

    minutes = float(get_setting(ctx, "security.idle_lock_minutes") or 0)
    window.attach_lock(ScreenLock(window, ctx, gate.check_password, minutes))


def configure(app: QApplication, lang: str = "it") -> None:
    """Names (for QSettings), translators, locale, look, garbage collection on this thread."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    f1.install(app)  # F1 on any screen: its page of the manual
    accessibility.install(app)  # every control named for screen readers
    install_translators(app, lang)
    apply_theme(app)
    if app.findChild(MainThreadCollector) is None:
        MainThreadCollector(app)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (dialog buttons) in the chosen language, and ours when not Italian."""
    locale = QLocale(QLocale.Language.Italian, QLocale.Country.Italy) if lang == "it" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed = []

    def install(name: str, load) -> None:
        translator = QTranslator(app)
        if load(translator):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation not found: %s (%s)", name, lang)

    if lang != "en":  # Qt speaks English already
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        install("qtbase", lambda t: t.load(locale, "qtbase", "_", qt_dir))
    if lang != "it":  # the program's own source language is Italian
        for path in sorted(TRANSLATIONS_DIR.glob(f"*_{lang}.qm")):
            install(path.name, lambda t, path=path: t.load(str(path)))
    return installed


LOGIN_SHOWN_MARK, LOGIN_MARK = "borgo-login-shown-at", "borgo-login-at"


def _login_painted(preloader, dialog) -> None:
    """The login window is on screen: load the rest behind it. The start-up benchmark
    (BORGO_QUIT_WHEN_SHOWN with BORGO_PASSWORD) then types the password once the loading
    is done, as a person would a few seconds later, and marks both moments."""
    preloader.start()
    if os.environ.get(QUIT_WHEN_SHOWN) != "1" or not os.environ.get("BORGO_PASSWORD"):
        return
    _mark(LOGIN_SHOWN_MARK)
    poll = QTimer(dialog, interval=10)

    def type_when_loaded() -> None:
        if not preloader.done:
            return
        poll.stop()
        if not dialog.username.text():
            dialog.username.setText(os.environ.get("BORGO_USER", ""))
        dialog.password.setText(os.environ["BORGO_PASSWORD"])
        _mark(LOGIN_MARK)
        dialog.login_button.click()

    poll.timeout.connect(type_when_loaded)
    poll.start()


def _mark(name: str) -> None:
    if sys.stdout is not None:  # a windowed build has no console
        print(f"{name} {time.monotonic()}", flush=True)


def _report_shown_and_quit() -> None:
    """After the first paint: tell the benchmark when (a system-wide monotonic clock, so the
    launching process can subtract its spawn time) and quit."""
    from borgo_desktop.ui.accounts.start import headless

    if os.environ.get(QUIT_WHEN_SHOWN) == "1":
        _mark(SHOWN_MARK)
    elif headless() and sys.stdout is not None:
        print(QApplication.translate(
            "App", "Finestra aperta senza schermo (QT_QPA_PLATFORM={platform}): tutto pronto, "
                   "il programma si chiude da solo.").format(platform=QApplication.platformName()),
              flush=True)
    QApplication.quit()


_handling = False


def install_excepthook() -> None:
    """A bug shows the crash dialog over the window that failed; nothing the user typed is lost."""
    sys.excepthook = handle_exception


def handle_exception(exc_type, exc, tb) -> None:
    global _handling
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    from borgo_desktop.ui.widgets.dialogs import CrashDialog, show_error

    parent: QWidget | None = QApplication.activeWindow()
    if isinstance(exc, UserError):  # refused, not broken: the message is for the user
        show_error(parent, exc)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if _handling:  # a failure while showing the dialog: the log has it
        return
    _handling = True
    try:
        CrashDialog(details, parent).exec()
    finally:
        _handling = False


def tour(ctx: Context, out_dir: Path, lang: str = "it") -> list[Path]:
    """The screenshot tour (ui/tour.py) in the chosen language, without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qt_app = QApplication.instance() or QApplication([])
    translators = install_translators(qt_app, lang) if lang != "it" else []
    from borgo_desktop.ui.tour import run_tour

    try:
        return run_tour(ctx, out_dir)
    finally:
        for translator in translators:
            qt_app.removeTranslator(translator)
