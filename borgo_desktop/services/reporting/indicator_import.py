"""The Comune's own list of indicators, imported from a CSV (or .xlsx) sheet: all or nothing.

One row per indicator, with the columns ``code;comune_code;label;unit;function;active`` (the
Italian headers «Codice», «Codice Comune», «Descrizione», «Unità», «Funzione», «Attivo» are
read too). A row whose code is a default or an indicator already configured changes it (its
position, period and parameters stay); a new code is added after the others, in the file's
order. The function must be one of the registry's keys: nothing is evaluated from text.
Every row is checked before anything is written; one bad row and the file is refused, with
each problem named by row and column in Italian.
"""

from __future__ import annotations

import dataclasses
import difflib
import logging
from dataclasses import dataclass
from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.exchange.sheet_columns import (
    RowProblem, SheetColumn, below_title, cell_text, check_texts, column_positions, parse_rows,
)
from borgo_desktop.exchange.tabular import read_table
from borgo_desktop.models.reporting import PeriodKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.registry.imports import Found, count_words, file_refusal
from borgo_desktop.services.reporting import indicators
from borgo_desktop.services.reporting.functions import FUNCTIONS
from borgo_desktop.services.reporting.indicators import IndicatorDef

log = logging.getLogger(__name__)

COLUMNS = (
    SheetColumn("code", "Codice", True, "Codice dell'indicatore: lettere, cifre e trattini "
                "bassi (es. ACC_NEW). Un codice già presente aggiorna quell'indicatore.",
                indicators.CODE_LENGTH),
    SheetColumn("comune_code", "Codice Comune", False, "Il codice dell'elenco del Comune "
                "(es. 1.1); facoltativo.", indicators.COMUNE_CODE_LENGTH),
    SheetColumn("label", "Descrizione", True, "Il nome dell'indicatore come lo vuole il Comune.",
                indicators.LABEL_LENGTH),
    SheetColumn("unit", "Unità", True, "Unità di misura (nuclei, persone, euro, ore, %…).",
                indicators.UNIT_LENGTH),
    SheetColumn("function", "Funzione", True, "Una delle funzioni previste dal programma "
                "(es. cases_new): l'elenco è nella finestra «Indicatori…» del cruscotto."),
    SheetColumn("active", "Attivo", False, "Sì o No; vuoto vale Sì."),
)
HEADERS = tuple(c.header for c in COLUMNS)
# The file's own names: the brief's English keys and the usual Italian spellings.
_ALIASES = {"code": "codice", "comune_code": "codice comune", "codice del comune": "codice comune",
            "label": "descrizione", "etichetta": "descrizione", "nome": "descrizione",
            "unit": "unità", "unita": "unità", "unità di misura": "unità",
            "function": "funzione", "active": "attivo", "attiva": "attivo"}
_YES = {"sì", "si", "s", "x", "1", "vero", "true", "yes", "y"}
_NO = {"no", "n", "0", "falso", "false"}
# The form's field names -> the sheet's columns.
_FIELD_COLUMN = {c.key: c.header for c in COLUMNS}


@dataclass(frozen=True)
class SheetRow:
    row: int
    data: IndicatorDef


@dataclass(frozen=True)
class IndicatorImportReport:
    problems: list[RowProblem]
    indicators: int  # written, or that would be written in a dry run
    refused: bool
    summary: str


