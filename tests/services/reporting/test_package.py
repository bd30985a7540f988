"""The package for the Comune: keys, reproducibility, no identifiers inside, suppression,
the manifest and its schema, verify against 1,000 single-byte changes, the submission log."""

from __future__ import annotations

import dataclasses
import io
import random
from datetime import date

import pytest

# A worktree whose environment predates the dependency skips these, saying why: reinstall.
pytest.importorskip("jsonschema", reason="pip install -e '.[test]' (jsonschema is a dependency)")

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pypdf import PdfReader  # noqa: E402
from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import Case, CaseNote, CaseWorker, Household, Person
from borgo_desktop.models.enums import Education
from borgo_desktop.models.reporting import Declared, EsfEmployment
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.reporting import archive, envelope, keys, microdata, participants
from borgo_desktop.services.reporting import submissions
from borgo_desktop.services.reporting.package import approver_of, build_content, build_package
from borgo_desktop.services.reporting.participants import EntryInput
from borgo_desktop.services.reporting.periods import parse_period
from borgo_desktop.services.reporting.verify import verify_content, verify_file

CANARY_SURNAME, CANARY_NAME = "Zanzibarotti", "Ermenegildo"
CANARY_WORD = "xilofonopesca"


@pytest.fixture(scope="module")
def comune_keys():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    secret = private.private_bytes(serialization.Encoding.PEM,
                                   serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption())
    return pem, secret


def admin(ctx):
    return dataclasses.replace(ctx, actor=Actor("admin", "admin"))


@pytest.fixture
def ready(demo, comune_keys):
    keys.make_pseudonym_key(admin(demo))
    keys.set_comune_key(admin(demo), comune_keys[0])
    return demo


def _plant_canary(ctx) -> str:
    """A participant with unmistakable name, codice fiscale and free text in their file."""
    worker = dataclasses.replace(ctx, actor=Actor("assistente", "social_worker"))
    with ctx.store.unit_of_work() as session:
        case = session.scalars(select(Case).join(CaseWorker, CaseWorker.case_id == Case.id)
                               .where(CaseWorker.username == "assistente",
                                      Case.closed_on.is_(None))).first()
        reference = session.scalar(select(Person).join(
            Household, Household.reference_person_id == Person.id)
            .where(Household.id == case.household_id))
        reference.surname, reference.given_name = CANARY_SURNAME, CANARY_NAME
        reference.tax_code = make_tax_code(CANARY_SURNAME, CANARY_NAME, reference.birth_date,
                                           reference.sex.value, "F205")
        session.add(CaseNote(case_id=case.id, kind="note", happened_on=date(2026, 11, 3),
                             body=f"Colloquio: {CANARY_WORD} in via Canarino 9."))
        household = session.get(Household, case.household_id)
        household.notes = f"{CANARY_WORD} (nota del nucleo)"
        case_id, person_id, tax_code = case.id, reference.id, reference.tax_code
        session.commit()
    view = next(v for v in participants.participants_of_case(worker, case_id)
                if v.person_id == person_id)
    participants.save_entry(worker, case_id, dataclasses.replace(
        view.entry, entered_on=date(2026, 11, 2), gender=view.entry.gender,
        employment=EsfEmployment.UNEMPLOYED, education=Education.ISCED_1_2,
        jobless_household=True, dependent_children=False, single_adult=True, homeless=False,
        migrant=Declared.NOT_DECLARED))
    return tax_code


def _content(ctx, period="2026-Q4"):
    with ctx.store.read() as session:
        return build_content(session, parse_period(period), approver_of(ctx))


def test_only_the_administrator_sets_the_keys_and_the_pseudonym_key_never_changes(demo, comune_keys):
    with pytest.raises(PermissionDenied):
        keys.make_pseudonym_key(demo)
    with pytest.raises(PermissionDenied):
        keys.set_comune_key(demo, comune_keys[0])
    keys.make_pseudonym_key(admin(demo))
    with pytest.raises(UserError, match="non si cambia"):
        keys.make_pseudonym_key(admin(demo))
    with pytest.raises(UserError, match="PEM"):
        keys.set_comune_key(admin(demo), "non è una chiave")
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key()
    with pytest.raises(UserError, match="almeno 2048"):
        keys.set_comune_key(admin(demo), small.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode())


def test_without_keys_the_package_is_refused_in_italian(demo, tmp_path):
    with pytest.raises(UserError, match="chiave dei pseudonimi"):
        build_package(demo, "2026-Q4", tmp_path / "p.borgo")


def test_two_builds_from_the_same_data_are_byte_identical(ready):
    _plant_canary(ready)
    first, second = _content(ready), _content(ready)
    assert first.zip_bytes == second.zip_bytes and first.participants == 1
    assert first.names == ("indicatori.csv", "indicatori.json", "manifest.json",
                           "partecipanti.csv", "partecipanti_indicatori.csv", "riepilogo.pdf")


