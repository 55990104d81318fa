"""What a person reads for each enum value. The core stores English identifiers such as
`victim_survivor`; the workbook never shows those, only the translated labels here.

Each function builds its map at call time so a language switch takes effect at once, and
keeps every string literal inside `QCoreApplication.translate` so lupdate extracts it."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from vnr_desk.domain.enums import (
    ActionStatus,
    ConsentForm,
    ConsentPurpose,
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
from vnr_desk.rules.consent import ConsentState
from vnr_desk.ui import dates


def _lookup(labels: dict[str, str], value: StrEnum | str | None) -> str:
    if value is None:
        return ""
    return labels.get(str(value), str(value))


def person_role(value: PersonRole | str | None) -> str:
    return _lookup(
        {
            PersonRole.VICTIM_SURVIVOR: QCoreApplication.translate("Labels", "Victim-survivor"),
            PersonRole.PERSON_USING_VIOLENCE: QCoreApplication.translate(
                "Labels", "Person using violence"
            ),
            PersonRole.CHILD: QCoreApplication.translate("Labels", "Child"),
            PersonRole.OTHER_HOUSEHOLD_MEMBER: QCoreApplication.translate(
                "Labels", "Other household member"
            ),
        },
        value,
    )


def intake_route(value: IntakeRoute | str | None) -> str:
    return _lookup(
        {
            IntakeRoute.POLICE_REPORT: QCoreApplication.translate("Labels", "Police report"),
            IntakeRoute.EMERGENCY_ROOM: QCoreApplication.translate("Labels", "Emergency room"),
            IntakeRoute.PSP: QCoreApplication.translate(
                "Labels", "PSP (police, social services, psychiatry)"
            ),
            IntakeRoute.CRISIS_CENTRE_ADMISSION: QCoreApplication.translate(
                "Labels", "Crisis-centre admission"
            ),
            IntakeRoute.JOBCENTRE: QCoreApplication.translate("Labels", "Jobcentre"),
            IntakeRoute.ANONYMOUS_COUNSELLING: QCoreApplication.translate(
                "Labels", "Anonymous counselling"
            ),
            IntakeRoute.SELF_REFERRAL: QCoreApplication.translate("Labels", "Self-referral"),
            IntakeRoute.THIRD_PARTY: QCoreApplication.translate("Labels", "Concerned third party"),
            IntakeRoute.OTHER: QCoreApplication.translate("Labels", "Other"),
        },
        value,
    )


def violence_form(value: ViolenceForm | str | None) -> str:
    return _lookup(
        {
            ViolenceForm.PHYSICAL: QCoreApplication.translate("Labels", "Physical"),
            ViolenceForm.PSYCHOLOGICAL: QCoreApplication.translate("Labels", "Psychological"),
            ViolenceForm.SEXUAL: QCoreApplication.translate("Labels", "Sexual"),
            ViolenceForm.ECONOMIC: QCoreApplication.translate("Labels", "Economic"),
            ViolenceForm.MATERIAL: QCoreApplication.translate("Labels", "Material"),
            ViolenceForm.DIGITAL: QCoreApplication.translate("Labels", "Digital"),
            ViolenceForm.STALKING: QCoreApplication.translate("Labels", "Stalking/harassment"),
            ViolenceForm.HONOUR_RELATED: QCoreApplication.translate("Labels", "Honour-related"),
            ViolenceForm.NEGLECT: QCoreApplication.translate("Labels", "Neglect"),
        },
        value,
    )


def life_domain(value: LifeDomain | str | None) -> str:
    return _lookup(
        {
            LifeDomain.HOUSING: QCoreApplication.translate("Labels", "Housing"),
            LifeDomain.ECONOMY: QCoreApplication.translate("Labels", "Economy"),
            LifeDomain.CHILDREN_PARENTING: QCoreApplication.translate(
                "Labels", "Children and parenting"
            ),
            LifeDomain.EDUCATION: QCoreApplication.translate("Labels", "Education"),
            LifeDomain.JOB: QCoreApplication.translate("Labels", "Job"),
            LifeDomain.PHYSICAL_HEALTH: QCoreApplication.translate("Labels", "Physical health"),
            LifeDomain.MENTAL_HEALTH: QCoreApplication.translate("Labels", "Mental health"),
            LifeDomain.SUBSTANCE_USE: QCoreApplication.translate("Labels", "Substance use"),
            LifeDomain.NETWORK: QCoreApplication.translate("Labels", "Network"),
            LifeDomain.LEGAL: QCoreApplication.translate("Labels", "Legal matters"),
            LifeDomain.SAFETY: QCoreApplication.translate("Labels", "Safety"),
        },
        value,
    )


def risk_level(value: RiskLevel | str | None) -> str:
    return _lookup(
        {
            RiskLevel.LOW: QCoreApplication.translate("Labels", "Low"),
            RiskLevel.MEDIUM: QCoreApplication.translate("Labels", "Medium"),
            RiskLevel.HIGH: QCoreApplication.translate("Labels", "High"),
            RiskLevel.ACUTE: QCoreApplication.translate("Labels", "Acute"),
        },
        value,
    )


def sector(value: Sector | str | None) -> str:
    return _lookup(
        {
            Sector.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
            Sector.REGION: QCoreApplication.translate("Labels", "Region"),
            Sector.STATE: QCoreApplication.translate("Labels", "State"),
            Sector.CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
            Sector.PRIVATE: QCoreApplication.translate("Labels", "Private provider"),
        },
        value,
    )


def referral_status(value: ReferralStatus | str | None) -> str:
    return _lookup(
        {
            ReferralStatus.SUGGESTED: QCoreApplication.translate("Labels", "Suggested"),
            ReferralStatus.REFERRED: QCoreApplication.translate("Labels", "Referred"),
            ReferralStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
            ReferralStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
            ReferralStatus.ENDED: QCoreApplication.translate("Labels", "Ended"),
        },
        value,
    )


def network_stance(value: NetworkStance | str | None) -> str:
    return _lookup(
        {
            NetworkStance.RESOURCE: QCoreApplication.translate("Labels", "Resource"),
            NetworkStance.RISK: QCoreApplication.translate("Labels", "Risk"),
            NetworkStance.BOTH: QCoreApplication.translate("Labels", "Resource and risk"),
            NetworkStance.UNKNOWN: QCoreApplication.translate("Labels", "Not known"),
        },
        value,
    )


def consent_form(value: ConsentForm | str | None) -> str:
    return _lookup(
        {
            ConsentForm.WRITTEN: QCoreApplication.translate("Labels", "Written"),
            ConsentForm.ORAL: QCoreApplication.translate("Labels", "Oral"),
        },
        value,
    )


def consent_purpose(value: ConsentPurpose | str | None) -> str:
    return _lookup(
        {
            ConsentPurpose.SHARE_INFORMATION: QCoreApplication.translate(
                "Labels", "Share information"
            ),
            ConsentPurpose.INVITE_TO_MEETING: QCoreApplication.translate(
                "Labels", "Invite to meeting"
            ),
            ConsentPurpose.RECEIVE_ACTION_PLAN: QCoreApplication.translate(
                "Labels", "Receive action plan"
            ),
            ConsentPurpose.RECEIVE_CASE_SUMMARY: QCoreApplication.translate(
                "Labels", "Receive case summary"
            ),
        },
        value,
    )


def consent_state(value: ConsentState | str | None) -> str:
    return _lookup(
        {
            ConsentState.VALID: QCoreApplication.translate("Labels", "Valid"),
            ConsentState.EXPIRING: QCoreApplication.translate("Labels", "Expiring"),
            ConsentState.EXPIRED: QCoreApplication.translate("Labels", "Expired"),
            ConsentState.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn"),
            ConsentState.MISSING: QCoreApplication.translate("Labels", "Missing"),
        },
        value,
    )


def plan_kind(value: PlanKind | str | None) -> str:
    return _lookup(
        {
            PlanKind.ADULT: QCoreApplication.translate("Labels", "Adult plan"),
            PlanKind.CHILD: QCoreApplication.translate("Labels", "Child plan"),
            PlanKind.SIP: QCoreApplication.translate("Labels", "Coordinated individual plan (SIP)"),
        },
        value,
    )


def goal_status(value: GoalStatus | str | None) -> str:
    return _lookup(
        {
            GoalStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
            GoalStatus.ACHIEVED: QCoreApplication.translate("Labels", "Achieved"),
            GoalStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
        },
        value,
    )


def action_status(value: ActionStatus | str | None) -> str:
    return _lookup(
        {
            ActionStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
            ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
            ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
            ActionStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
        },
        value,
    )


def meeting_kind(value: MeetingKind | str | None) -> str:
    return _lookup(
        {
            MeetingKind.COORDINATION: QCoreApplication.translate("Labels", "Coordination"),
            MeetingKind.NETWORK: QCoreApplication.translate("Labels", "Network meeting"),
            MeetingKind.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up"),
            MeetingKind.JOINT_JOB_PLAN: QCoreApplication.translate(
                "Labels", "Joint job and action plan"
            ),
            MeetingKind.INTERNAL_GROUP: QCoreApplication.translate(
                "Labels", "Internal coordination group"
            ),
            MeetingKind.URGENT: QCoreApplication.translate("Labels", "Urgent meeting"),
            MeetingKind.FIRST_VISIT: QCoreApplication.translate("Labels", "First visit"),
            MeetingKind.SIP: QCoreApplication.translate("Labels", "SIP meeting"),
            MeetingKind.EXTERNAL_GROUP: QCoreApplication.translate(
                "Labels", "External coordination group"
            ),
        },
        value,
    )


def deadline_status(value: str | None) -> str:
    return _lookup(
        {
            "upcoming": QCoreApplication.translate("Labels", "Upcoming"),
            "due": QCoreApplication.translate("Labels", "Due today"),
            "overdue": QCoreApplication.translate("Labels", "Overdue"),
            "done": QCoreApplication.translate("Labels", "Done"),
        },
        value,
    )


def deadline_rule(value: str | None) -> str:
    labels = {
        "coordinator_contact": QCoreApplication.translate(
            "Rules", "Coordinator contacts the crisis centre"
        ),
        "first_visit": QCoreApplication.translate("Rules", "First visit and 3-month plan"),
        "crisis_centre_follow_up": QCoreApplication.translate(
            "Rules", "Follow-up meeting after crisis-centre stay"
        ),
        "plan_review": QCoreApplication.translate("Rules", "Review the action plan"),
        "urgent_meeting": QCoreApplication.translate("Rules", "Urgent coordination meeting"),
        "outreach_reminder": QCoreApplication.translate("Rules", "Reminder: no answer to letter"),
        "consent_expiry": QCoreApplication.translate("Rules", "Renew consent"),
        "children_unit_contact": QCoreApplication.translate(
            "Rules", "Contact the children's unit: no answer to letter, children at home"
        ),
        "risk_reassessment": QCoreApplication.translate("Rules", "Reassess the risk"),
        "risk_reassessment_urgent": QCoreApplication.translate(
            "Rules", "Reassess the risk (urgent case)"
        ),
        "plan_action": QCoreApplication.translate("Rules", "Plan action"),
        "group_meeting": QCoreApplication.translate("Rules", "Cooperation group meets"),
        "group_convene": QCoreApplication.translate(
            "Rules", "Cooperation group convened: meet within 24 hours"
        ),
    }
    return _lookup(labels, value)


def deadline_what(rule: str, subject_label: str | None, anchor_on: object = None) -> str:
    """What a deadline asks for, in one line. A consent's reminder names its recipient and
    the day it runs out ("Renew consent for X before 03.09.2026"): it is a reminder, not an
    expired consent."""
    if rule == "consent_expiry" and anchor_on is not None:
        return QCoreApplication.translate("Rules", "Renew consent for {who} before {day}").format(
            who=subject_label or "", day=date_text(anchor_on)
        )
    what = deadline_rule(rule)
    return f"{what}: {subject_label}" if subject_label else what


def deadline_state(rule: str, status: str, anchor_on: object, today: object) -> str:
    """The status word; a consent reminder past its reminder day reads "Reminder" until
    the consent has actually expired."""
    if (
        rule == "consent_expiry"
        and status in ("due", "overdue")
        and anchor_on is not None
        and today is not None
        and anchor_on >= today  # type: ignore[operator]
    ):
        return QCoreApplication.translate("Labels", "Reminder")
    return deadline_status(status)


def date_text(value: object) -> str:
    """Dates as the workbook's language writes them (ui/dates.py); empty for None."""
    return dates.day(value)  # type: ignore[arg-type]


def choices(enum_cls: type[StrEnum], label: object) -> list[tuple[str, str]]:
    """(value, translated label) pairs in the enum's order, for combo boxes."""
    return [(member.value, label(member)) for member in enum_cls]  # type: ignore[operator]
