"""Example entries for the actor directory: the Danish and Swedish actor types the sources
name (DOMAIN.md). They are ordinary, editable rows; contact details are left for the
municipality to fill in."""

from __future__ import annotations

from vnr_desk.domain import Sector

M, R, S, C = Sector.MUNICIPALITY, Sector.REGION, Sector.STATE, Sector.CIVIL_SOCIETY

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
    ("Socialtjänsten", M, "socialtjänst", "SE", "Utredning, bistånd, skydd"),
    ("Kvinnojour", C, "kvinnojour", "SE", "Skyddat boende, stödsamtal"),
    ("Polisen", S, "polis", "SE", "Anmälan, kontaktförbud"),
    ("Vårdcentral", R, "vårdcentral", "SE", "Primärvård, hänvisning"),
)
