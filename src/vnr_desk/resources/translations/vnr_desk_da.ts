<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add action</source>
        <translation>Tilføj handling</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ret handling</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>Add an actor under Actors and network first to make them responsible.</source>
        <translation>Tilføj først en aktør under Aktører og netværk for at gøre den ansvarlig.</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Hvad kom der ud af det</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
</context>
<context>
    <name>ActorsTab</name>
    <message>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Add actor…</source>
        <translation>Tilføj aktø&amp;r…</translation>
    </message>
    <message>
        <source>Make c&amp;oordinator ★</source>
        <translation>Gør til t&amp;ovholder ★</translation>
    </message>
    <message>
        <source>Set &amp;referral status</source>
        <translation>Sæt &amp;henvisningsstatus</translation>
    </message>
    <message>
        <source>&amp;Edit actor…</source>
        <translation>&amp;Ret aktør…</translation>
    </message>
    <message>
        <source>Actor director&amp;y…</source>
        <translation>Akt&amp;øroversigt…</translation>
    </message>
    <message>
        <source>Actors in the case</source>
        <translation>Aktører i sagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Resource / risk</source>
        <translation>Ressource / risiko</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Må kontaktes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add to the &amp;network…</source>
        <translation>Tilføj til &amp;netværket…</translation>
    </message>
    <message>
        <source>The citizen&apos;s network</source>
        <translation>Borgerens netværk</translation>
    </message>
    <message>
        <source>Ed&amp;it network member…</source>
        <translation>R&amp;et netværksperson…</translation>
    </message>
    <message>
        <source>Ac&amp;tors and network</source>
        <translation>Ak&amp;tører og netværk</translation>
    </message>
    <message>
        <source>Actor added.</source>
        <translation>Aktør tilføjet.</translation>
    </message>
    <message>
        <source>{name} is now the coordinator.</source>
        <translation>{name} er nu tovholder.</translation>
    </message>
    <message>
        <source>Referral status changed.</source>
        <translation>Henvisningsstatus ændret.</translation>
    </message>
    <message>
        <source>Added to the network.</source>
        <translation>Tilføjet til netværket.</translation>
    </message>
    <message>
        <source>Actor changed.</source>
        <translation>Aktøren er rettet.</translation>
    </message>
    <message>
        <source>Network member changed.</source>
        <translation>Netværkspersonen er rettet.</translation>
    </message>
</context>
<context>
    <name>AddActorDialog</name>
    <message>
        <source>Add actor</source>
        <translation>Tilføj aktør</translation>
    </message>
    <message>
        <source>From the &amp;directory</source>
        <translation>Fra &amp;aktøroversigten</translation>
    </message>
    <message>
        <source>As a &amp;new actor</source>
        <translation>Som &amp;ny aktør</translation>
    </message>
    <message>
        <source>This actor is the &amp;coordinator</source>
        <translation>Denne aktør er &amp;tovholder</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Aktør:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <source>&amp;Role in the case:</source>
        <translation>&amp;Rolle i sagen:</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility:</source>
        <translation>An&amp;svar:</translation>
    </message>
    <message>
        <source>Referral s&amp;tatus:</source>
        <translation>Henvisnings&amp;status:</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Put the case on a group meeting&apos;s agenda</source>
        <translation>Sæt sagen på dagsordenen for et gruppemøde</translation>
    </message>
    <message>
        <source>What you ask the group (no names)</source>
        <translation>Hvad du spørger gruppen om (ingen navne)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørgsmål:</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Ny afdækning</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Vurdering (1–5)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Afdækning</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words</source>
        <translation>Med borgerens egne ord</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Gælder:</translation>
    </message>
    <message>
        <source>&amp;Hopes:</source>
        <translation>&amp;Håb:</translation>
    </message>
    <message>
        <source>D&amp;reams:</source>
        <translation>D&amp;rømme:</translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation>Ress&amp;ourcer:</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>&amp;Assessment:</source>
        <translation>Af&amp;dækning:</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny afdækning…</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Afdækning</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words</source>
        <translation>Med borgerens egne ord</translation>
    </message>
    <message>
        <source>The citizen&apos;s hopes, dreams and resources</source>
        <translation>Borgerens håb, drømme og ressourcer</translation>
    </message>
    <message>
        <source>Hopes:</source>
        <translation>Håb:</translation>
    </message>
    <message>
        <source>Dreams:</source>
        <translation>Drømme:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcer:</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>&amp;Afdækning</translation>
    </message>
    <message>
        <source>Assessment of {day}</source>
        <translation>Afdækning {day}</translation>
    </message>
    <message>
        <source>a child</source>
        <translation>et barn</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(seneste)</translation>
    </message>
    <message>
        <source>Previous, {day}</source>
        <translation>Forrige, {day}</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>Afdækningen er gemt.</translation>
    </message>
</context>
<context>
    <name>BookMeetingDialog</name>
    <message>
        <source>Book a group meeting</source>
        <translation>Book et gruppemøde</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>H&amp;vor:</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <source>{kind}, {when}. The meeting stays on the case, marked cancelled, and no longer counts for any deadline.</source>
        <translation>{kind}, {when}. Mødet bliver på sagen, markeret som aflyst, og tæller ikke længere for nogen frist.</translation>
    </message>
    <message>
        <source>e.g. the citizen is ill; moved to a new date</source>
        <translation>fx borgeren er syg; flyttet til en ny dato</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Cancel &amp;meeting</source>
        <translation>Aflys &amp;mødet</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;hold mødet</translation>
    </message>
</context>
<context>
    <name>CaseActorDialog</name>
    <message>
        <source>Edit actor in the case</source>
        <translation>Ret aktør i sagen</translation>
    </message>
    <message>
        <source>The person the citizen can call</source>
        <translation>Den person, borgeren kan ringe til</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Aktør:</translation>
    </message>
    <message>
        <source>&amp;Role in the case:</source>
        <translation>&amp;Rolle i sagen:</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility:</source>
        <translation>An&amp;svar:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>CaseFactsDialog</name>
    <message>
        <source>Case facts</source>
        <translation>Sagsfakta</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>Intake &amp;route:</source>
        <translation>&amp;Henvendelsesvej:</translation>
    </message>
    <message>
        <source>Crisis-centre admission:</source>
        <translation>Indskrevet på krisecenter:</translation>
    </message>
    <message>
        <source>Municipality notified:</source>
        <translation>Kommunen underrettet:</translation>
    </message>
    <message>
        <source>Discharged from the crisis centre:</source>
        <translation>Udskrevet fra krisecenter:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Voldsformer:</translation>
    </message>
