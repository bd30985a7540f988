"""Community life in five tabs: groups, events and figures, house rules, rotas, services.

Only COMMUNITY_MANAGE sees the buttons that change things, COMMUNITY_RECORD (the front desk
too) those that record an acknowledgement or a turn; everyone may look and print.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import Audience, ServiceKind, TurnStatus
from borgo_desktop.services.community import community
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.widgets.record_form import (
    PersonPicker, RecordForm, fill, read_only_table, selected_id,
)
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import confirm, open_tracked, show_error, task_failed
from borgo_desktop.ui.widgets.fields import DateEdit, combo_enum, enum_combo, set_combo_data
from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf
from borgo_desktop.ui.widgets.texts import vocab

MONTHS = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")


def _row(*widgets) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


class CommunityPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("community_page")
        self.ctx = ctx
        self.dialog = None
        self.tasks = TaskRunner(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._groups_tab(), self.tr("Gruppi"))
        self.tabs.addTab(self._events_tab(), self.tr("Eventi e partecipazione"))
        self.tabs.addTab(self._rules_tab(), self.tr("Regolamento"))
        self.tabs.addTab(self._rota_tab(), self.tr("Turni autogestiti"))
        self.tabs.addTab(self._directory_tab(), self.tr("Servizi del quartiere"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def _button(self, text: str, slot, *,
                needs: Permission | None = Permission.COMMUNITY_MANAGE) -> QPushButton:
        """A button shown only to the roles with ``needs`` (None: to everyone)."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        button.setVisible(needs is None or allowed(self.ctx.actor, needs))
        return button

    def _form(self, title: str, fields, submit) -> RecordForm:
        return open_tracked(self, RecordForm(title, fields, submit, self),
                            lambda _result: self.refresh())

    def refresh(self) -> None:
        self._load_groups()
        self._load_events()
        self._load_rules()
        self._load_rota()
        self._load_directory()

    # --- groups ------------------------------------------------------------------------------

    def _groups_tab(self) -> QWidget:
        self.groups = read_only_table([self.tr("Gruppo"), self.tr("Scopo"), self.tr("Membri"),
                                       self.tr("Referenti")])
        self.members = read_only_table([self.tr("Membro"), self.tr("Referente"), self.tr("Dal")])
        self.groups.itemSelectionChanged.connect(self._load_members)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(_row(self._button(self.tr("Nuovo gruppo"), self.new_group),
                              self._button(self.tr("Aggiungi membri"), self.add_members),
                              self._button(self.tr("Togli dal gruppo"), self.remove_member)))
        body = QHBoxLayout()
        body.addWidget(self.groups, 3)
        body.addWidget(self.members, 2)
        layout.addLayout(body)
        return tab

    def _load_groups(self) -> None:
        groups = community.list_groups(self.ctx)
        fill(self.groups, [(g.name, g.purpose, g.members, ", ".join(g.referents))
                           for g in groups], [g.id for g in groups])
        self._load_members()

    def _load_members(self) -> None:
        group_id = selected_id(self.groups)
        members = community.group_members(self.ctx, group_id) if group_id else []
        fill(self.members, [(m.name, self.tr("sì") if m.referent else "", fmt_date(m.joined_on))
                            for m in members], [m.person_id for m in members])

    def new_group(self) -> RecordForm:
        name, purpose = QLineEdit(), QLineEdit()
        return self._form(self.tr("Nuovo gruppo"),
                          [("name", self.tr("Nome"), name), ("purpose", self.tr("Scopo"), purpose)],
                          lambda: community.save_group(self.ctx, name.text(), purpose.text()))

    def add_members(self) -> RecordForm | None:
        group_id = selected_id(self.groups)
        if group_id is None:
            show_error(self, UserError("Scegliere prima un gruppo dall'elenco."))
            return None
        picker, referent = PersonPicker(self.ctx), QCheckBox(self.tr("Referenti del gruppo"))

        def submit():
            if not picker.ids():
                raise UserError("Aggiungere almeno una persona.", field="people")
            for person_id in picker.ids():
                community.add_member(self.ctx, group_id, person_id, referent=referent.isChecked())

        return self._form(self.tr("Aggiungi membri"), [("people", self.tr("Persone"), picker),
                                                         ("referent", "", referent)], submit)

    def remove_member(self) -> None:
        group_id, person_id = selected_id(self.groups), selected_id(self.members)
        if group_id is None or person_id is None:
            show_error(self, UserError("Scegliere prima un membro del gruppo."))
            return
        name = self.members.item(self.members.currentRow(), 0).text()
        if confirm(self, self.tr("Togli dal gruppo"),
                   self.tr("{name} non farà più parte del gruppo. Confermare?").format(name=name)):
            self._act(lambda: community.remove_member(self.ctx, group_id, person_id))

    # --- events and figures ----------------------------------------------------------------

    def _events_tab(self) -> QWidget:
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.ctx.today().year)
        self.year.setPrefix(self.tr("Anno "))
        self.year.valueChanged.connect(self._load_events)
        self.events = read_only_table([self.tr("Data"), self.tr("Evento"), self.tr("Luogo"),
                                       self.tr("Pubblico"), self.tr("Partner"),
                                       self.tr("Abitanti"), self.tr("Altri"), self.tr("Totale")])
        self.figures = read_only_table([self.tr("Mese"), self.tr("Pubblico"), self.tr("Eventi"),
                                        self.tr("Abitanti diversi"), self.tr("Altri"),
                                        self.tr("Presenze")])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(_row(self.year, self._button(self.tr("Nuovo evento"), self.new_event),
                              self._button(self.tr("Modifica evento"), self.edit_event),
                              self._button(self.tr("Elimina evento"), self.delete_event)))
        layout.addWidget(self.events, 3)
        layout.addWidget(QLabel(self.tr("Partecipazione per mese e pubblico")))
        layout.addWidget(self.figures, 2)
        return tab

    def _load_events(self) -> None:
        year = self.year.value()
        events = community.list_events(self.ctx, year)
        fill(self.events, [(fmt_date(e.held_on), e.title, e.place, vocab(e.audience), e.partners,
                            e.residents, e.others, e.total) for e in events],
             [e.id for e in events])
        fill(self.figures, [(MONTHS[f.month - 1], vocab(f.audience), f.events, f.residents,
                             f.others, f.attendances)
                            for f in community.participation_figures(self.ctx, year)])

    def new_event(self, record: community.EventRecord | None = None) -> RecordForm:
        """The event form: empty, or filled with ``record`` to correct it."""
        title, place, partners = QLineEdit(), QLineEdit(), QLineEdit()
        held_on, audience = DateEdit(self.ctx.today()), enum_combo(Audience)
        others = QSpinBox()
        others.setRange(0, 100_000)
        picker = PersonPicker(self.ctx)
        if record is not None:
            title.setText(record.title)
            place.setText(record.place)
            partners.setText(record.partners)
            held_on.set_value(record.held_on)
            set_combo_data(audience, record.audience)
            others.setValue(record.other_participants)
            picker.preset(zip(record.participant_ids, record.participant_names, strict=True))

        def submit():
            data = community.EventInput(
                title.text(), held_on.value(), place.text(), combo_enum(audience, Audience),
                partners.text(), record.group_id if record else None, others.value(),
                picker.ids())
            if record is None:
                return community.create_event(self.ctx, data)
            return community.update_event(self.ctx, record.id, data)

        return self._form(self.tr("Modifica evento") if record else self.tr("Nuovo evento"), [
            ("title", self.tr("Titolo"), title), ("held_on", self.tr("Data"), held_on),
            ("place", self.tr("Luogo"), place), ("audience", self.tr("Pubblico"), audience),
            ("partners", self.tr("Partner"), partners),
            ("participant_ids", self.tr("Abitanti presenti"), picker),
            ("other_participants", self.tr("Altri partecipanti (numero)"), others)], submit)

    def edit_event(self) -> RecordForm | None:
        event_id = selected_id(self.events)
        if event_id is None:
            show_error(self, UserError("Scegliere prima un evento dall'elenco."))
            return None
        return self.new_event(community.get_event(self.ctx, event_id))

    def delete_event(self) -> None:
        event_id = selected_id(self.events)
        if event_id is None:
            show_error(self, UserError("Scegliere prima un evento dall'elenco."))
            return
        title = self.events.item(self.events.currentRow(), 1).text()
        if confirm(self, self.tr("Elimina evento"), self.tr(
                "L'evento «{title}» e le sue presenze saranno eliminati. Confermare?").format(
                title=title)):
            self._act(lambda: community.delete_event(self.ctx, event_id))

    # --- house rules ---------------------------------------------------------------------------

    def _rules_tab(self) -> QWidget:
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.acks = read_only_table([self.tr("Nucleo"), self.tr("Presa visione il")])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rules_label)
        layout.addLayout(_row(self._button(self.tr("Nuova versione"), self.new_rules),
                              self._button(self.tr("Registra presa visione"), self.acknowledge,
                                           needs=Permission.COMMUNITY_RECORD)))
        layout.addWidget(self.acks)
        return tab

    def _load_rules(self) -> None:
        self.current_rules = community.current_rules(self.ctx)
        if self.current_rules is None:
            self.rules_label.setText(self.tr("Nessun regolamento registrato."))
            fill(self.acks, [])
            return
        rules_id, version, title, effective = self.current_rules
        acks = community.acknowledgements(self.ctx, rules_id)
        signed = sum(1 for a in acks if a.acknowledged_on)
        self.rules_label.setText(self.tr(
            "«{title}», versione {version} in vigore dal {day}: presa visione di {signed} "
            "nuclei su {total}.").format(title=title, version=version, day=fmt_date(effective),
                                         signed=signed, total=len(acks)))
        fill(self.acks, [(a.household_code, fmt_date(a.acknowledged_on) or self.tr("da firmare"))
                         for a in acks], [a.household_id for a in acks])

    def new_rules(self) -> RecordForm:
        title, body, effective = QLineEdit(), QPlainTextEdit(), DateEdit(self.ctx.today())
        return self._form(self.tr("Nuova versione del regolamento"), [
            ("title", self.tr("Titolo"), title), ("body", self.tr("Testo"), body),
            ("effective_on", self.tr("In vigore dal"), effective)],
            lambda: community.publish_rules(self.ctx, title.text(), body.toPlainText(),
                                            effective.value() or self.ctx.today()))

    def acknowledge(self) -> None:
        household_id = selected_id(self.acks)
        if self.current_rules is None or household_id is None:
            show_error(self, UserError("Scegliere prima un nucleo dall'elenco."))
            return
        self._act(lambda: community.acknowledge(self.ctx, self.current_rules[0], household_id))

    def _act(self, call) -> None:
        try:
            call()
        except UserError as exc:
            show_error(self, exc)
        self.refresh()

    # --- rotas --------------------------------------------------------------------------------

    def _rota_tab(self) -> QWidget:
        self.service = QComboBox()
        self.service.currentIndexChanged.connect(self._load_turns)
        self.turns = read_only_table([self.tr("Giorno"), self.tr("Nucleo"), self.tr("Referente"),
                                      self.tr("Stato"), self.tr("Nota")])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(_row(
            self.service, self._button(self.tr("Fatto"), lambda: self.mark_turn(True),
                                       needs=Permission.COMMUNITY_RECORD),
            self._button(self.tr("Saltato"), lambda: self.mark_turn(False),
                         needs=Permission.COMMUNITY_RECORD),
            self._button(self.tr("Stampa turni"), self.print_rota, needs=None),
            self._button(self.tr("Turni per la bacheca"), lambda: self.print_rota(board=True),
                         needs=Permission.COMM_SEND),
            self._button(self.tr("Nuovo servizio autogestito"), self.new_self_service),
            self._button(self.tr("Pianifica turni"), self.plan)))
        layout.addWidget(self.turns)
        return tab

    def _rota_period(self) -> tuple[date, date]:
        today = self.ctx.today()
        return date.fromordinal(today.toordinal() - 60), date.fromordinal(today.toordinal() + 120)

    def _load_rota(self) -> None:
        chosen = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        for service_id, name, _description, _every in community.list_self_services(self.ctx):
            self.service.addItem(name, str(service_id))
        index = self.service.findData(chosen)
        self.service.setCurrentIndex(max(index, 0))
        self.service.blockSignals(False)
        self._load_turns()

    def _service_id(self):
        import uuid

        return uuid.UUID(self.service.currentData()) if self.service.currentData() else None

    def _load_turns(self) -> None:
        service_id = self._service_id()
        turns = community.rota(self.ctx, service_id, *self._rota_period()) if service_id else []
        fill(self.turns, [(fmt_date(t.due_on), t.household_code, t.reference, vocab(t.status),
                           t.note) for t in turns], [t.id for t in turns])
        for row, turn in enumerate(turns):
            if turn.status == TurnStatus.MISSED:
                self.turns.item(row, 3).setForeground(Qt.GlobalColor.red)

    def mark_turn(self, done: bool) -> None:
        turn_id = selected_id(self.turns)
        if turn_id is None:
            show_error(self, UserError("Scegliere prima un turno dall'elenco."))
            return
        self._act(lambda: community.record_turn(self.ctx, turn_id, done))

    def new_self_service(self) -> RecordForm:
        name, description, every = QLineEdit(), QLineEdit(), QSpinBox()
        every.setRange(1, 90)
        every.setValue(7)
        every.setSuffix(self.tr(" giorni"))
        return self._form(self.tr("Nuovo servizio autogestito"), [
            ("name", self.tr("Nome"), name), ("description", self.tr("Descrizione"), description),
            ("every_days", self.tr("Turno ogni"), every)],
            lambda: community.save_self_service(self.ctx, name.text(), description.text(),
                                                every.value()))

    def plan(self) -> RecordForm | None:
        service_id = self._service_id()
        if service_id is None:
            show_error(self, UserError("Creare prima un servizio autogestito."))
            return None
        first, count = DateEdit(self.ctx.today()), QSpinBox()
        count.setRange(1, 366)
        count.setValue(12)
        households = QListWidget()
        for household_id, code, reference in community.resident_households(self.ctx):
            item = QListWidgetItem(f"{code} {reference}")
            item.setData(Qt.ItemDataRole.UserRole, household_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            households.addItem(item)

        def chosen() -> list:
            return [households.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(households.count())
                    if households.item(i).checkState() == Qt.CheckState.Checked]

        return self._form(self.tr("Pianifica turni"), [
            ("first_day", self.tr("Dal"), first), ("turns", self.tr("Numero di turni"), count),
            ("households", self.tr("Nuclei, a rotazione"), households)],
            lambda: community.plan_rota(self.ctx, service_id, chosen(),
                                        first.value() or self.ctx.today(), count.value()))

    def print_rota(self, board: bool = False):
        """The office's rota, or (``board``) the staircase's: days only, nobody named."""
        from borgo_desktop.services.community.printing import print_rota  # ReportLab: lazily

        service_id = self._service_id()
        if service_id is None:
            return None
        first, last = self._rota_period()
        path = temp_pdf(f"turni{'-bacheca' if board else ''}-{first:%Y%m%d}")
        return self.tasks.run(self.tr("Preparazione dei turni"),
                              lambda _p: print_rota(self.ctx, service_id, first, last, path,
                                                    board=board),
                              lambda _path: open_file(path), lambda exc: task_failed(self, exc))

    # --- neighbourhood services ----------------------------------------------------------------

    def _directory_tab(self) -> QWidget:
        self.service_query = QLineEdit()
        self.service_query.setPlaceholderText(self.tr("Cerca per nome, indirizzo, orari, note"))
        self.service_query.textChanged.connect(self._load_directory)
        self.service_kind = enum_combo(ServiceKind, blank=self.tr("Tutti i tipi"))
        self.service_kind.currentIndexChanged.connect(self._load_directory)
        self.directory = read_only_table([self.tr("Tipo"), self.tr("Servizio"),
                                          self.tr("Indirizzo"), self.tr("Telefono"),
                                          self.tr("Orari"), self.tr("Note")], wrap=(1, 4, 5))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(_row(self.service_query, self.service_kind,
                              self._button(self.tr("Nuovo servizio"), self.new_service),
                              self._button(self.tr("Modifica servizio"), self.edit_service),
                              self._button(self.tr("Elimina servizio"), self.delete_service),
                              self._button(self.tr("Stampa volantino"), self.print_leaflet,
                                           needs=None)))
        self.service_query.setMinimumWidth(320)
        layout.addWidget(self.directory)
        return tab

    def _load_directory(self, *_args) -> None:
        self.services = services = community.search_services(
            self.ctx, self.service_query.text(), combo_enum(self.service_kind, ServiceKind))
        fill(self.directory, [(vocab(s.kind), s.name, s.address, s.phone, s.hours, s.notes)
                              for s in services], [s.id for s in services])

    def new_service(self, record: community.ServiceView | None = None) -> RecordForm:
        """The directory form: empty, or filled with ``record`` to correct it."""
        edits = {key: QLineEdit(getattr(record, key) if record else "")
                 for key in ("name", "address", "phone", "email", "website", "hours", "notes")}
        kind = enum_combo(ServiceKind)
        if record is not None:
            set_combo_data(kind, record.kind)
        labels = {"name": self.tr("Nome"), "address": self.tr("Indirizzo"),
                  "phone": self.tr("Telefono"), "email": self.tr("Email"),
                  "website": self.tr("Sito"), "hours": self.tr("Orari"),
                  "notes": self.tr("Note")}
        fields = [("name", labels["name"], edits["name"]), ("kind", self.tr("Tipo"), kind)]
        fields += [(key, labels[key], edits[key]) for key in list(edits)[1:]]
        title = (self.tr("Modifica servizio del quartiere") if record
                 else self.tr("Nuovo servizio del quartiere"))
        return self._form(title, fields,
                          lambda: community.save_service(self.ctx, community.ServiceInput(
                              kind=combo_enum(kind, ServiceKind),
                              **{key: edit.text() for key, edit in edits.items()}),
                              record.id if record else None))

    def _selected_service(self) -> community.ServiceView | None:
        service_id = selected_id(self.directory)
        found = [s for s in self.services if s.id == service_id]
        if not found:
            show_error(self, UserError("Scegliere prima un servizio dall'elenco."))
        return found[0] if found else None

    def edit_service(self) -> RecordForm | None:
        service = self._selected_service()
        return self.new_service(service) if service else None

    def delete_service(self) -> None:
        service = self._selected_service()
        if service is not None and confirm(self, self.tr("Elimina servizio"), self.tr(
                "«{name}» sarà tolto dall'elenco dei servizi. Confermare?").format(
                name=service.name)):
            self._act(lambda: community.delete_service(self.ctx, service.id))

    def print_leaflet(self):
        from borgo_desktop.services.community.printing import print_leaflet  # ReportLab

        path = temp_pdf("servizi-del-quartiere")
        return self.tasks.run(self.tr("Preparazione del volantino"),
                              lambda _p: print_leaflet(self.ctx, path),
                              lambda _path: open_file(path), lambda exc: task_failed(self, exc))
