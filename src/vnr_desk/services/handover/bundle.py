"""Handing a case to a colleague and receiving one (see docs/handover.md).

A bundle is one line in the clear, `vnr-desk-handover/1 <size> <sha256>`, then an age file
(X25519) encrypted to the colleague. The size and checksum only tell a cut-off file from a
damaged one; the protection is age's authenticated encryption and, inside it, an Ed25519
signature by the sender over the format name, the sender's and the recipient's key
fingerprints and the case (`vnr-desk-case/1`). Sign, then encrypt: the recipient is bound
into what was signed, so a bundle opened by one colleague cannot be re-encrypted to
another and pass as addressed to them."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Case,
    CaseHandover,
    CaseStatus,
    Colleague,
)
from vnr_desk.services import auditing as audit
from vnr_desk.services import cases
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.handover.errors import (
    AlreadyReceived,
    BadSignature,
    BundleDamaged,
    BundleTruncated,
    CaseHandedOver,
    ChoiceNeeded,
    NotABundle,
    NotForThisVault,
    ReferenceTaken,
    Retargeted,
    UnknownSender,
)
from vnr_desk.services.handover.identity import (
    ContactCard,
    encryption_identity,
    fingerprint,
    my_card,
    signing_key,
)
from vnr_desk.services.handover.merge import Difference, differences, merged
from vnr_desk.services.interchange.dump import dump_case
from vnr_desk.services.interchange.fields import FORMAT as CASE_FORMAT
from vnr_desk.services.interchange.importer import check_structure, import_case

FORMAT = "vnr-desk-handover/1"
MAGIC = FORMAT.encode("ascii")
MAX_BUNDLE_BYTES = 64 * 1024 * 1024 + 4096
_MAX_LINE = 120
THEN = ("keep", "close")
_SIZE = re.compile(rb"[1-9][0-9]{0,9}")
_SHA256 = re.compile(rb"[0-9a-f]{64}")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _to_sign(payload: bytes) -> bytes:
    return MAGIC + b"\n" + payload


# -- handing over -----------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    bundle: bytes
    reference: str
    colleague: str
    then: str


# The rows whose write can make an open case read-only (or writable again).
HANDOVER_ROWS: frozenset[type] = frozenset({CaseHandover})


def handed_over(session: Session, case_id: int) -> CaseHandover | None:
    """The record that keeps this case read-only here, if any."""
    return session.scalar(
        select(CaseHandover)
        .where(CaseHandover.case_id == case_id, CaseHandover.read_only.is_(True))
        .limit(1)
    )


def case_uid(session: Session, case_id: int) -> str | None:
    """The id this case travels under, if it has travelled before."""
    return session.scalar(
        select(CaseHandover.case_uid)
        .where(CaseHandover.case_id == case_id)
        .order_by(CaseHandover.id.desc())
        .limit(1)
    )


def hand_over(session: Session, case: Case, colleague: Colleague, then: str) -> Sent:
    """The sealed bundle for `colleague`; the case here is then read-only or closed.
    The caller writes the bundle (through the output guard) before committing."""
    if then not in THEN:
        raise InvalidInput(f"then: one of {', '.join(THEN)}")
    if handed_over(session, case.id) is not None:
        raise CaseHandedOver(case.reference)
    me = my_card(session)
    uid = case_uid(session, case.id) or str(uuid.uuid4())
    sent_at = _now()
    payload = _canonical(
        {
            "format": FORMAT,
            "sender": {
                "name": me.name,
                "unit": me.unit,
                "encryption_key": me.encryption_key,
                "signing_key": me.signing_key,
            },
            "recipient": fingerprint(colleague.encryption_key, colleague.signing_key),
            "sent_at": sent_at.isoformat(),
            "case_uid": uid,
            "case": dump_case(session, case),
        }
    )
    signature = signing_key(session).sign(_to_sign(payload))
    inner = _canonical(
        {
            "format": FORMAT,
            "payload": base64.b64encode(payload).decode("ascii"),
            "signature": base64.b64encode(signature).decode("ascii"),
        }
    )
    recipient = pyrage.x25519.Recipient.from_str(colleague.encryption_key)
    body = pyrage.encrypt(inner, [recipient])
    head = f"{FORMAT} {len(body)} {hashlib.sha256(body).hexdigest()}\n".encode("ascii")
    if then == "close" and case.status != CaseStatus.CLOSED:
        cases.close_case(session, case, max(dt.date.today(), case.opened_on))
    session.add(
        CaseHandover(
            case_uid=uid,
            case_id=case.id,
            reference=case.reference,
            direction="out",
            colleague=colleague.name,
            fingerprint=colleague.fingerprint,
            at=sent_at,
            then=then,
            read_only=then == "keep",
        )
    )
    session.flush()
    audit.record(
        session,
        "case.handover_send",
        "case",
        case.id,
        case_id=case.id,
        detail={"to": colleague.fingerprint, "then": then, "bytes": len(head) + len(body)},
    )
    return Sent(head + body, case.reference, colleague.name, then)


# -- receiving --------------------------------------------------------------------------


@dataclass(frozen=True)
class Incoming:
    """A bundle opened and checked: from a known colleague, for this vault."""

    sender: Colleague
    sent_at: str
    case_uid: str
    document: dict[str, Any]

    @property
    def reference(self) -> str:
        return str(self.document["case"]["reference"])


def _outer(raw: bytes) -> bytes:
    """The age file inside the bundle, if the bundle arrived whole and unchanged."""
    if not raw.startswith(MAGIC[: max(1, min(len(raw), len(MAGIC)))]):
        raise NotABundle("file: not a handover bundle")
    newline = raw.find(b"\n", 0, _MAX_LINE)
    if newline < 0:
        if len(raw) < _MAX_LINE:
            raise BundleTruncated("the first line is cut off")
        raise BundleDamaged("the first line is damaged")
    parts = raw[:newline].split(b" ")
    body = raw[newline + 1 :]
    if len(parts) != 3 or parts[0] != MAGIC:
        raise BundleDamaged("the first line is damaged")
    if not _SIZE.fullmatch(parts[1]) or not _SHA256.fullmatch(parts[2]):
        raise BundleDamaged("the first line is damaged")
    size, checksum = int(parts[1]), parts[2].decode("ascii")
    actual = hashlib.sha256(body).hexdigest()
    if len(body) < size and actual != checksum:
        raise BundleTruncated(f"{len(body)} of {size} bytes")
    if len(body) != size or actual != checksum:
        raise BundleDamaged("the checksum does not match")
    return body


def open_bundle(session: Session, raw: bytes) -> Incoming:
    """Check and decrypt a bundle in memory. Refuses (each with its own error) a damaged
    or cut-off file, one for another vault, one re-targeted, a bad signature and a sender
    not on the colleague list; then validates the case document's structure."""
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleDamaged("larger than any bundle")
    body = _outer(raw)
    try:
        inner = pyrage.decrypt(body, [encryption_identity(session)])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise NotForThisVault("") from None
        raise BundleDamaged("decryption failed") from None
    try:
        envelope = json.loads(inner)
        payload = base64.b64decode(envelope["payload"], validate=True)
        signature = base64.b64decode(envelope["signature"], validate=True)
        data = json.loads(payload)
        sender = data["sender"]
        sender_key = bytes.fromhex(sender["signing_key"])
        sender_enc = str(sender["encryption_key"])
    except (ValueError, KeyError, TypeError):
        raise BundleDamaged("the contents are not a handover") from None
    if envelope.get("format") != FORMAT or data.get("format") != FORMAT:
        raise BundleDamaged("the contents are not a handover")
    try:
        Ed25519PublicKey.from_public_bytes(sender_key).verify(signature, _to_sign(payload))
    except (InvalidSignature, ValueError):
        raise BadSignature("") from None
    colleague = session.scalar(select(Colleague).where(Colleague.signing_key == sender_key.hex()))
    claimed = fingerprint(sender_enc, sender_key.hex())
    if colleague is None:
        raise UnknownSender(f"{sender.get('name', '')!s} ({claimed})")
    me = my_card(session)
    if data.get("recipient") != me.fingerprint:
        raise Retargeted(f"{colleague.name}")
    document = data.get("case")
    if not isinstance(document, dict) or document.get("format") != CASE_FORMAT:
        raise InvalidInput("case: not a vnr-desk-case/1 document")
    check_structure(document)
    case = document.get("case")
    if not isinstance(case, dict) or not str(case.get("reference", "")).strip():
        raise InvalidInput("case.reference: missing")
    return Incoming(colleague, str(data.get("sent_at", "")), str(data.get("case_uid")), document)


