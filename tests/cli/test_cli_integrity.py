"""`db check` for real (issue 17, item 5): a page of the file overwritten with random bytes
is named, with the way out; `backup create` on the damaged file answers in Italian."""

from __future__ import annotations

import os
import random

from borgo_desktop.services.admin import backups
from borgo_desktop.services.admin.integrity import check_database
from tests.conftest import run_cli

PAGE = 4096


def _damage(path, page: int | None = None) -> int:
    pages = path.stat().st_size // PAGE
    page = page or random.Random(17).randrange(pages // 3, pages - 1)
    with open(path, "r+b") as handle:
        handle.seek(PAGE * page)
        handle.write(os.urandom(PAGE))
    return page + 1  # SQLite numbers pages from 1


def test_db_check_on_a_sound_file_runs_every_check(cli_data, capsys):
    capsys.readouterr()
    assert run_cli(["db", "check", *cli_data.args()]) == 0
    out = capsys.readouterr().out
    assert "pagine cifrate" in out and "integrità rapida" in out and "chiavi esterne" in out
    assert run_cli(["db", "check", "--full", *cli_data.args()]) == 0
    assert "integrità completa" in capsys.readouterr().out


def test_a_page_overwritten_with_random_bytes_is_named_by_db_check(cli_data, capsys):
    assert run_cli(["backup", "create", *cli_data.args("admin")]) == 0
    good = backups.last_good(cli_data.folder / "backups").path
    page = _damage(cli_data.folder / "borgo.sqlite")
    capsys.readouterr()
    assert run_cli(["db", "check", *cli_data.args()]) == 1
    err = capsys.readouterr().err
    assert f"n. {page}" in err and "danneggiat" in err
    assert "backup restore" in err and str(good) in err  # the way out, the copy named
    assert "Traceback" not in err and "HMAC" not in err


def test_backup_create_on_a_damaged_file_answers_in_italian(cli_data, capsys):
    _damage(cli_data.folder / "borgo.sqlite")
    capsys.readouterr()
    assert run_cli(["backup", "create", *cli_data.args("admin")]) == 1
    err = capsys.readouterr().err
    assert "Errore: Il database borgo.sqlite è danneggiato" in err
    assert "backup restore" in err and "logic error" not in err and "Traceback" not in err
    assert not [p for p in (cli_data.folder / "backups").glob("borgo-manual-*")]


def test_foreign_keys_pointing_nowhere_are_named(cli_data):
    ctx = cli_data.context()
    raw = ctx.store.engine.raw_connection()
    try:
        conn = raw.driver_connection  # outside a transaction: the pragma takes effect
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(("INSERT INTO case_assessments (case_id, assessed_on, summary, id, "
                          "created_at, updated_at, created_by, updated_by) VALUES ('nowhere', "
                          "'2026-01-01', '', 'aa', '2026-01-01', '2026-01-01', 'x', 'x')"))
        conn.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()
    report = check_database(ctx.store)
    ctx.store.close()
    assert not report.ok and "case_assessments → cases: 1" in report.problems[0] and "backup restore" in report.way_out
