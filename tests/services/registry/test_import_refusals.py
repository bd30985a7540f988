"""Files an import refuses, each with one Italian message and no library English (issue 17,
item 5): mixed encodings, a wrong extension, a folder, a missing file, an endless cell, a zip
bomb."""

from __future__ import annotations

import csv
import zipfile

import pytest

from borgo_desktop.errors import UserError
from borgo_desktop.exchange import tabular
from borgo_desktop.exchange.tabular import read_table

ENGLISH = ("field larger", "Is a directory", "No such file", "Errno", "codec")


def _refusal(path) -> str:
    with pytest.raises(UserError) as refused:
        read_table(path)
    text = refused.value.text
    assert not any(word in text for word in ENGLISH), text
    return text


def test_utf8_with_one_latin1_row_is_refused_naming_the_row(tmp_path):
    path = tmp_path / "nuclei.csv"
    path.write_bytes("cognome;nome\nRossi;Niccolò\n".encode() + "Bianchi;Nicolò\n".encode("latin-1")
                     + "Verdi;Lucía\n".encode())
    text = _refusal(path)
    assert text.startswith("Il file nuclei.csv mescola due codifiche dei caratteri: le righe 3 "
                           "non sono in UTF-8")


def test_a_file_all_in_windows_1252_is_still_read(tmp_path):
    path = tmp_path / "nuclei.csv"
    path.write_bytes("cognome;nome\nBianchi;Nicolò\n".encode("cp1252"))
    assert read_table(path).rows == [(2, ("Bianchi", "Nicolò"))]


@pytest.mark.parametrize("name", ["nuclei.txt", "nuclei", "nuclei.pdf"])
def test_an_unknown_extension_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text("cognome;nome\nRossi;Anna\n")
    assert _refusal(path) == (f"Il file {name} non è un foglio di calcolo: si possono importare "
                              "solo file .xlsx o .csv.")


def test_a_folder_and_a_missing_file(tmp_path):
    (tmp_path / "cartella.csv").mkdir()
    assert _refusal(tmp_path / "cartella.csv").endswith("è una cartella, non un file.")
    assert _refusal(tmp_path / "manca.csv").endswith("il file non esiste.")


def test_an_endless_cell_is_named_in_italian(tmp_path):
    path = tmp_path / "nuclei.csv"
    path.write_text('cognome;nome\nRossi;"' + "a" * (csv.field_size_limit() + 10) + "\n")
    assert "una cella è troppo lunga" in _refusal(path)


def test_a_zip_bomb_is_refused_before_unzipping_with_one_message(tmp_path, monkeypatch):
    path = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (tabular.MAX_UNZIPPED + 1))
    assert path.stat().st_size < 1024 * 1024

    def never(*args, **kwargs):
        raise AssertionError("openpyxl must not unzip a bomb")

    monkeypatch.setattr(tabular.openpyxl, "load_workbook", never)
    text = _refusal(path)
    assert text == ("Il file bomba.xlsx una volta aperto occuperebbe 200 MB: è troppo grande "
                    "(o costruito per bloccare il programma) e non viene letto.")
