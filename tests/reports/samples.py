"""Obviously fictional demo content for every printout: docs images, benchmarks and tests.

Names follow the "Eksempel" convention so no sample can be mistaken for a real person.
"""

from __future__ import annotations

import datetime as dt

from vnr_desk.reports.data import (
    AccessExportData,
    AccessSection,
    ActorLine,
    AssessmentData,
    AuditLine,
    CitizenPlanData,
    ConsentFormData,
    ConsentFormRecipient,
    DomainRating,
    Fact,
    MeetingData,
    MeetingLine,
    MeetingRef,
    PlanAction,
    PlanGoal,
    Recipient,
    SipData,
    SipParticipant,
    SummaryData,
)
from vnr_desk.reports.group_data import CasePresentationData

CITIZEN = "Mette Eksempel"
COORDINATOR = "Sofie Prøvesen"
COORDINATOR_PHONE = "+45 12 34 56 78"
REFERENCE = "VNR-2025-0042"

GOALS = (
    PlanGoal(
        "Jeg vil have min egen lejlighed, hvor jeg og børnene kan være trygge.",
        "housing",
        (
            PlanAction(
                "Skrive Mette op til en almen bolig via kommunens boliganvisning",
                "Boligafdelingen",
                dt.date(2025, 12, 15),
                "in_progress",
            ),
            PlanAction(
                "Søge om hjælp til depositum", CITIZEN + " og " + COORDINATOR, dt.date(2026, 1, 9)
            ),
        ),
    ),
    PlanGoal(
        "Jeg vil lære at lægge et budget, så jeg selv har styr på pengene.",
        "economy",
        (
            PlanAction("Budgetsamtale hos gældsrådgiver", "Ydelseskontoret", dt.date(2025, 12, 4)),
            PlanAction("Åbne egen bankkonto", CITIZEN, dt.date(2025, 11, 28), "done"),
        ),
    ),
    PlanGoal(
        "Jeg vil tilbage til mit job som social- og sundhedshjælper.",
        "job",
        (
            PlanAction(
                "Fælles job- og handleplanmøde med jobcentret",
                "Jobcenter Eksempelby",
                dt.date(2026, 1, 20),
            ),
        ),
    ),
    PlanGoal(
        "Jeg vil have det bedre og kunne sove om natten.",
        "mental_health",
        (
            PlanAction("Tid hos egen læge", CITIZEN, dt.date(2025, 12, 2)),
            PlanAction(
                "Samtaleforløb på krisecentret (5 samtaler, ca. hver 14. dag)",
                "Krisecenter Eksempel",
                dt.date(2026, 2, 27),
                "in_progress",
            ),
        ),
    ),
)


def citizen_plan(goals: tuple[PlanGoal, ...] = GOALS) -> CitizenPlanData:
    return CitizenPlanData(
        case_reference=REFERENCE,
        citizen_name=CITIZEN,
        recipient=Recipient("citizen", CITIZEN),
        made_on=dt.date(2025, 11, 20),
        review_on=dt.date(2026, 2, 20),
        goals=goals,
        after_effort_text=(
            "Når forløbet slutter, har Mette sin egen bolig og et fast arbejde. "
            "Hun ved, hvem hun kan ringe til, hvis hun får brug for hjælp igen."
        ),
        next_meeting=MeetingRef(dt.datetime(2025, 12, 9, 10, 0), "Jobcentret, mødelokale 2"),
        coordinator_name=COORDINATOR,
        coordinator_phone=COORDINATOR_PHONE,
    )


def many_actions(count: int) -> tuple[PlanGoal, ...]:
    """Goals holding `count` actions in all, to exercise page breaks."""
    domains = ("housing", "economy", "job", "network", "legal", "physical_health")
    goals = []
    per_goal = 10
    for g in range(0, count, per_goal):
        actions = tuple(
            PlanAction(
                f"Handling nummer {i + 1}: et konkret og realistisk skridt mod målet",
                COORDINATOR if i % 2 else CITIZEN,
                dt.date(2026, 1, 1) + dt.timedelta(days=i),
                ("planned", "in_progress", "done")[i % 3],
            )
            for i in range(g, min(g + per_goal, count))
        )
        goals.append(PlanGoal(f"Mål {g // per_goal + 1} med egne ord", domains[g % 6], actions))
    return tuple(goals)


