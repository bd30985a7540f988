"""The demo's rent ledger: every month since the first lease began, the charge run on the
first day, the bank's statements imported twice a month (the home-banking CSV mid-month, the
CAMT.053 at the month's end), payments at the desk, the daily checks (early warnings, plans)
on the 16th and the 27th, each through the services on the day it happened and signed by the
demo account whose job it is.

Most households pay on time by bank transfer (with their code, the unit or only from an IBAN
the desk registered); the temporary-housing households pay at the desk (cash, POS, pagoPA);
a few pay late; one transfer is reversed and paid again at the desk; a relative's transfer
waits in the unmatched queue until the desk assigns it; one unknown payer is still queued.
Four stories of arrears: N00002 stopped paying in October (reminder sent, meeting held);
N00003 signed a repayment plan that is running; N00012 signed one and defaulted on the second
instalment (formal notice given); N00013 lost the job in the summer and has a no-fault
assessment pending.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from borgo_desktop.models import Household, Lease, Person, Unit
from borgo_desktop.models.arrears import (
    ArrearsCause, LadderStep, NoFaultDocument, PlanInstalment, RepaymentPlan,
)
from borgo_desktop.models.enums import LeaseStatus, RentModel
from borgo_desktop.models.ledger import BankLine, Charge, ChargeKind, PaymentMethod
from borgo_desktop.seed import bank_files
from borgo_desktop.seed.bank_files import Movement
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.ledger import charges, ladder, nofault, payments, plans, warnings
from borgo_desktop.services.ledger.bank import importer, queue
from borgo_desktop.services.ledger.ladder import StepInput
from borgo_desktop.services.ledger.nofault import NoFaultInput
from borgo_desktop.services.ledger.plans import PlanInput
from borgo_desktop.services.ledger.rents import month_bounds, next_period, period_of

SEED = 2026_11
MANAGER = Actor("responsabile", "manager", "Giulia Ferri")
DESK = Actor("sportello", "front_desk", "Chiara Colombo")
WORKER = Actor("assistente", "social_worker", "Chiara Moretti")
CHECK_DAYS = (16, 27)  # the daily checks that matter: after the grace days, before month end
LATE_PAYERS = ("N00005", "N00011", "N00019")
STOPPED, PLAN_RUNNING, PLAN_DEFAULTED, NO_FAULT = "N00002", "N00003", "N00012", "N00013"
REVERSED, RELATIVE, KEYS, CREDITED = "N00007", "N00022", "N00017", "N00008"
STORIES = (STOPPED, PLAN_RUNNING, PLAN_DEFAULTED, NO_FAULT)


@dataclass
class Tenant:
    household_id: object
    code: str
    name: str  # as the bank writes it: SURNAME GIVEN NAME
    unit_code: str
    starts_on: date
    at_desk: bool  # temporary housing: pays at the desk
    iban: str
    how: str  # what the transfer says: code | unit | iban


@dataclass
class _Month:
    """The month being played: its events in order of day (then of insertion)."""

    events: list[tuple[date, int, Callable[[], None]]] = field(default_factory=list)

    def at(self, day: date, action: Callable[[], None]) -> None:
        self.events.append((day, len(self.events), action))

    def play(self) -> None:
        for _day, _n, action in sorted(self.events, key=lambda e: (e[0], e[1])):
            action()


class _Ledger:
    def __init__(self, ctx: Context, today: date):
        self.ctx, self.today = ctx, today
        self.rng = random.Random(SEED)
        self.tenants = self._tenants()
        self.by_code = {t.code: t for t in self.tenants}
        missing = [c for c in (*STORIES, *LATE_PAYERS, REVERSED, RELATIVE, KEYS, CREDITED)
                   if c not in self.by_code]
        if missing:
            raise RuntimeError(f"demo ledger: no lease for {missing}")
        self.pending: list[Movement] = []  # booked, not imported yet
        self.sequence = 0
        self.relative_iban = bank_files.payer_iban(self.rng)

    def as_(self, actor: Actor, day: date) -> Context:
        return dataclasses.replace(self.ctx, actor=actor, today=lambda: day)

    def _tenants(self) -> list[Tenant]:
        with self.ctx.store.read() as session:
            rows = session.execute(
                select(Household.id, Household.code, Person.surname, Person.given_name,
                       Unit.code, Unit.rent_model, Lease.starts_on)
                .join(Lease, Lease.household_id == Household.id)
                .join(Unit, Unit.id == Lease.unit_id)
                .join(Person, Person.id == Household.reference_person_id)
                .where(Lease.status == LeaseStatus.ACTIVE, Lease.starts_on <= self.today)
                .order_by(Household.code)).all()
        tenants = []
        for hid, code, surname, given, unit, model, starts in rows:
            at_desk = RentModel(model) == RentModel.FLAT
            how = self.rng.choices(("code", "unit", "iban"), (70, 15, 15))[0]
            tenants.append(Tenant(hid, code, f"{surname} {given}".upper(), unit, starts,
                                  at_desk, bank_files.payer_iban(self.rng), how))
        return tenants

    # --- the bank ------------------------------------------------------------------------

    def ref(self, day: date) -> str:
        self.sequence += 1
        return f"BPM{day:%Y%m%d}{self.sequence:05d}"

    def transfer(self, tenant: Tenant, day: date, cents: int, period_day: date) -> Movement:
        text = {"code": bank_files.rent_text(tenant.code, period_day),
                "unit": f"AFFITTO {bank_files.MONTHS[period_day.month - 1]} ALLOGGIO "
                        f"{tenant.unit_code}",
                "iban": f"CANONE {bank_files.MONTHS[period_day.month - 1]}"}[tenant.how]
        movement = Movement(day, cents, text, self.ref(day), tenant.name, tenant.iban)
        self.pending.append(movement)
        return movement

    def import_due(self, day: date, csv: bool) -> None:
        """Import what the bank booked before ``day`` (a CSV mid-month, else a CAMT.053)."""
        lines = [m for m in self.pending if m.booked_on < day or day == self.today]
        if not lines:
            return
        self.pending = [m for m in self.pending if m not in lines]
        lines.sort(key=lambda m: (m.booked_on, m.bank_ref))
        name = f"estratto-{day:%Y-%m-%d}"
        if csv:
            data, path = bank_files.csv_it(lines), Path(name + ".csv")
        else:
            data = bank_files.camt053(lines, f"EC-{day:%Y%m%d}")
            path = Path(name + ".xml")
        importer.import_statement(self.as_(DESK, day), path, data=data)

    # --- one month -----------------------------------------------------------------------

    def month(self, period: str) -> None:
        first, last = month_bounds(*map(int, period.split("-")))
        month = _Month()
        month.at(first, lambda: self.import_due(first, csv=False))
        month.at(first, lambda: charges.charge_run(self.as_(MANAGER, first), period))
        self.play(month)  # the month's charges are known from here on
        month = _Month()
        owed = self.owed(period)
        due = first + timedelta(days=4)
        for tenant in self.tenants:  # transfers without a code: the desk knows the IBAN
            if tenant.how == "iban" and first <= tenant.starts_on <= last:
                month.at(tenant.starts_on, lambda t=tenant: queue.add_payer_iban(
                    self.as_(DESK, t.starts_on), t.household_id, t.iban, t.name.title()))
        for tenant in self.tenants:
            cents = owed.get(tenant.household_id)
            if cents:
                self.pays(month, tenant, period, due, cents)
        for day in CHECK_DAYS:
            check = first.replace(day=day)
            if check <= self.today:
                month.at(check, lambda d=check: self.import_due(d, csv=True))
                month.at(check, lambda d=check: self.checks(d))
        STORY_STEPS.get(period, lambda _l, _m: None)(self, month)
        if first <= self.today <= last:
            month.at(self.today, lambda: self.import_due(self.today, csv=True))
            month.at(self.today, lambda: self.checks(self.today))
        self.play(month)

    def play(self, month: _Month) -> None:
        month.events = [e for e in month.events if e[0] <= self.today]
        month.play()

    def owed(self, period: str) -> dict:
        with self.ctx.store.read() as session:
            return dict(session.execute(select(Charge.household_id, Charge.amount_cents).where(
                Charge.period == period, Charge.kind == ChargeKind.RENT)).all())

    def pays(self, month: _Month, tenant: Tenant, period: str, due: date, cents: int) -> None:
        rng, code = self.rng, tenant.code
        special = SPECIAL.get((code, period))
        if special is not None:
            return special(self, month, tenant, due, cents)
        if code in STORIES and period >= STORY_FROM[code]:
            return
        late = code in LATE_PAYERS and rng.random() < 0.5 or (code == "N00024"
                                                              and period == "2026-09")
        day = due + timedelta(days=rng.randint(8, 22)) if late else \
            due - timedelta(days=rng.randint(0, 4))
        if tenant.at_desk:
            method = rng.choice((PaymentMethod.CASH, PaymentMethod.POS, PaymentMethod.PAGOPA))
            month.at(day, lambda: self.desk(tenant, day, cents, method))
        else:
            month.at(day, lambda: self.transfer(tenant, day, cents, due))

    def desk(self, tenant: Tenant, day: date, cents: int, method: PaymentMethod) -> None:
        payments.record_payment(self.as_(DESK, day), tenant.household_id, cents, method, day,
                                payer_name=tenant.name.title())

    def checks(self, day: date) -> None:
        ctx = self.as_(MANAGER, day)
        warnings.run_warnings(ctx)
        plans.review_plans(ctx)

    def step(self, code: str, day: date, actor: Actor, step: LadderStep, **data) -> None:
        ladder.take_step(self.as_(actor, day), self.by_code[code].household_id, step,
                         StepInput(on=day, **data))

    def instalment(self, code: str, number: int) -> int:
        with self.ctx.store.read() as session:
            return session.scalar(select(PlanInstalment.amount_cents)
                                  .join(RepaymentPlan, RepaymentPlan.id == PlanInstalment.plan_id)
                                  .where(RepaymentPlan.household_id == self.by_code[code]
                                         .household_id, PlanInstalment.number == number)
                                  .order_by(RepaymentPlan.proposed_on.desc()).limit(1))

    def plan(self, code: str, proposed: date, signed: date, count: int, first_due: date,
             note: str) -> None:
        plan_id = plans.propose_plan(self.as_(WORKER, proposed), self.by_code[code].household_id,
                                     PlanInput(count, first_due, note=note))
        plans.sign_plan(self.as_(WORKER, signed), plan_id, signed)


# --- the stories: from which period each stops paying as usual, and what happens -------------

STORY_FROM = {STOPPED: "2026-10", PLAN_RUNNING: "2026-07", PLAN_DEFAULTED: "2026-07",
              NO_FAULT: "2026-08"}


def _partial(share: float, day_offset: int):
    def pays(self: _Ledger, month: _Month, tenant: Tenant, due: date, cents: int) -> None:
        day = due + timedelta(days=day_offset)
        month.at(day, lambda: self.transfer(tenant, day, round(cents * share), due))
    return pays


def _rent_and_instalment(number: int, day_offset: int, with_instalment: bool = True):
    def pays(self: _Ledger, month: _Month, tenant: Tenant, due: date, cents: int) -> None:
        day = due + timedelta(days=day_offset)

        def transfer() -> None:
            extra = self.instalment(tenant.code, number) if with_instalment else 0
            self.transfer(tenant, day, cents + extra, due)
        month.at(day, transfer)
    return pays


def _reversed(self: _Ledger, month: _Month, tenant: Tenant, due: date, cents: int) -> None:
    """Paid by transfer, the bank reverses it (the payer's account lacked funds), paid again
    at the desk by POS."""
    paid, back, again = due - timedelta(days=1), due + timedelta(days=6), due + timedelta(days=15)
    holder: dict = {}
    month.at(paid, lambda: holder.update(m=self.transfer(tenant, paid, cents, due)))

    def storno() -> None:
        original = holder["m"]
        self.pending.append(Movement(back, -cents, f"STORNO {original.bank_ref} FONDI "
                                     "INSUFFICIENTI", self.ref(back), tenant.name, tenant.iban,
                                     reversal=True))
    month.at(back, storno)
    month.at(again, lambda: self.desk(tenant, again, cents, PaymentMethod.POS))


def _relative(self: _Ledger, month: _Month, tenant: Tenant, due: date, cents: int) -> None:
    """From September a sister pays from her own account, without a code: queued, then the
    desk assigns the line and registers the IBAN, so the next months match by it."""
    day = due - timedelta(days=2)
    ref = self.ref(day)
    month.at(day, lambda: self.pending.append(Movement(
        day, cents, "AFFITTO SETTEMBRE PER MIA SORELLA", ref, "MARINO ANNA",
        self.relative_iban)))

    def assign() -> None:
        ctx = self.as_(DESK, due.replace(day=17))
        with ctx.store.read() as session:
            line_id = session.scalar(select(BankLine.id).where(BankLine.bank_ref == ref))
        queue.assign_line(ctx, line_id, tenant.household_id, remember_iban=True)
        tenant.iban, tenant.how, tenant.name = self.relative_iban, "iban", "MARINO ANNA"
    month.at(due.replace(day=17), assign)


SPECIAL = {
    (PLAN_DEFAULTED, "2026-07"): _partial(0.5, 3),
    (PLAN_DEFAULTED, "2026-09"): _rent_and_instalment(1, 5),
    (PLAN_DEFAULTED, "2026-10"): _rent_and_instalment(2, 1, with_instalment=False),
    (PLAN_DEFAULTED, "2026-11"): _rent_and_instalment(3, 2, with_instalment=False),
    (PLAN_RUNNING, "2026-10"): _rent_and_instalment(0, -2, with_instalment=False),
    (PLAN_RUNNING, "2026-11"): _rent_and_instalment(1, 1),
    (REVERSED, "2026-08"): _reversed,
    (RELATIVE, "2026-09"): _relative,
}


def _july(self: _Ledger, month: _Month) -> None:
    day = date(2026, 7, 17)
    month.at(day, lambda: self.step(PLAN_RUNNING, day, DESK, LadderStep.FRIENDLY_REMINDER,
                                    note="Telefonata e lettera: il canone di luglio non risulta."))


def _august(self: _Ledger, month: _Month) -> None:
    s = self.step
    month.at(date(2026, 8, 10), lambda: s(
        PLAN_RUNNING, date(2026, 8, 10), WORKER, LadderStep.SOCIAL_MEETING,
        cause=ArrearsCause.REDUCED_HOURS, note="Orario ridotto a 20 ore da giugno; cerca "
        "un secondo lavoro. Si valuta un piano di rientro in autunno."))
    month.at(date(2026, 8, 18), lambda: s(
        PLAN_DEFAULTED, date(2026, 8, 18), DESK, LadderStep.FRIENDLY_REMINDER,
        note="Promemoria consegnato a mano: luglio pagato a metà, agosto non pagato."))
    month.at(date(2026, 8, 18), lambda: s(
        NO_FAULT, date(2026, 8, 18), DESK, LadderStep.FRIENDLY_REMINDER,
        note="Promemoria per il canone di agosto."))
    month.at(date(2026, 8, 21), lambda: s(
        PLAN_DEFAULTED, date(2026, 8, 21), WORKER, LadderStep.SOCIAL_MEETING,
        cause=ArrearsCause.OTHER_HARDSHIP, note="Spese impreviste per l'auto del lavoro. "
        "Il nucleo chiede di rateizzare."))
    month.at(date(2026, 8, 25), lambda: self.plan(
        PLAN_DEFAULTED, date(2026, 8, 25), date(2026, 8, 28), 6, date(2026, 9, 15),
        "Sei rate mensili insieme al canone corrente."))


def _september(self: _Ledger, month: _Month) -> None:
    month.at(date(2026, 9, 8), lambda: self.step(
        NO_FAULT, date(2026, 9, 8), WORKER, LadderStep.SOCIAL_MEETING,
        cause=ArrearsCause.JOB_LOSS, note="Licenziato a fine luglio per chiusura del "
        "magazzino. Avviata la domanda di NASpI; si apre la valutazione di morosità "
        "incolpevole."))

    def assessment() -> None:
        day = date(2026, 9, 22)
        nofault.open_assessment(self.as_(WORKER, day), self.by_code[NO_FAULT].household_id,
                                NoFaultInput(ArrearsCause.JOB_LOSS, date(2026, 7, 31),
                                             165_000, 62_000,
                                             (NoFaultDocument.ISEE, NoFaultDocument.DISMISSAL),
                                             "Mancano le buste paga degli ultimi tre mesi."))
    month.at(date(2026, 9, 22), assessment)
    day = date(2026, 9, 14)
    month.at(day, lambda: charges.add_charge(
        self.as_(MANAGER, day), self.by_code[KEYS].household_id, 3_500, day, "keys",
        "Duplicato delle chiavi del portone e della cantina"))
    month.at(day, lambda: self.desk(self.by_code[KEYS], day, 3_500, PaymentMethod.CASH))


def _october(self: _Ledger, month: _Month) -> None:
    month.at(date(2026, 10, 20), lambda: self.plan(
        PLAN_RUNNING, date(2026, 10, 20), date(2026, 10, 23), 12, date(2026, 11, 10),
        "Dodici rate mensili; il canone corrente si paga a parte, come sempre."))
    month.at(date(2026, 10, 19), lambda: self.step(
        STOPPED, date(2026, 10, 19), DESK, LadderStep.FRIENDLY_REMINDER,
        note="Lettera di promemoria per il canone di ottobre."))
    day = date(2026, 10, 20)
    month.at(day, lambda: self.desk(self.by_code[NO_FAULT], day, 10_000, PaymentMethod.CASH))
    month.at(date(2026, 10, 28), lambda: self.step(
        PLAN_DEFAULTED, date(2026, 10, 28), DESK, LadderStep.FRIENDLY_REMINDER,
        note="Il piano di rientro è decaduto: seconda rata non pagata."))

    def credit() -> None:
        day = date(2026, 10, 30)
        with self.ctx.store.read() as session:
            charge_id = session.scalar(select(Charge.id).where(
                Charge.household_id == self.by_code[CREDITED].household_id,
                Charge.period == "2026-10", Charge.kind == ChargeKind.RENT))
        charges.credit_note(self.as_(MANAGER, day), charge_id, 2_000,
                            "Riscaldamento guasto dal 15 al 22 ottobre", day)
    month.at(date(2026, 10, 30), credit)


def _november(self: _Ledger, month: _Month) -> None:
    month.at(date(2026, 11, 12), lambda: self.step(
        STOPPED, date(2026, 11, 12), WORKER, LadderStep.SOCIAL_MEETING,
        cause=ArrearsCause.OTHER_HARDSHIP, note="Spese mediche impreviste per la figlia. "
        "Si propone un piano di rientro a dicembre."))
    month.at(date(2026, 11, 16), lambda: self.step(
        PLAN_DEFAULTED, date(2026, 11, 16), MANAGER, LadderStep.FORMAL_NOTICE,
        note="Diffida a saldare le rate scadute del piano di rientro decaduto."))
    day = date(2026, 11, 18)
    stranger = Movement(day, 23_000, "SALDO FATTURA 112", "", "ESPOSITO CIRO",
                        bank_files.make_iban("03069", "09606", "100000099887"))
    month.at(day, lambda: self.pending.append(dataclasses.replace(stranger,
                                                                  bank_ref=self.ref(day))))


STORY_STEPS = {"2026-07": _july, "2026-08": _august, "2026-09": _september,
               "2026-10": _october, "2026-11": _november}


def build_ledger(ctx: Context, today: date) -> int:
    """Play the ledger from the first lease's month to ``today``; returns the months."""
    ledger = _Ledger(ctx, today)
    if not ledger.tenants:
        return 0
    period = period_of(min(t.starts_on for t in ledger.tenants))
    months = 0
    while period <= period_of(today):
        ledger.month(period)
        period = next_period(period)
        months += 1
    return months
