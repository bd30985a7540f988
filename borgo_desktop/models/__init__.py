"""SQLAlchemy models, one module per area; importing this package registers them all."""

from borgo_desktop.models.allocation import Candidacy, CandidacyEvent, MoveInTask, TargetCategory
from borgo_desktop.models.audit import AuditEntry
from borgo_desktop.models.base import Base
from borgo_desktop.models.community import (
    CommunityEvent, CommunityGroup, EventParticipant, GroupMember, HouseRules,
    NeighbourhoodService, RotaTurn, RulesAcknowledgement, SelfService,
)
from borgo_desktop.models.registry import (
    Building, CommonSpace, Household, Lease, Membership, Person, Unit,
)
from borgo_desktop.models.settings import SearchEntry, Setting
from borgo_desktop.models.spaces import Booking, BookingSeries

__all__ = [
    "Base", "Building", "Unit", "CommonSpace", "Household", "Person", "Membership", "Lease",
    "TargetCategory", "Candidacy", "CandidacyEvent", "MoveInTask", "Setting", "SearchEntry",
    "AuditEntry", "BookingSeries", "Booking", "CommunityGroup", "GroupMember",
    "CommunityEvent", "EventParticipant", "HouseRules", "RulesAcknowledgement", "SelfService",
    "RotaTurn", "NeighbourhoodService",
]