def meeting() -> MeetingData:
    return MeetingData(
        case_reference=REFERENCE,
        recipient=Recipient("citizen", CITIZEN),
        kind="coordination",
        on=dt.datetime(2025, 12, 9, 10, 0),
        place="Jobcentret, mødelokale 2",
        participants=(
            f"{CITIZEN} (borger)",
            f"{COORDINATOR} (tovholder, Voksenområdet)",
            "Jens Testesen (Jobcenter Eksempelby)",
            "Aisha Demo (Krisecenter Eksempel)",
        ),
        citizen_present=True,
        agenda=(
            "Velkomst og hvordan det går lige nu",
            "Opfølgning på handleplanen: bolig og økonomi",
            "Job: muligheder for at starte gradvist op",
            "Hvem gør hvad til næste gang",
            "Aftale om næste møde",
        ),
        minutes=(
            "Mette fortalte, at hun er faldet godt til på krisecentret, og at børnene er "
            "startet i skole igen.\n\nBoligafdelingen har modtaget ansøgningen. "
            "Jobcentret foreslår en gradvis opstart med 10 timer om ugen fra februar."
        ),
        decisions=(
            "Mette starter i virksomhedspraktik 10 timer om ugen fra 2. februar.",
            "Sofie følger op på boligansøgningen inden jul.",
        ),
        new_actions=(
            PlanAction("Aftale praktiksted", "Jens Testesen", dt.date(2026, 1, 15)),
            PlanAction("Ringe til boligafdelingen", COORDINATOR, dt.date(2025, 12, 19)),
        ),
        next_meeting_on=dt.date(2026, 1, 20),
    )


def consent_form() -> ConsentFormData:
    return ConsentFormData(
        citizen_name=CITIZEN,
        recipients=(
            ConsentFormRecipient(
                "Jobcenter Eksempelby",
                "Beskæftigelse",
                ("share_information", "invite_to_meeting", "receive_action_plan"),
            ),
            ConsentFormRecipient(
                "Krisecenter Eksempel", "Rådgivning", ("share_information", "invite_to_meeting")
            ),
            ConsentFormRecipient(
                "Dr. Lars Lægesen", "Praktiserende læge", ("receive_case_summary",)
            ),
        ),
        expires_on=dt.date(2026, 11, 20),
        issued_by="Eksempel Kommune, Voksenområdet",
        coordinator_name=COORDINATOR,
        coordinator_phone=COORDINATOR_PHONE,
        recipient=Recipient("citizen", CITIZEN),
    )


ASSESSMENT = AssessmentData(
    assessed_on=dt.date(2025, 11, 18),
    ratings=(
        DomainRating("housing", 1, "Bor på krisecenter; har brug for egen bolig."),
        DomainRating("economy", 2, "Gæld efter samlivet; ingen egen konto før november."),
        DomainRating("children_parenting", 4, "Tæt og god kontakt til begge børn."),
        DomainRating("education", 3, "Uddannet social- og sundhedshjælper."),
        DomainRating("job", 2, "Sygemeldt siden august."),
        DomainRating("physical_health", 4),
        DomainRating("mental_health", 2, "Sover dårligt; samtaleforløb i gang."),
        DomainRating("substance_use", 5),
        DomainRating("network", 3, "Søster i Eksempelby er en vigtig støtte."),
        DomainRating("legal", 2, "Skilsmisse og forældremyndighed er ikke afklaret."),
        DomainRating("safety", 3),
    ),
    hopes="At have et trygt hjem og komme tilbage på arbejde.",
)

PREVIOUS_ASSESSMENT = AssessmentData(
    assessed_on=dt.date(2025, 9, 1),
    ratings=tuple(
        DomainRating(r.domain, max(1, (r.rating or 1) - (1 if i % 3 else 0)))
        for i, r in enumerate(ASSESSMENT.ratings)
    ),
)


