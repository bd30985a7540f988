"""Regenerate the English translation of the window: borgo_en.ts and the compiled borgo_en.qm.

    python tools/update_translations.py           # update the .ts and compile the .qm
    python tools/update_translations.py --check   # change nothing; exit 1 if an entry is
                                                  # untranslated or the committed files are stale

1. ``pyside6-lupdate`` over the window's sources (``self.tr``, ``translate``,
   ``QT_TRANSLATE_NOOP``), keeping the translations already in the .ts.
2. The words the window translates through fixed contexts but lupdate cannot see, because
   the services own them (see ui/widgets/texts.py): enum labels (``Vocabulary``), list and
   column titles (``Listing``), message templates of ``UserError`` and of every helper taking
   a ``template`` (``UserError``), found with ``ast`` in services/, identifiers.py, exchange/
   and ui/.
3. English from tools/translations_en.py (authoritative); a translation only the .ts has
   (typed in Qt Linguist) is kept. What is left is reported and marked unfinished.
4. ``pyside6-lrelease`` compiles the .qm that app.install_translators loads.

Run it with the project's venv Python: the Qt tools are taken from next to it.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "borgo_desktop"
TS = PACKAGE / "resources" / "translations" / "borgo_en.ts"
QM = TS.with_suffix(".qm")
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]  # borgo_desktop, and the dictionary

import translations_en


def ui_sources() -> list[Path]:
    return [PACKAGE / "app.py", *sorted((PACKAGE / "ui").rglob("*.py"))]


def error_sources() -> list[Path]:
    """Where UserError templates are written (errors.py defines the template-takers)."""
    return [PACKAGE / "errors.py", PACKAGE / "store.py", *sorted((PACKAGE / "services").rglob("*.py")),
            PACKAGE / "identifiers.py", *sorted((PACKAGE / "exchange").glob("*.py")),
            *ui_sources()]


def qt_tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found next to {sys.executable} nor on PATH (it comes with PySide6)")
    return found


# --- the words lupdate cannot see --------------------------------------------------------

def vocabulary() -> list[str]:
    # The no-category row of the allocation board and pipeline reads like an enum label.
    from borgo_desktop.models import enums
    from borgo_desktop.services.allocation.views import NO_CATEGORY_LABEL

    labels, pending = [], list(enums.Labelled.__subclasses__())
    while pending:
        cls = pending.pop(0)
        labels += [member.label for member in cls]
        pending += cls.__subclasses__()
    from borgo_desktop.services.core.audit_labels import words as audit_words

    return [*labels, NO_CATEGORY_LABEL, *audit_words()]


def listing_titles() -> list[str]:
    from borgo_desktop.services.core import listing
    import borgo_desktop.services.violations  # noqa: F401 - its package adds its list

    words = []
    for spec in listing.SPECS.values():
        words += [spec.title, *(column.label for column in spec.columns)]
    return words


def _params(args: ast.arguments, method: bool) -> list[str]:
    names = [a.arg for a in args.posonlyargs + args.args]
    return names[1:] if method else names


def _takers(trees: list[ast.Module]) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """Callables taking a message template (name -> positions), and callables passing one of
    their own arguments on as a template parameter (e.g. ``get_or_fail(..., what)``)."""
    templates: dict[str, set[int]] = {"UserError": {0}}
    params: dict[str, set[int]] = {}
    classes = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    methods = {id(f) for c in classes for f in c.body if isinstance(f, ast.FunctionDef)}
    functions = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.FunctionDef)]
    for function in functions:
        names = _params(function.args, id(function) in methods)
        if "template" in names and function.name != "__init__":
            templates.setdefault(function.name, set()).add(names.index("template"))
    for _ in range(3):  # subclasses inherit their base's constructor: a few rounds settle it
        for cls in classes:
            init = next((f for f in cls.body if isinstance(f, ast.FunctionDef)
                         and f.name == "__init__"), None)
            if init is not None:
                names = _params(init.args, True)
                if "template" in names:
                    templates[cls.name] = {names.index("template")}
            else:
                for base in cls.bases:
                    if isinstance(base, ast.Name) and base.id in templates:
                        templates[cls.name] = templates[base.id]
    for function in functions:
        names = _params(function.args, id(function) in methods)
        for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
            if _name(call) in templates:
                for keyword in call.keywords:  # field= names a form field, not a word
                    if (keyword.arg != "field" and isinstance(keyword.value, ast.Name)
                            and keyword.value.id in names):
                        params.setdefault(function.name, set()).add(
                            names.index(keyword.value.id))
    return templates, params


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _text(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def error_words() -> tuple[list[str], list[str]]:
    """(templates, parameter words): the literal texts an error message is made of."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in error_sources()]
    templates_at, params_at = _takers(trees)
    templates, suffixes, words = [], [], []
    for call in (n for t in trees for n in ast.walk(t) if isinstance(n, ast.Call)):
        name = _name(call)
        for position in templates_at.get(name, ()):
            arg = call.args[position] if len(call.args) > position else None
            arg = arg or next((k.value for k in call.keywords if k.arg == "template"), None)
            if _text(arg) is not None:
                templates.append(_text(arg))
                words += [_text(k.value) for k in call.keywords
                          if k.arg not in ("field", "template") and _text(k.value)]
            elif (isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add)
                  and isinstance(arg.left, ast.Attribute) and arg.left.attr == "template"
                  and _text(arg.right)):
                suffixes.append(_text(arg.right))  # another error's template + a literal
        for position in params_at.get(name, ()):
            if len(call.args) > position and _text(call.args[position]):
                words.append(_text(call.args[position]))
    # The one composed template: a tax-code mismatch (it quotes what the code says, {decoded})
    # with the request to correct or confirm it (registry_forms.check_person).
    templates += [t + s for s in suffixes for t in templates if "{decoded}" in t]
    # Words the allocation service picks by stage for {verb} and {hint}.
    from borgo_desktop.services.allocation import allocation

    words += [step.verb for step in allocation.STEPS.values()]
    words += list(allocation.NEXT_HINT.values())
    # The actions a ticket refusal names ({verb}, {allowed}) and the weekdays of the booking
    # messages ({weekday}, {day}, the first word of {when}).
    from borgo_desktop.services.core import recurrence
    from borgo_desktop.services.tickets import tickets

    words += [step.verb for step in tickets.STEPS.values()] + [tickets.NO_ACTION]
    words += list(recurrence.WEEKDAYS)
    # The role and the action a permission refusal names ({role}, {what}).
    from borgo_desktop.services.core import permissions

    words += [*permissions.ROLE_LABELS.values(), *permissions.LABELS.values()]
    return templates, [w for w in words if w not in templates]


