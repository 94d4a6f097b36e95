import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_44e8fb1d2ab52291.txt"
SEED_GOLD = SHARED / "seeds" / "000_44e8fb1d2ab52291.gold.json"


@pytest.fixture(scope="session")
def seed_text():
    if not SEED.is_file():
        pytest.skip("../shared seed not available")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold():
    import json

    if not SEED_GOLD.is_file():
        pytest.skip("../shared seed gold not available")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))
