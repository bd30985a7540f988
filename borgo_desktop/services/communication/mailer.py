"""E-mail delivery: a printed batch's letters sent through the office's SMTP server.

Only to persons who consented to e-mail contact (a ``contact_email`` consent active today,
services/privacy): the others are named and their letter stays to be delivered on paper.
Each message carries that household's pages of the batch PDF (the same letter that was
printed, cut out with pypdf). The server, port, security and user are office settings
(``communication.smtp``); the password never goes into the database: it is kept in the
operating system's keyring (the ``keyring`` library: Windows Credential Manager, macOS
Keychain, Secret Service on Linux).
"""

from __future__ import annotations

import io
import re
import smtplib
import ssl
import uuid
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path
from typing import Callable

from sqlalchemy import and_, or_, select

from borgo_desktop.errors import UserError, ValidationError, Words
from borgo_desktop.models import Consent, Household, Membership, Person
from borgo_desktop.models.communication import (
    Delivery, DeliveryChannel, DeliveryStatus, Mailing, Template, TemplateVersion,
)
from borgo_desktop.models.enums import ConsentPurpose
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import get_setting, read_settings, set_setting

KEYRING_SERVICE = "borgo-desktop-smtp"
SECURITY = ("starttls", "ssl", "none")
TIMEOUT_S = 30
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # STARTTLS on 587; "ssl" for 465; "none" only for tests
    username: str = ""
    sender: str = ""

    @property
    def keyring_user(self) -> str:
        """The name the password is filed under in the keyring."""
        return f"{self.username}@{self.host}:{self.port}"

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


def smtp_settings(ctx: Context) -> SmtpSettings:
    raw = dict(get_setting(ctx, "communication.smtp") or {})
    return SmtpSettings(host=str(raw.get("host", "")), port=int(raw.get("port") or 587),
                        security=str(raw.get("security", "starttls")),
                        username=str(raw.get("username", "")), sender=str(raw.get("sender", "")))


def _keyring():
    import keyring  # imported when used: the window starts without it

    return keyring


def save_smtp_settings(ctx: Context, data: SmtpSettings, password: str | None = None) -> None:
    """Validate and save the server settings; ``password`` (when given) goes to the keyring."""
    require(ctx, Permission.SETTINGS_MANAGE)
    problems: dict[str, UserError] = {}
    if not data.host.strip():
        problems["host"] = UserError("Indicare il server di posta in uscita (es. "
                                     "smtp.comune.milano.it).", field="host")
    if not 0 < int(data.port) < 65536:
        problems["port"] = UserError("La porta va da 1 a 65535 (di solito 587).", field="port")
    if data.security not in SECURITY:
        problems["security"] = UserError("Sicurezza non prevista: scegliere STARTTLS o SSL.",
                                         field="security")
    if not _EMAIL.match(data.sender.strip()):
        problems["sender"] = UserError("L'indirizzo del mittente non è un indirizzo e-mail "
                                       "valido.", field="sender")
    if problems:
        raise ValidationError(problems)
    clean = SmtpSettings(data.host.strip(), int(data.port), data.security,
                         data.username.strip(), data.sender.strip())
    if password:
        try:
            _keyring().set_password(KEYRING_SERVICE, clean.keyring_user, password)
        except Exception as exc:  # keyring.errors.* and the backends' own: the user's system
            raise UserError("Il portachiavi del sistema non ha accettato la password ({error}): "
                            "la password non è stata salvata.", field="password",
                            error=str(exc) or type(exc).__name__) from exc
    set_setting(ctx, "communication.smtp", {"host": clean.host, "port": clean.port,
                                            "security": clean.security,
                                            "username": clean.username, "sender": clean.sender})


