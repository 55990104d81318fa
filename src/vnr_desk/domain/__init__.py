"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from vnr_desk.domain.actor import Actor, CaseActor
from vnr_desk.domain.assessment import Assessment, DomainRating
from vnr_desk.domain.audit import AuditEntry
from vnr_desk.domain.base import Base
from vnr_desk.domain.case import Case, CaseViolenceForm, DemoCaseRemoval
from vnr_desk.domain.consent import Consent, ConsentPurposeRow, ConsentWithdrawal
from vnr_desk.domain.enums import (
    ActionStatus,
    CaseStatus,
    ConsentForm,
    ConsentPurpose,
    EventKind,
    GoalStatus,
    IntakeRoute,
    LifeDomain,
    MeetingKind,
    NetworkStance,
    PersonRole,
    PlanKind,
    ReferralStatus,
    RiskLevel,
    Sector,
    ViolenceForm,
)
from vnr_desk.domain.events import CaseEvent
from vnr_desk.domain.group import (
    CasePresentation,
    CoopGroup,
    GroupAgendaCase,
    GroupConsent,
    GroupConsentWithdrawal,
    GroupKind,
    GroupMeeting,
    GroupMember,
)
from vnr_desk.domain.handover import CaseHandover, Colleague
from vnr_desk.domain.meeting import AgendaItem, Decision, Meeting, MeetingParticipant
from vnr_desk.domain.meta import VaultMeta
from vnr_desk.domain.network import NetworkMember
from vnr_desk.domain.note import Note, NoteVersion
from vnr_desk.domain.person import CITIZEN_VISIBLE_ROLES, CasePerson
from vnr_desk.domain.plan import Action, ActionPlan, Goal
from vnr_desk.domain.risk import RiskAnswer, RiskAssessment, RiskInstrument, RiskItem
from vnr_desk.domain.settings import DeadlineRuleSetting, Setting
from vnr_desk.domain.sync import SyncConflict, SyncOutbox, SyncRow

__all__ = [
    "CITIZEN_VISIBLE_ROLES",
    "Action",
    "ActionPlan",
    "ActionStatus",
    "Actor",
    "AgendaItem",
    "Assessment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseActor",
    "CaseEvent",
    "CaseHandover",
    "CasePerson",
    "CasePresentation",
    "CaseStatus",
    "CaseViolenceForm",
    "Colleague",
    "Consent",
    "ConsentForm",
    "ConsentPurpose",
    "ConsentPurposeRow",
    "ConsentWithdrawal",
    "CoopGroup",
    "DeadlineRuleSetting",
    "Decision",
    "DemoCaseRemoval",
    "DomainRating",
    "EventKind",
    "Goal",
    "GoalStatus",
    "GroupAgendaCase",
    "GroupConsent",
    "GroupConsentWithdrawal",
    "GroupKind",
    "GroupMeeting",
    "GroupMember",
    "IntakeRoute",
    "LifeDomain",
    "Meeting",
    "MeetingKind",
    "MeetingParticipant",
    "NetworkMember",
    "NetworkStance",
    "Note",
    "NoteVersion",
    "PersonRole",
    "PlanKind",
    "ReferralStatus",
    "RiskAnswer",
    "RiskAssessment",
    "RiskInstrument",
    "RiskItem",
    "RiskLevel",
    "Sector",
    "Setting",
    "SyncConflict",
    "SyncOutbox",
    "SyncRow",
    "VaultMeta",
    "ViolenceForm",
]