def summary(meetings: int = 3, withheld: bool = True) -> SummaryData:
    lines = tuple(
        MeetingLine(
            dt.date(2025, 9, 1) + dt.timedelta(weeks=6 * i),
            ("coordination", "follow_up", "network")[i % 3],
            (
                f"Beslutning {i + 1}: planen blev gennemgået og justeret.",
                "Næste skridt blev aftalt med borgeren.",
            ),
        )
        for i in range(meetings)
    )
    return SummaryData(
        case_reference=REFERENCE,
        citizen_name=CITIZEN,
        recipient=Recipient("actor", "Jobcenter Eksempelby"),
        facts=(
            Fact("Case opened", "1. september 2025"),
            Fact("Coordinator", f"{COORDINATOR}, {COORDINATOR_PHONE}"),
            Fact("Children in the household", "2"),
        ),
        actors=(
            ActorLine(COORDINATOR, "Tovholder, Voksenområdet", is_coordinator=True),
            ActorLine("Jobcenter Eksempelby", "Beskæftigelse og praktik"),
        ),
        assessment=ASSESSMENT,
        previous_assessment=PREVIOUS_ASSESSMENT,
        goals=GOALS,
        meetings=lines,
        withheld=withheld,
    )


def access_export() -> AccessExportData:
    return AccessExportData(
        person_name=CITIZEN,
        recipient=Recipient("citizen", CITIZEN),
        controller="Eksempel Kommune, Voksenområdet",
        sections=(
            AccessSection(
                "Personal details",
                (("Name", CITIZEN), ("Date of birth", "12.03.1988"), ("Phone", "+45 87 65 43 21")),
            ),
            AccessSection(
                "Case",
                (
                    ("Reference", REFERENCE),
                    ("Opened", "01.09.2025"),
                    ("Coordinator", COORDINATOR),
                ),
            ),
            AccessSection(
                "Consents",
                (
                    ("Jobcenter Eksempelby", "Udveksle oplysninger, indtil 20.11.2026"),
                    ("Krisecenter Eksempel", "Invitere til møder, indtil 20.11.2026"),
                ),
            ),
            AccessSection(
                "Notes",
                (
                    ("18.11.2025", "Helhedsorienteret afdækning gennemført sammen med Mette."),
                    ("02.12.2025", "Telefonsamtale om boligansøgning."),
                ),
            ),
        ),
        audit_entries=(
            AuditLine(dt.datetime(2025, 11, 18, 14, 2), COORDINATOR, "Viewed the case"),
            AuditLine(dt.datetime(2025, 11, 20, 9, 30), COORDINATOR, "Exported action plan"),
            AuditLine(dt.datetime(2025, 12, 1, 11, 5), "Jens Testesen", "Viewed the case"),
        ),
    )


def sip() -> SipData:
    """A SIP with a participant on each side: municipality, region and others."""
    return SipData(
        case_reference="SE-2025-0007",
        citizen_name=CITIZEN,
        recipient=Recipient("citizen", CITIZEN),
        made_on=dt.date(2025, 11, 20),
        participants=(
            SipParticipant("Socialtjänsten, vuxenenheten", "municipality", ("Bostad",), True),
            SipParticipant("Vårdcentralen Norr", "region", ("Samtal med kurator",)),
            SipParticipant("Kvinnojouren Fyren", "other"),
        ),
        goals=GOALS,
        lead_name=COORDINATOR,
        lead_phone=COORDINATOR_PHONE,
        review_on=dt.date(2026, 2, 20),
        after_effort_text="Eget boende och ett nätverk.",
        next_meeting=MeetingRef(dt.datetime(2026, 1, 20, 10, 0), "Socialkontoret, mötesrum 2"),
    )


def case_presentation() -> CasePresentationData:
    """A de-identified case for a cooperation group (internal use only)."""
    return CasePresentationData(
        recipient=Recipient("internal"),
        age_band="25–34",
        children_age_bands=("3–5", "6–12"),
        person_using_violence_known=True,
        intake="crisis_centre_admission",
        violence_forms=("economic", "physical"),
        risk_level="high",
        months_known=4,
        concern_domains=("housing", "economy"),
        goal_domains=("housing",),
        actor_sectors=(("civil_society", 1), ("municipality", 2)),
        meetings_held=3,
        text="Kvinde med to børn; ønsker egen bolig.",
    )
