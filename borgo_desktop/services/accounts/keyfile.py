"""The key file beside an encrypted database: wrapped copies of the data key, and the
login counters that must be written when a wrong password cannot open the database.

The database is encrypted with one random 32-byte data key. The key file (JSON, e.g.
``borgo.keys`` beside ``borgo.sqlite``) holds that key several times, each copy encrypted
("wrapped") with AES-256-GCM under a key derived by argon2id from one account's password
(own salt per copy), plus one copy wrapped by the recovery key. The username is the
AES-GCM associated data, so a copy cannot be moved to another account. Nothing in the file
opens the database without a password or the recovery key; an attacker holding the file
can still try passwords offline, at argon2id's cost: the password policy is the defence.

Why the counters are here and not in the database: the database cannot be opened (so not
written) with a wrong password. Failed attempts are kept per account with their times and
written to the audit trail at the next successful opening. Every save raises the file's
``generation``; each login records it in the database (services/admin/gate.py), and a key file
older than the one the database last saw (an older copy put back, counters and all) is refused.
Editing this file by hand can still reset a counter, but whoever can edit it can also copy it
and guess offline: the lockout protects the window and the command line, not the file.

Each account's copy is a sealed box: the account has an X25519 key pair whose private half is
wrapped with its password (``copy``), and the data key is sealed to its public half
(``sealed``). So an administrator can seal a *new* data key for every active account without
knowing their passwords: that is the data key's rotation (services/accounts/rotation.py), which
leaves a disabled account's old key file and old password useless for the rekeyed database.
A copy written by an earlier version (the data key wrapped by the password directly, no
``public``) still opens and is turned into a box at the next login (:meth:`KeyFile.upgrade`).

The file is replaced atomically (temporary file, fsync, os.replace) so a crash leaves the
old or the new version, never half of one; changes go through :func:`editing`, which holds a
lock file (filelock) from reading to saving, so two windows or a window and a command on one
computer never lose each other's change.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from filelock import FileLock, Timeout

from borgo_desktop.errors import StoreError

FORMAT = 1
RECOVERY = "*recovery*"  # the pseudo-account of the recovery key's copy
MAX_PENDING = 50  # failures kept for the audit trail per account (and for unknown names)
LOCK_TIMEOUT_S = 15


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost. RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes):
    about a third of a second per login on an office laptop."""
    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 4


KDF = KdfParams()  # the tests lower it (tests/conftest.py); stored per copy, so both open


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_cost, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)


def _aad(label: str) -> bytes:
    return f"borgo-desktop data key v{FORMAT}|{label}".encode("utf-8")


def wrap(data_key: bytes, secret: str, label: str) -> dict:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = derive(secret, salt, KDF)
    return {"salt": _b64(salt), "nonce": _b64(nonce), "kdf": asdict(KDF),
            "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, _aad(label)))}


def unwrap(copy: dict, secret: str, label: str) -> bytes | None:
    """The data key, or None when the secret is wrong (AES-GCM's tag does not match)."""
    kek = derive(secret, _unb64(copy["salt"]), KdfParams(**copy["kdf"]))
    try:
        return AESGCM(kek).decrypt(_unb64(copy["nonce"]), _unb64(copy["wrapped"]), _aad(label))
    except InvalidTag:
        return None


# --- sealed boxes: the data key sealed to an account's X25519 public key ------------------

_SEAL_INFO = b"borgo-desktop sealed data key v1|"


def _raw_public(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes, label: str) -> bytes:
    info = _SEAL_INFO + ephemeral + recipient + label.encode("utf-8")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def seal(data_key: bytes, public_b64: str, label: str) -> dict:
    """ECIES over X25519: only the holder of the private half opens it."""
    recipient = _unb64(public_b64)
    ephemeral = X25519PrivateKey.generate()
    eph_raw = _raw_public(ephemeral.public_key())
    key = _box_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_raw,
                   recipient, label)
    nonce = os.urandom(12)
    return {"eph": _b64(eph_raw), "nonce": _b64(nonce),
            "ct": _b64(AESGCM(key).encrypt(nonce, data_key, _aad(label)))}


def unseal(private: X25519PrivateKey, sealed: dict, label: str) -> bytes | None:
    eph_raw = _unb64(sealed["eph"])
    key = _box_key(private.exchange(X25519PublicKey.from_public_bytes(eph_raw)), eph_raw,
                   _raw_public(private.public_key()), label)
    try:
        return AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ct"]), _aad(label))
    except InvalidTag:
        return None


# --- secrets bound to the data key (the anchor signing key) -----------------------------------

def _bound_key(data_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


def bind(data_key: bytes, raw: bytes, info: bytes) -> dict:
    """``raw`` encrypted under a key derived from the data key (rewrapped at each rotation)."""
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(_bound_key(data_key, info)).encrypt(nonce, raw, info))}