def test_no_identifier_or_free_text_is_in_the_package(ready, tmp_path, comune_keys):
    tax_code = _plant_canary(ready)
    built = build_package(ready, "2026-Q4", tmp_path / "q4.borgo")
    inner = envelope.unseal(built.path.read_bytes(), comune_keys[1])
    files = archive.read(inner)
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(files["riepilogo.pdf"])).pages)
    with ready.store.read() as session:
        addresses = [a for (a,) in session.execute(select(Household.code))]  # codes too
    canaries = [CANARY_SURNAME, CANARY_NAME, tax_code, CANARY_WORD, "Canarino", "De Lemene",
                *addresses[:5]]
    for word in canaries:
        for blob in (inner, pdf_text.encode("utf-8")):
            assert word.encode("utf-8").lower() not in blob.lower(), word
    micro = files["partecipanti.csv"].decode("utf-8").splitlines()
    assert len(micro) == 2 and micro[1].split(";")[5] in {b for _l, _h, b in microdata.AGE_BANDS}
    assert "Approvato da" in pdf_text and "Carla Capo" in pdf_text


def test_pseudonyms_are_stable_across_periods_and_depend_on_the_key(ready):
    _plant_canary(ready)
    q4 = archive.read(_content(ready).zip_bytes)["partecipanti.csv"].decode().splitlines()[1]
    later = dataclasses.replace(ready, today=lambda: date(2027, 2, 1))
    q1 = archive.read(_content(later, "2027-Q1").zip_bytes)["partecipanti.csv"].decode()
    pseudonym = q4.split(";")[0]
    assert len(pseudonym) == 64 and pseudonym in q1
    assert microdata.pseudonym(b"another key", "ABC", None) != microdata.pseudonym(
        b"the office key", "ABC", None)


def test_small_cells_of_the_participant_table_are_suppressed(ready):
    _plant_canary(ready)
    rows = archive.read(_content(ready).zip_bytes)["partecipanti_indicatori.csv"].decode()
    entered = next(line for line in rows.splitlines() if line.startswith("CO00"))
    women, men, total = entered.split(";")[2:]
    assert total == "<3" and "<3" in (women, men) and "0" in (women, men)
    assert microdata._cells(5, 1) == ("<3", "<3", "6")  # the total would give the 1 away
    assert microdata._cells(4, 3) == ("4", "3", "7") and microdata._cells(0, 0) == ("0", "0", "0")


def test_the_manifest_validates_and_verify_accepts_the_package(ready, tmp_path, comune_keys):
    content = _content(ready)
    assert verify_content(content.zip_bytes).ok
    built = build_package(ready, "2026-Q4", tmp_path / "q4.borgo")
    sealed = built.path.read_bytes()
    assert verify_file(sealed).ok and verify_file(sealed).content_sha256 is None
    full = verify_file(sealed, comune_keys[1])
    assert full.ok and full.content_sha256 == content.sha256 == built.content_sha256


def test_verify_detects_every_one_of_1000_single_byte_changes_and_truncations(ready, tmp_path):
    content = _content(ready).zip_bytes
    sealed = build_package(ready, "2026-Q4", tmp_path / "q4.borgo").path.read_bytes()
    rng = random.Random(14)
    missed = []
    for data in (content, sealed):
        for attempt in range(1000):
            if attempt % 10 == 9:
                changed = data[:rng.randrange(len(data))]  # a truncation
            else:
                where = rng.randrange(len(data))
                changed = data[:where] + bytes([data[where] ^ rng.randrange(1, 256)]) + data[where + 1:]
            if verify_file(changed).ok:
                missed.append((len(data), attempt))
    assert missed == []


def test_a_changed_byte_is_named(ready):
    content = _content(ready).zip_bytes
    files = archive.read(content)
    where = content.index(files["indicatori.json"][:40]) + 20
    changed = content[:where] + b"X" + content[where + 1:]
    problems = " ".join(verify_content(changed).problems)
    assert "indicatori.json" in problems


def test_the_log_refuses_a_second_submission_until_the_period_is_reopened(ready, tmp_path):
    first = build_package(ready, "2026-Q4", tmp_path / "a.borgo")
    assert first.corrections == ()
    with pytest.raises(UserError, match="già stato inviato"):
        build_package(ready, "2026-Q4", tmp_path / "b.borgo")
    with pytest.raises(ValidationError, match="motivo"):
        submissions.reopen(ready, "2026-Q4", "")
    submissions.reopen(ready, "2026-Q4", "Il Comune ha chiesto di correggere i dati FSE+.")
    _plant_canary(ready)
    second = build_package(ready, "2026-Q4", tmp_path / "b.borgo")
    assert {c["indicatore"] for c in second.corrections} >= {"ESF_ENTERED"}
    log = submissions.log(ready, "2026-Q4")
    assert [s.status.value for s in log] == ["submitted", "reopened"]
    assert log[1].reopen_reasons == ("Il Comune ha chiesto di correggere i dati FSE+.",)
    assert log[0].by == "capo" and log[0].content_sha256 == second.content_sha256


def test_only_a_manager_builds(ready, tmp_path):
    worker = dataclasses.replace(ready, actor=Actor("assistente", "social_worker"))
    with pytest.raises(PermissionDenied):
        build_package(worker, "2026-Q4", tmp_path / "p.borgo")
    with pytest.raises(PermissionDenied):
        build_package(admin(ready), "2026-Q4", tmp_path / "p.borgo")
