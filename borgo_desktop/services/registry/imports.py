"""Import of households from a spreadsheet: the whole file is checked before anything is written.

Person rules are the registry's own (``check_person``, ``check_members``); on top of them the
file is checked as a whole: codici fiscali repeated in the file or already in the registry,
household codes that already exist, units that are unknown or already let. Existing records
are looked up in a few batched queries, so a file of thousands of rows is checked in seconds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.exchange.households_sheet import (
    BY_KEY, COLUMNS, RowProblem, SheetError, SheetRow, parse_table,
)
from borgo_desktop.exchange.tabular import read_table, write_csv
from borgo_desktop.identifiers import check_tax_code
from borgo_desktop.models import Household, Lease, Person, Unit
from borgo_desktop.models.enums import HouseholdStatus, LeaseStatus, Relation, UnitStatus
from borgo_desktop.services.core import audit
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.registry.forms import (
    HouseholdInput, LeaseInput, MemberInput, PersonInput, check_members, check_person,
)
from borgo_desktop.services.core.problems import Problems

__all__ = ["Found", "ImportReport", "RowProblem", "import_households", "write_report_csv"]

log = logging.getLogger(__name__)

CODE, TAX, RELATION, UNIT = (BY_KEY[k].header for k in
                             ("household_code", "tax_code", "relation", "unit_code"))
_BATCH = 500  # values per IN (...) query, well under every dialect's parameter limit


@dataclass(frozen=True)
class ImportReport:
    problems: list[RowProblem]
    households: int  # imported, or that would be imported in a dry run
    persons: int
    refused: bool
    summary: str

    @property
    def written(self) -> int:
        """Records imported, or that a dry run would import (what every import reports)."""
        return self.households


class Found:
    """Problems of the file, at most one per cell (the first found is the most precise)."""

    def __init__(self, headers: tuple[str, ...] = tuple(c.header for c in COLUMNS)) -> None:
        self._items: dict[tuple[int, str], str] = {}
        self._order = {"": -1} | {header: i for i, header in enumerate(headers)}

    def add(self, row: int, column: str, reason: str) -> None:
        self._items.setdefault((row, column), reason)

    def rows(self) -> set[int]:
        return {row for row, _column in self._items}

    def sorted(self) -> list[RowProblem]:
        keys = sorted(self._items, key=lambda k: (k[0], self._order.get(k[1], 99)))
        return [RowProblem(row, column, self._items[(row, column)]) for row, column in keys]


def import_households(ctx: Context, path: Path, *, skip_invalid: bool = False,
                      dry_run: bool = False,
                      progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Check the whole file, then create its households (or nothing, if any row is invalid)."""
    require(ctx, Permission.IMPORT_DATA)
    try:
        parsed = parse_table(read_table(Path(path)))
    except UserError as exc:
        problems, summary = file_refusal(exc)
        return ImportReport(problems, 0, 0, True, summary)
    found = Found()
    for problem in parsed.problems:
        found.add(problem.row, problem.column, problem.reason)
    groups = _validate(ctx, parsed.rows, found)
    bad_rows = found.rows()
    valid = {code: rows for code, rows in groups.items() if not bad_rows & {r.row for r in rows}}
    skipped = [code for code in groups if code not in valid]
    if bad_rows and not skip_invalid:
        bad = count_words(len(bad_rows), "riga non valida", "righe non valide")
        summary = (f"Controllo completato: {bad}, il file sarebbe rifiutato (nessun dato scritto)."
                   if dry_run else f"File rifiutato: {bad}, nessun dato scritto.")
        return ImportReport(found.sorted(), 0, 0, True, summary)
    for code in skipped:
        for row in groups[code]:
            if row.row not in bad_rows:  # the bad rows already say why
                found.add(row.row, CODE, f"Nucleo {code} saltato: contiene righe non valide.")
    persons = sum(len(rows) for rows in valid.values())
    if not dry_run:
        stopped = _write(ctx, valid, progress)
        if stopped is not None:
            return replace(stopped, problems=found.sorted() + stopped.problems)
    log.info("households import %s: %d households, %d persons, %d skipped, dry run %s",
             path, len(valid), persons, len(skipped), dry_run)
    return ImportReport(found.sorted(), len(valid), persons, False,
                        _summary(len(valid), persons, len(skipped), len(bad_rows), dry_run))


