"""The monthly checkpoint sheet: the audit chain's latest signed anchor on paper.

The data-protection officer signs and files it each month. A chain rewritten later (every
hash recomputed, or the anchors file replaced with a new signing key) cannot match the
sequence number and hash written here: compare them with `borgo-desktop audit verify`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from borgo_desktop.formatting import ROME
from borgo_desktop.reports.common import STYLES, document, escape, pairs


@dataclass(frozen=True)
class CheckpointData:
    office_name: str
    database_label: str
    seq: int
    hash_groups: str  # the anchored hash in groups of four
    anchored_at: datetime  # UTC
    key_fingerprint: str  # the signing key's sha256, in groups
    entries: int  # entries in the chain when printed


ADVICE = (
    "Questo foglio riporta l'ultima «ancora» del registro delle operazioni: il numero della "
    "voce e la sua impronta, firmati dal programma. Nessuno può più togliere o riscrivere le "
    "voci fino a quella indicata senza che il confronto con questo foglio lo mostri.",
    "Per il controllo: eseguire 'borgo-desktop audit verify' e confrontare numero e impronta "
    "con quelli di un foglio precedente; l'impronta della chiave di firma deve restare la "
    "stessa di mese in mese.",
    "Firmare il foglio, datarlo e conservarlo con i fogli dei mesi precedenti, lontano dal "
    "computer.",
)


def write_checkpoint_sheet(path: Path, data: CheckpointData) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = document(path, data.office_name)
    printed = datetime.now(ROME).strftime("%d/%m/%Y alle %H:%M")
    rows = [
        ("Database", data.database_label),
        ("Voce ancorata", f"n. {data.seq} (voci nel registro alla stampa: {data.entries})"),
        ("Data dell'ancora", data.anchored_at.astimezone(ROME).strftime("%d/%m/%Y %H:%M:%S")),
        ("Impronta della voce", data.hash_groups),
        ("Chiave di firma", data.key_fingerprint),
    ]
    story = [
        Paragraph("Foglio di controllo del registro delle operazioni", STYLES["title"]),
        Paragraph(escape(f"Stampato il {printed}"), STYLES["subtitle"]),
        pairs(rows, label_width=45 * mm),
        Spacer(1, 6 * mm),
    ]
    story += [Paragraph(f"{n}. {escape(text)}", STYLES["body"]) for n, text in enumerate(ADVICE, 1)]
    story += [Spacer(1, 14 * mm),
              Paragraph("Il responsabile della protezione dei dati: "
                        "______________________________  Firma: ____________________  "
                        "Data: ____________", STYLES["body"])]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
