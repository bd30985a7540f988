"""The «Canone e pagamenti» box of a household's page: balance, ageing, months owed, a chart
of the last twelve months (charged against paid), the latest entries; the desk records a
payment here (and prints its receipt) and prints the statement of account.

Shown only to who may see the household's ledger (everyone with LEDGER_READ, a social
worker for her caseload); the reads are audited by the services.
"""

from __future__ import annotations

import uuid
import math
from datetime import datetime

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.ledger import balances
from borgo_desktop.ui.ledger.payment_dialogs import PaymentDialog
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import open_tracked, task_failed
from borgo_desktop.ui.widgets.display import MUTED_STYLE, FittedTable, InfoGrid
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets import list_page

ENTRIES_SHOWN = 6
MONTHS = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")


def month_label(period: str) -> str:
    return MONTHS[int(period.split("-")[1]) - 1]


class MonthsChart(QChartView):
    """Charged and paid in each of the last twelve months, as paired bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("months_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(190)
        self.setMinimumWidth(420)
        self._chart.setMargins(QMargins(2, 2, 2, 2))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setAccessibleName(self.tr("Addebitato e pagato negli ultimi 12 mesi"))

    def show_points(self, points: list[balances.MonthPoint]) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        charged, paid = QBarSet(self.tr("Addebitato")), QBarSet(self.tr("Pagato"))
        charged.setColor(QColor("#90a4ae"))
        paid.setColor(QColor("#2e7d32"))
        for p in points:
            charged.append(p.charged_cents / 100)
            paid.append(p.paid_cents / 100)
        series = QBarSeries()
        series.append(charged)
        series.append(paid)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([month_label(p.period) for p in points])
        months.setTruncateLabels(False)
        small = months.labelsFont()
        small.setPointSizeF(7)
        months.setLabelsFont(small)
        euros = QValueAxis()
        euros.setLabelsFont(small)
        euros.setTruncateLabels(False)
        top = max([p.charged_cents for p in points] + [p.paid_cents for p in points] + [100]) / 100
        # Round euro ticks (an axis of 0-1.1 at this format would read «0 1 1»).
        step = 10 ** max(0, len(str(int(top))) - 1)
        step *= 1 if top / step > 4 else (0.5 if top / step > 2 else 0.25)
        step = max(1, int(step))
        euros.setTickType(QValueAxis.TickType.TicksDynamic)
        euros.setTickAnchor(0)
        euros.setTickInterval(step)
        euros.setRange(0, step * math.ceil(top * 1.05 / step))
        euros.setLabelFormat("%.0f")
        euros.setTitleText(self.tr("euro"))
        euros.setTitleFont(small)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(euros, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(euros)
        self.points = points


class LedgerBox(QGroupBox):
    changed = Signal()  # a payment was recorded

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Canone e pagamenti"), parent)
        self.setObjectName("ledger_box")
        self.ctx = ctx
        self.dialog = None
        self.household_id: uuid.UUID | None = None
        self.balance: balances.Balance | None = None
        self.tasks = TaskRunner(self)
        self.info = InfoGrid([("balance", self.tr("Saldo")), ("since", self.tr("Non pagato dal")),
                              ("months", self.tr("Mensilità dovute")),
                              ("ageing", self.tr("Per anzianità")),
                              ("monthly", self.tr("Canone e spese al mese")),
                              ("last", self.tr("Ultimo pagamento"))], columns=2)
        self.chart = MonthsChart()
        self.entries = FittedTable([self.tr("Data"), self.tr("Voce"), self.tr("Addebito"),
                                    self.tr("Pagamento"), self.tr("Saldo")], "ledger_entries_table")
        self.empty = QLabel(self.tr("Nessun addebito né pagamento registrato."))
        self.empty.setStyleSheet(MUTED_STYLE)
        self.pay_button = QPushButton(icon("fa5s.cash-register"), self.tr("Registra pagamento…"))
        self.pay_button.setObjectName("record_payment_button")
        self.pay_button.clicked.connect(self.record_payment)
        self.statement_button = QPushButton(icon("fa5s.file-pdf"), self.tr("Estratto conto"))
        self.statement_button.setObjectName("statement_button")
        self.statement_button.clicked.connect(self.print_statement)
        if not allowed(ctx.actor, Permission.PAYMENT_RECORD):
            self.pay_button.hide()
        if not allowed(ctx.actor, Permission.EXPORT_PERSONAL):
            self.statement_button.hide()
        self.message = QLabel()
        self.message.setObjectName("ledger_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.pay_button)
        buttons.addWidget(self.statement_button)
        self.figures = QWidget()
        top = QHBoxLayout(self.figures)
        top.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(self.info)
        column.addStretch(1)
        top.addLayout(column, 1)
        top.addWidget(self.chart, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.entries)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    @staticmethod
    def offered(ctx, household_id: uuid.UUID) -> bool:
        return balances.may_see(ctx, household_id)

    def show_for(self, household_id: uuid.UUID) -> None:
        self.household_id = household_id
        self.balance = b = balances.household_balance(self.ctx, household_id)
        if b.balance_cents > 0:
            text = self.tr("{amount} da pagare").format(amount=fmt_money(b.balance_cents))
        elif b.balance_cents < 0:
            text = self.tr("{amount} a credito").format(amount=fmt_money(-b.balance_cents))
        else:
            text = self.tr("in regola")
        self.info.set("balance", text, warn=b.bucket is not None)
        self.info.set("since", self.tr("{day} ({days} giorni)").format(
            day=fmt_date(b.open_since), days=b.days_overdue) if b.open_since else "—")
        self.info.set("months", f"{b.months_owed:.1f}".replace(".", ",") if b.months_owed else "—")
        ageing = [f"{bucket}: {fmt_money(cents)}" for bucket, cents in b.ageing.by_bucket().items()
                  if cents]
        self.info.set("ageing", "\n".join(ageing) if ageing else "—")
        self.info.set("monthly", fmt_money(b.monthly_cents) if b.monthly_cents else "—")
        self.info.set("last", fmt_date(b.last_payment_on) if b.last_payment_on else "—")
        self.chart.show_points(balances.last_months(self.ctx, household_id))
        _opening, entries = balances.statement(  # the last year is enough for the page
            self.ctx, household_id, balances.month_start(self.ctx.today(), 12))
        latest = entries[-ENTRIES_SHOWN:][::-1]
        self.entries.set_rows([[fmt_date(e.on), e.description or e.kind,
                                fmt_money(e.debit_cents) if e.debit_cents else "",
                                fmt_money(e.credit_cents) if e.credit_cents else "",
                                fmt_money(e.running_cents)] for e in latest])
        self.entries.setVisible(bool(latest))
        self.empty.setVisible(not latest)
        # An applicant not yet housed has no ledger to show: one line, not an empty chart.
        self.figures.setVisible(bool(latest) or b.balance_cents != 0)

    # --- actions -------------------------------------------------------------------------

    def record_payment(self):
        if self.balance is None:
            return None
        dialog = PaymentDialog(self.ctx, self.household_id, self.balance.code,
                               self.balance.balance_cents, self)
        return open_tracked(self, dialog, lambda view: self._paid(view, dialog))

    def _paid(self, view, dialog: PaymentDialog) -> None:
        self.message.setText(self.tr("Pagamento di {amount} registrato, ricevuta n. {no}.")
                             .format(amount=fmt_money(view.amount_cents), no=view.receipt_no))
        self.show_for(self.household_id)
        self.changed.emit()
        if dialog.print_receipt.isChecked():
            self.print_receipt(view.id, view.receipt_no)

    def print_receipt(self, payment_id: uuid.UUID, receipt_no: str):
        from borgo_desktop.services.ledger.printing import print_receipt

        path = list_page.temp_pdf(f"ricevuta-{receipt_no.replace('/', '-')}")
        self.last_pdf = path
        return self.tasks.run(self.tr("Stampa della ricevuta"),
                              lambda _progress: print_receipt(self.ctx, payment_id, path),
                              lambda written: list_page.open_file(written),
                              lambda exc: task_failed(self, exc))

    def print_statement(self):
        from borgo_desktop.services.ledger.printing import print_statement

        path = list_page.temp_pdf(
            f"estratto-{self.balance.code}-{datetime.now():%Y%m%d-%H%M%S}")
        self.last_pdf = path
        household_id = self.household_id
        return self.tasks.run(self.tr("Preparazione dell'estratto conto"),
                              lambda _progress: print_statement(self.ctx, household_id, path),
                              lambda written: list_page.open_file(written),
                              lambda exc: task_failed(self, exc))
