"""Templates kept in the database with versions: save, read, list.

Saving a template whose texts changed makes a new version (1, 2, 3...) and leaves the old
ones as they were: a mailing points at the version it printed, so a letter sent keeps the
text it used even after the template is edited.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound, UserError, ValidationError
from borgo_desktop.models.communication import Template, TemplateKind, TemplatePurpose, TemplateVersion
from borgo_desktop.services.core import audit
from borgo_desktop.services.communication import guard
from borgo_desktop.services.communication.fields import fields_in
from borgo_desktop.services.communication.languages import FALLBACK, LANGUAGES
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require

CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")


@dataclass(frozen=True)
class Text:
    title: str
    body: str


@dataclass(frozen=True)
class TemplateInput:
    code: str
    name: str
    kind: TemplateKind
    purpose: TemplatePurpose = TemplatePurpose.GENERAL
    texts: dict[str, Text] = field(default_factory=dict)  # language code -> Text
    note: str = ""


@dataclass(frozen=True)
class TemplateView:
    id: uuid.UUID
    code: str
    name: str
    kind: TemplateKind
    purpose: TemplatePurpose
    active: bool
    version: int
    version_id: uuid.UUID
    texts: dict[str, Text]
    saved_at: datetime
    saved_by: str
    note: str

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(code for code in LANGUAGES if code in self.texts)

    @property
    def fields(self) -> list[str]:
        return fields_in(*(part for t in self.texts.values() for part in (t.title, t.body)))

    def text(self, language: str) -> Text:
        return self.texts.get(language) or self.texts[FALLBACK]


@dataclass(frozen=True)
class VersionSummary:
    version: int
    version_id: uuid.UUID
    saved_at: datetime
    saved_by: str
    note: str
    languages: tuple[str, ...]


def _texts(raw: dict) -> dict[str, Text]:
    return {lang: Text(str(t.get("title", "")), str(t.get("body", "")))
            for lang, t in raw.items()}


def view_of(row: Template, version: TemplateVersion) -> TemplateView:
    return TemplateView(id=row.id, code=row.code, name=row.name,
                        kind=row.kind, purpose=row.purpose, active=row.active,
                        version=version.version, version_id=version.id,
                        texts=_texts(version.texts), saved_at=version.created_at,
                        saved_by=version.created_by, note=version.note)


def _validate(data: TemplateInput) -> dict[str, Text]:
    problems: dict[str, UserError] = {}
    if not CODE.match(data.code or ""):
        problems["code"] = UserError("Il codice del modello va scritto in maiuscolo, da 2 a 32 "
                                     "caratteri tra lettere, cifre, - e _ (es. ACQUA-SCALA).",
                                     field="code")
    if not (data.name or "").strip():
        problems["name"] = UserError("Dare un nome al modello.", field="name")
    texts = {lang: Text(t.title.strip(), t.body.strip()) for lang, t in data.texts.items()
             if t.title.strip() or t.body.strip()}
    strange = sorted(set(texts) - set(LANGUAGES))
    if strange:
        problems["texts"] = UserError("Lingua non prevista: {langs}.", field="texts",
                                      langs=", ".join(strange))
    italian = texts.get(FALLBACK)
    if italian is None or not italian.title or not italian.body:
        problems["body"] = UserError("Il testo italiano (titolo e corpo) è obbligatorio: è "
                                     "quello che ricevono i nuclei delle altre lingue.",
                                     field="body")
    if problems:
        raise ValidationError(problems)
    for lang, text in texts.items():
        if not text.title or not text.body:
            raise UserError("Il testo in {lang} ha il titolo o il corpo vuoto.", field="body",
                            lang=LANGUAGES[lang].lower())
    guard.check_template(data.kind, data.purpose, texts)
    return texts


def _current(session: Session, row: Template) -> TemplateVersion:
    return session.scalar(select(TemplateVersion).where(
        TemplateVersion.template_id == row.id,
        TemplateVersion.version == row.current_version))


def save_template(ctx: Context, data: TemplateInput) -> TemplateView:
    """Create the template, or save a new version of it when its texts changed."""
    require(ctx, Permission.COMM_WRITE)
    texts = _validate(data)
    with ctx.store.unit_of_work() as session:
        view = _save_in(ctx, session, data, texts)
        session.commit()
    return view


def ensure_system_template(ctx: Context, data: TemplateInput) -> TemplateView:
    """The current version of one of the program's own templates (the ledger's reminders,
    the tickets' outage notice, the boards' programmes): saved as version 1 the first time an
    area prints it, then the office's own, edited and versioned like any other."""
    with ctx.store.unit_of_work() as session:
        template = session.scalar(select(Template).where(Template.code == data.code))
        if template is not None:
            return view_of(template, _current(session, template))
        view = _save_in(ctx, session, data, _validate(data))
        session.commit()
    return view


