"""The two keys of the package, set by the administrator only:

- the **pseudonym key** (32 random bytes): HMAC-SHA256 key of the participants' pseudonyms.
  It is made once and never changed, or the pseudonyms of different periods would no
  longer match; the office keeps it (in the encrypted database, and in its backups);
- the **Comune's public key** (RSA, PEM): what the package is encrypted for.

They are stored as ``settings`` rows written here (not through set_setting, which any
manager may use): a manager builds packages with them, never changes them.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models import Setting
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import write_value
from borgo_desktop.services.reporting import envelope

PSEUDONYM_KEY = "reporting.pseudonym_key"
COMUNE_KEY = "reporting.comune_public_key"


def _read(session: Session, key: str):
    return session.scalar(select(Setting.value).where(Setting.key == key))


def pseudonym_key(session: Session) -> bytes:
    value = _read(session, PSEUDONYM_KEY)
    if not value:
        raise UserError("Manca la chiave dei pseudonimi: l'amministratore la crea una volta "
                        "sola ('borgo-desktop report keys "
                        "--new-pseudonym-key').")
    return bytes.fromhex(value)


def comune_key(session: Session) -> str:
    value = _read(session, COMUNE_KEY)
    if not value:
        raise UserError("Manca la chiave pubblica del Comune: l'amministratore la imposta dal "
                        "file PEM ricevuto ('borgo-desktop report keys --comune-key FILE').")
    return value


def make_pseudonym_key(ctx: Context) -> None:
    require(ctx, Permission.REPORT_KEYS)
    with ctx.store.unit_of_work() as session:
        if _read(session, PSEUDONYM_KEY):
            raise UserError("La chiave dei pseudonimi esiste già e non si cambia: i pseudonimi "
                            "dei periodi già inviati non corrisponderebbero più.")
        write_value(ctx, session, PSEUDONYM_KEY, secrets.token_hex(32))
        audit.record(ctx, session, "report.pseudonym_key", "setting", PSEUDONYM_KEY)
        session.commit()


def set_comune_key(ctx: Context, pem: str) -> str:
    """Store the Comune's public key (checked first); returns its SHA-256 fingerprint."""
    require(ctx, Permission.REPORT_KEYS)
    key = envelope.load_public_key(pem)
    with ctx.store.unit_of_work() as session:
        write_value(ctx, session, COMUNE_KEY, pem.strip() + "\n")
        print_ = envelope.fingerprint(key)
        audit.record(ctx, session, "report.comune_key", "setting", COMUNE_KEY, detail=print_)
        session.commit()
    return print_


def key_status(ctx: Context) -> tuple[bool, str | None]:
    """Whether the pseudonym key exists, and the Comune key's fingerprint (None: unset)."""
    require(ctx, Permission.REPORT_VIEW)
    with ctx.store.read() as session:
        pseudo, pem = _read(session, PSEUDONYM_KEY), _read(session, COMUNE_KEY)
    return bool(pseudo), envelope.fingerprint(envelope.load_public_key(pem)) if pem else None