def file_refusal(exc: UserError) -> tuple[list[RowProblem], str]:
    """A file that is no table or lacks columns: its problems (on the header) and summary."""
    columns = exc.columns if isinstance(exc, SheetError) and exc.columns else ("",)
    reason = exc.text[:1].lower() + exc.text[1:]
    return ([RowProblem(1, c, exc.text) for c in columns],
            f"File rifiutato: {reason} Nessun dato scritto.")


def count_words(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _summary(households: int, persons: int, skipped: int, bad_rows: int, dry_run: bool) -> str:
    amount = (f"{count_words(households, 'nucleo', 'nuclei')} "
              f"({count_words(persons, 'persona', 'persone')})")
    if dry_run:
        text = f"Controllo completato: si importerebbero {amount}"
    else:
        text = f"{'Importato' if households == 1 else 'Importati'} {amount}"
    if skipped:
        text += (f"; {'saltato' if skipped == 1 else 'saltati'} "
                 f"{count_words(skipped, 'nucleo', 'nuclei')} con "
                 f"{count_words(bad_rows, 'riga non valida', 'righe non valide')}")
    return text + (" (nessun dato scritto)." if dry_run else ".")


# --- validation ------------------------------------------------------------------------------

def _person_input(row: SheetRow) -> PersonInput:
    return PersonInput(surname=row.surname, given_name=row.given_name, tax_code=row.tax_code,
                       birth_date=row.birth_date, sex=row.sex, citizenship=row.citizenship,
                       phone=row.phone, email=row.email)


def _check_person_row(row: SheetRow, today, found: Found) -> None:
    problems = Problems()
    check_person(_person_input(row), today, problems)
    for field, error in problems.items.items():
        reason = (_tax_reason(row) or error.text) if field == "tax_code" else error.text
        found.add(row.row, BY_KEY[field].header, reason)


def _tax_reason(row: SheetRow) -> str:
    """In an import a codice fiscale that contradicts birth date or sex is an error, full stop."""
    checked = check_tax_code(row.tax_code, birth_date=row.birth_date,
                             sex=row.sex.value if row.sex else None)
    if checked.error is not None:
        return checked.error.text + "."
    return "; ".join(m.text for m in checked.mismatches) + ("." if checked.mismatches else "")


def _validate(ctx: Context, rows: list[SheetRow], found: Found) -> dict[str, list[SheetRow]]:
    """Check every row and the file as a whole; returns the rows grouped by household code."""
    today = ctx.today()
    groups: dict[str, list[SheetRow]] = {}
    first_row: dict[str, int] = {}  # codice fiscale -> first row that has it
    for row in rows:
        _check_person_row(row, today, found)
        if row.tax_code in first_row:
            found.add(row.row, TAX, f"Codice fiscale {row.tax_code} ripetuto nel file "
                                    f"(già alla riga {first_row[row.tax_code]}).")
        elif row.tax_code:
            first_row[row.tax_code] = row.row
        if row.household_code:
            groups.setdefault(row.household_code, []).append(row)
    unit_codes = {r.unit_code for r in rows if r.unit_code}
    with ctx.store.read() as session:
        taken = _existing(session, Person.tax_code, first_row)
        households = _existing(session, func.upper(Household.code), groups)
        units = _units(session, unit_codes)
    for row in rows:
        if row.tax_code in taken:
            found.add(row.row, TAX, f"Il codice fiscale {row.tax_code} è già presente in anagrafe.")
    claimed: dict[str, tuple[str, int]] = {}  # unit code -> (household code, row)
    for code, members in groups.items():
        if code in households:
            found.add(members[0].row, CODE, f"Il nucleo {code} esiste già in anagrafe: "
                                            "l'importazione crea soltanto nuclei nuovi.")
        _check_relations(members, found)
        _check_unit(code, members, units, claimed, found)
    return groups


def _check_relations(members: list[SheetRow], found: Found) -> None:
    if any(m.relation is None for m in members):
        return  # already reported; counting intestatari now would mislead
    problems = Problems()
    check_members([MemberInput(_person_input(m), m.relation) for m in members], problems)
    for error in problems.items.values():
        references = [m for m in members if m.relation == Relation.REFERENCE] or members[:1]
        for member in references:
            found.add(member.row, RELATION, error.text)


def _check_unit(code: str, members: list[SheetRow], units: dict[str, tuple[UnitStatus, bool]],
                claimed: dict[str, tuple[str, int]], found: Found) -> None:
    named = [m for m in members if m.unit_code]
    if not named:
        return
    first = named[0]
    for other in named[1:]:
        if other.unit_code != first.unit_code:
            found.add(other.row, UNIT, f"Alloggio diverso da quello indicato alla riga "
                                       f"{first.row} ({first.unit_code}) per lo stesso nucleo.")
    unit = first.unit_code
    if unit not in units:
        found.add(first.row, UNIT, f"Alloggio sconosciuto: {unit}.")
    elif units[unit][1]:
        found.add(first.row, UNIT, f"L'alloggio {unit} è già locato.")
    elif units[unit][0] == UnitStatus.PREALLOCATED:
        found.add(first.row, UNIT, f"L'alloggio {unit} è preassegnato nel piano di assegnazione.")
    elif unit in claimed:
        other_code, other_row = claimed[unit]
        found.add(first.row, UNIT, f"L'alloggio {unit} è già indicato per il nucleo "
                                   f"{other_code} (riga {other_row}).")
    else:
        claimed[unit] = (code, first.row)


def _existing(session: Session, expr, values) -> set[str]:
    wanted = sorted(v for v in values if v)
    hits: set[str] = set()
    for start in range(0, len(wanted), _BATCH):
        hits.update(session.scalars(select(expr).where(expr.in_(wanted[start:start + _BATCH]))))
    return hits


def _units(session: Session, codes: set[str]) -> dict[str, tuple[UnitStatus, bool]]:
    """Unit code -> (status, has an active lease)."""
    wanted, result = sorted(codes), {}
    for start in range(0, len(wanted), _BATCH):
        query = (select(Unit.code, Unit.status, Lease.id)
                 .outerjoin(Lease, and_(Lease.unit_id == Unit.id,
                                        Lease.status == LeaseStatus.ACTIVE))
                 .where(Unit.code.in_(wanted[start:start + _BATCH])))
        for code, status, lease_id in session.execute(query):
            leased = result.get(code, (status, False))[1] or lease_id is not None
            result[code] = (status, leased)
    return result


# --- writes ----------------------------------------------------------------------------------

def _write(ctx: Context, valid: dict[str, list[SheetRow]],
           progress: Callable[[int, int], None] | None) -> ImportReport | None:
    """Create every valid household in ONE transaction: all of them or none.

    The file was checked first; a refusal here means someone changed the registry in the
    meantime, and then nothing is written.
    """
    with ctx.store.unit_of_work() as session:
        for done, (code, rows) in enumerate(valid.items(), start=1):
            try:
                _write_household(ctx, session, code, rows)
            except UserError as exc:
                log.warning("import refused at household %s: %s", code, exc.text)
                problem = RowProblem(rows[0].row, CODE, f"Nucleo {code} non importabile: {exc.text}")
                return ImportReport([problem], 0, 0, True,
                                    "File rifiutato: l'anagrafe è cambiata durante l'importazione, "
                                    "nessun dato scritto.")
            if progress is not None:
                progress(done, len(valid))
        audit.record(ctx, session, "import.households", detail=f"{len(valid)} nuclei, "
                     f"{sum(len(rows) for rows in valid.values())} persone")
        session.commit()
    return None


def _write_household(ctx: Context, session: Session, code: str, rows: list[SheetRow]) -> None:
    members = [MemberInput(_person_input(r), r.relation) for r in rows]
    unit_code = next((r.unit_code for r in rows if r.unit_code), "")
    # A household imported with its unit already lives there: resident, with an active lease
    # from today (rent to be completed in the household's card).
    status = HouseholdStatus.RESIDENT if unit_code else HouseholdStatus.APPLICANT
    household_id = registry.add_household(ctx, session, HouseholdInput(code=code), members,
                                          status=status)
    if unit_code:
        registry.open_lease(ctx, session, LeaseInput(household_id=household_id, unit_code=unit_code,
                                                     starts_on=ctx.today(), monthly_rent_cents=0),
                            Problems())


def write_report_csv(report: ImportReport, path: Path) -> None:
    """The problems as ``row,column,reason`` (comma-separated UTF-8), one line per cell."""
    write_csv(Path(path), ("row", "column", "reason"),
              ([p.row, p.column, p.reason] for p in report.problems), delimiter=",", bom=False)
