"""Danish for identities, colleagues, handover and receiving a case, and the dump warning."""

MESSAGES = {
    "(none)": "(intet)",
    "-> kept as here": "-> beholdes som her",
    "-> theirs": "-> deres",
    "A new case here.": "En ny sag her.",
    "Bundle from {name} ({fp}), sent {when}: case {ref}": (
        "Pakke fra {name} ({fp}), sendt {when}: sag {ref}"
    ),
    "Case {ref} handed over to {name}: {path}": "Sag {ref} er overdraget til {name}: {path}",
    "Case {ref} received.": "Sag {ref} er modtaget.",
    (
        "Case {ref} updated with {n} of their fields; the copy as it was is kept, "
        "read-only, under {ref}~N."
    ): (
        "Sag {ref} er opdateret med {n} af deres felter; sagen, som den var, gemmes "
        "skrivebeskyttet som {ref}~N."
    ),
    "Case {ref}: every field here kept.": "Sag {ref}: alle felter her er beholdt.",
    "Colleague added: {name}": "Kollega tilføjet: {name}",
    "Colleague removed: {name}": "Kollega fjernet: {name}",
    "Contact card written: {path}": "Kontaktkortet er skrevet: {path}",
    "Fingerprint: {fp}": "Fingeraftryk: {fp}",
    "Is this the fingerprint your colleague read to you? [y/N] ": (
        "Er det det fingeraftryk, din kollega læste op for dig? [j/N] "
    ),
    "Name: {name}": "Navn: {name}",
    "Read the fingerprint to your colleague on the phone when they add the card.": (
        "Læs fingeraftrykket op for din kollega i telefonen, når vedkommende tilføjer kortet."
    ),
    "The case is closed here.": "Sagen er lukket her.",
    "The case stays here, read-only.": "Sagen bliver her, skrivebeskyttet.",
    "This case comes back: {n} fields differ.": "Sagen kommer tilbage: {n} felter er forskellige.",
    "Unit: {unit}": "Enhed: {unit}",
    "add a colleague's contact card": "tilføj en kollegas kontaktkort",
    "colleagues you hand cases to": "kolleger, du overdrager sager til",
    "confirm the fingerprint without asking (it is printed first)": (
        "bekræft fingeraftrykket uden at spørge (det vises først)"
    ),
    (
        "for a case coming back: 'mine' (keep every field here), 'theirs' (take every "
        "difference) or FIELD=theirs,FIELD=mine,... (fields not named stay as here)"
    ): (
        "for en sag, der kommer tilbage: 'mine' (behold alle felter her), 'theirs' (tag alle "
        "forskelle) eller FELT=theirs,FELT=mine,... (felter, der ikke nævnes, bliver som her)"
    ),
    "hand a case to a colleague, encrypted and signed": (
        "overdrag en sag til en kollega, krypteret og signeret"
    ),
    "here:   {value}": "her:    {value}",
    "keep the case here read-only (default) or close it": (
        "behold sagen her skrivebeskyttet (standard) eller luk den"
    ),
    "list colleagues": "vis kolleger",
    "name on the card (default: your profile)": "navn på kortet (standard: din profil)",
    "not added: the fingerprint was not confirmed": (
        "ikke tilføjet: fingeraftrykket blev ikke bekræftet"
    ),
    "only show what the bundle holds and how it differs; change nothing": (
        "vis kun, hvad pakken indeholder, og hvordan den afviger; intet ændres"
    ),
    "receive a handed-over case": "modtag en overdraget sag",
    "refused: another case already has this reference here; nothing was changed": (
        "afvist: en anden sag har allerede dette sagsnummer her; intet er ændret"
    ),
    "refused: the bundle is encrypted to another recipient, not to you": (
        "afvist: pakken er krypteret til en anden modtager, ikke til dig"
    ),
    (
        "refused: the bundle is signed by someone not on your colleague list; "
        "add their contact card (and compare the fingerprint) first"
    ): (
        "afvist: pakken er signeret af en, der ikke er på din kollegaliste; tilføj først "
        "vedkommendes kontaktkort (og sammenlign fingeraftrykket)"
    ),
    "refused: the bundle was signed for another recipient and re-encrypted to you": (
        "afvist: pakken blev signeret til en anden modtager og krypteret om til dig"
    ),
    (
        "refusing to write a plaintext dump into a synced or shared folder; "
        "use 'vnr-desk handover' to move a case"
    ): (
        "skriver ikke et ukrypteret udtræk i en synkroniseret eller delt mappe; "
        "brug 'vnr-desk handover' til at flytte en sag"
    ),
    "remove a colleague": "fjern en kollega",
    "replace an existing bundle file": "erstat en eksisterende pakkefil",
    "replace an existing card file": "erstat en eksisterende kortfil",
    "show your fingerprint": "vis dit fingeraftryk",
    "the bundle is damaged or has been tampered with; ask the sender for a new one": (
        "pakken er beskadiget eller manipuleret; bed afsenderen om en ny"
    ),
    "the bundle is incomplete (cut off); ask the sender to send it again": (
        "pakken er ufuldstændig (afkortet); bed afsenderen sende den igen"
    ),
    "the bundle's signature is not valid: it was altered or forged": (
        "pakkens signatur er ikke gyldig: den er ændret eller forfalsket"
    ),
    (
        "the case comes back with differences: choose with --take (see --show); nothing was changed"
    ): ("sagen kommer tilbage med forskelle: vælg med --take (se --show); intet er ændret"),
    "the case has been handed over and is read-only here": (
        "sagen er overdraget og er skrivebeskyttet her"
    ),
    "the handover was refused; nothing was changed": "overdragelsen blev afvist; intet er ændret",
    "the name to know them by (default: the card's)": (
        "navnet, du kender vedkommende under (standard: kortets)"
    ),
    "theirs: {value}": "deres:  {value}",
    "this case has already been received; nothing was changed": (
        "sagen er allerede modtaget; intet er ændret"
    ),
    "this is not a VNR Desk handover bundle": "dette er ikke en overdragelsespakke fra VNR Desk",
    "unit on the card (default: your profile)": "enhed på kortet (standard: din profil)",
    (
        "warning: a dump is plaintext: everything in the case, protected addresses "
        "included, readable by anyone who gets the file; to move a case use "
        "'vnr-desk handover'"
    ): (
        "advarsel: et udtræk er ukrypteret: alt i sagen, også beskyttede adresser, kan læses "
        "af enhver, der får filen; brug 'vnr-desk handover' til at flytte en sag"
    ),
    "write your contact card for colleagues": "skriv dit kontaktkort til kolleger",
    "your contact card": "dit kontaktkort",
}
