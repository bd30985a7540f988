"""`report verify`: is a package whole and what it says it is?

For a sealed file (envelope.py): the magic line, the canonical header and both SHA-256
fingerprints, without any key; with the Comune's private key, the package inside too.
For the package itself (the ZIP): readable entries (CRC), exactly the expected files, the
manifest valid against the JSON Schema shipped with the program (jsonschema), every file's
SHA-256 and size as the manifest says, and finally the archive rebuilt from its entries
byte for byte, so that any changed byte is found and named by its offset, even in parts of
the ZIP no reader looks at.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jsonschema

from borgo_desktop.errors import UserError
from borgo_desktop.services.reporting import archive, envelope
from borgo_desktop.services.reporting.package import MANIFEST

# Shipped with the program (package data), as the Comune receives it with the format notes.
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "schemas" / "comune_package.schema.json"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    problems: tuple[str, ...]
    sealed: bool
    content_sha256: str | None = None
    period: str | None = None


@cache
def manifest_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _first_difference(a: bytes, b: bytes) -> int:
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return index
    return min(len(a), len(b))


def _entry_at(files: dict[str, bytes], offset: int) -> str:
    """Which entry of the rebuilt archive holds ``offset`` (header or data)."""
    position = 0
    for name in sorted(files):
        size = 30 + len(name.encode()) + len(files[name])
        if offset < position + size:
            return f"nel file {name}"
        position += size
    return "nell'indice dell'archivio"


def verify_content(data: bytes) -> Verdict:
    problems: list[str] = []
    try:
        files = archive.read(data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, UnicodeDecodeError) as exc:
        return Verdict(False, (f"L'archivio è danneggiato o troncato ({exc}).",), False)
    period = None
    try:
        manifest = json.loads(files[MANIFEST].decode("utf-8"))
        jsonschema.validate(manifest, manifest_schema())
        period = manifest["period"]
    except KeyError:
        problems.append("Manca il manifesto (manifest.json).")
        manifest = None
    except (ValueError, UnicodeDecodeError) as exc:
        problems.append(f"Il manifesto non è un JSON leggibile ({exc}).")
        manifest = None
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "radice"
        problems.append(f"Il manifesto non rispetta lo schema ({where}: {exc.message}).")
        manifest = None
    if manifest is not None:
        listed = {f["name"]: f for f in manifest["files"]}
        for name in sorted(set(files) - set(listed) - {MANIFEST}):
            problems.append(f"Il file {name} non è nel manifesto.")
        for name, entry in sorted(listed.items()):
            if name not in files:
                problems.append(f"Manca il file {name} indicato nel manifesto.")
            elif hashlib.sha256(files[name]).hexdigest() != entry["sha256"] \
                    or len(files[name]) != entry["bytes"]:
                problems.append(f"Il file {name} non corrisponde all'impronta SHA-256 del "
                                "manifesto.")
    rebuilt = archive.write(files)
    if rebuilt != data:
        offset = _first_difference(rebuilt, data)
        problems.append(f"L'archivio differisce da quello scritto dal programma al byte "
                        f"{offset} ({_entry_at(files, offset)}).")
    return Verdict(not problems, tuple(problems), False, hashlib.sha256(data).hexdigest(),
                   period)


def verify_file(data: bytes, private_pem: bytes | None = None) -> Verdict:
    """A sealed file or a package ZIP, told apart by their first bytes."""
    if not data.startswith(envelope.MAGIC[:6]):
        return verify_content(data)
    try:
        opened = envelope.open_envelope(data)
    except UserError as exc:
        return Verdict(False, (exc.text,), True)
    if private_pem is None:
        return Verdict(True, (), True, None, opened.header.get("period"))
    try:
        inner = envelope.unseal(data, private_pem)
    except UserError as exc:
        return Verdict(False, (exc.text,), True)
    verdict = verify_content(inner)
    return Verdict(verdict.ok, verdict.problems, True, verdict.content_sha256, verdict.period)
