"""Entry point: the window by default, sub-commands for batch work.

    borgo-desktop [--data-dir DIR] [--database-url URL] [--demo] [--lang it|en]
    borgo-desktop db upgrade|current|check
    borgo-desktop import households|units FILE [--report R.csv] [--skip-invalid] [--dry-run]
    borgo-desktop import households|units --template FILE.xlsx
    borgo-desktop export households|persons|units|tickets --format xlsx|csv --out FILE
    borgo-desktop export bookings --format xlsx|csv|ics --out FILE
    borgo-desktop seed --scale demo|city [--data-dir DIR]
    borgo-desktop backup create|list|verify FILE|restore FILE
    borgo-desktop audit verify [--backup COPIA] | checkpoint --out F.pdf
    borgo-desktop keys rotate [--reason "..."]
    borgo-desktop users add USERNAME --role ROLE [--name "..."] [--password-stdin]
    borgo-desktop users list | disable USERNAME | enable USERNAME | passwd USERNAME | recover USERNAME
    borgo-desktop privacy report --person CF --out DIR
    borgo-desktop privacy retention [--apply]
    borgo-desktop payments import FILE [--dry-run] [--report OUT.csv]   (cli_ledger.py)
    borgo-desktop ledger charge --period 2026-12 | arrears [--out F.csv] | statement CODE
    borgo-desktop tour --out DIR [--lang en]
    borgo-desktop manual --out manuale.pdf
    borgo-desktop report indicators|package|verify --period 2026-Q4 ... (cli_reporting.py)
    borgo-desktop letters --template CODE --to household:CODE|staircase:DL51-A|all --out FILE.pdf
                          [--large-print] [--field data.evento=...] [--labels LABELS.pdf]
    borgo-desktop comm plan --out FILE.pdf   (the communication plan, by phase and audience)

Every command that touches data logs in: ``--user NAME`` and the password from the
``BORGO_PASSWORD`` environment variable or a prompt. Before any account exists only
``users add`` (the first administrator) runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from borgo_desktop import __version__, cli_ledger, cli_reporting
from borgo_desktop.cli_italian import VERSION, ItalianArgumentParser
from borgo_desktop.config import resolve_paths
from borgo_desktop.cli_checks import check_command_line, server_trouble
from borgo_desktop.errors import UserError
from borgo_desktop.services.core.context import ROLES

log = logging.getLogger("borgo_desktop")

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=default, metavar="CARTELLA",
                        help="cartella dei dati (anche BORGO_DATA_DIR)")
    parser.add_argument("--database-url", default=default, metavar="URL",
                        help="database alternativo, es. postgresql+psycopg://... (anche BORGO_DATABASE_URL)")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="apre il database dimostrativo (lo crea se manca)")
    parser.add_argument("--lang", choices=("it", "en"), default=default if suppress else "it",
                        help="lingua dell'interfaccia")
    parser.add_argument("--user", default=default, metavar="NOME",
                        help="nome utente che esegue il comando")


def _global_parser() -> ItalianArgumentParser:
    parser = ItalianArgumentParser(prog="borgo-desktop",
                                     description="Borgo Desktop - ufficio di borgo 'Abitare in borgo'")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=VERSION)
    _common(parser, suppress=False)
    return parser


class _NotGlobal(Exception):
    pass


def _not_global(message: str):
    raise _NotGlobal(message)


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The window's start has only global options: building every command's parser would
    cost 5 ms before the login window, so it is built when something else is on the line
    (a command, a help, a mistake: the whole parser answers those, with its own words)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not {"-h", "--help"} & set(argv):
        parser = _global_parser()
        parser.error = _not_global  # the whole parser will say it, in its own words
        try:
            args, extra = parser.parse_known_args(argv)
        except _NotGlobal:
            extra = True
        if not extra:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    commands = parser.add_subparsers(dest="command")

    db = commands.add_parser("db", help="schema del database")
    _common(db, suppress=True)
    db.add_argument("action", choices=("upgrade", "current", "check"))
    db.add_argument("--full", action="store_true",
                    help="check: controllo di integrità completo (più lento)")

    imp = commands.add_parser("import", help="importa da foglio di calcolo")
    _common(imp, suppress=True)
    imp.add_argument("what", choices=("households", "units"),
                     help="households: nuclei e componenti; units: alloggi")
    imp.add_argument("file", nargs="?", type=Path)
    imp.add_argument("--template", type=Path, help="scrive un modello vuoto .xlsx e termina")
    imp.add_argument("--report", type=Path, help="scrive le righe non valide in un CSV")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="importa i nuclei (o gli alloggi) validi e salta le righe non valide")
    imp.add_argument("--dry-run", action="store_true", help="controlla soltanto, non scrive nulla")

    exp = commands.add_parser("export", help="esporta un elenco")
    _common(exp, suppress=True)
    exp.add_argument("what", choices=("households", "persons", "units", "tickets", "bookings"))
    exp.add_argument("--format", choices=("xlsx", "csv", "ics"), default="xlsx",
                     help="ics solo per le prenotazioni")
    exp.add_argument("--out", type=Path, required=True)

    seed = commands.add_parser("seed", help="crea dati dimostrativi o di scala cittadina")
    _common(seed, suppress=True)
    seed.add_argument("--scale", choices=("demo", "city"), default="demo")

    backup = commands.add_parser("backup", help="copie di sicurezza del database (SQLite o PostgreSQL)")
    _common(backup, suppress=True)
    backup.add_argument("action", choices=("create", "list", "verify", "restore"))
    backup.add_argument("file", nargs="?", type=Path, help="la copia da verificare o ripristinare")

    audit = commands.add_parser("audit", help="registro delle operazioni")
    _common(audit, suppress=True)
    audit.add_argument("action", choices=("verify", "checkpoint"))
    audit.add_argument("--backup", type=Path, metavar="COPIA",
                       help="verify: controlla anche le ancore del manifesto di questa copia")
    audit.add_argument("--out", type=Path, help="checkpoint: il PDF del foglio da firmare")

    users = commands.add_parser("users", help="utenti: crea, elenca, disattiva, password")
    _common(users, suppress=True)
    users.add_argument("action", choices=("add", "list", "disable", "enable", "passwd", "recover"))
    users.add_argument("username", nargs="?")
    users.add_argument("--role", choices=ROLES, help="ruolo del nuovo utente")
    users.add_argument("--name", help="nome e cognome (predefinito: il nome utente)")
    users.add_argument("--password-stdin", action="store_true",
                       help="legge la nuova password dalla prima riga dell'input standard")

    keys = commands.add_parser("keys", help="chiave del database: cambiarla (rotate)")
    _common(keys, suppress=True)
    keys.add_argument("action", choices=("rotate",))
    keys.add_argument("--reason", metavar="MOTIVO", help="il motivo, per il registro")

    privacy = commands.add_parser("privacy", help="protezione dei dati personali")
    _common(privacy, suppress=True)
    privacy.add_argument("action", choices=("report", "retention"))
    privacy.add_argument("--person", help="codice fiscale della persona (report)")
    privacy.add_argument("--out", type=Path, help="cartella del rapporto (report)")
    privacy.add_argument("--apply", action="store_true",
                         help="rende anonimi i nuclei proposti (retention)")

    manual = commands.add_parser("manual", help="scrive il manuale d'uso in PDF")
    manual.add_argument("--out", type=Path, required=True, help="il file PDF da scrivere")

    letters = commands.add_parser("letters", help="stampa una comunicazione da un modello")
    _common(letters, suppress=True)
    letters.add_argument("--template", required=True, help="codice del modello")
    letters.add_argument("--to", required=True,
                         help="household:CODICE, households:C1,C2, building:DL51, "
                              "staircase:DL51-A, all, group:NOME, event:ID")
    letters.add_argument("--out", type=Path, required=True, help="il PDF del lotto")
    letters.add_argument("--large-print", action="store_true", help="caratteri grandi")
    letters.add_argument("--field", action="append", default=[], metavar="CAMPO=VALORE",
                         help="valore di un campo del lotto, es. data.evento=1/12/2026")
    letters.add_argument("--labels", type=Path, help="scrive anche il foglio di etichette")

    handbook = commands.add_parser("handbook", help="stampa il manuale dei residenti",
                                   conflict_handler="resolve")  # its --lang is the booklet's
    _common(handbook, suppress=True)
    handbook.add_argument("--lang", dest="handbook_lang", default="it",
                          choices=("it", "en", "fr", "es", "ar"), help="lingua del manuale")
    handbook.add_argument("--out", type=Path, required=True, help="il PDF del manuale")
    handbook.add_argument("--large-print", action="store_true", help="caratteri grandi")

    comm = commands.add_parser("comm", help="comunicazione: il piano di comunicazione")
    comm_commands = comm.add_subparsers(dest="comm_command", required=True)
    comm_plan = comm_commands.add_parser("plan", help="stampa il piano di comunicazione in PDF")
    _common(comm_plan, suppress=True)
    comm_plan.add_argument("--out", type=Path, required=True, help="il PDF da scrivere")

    cli_ledger.add_parsers(commands, _common, lambda args: open_context(args))
    cli_reporting.add_parser(commands, _common)

    tour = commands.add_parser("tour", help="salva le schermate principali in PNG")
    _common(tour, suppress=True)
    tour.add_argument("--out", type=Path, required=True)
    return parser


PASSWORD_ENV = "BORGO_PASSWORD"
NO_ACCOUNTS = ("Nessun utente ancora: creare prima l'amministratore con "
               "'borgo-desktop users add NOME --role admin --password-stdin'.")


def open_gate(args):
    """The Gate of the database the options point at (see services/admin/gate.py)."""
    from borgo_desktop.services.admin.gate import Gate

    paths = resolve_paths(args.data_dir, demo=args.demo).ensure()
    _log_to_file(paths.log_dir / "borgo.log")
    gate = Gate.for_paths(paths, args.database_url)
    _OPENED.append(gate)
    return gate


_OPENED: list = []  # gates opened by the running command, closed when it ends


def _login_password(user: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    import getpass

    return getpass.getpass(f"Password di {user}: ")


TEMPORARY = ("La password di {user} è temporanea (data dall'amministratore): cambiarla prima "
             "di ogni altro comando con 'borgo-desktop users passwd {user} --user {user}'.")


def open_context(args, gate=None, *, allow_temporary: bool = False,
                 password: str | None = None):
    """Log in through the Gate (``gate``, or one opened from ``args``): ``--user`` and the
    password (BORGO_PASSWORD or a prompt). The Gate brings the schema to head at every
    opening, with a backup first.

    The demo database is set up on first use with its public accounts (README, "Accounts")
    and opens as the manager unless ``--user`` says otherwise."""
    gate = gate or open_gate(args)
    if args.demo:
        return prepare_demo(gate, args.user)
    if gate.needs_setup():
        raise UserError(NO_ACCOUNTS)
    if not args.user:
        raise UserError("Indicare l'utente con --user NOME; la password si legge da "
                        "BORGO_PASSWORD o viene chiesta.")
    ctx = gate.log_in(args.user, password if password is not None else _login_password(args.user))
    if not allow_temporary:
        from borgo_desktop.services.accounts import accounts

        if accounts.my_account(ctx).must_change_password:
            raise UserError(TEMPORARY, user=ctx.actor.username)
    return ctx


def prepare_demo(gate, user: str | None = None):
    """Make the demo database ready behind ``gate``: on first use set it up (encrypted, like
    real data) with one public account per role and build the demo borgo. Returns the
    context of ``user`` (default: the manager), password from BORGO_PASSWORD or the demo's."""
    from borgo_desktop.seed.demo_accounts import (
        DEMO_ADMIN, DEMO_DEFAULT_USER, DEMO_PASSWORD, add_demo_accounts,
    )

    if gate.needs_setup():
        admin, _recovery = gate.set_up(*DEMO_ADMIN, DEMO_PASSWORD)  # public data: no sheet
        add_demo_accounts(admin)
    manager = gate.log_in(DEMO_DEFAULT_USER, DEMO_PASSWORD)
    _ensure_demo(manager)  # the demo's history goes through the services as a manager
    if user in (None, DEMO_DEFAULT_USER):
        return manager
    return gate.log_in(user, os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD)


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

    ctx = open_context(args)
    if args.action == "upgrade":
        print(f"Database aggiornato alla revisione {current_revision(ctx.store)}.")
        return EXIT_OK
    if args.action == "check":
        from borgo_desktop.services.admin.integrity import check_database

        report = check_database(ctx.store, full=args.full,
                                backup_dir=resolve_paths(args.data_dir, demo=args.demo).backup_dir)
        if not report.ok:
            print(f"Il database è danneggiato (controlli: {', '.join(report.checks)}).",
                  file=sys.stderr)
            for problem in report.problems:
                print(f"  {problem}", file=sys.stderr)
            print(report.way_out, file=sys.stderr)
            return EXIT_ERROR
        print(f"File integro (controlli: {', '.join(report.checks)}).")
    current, head = current_revision(ctx.store), head_revision()
    if args.action == "current":
        print(f"Revisione del database: {current or 'nessuna'} (programma: {head})")
        return EXIT_OK
    if current != head:
        print(f"Il database è alla revisione {current or 'nessuna'}, il programma alla "
              f"{head}: eseguire 'borgo-desktop db upgrade'.", file=sys.stderr)
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
    from borgo_desktop.services.registry.imports import write_report_csv

    if args.what == "units":
        from borgo_desktop.exchange.units_sheet import write_template
        from borgo_desktop.services.registry.unit_imports import import_units as run
    else:
        from borgo_desktop.exchange.households_sheet import write_template
        from borgo_desktop.services.registry.imports import import_households as run
    if args.template:
        write_template(args.template)
        print(f"Modello scritto in {args.template}")
        return EXIT_OK
    if args.file is None:
        print("Indicare il file da importare (oppure --template FILE.xlsx).", file=sys.stderr)
        return EXIT_REFUSED
    ctx = open_context(args)
    report = run(ctx, args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    for problem in report.problems:
        where = f"riga {problem.row}" + (f", colonna {problem.column}" if problem.column else "")
        print(f"{where}: {problem.reason}", file=sys.stderr)
    if args.report:
        write_report_csv(report, args.report)
    print(report.summary)
    return EXIT_REFUSED if report.refused else EXIT_OK


def cmd_export(args) -> int:
    from borgo_desktop.services.registry.exports import UNENCRYPTED_EXPORT_NOTE, export_rows

    ctx = open_context(args)
    if args.what == "bookings":
        from borgo_desktop.services.spaces.exports import export_bookings

        count = export_bookings(ctx, args.out, args.format)
        what = "eventi esportati" if args.format == "ics" else "righe esportate"
        print(f"{count} {what} in {args.out}")
        return EXIT_OK
    count = export_rows(ctx, args.what, {}, "", False, args.out, fmt=args.format)
    print(f"{count} righe esportate in {args.out}")
    print(UNENCRYPTED_EXPORT_NOTE, file=sys.stderr)
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
    from borgo_desktop.services.admin import backups
    from borgo_desktop.services.core.permissions import Permission, require

    paths = resolve_paths(args.data_dir, demo=args.demo).ensure()
    password = None if args.demo or not args.user else _login_password(args.user)
    ctx = open_context(args, password=password)  # copies hold everyone's data: the administrator's
    require(ctx, Permission.BACKUP_MANAGE)
    if ctx.store.dialect == "postgresql":
        return _backup_postgresql(args, ctx, paths.backup_dir, password)
    if args.action != "verify":
        print(backups.note_for(ctx.store), file=sys.stderr)
    if args.action == "list":
        for info in backups.list_backups(paths.backup_dir):
            print(f"{info.created_at:%Y-%m-%d %H:%M} UTC  {info.kind:<14} {info.size:>12,} B  {info.path}")
        return EXIT_OK
    if args.action in ("verify", "restore") and args.file is None:
        print("Indicare il file della copia.", file=sys.stderr)
        return EXIT_ERROR
    if args.action == "verify":
        ok, message = backups.verify_backup(args.file, ctx.store.key)
        print(message)
        return EXIT_OK if ok else EXIT_ERROR
    if args.action == "restore":
        key, url = ctx.store.key, str(ctx.store.engine.url)
        ctx.store.close()  # nothing may hold the file while it is replaced
        key_file = ctx.store.key_file
        kept = backups.restore_backup(url, args.file, paths.backup_dir, key=key,
                                      key_file=key_file)
        print("Copia ripristinata." + (f" Il database precedente è conservato in {kept}."
                                       if kept else ""))
        return EXIT_OK
    try:
        info = backups.create_backup(ctx.store, paths.backup_dir, "manual")
    finally:
        ctx.store.close()  # a restore right after must find the file free
    print(f"Copia creata: {info.path}")
    return EXIT_OK


def _backup_postgresql(args, ctx, backup_dir: Path, password: str) -> int:
    """backup create|list|verify|restore on a PostgreSQL server (services/admin/pg_backups)."""
    from borgo_desktop.services.admin import backups, pg_backups

    if args.action == "list":
        for info in backups.list_backups(backup_dir):
            print(f"{info.created_at:%Y-%m-%d %H:%M} UTC  {info.kind:<14} {info.size:>12,} B  {info.path}")
        return EXIT_OK
    if args.action in ("verify", "restore") and args.file is None:
        print("Indicare il file della copia.", file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.action == "verify":
            ok, message = pg_backups.verify_pg_backup(ctx, args.file, password)
            print(message)
            return EXIT_OK if ok else EXIT_ERROR
        print(pg_backups.NOTE, file=sys.stderr)
        if args.action == "restore":
            result = pg_backups.restore_pg_backup(ctx, args.file, backup_dir, password)
            print("Copia ripristinata." + (f" Il database precedente è conservato in "
                                           f"{result.kept}." if result.kept else ""))
            for line in result.reverted:
                print(f"  {line}")
            return EXIT_OK
        info = pg_backups.create_pg_backup(ctx, backup_dir, password, "manual")
        print(f"Copia creata: {info.path}")
        return EXIT_OK
    finally:
        ctx.store.close()


def cmd_audit(args) -> int:
    from borgo_desktop.services.admin import anchors

    if args.action == "checkpoint" and args.out is None:
        print("Indicare il file del foglio con --out FILE.pdf.", file=sys.stderr)
        return EXIT_ERROR
    ctx = open_context(args)
    if args.action == "checkpoint":
        from borgo_desktop.services.admin.checkpoint import write_checkpoint

        print(f"Foglio di controllo scritto in {write_checkpoint(ctx, args.out)}")
        return EXIT_OK
    result = anchors.verify(ctx, args.backup)
    for line in result.lines:
        print(line)
    if result.ok:
        print(f"{result.chain.checked} voci controllate, {result.anchors_checked} ancore "
              "firmate confrontate.")
    return EXIT_OK if result.ok else EXIT_ERROR


def _new_password(args, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass(prompt)
    if getpass.getpass("Ripetere la password: ") != first:
        raise UserError("Le due password non coincidono.")
    return first


def cmd_users(args) -> int:
    from borgo_desktop.services.accounts import accounts

    if args.action != "list" and not args.username:
        print("Indicare il nome utente.", file=sys.stderr)
        return EXIT_ERROR
    gate = open_gate(args)
    if args.action == "recover":
        import getpass

        recovery = os.environ.get("BORGO_RECOVERY_KEY") or getpass.getpass("Chiave di recupero: ")
        gate.recover(recovery, args.username, _new_password(args, "Nuova password: "))
        print(f"Password di {args.username} reimpostata con la chiave di recupero.")
        return EXIT_OK
    if gate.needs_setup():
        if args.action != "add":
            raise UserError(NO_ACCOUNTS)
        return _first_admin(args, gate)
    own_password = args.action == "passwd" and (args.username or "").strip().lower() == (
        args.user or "").strip().lower()
    ctx = open_context(args, gate, allow_temporary=own_password)
    if args.action == "add":
        if not args.role:
            raise UserError("Indicare il ruolo con --role ({roles}).", roles=", ".join(ROLES))
        view = accounts.add_account(ctx, args.username, args.name or args.username, args.role,
                                    _new_password(args, "Password iniziale: "))
        print(f"Utente {view.username} creato ({view.role_label}); cambierà la password al "
              "primo accesso.")
    elif args.action == "list":
        for view in accounts.list_accounts(ctx):
            state = "attivo" if view.active else "disattivato"
            if view.locked_until:
                state += f", bloccato fino a {view.locked_until:%Y-%m-%d %H:%M} UTC"
            last = f"{view.last_login_at:%Y-%m-%d %H:%M} UTC" if view.last_login_at else "mai"
            print(f"{view.username:<20} {view.role_label:<20} {state:<12} ultimo accesso: {last}"
                  f"  {view.display_name}")
    elif args.action == "disable":
        rotated = accounts.set_active(ctx, args.username, False)
        print(f"Utente {args.username} disattivato: non può più aprire il database.")
        if rotated is not None:
            _report_rotation(args, ctx, rotated)
    elif args.action == "enable":
        password = _new_password(args, "Password temporanea: ") if ctx.store.key else None
        accounts.set_active(ctx, args.username, True, password)
        print(f"Utente {args.username} riattivato.")
    elif args.username == ctx.actor.username:  # passwd of oneself
        import getpass

        accounts.change_password(ctx, os.environ.get(PASSWORD_ENV) or getpass.getpass("Password attuale: "),
                                 _new_password(args, "Nuova password: "))
        print("Password cambiata.")
    else:
        accounts.reset_password(ctx, args.username, _new_password(args, "Password temporanea: "))
        print(f"Password di {args.username} reimpostata: la cambierà al primo accesso.")
    return EXIT_OK


def _report_rotation(args, ctx, result) -> None:
    """What a rotation of the data key changed, for the administrator."""
    print(f"Chiave del database cambiata: le copie del file delle chiavi fatte prima non aprono "
          f"più il database ({len(result.resealed)} utenti attivi hanno la nuova chiave).")
    if result.lost:
        print(f"Senza chiave (copia di una versione precedente, mai entrati da allora): "
              f"{', '.join(result.lost)}. Dare loro una password temporanea con "
              "'borgo-desktop users passwd NOME'.")
    if result.recovery_key:
        from borgo_desktop.reports.admin_recovery import write_recovery_sheet

        paths = resolve_paths(args.data_dir, demo=args.demo)
        sheet = write_recovery_sheet(paths.data_dir / "foglio-di-recupero.pdf",
                                     result.recovery_key, str(ctx.store.engine.url.database))
        print(f"NUOVA CHIAVE DI RECUPERO (mostrata una sola volta; la precedente non vale più): "
              f"{result.recovery_key}")
        print(f"Il foglio di recupero è in {sheet}: stamparlo, custodirlo chiuso a chiave e "
              "cancellare il file.")


def cmd_keys(args) -> int:
    from borgo_desktop.services.accounts import rotation

    ctx = open_context(args)
    try:
        result = rotation.rotate_data_key(ctx, args.reason or "sospetta fuga del file delle chiavi")
        _report_rotation(args, ctx, result)
    finally:
        ctx.store.close()
    return EXIT_OK


def _first_admin(args, gate) -> int:
    from borgo_desktop.reports.admin_recovery import write_recovery_sheet

    if args.role != "admin":
        raise UserError("Il primo utente deve essere un amministratore: usare --role admin.")
    ctx, recovery = gate.set_up(args.username, args.name or args.username,
                                _new_password(args, "Password: "))
    paths = resolve_paths(args.data_dir, demo=args.demo)
    label = str(gate.db_path or gate.url.split("@")[-1])
    sheet = write_recovery_sheet(paths.data_dir / "foglio-di-recupero.pdf", recovery, label)
    print(f"Amministratore {ctx.actor.username} creato.")
    print(f"CHIAVE DI RECUPERO (mostrata una sola volta): {recovery}")
    print(f"Il foglio di recupero è in {sheet}: stamparlo, custodirlo chiuso a chiave e "
          "cancellare il file.")
    if gate.encrypted:
        print(f"Il database è cifrato; il file delle chiavi è {gate.key_file}.")
    return EXIT_OK


def cmd_privacy(args) -> int:
    from borgo_desktop.services import privacy

    if args.action == "report" and not (args.person and args.out):
        print("Indicare --person CODICE_FISCALE e --out CARTELLA.", file=sys.stderr)
        return EXIT_ERROR
    ctx = open_context(args)
    if args.action == "report":
        paths = privacy.write_report(ctx, privacy.person_by_tax_code(ctx, args.person), args.out)
        print("\n".join(str(p) for p in paths))
        print("Attenzione: i file non sono cifrati.", file=sys.stderr)
        return EXIT_OK
    years, proposed = privacy.preview(ctx)
    print(f"Regola: nuclei usciti da più di {years} anni. Proposti: {len(proposed)}. "
          f"{privacy.erasure.OTHER_AREAS}")
    for c in proposed:
        print(f"  {c.household_code}  uscito il {c.left_on:%d/%m/%Y}  {c.persons} persone"
              + "".join(f"; {line}" for line in c.also_held))
    if args.apply and proposed:
        done = privacy.anonymise(ctx, [c.household_id for c in proposed])
        print(f"Nuclei resi anonimi: {done}.")
    return EXIT_OK


def cmd_tour(args) -> int:
    from borgo_desktop.app import tour

    if not args.data_dir and not args.database_url:
        args.demo = True  # the tour shows the demo data unless told otherwise
    ctx = open_context(args)  # the demo is set up and built there (prepare_demo)
    for path in tour(ctx, args.out, args.lang or "it"):
        print(path)
    return EXIT_OK


def cmd_manual(args) -> int:
    from borgo_desktop.reports.manual import write_manual

    print(f"Manuale scritto in {write_manual(args.out)}")  # the help pages: no data, no login
    return EXIT_OK


def cmd_handbook(args) -> int:
    from borgo_desktop.services.communication import handbook

    path = handbook.write(open_context(args), args.handbook_lang, args.out,
                          large_print=args.large_print)
    print(f"Manuale dei residenti ({args.handbook_lang}) scritto in {path}")
    return EXIT_OK


def cmd_letters(args) -> int:
    from borgo_desktop.services.communication.merge import BatchRequest, run_batch

    extra = {}
    for item in args.field:
        name, sep, value = item.partition("=")
        if not sep:
            raise UserError("Scrivere i campi come CAMPO=VALORE: «{item}».", item=item)
        extra[name.strip()] = value.strip()
    ctx = open_context(args)
    mailing = run_batch(ctx, BatchRequest(args.template, args.to, large_print=args.large_print,
                                          extra=extra, labels=args.labels), args.out,
                        progress=lambda done, total: print(f"{done}/{total}", file=sys.stderr))
    languages = ", ".join(f"{lang} {n}" for lang, n in sorted(mailing.languages.items()))
    print(f"{mailing.code}: {mailing.recipients} nuclei ({mailing.target_label}), "
          f"{mailing.pages} pagine in {mailing.path} · lingue: {languages}")
    return EXIT_OK


def cmd_comm(args) -> int:
    from borgo_desktop.services.communication.plan import list_actions, print_plan

    ctx = open_context(args)
    path = print_plan(ctx, args.out)
    print(f"Piano di comunicazione ({len(list_actions(ctx))} azioni) scritto in {path}")
    return EXIT_OK


def cmd_gui(args) -> int:
    import gc

    gc.disable()  # the window collects on its own thread (ui/widgets/collector.py); this also
    from borgo_desktop import app  # spares the collector's passes over the start-up imports
    from borgo_desktop.config import login_expected

    paths = resolve_paths(args.data_dir, demo=args.demo).ensure()
    user = args.user
    backup_dir = paths.backup_dir
    if not args.demo and login_expected(paths, args.database_url):
        # The login window first; the store's imports and the Gate load behind it.
        from borgo_desktop.ui.accounts.preload import Preloader

        _log_to_file(paths.log_dir / "borgo.log")
        return app.run(Preloader(lambda: _opened(args)), lang=args.lang or "it",
                       username=user or "", backup_dir=backup_dir,
                       label=str(paths.database_file))
    gate = open_gate(args)
    if args.demo:
        from borgo_desktop.seed.demo_accounts import DEMO_DEFAULT_USER

        prepare_demo(gate)  # set up and built on first use; the login comes in the window
        user = user or DEMO_DEFAULT_USER
    # The day's copy runs in the background once logged in (services/admin/backup_runner.py);
    # closing never waits for a copy.
    return app.run(gate, lang=args.lang or "it", username=user or "", demo=args.demo,
                   backup_dir=backup_dir)


def _opened(args):
    """The Gate, made on the preloading thread (no logging set-up there: done already)."""
    from borgo_desktop.services.admin.gate import Gate

    paths = resolve_paths(args.data_dir, demo=args.demo)
    gate = Gate.for_paths(paths, args.database_url)
    _OPENED.append(gate)
    return gate


COMMANDS = {"db": cmd_db, "import": cmd_import, "export": cmd_export, "seed": cmd_seed,
            "backup": cmd_backup, "keys": cmd_keys, "audit": cmd_audit, "privacy": cmd_privacy,
            "tour": cmd_tour, "users": cmd_users, "letters": cmd_letters, "manual": cmd_manual,
            "comm": cmd_comm, "handbook": cmd_handbook,
            "payments": cli_ledger.cmd_payments, "ledger": cli_ledger.cmd_ledger,
            **dict.fromkeys(("report", "comune"),  # `comune` as issue 14 names it
                            lambda a: cli_reporting.cmd_report(a, open_context))}


def _database_trouble(exc: BaseException, args) -> str | None:
    """The Italian words for an error the database driver raised (a damaged file, a busy
    one), or None when ``exc`` is not such an error (a bug: its traceback is wanted)."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    from borgo_desktop.store import cipher_module

    if not isinstance(exc, (DatabaseError, sqlite3.DatabaseError, cipher_module().DatabaseError)):
        return None
    detail = str(exc).lower()
    if "locked" in detail or "busy" in detail:
        return ("Il database è occupato da un'altra finestra o postazione: riprovare fra "
                "poco.")
    from borgo_desktop.services.admin import backups

    paths = resolve_paths(args.data_dir, demo=getattr(args, "demo", False))
    return backups.damaged(paths.database_file.name, "una lettura non è riuscita.",
                           paths.backup_dir).text


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)  # the console shows problems; the log file has the rest
    try:
        check_command_line(args)
        return COMMANDS.get(args.command, cmd_gui)(args)
    except UserError as exc:
        print(f"Errore: {exc.text}", file=sys.stderr)
        return EXIT_REFUSED if args.command == "import" else EXIT_ERROR
    except Exception as exc:
        text = server_trouble(exc, args) or _database_trouble(exc, args)
        if text is None:
            raise
        # the details go to the log file, not to the console (no traceback for the user)
        log.info("database error in %s: %s", args.command, exc, exc_info=True)
        print(f"Errore: {text}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        while _OPENED:  # the file is free when the command returns (tests run many in a row)
            _OPENED.pop().close()


if __name__ == "__main__":
    raise SystemExit(main())
