"""Communication at city scale: one letter to every resident household, through the real
merge batch (``merge.run_batch``: the field check, the streamed recipients, the drawing, the
delivery rows), with progress, pages per second and memory along the way.

Baseline: a bare ReportLab loop in the same run writing the same number of similar pages
(the same fonts, a letterhead form, an address block and about as many lines of text).
Memory: the process's resident set size sampled at every progress report, from the first
tenth of the batch to its end, against the same growth of the bare loop. ReportLab keeps a
document's page streams until ``save()`` (a few KB a page, the bare loop shows it); the goal
is that the engine adds nothing of its own per page (no list of pages, of flowables or of
rows): its growth at most the bare loop's.

The batch's mailing and delivery rows are removed afterwards (the audit entry stays), so the
shared data set does not grow by 27,000 rows a run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete

from benchmarks.common import GOALS, log, result
from borgo_desktop.services.core.context import Context

PAGES_PER_S_GOAL = 400
GOALS.update({
    "communication_city_letters_pages_per_s": ("min", PAGES_PER_S_GOAL),
    "communication_city_letters_growth_mb": ("ratio", 1),
})
TEMPLATE = "BENCH-LETTER"


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _template(ctx: Context) -> None:
    """The demo's welcome letter (five languages, ten fields), saved once in the data set."""
    from borgo_desktop.errors import NotFound
    from borgo_desktop.models.communication import TemplateKind
    from borgo_desktop.seed.demo_communication import WELCOME
    from borgo_desktop.services.communication import templates

    try:
        templates.get_template(ctx, TEMPLATE)
    except NotFound:
        templates.save_template(ctx, templates.TemplateInput(
            TEMPLATE, "Lettera di benvenuto (misure)", TemplateKind.LETTER, texts=WELCOME))


def _bare_reportlab(path: Path, pages: int) -> tuple[float, float]:
    """Seconds for ReportLab alone to write ``pages`` letter-like pages, and how many MB its
    resident set grew from the first tenth of them to the end."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from borgo_desktop.reports.communication.text import BOLD, REGULAR, register_fonts

    register_fonts()
    line = ("Per un guasto, una prenotazione o una domanda può chiamare l'ufficio di borgo "
            "o scrivere")
    started = time.perf_counter()
    c = Canvas(str(path), pagesize=A4, pageCompression=1, invariant=0)
    c.beginForm("head")
    c.rect(0, A4[1] - 24 * mm, A4[0], 24 * mm, stroke=0, fill=1)
    c.setFont(BOLD, 13)
    c.drawString(18 * mm, A4[1] - 11 * mm, "Ufficio di borgo")
    c.endForm()
    tenth = peak = 0.0
    for n in range(pages):
        if n % 100 == 0:
            peak = max(peak, _rss_mb())
            if n <= pages // 10:
                tenth = peak
        c.doForm("head")
        c.setFont(REGULAR, 10.5)
        for k, text in enumerate((f"Famiglia {n}", f"Via De Lemene {n % 90}, int. {n % 40}",
                                  "20151 Milano")):
            c.drawString(112 * mm, A4[1] - 52 * mm - k * 14, text)
        c.setFont(BOLD, 13)
        c.drawString(22 * mm, A4[1] - 100 * mm, "Benvenuti nel borgo")
        c.setFont(REGULAR, 10.5)
        for k in range(12):
            c.drawString(22 * mm, A4[1] - 110 * mm - k * 14.5, f"{line} {n}-{k}")
        c.showPage()
    c.save()
    return time.perf_counter() - started, max(peak, _rss_mb()) - tenth


def _bare_in_own_process(path: Path, pages: int) -> tuple[float, float]:
    """The bare loop in a fresh interpreter, so its memory starts from nothing of ours."""
    code = ("import json, sys; from pathlib import Path; "
            "from benchmarks.communication_bench import _bare_reportlab; "
            "print(json.dumps(_bare_reportlab(Path(sys.argv[1]), int(sys.argv[2]))))")
    done = subprocess.run([sys.executable, "-c", code, str(path), str(pages)], check=True,
                          capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1])
    seconds, growth = json.loads(done.stdout)
    return seconds, growth


def run(ctx: Context, database: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-letters-") as folder:
        _run(ctx, Path(folder))


def _run(ctx: Context, out_dir: Path) -> None:
    from borgo_desktop.models.communication import Delivery, Mailing
    from borgo_desktop.services.communication.merge import BatchRequest, run_batch

    log("Comunicazione (lettera a tutti i nuclei)")
    _template(ctx)
    samples: list[tuple[int, float]] = []
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        samples.append((done, _rss_mb()))
        if done % 2500 < 100 or done == total:
            elapsed = time.perf_counter() - started
            log(f"  {done}/{total} lettere, {done / elapsed:.0f} al secondo, "
                f"{samples[-1][1]:.0f} MB")

    before = _rss_mb()
    mailing = run_batch(ctx, BatchRequest(TEMPLATE, "all"), out_dir / "city_letters.pdf",
                        progress=progress)
    seconds = time.perf_counter() - started
    samples.append((mailing.recipients, _rss_mb()))  # after the delivery rows too
    raw, raw_growth = _bare_in_own_process(out_dir / "bare_reportlab.pdf", mailing.pages)
    ours_rate, raw_rate = mailing.pages / seconds, mailing.pages / raw
    tenth = next(mb for done, mb in samples if done >= samples[-1][0] / 10)
    growth = max(mb for _done, mb in samples) - tenth
    result("communication_city_letters_pages_per_s", ours_rate, "pagine/s", raw_rate)
    result("communication_city_letters_growth_mb", growth, "MB", raw_growth)
    log(f"  {mailing.recipients} lettere, {mailing.pages} pagine in {seconds:.1f} s: "
        f"{ours_rate:.0f} pagine/s (ReportLab da solo {raw_rate:.0f} pagine/s, "
        f"obiettivo ≥ {PAGES_PER_S_GOAL}); memoria {before:.0f} MB → {tenth:.0f} MB al primo "
        f"decimo → {max(mb for _d, mb in samples):.0f} MB al massimo (crescita "
        f"{growth:.1f} MB, ReportLab da solo {raw_growth:.1f} MB); lingue {mailing.languages}")
    with ctx.store.unit_of_work() as session:
        session.execute(delete(Delivery).where(Delivery.mailing_id == mailing.id))
        session.execute(delete(Mailing).where(Mailing.id == mailing.id))
        session.commit()
