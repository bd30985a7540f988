"""The gate: opens the database for an account (first set-up, login, lock screen, recovery).

SQLite file (a laptop, the office's single seat): the file is encrypted with SQLCipher.
A password is checked by unwrapping that account's copy of the data key from the key file
(services/accounts/keyfile.py); that key then opens the database. The database says whether the
account is still active and which role it has. A database left by an earlier version
(not encrypted) is encrypted at set-up, after an encrypted copy of it is kept in the
backup folder.

PostgreSQL (several seats on a server) and in-memory SQLite: no file to encrypt here (the
server protects its disks); passwords are checked against the argon2id hashes and the
counters live in the accounts table.

Repeated failures: from the ``DELAY_AFTER``-th failure each new attempt must wait a delay
that doubles each time; at ``LOCK_AFTER`` failures the account is locked for ``LOCK_FOR``.
Attempts refused while waiting do not count. Counted per account; a success resets it.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from borgo_desktop.errors import StoreError, UserError
from borgo_desktop.formatting import ROME
from borgo_desktop.models import Account, Setting
from borgo_desktop.models.base import utcnow
from borgo_desktop.services.accounts import accounts, rotation
from borgo_desktop.services.admin import anchors
from borgo_desktop.services.core import audit
from borgo_desktop.services.accounts import keyfile
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.accounts.keyfile import RECOVERY, Attempts, KeyFile
from borgo_desktop.store import (
    KEY_BYTES, Store, connect_file, is_plain_sqlite,
)

log = logging.getLogger(__name__)

DELAY_AFTER = 3
BASE_DELAY = timedelta(seconds=5)
LOCK_AFTER = 5
LOCK_FOR = timedelta(minutes=15)
RECOVERY_SETTING = "accounts.recovery_key_hash"  # PostgreSQL: no key file to hold the copy

GENERATION_SETTING = "accounts.key_file_generation"  # the newest key file the database saw
OLDER_KEY_FILE = ("Il file delle chiavi {name} è una copia più vecchia di quella che questo "
                  "database ha già usato (i contatori dei tentativi tornerebbero indietro): "
                  "accesso rifiutato. Rimettere il file delle chiavi più recente, oppure "
                  "accedere con la chiave di recupero.")

WRONG = "Nome utente o password non corretti."
DISABLED = "Questo utente è disattivato: rivolgersi all'amministratore."


class LoginRefused(UserError):
    """Wrong credentials, a disabled account or one temporarily locked (Italian reason)."""


def wait_until(attempts: Attempts) -> datetime | None:
    """When the next attempt may be made (None: at once)."""
    if attempts.locked_until is not None:
        return attempts.locked_until
    if attempts.failed >= DELAY_AFTER and attempts.last_failure is not None:
        return attempts.last_failure + BASE_DELAY * 2 ** (attempts.failed - DELAY_AFTER)
    return None


def after_failure(attempts: Attempts, now: datetime) -> Attempts:
    failed = attempts.failed + 1
    locked = now + LOCK_FOR if failed >= LOCK_AFTER else None
    return Attempts(failed, now, locked)


def _refuse_if_waiting(attempts: Attempts, now: datetime) -> None:
    until = wait_until(attempts)
    if until is None or now >= until:
        return
    if attempts.locked_until is not None:
        raise LoginRefused("Troppi tentativi non riusciti: l'accesso di questo utente è bloccato "
                           "fino alle {time}. L'amministratore può sbloccarlo reimpostando la "
                           "password.", time=until.astimezone(ROME).strftime("%H:%M"))
    seconds = max(1, int((until - now).total_seconds() + 0.999))
    raise LoginRefused("Troppi tentativi non riusciti: attendere {seconds} secondi prima di "
                       "riprovare.", seconds=seconds)


def _wrong(attempts: Attempts) -> LoginRefused:
    if attempts.locked_until is not None:
        return LoginRefused("Password non corretta per la {n}ª volta: l'accesso di questo utente "
                            "è bloccato per {minutes} minuti.", n=attempts.failed,
                            minutes=int(LOCK_FOR.total_seconds() // 60))
    return LoginRefused(WRONG)


class Gate:
    """Opens the database for an account. One Gate per window or command; the store it opens
    is kept (``gate.store``) and shared by the contexts it returns."""

    def __init__(self, url: str, backup_dir: Path | None = None, key_file: Path | None = None,
                 today: Callable[[], date] = date.today, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.url = url
        parsed = make_url(url)
        file = parsed.database if parsed.get_backend_name() == "sqlite" else None
        self.db_path = Path(file) if file not in (None, "", ":memory:") else None
        self.backup_dir = backup_dir or (self.db_path.parent / "backups" if self.db_path else None)
        self.key_file = key_file or (keyfile.path_for(self.db_path) if self.db_path else None)
        self.today = today
        self.clock = clock
        self.store: Store | None = None
        self._seen_generation = 0  # the key file's generation when this login read it
        self._own_saves = 0  # key file saves this login made before the generation check

    @classmethod
    def for_paths(cls, paths, database_url: str | None = None, **kwargs) -> "Gate":
        from borgo_desktop.config import resolve_database_url

        return cls(resolve_database_url(paths, database_url), paths.backup_dir, **kwargs)

    @property
    def encrypted(self) -> bool:
        return self.db_path is not None

    def close(self) -> None:
        """The session's end: the audit head is anchored (services/admin/anchors.py) when it
        moved, then the store is released."""
        if self.store is not None:
            if not self.store.closed:
                anchors.session_end(self.store)
            self.store.close()
            self.store = None

    # --- first start ----------------------------------------------------------------------

    def _db_exists(self) -> bool:
        return self.db_path.exists() and self.db_path.stat().st_size > 0

    def needs_setup(self) -> bool:
        """No account exists yet: the first administrator must be created."""
        if not self.encrypted:
            return accounts.count_accounts(self._plain_store()) == 0
        if self._db_exists() and not is_plain_sqlite(self.db_path):
            KeyFile.load(self.key_file)  # an encrypted file without its keys: say so
            return False
        if not self._db_exists() and self.key_file.exists() and not self._setting_up().exists():
            self._refuse_lost_database()
        # No database, or one left by an earlier version (not encrypted), or a set-up that
        # stopped before the encrypted file replaced the old one.
        return True

    def _setting_up(self) -> Path:
        return self.db_path.with_name(f".{self.db_path.name}.setting-up")

    def _refuse_lost_database(self) -> None:
        """A key file but no database (or an empty file): the data were lost or moved, this
        is no new install. Setting up again would replace the key file: refused."""
        from borgo_desktop.services.admin import backups

        good = backups.last_good(self.backup_dir) if self.backup_dir else None
        where = (f" L'ultima copia è {good.path}: copiarla al posto di {self.db_path.name} "
                 f"(con il suo file .keys se quello attuale non la apre)." if good else
                 " Ripristinare il database da una copia di sicurezza (cartella delle copie).")
        state = "è vuoto" if self.db_path.exists() else "manca"
        raise StoreError("Il database {name} {state}, ma accanto c'è il file delle chiavi "
                         "{keys}: non è una nuova installazione, e il programma non lo "
                         "ricrea (le chiavi andrebbero perse).{where}", name=self.db_path.name,
                         state=state, keys=self.key_file.name, where=where)

    def set_up(self, username: str, display_name: str, password: str) -> tuple[Context, str]:
        """Create the first administrator; returns the logged-in context and the recovery
        key, to be shown once (and printed: reports/admin_recovery.py)."""
        if not self.needs_setup():
            raise UserError("Il programma è già configurato: accedere con un utente esistente.")
        username, display_name = username.strip(), display_name.strip()
        accounts.validate_account(username, display_name, "admin", password)  # before any file
        recovery = keyfile.new_recovery_key()
        if not self.encrypted:
            store = self._plain_store()
            ctx = Context(store, Actor(username, "admin", display_name), self.today)
            accounts.create_account_unchecked(ctx, username, display_name, "admin", password)
            with store.unit_of_work() as session:
                session.add(Setting(key=RECOVERY_SETTING, value=accounts.hash_password(recovery),
                                    created_by=username, updated_by=username))
                session.commit()
        else:
            self._set_up_encrypted(username, display_name, password, recovery)
        return self.log_in(username, password), recovery

    def _set_up_encrypted(self, username: str, display_name: str, password: str,
                          recovery: str) -> None:
        data_key = os.urandom(KEY_BYTES)
        keys = KeyFile.new(self.key_file)
        keys.set_copy(username, data_key, password)
        keys.set_copy(RECOVERY, data_key, recovery)
        temp = self._setting_up()
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm"), Path(f"{temp}-journal")):
            leftover.unlink(missing_ok=True)
        plain = self._db_exists() and is_plain_sqlite(self.db_path)
        if plain:
            _fold_wal(self.db_path)
            kept = self._encrypted_copy_aside(data_key)
            shutil.copyfile(kept, temp)
        store = Store.open(f"sqlite:///{temp}", backup_dir=self.backup_dir, key=data_key)
        try:
            ctx = Context(store, Actor(username, "admin", display_name), self.today)
            accounts.create_account_unchecked(ctx, username, display_name, "admin", password)
        finally:
            store.close()
        _fold_wal(temp, data_key)
        # The order matters: keys first, then the file. A stop in between leaves the old file
        # and a key file that does not open it: needs_setup() is still True, set-up restarts.
        keys.save()
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
        os.replace(temp, self.db_path)
        if plain:
            from borgo_desktop.services.admin import backups

            backups.encrypt_plain_backups(self.backup_dir, data_key)
        log.info("database %s set up encrypted", self.db_path)

    def _encrypted_copy_aside(self, data_key: bytes) -> Path:
        """The unencrypted database of an earlier version, kept as an encrypted backup."""
        from borgo_desktop.services.admin import backups

        return backups.encrypt_into_backup(self.db_path, self.backup_dir, data_key,
                                           "pre-encryption")

    # --- login ------------------------------------------------------------------------------

    def log_in(self, username: str, password: str) -> Context:
        """Open the database for ``username``; audits success and failure."""
        username = username.strip().lower()  # usernames are lower case (accounts.USERNAME)
        self._own_saves = 0
        key = self._authenticate(username, password)
        store = self._open(key)
        if self.encrypted:
            self._refuse_older_key_file(store, username)
        return self._enter(store, username, "login")

    def _refuse_older_key_file(self, store: Store, username: str) -> None:
        """An older copy of the key file put back (its counters with it) is refused: the
        database remembers the newest generation it saw (keyfile.KeyFile.generation)."""
        with store.read() as session:
            known = session.scalar(select(Setting.value).where(Setting.key == GENERATION_SETTING))
        current = KeyFile.load(self.key_file).generation - self._own_saves
        if known is None or max(self._seen_generation, current) >= int(known):
            return
        audit.record_event(Context(store, Actor(username[:64]), self.today), "login_failed",
                           "account", username[:64],
                           detail=f"file delle chiavi più vecchio (generazione "
                                  f"{self._seen_generation}, il database ne ha vista {known})")
        raise LoginRefused(OLDER_KEY_FILE, name=self.key_file.name)

    def _remember_generation(self, store: Store, ctx: Context, *, reset: bool = False) -> None:
        """Record the key file's generation (``reset``: even a lower one, after the recovery
        key proved the office's will to go on with this file)."""
        generation = KeyFile.load(self.key_file).generation
        with store.unit_of_work() as session:
            row = session.scalar(select(Setting).where(Setting.key == GENERATION_SETTING))
            if row is None:
                row = Setting(key=GENERATION_SETTING, value=generation)
                session.add(row)
            elif int(row.value) == generation or (int(row.value) > generation and not reset):
                return
            row.value = generation
            ctx.stamp(row)
            session.commit()

    def check_password(self, ctx: Context, password: str) -> None:
        """The lock screen: raises LoginRefused; a failure counts as a login failure."""
        self._authenticate(ctx.actor.username, password)
        audit.record_event(ctx, "unlock", "account", ctx.actor.username)

    def log_out(self, ctx: Context) -> None:
        """The user leaves (or the window closes): audited; the store stays open for the
        next login from this window (:meth:`close` releases it)."""
        audit.record_event(ctx, "logout", "account", ctx.actor.username)
        anchors.session_end(ctx.store)

    def recover(self, recovery_key: str, username: str, new_password: str) -> Context:
        """A forgotten password: the recovery key sets a new one for ``username``."""
        username = username.strip().lower()
        accounts.check_password_policy(new_password, username)
        secret = keyfile.normalise_recovery_key(recovery_key)
        now = self.clock()
        if self.encrypted:
            keys = KeyFile.load(self.key_file)
            _refuse_if_waiting(keys.attempts(RECOVERY), now)
            key = keys.unwrap(RECOVERY, secret)
            if key is None:
                raise _recovery_refused(
                    self._note(RECOVERY, now, "chiave di recupero", count=True))
            with keyfile.editing(self.key_file) as fresh:
                fresh.set_attempts(RECOVERY, Attempts())
            store = self._open(key)
        else:
            store = self._plain_store()
            with store.read() as session:
                stored = session.scalar(select(Setting.value)
                                        .where(Setting.key == RECOVERY_SETTING))
            if not stored or not accounts.password_matches(stored, secret):
                audit.record_event(Context(store, Actor(username[:64])), "login_failed",
                                   "account", username[:64], detail="chiave di recupero")
                raise _recovery_refused(Attempts())
        ctx = self._context(store, username)
        accounts.recover_password(ctx, new_password)
        if self.encrypted:
            self._remember_generation(store, ctx, reset=True)
        return self._enter(store, username, "login")

    # --- internals ----------------------------------------------------------------------------

    def _authenticate(self, username: str, password: str) -> bytes | None:
        """Check the password; returns the data key (None when not encrypted)."""
        if self.encrypted:
            return self._unwrap(username, password)
        self._check_hash(username, password)
        return None

    def _unwrap(self, username: str, password: str) -> bytes:
        now = self.clock()
        rotation.finish_interrupted(self.key_file, lambda pending: self._rotated(
            pending, username, password))
        keys = KeyFile.load(self.key_file)  # read only: the derivation runs outside the lock
        self._seen_generation = keys.generation
        if username == RECOVERY or not keys.knows(username):
            self._note(username, now, "password")
            raise LoginRefused(WRONG)
        _refuse_if_waiting(keys.attempts(username), now)
        if not keys.has_copy(username):
            self._note(username, now, "utente disattivato")
            raise LoginRefused(DISABLED)
        key = keys.unwrap(username, password)
        if key is None:
            raise _wrong(self._note(username, now, "password", count=True))
        if keys.attempts(username) != Attempts() or keys.is_legacy(username):
            with keyfile.editing(self.key_file) as fresh:
                fresh.set_attempts(username, Attempts())
                if fresh.is_legacy(username):  # an earlier version's copy: now a sealed box
                    fresh.set_copy(username, key, password)
            self._own_saves += 1
        return key

    def _opens(self, key: bytes) -> bool:
        try:
            connect_file(self.db_path, key).close()
        except Exception:  # noqa: BLE001 - sqlcipher3's DatabaseError: not this key
            return False
        return True

    def _rotated(self, pending: KeyFile, username: str, password: str) -> bool | None:
        """Which key file of an interrupted rotation opens the database (None: cannot tell
        with this password)."""
        new = pending.unwrap(username, password)
        if new is not None:
            return self._opens(new)
        old = KeyFile.load(self.key_file).unwrap(username, password)
        return None if old is None else not self._opens(old)

    def _note(self, label: str, now: datetime, reason: str, *, count: bool = False) -> Attempts:
        """Write a failure into the key file (for the audit trail; ``count``: and the counter)."""
        with keyfile.editing(self.key_file) as keys:
            attempts = keys.attempts(label)
            if count:
                attempts = after_failure(attempts, now)
                keys.set_attempts(label, attempts)
            keys.note_failure(label, now, reason)
        return attempts

    def _check_hash(self, username: str, password: str) -> None:
        now = self.clock()
        store = self._plain_store()
        ctx = Context(store, Actor(username[:64]), self.today)
        problem: LoginRefused | None = None
        with store.unit_of_work() as session:
            row = session.scalar(select(Account).where(Account.username == username))
            if row is None:
                problem, detail = LoginRefused(WRONG), "utente inesistente"
            else:
                attempts = Attempts(row.failed_logins, row.last_failed_at, row.locked_until)
                _refuse_if_waiting(attempts, now)
                if not row.active:
                    problem, detail = LoginRefused(DISABLED), "utente disattivato"
                elif not accounts.password_matches(row.password_hash, password):
                    attempts = after_failure(attempts, now)
                    row.failed_logins, row.last_failed_at = attempts.failed, attempts.last_failure
                    row.locked_until = attempts.locked_until
                    problem, detail = _wrong(attempts), "password"
            if problem is None:
                return
            audit.record(ctx, session, "login_failed", "account", username[:64], detail=detail)
            session.commit()
        raise problem

    def _plain_store(self) -> Store:
        if self.store is None:
            self.store = Store.open(self.url, backup_dir=self.backup_dir)
        return self.store

    def _open(self, key: bytes | None) -> Store:
        if key is None:
            return self._plain_store()
        if self.store is not None and self.store.key == key:
            return self.store
        self.close()
        if not self._db_exists() or is_plain_sqlite(self.db_path):
            raise StoreError("Il database {name} non corrisponde al file delle chiavi (manca o "
                             "non è cifrato): ripristinare una copia dalla cartella delle copie "
                             "di sicurezza.", name=self.db_path.name)
        try:
            store = Store.open(self.url, backup_dir=self.backup_dir, key=key)
        except DatabaseError as exc:
            if "not a database" not in str(exc):  # opened, then a page could not be read
                from borgo_desktop.services.admin import backups

                raise backups.damaged(self.db_path.name, "non si riesce ad aprirlo.",
                                      self.backup_dir) from exc
            raise StoreError("Il file delle chiavi non apre il database {name}: appartiene a un "
                             "altro database. Ripristinare quello giusto dalle copie di "
                             "sicurezza.", name=self.db_path.name) from exc
        store.key_file = self.key_file
        self.store = store
        return store

    def _context(self, store: Store, username: str) -> Context:
        with store.read() as session:
            row = session.scalar(select(Account).where(Account.username == username))
            found = None if row is None else (row.active, row.role, row.display_name)
        if found is None or not found[0]:
            if self.encrypted:  # a copy left for an account disabled meanwhile: drop it
                with keyfile.editing(self.key_file) as keys:
                    keys.drop_copy(username)
            raise LoginRefused(DISABLED if found is not None else WRONG)
        return Context(store, Actor(username, found[1], found[2]), self.today)

    def _enter(self, store: Store, username: str, action: str) -> Context:
        ctx = self._context(store, username)
        if self.encrypted:
            self._flush_failures(store)
        accounts.record_login(ctx, action=action)
        if self.encrypted:
            self._remember_generation(store, ctx)
        if self.encrypted and anchors.ensure_key(self.key_file, store.key):
            key = anchors.public_key(self.key_file)
            audit.record_event(ctx, "audit.anchor_key", "", "",
                               detail=f"impronta {anchors.fingerprint(key)[:16]}")
        return ctx

    def _flush_failures(self, store: Store) -> None:
        """Failures noted in the key file while the database was closed go to the audit trail."""
        if not KeyFile.load(self.key_file).take_pending():
            return
        # Locks in the order the accounts service takes them (database, then key file), so two
        # processes never wait on each other. The key file is saved (emptied of the failures)
        # after the commit: a failure in between repeats entries, never loses them.
        with store.unit_of_work() as session, keyfile.editing(self.key_file) as keys:
            for name, at, reason in keys.take_pending():
                ctx = Context(store, Actor(name[:64]), self.today)
                audit.record(ctx, session, "login_failed", "account", name[:64],
                             detail=f"{reason}; tentativo del {at}")
            session.commit()


def _recovery_refused(attempts: Attempts) -> LoginRefused:
    if attempts.locked_until is not None:
        return LoginRefused("Chiave di recupero non corretta per la {n}ª volta: riprovare fra "
                            "{minutes} minuti.", n=attempts.failed,
                            minutes=int(LOCK_FOR.total_seconds() // 60))
    return LoginRefused("Chiave di recupero non corretta: controllare le lettere sul foglio "
                        "di recupero.")


def _fold_wal(path: Path, key: bytes | None = None) -> None:
    """Fold the write-ahead log into the file (and check nothing else has it open)."""
    from contextlib import closing

    try:
        with closing(connect_file(path, key)) as conn:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except Exception as exc:  # sqlite3 and sqlcipher3 have distinct error classes
        raise StoreError("Il database non si può aprire ({problem}).", problem=str(exc)) from exc
    if mode.lower() != "delete":
        raise StoreError("Il database è in uso: chiudere Borgo Desktop su tutte le finestre di "
                         "questo computer e riprovare.")


__all__ = ["Gate", "LoginRefused", "wait_until", "after_failure", "DELAY_AFTER", "LOCK_AFTER",
           "LOCK_FOR", "BASE_DELAY"]
