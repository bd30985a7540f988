"""The households import sheet: its columns, the empty template, and rows parsed into values.

One row per person; rows sharing a «Codice nucleo» form a household. This module only turns
cells into typed values (dates, sex, relation) and reports cells it cannot read; the rules
that need the registry (codice fiscale, duplicates, units) live in ``services/registry/imports.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from borgo_desktop.exchange import sheet_columns
from borgo_desktop.exchange.sheet_columns import (
    RowProblem, SheetColumn, SheetError, cell_date, cell_text, check_texts,
)
from borgo_desktop.exchange.tabular import Table
from borgo_desktop.models.enums import Relation, Sex

__all__ = ["BY_KEY", "COLUMNS", "HEADERS", "RowProblem", "SheetError", "SheetRow",
           "column_positions", "parse_row", "parse_table", "write_template"]

COLUMNS = (
    SheetColumn("household_code", "Codice nucleo", True,
                "Codice del nucleo, uguale su tutte le righe dei suoi componenti (maiuscole e "
                "minuscole non contano: viene salvato in maiuscolo). Deve essere nuovo: "
                "l'importazione crea nuclei, non aggiorna quelli esistenti.", 24),
    SheetColumn("surname", "Cognome", True, "Cognome della persona.", 80, 20),
    SheetColumn("given_name", "Nome", True, "Nome della persona.", 80, 20),
    SheetColumn("tax_code", "Codice fiscale", True,
                "16 caratteri; deve corrispondere a data di nascita e sesso.", 0, 20),
    SheetColumn("birth_date", "Data di nascita", True,
                "Data nel formato gg/mm/aaaa (o cella data di Excel), non nel futuro."),
    SheetColumn("sex", "Sesso", True, "M oppure F.", 0, 8),
    SheetColumn("relation", "Relazione", True,
                "Intestatario, Coniuge/Convivente, Figlio/a, Genitore oppure Altro. "
                "Ogni nucleo ha esattamente un Intestatario.", 0, 20),
    SheetColumn("citizenship", "Cittadinanza", False, "Facoltativa, es. italiana.", 60),
    SheetColumn("phone", "Telefono", False, "Facoltativo; almeno sei cifre.", 40),
    SheetColumn("email", "Email", False, "Facoltativa; indirizzo e-mail valido.", 120, 24),
    SheetColumn("unit_code", "Alloggio", False,
                "Facoltativo: codice di un alloggio esistente in cui il nucleo abita già. "
                "Viene aperto un contratto in corso da oggi con canone 0 € (da completare "
                "nella scheda) e il nucleo diventa Residente. L'alloggio non deve avere un "
                "contratto in corso; basta indicarlo su una riga del nucleo.", 24),
)
BY_KEY = {c.key: c for c in COLUMNS}
HEADERS = tuple(c.header for c in COLUMNS)
_HEADER_ALIASES = {"e-mail": "email", "e mail": "email"}
_RELATION_ALIASES = {
    "intestataria": Relation.REFERENCE, "coniuge": Relation.SPOUSE,
    "convivente": Relation.SPOUSE, "figlio": Relation.CHILD, "figlia": Relation.CHILD,
    "padre": Relation.PARENT, "madre": Relation.PARENT,
}
_NOTES = (
    "Una riga per persona; le righe con lo stesso Codice nucleo formano un nucleo.",
    "Le intestazioni vanno nella prima riga; maiuscole e minuscole non contano.",
    "Si legge il primo foglio; questo foglio di istruzioni viene ignorato.",
    "Il file viene controllato per intero prima di scrivere: se una riga non è valida non si "
    "importa nulla e l'elenco dei problemi indica riga e colonna. Con l'opzione «salta righe "
    "non valide» si importano i nuclei corretti e si salta per intero ogni nucleo con errori.",
)


@dataclass(frozen=True)
class SheetRow:
    row: int
    household_code: str
    surname: str
    given_name: str
    tax_code: str
    birth_date: date | None
    sex: Sex | None
    relation: Relation | None
    citizenship: str
    phone: str
    email: str
    unit_code: str


@dataclass(frozen=True)
class ParsedSheet:
    rows: list[SheetRow]
    problems: list[RowProblem]


def write_template(path: Path) -> None:
    """An empty import sheet with bold headers, drop-downs and an «Istruzioni» sheet."""
    sheet_columns.write_template(
        path, "Nuclei", COLUMNS, _NOTES,
        formats={"household_code": "@", "tax_code": "@", "phone": "@",
                 "birth_date": "DD/MM/YYYY"},
        choices={"sex": [s.value for s in Sex], "relation": [r.label for r in Relation]})


def column_positions(header: tuple[str, ...]) -> dict[str, int]:
    """Column key -> index in the file; refuses missing required or repeated columns."""
    return sheet_columns.column_positions(COLUMNS, header, _HEADER_ALIASES)


def parse_table(table: Table) -> ParsedSheet:
    return ParsedSheet(*sheet_columns.parse_rows(table, column_positions(table.header),
                                                 parse_row))


def parse_row(number: int, cells: dict[str, object]) -> tuple[SheetRow, list[RowProblem]]:
    """Typed values of one row, plus the cells that are missing or unreadable."""
    problems: list[RowProblem] = []

    def report(key: str, template: str, **params: object) -> None:
        problems.append(RowProblem(number, BY_KEY[key].header, template.format(**params)))

    texts = {c.key: cell_text(cells.get(c.key)) for c in COLUMNS}
    problems += check_texts(number, COLUMNS, texts)
    birth_date = cell_date(cells.get("birth_date"))
    if birth_date is None and texts["birth_date"]:
        report("birth_date", "Data non valida: «{value}» (usare gg/mm/aaaa).",
               value=texts["birth_date"])
    sex = _sex(texts["sex"])
    if sex is None and texts["sex"]:
        report("sex", "Sesso non valido: «{value}» (usare M o F).", value=texts["sex"])
    relation = _relation(texts["relation"])
    if relation is None and texts["relation"]:
        report("relation", "Relazione non valida: «{value}» (valori ammessi: {allowed}).",
               value=texts["relation"], allowed=", ".join(r.label for r in Relation))
    row = SheetRow(
        row=number, household_code=texts["household_code"].upper(), surname=texts["surname"],
        given_name=texts["given_name"], tax_code="".join(texts["tax_code"].split()).upper(),
        birth_date=birth_date, sex=sex, relation=relation, citizenship=texts["citizenship"],
        phone=texts["phone"], email=texts["email"], unit_code=texts["unit_code"].upper())
    return row, problems


def _sex(text: str) -> Sex | None:
    if text.upper() in ("M", "F"):
        return Sex(text.upper())
    return Sex.from_label(text) if text else None


def _relation(text: str) -> Relation | None:
    if not text:
        return None
    return Relation.from_label(text) or _RELATION_ALIASES.get(text.casefold())
