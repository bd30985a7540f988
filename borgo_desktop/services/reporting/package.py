"""The package of a period for the Comune: what is in it and how it is sealed and logged.

Inside (a ZIP written by archive.py, byte-identical when built twice from the same data):

- ``indicatori.csv`` and ``indicatori.json``: the indicator table (tables.py), small cells
  suppressed;
- ``partecipanti.csv``: the pseudonymised ESF+ micro-data (microdata.py);
- ``partecipanti_indicatori.csv``: the ESF+ common indicators by gender, small cells
  suppressed;
- ``riepilogo.pdf``: the summary signed off by the manager (reports/reporting/summary.py);
- ``manifest.json``: period, office, program and schema versions, the approver, and the
  SHA-256 and size of every other file; valid against the JSON Schema shipped in
  resources/schemas/comune_package.schema.json (verify.py checks it).

The ZIP is then sealed for the Comune's public key (envelope.py). Building is submitting:
the submission log keeps period, who, when, both hashes and what changed since the last
submission of the period; a period already submitted is built again only after it is
reopened with a reason (submissions.py). Only a manager builds; every build is audited.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session

from borgo_desktop import __version__
from borgo_desktop.formatting import fmt_decimal, fmt_money
from borgo_desktop.reports.reporting.summary import SummaryData, write_summary
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import ROLE_LABELS, Permission, require
from borgo_desktop.services.core.settings import read_settings
from borgo_desktop.services.reporting import archive, envelope, keys, microdata, submissions, tables
from borgo_desktop.services.reporting.indicators import SUPPRESSED, Table, compute_in
from borgo_desktop.services.reporting.periods import Period, parse_period

SCHEMA = "borgo-desktop/comune-package"
SCHEMA_VERSION = "1.0"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Content:
    period: Period
    zip_bytes: bytes
    sha256: str
    table: Table
    participants: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class Built:
    path: Path
    content_sha256: str
    file_sha256: str
    participants: int
    corrections: tuple[dict, ...]
    submission_id: object


def pdf_value(row) -> str:
    """A figure as the summary prints it: Italian separators, euros with the sign."""
    if row.value is None:
        return SUPPRESSED
    if row.unit == "euro":
        return fmt_money(round(row.value * 100))
    if isinstance(row.value, float):
        return fmt_decimal(row.value, 1)
    return f"{row.value:,}".replace(",", ".")


def _summary(table: Table, esf_rows, participants: int, settings: dict, approver) -> bytes:
    period = table.period
    rows = tuple((r.code if not r.detail else "",
                  (r.label + (" *" if r.snapshot else "")) if not r.detail else f"– {r.detail}",
                  pdf_value(r), r.unit) for r in table.rows)
    return write_summary(SummaryData(
        str(settings["office.name"]), period.label(), period.code, f"{period.first:%d/%m/%Y}",
        f"{period.last:%d/%m/%Y}", str(settings["reporting.operation_code"]), rows,
        tuple(esf_rows), participants, approver[0], approver[1],
        ("* Situazione al momento della preparazione del pacchetto (nelle tabelle: «al "
         "calcolo»); gli altri indicatori contano quanto avvenuto nel periodo.",)))


def manifest(period: Period, files: dict[str, bytes], settings: dict, approver,
             key_id: str) -> bytes:
    body = {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION,
        "program": "Borgo Desktop", "program_version": __version__,
        "period": period.code, "from": period.first.isoformat(), "to": period.last.isoformat(),
        "office": str(settings["office.name"]),
        "operation_code": str(settings["reporting.operation_code"]),
        "approved_by": {"name": approver[0], "role": approver[1]},
        "pseudonyms": {"algorithm": "HMAC-SHA256", "key_id": key_id},
        "files": [{"name": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                  for name, data in sorted(files.items())],
    }
    return (json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def build_content(session: Session, period: Period, approver: tuple[str, str], *,
                  progress: Callable[[int, int], None] | None = None) -> Content:
    """The package's bytes before sealing (no log, no audit: building blocks and tests)."""
    settings = read_settings(session, "office.name", "reporting.operation_code")
    key = keys.pseudonym_key(session)
    table = compute_in(session, period, progress=progress)
    found = microdata.records(session, period, key)
    esf_rows = microdata.aggregate_rows(found, period)
    files = {
        "indicatori.csv": tables.as_csv(table),
        "indicatori.json": tables.as_json(table),
        "partecipanti.csv": microdata.micro_csv(found, str(settings["reporting.operation_code"])),
        "partecipanti_indicatori.csv": microdata.aggregate_csv(esf_rows),
        "riepilogo.pdf": _summary(table, esf_rows, len(found), settings, approver),
    }
    key_id = hashlib.sha256(b"borgo-pseudonym-key-id" + key).hexdigest()[:16]
    files[MANIFEST] = manifest(period, files, settings, approver, key_id)
    data = archive.write(files)
    return Content(period, data, hashlib.sha256(data).hexdigest(), table, len(found),
                   tuple(sorted(files)))


def approver_of(ctx: Context) -> tuple[str, str]:
    return (ctx.actor.display_name or ctx.actor.username,
            ROLE_LABELS.get(ctx.actor.role, ctx.actor.role))


def build_package(ctx: Context, period: str | Period, out: Path, *,
                  progress: Callable[[int, int], None] | None = None) -> Built:
    """Build, seal, write and log the package of ``period`` (a manager's act)."""
    require(ctx, Permission.REPORT_BUILD)
    chosen = period if isinstance(period, Period) else parse_period(period)
    with ctx.store.read() as session:
        submissions.check_open(session, chosen.code)
        content = build_content(session, chosen, approver_of(ctx), progress=progress)
        sealed = envelope.seal(content.zip_bytes, keys.comune_key(session), chosen.code)
        recipient = str(read_settings(session, "reporting.recipient")["reporting.recipient"])
    out = Path(out)
    out.write_bytes(sealed)
    file_sha = hashlib.sha256(sealed).hexdigest()
    submission_id, corrections = submissions.record(ctx, chosen.code, content, file_sha,
                                                    out.name, recipient)
    return Built(out, content.sha256, file_sha, content.participants, corrections,
                 submission_id)

