"""`dunning serve` as two processes: the web service, and `dunning scheduler` as its child.

The parent's side is ``SchedulerProcess``; the child's (``dunning scheduler --parent PID``)
is ``keep_kicks_blocked``, ``take_kicks`` and ``stop_when_orphaned``.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.bootstrap import Services

log = logging.getLogger(__name__)


class SchedulerProcess:
    """`dunning scheduler` as a child of `dunning serve`, so that one command still runs both.

    Measured (issue 15, `benchmarks/webhook.py --serve`): with the scheduler's threads in the
    web process, the two fought over one interpreter lock, and a reply with its Slack post
    cost 11–12 ms of CPU instead of 4.5 ms, halving the webhooks served at full load. In
    its own process it is niced, as in production. A reply still reaches Slack at once:
    the web process's kicks go to the child as SIGUSR1. If the child dies, serve stops
    (a supervisor restarts both); if serve dies, even by kill -9, the child sees it and stops.
    """

    @staticmethod
    def supported() -> bool:
        return hasattr(signal, "SIGUSR1") and hasattr(signal, "pthread_sigmask") and hasattr(signal, "sigwait")

    def __init__(self, svc: Services, on_exit: Callable[[], None]) -> None:
        self.stopping = False
        # The child starts with SIGUSR1 blocked (a signal mask is inherited), so that a kick
        # sent before it is ready waits for it instead of killing it (keep_kicks_blocked).
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})
        try:
            self._child = subprocess.Popen([sys.executable, "-m", "bot.cli", "scheduler",
                                            "--parent", str(os.getpid())])
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})
        self.pid = self._child.pid
        svc.jobs.forward_kicks(self._kick)

        def watch() -> None:
            code = self._child.wait()
            # Ctrl-C reaches both processes at once: give serve's own handler a moment to
            # say the exit was expected before calling it a death.
            time.sleep(0.5)
            if not self.stopping:
                log.error("the scheduler process stopped (exit status %s): serve stops too", code)
                on_exit()

        threading.Thread(target=watch, name="scheduler-watch", daemon=True).start()

    def _kick(self) -> None:
        """One SIGUSR1: a system call, and pending ones merge."""
        try:
            os.kill(self.pid, signal.SIGUSR1)
        except ProcessLookupError:
            pass  # it stopped: serve is stopping too (watch, above)

    def stop(self, timeout: float = 30.0) -> None:
        self.stopping = True
        if self._child.poll() is None:
            self._child.terminate()  # SIGTERM: it finishes what it is sending and stops
            try:
                self._child.wait(timeout)
            except subprocess.TimeoutExpired:
                self._child.kill()
                self._child.wait()


def keep_kicks_blocked() -> None:
    """In the child, first of all: SIGUSR1 blocked in this thread and every thread it starts.
    serve started us so already (a signal mask is inherited); ``take_kicks`` takes them."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})


def take_kicks(svc: Services) -> None:
    """serve's web threads queued something (``scheduler.jobs.Jobs.forward_kicks``): one
    thread takes each SIGUSR1 with sigwait and kicks the outbox jobs, so a burst of kicks
    never runs a signal handler inside another (a handler did, and died of recursion at
    400 webhooks/s)."""
    def kicks() -> None:
        while True:
            signal.sigwait({signal.SIGUSR1})
            svc.kick()

    threading.Thread(target=kicks, name="kicks", daemon=True).start()


def stop_when_orphaned(parent: int, done: threading.Event) -> None:
    """Set ``done`` when serve (``parent``) is gone, even by kill -9: checked twice a second."""
    def watch() -> None:
        while not done.wait(0.5):
            if os.getppid() != parent:
                done.set()

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
