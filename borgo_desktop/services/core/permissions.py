"""Who may do what: one table of permissions by role, enforced in the services.

Every service call that reads or changes protected data starts with
``require(ctx, Permission.X)``; a role without the permission gets a
:class:`PermissionDenied` with an Italian message, and the refusal is written to the audit
trail. The window asks :func:`allowed` to hide what a role cannot use, but the services are
the guard: hiding a button is a courtesy, not a control.

Least privilege, as DOMAIN.md asks: facility staff see derived flags, never health data; the
front desk sees that a household has a social worker and whom to call, never case content; a
manager sees counts, stages and deadlines of cases, not note bodies; the administrator runs
accounts, audit, backups and data-protection tools but does not read case content.
"""

from __future__ import annotations

from enum import StrEnum

from borgo_desktop.errors import UserError


class Permission(StrEnum):
    # registry and allocation
    REGISTRY_READ = "registry.read"  # households, persons, units, leases
    REGISTRY_WRITE = "registry.write"
    REGISTRY_SENSITIVE = "registry.sensitive"  # ISEE, disability, health-related needs
    ESTATE_MANAGE = "estate.manage"  # buildings, units, common spaces: create, edit, retire
    ALLOCATION_READ = "allocation.read"
    ALLOCATION_WRITE = "allocation.write"
    IMPORT_DATA = "data.import"
    EXPORT_PERSONAL = "data.export_personal"  # exports and prints that name people
    # facility management
    TICKET_CREATE = "ticket.create"  # report, comment, book an access appointment
    TICKET_MANAGE = "ticket.manage"  # triage, assign, change status, preventive plans
    TICKET_CLOSE = "ticket.close"
    TICKET_COSTS = "ticket.costs"  # see and enter costs
    CONTRACTOR_MANAGE = "contractor.manage"
    # shared spaces and community
    BOOKING_CREATE = "booking.create"
    BOOKING_APPROVE = "booking.approve"
    SPACE_MANAGE = "space.manage"  # spaces, opening hours, keys, house rules
    COMMUNITY_MANAGE = "community.manage"  # groups, events, rotas, services directory
    COMMUNITY_RECORD = "community.record"  # rules acknowledged, rota turns done or missed
    # house rules: violations and the register of guests
    VIOLATION_READ = "violation.read"
    VIOLATION_REPORT = "violation.report"  # report a violation, register a guest
    VIOLATION_MANAGE = "violation.manage"  # verify, warn, settle; authorise guests
    VIOLATION_NOTICE = "violation.notice"  # formal notices and escalation to the Comune
    # arrears: follow-up and legal steps (the ladder, plans, no-fault assessments)
    ARREARS_FOLLOW = "arrears.follow"  # meetings, repayment plans, no-fault assessments
    ARREARS_LEGAL = "arrears.legal"  # formal and final notices, handing over; overrides
    # social accompaniment
    CASE_CONTACT = "case.contact"  # "has a social worker: call X"
    CASE_OVERVIEW = "case.overview"  # counts, stages, deadlines: no content
    CASE_READ = "case.read"  # content of the cases assigned (or granted) to the worker
    CASE_WRITE = "case.write"  # open cases, notes, assessments, plans, referrals
    CASE_ASSIGN = "case.assign"  # assign workers, grant team access
    # rent ledger
    LEDGER_READ = "ledger.read"  # balances, statements, the arrears list
    LEDGER_CASELOAD = "ledger.caseload"  # arrears status of the worker's own caseload only
    PAYMENT_RECORD = "ledger.payment"  # payments at the desk, receipts, the unmatched queue
    PAYMENT_IMPORT = "ledger.import"  # bank statements
    LEDGER_CHARGE = "ledger.charge"  # the monthly run, one-off charges, credit notes, conguagli
    # communication: letters, notices, the delivery log, the plan
    COMM_WRITE = "communication.write"  # templates and the communication plan
    COMM_SEND = "communication.send"  # print or e-mail a batch, record deliveries
    # reporting to the Comune: indicators, the dashboard, the quarterly package
    REPORT_VIEW = "report.view"  # indicator tables and the managers' dashboard (aggregates)
    REPORT_BUILD = "report.build"  # configure indicators, build and submit the package
    REPORT_KEYS = "report.keys"  # the pseudonym key and the Comune's public key
    # administration and data protection
    USERS_MANAGE = "users.manage"
    AUDIT_READ = "audit.read"
    BACKUP_MANAGE = "backup.manage"
    SETTINGS_MANAGE = "settings.manage"
    DATA_PROTECTION = "data.protection"  # access reports, retention, consent register


