"""The ticket list: newest first, filtered by status, building, category, priority, lateness
and assignee (in the database; export and print write exactly what it shows)."""

from __future__ import annotations

from borgo_desktop.models.tickets import Priority, TicketStatus
from borgo_desktop.services.registry import registry
from borgo_desktop.services.tickets import plans as ticket_plans, tickets
from borgo_desktop.services.core.listing import IN_HOUSE
from borgo_desktop.ui.widgets.list_page import FilterDef, ListPage, enum_options


class TicketListPage(ListPage):
    spec_name = "tickets"

    def page_title(self) -> str:
        return self.tr("Segnalazioni")

    def count_text(self, n: int) -> str:
        return self.tr("1 segnalazione") if n == 1 else self.tr("{n} segnalazioni").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        buildings = tuple((b.code, b.code) for b in registry.list_buildings(self.ctx))
        categories = tuple((c.label, c.code) for c in tickets.list_categories(self.ctx))
        assignees = ((self.tr("Personale interno"), IN_HOUSE),) + tuple(
            (c.name, str(c.id)) for c in ticket_plans.list_contractors(self.ctx))
        return (FilterDef("status", self.tr("Stato:"), enum_options(TicketStatus)),
                FilterDef("building", self.tr("Edificio:"), buildings),
                FilterDef("category", self.tr("Categoria:"), categories),
                FilterDef("priority", self.tr("Priorità:"), enum_options(Priority)),
                FilterDef("overdue", self.tr("Scadenza:"),
                          ((self.tr("In ritardo"), self.ctx.today().isoformat()),)),
                FilterDef("assignee", self.tr("Assegnata a:"), assignees))
