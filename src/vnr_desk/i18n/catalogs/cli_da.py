"""Danish for the vault and journal commands and the CLI's error lines."""

MESSAGES = {
    "vault directory (default: $VNR_DESK_VAULT or the user data directory)": (
        "boksens mappe (standard: $VNR_DESK_VAULT eller brugerens datamappe)"
    ),
    "read the passphrase (and any further secret) from standard input, one per line": (
        "læs adgangsfrasen (og evt. flere hemmeligheder) fra standardinput, én pr. linje"
    ),
    "VNR Desk: encrypted case workbook for violence in close relationships": (
        "VNR Desk: krypteret sagsværktøj til arbejdet med vold i nære relationer"
    ),
    "unexpected error": "uventet fejl",
    "New passphrase: ": "Ny adgangsfrase: ",
    "Passphrase changed.": "Adgangsfrasen er ændret.",
    "New passphrase set.": "Ny adgangsfrase er sat.",
    "Open it with the passphrase that was valid when the backup was made.": (
        "Åbn den med den adgangsfrase, der gjaldt, da sikkerhedskopien blev taget."
    ),
    "create a new vault": "opret en ny boks",
    "change the passphrase": "skift adgangsfrase",
    "set a new passphrase with the recovery key": "sæt en ny adgangsfrase med gendannelsesnøglen",
    "check the vault for damage": "kontrollér boksen for skader",
    "write a verified backup file": "skriv en kontrolleret sikkerhedskopi",
    "restore a backup into a new vault directory": "gendan en sikkerhedskopi i en ny mappe",
    "Your recovery key (shown only now; write it down and keep it apart):": (
        "Din gendannelsesnøgle (vises kun nu; skriv den ned, og opbevar den for sig):"
    ),
    "Backup written and checked: {path}": "Sikkerhedskopien er skrevet og kontrolleret: {path}",
    "Backup from {when} restored into {path}": "Sikkerhedskopi fra {when} gendannet i {path}",
    "write a dated backup into DIR and keep only the newest of this vault's": (
        "skriv en dateret sikkerhedskopi i DIR, og behold kun denne boks' nyeste"
    ),
    "with --rotate: how many backups to keep (default 10)": (
        "med --rotate: hvor mange sikkerhedskopier der beholdes (standard 10)"
    ),
    "prove the backup opens with the recovery key instead of the passphrase": (
        "kontrollér, at sikkerhedskopien åbner med gendannelsesnøglen i stedet for adgangsfrasen"
    ),
    "--keep must be between 1 and {n}": "--keep skal være mellem 1 og {n}",
    "no such folder: {path}": "mappen findes ikke: {path}",
    "Removed {n} older automatic backup(s).": (
        "Fjernede {n} ældre automatisk(e) sikkerhedskopi(er)."
    ),
    "the passphrase must not be empty": "adgangsfrasen må ikke være tom",
    "Vault created in {path}": "Boksen er oprettet i {path}",
    "Pages and encryption: {state}": "Sider og kryptering: {state}",
    "Database structure: {state}": "Databasens struktur: {state}",
    "ok": "ok",
    "DAMAGED": "BESKADIGET",
    "Audit log: ok ({n} entries)": "Logbog: ok ({n} poster)",
    "Audit log: broken at entry {id}": "Logbog: brudt ved post {id}",
    "change the passphrase and lock out old copies: re-encrypt the vault under a new key, "
    "with a new recovery key": (
        "skift adgangsfrase og luk gamle kopier ude: krypter boksen igen under en ny nøgle "
        "med en ny gendannelsesnøgle"
    ),
    "The vault is re-encrypted under a new key. Old copies of the header, the old "
    "passphrase and the old recovery key no longer open it (old backups still open with "
    "the secrets valid when they were made).": (
        "Boksen er krypteret igen under en ny nøgle. Gamle kopier af nøglefilen, den gamle "
        "adgangsfrase og den gamle gendannelsesnøgle kan ikke længere åbne den (gamle "
        "sikkerhedskopier kan stadig åbnes med de hemmeligheder, der gjaldt, da de blev taget)."
    ),
    "Your new recovery key (shown only now; write it down and keep it apart):": (
        "Din nye gendannelsesnøgle (vises kun nu; skriv den ned, og opbevar den for sig):"
    ),
    "Audit log: TRUNCATED: {missing} of the {anchored} recorded entries are missing from the end": (
        "Logbog: AFKORTET: {missing} af de {anchored} registrerede poster mangler i slutningen"
    ),
    "Audit log: REWRITTEN: entry number {n} no longer matches the hash recorded in the "
    "vault header": (
        "Logbog: OMSKREVET: post nummer {n} passer ikke længere med den hash, der er "
        "registreret i boksens nøglefil"
    ),
    "audit entries and head hash noted earlier from 'verify --json' "
    "(audit_entries:audit_head): entry N must still carry that hash": (
        "antal logposter og seneste hash noteret tidligere fra 'verify --json' "
        "(audit_entries:audit_head): post N skal stadig have den hash"
    ),
    "expected N:HASH as printed by verify --json": (
        "forventede N:HASH, som verify --json skriver det"
    ),
    "Audit log: entry {n} still carries the hash noted earlier": (
        "Logbog: post {n} har stadig den hash, der blev noteret tidligere"
    ),
    "Audit log: DOES NOT MATCH what was noted: entry {n} is missing or carries another hash": (
        "Logbog: PASSER IKKE med det noterede: post {n} mangler eller har en anden hash"
    ),
    "Audit log: append-only protection REMOVED (triggers missing: {names})": (
        "Logbog: beskyttelsen mod ændringer er FJERNET (manglende triggere: {names})"
    ),
    "the vault header asks for key-derivation settings beyond safe limits; it is damaged "
    "or has been tampered with: restore it from a backup": (
        "boksens nøglefil beder om nøgleafledning ud over de sikre grænser; den er beskadiget "
        "eller manipuleret: gendan den fra en sikkerhedskopi"
    ),
    "cases": "sager",
    "open a new case": "opret en ny sag",
    "close a case": "luk en sag",
    "reopen a closed case": "genåbn en lukket sag",
    "Case {ref} closed": "Sag {ref} er lukket",
    "Case {ref} reopened": "Sag {ref} er genåbnet",
    "journal notes": "journalnotater",
    "add a note to a case": "tilføj et notat til en sag",
    "search note text": "søg i notater",
    "Case {ref} opened": "Sag {ref} oprettet",
    "start the desktop app": "start programmet",
    "size must look like 1366x768": "størrelsen skal skrives som 1366x768",
    "standard input ended before all secrets were read": (
        "standardinput sluttede, før alle hemmeligheder var læst"
    ),
    "the two entries differ": "de to indtastninger er forskellige",
    "Repeat: ": "Gentag: ",
    "no terminal to ask for a secret: use --passphrase-stdin or ${var}": (
        "ingen terminal at spørge om hemmeligheden: brug --passphrase-stdin eller ${var}"
    ),
    "Passphrase: ": "Adgangsfrase: ",
    "Recovery key: ": "Gendannelsesnøgle: ",
    "wrong passphrase": "forkert adgangsfrase",
    "wrong recovery key": "forkert gendannelsesnøgle",
    "the recovery key is mistyped: check each group of four characters": (
        "gendannelsesnøglen er tastet forkert: tjek hver gruppe på fire tegn"
    ),
    "the vault is damaged or has been tampered with: restore it from a backup": (
        "boksen er beskadiget eller ændret udefra: gendan den fra en sikkerhedskopi"
    ),
    "the vault was saved by a newer VNR Desk: update the program to open it": (
        "boksen er gemt af en nyere VNR Desk: opdatér programmet for at åbne den"
    ),
    "the vault is open in another VNR Desk window or process": (
        "boksen er åben i et andet VNR Desk-vindue eller -program"
    ),
    "no vault found: create one with 'vnr-desk init'": (
        "ingen boks fundet: opret en med 'vnr-desk init'"
    ),
    "there is already a vault or file there": "der ligger allerede en boks eller fil dér",
    "the vault is locked": "boksen er låst",
    "the backup is damaged or not a VNR Desk backup": (
        "sikkerhedskopien er beskadiget eller ikke fra VNR Desk"
    ),
    "the vault could not be opened": "boksen kunne ikke åbnes",
    "not found": "ikke fundet",
    "already exists": "findes allerede",
    "invalid input": "ugyldigt input",
    "the recipient has not consented to receive this": (
        "modtageren har ikke givet samtykke til at modtage dette"
    ),
    "the action could not be completed": "handlingen kunne ikke gennemføres",
    "the disk is full: free space; nothing was lost": (
        "disken er fuld: frigør plads; intet er gået tabt"
    ),
    "the vault is on read-only media: it can be read but not changed": (
        "boksen ligger på et skrivebeskyttet medie: den kan læses, men ikke ændres"
    ),
    "refusing to write into a vault folder; choose another folder": (
        "skriver ikke i en boks-mappe; vælg en anden mappe"
    ),
    "refusing to replace a vault file": "erstatter ikke en boks-fil",
    "refusing to replace a backup": "erstatter ikke en sikkerhedskopi",
    "refusing to replace a read-only file": "erstatter ikke en skrivebeskyttet fil",
    "that is a folder, not a file name": "det er en mappe, ikke et filnavn",
    "that is a device or a pipe, not a file": "det er en enhed eller en pipe, ikke en fil",
    "the file exists; a backup never replaces a file: choose a new name": (
        "filen findes; en sikkerhedskopi erstatter aldrig en fil: vælg et nyt navn"
    ),
    "the file exists and holds something else; it is never replaced": (
        "filen findes og indeholder noget andet; den bliver aldrig erstattet"
    ),
    "the file exists; add --force to replace it": (
        "filen findes; tilføj --force for at erstatte den"
    ),
    "the folder does not exist": "mappen findes ikke",
    "cannot write in that folder (read-only or no permission)": (
        "kan ikke skrive i mappen (skrivebeskyttet eller ingen adgang)"
    ),
    "first damaged page: {page}": "første beskadigede side: {page}",
    "First damaged page: {page}": "Første beskadigede side: {page}",
    "Audit log: not checked, the pages under it are damaged": (
        "Logbog: ikke kontrolleret, siderne under den er beskadigede"
    ),
    "replace an existing PDF": "erstat en eksisterende PDF",
    "replace an existing JSON file": "erstat en eksisterende JSON-fil",
    "replace an existing screenshot": "erstat et eksisterende skærmbillede",
    "write to this file": "skriv til denne fil",
    "Written: {path}": "Skrevet: {path}",
    # Hostile input and the command line: case text from standard input, not argv.
    "Actor (name or number): ": "Aktør (navn eller nummer): ",
    "Search for: ": "Søg efter: ",
    "Type the note, then Ctrl-D on a line of its own:": (
        "Skriv notatet, og tast derefter Ctrl-D på en linje for sig:"
    ),
    "note text; other users of the computer can read it: leave it out and type the text, "
    "or pipe it in on standard input": (
        "notattekst; andre brugere af computeren kan læse den: udelad den, og skriv teksten, "
        "eller send den ind på standardinput"
    ),
    "words to find; other users of the computer can read them: leave them out and type "
    "them, or pipe them in on standard input": (
        "ord at søge efter; andre brugere af computeren kan læse dem: udelad dem, og skriv "
        "dem, eller send dem ind på standardinput"
    ),
    "warning: {option} puts case text on the command line, where other users of this "
    "computer can read it and the shell history keeps it; leave it out to type the text "
    "or pipe it in": (
        "advarsel: {option} lægger sagstekst på kommandolinjen, hvor andre brugere af "
        "computeren kan læse den, og skallens historik gemmer den; udelad den, og skriv "
        "teksten, eller send den ind på standardinput"
    ),
    "who the printout is for; 'actor' reads the actor's name from standard input, "
    "'actor:NUMBER' takes the number 'consent --case REF' shows": (
        "hvem udskriften er til; 'actor' læser aktørens navn fra standardinput, "
        "'actor:NUMMER' tager det nummer, 'consent --case REF' viser"
    ),
    "show or set your caseworker profile": "vis eller ret din sagsbehandlerprofil",
    "your name as printed on consent forms and plans": (
        "dit navn, som det står på samtykkeerklæringer og handleplaner"
    ),
    "your unit or authority": "din enhed eller myndighed",
    "your work phone": "dit arbejdstelefonnummer",
    "your work e-mail": "din arbejdsmail",
    "Name": "Navn",
    "Unit": "Enhed",
    "Phone": "Telefon",
    "Email": "E-mail",
    "remove every demo case (real cases stay)": "fjern alle demosager (rigtige sager bliver)",
    "{n} demo cases removed": "{n} demosager fjernet",
    (
        "the vault's edition: Danish or Swedish language, directory and consent wording "
        "(default: the language of $VNR_DESK_LANG or the system, else Danish)"
    ): (
        "boksens udgave: dansk eller svensk sprog, aktøroversigt og samtykketekst "
        "(standard: sproget i $VNR_DESK_LANG eller systemets, ellers dansk)"
    ),
    "which plan (default: adult plan)": "hvilken plan (standard: den voksnes handleplan)",
    "print this child's current plan, e.g. for the children's unit": (
        "udskriv barnets gældende handleplan, fx til Børn og Familie"
    ),
    "consent form: a recipient to ask (repeat; default: every actor)": (
        "samtykkeerklæring: en modtager, der spørges om (gentag; standard: alle aktører)"
    ),
    "consent form: a purpose to ask for (repeat; default: every purpose)": (
        "samtykkeerklæring: et formål, der spørges om (gentag; standard: alle formål)"
    ),
    "consent form: the validity printed (default: one year)": (
        "samtykkeerklæring: gyldigheden, der udskrives (standard: et år)"
    ),
}
