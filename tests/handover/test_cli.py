"""The command line end to end, as two caseworkers would use it: cards, colleagues, a
handover, receiving it, and the way back; no plaintext anywhere on disk on the way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import files_containing, run_cli

CANARY = "KANARIE-cli-51c2 skjult adresse Gemmevej 3"
REF = "K-CLI-1"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "tmp").mkdir()
    return {
        "VNR_DESK_PASSPHRASE": "pw",
        "VNR_DESK_INSECURE_TEST_KDF": "1",
        "VNR_DESK_LANG": "en",
        "TMPDIR": str(tmp_path / "tmp"),
    }


def cli(env: dict[str, str], *args: object, stdin: str = "") -> tuple[int, str, str]:
    done = run_cli(*args, stdin=stdin, env=env)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def pair(tmp_path: Path, env: dict[str, str]) -> dict[str, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    for vault, name in ((a, "Anna"), (b, "Bo")):
        assert cli(env, "--vault", vault, "init")[0] == 0
        code, out, _ = cli(
            env,
            "--vault",
            vault,
            "identity",
            "export",
            "--out",
            tmp_path / f"{name}.vnrid",
            "--name",
            name,
        )
        assert code == 0 and "Fingerprint:" in out
    assert cli(env, "--vault", a, "colleagues", "add", tmp_path / "Bo.vnrid", "--yes")[0] == 0
    assert cli(env, "--vault", b, "colleagues", "add", tmp_path / "Anna.vnrid", "--yes")[0] == 0
    assert cli(env, "--vault", a, "case", "new", "--reference", REF)[0] == 0
    code, _, err = cli(
        env,
        "--vault",
        a,
        "--passphrase-stdin",
        "note",
        "add",
        "--case",
        REF,
        stdin=f"pw\n{CANARY}",
    )
    assert code == 0, err
    return {"a": a, "b": b, "root": tmp_path}


def test_hand_over_and_receive_leaves_no_plaintext(pair: dict[str, Path], env: dict) -> None:
    a, b, root = pair["a"], pair["b"], pair["root"]
    bundle = root / "out" / "k.vnrcase"
    bundle.parent.mkdir()
    code, out, err = cli(
        env, "--vault", a, "handover", "--case", REF, "--to", "Bo", "--out", bundle
    )
    assert code == 0, err
    assert "read-only" in out
    code, out, err = cli(env, "--vault", b, "receive", bundle)
    assert code == 0, err
    assert "received" in out
    dumps = [json.loads(cli(env, "--vault", v, "dump", "--case", REF)[1]) for v in (a, b)]
    assert dumps[0] == dumps[1]
    assert CANARY in [n["text"] for n in dumps[1]["notes"]]
    assert files_containing([root], CANARY.encode()) == []
    code, _, err = cli(env, "--vault", b, "receive", bundle)
    assert code == 9 and "already been received" in err
    code, _, err = cli(
        env, "--vault", a, "--passphrase-stdin", "note", "add", "--case", REF, stdin="pw\nmore"
    )
    assert code == 1 and "handed over" in err


def test_refusals_have_their_own_exit_codes_and_messages(pair: dict[str, Path], env: dict) -> None:
    a, b, root = pair["a"], pair["b"], pair["root"]
    bundle = root / "k.vnrcase"
    assert cli(env, "--vault", a, "handover", "--case", REF, "--to", "Bo", "--out", bundle)[0] == 0
    raw = bundle.read_bytes()
    cases = {
        "flipped": (bytes(raw[:-40]) + bytes([raw[-40] ^ 1]) + raw[-39:], 4, "tampered"),
        "cut": (raw[: len(raw) // 2], 4, "incomplete"),
    }
    for name, (data, exit_code, words) in cases.items():
        path = root / f"{name}.vnrcase"
        path.write_bytes(data)
        code, _, err = cli(env, "--vault", b, "receive", path)
        assert (code, words in err) == (exit_code, True), (name, code, err)
    assert cli(env, "--vault", b, "colleagues", "remove", "Anna")[0] == 0
    code, _, err = cli(env, "--vault", b, "receive", bundle)
    assert code == 9 and "not on your colleague list" in err
    assert cli(env, "--vault", b, "verify")[0] == 0
    code, out, _ = cli(env, "--vault", b, "colleagues", "list", "--json")
    assert json.loads(out) == []


def test_the_way_back_shows_the_differences_and_takes_only_what_is_named(
    pair: dict[str, Path], env: dict
) -> None:
    a, b, root = pair["a"], pair["b"], pair["root"]
    there, back = root / "there.vnrcase", root / "back.vnrcase"
    assert cli(env, "--vault", a, "handover", "--case", REF, "--to", "Bo", "--out", there)[0] == 0
    assert cli(env, "--vault", b, "receive", there)[0] == 0
    for text in ("B's first note", "B's second note"):
        assert (
            cli(
                env,
                "--vault",
                b,
                "--passphrase-stdin",
                "note",
                "add",
                "--case",
                REF,
                stdin=f"pw\n{text}",
            )[0]
            == 0
        )
    code, _, err = cli(
        env,
        "--vault",
        b,
        "handover",
        "--case",
        REF,
        "--to",
        "Anna",
        "--out",
        back,
        "--then",
        "close",
    )
    assert code == 0, err
    before = cli(env, "--vault", a, "dump", "--case", REF)[1]
    code, out, err = cli(env, "--vault", a, "receive", back)
    assert code == 9 and "--take" in err
    assert "2 fields differ" in out and "B's first note" in out
    code, out, _ = cli(env, "--vault", a, "receive", back, "--show", "--json")
    fields = [d["field"] for d in json.loads(out)["differences"]]
    assert code == 0 and len(fields) == 2
    assert cli(env, "--vault", a, "dump", "--case", REF)[1] == before
    code, out, err = cli(env, "--vault", a, "receive", back, "--take", f"{fields[1]}=theirs")
    assert code == 0, err
    notes = [
        n["text"] for n in json.loads(cli(env, "--vault", a, "dump", "--case", REF)[1])["notes"]
    ]
    assert "B's second note" in notes and "B's first note" not in notes and CANARY in notes


def test_a_card_is_added_only_when_the_fingerprint_is_confirmed(
    pair: dict[str, Path], env: dict, tmp_path: Path
) -> None:
    c = tmp_path / "c"
    assert cli(env, "--vault", c, "init")[0] == 0
    code, out, err = cli(
        env, "--vault", c, "colleagues", "add", tmp_path / "Anna.vnrid", stdin="n\n"
    )
    assert code == 2 and "not confirmed" in err
    fingerprint = out.split("Fingerprint: ")[1].split("\n")[0]
    assert len(fingerprint.split()) == 12
    assert (
        cli(env, "--vault", c, "colleagues", "add", tmp_path / "Anna.vnrid", stdin="yes\n")[0] == 0
    )
    code, out, _ = cli(env, "--vault", c, "colleagues", "list", "--json")
    assert [(r["name"], r["fingerprint"]) for r in json.loads(out)] == [("Anna", fingerprint)]


@pytest.mark.parametrize(
    ("folder", "marker", "service"),
    [
        ("Dropbox/sager", None, "Dropbox"),
        ("OneDrive - Kommune/sager", None, "OneDrive"),
        ("Library/CloudStorage/GoogleDrive-x@kommune.dk/My Drive", None, "Google Drive"),
        ("iCloud Drive/sager", None, "iCloud Drive"),
        ("Nextcloud/sager", None, "Nextcloud"),
        ("share/sager", ".stfolder", "Syncthing"),
        ("share/sager", ".sync_4ab2.db", "Nextcloud/ownCloud"),
        ("share/sager", ".dropbox", "Dropbox"),
    ],
)
def test_synced_folders_are_recognised(
    tmp_path: Path, folder: str, marker: str | None, service: str
) -> None:
    from vnr_desk.files.synced_folders import synced_folder

    target = tmp_path / folder
    target.mkdir(parents=True)
    if marker:
        (target.parent / marker).write_bytes(b"")
    assert synced_folder(target / "k.json") == service
    assert synced_folder(tmp_path / "k.json") is None
    (tmp_path / ".dropbox").mkdir()  # the client's settings folder in a home folder
    assert synced_folder(tmp_path / "k.json") is None


def test_dump_refuses_a_synced_folder(pair: dict[str, Path], env: dict) -> None:
    folder = pair["root"] / "home" / "Dropbox" / "sager"
    folder.mkdir(parents=True)
    code, _, err = cli(env, "--vault", pair["a"], "dump", "--case", REF, "--out", folder / "k.json")
    assert code == 2 and "synced or shared folder" in err
    assert not (folder / "k.json").exists()
    assert (
        cli(env, "--vault", pair["a"], "dump", "--case", REF, "--out", pair["root"] / "k.json")[0]
        == 0
    )
