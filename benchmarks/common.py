"""Shared pieces: results as JSON lines, percentiles, the data set the benchmarks run on."""

from __future__ import annotations

import json
import math
import statistics
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from borgo_desktop.config import DB_FILENAME
from borgo_desktop.models import Person
from borgo_desktop.services.context import Actor, Context
from borgo_desktop.store import Store

DEFAULT_DATA_DIR = Path(".bench-data")
TODAY = date(2026, 11, 20)  # the seed's reference day: fixed, so runs compare


def result(name: str, value: float, unit: str, baseline: float) -> dict:
    ratio = value / baseline if baseline else None
    line = {"name": name, "value": round(value, 3), "unit": unit,
            "baseline": round(baseline, 3), "ratio": round(ratio, 3) if ratio else None}
    print(json.dumps(line), flush=True)
    return line


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def log(text: str) -> None:
    """Progress goes to stderr: stdout carries only the JSON lines."""
    print(text, file=sys.stderr, flush=True)


def open_context(data_dir: Path) -> Context:
    store = Store.open(f"sqlite:///{(data_dir / DB_FILENAME).resolve()}")
    return Context(store, Actor("benchmark", "manager"), today=lambda: TODAY)


def ensure_data(data_dir: Path, scale: str) -> Path:
    """Build the data set once; later runs reuse the folder. The city build is one
    transaction, so an interrupted one leaves an empty database, which is built again."""
    database = data_dir / DB_FILENAME
    data_dir.mkdir(parents=True, exist_ok=True)
    ctx = open_context(data_dir)
    try:
        with ctx.store.read() as session:
            people = session.scalar(select(func.count()).select_from(Person))
        if people:
            log(f"Dati esistenti: {database} ({people} persone)")
        elif scale == "city":
            from borgo_desktop.seed.city import build_city

            log(f"Creazione dei dati di scala cittadina in {data_dir}")
            build_city(ctx, progress=log)
        else:
            from borgo_desktop.seed.demo import build_demo

            build_demo(ctx)
    finally:
        ctx.store.close()
    return database
