"""Anchored audit heads: the chain's head committed outside the database, signed.

Why: a bare hash chain proves nothing against whoever can write the database (Crosby and
Wallach, USENIX Security 2009): they can cut the tail, or edit an entry and recompute every
later hash. So the head of the chain (sequence number, hash, time) is signed with Ed25519
and written outside the database:

- at every session end (the window closing, a command ending) when the head moved, and by
  every backup (the daily copy included: at least daily while the program is used);
- into ``borgo.anchors`` beside the key file: an append-only list, one JSON line per
  anchor, mode 0600;
- into every backup's manifest (``<copy>.manifest.json``, beside the copy): the anchors
  known when the copy was made, the public key, and a fresh anchor of the copy's own head;
- on the monthly checkpoint sheet (reports/admin_checkpoint.py) the data-protection officer
  signs and files.

The signing key: an Ed25519 key pair kept in the key file, its private half wrapped
(AES-GCM) with a key derived (HKDF) from the data key, so the key file alone cannot sign and
the database holds no part of it. A key file without one gets one at the next unlock.

What :func:`verify` tells apart, in Italian: entries missing after an anchor (tail cut:
anchor's seq beyond the chain), a rewritten chain (the hash at an anchored seq differs from
the signed one), an anchor whose signature is bad (the anchor list was edited), a signing key
that differs from the one a backup recorded, and entries after the last anchor ("non ancora
ancorate": a warning, not tampering, since the current session has not ended yet).

Limits, said plainly: an entry forged and appended after the last anchor looks exactly like
an honest entry not yet anchored, and the next session end anchors it. Someone who can
unlock the database (any account's password) can also sign: against them the anchors beside
the database are no proof, the copies elsewhere are: a backup's manifest on another disk and
the printed checkpoint, whose seq and hash a rewritten chain cannot match.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey, Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from filelock import FileLock, Timeout
from sqlalchemy import func, select

from borgo_desktop.errors import StoreError
from borgo_desktop.models import AuditEntry
from borgo_desktop.services.accounts import keyfile
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context

log = logging.getLogger(__name__)

ANCHOR_KEY = "anchor_key"  # the key file's entry
VERSION = 1
KINDS = ("session", "backup", "daily", "manual")
_WRAP_INFO = keyfile.BOUND[ANCHOR_KEY]  # wrapped under the data key, rewrapped at each rotation
_BATCH = 500  # anchored seqs looked up per query


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: datetime  # UTC
    kind: str
    sig: str  # base64 Ed25519 signature of :func:`message`

    def to_json(self) -> dict:
        return {"v": VERSION, "seq": self.seq, "hash": self.hash,
                "at": self.at.isoformat(timespec="microseconds"), "kind": self.kind, "sig": self.sig}

    @classmethod
    def from_json(cls, data: dict) -> "Anchor":
        at = datetime.fromisoformat(str(data["at"]))
        return cls(int(data["seq"]), str(data["hash"]), at if at.tzinfo else at.replace(tzinfo=UTC),
                   str(data.get("kind", "session")), str(data["sig"]))


def message(seq: int, hash_: str, at: datetime, kind: str) -> bytes:
    return (f"borgo-desktop audit anchor v{VERSION}|{int(seq)}|{hash_}|"
            f"{at.astimezone(UTC).isoformat(timespec='microseconds')}|{kind}").encode("utf-8")


def anchors_path(key_file: Path) -> Path:
    return Path(key_file).with_suffix(".anchors")


def manifest_path(backup: Path) -> Path:
    return Path(backup).with_suffix(".manifest.json")


def fingerprint(public_b64: str) -> str:
    """sha256 of the public key, 64 hex digits (printed in groups on the checkpoint sheet)."""
    return hashlib.sha256(base64.b64decode(public_b64)).hexdigest()


def groups(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


# --- the signing key ------------------------------------------------------------------------

def _public_b64(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def ensure_key(key_file: Path, data_key: bytes) -> bool:
    """Give the key file an anchor signing key when it has none; True when one was made."""
    if ANCHOR_KEY in keyfile.KeyFile.load(key_file).data:
        return False
    with keyfile.editing(key_file) as keys:
        if ANCHOR_KEY in keys.data:  # another window made it meanwhile
            return False
        private = Ed25519PrivateKey.generate()
        keys.data[ANCHOR_KEY] = {
            "public": _public_b64(private),
            **keyfile.bind(data_key, private.private_bytes_raw(), _WRAP_INFO),
            "created": datetime.now(UTC).isoformat(timespec="seconds")}
    log.info("anchor signing key created in %s", key_file)
    return True


def public_key(key_file: Path) -> str | None:
    """The anchor key's public half (base64) recorded in ``key_file``, or None."""
    try:
        entry = keyfile.KeyFile.load(key_file).data.get(ANCHOR_KEY)
    except StoreError:
        return None
    return entry.get("public") if isinstance(entry, dict) else None


