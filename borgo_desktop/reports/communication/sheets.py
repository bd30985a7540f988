"""One PDF per batch: letters, notices and posters drawn on a ReportLab canvas.

Letters of a batch share the letterhead, drawn once as a form (a PDF XObject) and placed on
every page, so a page costs the few lines that differ. Text is laid out here (text.py wraps
and shapes it), not by Platypus: a city-wide batch prints tens of thousands of pages.
Each letter starts on a new page and :meth:`Sheets.letter` returns its page range.

Fed with plain values (reports sit below services): the service merges the fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from borgo_desktop.reports.communication.text import (
    BOLD, REGULAR, paragraphs, register_fonts, shape, width, wrap,
)

ACCENT = colors.HexColor("#2f5d62")
PAPERS = {"A4": A4, "A3": A3}

# Fixed words of a printed page, per language (the template gives the rest).
WORDS = {
    "it": {"page": "Pagina {n} di {of}", "info": "Per informazioni", "hours": "Orari"},
    "en": {"page": "Page {n} of {of}", "info": "For information", "hours": "Opening hours"},
    "fr": {"page": "Page {n} sur {of}", "info": "Pour tout renseignement", "hours": "Horaires"},
    "es": {"page": "Página {n} de {of}", "info": "Para información", "hours": "Horario"},
    "ar": {"page": "صفحة {n} من {of}", "info": "للاستعلام", "hours": "أوقات الدوام"},
}
RTL_LANGUAGES = frozenset({"ar"})


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str
    hours: str
    phone: str
    email: str
    logo: Path | None = None

    @property
    def contacts(self) -> str:
        return " · ".join(p for p in (self.address, self.phone, self.email) if p)


@dataclass(frozen=True)
class Letter:
    language: str
    title: str
    body: str
    recipient: tuple[str, ...] = ()  # the address block, for the envelope's window
    place_date: str = ""  # "Milano, 25/11/2026"
    reference: str = ""  # small print at the foot: the mailing and the household code


@dataclass(frozen=True)
class Notice:
    """A notice or poster for a board: big title, the place, the text, whom to ask."""
    language: str
    band: str  # "AVVISO AGLI ABITANTI", "LOCANDINA"...
    title: str
    body: str
    place: str = ""  # "Cascina 51 – scala A"
    address: str = ""
    place_date: str = ""
    paper: str = "A4"


@dataclass(frozen=True)
class Sizes:
    body: float
    leading: float
    title: float
    recipient: float


NORMAL = Sizes(body=10.5, leading=14.5, title=13, recipient=10.5)
LARGE = Sizes(body=15, leading=21, title=19, recipient=13)  # large print: 15 pt and more space


class Sheets:
    """A PDF being written; add letters and notices in order, then :meth:`close`."""

    def __init__(self, path: Path, letterhead: Letterhead, *, large_print: bool = False,
                 title: str = "") -> None:
        register_fonts()
        self.path = Path(path)
        self.letterhead = letterhead
        self.sizes = LARGE if large_print else NORMAL
        self.canvas = Canvas(str(self.path), pagesize=A4, pageCompression=1, invariant=0)
        self.canvas.setTitle(title or letterhead.name)
        self.canvas.setAuthor(letterhead.name)
        self.pages = 0
        self._forms: set[str] = set()

    # --- letterhead ------------------------------------------------------------------------

    def _letterhead_form(self, paper: str) -> str:
        name = f"letterhead_{paper}"
        if name in self._forms:
            return name
        c, lh = self.canvas, self.letterhead
        page_w, page_h = PAPERS[paper]
        scale = page_w / A4[0]
        c.beginForm(name)
        c.setFillColor(ACCENT)
        c.rect(0, page_h - 24 * mm * scale, page_w, 24 * mm * scale, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 13 * scale)
        c.drawString(18 * mm, page_h - 11 * mm * scale, lh.name)
        c.setFont(REGULAR, 8 * scale)
        c.drawString(18 * mm, page_h - 17.5 * mm * scale, lh.contacts)
        c.drawRightString(page_w - 18 * mm, page_h - 11 * mm * scale,
                          "Comune di Milano · Abitare in borgo")
        if lh.logo and Path(lh.logo).is_file():
            size = 18 * mm * scale
            c.drawImage(str(lh.logo), page_w - 18 * mm - size, page_h - 23 * mm * scale,
                        width=size, height=size, preserveAspectRatio=True, mask="auto")
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.line(18 * mm, 17 * mm, page_w - 18 * mm, 17 * mm)
        c.setFillColor(colors.grey)
        c.setFont(REGULAR, 7.5 * scale)
        c.drawString(18 * mm, 12.5 * mm, f"{lh.name} · {lh.contacts}")
        if lh.hours:
            c.drawString(18 * mm, 8.5 * mm, f"Orari di apertura: {lh.hours}")
        c.endForm()
        self._forms.add(name)
        return name

    def _new_page(self, paper: str = "A4", letterhead: bool = True) -> None:
        self.canvas.setPageSize(PAPERS[paper])
        if letterhead:
            self.canvas.doForm(self._letterhead_form(paper))

    def _end_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1

    # --- letters ---------------------------------------------------------------------------

    def letter(self, letter: Letter) -> tuple[int, int]:
        """Draw one letter from a new page; returns its first and last page (1-based)."""
        c, s = self.canvas, self.sizes
        rtl = letter.language in RTL_LANGUAGES
        words = WORDS.get(letter.language, WORDS["it"])
        page_w, page_h = A4
        left, right = 22 * mm, page_w - 22 * mm
        text_w = right - left
        top, bottom = page_h - 40 * mm, 26 * mm
        blocks: list[tuple[str, float, tuple[str, ...]]] = [
            (BOLD, s.title, wrap(letter.title, text_w, BOLD, s.title, rtl))]
        blocks += [(REGULAR, s.body, wrap(p, text_w, REGULAR, s.body, rtl))
                   for p in paragraphs(letter.body)]
        # Lay out first (the page count goes in the foot of every page), then draw.
        first_top = page_h - 100 * mm if letter.recipient else page_h - 52 * mm
        pages: list[list[tuple[str, float, float, str]]] = [[]]
        y = first_top
        for index, (font, size, lines) in enumerate(blocks):
            leading = s.leading * size / s.body
            for line in lines:
                if y < bottom:
                    pages.append([])
                    y = top
                pages[-1].append((font, size, y, line))
                y -= leading
            y -= (s.leading * 0.9) if index == 0 else (s.leading * 0.55)
        start = self.pages + 1
        for number, lines in enumerate(pages, 1):
            self._new_page()
            if number == 1:
                self._recipient_block(letter, page_h)
            current = None
            for font, size, y, line in lines:
                if (font, size) != current:
                    c.setFont(font, size)
                    current = (font, size)
                if rtl:
                    c.drawRightString(right, y, line)
                else:
                    c.drawString(left, y, line)
            c.setFont(REGULAR, 7.5)
            c.setFillColor(colors.grey)
            if len(pages) > 1:
                c.drawRightString(right, 21 * mm, shape(
                    words["page"].format(n=number, of=len(pages)), rtl))
            if letter.reference:
                c.drawString(left, 21 * mm, letter.reference)
            c.setFillColor(colors.black)
            self._end_page()
        return start, self.pages

    def _recipient_block(self, letter: Letter, page_h: float) -> None:
        c, s = self.canvas, self.sizes
        x, y = 112 * mm, page_h - 52 * mm  # the window of a DL envelope, on the right
        if letter.recipient:
            c.setFont(REGULAR, s.recipient)
            for line in letter.recipient:
                c.drawString(x, y, line)
                y -= s.recipient * 1.3
        if letter.place_date:
            c.setFont(REGULAR, s.body * 0.9)
            line_y = page_h - (88 if letter.recipient else 40) * mm
            c.drawRightString(A4[0] - 22 * mm, line_y, letter.place_date)

    # --- notices and posters ---------------------------------------------------------------

    def notice(self, notice: Notice) -> tuple[int, int]:
        """A notice or poster on one page of A4 or A3 (the text shrinks to fit)."""
        c = self.canvas
        rtl = notice.language in RTL_LANGUAGES
        words = WORDS.get(notice.language, WORDS["it"])
        page_w, page_h = PAPERS[notice.paper]
        k = page_w / A4[0]  # A3 is A4 scaled by √2
        margin = 20 * mm * k
        text_w = page_w - 2 * margin
        self._new_page(notice.paper, letterhead=False)
        c.setFillColor(ACCENT)
        c.rect(margin, page_h - margin - 18 * mm * k, text_w, 18 * mm * k, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 20 * k)
        c.drawCentredString(page_w / 2, page_h - margin - 12 * mm * k, shape(notice.band, rtl))
        y = page_h - margin - 30 * mm * k
        c.setFillColor(colors.grey)
        for text, size in ((notice.place, 15 * k), (notice.address, 12 * k)):
            if text:
                c.setFont(REGULAR, size)
                c.drawCentredString(page_w / 2, y, text)
                y -= size * 1.4
        y -= 8 * mm * k
        c.setFillColor(ACCENT)
        body_size = 16 * k
        for size in (30 * k, 26 * k, 22 * k):
            title_lines = wrap(notice.title, text_w, BOLD, size, rtl)
            if len(title_lines) <= 3:
                break
        c.setFont(BOLD, size)
        for line in title_lines:
            c.drawCentredString(page_w / 2, y, line)
            y -= size * 1.2
        y -= 6 * mm * k
        c.setFillColor(colors.black)
        footer_top = margin + 45 * mm * k
        blocks = paragraphs(notice.body)
        while True:  # shrink the body until it fits above the office's contacts
            laid = [wrap(p, text_w, REGULAR, body_size, rtl) for p in blocks]
            needed = sum(len(lines) * body_size * 1.4 + body_size * 0.8 for lines in laid)
            if y - needed >= footer_top or body_size <= 9 * k:
                break
            body_size -= 1 * k
        c.setFont(REGULAR, body_size)
        for lines in laid:
            for line in lines:
                c.drawCentredString(page_w / 2, y, line)
                y -= body_size * 1.4
            y -= body_size * 0.8
        lh = self.letterhead
        y = margin + 36 * mm * k
        c.setStrokeColor(ACCENT)
        c.line(margin, y + 8 * mm * k, page_w - margin, y + 8 * mm * k)
        c.setFont(REGULAR, 12 * k)
        c.drawCentredString(page_w / 2, y, shape(words["info"], rtl))
        c.setFont(BOLD, 13 * k)
        c.drawCentredString(page_w / 2, y - 7 * mm * k, lh.name)
        c.setFont(REGULAR, 11 * k)
        c.drawCentredString(page_w / 2, y - 13 * mm * k, lh.contacts)
        if lh.hours:
            c.drawCentredString(page_w / 2, y - 19 * mm * k, f"{shape(words['hours'], rtl)}: {lh.hours}")
        if notice.place_date:
            c.setFont(REGULAR, 10 * k)
            c.drawRightString(page_w - margin, margin, notice.place_date)
        self._end_page()
        return self.pages, self.pages

    def close(self) -> int:
        if self.pages == 0:  # an empty batch still makes a valid file
            self._new_page()
            self._end_page()
        self.canvas.save()
        return self.pages


def write_labels(path: Path, addresses, *, columns: int = 3, rows: int = 8) -> int:
    """An A4 sheet of address labels (3 × 8 of 70 × 37 mm by default) or envelopes' window
    text; returns the number of labels."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    page_w, page_h = A4
    label_w, label_h = page_w / columns, (page_h - 10 * mm) / rows
    count = 0
    for count, lines in enumerate(addresses, 1):
        slot = (count - 1) % (columns * rows)
        if slot == 0 and count > 1:
            canvas.showPage()
        col, row = slot % columns, slot // columns
        x = col * label_w + 6 * mm
        y = page_h - 5 * mm - row * label_h - 10 * mm
        size = 9.5
        for line in lines:
            while width(line, REGULAR, size) > label_w - 10 * mm and size > 6:
                size -= 0.5
        canvas.setFont(REGULAR, size)
        for line in lines:
            canvas.drawString(x, y, line)
            y -= size * 1.3
    canvas.showPage()
    canvas.save()
    return count
