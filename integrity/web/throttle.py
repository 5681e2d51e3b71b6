"""Login throttling: after repeated failures, logins for that account, or from that client, are
refused for a while without even checking the password.

Failures are counted in a sliding window per account name and per client address; a success
clears the account's count (not the client's, so one address cannot try many accounts for
ever). Counts are kept in memory, for the one server process.
"""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

SWEEP_AT = 10_000


class Throttle:
    def __init__(self, max_failures: int, max_client_failures: int, window: float,
                 clock: Callable[[], float] = time.monotonic):
        self.max_failures, self.max_client_failures, self.window = max_failures, max_client_failures, window
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        times, cutoff = self._failures[key], self.clock() - self.window
        while times and times[0] <= cutoff:
            times.popleft()
        return times

    def wait(self, account: str, client: str) -> float:
        """Seconds until a login for ``account`` from ``client`` may be tried; 0 if it may now."""
        with self._lock:
            waits = []
            for key, limit in ((("account", account), self.max_failures), (("client", client), self.max_client_failures)):
                times = self._recent(key)
                if len(times) >= limit:
                    waits.append(times[len(times) - limit] + self.window - self.clock())
            return max([0.0, *waits])

    def failed(self, account: str, client: str) -> None:
        with self._lock:
            now = self.clock()
            if len(self._failures) > SWEEP_AT:  # many names tried: forget the stale ones
                for key in [key for key in self._failures if not self._recent(key)]:
                    del self._failures[key]
            self._failures["account", account].append(now)
            self._failures["client", client].append(now)

    def succeeded(self, account: str) -> None:
        with self._lock:
            self._failures.pop(("account", account), None)