P = Permission
_EVERYONE = {P.REGISTRY_READ, P.TICKET_CREATE, P.BOOKING_CREATE, P.CASE_CONTACT}

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "front_desk": frozenset(_EVERYONE | {
        P.REGISTRY_WRITE, P.ALLOCATION_READ, P.EXPORT_PERSONAL, P.COMMUNITY_RECORD,
        P.LEDGER_READ, P.PAYMENT_RECORD, P.PAYMENT_IMPORT,
        P.COMM_WRITE, P.COMM_SEND,
        P.VIOLATION_READ, P.VIOLATION_REPORT,
    }),
    "facility_manager": frozenset(_EVERYONE | {
        P.TICKET_MANAGE, P.TICKET_CLOSE, P.TICKET_COSTS, P.CONTRACTOR_MANAGE, P.SPACE_MANAGE,
        P.COMM_SEND,
    }),
    "social_worker": frozenset(_EVERYONE | {
        P.REGISTRY_SENSITIVE, P.ALLOCATION_READ, P.CASE_OVERVIEW, P.CASE_READ, P.CASE_WRITE,
        P.EXPORT_PERSONAL, P.LEDGER_CASELOAD, P.COMM_SEND, P.VIOLATION_READ,
        P.ARREARS_FOLLOW,
    }),
    "manager": frozenset(_EVERYONE | {
        P.REGISTRY_WRITE, P.REGISTRY_SENSITIVE, P.ALLOCATION_READ, P.ALLOCATION_WRITE,
        P.ESTATE_MANAGE, P.IMPORT_DATA, P.EXPORT_PERSONAL, P.TICKET_MANAGE, P.TICKET_CLOSE,
        P.TICKET_COSTS,
        P.CONTRACTOR_MANAGE, P.BOOKING_APPROVE, P.SPACE_MANAGE, P.COMMUNITY_MANAGE,
        P.COMMUNITY_RECORD,
        P.CASE_OVERVIEW, P.CASE_ASSIGN, P.SETTINGS_MANAGE, P.COMM_WRITE, P.COMM_SEND,
        P.LEDGER_READ, P.PAYMENT_RECORD, P.PAYMENT_IMPORT, P.LEDGER_CHARGE,
        P.VIOLATION_READ, P.VIOLATION_REPORT, P.VIOLATION_MANAGE, P.VIOLATION_NOTICE,
        P.ARREARS_FOLLOW, P.ARREARS_LEGAL,
        P.REPORT_VIEW, P.REPORT_BUILD,
    }),
    "admin": frozenset(_EVERYONE | {
        P.USERS_MANAGE, P.AUDIT_READ, P.BACKUP_MANAGE, P.SETTINGS_MANAGE, P.DATA_PROTECTION,
        P.EXPORT_PERSONAL, P.ESTATE_MANAGE,
        P.REPORT_VIEW, P.REPORT_KEYS,
    }),
}