def _password(settings: SmtpSettings) -> str:
    try:
        password = _keyring().get_password(KEYRING_SERVICE, settings.keyring_user)
    except Exception as exc:
        raise UserError("Il portachiavi del sistema non risponde ({error}).",
                        error=str(exc) or type(exc).__name__) from exc
    if password is None:
        raise UserError("Manca la password del server di posta per {user}: inserirla nelle "
                        "impostazioni della posta.", user=settings.username)
    return password


@dataclass(frozen=True)
class Address:
    person_id: uuid.UUID
    email: str


def email_addresses(session, household_ids, today) -> dict[uuid.UUID, Address]:
    """The address each household may be written to: a current member with an e-mail address
    and an active consent to e-mail contact (the reference person first)."""
    ids = list(household_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Membership.household_id, Person.id, Person.email, Household.email,
               Household.reference_person_id)
        .join(Person, Person.id == Membership.person_id)
        .join(Household, Household.id == Membership.household_id)
        .join(Consent, and_(Consent.person_id == Person.id,
                            Consent.purpose == ConsentPurpose.CONTACT_EMAIL,
                            Consent.given_on <= today,
                            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today)))
        .where(Membership.household_id.in_(ids), Membership.left_on.is_(None))).all()
    found: dict[uuid.UUID, Address] = {}
    for household_id, person_id, own, shared, reference in sorted(
            rows, key=lambda r: r[1] != r[4]):  # the reference person's row first
        email = (own or "").strip() or ((shared or "").strip() if person_id == reference else "")
        if household_id not in found and _EMAIL.match(email):
            found[household_id] = Address(person_id, email)
    return found


@dataclass(frozen=True)
class EmailResult:
    sent: int
    failed: tuple[str, ...] = ()  # household codes the server refused
    refused: tuple[str, ...] = ()  # household codes without consent or address
    skipped: int = 0  # already delivered another way
    message_ids: dict[str, str] = field(default_factory=dict)  # household code -> Message-ID


def _pages(reader, first: int, last: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for number in range(first, last + 1):
        writer.add_page(reader.pages[number - 1])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _connect(settings: SmtpSettings, ssl_context: ssl.SSLContext | None) -> smtplib.SMTP:
    context = ssl_context or ssl.create_default_context()
    try:
        if settings.security == "ssl":
            server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_S,
                                      context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S)
            if settings.security == "starttls":
                server.starttls(context=context)
        if settings.username:
            server.login(settings.username, _password(settings))
        return server
    except smtplib.SMTPAuthenticationError as exc:
        raise UserError("Il server di posta ha rifiutato utente e password ({user}).",
                        user=settings.username) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise UserError("Il server di posta {host}:{port} non risponde o rifiuta la "
                        "connessione sicura ({error}). Nessuna e-mail è stata inviata.",
                        host=settings.host, port=settings.port,
                        error=str(exc) or type(exc).__name__) from exc


