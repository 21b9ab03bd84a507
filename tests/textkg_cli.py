"""Running the real ``textkg`` command in a new process, for the CLI tests and fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "netflix_ai_nl.txt"


def run_textkg(*args: str, input: bytes | None = None, timeout: float = 300,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "textkg.cli", *args], input=input, capture_output=True, timeout=timeout,
                          env=dict(os.environ, **(env or {})))