def _save_in(ctx: Context, session: Session, data: TemplateInput,
             texts: dict[str, Text]) -> TemplateView:
    stored = {lang: {"title": t.title, "body": t.body} for lang, t in texts.items()}
    template = session.scalar(select(Template).where(Template.code == data.code))
    if template is None:
        template = Template(code=data.code, name=data.name.strip(), kind=data.kind,
                            purpose=data.purpose, current_version=0, active=True)
        ctx.stamp(template)
        session.add(template)
        session.flush()
        current = None
    else:
        current = _current(session, template)
        if template.kind != data.kind and current is not None:
            raise UserError("Il tipo di un modello già salvato non cambia: crearne uno "
                            "nuovo con un altro codice.", field="kind")
    changed = (current is None or current.texts != stored or template.name != data.name.strip()
               or template.purpose != data.purpose)
    if not changed:
        return view_of(template, current)
    template.name, template.purpose = data.name.strip(), data.purpose
    if current is None or current.texts != stored:
        template.current_version += 1
        current = TemplateVersion(template_id=template.id, version=template.current_version,
                                  texts=stored, note=data.note.strip()[:200])
        ctx.stamp(current)
        session.add(current)
    ctx.stamp(template)
    session.flush()
    audit.record(ctx, session, "template.save", "template", template.id,
                 detail=f"{template.code} v{template.current_version}")
    return view_of(template, current)


def get_template(ctx: Context, code: str, version: int | None = None) -> TemplateView:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        return read_template(session, code, version)


def read_template(session: Session, code: str, version: int | None = None) -> TemplateView:
    """A template (its current version, or ``version``) inside the caller's session."""
    template = session.scalar(select(Template).where(Template.code == code))
    if template is None:
        raise NotFound("Modello «{code}» non trovato.", code=code)
    row = session.scalar(select(TemplateVersion).where(
        TemplateVersion.template_id == template.id,
        TemplateVersion.version == (version or template.current_version)))
    if row is None:
        raise NotFound("Il modello «{code}» non ha la versione {version}.", code=code,
                       version=version)
    return view_of(template, row)


def load_version(session: Session, version_id: uuid.UUID) -> TemplateView:
    row = session.get(TemplateVersion, version_id)
    if row is None:
        raise NotFound("Versione del modello non trovata.")
    return view_of(session.get(Template, row.template_id), row)


def list_templates(ctx: Context, *, include_retired: bool = False) -> list[TemplateView]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        query = (select(Template, TemplateVersion)
                 .join(TemplateVersion, (TemplateVersion.template_id == Template.id)
                       & (TemplateVersion.version == Template.current_version))
                 .order_by(Template.kind, Template.name))
        if not include_retired:
            query = query.where(Template.active.is_(True))
        return [view_of(t, v) for t, v in session.execute(query).all()]


def template_versions(ctx: Context, code: str) -> list[VersionSummary]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        rows = session.scalars(
            select(TemplateVersion).join(Template, Template.id == TemplateVersion.template_id)
            .where(Template.code == code).order_by(TemplateVersion.version.desc())).all()
        return [VersionSummary(r.version, r.id, r.created_at, r.created_by, r.note,
                               tuple(c for c in LANGUAGES if c in r.texts)) for r in rows]


def set_active(ctx: Context, code: str, active: bool) -> None:
    """Retire a template from the lists (its versions stay for the letters that used them)."""
    require(ctx, Permission.COMM_WRITE)
    with ctx.store.unit_of_work() as session:
        template = session.scalar(select(Template).where(Template.code == code))
        if template is None:
            raise NotFound("Modello «{code}» non trovato.", code=code)
        template.active = active
        ctx.stamp(template)
        audit.record(ctx, session, "template.retire" if not active else "template.restore",
                     "template", template.id, detail=code)
        session.commit()

