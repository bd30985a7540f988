"""Reading and writing tables as .xlsx (openpyxl) or .csv, with no knowledge of their meaning.

Reading gives the rows with the numbers a spreadsheet shows (first row = 1), so problems can be
reported where the user will look for them. Anything that is not a readable table becomes a
:class:`UserError` with an Italian message. Writing goes to a temporary file that replaces the
target only when complete: a failed export never leaves half a file behind.
"""

from __future__ import annotations

import csv
import errno
import io
import logging
import os
import re
import tempfile
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from borgo_desktop.errors import UserError

log = logging.getLogger(__name__)

XLSX_SUFFIXES = (".xlsx", ".xlsm")
MAX_ROW = 1_048_576  # Excel's last row
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old binary .xls (and .doc)
_DELIMITERS = (";", ",", "\t")
# Text that Excel would run as a formula when it opens a CSV (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"[+\-]?[0-9 ()/\-]+")


@dataclass(frozen=True)
class Table:
    """The first sheet of a file: its header row and the non-blank rows below it."""

    header_row: int
    header: tuple[str, ...]
    rows: list[tuple[int, tuple]] = field(default_factory=list)  # (row number, cell values)


READABLE_SUFFIXES = (".csv", *XLSX_SUFFIXES)
# A workbook bigger than this once unzipped is refused before openpyxl reads it (a zip bomb:
# half a megabyte that unzips to gigabytes).
MAX_UNZIPPED = 200 * 1024 * 1024
_OS_REASONS = {errno.ENOENT: "il file non esiste.", errno.EISDIR: "è una cartella, non un file.",
               errno.EACCES: "non si ha il permesso di leggerlo.",
               errno.EPERM: "non si ha il permesso di leggerlo."}


def read_table(path: Path) -> Table:
    path = Path(path)
    if path.suffix.lower() not in READABLE_SUFFIXES:
        raise UserError("Il file {name} non è un foglio di calcolo: si possono importare solo "
                        "file .xlsx o .csv.", name=path.name)
    try:
        with path.open("rb") as stream:
            raw_head = stream.read(8)
    except OSError as exc:
        raise UserError("Impossibile aprire il file {name}: {reason}", name=path.name,
                        reason=_OS_REASONS.get(exc.errno, "il sistema non lo consente.")
                        ) from None
    if raw_head.startswith(_OLE_MAGIC):
        raise UserError("Il file {name} è nel vecchio formato Excel .xls: salvarlo come .xlsx "
                        "(Excel: File > Salva con nome) e riprovare.", name=path.name)
    if raw_head.startswith(_ZIP_MAGIC):
        return _table_of(path, _xlsx_rows(path))
    if path.suffix.lower() in XLSX_SUFFIXES:
        raise UserError("Il file {name} non è un foglio Excel .xlsx valido.", name=path.name)
    return _table_of(path, _csv_rows(path))


def _blank(values: Sequence) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _table_of(path: Path, numbered: Iterable[tuple[int, tuple]]) -> Table:
    header_row, header, rows = 0, (), []
    for number, values in numbered:
        if _blank(values):
            continue
        if not header_row:
            header_row = number
            header = tuple("" if v is None else " ".join(str(v).split()) for v in values)
        else:
            rows.append((number, tuple(values)))
    if not header_row:
        raise UserError("Il file {name} è vuoto: non contiene né intestazione né righe.",
                        name=path.name)
    return Table(header_row, header, rows)


