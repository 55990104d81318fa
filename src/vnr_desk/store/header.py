"""The vault header: key slots and cipher settings, stored beside the database.

Layout (UTF-8 text, three lines):
    VNR-DESK-HEADER/1
    {canonical JSON body}
    sha256:<hex of the two lines above>
The checksum turns any accidental damage into `VaultCorrupted` before a key is tried.
The body also carries an HMAC keyed from the data key, checked after unlock, so a
header edited with a recomputed checksum is still caught once the vault is opened.

Optional fields appear in the body only when set, so headers written before they
existed keep their MAC: `audit_anchor` (the audit chain's length and head, see
store/audit.py), `rekeyed_at` and `rekey_pending` (a data-key rotation whose new
database still waits beside the old one, see store/rekey.py)."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vnr_desk.files.atomic import write_atomic
from vnr_desk.store.audit import AuditAnchor
from vnr_desk.store.errors import VaultCorrupted
from vnr_desk.store.keyslots import KeySlot

MAGIC = "VNR-DESK-HEADER/1"
SQLCIPHER_COMPATIBILITY = 4


@dataclass(frozen=True)
class Header:
    vault_id: str
    created_at: str
    passphrase_slot: KeySlot
    recovery_slot: KeySlot
    cipher: dict[str, Any] = field(default_factory=dict)
    passphrase_changed_at: str | None = None
    mac: str = ""
    audit_anchor: AuditAnchor | None = None
    rekeyed_at: str | None = None
    rekey_pending: str | None = None

    def body(self, with_mac: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": MAGIC,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "cipher": self.cipher,
            "passphrase_changed_at": self.passphrase_changed_at,
            "slots": {
                "passphrase": self.passphrase_slot.to_json(),
                "recovery": self.recovery_slot.to_json(),
            },
        }
        if self.audit_anchor is not None:
            data["audit_anchor"] = self.audit_anchor.to_json()
        if self.rekeyed_at is not None:
            data["rekeyed_at"] = self.rekeyed_at
        if self.rekey_pending is not None:
            data["rekey_pending"] = self.rekey_pending
        if with_mac:
            data["mac"] = self.mac
        return data

    def sealed(self, data_key: bytes) -> Header:
        """This header with its MAC computed under `data_key`."""
        return replace(self, mac=_mac(data_key, self.body(with_mac=False)))

    def check_mac(self, data_key: bytes) -> None:
        expected = _mac(data_key, self.body(with_mac=False))
        if not hmac.compare_digest(expected, self.mac):
            raise VaultCorrupted("header does not belong to this key (tampered)")


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _mac(data_key: bytes, body: dict[str, Any]) -> str:
    mac_key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"vnr-desk header mac"
    ).derive(data_key)
    return hmac.new(mac_key, _canonical(body), hashlib.sha256).hexdigest()


def encode(header: Header) -> bytes:
    head = MAGIC.encode() + b"\n" + _canonical(header.body()) + b"\n"
    return head + b"sha256:" + hashlib.sha256(head).hexdigest().encode() + b"\n"


def decode(raw: bytes) -> Header:
    lines = raw.split(b"\n")
    if len(lines) != 4 or lines[3] != b"" or lines[0] != MAGIC.encode():
        raise VaultCorrupted("header layout damaged")
    head = lines[0] + b"\n" + lines[1] + b"\n"
    expected = b"sha256:" + hashlib.sha256(head).hexdigest().encode()
    if not hmac.compare_digest(expected, lines[2]):
        raise VaultCorrupted("header checksum mismatch")
    try:
        body = json.loads(lines[1])
        slots = body["slots"]
        anchor = body.get("audit_anchor")
        return Header(
            vault_id=str(body["vault_id"]),
            created_at=str(body["created_at"]),
            passphrase_slot=KeySlot.from_json(slots["passphrase"]),
            recovery_slot=KeySlot.from_json(slots["recovery"]),
            cipher=dict(body.get("cipher") or {}),
            passphrase_changed_at=body.get("passphrase_changed_at"),
            mac=str(body["mac"]),
            audit_anchor=None if anchor is None else AuditAnchor.from_json(anchor),
            rekeyed_at=_optional_text(body.get("rekeyed_at")),
            rekey_pending=_optional_text(body.get("rekey_pending")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultCorrupted("header body unreadable") from exc


def _optional_text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("header field is not text")
    return value


def read(path: Path) -> Header:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise VaultCorrupted("header file missing") from exc
    return decode(raw)


def write(path: Path, header: Header) -> None:
    write_atomic(path, encode(header))
