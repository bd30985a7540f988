"""The rent ledger on the command line (issue 11).

    borgo-desktop payments import FILE [--dry-run] [--report OUT.csv] [--account IBAN]
    borgo-desktop ledger charge --period 2026-12 [--dry-run]
    borgo-desktop ledger arrears [--building DL51] [--bucket 0-30|31-60|61-90|90+] [--out F.csv]
    borgo-desktop ledger statement HOUSEHOLD_CODE [--out F.csv]

``payments import`` exits 0 when the file is accepted (every line matched, queued, ignored
with a reason or recognised as already imported) and 2 when it is refused whole; the report
is ``line,outcome,household,amount_cents,reason`` (comma-separated UTF-8).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2
REPORT_HEADER = ("line", "outcome", "household", "amount_cents", "reason")


def add_parsers(commands, common, open_context) -> None:
    """The ``payments`` and ``ledger`` sub-commands. ``common`` adds cli.py's shared options,
    ``open_context(args)`` logs in (given here so this module does not import cli.py)."""
    pay = commands.add_parser("payments", help="pagamenti: importa un estratto conto bancario")
    common(pay, True)
    pay.set_defaults(open_context=open_context)
    pay.add_argument("action", choices=("import",))
    pay.add_argument("file", type=Path, help="estratto conto CAMT.053 (XML) o CSV della banca")
    pay.add_argument("--dry-run", action="store_true", help="controlla soltanto, non scrive nulla")
    pay.add_argument("--report", type=Path, metavar="FILE.csv",
                     help="scrive l'esito di ogni movimento in un CSV")
    pay.add_argument("--account", metavar="IBAN",
                     help="conto dell'ufficio, se il CSV non lo indica")

    ledger = commands.add_parser("ledger", help="canoni: addebiti mensili, morosità, estratti")
    common(ledger, True)
    ledger.set_defaults(open_context=open_context)
    ledger.add_argument("action", choices=("charge", "arrears", "statement"),
                        help="charge: addebiti del mese; arrears: elenco delle morosità; "
                             "statement: estratto conto di un nucleo")
    ledger.add_argument("household", nargs="?", metavar="CODICE_NUCLEO",
                        help="il nucleo dell'estratto conto (statement)")
    ledger.add_argument("--period", metavar="AAAA-MM", help="il mese da addebitare (charge)")
    ledger.add_argument("--dry-run", action="store_true",
                        help="conta gli addebiti senza scriverli (charge)")
    ledger.add_argument("--building", metavar="EDIFICIO", help="solo un edificio (arrears)")
    ledger.add_argument("--bucket", choices=("0-30", "31-60", "61-90", "90+"),
                        help="solo una fascia di anzianità del debito (arrears)")
    ledger.add_argument("--out", type=Path, metavar="FILE.csv",
                        help="scrive il CSV in un file invece che a video")


def _context(args):
    return args.open_context(args)


def write_report(result, path: Path) -> None:
    from borgo_desktop.exchange.tabular import write_csv

    write_csv(path, REPORT_HEADER, ([l.line, l.outcome, l.household_code, l.amount_cents,
                                     l.reason] for l in result.lines), delimiter=",", bom=False)


def cmd_payments(args) -> int:
    from borgo_desktop.services.ledger.bank.importer import import_statement
    from borgo_desktop.services.ledger.bank.statement import StatementRefused

    ctx = _context(args)
    try:
        result = import_statement(ctx, args.file, dry_run=args.dry_run, account=args.account)
    except StatementRefused as exc:
        print(f"File rifiutato: {exc.text}", file=sys.stderr)
        return EXIT_REFUSED
    if args.report:
        write_report(result, args.report)
    for line in result.lines:
        if line.outcome == "queued":
            print(f"movimento {line.line}: da abbinare ({line.reason})", file=sys.stderr)
    print(result.summary)
    return EXIT_OK


def _rows_out(path: Path | None, header, rows) -> int:
    from borgo_desktop.exchange.tabular import csv_safe, write_csv

    if path is not None:
        count = write_csv(path, header, rows)
        print(f"{count} righe scritte in {path}", file=sys.stderr)
        return count
    writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
        count += 1
    return count


def _money(cents: int) -> str:
    sign, cents = ("-" if cents < 0 else ""), abs(cents)
    return f"{sign}{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def cmd_ledger(args) -> int:
    from borgo_desktop.errors import UserError
    from borgo_desktop.formatting import fmt_date, fmt_money

    if args.action == "charge":
        if not args.period:
            print("Indicare il mese con --period AAAA-MM (es. 2026-12).", file=sys.stderr)
            return EXIT_ERROR
        from borgo_desktop.services.ledger.charges import charge_run

        result = charge_run(_context(args), args.period, dry_run=args.dry_run)
        what = "da emettere" if result.dry_run else "emessi"
        print(f"Periodo {result.period}: {result.charged} addebiti {what} "
              f"({fmt_money(result.total_cents)}); {result.already} già addebitati prima.")
        return EXIT_OK
    if args.action == "arrears":
        from borgo_desktop.services.ledger.balances import BUCKET_LABELS, ArrearsFilter, arrears

        ctx = _context(args)
        flt = ArrearsFilter(args.building, args.bucket)

        def rows():
            offset = 0
            while True:
                page = arrears(ctx, flt, offset=offset, limit=500)
                for r in page:
                    yield (r.code, r.name, r.unit_code, r.building_code, _money(r.balance_cents),
                           fmt_date(r.open_since), r.days_overdue, BUCKET_LABELS[r.bucket],
                           f"{r.months_owed:.1f}".replace(".", ","), fmt_date(r.last_payment_on))
                if len(page) < 500:
                    return
                offset += 500

        _rows_out(args.out, ("Nucleo", "Intestatario", "Alloggio", "Edificio", "Saldo (€)",
                             "Insoluto dal", "Giorni", "Fascia", "Mensilità",
                             "Ultimo pagamento"), rows())
        return EXIT_OK
    if not args.household:
        print("Indicare il codice del nucleo (es. N00012).", file=sys.stderr)
        return EXIT_ERROR
    from borgo_desktop.services.ledger.balances import household_balance, statement
    from borgo_desktop.services.registry.registry import find_household

    ctx = _context(args)
    household = find_household(ctx, args.household.strip().upper())
    if household is None:
        raise UserError("Nucleo sconosciuto: {code}.", code=args.household)
    _opening, entries = statement(ctx, household.id)
    balance = household_balance(ctx, household.id)
    rows = [(fmt_date(e.on), e.kind, e.description, _money(e.debit_cents) if e.debit_cents
             else "", _money(e.credit_cents) if e.credit_cents else "", _money(e.running_cents))
            for e in entries]
    _rows_out(args.out, ("Data", "Voce", "Descrizione", "Addebito (€)", "Accredito (€)",
                         "Saldo (€)"), rows)
    months = f"{balance.months_owed:.1f}".replace(".", ",")
    print(f"Saldo del nucleo {household.code}: {fmt_money(balance.balance_cents)} "
          f"(mensilità dovute: {months})", file=sys.stderr)
    return EXIT_OK
