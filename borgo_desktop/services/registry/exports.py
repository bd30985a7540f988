"""Export of a list (households, persons, units) to .xlsx or .csv, exactly as the window shows it.

Rows come from :func:`services.listing.fetch_page` page by page, so the file holds the same
rows, filters and order as the list on screen. In .xlsx dates and amounts stay real dates
and numbers (formatted the Italian way); in .csv they are Italian text, ';'-separated.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Callable

from borgo_desktop.errors import UserError
from borgo_desktop.exchange.tabular import SheetOut, write_csv, write_xlsx
from borgo_desktop.services.core import audit, listing
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.listing import (
    BOOL, DATE, DECIMAL, ENUM, INSTANT, INT, MONEY, Column,
)
from borgo_desktop.services.core.permissions import require

FORMATS = ("xlsx", "csv")
# Spreadsheets must open in Excel or LibreOffice, so they are written in clear: say so
# wherever one is made (the encrypted database stops at the file it writes).
UNENCRYPTED_EXPORT_NOTE = ("Attenzione: il file esportato NON è cifrato e contiene dati "
                           "personali in chiaro. Salvarlo solo su dischi protetti, non inviarlo "
                           "per e-mail e cancellarlo quando non serve più.")
_XLSX_FORMATS = {DATE: "DD/MM/YYYY", MONEY: '#,##0.00 "€"', DECIMAL: "#,##0.00", INT: "0"}
_WIDTHS = {DATE: 12, MONEY: 14, DECIMAL: 12, INT: 10, BOOL: 10}


def export_rows(ctx: Context, spec_name: str, filters: dict | None, sort: str, descending: bool,
                path: Path, fmt: str | None = None, *,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Write every row of the list to ``path``; returns how many rows were written."""
    spec = listing.SPECS.get(spec_name)
    if spec is None:
        raise UserError("Elenco sconosciuto: {name}.", name=spec_name)
    require(ctx, spec.export_permission)
    path = Path(path)
    fmt = fmt or path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UserError("Formato di esportazione non riconosciuto: {name} (usare .xlsx o .csv).",
                        name=path.name)
    rows = listing.iter_rows(ctx, spec, filters or {}, sort, descending, progress=progress)
    header = [c.label for c in spec.columns]
    if fmt == "csv":
        written = write_csv(path, header, ([csv_value(c, v) for c, v in zip(spec.columns, values)]
                                           for values in rows))
    else:
        written = write_xlsx(path, [SheetOut(
            spec.title, header,
            ([xlsx_value(c, v) for c, v in zip(spec.columns, values)] for values in rows),
            number_formats=[_XLSX_FORMATS.get(c.kind) for c in spec.columns],
            widths=[_WIDTHS.get(c.kind, max(14, len(c.label) + 4)) for c in spec.columns])])
    audit.record_event(ctx, f"export.{spec_name}", "list", spec_name,
                       detail=f"{written} righe, {fmt}, sha256 {audit.file_digest(path)}")
    return written


def xlsx_value(column: Column, value):
    """Dates, numbers and amounts stay typed (the column's number format shows them)."""
    if value is None:
        return None
    if column.kind == MONEY:
        return Decimal(value) / 100
    if column.kind in (BOOL, ENUM, INSTANT) or column.label_of is not None:
        return csv_value(column, value)
    if column.kind in (DATE, INT, DECIMAL):
        return value
    return str(value)


def csv_value(column: Column, value) -> str:
    return listing.display_text(column, value).replace("\xa0", " ")  # Excel reads plain spaces
