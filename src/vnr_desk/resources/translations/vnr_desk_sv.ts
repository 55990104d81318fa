<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <source>Add an actor under Actors and network first to make them responsible.</source>
        <translation>Lägg först till en aktör under Aktörer och nätverk för att kunna ge den ansvaret.</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Klart senast</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Vad det ledde till</translation>
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
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Add actor…</source>
        <translation>&amp;Lägg till aktör…</translation>
    </message>
    <message>
        <source>Make c&amp;oordinator ★</source>
        <translation>Gör till s&amp;amordnare ★</translation>
    </message>
    <message>
        <source>Set &amp;referral status</source>
        <translation>Ange &amp;remisstatus</translation>
    </message>
    <message>
        <source>&amp;Edit actor…</source>
        <translation>Ändra a&amp;ktör…</translation>
    </message>
    <message>
        <source>Actor director&amp;y…</source>
        <translation>Aktörsreg&amp;ister…</translation>
    </message>
    <message>
        <source>Actors in the case</source>
        <translation>Aktörer i ärendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Resource / risk</source>
        <translation>Resurs / risk</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Får kontaktas</translation>
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
        <translation>Lägg till i &amp;nätverket…</translation>
    </message>
    <message>
        <source>The citizen&apos;s network</source>
        <translation>Klientens nätverk</translation>
    </message>
    <message>
        <source>Ed&amp;it network member…</source>
        <translation>Än&amp;dra nätverksperson…</translation>
    </message>
    <message>
        <source>Ac&amp;tors and network</source>
        <translation>Ak&amp;törer och nätverk</translation>
    </message>
    <message>
        <source>Actor added.</source>
        <translation>Aktören är tillagd.</translation>
    </message>
    <message>
        <source>{name} is now the coordinator.</source>
        <translation>{name} är nu samordnare.</translation>
    </message>
    <message>
        <source>Referral status changed.</source>
        <translation>Remisstatus ändrad.</translation>
    </message>
    <message>
        <source>Added to the network.</source>
        <translation>Tillagd i nätverket.</translation>
    </message>
    <message>
        <source>Actor changed.</source>
        <translation>Aktören är ändrad.</translation>
    </message>
    <message>
        <source>Network member changed.</source>
        <translation>Nätverkspersonen är ändrad.</translation>
    </message>
</context>
<context>
    <name>AddActorDialog</name>
    <message>
        <source>Add actor</source>
        <translation>Lägg till aktör</translation>
    </message>
    <message>
        <source>From the &amp;directory</source>
        <translation>Från &amp;aktörsregistret</translation>
    </message>
    <message>
        <source>As a &amp;new actor</source>
        <translation>Som n&amp;y aktör</translation>
    </message>
    <message>
        <source>This actor is the &amp;coordinator</source>
        <translation>Denna aktör är samor&amp;dnare</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Aktör:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Role in the case:</source>
        <translation>&amp;Roll i ärendet:</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility:</source>
        <translation>An&amp;svar:</translation>
    </message>
    <message>
        <source>Referral s&amp;tatus:</source>
        <translation>Remiss&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Put the case on a group meeting&apos;s agenda</source>
        <translation>Sätt upp ärendet på dagordningen för ett gruppmöte</translation>
    </message>
    <message>
        <source>What you ask the group (no names)</source>
        <translation>Vad du frågar gruppen (inga namn)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Ny kartläggning</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Skattning (1–5)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words</source>
        <translation>Med klientens egna ord</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Hopes:</source>
        <translation>&amp;Förhoppningar:</translation>
    </message>
    <message>
        <source>D&amp;reams:</source>
        <translation>D&amp;römmar:</translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation>Res&amp;urser:</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Kartläggning:</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny kartläggning…</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words</source>
        <translation>Med klientens egna ord</translation>
    </message>
    <message>
        <source>The citizen&apos;s hopes, dreams and resources</source>
        <translation>Klientens förhoppningar, drömmar och resurser</translation>
    </message>
    <message>
        <source>Hopes:</source>
        <translation>Förhoppningar:</translation>
    </message>
    <message>
        <source>Dreams:</source>
        <translation>Drömmar:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Resurser:</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>Kart&amp;läggning</translation>
    </message>
    <message>
        <source>Assessment of {day}</source>
        <translation>Kartläggning {day}</translation>
    </message>
    <message>
        <source>a child</source>
        <translation>ett barn</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(senaste)</translation>
    </message>
    <message>
        <source>Previous, {day}</source>
        <translation>Föregående, {day}</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>Kartläggningen är sparad.</translation>
    </message>
</context>
<context>
    <name>BookMeetingDialog</name>
    <message>
        <source>Book a group meeting</source>
        <translation>Boka ett gruppmöte</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Var:</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel meeting</source>
        <translation>Ställ in mötet</translation>
    </message>
    <message>
        <source>{kind}, {when}. The meeting stays on the case, marked cancelled, and no longer counts for any deadline.</source>
        <translation>{kind}, {when}. Mötet finns kvar i ärendet, markerat som inställt, och räknas inte längre för någon tidsfrist.</translation>
    </message>
    <message>
        <source>e.g. the citizen is ill; moved to a new date</source>
        <translation>t.ex. klienten är sjuk; flyttat till ett nytt datum</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Cancel &amp;meeting</source>
        <translation>Ställ in &amp;mötet</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behåll mötet</translation>
    </message>
</context>
<context>
    <name>CaseActorDialog</name>
    <message>
        <source>Edit actor in the case</source>
        <translation>Ändra aktör i ärendet</translation>
    </message>
    <message>
        <source>The person the citizen can call</source>
        <translation>Den person som klienten kan ringa till</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Aktör:</translation>
    </message>
    <message>
        <source>&amp;Role in the case:</source>
        <translation>&amp;Roll i ärendet:</translation>
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
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
</context>
<context>
    <name>CaseFactsDialog</name>
    <message>
        <source>Case facts</source>
        <translation>Fakta om ärendet</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <source>Intake &amp;route:</source>
        <translation>&amp;Kontaktväg:</translation>
    </message>
    <message>
        <source>Crisis-centre admission:</source>
        <translation>Inskriven på skyddat boende:</translation>
    </message>
    <message>
        <source>Municipality notified:</source>
        <translation>Kommunen underrättad:</translation>
    </message>
    <message>
        <source>Discharged from the crisis centre:</source>
        <translation>Utskriven från skyddat boende:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Våldsformer:</translation>
    </message>
</context>
<context>
    <name>CaseGroupsDialog</name>
    <message>
        <source>The case in cooperation groups</source>
        <translation>Ärendet i samverkansgrupper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Samtycke till delning</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Sammankallad</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrera &amp;samtycke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Återkalla samtycke…</translation>
    </message>
    <message>
        <source>&amp;Urgent: convene within 24 hours…</source>
        <translation>&amp;Brådskande: sammankalla inom 24 timmar…</translation>
    </message>
    <message>
        <source>Put on &amp;agenda…</source>
        <translation>Sätt upp på &amp;dagordningen…</translation>
    </message>
    <message>
        <source>&amp;Presentation text…</source>
        <translation>D&amp;ragningstext…</translation>
    </message>
    <message>
        <source>A case is shared with a group only with the citizen&apos;s consent to share with that group. External groups see only the de-identified case presentation.</source>
        <translation>Ett ärende delas med en grupp bara om klienten har samtyckt till delning med just den gruppen. Externa grupper ser bara den avidentifierade ärendedragningen.</translation>
    </message>
    <message>
        <source>{day} (met)</source>
        <translation>{day} (har mötts)</translation>
    </message>
    <message>
        <source>{day} (to meet within 24 hours)</source>
        <translation>{day} (ska mötas inom 24 timmar)</translation>
    </message>
    <message>
        <source>The citizen has not consented to sharing this case with the group. Nothing was shared. Record the consent first.</source>
        <translation>Klienten har inte samtyckt till att ärendet delas med gruppen. Inget har delats. Registrera samtycket först.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Samtycket är registrerat.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Samtycket är återkallat.</translation>
    </message>
    <message>
        <source>The group is convened: it must meet within 24 hours.</source>
        <translation>Gruppen är sammankallad: den ska mötas inom 24 timmar.</translation>
    </message>
    <message>
        <source>The group has no meeting booked: book one under Cooperation groups.</source>
        <translation>Gruppen har inget bokat möte: boka ett under Samverkansgrupper.</translation>
    </message>
    <message>
        <source>The case is on the agenda.</source>
        <translation>Ärendet är uppsatt på dagordningen.</translation>
    </message>
    <message>
        <source>Presentation text saved.</source>
        <translation>Dragningstexten är sparad.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search reference, name or note text…</source>
        <translation>Sök ärendenummer, namn eller anteckningstext…</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Akut</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Försenade</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mina</translation>
    </message>
    <message>
        <source>Cases where you are the coordinator</source>
        <translation>Ärenden där du är samordnare</translation>
    </message>
    <message>
        <source>C&amp;losed too</source>
        <translation>Även a&amp;vslutade</translation>
    </message>
    <message>
        <source>Urgent case</source>
        <translation>Akut ärende</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