def import_indicators(ctx: Context, path: Path, *, dry_run: bool = False) -> IndicatorImportReport:
    """Check the whole file, then write every row (or nothing, if any row is invalid)."""
    require(ctx, Permission.REPORT_BUILD)
    try:
        rows, found = _parse(Path(path))
    except UserError as exc:
        problems, summary = file_refusal(exc)
        return IndicatorImportReport(problems, 0, True, summary)
    with ctx.store.read() as session:
        current = {d.code: d for d in indicators.effective(session)}
    rows = _placed(rows, current)
    _validate(rows, found)
    if found.rows():
        bad = count_words(len(found.rows()), "riga non valida", "righe non valide")
        summary = (f"Controllo completato: {bad}, il file sarebbe rifiutato (nessun dato scritto)."
                   if dry_run else f"File rifiutato: {bad}, nessun dato scritto.")
        return IndicatorImportReport(found.sorted(), 0, True, summary)
    if not dry_run:
        with ctx.store.unit_of_work() as session:
            for row in rows:
                indicators.store_in(session, ctx, row.data.code, row.data)
            audit.record(ctx, session, "report.indicators_imported", "indicator", Path(path).name,
                         detail=str(len(rows)))
            session.commit()
    log.info("indicators import %s: %d rows, dry run %s", path, len(rows), dry_run)
    amount = count_words(len(rows), "indicatore", "indicatori")
    summary = (f"Controllo completato: si importerebbero {amount} (nessun dato scritto)."
               if dry_run else f"{'Importato' if len(rows) == 1 else 'Importati'} {amount}.")
    return IndicatorImportReport([], len(rows), False, summary)


def _parse(path: Path) -> tuple[list[SheetRow], Found]:
    table = below_title(read_table(path), COLUMNS, _ALIASES)
    positions = column_positions(COLUMNS, table.header, _ALIASES)
    found = Found(HEADERS)

    def parse_row(number: int, cells: dict[str, object]):
        texts = {c.key: cell_text(cells.get(c.key)) for c in COLUMNS}
        problems = check_texts(number, COLUMNS, texts)
        active = texts["active"].casefold()
        if active and active not in _YES | _NO:
            problems.append(RowProblem(number, "Attivo", f"Valore non riconosciuto «{texts['active']}»: "
                                                         "scrivere Sì oppure No."))
        function = texts["function"]
        if function and function not in FUNCTIONS:
            problems.append(RowProblem(number, "Funzione", _unknown_function(function)))
        data = IndicatorDef(texts["code"].upper(), texts["label"], texts["unit"], function,
                            active=active not in _NO, comune_code=texts["comune_code"])
        return SheetRow(number, data), problems

    rows, problems = parse_rows(table, positions, parse_row)
    for problem in problems:
        found.add(problem.row, problem.column, problem.reason)
    return rows, found


def _unknown_function(name: str) -> str:
    close = difflib.get_close_matches(name.strip().lower(), FUNCTIONS, n=3, cutoff=0.6)
    hint = (f" Forse: {', '.join(close)}." if close else
            " L'elenco delle funzioni è nella finestra «Indicatori…» del cruscotto.")
    return f"Funzione sconosciuta «{name}»: usare una di quelle previste dal programma.{hint}"


def _placed(rows: list[SheetRow], current: dict[str, IndicatorDef]) -> list[SheetRow]:
    """A known code keeps its position, period and parameters (when its function stays);
    a new one goes after the last indicator, in the file's order."""
    after = max((d.position for d in current.values()), default=0)
    placed = []
    for row in rows:
        known = current.get(row.data.code)
        if known is not None:
            params = known.params if known.function == row.data.function else ()
            data = dataclasses.replace(row.data, position=known.position, period=known.period,
                                       params=params)
        else:
            after += 1
            data = dataclasses.replace(row.data, position=after, period=PeriodKind.QUARTER)
        placed.append(SheetRow(row.row, data))
    return placed


def _validate(rows: list[SheetRow], found: Found) -> None:
    first_row: dict[str, int] = {}
    for row in rows:
        problems = Problems()
        code = indicators.check_indicator(row.data, problems)
        for field, error in problems.items.items():
            # After the parser's own problems: an unreadable cell keeps the parser's reason.
            column = _FIELD_COLUMN.get(field, "Funzione")  # params.*: the function's needs
            found.add(row.row, column, error.text)
        if code in first_row:
            found.add(row.row, "Codice", f"Codice {code} ripetuto nel file (già alla riga "
                                         f"{first_row[code]}).")
        elif code:
            first_row[code] = row.row
