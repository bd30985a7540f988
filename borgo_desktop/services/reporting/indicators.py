"""The indicator table of a period: DOMAIN.md's set in code, the office's rows over it.

As with the settings, the defaults live in code and the ``report_indicators`` table holds
what the office changed or added (the Comune's labels and codes, indicators switched off,
new rows naming another function of the registry). Computing runs every active indicator
inside one read transaction, so the whole table is one consistent snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models.reporting import Indicator, PeriodKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.reporting.functions import FUNCTIONS
from borgo_desktop.services.reporting.periods import Period, parse_period

SMALL_CELL = 3  # counts of people below this are not published (DOMAIN.md)
SUPPRESSED = "<3"


@dataclass(frozen=True)
class IndicatorDef:
    code: str
    label: str
    unit: str
    function: str
    period: PeriodKind = PeriodKind.QUARTER
    position: int = 0
    active: bool = True
    comune_code: str = ""
    params: tuple = ()


def _d(position: int, code: str, label: str, unit: str, function: str) -> IndicatorDef:
    return IndicatorDef(code, label, unit, function, position=position)


# DOMAIN.md, «Project indicators per quarter», in its order.
DEFAULTS: tuple[IndicatorDef, ...] = (
    _d(10, "ACC_NEW", "Nuclei accompagnati: nuovi", "nuclei", "cases_new"),
    _d(11, "ACC_ACTIVE", "Nuclei accompagnati: attivi", "nuclei", "cases_active"),
    _d(12, "ACC_CLOSED", "Nuclei accompagnati: chiusi", "nuclei", "cases_closed"),
    _d(20, "PACT_SIGNED", "Patti firmati", "patti", "plans_signed"),
    _d(21, "GOALS_MET", "Obiettivi raggiunti", "obiettivi", "goals_met"),
    _d(30, "ARR_OPENED", "Morosità: casi aperti", "nuclei", "arrears_opened"),
    _d(31, "ARR_RESOLVED", "Morosità: casi risolti", "nuclei", "arrears_resolved"),
    _d(32, "ARR_NOFAULT", "Morosità incolpevoli riconosciute", "nuclei", "arrears_nofault"),
    _d(33, "ARR_OWING", "Nuclei con debito di canone", "nuclei", "arrears_households"),
    _d(34, "ARR_AMOUNT", "Debito di canone", "euro", "arrears_amount"),
    _d(40, "PLAN_ACTIVE", "Piani di rientro attivi", "piani", "repayment_active"),
    _d(41, "PLAN_DONE", "Piani di rientro completati", "piani", "repayment_completed"),
    _d(42, "PLAN_DEFAULT", "Piani di rientro decaduti", "piani", "repayment_defaulted"),
    _d(43, "PLAN_RECOVERED", "Euro recuperati con i piani di rientro", "euro",
       "repayment_recovered"),
    _d(50, "TKT_OPENED", "Segnalazioni aperte", "segnalazioni", "tickets_opened"),
    _d(51, "TKT_RESOLVED", "Segnalazioni risolte", "segnalazioni", "tickets_resolved"),
    _d(52, "TKT_MEDIAN", "Tempo mediano di risoluzione", "giorni", "tickets_median_days"),
    _d(53, "TKT_ONTIME", "Segnalazioni risolte nei tempi", "%", "tickets_on_time"),
    _d(60, "ROOM_BOOKINGS", "Prenotazioni degli spazi comuni", "prenotazioni", "bookings"),
    _d(61, "ROOM_HOURS", "Ore di utilizzo degli spazi comuni", "ore", "booking_hours"),
    _d(70, "COM_EVENTS", "Attività di comunità", "attività", "events"),
    _d(71, "COM_ATTEND", "Presenze alle attività di comunità", "presenze", "attendance"),
    _d(80, "VIO_REPORTED", "Violazioni segnalate", "violazioni", "violations_reported"),
    _d(81, "VIO_CLOSED", "Violazioni chiuse", "violazioni", "violations_closed"),
    _d(90, "UNIT_LET", "Alloggi locati", "alloggi", "units_let"),
    _d(91, "UNIT_VACANT", "Alloggi liberi", "alloggi", "units_vacant"),
    _d(92, "MOVEIN_CHECKS", "Verifiche dopo l'ingresso svolte", "verifiche", "move_in_checks"),
    _d(100, "ESF_ENTERED", "Partecipanti FSE+ entrati", "persone", "esf_entered"),
    _d(101, "ESF_EXITED", "Partecipanti FSE+ usciti", "persone", "esf_exited"),
    _d(102, "ESF_FOLLOWED", "Partecipanti FSE+ con esito a sei mesi", "persone",
       "esf_followed"),
)


@dataclass(frozen=True)
class Row:
    """One line of the table: an indicator's total (``detail`` empty) or a part of it."""

    code: str
    label: str
    detail: str
    unit: str
    value: int | float | None  # None: suppressed (fewer than three people)
    snapshot: bool = False

    @property
    def shown(self) -> str:
        if self.value is None:
            return SUPPRESSED
        if self.unit == "euro":
            return f"{self.value:.2f}"
        return str(self.value)


