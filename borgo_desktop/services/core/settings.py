"""Office-wide settings: defaults in code, overrides in the ``settings`` table."""

from __future__ import annotations

from sqlalchemy import String, bindparam, select
from sqlalchemy.orm import Session

from borgo_desktop.models import Setting
from borgo_desktop.models.violations import ViolationCategory
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.prepared import Prepared

DEFAULTS: dict[str, object] = {
    "office.name": "Ufficio di borgo - Abitare in borgo",
    "office.address": "Via De Lemene 55, 20151 Milano",
    # Letterhead of letters, notices and the handbook (services/communication). The logo is
    # the path of a PNG or JPEG file ("" for none).
    "office.hours": "lunedì, mercoledì e venerdì 9-13; martedì e giovedì 14-18",
    "office.phone": "02 8845 0000",
    "office.email": "ufficio@abitareinborgo.example.it",
    "office.logo": "",
    # The residents' handbook (services/communication/handbook.py): the emergency numbers
    # ([number, what it is]; the office adds the local gas, water and lift-fault numbers) and
    # the people to call beyond the office ([who, name, how to reach them]).
    "communication.emergency_numbers": [["112", "Numero unico di emergenza"],
                                        ["115", "Vigili del fuoco"],
                                        ["118", "Emergenza sanitaria"]],
    "communication.contacts": [],
    # The office's SMTP server for e-mailed letters; the password is never in the database
    # (OS keyring or the file beside the key file, services/communication/mailer.py).
    "communication.smtp": {"host": "", "port": 587, "security": "starttls", "username": "",
                           "sender": ""},
    # Minimum surface in m² by household size (DM 5 luglio 1975: 14 m² per person for the
    # first four, 10 m² for each further one; 28 and 38 m² for one and two persons).
    "allocation.min_surface_by_size": {"1": 28, "2": 38, "3": 42, "4": 56},
    "allocation.extra_person_surface": 10,
    # Rooms allowed above the household size before the unit counts as under-occupied.
    "allocation.max_spare_rooms": 2,
    "allocation.reservation_days": 30,
    # Monthly rent of public-housing (income band) units by ISEE: [ISEE up to, cents per
    # month], the last band open-ended. Placeholder bands, TO VERIFY with the Comune's rules
    # (L.R. Lombardia 16/2016): the first matches the "indigent" threshold, the fourth the cap.
    "allocation.income_bands": [[300_000, 4_000], [900_000, 12_000], [1_400_000, 20_000],
                                [1_600_000, 28_000], [None, 40_000]],
    "registry.isee_indigent_cents": 300_000,
    "registry.isee_access_cents": 1_600_000,
    # Years after a household left before its people are anonymised (proposed, then confirmed
    # by the administrator). TO VERIFY with the Comune's retention schedule; accounting
    # records (leases, amounts) are kept in any case.
    "privacy.retention_years": 5,
    # Reporting to the Comune (services/reporting): the operation code of the PON Metro
    # project the package is sent under, and who receives it. TO VERIFY with the Comune.
    "reporting.operation_code": "MI3.1.1.a",
    "reporting.recipient": "Comune di Milano - Direzione Casa",
    # Accompaniment deadlines (national guidelines): first meeting within 60 days of the
    # referral, pact within a further 120; reviews every N months; follow-up after closing.
    "cases.first_meeting_days": 60,
    "cases.pact_days": 120,
    "cases.review_months": 6,
    "cases.plan_valid_months": 12,
    "cases.expiry_warning_days": 30,
    "cases.follow_up_months": 6,
    # Days to resolve a ticket by priority; "*" for every category, then per-category
    # overrides (a category code -> the priorities it changes). Placeholder values, TO VERIFY
    # with the operator's service contract.
    # A resolved ticket the tenant never confirmed is closed after these days.
    "tickets.autoclose_days": 15,
    "tickets.deadline_days": {
        "*": {"urgent": 1, "high": 3, "normal": 10, "low": 30},
        "heating": {"high": 2, "normal": 5},
        "lift": {"high": 2, "normal": 5},
        "plumbing": {"normal": 7},
        "green": {"normal": 20, "low": 60},
        "cleaning": {"normal": 5},
    },
    # Rent ledger (services/ledger/rents.py). Placeholders, TO VERIFY with the Comune: the
    # cap of capped rents (cents per m² per year), the flat fee of temporary housing when a
    # unit has no rate of its own (cents per month), the service charges on account
    # (item -> [basis, cents]: m2_year, flat, upper_floors, person), the day of the month
    # rent falls due; the office's bank accounts (a statement of another account is refused).
    "ledger.capped_rate_max_cents": 9_500,
    "ledger.flat_fee_cents": 15_000,
    "ledger.service_charges": {"heating": ["m2_year", 1_200], "cleaning": ["flat", 1_500],
                               "lift": ["upper_floors", 800], "water": ["person", 700]},
    "ledger.due_day": 5,
    "ledger.office_accounts": ["IT60X0542811101000000123456"],
    # House rules (services/violations): the categories in use (code -> label; the labels of
    # the built-in codes are translated), the days a formal notice gives to comply, and the
    # hosting limits of the rules for guests (DOMAIN.md: 6 months, 12 for parents or
    # children, renewable once with authorisation). TO VERIFY with the borgo's own rules.
    "violations.categories": {c.value: c.label for c in ViolationCategory},
    "violations.notice_days": 30,
    "guests.max_months": 6,
    "guests.family_max_months": 12,
    "guests.renewals": 1,
    # Arrears caught early (services/ledger/warnings.py): the early-warning rules; days given
    # by the letters of the ladder; repayment plans (instalments missed before a plan
    # defaults, days of grace after an instalment's due date, the most instalments); the
    # income drop a no-fault assessment needs. TO VERIFY with the Comune's rules.
    "arrears.warning_rules": [{"rule": "unpaid_after_days", "days": 10},
                              {"rule": "balance_months", "months": 2},
                              {"rule": "late_payments", "count": 3, "months": 6,
                               "grace_days": 10}],
    "arrears.reminder_days": 15,
    "arrears.notice_days": 30,
    "arrears.final_notice_days": 15,
    "arrears.plan_missed_to_default": 1,
    "arrears.plan_grace_days": 10,
    "arrears.plan_max_instalments": 60,
    "arrears.nofault_min_drop_percent": 25,
    # The window locks after this many idle minutes and asks the password again (0: never).
    "security.idle_lock_minutes": 10,
}