</context>
<context>
    <name>CaseGroupsDialog</name>
    <message>
        <source>The case in cooperation groups</source>
        <translation>Sagen i samarbejdsgrupper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Samtykke til deling</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Indkaldt</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrér &amp;samtykke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Tilbagekald samtykke…</translation>
    </message>
    <message>
        <source>&amp;Urgent: convene within 24 hours…</source>
        <translation>&amp;Akut: indkald inden for 24 timer…</translation>
    </message>
    <message>
        <source>Put on &amp;agenda…</source>
        <translation>Sæt på &amp;dagsorden…</translation>
    </message>
    <message>
        <source>&amp;Presentation text…</source>
        <translation>&amp;Fremstillingstekst…</translation>
    </message>
    <message>
        <source>A case is shared with a group only with the citizen&apos;s consent to share with that group. External groups see only the de-identified case presentation.</source>
        <translation>En sag deles kun med en gruppe, når borgeren har givet samtykke til deling med netop den gruppe. Eksterne grupper ser kun den anonymiserede sagsfremstilling.</translation>
    </message>
    <message>
        <source>{day} (met)</source>
        <translation>{day} (mødt)</translation>
    </message>
    <message>
        <source>{day} (to meet within 24 hours)</source>
        <translation>{day} (skal mødes inden for 24 timer)</translation>
    </message>
    <message>
        <source>The citizen has not consented to sharing this case with the group. Nothing was shared. Record the consent first.</source>
        <translation>Borgeren har ikke givet samtykke til, at sagen deles med gruppen. Intet er delt. Registrér samtykket først.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Samtykket er registreret.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Samtykket er tilbagekaldt.</translation>
    </message>
    <message>
        <source>The group is convened: it must meet within 24 hours.</source>
        <translation>Gruppen er indkaldt: den skal mødes inden for 24 timer.</translation>
    </message>
    <message>
        <source>The group has no meeting booked: book one under Cooperation groups.</source>
        <translation>Gruppen har intet møde booket: book et under Samarbejdsgrupper.</translation>
    </message>
    <message>
        <source>The case is on the agenda.</source>
        <translation>Sagen er sat på dagsordenen.</translation>
    </message>
    <message>
        <source>Presentation text saved.</source>
        <translation>Fremstillingsteksten er gemt.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search reference, name or note text…</source>
        <translation>Søg i sagsnummer, navn eller notattekst…</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>A&amp;kut</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>O&amp;verskredet</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>M&amp;ine</translation>
    </message>
    <message>
        <source>Cases where you are the coordinator</source>
        <translation>Sager hvor du er tovholder</translation>
    </message>
    <message>
        <source>C&amp;losed too</source>
        <translation>Vis &amp;lukkede sager</translation>
    </message>
    <message>
        <source>Urgent case</source>
        <translation>Akut sag</translation>
    </message>
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
</context>
<context>
    <name>ChildConcernDialog</name>
    <message>
        <source>Concern for a child (underretning)</source>
        <translation>Bekymring for et barn (underretning)</translation>
    </message>
    <message>
        <source>e.g. Børn og Familie</source>
        <translation>fx Børn og Familie</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Sendt &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>Sendt &amp;til:</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <source>Enter who the report was sent to.</source>
        <translation>Skriv, hvem underretningen er sendt til.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Luk sag</translation>
    </message>
    <message>
        <source>e.g. goals reached, moved to another municipality</source>
        <translation>fx målene er nået, flyttet til en anden kommune</translation>
    </message>
    <message>
        <source>e.g. the adult unit, the citizen&apos;s GP</source>
        <translation>fx voksenenheden, borgerens egen læge</translation>
    </message>
    <message>
        <source>The citizen&apos;s plan for when the effort ends (printed on the plan)</source>
        <translation>Borgerens plan for tiden efter indsatsen (udskrives på handleplanen)</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Lukket &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>&amp;Who takes over:</source>
        <translation>&amp;Hvem overtager:</translation>
    </message>
    <message>
        <source>&amp;After the effort:</source>
        <translation>&amp;Efter indsatsen:</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeraftryk</translation>
    </message>
    <message>
        <source>&amp;Add card…</source>
        <translation>&amp;Tilføj kort…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <source>Contact card (*.vnrid)</source>
        <translation>Kontaktkort (*.vnrid)</translation>
    </message>
    <message>
        <source>Add {name} ({unit})?

Fingerprint:
{fp}

Only say yes if this is exactly the fingerprint your colleague reads to you on the phone or shows you in person.</source>
        <translation>Tilføj {name} ({unit})?

Fingeraftryk:
{fp}

Sig kun ja, hvis det er præcis det fingeraftryk, din kollega læser op for dig i telefonen eller viser dig personligt.</translation>
    </message>
    <message>
        <source>Remove {name} from your colleagues?</source>
        <translation>Fjern {name} fra dine kolleger?</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Før (udgangspunkt)</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>Min (denne computer)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <source>…or type the value that should stand</source>
        <translation>…eller skriv den værdi, der skal gælde</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Brug denne værdi</translation>
    </message>
    <message>
        <source>Sync conflicts: nothing was overwritten</source>
        <translation>Synkroniseringskonflikter: intet er overskrevet</translation>
    </message>
    <message>
        <source>Both changed the same field</source>
        <translation>Begge har ændret samme felt</translation>
    </message>
    <message>
        <source>Changed on both sides, merged — please review</source>
        <translation>Ændret begge steder og flettet — gennemse venligst</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ingen åbne konflikter.</translation>
    </message>
    <message>
        <source>Theirs ({name})</source>
        <translation>Deres ({name})</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Løst.</translation>
    </message>
</context>
<context>
    <name>ConsentGridModel</name>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Expires {day}</source>
        <translation>Udløber {day}</translation>
    </message>
    <message>
        <source>(valid until {day})</source>
        <translation>(gyldig til {day})</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrér samtykke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tilbagekald…</translation>
    </message>
    <message>
        <source>Green: valid · Amber: expires soon · Grey: expired · Red: withdrawn · Dashed: none recorded</source>
        <translation>Grøn: gyldigt · Gul: udløber snart · Grå: udløbet · Rød: trukket tilbage · Stiplet: ikke registreret</translation>
    </message>
    <message>
        <source>No one to record consent for yet. Add an actor or someone from the citizen&apos;s network under Actors and network first.</source>
        <translation>Der er endnu ingen at registrere samtykke for. Tilføj først en aktør eller en fra borgerens netværk under Aktører og netværk.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Documented / recorded by</source>
        <translation>Dokumenteret / registreret af</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Samtykke</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Fornyet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>History for {who}</source>
        <translation>Historik for {who}</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Samtykket er registreret.</translation>
    </message>
    <message>
        <source>Consent withdrawn from today.</source>
        <translation>Samtykket er trukket tilbage fra i dag.</translation>
    </message>
</context>
<context>
    <name>ConsentTerms</name>
    <message>
        <source>&amp;Written (signed form)</source>
        <translation>&amp;Skriftligt (underskrevet erklæring)</translation>
    </message>
    <message>
        <source>&amp;Oral</source>
        <translation>&amp;Mundtligt</translation>
    </message>
    <message>
        <source>Who heard and documented it</source>
        <translation>Hvem hørte og dokumenterede det</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Udløber den</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>&amp;Documented by:</source>
        <translation>&amp;Dokumenteret af:</translation>
    </message>
    <message>
        <source>Oral consent must say who documented it.</source>
        <translation>Ved mundtligt samtykke skal det fremgå, hvem der dokumenterede det.</translation>
    </message>
    <message>
        <source>The expiry date must come after the day it was given.</source>
        <translation>Udløbsdatoen skal ligge efter den dag, samtykket blev givet.</translation>
    </message>
</context>
<context>
    <name>ConveneDialog</name>
    <message>
        <source>Convene within 24 hours</source>
        <translation>Indkald inden for 24 timer</translation>
    </message>
    <message>
        <source>{group} is convened to meet about this case within 24 hours. The deadline shows in the due list until a group meeting has the case on its agenda.</source>
        <translation>{group} indkaldes til møde om sagen inden for 24 timer. Fristen står på fristlisten, indtil et gruppemøde har sagen på dagsordenen.</translation>
    </message>
    <message>
        <source>Why it is urgent (for the case record)</source>
        <translation>Hvorfor det haster (til sagens journal)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision as an action in the plan</source>
        <translation>Beslutning som handling i planen</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Ret beslutning</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslutning:</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>A new goal, worded like the decision</source>
        <translation>Et nyt mål, formuleret som beslutningen</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Life domain of a new goal:</source>
        <translation>&amp;Livsområde for et nyt mål:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Actor directory</source>
        <translation>Aktøroversigt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udgået</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny aktør…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Sæt som &amp;udgået</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Tag i brug igen</translation>
    </message>
    <message>
        <source>Entry added.</source>
        <translation>Aktøren er tilføjet oversigten.</translation>
    </message>
    <message>
        <source>Entry changed.</source>
        <translation>Aktøren er rettet.</translation>
    </message>
    <message>
        <source>{name} is retired: no longer offered for new cases.</source>
        <translation>{name} er udgået og tilbydes ikke længere til nye sager.</translation>
    </message>
    <message>
        <source>{name} is offered again.</source>
        <translation>{name} tilbydes igen.</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <source>Edit directory entry</source>
        <translation>Ret aktør i oversigten</translation>
    </message>
    <message>
        <source>New directory entry</source>
        <translation>Ny aktør i oversigten</translation>
    </message>
    <message>
        <source>What they can offer the citizen</source>
        <translation>Hvad de kan tilbyde borgeren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Offers:</source>
        <translation>Til&amp;bud:</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>Kassér ændringerne?</translation>
    </message>
    <message>
        <source>What you entered in this window will be lost.</source>
        <translation>Det, du har skrevet i dette vindue, går tabt.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsæt redigeringen</translation>
    </message>
