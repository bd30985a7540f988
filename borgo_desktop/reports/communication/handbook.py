"""The residents' handbook as a PDF booklet: cover, table of contents, chapters, page numbers.

A5 (A4 for the large-print edition), in Italian, English, French, Spanish or Arabic. The fonts
and the Arabic shaping are those of the letters (reports/communication/text.py): an Arabic
paragraph is wrapped on its logical text, then shaped line by line and set from the right.
The table of contents is platypus' own, filled by a second pass (multiBuild).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from borgo_desktop.formatting import fmt_date
from borgo_desktop.reports.communication import text
from borgo_desktop.reports.communication.handbook_texts import TEXTS
from borgo_desktop.services.communication.languages import RTL

if TYPE_CHECKING:  # the data come from services/communication/handbook.py
    from borgo_desktop.services.communication.handbook import Handbook, Space

MARGIN = 14 * mm


@dataclass(frozen=True)
class _Sizes:
    body: float
    heading: float
    title: float


NORMAL, LARGE = _Sizes(9.5, 14, 24), _Sizes(16, 22, 34)


class _Booklet(BaseDocTemplate):
    """Chapters (style 'chapter') become TOC entries; pages after the cover are numbered."""

    def __init__(self, filename: str, size, title: str, number_size: float) -> None:
        super().__init__(filename, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN + 6 * mm, title=title,
                         author="Borgo Desktop")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.number_size = number_size
        self.addPageTemplates([PageTemplate("cover", [frame]),
                               PageTemplate("pages", [frame], onPage=self._number)])

    def _number(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(text.REGULAR, self.number_size)
        canvas.drawCentredString(self.pagesize[0] / 2, MARGIN, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "chapter":
            key = f"ch{self.seq.nextf('chapter')}"
            self.canv.bookmarkPage(key)
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page, key))


class _Writer:
    def __init__(self, lang: str, sizes: _Sizes, width: float) -> None:
        self.words = TEXTS[lang]
        self.rtl = lang in RTL
        self.sizes = sizes
        self.width = width
        align = TA_RIGHT if self.rtl else TA_LEFT
        lead = sizes.body * 1.4
        self.body = ParagraphStyle("body", fontName=text.REGULAR, fontSize=sizes.body,
                                   leading=lead, alignment=align, spaceAfter=sizes.body * 0.6)
        self.strong = ParagraphStyle("strong", parent=self.body, fontName=text.BOLD,
                                     spaceAfter=sizes.body * 0.2)
        self.chapter = ParagraphStyle("chapter", parent=self.body, fontName=text.BOLD,
                                      fontSize=sizes.heading, leading=sizes.heading * 1.3,
                                      spaceBefore=sizes.heading * 0.8,
                                      spaceAfter=sizes.heading * 0.5)
        self.title = ParagraphStyle("title", parent=self.chapter, fontSize=sizes.title,
                                    leading=sizes.title * 1.3, alignment=TA_CENTER)
        self.centred = ParagraphStyle("centred", parent=self.body, alignment=TA_CENTER)

    def say(self, key: str, **values) -> str:
        return str(self.words[key]).format(**values)

    def para(self, words: str, style: ParagraphStyle | None = None) -> Paragraph:
        """One paragraph; Arabic is broken into lines first, each shaped (text.wrap)."""
        style = style or self.body
        if not self.rtl:
            return Paragraph(escape(words).replace("\n", "<br/>"), style)
        lines = text.wrap(words, self.width - 2, style.fontName, style.fontSize, True)
        return Paragraph("<br/>".join(escape(line) for line in lines), style)

    def chapter_head(self, key: str) -> Paragraph:
        return self.para(self.say(key), self.chapter)

    def labelled(self, label_key: str, value: str) -> Paragraph | None:
        if not value:
            return None
        return self.para(f"{self.say(label_key)}: {value}")


def _hours(w: _Writer, space: "Space") -> str:
    if not space.opening_hours:
        return w.say("always_open")
    days = w.words["weekdays"]
    return "; ".join(f"{days[i]} {h[0]}–{h[1]}" if h else f"{days[i]} {w.say('closed')}"
                     for i, h in enumerate(space.opening_hours))


def _story(book: "Handbook", w: _Writer, toc: TableOfContents) -> list:
    office, proc = book.office, book.procedures
    story: list = [Spacer(1, w.sizes.title * 3), w.para(w.say("title"), w.title),
                   w.para(w.say("subtitle"), w.centred), Spacer(1, w.sizes.title),
                   w.para(office.name, w.centred), w.para(office.address, w.centred),
                   w.para(w.say("edition", date=fmt_date(book.edition)), w.centred),
                   NextPageTemplate("pages"), PageBreak(),
                   w.para(w.say("toc"), w.title), toc, PageBreak()]

    story.append(w.chapter_head("office"))
    story += [w.para(office.name, w.strong)]
    story += [p for p in (w.labelled("address", office.address),
                          w.labelled("hours", office.hours), w.labelled("phone", office.phone),
                          w.labelled("email", office.email)) if p]

    story.append(w.chapter_head("contacts"))
    story.append(w.para(w.say("contacts_intro", phone=office.phone, email=office.email)))
    for contact in book.contacts:
        story.append(w.para(" — ".join(part for part in (contact.role, contact.name,
                                                         contact.how) if part)))
    for space in book.spaces:
        if space.key_holder:
            story.append(w.para(w.say("keys", space=space.name, holder=space.key_holder)))

    story.append(w.chapter_head("emergency"))
    story.append(w.para(w.say("emergency_intro")))
    labels = w.words["emergency_labels"]
    for entry in book.emergency:
        story.append(w.para(f"{entry.number} — {labels.get(entry.number, entry.label)}",
                            w.strong))
    story.append(w.para(w.say("emergency_after")))

    figures = dict(phone=office.phone, email=office.email, urgent=proc.urgent_days,
                   normal=proc.normal_days, autoclose=proc.autoclose_days,
                   due_day=proc.due_day, account=proc.account, reminder=proc.reminder_days,
                   notice=proc.notice_days, instalments=proc.max_instalments,
                   spaces=w.say("spaces"))
    for key in ("ticket", "booking", "rent"):
        story.append(w.chapter_head(key))
        story += [w.para(p.format(**figures)) for p in w.words[f"{key}_text"]]

    story.append(w.chapter_head("rules"))
    if book.rules is None:
        story.append(w.para(w.say("rules_none")))
    else:
        story.append(w.para(w.say("rules_version", version=book.rules.version,
                                  date=fmt_date(book.rules.effective_on))))
        if w.words["rules_official"]:
            story.append(w.para(w.say("rules_official")))
        it = _Writer("it", w.sizes, w.width)  # the rules as the office wrote them
        story.append(it.para(book.rules.title, it.strong))
        story += [it.para(p) for p in text.paragraphs(book.rules.body)]

    story.append(w.chapter_head("spaces"))
    if not book.spaces:
        story.append(w.para(w.say("spaces_none")))
    for space in book.spaces:
        story.append(w.para(space.name, w.strong))
        rows = [w.labelled("building", space.building), w.labelled("purpose", space.purpose),
                w.labelled("capacity", w.say("people", n=space.capacity)
                           if space.capacity else ""),
                w.labelled("equipment", space.equipment), w.labelled("hours", _hours(w, space)),
                w.labelled("space_rules", space.rules),
                w.para(w.say("approval")) if space.needs_approval else None]
        story += [row for row in rows if row]

    story.append(w.chapter_head("services"))
    if not book.services:
        story.append(w.para(w.say("services_none")))
    kind = None
    for service in book.services:
        if service.kind != kind:
            kind = service.kind
            story.append(w.para(w.words["kinds"][kind.value], w.strong))
        details = " · ".join(part for part in (service.address, service.phone, service.email,
                                                service.website, service.hours) if part)
        story.append(w.para(f"{service.name}: {details}" if details else service.name))
    return story


def write_handbook(book: "Handbook", lang: str, out: Path, *, large_print: bool = False) -> Path:
    """The booklet of ``book`` in ``lang`` (one of TEXTS) written to ``out``."""
    text.register_fonts()
    sizes = LARGE if large_print else NORMAL
    out = Path(out)
    doc = _Booklet(str(out), A4 if large_print else A5, TEXTS[lang]["title"], sizes.body)
    writer = _Writer(lang, sizes, doc.width)
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc", fontName=text.REGULAR, fontSize=sizes.body + 1,
                                      leading=(sizes.body + 1) * 1.6)]
    doc.multiBuild(_story(book, writer, toc))
    return out
