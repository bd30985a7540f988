"""First start: create the administrator, then show the recovery key once.

Three pages. The administrator page is the wizard's commit point: "Crea l'amministratore"
calls Gate.set_up (the service's refusals appear under the fields, the input stays); after
it there is no way back. The last page shows the recovery key, offers its PDF sheet, and
Finish stays disabled until "Ho conservato la chiave" is ticked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from borgo_desktop.errors import UserError
from borgo_desktop.ui.accounts.form_parts import FieldGrid, NewPassword, call_service
from borgo_desktop.ui.widgets.dialogs import show_error
from borgo_desktop.ui.widgets.forms import FormErrors, banner_label, hint_label


class SetupWizard(QWizard):
    def __init__(self, gate, database_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Borgo Desktop – Prima configurazione"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 520)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.gate = gate
        self.database_label = database_label
        self.context = None
        self.recovery_key = ""
        self.welcome = WelcomePage(database_label)
        self.admin = AdminPage()
        self.key_page = RecoveryKeyPage()
        for page in (self.welcome, self.admin, self.key_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Avanti >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Indietro"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Crea l'amministratore"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Inizia"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Esci"))

    def reject(self) -> None:
        # Once the administrator exists the key page must be confirmed: closing the window
        # would lose the only sight of the recovery key.
        if self.context is None:
            super().reject()

    def set_up(self, username: str, display_name: str, password: str) -> bool:
        ok, result = call_service(self.admin.errors, lambda: self.gate.set_up(
            username, display_name, password))
        if ok:
            self.context, self.recovery_key = result
            self.key_page.show_key(self.recovery_key)
        return ok


class WelcomePage(QWizardPage):
    def __init__(self, database_label: str) -> None:
        super().__init__()
        self.setObjectName("welcome_page")
        self.setTitle(self.tr("Benvenuto in Borgo Desktop"))
        text = QLabel(self.tr(
            "Questo è il primo avvio del programma su questo archivio.\n\n"
            "Ora si crea l'account dell'amministratore, che poi aggiunge gli altri utenti "
            "(sportello, gestione tecnica, assistenti sociali, responsabile).\n\n"
            "I dati sono cifrati: senza una password valida l'archivio non si apre. Alla fine "
            "il programma mostra, una volta sola, una chiave di recupero da stampare e "
            "conservare in un luogo sicuro: serve se si dimentica la password."))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if database_label:
            layout.addWidget(hint_label(self.tr("Archivio: {db}").format(db=database_label)))
        layout.addStretch(1)


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("admin_page")
        self.setTitle(self.tr("L'amministratore"))
        self.setSubTitle(self.tr("Chi gestisce utenti, copie di sicurezza e registro delle "
                                 "operazioni. Scelga una password lunga e facile da ricordare."))
        self.setCommitPage(True)  # set_up has run once Next is pressed: no way back
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        grid = FieldGrid(self.errors)
        self.username = grid.add("username", self.tr("Nome utente"), QLineEdit())
        self.username.setPlaceholderText(self.tr("es. admin o m.rossi"))
        self.display_name = grid.add("display_name", self.tr("Nome e cognome"), QLineEdit())
        self.new_password = NewPassword(grid, "password", lambda: (
            self.username.text(), self.display_name.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(grid)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.errors.clear()
        if not self.new_password.matches():
            return False
        return self.wizard().set_up(self.username.text().strip(),
                                    self.display_name.text().strip(), self.new_password.text())


class RecoveryKeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("recovery_key_page")
        self.setTitle(self.tr("La chiave di recupero"))
        self.setSubTitle(self.tr(
            "Viene mostrata solo ora. La stampi o la salvi come PDF e la conservi lontano dal "
            "computer: chi la possiede può reimpostare la password di un utente."))
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key_label")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("background: #fff8e1; border: 1px solid #ffe082;"
                                     " border-radius: 4px; padding: 16px;")
        self.save_button = QPushButton(self.tr("Salva il foglio PDF…"))
        self.save_button.setObjectName("save_sheet_button")
        self.save_button.clicked.connect(self.ask_and_save_sheet)
        self.copy_button = QPushButton(self.tr("Copia la chiave"))
        self.copy_button.setObjectName("copy_key_button")
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.wizard().recovery_key))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("sheet_saved_label")
        self.saved_label.setWordWrap(True)
        self.kept = QCheckBox(self.tr("Ho conservato la chiave"))
        self.kept.setObjectName("kept_check")
        self.registerField("kept*", self.kept)  # Finish waits for the tick
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.kept)

    def show_key(self, key: str) -> None:
        self.key_label.setText(key)

    def ask_and_save_sheet(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Salva il foglio della chiave di recupero"),
            str(Path.home() / "borgo-chiave-di-recupero.pdf"), self.tr("Documento PDF (*.pdf)"))
        if path:
            self.save_sheet(Path(path).with_suffix(".pdf"))

    def save_sheet(self, path: Path) -> bool:
        from borgo_desktop.reports.admin_recovery import write_recovery_sheet

        wizard = self.wizard()
        try:
            write_recovery_sheet(path, wizard.recovery_key, wizard.database_label)
        except (OSError, UserError) as exc:
            show_error(self, exc if isinstance(exc, UserError) else UserError(
                "Il foglio non è stato salvato in {path}: {reason}", path=str(path),
                reason=exc.strerror or str(exc)))
            return False
        self.saved_label.setText(self.tr("Foglio salvato in {path}. Lo stampi, poi cancelli il "
                                         "file se il computer non è sicuro.").format(path=path))
        return True
