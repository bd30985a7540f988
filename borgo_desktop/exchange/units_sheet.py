"""The units import sheet: its columns, the empty template, and rows parsed into values.

One row per unit. This module only turns cells into typed values (numbers written the Italian
way, «Sì»/«No», regime and rent model by their label or a short name) and reports the cells it
cannot read; the rules that need the registry (building known, code new) live in
``services/registry/unit_imports.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from borgo_desktop.exchange import sheet_columns
from borgo_desktop.exchange.sheet_columns import (
    RowProblem, SheetColumn, SheetError, below_title, cell_text, check_texts,
)
from borgo_desktop.exchange.tabular import Table, read_table
from borgo_desktop.formatting import parse_money
from borgo_desktop.models.enums import Regime, RentModel, UnitStatus

__all__ = ["BY_KEY", "COLUMNS", "HEADERS", "IMPORT_STATUSES", "RowProblem", "SheetError",
           "UnitRow", "column_positions", "parse_table", "read_sheet", "write_template"]

# What a new unit may be: the other states follow a lease, an allocation or a retirement.
IMPORT_STATUSES = (UnitStatus.VACANT, UnitStatus.RENOVATION, UnitStatus.UNAVAILABLE)

COLUMNS = (
    SheetColumn("building_code", "Edificio", True,
                "Codice di un edificio già presente (es. DL51): gli edifici si creano dalla "
                "finestra, area Alloggi, «Nuovo edificio…».", 24, 12),
    SheetColumn("staircase", "Scala", False, "Facoltativa, es. A.", 8, 8),
    SheetColumn("floor", "Piano", True,
                "Numero intero da -3 a 40; T o «terra» per il piano terra.", 0, 8),
    SheetColumn("number", "Interno", True, "Numero o sigla dell'interno, es. 3 o 3B.", 8, 10),
    SheetColumn("code", "Codice alloggio", False,
                "Facoltativo: se vuoto è Edificio-Scala-Interno (es. DL51-A-3). Deve essere "
                "nuovo: l'importazione crea alloggi, non aggiorna quelli esistenti.", 24),
    SheetColumn("surface_m2", "Superficie m²", True,
                "Superficie in metri quadrati, con la virgola per i decimali (es. 62,5).", 0, 14),
    SheetColumn("rooms", "Locali", True, "Numero intero di locali, da 1 a 15.", 0, 8),
    SheetColumn("accessible", "Accessibile", False,
                "Sì se l'alloggio è accessibile a chi usa la sedia a rotelle; vuoto vale No.",
                0, 12),
    SheetColumn("regime", "Regime", True,
                "Canone calmierato (SAS), Edilizia pubblica (SAP) oppure Emergenza abitativa "
                "temporanea; bastano SAS, SAP o temporanea.", 0, 24),
    SheetColumn("rent_model", "Modello di canone", False,
                "€/m² annui, Fasce di reddito (ISEE) oppure Contributo fisso mensile; se vuoto "
                "segue il regime (SAS: €/m² annui, SAP: fasce di reddito, temporanea: "
                "contributo fisso).", 0, 24),
    SheetColumn("rent_rate", "Canone €", False,
                "Euro al m² all'anno (€/m² annui) o al mese (contributo fisso), es. 90,00; "
                "vuoto per le fasce di reddito.", 0, 12),
    SheetColumn("status", "Stato", False,
                "Libero, In ristrutturazione oppure Non disponibile; vuoto vale Libero. Locato "
                "e Preassegnato seguono il contratto e l'assegnazione.", 0, 18),
    SheetColumn("cadastral_sheet", "Foglio", False, "Foglio catastale (solo cifre).", 5, 10),
    SheetColumn("cadastral_parcel", "Particella", False,
                "Particella o mappale (cifre, al più una lettera finale).", 7, 10),
    SheetColumn("cadastral_sub", "Subalterno", False, "Subalterno (solo cifre).", 4, 10),
)
BY_KEY = {c.key: c for c in COLUMNS}
HEADERS = tuple(c.header for c in COLUMNS)
_HEADER_ALIASES = {"superficie": "superficie m²", "superficie m2": "superficie m²",
                   "superficie (m²)": "superficie m²", "superficie (m2)": "superficie m²",
                   "mq": "superficie m²", "vani": "locali", "codice": "codice alloggio",
                   "canone": "canone €", "canone (€)": "canone €", "mappale": "particella",
                   "sub": "subalterno", "modello canone": "modello di canone",
                   "codice edificio": "edificio"}
_YES = {"sì", "si", "s", "x", "yes", "y", "1", "vero", "true"}
_NO = {"no", "n", "0", "falso", "false"}
_GROUND = {"t", "pt", "terra", "piano terra"}
_REGIME_ALIASES = {"sas": Regime.CAPPED, "calmierato": Regime.CAPPED,
                   "canone calmierato": Regime.CAPPED, "sap": Regime.PUBLIC,
                   "erp": Regime.PUBLIC, "pubblica": Regime.PUBLIC,
                   "edilizia pubblica": Regime.PUBLIC, "temporanea": Regime.TEMPORARY,
                   "temporaneo": Regime.TEMPORARY, "emergenza": Regime.TEMPORARY,
                   "emergenza abitativa": Regime.TEMPORARY}
_RENT_ALIASES = {"€/m²": RentModel.PER_M2, "€/m2": RentModel.PER_M2,
                 "euro/m2": RentModel.PER_M2, "al m²": RentModel.PER_M2,
                 "fasce": RentModel.INCOME_BAND, "fasce di reddito": RentModel.INCOME_BAND,
                 "isee": RentModel.INCOME_BAND, "fisso": RentModel.FLAT,
                 "contributo fisso": RentModel.FLAT, "contributo": RentModel.FLAT}
# The rent model that follows from the regime when the column is empty (DOMAIN.md).
DEFAULT_RENT = {Regime.CAPPED: RentModel.PER_M2, Regime.PUBLIC: RentModel.INCOME_BAND,
                Regime.TEMPORARY: RentModel.FLAT}
_NOTES = (
    "Una riga per alloggio. Gli edifici devono esistere già (area Alloggi, «Nuovo edificio…»).",
    "Le intestazioni vanno nella prima riga; maiuscole e minuscole non contano.",
    "Si legge il primo foglio; questo foglio di istruzioni viene ignorato.",
    "Il file viene controllato per intero prima di scrivere: se una riga non è valida non si "
    "importa nulla e l'elenco dei problemi indica riga e colonna. Con l'opzione «salta righe "
    "non valide» si importano le righe corrette e si salta ogni riga con errori.",
)


@dataclass(frozen=True)
class UnitRow:
    row: int
    building_code: str
    staircase: str
    floor: int | None
    number: str
    code: str
    surface_m2: float | None
    rooms: int | None
    accessible: bool
    regime: Regime | None
    rent_model: RentModel | None
    rent_rate_cents: int
    status: UnitStatus | None
    cadastral_sheet: str
    cadastral_parcel: str
    cadastral_sub: str


@dataclass(frozen=True)
class ParsedSheet:
    rows: list[UnitRow]
    problems: list[RowProblem]


def write_template(path: Path) -> None:
    sheet_columns.write_template(
        path, "Alloggi", COLUMNS, _NOTES,
        formats={"building_code": "@", "staircase": "@", "number": "@", "code": "@",
                 "surface_m2": "0.00", "rent_rate": "#,##0.00", "cadastral_sheet": "@",
                 "cadastral_parcel": "@", "cadastral_sub": "@"},
        choices={"accessible": ["Sì", "No"], "regime": [r.label for r in Regime],
                 "rent_model": [m.label for m in RentModel],
                 "status": [s.label for s in IMPORT_STATUSES]})


def column_positions(header: tuple[str, ...]) -> dict[str, int]:
    return sheet_columns.column_positions(COLUMNS, header, _HEADER_ALIASES)


def read_sheet(path: Path) -> Table:
    """The file's first sheet, its header found below any title lines."""
    return below_title(read_table(path), COLUMNS, _HEADER_ALIASES)


