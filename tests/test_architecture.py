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


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_the_cycle_finder_finds_cycles():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def _graph():
    import grimp

    return grimp.build_graph("borgo_desktop", cache_dir=None)


def test_no_import_cycle_between_modules():
    # Every import counts, those inside functions too: grimp reads them all.
    graph = _graph()
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert _cycles(edges) == []


def test_no_import_cycle_between_the_areas_of_a_layer():
    # services/<area>/, ui/<area>/ and the reports: an area may use another, never both ways.
    graph = _graph()
    for layer in ("borgo_desktop.services", "borgo_desktop.ui", "borgo_desktop.reports",
                  "borgo_desktop.models", "borgo_desktop"):
        areas = graph.find_children(layer)

        def area_of(module: str) -> str | None:
            for area in areas:
                if module == area or module.startswith(area + "."):
                    return area
            return None

        edges: dict[str, set[str]] = {area: set() for area in areas}
        for module in graph.modules:
            source = area_of(module)
            if source is None:
                continue
            for imported in graph.find_modules_directly_imported_by(module):
                target = area_of(imported)
                if target is not None and target != source:
                    edges[source].add(target)
        assert _cycles(edges) == [], layer
