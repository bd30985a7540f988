"""SQLAlchemy models, one module per area; importing this package registers them all."""

from borgo_desktop.models.accounts import Account
from borgo_desktop.models.allocation import Candidacy, CandidacyEvent, MoveInTask, TargetCategory
from borgo_desktop.models.audit import AuditEntry
from borgo_desktop.models.base import Base
from borgo_desktop.models.ledger import (
    Allocation, BankImport, BankLine, Charge, LedgerAccount, PayerIban, Payment,
)
from borgo_desktop.models.privacy import Consent, Disposal
from borgo_desktop.models.casework import (
    Assessment, AssessmentScore, Case, CaseEvent, CaseGrant, CaseNote, CaseWorker, GoalReview,
    NoteDraft, PlanAction, PlanGoal, PlanReview, Referral, SupportPlan,
)
from borgo_desktop.models.communication import (
    CommPlanAction, Delivery, Mailing, Template, TemplateVersion,
)
from borgo_desktop.models.community import (
    CommunityEvent, CommunityGroup, EventParticipant, GroupMember, HouseRules,
    NeighbourhoodService, RotaTurn, RulesAcknowledgement, SelfService,
)
from borgo_desktop.models.registry import (
    Building, CommonSpace, Household, Lease, Membership, Person, Unit,
)
from borgo_desktop.models.settings import SearchEntry, Setting
from borgo_desktop.models.tickets import (
    Contractor, PreventivePlan, Ticket, TicketAppointment, TicketAttachment, TicketCategory,
    TicketEvent,
)
from borgo_desktop.models.spaces import Booking, BookingSeries
from borgo_desktop.models.violations import GuestStay, Violation, ViolationStep
from borgo_desktop.models.arrears import (
    ArrearsAlert, ArrearsStep, NoFaultAssessment, PlanInstalment, RepaymentPlan,
)
from borgo_desktop.models.reporting import Indicator, Participant, Reopening, Submission

__all__ = [
    "Base", "Building", "Unit", "CommonSpace", "Household", "Person", "Membership", "Lease",
    "TargetCategory", "Candidacy", "CandidacyEvent", "MoveInTask", "Setting", "SearchEntry",
    "AuditEntry", "Consent", "Disposal", "Account",
    "Case", "CaseWorker", "CaseGrant", "CaseEvent", "CaseNote", "NoteDraft",
    "Assessment", "AssessmentScore", "SupportPlan", "PlanGoal", "PlanAction", "PlanReview",
    "GoalReview", "Referral",
    "TicketCategory", "Contractor", "PreventivePlan", "Ticket", "TicketEvent",
    "TicketAppointment", "TicketAttachment",
    "BookingSeries", "Booking", "CommunityGroup", "GroupMember",
    "CommunityEvent", "EventParticipant", "HouseRules", "RulesAcknowledgement", "SelfService",
    "RotaTurn", "NeighbourhoodService",
    "Charge", "Payment", "Allocation", "BankImport", "BankLine", "LedgerAccount", "PayerIban",
    "Template", "TemplateVersion", "Mailing", "Delivery", "CommPlanAction",
    "Violation", "ViolationStep", "GuestStay",
    "ArrearsAlert", "ArrearsStep", "RepaymentPlan", "PlanInstalment", "NoFaultAssessment",
    "Indicator", "Participant", "Submission", "Reopening",
]
