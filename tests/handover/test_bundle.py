"""A case handed from vault A to vault B: every field arrives, and every kind of bad
bundle is refused with its own error while B's vault stays exactly as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.handover.conftest import know
from vnr_desk.domain import AuditEntry
from vnr_desk.services import cases
from vnr_desk.services.handover import bundle as handover
from vnr_desk.services.handover import colleagues
from vnr_desk.services.handover.errors import (
    BadSignature,
    BundleDamaged,
    BundleTruncated,
    NotABundle,
    NotForThisVault,
    ReferenceTaken,
    Retargeted,
    UnknownSender,
)
from vnr_desk.services.handover.identity import encryption_identity, my_card
from vnr_desk.services.interchange import dump as interchange_dump
from vnr_desk.services.interchange import importer as interchange
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify

REF = "K-2026-017"


def send(sender: Vault, to: str, then: str = "keep", ref: str = REF) -> bytes:
    with sender.session() as s:
        sent = handover.hand_over(s, cases.get_case(s, ref), colleagues.get_colleague(s, to), then)
    return sent.bundle


def dump(vault: Vault, ref: str = REF) -> dict:
    with vault.session() as s:
        return interchange_dump.dump_case(s, cases.get_case(s, ref))


def receive(vault: Vault, bundle: bytes, take: set[str] | None = None) -> None:
    with vault.session() as s:
        handover.receive(s, handover.open_bundle(s, bundle), take)


def db_sha(vault: Vault) -> str:
    return hashlib.sha256(vault.paths.database.read_bytes()).hexdigest()


def test_every_field_survives(ab: dict[str, Vault]) -> None:
    before = dump(ab["a"])
    receive(ab["b"], send(ab["a"], "Bo"))
    assert dump(ab["b"]) == before
    assert len(before["notes"]) > 1 and before["people"] and before["consents"]
    for vault, action in ((ab["a"], "case.handover_send"), (ab["b"], "case.handover_receive")):
        with vault.session() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == action)).one()
            assert entry.case_id == cases.get_case(s, REF).id


def test_the_bundle_shows_only_its_format_and_size(ab: dict[str, Vault]) -> None:
    bundle = send(ab["a"], "Bo")
    first, _, body = bundle.partition(b"\n")
    name, size, checksum = first.split(b" ")
    assert name == b"vnr-desk-handover/1" and int(size) == len(body)
    assert checksum == hashlib.sha256(body).hexdigest().encode()
    assert body.startswith(b"age-encryption.org/v1\n-> X25519 ")
    names = [REF, "KANARIE"]  # names shorter than this turn up in random bytes by chance
    for vault in (ab["a"], ab["b"]):
        with vault.session() as s:
            card = my_card(s)
        names += [card.encryption_key, card.signing_key, card.fingerprint]
        names.append(bytes.fromhex(card.signing_key).decode("latin-1"))
    for secret in names:
        assert secret.encode("latin-1" if len(secret) == 32 else "utf-8") not in bundle


def _refused_unchanged(vault: Vault, attempts: list[tuple[bytes, type[Exception]]]) -> None:
    vault.lock()
    sha = db_sha(vault)
    reopened = Vault.unlock(vault.paths.directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        for bundle, expected in attempts:
            with pytest.raises(expected) as caught, reopened.session() as s:
                handover.receive(s, handover.open_bundle(s, bundle))
            assert type(caught.value) is expected, (type(caught.value), expected)
        assert verify(reopened).ok
    finally:
        reopened.lock()
    assert db_sha(vault) == sha


def test_a_flipped_byte_anywhere_is_refused(ab: dict[str, Vault]) -> None:
    bundle = send(ab["a"], "Bo")
    head = bundle.index(b"\n") + 1
    offsets = sorted({*range(0, head), *range(head, len(bundle), 53), len(bundle) - 1})
    attempts = []
    for offset in offsets:
        flipped = bytearray(bundle)
        flipped[offset] ^= 0x01
        expected = NotABundle if offset < len("vnr-desk-handover/1") else BundleDamaged
        attempts.append((bytes(flipped), expected))
    assert len(attempts) > 150
    _refused_unchanged(ab["b"], attempts)


def test_a_cut_off_bundle_is_refused_as_truncated(ab: dict[str, Vault]) -> None:
    bundle = send(ab["a"], "Bo")
    cuts = [30, bundle.index(b"\n") + 1, len(bundle) // 2, len(bundle) - 1]
    _refused_unchanged(ab["b"], [(bundle[:n], BundleTruncated) for n in cuts])


def test_a_bundle_for_another_recipient_is_refused(ab: dict[str, Vault]) -> None:
    know(ab["a"], ab["c"], "Cecilie")
    _refused_unchanged(ab["b"], [(send(ab["a"], "Cecilie"), NotForThisVault)])


def _reseal(inner: bytes, to: str) -> bytes:
    body = pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(to)])
    head = f"vnr-desk-handover/1 {len(body)} {hashlib.sha256(body).hexdigest()}\n"
    return head.encode() + body


def test_a_bundle_re_encrypted_to_someone_else_is_refused(ab: dict[str, Vault]) -> None:
    """C was the real recipient, opened it and re-encrypted it to B."""
    know(ab["a"], ab["c"], "Cecilie")
    body = send(ab["a"], "Cecilie").partition(b"\n")[2]
    with ab["c"].session() as s:
        inner = pyrage.decrypt(body, [encryption_identity(s)])
    with ab["b"].session() as s:
        to_b = my_card(s).encryption_key
    _refused_unchanged(ab["b"], [(_reseal(inner, to_b), Retargeted)])


def test_a_bundle_re_signed_by_a_third_vault_is_refused(
    ab: dict[str, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    """C holds the same case and signs it with its own key, once as itself and once
    claiming to be A (A's public keys in the sender field)."""
    with ab["c"].session() as s:
        interchange.import_case(s, dump(ab["a"]))
    know(ab["c"], ab["b"], "Bo")
    as_itself = send(ab["c"], "Bo", then="close")
    with ab["a"].session() as s:
        a_card = my_card(s)
    monkeypatch.setattr(handover, "my_card", lambda session: a_card)
    claiming_a = send(ab["c"], "Bo")
    monkeypatch.undo()
    _refused_unchanged(ab["b"], [(as_itself, UnknownSender), (claiming_a, BadSignature)])


def test_unknown_sender_message_names_the_fingerprint(ab: dict[str, Vault]) -> None:
    with ab["b"].session() as s:
        colleagues.remove_colleague(s, "Anna")
    bundle = send(ab["a"], "Bo")
    with pytest.raises(UnknownSender) as caught, ab["b"].session() as s:
        handover.open_bundle(s, bundle)
    with ab["a"].session() as s:
        assert my_card(s).fingerprint in str(caught.value)


def test_another_case_under_the_same_reference_is_refused_naming_both(
    ab: dict[str, Vault],
) -> None:
    with ab["b"].session() as s:
        cases.create_case(s, REF, None)
    bundle = send(ab["a"], "Bo")
    with pytest.raises(ReferenceTaken) as caught, ab["b"].session() as s:
        handover.receive(s, handover.open_bundle(s, bundle))
    message = str(caught.value)
    assert message.count(REF) == 2 and "Anna" in message
    with ab["b"].session() as s:
        assert not interchange_dump.dump_case(s, cases.get_case(s, REF)).get("notes")


def test_not_a_bundle(ab: dict[str, Vault], tmp_path: Path) -> None:
    with pytest.raises(NotABundle), ab["b"].session() as s:
        handover.open_bundle(s, json.dumps(dump(ab["a"])).encode())
