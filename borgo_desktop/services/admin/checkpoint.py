"""`audit checkpoint`: the latest signed anchor of the audit chain, printed for the
data-protection officer (reports/admin_checkpoint.py)."""

from __future__ import annotations

from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.reports.admin_checkpoint import CheckpointData, write_checkpoint_sheet
from borgo_desktop.services.admin import anchors
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import get_setting

NO_ANCHORS = ("Questo database non ha ancore del registro (PostgreSQL o database non cifrato): "
              "il foglio di controllo non si può stampare.")


def write_checkpoint(ctx: Context, out: Path) -> Path:
    """Anchor the chain's head now (when it moved) and print the newest valid anchor."""
    require(ctx, Permission.AUDIT_READ)
    key_file = getattr(ctx.store, "key_file", None)
    if key_file is None or ctx.store.key is None:
        raise UserError(NO_ANCHORS)
    # The sheet's printing is itself in the log, and covered by the anchor it shows.
    audit.record_event(ctx, "audit.checkpoint", detail=Path(out).name[:200])
    anchors.write_anchor(ctx.store, "manual")
    anchor = anchors.latest(key_file)
    if anchor is None:
        raise UserError("Nessuna ancora valida del registro: eseguire 'borgo-desktop audit "
                        "verify' per capire che cosa è successo.")
    head = anchors.chain_head(ctx.store)
    data = CheckpointData(
        office_name=str(get_setting(ctx, "office.name") or "Borgo Desktop"),
        database_label=str(Path(key_file).with_suffix(".sqlite")),
        seq=anchor.seq, hash_groups=anchors.groups(anchor.hash),
        anchored_at=anchor.at,
        key_fingerprint=anchors.groups(anchors.fingerprint(anchors.public_key(key_file))),
        entries=head[0] if head else 0)
    return write_checkpoint_sheet(out, data)


__all__ = ["write_checkpoint"]
