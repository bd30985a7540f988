"""«Protezione dati»: the administrator's tools in one window.

Three tabs: the access report for one person (chosen with the global search), the retention
proposal with anonymisation after confirmation, and the consent register.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
    QMessageBox, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import ConsentPurpose
from borgo_desktop.services import privacy
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.privacy import retention
from borgo_desktop.services.core.search import KIND_PERSON, SearchHit
from borgo_desktop.ui.search_box import SearchBox
from borgo_desktop.ui.widgets.dialogs import confirm, show_error
from borgo_desktop.ui.widgets.display import ScrollingTable, title_label
from borgo_desktop.ui.widgets.fields import combo_enum, enum_combo
from borgo_desktop.ui.widgets.texts import vocab


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class AccessTab(QWidget):
    """Pick a person, write the JSON and the PDF of everything held on them."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person: SearchHit | None = None
        self.written: tuple[Path, Path] | None = None
        self.search_box = SearchBox(ctx)
        self.search_box.setObjectName("access_search")
        self.search_box.hit_chosen.connect(self.choose)
        self.chosen = QLabel(self.tr("Nessuna persona scelta."))
        self.chosen.setObjectName("access_chosen")
        self.report_button = QPushButton(self.tr("Crea il rapporto (PDF e JSON)…"))
        self.report_button.setObjectName("access_report_button")
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.make_report)
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr(
            "Richiesta di accesso dell'interessato: cercare la persona per cognome, nome o "
            "codice fiscale, poi creare il rapporto con tutti i dati conservati su di lei. "
            "I file creati NON sono cifrati: consegnarli di persona o su un supporto protetto.")))
        layout.addWidget(self.search_box)
        layout.addWidget(self.chosen)
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def choose(self, hit: SearchHit) -> None:
        if hit.kind != KIND_PERSON:
            self.chosen.setText(self.tr("Scegliere una persona, non un nucleo o un alloggio."))
            self.person = None
        else:
            self.person = hit
            self.chosen.setText(self.tr("Persona scelta: {name} ({detail})").format(
                name=hit.title, detail=hit.subtitle))
        self.report_button.setEnabled(self.person is not None)

    def make_report(self, out_dir: Path | None = None) -> tuple[Path, Path] | None:
        if self.person is None:
            return None
        if not out_dir:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Cartella del rapporto"))
            if not chosen:
                return None
            out_dir = Path(chosen)
        try:
            self.written = privacy.write_report(self.ctx, self.person.ref_id, Path(out_dir))
        except UserError as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(self, self.tr("Rapporto creato"), self.tr(
            "Creati {pdf} e {json}. I file non sono cifrati.").format(
                pdf=self.written[1].name, json=self.written[0].name))
        return self.written


