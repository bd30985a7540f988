"""The residents' handbook is made from the data (services/communication/handbook.py)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from borgo_desktop.errors import UserError
from borgo_desktop.services.communication import handbook


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_italian_handbook_holds_what_the_data_says(ctx, borgo, tmp_path):
    book = handbook.gather(ctx)
    path = handbook.write(ctx, "it", tmp_path / "manuale.pdf")
    text = _text(path)
    assert len(PdfReader(path).pages) >= 3
    for number in ("112", "115", "118"):
        assert number in text
    if book.office.hours:
        assert book.office.hours.split()[0] in text
    for space in book.spaces[:2]:
        assert space.name in text
    for service in book.services[:2]:
        assert service.name in text
    assert "Indice" in text or "Sommario" in text


def test_other_languages_and_large_print(ctx, borgo, tmp_path):
    for lang in ("en", "fr", "es", "ar"):
        path = handbook.write(ctx, lang, tmp_path / f"manuale-{lang}.pdf")
        assert "112" in _text(path)
    large = handbook.write(ctx, "it", tmp_path / "grande.pdf", large_print=True)
    assert len(PdfReader(large).pages) >= len(PdfReader(tmp_path / "manuale-en.pdf").pages)


def test_an_unknown_language_is_refused(ctx, borgo, tmp_path):
    with pytest.raises(UserError, match="Lingua non disponibile"):
        handbook.write(ctx, "de", tmp_path / "x.pdf")
