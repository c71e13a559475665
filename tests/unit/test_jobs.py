"""scheduler.jobs.Jobs with the real APScheduler: a periodic job never runs twice at once,
and what finds it running (a tick, a kick) has it run once more, without a warning."""

from __future__ import annotations

import logging
import threading
import time
from zoneinfo import ZoneInfo

import pytest

from scheduler.jobs import Jobs


class Recorder:
    """A job that records its runs and how many overlapped; the first run takes ``first`` seconds."""

    def __init__(self, first: float):
        self.first = first
        self.runs = 0
        self.running = 0
        self.most_at_once = 0
        self.lock = threading.Lock()
        self.first_started = threading.Event()

    def __call__(self) -> None:
        with self.lock:
            self.runs += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            first = self.runs == 1
        if first:
            self.first_started.set()
            time.sleep(self.first)
        with self.lock:
            self.running -= 1


@pytest.fixture
def jobs():
    jobs = Jobs(ZoneInfo("Asia/Tokyo"))
    yield jobs
    jobs.shutdown()


def test_ticks_that_find_the_job_running_make_it_run_again_without_a_warning(jobs, caplog):
    caplog.set_level(logging.WARNING, logger="apscheduler")
    job = Recorder(first=0.6)
    jobs.run({"deliver": (job, 0.05)})  # a tick every 50 ms while the first run takes 600 ms
    assert job.first_started.wait(5)
    time.sleep(1.0)
    jobs.shutdown()
    assert job.most_at_once == 1
    assert job.runs >= 3  # the first, once more for the ticks it overran, then on its ticks
    skipped = [r.getMessage() for r in caplog.records if "maximum number of running instances" in r.getMessage()]
    assert skipped == []


def test_kicks_while_it_runs_make_one_more_run(jobs):
    job = Recorder(first=0.4)
    jobs.run({"deliver": (job, 3600)})  # no tick after the first run: only kicks run it
    assert job.first_started.wait(5)
    for _ in range(5):
        jobs.kick("deliver")
    deadline = time.monotonic() + 5
    while job.runs < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)
    assert (job.runs, job.most_at_once) == (2, 1)