@dataclass(frozen=True)
class Table:
    period: Period
    rows: tuple[Row, ...]

    def total(self, code: str) -> int | float | None:
        return next(r.value for r in self.rows if r.code == code and not r.detail)

    def detail(self, code: str) -> dict[str, int | float | None]:
        return {r.detail: r.value for r in self.rows if r.code == code and r.detail}


def _from_row(row: Indicator) -> IndicatorDef:
    return IndicatorDef(row.code, row.label, row.unit, row.function, row.period, row.position,
                        row.active, row.comune_code, tuple(sorted((row.params or {}).items())))


def effective(session) -> list[IndicatorDef]:
    """The defaults with the office's rows over them, in table order."""
    by_code = {d.code: d for d in DEFAULTS}
    for row in session.scalars(select(Indicator)):
        by_code[row.code] = _from_row(row)
    return sorted(by_code.values(), key=lambda d: (d.position, d.code))


def list_indicators(ctx: Context) -> list[IndicatorDef]:
    """The effective indicators, for the window that configures them."""
    require(ctx, Permission.REPORT_VIEW)
    with ctx.store.read() as session:
        return effective(session)


def _suppress(value, people: bool):
    if people and isinstance(value, int) and 0 < value < SMALL_CELL:
        return None
    return value


def compute_in(session, period: Period, *, progress: Callable[[int, int], None] | None = None,
               suppress: bool = True) -> Table:
    chosen = [d for d in effective(session) if d.active and d.period == period.kind]
    rows: list[Row] = []
    for done, item in enumerate(chosen, 1):
        function = FUNCTIONS.get(item.function)
        if function is None:
            raise UserError("L'indicatore {code} usa una funzione sconosciuta: «{name}».",
                            code=item.code, name=item.function)
        figure = function.compute(session, period, dict(item.params))
        people = suppress and function.counts_people
        rows.append(Row(item.code, item.label, "", item.unit,
                        _suppress(figure.total, people), function.snapshot))
        rows.extend(Row(item.code, item.label, detail, item.unit, _suppress(value, people),
                        function.snapshot) for detail, value in figure.breakdown)
        if progress:
            progress(done, len(chosen))
    return Table(period, tuple(rows))


def compute(ctx: Context, period: str | Period, *, progress=None, suppress: bool = True) -> Table:
    """The indicator table of ``period`` (aggregates only; small cells suppressed)."""
    require(ctx, Permission.REPORT_VIEW)
    chosen = period if isinstance(period, Period) else parse_period(period)
    with ctx.store.read() as session:
        return compute_in(session, chosen, progress=progress, suppress=suppress)


CODE_LENGTH, LABEL_LENGTH, UNIT_LENGTH, COMUNE_CODE_LENGTH = 24, 200, 24, 40


