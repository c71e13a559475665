"""Wiring everything, once, for every entry point: web, scheduler, command line."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.slack.channel import ConsoleChannel, SlackChannel, StaffChannel
from core.db import Database
from core.errors import describe
from core.models import utcnow
from core.providers import SmsProvider, make_provider
from core.settings import Settings, SettingsError
from replies.model import Model, shipped
from scheduler.jobs import Jobs
from scheduler.outbound import Outbound
from scheduler.policy import Policy

log = logging.getLogger(__name__)

DELIVER_POSTS = "deliver-staff-posts"
DRAIN_SMS = "drain-outbound-sms"
SWEEP = "sweep-reminders"
DIGEST = "morning-digest"


@dataclass
class Services:
    settings: Settings
    db: Database
    policy: Policy
    provider: SmsProvider
    staff: StaffChannel
    jobs: Jobs
    outbound: Outbound
    clock: Callable[[], datetime]
    reply_model: Model

    def sync_jobs(self, changes: dict[str, datetime | None]) -> None:
        """Mirror committed reminder changes into the job store."""
        for case_id, run_at in changes.items():
            if run_at is None:
                self.jobs.clear_reminder(case_id)
            else:
                self.jobs.set_reminder(case_id, run_at)

    def deliver_posts(self) -> int:
        from bot.slack.deliver import deliver_posts

        try:
            return deliver_posts(self)
        except Exception as exc:  # a periodic job must survive anything and try again
            log.error("delivering staff posts failed: %s", describe(exc))
            return 0

    def drain_sms(self) -> int:
        try:
            return self.outbound.drain()
        except Exception as exc:
            log.error("sending queued SMS failed: %s", describe(exc))
            return 0

    def sweep(self) -> None:
        try:
            self.outbound.sweep()
        except Exception as exc:
            log.error("reminder sweep failed: %s", describe(exc))

    def kick(self) -> None:
        """Something was queued: deliver it now rather than at the next tick."""
        self.jobs.kick(DRAIN_SMS)
        self.jobs.kick(DELIVER_POSTS)

    def run_scheduler(self, tick_seconds: float = 2.0, sweep_seconds: float = 30.0) -> None:
        """Make this process the one that runs jobs and delivers the outboxes.

        The sweep runs at once, and settles sends that a crash cut off (recover()).
        """
        self.jobs.run(
            on_reminder=lambda case_id: self.outbound.fire(case_id) and None,
            periodic={DRAIN_SMS: (self.drain_sms, tick_seconds),
                      DELIVER_POSTS: (self.deliver_posts, tick_seconds),
                      SWEEP: (self.sweep, sweep_seconds)},
        )
        self.jobs.daily(DIGEST, self.morning_digest, self.settings.digest_time)

    def morning_digest(self) -> None:
        from bot import digest

        try:
            digest.morning(self)
        except Exception as exc:
            log.error("morning digest failed: %s", describe(exc))

    def close(self) -> None:
        self.jobs.shutdown()
        self.db.dispose()


def default_database_url(instance_path: str) -> str:
    os.makedirs(instance_path, exist_ok=True)
    return "sqlite:///" + os.path.join(instance_path, "dunning.sqlite")


def bootstrap(
    settings: Settings,
    *,
    instance_path: str,
    provider: SmsProvider | None = None,
    staff: StaffChannel | None = None,
    clock: Callable[[], datetime] = utcnow,
    create_tables: bool = True,
) -> Services:
    model = reply_model(settings)  # before anything is opened: a bad file stops us cleanly
    db = Database.from_url(settings.database_url or default_database_url(instance_path))
    if create_tables:
        db.create_all()
    policy = Policy.from_settings(settings)
    provider = provider or make_provider(settings)
    if staff is None:
        staff = (SlackChannel(settings.slack_bot_token, settings.slack_channel, settings.slack_api_url)
                 if settings.slack_bot_token else ConsoleChannel())
    jobs = Jobs(db.engine, policy.tz)
    outbound = Outbound(db, provider, settings, policy, jobs, clock)
    return Services(settings, db, policy, provider, staff, jobs, outbound, clock, model)


def reply_model(settings: Settings) -> Model:
    """The office's own model (REPLY_MODEL) or the shipped one, read now, not at the first reply."""
    if not settings.reply_model:
        return shipped()
    try:
        return Model.load(settings.reply_model)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SettingsError(f"REPLY_MODEL {settings.reply_model!r} cannot be read as a reply model: {exc}") from None
