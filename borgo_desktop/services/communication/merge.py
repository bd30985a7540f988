"""Mail merge: a template version, a target, one PDF per batch and a delivery row per household.

The order of a batch: resolve the target; check every household has a value for every field
the template uses (a missing one stops the batch *before anything is printed* and names the
households); check a public notice's text names nobody; draw the PDF into a temporary file,
reporting progress and honouring a cancel; then record the mailing, its deliveries (with the
page range of each household's letter) and the audit entry in one transaction, and move the
file into place. A cancelled or failed batch leaves no file and no record.

:func:`render_for_household` is the call for other areas (the ledger's reminders and formal
notices): one household, values of their own (amounts) added to the registry's.
"""

from __future__ import annotations

import os
import uuid
from itertools import islice
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError, Words
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import Household
from borgo_desktop.models.base import new_id, utcnow
from borgo_desktop.models.communication import (
    Delivery, DeliveryChannel, DeliveryStatus, Mailing, TemplateKind,
)
from borgo_desktop.reports.communication.sheets import Letter, Letterhead, Notice, Sheets, write_labels
from borgo_desktop.services.core import audit, bulk
from borgo_desktop.services.communication import guard, templates
from borgo_desktop.services.communication.fields import BY_CODE, fill
from borgo_desktop.services.communication.languages import FALLBACK, pick
from borgo_desktop.services.communication.recipients import (
    Recipient, Target, building_ids, describe, iter_recipients,
)
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings

OFFICE_KEYS = ("office.name", "office.address", "office.hours", "office.phone", "office.email",
               "office.logo")
BANDS = {TemplateKind.NOTICE_BUILDING: "AVVISO AGLI ABITANTI",
         TemplateKind.NOTICE_STAIRCASE: "AVVISO AGLI ABITANTI DELLA SCALA",
         TemplateKind.NOTICE_BORGO: "AVVISO A TUTTO IL BORGO",
         TemplateKind.POSTER_A4: "ABITARE IN BORGO", TemplateKind.POSTER_A3: "ABITARE IN BORGO"}
PROGRESS_EVERY = 100
MAX_NAMED = 12  # households named in a refusal; the rest are counted


class MissingFields(UserError):
    """Some households lack a value the template needs: nothing was printed."""

    def __init__(self, missing: dict[str, tuple[str, ...]]) -> None:
        self.missing = missing
        named = [f"{code} ({', '.join(BY_CODE[f].label.lower() for f in fields)})"
                 for code, fields in list(missing.items())[:MAX_NAMED]]
        more = len(missing) - len(named)
        super().__init__("Mancano dati per {count} nuclei, nessuna lettera è stata stampata: "
                         "{households}{more}. Completare le schede o togliere il campo dal "
                         "modello.", count=len(missing), households=Words(named, "; "),
                         more=f" e altri {more}" if more else "")


class Cancelled(UserError):
    pass


@dataclass(frozen=True)
class BatchRequest:
    template_code: str
    target: str  # see recipients.Target
    version: int | None = None  # None: the current version
    large_print: bool = False
    extra: dict[str, str] = field(default_factory=dict)  # batch-wide values (data.evento...)
    per_household: dict[uuid.UUID, dict[str, str]] = field(default_factory=dict)  # amounts
    channel: DeliveryChannel | None = None  # letters: letterbox; notices: the board
    labels: Path | None = None  # also write the address labels of the letters here


@dataclass(frozen=True)
class MailingView:
    id: uuid.UUID
    code: str
    template_code: str
    template_name: str
    version: int
    target: str
    target_label: str
    recipients: int
    pages: int
    path: Path
    languages: dict[str, int]  # language -> letters


@dataclass(frozen=True)
class _Planned:
    household_id: uuid.UUID
    code: str
    language: str


def letterhead(session: Session) -> Letterhead:
    office = read_settings(session, *OFFICE_KEYS)
    logo = str(office["office.logo"] or "")
    return Letterhead(name=str(office["office.name"]), address=str(office["office.address"]),
                      hours=str(office["office.hours"]), phone=str(office["office.phone"]),
                      email=str(office["office.email"]), logo=Path(logo) if logo else None)


