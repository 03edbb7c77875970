"""Readability, Zipf lookups and sentiment must work with the network unavailable.

textstat >= 0.7.10 downloads NLTK data on first use; a dependency doing anything similar
would break offline runs. The check runs in a fresh interpreter whose sockets refuse to
connect before any package of ours (or its dependencies) is imported, so a download at import
time or on first use fails the test.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, socket

class NetworkDisabled(OSError):
    pass

def refuse(*args, **kwargs):
    raise NetworkDisabled("network disabled by test_offline")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from features.text import readability, syllables, zipf
from features.humanness import band
from features.columnar.vader import compounds
from features import extract  # the whole package imports offline too

r = readability("The cat sat on the mat.")
print(json.dumps({
    "fre": r.flesch_reading_ease,
    "syllables": syllables("communication"),
    "zipf_the": zipf("the"),
    "band": band("deliverables"),
    "compound": float(compounds(["I love this, thank you!"])[0]),
}))
"""


def test_lookups_work_without_network() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["fre"] == pytest.approx(116.145)
    assert out["syllables"] == 5
    assert out["zipf_the"] > 7
    assert out["band"] == "rare"
    assert out["compound"] > 0.5


def test_in_process_lookups_with_sockets_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from features.humanness import band
    from features.text import readability, syllables, zipf

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled by test_offline")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for cached in (syllables, zipf, band):
        cached.cache_clear()
    assert readability("The dog ran. The cat sat.").flesch_reading_ease == pytest.approx(119.19)
    assert zipf("bus") > 4
    with pytest.raises(OSError, match="network disabled"):  # the patch is live
        socket.create_connection(("example.org", 80))
