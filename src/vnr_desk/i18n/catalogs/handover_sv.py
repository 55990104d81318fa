"""Swedish for identities, colleagues, handover and receiving a case, and the dump warning."""

MESSAGES = {
    "(none)": "(inget)",
    "-> kept as here": "-> behålls som här",
    "-> theirs": "-> deras",
    "A new case here.": "Ett nytt ärende här.",
    "Bundle from {name} ({fp}), sent {when}: case {ref}": (
        "Paket från {name} ({fp}), skickat {when}: ärende {ref}"
    ),
    "Case {ref} handed over to {name}: {path}": "Ärende {ref} är överlämnat till {name}: {path}",
    "Case {ref} received.": "Ärende {ref} är mottaget.",
    (
        "Case {ref} updated with {n} of their fields; the copy as it was is kept, read-only, "
        "under {ref}~N."
    ): (
        "Ärende {ref} är uppdaterat med {n} av deras fält; ärendet som det var sparas "
        "skrivskyddat som {ref}~N."
    ),
    "Case {ref}: every field here kept.": "Ärende {ref}: alla fält här är behållna.",
    "Colleague added: {name}": "Kollega tillagd: {name}",
    "Colleague removed: {name}": "Kollega borttagen: {name}",
    "Contact card written: {path}": "Kontaktkortet är skrivet: {path}",
    "Fingerprint: {fp}": "Fingeravtryck: {fp}",
    "Is this the fingerprint your colleague read to you? [y/N] ": (
        "Är detta det fingeravtryck som din kollega läste upp för dig? [j/N] "
    ),
    "Name: {name}": "Namn: {name}",
    "Read the fingerprint to your colleague on the phone when they add the card.": (
        "Läs upp fingeravtrycket för din kollega i telefon när kollegan lägger till kortet."
    ),
    "The case is closed here.": "Ärendet är avslutat här.",
    "The case stays here, read-only.": "Ärendet blir kvar här, skrivskyddat.",
    "This case comes back: {n} fields differ.": "Ärendet kommer tillbaka: {n} fält skiljer sig.",
    "Unit: {unit}": "Enhet: {unit}",
    "add a colleague's contact card": "lägg till en kollegas kontaktkort",
    "colleagues you hand cases to": "kollegor som du lämnar över ärenden till",
    "confirm the fingerprint without asking (it is printed first)": (
        "bekräfta fingeravtrycket utan att fråga (det visas först)"
    ),
    (
        "for a case coming back: 'mine' (keep every field here), 'theirs' (take every difference)"
        " or FIELD=theirs,FIELD=mine,... (fields not named stay as here)"
    ): (
        "för ett ärende som kommer tillbaka: 'mine' (behåll alla fält här), 'theirs' (ta alla "
        "skillnader) eller FÄLT=theirs,FÄLT=mine,... (fält som inte nämns blir som här)"
    ),
    "hand a case to a colleague, encrypted and signed": (
        "lämna över ett ärende till en kollega, krypterat och signerat"
    ),
    "here:   {value}": "här:   {value}",
    "keep the case here read-only (default) or close it": (
        "behåll ärendet här skrivskyddat (standard) eller avsluta det"
    ),
    "list colleagues": "visa kollegor",
    "name on the card (default: your profile)": "namn på kortet (standard: din profil)",
    "not added: the fingerprint was not confirmed": (
        "inte tillagd: fingeravtrycket bekräftades inte"
    ),
    "only show what the bundle holds and how it differs; change nothing": (
        "visa bara vad paketet innehåller och hur det skiljer sig; ändra ingenting"
    ),
    "receive a handed-over case": "ta emot ett överlämnat ärende",
    "refused: another case already has this reference here; nothing was changed": (
        "avvisat: ett annat ärende har redan detta ärendenummer här; inget har ändrats"
    ),
    "refused: the bundle is encrypted to another recipient, not to you": (
        "avvisat: paketet är krypterat till en annan mottagare, inte till dig"
    ),
    (
        "refused: the bundle is signed by someone not on your colleague list; add their contact "
        "card (and compare the fingerprint) first"
    ): (
        "avvisat: paketet är signerat av någon som inte finns på din kollegelista; lägg först "
        "till personens kontaktkort (och jämför fingeravtrycket)"
    ),
    "refused: the bundle was signed for another recipient and re-encrypted to you": (
        "avvisat: paketet signerades för en annan mottagare och krypterades om till dig"
    ),
    (
        "refusing to write a plaintext dump into a synced or shared folder; use 'vnr-desk "
        "handover' to move a case"
    ): (
        "skriver inte ett okrypterat uttag i en synkroniserad eller delad mapp; använd 'vnr-desk "
        "handover' för att flytta ett ärende"
    ),
    "remove a colleague": "ta bort en kollega",
    "replace an existing bundle file": "ersätt en befintlig paketfil",
    "replace an existing card file": "ersätt en befintlig kortfil",
    "show your fingerprint": "visa ditt fingeravtryck",
    "the bundle is damaged or has been tampered with; ask the sender for a new one": (
        "paketet är skadat eller har manipulerats; be avsändaren om ett nytt"
    ),
    "the bundle is incomplete (cut off); ask the sender to send it again": (
        "paketet är ofullständigt (avbrutet); be avsändaren skicka det igen"
    ),
    "the bundle's signature is not valid: it was altered or forged": (
        "paketets signatur är inte giltig: det har ändrats eller förfalskats"
    ),
    "the case comes back with differences: choose with --take (see --show); nothing was changed": (
        "ärendet kommer tillbaka med skillnader: välj med --take (se --show); inget har ändrats"
    ),
    "the case has been handed over and is read-only here": (
        "ärendet är överlämnat och skrivskyddat här"
    ),
    "the handover was refused; nothing was changed": "överlämningen avvisades; inget har ändrats",
    "the name to know them by (default: the card's)": (
        "namnet du känner personen under (standard: kortets)"
    ),
    "theirs: {value}": "deras: {value}",
    "this case has already been received; nothing was changed": (
        "ärendet har redan tagits emot; inget har ändrats"
    ),
    "this is not a VNR Desk handover bundle": "detta är inte ett överlämningspaket från VNR Desk",
    "unit on the card (default: your profile)": "enhet på kortet (standard: din profil)",
    (
        "warning: a dump is plaintext: everything in the case, protected addresses included, "
        "readable by anyone who gets the file; to move a case use 'vnr-desk handover'"
    ): (
        "varning: ett uttag är okrypterat: allt i ärendet, även skyddade adresser, kan läsas av "
        "var och en som får filen; använd 'vnr-desk handover' för att flytta ett ärende"
    ),
    "write your contact card for colleagues": "skriv ditt kontaktkort till kollegor",
    "your contact card": "ditt kontaktkort",
}
