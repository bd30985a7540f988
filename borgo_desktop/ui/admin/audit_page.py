"""The audit trail for the administrator: filter by user, operation, record and days; check
the chain.

The list is the "audit" spec of services.listing, so it pages lazily, sorts in the database,
and exports or prints exactly what it shows. "Verifica catena" walks the whole chain in the
background and says in plain words whether the log is intact or where it was altered.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from borgo_desktop.formatting import fmt_decimal
from borgo_desktop.services.admin import anchors
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.audit_labels import action_label
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.dialogs import task_failed
from borgo_desktop.ui.widgets.fields import DateEdit
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import FilterDef, ListPage
from borgo_desktop.ui.widgets.texts import vocab_word

OK_STYLE = ("color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7;"
            " border-radius: 4px; padding: 6px;")
BAD_STYLE = ("color: #b3261e; background: #fdecea; border: 1px solid #f5c2c0;"
             " border-radius: 4px; padding: 6px;")


class AuditPage(ListPage):
    spec_name = "audit"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.text_filter.setPlaceholderText(self.tr("Cerca in utente, operazione, dettaglio…"))
        self.record_filter = QLineEdit()
        self.record_filter.setObjectName("record_filter")
        self.record_filter.setPlaceholderText(self.tr("Id del record"))
        self.record_filter.setAccessibleName(self.tr("Id del record"))
        self.record_filter.setClearButtonEnabled(True)
        self.record_filter.setMinimumWidth(280)
        self.record_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.since = DateEdit()
        self.since.setObjectName("since_filter")
        self.since.setAccessibleName(self.tr("Dal giorno"))
        self.until = DateEdit()
        self.until.setObjectName("until_filter")
        self.until.setAccessibleName(self.tr("Al giorno"))
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _date: self._filter_timer.start())
        second = QHBoxLayout()
        for label, widget in ((self.tr("Record:"), self.record_filter),
                              (self.tr("Dal:"), self.since), (self.tr("Al:"), self.until)):
            second.addWidget(QLabel(label))
            second.addWidget(widget)
            second.addSpacing(8)
        second.addStretch(1)
        self.layout().insertLayout(2, second)

        self.verify_button = QPushButton(icon("fa5s.key"), self.tr("Verifica catena"))
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setToolTip(self.tr(
            "Controlla che nessuna voce del registro sia stata modificata, tolta o spostata"))
        self.verify_button.clicked.connect(self.verify_chain)
        self.top_bar.insertWidget(self.top_bar.indexOf(self.export_button), self.verify_button)
        self.verify_label = QLabel()
        self.verify_label.setObjectName("verify_label")
        self.verify_label.setWordWrap(True)
        self.verify_label.hide()
        self.layout().insertWidget(1, self.verify_label)
        self.row_opened.connect(self.follow_record)
        self.table.setToolTip(self.tr("Doppio clic: tutte le operazioni sullo stesso record"))

    def page_title(self) -> str:
        return self.tr("Registro delle operazioni")

    def count_text(self, n: int) -> str:
        return self.tr("1 voce") if n == 1 else self.tr("{n} voci").format(n=fmt_decimal(n, 0))

    def filter_defs(self) -> tuple[FilterDef, ...]:
        actors = tuple((name, name) for name in audit.actors(self.ctx))
        actions = sorted(((action_label(code, vocab_word), code)
                          for code in audit.action_codes(self.ctx)), key=lambda o: o[0].lower())
        return (FilterDef("actor", self.tr("Utente:"), actors),
                FilterDef("action", self.tr("Operazione:"), tuple(actions)))

    def filters(self) -> dict:
        values = super().filters()
        # Built in __init__ after the base class loaded the list once without them.
        if hasattr(self, "record_filter"):
            values.update(entity_id=self.record_filter.text().strip(),
                          since=self.since.value(), until=self.until.value())
        return {k: v for k, v in values.items() if v not in (None, "")}

    def follow_record(self, entry_id) -> None:
        """Double click on an entry: every operation on the record it names."""
        self.show_record(self.model.values_of(entry_id).get("entity_id") or "")

    def show_record(self, record_id: str) -> None:
        if record_id:
            self.record_filter.setText(record_id)
            self.apply_filters()

    # --- the chain ----------------------------------------------------------------------

    def verify_chain(self):
        self.verify_button.setEnabled(False)
        return self.tasks.run(self.tr("Verifica del registro"),
                              lambda _progress: anchors.verify(self.ctx), self._verified,
                              self._verify_failed)

    def _verified(self, anchored: anchors.AnchoredResult) -> None:
        """The chain, then the signed anchors (services/admin/anchors.py)."""
        self.verify_button.setEnabled(True)
        result = anchored.chain
        if anchored.ok:
            text = self.tr("Registro integro: {n} voci controllate, nessuna alterazione.").format(
                n=fmt_decimal(result.checked, 0))
            if anchored.warnings:
                text += " " + " ".join(anchored.warnings)
        elif not result.ok and result.first_bad_seq is not None:
            text = self.tr("Attenzione: il registro è stato alterato a partire dalla voce "
                           "n. {seq}. {reason} Le {n} voci precedenti sono integre.").format(
                seq=result.first_bad_seq, reason=result.reason,
                n=fmt_decimal(result.checked, 0))
        else:
            text = self.tr("Attenzione: il registro non coincide con le ancore firmate. "
                           "{reason}").format(reason=" ".join(anchored.problems))
        self.verify_label.setText(text)
        self.verify_label.setStyleSheet(OK_STYLE if result.ok else BAD_STYLE)
        self.verify_label.show()
        self.status_message.emit(text)

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        task_failed(self, exc)
