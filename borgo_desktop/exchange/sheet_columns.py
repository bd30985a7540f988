"""What every import sheet shares: its columns, the header check, cells read as text or dates,
the problems reported per cell and the empty template with an «Istruzioni» sheet.

The households sheet and the units sheet are two lists of :class:`SheetColumn`; the rules of
each (what a row means) stay in its own module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Sequence

from borgo_desktop.errors import UserError
from borgo_desktop.exchange.tabular import SheetOut, Table, write_xlsx
from borgo_desktop.formatting import parse_date


@dataclass(frozen=True)
class SheetColumn:
    key: str
    header: str
    required: bool
    help: str
    max_length: int = 0
    width: float = 16


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


def normal_header(header: str, aliases: dict[str, str] | None = None) -> str:
    """A header as compared: spaces collapsed, case folded, known spellings mapped."""
    text = " ".join(str(header).split()).casefold()
    return (aliases or {}).get(text, text)


def column_positions(columns: Sequence[SheetColumn], header: tuple[str, ...],
                     aliases: dict[str, str] | None = None) -> dict[str, int]:
    """Column key -> index in the file; refuses missing required or repeated columns."""
    wanted = {normal_header(c.header): c for c in columns}
    positions: dict[str, int] = {}
    for index, text in enumerate(header):
        column = wanted.get(normal_header(text, aliases))
        if column is None:
            continue  # extra columns are allowed and ignored
        if column.key in positions:
            raise SheetError("La colonna «{name}» compare più volte nell'intestazione.",
                             (column.header,), name=column.header)
        positions[column.key] = index
    missing = tuple(c.header for c in columns if c.required and c.key not in positions)
    if missing:
        raise SheetError("Mancano le colonne obbligatorie: {names}.", missing,
                         names=", ".join(f"«{name}»" for name in missing))
    return positions


def below_title(table: Table, columns: Sequence[SheetColumn],
                aliases: dict[str, str] | None = None, look: int = 5) -> Table:
    """The table whose header is the first row naming every required column.

    Office sheets often open with a title line («Elenco alloggi, aggiornato al …») above the
    real header; up to ``look`` rows are tried. A table with no such row is returned as it is,
    so the header check reports what is missing from its first row."""
    wanted = {normal_header(c.header) for c in columns if c.required}
    candidates = [(table.header_row, table.header)] + [
        (number, tuple("" if v is None else " ".join(str(v).split()) for v in values))
        for number, values in table.rows[:look]]
    for skipped, (number, header) in enumerate(candidates):
        if wanted <= {normal_header(text, aliases) for text in header}:
            return table if skipped == 0 else Table(number, header, table.rows[skipped:])
    return table


def parse_rows(table: Table, positions: dict[str, int],
               parse_row: Callable[[int, dict[str, object]], tuple[object, list[RowProblem]]],
               ) -> tuple[list, list[RowProblem]]:
    """Every data row as ``parse_row`` reads its cells (by column key), and the problems."""
    if not table.rows:
        raise SheetError("Il file contiene soltanto l'intestazione, nessuna riga di dati.")
    rows, problems = [], []
    for number, values in table.rows:
        cells = {key: values[i] if i < len(values) else None for key, i in positions.items()}
        row, found = parse_row(number, cells)
        rows.append(row)
        problems += found
    return rows, problems


def check_texts(number: int, columns: Sequence[SheetColumn],
                texts: dict[str, str]) -> list[RowProblem]:
    """Required cells that are empty and texts longer than their column allows."""
    problems = []
    for column in columns:
        value = texts[column.key]
        if column.required and not value:
            problems.append(RowProblem(number, column.header,
                                       f"Il campo «{column.header}» è obbligatorio."))
        elif column.max_length and len(value) > column.max_length:
            problems.append(RowProblem(
                number, column.header, f"Testo troppo lungo: al massimo {column.max_length} "
                                       f"caratteri (ne ha {len(value)})."))
    return problems


def cell_text(value: object) -> str:
    """A cell as text: spaces collapsed, whole numbers without «.0», dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone number or a floor typed into a number cell
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def cell_date(value: object) -> date | None:
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


def write_template(path: Path, title: str, columns: Sequence[SheetColumn],
                   notes: Sequence[str], formats: dict[str, str] | None = None,
                   choices: dict[str, list[str]] | None = None) -> None:
    """An empty import sheet with bold headers, drop-downs and an «Istruzioni» sheet."""
    formats, choices = formats or {}, choices or {}
    sheet = SheetOut(title, tuple(c.header for c in columns), [],
                     number_formats=[formats.get(c.key) for c in columns],
                     widths=[c.width for c in columns],
                     choices=[choices.get(c.key) for c in columns], autofilter=False)
    help_rows = [(c.header, "Sì" if c.required else "No", c.help) for c in columns]
    help_rows += [("", "", "")] + [("Nota", "", note) for note in notes]
    instructions = SheetOut("Istruzioni", ("Colonna", "Obbligatoria", "Contenuto e valori ammessi"),
                            help_rows, widths=(18, 12, 90), autofilter=False, wrap=True)
    write_xlsx(path, [sheet, instructions])
