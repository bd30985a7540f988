"""Tests for borgo_desktop.identifiers (codice fiscale, e-mail, CAP, phone, IBAN)."""

from __future__ import annotations

from datetime import date

import pytest
from codicefiscale import codicefiscale as cf_lib
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from borgo_desktop.errors import UserError
from borgo_desktop.identifiers import (
    TaxCodeCheck,
    check_tax_code,
    make_tax_code,
    tax_code_birth_date,
    validate_cap,
    validate_email,
    validate_iban,
    validate_phone,
)

# --- codice fiscale: valid codes -------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "birth_date", "sex", "place"),
    [
        ("RSSMRA85C12F205M", date(1985, 3, 12), "M", "Milano"),
        ("RCCMNL83S18D969H", date(1983, 11, 18), "M", "Genova (GE)"),
        # woman: day + 40
        ("CNTCHR83T41D969D", date(1983, 12, 1), "F", "Genova"),
        ("RSSMRA85C52F205Q", date(1985, 3, 12), "F", "milano"),
        # omocodic: one digit, then every replaceable digit, swapped for a letter
        ("RSSMRA85C1NF2LRH", date(1985, 3, 12), "M", "Milano"),
        ("RSSMRAURCMNFNLRQ", date(1985, 3, 12), "M", "Milano"),
        # foreign-born: Z code for the country
        ("DMCNCL90A01Z404O", date(1990, 1, 1), "M", "Stati Uniti"),
        ("DMCNCL90A01Z404O", date(1990, 1, 1), "M", "Stati Uniti d'America"),
        # born in the 1900s and the 2000s with the same YY digits: century from the date
        ("FOXGFR01T71A952M", date(2001, 12, 31), "F", "Bozen"),
    ],
)
def test_valid_codes_match_entered_data(code, birth_date, sex, place):
    result = check_tax_code(code, birth_date=birth_date, sex=sex, birth_place=place)
    assert result.ok, [m.text for m in result.mismatches]
    assert result.error is None and result.mismatches == ()


def test_code_is_normalised():
    result = check_tax_code("  rssmra85c12f205m ")
    assert result == TaxCodeCheck("RSSMRA85C12F205M", None, ())
    assert check_tax_code("RSS MRA 85C12 F205M").code == "RSSMRA85C12F205M"


def test_without_entered_data_only_format_is_checked():
    assert check_tax_code("CNTCHR83T41D969D").ok


# --- codice fiscale: unusable codes ----------------------------------------------------


def _error_text(code: str) -> str:
    result = check_tax_code(code)
    assert not result.ok
    assert result.error is not None and result.error.field == "tax_code"
    return result.error.text


def test_empty_code_is_required():
    assert _error_text("") == "Il codice fiscale è obbligatorio"
    assert _error_text("   ") == "Il codice fiscale è obbligatorio"


def test_wrong_check_character_names_the_expected_one():
    text = _error_text("RSSMRA85C12F205X")
    assert "carattere di controllo" in text and "(atteso M)" in text


@pytest.mark.parametrize("code", ["RSSMRA85C12F205", "RSSMRA85C12F205MM", "12345678901"])
def test_wrong_length(code):
    assert "16 caratteri" in _error_text(code)


@pytest.mark.parametrize("code", ["RSSMRA85C12F2-5M", "RSSMRA85C12F2.5M", "RSSMRÀ85C12F205M"])
def test_invalid_characters(code):
    assert "caratteri non validi" in _error_text(code)


def test_bad_format_with_valid_check_character():
    # month letter Z does not exist; check character made right so only the format is wrong
    from stdnum.it.codicefiscale import calc_check_digit

    body = "RSSMRA85Z12F205"
    assert "formato" in _error_text(body + calc_check_digit(body))


def test_impossible_birth_day():
    from stdnum.it.codicefiscale import calc_check_digit

    body = "RSSMRA85B30F205"  # 30 February
    assert "data di nascita non valida" in _error_text(body + calc_check_digit(body))


# --- codice fiscale: mismatches --------------------------------------------------------


def test_sex_mismatch():
    result = check_tax_code("RSSMRA85C12F205M", sex="F")
    assert result.error is None and not result.ok
    (mismatch,) = result.mismatches
    assert mismatch.field == "tax_code"
    assert mismatch.text == "Il codice fiscale indica il sesso M, ma è stato indicato F"


