"""The recovery sheet: the recovery key on paper, with how to keep and use it.

Printed once, at set-up. Whoever holds the key and the key file can set a new password for
any account, so the sheet is kept like the office's safe key: sealed, locked away, never
photographed or scanned.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from borgo_desktop.formatting import ROME
from borgo_desktop.reports.common import STYLES, document, table_style
from borgo_desktop.reports.common import escape

KEY_STYLE = ParagraphStyle("recovery_key", parent=STYLES["body"], fontName="Courier-Bold",
                           fontSize=16, leading=20, alignment=TA_CENTER)
ADVICE = (
    "Questa chiave permette di impostare una nuova password quando nessun amministratore "
    "ricorda la propria: chi la possiede, insieme al computer, può leggere tutti i dati.",
    "Conservare il foglio in busta chiusa, in un armadio o una cassaforte chiusi a chiave, "
    "lontano dal computer. Non fotografarlo, non scansionarlo, non copiarlo in un file o in "
    "una e-mail.",
    "Per usarla: nella finestra di accesso scegliere «Password dimenticata», oppure da riga di "
    "comando 'borgo-desktop users recover NOMEUTENTE'. Le lettere si possono scrivere "
    "minuscole e senza trattini.",
    "La chiave funziona insieme al file delle chiavi (borgo.keys) che sta accanto al database "
    "e a ogni copia di sicurezza: le copie portate su un altro disco vanno tenute con il loro "
    "file .keys.",
    "Se il foglio va perso o qualcuno può averlo visto, avvisare subito il responsabile della "
    "protezione dei dati.",
)


def write_recovery_sheet(path: Path, recovery_key: str, database_label: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = document(path, "Borgo Desktop")
    made = datetime.now(ROME).strftime("%d/%m/%Y alle %H:%M")
    key = Table([[Paragraph(escape(recovery_key), KEY_STYLE)]], colWidths=[180 * mm],
                rowHeights=[16 * mm])
    style = table_style(header_rows=0)
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    key.setStyle(style)
    story = [
        Paragraph("Foglio di recupero - documento riservato", STYLES["title"]),
        Paragraph(escape(f"Database: {database_label} · creato il {made}"), STYLES["subtitle"]),
        Paragraph("Chiave di recupero", STYLES["heading"]),
        key,
        Spacer(1, 6 * mm),
        Paragraph("Come custodirla e usarla", STYLES["heading"]),
    ]
    story += [Paragraph(f"{n}. {escape(text)}", STYLES["body"]) for n, text in enumerate(ADVICE, 1)]
    story += [Spacer(1, 12 * mm),
              Paragraph("Custodito da: ______________________________  "
                        "Firma: ____________________  Data: ____________", STYLES["body"])]
    doc.build(story, onFirstPage=doc.decorate, onLaterPages=doc.decorate)
    return path
