"""APScheduler wiring: one job per case's reminder in a SQLAlchemy job store.

The ``reminders`` table is the truth; a job only wakes the sender at the reminder's time.
Jobs are kept in the same database (table ``apscheduler_jobs``), so they survive restarts.
Only one process runs jobs (``run()``); every other process starts the scheduler paused,
which still writes jobs to the store (APScheduler 3 cannot share a store between running
schedulers). The running one sweeps the ``reminders`` table every ``sweep_seconds``, so
a reminder written by another process, or whose job was lost, still goes out on time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine

log = logging.getLogger(__name__)

# The running process's reminder handler; set by Jobs.run(). Persisted jobs name the
# module-level function below, which cannot carry a reference to live objects.
_handler: Callable[[str], None] | None = None


def run_reminder(case_id: str) -> None:
    """The persisted job: send the case's due reminder."""
    if _handler is None:
        log.warning("reminder job for a case ran with no handler; the sweep will send it")
        return
    _handler(case_id)


class Jobs:
    def __init__(self, engine: Engine, tz: ZoneInfo, sweep_seconds: float = 30.0):
        self.scheduler = BackgroundScheduler(
            jobstores={
                "default": MemoryJobStore(),
                "reminders": SQLAlchemyJobStore(engine=engine, tablename="apscheduler_jobs"),
            },
            executors={"default": ThreadPoolExecutor(4)},
            # Never drop a late job (the default grace is one second): a reminder that came
            # due while the service was down is sent at the next slot by the handler.
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            timezone=tz,
        )
        self.sweep_seconds = sweep_seconds
        self.running = False
        self._closed = False
        self._lock = threading.Lock()

    def _ensure_started(self) -> bool:
        """Start (paused) on first use; False once shut down. A job write that is dropped
        then is harmless: the reminders table is the truth and the sweep sends what is due."""
        with self._lock:
            if self._closed:
                return False
            if not self.scheduler.running:
                self.scheduler.start(paused=True)
            return True

    def run(self, on_reminder: Callable[[str], None], periodic: dict[str, tuple[Callable[[], None], float]]) -> None:
        """Start running jobs in this process: reminders, and the ``periodic`` housekeeping."""
        global _handler
        _handler = on_reminder
        self._ensure_started()
        for name, (func, seconds) in periodic.items():
            self.scheduler.add_job(
                func, "interval", seconds=seconds, id=name, jobstore="default",
                replace_existing=True, next_run_time=datetime.now(self.scheduler.timezone),
            )
        self.scheduler.resume()
        self.running = True

    def daily(self, name: str, func: Callable[[], None], at: str, days: str = "mon-fri") -> None:
        """Run ``func`` on ``days`` (weekdays unless told) at ``at`` (HH:MM, office time) in
        this process."""
        hour, minute = (int(x) for x in at.split(":"))
        self.scheduler.add_job(func, "cron", day_of_week=days, hour=hour, minute=minute,
                               id=name, jobstore="default", replace_existing=True)

    def kick(self, name: str) -> None:
        """Run the periodic job ``name`` now (if this process runs jobs)."""
        if self.running:
            try:
                self.scheduler.modify_job(name, jobstore="default",
                                          next_run_time=datetime.now(self.scheduler.timezone))
            except JobLookupError:
                pass

    def set_reminder(self, case_id: str, run_at: datetime) -> None:
        if not self._ensure_started():
            return
        self.scheduler.add_job(
            run_reminder, "date", run_date=run_at, args=[case_id], id=f"reminder:{case_id}",
            jobstore="reminders", replace_existing=True,
        )

    def clear_reminder(self, case_id: str) -> None:
        if not self._ensure_started():
            return
        try:
            self.scheduler.remove_job(f"reminder:{case_id}", jobstore="reminders")
        except JobLookupError:
            pass

    def reminder_job_ids(self) -> set[str]:
        if not self._ensure_started():
            return set()
        return {job.id for job in self.scheduler.get_jobs(jobstore="reminders")}

    def shutdown(self) -> None:
        global _handler
        with self._lock:
            self._closed = True
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        if self.running:
            _handler = None
        self.running = False