def unbind(data_key: bytes, entry: dict, info: bytes) -> bytes:
    """Raises InvalidTag (or KeyError, ValueError) when ``data_key`` is not the one bound."""
    return AESGCM(_bound_key(data_key, info)).decrypt(_unb64(entry["nonce"]),
                                                      _unb64(entry["wrapped"]), info)


# Entries of the file encrypted under the data key: name -> HKDF info. A rotation rewraps them.
BOUND: dict[str, bytes] = {"anchor_key": b"borgo-desktop anchor signing key wrap v1"}


# --- recovery key ------------------------------------------------------------------------

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def new_recovery_key() -> str:
    """160 random bits as 32 base-32 letters in groups of four: ABCD-EFGH-…"""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    """Accept lower case, spaces, missing dashes and the usual look-alikes (0/O, 1/I, 8/B)."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).translate(str.maketrans("018", "OIB"))
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# --- login counters ---------------------------------------------------------------------

@dataclass(frozen=True)
class Attempts:
    failed: int = 0
    last_failure: datetime | None = None
    locked_until: datetime | None = None

    def to_json(self) -> dict:
        return {"failed": self.failed,
                "last_failure": self.last_failure.isoformat() if self.last_failure else None,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None}

    @classmethod
    def from_json(cls, data: dict) -> "Attempts":
        def when(key):
            return datetime.fromisoformat(data[key]) if data.get(key) else None
        return cls(int(data.get("failed", 0)), when("last_failure"), when("locked_until"))


# --- the file ---------------------------------------------------------------------------

def path_for(database_file: Path) -> Path:
    return database_file.with_suffix(".keys")


def keep_copy(path: Path, now: datetime | None = None) -> Path | None:
    """Copy an existing key file aside (``<name>.bak-YYYYmmddHHMMSS``, mode 0600) before it
    is replaced; None when there is none. Never overwrites an earlier copy."""
    if not path.exists():
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d%H%M%S")
    target, n = path.with_name(f"{path.name}.bak-{stamp}"), 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-{stamp}-{n}")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(path.read_bytes())
        handle.flush()
        os.fsync(handle.fileno())
    return target


def witness_path(path: Path) -> Path:
    """The counters' witness beside the key file: the login counters and the generation, so
    putting back an older key file alone does not reset a lockout."""
    return Path(f"{path}.lockout")


def _read_witness(path: Path) -> dict | None:
    try:
        data = json.loads(witness_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_witness(keys: "KeyFile") -> None:
    data = {"generation": keys.generation,
            "attempts": {label: entry.get("attempts", {})
                         for label, entry in keys.data["accounts"].items()}}
    fd, name = tempfile.mkstemp(prefix=".lockout-", dir=keys.path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, 0o600)
        os.replace(name, witness_path(keys.path))
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


@contextmanager
def editing(path: Path) -> Iterator["KeyFile"]:
    """Load the key file, let the caller change it, save it: all under the file's lock.
    An exception inside the block leaves the file as it was."""
    try:
        with FileLock(f"{path}.lock", timeout=LOCK_TIMEOUT_S):
            keys = KeyFile.load(path)
            yield keys
            keys.save()
    except Timeout:
        raise StoreError("Il file delle chiavi {name} è occupato da un'altra finestra del "
                         "programma: riprovare fra poco.", name=path.name) from None


class KeyFile:
    """The parsed key file; change it, then :meth:`save`. Load it fresh for each operation
    (two windows on one laptop share it)."""

    def __init__(self, path: Path, data: dict, *, fresh: bool = False) -> None:
        self.path = path
        self.data = data
        self.fresh = fresh  # made by new(), not read from ``path``: saving keeps the old one
        self.witnessed = True  # saving also writes the counters' witness

    @classmethod
    def new(cls, path: Path) -> "KeyFile":
        return cls(path, {"format": FORMAT, "cipher": "sqlcipher4", "accounts": {},
                          "unknown_failures": []}, fresh=True)

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise StoreError("Manca il file delle chiavi {name} accanto al database: senza di "
                             "esso il database cifrato non si può aprire. Ripristinarlo dalla "
                             "cartella delle copie di sicurezza.", name=path.name) from None
        except (OSError, ValueError) as exc:
            raise StoreError("Il file delle chiavi {name} è illeggibile ({problem}): "
                             "ripristinarlo dalla cartella delle copie di sicurezza.",
                             name=path.name, problem=type(exc).__name__) from exc
        if data.get("format") != FORMAT:
            raise StoreError("Il file delle chiavi {name} è di una versione più recente del "
                             "programma: aggiornare Borgo Desktop.", name=path.name)
        witness = _read_witness(path)
        if witness is not None and int(witness.get("generation", 0)) > int(data.get("generation", 0)):
            # An older key file was put back: the counters of the newer witness hold.
            for label, attempts in witness.get("attempts", {}).items():
                if label in data.get("accounts", {}) and isinstance(attempts, dict):
                    data["accounts"][label]["attempts"] = attempts
            data["generation"] = int(witness["generation"])
        return cls(path, data)

    def save(self) -> Path | None:
        """Write the file atomically, mode 0600. A new key file (:meth:`new`) never replaces
        an existing one without a copy: the old one is kept first as
        ``borgo.keys.bak-YYYYmmddHHMMSS`` (0600), whose path is returned."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        kept = keep_copy(self.path) if self.fresh else None
        self.data["generation"] = self.generation + 1
        fd, name = tempfile.mkstemp(prefix=".keys-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.data, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(name, 0o600)
            os.replace(name, self.path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        self.fresh = False
        if self.witnessed:
            _write_witness(self)
        return kept

    # copies of the data key
    def _entry(self, label: str) -> dict:
        return self.data["accounts"].setdefault(label, {"copy": None, "attempts": {},
                                                        "pending": []})

    def knows(self, label: str) -> bool:
        return label in self.data["accounts"]

    def has_copy(self, label: str) -> bool:
        return bool(self.data["accounts"].get(label, {}).get("copy"))

    def usernames(self) -> list[str]:
        return sorted(name for name in self.data["accounts"] if name != RECOVERY)

    def set_copy(self, label: str, data_key: bytes, secret: str) -> None:
        """A new key pair for ``label``: its private half wrapped with ``secret``, the data
        key sealed to its public half."""
        private = X25519PrivateKey.generate()
        entry = self._entry(label)
        entry["copy"] = wrap(private.private_bytes_raw(), secret, f"{label}|box")
        entry["public"] = _b64(_raw_public(private.public_key()))
        entry["sealed"] = seal(data_key, entry["public"], label)

    def drop_copy(self, label: str) -> None:
        if self.knows(label):
            entry = self._entry(label)
            entry["copy"], entry["public"], entry["sealed"] = None, None, None

    def unwrap(self, label: str, secret: str) -> bytes | None:
        entry = self.data["accounts"].get(label, {})
        copy = entry.get("copy")
        if not copy:
            return None
        if not entry.get("public"):  # an earlier version's copy: the data key itself
            return unwrap(copy, secret, label)
        raw = unwrap(copy, secret, f"{label}|box")
        if raw is None or not entry.get("sealed"):
            return None
        return unseal(X25519PrivateKey.from_private_bytes(raw), entry["sealed"], label)

    def is_legacy(self, label: str) -> bool:
        """A copy of an earlier version: it cannot be resealed without the password."""
        entry = self.data["accounts"].get(label, {})
        return bool(entry.get("copy")) and not entry.get("public")

    def reseal(self, label: str, data_key: bytes) -> bool:
        """Seal ``data_key`` to the account's public key (rotation); False when it has none."""
        entry = self.data["accounts"].get(label, {})
        if not entry.get("copy") or not entry.get("public"):
            return False
        entry["sealed"] = seal(data_key, entry["public"], label)
        return True

    @property
    def generation(self) -> int:
        return int(self.data.get("generation", 0))

    # counters and failures waiting for the audit trail
    def attempts(self, label: str) -> Attempts:
        """The counters (the witness's when it is newer than the file: :meth:`load`)."""
        return Attempts.from_json(self.data["accounts"].get(label, {}).get("attempts", {}))

    def set_attempts(self, label: str, attempts: Attempts) -> None:
        self._entry(label)["attempts"] = attempts.to_json()

    def note_failure(self, label: str, at: datetime, reason: str) -> None:
        if self.knows(label):
            pending = self._entry(label)["pending"]
        else:  # a name that is no account: kept apart, so no entry is made up for it
            pending, reason = self.data.setdefault("unknown_failures", []), f"{reason}:{label[:32]}"
        pending.append({"at": at.isoformat(), "reason": reason})
        del pending[:-MAX_PENDING]

    def take_pending(self) -> list[tuple[str, str, str]]:
        """(username, ISO time, reason) of every failure not yet in the audit trail; clears."""
        found = []
        for label, entry in self.data["accounts"].items():
            found += [(label, item["at"], item["reason"]) for item in entry.get("pending", [])]
            entry["pending"] = []
        for item in self.data.get("unknown_failures", []):
            reason, _, name = item["reason"].partition(":")
            found.append((name, item["at"], f"{reason}, utente inesistente"))
        self.data["unknown_failures"] = []
        return sorted(found, key=lambda item: item[1])
