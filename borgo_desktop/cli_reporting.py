"""`borgo-desktop report …`: the indicator table of a period, the package for the Comune and
its check.

    borgo-desktop report indicators --period 2026-Q4 [--format text|csv|json] [--out FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR = 0, 1


def add_parser(commands, common) -> None:
    report = commands.add_parser("report", help="indicatori e pacchetto per il Comune")
    common(report, suppress=True)
    report.add_argument("action", choices=("indicators",))
    report.add_argument("--period", help="trimestre (2026-Q4), mese (2026-11) o anno (2026)")
    report.add_argument("--format", choices=("text", "csv", "json"), default="text",
                        help="formato della tabella degli indicatori")
    report.add_argument("--out", type=Path, help="file da scrivere")


def cmd_report(args, open_context) -> int:
    """``open_context`` is cli.open_context (passed in: cli.py imports this module)."""
    from borgo_desktop.errors import UserError

    if not args.period:
        raise UserError("Indicare il periodo con --period (es. 2026-Q4).")
    ctx = open_context(args)
    return _indicators(ctx, args)


def _indicators(ctx, args) -> int:
    from borgo_desktop.services.reporting import tables
    from borgo_desktop.services.reporting.indicators import compute

    table = compute(ctx, args.period)
    if args.format == "text":
        text = tables.as_text(table)
    else:
        text = (tables.as_csv if args.format == "csv" else tables.as_json)(table).decode("utf-8")
    if args.out:
        args.out.write_text(text, encoding="utf-8", newline="")
        print(f"Tabella degli indicatori scritta in {args.out}")
    else:
        sys.stdout.write(text)
    return EXIT_OK