class RetentionTab(QWidget):
    """The households the rule proposes; anonymise the selected ones after confirmation."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidates: list[privacy.RetentionCandidate] = []
        self.rule = QLabel()
        self.rule.setObjectName("retention_rule")
        self.rule.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.years.setSuffix(self.tr(" anni"))
        self.save_years = QPushButton(self.tr("Cambia la regola"))
        self.save_years.setObjectName("retention_save_years")
        self.save_years.clicked.connect(self.change_rule)
        rule_row = QHBoxLayout()
        rule_row.addWidget(QLabel(self.tr("Anni dopo l'uscita del nucleo:")))
        rule_row.addWidget(self.years)
        rule_row.addWidget(self.save_years)
        rule_row.addStretch(1)
        may_change = allowed(ctx.actor, Permission.SETTINGS_MANAGE)
        self.years.setEnabled(may_change)
        self.save_years.setVisible(may_change)
        self.table = ScrollingTable([self.tr("Nucleo"), self.tr("Uscito il"),
                                  self.tr("Persone"), self.tr("Nelle altre aree")],
                                 "retention_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.refresh_button = QPushButton(self.tr("Aggiorna la proposta"))
        self.refresh_button.setObjectName("retention_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.select_all = QPushButton(self.tr("Seleziona tutti"))
        self.select_all.clicked.connect(self.table.selectAll)
        self.apply_button = QPushButton(self.tr("Rendi anonimi i nuclei selezionati…"))
        self.apply_button.setObjectName("retention_apply")
        self.apply_button.clicked.connect(self.apply)
        self.done_table = ScrollingTable(
            [self.tr("Nucleo"), self.tr("Uscito il"), self.tr("Reso anonimo il"),
             self.tr("Persone"), self.tr("Regola (anni)"), self.tr("Da")], "disposals_table")
        row = QHBoxLayout()
        for button in (self.refresh_button, self.select_all):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(rule_row)
        layout.addWidget(self.rule)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Registro dei nuclei già resi anonimi")))
        layout.addWidget(self.done_table, 1)

    def change_rule(self) -> None:
        try:
            privacy.set_retention_years(self.ctx, self.years.value())
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def refresh(self) -> None:
        years, self.candidates = privacy.preview(self.ctx)
        self.years.setValue(years)
        self.rule.setText(self.tr(
            "Regola: i dati delle persone dei nuclei usciti da più di {years} anni vengono resi "
            "anonimi (nomi, codice fiscale, recapiti, data di nascita sostituita dalla fascia "
            "di cinque anni). Contratti e importi restano. Nuclei proposti: {n}.").format(
                years=years, n=len(self.candidates)) + " " + self.tr(
            "Nelle altre aree: nomi e recapiti tolti da segnalazioni e prenotazioni, presenze "
            "conservate per le statistiche; le cartelle sociali non vengono modificate (lo "
            "scarto si propone all'assistente sociale)."))
        self.table.set_rows([[c.household_code, fmt_date(c.left_on), str(c.persons),
                              "; ".join(c.also_held) or "—"]
                             for c in self.candidates], [c.household_id for c in self.candidates])
        self.apply_button.setEnabled(bool(self.candidates))
        self.done_table.set_rows([[d.household_code, fmt_date(d.left_on),
                                   fmt_date(d.anonymised_on), str(d.persons), str(d.rule_years),
                                   d.by] for d in privacy.disposals(self.ctx)])

    def selected(self) -> list[privacy.RetentionCandidate]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.candidates[r] for r in rows if r < len(self.candidates)]

    def apply(self) -> int:
        chosen = self.selected()
        if not chosen:
            show_error(self, UserError("Selezionare almeno un nucleo della proposta."))
            return 0
        question = self.tr(
            "Rendere anonimi {n} nuclei ({persons} persone)? L'operazione non si può annullare: "
            "nomi, codici fiscali e recapiti saranno cancellati.").format(
                n=len(chosen), persons=sum(c.persons for c in chosen))
        if not confirm(self, self.tr("Anonimizzazione"), question):
            return 0
        try:
            done = privacy.anonymise(self.ctx, [c.household_id for c in chosen])
        except UserError as exc:
            show_error(self, exc)
            return 0
        QMessageBox.information(self, self.tr("Anonimizzazione"),
                                self.tr("Nuclei resi anonimi: {n}.").format(n=done))
        self.refresh()
        return done


class ConsentRegisterTab(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.purpose = enum_combo(ConsentPurpose, blank=self.tr("Tutte le finalità"))
        self.purpose.setObjectName("register_purpose")
        self.purpose.currentIndexChanged.connect(self.refresh)
        self.active_only = QCheckBox(self.tr("Solo consensi in vigore"))
        self.active_only.setObjectName("register_active_only")
        self.active_only.toggled.connect(self.refresh)
        self.count = QLabel()
        self.table = ScrollingTable([self.tr("Persona"), self.tr("Finalità"), self.tr("Dato il"),
                                  self.tr("Revocato il"), self.tr("Modalità"),
                                  self.tr("Raccolto da")], "register_table")
        row = QHBoxLayout()
        row.addWidget(self.purpose)
        row.addWidget(self.active_only)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def refresh(self, *_args) -> None:
        rows = privacy.consent_register(self.ctx, combo_enum(self.purpose, ConsentPurpose),
                                        self.active_only.isChecked())
        self.count.setText(self.tr("{n} consensi").format(n=len(rows)))
        self.table.set_rows([[c.person_name, vocab(c.purpose), fmt_date(c.given_on),
                              fmt_date(c.withdrawn_on) or self.tr("in vigore"), vocab(c.method),
                              c.recorded_by] for c in rows])


class DataProtectionDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_protection_dialog")
        self.setWindowTitle(self.tr("Protezione dati"))
        self.access = AccessTab(ctx)
        self.retention = RetentionTab(ctx)
        self.register = ConsentRegisterTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.access, self.tr("Accesso ai dati"))
        self.tabs.addTab(self.retention, self.tr("Conservazione"))
        self.tabs.addTab(self.register, self.tr("Registro dei consensi"))
        close = QDialogButtonBox()
        close.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Protezione dei dati personali")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(960, 640)
        self.retention.refresh()
        self.register.refresh()
