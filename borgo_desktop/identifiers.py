"""Italian identifiers: codice fiscale, e-mail, CAP, phone and IBAN.

Pure functions (no Qt, no database), so forms, imports and demo data share one set of rules.
Every problem is a :class:`UserError` whose ``field`` names the form field to highlight.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum import exceptions as stdnum_exc
from stdnum import iban as stdnum_iban
from stdnum.it import codicefiscale as stdnum_cf

from borgo_desktop.errors import UserError

_MONTH_LETTERS = "ABCDEHLMPRST"
# Omocodia: the Agenzia delle Entrate replaces digits with these letters to tell apart
# people whose codes would otherwise collide, but only at these positions.
_OMOCODIA = str.maketrans("LMNPQRSTUV", "0123456789")
_OMOCODIA_POSITIONS = (6, 7, 9, 10, 12, 13, 14)


@dataclass(frozen=True)
class TaxCodeCheck:
    code: str
    error: UserError | None = None
    mismatches: tuple[UserError, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None and not self.mismatches


def _tax_error(template: str, **params: object) -> UserError:
    return UserError(template, field="tax_code", **params)


def _decode(code: str) -> tuple[str, int, int, int, str]:
    """(sex, day, month, yy, belfiore) of a well-formed code, undoing omocodia."""
    chars = list(code)
    for i in _OMOCODIA_POSITIONS:
        chars[i] = chars[i].translate(_OMOCODIA)
    plain = "".join(chars)
    day = int(plain[9:11])
    sex = "F" if day > 40 else "M"
    return sex, day % 40, _MONTH_LETTERS.index(plain[8]) + 1, int(plain[6:8]), plain[11:15]


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@functools.cache
def _places_by_code() -> dict[str, list[dict]]:
    # Imported lazily: loading the municipality table takes a fraction of a second.
    from codicefiscale.data import get_indexed_data

    return get_indexed_data()["codes"]


def _place_mismatch(belfiore: str, entered: str, birth_date: date | None) -> UserError | None:
    options = _places_by_code().get(belfiore)
    wanted = _slug(re.split(r"[(,]", entered)[0])
    if not options or not wanted:
        return None  # unknown code or nothing to compare: stay silent
    names = {belfiore.lower()}
    for opt in options:
        keys = ("name", "name_alt", "name_trans", "name_alt_trans", "name_alt_en")
        names.update(_slug(opt.get(k) or "") for k in keys)
        names.update(_slug(s) for s in opt.get("name_slugs", ()))
    names.discard("")
    # Lenient: "Stati Uniti" matches "Stati Uniti d'America", "Bozen" matches Bolzano.
    if any(f" {wanted} " in f" {n} " or f" {n} " in f" {wanted} " for n in names):
        return None
    shown = options[-1]
    if birth_date is not None:  # name in use at the birth date, if the table knows it
        iso = birth_date.isoformat()
        for opt in options:
            start, end = opt["date_created"] or "0000", opt["date_deleted"] or "9999"
            if start[:10] <= iso <= end[:10]:
                shown = opt
    return _tax_error(
        "Il codice fiscale indica il luogo di nascita {decoded}, "
        "diverso da quello indicato {entered}",
        decoded=shown["name"], entered=entered.strip(),
    )


def check_tax_code(
    code: str,
    *,
    birth_date: date | None = None,
    sex: str | None = None,
    birth_place: str | None = None,
) -> TaxCodeCheck:
    """Check format and check character, then compare the decoded data with what was entered."""
    code = "".join((code or "").split()).upper()  # people type it in groups: drop all spaces
    if not code:
        return TaxCodeCheck(code, _tax_error("Il codice fiscale è obbligatorio"))
    if not (code.isascii() and code.isalnum()):
        return TaxCodeCheck(code, _tax_error("Il codice fiscale contiene caratteri non validi"))
    if len(code) != 16:  # also refuses an 11-digit partita IVA, which stdnum would accept
        return TaxCodeCheck(code, _tax_error(
            "Il codice fiscale deve avere 16 caratteri (ne ha {length})", length=len(code)))
    try:
        stdnum_cf.validate(code)
    except stdnum_exc.InvalidChecksum:
        return TaxCodeCheck(code, _tax_error(
            "Il carattere di controllo del codice fiscale è errato (atteso {expected})",
            expected=stdnum_cf.calc_check_digit(code[:15])))
    except stdnum_exc.InvalidComponent:
        return TaxCodeCheck(
            code, _tax_error("Il codice fiscale contiene una data di nascita non valida"))
    except stdnum_exc.ValidationError:
        return TaxCodeCheck(code, _tax_error("Il formato del codice fiscale non è valido"))

    coded_sex, day, month, yy, belfiore = _decode(code)
    mismatches: list[UserError] = []
    entered_sex = (sex or "").strip().upper()
    if entered_sex in ("M", "F") and entered_sex != coded_sex:
        mismatches.append(_tax_error(
            "Il codice fiscale indica il sesso {decoded}, ma è stato indicato {entered}",
            decoded=coded_sex, entered=entered_sex))
    if birth_date is not None and (day, month, yy) != (
        birth_date.day, birth_date.month, birth_date.year % 100
    ):
        # The code stores only YY: borrow the century from the entered date.
        year = birth_date.year // 100 * 100 + yy
        mismatches.append(_tax_error(
            "Il codice fiscale indica la data di nascita {decoded} (giorno/mese/anno), "
            "diversa da quella indicata {entered}",
            decoded=f"{day:02d}/{month:02d}/{year:04d}",
            entered=birth_date.strftime("%d/%m/%Y")))
    if birth_place:
        place = _place_mismatch(belfiore, birth_place, birth_date)
        if place is not None:
            mismatches.append(place)
    return TaxCodeCheck(code, None, tuple(mismatches))


def tax_code_birth_date(code: str, today: date) -> date | None:
    """Decoded birth date, in the latest century that does not put it after ``today``."""
    result = check_tax_code(code)
    if result.error is not None:
        return None
    _, day, month, yy, _ = _decode(result.code)
    century = today.year // 100 * 100
    for year in (century + yy, century + yy - 100, century + yy - 200):
        try:
            born = date(year, month, day)
        except ValueError:  # 29 February in a non-leap century year
            continue
        if born <= today:
            return born
    return None


def _letters(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text.upper() if "A" <= c <= "Z")  # drops accents, ', spaces


def _name_part(name: str, *, given: bool) -> str:
    letters = _letters(name)
    consonants = [c for c in letters if c not in "AEIOU"]
    vowels = [c for c in letters if c in "AEIOU"]
    if given and len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return ("".join(consonants + vowels) + "XXX")[:3]


def make_tax_code(
    surname: str, given_name: str, birth_date: date, sex: str, belfiore_code: str
) -> str:
    """Build the (non-omocodic) codice fiscale; used for demo data."""
    sex = sex.strip().upper()
    belfiore_code = belfiore_code.strip().upper()
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', not {sex!r}")
    if not re.fullmatch(r"[A-Z][0-9]{3}", belfiore_code):
        raise ValueError(f"not a Belfiore code: {belfiore_code!r}")
    day = birth_date.day + (40 if sex == "F" else 0)
    body = (
        _name_part(surname, given=False) + _name_part(given_name, given=True)
        + f"{birth_date.year % 100:02d}{_MONTH_LETTERS[birth_date.month - 1]}{day:02d}"
        + belfiore_code
    )
    return body + stdnum_cf.calc_check_digit(body)


_EMAIL_RE = re.compile(r"[^@\s]+@(?:[^@\s.]+\.)+[^@\s.]{2,}")
_PHONE_RE = re.compile(r"[0-9 +\-/()]+")


def validate_email(value: str) -> str:
    value = (value or "").strip()
    if not _EMAIL_RE.fullmatch(value):
        raise UserError("Indirizzo e-mail non valido: {value}", field="email", value=value)
    return value


def validate_cap(value: str) -> str:
    value = (value or "").strip()
    if not re.fullmatch(r"[0-9]{5}", value):
        raise UserError("Il CAP deve avere cinque cifre", field="cap")
    return value


def validate_phone(value: str) -> str:
    value = (value or "").strip()
    if not _PHONE_RE.fullmatch(value) or sum(c.isdigit() for c in value) < 6:
        raise UserError("Numero di telefono non valido: {value}", field="phone", value=value)
    return value


def validate_iban(value: str) -> str:
    """Return the compact IBAN; for Italian IBANs also check the CIN letter."""
    raw = (value or "").strip()
    number = stdnum_iban.compact(raw)
    try:
        # stdnum checks mod 97 first; with recomputed check digits we learn whether the
        # rest (country, length, structure) is fine, so the message names the real problem.
        fixed = number[:2] + stdnum_iban.calc_check_digits(number) + number[4:]
        stdnum_iban.validate(fixed)
    except (stdnum_exc.ValidationError, ValueError, KeyError):
        raise UserError("IBAN non valido (paese, lunghezza o formato errati): {value}",
                        field="iban", value=raw) from None
    if number != fixed:
        raise UserError("Le cifre di controllo dell'IBAN sono errate: {value}",
                        field="iban", value=raw)
    if number.startswith("IT"):
        # stdnum has no Italian BBAN check: the CIN is the codice fiscale check letter
        # computed over ABI + CAB + account number (the 22 characters after it).
        expected = stdnum_cf.calc_check_digit(number[5:])
        if number[4] != expected:
            raise UserError("Il CIN dell'IBAN è errato (atteso {expected}): {value}",
                            field="iban", expected=expected, value=raw)
    return number
