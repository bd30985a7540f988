"""Entry point: the window by default, sub-commands for batch work.

    borgo-desktop [--data-dir DIR] [--database-url URL] [--demo] [--lang it|en]
    borgo-desktop db upgrade|current|check
    borgo-desktop import households FILE [--report R.csv] [--skip-invalid] [--dry-run]
    borgo-desktop import households --template FILE.xlsx
    borgo-desktop export households|persons|units --format xlsx|csv --out FILE
    borgo-desktop export bookings --format xlsx|csv|ics --out FILE
    borgo-desktop seed --scale demo|city [--data-dir DIR]
    borgo-desktop backup create|list|verify FILE|restore FILE
    borgo-desktop audit verify
    borgo-desktop tour --out DIR
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from borgo_desktop import __version__
from borgo_desktop.config import resolve_database_url, resolve_paths
from borgo_desktop.errors import UserError

log = logging.getLogger("borgo_desktop")

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=default,
                        help="cartella dei dati (anche BORGO_DATA_DIR)")
    parser.add_argument("--database-url", default=default,
                        help="database alternativo, es. postgresql+psycopg://... (anche BORGO_DATABASE_URL)")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="apre il database dimostrativo (lo crea se manca)")
    parser.add_argument("--lang", choices=("it", "en"), default=default if suppress else "it",
                        help="lingua dell'interfaccia")
    parser.add_argument("--user", default=default, help="nome utente che esegue il comando")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="borgo-desktop",
                                     description="Borgo Desktop - ufficio di borgo 'Abitare in borgo'")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, suppress=False)
    commands = parser.add_subparsers(dest="command")

    db = commands.add_parser("db", help="schema del database")
    _common(db, suppress=True)
    db.add_argument("action", choices=("upgrade", "current", "check"))

    imp = commands.add_parser("import", help="importa da foglio di calcolo")
    _common(imp, suppress=True)
    imp.add_argument("what", choices=("households",))
    imp.add_argument("file", nargs="?", type=Path)
    imp.add_argument("--template", type=Path, help="scrive un modello vuoto .xlsx e termina")
    imp.add_argument("--report", type=Path, help="scrive le righe non valide in un CSV")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="importa i nuclei validi e salta quelli con righe non valide")
    imp.add_argument("--dry-run", action="store_true", help="controlla soltanto, non scrive nulla")

    exp = commands.add_parser("export", help="esporta un elenco")
    _common(exp, suppress=True)
    exp.add_argument("what", choices=("households", "persons", "units", "bookings"))
    exp.add_argument("--format", choices=("xlsx", "csv", "ics"), default="xlsx",
                     help="ics solo per le prenotazioni")
    exp.add_argument("--out", type=Path, required=True)

    seed = commands.add_parser("seed", help="crea dati dimostrativi o di scala cittadina")
    _common(seed, suppress=True)
    seed.add_argument("--scale", choices=("demo", "city"), default="demo")

    backup = commands.add_parser("backup", help="copie di sicurezza del database SQLite")
    _common(backup, suppress=True)
    backup.add_argument("action", choices=("create", "list", "verify", "restore"))
    backup.add_argument("file", nargs="?", type=Path, help="la copia da verificare o ripristinare")

    audit = commands.add_parser("audit", help="registro delle operazioni")
    _common(audit, suppress=True)
    audit.add_argument("action", choices=("verify",))

    tour = commands.add_parser("tour", help="salva le schermate principali in PNG")
    _common(tour, suppress=True)
    tour.add_argument("--out", type=Path, required=True)
    return parser


def open_context(args, *, migrate: bool = True):
    from borgo_desktop.services.context import Actor, Context
    from borgo_desktop.store import Store

    paths = resolve_paths(args.data_dir, demo=args.demo).ensure()
    _log_to_file(paths.log_dir / "borgo.log")
    url = resolve_database_url(paths, args.database_url)
    store = Store.open(url, backup_dir=paths.backup_dir, migrate=migrate)
    user = args.user or getpass.getuser() or "operatore"
    return Context(store=store, actor=Actor(user, "manager"))


def _log_to_file(path: Path) -> None:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    log.setLevel(logging.INFO)


def _ensure_demo(ctx) -> None:
    from borgo_desktop.seed.demo import build_demo, is_seeded

    if not is_seeded(ctx):
        build_demo(ctx)


def cmd_db(args) -> int:
    from borgo_desktop.store import current_revision, head_revision, schema_drift

    ctx = open_context(args, migrate=args.action == "upgrade")
    if args.action == "upgrade":
        print(f"Database aggiornato alla revisione {current_revision(ctx.store)}.")
        return EXIT_OK
    current = current_revision(ctx.store)
    if args.action == "current":
        print(f"Revisione del database: {current or 'nessuna'} (programma: {head_revision()})")
        return EXIT_OK
    if current != head_revision():
        print(f"Il database è alla revisione {current or 'nessuna'}, il programma alla "
              f"{head_revision()}: eseguire 'borgo-desktop db upgrade'.", file=sys.stderr)
        return EXIT_ERROR
    drift = schema_drift(ctx.store)
    if drift:
        print("Modelli e migrazioni non coincidono:", file=sys.stderr)
        for item in drift:
            print(f"  {item}", file=sys.stderr)
        return EXIT_ERROR
    print("Schema in linea con il programma.")
    return EXIT_OK


def cmd_import(args) -> int:
    from borgo_desktop.exchange.households_sheet import write_template
    from borgo_desktop.services.imports import import_households, write_report_csv

    if args.template:
        write_template(args.template)
        print(f"Modello scritto in {args.template}")
        return EXIT_OK
    if args.file is None:
        print("Indicare il file da importare (oppure --template FILE.xlsx).", file=sys.stderr)
        return EXIT_REFUSED
    ctx = open_context(args)
    report = import_households(ctx, args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    for problem in report.problems:
        where = f"riga {problem.row}" + (f", colonna {problem.column}" if problem.column else "")
        print(f"{where}: {problem.reason}", file=sys.stderr)
    if args.report:
        write_report_csv(report, args.report)
    print(report.summary)
    return EXIT_REFUSED if report.refused else EXIT_OK


def cmd_export(args) -> int:
    from borgo_desktop.services.exports import export_rows

    ctx = open_context(args)
    if args.what == "bookings":
        from borgo_desktop.services.booking_exports import export_bookings

        count = export_bookings(ctx, args.out, args.format)
        what = "eventi esportati" if args.format == "ics" else "righe esportate"
        print(f"{count} {what} in {args.out}")
        return EXIT_OK
    count = export_rows(ctx, args.what, {}, "", False, args.out, fmt=args.format)
    print(f"{count} righe esportate in {args.out}")
    return EXIT_OK


def cmd_seed(args) -> int:
    ctx = open_context(args)
    if args.scale == "demo":
        from borgo_desktop.seed.demo import build_demo

        build_demo(ctx)
    else:
        from borgo_desktop.seed.city import build_city

        build_city(ctx, progress=lambda text: print(text, flush=True))
    print("Dati creati.")
    return EXIT_OK


def cmd_backup(args) -> int:
    from borgo_desktop.services import backups

    paths = resolve_paths(args.data_dir, demo=args.demo).ensure()
    if args.action != "verify":
        print(backups.UNENCRYPTED_NOTE, file=sys.stderr)
    if args.action == "list":
        for info in backups.list_backups(paths.backup_dir):
            print(f"{info.created_at:%Y-%m-%d %H:%M} UTC  {info.kind:<14} {info.size:>12,} B  {info.path}")
        return EXIT_OK
    if args.action in ("verify", "restore") and args.file is None:
        print("Indicare il file della copia.", file=sys.stderr)
        return EXIT_ERROR
    if args.action == "verify":
        ok, message = backups.verify_backup(args.file)
        print(message)
        return EXIT_OK if ok else EXIT_ERROR
    if args.action == "restore":
        # Done before the store is opened: nothing holds the file while it is replaced.
        kept = backups.restore_backup(paths.database_file, args.file, paths.backup_dir)
        print("Copia ripristinata." + (f" Il database precedente è conservato in {kept}."
                                       if kept else ""))
        return EXIT_OK
    ctx = open_context(args)
    try:
        info = backups.create_backup(ctx.store, paths.backup_dir, "manual")
    finally:
        ctx.store.close()  # a restore right after must find the file free
    print(f"Copia creata: {info.path}")
    return EXIT_OK


def cmd_audit(args) -> int:
    from borgo_desktop.services import audit

    result = audit.verify(open_context(args))
    print(result.reason)
    return EXIT_OK if result.ok else EXIT_ERROR


def cmd_tour(args) -> int:
    from borgo_desktop.ui.tour import run_tour

    if not args.data_dir and not args.database_url:
        args.demo = True  # the tour shows the demo data unless told otherwise
    ctx = open_context(args)
    if args.demo:
        _ensure_demo(ctx)
    for path in run_tour(ctx, args.out):
        print(path)
    return EXIT_OK


def auto_backup(ctx, backup_dir: Path, kind: str) -> None:
    """The daily copy (first start of the day) and the copy at exit, then rotation.

    A copy that fails is logged and said, never a reason to refuse to work.
    """
    from borgo_desktop.services import backups
    from borgo_desktop.store import sqlite_path

    if sqlite_path(ctx.store) is None or (kind == "daily" and not backups.backup_due(backup_dir)):
        return
    try:
        backups.create_backup(ctx.store, backup_dir, kind)
        backups.rotate(backup_dir)
    except UserError as exc:
        log.warning("automatic %s backup failed: %s", kind, exc.text)
        print(f"Attenzione: copia di sicurezza non riuscita: {exc.text}", file=sys.stderr)


def cmd_gui(args) -> int:
    import gc

    gc.disable()  # the window collects on its own thread (ui/widgets/collector.py); this also
    from borgo_desktop import app  # spares the collector's passes over the start-up imports

    ctx = open_context(args)
    if args.demo:
        _ensure_demo(ctx)
    backup_dir = resolve_paths(args.data_dir, demo=args.demo).backup_dir
    auto_backup(ctx, backup_dir, "daily")
    code = app.run(ctx, lang=args.lang or "it")
    auto_backup(ctx, backup_dir, "exit")
    return code


COMMANDS = {"db": cmd_db, "import": cmd_import, "export": cmd_export, "seed": cmd_seed,
            "backup": cmd_backup, "audit": cmd_audit, "tour": cmd_tour}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)  # the console shows problems; the log file has the rest
    try:
        return COMMANDS.get(args.command, cmd_gui)(args)
    except UserError as exc:
        print(f"Errore: {exc.text}", file=sys.stderr)
        return EXIT_REFUSED if args.command == "import" else EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
