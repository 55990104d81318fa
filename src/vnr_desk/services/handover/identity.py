"""This vault's own identity: an age X25519 key pair (others encrypt cases to it) and an
Ed25519 key pair (it signs the cases it hands over). The private halves live only in
`vault_meta`, inside the encrypted database; a contact card carries the public halves and
the caseworker's name and unit, and its fingerprint is read aloud to be confirmed."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import VaultMeta
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.settings import caseworker_profile

CARD_FORMAT = "vnr-desk-contact/1"
ENCRYPTION_SECRET = "identity.encryption"
SIGNING_SECRET = "identity.signing"
MAX_CARD_BYTES = 16 * 1024


def new_secrets() -> dict[str, str]:
    """Fresh private keys as stored in `vault_meta` (also used by migration 0005)."""
    signing = Ed25519PrivateKey.generate().private_bytes_raw()
    return {
        ENCRYPTION_SECRET: str(pyrage.x25519.Identity.generate()),
        SIGNING_SECRET: signing.hex(),
    }


def ensure_identity(session: Session) -> None:
    """Create the key pairs if this vault has none yet (a vault made before them)."""
    present = set(
        session.scalars(
            select(VaultMeta.key).where(VaultMeta.key.in_((ENCRYPTION_SECRET, SIGNING_SECRET)))
        )
    )
    for key, value in new_secrets().items():
        if key not in present:
            session.add(VaultMeta(key=key, value=value))
    session.flush()


@dataclass(frozen=True)
class ContactCard:
    """Public: who (as the sender wrote it) and the two public keys."""

    name: str
    unit: str
    encryption_key: str  # "age1..."
    signing_key: str  # Ed25519 public key, 64 hex digits

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.encryption_key, self.signing_key)

    def to_bytes(self) -> bytes:
        data = {
            "format": CARD_FORMAT,
            "name": self.name,
            "unit": self.unit,
            "encryption_key": self.encryption_key,
            "signing_key": self.signing_key,
            "fingerprint": self.fingerprint,
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def fingerprint(encryption_key: str, signing_key: str) -> str:
    """Both public keys as 12 groups of 5 digits (about 166 bits, read as digits on the
    phone like Signal's safety numbers)."""
    digest = hashlib.sha512(f"{CARD_FORMAT}\n{encryption_key}\n{signing_key}\n".encode()).digest()
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100000 for i in range(0, 60, 5)]
    return " ".join(f"{g:05d}" for g in groups)


def parse_card(raw: bytes) -> ContactCard:
    """A contact card from a file, checked: both keys must be well-formed."""
    if len(raw) > MAX_CARD_BYTES:
        raise InvalidInput("card: too large for a contact card")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidInput("card: not a VNR Desk contact card") from None
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise InvalidInput("card: not a VNR Desk contact card")
    fields: dict[str, str] = {}
    for key in ("name", "unit", "encryption_key", "signing_key"):
        value = data.get(key)
        if not isinstance(value, str):
            raise InvalidInput("card: a field is missing")
        fields[key] = value
    name = " ".join(fields["name"].split())
    if not name or len(name) > 200 or len(fields["unit"]) > 200:
        raise InvalidInput("card.name: missing or too long")
    try:
        pyrage.x25519.Recipient.from_str(fields["encryption_key"])
        signing = bytes.fromhex(fields["signing_key"])
        if len(signing) != 32:
            raise ValueError
    except Exception:
        raise InvalidInput("card: a key is not valid") from None
    return ContactCard(
        name, " ".join(fields["unit"].split()), fields["encryption_key"], signing.hex()
    )


def _secret(session: Session, key: str) -> str:
    row = session.get(VaultMeta, key)
    if row is None:
        ensure_identity(session)
        row = session.get(VaultMeta, key)
        assert row is not None
    return row.value


def encryption_identity(session: Session) -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.from_str(_secret(session, ENCRYPTION_SECRET))


def signing_key(session: Session) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(_secret(session, SIGNING_SECRET)))


def sender_profile(session: Session) -> tuple[str, str]:
    """The caseworker's name and unit from the profile in the vault settings (empty if
    not filled in)."""
    profile = caseworker_profile(session)
    return profile.name, profile.unit


def my_card(session: Session) -> ContactCard:
    name, unit = sender_profile(session)
    public = signing_key(session).public_key().public_bytes_raw().hex()
    return ContactCard(name, unit, str(encryption_identity(session).to_public()), public)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
