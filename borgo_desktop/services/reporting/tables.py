"""The indicator table as the Comune receives it: CSV and JSON with a fixed column and row
order, no timestamps, so the same data always give the same bytes."""

from __future__ import annotations

import csv
import io
import json

from borgo_desktop.services.reporting.indicators import Table

COLUMNS = ("periodo", "codice", "indicatore", "dettaglio", "unita", "valore", "situazione")


def _records(table: Table) -> list[dict]:
    return [{"periodo": table.period.code, "codice": row.code, "indicatore": row.label,
             "dettaglio": row.detail, "unita": row.unit, "valore": row.shown,
             "situazione": "al calcolo" if row.snapshot else "nel periodo"}
            for row in table.rows]


def as_csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(_records(table))
    return out.getvalue().encode("utf-8")


def as_json(table: Table) -> bytes:
    body = {"periodo": table.period.code, "dal": table.period.first.isoformat(),
            "al": table.period.last.isoformat(), "indicatori": _records(table)}
    return (json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def as_text(table: Table) -> str:
    lines = [f"Indicatori {table.period.label()} ({table.period.first:%d/%m/%Y} – "
             f"{table.period.last:%d/%m/%Y})"]
    for row in table.rows:
        name = f"  {row.detail}" if row.detail else f"{row.code} {row.label}"
        lines.append(f"{name[:60]:<60} {row.shown:>12} {row.unit}")
    return "\n".join(lines) + "\n"