def field_values(r: Recipient | None, head: Letterhead, today: date,
                 extra: dict[str, str]) -> dict[str, str | None]:
    """Every field's value for one household (None where the registry has nothing)."""
    values: dict[str, str | None] = {
        "data.oggi": fmt_date(today), "ufficio.nome": head.name,
        "ufficio.indirizzo": head.address, "ufficio.orari": head.hours,
        "ufficio.telefono": head.phone, "ufficio.email": head.email,
    }
    if r is not None:
        full = " ".join(p for p in (r.given_name, r.surname) if p) or None
        place = (f"{r.building_address}, {r.cap} {r.city}".strip(", ")
                 if r.building_address else None)
        home = None
        if r.building_address and r.unit_number:
            home = (f"{r.building_address}" + (f", scala {r.staircase}" if r.staircase else "")
                    + f", interno {r.unit_number}, {r.cap} {r.city}")
        values.update({
            "nucleo.codice": r.code, "intestatario.nome": r.given_name,
            "intestatario.cognome": r.surname, "intestatario.nome_completo": full,
            "alloggio.codice": r.unit_code, "alloggio.interno": r.unit_number,
            "alloggio.piano": str(r.floor) if r.unit_code and r.floor is not None else None,
            "indirizzo.completo": home, "edificio.nome": r.building_name,
            "edificio.indirizzo": place, "scala": r.staircase or None,
        })
    values.update({k: v for k, v in extra.items() if k in BY_CODE})
    return values


def _missing(values: dict[str, str | None], needed: Iterable[str]) -> tuple[str, ...]:
    return tuple(f for f in needed if not (values.get(f) or "").strip())


def _group_key(kind: TemplateKind, r: Recipient):
    if kind == TemplateKind.NOTICE_STAIRCASE:
        return (r.building_id, r.staircase) if r.building_id and r.staircase else None
    if kind == TemplateKind.NOTICE_BUILDING:
        return r.building_id
    return "borgo"


def _mailing_code(session: Session, today: date) -> str:
    prefix = f"COM-{today.year}-"
    last = session.scalar(select(func.max(Mailing.code)).where(Mailing.code.like(prefix + "%")))
    return f"{prefix}{int(last.rsplit('-', 1)[1]) + 1 if last else 1:05d}"


