"""Enumerations of the case-work model, stored as their string values with CHECK constraints.

Values are English identifiers (they appear in the interchange format and the CLI);
the UI and printouts translate them. Pure (no database): the rules use them too; the
column type that stores them is `domain.base.enum_type`."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class IntakeRoute(StrEnum):
    POLICE_REPORT = "police_report"
    EMERGENCY_ROOM = "emergency_room"
    PSP = "psp"
    CRISIS_CENTRE_ADMISSION = "crisis_centre_admission"
    JOBCENTRE = "jobcentre"
    ANONYMOUS_COUNSELLING = "anonymous_counselling"
    SELF_REFERRAL = "self_referral"
    THIRD_PARTY = "third_party"
    OTHER = "other"


class ViolenceForm(StrEnum):
    PHYSICAL = "physical"
    PSYCHOLOGICAL = "psychological"
    SEXUAL = "sexual"
    ECONOMIC = "economic"
    MATERIAL = "material"
    DIGITAL = "digital"
    STALKING = "stalking"
    HONOUR_RELATED = "honour_related"
    NEGLECT = "neglect"


class PersonRole(StrEnum):
    VICTIM_SURVIVOR = "victim_survivor"
    PERSON_USING_VIOLENCE = "person_using_violence"
    CHILD = "child"
    OTHER_HOUSEHOLD_MEMBER = "other_household_member"


class LifeDomain(StrEnum):
    HOUSING = "housing"
    ECONOMY = "economy"
    CHILDREN_PARENTING = "children_parenting"
    EDUCATION = "education"
    JOB = "job"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    NETWORK = "network"
    LEGAL = "legal"
    SAFETY = "safety"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    ACUTE = "acute"


class Sector(StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    STATE = "state"
    CIVIL_SOCIETY = "civil_society"
    PRIVATE = "private"


class ReferralStatus(StrEnum):
    SUGGESTED = "suggested"
    REFERRED = "referred"
    ACCEPTED = "accepted"
    ACTIVE = "active"
    ENDED = "ended"


class NetworkStance(StrEnum):
    RESOURCE = "resource"
    RISK = "risk"
    BOTH = "both"
    UNKNOWN = "unknown"


class ConsentForm(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class ConsentPurpose(StrEnum):
    SHARE_INFORMATION = "share_information"
    INVITE_TO_MEETING = "invite_to_meeting"
    RECEIVE_ACTION_PLAN = "receive_action_plan"
    RECEIVE_CASE_SUMMARY = "receive_case_summary"


class PlanKind(StrEnum):
    ADULT = "adult"
    CHILD = "child"
    SIP = "sip"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class MeetingKind(StrEnum):
    COORDINATION = "coordination"
    NETWORK = "network"
    FOLLOW_UP = "follow_up"
    JOINT_JOB_PLAN = "joint_job_plan"
    INTERNAL_GROUP = "internal_group"
    URGENT = "urgent"
    FIRST_VISIT = "first_visit"
    SIP = "sip"
    EXTERNAL_GROUP = "external_group"


class EventKind(StrEnum):
    COORDINATOR_CONTACT = "coordinator_contact"
    FIRST_VISIT = "first_visit"
    CRISIS_CENTRE_FOLLOW_UP = "crisis_centre_follow_up"
    URGENT_MEETING = "urgent_meeting"
    PLAN_REVIEW = "plan_review"
    OUTREACH_LETTER_SENT = "outreach_letter_sent"
    OUTREACH_ANSWERED = "outreach_answered"
    CONSENT_RENEWED = "consent_renewed"
    CHILD_CONCERN_REPORT = "child_concern_report"
    CHILDREN_UNIT_CONTACT = "children_unit_contact"
    CRISIS_CENTRE_DISCHARGE = "crisis_centre_discharge"
    URGENT_SET = "urgent_set"
    URGENT_CLEARED = "urgent_cleared"
    GROUP_CONVENED = "group_convened"
