"""The benchmarks are not part of the suite, but they must still start: each script
runs as a script (its folder heading sys.path) and its modules import one another."""

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize("script", ["http.py", "instructions.py", "search_latency.py"])
def test_each_benchmark_starts_as_a_script(script):
    completed = subprocess.run(
        [sys.executable, str(BENCH / script), "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert "usage:" in completed.stdout


@pytest.mark.parametrize(
    "module",
    [
        "bench.datagen",
        "bench.forum_writes",
        "bench.search_latency",
        "bench.search_quality",
    ],
)
def test_benchmark_modules_import_one_another(module):
    assert importlib.import_module(module)
