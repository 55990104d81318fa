"""Dump of one case in the "vnr-desk-case/1" format: the inverse of `interchange.import_case`.

Keys are made up on the way out (p1, a1, n1, c1, m1, e1) in id order, so a dump of the
same data is always the same text. Internal use only: it holds everything, protected
addresses and the person using violence included, and is audited as an export."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    ActionPlan,
    Case,
    CaseEvent,
    Consent,
    EventKind,
    Meeting,
    Note,
    RiskAssessment,
    RiskInstrument,
)
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.services import actors, assessments, network, people, plans, risk
from vnr_desk.services import auditing as audit
from vnr_desk.services.interchange.fields import FORMAT


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty optional values so dumps stay short and diff well."""
    return {k: v for k, v in item.items() if v is not None and v != "" and v != []}


def dump_case(session: Session, case: Case) -> dict[str, Any]:
    person_keys: dict[int, str] = {}
    out_people = []
    # Removed-in-error people travel marked (`removed_at`): the case file is the whole
    # record, and a note or assessment tied to one keeps its link (docs/case-format.md).
    for i, p in enumerate(people.people(session, case, include_removed=True), 1):
        person_keys[p.id] = f"p{i}"
        out_people.append(
            _clean(
                {
                    "key": f"p{i}",
                    "role": p.role.value,
                    "name": p.name,
                    "date_of_birth": _iso(p.date_of_birth),
                    "phone": p.phone,
                    "email": p.email,
                    "address": p.address,
                    "protected_address": p.protected_address or None,
                    "removed_at": _iso(p.removed_at),
                    "removed_reason": p.removed_reason,
                }
            )
        )
    recipient_keys: dict[str, str] = {}
    out_actors = []
    for i, ca in enumerate(actors.case_actors(session, case), 1):
        recipient_keys[RecipientRef.actor(ca.id).key] = f"a{i}"
        a = ca.actor
        out_actors.append(
            _clean(
                {
                    "key": f"a{i}",
                    "name": a.name,
                    "sector": a.sector.value,
                    "unit": a.unit,
                    "phone": a.phone,
                    "email": a.email,
                    "role": ca.role,
                    "responsibility": ca.responsibility,
                    "referral_status": ca.referral_status.value,
                    "coordinator": ca.is_coordinator,
                    "contact_name": ca.contact_name,
                    "contact_phone": ca.contact_phone,
                    "contact_email": ca.contact_email,
                }
            )
        )
    out_network = []
    for i, m in enumerate(network.members(session, case), 1):
        recipient_keys[RecipientRef.network(m.id).key] = f"n{i}"
        out_network.append(
            _clean(
                {
                    "key": f"n{i}",
                    "name": m.name,
                    "relation": m.relation,
                    "stance": m.stance.value,
                    "may_contact": m.may_contact,
                    "phone": m.phone,
                    "notes": m.notes,
                }
            )
        )
    consent_keys: dict[int, str] = {}
    out_consents = []
    ledger = session.scalars(select(Consent).where(Consent.case_id == case.id).order_by(Consent.id))
    for i, c in enumerate(ledger, 1):
        consent_keys[c.id] = f"c{i}"
        w = c.withdrawal
        out_consents.append(
            _clean(
                {
                    "key": f"c{i}",
                    "recipient": recipient_keys[c.recipient_key],
                    "purposes": [p.purpose.value for p in c.purposes],
                    "given_on": _iso(c.given_on),
                    "form": c.form.value,
                    "documented_by": c.documented_by,
                    "expires_on": _iso(c.expires_on),
                    "renews": consent_keys.get(c.renews_id) if c.renews_id else None,
                    "withdrawn_on": _iso(w.withdrawn_on) if w else None,
                    "withdrawn_how": w.how.value if w else None,
                    "withdrawn_recorded_by": w.recorded_by if w else None,
                }
            )
        )
    out_assessments = [
        _clean(
            {
                "on": _iso(a.made_on),
                "person": person_keys.get(a.person_id) if a.person_id else None,
                "domains": {
                    r.domain.value: _clean(
                        {"rating": r.rating, "text": r.description, "own_words": r.own_words}
                    )
                    for r in a.ratings
                },
                "hopes": a.hopes,
                "dreams": a.dreams,
                "resources": a.resources,
            }
        )
        for a in assessments.assessments(session, case)
    ]
    out_risk = [_risk(session, r) for r in risk.risk_history(session, case)]
    out_plans = [_plan(p, person_keys, recipient_keys) for p in _plans_in_order(session, case)]
    meeting_keys: dict[int, str] = {}
    out_meetings = []
    for i, m in enumerate(
        session.scalars(select(Meeting).where(Meeting.case_id == case.id).order_by(Meeting.id)), 1
    ):
        meeting_keys[m.id] = f"m{i}"
        out_meetings.append(
            _clean(
                {
                    "key": f"m{i}",
                    "on": m.held_on.isoformat(),
                    "kind": m.kind.value,
                    "place": m.place,
                    "citizen_present": m.citizen_present,
                    "participants": [
                        recipient_keys[
                            RecipientRef.of_ledger(p.case_actor_id, p.network_member_id).key
                        ]
                        for p in m.participants
                    ],
                    "agenda": [a.text for a in m.agenda],
                    "minutes": m.minutes,
                    "decisions": [d.text for d in m.decisions],
                    "cancelled_at": _iso(m.cancelled_at),
                    "cancel_reason": m.cancel_reason,
                }
            )
        )
    out_notes = [
        _clean(
            {
                "written_at": n.written_at.isoformat(),
                "text": n.text,
                "meeting": meeting_keys.get(n.meeting_id) if n.meeting_id else None,
                "person": person_keys.get(n.person_id) if n.person_id else None,
                "versions": [
                    {
                        "written_at": v.written_at.isoformat(),
                        "replaced_at": v.replaced_at.isoformat(),
                        "text": v.text,
                    }
                    for v in n.versions
                ],
            }
        )
        for n in session.scalars(
            select(Note).where(Note.case_id == case.id).order_by(Note.written_at, Note.id)
        )
    ]
    event_keys: dict[int, str] = {}
    out_events = []
    for i, e in enumerate(
        session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        ),
        1,
    ):
        event_keys[e.id] = f"e{i}"
        subject = None
        if e.subject_id is not None:
            keys = consent_keys if e.kind == EventKind.CONSENT_RENEWED else event_keys
            subject = keys.get(e.subject_id)
        out_events.append(
            _clean(
                {
                    "key": f"e{i}",
                    "kind": e.kind.value,
                    "on": _iso(e.occurred_on),
                    "subject": subject,
                    "remark": e.remark,
                    "recipient": e.recipient,
                }
            )
        )
    audit.record(
        session,
        "case.export",
        "case",
        case.id,
        case_id=case.id,
        detail={"format": FORMAT, "recipient": "internal"},
    )
    return {
        "format": FORMAT,
        "case": _clean(
            {
                "reference": case.reference,
                "opened_on": _iso(case.opened_on),
                "closed_on": _iso(case.closed_on),
                "status": case.status.value,
                "intake_route": case.intake_route.value,
                "crisis_centre_admission_on": _iso(case.crisis_centre_admission_on),
                "crisis_centre_discharge_on": _iso(case.crisis_centre_discharge_on),
                "urgent": case.urgent,
                "urgent_since": _iso(case.urgent_since),
                "violence_forms": [f.form.value for f in case.violence_forms],
                "municipality_notified_on": _iso(case.municipality_notified_on),
                "closing_reason": case.closing_reason,
                "closed_handed_to": case.closed_handed_to,
                "after_effort_text": case.after_effort_text,
                "is_demo": case.is_demo or None,
            }
        ),
        "people": out_people,
        "actors": out_actors,
        "network": out_network,
        "consents": out_consents,
        "assessments": out_assessments,
        "risk_assessments": out_risk,
        "plans": out_plans,
        "meetings": out_meetings,
        "notes": out_notes,
        "events": out_events,
    }


