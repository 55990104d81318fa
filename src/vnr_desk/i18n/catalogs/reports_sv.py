"""Swedish text of the printouts (reports/). Plain language: the client reads these."""

MESSAGES: dict[str, str] = {
    # Frame
    "Page {page} of {pages}": "Sida {page} av {pages}",
    "Prepared for: {recipient}": "Upprättad för: {recipient}",
    "Printed {date}": "Utskriven {date}",
    "Confidential": "Konfidentiellt",
    "The citizen": "Klienten",
    "Internal use": "Internt bruk",
    "Partner organisation": "Samverkanspart",
    # Shared headings and table columns
    "Reference": "Ärendenummer",
    "Phone": "Telefon",
    "Next meeting": "Nästa möte",
    "Goal {number}": "Mål {number}",
    "Area: {area}": "Område: {area}",
    "What happens": "Vad ska hända",
    "Who": "Vem",
    "By when": "Senast",
    "Status": "Status",
    "Action": "Åtgärd",
    "Responsible": "Ansvarig",
    "Due": "Senast",
    "When": "När",
    "Where": "Var",
    "What": "Vad",
    "Date": "Datum",
    "Yes": "Ja",
    "No": "Nej",
    "Nothing recorded.": "Inget registrerat.",
    # Citizen plan
    "My plan": "Min plan",
    "Made {date} for {name}": "Gjord den {date} för {name}",
    "Your coordinator": "Din kontaktperson",
    "Your caseworker": "Din handläggare",
    "We will agree on the next meeting together.": "Vi bestämmer nästa möte tillsammans.",
    "My goals and what happens next": "Mina mål och vad som ska hända",
    "No goals have been written down yet.": "Inga mål har skrivits ned ännu.",
    "No steps agreed yet.": "Inga steg är överenskomna ännu.",
    "When the effort ends": "När insatsen avslutas",
    "We look at the plan again": "Vi går igenom planen igen",
    "We will review this plan together on {date}.": (
        "Vi går igenom planen tillsammans igen den {date}."
    ),
    "Call {name} on {phone} if something changes or if you have questions.": (
        "Ring {name} på {phone} om något förändras eller om du har frågor."
    ),
    # Meetings
    "Agenda": "Dagordning",
    "Minutes": "Minnesanteckningar",
    "Participants": "Deltagare",
    "Citizen present": "Klienten deltog",
    "Items on the agenda": "Punkter på dagordningen",
    "The agenda will be agreed at the start of the meeting.": (
        "Dagordningen bestäms i början av mötet."
    ),
    "Your own notes": "Dina egna anteckningar",
    "What was discussed": "Vad som diskuterades",
    "Decisions": "Beslut",
    "No decisions were recorded.": "Inga beslut antecknades.",
    "New actions": "Nya uppgifter",
    "No new actions.": "Inga nya uppgifter.",
    # Consent form
    "Consent to share information": "Samtycke till utlämnande av uppgifter",
    "I, {name}, consent to {issuer} sharing and exchanging information about me with the "
    "recipients below, for the purposes listed.": (
        "Jag, {name}, samtycker till att {issuer} lämnar ut och utbyter uppgifter om mig "
        "med de mottagare som anges nedan, för de ändamål som anges."
    ),
    "Recipients and purposes": "Mottagare och ändamål",
    "Recipient": "Mottagare",
    "Unit": "Enhet",
    "Purposes": "Ändamål",
    "Tick each recipient you agree to. Recipients you do not tick receive nothing.": (
        "Kryssa för varje mottagare som du säger ja till. Mottagare utan kryss får inga uppgifter."
    ),
    "What consent means": "Vad betyder samtycke?",
    "Your consent means that the recipients you tick may receive and exchange the "
    "information about you that is needed for the purposes listed, and nothing more. "
    "Information is not shared with anyone who is not on this form.": (
        "Ditt samtycke betyder att de mottagare som du kryssar för får ta emot och utbyta "
        "de uppgifter om dig som behövs för de ändamål som anges – och inget mer. Inga "
        "uppgifter lämnas till någon som inte står på den här blanketten."
    ),
    "You decide. If you do not give consent, you still have the right to help, and we "
    "will talk with you about how the work can be done without it.": (
        "Det är du som bestämmer. Om du inte ger ditt samtycke har du fortfarande rätt till "
        "hjälp, och vi pratar med dig om hur vi kan arbeta vidare utan det."
    ),
    "You can withdraw your consent at any time": "Du kan när som helst återkalla ditt samtycke",
    "You can withdraw your consent at any time, in whole or for one recipient, without "
    "giving a reason. The withdrawal applies from the moment we receive it; information "
    "that has already been shared cannot be called back.": (
        "Du kan när som helst återkalla ditt samtycke, helt eller för en enskild mottagare, "
        "utan att ange något skäl. Återkallelsen gäller från det att vi tar emot den; "
        "uppgifter som redan har lämnats ut kan inte tas tillbaka."
    ),
    "To withdraw it, tell {name} on {phone} or contact {issuer}.": (
        "Du återkallar det genom att meddela {name} på {phone} eller genom att kontakta {issuer}."
    ),
    "To withdraw it, contact {issuer}.": "Du återkallar det genom att kontakta {issuer}.",
    "How long the consent lasts": "Hur länge gäller samtycket?",
    "This consent is valid until {date}, unless you withdraw it before then.": (
        "Samtycket gäller till och med {date}, om du inte återkallar det innan dess."
    ),
    "You will receive a copy of this form.": "Du får en kopia av den här blanketten.",
    "Signature": "Underskrift",
    # Consent form, Swedish law (consent_form_sv): lifting sekretess
    "Consent to lift confidentiality": "Samtycke till att sekretessen får brytas",
    "I consent to {issuer} lifting the confidentiality that protects information about me, "
    "towards the recipients below and only for the purposes listed for each. The recipients "
    "I tick may in the same way give {issuer} the information about me that is needed for "
    "those purposes.": (
        "Jag samtycker till att {issuer} får bryta den sekretess som skyddar uppgifter om mig, "
        "gentemot de mottagare som anges nedan och bara för de ändamål som anges för var och "
        "en. De mottagare som jag kryssar för får på samma sätt lämna de uppgifter om mig till "
        "{issuer} som behövs för dessa ändamål."
    ),
    "I, {name}, consent to {issuer} lifting the confidentiality that protects information "
    "about me, towards the recipients below and only for the purposes listed for each. The "
    "recipients I tick may in the same way give {issuer} the information about me that is "
    "needed for those purposes.": (
        "Jag, {name}, samtycker till att {issuer} får bryta den sekretess som skyddar "
        "uppgifter om mig, gentemot de mottagare som anges nedan och bara för de ändamål som "
        "anges för var och en. De mottagare som jag kryssar för får på samma sätt lämna de "
        "uppgifter om mig till {issuer} som behövs för dessa ändamål."
    ),
    "What your consent means": "Vad betyder ditt samtycke?",
    "Information about you is protected by confidentiality. With your consent, the "
    "recipients you tick may receive the information about you that is needed for the "
    "purposes listed, and nothing more. Nobody who is not on this form receives anything "
    "because of it.": (
        "Uppgifter om dig skyddas av sekretess. Med ditt samtycke får de mottagare som du "
        "kryssar för ta del av de uppgifter om dig som behövs för de ändamål som anges – och "
        "inget mer. Ingen som inte står på den här blanketten får några uppgifter genom den."
    ),
    "Legal basis": "Lagstöd",
    "Confidentiality that protects you does not apply towards yourself, and you may waive "
    "it in whole or in part ({law}). This form is your written consent, limited to the "
    "recipients and purposes you tick.": (
        "Sekretess som skyddar dig gäller inte i förhållande till dig själv, och du kan helt "
        "eller delvis efterge den, det vill säga avstå från den ({law}). Den här blanketten är "
        "ditt skriftliga samtycke, begränsat till de mottagare och ändamål som du kryssar för."
    ),
    "Consent received by": "Samtycket mottaget av",
    # SIP (samordnad individuell plan)
    "My coordinated individual plan (SIP)": "Min samordnade individuella plan (SIP)",
    "A SIP is made when you need help from both social services and health care. The plan "
    "shows who does what, so that you do not have to hold all the contacts together "
    "yourself. It is made together with you, and only if you want it.": (
        "En SIP görs när du behöver hjälp både från socialtjänsten och från hälso- och "
        "sjukvården. Planen visar vem som gör vad, så att du inte själv behöver hålla ihop "
        "alla kontakter. Den görs tillsammans med dig, och bara om du vill."
    ),
    "Who holds the plan together": "Vem håller ihop planen",
    "{name} has the main responsibility for your plan.": ("{name} har huvudansvaret för din plan."),
    "Who does what": "Vem gör vad",
    "Responsible for": "Ansvarar för",
    "Takes part in the plan": "Är med i planen",
    "Social services (the municipality)": "Socialtjänsten (kommunen)",
    "Health care (the region)": "Hälso- och sjukvården (regionen)",
    "Others who help": "Andra som hjälper till",
    "Why there is a plan": "Därför finns planen",
    "The municipality and the region must make this plan together when you need help from "
    "both and want a plan ({law}).": (
        "Kommunen och regionen ska göra den här planen tillsammans när du behöver hjälp från "
        "båda och vill ha en plan ({law})."
    ),
    # Coordination summary
    "Coordination summary": "Sammanfattning för samverkan",
    "Prepared for": "Upprättad för",
    "Citizen": "Klient",
    "Some parts of the case are not included in this summary, because the citizen has not "
    "consented to share them with the recipient.": (
        "Delar av ärendet finns inte med i den här sammanfattningen, eftersom klienten inte "
        "har samtyckt till att de lämnas ut till mottagaren."
    ),
    "Actors involved": "Involverade aktörer",
    "Actor": "Aktör",
    "Role and responsibility": "Roll och ansvar",
    "coordinator": "samordnare",
    "Whole-person assessment, {date}": "Helhetsbedömning, {date}",
    "1 = serious difficulties, 5 = going well. Grey: the assessment before.": (
        "1 = stora svårigheter, 5 = går bra. Grått: den förra bedömningen."
    ),
    "Life domain": "Livsområde",
    "Now": "Nu",
    "Before": "Före",
    "Description": "Beskrivning",
    "Hopes": "Förhoppningar",
    "Dreams": "Drömmar",
    "Resources": "Resurser",
    "Action plan": "Handlingsplan",
    "Meetings": "Möten",
    "Meeting": "Möte",
    # Access export
    "Your personal data": "Dina personuppgifter",
    "Access request under Article 15 of the GDPR": (
        "Registerutdrag enligt artikel 15 i dataskyddsförordningen"
    ),
    "About": "Gäller",
    "Data controller": "Personuppgiftsansvarig",
    "Extract made": "Datum för utdrag",
    "This document contains all the information held about you in VNR Desk on the date "
    "above, and a list of who has viewed or exported it.": (
        "Det här dokumentet innehåller alla uppgifter som finns registrerade om dig i "
        "VNR Desk på datumet ovan, och en lista över vem som har läst eller exporterat dem."
    ),
    "Who has viewed or exported your data": "Vem som har läst eller exporterat dina uppgifter",
    # Labels services commonly pass as English source text
    "Case opened": "Ärendet öppnat",
    "Coordinator": "Samordnare",
    "Children in the household": "Barn i hushållet",
    "Personal details": "Personuppgifter",
    "Name": "Namn",
    "Date of birth": "Födelsedatum",
    "Address": "Adress",
    "Email": "E-post",
    "Case": "Ärende",
    "Opened": "Öppnat",
    "Consents": "Samtycken",
    "Notes": "Anteckningar",
    "Assessments": "Bedömningar",
    "Action plans": "Handlingsplaner",
    "Viewed the case": "Öppnade ärendet",
    "Exported action plan": "Exporterade handlingsplanen",
    # Life domains
    "Housing": "Boende",
    "Economy": "Ekonomi",
    "Children and parenting": "Barn och föräldraskap",
    "Education": "Utbildning",
    "Job": "Sysselsättning",
    "Physical health": "Fysisk hälsa",
    "Mental health": "Psykisk hälsa",
    "Substance use": "Missbruk",
    "Network": "Nätverk",
    "Legal matters": "Juridiska frågor",
    "Safety": "Säkerhet",
    # Rating scale
    "Serious difficulties": "Stora svårigheter",
    "Considerable difficulties": "Betydande svårigheter",
    "Some difficulties": "Vissa svårigheter",
    "Minor difficulties": "Små svårigheter",
    "Going well": "Går bra",
    # Action status
    "Planned": "Planerad",
    "In progress": "Pågår",
    "Done": "Klar",
    "Dropped": "Avbruten",
    # Consent purposes
    "Exchange information about my situation": "Utbyta uppgifter om min situation",
    "Invite me and others to meetings about my case": (
        "Bjuda in mig och andra till möten om mitt ärende"
    ),
    "Receive my action plan": "Ta emot min handlingsplan",
    "Receive a summary of my case": "Ta emot en sammanfattning av mitt ärende",
    # Meeting kinds
    "Coordination meeting": "Samordningsmöte",
    "Network meeting": "Nätverksmöte",
    "Follow-up meeting": "Uppföljningsmöte",
    "Joint job and action plan meeting": "Gemensamt möte om arbete och handlingsplan",
    "Internal coordination group": "Intern samverkansgrupp",
    "Urgent coordination meeting": "Akut samverkansmöte",
    "Coordinated individual plan (SIP) meeting": "SIP-möte (samordnad individuell plan)",
    # Calendar
    "January": "januari",
    "February": "februari",
    "March": "mars",
    "April": "april",
    "May": "maj",
    "June": "juni",
    "July": "juli",
    "August": "augusti",
    "September": "september",
    "October": "oktober",
    "November": "november",
    "December": "december",
    "Monday": "måndag",
    "Tuesday": "tisdag",
    "Wednesday": "onsdag",
    "Thursday": "torsdag",
    "Friday": "fredag",
    "Saturday": "lördag",
    "Sunday": "söndag",
    # Printouts without empty slots (issue 15 item 9)
    "Made {date}": "Gjord den {date}",
    "Write to {name} at {email} if something changes or if you have questions.": (
        "Skriv till {name} på {email} om något förändras eller om du har frågor."
    ),
    "Contact {name} if something changes or if you have questions.": (
        "Kontakta {name} om något förändras eller om du har frågor."
    ),
    "We will agree on a date to review the plan together.": (
        "Vi bestämmer tillsammans när vi går igenom planen igen."
    ),
    "To withdraw it, tell {name} or contact {issuer}.": (
        "Du återkallar det genom att meddela {name} eller genom att kontakta {issuer}."
    ),
    "I consent to {issuer} sharing and exchanging information about me with the recipients "
    "below, for the purposes listed.": (
        "Jag samtycker till att {issuer} lämnar ut och utbyter uppgifter om mig med "
        "mottagarna nedan, för de ändamål som anges."
    ),
    # Cooperation groups: case presentation and group agenda (h16c)
    "Case presentation (de-identified)": "Ärendedragning (avidentifierad)",
    "Prepared for a cooperation group. It names no one and gives no dates, addresses "
    "or contact details.": (
        "Upprättad för en samverkansgrupp. Den nämner ingen vid namn och anger inga datum, "
        "adresser eller kontaktuppgifter."
    ),
    "Age": "Ålder",
    "Not recorded": "Inte registrerat",
    "Children": "Barn",
    "{n} children, aged {bands}": "{n} barn i åldern {bands}",
    "No children recorded": "Inga barn registrerade",
    "Person using violence": "Våldsutövare",
    "Recorded in the case": "Registrerad i ärendet",
    "How the case arrived": "Hur ärendet inkom",
    "Forms of violence": "Våldsformer",
    "Latest risk assessment": "Senaste riskbedömning",
    "Known for": "Känd sedan",
    "{n} months": "{n} månader",
    "Meetings held": "Hållna möten",
    "Life domains of concern": "Livsområden med oro",
    "Areas of the action plan": "Planens områden",
    "Involved": "Inblandade",
    "{sector}: {n}": "{sector}: {n}",
    "The caseworker's presentation": "Handläggarens dragning",
    "No reviewed presentation text.": "Ingen granskad text för dragningen.",
    "Physical violence": "Fysiskt våld",
    "Psychological violence": "Psykiskt våld",
    "Sexual violence": "Sexuellt våld",
    "Economic violence": "Ekonomiskt våld",
    "Material violence": "Materiellt våld",
    "Digital violence": "Digitalt våld",
    "Stalking and harassment": "Förföljelse och trakasserier",
    "Honour-related violence": "Hedersrelaterat våld",
    "Neglect": "Försummelse",
    "Low": "Låg",
    "Medium": "Medel",
    "High": "Hög",
    "Acute": "Akut",
    "Municipality": "Kommun",
    "Region": "Region",
    "State": "Stat",
    "Civil society": "Civilsamhälle",
    "Private provider": "Privat utförare",
    "External cooperation group": "Extern samverkansgrupp",
    "Internal cooperation group": "Intern samverkansgrupp",
    "Members": "Medlemmar",
    "Cases on the agenda": "Ärenden på dagordningen",
    "Case {number}": "Ärende {number}",
    "No cases on the agenda yet.": "Inga ärenden på dagordningen ännu.",
}
