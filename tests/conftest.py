import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "corpus"
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed reports not found at {SEEDS} (../shared is absent)")


@pytest.fixture(scope="session")
def seed_docs():
    """The five seed reports through the per-document stage, keyed by file-name prefix ('000')."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed reports not found at {SEEDS} (../shared is absent)")
    from storyline.annotate import process
    from storyline.ingest import read_inputs
    from storyline.options import Options

    raws = [r for r in read_inputs([str(SEEDS)], 10**7)]
    docs = process(raws, Options())
    return {Path(d.path).name[:3]: d for d in docs}


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    """The shipped sample corpus built once into a database."""
    from storyline import build

    db = tmp_path_factory.mktemp("sample") / "sample.db"
    report = build([str(SAMPLES)], db=str(db))
    assert report.exit_code == 0, report.summary()
    return db
