"""Bank statements into the ledger: ISO 20022 CAMT.053 and the Italian home-banking CSV.

For the window (the import wizard, the unmatched queue) and the CLI, every call takes the
``Context`` first and returns frozen dataclasses:

``importer.import_statement(ctx, path, *, dry_run=False, account=None) -> ImportResult``
    Reads and imports a file (``dry_run``: the preview, nothing written). Raises
    ``statement.StatementRefused`` (a ``UserError``, Italian message) when the file is refused
    whole: unreadable, not a statement, malformed (the message names the line), another
    account than the office's (setting ``ledger.office_accounts``). ``ImportResult.lines``
    has one ``LineOutcome`` per line: ``outcome`` in ``matched | queued | ignored |
    duplicate``, ``household_code`` where matched, ``amount_cents``, ``reason``.
``queue.count_queued(ctx)``, ``queue.queued_lines(ctx, offset, limit) -> [BankLineView]``
``queue.suggestions(ctx, line_id) -> [Suggestion]`` households the line points at.
``queue.assign_line(ctx, line_id, household_id, *, payment_id=None, remember_iban=False)``
    -> ``payments.PaymentView``: the line becomes a payment (a storno takes back
    ``payment_id`` or the household's latest payment); allocated oldest charge first.
``queue.dismiss_line(ctx, line_id, reason) -> BankLineView``
``queue.add_payer_iban(ctx, household_id, iban, holder="")``, ``queue.payer_ibans(ctx, hid)``
``queue.imports(ctx)``, ``queue.lines_of_import(ctx, import_id)``

Modules: ``statement`` (the common shape), ``camt053`` and ``csv_it`` (the readers),
``matching`` (who paid), ``posting`` (payments in bulk, allocated in memory), ``importer``,
``queue``. Permissions: importing needs ``ledger.import``, the queue ``ledger.payment``.
"""
