"""APScheduler wiring: the jobs of the one process that runs the scheduler.

The ``reminders`` table is the one truth about what is due: there is no job per case.
APScheduler runs the due-reminder job every few seconds (an indexed query on ``reminders
(status, run_at)``: a reminder goes out within that many seconds of its time, and one that
came due while the service was down goes out at once, in slot), the outbox deliveries, the
sweep that settles sends cut off by a crash, the heartbeat, the morning digest and the
nightly purge. Web processes start no scheduler at all: whatever they commit (a reminder
row, a queued SMS, a staff post) is picked up by the scheduler process when they kick it
(a signal from `dunning serve`, a NOTIFY on PostgreSQL: ``forward_kicks``) or at its next
tick, so a reply costs its one transaction and nothing more.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler

log = logging.getLogger(__name__)


class Jobs:
    def __init__(self, tz: ZoneInfo):
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(4)},
            # A periodic job that overran is neither run twice to catch up nor dropped for
            # being late: its next run does whatever is due.
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            timezone=tz,
        )
        self.running = False
        self._lock = threading.Lock()
        self._busy: set[str] = set()  # periodic jobs running now
        self._again: set[str] = set()  # ... and kicked meanwhile: run once more when done
        self._forward: Callable[[], None] | None = None  # tells the process that runs the jobs

    def run(self, periodic: dict[str, tuple[Callable[[], None], float]]) -> None:
        """Start running the ``periodic`` jobs in this process: each at once, then every so
        many seconds."""
        for name, (func, seconds) in periodic.items():
            # Two instances, so that a tick that finds the job still running reaches _tracked,
            # which has the running one go again, instead of APScheduler skipping the tick with
            # a warning (one per tick while a long delivery runs: noise that reads as a fault).
            self.scheduler.add_job(self._tracked(name, func), "interval", seconds=seconds, id=name,
                                   replace_existing=True, next_run_time=datetime.now(self.scheduler.timezone),
                                   max_instances=2)
        if not self.scheduler.running:
            self.scheduler.start()
        self.running = True

    def _again_if_busy(self, name: str) -> bool:
        """Never two runs of a job at once: if ``name`` is running, it runs once more when
        done (it does whatever is due then), and True. Called with the lock held."""
        if name in self._busy:
            self._again.add(name)
            return True
        return False

    def _tracked(self, name: str, func: Callable[[], None]) -> Callable[[], None]:
        def job() -> None:
            with self._lock:
                if self._again_if_busy(name):
                    return
                self._busy.add(name)
            try:
                while True:
                    with self._lock:
                        self._again.discard(name)
                    func()
                    with self._lock:  # the decision and the release at once: no "again" is lost
                        if name not in self._again:
                            self._busy.discard(name)
                            return
            except BaseException:
                with self._lock:
                    self._busy.discard(name)
                raise
        return job

    def daily(self, name: str, func: Callable[[], None], at: str, days: str = "mon-fri") -> None:
        """Run ``func`` on ``days`` (weekdays unless told) at ``at`` (HH:MM, office time) in
        this process."""
        hour, minute = (int(x) for x in at.split(":"))
        self.scheduler.add_job(func, "cron", day_of_week=days, hour=hour, minute=minute,
                               id=name, replace_existing=True)

    def forward_kicks(self, send: Callable[[], None]) -> None:
        """Kicks in this process, which runs no jobs, are passed on by ``send`` to the
        process that does: a signal to the child of `dunning serve`
        (bot.processes.SchedulerProcess), a NOTIFY to `dunning scheduler` (scheduler.notify).
        Either merges a burst of kicks into few, so a burst of replies makes one delivery
        run, not one each."""
        self._forward = send

    def kick(self, *names: str) -> None:
        """Run the periodic jobs ``names`` now, if this process runs jobs: each at once if it
        is idle, else once more as soon as it is done (never two at a time). Where another
        process runs them (forward_kicks), it is told; it kicks its own."""
        if not self.running:
            if self._forward is not None:
                self._forward()
            return
        for name in names:
            with self._lock:
                if self._again_if_busy(name):
                    continue
            try:
                self.scheduler.modify_job(name, next_run_time=datetime.now(self.scheduler.timezone))
            except JobLookupError:
                pass

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        self.running = False
