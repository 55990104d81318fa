"""Danish text of the printouts (reports/). Plain language: the citizen reads these."""

MESSAGES: dict[str, str] = {
    # Frame
    "Page {page} of {pages}": "Side {page} af {pages}",
    "Prepared for: {recipient}": "Udarbejdet til: {recipient}",
    "Printed {date}": "Udskrevet {date}",
    "Confidential": "Fortroligt",
    "The citizen": "Borgeren",
    "Internal use": "Intern brug",
    "Partner organisation": "Samarbejdspartner",
    # Shared headings and table columns
    "Reference": "Sagsnummer",
    "Phone": "Telefon",
    "Next meeting": "Næste møde",
    "Goal {number}": "Mål {number}",
    "Area: {area}": "Område: {area}",
    "What happens": "Hvad skal der ske",
    "Who": "Hvem",
    "By when": "Senest",
    "Status": "Status",
    "Action": "Handling",
    "Responsible": "Ansvarlig",
    "Due": "Frist",
    "When": "Hvornår",
    "Where": "Hvor",
    "What": "Hvad",
    "Date": "Dato",
    "Yes": "Ja",
    "No": "Nej",
    "Nothing recorded.": "Intet registreret.",
    # Citizen plan
    "My plan": "Min plan",
    "Made {date} for {name}": "Lavet den {date} for {name}",
    "Your coordinator": "Din kontaktperson",
    "Your caseworker": "Din sagsbehandler",
    "We will agree on the next meeting together.": "Vi aftaler det næste møde sammen.",
    "My goals and what happens next": "Mine mål og hvad der skal ske",
    "No goals have been written down yet.": "Der er endnu ikke skrevet nogen mål ned.",
    "No steps agreed yet.": "Der er endnu ikke aftalt nogen skridt.",
    "When the effort ends": "Når indsatsen slutter",
    "We look at the plan again": "Vi ser på planen igen",
    "We will review this plan together on {date}.": ("Vi gennemgår planen sammen igen den {date}."),
    "Call {name} on {phone} if something changes or if you have questions.": (
        "Ring til {name} på {phone}, hvis noget ændrer sig, eller hvis du har spørgsmål."
    ),
    # Meetings
    "Agenda": "Dagsorden",
    "Minutes": "Referat",
    "Participants": "Deltagere",
    "Citizen present": "Borgeren deltog",
    "Items on the agenda": "Punkter på dagsordenen",
    "The agenda will be agreed at the start of the meeting.": (
        "Dagsordenen aftales i starten af mødet."
    ),
    "Your own notes": "Dine egne noter",
    "What was discussed": "Hvad blev drøftet",
    "Decisions": "Beslutninger",
    "No decisions were recorded.": "Der blev ikke noteret nogen beslutninger.",
    "New actions": "Nye opgaver",
    "No new actions.": "Ingen nye opgaver.",
    # Consent form
    "Consent to share information": "Samtykke til videregivelse af oplysninger",
    "I, {name}, consent to {issuer} sharing and exchanging information about me with the "
    "recipients below, for the purposes listed.": (
        "Jeg, {name}, giver samtykke til, at {issuer} må videregive og udveksle oplysninger "
        "om mig med de modtagere, der står nedenfor, til de formål, der er nævnt."
    ),
    "Recipients and purposes": "Modtagere og formål",
    "Recipient": "Modtager",
    "Unit": "Enhed",
    "Purposes": "Formål",
    "Tick each recipient you agree to. Recipients you do not tick receive nothing.": (
        "Sæt kryds ved hver modtager, du siger ja til. Modtagere uden kryds får ingen oplysninger."
    ),
    "What consent means": "Hvad betyder samtykke?",
    "Your consent means that the recipients you tick may receive and exchange the "
    "information about you that is needed for the purposes listed, and nothing more. "
    "Information is not shared with anyone who is not on this form.": (
        "Dit samtykke betyder, at de modtagere, du sætter kryds ved, må modtage og udveksle "
        "de oplysninger om dig, der er nødvendige til de nævnte formål – og ikke mere. Der "
        "gives ikke oplysninger til nogen, som ikke står på denne blanket."
    ),
    "You decide. If you do not give consent, you still have the right to help, and we "
    "will talk with you about how the work can be done without it.": (
        "Det er dig, der bestemmer. Hvis du ikke giver samtykke, har du stadig ret til "
        "hjælp, og vi taler med dig om, hvordan vi kan arbejde videre uden det."
    ),
    "You can withdraw your consent at any time": (
        "Du kan til enhver tid trække dit samtykke tilbage"
    ),
    "You can withdraw your consent at any time, in whole or for one recipient, without "
    "giving a reason. The withdrawal applies from the moment we receive it; information "
    "that has already been shared cannot be called back.": (
        "Du kan til enhver tid trække dit samtykke tilbage, helt eller for en enkelt "
        "modtager, uden at give en begrundelse. Tilbagetrækningen gælder fra det øjeblik, "
        "vi modtager den; oplysninger, der allerede er videregivet, kan ikke kaldes tilbage."
    ),
    "To withdraw it, tell {name} on {phone} or contact {issuer}.": (
        "Du trækker det tilbage ved at give besked til {name} på {phone} eller ved at "
        "kontakte {issuer}."
    ),
    "To withdraw it, contact {issuer}.": "Du trækker det tilbage ved at kontakte {issuer}.",
    "How long the consent lasts": "Hvor længe gælder samtykket?",
    "This consent is valid until {date}, unless you withdraw it before then.": (
        "Samtykket gælder til og med {date}, medmindre du trækker det tilbage inden da."
    ),
    "You will receive a copy of this form.": "Du får en kopi af denne blanket.",
    "Signature": "Underskrift",
    # Consent form, Swedish law (consent_form_sv): lifting sekretess
    "Consent to lift confidentiality": "Samtykke til at ophæve tavshedspligten",
    "I consent to {issuer} lifting the confidentiality that protects information about me, "
    "towards the recipients below and only for the purposes listed for each. The recipients "
    "I tick may in the same way give {issuer} the information about me that is needed for "
    "those purposes.": (
        "Jeg giver samtykke til, at {issuer} må ophæve den tavshedspligt, der beskytter "
        "oplysninger om mig, over for modtagerne nedenfor og kun til de formål, der står ved "
        "hver af dem. De modtagere, jeg sætter kryds ved, må på samme måde give {issuer} de "
        "oplysninger om mig, der er nødvendige til disse formål."
    ),
    "I, {name}, consent to {issuer} lifting the confidentiality that protects information "
    "about me, towards the recipients below and only for the purposes listed for each. The "
    "recipients I tick may in the same way give {issuer} the information about me that is "
    "needed for those purposes.": (
        "Jeg, {name}, giver samtykke til, at {issuer} må ophæve den tavshedspligt, der "
        "beskytter oplysninger om mig, over for modtagerne nedenfor og kun til de formål, der "
        "står ved hver af dem. De modtagere, jeg sætter kryds ved, må på samme måde give "
        "{issuer} de oplysninger om mig, der er nødvendige til disse formål."
    ),
    "What your consent means": "Hvad betyder dit samtykke?",
    "Information about you is protected by confidentiality. With your consent, the "
    "recipients you tick may receive the information about you that is needed for the "
    "purposes listed, and nothing more. Nobody who is not on this form receives anything "
    "because of it.": (
        "Oplysninger om dig er omfattet af tavshedspligt. Med dit samtykke må de modtagere, du "
        "sætter kryds ved, få de oplysninger om dig, der er nødvendige til de formål, der står "
        "på blanketten – og ikke mere. Ingen, der ikke står på blanketten, får noget på grund "
        "af den."
    ),
    "Legal basis": "Retsgrundlag",
    "Confidentiality that protects you does not apply towards yourself, and you may waive "
    "it in whole or in part ({law}). This form is your written consent, limited to the "
    "recipients and purposes you tick.": (
        "Tavshedspligt, der beskytter dig, gælder ikke over for dig selv, og du kan helt eller "
        "delvis frafalde den ({law}). Denne blanket er dit skriftlige samtykke, begrænset til "
        "de modtagere og formål, du sætter kryds ved."
    ),
    "Consent received by": "Samtykket modtaget af",
    # SIP (the Swedish coordinated individual plan)
    "My coordinated individual plan (SIP)": "Min samordnede individuelle plan (SIP)",
    "A SIP is made when you need help from both social services and health care. The plan "
    "shows who does what, so that you do not have to hold all the contacts together "
    "yourself. It is made together with you, and only if you want it.": (
        "En SIP laves, når du har brug for hjælp både fra socialforvaltningen og fra "
        "sundhedsvæsenet. Planen viser, hvem der gør hvad, så du ikke selv skal holde sammen "
        "på alle kontakterne. Den laves sammen med dig, og kun hvis du ønsker det."
    ),
    "Who holds the plan together": "Hvem holder sammen på planen",
    "{name} has the main responsibility for your plan.": ("{name} har hovedansvaret for din plan."),
    "Who does what": "Hvem gør hvad",
    "Responsible for": "Har ansvar for",
    "Takes part in the plan": "Deltager i planen",
    "Social services (the municipality)": "Socialforvaltningen (kommunen)",
    "Health care (the region)": "Sundhedsvæsenet (regionen)",
    "Others who help": "Andre, der hjælper",
    "Why there is a plan": "Derfor er der en plan",
    "The municipality and the region must make this plan together when you need help from "
    "both and want a plan ({law}).": (
        "Kommunen og regionen skal lave denne plan sammen, når du har brug for hjælp fra dem "
        "begge og ønsker en plan ({law})."
    ),
    # Coordination summary
    "Coordination summary": "Resumé af det koordinerede forløb",
    "Prepared for": "Udarbejdet til",
    "Citizen": "Borger",
    "Some parts of the case are not included in this summary, because the citizen has not "
    "consented to share them with the recipient.": (
        "Dele af sagen er ikke med i dette resumé, fordi borgeren ikke har givet samtykke "
        "til, at de videregives til modtageren."
    ),
    "Actors involved": "Involverede aktører",
    "Actor": "Aktør",
    "Role and responsibility": "Rolle og ansvar",
    "coordinator": "tovholder",
    "Whole-person assessment, {date}": "Helhedsorienteret afdækning, {date}",
    "1 = serious difficulties, 5 = going well. Grey: the assessment before.": (
        "1 = store vanskeligheder, 5 = går godt. Gråt: den forrige afdækning."
    ),
    "Life domain": "Livsområde",
    "Now": "Nu",
    "Before": "Før",
    "Description": "Beskrivelse",
    "Hopes": "Håb",
    "Dreams": "Drømme",
    "Resources": "Ressourcer",
    "Action plan": "Handleplan",
    "Meetings": "Møder",
    "Meeting": "Møde",
    # Access export
    "Your personal data": "Dine personoplysninger",
    "Access request under Article 15 of the GDPR": (
        "Indsigt efter databeskyttelsesforordningens artikel 15"
    ),
    "About": "Vedrørende",
    "Data controller": "Dataansvarlig",
    "Extract made": "Dato for udtræk",
    "This document contains all the information held about you in VNR Desk on the date "
    "above, and a list of who has viewed or exported it.": (
        "Dette dokument indeholder alle de oplysninger, der er registreret om dig i VNR Desk "
        "på datoen ovenfor, og en liste over, hvem der har set eller eksporteret dem."
    ),
    "Who has viewed or exported your data": "Hvem har set eller eksporteret dine oplysninger",
    # Labels services commonly pass as English source text
    "Case opened": "Sagen oprettet",
    "Coordinator": "Tovholder",
    "Children in the household": "Børn i husstanden",
    "Personal details": "Personoplysninger",
    "Name": "Navn",
    "Date of birth": "Fødselsdato",
    "Address": "Adresse",
    "Email": "E-mail",
    "Case": "Sag",
    "Opened": "Oprettet",
    "Consents": "Samtykker",
    "Notes": "Notater",
    "Assessments": "Afdækninger",
    "Action plans": "Handleplaner",
    "Viewed the case": "Åbnede sagen",
    "Exported action plan": "Eksporterede handleplanen",
    # Life domains
    "Housing": "Bolig",
    "Economy": "Økonomi",
    "Children and parenting": "Børn og forældreskab",
    "Education": "Uddannelse",
    "Job": "Beskæftigelse",
    "Physical health": "Fysisk helbred",
    "Mental health": "Psykisk helbred",
    "Substance use": "Misbrug",
    "Network": "Netværk",
    "Legal matters": "Juridiske forhold",
    "Safety": "Sikkerhed",
    # Rating scale
    "Serious difficulties": "Store vanskeligheder",
    "Considerable difficulties": "Betydelige vanskeligheder",
    "Some difficulties": "Nogle vanskeligheder",
    "Minor difficulties": "Små vanskeligheder",
    "Going well": "Går godt",
    # Action status
    "Planned": "Planlagt",
    "In progress": "I gang",
    "Done": "Udført",
    "Dropped": "Opgivet",
    # Consent purposes
    "Exchange information about my situation": "Udveksle oplysninger om min situation",
    "Invite me and others to meetings about my case": (
        "Invitere mig og andre til møder om min sag"
    ),
    "Receive my action plan": "Modtage min handleplan",
    "Receive a summary of my case": "Modtage et resumé af min sag",
    # Meeting kinds
    "Coordination meeting": "Koordinerende møde",
    "Network meeting": "Netværksmøde",
    "Follow-up meeting": "Opfølgningsmøde",
    "Joint job and action plan meeting": "Fælles job- og handleplanmøde",
    "Internal coordination group": "Intern koordinationsgruppe",
    "Urgent coordination meeting": "Akut koordinerende møde",
    "Coordinated individual plan (SIP) meeting": "SIP-møde (samordnet individuel plan)",
    # Calendar
    "January": "januar",
    "February": "februar",
    "March": "marts",
    "April": "april",
    "May": "maj",
    "June": "juni",
    "July": "juli",
    "August": "august",
    "September": "september",
    "October": "oktober",
    "November": "november",
    "December": "december",
    "Monday": "mandag",
    "Tuesday": "tirsdag",
    "Wednesday": "onsdag",
    "Thursday": "torsdag",
    "Friday": "fredag",
    "Saturday": "lørdag",
    "Sunday": "søndag",
    # Printouts without empty slots (issue 15 item 9)
    "Made {date}": "Lavet den {date}",
    "Write to {name} at {email} if something changes or if you have questions.": (
        "Skriv til {name} på {email}, hvis noget ændrer sig, eller hvis du har spørgsmål."
    ),
    "Contact {name} if something changes or if you have questions.": (
        "Kontakt {name}, hvis noget ændrer sig, eller hvis du har spørgsmål."
    ),
    "We will agree on a date to review the plan together.": (
        "Vi aftaler sammen, hvornår vi gennemgår planen igen."
    ),
    "To withdraw it, tell {name} or contact {issuer}.": (
        "Du trækker det tilbage ved at give besked til {name} eller ved at kontakte {issuer}."
    ),
    "I consent to {issuer} sharing and exchanging information about me with the recipients "
    "below, for the purposes listed.": (
        "Jeg giver samtykke til, at {issuer} må videregive og udveksle oplysninger om mig med "
        "de modtagere, der står nedenfor, til de formål, der er nævnt."
    ),
    # Cooperation groups: case presentation and group agenda (h16c)
    "Case presentation (de-identified)": "Sagsfremstilling (anonymiseret)",
    "Prepared for a cooperation group. It names no one and gives no dates, addresses "
    "or contact details.": (
        "Udarbejdet til en samarbejdsgruppe. Den nævner ingen ved navn og angiver ingen datoer, "
        "adresser eller kontaktoplysninger."
    ),
    "Age": "Alder",
    "Not recorded": "Ikke registreret",
    "Children": "Børn",
    "{n} children, aged {bands}": "{n} børn i alderen {bands}",
    "No children recorded": "Ingen børn registreret",
    "Person using violence": "Voldsudøver",
    "Recorded in the case": "Registreret i sagen",
    "How the case arrived": "Sagens indgang",
    "Forms of violence": "Voldsformer",
    "Latest risk assessment": "Seneste risikovurdering",
    "Known for": "Kendt i",
    "{n} months": "{n} måneder",
    "Meetings held": "Afholdte møder",
    "Life domains of concern": "Livsområder med bekymring",
    "Areas of the action plan": "Handleplanens områder",
    "Involved": "Involverede",
    "{sector}: {n}": "{sector}: {n}",
    "The caseworker's presentation": "Sagsbehandlerens fremstilling",
    "No reviewed presentation text.": "Ingen gennemgået fremstillingstekst.",
    "Physical violence": "Fysisk vold",
    "Psychological violence": "Psykisk vold",
    "Sexual violence": "Seksuel vold",
    "Economic violence": "Økonomisk vold",
    "Material violence": "Materiel vold",
    "Digital violence": "Digital vold",
    "Stalking and harassment": "Stalking og chikane",
    "Honour-related violence": "Æresrelateret vold",
    "Neglect": "Omsorgssvigt",
    "Low": "Lav",
    "Medium": "Mellem",
    "High": "Høj",
    "Acute": "Akut",
    "Municipality": "Kommune",
    "Region": "Region",
    "State": "Stat",
    "Civil society": "Civilsamfund",
    "Private provider": "Privat leverandør",
    "External cooperation group": "Ekstern samarbejdsgruppe",
    "Internal cooperation group": "Intern samarbejdsgruppe",
    "Members": "Medlemmer",
    "Cases on the agenda": "Sager på dagsordenen",
    "Case {number}": "Sag {number}",
    "No cases on the agenda yet.": "Ingen sager på dagsordenen endnu.",
}
