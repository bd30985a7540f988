"""Staff accounts: list, add, disable/enable, change role, change and reset passwords.

Passwords are hashed with argon2id (argon2-cffi's PasswordHasher). On an encrypted SQLite
file each active account also holds a copy of the data key in the key file, wrapped with
its password (services/accounts/keyfile.py): adding an account or setting a password wraps a copy,
disabling removes it, so a disabled account cannot open the file even with the right
password. The key file is saved inside the unit of work, just before the commit: a failed
save leaves the database unchanged.

Accounts are never deleted, so the audit trail always names someone who exists. No
password, old or new, ever reaches the audit trail or a log.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound, UserError, ValidationError
from borgo_desktop.models import Account
from borgo_desktop.models.base import utcnow
from borgo_desktop.services.core import audit
from borgo_desktop.services.accounts import keyfile, rotation
from borgo_desktop.services.core.context import ROLES, Context
from borgo_desktop.services.core.permissions import ROLE_LABELS, Permission, require

USERNAME = re.compile(r"[a-z][a-z0-9._-]{2,31}")
MIN_PASSWORD = 10
# Passwords that pass the length rule but are the first an attacker tries.
COMMON_PASSWORDS = frozenset({
    "1234567890", "0123456789", "password1!", "passwordpassword", "qwertyuiop",
    "abitareinborgo", "borgodesktop", "comunedimilano", "password123", "amministratore",
})


@dataclass(frozen=True)
class AccountView:
    username: str
    display_name: str
    role: str
    active: bool
    last_login_at: datetime | None
    locked_until: datetime | None
    must_change_password: bool = False
    failed_logins: int = 0

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def hasher() -> PasswordHasher:
    """argon2id with the same cost as the key derivation (lowered together by the tests)."""
    return PasswordHasher(**asdict(keyfile.KDF))


def hash_password(password: str) -> str:
    return hasher().hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# --- validation -------------------------------------------------------------------------

def password_problem(password: str, username: str = "", field: str = "password") -> UserError | None:
    """The password policy: length over composition (as NIST SP 800-63B advises)."""
    if len(password) < MIN_PASSWORD:
        return UserError("La password deve avere almeno {n} caratteri.", field=field, n=MIN_PASSWORD)
    if len(password) > 200:
        return UserError("La password non può superare 200 caratteri.", field=field)
    lowered = password.lower()
    if (lowered in COMMON_PASSWORDS or len(set(lowered)) < 4
            or (username and username.lower() in lowered)):
        return UserError("Password troppo facile da indovinare: non usare il nome utente, "
                         "sequenze o parole comuni. Una frase di più parole va bene.", field=field)
    return None


def check_password_policy(password: str, username: str = "", field: str = "password") -> None:
    if problem := password_problem(password, username, field):
        raise ValidationError({field: problem})


def validate_account(username: str, display_name: str, role: str, password: str) -> None:
    """Every problem of the new-account form at once (ValidationError keyed by field)."""
    problems: dict[str, UserError] = {}
    if not USERNAME.fullmatch(username):
        problems["username"] = UserError(
            "Nome utente non valido: da 3 a 32 caratteri, lettere minuscole senza accenti, "
            "cifre e . _ - ; deve iniziare con una lettera (es. m.rossi).", field="username")
    if not display_name.strip():
        problems["display_name"] = UserError("Indicare nome e cognome.", field="display_name")
    elif len(display_name.strip()) > 120:
        problems["display_name"] = UserError("Nome troppo lungo (al massimo 120 caratteri).",
                                             field="display_name")
    if role not in ROLES:
        problems["role"] = UserError("Ruolo sconosciuto: scegliere uno dei ruoli dell'elenco.",
                                     field="role")
    if problem := password_problem(password, username):
        problems["password"] = problem
    if problems:
        raise ValidationError(problems)


# --- reading ----------------------------------------------------------------------------

def _view(row: Account, keys: keyfile.KeyFile | None) -> AccountView:
    failed, locked = row.failed_logins, row.locked_until
    if keys is not None:  # an encrypted file keeps its counters in the key file
        attempts = keys.attempts(row.username)
        failed, locked = attempts.failed, attempts.locked_until
    return AccountView(row.username, row.display_name, row.role, row.active, row.last_login_at,
                       locked, row.must_change_password, failed)


def _keys(ctx: Context) -> keyfile.KeyFile | None:
    path = getattr(ctx.store, "key_file", None)
    return keyfile.KeyFile.load(path) if path is not None else None


def list_accounts(ctx: Context) -> list[AccountView]:
    require(ctx, Permission.USERS_MANAGE)
    keys = _keys(ctx)
    with ctx.store.read() as session:
        rows = session.scalars(select(Account).order_by(Account.username)).all()
        return [_view(row, keys) for row in rows]


def my_account(ctx: Context) -> AccountView:
    """The logged-in user's own account (no permission needed): e.g. must they change the
    temporary password an administrator gave them?"""
    with ctx.store.read() as session:
        return _view(_get(session, ctx.actor.username), _keys(ctx))


def count_accounts(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Account))


def _get(session: Session, username: str) -> Account:
    row = session.scalar(select(Account).where(Account.username == username))
    if row is None:
        raise NotFound("L'utente «{username}» non esiste.", field="username", username=username)
    return row


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)
                          .where(Account.role == "admin", Account.active.is_(True)))


# --- writing ----------------------------------------------------------------------------

def _save_keys(ctx: Context, change) -> None:
    """Apply ``change(keys, data_key)`` to the key file of an encrypted store and save it."""
    path = getattr(ctx.store, "key_file", None)
    if path is not None:
        with keyfile.editing(path) as keys:
            change(keys, ctx.store.key)


def create_account_unchecked(ctx: Context, username: str, display_name: str, role: str,
                             password: str, *, must_change_password: bool = False) -> AccountView:
    """Add an account WITHOUT the permission check: for the first administrator (the Gate's
    set-up, when no one is logged in yet) and the demo seed. Everything else calls
    :func:`add_account`."""
    username, display_name = username.strip(), display_name.strip()
    validate_account(username, display_name, role, password)
    with ctx.store.unit_of_work() as session:
        if session.scalar(select(Account.id).where(Account.username == username)):
            raise ValidationError({"username": UserError(
                "Il nome utente «{username}» è già usato (anche da un utente disattivato).",
                field="username", username=username)})
        row = Account(username=username, display_name=display_name, role=role,
                      password_hash=hash_password(password), active=True,
                      must_change_password=must_change_password, failed_logins=0)
        ctx.stamp(row)
        session.add(row)
        audit.record(ctx, session, "account.create", "account", username, ["role"], detail=role)
        _save_keys(ctx, lambda keys, key: keys.set_copy(username, key, password))
        session.commit()
        return _view(row, None)


def add_account(ctx: Context, username: str, display_name: str, role: str,
                password: str) -> AccountView:
    require(ctx, Permission.USERS_MANAGE)
    return create_account_unchecked(ctx, username, display_name, role, password,
                                    must_change_password=True)


def set_active(ctx: Context, username: str, active: bool,
               password: str | None = None) -> "rotation.RotationResult | None":
    """Disable (never delete) or re-enable an account.

    Disabling removes the account's copy of the data key and, on an encrypted file, rotates
    the data key (services/accounts/rotation.py): the account's old key file and password
    then open nothing. Returns the rotation's result (accounts left without a copy, a new
    recovery key to print), None when there was none. Re-enabling on an encrypted file
    needs a temporary ``password`` (a new copy is wrapped with it; the user changes it at
    the next login); elsewhere it is optional (the old password works again without it).
    """
    require(ctx, Permission.USERS_MANAGE)
    with ctx.store.unit_of_work() as session:
        row = _get(session, username)
        if row.active == active:
            return None
        if not active:
            if username == ctx.actor.username:
                raise UserError("Non si può disattivare il proprio utente.", field="username")
            if row.role == "admin" and _active_admins(session) <= 1:
                raise UserError("È l'ultimo amministratore attivo: attivarne o nominarne un "
                                "altro prima di disattivarlo.", field="username")
            _save_keys(ctx, lambda keys, key: keys.drop_copy(username))
        else:
            if password is None and _keys(ctx) is not None:
                raise ValidationError({"password": UserError(
                    "Per riattivare l'utente indicare una password temporanea.", field="password")})
            if password is not None:
                check_password_policy(password, username)
                row.password_hash = hash_password(password)
                row.must_change_password = True
                row.failed_logins, row.last_failed_at, row.locked_until = 0, None, None
                _save_keys(ctx, lambda keys, key: (keys.set_copy(username, key, password),
                                                   keys.set_attempts(username, keyfile.Attempts())))
        row.active = active
        ctx.stamp(row)
        audit.record(ctx, session, "account.enable" if active else "account.disable",
                     "account", username, ["active"])
        session.commit()
    if active or getattr(ctx.store, "key_file", None) is None:
        return None
    try:
        return rotation.rotate_data_key(ctx, f"utente {username} disattivato")
    except UserError as exc:
        raise UserError("L'utente {username} è disattivato, ma la chiave del database non è "
                        "stata cambiata: {problem} Ripetere con 'borgo-desktop keys rotate'.",
                        username=username, problem=exc.text) from exc


def set_role(ctx: Context, username: str, role: str) -> None:
    require(ctx, Permission.USERS_MANAGE)
    if role not in ROLES:
        raise ValidationError({"role": UserError(
            "Ruolo sconosciuto: scegliere uno dei ruoli dell'elenco.", field="role")})
    with ctx.store.unit_of_work() as session:
        row = _get(session, username)
        if row.role == role:
            return
        if row.role == "admin" and row.active and _active_admins(session) <= 1:
            raise UserError("È l'ultimo amministratore attivo: nominarne un altro prima di "
                            "cambiargli ruolo.", field="role")
        old, row.role = row.role, role
        ctx.stamp(row)
        audit.record(ctx, session, "account.role", "account", username, ["role"],
                     detail=f"{old} -> {role}")
        session.commit()


def change_password(ctx: Context, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password; rewraps their copy of the data key."""
    username = ctx.actor.username
    keys = _keys(ctx)
    with ctx.store.read() as session:
        password_hash = _get(session, username).password_hash
    right = (keys.unwrap(username, old_password) is not None if keys is not None
             else password_matches(password_hash, old_password))
    if not right:
        raise ValidationError({"old_password": UserError(
            "La password attuale non è corretta.", field="old_password")})
    check_password_policy(new_password, username, field="new_password")
    if new_password == old_password:
        raise ValidationError({"new_password": UserError(
            "La nuova password deve essere diversa da quella attuale.", field="new_password")})
    _set_password(ctx, username, new_password, must_change=False, action="account.password_change")