def test_sex_mismatch_on_omocodic_woman():
    # stdnum's get_gender chokes on letters in the day; ours must not
    code = make_tax_code("Rossi", "Maria", date(1985, 3, 12), "F", "F205")
    from stdnum.it.codicefiscale import calc_check_digit

    omocodic = code[:9] + "RN" + code[11:15]
    omocodic += calc_check_digit(omocodic)
    assert check_tax_code(omocodic, sex="F", birth_date=date(1985, 3, 12)).ok
    assert len(check_tax_code(omocodic, sex="M").mismatches) == 1


def test_birth_date_mismatch_uses_century_of_entered_date():
    result = check_tax_code("RSSMRA85C12F205M", birth_date=date(1985, 3, 13))
    (mismatch,) = result.mismatches
    assert mismatch.text == (
        "Il codice fiscale indica la data di nascita 12/03/1985 (giorno/mese/anno), "
        "diversa da quella indicata 13/03/1985"
    )


def test_birth_date_mismatch_on_year_and_month():
    assert len(check_tax_code("RSSMRA85C12F205M", birth_date=date(1986, 3, 12)).mismatches) == 1
    assert len(check_tax_code("RSSMRA85C12F205M", birth_date=date(1985, 4, 12)).mismatches) == 1
    # a different century with the same YY is not detectable and not reported
    assert check_tax_code("RSSMRA85C12F205M", birth_date=date(1885, 3, 12)).ok


def test_several_mismatches_are_all_reported():
    result = check_tax_code(
        "RSSMRA85C12F205M", birth_date=date(1990, 1, 1), sex="F", birth_place="Roma"
    )
    assert len(result.mismatches) == 3
    assert "luogo di nascita Milano" in result.mismatches[2].text


def test_birth_place_mismatch_and_leniency():
    assert check_tax_code("RSSMRA85C12F205M", birth_place="Torino").mismatches
    for place in ("MILANO", "Milano (MI)", "Milano, MI", "F205", "  milano  "):
        assert check_tax_code("RSSMRA85C12F205M", birth_place=place).ok, place
    # accent-insensitive: Forlì (D704)
    code = make_tax_code("Neri", "Anna", date(1970, 5, 5), "F", "D704")
    assert check_tax_code(code, birth_place="Forli").ok
    # unknown Belfiore code: nothing to compare, no complaint
    code = make_tax_code("Neri", "Anna", date(1970, 5, 5), "F", "Z999")
    assert check_tax_code(code, birth_place="Atlantide").ok


# --- birth date decoding ---------------------------------------------------------------


def test_tax_code_birth_date_picks_a_past_century():
    today = date(2024, 6, 1)
    assert tax_code_birth_date("RSSMRA85C12F205M", today) == date(1985, 3, 12)
    assert tax_code_birth_date("FOXGFR01T71A952M", today) == date(2001, 12, 31)
    code = make_tax_code("Verdi", "Luca", date(2024, 6, 2), "M", "F205")  # tomorrow
    assert tax_code_birth_date(code, today) == date(1924, 6, 2)
    assert tax_code_birth_date("RSSMRA85C1NF2LRH", today) == date(1985, 3, 12)
    assert tax_code_birth_date("RSSMRA85C12F205X", today) is None
    # 2100 is not a leap year: 29 February "00" falls back to 2000
    leap = make_tax_code("Verdi", "Luca", date(2000, 2, 29), "M", "F205")
    assert tax_code_birth_date(leap, date(2100, 3, 1)) == date(2000, 2, 29)


# --- make_tax_code ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "given_name", "expected_prefix"),
    [
        ("Rossi", "Mario", "RSSMRA"),
        ("Fo", "Gianfranco", "FOXGFR"),  # X padding; 1st, 3rd, 4th consonant
        ("D'Amico", "Nicolò", "DMCNCL"),
        ("De Luca", "Ugo", "DLCGUO"),
        ("Oi", "Ai", "OIXAIX"),
    ],
)
def test_make_tax_code_name_rules(surname, given_name, expected_prefix):
    code = make_tax_code(surname, given_name, date(1980, 1, 1), "M", "F205")
    assert code.startswith(expected_prefix)


def test_make_tax_code_rejects_bad_arguments():
    with pytest.raises(ValueError):
        make_tax_code("Rossi", "Mario", date(1980, 1, 1), "X", "F205")
    with pytest.raises(ValueError):
        make_tax_code("Rossi", "Mario", date(1980, 1, 1), "M", "Milano")


