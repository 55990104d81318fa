<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search reference, name or note text…</source>
        <translation>Søg i sagsnummer, navn eller notattekst…</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Akut</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Overskredet</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>Cases where you are the coordinator</source>
        <translation>Sager hvor du er tovholder</translation>
    </message>
    <message>
        <source>C&amp;losed too</source>
        <translation>&amp;Lukkede med</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Urgent case</source>
        <translation>Akut sag</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The recovery key is mistyped. Check each group of four characters.</source>
        <translation>Gendannelsesnøglen er tastet forkert. Tjek hver gruppe på fire tegn.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Den gendannelsesnøgle åbner ikke denne boks.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Forkert adgangsfrase. Prøv igen.</translation>
    </message>
    <message>
        <source>The vault is damaged or has been tampered with. Do not type more into it: restore it from a backup.</source>
        <translation>Boksen er beskadiget eller ændret udefra. Skriv ikke mere i den: gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The vault was saved by a newer VNR Desk. Update the program to open it.</source>
        <translation>Boksen er gemt af en nyere VNR Desk. Opdatér programmet for at åbne den.</translation>
    </message>
    <message>
        <source>The vault is already open in another VNR Desk window.</source>
        <translation>Boksen er allerede åben i et andet VNR Desk-vindue.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Boksen er låst.</translation>
    </message>
    <message>
        <source>The change was not saved: {detail}</source>
        <translation>Ændringen blev ikke gemt: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing typed has been lost.</source>
        <translation>Noget gik galt ({kind}). Intet af det skrevne er gået tabt.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Too short: use at least {n} characters, e.g. four unrelated words.</source>
        <translation>For kort: brug mindst {n} tegn, fx fire ord der ikke hænger sammen.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Svag: tilføj et eller to ord mere.</translation>
    </message>
    <message>
        <source>Fair: one more word makes it strong.</source>
        <translation>Rimelig: ét ord mere gør den stærk.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stærk.</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Search this case&apos;s notes…</source>
        <translation>Søg i sagens notater…</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nyt notat</translation>
    </message>
    <message>
        <source>Write the note here. It is saved as you type.</source>
        <translation>Skriv notatet her. Det gemmes, mens du skriver.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nyt notat</translation>
    </message>
    <message>
        <source>Written {when}</source>
        <translation>Skrevet {when}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sag…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Næste / forrige fane</translation>
    </message>
    <message>
        <source>New journal note</source>
        <translation>Nyt journalnotat</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Flyt mellem felter</translation>
    </message>
    <message>
        <source>Underlined letter of a button or field</source>
        <translation>Understreget bogstav på knap eller felt</translation>
    </message>
    <message>
        <source>Reference of the new case (e.g. K-2026-014):</source>
        <translation>Sagsnummer for den nye sag (fx K-2026-014):</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect the case vault</source>
        <translation>Beskyt sagsboksen</translation>
    </message>
    <message>
        <source>Everything in VNR Desk is encrypted with this passphrase. Choose one you can remember but others cannot guess.</source>
        <translation>Alt i VNR Desk krypteres med denne adgangsfrase. Vælg en, du kan huske, men som andre ikke kan gætte.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>De to indtastninger er forskellige.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, only this key opens the vault. It is shown now and never again. Write it on paper and keep it locked away, apart from the laptop.</source>
        <translation>Hvis adgangsfrasen glemmes, er det kun denne nøgle, der kan åbne boksen. Den vises nu og aldrig igen. Skriv den på papir, og opbevar den låst inde, adskilt fra computeren.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Jeg har &amp;skrevet gendannelsesnøglen ned</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Enter the passphrase to open the case vault.</source>
        <translation>Indtast adgangsfrasen for at åbne sagsboksen.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv adgangsfrasen først.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Åbner boksen…</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Choose a case in the list, or create a new one (Ctrl+N).</source>
        <translation>Vælg en sag på listen, eller opret en ny (Ctrl+N).</translation>
    </message>
</context>
</TS>
