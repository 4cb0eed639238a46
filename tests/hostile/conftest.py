import time

import pytest


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "slow: a hostile-input test that takes several seconds by design (large inputs); "
        "it still runs by default, deselect with -m 'not slow'",
    )


@pytest.fixture
def timed():
    """Run a callable and return (result or exception, seconds)."""

    def run(fn, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            out = fn(*args, **kwargs)
        except Exception as exc:  # the caller asserts on what came back
            out = exc
        return out, time.perf_counter() - t0

    return run