_LETTERS = "abcdefghijklmnopqrstuvwxyzàèéìòùABCDEFGHIJKLMNOPQRSTUVWXYZÀÈÉÌÒÙ"
_names = st.builds(
    lambda head, tail: head + tail,
    st.text(alphabet=_LETTERS, min_size=1, max_size=12),
    st.text(alphabet=_LETTERS + "' ", max_size=12),
)
_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31))
_places = st.sampled_from(
    [("F205", "Milano"), ("H501", "Roma"), ("D704", "Forlì"), ("Z404", "Stati Uniti")]
)


@settings(max_examples=300, deadline=None)
@given(_names, _names, _dates, st.sampled_from(["M", "F"]), _places)
def test_make_tax_code_round_trips(surname, given_name, born, sex, place):
    belfiore, place_name = place
    code = make_tax_code(surname, given_name, born, sex, belfiore)
    result = check_tax_code(code, birth_date=born, sex=sex, birth_place=place_name)
    assert result.error is None, result.error.text
    assert result.mismatches == (), [m.text for m in result.mismatches]
    # only YY is stored: a date more than a century before "today" comes back 100 years later
    today = date(2031, 1, 1)
    expected = born
    try:
        if born.replace(year=born.year + 100) <= today:
            expected = born.replace(year=born.year + 100)
    except ValueError:  # 29 February 2000 has no counterpart in 2100
        pass
    assert tax_code_birth_date(code, today) == expected


@settings(max_examples=100, deadline=None)
@given(_names, _names, st.dates(min_value=date(1998, 1, 1), max_value=date(2020, 12, 31)),
       st.sampled_from(["M", "F"]))
def test_make_tax_code_agrees_with_python_codicefiscale(surname, given_name, born, sex):
    expected = cf_lib.encode(surname, given_name, sex, born.isoformat(), "Milano")
    assert make_tax_code(surname, given_name, born, sex, "F205") == expected


# --- e-mail, CAP, phone ----------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["mario.rossi@comune.milano.it", "  a+b@example.org ", "x_y@sub.dom-ain.eu"]
)
def test_valid_email(value):
    assert validate_email(value) == value.strip()


@pytest.mark.parametrize(
    "value", ["", "mario", "mario@", "@comune.it", "a@b@c.it", "mario rossi@x.it",
              "mario@localhost", "mario@comune.", "mario@.it", "mario@comune..it"]
)
def test_invalid_email(value):
    with pytest.raises(UserError) as info:
        validate_email(value)
    assert info.value.field == "email"
    assert info.value.text == f"Indirizzo e-mail non valido: {value.strip()}"


def test_cap():
    assert validate_cap(" 20121 ") == "20121"
    for bad in ("", "2012", "201212", "2O121", "20 12", "٢٠١٢١"):
        with pytest.raises(UserError) as info:
            validate_cap(bad)
        assert info.value.field == "cap"
        assert info.value.text == "Il CAP deve avere cinque cifre"


@pytest.mark.parametrize(
    "value", ["02 8846 1", "+39 02 88461", "(02) 884-6111", "347/1234567", "0039 333 1234567"]
)
def test_valid_phone(value):
    assert validate_phone(f" {value} ") == value


@pytest.mark.parametrize("value", ["", "12345", "02 884 abc", "02.88461", "+39 ()-/"])
def test_invalid_phone(value):
    with pytest.raises(UserError) as info:
        validate_phone(value)
    assert info.value.field == "phone"


# --- IBAN ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "compact"),
    [
        ("IT60X0542811101000000123456", "IT60X0542811101000000123456"),
        ("it60 x054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"),
        ("DE89370400440532013000", "DE89370400440532013000"),
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
    ],
)
def test_valid_iban(value, compact):
    assert validate_iban(value) == compact


def _iban_error(value: str) -> UserError:
    with pytest.raises(UserError) as info:
        validate_iban(value)
    assert info.value.field == "iban"
    return info.value


def test_iban_wrong_checksum():
    assert "cifre di controllo" in _iban_error("IT61X0542811101000000123456").text


@pytest.mark.parametrize(
    "value",
    ["", "IT60X054281110100000012345", "XX60X0542811101000000123456", "IBAN", "IT60X05428!1",
     "IT60X05428111010000001234567"],
)
def test_iban_bad_format(value):
    assert "non valido" in _iban_error(value).text


def test_italian_iban_with_right_mod97_but_wrong_cin_is_refused():
    wrong_cin = "IT64Y0542811101000000123456"
    assert stdnum_iban.is_valid(wrong_cin)  # stdnum alone would accept it
    error = _iban_error(wrong_cin)
    assert "CIN" in error.text and "(atteso X)" in error.text
