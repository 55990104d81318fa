"""Example entries for the actor directory: the Danish and Swedish actor types the sources
name (DOMAIN.md, seed 004 for Sweden). They are ordinary, editable rows; contact details
are left for the municipality to fill in.

A vault is seeded only with the entries of its own edition's country (`examples_for`): a
Danish caseworker looking for "where to refer" must not be offered Försäkringskassan, and a
Swedish one not Jobcenter."""

from __future__ import annotations

from vnr_desk.domain import Sector

M, R, S, C = Sector.MUNICIPALITY, Sector.REGION, Sector.STATE, Sector.CIVIL_SOCIETY

EDITION_COUNTRY: dict[str, str] = {"da": "DK", "sv": "SE"}
"""The country of a vault's edition; the directory of a vault lists this country's actors."""

EXAMPLE_ACTORS: tuple[tuple[str, Sector, str, str, str], ...] = (
    # name, sector, unit, country, what they offer
    ("Jobcenter", M, "jobcenter", "DK", "Beskæftigelse, uddannelse, job- og handleplan"),
    ("Ydelseskontor", M, "ydelseskontor", "DK", "Kontanthjælp, enkeltydelser, økonomi"),
    ("Integration", M, "integration", "DK", "Integrationsindsats, opholdsspørgsmål"),
    ("Børne- og familieafdelingen", M, "børn og familie", "DK", "Børnefaglig undersøgelse"),
    ("Voksenområdet", M, "voksen", "DK", "Voksenudredning, socialpædagogisk støtte"),
    ("Myndighedsafdelingen", M, "myndighed", "DK", "Afgørelser efter serviceloven"),
    ("Boligafdelingen", M, "bolig", "DK", "Boliganvisning, akut bolig"),
    ("Misbrugscenter", M, "misbrug", "DK", "Behandling af alkohol- og stofmisbrug"),
    ("Psykiatrien", R, "psykiatri", "DK", "Psykiatrisk udredning og behandling"),
    ("Skadestuen", R, "skadestue", "DK", "Akut behandling, dokumentation af skader"),
    ("Praktiserende læge", R, "almen praksis", "DK", "Lægelig behandling, henvisning"),
    ("Politiet", S, "politi", "DK", "Anmeldelse, tilhold, døgnrapporter, PSP"),
    ("Krisecenter", C, "krisecenter", "DK", "Ophold efter servicelovens § 109/§ 110"),
    ("LOKK", C, "landsorganisation", "DK", "Rådgivning, hotline, viden om krisecentre"),
    ("Dialog mod Vold", C, "behandling", "DK", "Behandling for udøvere og familier"),
    ("Lev Uden Vold", C, "rådgivning", "DK", "Hotline, rådgivning, kommunale eksempler"),
    ("Danner", C, "rådgivning", "DK", "Rådgivning, krisecenter, viden"),
    # Sweden: socialtjänstens enheter first (the units of Höganäs' internal group), then
    # region, state and civil society.
    (
        "Socialtjänsten, försörjningsstöd",
        M,
        "försörjningsstöd",
        "SE",
        "Ekonomiskt bistånd, hjälp med hyra och akuta kostnader vid uppbrott",
    ),
    (
        "Socialtjänsten, vuxenenheten",
        M,
        "vuxenenheten",
        "SE",
        "Utredning och stöd till våldsutsatta vuxna, stödsamtal, skyddat boende",
    ),
    (
        "Socialtjänsten, barn- och familjeenheten",
        M,
        "barn och familj",
        "SE",
        "Utredning av barns behov, orosanmälningar, stöd till barn som upplevt våld",
    ),
    ("Socialjouren", M, "socialjour", "SE", "Akut stöd och skydd när kontoren är stängda"),
    ("Familjerätten", M, "familjerätt", "SE", "Samarbetssamtal, vårdnad, boende och umgänge"),
    ("Skolan, elevhälsan", M, "skola", "SE", "Kurator och skolsköterska, stöd till barnet"),
    ("Kvinnojour", C, "kvinnojour", "SE", "Skyddat boende, stödsamtal, följer med till möten"),
    ("Polisen", S, "polis", "SE", "Polisanmälan, kontaktförbud, riskbedömning"),
    ("Vårdcentral", R, "vårdcentral", "SE", "Primärvård, kurator, dokumentation av skador"),
    ("Akutmottagningen", R, "akutmottagning", "SE", "Akut vård, dokumentation av skador"),
    ("Psykiatrin", R, "psykiatri", "SE", "Psykiatrisk bedömning och behandling, SIP"),
    ("BUP", R, "barn- och ungdomspsykiatri", "SE", "Bedömning och behandling för barn och unga"),
    (
        "Kriminalvården",
        S,
        "kriminalvård",
        "SE",
        "Frivård, behandlingsprogram för den som utövat våld i nära relation",
    ),
    ("Arbetsförmedlingen", S, "arbetsförmedling", "SE", "Stöd att hitta arbete eller utbildning"),
    (
        "Försäkringskassan",
        S,
        "försäkringskassa",
        "SE",
        "Sjukpenning, bostadsbidrag, underhållsstöd, barnbidrag",
    ),
    ("Brottsofferjouren", C, "brottsofferjour", "SE", "Stöd till brottsutsatta och vittnen"),
    ("Tjejjour", C, "tjejjour", "SE", "Stödsamtal och chatt för unga tjejer"),
    (
        "Kvinnofridslinjen",
        R,
        "stödtelefon",
        "SE",
        "Nationell stödtelefon för våldsutsatta, dygnet runt",
    ),
)


def examples_for(edition: str) -> tuple[tuple[str, Sector, str, str, str], ...]:
    """The example entries of one edition's country ("da" -> DK, "sv" -> SE)."""
    country = EDITION_COUNTRY[edition]
    return tuple(entry for entry in EXAMPLE_ACTORS if entry[3] == country)