def parse_table(table: Table) -> ParsedSheet:
    return ParsedSheet(*sheet_columns.parse_rows(table, column_positions(table.header),
                                                 parse_row))


def parse_row(number: int, cells: dict[str, object]) -> tuple[UnitRow, list[RowProblem]]:
    """Typed values of one row, plus the cells that are missing or unreadable."""
    problems: list[RowProblem] = []

    def report(key: str, reason: str) -> None:
        problems.append(RowProblem(number, BY_KEY[key].header, reason))

    texts = {c.key: cell_text(cells.get(c.key)) for c in COLUMNS}
    problems += check_texts(number, COLUMNS, texts)
    floor = _floor(cells.get("floor"), texts["floor"])
    if floor is None and texts["floor"]:
        report("floor", f"Piano non valido: «{texts['floor']}» (un numero intero, o T per il "
                        "piano terra).")
    surface = _decimal(cells.get("surface_m2"), texts["surface_m2"])
    if surface is None and texts["surface_m2"]:
        report("surface_m2", f"Superficie non valida: «{texts['surface_m2']}» (metri quadrati, "
                             "es. 62,5).")
    rooms = _whole(cells.get("rooms"), texts["rooms"])
    if rooms is None and texts["rooms"]:
        report("rooms", f"Numero di locali non valido: «{texts['rooms']}» (un numero intero).")
    accessible = texts["accessible"].casefold()
    if accessible and accessible not in _YES | _NO:
        report("accessible", f"Valore non valido: «{texts['accessible']}» (usare Sì o No).")
    regime = _choice(Regime, _REGIME_ALIASES, texts["regime"])
    if regime is None and texts["regime"]:
        report("regime", f"Regime non valido: «{texts['regime']}» (valori ammessi: "
                         f"{', '.join(r.label for r in Regime)}).")
    rent_model = _choice(RentModel, _RENT_ALIASES, texts["rent_model"])
    if rent_model is None and texts["rent_model"]:
        report("rent_model", f"Modello di canone non valido: «{texts['rent_model']}» (valori "
                             f"ammessi: {', '.join(m.label for m in RentModel)}).")
    elif rent_model is None and regime is not None:
        rent_model = DEFAULT_RENT[regime]
    rate = _money(cells.get("rent_rate"), texts["rent_rate"])
    if rate is None:
        report("rent_rate", f"Importo non valido: «{texts['rent_rate']}» (euro, es. 90,00).")
    status = _status(texts["status"])
    if status is None and texts["status"]:
        report("status", f"Stato non ammesso: «{texts['status']}» (un alloggio nuovo è "
                         f"{', '.join(s.label for s in IMPORT_STATUSES)}).")
    row = UnitRow(
        row=number, building_code=texts["building_code"].upper(),
        staircase=texts["staircase"].upper(), floor=floor, number=texts["number"].upper(),
        code=texts["code"].upper(), surface_m2=surface, rooms=rooms,
        accessible=accessible in _YES, regime=regime, rent_model=rent_model,
        rent_rate_cents=rate or 0, status=status if texts["status"] else UnitStatus.VACANT,
        cadastral_sheet=texts["cadastral_sheet"], cadastral_parcel=texts["cadastral_parcel"],
        cadastral_sub=texts["cadastral_sub"])
    return row, problems


def _number_text(text: str) -> str:
    """«62,5 m²», «62,5 mq», «1.062,5»: the number the Italian way, without its unit."""
    text = re.sub(r"\s*(m²|m2|mq|metri quadri)$", "", text.casefold()).strip()
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return text


def _decimal(value: object, text: str) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if not text:
        return None
    try:
        return float(_number_text(text))
    except ValueError:
        return None


def _whole(value: object, text: str) -> int | None:
    number = _decimal(value, text)
    return int(number) if number is not None and float(number).is_integer() else None


def _floor(value: object, text: str) -> int | None:
    if text.casefold() in _GROUND:
        return 0
    return _whole(value, re.sub(r"[°º]$", "", text))


def _money(value: object, text: str) -> int | None:
    """Cents; 0 for an empty cell, None for one that is not an amount."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return round(value * 100)
    if not text:
        return 0
    try:
        return parse_money(text)
    except ValueError:
        return None


def _choice(enum, aliases, text: str):
    if not text:
        return None
    return enum.from_label(text) or aliases.get(" ".join(text.casefold().split()))


def _status(text: str) -> UnitStatus | None:
    status = UnitStatus.from_label(text) if text else None
    return status if status in IMPORT_STATUSES else None
