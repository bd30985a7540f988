"""What the import dialog imports: households (one row per person) or units (one per unit).

The dialog is the same for both — choose, check in the background, preview with red cells,
import all or nothing; a kind names the sheet's columns, its template, how the file is read
and the service that checks and writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from borgo_desktop.exchange import households_sheet, units_sheet
from borgo_desktop.exchange.sheet_columns import SheetColumn
from borgo_desktop.exchange.tabular import Table, read_table
from borgo_desktop.services.registry.imports import import_households
from borgo_desktop.services.registry.unit_imports import import_units


@dataclass(frozen=True)
class ImportKind:
    key: str
    title: str
    explanation: str  # with {required} and {optional}: the column names
    template_name: str
    skip_text: str
    progress_text: str  # with {done} and {total}
    columns: Sequence[SheetColumn]
    write_template: Callable[[Path], None]
    read: Callable[[Path], Table]
    positions: Callable[[tuple[str, ...]], dict[str, int]]  # raises SheetError
    run: Callable  # (ctx, path, *, skip_invalid, dry_run, progress) -> a report


def households() -> ImportKind:
    # Written out as QCoreApplication.translate: lupdate finds only calls spelled so.
    return ImportKind(
        "households", QCoreApplication.translate("ImportDialog",
                                                 "Importa nuclei da foglio di calcolo"),
        QCoreApplication.translate(
            "ImportDialog",
            "Un file Excel (.xlsx) o CSV con una riga per persona: le righe con lo stesso "
            "«Codice nucleo» formano un nucleo, che ha esattamente un Intestatario. Le "
            "intestazioni vanno nella prima riga.\nColonne obbligatorie: {required}.\n"
            "Colonne facoltative: {optional}.\nIl file viene controllato per intero prima di "
            "scrivere: finché non si preme «Importa» non viene salvato nulla."),
        "modello_importazione_nuclei.xlsx",
        QCoreApplication.translate("ImportDialog",
                                   "Importa solo i nuclei &validi (salta quelli con errori)"),
        QCoreApplication.translate("ImportDialog", "Nuclei scritti: {done} di {total}"),
        households_sheet.COLUMNS, households_sheet.write_template, read_table,
        households_sheet.column_positions, import_households)


def units() -> ImportKind:
    return ImportKind(
        "units", QCoreApplication.translate("ImportDialog",
                                            "Importa alloggi da foglio di calcolo"),
        QCoreApplication.translate(
            "ImportDialog",
            "Un file Excel (.xlsx) o CSV con una riga per alloggio, negli edifici già "
            "presenti; le righe di titolo sopra le intestazioni sono ignorate.\nColonne "
            "obbligatorie: {required}.\nColonne facoltative: {optional}.\nIl file viene "
            "controllato per intero prima di scrivere: finché non si preme «Importa» non "
            "viene salvato nulla."),
        "modello_importazione_alloggi.xlsx",
        QCoreApplication.translate("ImportDialog",
                                   "Importa solo le righe &valide (salta quelle con errori)"),
        QCoreApplication.translate("ImportDialog", "Alloggi scritti: {done} di {total}"),
        units_sheet.COLUMNS, units_sheet.write_template, units_sheet.read_sheet,
        units_sheet.column_positions, import_units)
