"""The words of the demo cases, one set per edition: a Swedish demo must read like a case
from a Swedish socialkontor (klient, handläggare, kvinnojour, +46), never like a Danish
case with Swedish names, and the reverse.

Every name is obviously made up; every phone number is a run of zeros in the country's
format, so no real person can be rung by mistake."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoText:
    """Everything a demo case says in words, for one edition."""

    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    men: tuple[str, ...]
    children: tuple[str, ...]
    relations: tuple[str, ...]
    # (name, sector, unit, role in the case)
    actors: tuple[tuple[str, str, str, str], ...]
    goals: tuple[tuple[str, str], ...]
    actions: tuple[str, ...]
    notes: tuple[str, ...]
    hopes: tuple[str, ...]
    resources: tuple[str, ...]
    dreams: str
    rating_text: str
    risk_notes: str
    after_effort: str
    documented_by: str
    street: str
    phone: str  # a format with {a} and {b}: two two-digit groups
    places: tuple[str, ...]
    agenda: tuple[str, ...]
    minutes: str
    decisions: tuple[str, ...]
    # SIP (Swedish edition only): goals of a plan social services and health care make
    # together, and the agenda of the meeting where it is made
    sip_goals: tuple[tuple[str, str, str], ...] = ()
    sip_agenda: tuple[str, ...] = ()


DANISH = DemoText(
    first_names=("Mette", "Hanne", "Louise", "Camilla", "Amira", "Signe", "Fatima", "Birgitte"),
    surnames=("Eksempel", "Prøvesen", "Fiktivsen", "Opdigtet", "Demodatter"),
    men=("Bo", "Jens", "Kim", "Lars", "Omar"),
    children=("Lille", "Sofus", "Alma", "Noah", "Ella", "Liam"),
    relations=("søster", "mor", "veninde", "nabo", "kollega", "bror"),
    actors=(
        ("Jobcenter Demo", "municipality", "jobcenter", "Koordinerende sagsbehandler"),
        ("Ydelseskontoret Demo", "municipality", "ydelseskontor", "Økonomi og enkeltydelser"),
        ("Børne- og familieafdelingen Demo", "municipality", "børn og familie", "Barnets plan"),
        ("Krisecenter Fyrtårnet (fiktivt)", "civil_society", "krisecenter", "Ophold og samtaler"),
        ("Politiet Demo", "state", "politi", "Anmeldelse og tilhold"),
        ("Psykiatrien Demo", "region", "psykiatri", "Udredning"),
    ),
    goals=(
        ("Jeg vil lære at lægge et budget", "economy"),
        ("Jeg vil have fuld forældremyndighed", "legal"),
        ("Jeg vil anmelde volden", "legal"),
        ("Jeg vil have min egen bolig", "housing"),
        ("Jeg vil i gang med en uddannelse", "education"),
        ("Jeg vil have et arbejde", "job"),
        ("Jeg vil sove om natten igen", "mental_health"),
        ("Mine børn skal føle sig trygge", "children_parenting"),
    ),
    actions=(
        "Budgetsamtale med økonomisk rådgiver",
        "Ansøge om enkeltydelse til depositum",
        "Henvisning til psykolog",
        "Kontakt til familieretshuset",
        "Ledsagelse til politiet",
        "Boligansøgning sendt",
        "Afklaringsforløb i jobcentret",
    ),
    notes=(
        "Borgeren fortæller, at hun har sovet bedre den sidste uge. Vi talte om budget og husleje.",
        "Samtale på krisecentret. Borgeren er bekymret for børnenes skolegang efter flytningen.",
        "Telefonisk kontakt. Borgeren ønsker at søstren deltager i næste netværksmøde.",
        "Hjemmebesøg aflyst af borgeren. Ny tid aftalt i næste uge i rådhusets mødelokale.",
        "Koordinerende møde afholdt. Jobcentret og børne- og familieafdelingen deltog.",
        "Borgeren har fået svar på boligansøgningen og er glad for at kunne flytte i foråret.",
        "Borgeren fortæller om økonomisk kontrol: partneren har haft adgang til hendes MitID.",
    ),
    hopes=("At kunne give børnene en rolig hverdag", "At få et arbejde igen", "At blive fri"),
    resources=(
        "God kontakt til søster",
        "Stærk motivation",
        "Uddannelse som social- og sundhedsassistent",
    ),
    dreams="En lejlighed med altan",
    rating_text="Vurderet ved samtale",
    risk_notes="Vurderet med basis-screening",
    after_effort="Borgeren har egen bolig og et netværk, der kan støtte hende.",
    documented_by="Rådgiver Demo",
    street="Skjultvej",
    phone="+45 00 00 {a} {b}",
    places=("Rådhuset, mødelokale 2", "Krisecentret, samtalerummet"),
    agenda=("Velkomst", "Status på handleplanen", "Næste skridt"),
    minutes="Borgeren fortalte om sin situation. Aktørerne aftalte næste skridt.",
    decisions=("Næste møde om tre måneder",),
)

SWEDISH = DemoText(
    first_names=("Sara", "Anna", "Elin", "Maja", "Leila", "Karin", "Ida", "Nour"),
    surnames=("Påhittad", "Låtsasson", "Testsson", "Exempelsdotter", "Fiktivström"),
    men=("Erik", "Johan", "Mikael", "Anders", "Omar"),
    children=("Lilla", "Olle", "Alva", "Noah", "Ebba", "Liam"),
    relations=("syster", "mamma", "väninna", "granne", "arbetskamrat", "bror"),
    actors=(
        ("Socialtjänsten Demo, vuxenenheten", "municipality", "vuxenenheten", "Samordnare"),
        (
            "Socialtjänsten Demo, försörjningsstöd",
            "municipality",
            "försörjningsstöd",
            "Ekonomiskt bistånd",
        ),
        (
            "Socialtjänsten Demo, barn- och familjeenheten",
            "municipality",
            "barn och familj",
            "Barnets utredning",
        ),
        ("Kvinnojouren Fyren (fiktiv)", "civil_society", "kvinnojour", "Skyddat boende"),
        ("Vårdcentralen Demo", "region", "vårdcentral", "Kurator och läkare"),
        ("Psykiatrin Demo", "region", "psykiatri", "Bedömning och behandling"),
        ("Polisen Demo", "state", "polis", "Kontaktförbud"),
    ),
    goals=(
        ("Jag vill lära mig att göra en budget", "economy"),
        ("Jag vill ha ensam vårdnad om barnen", "legal"),
        ("Jag vill polisanmäla våldet", "legal"),
        ("Jag vill ha en egen lägenhet", "housing"),
        ("Jag vill börja studera", "education"),
        ("Jag vill ha ett arbete", "job"),
        ("Jag vill kunna sova på nätterna igen", "mental_health"),
        ("Mina barn ska känna sig trygga", "children_parenting"),
    ),
    actions=(
        "Budgetsamtal med budget- och skuldrådgivare",
        "Ansöka om ekonomiskt bistånd till deposition",
        "Remiss till psykolog via vårdcentralen",
        "Kontakt med familjerätten",
        "Följa med till polisen",
        "Bostadsansökan skickad",
        "Möte med Arbetsförmedlingen",
    ),
    notes=(
        "Klienten berättar att hon har sovit bättre den senaste veckan. Vi pratade om "
        "budget och hyra.",
        "Samtal på kvinnojouren. Klienten är orolig för barnens skolgång efter flytten.",
        "Telefonkontakt. Klienten vill att systern deltar i nästa nätverksmöte.",
        "Hembesöket inställt av klienten. Ny tid bokad nästa vecka på socialkontoret.",
        "Samverkansmöte hållet. Försörjningsstöd och barn- och familjeenheten deltog.",
        "Klienten har fått svar på bostadsansökan och ser fram emot att flytta i vår.",
        "Klienten berättar om ekonomisk kontroll: partnern har haft tillgång till hennes BankID.",
    ),
    hopes=("Att barnen får en lugn vardag", "Att få ett arbete igen", "Att bli fri"),
    resources=("Bra kontakt med sin syster", "Stark motivation", "Utbildad undersköterska"),
    dreams="En lägenhet med balkong",
    rating_text="Bedömt vid samtal",
    risk_notes="Bedömd med strukturerad screening",
    after_effort="Klienten har ett eget boende och ett nätverk som kan stötta henne.",
    documented_by="Handläggare Demo",
    street="Påhittegatan",
    phone="+46 70 000 {a} {b}",
    places=("Socialkontoret, mötesrum 2", "Kommunhuset, samtalsrum 3"),
    agenda=("Välkomna", "Hur går det med planen?", "Nästa steg"),
    minutes="Klienten berättade om sin situation. Aktörerna kom överens om nästa steg.",
    decisions=("Nästa möte om tre månader",),
    sip_goals=(
        ("Jag vill må bättre och kunna sova", "mental_health", "Samtal med kurator varannan vecka"),
        ("Jag vill ha koll på min ekonomi", "economy", "Ansökan om ekonomiskt bistånd"),
        ("Jag vill att barnen får stöd", "children_parenting", "Barnsamtal på BUP"),
    ),
    sip_agenda=(
        "Välkomna och presentation",
        "Vad behöver du hjälp med?",
        "Vem gör vad",
        "Vem har huvudansvaret för planen",
        "När ses vi igen",
    ),
)

TEXTS: dict[str, DemoText] = {"da": DANISH, "sv": SWEDISH}
