"""Swedish for the vault and journal commands and the CLI's error lines."""

MESSAGES = {
    "vault directory (default: $VNR_DESK_VAULT or the user data directory)": (
        "valvets mapp (standard: $VNR_DESK_VAULT eller användarens datamapp)"
    ),
    "read the passphrase (and any further secret) from standard input, one per line": (
        "läs lösenfrasen (och eventuella fler hemligheter) från standard in, en per rad"
    ),
    "VNR Desk: encrypted case workbook for violence in close relationships": (
        "VNR Desk: krypterat ärendeverktyg för arbetet mot våld i nära relationer"
    ),
    "unexpected error": "oväntat fel",
    "New passphrase: ": "Ny lösenfras: ",
    "Passphrase changed.": "Lösenfrasen är ändrad.",
    "New passphrase set.": "Ny lösenfras är angiven.",
    "Open it with the passphrase that was valid when the backup was made.": (
        "Öppna den med den lösenfras som gällde när säkerhetskopian gjordes."
    ),
    "create a new vault": "skapa ett nytt valv",
    "change the passphrase": "byt lösenfras",
    "set a new passphrase with the recovery key": "ange en ny lösenfras med återställningsnyckeln",
    "check the vault for damage": "kontrollera valvet efter skador",
    "write a verified backup file": "skriv en kontrollerad säkerhetskopia",
    "restore a backup into a new vault directory": "återställ en säkerhetskopia till en ny mapp",
    "Your recovery key (shown only now; write it down and keep it apart):": (
        "Din återställningsnyckel (visas bara nu; skriv ner den och förvara den för sig):"
    ),
    "Backup written and checked: {path}": "Säkerhetskopian är skriven och kontrollerad: {path}",
    "Backup from {when} restored into {path}": "Säkerhetskopia från {when} återställd till {path}",
    "write a dated backup into DIR and keep only the newest of this vault's": (
        "skriv en daterad säkerhetskopia i DIR och behåll bara det här valvets nyaste"
    ),
    "with --rotate: how many backups to keep (default 10)": (
        "med --rotate: hur många säkerhetskopior som behålls (standard 10)"
    ),
    "prove the backup opens with the recovery key instead of the passphrase": (
        "kontrollera att säkerhetskopian öppnas med återställningsnyckeln i stället för lösenfrasen"
    ),
    "--keep must be between 1 and {n}": "--keep måste vara mellan 1 och {n}",
    "no such folder: {path}": "mappen finns inte: {path}",
    "Removed {n} older automatic backup(s).": "Tog bort {n} äldre automatisk(a) säkerhetskopi(or).",
    "the passphrase must not be empty": "lösenfrasen får inte vara tom",
    "Vault created in {path}": "Valvet är skapat i {path}",
    "Pages and encryption: {state}": "Sidor och kryptering: {state}",
    "Database structure: {state}": "Databasens struktur: {state}",
    "ok": "ok",
    "DAMAGED": "SKADAD",
    "Audit log: ok ({n} entries)": "Logg: ok ({n} poster)",
    "Audit log: broken at entry {id}": "Logg: bruten vid post {id}",
    (
        "change the passphrase and lock out old copies: re-encrypt the vault under a new key, "
        "with a new recovery key"
    ): (
        "byt lösenfras och stäng ute gamla kopior: kryptera om valvet med en ny nyckel och en ny "
        "återställningsnyckel"
    ),
    (
        "The vault is re-encrypted under a new key. Old copies of the header, the old passphrase "
        "and the old recovery key no longer open it (old backups still open with the secrets "
        "valid when they were made)."
    ): (
        "Valvet är omkrypterat med en ny nyckel. Gamla kopior av nyckelfilen, den gamla "
        "lösenfrasen och den gamla återställningsnyckeln kan inte längre öppna det (gamla "
        "säkerhetskopior öppnas fortfarande med de hemligheter som gällde när de gjordes)."
    ),
    "Your new recovery key (shown only now; write it down and keep it apart):": (
        "Din nya återställningsnyckel (visas bara nu; skriv ner den och förvara den för sig):"
    ),
    (
        "Audit log: TRUNCATED: {missing} of the {anchored} recorded entries are missing from the "
        "end"
    ): ("Logg: AVKORTAD: {missing} av de {anchored} registrerade posterna saknas i slutet"),
    (
        "Audit log: REWRITTEN: entry number {n} no longer matches the hash recorded in the vault "
        "header"
    ): (
        "Logg: OMSKRIVEN: post nummer {n} stämmer inte längre med den hash som är registrerad i "
        "valvets nyckelfil"
    ),
    (
        "audit entries and head hash noted earlier from 'verify --json' "
        "(audit_entries:audit_head): entry N must still carry that hash"
    ): (
        "antal loggposter och senaste hash som antecknats tidigare från 'verify --json' "
        "(audit_entries:audit_head): post N måste fortfarande ha den hashen"
    ),
    "expected N:HASH as printed by verify --json": (
        "förväntade N:HASH så som verify --json skriver det"
    ),
    "Audit log: entry {n} still carries the hash noted earlier": (
        "Logg: post {n} har fortfarande den hash som antecknades tidigare"
    ),
    "Audit log: DOES NOT MATCH what was noted: entry {n} is missing or carries another hash": (
        "Logg: STÄMMER INTE med det antecknade: post {n} saknas eller har en annan hash"
    ),
    "Audit log: append-only protection REMOVED (triggers missing: {names})": (
        "Logg: skyddet mot ändringar är BORTTAGET (triggrar saknas: {names})"
    ),
    (
        "the vault header asks for key-derivation settings beyond safe limits; it is damaged or "
        "has been tampered with: restore it from a backup"
    ): (
        "valvets nyckelfil begär nyckelhärledning utöver säkra gränser; den är skadad eller har "
        "manipulerats: återställ den från en säkerhetskopia"
    ),
    "cases": "ärenden",
    "open a new case": "öppna ett nytt ärende",
    "journal notes": "journalanteckningar",
    "add a note to a case": "lägg till en anteckning i ett ärende",
    "search note text": "sök i anteckningar",
    "Case {ref} opened": "Ärende {ref} öppnat",
    "start the desktop app": "starta programmet",
    "size must look like 1366x768": "storleken ska skrivas som 1366x768",
    "standard input ended before all secrets were read": (
        "standard in tog slut innan alla hemligheter var lästa"
    ),
    "the two entries differ": "de två inmatningarna skiljer sig åt",
    "Repeat: ": "Upprepa: ",
    "no terminal to ask for a secret: use --passphrase-stdin or ${var}": (
        "ingen terminal att fråga efter hemligheten: använd --passphrase-stdin eller ${var}"
    ),
    "Passphrase: ": "Lösenfras: ",
    "Recovery key: ": "Återställningsnyckel: ",
    "wrong passphrase": "fel lösenfras",
    "wrong recovery key": "fel återställningsnyckel",
    "the recovery key is mistyped: check each group of four characters": (
        "återställningsnyckeln är felskriven: kontrollera varje grupp om fyra tecken"
    ),
    "the vault is damaged or has been tampered with: restore it from a backup": (
        "valvet är skadat eller har manipulerats: återställ det från en säkerhetskopia"
    ),
    "the vault was saved by a newer VNR Desk: update the program to open it": (
        "valvet sparades av en nyare VNR Desk: uppdatera programmet för att öppna det"
    ),
    "the vault is open in another VNR Desk window or process": (
        "valvet är öppet i ett annat VNR Desk-fönster eller -program"
    ),
    "no vault found: create one with 'vnr-desk init'": (
        "inget valv hittades: skapa ett med 'vnr-desk init'"
    ),
    "there is already a vault or file there": "där finns redan ett valv eller en fil",
    "the vault is locked": "valvet är låst",
    "the backup is damaged or not a VNR Desk backup": (
        "säkerhetskopian är skadad eller inte från VNR Desk"
    ),
    "the vault could not be opened": "valvet kunde inte öppnas",
    "not found": "hittades inte",
    "already exists": "finns redan",
    "invalid input": "ogiltig inmatning",
    "the recipient has not consented to receive this": (
        "mottagaren har inte samtycke till att ta emot detta"
    ),
    "the action could not be completed": "åtgärden kunde inte slutföras",
    "the disk is full: free space; nothing was lost": (
        "disken är full: frigör utrymme; inget har gått förlorat"
    ),
    "the vault is on read-only media: it can be read but not changed": (
        "valvet ligger på ett skrivskyddat medium: det kan läsas men inte ändras"
    ),
    "refusing to write into a vault folder; choose another folder": (
        "skriver inte i ett valvs mapp; välj en annan mapp"
    ),
    "refusing to replace a vault file": "ersätter inte en fil i ett valv",
    "refusing to replace a backup": "ersätter inte en säkerhetskopia",
    "refusing to replace a read-only file": "ersätter inte en skrivskyddad fil",
    "that is a folder, not a file name": "det är en mapp, inte ett filnamn",
    "that is a device or a pipe, not a file": "det är en enhet eller en pipe, inte en fil",
    "the file exists; a backup never replaces a file: choose a new name": (
        "filen finns redan; en säkerhetskopia ersätter aldrig en fil: välj ett nytt namn"
    ),
    "the file exists and holds something else; it is never replaced": (
        "filen finns redan och innehåller något annat; den ersätts aldrig"
    ),
    "the file exists; add --force to replace it": (
        "filen finns redan; lägg till --force för att ersätta den"
    ),
    "the folder does not exist": "mappen finns inte",
    "cannot write in that folder (read-only or no permission)": (
        "kan inte skriva i mappen (skrivskyddad eller ingen behörighet)"
    ),
    "first damaged page: {page}": "första skadade sida: {page}",
    "First damaged page: {page}": "Första skadade sida: {page}",
    "Audit log: not checked, the pages under it are damaged": (
        "Logg: inte kontrollerad, sidorna under den är skadade"
    ),
    "replace an existing PDF": "ersätt en befintlig PDF",
    "replace an existing JSON file": "ersätt en befintlig JSON-fil",
    "replace an existing screenshot": "ersätt en befintlig skärmbild",
    "write to this file": "skriv till den här filen",
    "Written: {path}": "Skrivet: {path}",
    "Actor (name or number): ": "Aktör (namn eller nummer): ",
    "Search for: ": "Sök efter: ",
    "Type the note, then Ctrl-D on a line of its own:": (
        "Skriv anteckningen och tryck sedan Ctrl-D på en egen rad:"
    ),
    (
        "note text; other users of the computer can read it: leave it out and type the text, or "
        "pipe it in on standard input"
    ): (
        "anteckningstext; andra användare av datorn kan läsa den: utelämna den och skriv texten, "
        "eller skicka in den på standard in"
    ),
    (
        "words to find; other users of the computer can read them: leave them out and type them, "
        "or pipe them in on standard input"
    ): (
        "ord att söka efter; andra användare av datorn kan läsa dem: utelämna dem och skriv dem, "
        "eller skicka in dem på standard in"
    ),
    (
        "warning: {option} puts case text on the command line, where other users of this computer"
        " can read it and the shell history keeps it; leave it out to type the text or pipe it in"
    ): (
        "varning: {option} lägger ärendetext på kommandoraden, där andra användare av datorn kan "
        "läsa den och skalets historik sparar den; utelämna den och skriv texten, eller skicka in"
        " den på standard in"
    ),
    (
        "who the printout is for; 'actor' reads the actor's name from standard input, "
        "'actor:NUMBER' takes the number 'consent --case REF' shows"
    ): (
        "vem utskriften är till; 'actor' läser aktörens namn från standard in, 'actor:NUMBER' tar"
        " det nummer som 'consent --case REF' visar"
    ),
    (
        "the vault's edition: Danish or Swedish language, directory and consent wording "
        "(default: the language of $VNR_DESK_LANG or the system, else Danish)"
    ): (
        "valvets utgåva: danskt eller svenskt språk, aktörsregister och samtyckestext "
        "(standard: språket i $VNR_DESK_LANG eller systemets, annars danska)"
    ),
    "close a case": "avsluta ett ärende",
    "reopen a closed case": "återuppta ett avslutat ärende",
    "Case {ref} closed": "Ärende {ref} är avslutat",
    "Case {ref} reopened": "Ärende {ref} är återupptaget",
    "show or set your caseworker profile": "visa eller ändra dina uppgifter som handläggare",
    "your name as printed on consent forms and plans": (
        "ditt namn så som det står på samtyckesblanketter och handlingsplaner"
    ),
    "your unit or authority": "din enhet eller myndighet",
    "your work phone": "ditt telefonnummer i tjänsten",
    "your work e-mail": "din e-postadress i tjänsten",
    "Name": "Namn",
    "Unit": "Enhet",
    "Phone": "Telefon",
    "Email": "E-post",
    "remove every demo case (real cases stay)": (
        "ta bort alla demoärenden (riktiga ärenden finns kvar)"
    ),
    "{n} demo cases removed": "{n} demoärenden har tagits bort",
    "which plan (default: adult plan)": "vilken plan (standard: den vuxnes handlingsplan)",
    "print this child's current plan, e.g. for the children's unit": (
        "skriv ut barnets gällande plan, t.ex. till barn- och familjeenheten"
    ),
    "consent form: a recipient to ask (repeat; default: every actor)": (
        "samtyckesblankett: en mottagare att fråga om (upprepa; standard: alla aktörer)"
    ),
    "consent form: a purpose to ask for (repeat; default: every purpose)": (
        "samtyckesblankett: ett ändamål att fråga om (upprepa; standard: alla ändamål)"
    ),
    "consent form: the validity printed (default: one year)": (
        "samtyckesblankett: giltighetstiden som skrivs ut (standard: ett år)"
    ),
}