# --- the .ts -----------------------------------------------------------------------------

def read_translations(path: Path) -> dict[tuple[str, str], str]:
    """Finished translations of a .ts: (context, source) -> translation."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and not node.get("type"):
                found[(context.findtext("name"), message.findtext("source"))] = node.text
    return found


def add_context(root: ET.Element, name: str, sources: list[str], before: list[str] = ()) -> None:
    """The messages of a context the services own, in the order the committed .ts has them
    (``before``), new ones after: moving a module does not reorder the file."""
    context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    present = {m.findtext("source") for m in context.iter("message")}
    wanted = dict.fromkeys(sources)
    for source in [*(s for s in before if s in wanted), *wanted]:
        if source not in present:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")
            present.add(source)


def fill(root: ET.Element, kept: dict[tuple[str, str], str]) -> list[str]:
    """Put the English in; return what is still without a usable translation."""
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            english = translations_en.english(name, source) or kept.get((name, source))
            why = "untranslated" if not english else flaw(source, english)
            node = message.find("translation")
            node.attrib.clear()
            node.text = english or ""
            if why:
                node.set("type", "unfinished")
                missing.append(f"{why} [{name}] {source!r}")
    return missing


def placeholders(text: str) -> set[str]:
    return {field for _lit, field, _spec, _conv in string.Formatter().parse(text)
            if field is not None}


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def flaw(source: str, english: str) -> str:
    """Why a translation would break the window ('' when it is fine)."""
    try:
        if placeholders(source) != placeholders(english):
            return "placeholders differ"
    except ValueError:  # a lone brace: not a template, compare nothing
        pass
    if accelerators(source) != accelerators(english):
        return "accelerator (&) differs"
    return ""


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, "    ")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="unicode")
        out.write("\n")


def build(folder: Path) -> tuple[Path, Path, list[str]]:
    """The .ts and .qm as they should be, written in ``folder``; and what is untranslated."""
    ts, qm = folder / TS.name, folder / QM.name
    kept = read_translations(TS)
    before: dict[str, list[str]] = {}
    if TS.exists():
        shutil.copyfile(TS, ts)
        for context in ET.parse(TS).getroot().iter("context"):
            before[context.findtext("name")] = [m.findtext("source") for m in context.iter("message")]
    subprocess.run([qt_tool("pyside6-lupdate"), *map(str, ui_sources()), "-no-obsolete",
                    "-locations", "none", "-source-language", "it_IT", "-target-language",
                    "en_GB", "-ts", str(ts)], check=True, cwd=ROOT, capture_output=True)
    tree = ET.parse(ts)
    templates, words = error_words()
    for name, sources in (("Vocabulary", vocabulary()), ("Listing", listing_titles()),
                          ("UserError", templates + words)):
        add_context(tree.getroot(), name, sources, before.get(name, []))
    missing = fill(tree.getroot(), kept)
    write_ts(tree, ts)
    compile_qm(ts, qm)
    return ts, qm, missing


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if untranslated or out of date")
    check = parser.parse_args(argv).check
    with tempfile.TemporaryDirectory() as folder:
        ts, qm, missing = build(Path(folder))
        count = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        stale = [p.name for p, new in ((TS, ts), (QM, qm))
                 if not p.exists() or p.read_bytes() != new.read_bytes()]
        if not check:
            TS.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ts, TS)
            shutil.copyfile(qm, QM)
    for line in missing:
        print(line)
    if check and stale:
        print(f"out of date: {', '.join(stale)} (run tools/update_translations.py)")
    print(f"{count} entries, {len(missing)} untranslated"
          + ("" if check else f"; wrote {TS.relative_to(ROOT)} and {QM.name}"))
    return 1 if missing or (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