def read_settings(session: Session, *keys: str) -> dict[str, object]:
    """Values of ``keys`` inside the caller's session (one consistent snapshot)."""
    values = {key: DEFAULTS[key] for key in keys}
    values.update(session.execute(select(Setting.key, Setting.value)
                                  .where(Setting.key.in_(keys))).all())
    return values


_ONE = Prepared(select(Setting.value).where(Setting.key == bindparam("key", type_=String())))


def read_setting(session: Session, key: str) -> object:
    """The value of one key inside the caller's session (a prepared read: the opening of a
    case asks for one at every opening)."""
    rows = _ONE.rows_in(session, {"key": key})
    return rows[0][0] if rows else DEFAULTS[key]


def get_setting(ctx: Context, key: str) -> object:
    with ctx.store.read() as session:
        return read_settings(session, key)[key]


def set_setting(ctx: Context, key: str, value: object) -> None:
    require(ctx, Permission.SETTINGS_MANAGE)
    if key not in DEFAULTS:
        raise KeyError(key)
    with ctx.store.unit_of_work() as session:
        write_value(ctx, session, key, value)
        audit.record(ctx, session, "setting.update", "setting", key)
        session.commit()


def write_value(ctx: Context, session: Session, key: str, value: object) -> None:
    """The row of ``key`` set to ``value`` inside the caller's unit of work (no check: the
    caller holds the permission the key needs, e.g. the reporting keys)."""
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        row = Setting(key=key, value=value)
        session.add(row)
    row.value = value
    ctx.stamp(row)