def _xlsx_rows(path: Path) -> list[tuple[int, tuple]]:
    _refuse_zip_bomb(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types on a damaged or foreign zip
        log.info("not a workbook: %s (%r)", path, exc)
        raise UserError("Il file {name} non è un foglio Excel .xlsx leggibile.",
                        name=path.name) from None
    try:
        if not book.worksheets:
            return []
        # read_only mode fills the gaps with empty rows, so enumerate gives the row number.
        return list(enumerate(book.worksheets[0].iter_rows(values_only=True), start=1))
    finally:
        book.close()


def _refuse_zip_bomb(path: Path) -> None:
    """Refuse, before unzipping anything, a workbook whose parts would unzip too large."""
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError("Il file {name} non è un foglio Excel .xlsx leggibile.",
                        name=path.name) from None
    if unzipped > MAX_UNZIPPED:
        raise UserError("Il file {name} una volta aperto occuperebbe {size} MB: è troppo grande "
                        "(o costruito per bloccare il programma) e non viene letto.",
                        name=path.name, size=unzipped // (1024 * 1024))


def _decode(name: str, raw: bytes) -> str:
    """UTF-8 (with or without BOM), or all of it Windows-1252; a file mixing the two (rows
    pasted from another file) is refused naming the rows in the other encoding."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines = raw.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    foreign, utf8_words = [], False
    for number, line in enumerate(lines, start=1):
        try:
            utf8_words |= not line.isascii() and bool(line.decode("utf-8"))
        except UnicodeDecodeError:
            foreign.append(number)
    if utf8_words:
        shown = ", ".join(map(str, foreign[:10])) + (" …" if len(foreign) > 10 else "")
        raise UserError("Il file {name} mescola due codifiche dei caratteri: le righe {rows} non "
                        "sono in UTF-8 come le altre (i nomi con accenti verrebbero storpiati). "
                        "Correggerle e salvare il file come «CSV UTF-8».", name=name, rows=shown)
    try:
        return raw.decode("cp1252")  # what Excel for Windows writes by default
    except UnicodeDecodeError:
        raise UserError("Codifica dei caratteri del file {name} non riconosciuta: salvarlo "
                        "come «CSV UTF-8».", name=name) from None


def _csv_rows(path: Path) -> list[tuple[int, tuple]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:65536] or raw.startswith(b"%PDF"):
        raise UserError("Il file {name} non è un foglio di calcolo: usare un file .xlsx o .csv.",
                        name=path.name)
    text = _decode(path.name, raw)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(_DELIMITERS, key=first.count)  # ';' wins ties: Excel in Italian uses it
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(number, tuple(values)) for number, values in enumerate(reader, start=1)]
    except csv.Error as exc:
        log.info("unreadable CSV %s: %s", path, exc)
        reason = ("una cella è troppo lunga (più di {limit} caratteri): forse manca una "
                  "virgoletta di chiusura." if "field limit" in str(exc)
                  else "il testo non è diviso in colonne come un CSV.")
        raise UserError("Il file CSV {name} non è leggibile: {reason}", name=path.name,
                        reason=UserError(reason, limit=csv.field_size_limit()).text) from None


# --- writing -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetOut:
    """A sheet to write: ``number_formats`` and ``widths`` are per column (None = default)."""

    title: str
    header: Sequence[str]
    rows: Iterable[Sequence]
    number_formats: Sequence[str | None] = ()
    widths: Sequence[float | None] = ()
    choices: Sequence[Sequence[str] | None] = ()  # drop-down lists offered for empty sheets
    autofilter: bool = True
    wrap: bool = False  # long texts (instructions) wrap inside their column


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling of ``path`` that replaces it once fully written."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError("La cartella {folder} non esiste.", folder=str(path.parent))
    temp = ""
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".~", suffix=path.suffix)
        os.close(handle)
        yield Path(temp)
        os.replace(temp, path)
    except PermissionError:
        raise UserError("Impossibile scrivere {name}: il file è aperto in un altro programma "
                        "o la cartella è protetta.", name=path.name) from None
    except OSError as exc:  # disk full, a folder with the file's name...
        raise UserError("Impossibile scrivere {name}: {reason}", name=path.name,
                        reason=exc.strerror or str(exc)) from None
    finally:
        if temp and os.path.exists(temp):
            os.remove(temp)


replacing = _replacing  # shared with the other file writers (exchange/ical.py)


def write_xlsx(path: Path, sheets: Sequence[SheetOut]) -> int:
    """Write the sheets (streaming, so large lists fit); returns the first sheet's row count."""
    counts = []
    with _replacing(path) as temp:
        book = openpyxl.Workbook(write_only=True)
        for sheet in sheets:
            counts.append(_write_sheet(book, sheet))
        book.save(temp)
    return counts[0] if counts else 0


def _write_sheet(book, sheet: SheetOut) -> int:
    ws = book.create_sheet(sheet.title[:31])
    for index, width in enumerate(sheet.widths, start=1):
        if width:
            ws.column_dimensions[get_column_letter(index)].width = width
    for index, number_format in enumerate(sheet.number_formats, start=1):
        if number_format:  # also for the cells a user will type in
            ws.column_dimensions[get_column_letter(index)].number_format = number_format
    for index, options in enumerate(sheet.choices, start=1):
        if options:
            rule = DataValidation(type="list", formula1='"' + ",".join(options) + '"',
                                  allow_blank=True)
            column = get_column_letter(index)
            rule.add(f"{column}2:{column}{MAX_ROW}")
            ws.data_validations.append(rule)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    ws.append([_cell(ws, label, None, bold) for label in sheet.header])
    formats = list(sheet.number_formats) + [None] * (len(sheet.header) - len(sheet.number_formats))
    wrap = Alignment(wrap_text=True, vertical="top") if sheet.wrap else None
    count = 0
    for values in sheet.rows:
        ws.append([_cell(ws, v, f, alignment=wrap) for v, f in zip(values, formats)])
        count += 1
    if sheet.autofilter and sheet.header:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.header))}{count + 1}"
    return count


def _cell(ws, value, number_format: str | None, font: Font | None = None,
          alignment: Alignment | None = None):
    formula_like = isinstance(value, str) and value.startswith("=")
    styled = font or alignment or (number_format and value is not None)
    if not (styled or formula_like):
        return value  # plain values are much faster to stream than cells
    cell = WriteOnlyCell(ws, value=value)
    if formula_like:
        cell.data_type = "s"  # a value, never a formula
    if number_format and value is not None:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], *,
              delimiter: str = ";", bom: bool = True) -> int:
    """By default ';'-separated UTF-8 with BOM: what Excel in Italian opens with a double click."""
    count = 0
    with _replacing(path) as temp:
        with temp.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
            writer = csv.writer(stream, delimiter=delimiter)
            writer.writerow(header)
            for values in rows:
                writer.writerow([csv_safe(v) for v in values])
                count += 1
    return count


def csv_safe(value):
    """Neutralise text Excel would run as a formula; phone numbers (+39 02...) stay as typed."""
    if (isinstance(value, str) and value.startswith(_FORMULA_START)
            and not _PHONE_LIKE.fullmatch(value)):
        return "'" + value
    return value
