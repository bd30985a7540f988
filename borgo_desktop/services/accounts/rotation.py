"""Rotation of the SQLCipher data key: a disabled account (or a suspected leak) revokes for real.

Without it, disabling an account only removes its copy from the *current* key file: an older
``borgo.keys`` (a backup's, one copied earlier) and the old password still give the data key,
which still opens the database. A rotation:

1. draws a new random data key;
2. writes the next key file ``borgo.keys.next`` (0600): the new key sealed to the public key of
   every active account (services/accounts/keyfile.py: no password is needed), no copy for the
   disabled ones, the secrets bound to the data key (the anchor signing key) rewrapped, and a
   new recovery key when the old recovery copy was of an earlier version (it cannot be
   resealed);
3. re-encrypts the file (``PRAGMA rekey``, store.Store.rekey);
4. puts the next key file in place of the old one (no copy of the old one is kept: it opens
   nothing any more).

A stop between 2 and 4 leaves both files; the next login finds out which one opens the
database (services/admin/gate.py) and keeps that one. The whole rotation holds the key
file's lock, so no window or command writes the old file meanwhile.

Accounts whose copy is still of an earlier version (not yet logged in since the upgrade) cannot
be resealed: they lose their copy and are named, so the administrator gives them a temporary
password. Copies made before the rotation (backups) stay encrypted with the old key: they
open with the old key file kept beside them, as they always did.
"""

from __future__ import annotations

import copy
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import select

from borgo_desktop.errors import StoreError, UserError
from borgo_desktop.models import Account
from borgo_desktop.services.accounts import keyfile
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.store import KEY_BYTES, sqlite_path

log = logging.getLogger(__name__)

NOT_ENCRYPTED = ("Questo database non è un file cifrato (PostgreSQL o database non ancora "
                 "configurato): non ha una chiave dei dati da cambiare.")


@dataclass(frozen=True)
class RotationResult:
    resealed: tuple[str, ...]  # active accounts that open the database with the new key
    lost: tuple[str, ...]  # active accounts left without a copy: they need a new password
    recovery_key: str | None  # a new recovery key to print, when the old one could not follow


def next_path(key_file: Path) -> Path:
    return Path(f"{key_file}.next")


def _active(ctx: Context) -> set[str]:
    with ctx.store.read() as session:
        return set(session.scalars(select(Account.username).where(Account.active.is_(True))))


def _next_keys(keys: keyfile.KeyFile, old_key: bytes, new_key: bytes,
               active: set[str]) -> tuple[keyfile.KeyFile, list[str], list[str], str | None]:
    nxt = keyfile.KeyFile(next_path(keys.path), copy.deepcopy(keys.data))
    nxt.witnessed = False  # the witness stays the one of borgo.keys, older than the next file
    for label in nxt.usernames() + [keyfile.RECOVERY]:
        if nxt.knows(label):  # the counters as they stand, witness included
            nxt.set_attempts(label, keys.attempts(label))
    resealed, lost = [], []
    for label in nxt.usernames():
        if label not in active:
            nxt.drop_copy(label)
        elif nxt.reseal(label, new_key):
            resealed.append(label)
        elif nxt.has_copy(label):
            nxt.drop_copy(label)
            lost.append(label)
    recovery = None
    if not nxt.reseal(keyfile.RECOVERY, new_key):
        recovery = keyfile.new_recovery_key()
        nxt.set_copy(keyfile.RECOVERY, new_key, recovery)
    for name, info in keyfile.BOUND.items():
        if name in nxt.data:
            entry = nxt.data[name]
            entry.update(keyfile.bind(new_key, keyfile.unbind(old_key, entry, info), info))
    return nxt, resealed, lost, recovery


def rotate_data_key(ctx: Context, reason: str) -> RotationResult:
    """Re-encrypt the database with a new data key and write the key file for it (module
    docstring). ``reason``: why, for the audit trail (a user disabled, a suspected leak)."""
    require(ctx, Permission.USERS_MANAGE)
    store = ctx.store
    key_file = getattr(store, "key_file", None)
    if key_file is None or store.key is None or sqlite_path(store) is None:
        raise UserError(NOT_ENCRYPTED)
    active = _active(ctx)
    old_key, new_key = store.key, os.urandom(KEY_BYTES)
    try:
        with FileLock(f"{key_file}.lock", timeout=keyfile.LOCK_TIMEOUT_S):
            keys = keyfile.KeyFile.load(key_file)
            nxt, resealed, lost, recovery = _next_keys(keys, old_key, new_key, active)
            nxt.data["rotated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            nxt.save()
            try:
                store.rekey(new_key)
            except BaseException:
                next_path(key_file).unlink(missing_ok=True)
                raise
            os.replace(next_path(key_file), key_file)
    except Timeout:
        raise StoreError("Il file delle chiavi {name} è occupato da un'altra finestra del "
                         "programma: riprovare fra poco.", name=key_file.name) from None
    detail = f"{reason}; copie nuove: {len(resealed)}"
    if lost:
        detail += f"; senza copia (serve una password temporanea): {', '.join(lost)}"
    if recovery:
        detail += "; nuova chiave di recupero"
    audit.record_event(ctx, "keys.rotate", "keys", "", detail=detail[:500])
    log.info("data key rotated (%s): %d copies resealed, %d lost", reason, len(resealed),
             len(lost))
    return RotationResult(tuple(resealed), tuple(lost), recovery)


def finish_interrupted(key_file: Path, opens) -> bool:
    """After a stop in the middle of a rotation both key files exist: keep the next one when
    ``opens(next_key_file)`` is True (the file was rekeyed), drop it when False (it was not);
    None (this login cannot tell: its password opens neither) leaves both. True when settled."""
    pending = next_path(key_file)
    if not pending.exists():
        return False
    with FileLock(f"{key_file}.lock", timeout=keyfile.LOCK_TIMEOUT_S):
        if not pending.exists():
            return False
        verdict = opens(keyfile.KeyFile.load(pending))
        if verdict is None:
            return False
        if verdict:
            os.replace(pending, key_file)
            log.warning("interrupted key rotation completed: %s replaced", key_file.name)
        else:
            pending.unlink()
            log.warning("interrupted key rotation undone: %s removed", pending.name)
    return True


__all__ = ["rotate_data_key", "finish_interrupted", "RotationResult", "next_path"]
