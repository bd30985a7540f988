"""The receipt and the statement of account: what an office would send, read back from the
PDF; who may print them; the Italian amount in words."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from arrears_world import charge_months, on
from borgo_desktop.models.ledger import PaymentMethod
from borgo_desktop.reports.ledger.words import amount_words, number_words
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.ledger import balances, payments, printing
from helpers.ledger_world import as_role


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("n, words", [
    (1, "uno"), (21, "ventuno"), (23, "ventitré"), (28, "ventotto"), (108, "centotto"),
    (180, "centottanta"), (450, "quattrocentocinquanta"), (1000, "mille"),
    (1023, "milleventitré"), (2000, "duemila"), (23000, "ventitremila"),
    (123456, "centoventitremilaquattrocentocinquantasei")])
def test_number_words(n, words):
    assert number_words(n) == words


def test_amount_words_keeps_the_cents():
    assert amount_words(45_050) == "quattrocentocinquanta/50 euro"
    assert amount_words(7) == "zero/07 euro"


def test_receipt_names_the_amount_method_and_the_charges_it_paid(ctx, world, tmp_path):
    charge_months(ctx, "2026-10", "2026-11")
    monthly = balances.household_balance(ctx, world.rossi.id).monthly_cents
    paid = payments.record_payment(ctx, world.rossi.id, monthly + 1_000, PaymentMethod.POS,
                                   date(2026, 11, 20), payer_name="Maria Rossi")
    desk = as_role(ctx, "front_desk")
    text = _text(printing.print_receipt(desk, paid.id, tmp_path / "r.pdf"))
    assert f"Ricevuta di pagamento n. {paid.receipt_no}" in text
    assert "con carta di pagamento (POS)" in text and "Maria Rossi" in text
    assert amount_words(monthly + 1_000).split("/")[0] in text.replace("\n", "")
    assert "Canone e spese ottobre 2026" in text  # the October rent, oldest first
    assert "restano da pagare" in text  # November is only partly paid


def test_a_bank_payment_has_no_receipt(ctx, world, tmp_path):
    from borgo_desktop.errors import UserError
    from borgo_desktop.services.ledger.payments import add_payment

    with ctx.store.unit_of_work() as session:
        payment = add_payment(ctx, session, world.rossi.id, 10_000, ctx.today(),
                              PaymentMethod.TRANSFER, receipt=False, bank_ref="B1")
        session.commit()
        pid = payment.id
    with pytest.raises(UserError, match="non ha una ricevuta"):
        printing.print_receipt(ctx, pid, tmp_path / "r.pdf")


def test_statement_has_running_balance_and_ageing(ctx, world, tmp_path):
    charge_months(ctx, "2026-08", "2026-09", "2026-10", "2026-11")
    payments.record_payment(on(ctx, date(2026, 9, 3)), world.rossi.id, 20_000,
                            PaymentMethod.CASH, date(2026, 9, 3))
    state = balances.household_balance(ctx, world.rossi.id)
    text = _text(printing.print_statement(ctx, world.rossi.id, tmp_path / "s.pdf"))
    assert "Estratto conto del nucleo " + world.rossi.code in text
    assert "Anzianità del debito" in text and "Oltre 90 giorni" in text
    assert "Totali" in text and "Pagamento" in text
    from borgo_desktop.formatting import fmt_money

    assert fmt_money(state.balance_cents).replace("\xa0", " ") in text.replace("\xa0", " ")
    since = _text(printing.print_statement(ctx, world.rossi.id, tmp_path / "p.pdf",
                                           since=date(2026, 10, 1)))
    assert "Saldo iniziale" in since


def test_who_may_print(ctx, world, tmp_path):
    charge_months(ctx, "2026-11")
    paid = payments.record_payment(ctx, world.rossi.id, 5_000)
    with pytest.raises(PermissionDenied):
        printing.print_receipt(as_role(ctx, "facility_manager"), paid.id, tmp_path / "r.pdf")
    with pytest.raises(PermissionDenied):
        printing.print_statement(as_role(ctx, "facility_manager"), world.rossi.id,
                                 tmp_path / "s.pdf")
    # a social worker who does not follow the household
    with pytest.raises(PermissionDenied):
        printing.print_statement(as_role(ctx, "social_worker"), world.rossi.id,
                                 tmp_path / "s.pdf")
    with pytest.raises(PermissionDenied):
        printing.print_receipt(as_role(ctx, "social_worker"), paid.id, tmp_path / "r.pdf")
