"""Rewrite the old import paths of the layout change (issue 10) in any files; idempotent.

    python tools/apply_layout_moves.py                 # every tracked and untracked file of the repo
    python tools/apply_layout_moves.py PATH [PATH ...]  # only these files or folders

The moves are in tools/layout_moves.txt (old dotted name, new dotted name). What it rewrites:

- ``from borgo_desktop.services import audit, ticket_views`` becomes one line per new package
  (``from borgo_desktop.services.core import audit``,
  ``from borgo_desktop.services.tickets import views as ticket_views``): local names are kept;
- ``from borgo_desktop.services.registry_forms import Problems`` and every other dotted name
  (``import a.b``, strings for ``monkeypatch``, preload lists, contracts in pyproject.toml);
- file paths in comments and docs (``services/ticket_views.py``);
- the test support modules (``from support import as_admin`` -> ``from helpers.support ...``).

A module that became a package of the same name (``services.tickets`` -> ``services/tickets/``)
is told apart by what follows it: ``from borgo_desktop.services.tickets import views`` names a
module of the new package and is left alone; ``from borgo_desktop.services.tickets import
create_ticket`` is the old module and becomes ``...tickets.tickets``. Running it twice changes
nothing the second time.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOVES = Path(__file__).with_name("layout_moves.txt")
SUFFIXES = {".py", ".toml", ".md", ".spec", ".txt", ".cfg", ".ini", ".mako"}
SKIP = {MOVES.name, Path(__file__).name, "test_apply_layout_moves.py"}


def read_moves(path: Path = MOVES) -> dict[str, str]:
    moves = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            old, new = line.split()
            moves[old] = new
    return moves


class Rewriter:
    def __init__(self, moves: dict[str, str]):
        self.moves = moves
        self.dotted = {old: new for old, new in moves.items() if "." in old}
        self.bare = {old: new for old, new in moves.items() if "." not in old}  # test helpers
        self.new_names = set()
        for new in moves.values():
            parts = new.split(".")
            self.new_names.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
        # an old module whose name is now a package: told apart by the name that follows
        self.now_packages = {old for old in self.dotted if old in self.new_names}

    def _is_new(self, name: str) -> bool:
        return name in self.new_names and name not in self.dotted

    def _is_new_child(self, package: str, child: str) -> bool:
        return f"{package}.{child}" in self.new_names

    def chain(self, name: str, *, bare_ambiguous: bool = True) -> str:
        """The new spelling of one dotted name (a module, or a module and its attributes)."""
        parts = name.split(".")
        for k in range(len(parts), 0, -1):
            prefix = ".".join(parts[:k])
            if prefix in self.dotted:
                if prefix in self.now_packages:
                    if k < len(parts) and self._is_new_child(prefix, parts[k]):
                        return name  # already the new package's module
                    if k == len(parts) and not bare_ambiguous:
                        return name
                return ".".join([self.dotted[prefix]] + parts[k:])
            if self._is_new(prefix) and k > 1 and prefix.count(".") >= 2:
                return name  # already a new name
        return name

    # -- from X import names --------------------------------------------------------------
    FROM = re.compile(
        r"^(?P<indent>[ \t]*)from[ \t]+(?P<module>[\w.]+)[ \t]+import[ \t]+"
        r"(?P<names>\([^)]*\)|[^\n#]*?(?:\\\n[^\n#]*?)*)(?P<tail>[ \t]*(?:#[^\n]*)?)$",
        re.MULTILINE)

    def _names(self, text: str) -> list[tuple[str, str | None]]:
        text = text.strip()
        if text.startswith("("):
            text = text[1:-1]
        text = re.sub(r"#[^\n]*", "", text).replace("\\\n", " ")
        out = []
        for item in text.split(","):
            item = item.strip()
            if not item:
                continue
            bits = item.split()
            out.append((bits[0], bits[2] if len(bits) == 3 and bits[1] == "as" else None))
        return out

    @staticmethod
    def _join(indent: str, module: str, names: list[tuple[str, str | None]], tail: str) -> str:
        words = [f"{n} as {a}" if a else n for n, a in names]
        line = f"{indent}from {module} import {', '.join(words)}"
        if len(line) + len(tail) <= 99 or len(words) == 1:
            return line + tail
        rows, row = [], ""
        for word in words:  # packed like the rest of the code: 99 columns
            if row and len(indent) + 4 + len(row) + len(word) + 2 > 99:
                rows.append(row)
                row = ""
            row += f"{word}, "
        rows.append(row)
        inner = "".join(f"{indent}    {r.rstrip()}\n" for r in rows)
        return f"{indent}from {module} import (\n{inner}{indent})" + tail

    def _from(self, match: re.Match) -> str:
        indent, module, tail = match["indent"], match["module"], match["tail"]
        if module == "__future__":
            return match[0]
        names = self._names(match["names"])
        if not names or any(n == "*" for n, _ in names):
            return match[0]
        if module in self.bare:
            return self._join(indent, self.bare[module], names, tail)
        if module in self.now_packages and all(self._is_new_child(module, n) for n, _ in names):
            new_module = module  # from borgo_desktop.services.tickets import views: already new
        else:
            new_module = self.chain(module)
        # names that moved on their own: modules (from borgo_desktop.services import audit) and
        # shared helpers (Problems, from registry.forms to core.problems)
        groups: dict[str, list[tuple[str, str | None]]] = {}
        kept = []
        for n, a in names:
            full = f"{new_module}.{n}"
            if full in self.dotted:
                parent, base = self.dotted[full].rsplit(".", 1)
                alias = a or (n if base != n else None)
                groups.setdefault(parent, []).append((base, alias))
            else:
                kept.append((n, a))
        if new_module == module and not groups:
            return match[0]
        if not groups:
            return self._join(indent, new_module, names, tail)
        lines = [self._join(indent, new_module, kept, "")] if kept else []
        lines += [self._join(indent, parent, group, "") for parent, group in groups.items()]
        return "\n".join(lines) + tail

    # -- import X, plain dotted names and paths -------------------------------------------
    def _import_bare(self, text: str) -> str:
        for old, new in self.bare.items():
            parent, base = new.rsplit(".", 1)
            spelled = f"from {parent} import {base}" if base == old else f"import {new} as {old}"
            text = re.sub(rf"^([ \t]*)import[ \t]+{re.escape(old)}\b(?![.\w])",
                          rf"\1{spelled}", text, flags=re.MULTILINE)
        return text

    def _dotted(self, text: str, *, bare_ambiguous: bool) -> str:
        roots = sorted({old.split(".")[0] for old in self.dotted})
        pattern = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, roots))})(?:\.\w+)+")
        return pattern.sub(lambda m: self.chain(m[0], bare_ambiguous=bare_ambiguous), text)

    def _paths(self, text: str) -> str:
        for old, new in sorted(self.dotted.items(), key=lambda kv: -len(kv[0])):
            if not old.startswith("borgo_desktop."):
                continue
            old_rel, new_rel = old.split(".", 1)[1].replace(".", "/"), new.split(".", 1)[1].replace(".", "/")
            text = re.sub(rf"(?<![\w.]){re.escape(old_rel)}\.py\b", f"{new_rel}.py", text)
            if not any(name.startswith(old + ".") for name in self.new_names):  # a package
                text = re.sub(rf"(?<![\w.]){re.escape(old_rel)}/", f"{new_rel}/", text)
        return text

    def rewrite(self, text: str, suffix: str) -> str:
        if suffix == ".py":
            out, last = [], 0
            for match in self.FROM.finditer(text):
                out.append(self._import_bare(self._dotted(text[last:match.start()], bare_ambiguous=True)))
                out.append(self._from(match))
                last = match.end()
            out.append(self._import_bare(self._dotted(text[last:], bare_ambiguous=True)))
            text = "".join(out)
        else:
            text = self._dotted(text, bare_ambiguous=False)
        return self._paths(text)


def files_of(paths: list[str]) -> list[Path]:
    if not paths:
        listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                                cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return [ROOT / p for p in listed.splitlines()]
    found = []
    for p in map(Path, paths):
        found += sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
    return found


def main(argv: list[str]) -> int:
    rewriter = Rewriter(read_moves())
    changed = 0
    for path in files_of(argv):
        if path.suffix not in SUFFIXES or path.name in SKIP or not path.is_file() \
                or ".venv" in path.parts or "migrations" in path.parts and "versions" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        new = rewriter.rewrite(text, path.suffix)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed += 1
            print(path)
    print(f"{changed} file(s) rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
