"""Danish for `vnr-desk group` (cooperation groups across cases)."""

MESSAGES = {
    "cooperation groups": "samarbejdsgrupper",
    "add a cooperation group": "opret en samarbejdsgruppe",
    "change a cooperation group": "ret en samarbejdsgruppe",
    "retire a cooperation group": "nedlæg en samarbejdsgruppe",
    "list the cooperation groups and their next meeting": (
        "vis samarbejdsgrupperne og hvornår de næste gang skal mødes"
    ),
    "record consent to share a case with a group": (
        "registrér samtykke til at dele en sag med en gruppe"
    ),
    "record that consent to share with a group is withdrawn": (
        "registrér, at samtykket til deling med en gruppe er trukket tilbage"
    ),
    "urgent: convene a group about a case within 24 hours": (
        "akut: indkald en gruppe om en sag inden for 24 timer"
    ),
    "book a meeting of a group": "book et møde i en gruppe",
    "a group's meetings and the cases on their agendas": (
        "en gruppes møder og sagerne på deres dagsordener"
    ),
    "put a case on a group meeting's agenda": "sæt en sag på dagsordenen for et gruppemøde",
    "take a case off a group meeting's agenda": "tag en sag af dagsordenen for et gruppemøde",
    "print a group meeting's agenda to PDF": "udskriv dagsordenen for et gruppemøde som PDF",
    "write the de-identified presentation text of a case": (
        "skriv den anonymiserede fremstillingstekst for en sag"
    ),
    "the groups' next meetings and urgent convenings": (
        "gruppernes næste møder og akutte indkaldelser"
    ),
    "a member unit, UNIT or UNIT=PERSON; repeat for each member": (
        "en medlemsenhed, ENHED eller ENHED=PERSON; gentag for hvert medlem"
    ),
    "given orally (say who documented it)": "givet mundtligt (angiv, hvem der dokumenterede det)",
    "the text identifies no one and may be printed for a group": (
        "teksten identificerer ingen og må udskrives til en gruppe"
    ),
    "not a time (YYYY-MM-DDTHH:MM): {value}": "ikke et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM): {value}",
    "internal": "intern",
    "external": "ekstern",
    "Group {id} added": "Gruppe {id} er oprettet",
    "Group {id} changed": "Gruppe {id} er rettet",
    "Group {id} retired": "Gruppe {id} er nedlagt",
    "{id}  {name} ({kind}), every {days} days, next meeting due {due}": (
        "{id}  {name} ({kind}), hver {days}. dag, næste møde senest {due}"
    ),
    "Consent to share with group {id} recorded": (
        "Samtykke til deling med gruppe {id} er registreret"
    ),
    "Consent to share with group {id} withdrawn": (
        "Samtykke til deling med gruppe {id} er trukket tilbage"
    ),
    "Group {id} convened: it must meet by {due}": (
        "Gruppe {id} er indkaldt: den skal mødes senest {due}"
    ),
    "Group meeting {id} booked": "Gruppemøde {id} er booket",
    "Case {ref} put on the agenda": "Sag {ref} er sat på dagsordenen",
    "Case {ref} taken off the agenda": "Sag {ref} er taget af dagsordenen",
    "Type the presentation text, then Ctrl-D on a line of its own:": (
        "Skriv fremstillingsteksten, og tryk derefter Ctrl-D på en linje for sig:"
    ),
    "Presentation text saved": "Fremstillingsteksten er gemt (ikke gennemgået)",
    "Presentation text reviewed": "Fremstillingsteksten er gemt og gennemgået",
    "Next meeting of {group}": "Næste møde i {group}",
    "Convene {group} within 24 hours": "Indkald {group} inden for 24 timer",
}
