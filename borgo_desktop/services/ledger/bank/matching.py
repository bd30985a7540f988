"""Who paid: a credit line matched to a household, or left for a person to decide.

The maps (household codes, units and who leased them when, the payers' IBANs, the names of
the current members) are read once per file (:meth:`Maps.load`), then every line is decided
in memory. Strong evidence is a household code or a unit in the remittance text and a payer
IBAN registered for a household; when it all points at one household the line is matched.
Without strong evidence the payer's name matches when exactly one household has a current
member of that name. Anything else (no evidence, two households, a huge amount, another
currency) goes to the unmatched queue with the reason in Italian.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import Household, Lease, Membership, Person, Unit
from borgo_desktop.models.enums import LeaseStatus
from borgo_desktop.models.ledger import PayerIban
from borgo_desktop.services.ledger.bank.statement import StatementLine, fold
from borgo_desktop.services.ledger.payments import MAX_PAYMENT_CENTS

_TOKEN_RE = re.compile(r"[A-Z0-9]+")
# Words people put between a building code and the flat: "DL55 SCALA A INT. 3".
_FILLER = {"SCALA", "SC", "INT", "INTERNO", "APP", "APPARTAMENTO", "ALLOGGIO", "PIANO", "N",
           "NR", "NUM"}
_TITLES = {"SIG", "SIGRA", "SIGNOR", "SIGNORA", "SIGG", "DOTT", "DOTTSSA", "DR", "ING", "AVV",
           "E", "O", "SRA", "RA", "MR", "MRS"}


def name_key(text: str) -> tuple[str, ...]:
    """The words of a name in order, without titles: "Sig.ra ROSSI Maria" = "Maria Rossi"."""
    words = re.findall(r"[A-Z]+", fold(text).replace("'", "").replace(".", ""))
    return tuple(sorted(w for w in words if w not in _TITLES))


@dataclass(frozen=True)
class Decision:
    household_id: uuid.UUID | None  # None: queued
    reason: str
    candidates: tuple[uuid.UUID, ...] = ()


@dataclass
class Maps:
    codes: dict[str, uuid.UUID]
    code_of: dict[uuid.UUID, str]
    units: dict[str, list[tuple[date, date | None, uuid.UUID]]]
    buildings: set[str]
    ibans: dict[str, uuid.UUID]
    names: dict[tuple[str, ...], set[uuid.UUID]]

    @classmethod
    def load(cls, session: Session) -> "Maps":
        codes, code_of = {}, {}
        for hid, code in session.execute(select(Household.id, Household.code)):
            codes[code.upper()] = hid
            code_of[hid] = code
        # The other maps read the household's code, not its id: a string per row instead of
        # a UUID to build (a statement's import reads every lease and every member).
        by_code = {code: hid for hid, code in code_of.items()}
        units: dict[str, list] = defaultdict(list)
        for unit_code, starts, ends, code in session.execute(
                select(Unit.code, Lease.starts_on, Lease.ends_on, Household.code)
                .join(Unit, Unit.id == Lease.unit_id)
                .join(Household, Household.id == Lease.household_id)
                .where(Lease.status != LeaseStatus.DRAFT)):
            units[unit_code.upper()].append((starts, ends, by_code[code]))
        names: dict[tuple, set] = defaultdict(set)
        for surname, given, code in session.execute(
                select(Person.surname, Person.given_name, Household.code)
                .join(Membership, Membership.person_id == Person.id)
                .join(Household, Household.id == Membership.household_id)
                .where(Membership.left_on.is_(None))):
            names[name_key(f"{surname} {given}")].add(by_code[code])
        ibans = dict(session.execute(select(PayerIban.iban, PayerIban.household_id)).all())
        buildings = {code.split("-")[0] for code in units}
        return cls(codes, code_of, dict(units), buildings, ibans, dict(names))

    def tenant_of(self, unit_code: str, on: date) -> uuid.UUID | None:
        """Who leased the unit on the day (else the last tenant before it)."""
        leases = self.units.get(unit_code)
        if not leases:
            return None
        during = [hid for starts, ends, hid in leases
                  if starts <= on and (ends is None or ends >= on)]
        if during:
            return during[0]
        before = sorted((starts, hid) for starts, _e, hid in leases if starts <= on)
        return before[-1][1] if before else None

    def evidence(self, line: StatementLine) -> dict[uuid.UUID, list[str]]:
        """Strong evidence only: codes and units in the text, a registered payer IBAN."""
        found: dict[uuid.UUID, list[str]] = defaultdict(list)
        tokens = _TOKEN_RE.findall(fold(line.remittance))
        for index, token in enumerate(tokens):
            code = token if token in self.codes else (
                "N" + tokens[index + 1] if token == "N" and index + 1 < len(tokens)
                and tokens[index + 1].isdigit() else None)
            if code in self.codes:
                found[self.codes[code]].append(f"codice {code} nella causale")
            if token in self.buildings:
                rest = [t for t in tokens[index + 1:index + 6] if t not in _FILLER][:2]
                for size in (2, 1):
                    unit = "-".join([token, *rest[:size]])
                    if len(rest) >= size and unit in self.units:
                        hid = self.tenant_of(unit, line.booked_on)
                        if hid is not None:
                            found[hid].append(f"alloggio {unit} nella causale")
                        break
        if line.payer_iban and line.payer_iban in self.ibans:
            found[self.ibans[line.payer_iban]].append("IBAN dell'ordinante registrato")
        return found

    def decide(self, line: StatementLine) -> Decision:
        """Matched to one household, or queued with the reason (credit lines only)."""
        if line.currency != "EUR":
            return Decision(None, f"movimento in {line.currency}, non in euro")
        if line.amount_cents > MAX_PAYMENT_CENTS:
            return Decision(None, "importo troppo alto per un pagamento di canone: controllare")
        strong = self.evidence(line)
        if len(strong) == 1:
            (hid, reasons), = strong.items()
            return Decision(hid, "; ".join(dict.fromkeys(reasons)))
        if len(strong) > 1:
            said = ", ".join(f"{self.code_of.get(h, '?')} ({'; '.join(r)})"
                             for h, r in strong.items())
            return Decision(None, f"indicazioni contrastanti: {said}", tuple(strong))
        key = name_key(line.payer_name)
        households = self.names.get(key, set()) if len(key) >= 2 else set()
        if len(households) == 1:
            return Decision(next(iter(households)), "nome dell'ordinante")
        if households:
            codes = ", ".join(sorted(self.code_of.get(h, "?") for h in households))
            return Decision(None, f"più nuclei con il nome dell'ordinante: {codes}",
                            tuple(households))
        return Decision(None, "ordinante non riconosciuto: nessun codice, alloggio, IBAN "
                              "o nome noto")
