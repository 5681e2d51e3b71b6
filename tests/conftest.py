import pytest

from integrity.check import Checker


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker()