def _message(settings, office, subject, to, pdf, filename) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((office["office.name"], settings.sender))
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    message.set_content(
        f"Buongiorno,\n\nin allegato la comunicazione dell'ufficio di borgo «{subject}».\n\n"
        f"Per informazioni: {office['office.phone']} · {office['office.email']}\n"
        f"Orari: {office['office.hours']}\n\n{office['office.name']}\n"
        f"{office['office.address']}\n")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def email_mailing(ctx: Context, mailing_id: uuid.UUID, pdf_path: Path, *,
                  ssl_context: ssl.SSLContext | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> EmailResult:
    """Send the batch's letters still in the office to the households that may be e-mailed.

    Nothing is sent when no household of the batch may be written to (the refusal names
    them); otherwise the result names those left for paper delivery."""
    require(ctx, Permission.COMM_SEND)
    require(ctx, Permission.EXPORT_PERSONAL)  # letters name people
    settings = smtp_settings(ctx)
    if not settings.configured:
        raise UserError("Il server di posta non è configurato: indicarlo nelle impostazioni "
                        "della posta (server, porta, mittente).")
    today = ctx.today()
    with ctx.store.read() as session:
        mailing = session.get(Mailing, mailing_id)
        if mailing is None:
            raise UserError("Comunicazione non trovata.")
        subject = session.scalar(select(Template.name).join(
            TemplateVersion, TemplateVersion.template_id == Template.id)
            .where(TemplateVersion.id == mailing.version_id))
        items = session.execute(
            select(Delivery.id, Delivery.household_id, Household.code, Delivery.first_page,
                   Delivery.last_page, Delivery.status)
            .join(Household, Household.id == Delivery.household_id)
            .where(Delivery.mailing_id == mailing_id).order_by(Household.code)).all()
        office = read_settings(session, "office.name", "office.address", "office.phone",
                               "office.email", "office.hours")
        code = mailing.code
        open_items = [i for i in items if i.status in (DeliveryStatus.PRINTED, DeliveryStatus.FAILED)]
        addresses = email_addresses(session, [i.household_id for i in open_items], today)
    refused = tuple(i.code for i in open_items if i.household_id not in addresses)
    to_send = [i for i in open_items if i.household_id in addresses]
    if not to_send:
        if refused:
            raise UserError("Nessuna e-mail inviata: {households} non hanno dato il consenso al "
                            "contatto per e-mail o non hanno un indirizzo. Consegnare la "
                            "lettera a mano o per posta.", households=Words(refused[:20]))
        raise UserError("Tutte le lettere di {code} sono già state consegnate.", code=code)
    from pypdf import PdfReader

    reader = PdfReader(str(pdf_path))
    sent: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    failed: list[tuple[uuid.UUID, str, str]] = []
    server = _connect(settings, ssl_context)
    try:
        for done, item in enumerate(to_send, 1):
            if cancelled is not None and cancelled():
                break
            address = addresses[item.household_id]
            message = _message(settings, office, f"{subject} ({code})", address.email,
                               _pages(reader, item.first_page, item.last_page),
                               f"{code}-{item.code}.pdf")
            try:
                server.send_message(message)
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError,
                    smtplib.SMTPSenderRefused) as exc:
                failed.append((item.id, item.code, str(exc)[:150]))
            else:
                sent[item.id] = (address.person_id, message["Message-ID"])
            if progress is not None:
                progress(done, len(to_send))
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            pass
        _record(ctx, mailing_id, code, sent, failed)
    codes = {i.id: i.code for i in items}
    return EmailResult(sent=len(sent), failed=tuple(c for _i, c, _e in failed),
                       refused=refused, skipped=len(items) - len(open_items),
                       message_ids={codes[i]: mid for i, (_p, mid) in sent.items()})


def _record(ctx, mailing_id, code, sent, failed) -> None:
    """What went out is recorded even when the connection dropped half-way."""
    if not sent and not failed:
        return
    today = ctx.today()
    with ctx.store.unit_of_work() as session:
        rows = {d.id: d for d in session.scalars(
            select(Delivery).where(Delivery.id.in_([*sent, *(i for i, _c, _e in failed)])))}
        for delivery_id, (person_id, message_id) in sent.items():
            d = rows[delivery_id]
            d.channel, d.status, d.sent_on = DeliveryChannel.EMAIL, DeliveryStatus.SENT, today
            d.person_id, d.operator = person_id, ctx.actor.username
            d.receipt_note = f"Message-ID {message_id}"[:200]
            ctx.stamp(d)
        for delivery_id, _code, error in failed:
            d = rows[delivery_id]
            d.channel, d.status, d.operator = DeliveryChannel.EMAIL, DeliveryStatus.FAILED, ctx.actor.username
            d.receipt_note = f"Rifiutata dal server: {error}"[:200]
            ctx.stamp(d)
        session.flush()
        audit.record(ctx, session, "mailing.email", "mailing", mailing_id,
                     detail=f"{code}: {len(sent)} e-mail inviate, {len(failed)} rifiutate")
        session.commit()
