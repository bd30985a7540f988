"""`borgo-desktop report …` (also `borgo-desktop comune …`): the indicator table of a period,
the package for the Comune, its check, the keys and the submission log.

    borgo-desktop report indicators --period 2026-Q4 [--format text|csv|json] [--out FILE]
    borgo-desktop report indicators-import FILE.csv [--dry-run]    (responsabile)
    borgo-desktop report package --period 2026-Q4 --out FILE        (responsabile)
    borgo-desktop report verify FILE [--private-key COMUNE.pem]     (nessun accesso ai dati)
    borgo-desktop report reopen --period 2026-Q4 --reason "..."     (responsabile)
    borgo-desktop report log [--period 2026-Q4]
    borgo-desktop report keys [--new-pseudonym-key] [--comune-key FILE.pem]  (amministratore)
    borgo-desktop report monthly --month 2026-11 --out FILE.pdf [--building DL51]
"""

from __future__ import annotations

import sys
from pathlib import Path

from borgo_desktop.errors import UserError

EXIT_OK, EXIT_ERROR = 0, 1
ACTIONS = ("indicators", "indicators-import", "package", "verify", "reopen", "log", "keys", "monthly")


def add_parser(commands, common) -> None:
    report = commands.add_parser("report", aliases=["comune"],
                                 help="indicatori e pacchetto per il Comune")
    common(report, suppress=True)
    report.add_argument("action", choices=ACTIONS)
    report.add_argument("file", nargs="?", type=Path,
                        help="il pacchetto da verificare (verify) o l'elenco degli indicatori del "
                             "Comune, CSV o .xlsx (indicators-import)")
    report.add_argument("--dry-run", action="store_true",
                        help="controlla l'elenco degli indicatori senza scrivere nulla")
    report.add_argument("--period", help="trimestre (2026-Q4), mese (2026-11) o anno (2026)")
    report.add_argument("--format", choices=("text", "csv", "json"), default="text",
                        help="formato della tabella degli indicatori")
    report.add_argument("--out", type=Path, help="file da scrivere")
    report.add_argument("--reason", help="motivo della riapertura di un periodo (reopen)")
    report.add_argument("--private-key", type=Path,
                        help="chiave privata del Comune (PEM) per verificare anche il contenuto")
    report.add_argument("--new-pseudonym-key", action="store_true",
                        help="crea la chiave dei pseudonimi (una volta sola)")
    report.add_argument("--comune-key", type=Path, help="chiave pubblica del Comune (PEM)")
    report.add_argument("--month", help="mese del rapporto mensile (2026-11)")
    report.add_argument("--building", help="codice dell'edificio (rapporto mensile)")


def cmd_report(args, open_context) -> int:
    """``open_context`` is cli.open_context (passed in: cli.py imports this module)."""
    if args.action == "verify":
        return _verify(args)
    if args.action in ("indicators", "package", "reopen") and not args.period:
        raise UserError("Indicare il periodo con --period (es. 2026-Q4).")
    ctx = open_context(args)
    return {"indicators": _indicators, "indicators-import": _indicators_import, "package": _package, "reopen": _reopen, "log": _log,
            "keys": _keys, "monthly": _monthly}[args.action](ctx, args)


def _monthly(ctx, args) -> int:
    from borgo_desktop.services.reporting.monthly import monthly_report

    if not (args.month and args.out):
        raise UserError("Indicare il mese con --month (es. 2026-11) e il file con --out.")
    print(f"Rapporto mensile scritto in {monthly_report(ctx, args.month, args.out, args.building)}")
    return EXIT_OK


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


def _indicators_import(ctx, args) -> int:
    from borgo_desktop.services.reporting.indicator_import import import_indicators

    if args.file is None:
        raise UserError("Indicare il file con l'elenco degli indicatori del Comune.")
    report = import_indicators(ctx, args.file, dry_run=args.dry_run)
    for problem in report.problems:
        column = f", colonna «{problem.column}»" if problem.column else ""
        print(f"riga {problem.row}{column}: {problem.reason}", file=sys.stderr)
    print(report.summary)
    return EXIT_ERROR if report.refused else EXIT_OK


def _package(ctx, args) -> int:
    from borgo_desktop.services.reporting.package import build_package

    if not args.out:
        raise UserError("Indicare il file del pacchetto con --out.")
    built = build_package(ctx, args.period, args.out)
    print(f"Pacchetto {args.period} scritto in {built.path} (cifrato per il Comune).")
    print(f"  contenuto SHA-256: {built.content_sha256}")
    print(f"  file SHA-256:      {built.file_sha256}")
    print(f"  partecipanti: {built.participants}; correzioni rispetto all'ultimo invio: "
          f"{len(built.corrections)}")
    for item in built.corrections:
        print(f"    {item['indicatore']} {item['dettaglio']}: {item['prima'] or '—'} → "
              f"{item['ora'] or '—'}")
    return EXIT_OK


def _verify(args) -> int:
    from borgo_desktop.services.reporting.verify import verify_file

    if args.file is None:
        raise UserError("Indicare il file del pacchetto da verificare.")
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserError("Il file {file} non si legge: {error}.", file=args.file,
                        error=exc.strerror or exc) from exc
    private = args.private_key.read_bytes() if args.private_key else None
    verdict = verify_file(data, private)
    for problem in verdict.problems:
        print(problem, file=sys.stderr)
    if not verdict.ok:
        print("Pacchetto NON integro.")
        return EXIT_ERROR
    what = "sigillato" if verdict.sealed else "in chiaro"
    inside = " e contenuto verificati" if verdict.content_sha256 else \
        " (contenuto non verificato: serve la chiave privata del Comune)"
    print(f"Pacchetto {what} integro: periodo {verdict.period}; involucro{inside}.")
    return EXIT_OK


def _reopen(ctx, args) -> int:
    from borgo_desktop.services.reporting.submissions import reopen

    reopen(ctx, args.period, args.reason or "")
    print(f"Periodo {args.period} riaperto: il prossimo pacchetto sarà un nuovo invio.")
    return EXIT_OK


def _log(ctx, args) -> int:
    from borgo_desktop.services.reporting.submissions import log

    for s in log(ctx, args.period):
        print(f"{s.period}  {s.status.label:<8} {s.at:%Y-%m-%d %H:%M} UTC  {s.by:<12} "
              f"{s.content_sha256[:16]}…  {len(s.corrections)} correzioni  {s.file_name}")
        for reason in s.reopen_reasons:
            print(f"    riaperto: {reason}")
    return EXIT_OK


def _keys(ctx, args) -> int:
    from borgo_desktop.services.reporting import keys

    if args.new_pseudonym_key:
        keys.make_pseudonym_key(ctx)
        print("Chiave dei pseudonimi creata (conservata nel database cifrato e nelle copie).")
    if args.comune_key:
        print(f"Chiave del Comune impostata; impronta SHA-256: "
              f"{keys.set_comune_key(ctx, args.comune_key.read_text(encoding='ascii'))}")
    pseudo, comune = keys.key_status(ctx)
    print(f"Chiave dei pseudonimi: {'presente' if pseudo else 'mancante'}; chiave del Comune: "
          f"{comune or 'mancante'}")
    return EXIT_OK