</context>
<context>
    <name>ChildConcernDialog</name>
    <message>
        <source>Concern for a child (underretning)</source>
        <translation>Oro för ett barn (orosanmälan)</translation>
    </message>
    <message>
        <source>e.g. Børn og Familie</source>
        <translation>t.ex. barn- och familjeenheten</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Skickad &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>Skickad &amp;till:</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Enter who the report was sent to.</source>
        <translation>Skriv vem orosanmälan skickades till.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Avsluta ärende</translation>
    </message>
    <message>
        <source>e.g. goals reached, moved to another municipality</source>
        <translation>t.ex. målen är uppnådda, flyttat till en annan kommun</translation>
    </message>
    <message>
        <source>e.g. the adult unit, the citizen&apos;s GP</source>
        <translation>t.ex. vuxenenheten, klientens vårdcentral</translation>
    </message>
    <message>
        <source>The citizen&apos;s plan for when the effort ends (printed on the plan)</source>
        <translation>Klientens plan för tiden efter insatsen (skrivs ut på handlingsplanen)</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Avslutat &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>&amp;Who takes over:</source>
        <translation>&amp;Vem tar över:</translation>
    </message>
    <message>
        <source>&amp;After the effort:</source>
        <translation>&amp;Efter insatsen:</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>&amp;Add card…</source>
        <translation>&amp;Lägg till kort…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kollegor</translation>
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
        <translation>Lägga till {name} ({unit})?

Fingeravtryck:
{fp}

Svara bara ja om detta är exakt det fingeravtryck som din kollega läser upp för dig i telefon eller visar dig personligen.</translation>
    </message>
    <message>
        <source>Remove {name} from your colleagues?</source>
        <translation>Ta bort {name} från dina kollegor?</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Före (utgångsläge)</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>Min (den här datorn)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behåll &amp;deras</translation>
    </message>
    <message>
        <source>…or type the value that should stand</source>
        <translation>…eller skriv det värde som ska gälla</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Använd det här värdet</translation>
    </message>
    <message>
        <source>Sync conflicts: nothing was overwritten</source>
        <translation>Synkroniseringskonflikter: inget har skrivits över</translation>
    </message>
    <message>
        <source>Both changed the same field</source>
        <translation>Båda har ändrat samma fält</translation>
    </message>
    <message>
        <source>Changed on both sides, merged — please review</source>
        <translation>Ändrat på båda håll och sammanfogat – granska</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message>
        <source>Theirs ({name})</source>
        <translation>Deras ({name})</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Löst.</translation>
    </message>
</context>
<context>
    <name>ConsentGridModel</name>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Expires {day}</source>
        <translation>Upphör {day}</translation>
    </message>
    <message>
        <source>(valid until {day})</source>
        <translation>(giltigt till {day})</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrera samtycke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <source>Green: valid · Amber: expires soon · Grey: expired · Red: withdrawn · Dashed: none recorded</source>
        <translation>Grön: giltigt · Gul: upphör snart · Grå: har upphört · Röd: återkallat · Streckad: inget registrerat</translation>
    </message>
    <message>
        <source>No one to record consent for yet. Add an actor or someone from the citizen&apos;s network under Actors and network first.</source>
        <translation>Det finns ännu ingen att registrera samtycke för. Lägg först till en aktör eller någon ur klientens nätverk under Aktörer och nätverk.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Documented / recorded by</source>
        <translation>Dokumenterat / registrerat av</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Samtycke</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Förnyat</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>History for {who}</source>
        <translation>Historik för {who}</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Samtycket är registrerat.</translation>
    </message>
    <message>
        <source>Consent withdrawn from today.</source>
        <translation>Samtycket är återkallat från och med i dag.</translation>
    </message>
</context>
<context>
    <name>ConsentTerms</name>
    <message>
        <source>&amp;Written (signed form)</source>
        <translation>&amp;Skriftligt (underskriven blankett)</translation>
    </message>
    <message>
        <source>&amp;Oral</source>
        <translation>&amp;Muntligt</translation>
    </message>
    <message>
        <source>Who heard and documented it</source>
        <translation>Vem som hörde och dokumenterade det</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Upphör den</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>&amp;Documented by:</source>
        <translation>&amp;Dokumenterat av:</translation>
    </message>
    <message>
        <source>Oral consent must say who documented it.</source>
        <translation>Vid muntligt samtycke ska det framgå vem som dokumenterade det.</translation>
    </message>
    <message>
        <source>The expiry date must come after the day it was given.</source>
        <translation>Slutdatumet måste ligga efter den dag samtycket lämnades.</translation>
    </message>
