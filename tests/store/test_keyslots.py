from __future__ import annotations

import pytest

from vnr_desk.store.errors import MistypedRecoveryKey
from vnr_desk.store.keyslots import (
    CHEAP_TEST_PARAMS,
    new_data_key,
    new_recovery_key,
    parse_recovery_key,
    passphrase_bytes,
    unwrap,
    wrap_with_passphrase,
    wrap_with_recovery_key,
)


def test_passphrase_slot_round_trip_and_wrong_passphrase() -> None:
    key = new_data_key()
    slot = wrap_with_passphrase(key, "sommer 2026", CHEAP_TEST_PARAMS)
    assert unwrap(slot, passphrase_bytes("sommer 2026")) == key
    assert unwrap(slot, passphrase_bytes("sommer 2027")) is None


def test_passphrase_is_unicode_normalised() -> None:
    key = new_data_key()
    composed, decomposed = "bl\u00e5b\u00e6r", "bla\u030ab\u00e6r"
    slot = wrap_with_passphrase(key, composed, CHEAP_TEST_PARAMS)
    assert unwrap(slot, passphrase_bytes(decomposed)) == key


def test_recovery_key_groups_and_forgiving_parse() -> None:
    rk = new_recovery_key()
    groups = rk.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    sloppy = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert parse_recovery_key(sloppy) == parse_recovery_key(rk)
    key = new_data_key()
    slot = wrap_with_recovery_key(key, rk)
    assert unwrap(slot, parse_recovery_key(sloppy)) == key


def test_recovery_key_typo_is_caught_by_check_group() -> None:
    rk = new_recovery_key()
    first = rk[0]
    typo = ("A" if first != "A" else "B") + rk[1:]
    with pytest.raises(MistypedRecoveryKey):
        parse_recovery_key(typo)
    with pytest.raises(MistypedRecoveryKey):
        parse_recovery_key(rk[:-5])


def test_slot_parameters_are_bound_as_associated_data() -> None:
    from dataclasses import replace

    from vnr_desk.store.keyslots import Argon2Params

    key = new_data_key()
    slot = wrap_with_passphrase(key, "pw", CHEAP_TEST_PARAMS)
    changed = replace(slot, params=Argon2Params(iterations=2, lanes=1, memory_kib=8))
    assert unwrap(changed, passphrase_bytes("pw")) is None
