"""The benchmark runner's smallest mode writes every figure with its floor, ratio and goal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import runner

FIGURES = {
    "unlock_overhead",
    "open_case",
    "fts_search",
    "encrypted_bulk_insert",
    "encrypted_queries",
    "note_commit",
    "due_all_cases",
    "due_after_write",
    "citizen_plan_pdf",
    "summary_20_pages_pdf",
    "gui_peak_rss",
}


def test_tiny_run_writes_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("PySide6")
    out = tmp_path / "bench.json"
    assert runner.main(["--tiny", "--json", str(out), "--check"]) in (0, 1)
    result = json.loads(out.read_text())
    assert result["mode"] == "tiny"
    assert {"cpu", "cores", "python", "sqlcipher"} <= set(result["machine"])
    assert result["errors"] == {}
    assert set(result["figures"]) == FIGURES
    for name, figure in result["figures"].items():
        unit = figure["unit"]
        for key in ("min", "median", "max", "floor_median"):
            assert isinstance(figure[f"{key}_{unit}"], int | float), (name, key)
        assert figure[f"min_{unit}"] <= figure[f"median_{unit}"] <= figure[f"max_{unit}"]
        assert isinstance(figure["ratio"], int | float) and figure["ratio"] > 0, name
        assert figure["goal"]["kind"] in ("ratio", "absolute_ms", "rss_mb"), name
        assert isinstance(figure["goal"]["value"], int | float), name
        assert isinstance(figure["met"], bool), name
    assert "open_case" in capsys.readouterr().out


def test_check_fails_only_on_ratio_goals() -> None:
    def figure(kind: str, value: float, ratio: float) -> dict[str, object]:
        return {"goal": {"kind": kind, "value": value}, "ratio": ratio}

    ok = {"figures": {"a": figure("ratio", 3.0, 4.4), "b": figure("absolute_ms", 10, 99.0)}}
    assert runner.check(ok) == []
    bad = {"figures": {"a": figure("ratio", 1.3, 2.0)}}
    assert runner.check(bad) and "a:" in runner.check(bad)[0]
    crashed = {"figures": {}, "errors": {"gui rss": "RuntimeError: child died"}}
    assert runner.check(crashed) == ["gui rss: failed (RuntimeError: child died)"]
