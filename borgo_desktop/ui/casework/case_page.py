"""A case file: header with stage and next duty, the timeline (notes, assessments, pact,
reviews, referrals, stages), quick note entry with its autosaved draft, and the forms."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QSizePolicy,
    QSplitter, QTableWidgetItem, QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import fmt_date
from borgo_desktop.errors import UserError
from borgo_desktop.models.casework import (
    CaseStage, Dimension, GoalOutcome, NoteKind, ReferralReason, ReferralStatus,
)
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.casework.views import CaseFile
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.casework.case_dialogs import (
    AssessmentDialog, PlanDialog, ReferralDialog, ReviewDialog,
)
from borgo_desktop.ui.casework.case_steps import CloseCaseDialog, ReferralStatusDialog
from borgo_desktop.ui.casework.note_editor import NoteEditor
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import show_error, task_failed
from borgo_desktop.ui.widgets.display import (
    FittedTable, MUTED_STYLE, WARN_STYLE, boxed, set_chip, title_label,
)
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf
from borgo_desktop.ui.widgets.texts import vocab


def _stretch(table, *columns: int) -> None:
    """These columns share the width left by the others (sized to their contents)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in columns
                                    else QHeaderView.ResizeMode.ResizeToContents)


class CasePage(QWidget):
    changed = Signal(object)           # the case id, after a change made here
    household_opened = Signal(object)  # a household id
    participants_requested = Signal(object)  # the case id: its ESF+ data (ui/reporting)

    def __init__(self, ctx: Context, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_page")
        self.ctx, self.case_id = ctx, case_id
        self.file: CaseFile | None = None
        self.dialog = None
        self.printed = None  # path of the last document printed from here
        self.tasks = TaskRunner(self)

        self.title = title_label(name="case_title")
        self.stage_chip = QLabel()
        self.stage_chip.setObjectName("stage_chip")
        self.next_label = QLabel()
        self.next_label.setObjectName("next_action_label")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.stage_chip)
        header.addStretch(1)
        header.addWidget(self.next_label)
        buttons = QHBoxLayout()
        self.household_button = self._button("fa5s.users", self.tr("Apri nucleo"),
                                             "open_household_button",
                                             lambda: self.household_opened.emit(
                                                 self.file.summary.household_id))
        self.assessment_button = self._button("fa5s.edit", self.tr("Valutazione"),
                                              "assessment_button", self.assess)
        self.plan_button = self._button("fa5s.edit", self.tr("Patto"), "plan_button",
                                        self.edit_plan)
        self.review_button = self._button("fa5s.edit", self.tr("Verifica patto"),
                                          "review_button", self.review_plan)
        self.referral_button = self._button("fa5s.sign-out-alt", self.tr("Invio a servizio"),
                                            "referral_button", self.refer)
        self.pact_button = self._button("fa5s.print", self.tr("Stampa patto"), "print_pact_button",
                                        self.print_pact)
        self.summary_button = self._button("fa5s.print", self.tr("Sintesi per l'équipe"),
                                           "print_summary_button", self.print_summary)
        self.participants_button = self._button(
            "fa5s.clipboard-list", self.tr("Dati FSE+"), "participants_button",
            lambda: self.participants_requested.emit(self.case_id))
        self.stage_button = QPushButton(icon("fa5s.key"), self.tr("Fase"))
        self.stage_button.setObjectName("stage_button")
        self.stage_menu = QMenu(self.stage_button)
        self.stage_button.setMenu(self.stage_menu)
        for button in (self.household_button, self.stage_button, self.assessment_button, self.plan_button,
                       self.review_button, self.referral_button, self.pact_button,
                       self.summary_button, self.participants_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.info = QLabel()
        self.info.setObjectName("case_info")
        self.info.setStyleSheet(MUTED_STYLE)
        self.info.setWordWrap(True)
        self.timeline = FittedTable([self.tr("Data"), self.tr("Voce"), self.tr("Contenuto")],
                                    "timeline_table")
        # The diary can be long: it scrolls inside its box, the text column takes the width.
        self.timeline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.timeline.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.timeline.sizeHint = lambda: QSize(700, 300)
        self.timeline.minimumSizeHint = lambda: QSize(300, 120)
        self.timeline.setWordWrap(True)
        _stretch(self.timeline, 2)
        self.timeline.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.timeline.setColumnWidth(1, 170)
        self.timeline.itemActivated.connect(self._row_activated)
        self.scores = FittedTable([self.tr("Dimensione"), self.tr("Punteggio"),
                                   self.tr("Variazione"), self.tr("Nota")], "scores_table")
        self.goals = FittedTable([self.tr("N."), self.tr("Obiettivo"), self.tr("Entro il"),
                                  self.tr("Esito")], "goals_table")
        self.goals.setWordWrap(True)
        _stretch(self.goals, 1)
        _stretch(self.scores, 3)
        self.note_editor = NoteEditor(ctx, case_id, self)
        self.note_editor.saved.connect(lambda _id: self._changed())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(boxed(self.tr("Nuova nota"), self.note_editor))
        # A long diary opens on its newest notes; the rest on request (and kept on refresh).
        self.whole_diary = False
        self.older_notes_button = QPushButton()
        self.older_notes_button.setObjectName("older_notes_button")
        self.older_notes_button.clicked.connect(self._show_whole_diary)
        timeline_box = boxed(self.tr("Diario della cartella (doppio clic: correggere una "
                                           "nota, aggiornare un invio)"), self.timeline,
                             self.older_notes_button)
        left_layout.addWidget(timeline_box, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.scores_box = boxed(self.tr("Ultima valutazione"), self.scores)
        self.goals_box = boxed(self.tr("Obiettivi del patto"), self.goals)
        right_layout.addWidget(self.scores_box)
        right_layout.addWidget(self.goals_box)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        self.refresh(first=True)

    def _button(self, icon_name: str, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- showing ---------------------------------------------------------------------------

    def refresh(self, first: bool = False) -> None:
        # The first load is the audited opening; later refreshes re-read what was just saved.
        self.file = case_file.open_file(self.ctx, self.case_id, opening=first,
                                        notes=None if self.whole_diary else case_file.NOTE_PAGE)
        older = self.file.older_notes
        self.older_notes_button.setVisible(older > 0)
        self.older_notes_button.setText(
            self.tr("Mostra tutto il diario ({count} note precedenti)").format(count=older))
        s = self.file.summary
        self.title.setText(self.tr("Cartella sociale – nucleo {code}").format(code=s.household_code)
                           + (f" – {s.household_name}" if s.household_name else ""))
        set_chip(self.stage_chip, vocab(s.stage), "muted" if s.closed_on else "info")
        action = s.next_action
        self.next_label.setText(self.tr("Da fare: {what}").format(what=vocab(action.duty))
                                + (self.tr(" entro il {date}").format(date=fmt_date(action.due))
                                   if action.due else ""))
        self.next_label.setStyleSheet(WARN_STYLE if action.overdue else "")
        self.info.setText(self.tr("Aperta il {opened} ({origin}) · assistenti sociali: {workers} · "
                                  "primo colloquio entro il {first} · patto entro il {pact}")
                          .format(opened=fmt_date(s.opened_on), origin=vocab(s.origin),
                                  workers=", ".join(s.workers) or "—",
                                  first=fmt_date(s.first_meeting_due), pact=fmt_date(s.pact_due)))
        self._show_timeline()
        self._show_scores()
        self._show_goals()
        plan = self.file.current_plan
        self.review_button.setEnabled(plan is not None and plan.agreed_on is not None)
        self._fill_stage_menu(s.stage)
        self.pact_button.setEnabled(plan is not None)

    def _show_whole_diary(self) -> None:
        self.whole_diary = True
        self.refresh()

    def _show_timeline(self) -> None:
        entries, f = self.file.timeline, self.file
        self._records = {**{n.id: n for n in f.notes}, **{a.id: a for a in f.assessments},
                         **{p.id: p for p in f.plans}, **{r.id: r for r in f.referrals},
                         **{r.id: r for p in f.plans for r in p.reviews}}
        self.timeline.set_rows([[fmt_date(e.on), *self._entry_texts(e)] for e in entries],
                               [e.ref_id for e in entries])
        for row, entry in enumerate(entries):
            self.timeline.item(row, 1).setData(Qt.ItemDataRole.UserRole, entry.kind)
        self.timeline.resizeRowsToContents()

    def _entry_texts(self, entry) -> tuple[str, str]:
        """Title and text of a diary line, in the window's language."""
        record = self._records.get(entry.ref_id)
        if entry.kind == "note":
            note = record
            title = vocab(NoteKind(note.kind))
            return (self.tr("Correzione: {kind}").format(kind=title) if note.amends_id
                    else title), note.body
        if entry.kind == "assessment":
            return self.tr("Valutazione"), ", ".join(
                f"{vocab(Dimension(x.dimension))} {x.score}" for x in record.scores)
        if entry.kind == "plan":
            return vocab(CaseStage.PLAN_AGREED), "; ".join(g.text for g in record.goals)
        if entry.kind == "review":
            return self.tr("Verifica del patto"), "; ".join(
                self.tr("obiettivo {n}: {outcome}").format(n=n, outcome=vocab(GoalOutcome(o)))
                for n, o, _note in record.outcomes)
        if entry.kind == "referral":
            return (self.tr("Invio a {service}").format(service=record.service_name),
                    f"{vocab(ReferralReason(record.reason))} · "
                    f"{vocab(ReferralStatus(record.status))}")
        return self.tr("Fase: {stage}").format(stage=vocab(entry.stage)), entry.text

    def _show_scores(self) -> None:
        last = self.file.assessments[-1] if self.file.assessments else None
        self.scores_box.setTitle(self.tr("Ultima valutazione del {date}").format(
            date=fmt_date(last.assessed_on)) if last else self.tr("Nessuna valutazione"))
        self.scores.set_rows([[vocab(Dimension(x.dimension)), str(x.score),
                               "" if x.change is None else f"{x.change:+d}", x.note]
                              for x in (last.scores if last else ())])

    def _show_goals(self) -> None:
        plan = self.file.current_plan
        if plan is None:
            title = self.tr("Nessun patto")
        elif plan.agreed_on is None:
            title = self.tr("Patto in preparazione")
        else:
            title = self.tr("Patto firmato il {date}").format(date=fmt_date(plan.agreed_on))
        self.goals_box.setTitle(title)
        self.goals.set_rows([[str(g.position), g.text, fmt_date(g.due_on),
                              vocab(GoalOutcome(g.outcome))] for g in (plan.goals if plan else ())])
        self.goals.resizeRowsToContents()

    # --- actions ---------------------------------------------------------------------------

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit(self.case_id)

    def _open(self, dialog):
        open_tracked(self, dialog, self._changed, signal="accepted")
        return dialog

    def assess(self) -> AssessmentDialog:
        return self._open(AssessmentDialog(self.ctx, self.case_id, self))

    def edit_plan(self) -> PlanDialog:
        plan = self.file.current_plan
        draft = next((p for p in self.file.plans if p.agreed_on is None), None)
        return self._open(PlanDialog(self.ctx, self.case_id, draft or plan, self))

    def review_plan(self) -> ReviewDialog | None:
        plan = self.file.current_plan
        if plan is None or plan.agreed_on is None:
            return None
        return self._open(ReviewDialog(self.ctx, self.case_id, plan, self))

    def refer(self) -> ReferralDialog:
        return self._open(ReferralDialog(self.ctx, self.case_id, self))

    def _fill_stage_menu(self, stage: CaseStage) -> None:
        self.stage_menu.clear()
        for target in cases.MANUAL_STEPS.get(stage, ()):
            action = self.stage_menu.addAction(self.tr("Passa a: {stage}").format(
                stage=vocab(target)))
            action.triggered.connect(lambda _checked=False, t=target: self.advance(t))
        if stage == CaseStage.CLOSED:
            self.stage_menu.addAction(self.tr("Verifica a 6 mesi fatta"), self.follow_up)
        elif stage != CaseStage.FOLLOWED_UP:
            self.stage_menu.addSeparator()
            self.stage_menu.addAction(self.tr("Chiudi il percorso…"), self.close_case)
        self.stage_button.setEnabled(not self.stage_menu.isEmpty())

    def _run(self, call) -> bool:
        try:
            call()
        except UserError as exc:
            show_error(self, exc)
            return False
        self._changed()
        return True

    def advance(self, target: CaseStage) -> bool:
        return self._run(lambda: cases.advance_stage(self.ctx, self.case_id, target))

    def follow_up(self) -> bool:
        return self._run(lambda: cases.record_follow_up(self.ctx, self.case_id))

    def close_case(self) -> CloseCaseDialog:
        return self._open(CloseCaseDialog(self.ctx, self.case_id, self))

    def update_referral(self, referral_id: uuid.UUID) -> ReferralStatusDialog:
        referral = next(r for r in self.file.referrals if r.id == referral_id)
        return self._open(ReferralStatusDialog(self.ctx, referral, self))

    def _row_activated(self, item: QTableWidgetItem) -> None:
        row = item.row()
        kind = self.timeline.item(row, 1).data(Qt.ItemDataRole.UserRole)
        ref_id = self.timeline.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if kind == "referral":
            self.update_referral(ref_id)
        elif kind == "note":
            self._amend(row, ref_id)

    def _amend(self, row: int, note_id: uuid.UUID) -> None:
        self.note_editor.set_amends(note_id, self.tr("del {date}").format(
            date=self.timeline.item(row, 0).text()))
        self.note_editor.body.setFocus()

    def _print(self, name: str, job, title: str):
        path = temp_pdf(f"{name}-{self.file.summary.household_code}")

        def done(_result):
            self.printed = path
            open_file(path)

        return self.tasks.run(title, lambda _progress: job(self.ctx, self.case_id, path), done,
                              lambda exc: task_failed(self, exc))

    def print_pact(self):
        from borgo_desktop.services.casework.printing import print_pact  # ReportLab: lazily

        return self._print("patto", print_pact, self.tr("Preparazione del patto"))

    def print_summary(self):
        from borgo_desktop.services.casework.printing import print_summary

        return self._print("sintesi", print_summary, self.tr("Preparazione della sintesi"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.note_editor.flush()
        super().closeEvent(event)

    def flush(self) -> None:
        self.note_editor.flush()