</context>
<context>
    <name>ConveneDialog</name>
    <message>
        <source>Convene within 24 hours</source>
        <translation>Sammankalla inom 24 timmar</translation>
    </message>
    <message>
        <source>{group} is convened to meet about this case within 24 hours. The deadline shows in the due list until a group meeting has the case on its agenda.</source>
        <translation>{group} sammankallas till möte om ärendet inom 24 timmar. Fristen syns under Tidsfrister tills ett gruppmöte har ärendet på dagordningen.</translation>
    </message>
    <message>
        <source>Why it is urgent (for the case record)</source>
        <translation>Varför det är brådskande (för ärendets journal)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision as an action in the plan</source>
        <translation>Beslut som åtgärd i planen</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Ändra beslut</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>Klart &amp;senast</translation>
    </message>
    <message>
        <source>A new goal, worded like the decision</source>
        <translation>Ett nytt mål, formulerat som beslutet</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Life domain of a new goal:</source>
        <translation>&amp;Livsområde för ett nytt mål:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Actor directory</source>
        <translation>Aktörsregister</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Utgått</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny aktör…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Markera som &amp;utgått</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Ta i bruk igen</translation>
    </message>
    <message>
        <source>Entry added.</source>
        <translation>Aktören har lagts till i registret.</translation>
    </message>
    <message>
        <source>Entry changed.</source>
        <translation>Aktören är ändrad.</translation>
    </message>
    <message>
        <source>{name} is retired: no longer offered for new cases.</source>
        <translation>{name} har utgått och erbjuds inte längre för nya ärenden.</translation>
    </message>
    <message>
        <source>{name} is offered again.</source>
        <translation>{name} erbjuds igen.</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <source>Edit directory entry</source>
        <translation>Ändra aktör i registret</translation>
    </message>
    <message>
        <source>New directory entry</source>
        <translation>Ny aktör i registret</translation>
    </message>
    <message>
        <source>What they can offer the citizen</source>
        <translation>Vad de kan erbjuda klienten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>En&amp;het:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Offers:</source>
        <translation>Erb&amp;juder:</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>Kasta ändringarna?</translation>
    </message>
    <message>
        <source>What you entered in this window will be lost.</source>
        <translation>Det du har skrivit i det här fönstret går förlorat.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>DomainWheel</name>
    <message>
        <source>No assessment yet</source>
        <translation>Ingen kartläggning ännu</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denna vecka</translation>
    </message>
    <message>
        <source>Later this month</source>
        <translation>Senare den här månaden</translation>
    </message>
    <message>
        <source>(group)</source>
        <translation>(grupp)</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>&amp;Mark done…</source>
        <translation>Mark&amp;era som klar…</translation>
    </message>
    <message>
        <source>Record what completed the selected deadline, with date and remark</source>
        <translation>Registrera vad som uppfyllde den valda tidsfristen, med datum och kommentar</translation>
    </message>
    <message>
        <source>Marked done: {what}</source>
        <translation>Markerad som klar: {what}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The recovery key is mistyped. Check each group of four characters.</source>
        <translation>Återställningsnyckeln är felskriven. Kontrollera varje grupp om fyra tecken.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Den återställningsnyckeln öppnar inte det här valvet.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Fel lösenfras. Försök igen.</translation>
    </message>
    <message>
        <source>The vault is damaged or has been tampered with. Do not type more into it: restore it from a backup.</source>
        <translation>Valvet är skadat eller har manipulerats. Skriv inte mer i det: återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The vault was saved by a newer VNR Desk. Update the program to open it.</source>
        <translation>Valvet sparades av en nyare VNR Desk. Uppdatera programmet för att öppna det.</translation>
    </message>
    <message>
        <source>The vault is already open in another VNR Desk window.</source>
        <translation>Valvet är redan öppet i ett annat VNR Desk-fönster.</translation>
    </message>
    <message>
        <source>The disk is full: free space. Nothing was lost.</source>
        <translation>Disken är full: frigör utrymme. Inget har gått förlorat.</translation>
    </message>
    <message>
        <source>The vault is on read-only media: it can be read but not changed.</source>
        <translation>Valvet ligger på ett skrivskyddat medium: det kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space.</source>
        <translation>Disken är full, så ändringen kunde inte sparas. Frigör lite utrymme.</translation>
    </message>
    <message>
        <source>The case has been handed over and is read-only here. Nothing was changed.</source>
        <translation>Ärendet är överlämnat och skrivskyddat här. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The change was not saved: {detail}</source>
        <translation>Ändringen sparades inte: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing typed has been lost.</source>
        <translation>Något gick fel ({kind}). Inget av det du skrivit har gått förlorat.</translation>
    </message>
    <message>
        <source>That folder holds a vault. Choose another folder.</source>
        <translation>Mappen innehåller ett valv. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>That file is part of a vault and is never replaced.</source>
        <translation>Filen är en del av ett valv och ersätts aldrig.</translation>
    </message>
    <message>
        <source>That file is a backup and is never replaced.</source>
        <translation>Filen är en säkerhetskopia och ersätts aldrig.</translation>
    </message>
    <message>
        <source>That file is read-only and is not replaced.</source>
        <translation>Filen är skrivskyddad och ersätts inte.</translation>
    </message>
    <message>
        <source>That is a folder. Choose a file name.</source>
        <translation>Det är en mapp. Välj ett filnamn.</translation>
    </message>
    <message>
        <source>That is not an ordinary file. Choose a file name.</source>
        <translation>Det är inte en vanlig fil. Välj ett filnamn.</translation>
    </message>
    <message>
        <source>A backup never replaces a file. Choose a new name.</source>
        <translation>En säkerhetskopia ersätter aldrig en fil. Välj ett nytt namn.</translation>
    </message>
    <message>
        <source>That file exists and holds something else. Choose another name.</source>
        <translation>Filen finns redan och innehåller något annat. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>That file exists. Choose another name.</source>
        <translation>Filen finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>Cannot write in that folder: it is read-only or not yours.</source>
        <translation>Kan inte skriva i mappen: den är skrivskyddad eller inte din.</translation>
    </message>
    <message>
        <source>That file cannot be written there.</source>
        <translation>Filen kan inte skrivas där.</translation>
    </message>
    <message>
        <source>{reason} Nothing was written.</source>
        <translation>{reason} Inget skrevs.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>Dagordning för möte</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Mötesprotokoll</translation>
    </message>
    <message>
        <source>Consent form for signature</source>
        <translation>Samtyckesblankett för underskrift</translation>
    </message>
    <message>
        <source>Coordination summary</source>
        <translation>Sammanfattning av samordningen</translation>
    </message>
    <message>
        <source>Access report (GDPR art. 15)</source>
        <translation>Registerutdrag (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Coordinated individual plan (SIP)</source>
        <translation>Samordnad individuell plan (SIP)</translation>
    </message>
    <message>
        <source>Case presentation for a cooperation group (de-identified)</source>
        <translation>Ärendedragning för en samverkansgrupp (avidentifierad)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print / PDF — VNR Desk</source>
        <translation>Skriv ut / PDF — VNR Desk</translation>
    </message>
    <message>
        <source>Only what the recipient may see is printed: consent decides. A printed page may be read by others, so keep it safe.</source>
        <translation>Bara det som mottagaren får se skrivs ut: samtycket avgör. En utskrift kan läsas av andra, så förvara den säkert.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Samtyckesblankett</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Mott&amp;agare:</translation>
    </message>
    <message>
        <source>P&amp;urposes:</source>
        <translation>Ä&amp;ndamål:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Giltigt t&amp;ill och med:</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Internt bruk</translation>
    </message>
    <message>
        <source>(the next or latest)</source>
        <translation>(nästa eller senaste)</translation>
    </message>
    <message>
        <source>The adult&apos;s plan</source>
        <translation>Den vuxnes handlingsplan</translation>
    </message>
    <message>
        <source>Child&apos;s plan: {name}</source>
        <translation>Plan för barn: {name}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Tick at least one recipient and one purpose.</source>
        <translation>Kryssa för minst en mottagare och ett ändamål.</translation>
    </message>
    <message>
        <source>{who} has not consented to receive this document. Nothing was written. Record the consent on the Consent tab first.</source>
        <translation>{who} har inte samtycke till att ta emot detta dokument. Inget skrevs. Registrera först samtycket under fliken Samtycke.</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>dagordning</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>protokoll</translation>
    </message>
    <message>
        <source>consent-form</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>access</source>
        <translation>registerutdrag</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Too short: use at least {n} characters, e.g. four unrelated words.</source>
        <translation>För kort: använd minst {n} tecken, t.ex. fyra ord som inte hänger ihop.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Svag: lägg till ett eller två ord till.</translation>
    </message>
    <message>
        <source>Fair: one more word makes it strong.</source>
        <translation>Godtagbar: ett ord till gör den stark.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>The goal in the citizen&apos;s own words</source>
        <translation>Målet med klientens egna ord</translation>
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
        <translation>Samtycke till delning med gruppen</translation>
    </message>
    <message>
        <source>The citizen agrees that the case may be shared with {group}.</source>
        <translation>Klienten samtycker till att ärendet får delas med {group}.</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Lämnat den:</translation>
    </message>
</context>
<context>
    <name>GroupEditDialog</name>
    <message>
        <source>Edit cooperation group</source>
        <translation>Ändra samverkansgrupp</translation>
    </message>
    <message>
        <source>New cooperation group</source>
        <translation>Ny samverkansgrupp</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>One member unit a line, e.g.
Vuxenenheten: Ebba Warntoft
Skolan</source>
        <translation>En medlemsenhet per rad, t.ex.
Vuxenenheten: Ebba Warntoft
Skolan</translation>
    </message>
    <message>
        <source>Internal groups meet every 6 weeks and external groups twice a year unless you change it. The next meeting shows in the due list.</source>
        <translation>Interna grupper möts var sjätte vecka och externa grupper två gånger om året, om du inte ändrar det. Nästa möte syns under Tidsfrister.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation>Mötes&amp;intervall:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmar:</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Ge gruppen ett namn.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>every {n}. week</source>
        <translation>med {n} veckors mellanrum</translation>
    </message>
    <message>
        <source>every {n}. day</source>
        <translation>med {n} dagars mellanrum</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Cooperation groups</source>
        <translation>Samverkansgrupper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Möts</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Next meeting due</source>
        <translation>Nästa möte senast</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>Ärenden på dagordningen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Ny grupp…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Book meeting…</source>
        <translation>&amp;Boka möte…</translation>
    </message>
    <message>
        <source>&amp;Retire group</source>
        <translation>&amp;Avveckla gruppen</translation>
    </message>
    <message>
        <source>Meetings of the selected group</source>
        <translation>Den valda gruppens möten</translation>
    </message>
    <message>
        <source>Group added.</source>
        <translation>Gruppen är tillagd.</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>Gruppen är sparad.</translation>
    </message>
    <message>
        <source>Meeting booked.</source>
        <translation>Mötet är bokat.</translation>
    </message>
    <message>
        <source>Group retired.</source>
        <translation>Gruppen är avvecklad.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Keep the case here, read-only</source>
        <translation>Behåll ärendet här, skrivskyddat</translation>
    </message>
    <message>
        <source>Close the case here</source>
        <translation>Avsluta ärendet här</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Ärende:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Därefter:</translation>
    </message>
    <message>
        <source>Hand over case</source>
        <translation>Lämna över ärende</translation>
    </message>
    <message>
        <source>The case is encrypted so that only this colleague can open it, and signed by you. The file can be sent by e-mail.</source>
        <translation>Ärendet krypteras så att bara den här kollegan kan öppna det, och signeras av dig. Filen kan skickas med e-post.</translation>
    </message>
    <message>
        <source>Handover bundle (*.vnrcase)</source>
        <translation>Överlämningspaket (*.vnrcase)</translation>
    </message>
    <message>
        <source>Add the colleague under Colleagues… first.</source>
        <translation>Lägg först till kollegan under Kollegor….</translation>
    </message>
    <message>
        <source>Case {ref} handed over to {name}:
{path}</source>
        <translation>Ärende {ref} är överlämnat till {name}:
{path}</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Refused: the bundle is signed by someone who is not on your colleague list. Add their contact card (and compare the fingerprint) first.

{detail}</source>
        <translation>Avvisat: paketet är signerat av någon som inte finns på din kollegelista. Lägg först till personens kontaktkort (och jämför fingeravtrycket).

{detail}</translation>
    </message>
    <message>
        <source>Refused: the bundle is encrypted to another recipient, not to you.</source>
        <translation>Avvisat: paketet är krypterat till en annan mottagare, inte till dig.</translation>
    </message>
    <message>
        <source>Refused: the bundle was signed for another recipient and re-encrypted to you.</source>
        <translation>Avvisat: paketet signerades för en annan mottagare och krypterades om till dig.</translation>
    </message>
    <message>
        <source>Refused: another case already has this reference here. Nothing was changed.

{detail}</source>
        <translation>Avvisat: ett annat ärende har redan detta ärendenummer här. Inget har ändrats.

{detail}</translation>
    </message>
    <message>
        <source>This case has already been received. Nothing was changed.</source>
        <translation>Ärendet har redan tagits emot. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle is incomplete (cut off). Ask the sender to send it again.</source>
        <translation>Paketet är ofullständigt (avbrutet). Be avsändaren skicka det igen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: it was altered or forged.</source>
        <translation>Paketets signatur är inte giltig: det har ändrats eller förfalskats.</translation>
    </message>
    <message>
        <source>This is not a VNR Desk handover bundle.</source>
        <translation>Detta är inte ett överlämningspaket från VNR Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged or has been tampered with. Ask the sender for a new one.</source>
        <translation>Paketet är skadat eller har manipulerats. Be avsändaren om ett nytt.</translation>
    </message>
    <message>
        <source>The case has been handed over and is read-only here.</source>
        <translation>Ärendet är överlämnat och skrivskyddat här.</translation>
    </message>
    <message>
        <source>Here: {ref}, opened {here}.
From {sender}: {ref}, opened {theirs}.</source>
        <translation>Här: {ref}, öppnat {here}.
Från {sender}: {ref}, öppnat {theirs}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>Handover bundle (*.vnrcase)</source>
        <translation>Överlämningspaket (*.vnrcase)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>The start of every new reference; kept for the next case</source>
        <translation>Början på varje nytt ärendenummer; sparas till nästa ärende</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Prefix and &amp;reference:</source>
        <translation>Prefix och ärendenu&amp;mmer:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>Öppn&amp;at:</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>&amp;Add child or other person…</source>
        <translation>Lägg till barn eller annan &amp;person…</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Ta bort från &amp;listan</translation>
    </message>
    <message>
        <source>Children, person using violence, household</source>
        <translation>Barn, våldsutövare, hushåll</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <source>The 3-day contact deadline runs from this date when it is recorded</source>
        <translation>Tidsfristen på 3 dagar för kontakt räknas från det här datumet när det är registrerat</translation>
    </message>
    <message>
        <source>&amp;Urgent case (the coordination group meets within 24 hours)</source>
        <translation>Ak&amp;ut ärende (samverkansgruppen träffas inom 24 timmar)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Aktualisering</translation>
    </message>
    <message>
        <source>Intake &amp;route:</source>
        <translation>&amp;Kontaktväg:</translation>
    </message>
    <message>
        <source>Crisis-centre admission:</source>
        <translation>Inskriven på skyddat boende:</translation>
    </message>
    <message>
        <source>Municipality notified:</source>
        <translation>Kommunen underrättad:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Våldsformer:</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name.</source>
        <translation>Skriv klientens namn.</translation>
    </message>
    <message>
        <source>Enter a reference for the case.</source>
        <translation>Skriv ett ärendenummer.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join your team&apos;s server to share cases with colleagues. You keep working offline; changes are exchanged when you sync. Your IT department gives you the address, your user name and a join secret that works once.</source>
        <translation>Anslut till ditt teams server för att dela ärenden med kollegor. Du arbetar vidare offline; ändringar utbyts när du synkroniserar. IT-avdelningen ger dig adressen, ditt användarnamn och en anslutningskod som bara fungerar en gång.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradress:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Join secret:</source>
        <translation>Anslutnings&amp;kod:</translation>
    </message>
    <message>
        <source>Fill in all three fields.</source>
        <translation>Fyll i alla tre fälten.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>edited {day}</source>
        <translation>ändrad {day}</translation>
    </message>
    <message>
        <source>Search this case&apos;s notes…</source>
        <translation>Sök i ärendets anteckningar…</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <source>Write the note here. It is saved as you type.</source>
        <translation>Skriv anteckningen här. Den sparas medan du skriver.</translation>
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
        <translation>Koppla anteckningen till ett barn i ärendet</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Written {when}</source>
        <translation>Skriven {when}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Victim-survivor</source>
        <translation>Våldsutsatt</translation>
    </message>
    <message>
        <source>Person using violence</source>
        <translation>Våldsutövare</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Other household member</source>
        <translation>Annan person i hushållet</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Polisanmälan</translation>
    </message>
    <message>
        <source>Emergency room</source>
        <translation>Akutmottagning</translation>
    </message>
    <message>
        <source>PSP (police, social services, psychiatry)</source>
        <translation>PSP (polis, socialtjänst, psykiatri)</translation>
    </message>
    <message>
        <source>Crisis-centre admission</source>
        <translation>Vistelse på skyddat boende</translation>
    </message>
    <message>
        <source>Jobcentre</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Anonymous counselling</source>
        <translation>Anonym rådgivning</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Egen kontakt</translation>
    </message>
    <message>
        <source>Concerned third party</source>
        <translation>Orolig tredje part</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Fysiskt</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psykiskt</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Sexuellt</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Ekonomiskt</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiellt</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation>Förföljelse/trakasserier</translation>
    </message>
    <message>
        <source>Honour-related</source>
        <translation>Hedersrelaterat</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Försummelse</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Children and parenting</source>
        <translation>Barn och föräldraskap</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk hälsa</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Missbruk</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Juridiska frågor</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staten</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamhället</translation>
    </message>
    <message>
        <source>Private provider</source>
        <translation>Privat utförare</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitterad</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resurs</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Resource and risk</source>
        <translation>Resurs och risk</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Share information</source>
        <translation>Lämna ut uppgifter</translation>
    </message>
    <message>
        <source>Invite to meeting</source>
        <translation>Bjuda in till möte</translation>
    </message>
    <message>
        <source>Receive action plan</source>
        <translation>Få handlingsplanen</translation>
    </message>
    <message>
        <source>Receive case summary</source>
        <translation>Få sammanfattning av ärendet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Upphör snart</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Har upphört</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Adult plan</source>
        <translation>Plan för vuxen</translation>
    </message>
    <message>
        <source>Child plan</source>
        <translation>Plan för barn</translation>
    </message>
    <message>
        <source>Coordinated individual plan (SIP)</source>
        <translation>Samordnad individuell plan (SIP)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Samordning</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Nätverksmöte</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Joint job and action plan</source>
        <translation>Gemensam handlingsplan</translation>
    </message>
    <message>
        <source>Internal coordination group</source>
        <translation>Intern samverkansgrupp</translation>
    </message>
    <message>
        <source>Urgent meeting</source>
        <translation>Akut möte</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Första besöket</translation>
    </message>
    <message>
        <source>External coordination group</source>
        <translation>Extern samverkansgrupp</translation>
    </message>
    <message>
        <source>SIP meeting</source>
        <translation>SIP-möte</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Senast i dag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Tidsfrister</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>Skriv &amp;ut / PDF…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Säkerhetskopiera…</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importera ärendefil…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inställnin&amp;gar…</translation>
    </message>
    <message>
        <source>Change passphrase and lock &amp;out old copies…</source>
        <translation>Byt lösenfras och stäng ute gamla ko&amp;pior…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>My &amp;contact card…</source>
        <translation>Mitt &amp;kontaktkort…</translation>
    </message>
    <message>
        <source>C&amp;olleagues…</source>
        <translation>K&amp;ollegor…</translation>
    </message>
    <message>
        <source>&amp;Hand over case…</source>
        <translation>Lä&amp;mna över ärende…</translation>
    </message>
    <message>
        <source>&amp;Receive case…</source>
        <translation>&amp;Ta emot ärende…</translation>
    </message>
    <message>
        <source>Cooperation &amp;groups…</source>
        <translation>Sam&amp;verkansgrupper…</translation>
    </message>
    <message>
        <source>This case in cooperation g&amp;roups…</source>
        <translation>Ärendet i samverkansg&amp;rupper…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Hitta ärende</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About VNR Desk</source>
        <translation>&amp;Om VNR Desk</translation>
    </message>
    <message>
        <source>Add &amp;demo cases…</source>
        <translation>Lägg till &amp;demoärenden…</translation>
    </message>
    <message>
        <source>&amp;Remove demo cases…</source>
        <translation>Ta &amp;bort demoärenden…</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Nästa / föregående flik</translation>
    </message>
    <message>
        <source>New journal note</source>
        <translation>Ny journalanteckning</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Flytta mellan fält</translation>
    </message>
    <message>
        <source>Underlined letter of a button or field</source>
        <translation>Understruken bokstav på knapp eller fält</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+bokstav</translation>
    </message>
    <message>
        <source>VNR Desk backup (*.vnrbackup)</source>
        <translation>VNR Desk-säkerhetskopia (*.vnrbackup)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Skriver och kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <source>Backup written and checked:
{path}</source>
        <translation>Säkerhetskopian är skriven och kontrollerad:
{path}</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Ärendefiler (*.json)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>{n} case(s) imported.</source>
        <translation>{n} ärende(n) importerade.</translation>
    </message>
    <message>
        <source>Add fictional demo cases to this vault (for training). How many?</source>
        <translation>Lägga till påhittade demoärenden i valvet (för övning)? Hur många?</translation>
    </message>
    <message>
        <source>Making demo cases…</source>
        <translation>Skapar demoärenden…</translation>
    </message>
    <message>
        <source>{n} demo cases added.</source>
        <translation>{n} demoärenden tillagda.</translation>
    </message>
    <message>
        <source>This vault holds real cases: demo cases go into an empty vault.</source>
        <translation>Det här valvet innehåller riktiga ärenden: demoärenden kan bara läggas i ett tomt valv.</translation>
    </message>
    <message>
        <source>Remove the {n} demo cases and everything recorded in them? Real cases are not touched.</source>
        <translation>Ta bort de {n} demoärendena och allt som har registrerats i dem? Riktiga ärenden påverkas inte.</translation>
    </message>
    <message>
        <source>{n} demo cases removed.</source>
        <translation>{n} demoärenden har tagits bort.</translation>
    </message>
    <message>
        <source>VNR Desk {version}

Encrypted, offline case workbook for coordinated work on violence in close relationships.

Vault folder: {folder}</source>
        <translation>VNR Desk {version}

Krypterat ärendeverktyg utan nätanslutning för samordnat arbete mot våld i nära relationer.

Valvets mapp: {folder}</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öppna ett ärende först.</translation>
    </message>
    <message>
        <source>Text typed in {where} could not be saved before the lock: {why}</source>
        <translation>Text som skrevs i {where} kunde inte sparas före låsningen: {why}</translation>
    </message>
    <message>
        <source>It still cannot be saved ({why}). It is kept in memory only, not on disk, and saved as soon as it can be: free some disk space and do not quit until this says it has been saved.</source>
        <translation>Den kan fortfarande inte sparas ({why}). Den finns bara i minnet, inte på disken, och sparas så snart det går: frigör diskutrymme och avsluta inte förrän det här står att den har sparats.</translation>
    </message>
    <message>
        <source>The text that could not be saved has now been saved.</source>
        <translation>Texten som inte kunde sparas har nu sparats.</translation>
    </message>
    <message>
        <source>{n} piece(s) of typed text could not be saved (is the disk full?). Quitting now loses it. Quit anyway?</source>
        <translation>{n} text(er) kunde inte sparas (är disken full?). Avslutar du nu går de förlorade. Avsluta ändå?</translation>
    </message>
    <message>
        <source>The last automatic backup to {folder} could not be written. The vault was locked as usual and nothing was lost. Check the backup folder in Settings, or make a backup now.</source>
        <translation>Den senaste automatiska säkerhetskopian till {folder} kunde inte skrivas. Valvet låstes som vanligt och inget har gått förlorat. Kontrollera mappen för säkerhetskopior under Inställningar, eller säkerhetskopiera nu.</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark deadline done</source>
        <translation>Markera tidsfristen som klar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt;&lt;br&gt;Case {case}</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt;&lt;br&gt;Ärende {case}</translation>
    </message>
    <message>
        <source>Who did what, e.g. “Phoned the crisis centre”</source>
        <translation>Vem gjorde vad, t.ex. ”Ringde det skyddade boendet”</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>Klar &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>Ändra m&amp;öte…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel meeting…</source>
        <translation>Ställ &amp;in möte…</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Bjud in</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta bort &amp;deltagare</translation>
    </message>
    <message>
        <source>Take the chosen participant off the list</source>
        <translation>Ta bort den valda deltagaren från listan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Ny punkt på dagordningen</translation>
    </message>
    <message>
        <source>Add agenda i&amp;tem</source>
        <translation>Lägg till p&amp;unkt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Minutes. They are saved as you type.</source>
        <translation>Protokoll. Det sparas medan du skriver.</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>protokollet</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>P&amp;rotokoll</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nytt beslut</translation>
    </message>
    <message>
        <source>Also make it an action in the &amp;plan, under a new goal in:</source>
        <translation>Gör det också till en åtgärd i &amp;planen, under ett nytt mål inom:</translation>
    </message>
    <message>
        <source>Add &amp;decision</source>
        <translation>Lägg till b&amp;eslut</translation>
    </message>
    <message>
        <source>As an a&amp;ction…</source>
        <translation>Som &amp;åtgärd…</translation>
    </message>
    <message>
        <source>Add the decision as an action under an existing or a new goal</source>
        <translation>Lägg till beslutet som åtgärd under ett befintligt eller ett nytt mål</translation>
    </message>
    <message>
        <source>Edit decisio&amp;n…</source>
        <translation>Ändra bes&amp;lut…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <source>{kind}, {when} — {place}</source>
        <translation>{kind}, {when} — {place}</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>ingen plats angiven</translation>
    </message>
    <message>
        <source>citizen present</source>
        <translation>klienten deltar</translation>
    </message>
    <message>
        <source>CANCELLED {when}: {reason}</source>
        <translation>INSTÄLLT {when}: {reason}</translation>
    </message>
    <message>
        <source>{who} — invited without consent</source>
        <translation>{who} — inbjuden utan samtycke</translation>
    </message>
    <message>
        <source>Everyone in the case is invited</source>
        <translation>Alla i ärendet är inbjudna</translation>
    </message>
    <message>
        <source>Add actors under Actors and network first</source>
        <translation>Lägg först till aktörer under Aktörer och nätverk</translation>
    </message>
    <message>
        <source>action in the plan</source>
        <translation>åtgärd i planen</translation>
    </message>
    <message>
        <source>Minutes saved</source>
        <translation>Protokollet är sparat</translation>
    </message>
    <message>
        <source>Meeting created.</source>
        <translation>Mötet är skapat.</translation>
    </message>
    <message>
        <source>No consent to invite</source>
        <translation>Inget samtycke till inbjudan</translation>
    </message>
    <message>
        <source>{who} has no valid consent to be invited to meetings.</source>
        <translation>{who} har inget giltigt samtycke till att bjudas in till möten.</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s consent first if you can. Inviting anyway is recorded in the audit log and shown on the participant list.</source>
        <translation>Registrera klientens samtycke först om du kan. Bjuder du in ändå loggas det och visas på deltagarlistan.</translation>
    </message>
    <message>
        <source>Invite &amp;anyway</source>
        <translation>Bjud in &amp;ändå</translation>
    </message>
    <message>
        <source>{who} was not invited.</source>
        <translation>{who} bjöds inte in.</translation>
    </message>
    <message>
        <source>{who} is invited.</source>
        <translation>{who} är inbjuden.</translation>
    </message>
    <message>
        <source>Decision added and made an action in the plan.</source>
        <translation>Beslutet är tillagt och har blivit en åtgärd i planen.</translation>
    </message>
    <message>
        <source>Meeting changed.</source>
        <translation>Mötet är ändrat.</translation>
    </message>
    <message>
        <source>Meeting cancelled.</source>
        <translation>Mötet är inställt.</translation>
    </message>
    <message>
        <source>{who} is off the list.</source>
        <translation>{who} är borttagen från deltagarlistan.</translation>
    </message>
    <message>
        <source>Decision changed.</source>
        <translation>Beslutet är ändrat.</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <source>&amp;Save card…</source>
        <translation>&amp;Spara kort…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation>Mitt kontaktkort</translation>
    </message>
    <message>
        <source>Give the card to a colleague (e-mail is fine: it holds no secret), then read the fingerprint to them on the phone when they add it.</source>
        <translation>Ge kortet till en kollega (e-post går bra: det innehåller ingen hemlighet) och läs sedan upp fingeravtrycket för kollegan i telefon när kortet läggs till.</translation>
    </message>
    <message>
        <source>(not filled in: see Settings)</source>
        <translation>(inte ifyllt: se Inställningar)</translation>
    </message>
    <message>
        <source>Contact card (*.vnrid)</source>
        <translation>Kontaktkort (*.vnrid)</translation>
    </message>
    <message>
        <source>Fill in your name in Settings first: the card carries it.</source>
        <translation>Fyll först i ditt namn under Inställningar: det står på kortet.</translation>
    </message>
    <message>
        <source>Contact card saved:
{path}</source>
        <translation>Kontaktkortet är sparat:
{path}</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Add to the network</source>
        <translation>Lägg till i nätverket</translation>
    </message>
    <message>
        <source>Edit network member</source>
        <translation>Ändra nätverksperson</translation>
    </message>
    <message>
        <source>e.g. sister, neighbour, friend</source>
        <translation>t.ex. syster, granne, vän</translation>
    </message>
    <message>
        <source>The citizen wants them &amp;contacted</source>
        <translation>Klienten vill att de &amp;kontaktas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>Resource or &amp;risk:</source>
        <translation>Resurs eller r&amp;isk:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Ändra möte</translation>
    </message>
    <message>
        <source>The &amp;citizen takes part</source>
        <translation>&amp;Klienten deltar</translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation>En punkt på dagordningen per rad</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum och tid:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>D&amp;agordning:</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>Anteckningens historik</translation>
    </message>
    <message>
        <source>Current text, since {when}</source>
        <translation>Nuvarande text, sedan {when}</translation>
    </message>
    <message>
        <source>{start} – replaced {end}</source>
        <translation>{start} – ersatt {end}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Show &amp;address</source>
        <translation>Visa &amp;adress</translation>
    </message>
    <message>
        <source>Shows a protected address. Each view is recorded in the audit log.</source>
        <translation>Visar en skyddad adress. Varje visning loggas.</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Personer i ärendet</translation>
    </message>
    <message>
        <source>Person using violence — kept apart, never printed on the citizen&apos;s papers</source>
        <translation>Våldsutövare — hålls åtskild och skrivs aldrig ut på klientens papper</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Lägg till pe&amp;rson…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Ä&amp;ndra person…</translation>
    </message>
    <message>
        <source>Remove as entered in &amp;error…</source>
        <translation>Ta &amp;bort som felregistrerad…</translation>
    </message>
    <message>
        <source>&amp;Underretning…</source>
        <translation>&amp;Orosanmälan…</translation>
    </message>
    <message>
        <source>Record a concern for a child reported to the children&apos;s unit</source>
        <translation>Registrera en orosanmälan om ett barn till barn- och familjeenheten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Ärendenummer:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Öppnat:</translation>
    </message>
    <message>
        <source>Intake route:</source>
        <translation>Kontaktväg:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Våldsformer:</translation>
    </message>
    <message>
        <source>Urgent:</source>
        <translation>Akut:</translation>
    </message>
    <message>
        <source>Latest risk level:</source>
        <translation>Senaste risknivå:</translation>
    </message>
    <message>
        <source>Earlier risk assessments, newest first</source>
        <translation>Tidigare riskbedömningar, nyaste först</translation>
    </message>
    <message>
        <source>Risk history:</source>
        <translation>Riskhistorik:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Samordnare:</translation>
    </message>
    <message>
        <source>Mark &amp;urgent…</source>
        <translation>Markera som a&amp;kut…</translation>
    </message>
    <message>
        <source>Assess &amp;risk…</source>
        <translation>Bedöm r&amp;isk…</translation>
    </message>
    <message>
        <source>Concerns reported (underretning):</source>
        <translation>Orosanmälningar:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Avslutat:</translation>
    </message>
    <message>
        <source>Case &amp;facts…</source>
        <translation>Fakta om ären&amp;det…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>Avsl&amp;uta ärende…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Åter&amp;uppta ärendet</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Mark&amp;era som klar…</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Närmaste tidsfrister</translation>
    </message>
    <message>
        <source>Consent warnings</source>
        <translation>Varningar om samtycke</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Protected address — hidden</source>
        <translation>Skyddad adress — dold</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>{day} to {recipient}</source>
        <translation>{day} till {recipient}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Avslutat {day}</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Inga registrerade</translation>
    </message>
    <message>
        <source>URGENT since {day}</source>
        <translation>AKUT sedan {day}</translation>
    </message>
    <message>
        <source>Clear &amp;urgent…</source>
        <translation>Häv a&amp;kut…</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>{level} (assessed {day})</source>
        <translation>{level} (bedömd {day})</translation>
    </message>
    <message>
        <source>No coordinator chosen</source>
        <translation>Ingen samordnare vald</translation>
    </message>
    <message>
        <source>{day}  {level} — {who}</source>
        <translation>{day}  {level} — {who}</translation>
    </message>
    <message>
        <source>(assessor unknown)</source>
        <translation>(okänd bedömare)</translation>
    </message>
    <message>
        <source>{day}  {what} — {status}</source>
        <translation>{day}  {what} — {status}</translation>
    </message>
    <message>
        <source>No open deadlines</source>
        <translation>Inga öppna tidsfrister</translation>
    </message>
    <message>
        <source>No consent problems</source>
        <translation>Inga problem med samtycke</translation>
    </message>
    <message>
        <source>{who}: no consent recorded</source>
        <translation>{who}: inget samtycke registrerat</translation>
    </message>
    <message>
        <source>{who}: {purpose} expires {day}</source>
        <translation>{who}: {purpose} upphör {day}</translation>
    </message>
    <message>
        <source>{who}: {purpose} — {state}</source>
        <translation>{who}: {purpose} — {state}</translation>
    </message>
    <message>
        <source>Marked done: {what}</source>
        <translation>Markerad som klar: {what}</translation>
    </message>
    <message>
        <source>Risk assessment saved.</source>
        <translation>Riskbedömningen är sparad.</translation>
    </message>
    <message>
        <source>The case is marked urgent.</source>
        <translation>Ärendet är markerat som akut.</translation>
    </message>
    <message>
        <source>Urgent cleared.</source>
        <translation>Ärendet är inte längre akut.</translation>
    </message>
    <message>
        <source>The person was added.</source>
        <translation>Personen har lagts till.</translation>
    </message>
    <message>
        <source>The person was corrected.</source>
        <translation>Personen är ändrad.</translation>
    </message>
    <message>
        <source>The person was removed as entered in error.</source>
        <translation>Personen har tagits bort som felregistrerad.</translation>
    </message>
    <message>
        <source>Underretning of {day} to {recipient} recorded.</source>
        <translation>Orosanmälan den {day} till {recipient} är registrerad.</translation>
    </message>
    <message>
        <source>The case facts were saved.</source>
        <translation>Fakta om ärendet är sparade.</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>Ärendet är avslutat.</translation>
    </message>
    <message>
        <source>The case was reopened.</source>
        <translation>Ärendet är återupptaget.</translation>
    </message>
    <message>
        <source>(no address recorded)</source>
        <translation>(ingen adress registrerad)</translation>
    </message>
    <message>
        <source>The address was shown; the view is recorded.</source>
        <translation>Adressen visades; visningen är loggad.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect the case vault</source>
        <translation>Skydda ärendevalvet</translation>
    </message>
    <message>
        <source>Everything in VNR Desk is encrypted with this passphrase. Choose one you can remember but others cannot guess.</source>
        <translation>Allt i VNR Desk krypteras med den här lösenfrasen. Välj en som du kan komma ihåg men som andra inte kan gissa.</translation>
    </message>
    <message>
        <source>&amp;Language and country:</source>
        <translation>&amp;Språk och land:</translation>
    </message>
    <message>
        <source>Decides the workbook&apos;s language, actor directory and consent forms.</source>
        <translation>Avgör verktygets språk, aktörsregister och samtyckesblanketter.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>De två inmatningarna skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Ändra person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Protected — kept as it is (show the address first to change it)</source>
        <translation>Skyddad — behålls som den är (visa adressen först för att ändra den)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <source>&amp;Protected address (never printed, hidden in lists)</source>
        <translation>&amp;Skyddad adress (skrivs aldrig ut, döljs i listor)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Födelsedatum:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dress:</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>Mål / åtgärd</translation>
    </message>
    <message>
        <source>Life domain / responsible</source>
        <translation>Livsområde / ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Create pla&amp;n</source>
        <translation>Skapa pla&amp;n</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Lägg till &amp;mål…</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Lägg till å&amp;tgärd…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Correct the chosen goal or action</source>
        <translation>Ändra det valda målet eller den valda åtgärden</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Ange &amp;status</translation>
    </message>
    <message>
        <source>&amp;Renew plan at review</source>
        <translation>&amp;Förnya planen vid uppföljning</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Handlings&amp;plan</translation>
    </message>
    <message>
        <source>Child plan — {name}</source>
        <translation>Plan för barn — {name}</translation>
    </message>
    <message>
        <source>Version {n} of {day}</source>
        <translation>Version {n} från {day}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(gällande)</translation>
    </message>
    <message>
        <source>No plan yet. Create one to add goals and actions.</source>
        <translation>Ingen plan ännu. Skapa en för att lägga till mål och åtgärder.</translation>
    </message>
    <message>
        <source>Made {day}</source>
        <translation>Upprättad {day}</translation>
    </message>
    <message>
        <source>reviewed {day}</source>
        <translation>följd upp {day}</translation>
    </message>
    <message>
        <source>next review {day}</source>
        <translation>nästa uppföljning {day}</translation>
    </message>
    <message>
        <source>An earlier version: read only.</source>
        <translation>En tidigare version: kan bara läsas.</translation>
    </message>
    <message>
        <source>After the effort: {text}</source>
        <translation>Efter insatsen: {text}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — försenad</translation>
    </message>
    <message>
        <source>Plan created.</source>
        <translation>Planen är skapad.</translation>
    </message>
    <message>
        <source>Goal added.</source>
        <translation>Målet är tillagt.</translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation>Åtgärden är tillagd.</translation>
    </message>
    <message>
        <source>Goal changed.</source>
        <translation>Målet är ändrat.</translation>
    </message>
    <message>
        <source>Action changed.</source>
        <translation>Åtgärden är ändrad.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status är ändrad.</translation>
    </message>
    <message>
        <source>Renew plan</source>
        <translation>Förnya planen</translation>
    </message>
    <message>
        <source>Make version {n} from today? Open goals and their open actions are carried over; this version stays readable.</source>
        <translation>Skapa version {n} från och med i dag? Öppna mål och deras öppna åtgärder förs över; den här versionen går fortfarande att läsa.</translation>
    </message>
    <message>
        <source>Plan renewed: a new version is current.</source>
        <translation>Planen är förnyad: en ny version gäller nu.</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Presentation text</source>
        <translation>Dragningstext</translation>
    </message>
    <message>
        <source>Write the case as a group may hear it: no names, no dates of birth, no addresses, no phone numbers or e-mail addresses, no reference. Notes and assessments are never printed on the case presentation; only this text, once you have reviewed it.</source>
        <translation>Skriv ärendet så som en grupp får höra det: inga namn, inga födelsedatum, inga adresser, inga telefonnummer eller e-postadresser, inget ärendenummer. Anteckningar och kartläggningar kommer aldrig med i ärendedragningen; bara den här texten, när du har granskat den.</translation>
    </message>
    <message>
        <source>I have &amp;reviewed the text: it identifies no one</source>
        <translation>Jag har &amp;granskat texten: den identifierar ingen</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <source>Your name and unit are printed as the issuer on plans and consent forms and recorded as who registered each entry. You can change them in Settings.</source>
        <translation>Ditt namn och din enhet står som avsändare på handlingsplaner och samtyckesblanketter och registreras som den som har gjort varje registrering. Du kan ändra dem under Inställningar.</translation>
    </message>
    <message>
        <source>e.g. Family unit, Example Municipality</source>
        <translation>t.ex. Barn- och familjeenheten, Exempels kommun</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt namn:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>E&amp;nhet:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Field (tick to take theirs)</source>
        <translation>Fält (kryssa för att ta deras)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>Receive case</source>
        <translation>Ta emot ärende</translation>
    </message>
    <message>
        <source>From {name} ({fp}): case {ref}.</source>
        <translation>Från {name} ({fp}): ärende {ref}.</translation>
    </message>
    <message>
        <source>A new case here. Receive it?</source>
        <translation>Ett nytt ärende här. Vill du ta emot det?</translation>
    </message>
    <message>
        <source>This case comes back: {n} fields differ. Tick the fields to take from their copy; every other field stays as it is here.</source>
        <translation>Ärendet kommer tillbaka: {n} fält skiljer sig. Kryssa för de fält som ska tas från deras kopia; alla andra fält blir som de är här.</translation>
    </message>
    <message>
        <source>Case {ref} received.</source>
        <translation>Ärende {ref} är mottaget.</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Lämnat den:</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Välj minst ett ändamål.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, only this key opens the vault. It is shown now and never again. Write it on paper and keep it locked away, apart from the laptop.</source>
        <translation>Om lösenfrasen glöms bort är det bara den här nyckeln som öppnar valvet. Den visas nu och aldrig igen. Skriv ner den på papper och förvara den inlåst, skild från datorn.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Jag har &amp;skrivit ner återställningsnyckeln</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Re-encrypts the whole vault under a new key, with a new passphrase and a new recovery key. Afterwards, copies of the vault taken before, the old passphrase and the old recovery key no longer open it. Use it after a laptop or a backup was lost or stolen, or when someone who knew the passphrase has left.

Backups made before still open with the passphrase that was valid then: destroy them, or keep them locked away.</source>
        <translation>Krypterar om hela valvet med en ny nyckel, en ny lösenfras och en ny återställningsnyckel. Efteråt kan kopior av valvet som tagits tidigare, den gamla lösenfrasen och den gamla återställningsnyckeln inte längre öppna det. Använd det när en dator eller en säkerhetskopia har försvunnit eller stulits, eller när någon som kände till lösenfrasen har slutat.

Säkerhetskopior som gjorts tidigare kan fortfarande öppnas med den lösenfras som gällde då: förstör dem eller förvara dem inlåsta.</translation>
    </message>
    <message>
        <source>&amp;Re-encrypt</source>
        <translation>&amp;Kryptera om</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Nu&amp;varande lösenfras:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>The vault is re-encrypted. This is your new recovery key; the old one no longer works. It is shown now and never again: write it on paper and keep it locked away, apart from the laptop.</source>
        <translation>Valvet är omkrypterat. Det här är din nya återställningsnyckel; den gamla fungerar inte längre. Den visas nu och aldrig igen: skriv ner den på papper och förvara den inlåst, skild från datorn.</translation>
    </message>
    <message>
        <source>I have &amp;written the new recovery key down</source>
        <translation>Jag har &amp;skrivit ner den nya återställningsnyckeln</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Skriv först den nuvarande lösenfrasen.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De två nya lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>Krypterar om valvet…</translation>
    </message>
    <message>
        <source>The vault was re-encrypted but could not be reopened. VNR Desk closes now: open it again with the NEW passphrase.</source>
        <translation>Valvet krypterades om men kunde inte öppnas igen. VNR Desk stängs nu: öppna det igen med den NYA lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>RemovePersonDialog</name>
    <message>
        <source>Remove as entered in error</source>
        <translation>Ta bort som felregistrerad</translation>
    </message>
    <message>
        <source>{name} is removed from the case&apos;s lists and printouts. The entry is kept in the audit log with the reason.</source>
        <translation>{name} tas bort från ärendets listor och utskrifter. Registreringen finns kvar i loggen tillsammans med skälet.</translation>
    </message>
    <message>
        <source>Reason, e.g. entered in the wrong case</source>
        <translation>Skäl, t.ex. registrerad i fel ärende</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Ange ett skäl.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation>Riskbedömning</translation>
    </message>
    <message>
        <source>No instrument (professional judgement only)</source>
        <translation>Inget instrument (endast professionell bedömning)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— välj —</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Fill in your name in Settings → Caseworker profile before assessing.</source>
        <translation>Fyll i ditt namn under Inställningar → Du som handläggare innan du gör en bedömning.</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>Bedömd av:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>{day}  {level} — {who}</source>
        <translation>{day}  {level} — {who}</translation>
    </message>
    <message>
        <source>(assessor unknown)</source>
        <translation>(okänd bedömare)</translation>
    </message>
    <message>
        <source>No earlier assessments</source>
        <translation>Inga tidigare bedömningar</translation>
    </message>
    <message>
        <source>Risk &amp;level:</source>
        <translation>Risk&amp;nivå:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Earlier assessments:</source>
        <translation>Tidigare bedömningar:</translation>
    </message>
    <message>
        <source>Saving marks the case urgent (coordination meeting within 24 hours).</source>
        <translation>När du sparar markeras ärendet som akut (samverkansmöte inom 24 timmar).</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>Välj risknivå.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Coordinator contacts the crisis centre</source>
        <translation>Samordnaren kontaktar det skyddade boendet</translation>
    </message>
    <message>
        <source>First visit and 3-month plan</source>
        <translation>Första besök och plan för 3 månader</translation>
    </message>
    <message>
        <source>Follow-up meeting after crisis-centre stay</source>
        <translation>Uppföljningsmöte efter vistelse på skyddat boende</translation>
    </message>
    <message>
        <source>Review the action plan</source>
        <translation>Följ upp handlingsplanen</translation>
    </message>
    <message>
        <source>Urgent coordination meeting</source>
        <translation>Akut samordningsmöte</translation>
    </message>
    <message>
        <source>Reminder: no answer to letter</source>
        <translation>Påminnelse: inget svar på brev</translation>
    </message>
    <message>
        <source>Renew consent</source>
        <translation>Förnya samtycke</translation>
    </message>
    <message>
        <source>Contact the children&apos;s unit: no answer to letter, children at home</source>
        <translation>Kontakta barn- och familjeenheten: inget svar på brev, barn i hemmet</translation>
    </message>
    <message>
        <source>Reassess the risk</source>
        <translation>Gör en ny riskbedömning</translation>
    </message>
    <message>
        <source>Reassess the risk (urgent case)</source>
        <translation>Gör en ny riskbedömning (akut ärende)</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Åtgärd i handlingsplanen</translation>
    </message>
    <message>
        <source>Cooperation group meets</source>
        <translation>Samverkansgruppen möts</translation>
    </message>
    <message>
        <source>Cooperation group convened: meet within 24 hours</source>
        <translation>Samverkansgrupp sammankallad: möte inom 24 timmar</translation>
    </message>
    <message>
        <source>Renew consent for {who} before {day}</source>
        <translation>Förnya samtycket för {who} före {day}</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <source>The PDF was saved:</source>
        <translation>PDF-filen är sparad:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
    <message>
        <source>When the citizen has signed the form</source>
        <translation>När klienten har skrivit under blanketten</translation>
    </message>
    <message>
        <source>Form &amp;signed: record the consents</source>
        <translation>Blanketten är &amp;underskriven: registrera samtyckena</translation>
    </message>
    <message>
        <source>Recipients ticked:</source>
        <translation>Förkryssade mottagare:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Ändamål:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Giltigt till och med:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Underskriven &amp;den:</translation>
    </message>
    <message>
        <source>Consents recorded: {count}.</source>
        <translation>Registrerade samtycken: {count}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <source>The vault&apos;s language</source>
        <translation>Valvets språk</translation>
    </message>
    <message>
        <source>Vault &amp;edition:</source>
        <translation>Valvets &amp;utgåva:</translation>
    </message>
    <message>
        <source>L&amp;anguage on this laptop:</source>
        <translation>Sp&amp;råk på den här datorn:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Ett nytt språk används från nästa start.</translation>
    </message>
    <message>
        <source>&amp;PDF folder:</source>
        <translation>&amp;PDF-mapp:</translation>
    </message>
    <message>
        <source>&amp;I am (for the Mine filter):</source>
        <translation>&amp;Jag är (för filtret Mina):</translation>
    </message>
    <message>
        <source>Used for &quot;registered by&quot; and &quot;documented by&quot;</source>
        <translation>Används för ”registrerat av” och ”dokumenterat av”</translation>
    </message>
    <message>
        <source>You as caseworker (stored in the vault):</source>
        <translation>Du som handläggare (sparas i valvet):</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt namn:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>E&amp;nhet:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Deadline rules for your municipality (stored in the vault):</source>
        <translation>Regler för tidsfrister i er kommun (sparas i valvet):</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Anslut till en teamserver…</translation>
    </message>
    <message>
        <source>Share cases with colleagues through your team&apos;s server.</source>
        <translation>Dela ärenden med kollegor via ditt teams server.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>No automatic backups</source>
        <translation>Inga automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;ädra…</translation>
    </message>
    <message>
        <source>On lock and quit, when something has changed, a checked backup is written to this folder, and only the newest are kept. Files VNR Desk did not write there are never removed. Use a folder on another disk.</source>
        <translation>När något har ändrats skrivs en kontrollerad säkerhetskopia till den här mappen vid låsning och avslut, och bara de nyaste behålls. Filer som VNR Desk inte själv har skrivit där tas aldrig bort. Använd en mapp på en annan disk.</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>Säker&amp;hetskopiera till:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Behåll de n&amp;yaste:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(inte vald)</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Anslut till en teamserver…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Unit &amp;cases and team deadlines…</source>
        <translation>&amp;Enhetens ärenden och teamets tidsfrister…</translation>
    </message>
</context>
<context>
    <name>TeamListsDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Uppföljning av handlingsplan</translation>
    </message>
    <message>
        <source>Plan action due</source>
        <translation>Åtgärd i handlingsplan förfaller</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Delat med</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Unit cases</source>
        <translation>Enhetens ärenden</translation>
    </message>
    <message>
        <source>Team deadlines</source>
        <translation>Teamets tidsfrister</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Last sync: {when} · changes waiting: {pending} · conflicts: {c}</source>
        <translation>Senast synkroniserad: {when} · ändringar som väntar: {pending} · konflikter: {c}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}.</source>
        <translation>Skickade {pushed}, tog emot {pulled}.</translation>
    </message>
    <message>
        <source>The team server did not answer; your work is kept on this laptop.</source>
        <translation>Teamservern svarade inte; ditt arbete finns kvar på den här datorn.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Enter the passphrase to open the case vault.</source>
        <translation>Ange lösenfrasen för att öppna ärendevalvet.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase?</source>
        <translation>&amp;Glömt lösenfrasen?</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>Öppna med återställningsnyckeln</translation>
    </message>
    <message>
        <source>Set the new passphrase and &amp;open</source>
        <translation>Ange den nya lösenfrasen och &amp;öppna</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Återställnings&amp;nyckel:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv lösenfrasen först.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De två nya lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Öppnar valvet…</translation>
    </message>
