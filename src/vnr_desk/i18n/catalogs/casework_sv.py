"""Swedish for the case-work CLI and shared case-work codes."""

MESSAGES = {
    "fill the vault with fictional cases": "fyll valvet med påhittade ärenden",
    "dates of the demo relative to this day": "demons datum räknade från denna dag",
    "language of the demo cases (default: the vault's edition)": (
        "demoärendenas språk (standard: valvets utgåva)"
    ),
    "import cases from a JSON file": "importera ärenden från en JSON-fil",
    "write one case as JSON": "skriv ett ärende som JSON",
    "deadlines of all open cases": "tidsfrister för alla öppna ärenden",
    "consent status of a case": "samtyckesstatus för ett ärende",
    "not a date (YYYY-MM-DD): {value}": "inte ett datum (ÅÅÅÅ-MM-DD): {value}",
    "{n} demo cases added": "{n} demoärenden tillagda",
    "Imported {ref}": "Importerade {ref}",
    "upcoming": "kommande",
    "due": "i dag",
    "overdue": "försenad",
    "done": "klar",
    "valid": "giltigt",
    "expiring": "löper snart ut",
    "expired": "utgånget",
    "withdrawn": "återkallat",
    "missing": "saknas",
    "share_information": "lämna ut uppgifter",
    "invite_to_meeting": "bjuda in till möte",
    "receive_action_plan": "få handlingsplanen",
    "receive_case_summary": "få sammanfattning av ärendet",
    "Coordinator contacts the crisis centre": "Samordnaren kontaktar kvinnojouren",
    "First visit after crisis-centre admission": "Första besöket efter inflyttning på jouren",
    "Follow-up meeting after crisis-centre admission": "Uppföljningsmöte efter vistelse på jouren",
    "Review the action plan": "Följ upp handlingsplanen",
    "Urgent coordination meeting": "Akut samverkansmöte",
    "Remind after an unanswered outreach letter": "Påminnelse efter obesvarat brev",
    "Renew consent before it expires": "Förnya samtycket innan det går ut",
    "Contact the children's unit (no answer, children at home)": (
        "Kontakta barn- och familjeenheten (inget svar, barn i hemmet)"
    ),
    "Reassess the risk": "Ny riskbedömning",
    "Reassess the risk (urgent case)": "Ny riskbedömning (akut ärende)",
    "Plan action due": "Åtgärd i handlingsplanen ska vara klar",
}
