"""Danish for the team server commands (team-server, team join, sync, conflicts, resolve)."""

MESSAGES = {
    "set up a team server": "opsæt en teamserver",
    "create or migrate the schema": "opret eller opdatér databaseskemaet",
    "administrator connection string": "administratorens forbindelsesstreng",
    "add a caseworker": "tilføj en sagsbehandler",
    "the team server": "teamserveren",
    "link this vault to a server": "forbind denne boks med en teamserver",
    "sync with the team server": "synkronisér med teamserveren",
    "list sync conflicts": "vis synkroniseringskonflikter",
    "include resolved conflicts": "medtag løste konflikter",
    "resolve a sync conflict": "løs en synkroniseringskonflikt",
    "assign a case to a colleague": "tildel en sag til en kollega",
    "share a case with a unit": "del en sag med en enhed",
    "Team server ready (member role {role})": "Teamserveren er klar (medlemsrolle {role})",
    "User {name} added. Join secret (shown once): {secret}": (
        "Brugeren {name} er tilføjet. Tilslutningskode (vises kun én gang): {secret}"
    ),
    "Join secret: ": "Tilslutningskode: ",
    "Joined the team server as {name} ({unit})": "Forbundet med teamserveren som {name} ({unit})",
    "Pushed {pushed}, pulled {pulled}, open conflicts {open}": (
        "Sendt {pushed}, hentet {pulled}, åbne konflikter {open}"
    ),
    "Conflict {id} resolved": "Konflikt {id} er løst",
    "Case {ref} assigned to {name}": "Sag {ref} er tildelt {name}",
    "Case {ref} shared with {unit}": "Sag {ref} er delt med {unit}",
}
