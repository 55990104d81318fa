"""Swedish for `vnr-desk group` (samverkansgrupper över ärenden)."""

MESSAGES = {
    "cooperation groups": "samverkansgrupper",
    "add a cooperation group": "lägg till en samverkansgrupp",
    "change a cooperation group": "ändra en samverkansgrupp",
    "retire a cooperation group": "avveckla en samverkansgrupp",
    "list the cooperation groups and their next meeting": (
        "visa samverkansgrupperna och när de ska träffas nästa gång"
    ),
    "record consent to share a case with a group": (
        "registrera samtycke till att ärendet får delas med en grupp"
    ),
    "record that consent to share with a group is withdrawn": (
        "registrera att samtycket till delning med en grupp har återkallats"
    ),
    "urgent: convene a group about a case within 24 hours": (
        "brådskande: sammankalla en grupp om ett ärende inom 24 timmar"
    ),
    "book a meeting of a group": "boka ett möte i en grupp",
    "a group's meetings and the cases on their agendas": (
        "en grupps möten och ärendena på deras dagordningar"
    ),
    "put a case on a group meeting's agenda": "sätt upp ett ärende på ett gruppmötes dagordning",
    "take a case off a group meeting's agenda": "ta bort ett ärende från ett gruppmötes dagordning",
    "print a group meeting's agenda to PDF": "skriv ut ett gruppmötes dagordning som PDF",
    "write the de-identified presentation text of a case": (
        "skriv den avidentifierade texten för ärendedragningen"
    ),
    "the groups' next meetings and urgent convenings": (
        "gruppernas nästa möten och brådskande sammankallanden"
    ),
    "a member unit, UNIT or UNIT=PERSON; repeat for each member": (
        "en medlemsenhet, ENHET eller ENHET=PERSON; upprepa för varje medlem"
    ),
    "given orally (say who documented it)": "lämnat muntligt (ange vem som dokumenterade det)",
    "the text identifies no one and may be printed for a group": (
        "texten identifierar ingen och får skrivas ut för en grupp"
    ),
    "not a time (YYYY-MM-DDTHH:MM): {value}": "inte en tidpunkt (ÅÅÅÅ-MM-DDTTT:MM): {value}",
    "internal": "intern",
    "external": "extern",
    "Group {id} added": "Grupp {id} har lagts till",
    "Group {id} changed": "Grupp {id} har ändrats",
    "Group {id} retired": "Grupp {id} har avvecklats",
    "{id}  {name} ({kind}), every {days} days, next meeting due {due}": (
        "{id}  {name} ({kind}), var {days}:e dag, nästa möte senast {due}"
    ),
    "Consent to share with group {id} recorded": (
        "Samtycke till delning med grupp {id} har registrerats"
    ),
    "Consent to share with group {id} withdrawn": (
        "Samtycke till delning med grupp {id} har återkallats"
    ),
    "Group {id} convened: it must meet by {due}": (
        "Grupp {id} har sammankallats: den ska träffas senast {due}"
    ),
    "Group meeting {id} booked": "Gruppmöte {id} har bokats",
    "Case {ref} put on the agenda": "Ärende {ref} har satts upp på dagordningen",
    "Case {ref} taken off the agenda": "Ärende {ref} har tagits bort från dagordningen",
    "Type the presentation text, then Ctrl-D on a line of its own:": (
        "Skriv texten för dragningen och tryck sedan Ctrl-D på en egen rad:"
    ),
    "Presentation text saved": "Texten för dragningen har sparats (inte granskad)",
    "Presentation text reviewed": "Texten för dragningen har sparats och granskats",
    "Next meeting of {group}": "Nästa möte i {group}",
    "Convene {group} within 24 hours": "Sammankalla {group} inom 24 timmar",
}
