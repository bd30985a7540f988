"""python -m benchmarks --scale city [--data-dir DIR] [--only NAME ...]"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks import (
    audit_bench, cases_bench, communication_bench, encryption_bench, ledger_bench, list_bench, reporting_bench,
    search_bench, spaces_bench, startup_bench, tickets_bench,
)
from benchmarks.common import DEFAULT_DATA_DIR, RESULTS, ensure_data, log, open_context, summary

GROUPS = ("search", "startup", "list", "tickets", "spaces", "cases", "encryption", "audit",
          "reporting", "ledger", "communication")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description="Misure di prestazione su dati di scala cittadina")
    parser.add_argument("--scale", choices=("city", "demo"), default="city")
    parser.add_argument("--data-dir", type=Path,
                        help="cartella dei dati (predefinita: ./.bench-data/<scala>)")
    parser.add_argument("--only", nargs="+", choices=GROUPS, default=list(GROUPS),
                        help="esegue solo questi gruppi di misure")
    args = parser.parse_args(argv)
    data_dir = args.data_dir or DEFAULT_DATA_DIR / args.scale
    database = ensure_data(data_dir, args.scale)
    ctx = open_context(data_dir)
    try:
        if "search" in args.only:
            search_bench.run(ctx, database)
        if "list" in args.only:
            list_bench.run(ctx, database)
        if "cases" in args.only:
            cases_bench.run(ctx, database)
        if "tickets" in args.only:
            tickets_bench.run(ctx, database)
        if "encryption" in args.only:
            encryption_bench.run(ctx, database)
        if "spaces" in args.only:
            spaces_bench.run(ctx, database)
        if "reporting" in args.only:
            reporting_bench.run(ctx, database)
        if "ledger" in args.only:
            ledger_bench.run(ctx, database)
        if "communication" in args.only:
            communication_bench.run(ctx, database)
    finally:
        ctx.store.close()
    if "audit" in args.only:
        audit_bench.run(data_dir)
    if "startup" in args.only:
        startup_bench.run(data_dir)
    log("")
    log(summary(RESULTS))
    log("Fatto.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