def _risk(session: Session, r: RiskAssessment) -> dict[str, Any]:
    """A risk assessment with its assessor and, where an instrument was used, its name and
    the answers by item text (item ids are this vault's own)."""
    instrument = session.get(RiskInstrument, r.instrument_id) if r.instrument_id else None
    items = {item.id: item.text for item in instrument.items} if instrument else {}
    return _clean(
        {
            "on": _iso(r.made_on),
            "level": r.level.value,
            "notes": r.notes,
            "assessor": r.assessor,
            "instrument": instrument.name if instrument else None,
            "answers": [{"item": items[a.item_id], "answer": a.answer} for a in r.answers],
        }
    )


def _plans_in_order(session: Session, case: Case) -> list[ActionPlan]:
    return sorted(
        plans.plans(session, case), key=lambda p: (p.kind, p.child_person_id or 0, p.version)
    )


def _plan(
    plan: ActionPlan, person_keys: dict[int, str], recipient_keys: dict[str, str]
) -> dict[str, Any]:
    return _clean(
        {
            "kind": plan.kind.value,
            "child": person_keys.get(plan.child_person_id) if plan.child_person_id else None,
            "version": plan.version,
            "made_on": _iso(plan.made_on),
            "reviewed_on": _iso(plan.reviewed_on),
            "review_due_on": _iso(plan.review_due_on),
            "after_effort": plan.after_effort,
            "goals": [
                _clean(
                    {
                        "text": g.text,
                        "domain": g.domain.value if g.domain else None,
                        "status": g.status.value,
                        "actions": [
                            _clean(
                                {
                                    "text": a.text,
                                    "responsible": recipient_keys.get(
                                        RecipientRef.actor(a.responsible_id).key
                                    )
                                    if a.responsible_id
                                    else None,
                                    "due_on": _iso(a.due_on),
                                    "status": a.status.value,
                                    "outcome": a.outcome,
                                }
                            )
                            for a in g.actions
                        ],
                    }
                )
                for g in plan.goals
            ],
        }
    )
