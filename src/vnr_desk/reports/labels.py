"""Printed labels for the domain's codes, and dates written the way each language writes them.

Codes (life domains, action status, consent purposes, meeting kinds) are validated by the
data classes; here they become English source text that goes through the translator.
"""

from __future__ import annotations

import datetime as dt

from vnr_desk.domain.enums import ConsentPurpose
from vnr_desk.i18n import Translator

DOMAINS: dict[str, str] = {
    "housing": "Housing",
    "economy": "Economy",
    "children_parenting": "Children and parenting",
    "education": "Education",
    "job": "Job",
    "physical_health": "Physical health",
    "mental_health": "Mental health",
    "substance_use": "Substance use",
    "network": "Network",
    "legal": "Legal matters",
    "safety": "Safety",
}

ACTION_STATUSES: dict[str, str] = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}

PURPOSES: dict[str, str] = {
    ConsentPurpose.SHARE_INFORMATION: "Exchange information about my situation",
    ConsentPurpose.INVITE_TO_MEETING: "Invite me and others to meetings about my case",
    ConsentPurpose.RECEIVE_ACTION_PLAN: "Receive my action plan",
    ConsentPurpose.RECEIVE_CASE_SUMMARY: "Receive a summary of my case",
}

MEETING_KINDS: dict[str, str] = {
    "coordination": "Coordination meeting",
    "network": "Network meeting",
    "follow_up": "Follow-up meeting",
    "joint_job_plan": "Joint job and action plan meeting",
    "internal_group": "Internal coordination group",
    "urgent": "Urgent coordination meeting",
    "sip": "Coordinated individual plan (SIP) meeting",
}

RECIPIENT_KINDS: dict[str, str] = {
    "citizen": "The citizen",
    "internal": "Internal use",
    "actor": "Partner organisation",
}

PERSON_ROLES: dict[str, str] = {
    "victim_survivor": "Citizen (victim-survivor)",
    "person_using_violence": "Person using violence",
    "child": "Child",
    "other_household_member": "Other household member",
}
INTAKE_ROUTES: dict[str, str] = {
    "police_report": "Police report",
    "emergency_room": "Emergency room",
    "psp": "PSP cooperation",
    "crisis_centre_admission": "Crisis-centre admission",
    "jobcentre": "Jobcentre",
    "anonymous_counselling": "Anonymous counselling",
    "self_referral": "Self-referral",
    "third_party": "Concerned third party",
    "other": "Other",
}

RATING_SCALE: dict[int, str] = {
    1: "Serious difficulties",
    2: "Considerable difficulties",
    3: "Some difficulties",
    4: "Minor difficulties",
    5: "Going well",
}

CODE_TABLES: dict[str, dict[str, str]] = {
    "role": PERSON_ROLES,
    "intake": INTAKE_ROUTES,
    "domain": DOMAINS,
    "status": ACTION_STATUSES,
    "purpose": PURPOSES,
    "meeting_kind": MEETING_KINDS,
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_DATE_PATTERNS = {"da": "{day}. {month} {year}", "sv": "{day} {month} {year}"}
_TIME_PATTERNS = {"da": "kl. {h}.{m:02d}", "sv": "kl. {h}.{m:02d}"}
_WEEKDAY_PATTERNS = {"da": "{weekday} den {date}", "sv": "{weekday} den {date}"}


def domain_label(code: str, t: Translator) -> str:
    return t(DOMAINS[code])


def status_label(code: str, t: Translator) -> str:
    return t(ACTION_STATUSES[code])


def purpose_label(code: str, t: Translator) -> str:
    return t(PURPOSES[code])


def meeting_kind_label(code: str, t: Translator) -> str:
    return t(MEETING_KINDS[code])


def role_label(code: str, t: Translator) -> str:
    return t(PERSON_ROLES[code])


def intake_label(code: str, t: Translator) -> str:
    return t(INTAKE_ROUTES[code])


def long_date(day: dt.date, lang: str, t: Translator) -> str:
    """'2. december 2025' (da), '2 december 2025' (sv), '2 December 2025' (en)."""
    month = t(_MONTHS[day.month - 1])
    pattern = _DATE_PATTERNS.get(lang, "{day} {month} {year}")
    return pattern.format(day=day.day, month=month, year=day.year)


def short_date(day: dt.date, lang: str) -> str:
    """Compact date for table cells: 02.12.2025 (da), 2025-12-02 (sv, en)."""
    return day.strftime("%d.%m.%Y") if lang == "da" else day.isoformat()


def clock(at: dt.datetime | dt.time, lang: str) -> str:
    """'kl. 10.00' in Danish and Swedish, '10:00' in English."""
    pattern = _TIME_PATTERNS.get(lang, "{h:02d}:{m:02d}")
    return pattern.format(h=at.hour, m=at.minute)


def weekday_date(day: dt.date, lang: str, t: Translator) -> str:
    """'Tirsdag den 2. december 2025': a citizen should not have to work out the weekday."""
    pattern = _WEEKDAY_PATTERNS.get(lang, "{weekday} {date}")
    text = pattern.format(weekday=t(_WEEKDAYS[day.weekday()]), date=long_date(day, lang, t))
    return text[:1].upper() + text[1:]


def date_time(at: dt.datetime, lang: str, t: Translator) -> str:
    return f"{weekday_date(at.date(), lang, t)}, {clock(at, lang)}"


def unbreakable(text: str) -> str:
    """Phone numbers and the like must not wrap between their digit groups."""
    return text.replace(" ", "\u00a0")


def cell_text(cell: object, t: Translator, *, label: bool) -> str:
    """An access export cell in the reader's language. A plain string is an English label
    when `label` (translated) and verbatim case content otherwise; in a tuple, strings are
    verbatim, phrases translated and codes named from `CODE_TABLES`."""
    if isinstance(cell, str):
        return t(cell) if label else cell
    parts = cell if isinstance(cell, tuple) else (cell,)
    out = []
    for part in parts:
        table = getattr(part, "table", None)
        if table is not None:
            out.append(t(CODE_TABLES[table][part.code]))  # type: ignore[attr-defined]
        elif hasattr(part, "text"):
            out.append(t(part.text))  # type: ignore[attr-defined]
        else:
            out.append(str(part))
    return "".join(out)