</context>
<context>
    <name>UrgentReasonDialog</name>
    <message>
        <source>Mark case urgent</source>
        <translation>Markera ärendet som akut</translation>
    </message>
    <message>
        <source>Clear urgent</source>
        <translation>Häv akut</translation>
    </message>
    <message>
        <source>An urgent case calls for a coordination meeting within 24 hours.</source>
        <translation>Ett akut ärende kräver ett samverkansmöte inom 24 timmar.</translation>
    </message>
    <message>
        <source>The case is no longer urgent. Say why; it is kept in the case.</source>
        <translation>Ärendet är inte längre akut. Ange varför; skälet sparas i ärendet.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Ange ett skäl.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>The citizen withdraws consent for {who}.</source>
        <translation>Klienten återkallar samtycket för {who}.</translation>
    </message>
    <message>
        <source>Only this purpose: {what}</source>
        <translation>Bara detta ändamål: {what}</translation>
    </message>
    <message>
        <source>Everything this consent covers: {what}</source>
        <translation>Allt som samtycket omfattar: {what}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Registrerat av:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <source>From today {who} may no longer receive: {what}.</source>
        <translation>Från och med i dag får {who} inte längre ta emot: {what}.</translation>
    </message>
</context>
<context>
    <name>WithdrawGroupConsentDialog</name>
    <message>
        <source>Withdraw consent to share with the group</source>
        <translation>Återkalla samtycke till delning med gruppen</translation>
    </message>
    <message>
        <source>From this day on the case may no longer be shared with {group}.</source>
        <translation>Från och med i dag får ärendet inte längre delas med {group}.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Återkallat den:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Registrerat av:</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Choose a case in the list, or create a new one (Ctrl+N).</source>
        <translation>Välj ett ärende i listan eller skapa ett nytt (Ctrl+N).</translation>
    </message>
    <message>
        <source>{reference} — {citizen}</source>
        <translation>{reference} — {citizen}</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(avslutat)</translation>
    </message>
    <message>
        <source>Handed over to {colleague} on {date}. The case is read-only here.</source>
        <translation>Överlämnat till {colleague} den {date}. Ärendet är skrivskyddat här.</translation>
    </message>
    <message>
        <source>Closed on {date}. The case is read-only; reopen it on the Overview to change it.</source>
        <translation>Avslutat {date}. Ärendet är skrivskyddat; återuppta det under Översikt för att ändra det.</translation>
    </message>
</context>
</TS>
