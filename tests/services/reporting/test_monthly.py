"""The monthly report: the dashboard's tiles as charts in a PDF, for managers only."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from borgo_desktop.errors import UserError
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.reporting.dashboard import dashboard
from borgo_desktop.services.reporting.monthly import monthly_report


def test_the_monthly_report_prints_every_tile(demo, tmp_path):
    path = monthly_report(demo, "2026-11", tmp_path / "novembre.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Rapporto mensile – 11/2026" in text
    for tile in dashboard(demo, "2026-11").tiles:
        assert tile.title in text and tile.headline.split(",")[0] in text


def test_a_month_is_required_and_managers_only(demo, tmp_path):
    with pytest.raises(UserError, match="Indicare un mese"):
        monthly_report(demo, "2026-Q4", tmp_path / "x.pdf")
    with pytest.raises(PermissionDenied):
        monthly_report(dataclasses.replace(demo, actor=Actor("d", "front_desk")), "2026-11",
                       tmp_path / "x.pdf")
