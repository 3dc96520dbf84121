"""What the peer benchmarks share (bench_timex.py, bench_stories_peer.py): where the data lies, and
a peer tool installed into a virtual environment of its own under .bench/, never into Storyline's."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))


def peer_python(name: str, requirement: str) -> Path:
    """The Python of .bench/<name>, created with `requirement` installed on first use."""
    env = ROOT / ".bench" / name
    python = env / "bin" / "python"
    if not python.exists():
        print(f"creating {env} with {requirement} (once)...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", requirement], check=True)
    return python
