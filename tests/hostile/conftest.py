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


@pytest.fixture
def growth(timed):
    """Time one input at a small and a large size and return (large result, seconds ratio, large seconds).

    A hang guard that does not depend on the machine's speed: both sizes run back to back on the
    same machine, so a shared or slow CI core slows both alike, while work that grows with the
    square of the input shows as a ratio near the square of the size ratio. The smaller input runs
    twice and the faster run counts, so a pause during it cannot hide a quadratic step.
    """

    def run(fn, make_input, small: int, large: int):
        small_input = make_input(small)
        small_seconds = min(timed(fn, small_input)[1] for _ in range(2))
        out, large_seconds = timed(fn, make_input(large))
        return out, large_seconds / max(small_seconds, 1e-3), large_seconds

    return run
