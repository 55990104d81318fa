"""Swedish for the team server commands (team-server, team join, sync, conflicts, resolve)."""

MESSAGES = {
    "set up a team server": "sätt upp en teamserver",
    "create or migrate the schema": "skapa eller uppdatera databasschemat",
    "administrator connection string": "administratörens anslutningssträng",
    "add a caseworker": "lägg till en handläggare",
    "the team server": "teamservern",
    "link this vault to a server": "anslut det här valvet till en teamserver",
    "sync with the team server": "synkronisera med teamservern",
    "list sync conflicts": "visa synkroniseringskonflikter",
    "include resolved conflicts": "ta med lösta konflikter",
    "resolve a sync conflict": "lös en synkroniseringskonflikt",
    "assign a case to a colleague": "tilldela en kollega ett ärende",
    "share a case with a unit": "dela ett ärende med en enhet",
    "Team server ready (member role {role})": "Teamservern är klar (medlemsroll {role})",
    "User {name} added. Join secret (shown once): {secret}": (
        "Användaren {name} är tillagd. Anslutningskod (visas bara en gång): {secret}"
    ),
    "Join secret: ": "Anslutningskod: ",
    "Joined the team server as {name} ({unit})": "Ansluten till teamservern som {name} ({unit})",
    "Pushed {pushed}, pulled {pulled}, open conflicts {open}": (
        "Skickade {pushed}, hämtade {pulled}, öppna konflikter {open}"
    ),
    "Conflict {id} resolved": "Konflikt {id} är löst",
    "Case {ref} assigned to {name}": "Ärende {ref} är tilldelat {name}",
    "Case {ref} shared with {unit}": "Ärende {ref} är delat med {unit}",
}
