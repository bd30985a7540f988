"""E-mail delivery through a local SMTP server (STARTTLS and login), password in the keyring,
only to persons who consented to e-mail contact."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
import io

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models import Household, Person
from borgo_desktop.models.communication import DeliveryChannel, DeliveryStatus
from borgo_desktop.models.enums import ConsentMethod, ConsentPurpose
from borgo_desktop.services.communication import deliveries, mailer
from borgo_desktop.services.communication.mailer import SmtpSettings
from borgo_desktop.services.communication.merge import BatchRequest, run_batch
from borgo_desktop.services.privacy import consents

from helpers.comm_world import invitation
from helpers.smtp_server import PASSWORD, USER, LocalSmtp, use_memory_keyring
from helpers.support import as_admin


def _head(ctx, household):
    with ctx.store.read() as session:
        return session.get(Household, household.id).reference_person_id


def _email(ctx, household, address, consent=True):
    with ctx.store.unit_of_work() as session:
        person = session.get(Person, session.get(Household, household.id).reference_person_id)
        person.email = address
        session.commit()
    if consent:
        consents.record_consent(ctx, _head(ctx, household), ConsentPurpose.CONTACT_EMAIL,
                                date(2026, 10, 1), ConsentMethod.SIGNED_FORM)


@pytest.fixture
def smtp(tmp_path, monkeypatch, ctx):
    ring = use_memory_keyring(monkeypatch)
    with LocalSmtp(tmp_path, refuse={"rifiuta@example.org"}) as server:
        mailer.save_smtp_settings(as_admin(ctx), SmtpSettings(
            server.host, server.port, "starttls", USER, "ufficio@abitareinborgo.example.it"),
            PASSWORD)
        server.ring = ring
        yield server


def test_the_password_goes_to_the_keyring_not_the_database(ctx, smtp):
    settings = mailer.smtp_settings(ctx)
    assert settings.username == USER and settings.port == smtp.port
    assert smtp.ring.passwords == {(mailer.KEYRING_SERVICE, settings.keyring_user): PASSWORD}
    raw = smtp_settings_row(ctx)
    assert PASSWORD not in raw


def smtp_settings_row(ctx) -> str:
    from sqlalchemy import select
    from borgo_desktop.models import Setting

    with ctx.store.read() as session:
        return str(session.scalars(select(Setting.value)).all())


def test_settings_are_validated_in_italian(ctx, smtp):
    with pytest.raises(ValidationError) as refused:
        mailer.save_smtp_settings(as_admin(ctx), SmtpSettings("", 0, "starttls", "", "non-mail"))
    assert set(refused.value.problems) == {"host", "port", "sender"}
    assert "mittente" in refused.value.problems["sender"].text


def test_letters_go_by_e_mail_with_their_pages_only_to_who_consented(ctx, borgo, tmp_path, smtp):
    _email(ctx, borgo.colombo, "giulia.colombo@example.org")
    _email(ctx, borgo.haddad, "fatima@example.org", consent=False)  # address, no consent
    invitation(ctx)
    batch = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-A"), tmp_path / "lettere.pdf")
    result = mailer.email_mailing(ctx, batch.id, batch.path, ssl_context=smtp.client_context)
    assert (result.sent, result.refused, result.failed) == (1, (borgo.haddad.code,), ())
    (message,) = smtp.inbox.messages
    assert message["To"] == "giulia.colombo@example.org"
    assert "Invito all'assemblea" in message["Subject"]
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == f"{batch.code}-{borgo.colombo.code}.pdf"
    pdf = PdfReader(io.BytesIO(attachment.get_content()))
    assert len(pdf.pages) == 1 and "Giulia Colombo" in pdf.pages[0].extract_text()
    items = {i.household_code: i for i in deliveries.mailing_deliveries(ctx, batch.id)}
    sent = items[borgo.colombo.code]
    assert (sent.channel, sent.status, sent.sent_on) == (
        DeliveryChannel.EMAIL, DeliveryStatus.SENT, date(2026, 11, 25))
    assert message["Message-ID"] in sent.receipt_note
    assert items[borgo.haddad.code].status == DeliveryStatus.PRINTED  # stays for paper


def test_nobody_with_consent_sends_nothing_and_names_them(ctx, borgo, tmp_path, smtp):
    _email(ctx, borgo.haddad, "fatima@example.org", consent=False)
    invitation(ctx)
    batch = run_batch(ctx, BatchRequest("INVITO", f"household:{borgo.haddad.code}"),
                      tmp_path / "l.pdf")
    with pytest.raises(UserError) as refused:
        mailer.email_mailing(ctx, batch.id, batch.path, ssl_context=smtp.client_context)
    assert borgo.haddad.code in refused.value.text and "consenso" in refused.value.text
    assert smtp.inbox.messages == []


def test_a_withdrawn_consent_no_longer_allows_e_mail(ctx, borgo, tmp_path, smtp):
    _email(ctx, borgo.colombo, "giulia.colombo@example.org")
    (given,) = consents.list_consents(ctx, _head(ctx, borgo.colombo))
    consents.withdraw_consent(ctx, given.id, date(2026, 11, 20))
    invitation(ctx)
    batch = run_batch(ctx, BatchRequest("INVITO", f"household:{borgo.colombo.code}"),
                      tmp_path / "l.pdf")
    with pytest.raises(UserError):
        mailer.email_mailing(ctx, batch.id, batch.path, ssl_context=smtp.client_context)


def test_a_refused_address_is_recorded_as_failed(ctx, borgo, tmp_path, smtp):
    _email(ctx, borgo.colombo, "rifiuta@example.org")
    invitation(ctx)
    batch = run_batch(ctx, BatchRequest("INVITO", f"household:{borgo.colombo.code}"),
                      tmp_path / "l.pdf")
    result = mailer.email_mailing(ctx, batch.id, batch.path, ssl_context=smtp.client_context)
    assert (result.sent, result.failed) == (0, (borgo.colombo.code,))
    (item,) = deliveries.mailing_deliveries(ctx, batch.id)
    assert item.status == DeliveryStatus.FAILED and "550" in item.receipt_note


def test_a_wrong_password_or_no_server_is_said_plainly(ctx, borgo, tmp_path, smtp):
    _email(ctx, borgo.colombo, "giulia.colombo@example.org")
    invitation(ctx)
    batch = run_batch(ctx, BatchRequest("INVITO", f"household:{borgo.colombo.code}"),
                      tmp_path / "l.pdf")
    settings = mailer.smtp_settings(ctx)
    smtp.ring.passwords[(mailer.KEYRING_SERVICE, settings.keyring_user)] = "sbagliata"
    with pytest.raises(UserError) as wrong:
        mailer.email_mailing(ctx, batch.id, batch.path, ssl_context=smtp.client_context)
    assert "utente e password" in wrong.value.text
    smtp.ring.passwords.clear()
    with pytest.raises(UserError) as missing:
        mailer.email_mailing(ctx, batch.id, batch.path, ssl_context=smtp.client_context)
    assert "Manca la password" in missing.value.text
    (item,) = deliveries.mailing_deliveries(ctx, batch.id)
    assert item.status == DeliveryStatus.PRINTED and smtp.inbox.messages == []
