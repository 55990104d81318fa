"""The one list of printouts: export kind name -> (build, data type, renderer).

The CLI's `--kind` choices, the print dialog's document list and the dispatch in
`printouts` all read `REGISTRY`. Entries name their build function (in
`services.export.printouts`), data class (in `reports.data`) and render function (in
`reports`) by attribute, resolved on first use, so importing this module stays cheap: the
CLI builds its parser from it without loading ReportLab or the database layer."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from vnr_desk.domain.enums import ConsentPurpose

_BUILDS = "vnr_desk.services.export.printouts"
_DATA = "vnr_desk.reports.data"
_RENDERERS = "vnr_desk.reports"


def _load(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class ExportKind:
    """One printout: how its redacted data is built, its type, and how it is rendered."""

    name: str
    build_name: str
    data_type_name: str
    render_name: str
    # which meeting, when none is named: the next one (an agenda) or the last (minutes)
    meeting: Literal["next", "last"] | None = None
    # the ConsentPurpose member (by name) an actor recipient needs; the gate asks before a file
    # is chosen (see `consent_purpose`)
    purpose: str | None = None
    # the recipient kinds the printout is made for
    recipients: tuple[str, ...] = ("citizen", "internal", "actor")
    data_module: str = _DATA
    render_module: str = _RENDERERS

    @property
    def consent_purpose(self) -> ConsentPurpose | None:
        """`purpose` names a `ConsentPurpose` member; resolved here, not at import, so the
        CLI's parser (which reads KINDS) never loads the database layer."""
        if self.purpose is None:
            return None
        from vnr_desk.domain.enums import ConsentPurpose

        return ConsentPurpose[self.purpose]

    @property
    def uses_meeting(self) -> bool:
        return self.meeting is not None

    @property
    def build(self) -> Callable[..., object]:
        """`(session, request, case, recipient key, on) -> data`: reads, redacts, audits."""
        return _load(_BUILDS, self.build_name)  # type: ignore[no-any-return]

    @property
    def data_type(self) -> type:
        return _load(self.data_module, self.data_type_name)  # type: ignore[no-any-return]

    @property
    def render(self) -> Callable[..., Any]:
        """`(data, out, lang, *, printed_on) -> Rendered`: lays out and writes the PDF."""
        return _load(self.render_module, self.render_name)  # type: ignore[no-any-return]


REGISTRY: dict[str, ExportKind] = {
    kind.name: kind
    for kind in (
        ExportKind(
            "plan",
            "build_plan",
            "CitizenPlanData",
            "render_citizen_plan",
            purpose="RECEIVE_ACTION_PLAN",
        ),
        ExportKind(
            "agenda",
            "build_meeting",
            "MeetingData",
            "render_agenda",
            meeting="next",
            purpose="SHARE_INFORMATION",
        ),
        ExportKind(
            "minutes",
            "build_meeting",
            "MeetingData",
            "render_minutes",
            meeting="last",
            purpose="SHARE_INFORMATION",
        ),
        ExportKind(
            "consent-form",
            "build_consent_form",
            "ConsentFormData",
            "render_consent_form",
            recipients=("citizen",),
        ),
        ExportKind(
            "summary",
            "build_summary",
            "SummaryData",
            "render_coordination_summary",
            purpose="RECEIVE_CASE_SUMMARY",
            recipients=("internal", "actor"),
        ),
        ExportKind(
            "access",
            "build_access",
            "AccessExportData",
            "render_access_export",
            recipients=("citizen", "internal"),
        ),
        ExportKind(
            "sip",
            "build_sip",
            "SipData",
            "render_sip",
            purpose="RECEIVE_ACTION_PLAN",
        ),
        ExportKind(
            "case-presentation",
            "build_case_presentation",
            "CasePresentationData",
            "render_case_presentation",
            data_module="vnr_desk.reports.group_data",
            render_module="vnr_desk.reports.case_presentation",
            recipients=("internal",),
        ),
    )
}

KINDS: tuple[str, ...] = tuple(REGISTRY)


def export_kind(name: str) -> ExportKind:
    """The registry entry; `ValueError` for a name that is not a printout."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"kind: {name!r} is not one of {', '.join(KINDS)}") from None
