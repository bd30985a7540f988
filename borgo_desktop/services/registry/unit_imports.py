"""Import of units from a spreadsheet: the whole file is checked before anything is written.

Each row is checked by the unit form's own rules (``check_unit``: surface, rooms, floor,
cadastral data); on top of them the file as a whole: buildings that are unknown or retired,
unit codes repeated in the file or already in the registry. Then every valid unit is written
in one transaction, or none.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.exchange.units_sheet import (
    BY_KEY, HEADERS, RowProblem, UnitRow, parse_table, read_sheet,
)
from borgo_desktop.models import Building, Unit
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import UnitInput, check_unit
from borgo_desktop.services.registry.imports import Found, count_words, file_refusal

__all__ = ["UnitImportReport", "import_units"]

log = logging.getLogger(__name__)

_BATCH = 500  # values per IN (...) query, well under every dialect's parameter limit
# The form's field names -> the sheet's columns (rent_rate_cents is the «Canone €» column).
_FIELD_COLUMN = {c.key: c.header for c in BY_KEY.values()} | {
    "rent_rate_cents": BY_KEY["rent_rate"].header}
NUMBER, CODE = BY_KEY["number"].header, BY_KEY["code"].header


@dataclass(frozen=True)
class UnitImportReport:
    problems: list[RowProblem]
    units: int  # imported, or that would be imported in a dry run
    refused: bool
    summary: str

    @property
    def written(self) -> int:
        return self.units


def import_units(ctx: Context, path: Path, *, skip_invalid: bool = False, dry_run: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> UnitImportReport:
    """Check the whole file, then create its units (or nothing, if any row is invalid)."""
    require(ctx, Permission.IMPORT_DATA)
    require(ctx, Permission.ESTATE_MANAGE)
    try:
        parsed = parse_table(read_sheet(Path(path)))
    except UserError as exc:
        problems, summary = file_refusal(exc)
        return UnitImportReport(problems, 0, True, summary)
    found = Found(HEADERS)
    for problem in parsed.problems:
        found.add(problem.row, problem.column, problem.reason)
    _validate(ctx, parsed.rows, found)
    bad_rows = found.rows()
    valid = [row for row in parsed.rows if row.row not in bad_rows]
    if bad_rows and not skip_invalid:
        bad = count_words(len(bad_rows), "riga non valida", "righe non valide")
        summary = (f"Controllo completato: {bad}, il file sarebbe rifiutato (nessun dato scritto)."
                   if dry_run else f"File rifiutato: {bad}, nessun dato scritto.")
        return UnitImportReport(found.sorted(), 0, True, summary)
    if not dry_run:
        stopped = _write(ctx, valid, progress)
        if stopped is not None:
            return stopped
    log.info("units import %s: %d units, %d rows skipped, dry run %s", path, len(valid),
             len(bad_rows), dry_run)
    return UnitImportReport(found.sorted(), len(valid), False,
                            _summary(len(valid), len(bad_rows), dry_run))


def _summary(units: int, bad_rows: int, dry_run: bool) -> str:
    amount = count_words(units, "alloggio", "alloggi")
    text = (f"Controllo completato: si importerebbero {amount}" if dry_run
            else f"{'Importato' if units == 1 else 'Importati'} {amount}")
    if bad_rows:
        text += f"; {'saltata' if bad_rows == 1 else 'saltate'} " + count_words(
            bad_rows, "riga non valida", "righe non valide")
    return text + (" (nessun dato scritto)." if dry_run else ".")


def unit_input(row: UnitRow) -> UnitInput:
    return UnitInput(
        building_code=row.building_code, staircase=row.staircase, floor=row.floor or 0,
        number=row.number, surface_m2=row.surface_m2 or 0, rooms=row.rooms or 0,
        regime=row.regime, rent_model=row.rent_model, rent_rate_cents=row.rent_rate_cents,
        accessible=row.accessible, status=row.status, cadastral_sheet=row.cadastral_sheet,
        cadastral_parcel=row.cadastral_parcel, cadastral_sub=row.cadastral_sub, code=row.code)


def _validate(ctx: Context, rows: list[UnitRow], found: Found) -> None:
    first_row: dict[str, int] = {}  # unit code -> first row that has it
    for row in rows:
        problems = Problems()
        check_unit(unit_input(row), problems)
        for field, error in problems.items.items():
            # After the parser's own problems: an unreadable cell keeps the parser's reason.
            found.add(row.row, _FIELD_COLUMN[field], error.text)
        code = _code(row)
        if code in first_row:
            found.add(row.row, CODE, f"Codice alloggio {code} ripetuto nel file (già alla riga "
                                     f"{first_row[code]}).")
        elif code:
            first_row[code] = row.row
    buildings = {r.building_code for r in rows if r.building_code}
    with ctx.store.read() as session:
        known = _found_in(session, Building.code, buildings, Building.retired_on)
        taken = set(_found_in(session, Unit.code, first_row))
    building = BY_KEY["building_code"].header
    for row in rows:
        if row.building_code and row.building_code not in known:
            found.add(row.row, building, f"Edificio sconosciuto: {row.building_code} (crearlo "
                                         "prima dall'area Alloggi, «Nuovo edificio…»).")
        elif row.building_code and known[row.building_code] is not None:
            found.add(row.row, building, f"L'edificio {row.building_code} è dismesso.")
        if _code(row) in taken:
            column = CODE if row.code else NUMBER
            found.add(row.row, column, f"Esiste già un alloggio con codice {_code(row)}: "
                                       "l'importazione crea soltanto alloggi nuovi.")


def _code(row: UnitRow) -> str:
    if row.code:
        return row.code
    if not (row.building_code and row.number):
        return ""
    return registry.unit_code_for(row.building_code, row.staircase, row.number)


def _found_in(session, column, values, extra=None) -> dict:
    """The values present in ``column`` -> ``extra`` of their row (None when not asked)."""
    wanted, hits = sorted(v for v in values if v), {}
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start:start + _BATCH]
        query = select(column, extra if extra is not None else column).where(column.in_(chunk))
        hits.update({value: (other if extra is not None else None)
                     for value, other in session.execute(query)})
    return hits


def _write(ctx: Context, rows: list[UnitRow],
           progress: Callable[[int, int], None] | None) -> UnitImportReport | None:
    """Every valid unit in ONE transaction: all of them or none (the file was checked first; a
    refusal here means someone changed the estate in the meantime)."""
    with ctx.store.unit_of_work() as session:
        for done, row in enumerate(rows, start=1):
            try:
                registry.add_unit(ctx, session, unit_input(row))
            except ValidationError as exc:
                log.warning("units import refused at row %d: %s", row.row, exc.text)
                problems = [RowProblem(row.row, _FIELD_COLUMN.get(field, ""), error.text)
                            for field, error in exc.problems.items()]
                return UnitImportReport(problems, 0, True, "File rifiutato: gli alloggi sono "
                                        "cambiati durante l'importazione, nessun dato scritto.")
            if progress is not None:
                progress(done, len(rows))
        audit.record(ctx, session, "import.units", detail=f"{len(rows)} alloggi")
        session.commit()
    return None
