"""The layer contract (import-linter) and the rule that Qt stays in ui/ and app.py."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from importlinter import cli

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "borgo_desktop"


def test_import_linter_contracts_hold(monkeypatch):
    monkeypatch.chdir(ROOT)
    # import-linter reconfigures logging and disables every existing logger: put them back.
    loggers = [logging.getLogger(name) for name in logging.root.manager.loggerDict]
    disabled = {logger: logger.disabled for logger in loggers}
    try:
        assert cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
    finally:
        for logger, state in disabled.items():
            logger.disabled = state


def test_no_qt_outside_ui_and_app():
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|qtawesome)", re.MULTILINE)
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("ui/") or relative == "app.py":
            continue
        if pattern.search(path.read_text(encoding="utf-8")):
            offenders.append(relative)
    assert offenders == []


def test_migrations_ship_inside_the_package():
    assert (PACKAGE / "migrations" / "env.py").exists()
    assert list((PACKAGE / "migrations" / "versions").glob("0001_*.py"))
    assert os.path.exists(PACKAGE / "migrations" / "script.py.mako")