def check_indicator(data: IndicatorDef, problems: Problems) -> str:
    """Every problem of one indicator row; returns its code as stored (upper case)."""
    code = required(problems, "code", data.code, "Codice").upper()
    if code and not code.replace("_", "").isalnum():
        problems.add("code", "Il codice può contenere solo lettere, cifre e trattini bassi.")
    elif len(code) > CODE_LENGTH:
        problems.add("code", "Il codice è troppo lungo: al massimo {n} caratteri.", n=CODE_LENGTH)
    label = required(problems, "label", data.label, "Descrizione")
    if len(label) > LABEL_LENGTH:
        problems.add("label", "La descrizione è troppo lunga: al massimo {n} caratteri.",
                     n=LABEL_LENGTH)
    unit = required(problems, "unit", data.unit, "Unità")
    if len(unit) > UNIT_LENGTH:
        problems.add("unit", "L'unità è troppo lunga: al massimo {n} caratteri.", n=UNIT_LENGTH)
    if len(data.comune_code.strip()) > COMUNE_CODE_LENGTH:
        problems.add("comune_code", "Il codice del Comune è troppo lungo: al massimo {n} "
                     "caratteri.", n=COMUNE_CODE_LENGTH)
    function = FUNCTIONS.get(data.function)
    if function is None:
        problems.add("function", "Scegliere la funzione da quelle previste dal programma.")
    else:
        given = {name: str(value).strip() for name, value in data.params}
        for name in function.params:
            if not given.get(name):
                problems.add(f"params.{name}", "Il parametro «{param}» è obbligatorio per questa "
                             "funzione.", param=name)
        for name in sorted(set(given) - set(function.params)):
            problems.add(f"params.{name}", "La funzione scelta non prevede il parametro "
                         "«{param}».", param=name)
    if not isinstance(data.position, int) or not 0 <= data.position <= 9999:
        problems.add("position", "La posizione deve essere un numero intero da 0 a 9999.")
    return code


def store_in(session, ctx: Context, code: str, data: IndicatorDef) -> None:
    """Write one checked indicator in the caller's unit of work (the office's row)."""
    row = session.scalar(select(Indicator).where(Indicator.code == code))
    if row is None:
        row = Indicator(code=code)
        session.add(row)
    row.label, row.unit, row.function = data.label.strip(), data.unit.strip(), data.function
    row.period, row.position, row.active = data.period, data.position, data.active
    row.comune_code = data.comune_code.strip()
    row.params = {name: str(value).strip() for name, value in data.params}
    ctx.stamp(row)


def save_indicator(ctx: Context, data: IndicatorDef) -> None:
    """Add an indicator or change one (a default's code stores the office's version)."""
    require(ctx, Permission.REPORT_BUILD)
    problems = Problems()
    code = check_indicator(data, problems)
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        store_in(session, ctx, code, data)
        audit.record(ctx, session, "report.indicator_saved", "indicator", code)
        session.commit()


def restore_default(ctx: Context, code: str) -> IndicatorDef:
    """Drop the office's version of a default indicator: the program's row counts again."""
    require(ctx, Permission.REPORT_BUILD)
    default = default_of(code)
    if default is None:
        raise UserError("L'indicatore {code} è stato aggiunto dall'ufficio: non ha una versione "
                        "predefinita da ripristinare.", code=code)
    with ctx.store.unit_of_work() as session:
        row = session.scalar(select(Indicator).where(Indicator.code == code))
        if row is not None:
            session.delete(row)
            audit.record(ctx, session, "report.indicator_restored", "indicator", code)
            session.commit()
    return default


def changed_from_default(data: IndicatorDef) -> bool:
    """A default the office changed (its label, code for the Comune, switched off…)."""
    default = default_of(data.code)
    return default is not None and default != data


def default_of(code: str) -> IndicatorDef | None:
    return next((d for d in DEFAULTS if d.code == code), None)