def run_batch(ctx: Context, request: BatchRequest, path: Path, *,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> MailingView:
    """Merge, print to ``path`` (one PDF) and record the batch; see the module's docstring."""
    require(ctx, Permission.COMM_SEND)
    target = Target.from_text(request.target)
    path = Path(path)
    today = ctx.today()
    with ctx.store.read() as session:
        view = (templates.read_template(session, request.template_code, request.version))
        if not view.active and request.version is None:
            raise UserError("Il modello «{code}» è ritirato.", code=view.code)
        if not view.kind.public:
            require(ctx, Permission.EXPORT_PERSONAL)  # letters name people
        head = letterhead(session)
        label = describe(session, target)
        code = _mailing_code(session, today)
        needed = view.fields
        extra = {k: str(v).strip() for k, v in request.extra.items() if str(v).strip()}
        batch_wide = [f for f in needed if BY_CODE[f].source == "extra"
                      and not request.per_household and not extra.get(f)]
        if batch_wide:
            raise UserError("Indicare {fields} prima di stampare.", field="extra",
                            fields=Words([BY_CODE[f].label.lower() for f in batch_wide]))
        total, missing = _check(session, view, target, head, today, extra, request.per_household)
        if missing:
            raise MissingFields(missing)
        if total == 0:
            raise UserError("Nessun nucleo tra i destinatari ({target}).", target=label)
        if view.kind.public:
            texts = [part for t in view.texts.values() for part in (t.title, t.body)]
            guard.check_public_text(session, building_ids(session, target), *texts,
                                    *extra.values())
        temp = path.with_name(f".{path.name}.{os.getpid()}.part")
        try:
            planned, ranges, pages = _draw(session, view, target, head, today, extra, request,
                                           temp, code, total, progress, cancelled)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    channel = request.channel or (DeliveryChannel.BOARD if view.kind.public
                                  else DeliveryChannel.LETTERBOX)
    digest = audit.file_digest(temp)
    try:
        mailing = _record(ctx, view, code, target, label, request, extra, planned, ranges,
                          pages, path, digest, channel)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.replace(temp, path)
    if request.labels is not None and not view.kind.public:
        with ctx.store.read() as session:
            write_labels(Path(request.labels),
                         (r.address_lines for r in iter_recipients(session, target)))
    languages: dict[str, int] = {}
    for item in planned:
        languages[item.language] = languages.get(item.language, 0) + 1
    return MailingView(id=mailing, code=code, template_code=view.code,
                       template_name=view.name, version=view.version, target=str(target),
                       target_label=label, recipients=len(planned), pages=pages, path=path,
                       languages=languages)


def _check(session, view, target, head, today, extra, per_household):
    """(households, {code: missing fields}) without drawing anything."""
    needed = view.fields
    total, missing = 0, {}
    for r in iter_recipients(session, target):
        total += 1
        own = {**extra, **per_household.get(r.household_id, {})}
        gaps = _missing(field_values(r, head, today, own), needed)
        if not gaps and view.kind.public and _group_key(view.kind, r) is None:
            # a notice for a staircase or a building needs to know where it hangs
            gaps = ("scala",) if view.kind == TemplateKind.NOTICE_STAIRCASE else ("edificio.nome",)
        if gaps:
            missing[r.code] = gaps
    return total, missing


def _draw(session, view, target, head, today, extra, request, temp, code, total, progress,
          cancelled):
    sheets = Sheets(temp, head, large_print=request.large_print,
                    title=f"{view.name} ({code})")
    planned: list[_Planned] = []
    ranges: list[tuple[int, int]] = []
    place_date = f"Milano, {fmt_date(today)}"
    notices: dict = {}  # group -> page range (public kinds: one sheet per group)
    done = 0
    for r in iter_recipients(session, target):
        if cancelled is not None and cancelled():
            raise Cancelled("Stampa annullata: nessuna lettera è stata registrata.")
        values = field_values(r, head, today, {**extra, **request.per_household.get(r.household_id, {})})
        if view.kind.public:
            key = _group_key(view.kind, r)
            if key not in notices:
                text = view.text(FALLBACK)
                place = ""
                if view.kind == TemplateKind.NOTICE_STAIRCASE:
                    place = f"{r.building_name} – scala {r.staircase}"
                elif view.kind == TemplateKind.NOTICE_BUILDING:
                    place = r.building_name or ""
                notices[key] = sheets.notice(Notice(
                    language=FALLBACK, band=BANDS[view.kind], title=fill(text.title, values),
                    body=fill(text.body, values), place=place,
                    address=values.get("edificio.indirizzo") or "" if place else "",
                    place_date=place_date,
                    paper="A3" if view.kind == TemplateKind.POSTER_A3 else "A4"))
            planned.append(_Planned(r.household_id, r.code, FALLBACK))
            ranges.append(notices[key])
        else:
            language = pick(r.preferred_language, view.languages)
            text = view.text(language)
            ranges.append(sheets.letter(Letter(
                language=language, title=fill(text.title, values), body=fill(text.body, values),
                recipient=r.address_lines, place_date=place_date,
                reference=f"{code} · {r.code}")))
            planned.append(_Planned(r.household_id, r.code, language))
        done += 1
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    if cancelled is not None and cancelled():
        raise Cancelled("Stampa annullata: nessuna lettera è stata registrata.")
    pages = sheets.close()
    return planned, ranges, pages


def _record(ctx, view, code, target, label, request, extra, planned, ranges, pages, path,
            digest, channel) -> uuid.UUID:
    posted = channel == DeliveryChannel.BOARD
    today = ctx.today()
    with ctx.store.unit_of_work() as session:
        mailing = Mailing(code=code, version_id=view.version_id, target=str(target),
                          target_label=label[:200], large_print=request.large_print,
                          extra={k: v for k, v in extra.items() if not BY_CODE[k].personal},
                          recipients=len(planned), pages=pages, file_name=path.name[:260],
                          file_sha256=digest, printed_at=utcnow())
        ctx.stamp(mailing)
        session.add(mailing)
        session.flush()
        now, who = utcnow(), ctx.actor.username
        status = DeliveryStatus.SENT if posted else DeliveryStatus.PRINTED
        rows = (dict(id=new_id(), created_at=now, updated_at=now, created_by=who,
                     updated_by=who, mailing_id=mailing.id, household_id=p.household_id,
                     person_id=None, language=p.language, first_page=first, last_page=last,
                     channel=channel, status=status, sent_on=today if posted else None,
                     operator=who if posted else "", registered_number="", receipt_on=None,
                     receipt_note="")
                for p, (first, last) in zip(planned, ranges))
        while part := list(islice(rows, bulk.BATCH)):  # a city-wide batch, a chunk at a time
            bulk.insert_rows(session, Delivery, part)
        audit.record(ctx, session, "mailing.print", "mailing", mailing.id,
                     detail=f"{code} {view.code} v{view.version} {target}: {len(planned)} "
                            f"nuclei, {pages} pagine, sha256 {digest}")
        session.commit()
        return mailing.id


def render_for_household(ctx: Context, template_code: str, household_id: uuid.UUID, path: Path,
                         extra: dict[str, str] | None = None, *, large_print: bool = False,
                         channel: DeliveryChannel | None = None) -> MailingView:
    """One letter for one household, with values of the caller's own (amounts, a reference):
    the ledger's reminders and formal notices come out of here, recorded like any batch."""
    require(ctx, Permission.COMM_SEND)
    with ctx.store.read() as session:
        household = session.get(Household, household_id)
        if household is None:
            raise UserError("Nucleo non trovato.")
        code = household.code
    return run_batch(ctx, BatchRequest(template_code, f"household:{code}",
                                       large_print=large_print,
                                       per_household={household_id: dict(extra or {})},
                                       channel=channel), path)


def preview(ctx: Context, data: templates.TemplateInput, language: str, path: Path, *,
            large_print: bool = False) -> Path:
    """The editor's live preview: the text as it would print, with each field's example
    value (no household is read, nothing is recorded)."""
    require(ctx, Permission.REGISTRY_READ)
    texts = {lang: t for lang, t in data.texts.items() if t.title.strip() or t.body.strip()}
    guard.check_template(data.kind, data.purpose, texts or {FALLBACK: templates.Text("", "")})
    text = texts.get(language) or texts.get(FALLBACK) or templates.Text("(senza titolo)", "")
    with ctx.store.read() as session:
        head = letterhead(session)
    examples = {f.code: f.example or f"[{f.label}]" for f in BY_CODE.values()}
    examples.update({k: v for k, v in field_values(None, head, ctx.today(), {}).items() if v})
    sheets = Sheets(Path(path), head, large_print=large_print, title=data.name)
    title, body = fill(text.title, examples), fill(text.body, examples)
    lang = language if language in texts else FALLBACK
    if data.kind.public:
        sheets.notice(Notice(language=lang, band=BANDS[data.kind], title=title, body=body,
                             place="Cascina 51 – scala A" if data.kind == TemplateKind.NOTICE_STAIRCASE
                             else "", place_date=f"Milano, {fmt_date(ctx.today())}",
                             paper="A3" if data.kind == TemplateKind.POSTER_A3 else "A4"))
    else:
        sheets.letter(Letter(language=lang, title=title, body=body,
                             recipient=("Giulia Colombo", "Via De Lemene 51, scala A, int. 4",
                                        "20151 Milano"),
                             place_date=f"Milano, {fmt_date(ctx.today())}",
                             reference="anteprima"))
    sheets.close()
    return Path(path)