# Italian names of the permissions, for the refusal message and the users window.
LABELS: dict[Permission, str] = {
    P.REGISTRY_READ: "consultare l'anagrafe",
    P.REGISTRY_WRITE: "modificare l'anagrafe",
    P.REGISTRY_SENSITIVE: "vedere i dati sensibili (ISEE, disabilità)",
    P.ESTATE_MANAGE: "gestire edifici, alloggi e spazi comuni",
    P.ALLOCATION_READ: "consultare le assegnazioni",
    P.ALLOCATION_WRITE: "gestire le assegnazioni",
    P.IMPORT_DATA: "importare dati",
    P.EXPORT_PERSONAL: "esportare o stampare dati personali",
    P.TICKET_CREATE: "aprire e commentare segnalazioni",
    P.TICKET_MANAGE: "gestire le segnalazioni di manutenzione",
    P.TICKET_CLOSE: "chiudere le segnalazioni",
    P.TICKET_COSTS: "vedere e registrare i costi di manutenzione",
    P.CONTRACTOR_MANAGE: "gestire le ditte",
    P.BOOKING_CREATE: "prenotare gli spazi comuni",
    P.BOOKING_APPROVE: "approvare le prenotazioni",
    P.SPACE_MANAGE: "gestire gli spazi comuni",
    P.COMMUNITY_MANAGE: "gestire gruppi, eventi e turni",
    P.COMMUNITY_RECORD: "registrare presenze, turni e prese visione",
    P.VIOLATION_READ: "consultare le violazioni del regolamento e gli ospiti",
    P.VIOLATION_REPORT: "segnalare violazioni del regolamento e registrare ospiti",
    P.VIOLATION_MANAGE: "gestire le violazioni del regolamento e autorizzare gli ospiti",
    P.VIOLATION_NOTICE: "emettere diffide e segnalare violazioni al Comune",
    P.ARREARS_FOLLOW: "seguire la morosità: colloqui, piani di rientro, morosità incolpevole",
    P.ARREARS_LEGAL: "avviare i passi legali per la morosità",
    P.CASE_CONTACT: "sapere chi segue un nucleo",
    P.CASE_OVERVIEW: "vedere lo stato dei percorsi di accompagnamento",
    P.CASE_READ: "leggere le cartelle sociali",
    P.CASE_WRITE: "scrivere nelle cartelle sociali",
    P.CASE_ASSIGN: "assegnare le cartelle sociali",
    P.LEDGER_READ: "consultare saldi ed estratti conto",
    P.LEDGER_CASELOAD: "vedere la morosità dei nuclei che segue",
    P.PAYMENT_RECORD: "registrare pagamenti e stampare ricevute",
    P.PAYMENT_IMPORT: "importare gli estratti conto della banca",
    P.LEDGER_CHARGE: "emettere addebiti e note di credito",
    P.COMM_WRITE: "scrivere modelli di comunicazione e il piano di comunicazione",
    P.COMM_SEND: "stampare o inviare comunicazioni e registrarne le consegne",
    P.REPORT_VIEW: "vedere gli indicatori e il cruscotto",
    P.REPORT_BUILD: "preparare e inviare il pacchetto per il Comune",
    P.REPORT_KEYS: "impostare le chiavi del pacchetto per il Comune",
    P.USERS_MANAGE: "gestire gli utenti",
    P.AUDIT_READ: "consultare il registro delle operazioni",
    P.BACKUP_MANAGE: "gestire le copie di sicurezza",
    P.SETTINGS_MANAGE: "modificare le impostazioni",
    P.DATA_PROTECTION: "usare gli strumenti di protezione dei dati",
}


class PermissionDenied(UserError):
    """The actor's role does not include the permission the operation needs."""


def allowed(actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(ctx, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` (and log the refusal) unless the actor may do this."""
    if allowed(ctx.actor, permission):
        return
    from borgo_desktop.services.core import audit_chain  # keep this module light to import

    audit_chain.record_event(ctx, "permission_denied", detail=permission.value)
    raise PermissionDenied("Il ruolo «{role}» non consente di {what}.",
                           role=ROLE_LABELS.get(ctx.actor.role, ctx.actor.role),
                           what=LABELS[permission])


ROLE_LABELS = {
    "front_desk": "sportello",
    "facility_manager": "gestione tecnica",
    "social_worker": "assistente sociale",
    "manager": "responsabile",
    "admin": "amministratore",
}