@dataclass(frozen=True)
class Arrival:
    """What `receive` found: a new case, or one coming back with these differences."""

    kind: str  # "new" or "return"
    existing: Case | None
    differences: list[Difference]


def examine(session: Session, incoming: Incoming) -> Arrival:
    """New case, or a case of ours coming back (with its differences); anything else is
    refused: another case under the same reference, or a bundle received before."""
    existing = session.scalar(select(Case).where(Case.reference == incoming.reference))
    if existing is None:
        return Arrival("new", None, [])
    last = session.scalar(
        select(CaseHandover)
        .where(CaseHandover.case_id == existing.id)
        .order_by(CaseHandover.id.desc())
        .limit(1)
    )
    if last is None or last.case_uid != incoming.case_uid:
        raise ReferenceTaken(
            existing.reference,
            existing.opened_on.isoformat(),
            incoming.sender.name,
            str(incoming.document["case"].get("opened_on", "?")),
        )
    if last.direction != "out":
        raise AlreadyReceived(existing.reference)
    mine = dump_case(session, existing)
    return Arrival("return", existing, differences(mine, incoming.document))


def receive(session: Session, incoming: Incoming, take: set[str] | None = None) -> Case:
    """Import a new case, or apply the fields chosen (`take`) of a case coming back.
    A returning case with differences and no choice (`take` is None) raises
    `ChoiceNeeded`: nothing is applied unseen. All or nothing (a savepoint)."""
    arrival = examine(session, incoming)
    nested = session.begin_nested()
    try:
        if arrival.kind == "new":
            case = import_case(session, incoming.document)
            taken: list[str] = []
        else:
            assert arrival.existing is not None
            if arrival.differences and take is None:
                raise ChoiceNeeded(arrival.existing.reference)
            case, taken = _apply_return(session, arrival, incoming, take or set())
        session.add(
            CaseHandover(
                case_uid=incoming.case_uid,
                case_id=case.id,
                reference=case.reference,
                direction="in",
                colleague=incoming.sender.name,
                fingerprint=incoming.sender.fingerprint,
                at=_now(),
            )
        )
        session.flush()
        audit.record(
            session,
            "case.handover_receive",
            "case",
            case.id,
            case_id=case.id,
            detail={
                "from": incoming.sender.fingerprint,
                "kind": arrival.kind,
                "fields_taken": taken,
                "differences": len(arrival.differences),
            },
        )
    except BaseException:
        nested.rollback()
        raise
    nested.commit()
    return case


