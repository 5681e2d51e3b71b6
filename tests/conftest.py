import pytest

from integrity.check import Checker


@pytest.fixture(scope="session")
def checker() -> Checker:
    """The checker as a user gets it by default."""
    return Checker()


@pytest.fixture(scope="session")
def preview_checker() -> Checker:
    """Every rule, preview rules included, so that each rule's fixtures can be tested."""
    return Checker(preview=True)