def _private_key(key_file: Path, data_key: bytes) -> Ed25519PrivateKey:
    entry = keyfile.KeyFile.load(key_file).data[ANCHOR_KEY]
    try:
        raw = keyfile.unbind(data_key, entry, _WRAP_INFO)
    except (InvalidTag, KeyError, ValueError) as exc:
        raise StoreError("La chiave di firma delle ancore nel file {name} non si apre con la "
                         "chiave di questo database: il file delle chiavi è stato alterato.",
                         name=Path(key_file).name) from exc
    return Ed25519PrivateKey.from_private_bytes(raw)


# --- writing anchors ------------------------------------------------------------------------

def chain_head(store) -> tuple[int, str] | None:
    with store.read() as session:
        row = session.execute(select(AuditEntry.seq, AuditEntry.hash)
                              .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else None


def sign(key_file: Path, data_key: bytes, seq: int, hash_: str, kind: str,
         at: datetime | None = None) -> Anchor:
    at = (at or datetime.now(UTC)).astimezone(UTC)
    sig = _private_key(key_file, data_key).sign(message(seq, hash_, at, kind))
    return Anchor(seq, hash_, at, kind, base64.b64encode(sig).decode("ascii"))


def read_anchors(path: Path) -> tuple[list[Anchor], list[int]]:
    """The anchors of an anchors file and the line numbers that could not be read."""
    found, unreadable = [], []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return [], []
    except (OSError, UnicodeDecodeError):
        return [], [0]
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            found.append(Anchor.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            unreadable.append(number)
    return found, unreadable


def _append(path: Path, anchor: Anchor) -> None:
    line = json.dumps(anchor.to_json(), sort_keys=True) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def write_anchor(store, kind: str = "session", *, force: bool = False,
                 at: datetime | None = None) -> Anchor | None:
    """Sign the chain's head and append it to the anchors file beside the key file.

    Nothing is written for a store without a key file (PostgreSQL, in memory), for an empty
    chain, or (unless ``force``) when the last anchor already names this head."""
    key_file, data_key = getattr(store, "key_file", None), getattr(store, "key", None)
    if key_file is None or data_key is None:
        return None
    head = chain_head(store)
    if head is None:
        return None
    ensure_key(key_file, data_key)
    path = anchors_path(key_file)
    if not force:
        known, _ = read_anchors(path)
        if known and (known[-1].seq, known[-1].hash) == head:
            return None
    anchor = sign(key_file, data_key, *head, kind, at)
    try:  # the key file's lock also orders the appends of two windows
        with FileLock(f"{key_file}.lock", timeout=keyfile.LOCK_TIMEOUT_S):
            _append(path, anchor)
    except Timeout:
        raise StoreError("Il file delle chiavi {name} è occupato da un'altra finestra del "
                         "programma: riprovare fra poco.", name=Path(key_file).name) from None
    return anchor


def session_end(store) -> Anchor | None:
    """The anchor of a session's end; a failure to write it is logged, never raised (the
    program must still close), and the next session end or backup tries again."""
    try:
        return write_anchor(store, "session")
    except Exception:  # noqa: BLE001 - closing must not fail on the anchor
        log.exception("audit anchor not written at session end")
        return None


def write_manifest(store, backup: Path) -> Path | None:
    """The backup's manifest: every anchor known now (the caller anchored the head just
    before copying: :func:`write_anchor`), and the public key. Written to a temporary name
    and renamed, mode 0600."""
    key_file, data_key = getattr(store, "key_file", None), getattr(store, "key", None)
    if key_file is None or data_key is None:
        return None
    anchors, _ = read_anchors(anchors_path(key_file))
    target = manifest_path(backup)
    data = {"format": VERSION, "backup": Path(backup).name,
            "anchor_public_key": public_key(key_file),
            "anchors": [a.to_json() for a in anchors]}
    write_private_json(target, data)
    return target


def write_private_json(target: Path, data: dict) -> None:
    """Write ``data`` to a temporary name (mode 0600), fsync, rename over ``target``."""
    temp = target.with_name(f".{target.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)


def read_manifest(backup: Path) -> tuple[str | None, list[Anchor]] | None:
    """(public key, anchors) of a backup's manifest; None when the copy has none."""
    path = manifest_path(backup) if Path(backup).suffix != ".json" else Path(backup)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data.get("anchor_public_key"), [Anchor.from_json(a) for a in data["anchors"]]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError("Il manifesto della copia {name} è illeggibile: non si può usare per "
                         "controllare il registro.", name=path.name) from exc


def adopt_manifest(key_file: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """After a restore: the anchors file becomes the restored copy's manifest's anchors (the
    chain went back to that copy's). The anchors file of before is kept beside it as
    ``borgo.anchors.bak-YYYYmmddHHMMSS``, whose path is returned (None: there was none)."""
    path = anchors_path(key_file)
    manifest = read_manifest(backup)
    kept = None
    if path.exists():
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
        kept = path.with_name(f"{path.name}.bak-{stamp}")
        os.replace(path, kept)
    if manifest is not None:
        temp = path.with_name(f".{path.name}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(a.to_json(), sort_keys=True) + "\n"
                              for a in manifest[1])
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    return kept


# --- verifying --------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnchoredResult:
    ok: bool  # no tampering found (warnings may remain)
    chain: audit.VerifyResult
    anchors_checked: int
    problems: tuple[str, ...]  # tampering, Italian
    warnings: tuple[str, ...]  # not proof of tampering, Italian

    @property
    def lines(self) -> list[str]:
        return ([*self.problems, *(f"Attenzione: {w}" for w in self.warnings)]
                or [self.chain.reason])


def _when(at: datetime) -> str:
    from borgo_desktop.formatting import ROME

    return at.astimezone(ROME).strftime("%d/%m/%Y %H:%M")


def _hashes_at(ctx: Context, seqs: list[int]) -> tuple[dict[int, str], int]:
    """The stored hash at each of ``seqs`` and the chain's last seq (0 when empty)."""
    found: dict[int, str] = {}
    with ctx.store.read() as session:
        last = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
        for start in range(0, len(seqs), _BATCH):
            chunk = seqs[start:start + _BATCH]
            found.update(session.execute(select(AuditEntry.seq, AuditEntry.hash)
                                         .where(AuditEntry.seq.in_(chunk))).all())
    return found, last or 0


def _check_signatures(anchors: list[Anchor], public_b64: str | None, where: str,
                      problems: list[str]) -> list[Anchor]:
    """The anchors whose signature holds; a problem named for every other one."""
    if not anchors:
        return []
    if not public_b64:
        problems.append(f"Le ancore {where} non si possono controllare: manca la chiave "
                        "pubblica di firma nel file delle chiavi.")
        return []
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64))
    good = []
    for anchor in anchors:
        try:
            public.verify(base64.b64decode(anchor.sig),
                          message(anchor.seq, anchor.hash, anchor.at, anchor.kind))
        except (InvalidSignature, ValueError):
            problems.append(f"L'ancora della voce n. {anchor.seq} ({where}, del "
                            f"{_when(anchor.at)}) ha una firma non valida: l'elenco delle "
                            "ancore è stato alterato.")
            continue
        good.append(anchor)
    return good


_CLASSIFY_MAX = 200  # bad anchors looked into one by one (the rest add nothing to the message)


def _classify(ctx: Context, bad: list[Anchor], last: int) -> tuple[list, list[int]]:
    """Split the anchors the chain does not match: (first missing seq, anchor) of a cut tail,
    and the seqs of a rewrite. The tail was cut when, at or before the anchored seq, the
    chain holds an entry written after the anchor (or nothing at all): the anchored entries
    there are gone and later ones took their numbers. Otherwise the anchored entry was
    rewritten (its time kept, its hash recomputed)."""
    truncated, rewritten = [], []
    with ctx.store.read() as session:
        for anchor in sorted(bad, key=lambda a: -a.seq)[:_CLASSIFY_MAX]:
            later = session.scalar(select(func.min(AuditEntry.seq))
                                   .where(AuditEntry.seq <= anchor.seq,
                                          AuditEntry.at > anchor.at))
            if later is not None or anchor.seq > last:
                truncated.append((later if later is not None else last + 1, anchor))
            else:
                rewritten.append(anchor.seq)
    return truncated, sorted(rewritten)


def _own_session_start(ctx: Context, after: int) -> int | None:
    """The seq of this session's login entry when it comes after ``after`` (so the session's
    own entries, not yet anchored because it has not ended, are not reported)."""
    with ctx.store.read() as session:
        return session.scalar(select(func.max(AuditEntry.seq))
                              .where(AuditEntry.seq > after, AuditEntry.action == "login",
                                     AuditEntry.actor == ctx.actor.username))


def verify(ctx: Context, backup: Path | None = None) -> AnchoredResult:
    """The chain (services/core/audit.verify) checked against every anchor found: the
    anchors file beside the key file and, with ``backup``, that copy's manifest."""
    chain = audit.verify(ctx)
    problems: list[str] = [] if chain.ok else [chain.reason]
    warnings: list[str] = []
    key_file = getattr(ctx.store, "key_file", None)
    current_key = public_key(key_file) if key_file is not None else None
    good: list[Anchor] = []
    if key_file is not None:
        local, unreadable = read_anchors(anchors_path(key_file))
        if unreadable:
            problems.append(f"Il file delle ancore {anchors_path(key_file).name} ha righe "
                            f"illeggibili ({', '.join(map(str, unreadable))}): è stato alterato.")
        good += _check_signatures(local, current_key, "del file delle ancore", problems)
    if backup is not None:
        manifest = read_manifest(backup)
        if manifest is None:
            warnings.append(f"La copia {Path(backup).name} non ha un manifesto con le ancore.")
        else:
            backup_key, copied = manifest
            if current_key and backup_key and backup_key != current_key:
                problems.append(f"La chiave di firma delle ancore è cambiata rispetto alla copia "
                                f"{Path(backup).name}: le ancore attuali non provano nulla.")
            good += _check_signatures(copied, backup_key, f"della copia {Path(backup).name}",
                                      problems)
    hashes, last = _hashes_at(ctx, sorted({a.seq for a in good}))
    bad = [a for a in good if hashes.get(a.seq) != a.hash]
    truncated, rewritten = _classify(ctx, bad, last)
    if truncated:
        first, upto = min(t for t, _a in truncated), max(a.seq for _t, a in truncated)
        newest = max((a for _t, a in truncated), key=lambda a: a.seq)
        count = upto - first + 1
        since = (" e al loro posto ci sono voci scritte dopo" if first <= last else "")
        problems.append(
            (f"Mancano {count} voci del registro (dalla n. {first} alla n. {upto})"
             if count > 1 else f"Manca la voce n. {first} del registro")
            + f", che l'ancora firmata del {_when(newest.at)} contava{since}: il registro è "
              "stato troncato.")
    if rewritten:
        problems.append(f"La voce n. {rewritten[0]} non coincide con l'ancora firmata"
                        + (f" (e altre {len(rewritten) - 1} ancore non coincidono)"
                           if len(rewritten) > 1 else "")
                        + ": il registro è stato riscritto fino a quel punto, con le impronte "
                          "ricalcolate.")
    anchored = max((a.seq for a in good if a.seq <= last), default=0)
    mine = _own_session_start(ctx, anchored)
    before_mine = last if mine is None else mine - 1  # this session's own entries aside
    if before_mine > anchored:
        warnings.append(f"{before_mine - anchored} voci non ancora ancorate (dalla n. "
                        f"{anchored + 1} alla n. {before_mine}): una sessione non è ancora "
                        "finita, oppure sono state aggiunte al registro dall'esterno. "
                        "Saranno ancorate alla prossima chiusura del programma.")
    if not good and last:
        warnings.append("Nessuna ancora firmata trovata: il registro si controlla solo da sé "
                        "(una coda tolta o un registro riscritto non si vedrebbero).")
    ok = not problems
    chain_result = chain if ok or not chain.ok else audit.VerifyResult(
        False, chain.checked, chain.first_bad_seq, problems[0])
    return AnchoredResult(ok, chain_result, len(good), tuple(problems), tuple(warnings))


def latest(key_file: Path) -> Anchor | None:
    """The newest anchor of the anchors file with a valid signature (the checkpoint sheet's)."""
    anchors, _ = read_anchors(anchors_path(key_file))
    good = _check_signatures(anchors, public_key(key_file), "del file delle ancore", [])
    return max(good, key=lambda a: (a.at, a.seq), default=None)


__all__ = ["Anchor", "AnchoredResult", "anchors_path", "manifest_path", "ensure_key",
           "write_anchor", "session_end", "write_manifest", "read_manifest", "verify",
           "latest", "fingerprint", "groups", "public_key"]