def _apply_return(
    session: Session, arrival: Arrival, incoming: Incoming, take: set[str]
) -> tuple[Case, list[str]]:
    """Nothing chosen: the copy here stays as it is and becomes writable again. Fields
    chosen: the merged document becomes the case under its reference, and the copy as it
    was is kept, closed and read-only, under `REF~N` (the consent ledger is append-only,
    so a case is never deleted)."""
    existing = arrival.existing
    assert existing is not None
    known = {d.field for d in arrival.differences}
    unknown = sorted(take - known)
    if unknown:
        raise InvalidInput(f"take: no difference named {unknown[0]!r}")
    session.execute(
        update(CaseHandover).where(CaseHandover.case_id == existing.id).values(read_only=False)
    )
    session.flush()
    if not take:
        return existing, []
    document = merged(dump_case(session, existing), incoming.document, take)
    reference = existing.reference
    existing.reference = _archive_reference(session, reference)
    if existing.status != CaseStatus.CLOSED:
        cases.close_case(session, existing, max(dt.date.today(), existing.opened_on))
    session.flush()
    case = import_case(session, document)
    session.execute(
        update(CaseHandover).where(CaseHandover.case_id == existing.id).values(case_id=case.id)
    )
    session.add(
        CaseHandover(
            case_uid=incoming.case_uid,
            case_id=existing.id,
            reference=existing.reference,
            direction="kept",
            colleague=incoming.sender.name,
            fingerprint=incoming.sender.fingerprint,
            at=_now(),
            read_only=True,
        )
    )
    session.flush()
    audit.record(
        session,
        "case.handover_archive",
        "case",
        existing.id,
        case_id=existing.id,
        detail={"replaced_by": case.id},
    )
    return case, sorted(take)


def _archive_reference(session: Session, reference: str) -> str:
    n = 1
    while session.scalar(select(Case.id).where(Case.reference == f"{reference}~{n}")):
        n += 1
    return f"{reference}~{n}"


def card_of(colleague: Colleague) -> ContactCard:
    return ContactCard(
        colleague.name, colleague.unit, colleague.encryption_key, colleague.signing_key
    )