def reset_password(ctx: Context, username: str, new_password: str) -> None:
    """An administrator gives a temporary password; the user must change it at login.
    Also lifts a temporary lock. A disabled account is re-enabled with :func:`set_active`."""
    require(ctx, Permission.USERS_MANAGE)
    check_password_policy(new_password, username)
    with ctx.store.read() as session:
        if not _get(session, username).active:
            raise UserError("L'utente «{username}» è disattivato: riattivarlo indicando una "
                            "password temporanea.", field="username", username=username)
    _set_password(ctx, username, new_password, must_change=username != ctx.actor.username,
                  action="account.password_reset")


def recover_password(ctx: Context, new_password: str) -> None:
    """Set a new password after the recovery key was proved (services/admin/gate.py only)."""
    check_password_policy(new_password, ctx.actor.username)
    _set_password(ctx, ctx.actor.username, new_password, must_change=False,
                  action="account.recover")


def _set_password(ctx: Context, username: str, password: str, *, must_change: bool,
                  action: str) -> None:
    with ctx.store.unit_of_work() as session:
        row = _get(session, username)
        row.password_hash = hash_password(password)
        row.must_change_password = must_change
        row.failed_logins, row.last_failed_at, row.locked_until = 0, None, None
        ctx.stamp(row)
        audit.record(ctx, session, action, "account", username, ["password_hash"])
        _save_keys(ctx, lambda keys, key: (keys.set_copy(username, key, password),
                                           keys.set_attempts(username, keyfile.Attempts())))
        session.commit()


def record_login(ctx: Context, *, action: str = "login") -> AccountView:
    """After a successful authentication: stamp the time and clear the counters."""
    with ctx.store.unit_of_work() as session:
        row = _get(session, ctx.actor.username)
        row.last_login_at = utcnow()
        row.failed_logins, row.last_failed_at, row.locked_until = 0, None, None
        audit.record(ctx, session, action, "account", row.username)
        session.commit()
        return _view(row, None)
