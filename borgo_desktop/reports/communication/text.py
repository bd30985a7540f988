"""Fonts and lines of text for every language of the letters.

The fonts are DejaVu Sans (regular and bold, resources/fonts, Bitstream Vera licence beside
them), embedded in every PDF: they cover Italian accents, French, Spanish and Arabic.
Arabic is shaped with arabic-reshaper (the joined letter forms) and put in visual order with
python-bidi; a line of Arabic is drawn from the right margin. Lines are wrapped on the
logical text, then shaped line by line, so a word never breaks in the wrong direction.

Wrapping is cached by (text, width, font, size, direction): the paragraphs of a template
that carry no field are the same for every household and are measured once per batch.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
_registered = False


def register_fonts() -> None:
    """Register the embedded fonts with ReportLab (once per process)."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    _registered = True


def shape(text: str, rtl: bool) -> str:
    """What to draw: Arabic joined and in visual order; other text as it is."""
    if not rtl or not text:
        return text
    return get_display(arabic_reshaper.reshape(text))


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


@lru_cache(maxsize=8192)
def wrap(text: str, max_width: float, font: str, size: float, rtl: bool = False) -> tuple[str, ...]:
    """The lines of one paragraph (``\\n`` forces a break), shaped for drawing."""
    register_fonts()

    def drawn(text: str) -> float:  # Arabic is measured joined, as it is drawn
        return width(shape(text, rtl) if rtl else text, font, size)

    lines: list[str] = []
    for piece in text.split("\n"):
        words = piece.split()
        if not words:
            lines.append("")
            continue
        current = words[0]
        for word in words[1:]:
            candidate = f"{current} {word}"
            if drawn(candidate) <= max_width:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
    out = []
    for line in lines:  # a single word wider than the line is cut by characters
        while " " not in line and len(line) > 1 and drawn(line) > max_width:
            cut = len(line) - 1
            while cut > 1 and drawn(line[:cut]) > max_width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return tuple(shape(line, rtl) for line in out)


def paragraphs(body: str) -> list[str]:
    """A body's paragraphs: separated by a blank line; single line breaks are kept."""
    return [p.strip("\n") for p in body.replace("\r\n", "\n").split("\n\n") if p.strip()]
