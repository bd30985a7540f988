"""Who is at the keyboard, before the main window opens: the first-start wizard when no
account exists, else the login dialog; then a temporary password must be replaced.

``BORGO_PASSWORD`` in the environment, with ``BORGO_USER`` or ``--user``, logs in without
the dialog (the start-up benchmark, scripted runs); a refusal falls back to the dialog.
Without a screen (``QT_QPA_PLATFORM=offscreen``) nobody can type in a dialog: the demo logs
in by itself with its public password, anything else needs BORGO_USER and BORGO_PASSWORD and
otherwise ends with a message on the console instead of waiting for ever.
"""

from __future__ import annotations

import logging
import os
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from borgo_desktop.errors import UserError
from borgo_desktop.ui.accounts.login_dialog import LoginDialog

log = logging.getLogger(__name__)
USER_ENV, PASSWORD_ENV = "BORGO_USER", "BORGO_PASSWORD"


def sign_in(gate, username: str = "", demo: bool = False, *, label: str | None = None,
            setup: bool | None = None, shown: Callable[[LoginDialog], None] | None = None):
    """The Context of whoever logged in, or None if they gave up (the program then ends).

    ``label`` and ``setup`` (whether the first-start wizard is due), when the caller knows
    them without the Gate, let the login dialog show before the Gate is ready (a LazyGate,
    ui/accounts/preload.py); ``shown`` gets the dialog once it is on screen."""
    label = database_label(gate) if label is None else label
    if headless():
        return _headless_sign_in(gate, username, demo, setup)
    if gate.needs_setup() if setup is None else setup:
        # Loaded on a first start only.
        from borgo_desktop.ui.accounts.setup_wizard import SetupWizard

        wizard = SetupWizard(gate, label)
        wizard.exec()
        return wizard.context  # set even if closed on the last page: the account exists
    ctx = None if shown is not None else _from_environment(gate, username)
    if ctx is None:
        if demo:
            from borgo_desktop.seed.demo_accounts import DEMO_PASSWORD

            label = QCoreApplication.translate(
                "SignIn", "{db} · archivio dimostrativo: la password di ogni utente è "
                          "«{password}»").format(db=label, password=DEMO_PASSWORD)
        dialog = LoginDialog(gate, label, os.environ.get(USER_ENV) or username)
        if shown is not None:
            shown(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        ctx = dialog.context
    return ctx if _temporary_password_replaced(ctx) else None


def headless() -> bool:
    """No screen to show a dialog on: Qt's offscreen (or minimal) platform. The window's
    tests drive their dialogs offscreen and turn this off with BORGO_HEADLESS=0."""
    from PySide6.QtGui import QGuiApplication

    if os.environ.get("BORGO_HEADLESS") == "0":
        return False
    return QGuiApplication.platformName() in ("offscreen", "minimal")


NO_SCREEN = ("Nessuno schermo (QT_QPA_PLATFORM={platform}): impossibile chiedere la password. "
             "Impostare BORGO_USER e BORGO_PASSWORD, oppure avviare con --demo.")
NO_SCREEN_SETUP = ("Nessuno schermo (QT_QPA_PLATFORM={platform}) e nessun utente ancora: creare "
                   "prima l'amministratore con «borgo-desktop users add NOME --role admin».")


def _headless_sign_in(gate, username: str, demo: bool, setup: bool | None):
    """Log in from the environment or, for the demo, with its public password; None (the
    program ends) with the reason on the console when neither can be done."""
    from PySide6.QtGui import QGuiApplication

    platform = QGuiApplication.platformName()
    if gate.needs_setup() if setup is None else setup:
        _say(NO_SCREEN_SETUP.format(platform=platform))
        return None
    ctx = _from_environment(gate, username)
    if ctx is None and demo:
        from borgo_desktop.seed.demo_accounts import DEMO_DEFAULT_USER, DEMO_PASSWORD

        try:
            ctx = gate.log_in(os.environ.get(USER_ENV) or username or DEMO_DEFAULT_USER,
                              DEMO_PASSWORD)
        except UserError as exc:
            log.warning("demo auto-login refused: %s", exc.text)
    if ctx is None:
        _say(NO_SCREEN.format(platform=platform))
    return ctx


def _say(text: str) -> None:
    import sys

    if sys.stderr is not None:  # a windowed build has no console
        print(text, file=sys.stderr, flush=True)


def database_label(gate) -> str:
    """Where the data are, without secrets: the file, or the server and database name."""
    if gate.db_path is not None:
        return str(gate.db_path)
    from sqlalchemy.engine import make_url

    url = make_url(gate.url)
    return f"{url.get_backend_name()} · {url.host or ''}/{url.database or ''}"


def _from_environment(gate, username: str):
    """BORGO_PASSWORD with BORGO_USER (or --user, as for the commands): no dialog."""
    user, password = os.environ.get(USER_ENV) or username, os.environ.get(PASSWORD_ENV)
    if not (user and password):
        return None
    try:
        return gate.log_in(user, password)
    except UserError as exc:
        log.warning("%s/%s refused: %s", USER_ENV, PASSWORD_ENV, exc.text)
        return None


def _temporary_password_replaced(ctx) -> bool:
    """A password given by the administrator is replaced before any work."""
    from borgo_desktop.services.accounts import accounts
    from borgo_desktop.ui.accounts.account_dialogs import ChangePasswordDialog

    if not accounts.my_account(ctx).must_change_password:
        return True
    dialog = ChangePasswordDialog(ctx, intro=QCoreApplication.translate(
        "SignIn", "La password attuale è temporanea (data dall'amministratore): ne scelga "
                  "una sua per continuare."))
    return dialog.exec() == QDialog.DialogCode.Accepted
