import pytest

from tests.reports.seed import Seed, seed_plan


@pytest.fixture
def seed(db) -> Seed:
    return seed_plan()
