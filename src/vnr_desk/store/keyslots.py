"""Key slots: the data key wrapped under a passphrase (Argon2id) or a recovery key (HKDF).

Only composes primitives from `cryptography`. The KDF name, parameters and salt are the
AES-GCM associated data, so a slot cannot be replayed under other parameters."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vnr_desk.store.errors import KdfOutOfRange, MistypedRecoveryKey, VaultCorrupted

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
# Ceilings for a slot's Argon2id cost, checked before use. Eight times the default memory
# and five times its iterations leave room for stronger settings; beyond them a header is
# damaged or hostile (1 GiB x 16 passes is already about 15 s on the dev machine).
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 16


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost. Defaults give about 0.5 s on a 2-core laptop (see docs/vault.md)."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 128 * 1024

    def to_json(self) -> dict[str, int]:
        return {"iterations": self.iterations, "lanes": self.lanes, "memory_kib": self.memory_kib}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        try:
            params = cls(int(data["iterations"]), int(data["lanes"]), int(data["memory_kib"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultCorrupted("key slot parameters unreadable") from exc
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        """Refuse a cost no honest header asks for, before a byte is allocated: a header
        edited to ask for 4 GiB would otherwise end in MemoryError (or the OOM killer)."""
        if not (
            1 <= self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= MAX_LANES
            and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
        ):
            raise KdfOutOfRange(
                f"key slot asks for {self.memory_kib} KiB, {self.iterations} iterations, "
                f"{self.lanes} lanes; the limits are {MAX_MEMORY_KIB} KiB, "
                f"{MAX_ITERATIONS} iterations, {MAX_LANES} lanes"
            )


CHEAP_TEST_PARAMS = Argon2Params(iterations=1, lanes=1, memory_kib=8)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError) as exc:
        raise VaultCorrupted("key slot field unreadable") from exc


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key. `kdf` is "argon2id" or "hkdf-sha256"."""

    kdf: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    params: Argon2Params | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def associated_data(self) -> bytes:
        bound = {
            "kdf": self.kdf,
            "params": self.params.to_json() if self.params else None,
            "salt": _b64(self.salt),
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }
        if self.params:
            data["params"] = self.params.to_json()
        data.update(self.extra)
        return data

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        if not isinstance(data, dict):
            raise VaultCorrupted("key slot unreadable")
        kdf = data.get("kdf")
        if kdf not in ("argon2id", "hkdf-sha256"):
            raise VaultCorrupted("unknown key derivation")
        params = Argon2Params.from_json(data.get("params", {})) if kdf == "argon2id" else None
        known = {"kdf", "salt", "nonce", "wrapped_key", "params"}
        slot = cls(
            kdf=kdf,
            salt=_unb64(data.get("salt")),
            nonce=_unb64(data.get("nonce")),
            wrapped_key=_unb64(data.get("wrapped_key")),
            params=params,
            extra={k: str(v) for k, v in data.items() if k not in known},
        )
        if len(slot.salt) != SALT_BYTES or len(slot.nonce) != NONCE_BYTES:
            raise VaultCorrupted("key slot sizes wrong")
        if len(slot.wrapped_key) != DATA_KEY_BYTES + 16:
            raise VaultCorrupted("key slot sizes wrong")
        return slot


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def _derive(kdf: str, secret: bytes, salt: bytes, params: Argon2Params | None) -> bytes:
    if kdf == "argon2id":
        assert params is not None
        params.check_bounds()
        return Argon2id(
            salt=salt,
            length=32,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(secret)
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"vnr-desk recovery slot"
    ).derive(secret)


def _wrap(kdf: str, secret: bytes, data_key: bytes, params: Argon2Params | None) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    shell = KeySlot(kdf=kdf, salt=salt, nonce=nonce, wrapped_key=b"", params=params)
    kek = _derive(kdf, secret, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, shell.associated_data())
    return KeySlot(kdf=kdf, salt=salt, nonce=nonce, wrapped_key=wrapped, params=params)


def unwrap(slot: KeySlot, secret: bytes) -> bytes | None:
    """The data key, or None if `secret` does not open this slot."""
    kek = _derive(slot.kdf, secret, slot.salt, slot.params)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot.associated_data())
    except InvalidTag:
        return None


def passphrase_bytes(passphrase: str) -> bytes:
    """Passphrases are NFC-normalised so the same words typed on another OS still open."""
    import unicodedata

    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def wrap_with_passphrase(data_key: bytes, passphrase: str, params: Argon2Params) -> KeySlot:
    return _wrap("argon2id", passphrase_bytes(passphrase), data_key, params)


def wrap_with_recovery_key(data_key: bytes, recovery_key: str) -> KeySlot:
    return _wrap("hkdf-sha256", parse_recovery_key(recovery_key), data_key, None)


# Recovery key: 160 random bits in Crockford base32 (no I, L, O, U), 8 groups of 4,
# then one check group so a typing slip is told apart from a wrong key.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECOVERY_GROUPS = 8


def _check_group(body: str) -> str:
    digest = hashlib.sha256(b"vnr-desk recovery check:" + body.encode()).digest()
    value = int.from_bytes(digest[:3], "big")
    return "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in range(4))


def new_recovery_key() -> str:
    body = "".join(secrets.choice(_ALPHABET) for _ in range(4 * RECOVERY_GROUPS))
    groups = [body[i : i + 4] for i in range(0, len(body), 4)] + [_check_group(body)]
    return "-".join(groups)


def parse_recovery_key(text: str) -> bytes:
    """Normalise what a person typed (case, dashes, spaces, O/0, I/L/1) and check it."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != 4 * (RECOVERY_GROUPS + 1) or any(ch not in _ALPHABET for ch in cleaned):
        raise MistypedRecoveryKey("recovery key has the wrong length or letters")
    body, check = cleaned[:-4], cleaned[-4:]
    if _check_group(body) != check:
        raise MistypedRecoveryKey("recovery key check group does not match")
    return body.encode("ascii")
