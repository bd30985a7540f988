"""The delivery log: a batch's items, how they went out, receipts, returns; the list."""

from __future__ import annotations

from datetime import date

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.communication import DeliveryChannel, DeliveryStatus
from borgo_desktop.services.communication import deliveries
from borgo_desktop.services.communication.deliveries import SentInput
from borgo_desktop.services.communication.merge import BatchRequest, run_batch
from borgo_desktop.services.core import listing
from borgo_desktop.services.core.context import Actor, Context

from helpers.comm_world import invitation, water_notice


def _letters(ctx, borgo, tmp_path, target="staircase:DL51-A"):
    invitation(ctx)
    return run_batch(ctx, BatchRequest("INVITO", target), tmp_path / "lettere.pdf")


def test_a_printed_batch_is_in_the_log_per_household(ctx, borgo, tmp_path):
    mailing = _letters(ctx, borgo, tmp_path)
    items = deliveries.mailing_deliveries(ctx, mailing.id)
    assert [i.household_code for i in items] == sorted([borgo.colombo.code, borgo.haddad.code])
    assert {(i.channel, i.status, i.version) for i in items} == {
        (DeliveryChannel.LETTERBOX, DeliveryStatus.PRINTED, 1)}
    assert [i.pages for i in items] == ["1", "2"]
    (summary,) = deliveries.list_mailings(ctx)
    assert (summary.code, summary.recipients, summary.outstanding) == (mailing.code, 2, 2)
    total, mine = deliveries.household_deliveries(ctx, borgo.haddad.id)
    assert total == 1 and mine[0].language == "ar" and mine[0].template_name == "Invito all'assemblea"


def test_registered_mail_needs_its_number_then_the_receipt_comes_back(ctx, borgo, tmp_path):
    mailing = _letters(ctx, borgo, tmp_path, f"household:{borgo.colombo.code}")
    (item,) = deliveries.mailing_deliveries(ctx, mailing.id)
    with pytest.raises(ValidationError) as refused:
        deliveries.record_sent(ctx, [item.id], SentInput(DeliveryChannel.REGISTERED, date(2026, 11, 25)))
    assert "numero" in refused.value.problems["registered_number"].text
    with pytest.raises(ValidationError) as future:
        deliveries.record_sent(ctx, [item.id], SentInput(DeliveryChannel.POST, date(2026, 12, 1)))
    assert "futuro" in future.value.problems["sent_on"].text
    deliveries.record_sent(ctx, [item.id], SentInput(DeliveryChannel.REGISTERED,
                                                     date(2026, 11, 25), "RA 1234 5678 9"))
    with pytest.raises(UserError) as early:
        deliveries.record_receipt(ctx, item.id, date(2026, 11, 24))
    assert "precedente" in early.value.text
    done = deliveries.record_receipt(ctx, item.id, date(2026, 11, 25), "firmata dalla figlia")
    assert (done.status, done.registered_number, done.receipt_on, done.operator) == (
        DeliveryStatus.RECEIPT, "RA 1234 5678 9", date(2026, 11, 25), "tester")
    with pytest.raises(UserError):  # the receipt closes it: no changing how it went out
        deliveries.record_sent(ctx, [item.id], SentInput(DeliveryChannel.HAND, date(2026, 11, 25)))


def test_many_items_handed_out_at_once_and_one_returned(ctx, borgo, tmp_path):
    mailing = _letters(ctx, borgo, tmp_path)
    items = deliveries.mailing_deliveries(ctx, mailing.id)
    assert deliveries.record_sent(ctx, [i.id for i in items],
                                  SentInput(DeliveryChannel.HAND, date(2026, 11, 25))) == 2
    with pytest.raises(ValidationError) as no_reason:
        deliveries.record_returned(ctx, items[0].id, date(2026, 11, 25), " ")
    assert "perché" in no_reason.value.problems["receipt_note"].text
    back = deliveries.record_returned(ctx, items[0].id, date(2026, 11, 25), "destinatario trasferito")
    assert back.status == DeliveryStatus.RETURNED
    (summary,) = deliveries.list_mailings(ctx)
    assert summary.by_status == {DeliveryStatus.SENT: 1, DeliveryStatus.RETURNED: 1}


def test_e_mail_is_not_recorded_by_hand(ctx, borgo, tmp_path):
    mailing = _letters(ctx, borgo, tmp_path, f"household:{borgo.colombo.code}")
    (item,) = deliveries.mailing_deliveries(ctx, mailing.id)
    with pytest.raises(ValidationError) as refused:
        deliveries.record_sent(ctx, [item.id], SentInput(DeliveryChannel.EMAIL, date(2026, 11, 25)))
    assert "Invia per e-mail" in refused.value.text


def test_recording_needs_the_permission(ctx, borgo, tmp_path):
    mailing = _letters(ctx, borgo, tmp_path, f"household:{borgo.colombo.code}")
    (item,) = deliveries.mailing_deliveries(ctx, mailing.id)
    facility = Context(ctx.store, Actor("admin", "admin"), ctx.today)  # no COMM_SEND
    with pytest.raises(UserError):
        deliveries.record_sent(facility, [item.id], SentInput(DeliveryChannel.HAND, date(2026, 11, 25)))


def test_the_log_list_filters_by_batch_and_household_and_exports(ctx, borgo, tmp_path):
    from borgo_desktop.services.registry.exports import export_rows

    letters = _letters(ctx, borgo, tmp_path)
    water_notice(ctx)
    run_batch(ctx, BatchRequest("ACQUA", "staircase:DL51-A", extra={
        "data.evento": "martedì 1/12/2026", "ora.evento": "dalle 9 alle 13"}), tmp_path / "a.pdf")
    spec = listing.SPECS["deliveries"]
    assert listing.count(ctx, spec) == 4
    assert listing.count(ctx, spec, {"mailing": letters.id}) == 2
    rows = listing.fetch_page(ctx, spec, {"household": borgo.colombo.id})
    assert [r.values[spec.columns.index(spec.column("channel"))] for r in rows] == [
        DeliveryChannel.BOARD, DeliveryChannel.LETTERBOX]  # newest batch first
    out = tmp_path / "consegne.csv"
    assert export_rows(ctx, "deliveries", {}, "mailing", True, out, "csv") == 4
    text = out.read_text(encoding="utf-8-sig")
    assert "Affisso in bacheca" in text and "Cassetta della posta" in text
