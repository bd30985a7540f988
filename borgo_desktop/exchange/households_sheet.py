"""The households import sheet: its columns, the empty template, and rows parsed into values.

One row per person; rows sharing a «Codice nucleo» form a household. This module only turns
cells into typed values (dates, sex, relation) and reports cells it cannot read; the rules
that need the registry (codice fiscale, duplicates, units) live in ``services/registry/imports.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.exchange.tabular import SheetOut, Table, write_xlsx
from borgo_desktop.formatting import parse_date
from borgo_desktop.models.enums import Relation, Sex


@dataclass(frozen=True)
class SheetColumn:
    key: str
    header: str
    required: bool
    help: str
    max_length: int = 0
    width: float = 16


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
class RowProblem:
    """A problem found in the file: ``row`` as the spreadsheet shows it (header = 1)."""

    row: int
    column: str
    reason: str


class SheetError(UserError):
    """The file cannot be imported at all (its header); ``columns`` names the culprits."""

    def __init__(self, template: str, columns: tuple[str, ...] = (), **params: object) -> None:
        super().__init__(template, **params)
        self.columns = columns


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
    formats = {"household_code": "@", "tax_code": "@", "phone": "@", "birth_date": "DD/MM/YYYY"}
    choices = {"sex": [s.value for s in Sex], "relation": [r.label for r in Relation]}
    sheet = SheetOut("Nuclei", HEADERS, [],
                     number_formats=[formats.get(c.key) for c in COLUMNS],
                     widths=[c.width for c in COLUMNS],
                     choices=[choices.get(c.key) for c in COLUMNS], autofilter=False)
    help_rows = [(c.header, "Sì" if c.required else "No", c.help) for c in COLUMNS]
    help_rows += [("", "", "")] + [("Nota", "", note) for note in _NOTES]
    instructions = SheetOut("Istruzioni", ("Colonna", "Obbligatoria", "Contenuto e valori ammessi"),
                            help_rows, widths=(18, 12, 90), autofilter=False, wrap=True)
    write_xlsx(path, [sheet, instructions])


def _normal(header: str) -> str:
    text = " ".join(str(header).split()).casefold()
    return _HEADER_ALIASES.get(text, text)


def column_positions(header: tuple[str, ...]) -> dict[str, int]:
    """Column key -> index in the file; refuses missing required or repeated columns."""
    wanted = {_normal(c.header): c for c in COLUMNS}
    positions: dict[str, int] = {}
    for index, text in enumerate(header):
        column = wanted.get(_normal(text))
        if column is None:
            continue  # extra columns are allowed and ignored
        if column.key in positions:
            raise SheetError("La colonna «{name}» compare più volte nell'intestazione.",
                             (column.header,), name=column.header)
        positions[column.key] = index
    missing = tuple(c.header for c in COLUMNS if c.required and c.key not in positions)
    if missing:
        raise SheetError("Mancano le colonne obbligatorie: {names}.", missing,
                         names=", ".join(f"«{name}»" for name in missing))
    return positions


def parse_table(table: Table) -> ParsedSheet:
    positions = column_positions(table.header)
    if not table.rows:
        raise SheetError("Il file contiene soltanto l'intestazione, nessuna riga di dati.")
    rows, problems = [], []
    for number, values in table.rows:
        cells = {key: values[i] if i < len(values) else None for key, i in positions.items()}
        row, found = parse_row(number, cells)
        rows.append(row)
        problems += found
    return ParsedSheet(rows, problems)


def parse_row(number: int, cells: dict[str, object]) -> tuple[SheetRow, list[RowProblem]]:
    """Typed values of one row, plus the cells that are missing or unreadable."""
    problems: list[RowProblem] = []

    def report(key: str, template: str, **params: object) -> None:
        problems.append(RowProblem(number, BY_KEY[key].header, template.format(**params)))

    texts = {c.key: _text(cells.get(c.key)) for c in COLUMNS}
    for column in COLUMNS:
        value = texts[column.key]
        if column.required and not value:
            report(column.key, "Il campo «{label}» è obbligatorio.", label=column.header)
        elif column.max_length and len(value) > column.max_length:
            report(column.key, "Testo troppo lungo: al massimo {limit} caratteri (ne ha {length}).",
                   limit=column.max_length, length=len(value))
    birth_date = _date(cells.get("birth_date"))
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


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone number typed into a number cell
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return parse_date(value)
        except ValueError:
            return None
    return None


def _sex(text: str) -> Sex | None:
    if text.upper() in ("M", "F"):
        return Sex(text.upper())
    return Sex.from_label(text) if text else None


def _relation(text: str) -> Relation | None:
    if not text:
        return None
    return Relation.from_label(text) or _RELATION_ALIASES.get(text.casefold())