</context>
<context>
    <name>DomainWheel</name>
    <message>
        <source>No assessment yet</source>
        <translation>Ingen afdækning endnu</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Later this month</source>
        <translation>Senere denne måned</translation>
    </message>
    <message>
        <source>(group)</source>
        <translation>(gruppe)</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>&amp;Mark done…</source>
        <translation>Markér &amp;udført…</translation>
    </message>
    <message>
        <source>Record what completed the selected deadline, with date and remark</source>
        <translation>Registrér, hvad der opfyldte den valgte frist, med dato og bemærkning</translation>
    </message>
    <message>
        <source>Marked done: {what}</source>
        <translation>Markeret som udført: {what}</translation>
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
        <source>The disk is full: free space. Nothing was lost.</source>
        <translation>Disken er fuld: frigør plads. Intet er gået tabt.</translation>
    </message>
    <message>
        <source>The vault is on read-only media: it can be read but not changed.</source>
        <translation>Boksen ligger på et skrivebeskyttet medie: den kan læses, men ikke ændres.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Boksen er låst.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space.</source>
        <translation>Disken er fuld, så ændringen kunne ikke gemmes. Frigør noget plads.</translation>
    </message>
    <message>
        <source>The case has been handed over and is read-only here. Nothing was changed.</source>
        <translation>Sagen er overdraget og er skrivebeskyttet her. Intet er ændret.</translation>
    </message>
    <message>
        <source>The change was not saved: {detail}</source>
        <translation>Ændringen blev ikke gemt: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing typed has been lost.</source>
        <translation>Noget gik galt ({kind}). Intet af det skrevne er gået tabt.</translation>
    </message>
    <message>
        <source>That folder holds a vault. Choose another folder.</source>
        <translation>Mappen indeholder en boks. Vælg en anden mappe.</translation>
    </message>
    <message>
        <source>That file is part of a vault and is never replaced.</source>
        <translation>Filen er en del af en boks og bliver aldrig erstattet.</translation>
    </message>
    <message>
        <source>That file is a backup and is never replaced.</source>
        <translation>Filen er en sikkerhedskopi og bliver aldrig erstattet.</translation>
    </message>
    <message>
        <source>That file is read-only and is not replaced.</source>
        <translation>Filen er skrivebeskyttet og bliver ikke erstattet.</translation>
    </message>
    <message>
        <source>That is a folder. Choose a file name.</source>
        <translation>Det er en mappe. Vælg et filnavn.</translation>
    </message>
    <message>
        <source>That is not an ordinary file. Choose a file name.</source>
        <translation>Det er ikke en almindelig fil. Vælg et filnavn.</translation>
    </message>
    <message>
        <source>A backup never replaces a file. Choose a new name.</source>
        <translation>En sikkerhedskopi erstatter aldrig en fil. Vælg et nyt navn.</translation>
    </message>
    <message>
        <source>That file exists and holds something else. Choose another name.</source>
        <translation>Filen findes og indeholder noget andet. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>That file exists. Choose another name.</source>
        <translation>Filen findes. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Mappen findes ikke.</translation>
    </message>
    <message>
        <source>Cannot write in that folder: it is read-only or not yours.</source>
        <translation>Kan ikke skrive i mappen: den er skrivebeskyttet eller ikke din.</translation>
    </message>
    <message>
        <source>That file cannot be written there.</source>
        <translation>Filen kan ikke skrives dér.</translation>
    </message>
    <message>
        <source>{reason} Nothing was written.</source>
        <translation>{reason} Intet blev skrevet.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>Dagsorden til møde</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Mødereferat</translation>
    </message>
    <message>
        <source>Consent form for signature</source>
        <translation>Samtykkeerklæring til underskrift</translation>
    </message>
    <message>
        <source>Coordination summary</source>
        <translation>Koordineringsresumé</translation>
    </message>
    <message>
        <source>Access report (GDPR art. 15)</source>
        <translation>Indsigtsrapport (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Coordinated individual plan (SIP)</source>
        <translation>Samordnet individuel plan (SIP)</translation>
    </message>
    <message>
        <source>Case presentation for a cooperation group (de-identified)</source>
        <translation>Sagsfremstilling til en samarbejdsgruppe (anonymiseret)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print / PDF — VNR Desk</source>
        <translation>Udskriv / PDF — VNR Desk</translation>
    </message>
    <message>
        <source>Only what the recipient may see is printed: consent decides. A printed page may be read by others, so keep it safe.</source>
        <translation>Kun det, modtageren må se, bliver udskrevet: samtykket afgør det. En udskrift kan blive læst af andre, så pas godt på den.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>Pla&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Gem PDF…</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Samtykkeerklæring</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Modt&amp;agere:</translation>
    </message>
    <message>
        <source>P&amp;urposes:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Gyldig t&amp;il og med:</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Internt brug</translation>
    </message>
    <message>
        <source>(the next or latest)</source>
        <translation>(det næste eller seneste)</translation>
    </message>
    <message>
        <source>The adult&apos;s plan</source>
        <translation>Den voksnes handleplan</translation>
    </message>
    <message>
        <source>Child&apos;s plan: {name}</source>
        <translation>Barnets handleplan: {name}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Tick at least one recipient and one purpose.</source>
        <translation>Sæt kryds ved mindst én modtager og ét formål.</translation>
    </message>
    <message>
        <source>{who} has not consented to receive this document. Nothing was written. Record the consent on the Consent tab first.</source>
        <translation>{who} har ikke samtykke til at modtage dette dokument. Intet er skrevet. Registrér samtykket under fanen Samtykke først.</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>plan</source>
        <translation>handleplan</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>dagsorden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <source>consent-form</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resume</translation>
    </message>
    <message>
        <source>access</source>
        <translation>indsigt</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>borger</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktør</translation>
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
    <name>GoalDialog</name>
    <message>
        <source>Add goal</source>
        <translation>Tilføj mål</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ret mål</translation>
    </message>
    <message>
        <source>The goal in the citizen&apos;s own words</source>
        <translation>Målet med borgerens egne ord</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Life domain:</source>
        <translation>&amp;Livsområde:</translation>
    </message>
</context>
<context>
    <name>GroupConsentDialog</name>
    <message>
        <source>Consent to share with the group</source>
        <translation>Samtykke til deling med gruppen</translation>
    </message>
    <message>
        <source>The citizen agrees that the case may be shared with {group}.</source>
        <translation>Borgeren giver samtykke til, at sagen må deles med {group}.</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
</context>
<context>
    <name>GroupEditDialog</name>
    <message>
        <source>Edit cooperation group</source>
        <translation>Ret samarbejdsgruppe</translation>
    </message>
    <message>
        <source>New cooperation group</source>
        <translation>Ny samarbejdsgruppe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>One member unit a line, e.g.
Vuxenenheten: Ebba Warntoft
Skolan</source>
        <translation>Én medlemsenhed pr. linje, f.eks.
Voksenområdet: Ebba Warntoft
Skolen</translation>
    </message>
    <message>
        <source>Internal groups meet every 6 weeks and external groups twice a year unless you change it. The next meeting shows in the due list.</source>
        <translation>Interne grupper mødes hver 6. uge og eksterne grupper to gange om året, medmindre du ændrer det. Næste møde står på fristlisten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation>Mødes &amp;hver:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmer:</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Giv gruppen et navn.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>External</source>
        <translation>Ekstern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>every {n}. week</source>
        <translation>hver {n}. uge</translation>
    </message>
    <message>
        <source>every {n}. day</source>
        <translation>hver {n}. dag</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Cooperation groups</source>
        <translation>Samarbejdsgrupper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Mødes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Next meeting due</source>
        <translation>Næste møde senest</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>Sager på dagsordenen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Ny gruppe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>&amp;Book meeting…</source>
        <translation>&amp;Book møde…</translation>
    </message>
    <message>
        <source>&amp;Retire group</source>
        <translation>&amp;Nedlæg gruppe</translation>
    </message>
    <message>
        <source>Meetings of the selected group</source>
        <translation>Den valgte gruppes møder</translation>
    </message>
    <message>
        <source>Group added.</source>
        <translation>Gruppen er oprettet.</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>Gruppen er gemt.</translation>
    </message>
    <message>
        <source>Meeting booked.</source>
        <translation>Mødet er booket.</translation>
    </message>
    <message>
        <source>Group retired.</source>
        <translation>Gruppen er nedlagt.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Keep the case here, read-only</source>
        <translation>Behold sagen her, skrivebeskyttet</translation>
    </message>
    <message>
        <source>Close the case here</source>
        <translation>Luk sagen her</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Sag:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Derefter:</translation>
    </message>
    <message>
        <source>Hand over case</source>
        <translation>Overdrag sag</translation>
    </message>
    <message>
        <source>The case is encrypted so that only this colleague can open it, and signed by you. The file can be sent by e-mail.</source>
        <translation>Sagen krypteres, så kun denne kollega kan åbne den, og signeres af dig. Filen kan sendes med e-mail.</translation>
    </message>
    <message>
        <source>Handover bundle (*.vnrcase)</source>
        <translation>Overdragelsespakke (*.vnrcase)</translation>
    </message>
    <message>
        <source>Add the colleague under Colleagues… first.</source>
        <translation>Tilføj først kollegaen under Kolleger….</translation>
    </message>
    <message>
        <source>Case {ref} handed over to {name}:
{path}</source>
        <translation>Sag {ref} er overdraget til {name}:
{path}</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Refused: the bundle is signed by someone who is not on your colleague list. Add their contact card (and compare the fingerprint) first.

{detail}</source>
        <translation>Afvist: pakken er signeret af en, der ikke er på din kollegaliste. Tilføj først vedkommendes kontaktkort (og sammenlign fingeraftrykket).

{detail}</translation>
    </message>
    <message>
        <source>Refused: the bundle is encrypted to another recipient, not to you.</source>
        <translation>Afvist: pakken er krypteret til en anden modtager, ikke til dig.</translation>
    </message>
    <message>
        <source>Refused: the bundle was signed for another recipient and re-encrypted to you.</source>
        <translation>Afvist: pakken blev signeret til en anden modtager og krypteret om til dig.</translation>
    </message>
    <message>
        <source>Refused: another case already has this reference here. Nothing was changed.

{detail}</source>
        <translation>Afvist: en anden sag har allerede dette sagsnummer her. Intet er ændret.

{detail}</translation>
    </message>
    <message>
        <source>This case has already been received. Nothing was changed.</source>
        <translation>Sagen er allerede modtaget. Intet er ændret.</translation>
    </message>
    <message>
        <source>The bundle is incomplete (cut off). Ask the sender to send it again.</source>
        <translation>Pakken er ufuldstændig (afkortet). Bed afsenderen sende den igen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: it was altered or forged.</source>
        <translation>Pakkens signatur er ikke gyldig: den er ændret eller forfalsket.</translation>
    </message>
    <message>
        <source>This is not a VNR Desk handover bundle.</source>
        <translation>Dette er ikke en overdragelsespakke fra VNR Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged or has been tampered with. Ask the sender for a new one.</source>
        <translation>Pakken er beskadiget eller manipuleret. Bed afsenderen om en ny.</translation>
    </message>
    <message>
        <source>The case has been handed over and is read-only here.</source>
        <translation>Sagen er overdraget og er skrivebeskyttet her.</translation>
    </message>
    <message>
        <source>Here: {ref}, opened {here}.
From {sender}: {ref}, opened {theirs}.</source>
        <translation>Her: {ref}, oprettet {here}.
Fra {sender}: {ref}, oprettet {theirs}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>Handover bundle (*.vnrcase)</source>
        <translation>Overdragelsespakke (*.vnrcase)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>The start of every new reference; kept for the next case</source>
        <translation>Starten på hvert nyt sagsnummer; huskes til næste sag</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Prefix and &amp;reference:</source>
        <translation>Præfiks og &amp;sagsnummer:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Oprettet:</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>&amp;Add child or other person…</source>
        <translation>Tilføj barn eller anden &amp;person…</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Fjern fra &amp;listen</translation>
    </message>
    <message>
        <source>Children, person using violence, household</source>
        <translation>Børn, voldsudøver, husstand</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>The 3-day contact deadline runs from this date when it is recorded</source>
        <translation>Fristen på 3 dage for kontakt regnes fra denne dato, når den er registreret</translation>
    </message>
    <message>
        <source>&amp;Urgent case (the coordination group meets within 24 hours)</source>
        <translation>A&amp;kut sag (koordinationsgruppen mødes inden for 24 timer)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Intake &amp;route:</source>
        <translation>&amp;Henvendelsesvej:</translation>
    </message>
    <message>
        <source>Crisis-centre admission:</source>
        <translation>Indskrevet på krisecenter:</translation>
    </message>
    <message>
        <source>Municipality notified:</source>
        <translation>Kommunen underrettet:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Voldsformer:</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name.</source>
        <translation>Skriv borgerens navn.</translation>
    </message>
    <message>
        <source>Enter a reference for the case.</source>
        <translation>Skriv et sagsnummer.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join your team&apos;s server to share cases with colleagues. You keep working offline; changes are exchanged when you sync. Your IT department gives you the address, your user name and a join secret that works once.</source>
        <translation>Forbind dig med dit teams server for at dele sager med kolleger. Du arbejder fortsat offline; ændringer udveksles, når du synkroniserer. Din it-afdeling giver dig adressen, dit brugernavn og en tilslutningskode, der kun virker én gang.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Join secret:</source>
        <translation>&amp;Tilslutningskode:</translation>
    </message>
    <message>
        <source>Fill in all three fields.</source>
        <translation>Udfyld alle tre felter.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>edited {day}</source>
        <translation>rettet {day}</translation>
    </message>
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
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>journalen</translation>
    </message>
    <message>
        <source>Tie the note to a child of the case</source>
        <translation>Knyt notatet til et barn i sagen</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>Ve&amp;drører:</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Sagen</translation>
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
    <name>Labels</name>
    <message>
        <source>Victim-survivor</source>
        <translation>Voldsudsat</translation>
    </message>
    <message>
        <source>Person using violence</source>
        <translation>Voldsudøver</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Other household member</source>
        <translation>Andet husstandsmedlem</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Politianmeldelse</translation>
    </message>
    <message>
        <source>Emergency room</source>
        <translation>Skadestue</translation>
    </message>
    <message>
        <source>PSP (police, social services, psychiatry)</source>
        <translation>PSP (politi, socialforvaltning, psykiatri)</translation>
    </message>
    <message>
        <source>Crisis-centre admission</source>
        <translation>Ophold på krisecenter (§ 109/110)</translation>
    </message>
    <message>
        <source>Jobcentre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Anonymous counselling</source>
        <translation>Anonym rådgivning</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Egen henvendelse</translation>
    </message>
    <message>
        <source>Concerned third party</source>
        <translation>Bekymret tredjepart</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Fysisk</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psykisk</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Seksuel</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Økonomisk</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiel</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation>Stalking/chikane</translation>
    </message>
    <message>
        <source>Honour-related</source>
        <translation>Æresrelateret</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Omsorgssvigt</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Children and parenting</source>
        <translation>Børn og forældreskab</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk helbred</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk helbred</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Misbrug</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Juridiske forhold</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stat</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamfund</translation>
    </message>
    <message>
        <source>Private provider</source>
        <translation>Privat leverandør</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Resource and risk</source>
        <translation>Ressource og risiko</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <source>Share information</source>
        <translation>Udveksle oplysninger</translation>
    </message>
    <message>
        <source>Invite to meeting</source>
        <translation>Invitere til møde</translation>
    </message>
    <message>
        <source>Receive action plan</source>
        <translation>Modtage handleplan</translation>
    </message>
    <message>
        <source>Receive case summary</source>
        <translation>Modtage sagsresumé</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldigt</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Udløber snart</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Adult plan</source>
        <translation>Voksenplan</translation>
    </message>
    <message>
        <source>Child plan</source>
        <translation>Børneplan</translation>
    </message>
    <message>
        <source>Coordinated individual plan (SIP)</source>
        <translation>Samordnet individuel plan (SIP)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Netværksmøde</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Joint job and action plan</source>
        <translation>Fælles job- og handleplan</translation>
    </message>
    <message>
        <source>Internal coordination group</source>
        <translation>Intern koordineringsgruppe</translation>
    </message>
    <message>
        <source>Urgent meeting</source>
        <translation>Akut møde</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Første besøg</translation>
    </message>
    <message>
        <source>External coordination group</source>
        <translation>Ekstern koordineringsgruppe</translation>
    </message>
    <message>
        <source>SIP meeting</source>
        <translation>SIP-møde</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Frister</translation>
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
        <source>&amp;Print / PDF…</source>
        <translation>&amp;Udskriv / PDF…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sikkerhedskopiér…</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importér sagsfil…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Indstilling&amp;er…</translation>
    </message>
    <message>
        <source>Change passphrase and lock &amp;out old copies…</source>
        <translation>Skift a&amp;dgangsfrase og luk gamle kopier ude…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>My &amp;contact card…</source>
        <translation>Mit &amp;kontaktkort…</translation>
    </message>
    <message>
        <source>C&amp;olleagues…</source>
        <translation>Kolle&amp;ger…</translation>
    </message>
    <message>
        <source>&amp;Hand over case…</source>
        <translation>&amp;Overdrag sag…</translation>
    </message>
    <message>
        <source>&amp;Receive case…</source>
        <translation>&amp;Modtag sag…</translation>
    </message>
    <message>
        <source>Cooperation &amp;groups…</source>
        <translation>Samar&amp;bejdsgrupper…</translation>
    </message>
    <message>
        <source>This case in cooperation g&amp;roups…</source>
        <translation>Sagen i samarbejdsg&amp;rupper…</translation>
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
        <source>&amp;About VNR Desk</source>
        <translation>&amp;Om VNR Desk</translation>
    </message>
    <message>
        <source>Add &amp;demo cases…</source>
        <translation>Tilføj &amp;demosager…</translation>
    </message>
    <message>
        <source>&amp;Remove demo cases…</source>
        <translation>&amp;Fjern demosager…</translation>
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
        <source>Alt+letter</source>
        <translation>Alt+bogstav</translation>
    </message>
    <message>
        <source>VNR Desk backup (*.vnrbackup)</source>
        <translation>VNR Desk-sikkerhedskopi (*.vnrbackup)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Skriver og kontrollerer sikkerhedskopien…</translation>
    </message>
    <message>
        <source>Backup written and checked:
{path}</source>
        <translation>Sikkerhedskopien er skrevet og kontrolleret:
{path}</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Sagsfiler (*.json)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>{n} case(s) imported.</source>
        <translation>{n} sag(er) importeret.</translation>
    </message>
    <message>
        <source>Add fictional demo cases to this vault (for training). How many?</source>
        <translation>Tilføj opdigtede demosager til boksen (til oplæring). Hvor mange?</translation>
    </message>
    <message>
        <source>Making demo cases…</source>
        <translation>Laver demosager…</translation>
    </message>
    <message>
        <source>{n} demo cases added.</source>
        <translation>{n} demosager tilføjet.</translation>
    </message>
    <message>
        <source>This vault holds real cases: demo cases go into an empty vault.</source>
        <translation>Denne boks indeholder rigtige sager: demosager kan kun lægges i en tom boks.</translation>
    </message>
    <message>
        <source>Remove the {n} demo cases and everything recorded in them? Real cases are not touched.</source>
        <translation>Fjern de {n} demosager og alt, hvad der er registreret i dem? Rigtige sager røres ikke.</translation>
    </message>
    <message>
        <source>{n} demo cases removed.</source>
        <translation>{n} demosager fjernet.</translation>
    </message>
    <message>
        <source>VNR Desk {version}

Encrypted, offline case workbook for coordinated work on violence in close relationships.

Vault folder: {folder}</source>
        <translation>VNR Desk {version}

Krypteret sagsværktøj uden netforbindelse til koordineret arbejde med vold i nære relationer.

Boksens mappe: {folder}</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Åbn en sag først.</translation>
    </message>
    <message>
        <source>Text typed in {where} could not be saved before the lock: {why}</source>
        <translation>Tekst skrevet i {where} kunne ikke gemmes før låsningen: {why}</translation>
    </message>
    <message>
        <source>It still cannot be saved ({why}). It is kept in memory only, not on disk, and saved as soon as it can be: free some disk space and do not quit until this says it has been saved.</source>
        <translation>Den kan stadig ikke gemmes ({why}). Den holdes kun i hukommelsen, ikke på disken, og gemmes, så snart det kan lade sig gøre: frigør noget diskplads, og luk ikke programmet, før der står, at den er gemt.</translation>
    </message>
    <message>
        <source>The text that could not be saved has now been saved.</source>
        <translation>Teksten, der ikke kunne gemmes, er nu gemt.</translation>
    </message>
    <message>
        <source>{n} piece(s) of typed text could not be saved (is the disk full?). Quitting now loses it. Quit anyway?</source>
        <translation>{n} tekst(er) kunne ikke gemmes (er disken fuld?). Lukker du nu, går de tabt. Vil du lukke alligevel?</translation>
    </message>
    <message>
        <source>The last automatic backup to {folder} could not be written. The vault was locked as usual and nothing was lost. Check the backup folder in Settings, or make a backup now.</source>
        <translation>Den seneste automatiske sikkerhedskopi til {folder} kunne ikke skrives. Boksen blev låst som normalt, og intet er gået tabt. Kontrollér mappen til sikkerhedskopier under Indstillinger, eller tag en sikkerhedskopi nu.</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark deadline done</source>
        <translation>Markér frist som udført</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt;&lt;br&gt;Case {case}</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt;&lt;br&gt;Sag {case}</translation>
    </message>
    <message>
        <source>Who did what, e.g. “Phoned the crisis centre”</source>
        <translation>Hvem gjorde hvad, fx “Ringede til krisecentret”</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Udført den:</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>N&amp;yt møde…</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>Ret mø&amp;de…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel meeting…</source>
        <translation>Aflys m&amp;øde…</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>I&amp;nvitér</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Fjern deltager</translation>
    </message>
    <message>
        <source>Take the chosen participant off the list</source>
        <translation>Fjern den valgte deltager fra listen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nyt dagsordenspunkt</translation>
    </message>
    <message>
        <source>Add agenda i&amp;tem</source>
        <translation>Tilføj dagsordenspunkt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Minutes. They are saved as you type.</source>
        <translation>Referat. Det gemmes, mens du skriver.</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>referatet</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Referat</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Ny beslutning</translation>
    </message>
    <message>
        <source>Also make it an action in the &amp;plan, under a new goal in:</source>
        <translation>Gør den ogs&amp;å til en handling i planen, under et nyt mål i:</translation>
    </message>
    <message>
        <source>Add &amp;decision</source>
        <translation>Tilføj &amp;beslutning</translation>
    </message>
    <message>
        <source>As an a&amp;ction…</source>
        <translation>Som handling…</translation>
    </message>
    <message>
        <source>Add the decision as an action under an existing or a new goal</source>
        <translation>Tilføj beslutningen som handling under et eksisterende eller et nyt mål</translation>
    </message>
    <message>
        <source>Edit decisio&amp;n…</source>
        <translation>Ret besl&amp;utning…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Møder</translation>
    </message>
    <message>
        <source>{kind}, {when} — {place}</source>
        <translation>{kind}, {when} — {place}</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>intet sted angivet</translation>
    </message>
    <message>
        <source>citizen present</source>
        <translation>borgeren deltager</translation>
    </message>
    <message>
        <source>CANCELLED {when}: {reason}</source>
        <translation>AFLYST {when}: {reason}</translation>
    </message>
    <message>
        <source>{who} — invited without consent</source>
        <translation>{who} — inviteret uden samtykke</translation>
    </message>
    <message>
        <source>Everyone in the case is invited</source>
        <translation>Alle i sagen er inviteret</translation>
    </message>
    <message>
        <source>Add actors under Actors and network first</source>
        <translation>Tilføj først aktører under Aktører og netværk</translation>
    </message>
    <message>
        <source>action in the plan</source>
        <translation>handling i planen</translation>
    </message>
    <message>
        <source>Minutes saved</source>
        <translation>Referatet er gemt</translation>
    </message>
    <message>
        <source>Meeting created.</source>
        <translation>Mødet er oprettet.</translation>
    </message>
    <message>
        <source>No consent to invite</source>
        <translation>Intet samtykke til invitation</translation>
    </message>
    <message>
        <source>{who} has no valid consent to be invited to meetings.</source>
        <translation>{who} har ikke gyldigt samtykke til at blive inviteret til møder.</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s consent first if you can. Inviting anyway is recorded in the audit log and shown on the participant list.</source>
        <translation>Registrér borgerens samtykke først, hvis du kan. Inviterer du alligevel, bliver det logget og vist på deltagerlisten.</translation>
    </message>
    <message>
        <source>Invite &amp;anyway</source>
        <translation>Invitér &amp;alligevel</translation>
    </message>
    <message>
        <source>{who} was not invited.</source>
        <translation>{who} blev ikke inviteret.</translation>
    </message>
    <message>
        <source>{who} is invited.</source>
        <translation>{who} er inviteret.</translation>
    </message>
    <message>
        <source>Decision added and made an action in the plan.</source>
        <translation>Beslutningen er tilføjet og gjort til en handling i planen.</translation>
    </message>
    <message>
        <source>Meeting changed.</source>
        <translation>Mødet er rettet.</translation>
    </message>
    <message>
        <source>Meeting cancelled.</source>
        <translation>Mødet er aflyst.</translation>
    </message>
    <message>
        <source>{who} is off the list.</source>
        <translation>{who} er fjernet fra deltagerlisten.</translation>
    </message>
    <message>
        <source>Decision changed.</source>
        <translation>Beslutningen er rettet.</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Enhed:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeraftryk:</translation>
    </message>
    <message>
        <source>&amp;Save card…</source>
        <translation>&amp;Gem kort…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation>Mit kontaktkort</translation>
    </message>
    <message>
        <source>Give the card to a colleague (e-mail is fine: it holds no secret), then read the fingerprint to them on the phone when they add it.</source>
        <translation>Giv kortet til en kollega (e-mail er fint: det indeholder ingen hemmelighed), og læs fingeraftrykket op for vedkommende i telefonen, når kortet tilføjes.</translation>
    </message>
    <message>
        <source>(not filled in: see Settings)</source>
        <translation>(ikke udfyldt: se Indstillinger)</translation>
    </message>
    <message>
        <source>Contact card (*.vnrid)</source>
        <translation>Kontaktkort (*.vnrid)</translation>
    </message>
    <message>
        <source>Fill in your name in Settings first: the card carries it.</source>
        <translation>Udfyld først dit navn under Indstillinger: kortet bærer det.</translation>
    </message>
    <message>
        <source>Contact card saved:
{path}</source>
        <translation>Kontaktkortet er gemt:
{path}</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Add to the network</source>
        <translation>Tilføj til netværket</translation>
    </message>
    <message>
        <source>Edit network member</source>
        <translation>Ret netværksperson</translation>
    </message>
    <message>
        <source>e.g. sister, neighbour, friend</source>
        <translation>fx søster, nabo, ven</translation>
    </message>
    <message>
        <source>The citizen wants them &amp;contacted</source>
        <translation>Borgeren ønsker, at de &amp;kontaktes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>Resource or &amp;risk:</source>
        <translation>Ressource eller &amp;risiko:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Ret møde</translation>
    </message>
    <message>
        <source>The &amp;citizen takes part</source>
        <translation>&amp;Borgeren deltager</translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation>Ét dagsordenspunkt pr. linje</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og tid:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Dagsorden:</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>Notens historik</translation>
    </message>
    <message>
        <source>Current text, since {when}</source>
        <translation>Nuværende tekst, siden {when}</translation>
    </message>
    <message>
        <source>{start} – replaced {end}</source>
        <translation>{start} – erstattet {end}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Show &amp;address</source>
        <translation>Vis &amp;adresse</translation>
    </message>
    <message>
        <source>Shows a protected address. Each view is recorded in the audit log.</source>
        <translation>Viser en beskyttet adresse. Hver visning bliver logget.</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Personer i sagen</translation>
    </message>
    <message>
        <source>Person using violence — kept apart, never printed on the citizen&apos;s papers</source>
        <translation>Voldsudøver — holdes adskilt og udskrives aldrig på borgerens papirer</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Tilf&amp;øj person…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>R&amp;et person…</translation>
    </message>
    <message>
        <source>Remove as entered in &amp;error…</source>
        <translation>Fjer&amp;n som fejlregistreret…</translation>
    </message>
    <message>
        <source>&amp;Underretning…</source>
        <translation>U&amp;nderretning…</translation>
    </message>
    <message>
        <source>Record a concern for a child reported to the children&apos;s unit</source>
        <translation>Registrér en underretning om bekymring for et barn til Børn og Familie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Sagsnummer:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Oprettet:</translation>
    </message>
    <message>
        <source>Intake route:</source>
        <translation>Henvendelsesvej:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Voldsformer:</translation>
    </message>
    <message>
        <source>Urgent:</source>
        <translation>Akut:</translation>
    </message>
    <message>
        <source>Latest risk level:</source>
        <translation>Seneste risikoniveau:</translation>
    </message>
    <message>
        <source>Earlier risk assessments, newest first</source>
        <translation>Tidligere risikovurderinger, nyeste først</translation>
    </message>
    <message>
        <source>Risk history:</source>
        <translation>Risikohistorik:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Tovholder:</translation>
    </message>
    <message>
        <source>Mark &amp;urgent…</source>
        <translation>Markér som a&amp;kut…</translation>
    </message>
    <message>
        <source>Assess &amp;risk…</source>
        <translation>Vu&amp;rdér risiko…</translation>
    </message>
    <message>
        <source>Concerns reported (underretning):</source>
        <translation>Underretninger:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Lukket:</translation>
    </message>
    <message>
        <source>Case &amp;facts…</source>
        <translation>Sagsfakta…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>L&amp;uk sag…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Gen&amp;åbn sag</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Markér &amp;udført…</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Næste frister</translation>
    </message>
    <message>
        <source>Consent warnings</source>
        <translation>Advarsler om samtykke</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protected address — hidden</source>
        <translation>Beskyttet adresse — skjult</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <source>{day} to {recipient}</source>
        <translation>{day} til {recipient}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Lukket {day}</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ingen registreret</translation>
    </message>
    <message>
        <source>URGENT since {day}</source>
        <translation>AKUT siden {day}</translation>
    </message>
    <message>
        <source>Clear &amp;urgent…</source>
        <translation>Oph&amp;æv akut…</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>{level} (assessed {day})</source>
        <translation>{level} (vurderet {day})</translation>
    </message>
    <message>
        <source>No coordinator chosen</source>
        <translation>Ingen tovholder valgt</translation>
    </message>
    <message>
        <source>{day}  {level} — {who}</source>
        <translation>{day}  {level} — {who}</translation>
    </message>
    <message>
        <source>(assessor unknown)</source>
        <translation>(ukendt vurderer)</translation>
    </message>
    <message>
        <source>{day}  {what} — {status}</source>
        <translation>{day}  {what} — {status}</translation>
    </message>
    <message>
        <source>No open deadlines</source>
        <translation>Ingen åbne frister</translation>
    </message>
    <message>
        <source>No consent problems</source>
        <translation>Ingen problemer med samtykke</translation>
    </message>
    <message>
        <source>{who}: no consent recorded</source>
        <translation>{who}: intet samtykke registreret</translation>
    </message>
    <message>
        <source>{who}: {purpose} expires {day}</source>
        <translation>{who}: {purpose} udløber {day}</translation>
    </message>
    <message>
        <source>{who}: {purpose} — {state}</source>
        <translation>{who}: {purpose} — {state}</translation>
    </message>
    <message>
        <source>Marked done: {what}</source>
        <translation>Markeret som udført: {what}</translation>
    </message>
    <message>
        <source>Risk assessment saved.</source>
        <translation>Risikovurderingen er gemt.</translation>
    </message>
    <message>
        <source>The case is marked urgent.</source>
        <translation>Sagen er markeret som akut.</translation>
    </message>
    <message>
        <source>Urgent cleared.</source>
        <translation>Sagen er ikke længere akut.</translation>
    </message>
    <message>
        <source>The person was added.</source>
        <translation>Personen er tilføjet.</translation>
    </message>
    <message>
        <source>The person was corrected.</source>
        <translation>Personen er rettet.</translation>
    </message>
    <message>
        <source>The person was removed as entered in error.</source>
        <translation>Personen er fjernet som fejlregistreret.</translation>
    </message>
    <message>
        <source>Underretning of {day} to {recipient} recorded.</source>
        <translation>Underretning af {day} til {recipient} er registreret.</translation>
    </message>
    <message>
        <source>The case facts were saved.</source>
        <translation>Sagsfakta er gemt.</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>Sagen er lukket.</translation>
    </message>
    <message>
        <source>The case was reopened.</source>
        <translation>Sagen er genåbnet.</translation>
    </message>
    <message>
        <source>(no address recorded)</source>
        <translation>(ingen adresse registreret)</translation>
    </message>
    <message>
        <source>The address was shown; the view is recorded.</source>
        <translation>Adressen blev vist; visningen er logget.</translation>
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
        <source>&amp;Language and country:</source>
        <translation>&amp;Sprog og land:</translation>
    </message>
    <message>
        <source>Decides the workbook&apos;s language, actor directory and consent forms.</source>
        <translation>Bestemmer værktøjets sprog, aktøroversigt og samtykkeerklæringer.</translation>
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
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Ret person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <source>Protected — kept as it is (show the address first to change it)</source>
        <translation>Beskyttet — bevares (vis adressen først for at ændre den)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Skriv personens navn.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>&amp;Protected address (never printed, hidden in lists)</source>
        <translation>&amp;Beskyttet adresse (udskrives aldrig, skjult i lister)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Fødselsdato:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>&amp;Plan:</source>
        <translation>Pla&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ve&amp;rsion:</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>Mål / handling</translation>
    </message>
    <message>
        <source>Life domain / responsible</source>
        <translation>Livsområde / ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Create pla&amp;n</source>
        <translation>Opret pla&amp;n</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Tilf&amp;øj mål…</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Tilføj han&amp;dling…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;et…</translation>
    </message>
    <message>
        <source>Correct the chosen goal or action</source>
        <translation>Ret det valgte mål eller den valgte handling</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Sæt &amp;status</translation>
    </message>
    <message>
        <source>&amp;Renew plan at review</source>
        <translation>Forn&amp;y planen ved opfølgning</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Handle&amp;plan</translation>
    </message>
    <message>
        <source>Child plan — {name}</source>
        <translation>Børneplan — {name}</translation>
    </message>
    <message>
        <source>Version {n} of {day}</source>
        <translation>Version {n} af {day}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(gældende)</translation>
    </message>
    <message>
        <source>No plan yet. Create one to add goals and actions.</source>
        <translation>Ingen plan endnu. Opret en for at tilføje mål og handlinger.</translation>
    </message>
    <message>
        <source>Made {day}</source>
        <translation>Lavet {day}</translation>
    </message>
    <message>
        <source>reviewed {day}</source>
        <translation>fulgt op {day}</translation>
    </message>
    <message>
        <source>next review {day}</source>
        <translation>næste opfølgning {day}</translation>
    </message>
    <message>
        <source>An earlier version: read only.</source>
        <translation>En tidligere version: kan kun læses.</translation>
    </message>
    <message>
        <source>After the effort: {text}</source>
        <translation>Efter indsatsen: {text}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — overskredet</translation>
    </message>
    <message>
        <source>Plan created.</source>
        <translation>Planen er oprettet.</translation>
    </message>
    <message>
        <source>Goal added.</source>
        <translation>Målet er tilføjet.</translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation>Handlingen er tilføjet.</translation>
    </message>
    <message>
        <source>Goal changed.</source>
        <translation>Målet er rettet.</translation>
    </message>
    <message>
        <source>Action changed.</source>
        <translation>Handlingen er rettet.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status er ændret.</translation>
    </message>
    <message>
        <source>Renew plan</source>
        <translation>Forny plan</translation>
    </message>
    <message>
        <source>Make version {n} from today? Open goals and their open actions are carried over; this version stays readable.</source>
        <translation>Lav version {n} fra i dag? Åbne mål og deres åbne handlinger føres med over; denne version kan stadig læses.</translation>
    </message>
    <message>
        <source>Plan renewed: a new version is current.</source>
        <translation>Planen er fornyet: en ny version gælder nu.</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Presentation text</source>
        <translation>Fremstillingstekst</translation>
    </message>
    <message>
        <source>Write the case as a group may hear it: no names, no dates of birth, no addresses, no phone numbers or e-mail addresses, no reference. Notes and assessments are never printed on the case presentation; only this text, once you have reviewed it.</source>
        <translation>Skriv sagen, som en gruppe må høre den: ingen navne, ingen fødselsdatoer, ingen adresser, ingen telefonnumre eller e-mailadresser, intet sagsnummer. Notater og afdækninger kommer aldrig med på sagsfremstillingen; kun denne tekst, når du har gennemgået den.</translation>
    </message>
    <message>
        <source>I have &amp;reviewed the text: it identifies no one</source>
        <translation>Jeg har &amp;gennemgået teksten: den identificerer ingen</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Your name and unit are printed as the issuer on plans and consent forms and recorded as who registered each entry. You can change them in Settings.</source>
        <translation>Dit navn og din enhed står som afsender på handleplaner og samtykkeerklæringer og registreres som den, der har oprettet hver registrering. Du kan ændre dem under Indstillinger.</translation>
    </message>
    <message>
        <source>e.g. Family unit, Example Municipality</source>
        <translation>f.eks. Familieafdelingen, Eksempel Kommune</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Dit navn:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>E&amp;nhed:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Field (tick to take theirs)</source>
        <translation>Felt (sæt flueben for at tage deres)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <source>Receive case</source>
        <translation>Modtag sag</translation>
    </message>
    <message>
        <source>From {name} ({fp}): case {ref}.</source>
        <translation>Fra {name} ({fp}): sag {ref}.</translation>
    </message>
    <message>
        <source>A new case here. Receive it?</source>
        <translation>En ny sag her. Vil du modtage den?</translation>
    </message>
    <message>
        <source>This case comes back: {n} fields differ. Tick the fields to take from their copy; every other field stays as it is here.</source>
        <translation>Sagen kommer tilbage: {n} felter er forskellige. Sæt flueben ved de felter, der skal tages fra deres kopi; alle andre felter bliver, som de er her.</translation>
    </message>
    <message>
        <source>Case {ref} received.</source>
        <translation>Sag {ref} er modtaget.</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrér samtykke</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Modtager:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Vælg mindst ét formål.</translation>
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
    <name>RekeyDialog</name>
    <message>
        <source>Re-encrypts the whole vault under a new key, with a new passphrase and a new recovery key. Afterwards, copies of the vault taken before, the old passphrase and the old recovery key no longer open it. Use it after a laptop or a backup was lost or stolen, or when someone who knew the passphrase has left.

Backups made before still open with the passphrase that was valid then: destroy them, or keep them locked away.</source>
        <translation>Krypterer hele boksen igen under en ny nøgle med en ny adgangsfrase og en ny gendannelsesnøgle. Bagefter kan kopier af boksen taget før, den gamle adgangsfrase og den gamle gendannelsesnøgle ikke længere åbne den. Brug det, når en bærbar eller en sikkerhedskopi er mistet eller stjålet, eller når en, der kendte adgangsfrasen, er stoppet.

Sikkerhedskopier taget før kan stadig åbnes med den adgangsfrase, der gjaldt dengang: destruér dem, eller opbevar dem aflåst.</translation>
    </message>
    <message>
        <source>&amp;Re-encrypt</source>
        <translation>&amp;Krypter igen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuværende adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y adgangsfrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>The vault is re-encrypted. This is your new recovery key; the old one no longer works. It is shown now and never again: write it on paper and keep it locked away, apart from the laptop.</source>
        <translation>Boksen er krypteret igen. Dette er din nye gendannelsesnøgle; den gamle virker ikke længere. Den vises nu og aldrig igen: skriv den på papir, og opbevar den aflåst, adskilt fra den bærbare.</translation>
    </message>
    <message>
        <source>I have &amp;written the new recovery key down</source>
        <translation>Jeg har &amp;skrevet den nye gendannelsesnøgle ned</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Skriv først den nuværende adgangsfrase.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De to nye adgangsfraser er forskellige.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>Krypterer boksen igen…</translation>
    </message>
    <message>
        <source>The vault was re-encrypted but could not be reopened. VNR Desk closes now: open it again with the NEW passphrase.</source>
        <translation>Boksen er krypteret igen, men kunne ikke åbnes på ny. VNR Desk lukker nu: åbn den igen med den NYE adgangsfrase.</translation>
    </message>
</context>
<context>
    <name>RemovePersonDialog</name>
    <message>
        <source>Remove as entered in error</source>
        <translation>Fjern som fejlregistreret</translation>
    </message>
    <message>
        <source>{name} is removed from the case&apos;s lists and printouts. The entry is kept in the audit log with the reason.</source>
        <translation>{name} fjernes fra sagens lister og udskrifter. Registreringen bevares i revisionssporet sammen med begrundelsen.</translation>
    </message>
    <message>
        <source>Reason, e.g. entered in the wrong case</source>
        <translation>Begrundelse, fx oprettet på den forkerte sag</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Skriv en begrundelse.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <source>No instrument (professional judgement only)</source>
        <translation>Intet værktøj (kun faglig vurdering)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— vælg —</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Fill in your name in Settings → Caseworker profile before assessing.</source>
        <translation>Udfyld dit navn under Indstillinger → Dig som sagsbehandler, før du vurderer.</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>Vurderet af:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Værktøj:</translation>
    </message>
    <message>
        <source>{day}  {level} — {who}</source>
        <translation>{day}  {level} — {who}</translation>
    </message>
    <message>
        <source>(assessor unknown)</source>
        <translation>(ukendt vurderer)</translation>
    </message>
    <message>
        <source>No earlier assessments</source>
        <translation>Ingen tidligere vurderinger</translation>
    </message>
    <message>
        <source>Risk &amp;level:</source>
        <translation>Risiko&amp;niveau:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Earlier assessments:</source>
        <translation>Tidligere vurderinger:</translation>
    </message>
    <message>
        <source>Saving marks the case urgent (coordination meeting within 24 hours).</source>
        <translation>Når du gemmer, markeres sagen som akut (koordineringsmøde inden for 24 timer).</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>Vælg risikoniveauet.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Coordinator contacts the crisis centre</source>
        <translation>Tovholder kontakter krisecentret</translation>
    </message>
    <message>
        <source>First visit and 3-month plan</source>
        <translation>Første besøg og plan for 3 måneder</translation>
    </message>
    <message>
        <source>Follow-up meeting after crisis-centre stay</source>
        <translation>Opfølgningsmøde efter krisecenterophold</translation>
    </message>
    <message>
        <source>Review the action plan</source>
        <translation>Opfølgning på handleplanen</translation>
    </message>
    <message>
        <source>Urgent coordination meeting</source>
        <translation>Akut koordineringsmøde</translation>
    </message>
    <message>
        <source>Reminder: no answer to letter</source>
        <translation>Påmindelse: intet svar på brev</translation>
    </message>
    <message>
        <source>Renew consent</source>
        <translation>Forny samtykke</translation>
    </message>
    <message>
        <source>Contact the children&apos;s unit: no answer to letter, children at home</source>
        <translation>Kontakt Børn og Familie: intet svar på brev, børn i hjemmet</translation>
    </message>
    <message>
        <source>Reassess the risk</source>
        <translation>Ny risikovurdering</translation>
    </message>
    <message>
        <source>Reassess the risk (urgent case)</source>
        <translation>Ny risikovurdering (akut sag)</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Handling i handleplanen</translation>
    </message>
    <message>
        <source>Cooperation group meets</source>
        <translation>Samarbejdsgruppen mødes</translation>
    </message>
    <message>
        <source>Cooperation group convened: meet within 24 hours</source>
        <translation>Samarbejdsgruppe indkaldt: mødes inden for 24 timer</translation>
    </message>
    <message>
        <source>Renew consent for {who} before {day}</source>
        <translation>Forny samtykke til {who} inden {day}</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <source>The PDF was saved:</source>
        <translation>PDF-filen er gemt:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Åbn mappe</translation>
    </message>
    <message>
        <source>When the citizen has signed the form</source>
        <translation>Når borgeren har underskrevet erklæringen</translation>
    </message>
    <message>
        <source>Form &amp;signed: record the consents</source>
        <translation>Erklæringen er &amp;underskrevet: registrér samtykkerne</translation>
    </message>
    <message>
        <source>Recipients ticked:</source>
        <translation>Modtagere med kryds:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Formål:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gyldig til og med:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Underskrevet &amp;den:</translation>
    </message>
    <message>
        <source>Consents recorded: {count}.</source>
        <translation>Registrerede samtykker: {count}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <source>The vault&apos;s language</source>
        <translation>Boksens sprog</translation>
    </message>
    <message>
        <source>Vault &amp;edition:</source>
        <translation>Boksens &amp;udgave:</translation>
    </message>
    <message>
        <source>L&amp;anguage on this laptop:</source>
        <translation>S&amp;prog på denne computer:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Et nyt sprog bruges fra næste start.</translation>
    </message>
    <message>
        <source>&amp;PDF folder:</source>
        <translation>&amp;PDF-mappe:</translation>
    </message>
    <message>
        <source>&amp;I am (for the Mine filter):</source>
        <translation>&amp;Jeg er (til filteret Mine):</translation>
    </message>
    <message>
        <source>Used for &quot;registered by&quot; and &quot;documented by&quot;</source>
        <translation>Bruges til &quot;registreret af&quot; og &quot;dokumenteret af&quot;</translation>
    </message>
    <message>
        <source>You as caseworker (stored in the vault):</source>
        <translation>Dig som sagsbehandler (gemt i boksen):</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Dit navn:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>E&amp;nhed:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Deadline rules for your municipality (stored in the vault):</source>
        <translation>Fristregler for jeres kommune (gemt i boksen):</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Forbind med en teamserver…</translation>
    </message>
    <message>
        <source>Share cases with colleagues through your team&apos;s server.</source>
        <translation>Del sager med kolleger gennem dit teams server.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiske sikkerhedskopier</translation>
    </message>
    <message>
        <source>No automatic backups</source>
        <translation>Ingen automatiske sikkerhedskopier</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <source>On lock and quit, when something has changed, a checked backup is written to this folder, and only the newest are kept. Files VNR Desk did not write there are never removed. Use a folder on another disk.</source>
        <translation>Ved lås og afslutning skrives en kontrolleret sikkerhedskopi til denne mappe, når noget er ændret, og kun de nyeste beholdes. Filer, som VNR Desk ikke selv har skrevet dér, fjernes aldrig. Brug en mappe på en anden disk.</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>Sikkerhedskopi &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Behold de nyeste:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(ikke valgt)</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>&amp;Team</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Tilslut en teamserver…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Unit &amp;cases and team deadlines…</source>
        <translation>&amp;Enhedens sager og teamets frister…</translation>
    </message>
</context>
<context>
    <name>TeamListsDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Opfølgning på handleplan</translation>
    </message>
    <message>
        <source>Plan action due</source>
        <translation>Indsats i handleplan forfalder</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Delt med</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Unit cases</source>
        <translation>Enhedens sager</translation>
    </message>
    <message>
        <source>Team deadlines</source>
        <translation>Teamets frister</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Last sync: {when} · changes waiting: {pending} · conflicts: {c}</source>
        <translation>Sidst synkroniseret: {when} · ventende ændringer: {pending} · konflikter: {c}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}.</source>
        <translation>Sendt {pushed}, modtaget {pulled}.</translation>
    </message>
    <message>
        <source>The team server did not answer; your work is kept on this laptop.</source>
        <translation>Teamserveren svarede ikke; dit arbejde er gemt på denne computer.</translation>
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
        <source>&amp;Forgot the passphrase?</source>
        <translation>&amp;Glemt adgangsfrasen?</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>Åbn med gendannelsesnøglen</translation>
    </message>
    <message>
        <source>Set the new passphrase and &amp;open</source>
        <translation>Sæt den nye adgangsfrase, og &amp;åbn</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Gendannelses&amp;nøgle:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny adgangsfrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Gentag:</translation>
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
        <source>The two new passphrases differ.</source>
        <translation>De to nye adgangsfraser er forskellige.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Åbner boksen…</translation>
    </message>
