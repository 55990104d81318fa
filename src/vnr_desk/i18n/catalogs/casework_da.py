"""Danish for the case-work CLI and shared case-work codes."""

MESSAGES = {
    "fill the vault with fictional cases": "fyld boksen med opdigtede sager",
    "dates of the demo relative to this day": "demoens datoer regnet fra denne dag",
    "language of the demo cases (default: the vault's edition)": (
        "demosagernes sprog (standard: boksens udgave)"
    ),
    "import cases from a JSON file": "importér sager fra en JSON-fil",
    "write one case as JSON": "skriv en sag som JSON",
    "deadlines of all open cases": "frister for alle åbne sager",
    "consent status of a case": "samtykkestatus for en sag",
    "not a date (YYYY-MM-DD): {value}": "ikke en dato (ÅÅÅÅ-MM-DD): {value}",
    "{n} demo cases added": "{n} demosager tilføjet",
    "Imported {ref}": "Importerede {ref}",
    "upcoming": "kommende",
    "due": "i dag",
    "overdue": "overskredet",
    "done": "udført",
    "valid": "gyldigt",
    "expiring": "udløber snart",
    "expired": "udløbet",
    "withdrawn": "tilbagekaldt",
    "missing": "mangler",
    "share_information": "videregive oplysninger",
    "invite_to_meeting": "invitere til møde",
    "receive_action_plan": "modtage handleplan",
    "receive_case_summary": "modtage sagsresumé",
    "Coordinator contacts the crisis centre": "Tovholder kontakter krisecentret",
    "First visit after crisis-centre admission": "Første besøg efter indflytning på krisecenter",
    "Follow-up meeting after crisis-centre admission": "Opfølgningsmøde efter krisecenterophold",
    "Review the action plan": "Opfølgning på handleplanen",
    "Urgent coordination meeting": "Akut koordineringsmøde",
    "Remind after an unanswered outreach letter": "Rykker efter ubesvaret opsøgende brev",
    "Renew consent before it expires": "Forny samtykke før det udløber",
    "Contact the children's unit (no answer, children at home)": (
        "Kontakt Børn og Familie (intet svar, børn i hjemmet)"
    ),
    "Reassess the risk": "Ny risikovurdering",
    "Reassess the risk (urgent case)": "Ny risikovurdering (akut sag)",
    "Plan action due": "Handling i handleplanen forfalder",
}