</context>
<context>
    <name>UrgentReasonDialog</name>
    <message>
        <source>Mark case urgent</source>
        <translation>Markér sagen som akut</translation>
    </message>
    <message>
        <source>Clear urgent</source>
        <translation>Ophæv akut</translation>
    </message>
    <message>
        <source>An urgent case calls for a coordination meeting within 24 hours.</source>
        <translation>En akut sag kræver et koordineringsmøde inden for 24 timer.</translation>
    </message>
    <message>
        <source>The case is no longer urgent. Say why; it is kept in the case.</source>
        <translation>Sagen er ikke længere akut. Skriv hvorfor; begrundelsen gemmes i sagen.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Skriv en begrundelse.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Træk samtykke tilbage</translation>
    </message>
    <message>
        <source>The citizen withdraws consent for {who}.</source>
        <translation>Borgeren trækker samtykket til {who} tilbage.</translation>
    </message>
    <message>
        <source>Only this purpose: {what}</source>
        <translation>Kun dette formål: {what}</translation>
    </message>
    <message>
        <source>Everything this consent covers: {what}</source>
        <translation>Alt, hvad samtykket dækker: {what}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Registreret af:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Træk tilbage</translation>
    </message>
    <message>
        <source>From today {who} may no longer receive: {what}.</source>
        <translation>Fra i dag må {who} ikke længere modtage: {what}.</translation>
    </message>
</context>
<context>
    <name>WithdrawGroupConsentDialog</name>
    <message>
        <source>Withdraw consent to share with the group</source>
        <translation>Tilbagekald samtykke til deling med gruppen</translation>
    </message>
    <message>
        <source>From this day on the case may no longer be shared with {group}.</source>
        <translation>Fra denne dag må sagen ikke længere deles med {group}.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Tilbagekaldt den:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Registreret af:</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Choose a case in the list, or create a new one (Ctrl+N).</source>
        <translation>Vælg en sag på listen, eller opret en ny (Ctrl+N).</translation>
    </message>
    <message>
        <source>{reference} — {citizen}</source>
        <translation>{reference} — {citizen}</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(lukket)</translation>
    </message>
    <message>
        <source>Handed over to {colleague} on {date}. The case is read-only here.</source>
        <translation>Overdraget til {colleague} den {date}. Sagen er skrivebeskyttet her.</translation>
    </message>
    <message>
        <source>Closed on {date}. The case is read-only; reopen it on the Overview to change it.</source>
        <translation>Lukket {date}. Sagen kan kun læses; genåbn den under Overblik for at ændre den.</translation>
    </message>
</context>
</TS>
