"""Wiring everything, once, for every entry point: web, scheduler, command line."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from bot.slack.channel import ConsoleChannel, SlackChannel, StaffChannel
from core import retention, schema, telemetry
from core.db import Database
from core.errors import describe
from core.models import utcnow
from core.providers import NoProvider, SmsProvider, make_provider
from core.settings import Settings, SettingsError
from replies.model import Model, shipped
from scheduler import notify
from scheduler.jobs import Jobs
from scheduler.outbound import Outbound
from scheduler.policy import Policy

log = logging.getLogger(__name__)
T = TypeVar("T")

DELIVER_POSTS = "deliver-staff-posts"
DRAIN_SMS = "drain-outbound-sms"
SWEEP = "sweep-reminders"
DIGEST = "morning-digest"
HEARTBEAT = "scheduler-heartbeat"
DUE = "due-reminders"
PURGE = "nightly-purge"
PURGE_AT = "03:30"  # office time, every day: no reminder goes out, few replies come in


class Role(StrEnum):
    """What a process does; named in its start-up line."""

    WEB = "web"  # answers webhooks and Slack; sends nothing itself
    SCHEDULER = "scheduler"  # the one process that runs jobs and delivers the outboxes
    BOTH = "both"  # `dunning serve` (its scheduler a child process: bot.processes.SchedulerProcess), the demo
    CLI = "cli"  # a command; serves nothing

    @property
    def serves(self) -> bool:
        return self is not Role.CLI

    @property
    def reads(self) -> bool:
        """Whether the process reads residents' replies (it answers webhooks)."""
        return self in (Role.WEB, Role.BOTH)


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
    # The reply model: read at start by processes that read replies (Role.reads); the others
    # start without it, in half the time, and read it through reply_model only if they ever
    # read a reply, so that a bad REPLY_MODEL still stops them with its name rather than
    # leaving them to read with the shipped model.
    model: Model | None
    listener: notify.Listener | None = None  # kicks from other processes (run_scheduler)
    notifier: notify.Notifier | None = None  # kicks to the scheduler process (web role)

    @property
    def reply_model(self) -> Model:
        if self.model is None:
            self.model = reply_model(self.settings)
        return self.model

    def require_provider(self) -> None:
        """Raise SettingsError unless this process has a real provider to send with."""
        if isinstance(self.provider, NoProvider):
            self.settings.require_provider()

    @staticmethod
    def _guarded(what: str, job: Callable[[], T], failed: T) -> T:
        """Run a periodic job: it must survive anything and try again at its next run. A
        failure is logged by type and place, never by its text (core.errors)."""
        try:
            return job()
        except Exception as exc:
            log.error("%s failed: %s", what, describe(exc))
            return failed

    def deliver_posts(self) -> int:
        """Post what is due to Slack; how many Slack took."""
        from bot.slack.deliver import deliver_posts

        return self._guarded("delivering staff posts", lambda: deliver_posts(self), 0)

    def drain_sms(self) -> int:
        """Send the queued SMS that are due; how many were tried."""
        return self._guarded("sending queued SMS", self.outbound.drain, 0)

    def sweep(self) -> None:
        self._guarded("reminder sweep", self.outbound.sweep, [])

    def fire_due(self) -> None:
        """The due-reminder job: every reminder whose time has come, from the reminders table."""
        self._guarded("sending due reminders", self.outbound.fire_due, [])

    def heartbeat(self) -> None:
        """Tell every process (through the database) that the scheduler is alive: /healthz."""
        def beat() -> None:
            with self.db.uow() as uow:
                telemetry.beat(uow.session, utcnow())  # wall time, like the rows' created_at
                uow.commit()

        self._guarded("scheduler heartbeat", beat, None)

    def kick(self) -> None:
        """Something was queued: deliver it now rather than at the next tick."""
        self.jobs.kick(DRAIN_SMS, DELIVER_POSTS)

    def run_scheduler(self, tick_seconds: float = 2.0, sweep_seconds: float = 30.0) -> None:
        """Make this process the one that runs jobs: due reminders and the outboxes every
        ``tick_seconds``, the sweep (which settles sends a crash cut off) every
        ``sweep_seconds``; each also at once."""
        self.jobs.run({DUE: (self.fire_due, tick_seconds),
                       DRAIN_SMS: (self.drain_sms, tick_seconds),
                       DELIVER_POSTS: (self.deliver_posts, tick_seconds),
                       SWEEP: (self.sweep, sweep_seconds),
                       HEARTBEAT: (self.heartbeat, 10.0)})
        self.jobs.daily(DIGEST, self.morning_digest, self.settings.digest_time)
        self.jobs.daily(PURGE, self.nightly_purge, PURGE_AT, days="mon-sun")
        if notify.supported(self.db.engine):  # web workers elsewhere kick us by NOTIFY
            self.listener = notify.Listener(self.db.engine, self.kick)
            self.listener.start()

    def purge(self, actor: str, dry_run: bool = False) -> retention.Purged:
        """Erase what RETENTION_DAYS says is kept too long; with ``dry_run``, only say what."""
        with self.db.uow() as uow:
            purged = retention.purge(uow.session, self.settings, self.clock(), actor)
            if not dry_run:
                uow.commit()
        log.info("purge", extra={"dry_run": dry_run, "cases": len(purged.cases),
                                 "messages": purged.messages, "hashed": purged.hashed,
                                 "deleted": purged.deleted, "unkeyed": purged.unkeyed})
        return purged

    def nightly_purge(self) -> None:
        def purge() -> None:
            unkeyed = self.purge("system").unkeyed
            if unkeyed:
                log.warning("opted-out or wrong numbers kept in the clear: RETENTION_KEY is not set",
                            extra={"numbers": unkeyed})

        self._guarded("nightly purge", purge, None)

    def morning_digest(self) -> None:
        from bot import digest

        self._guarded("morning digest", lambda: digest.morning(self), None)

    def close(self) -> None:
        for kicks in (self.listener, self.notifier):
            if kicks is not None:
                kicks.close()
        self.jobs.shutdown()
        self.db.dispose()


def default_database_url() -> str:
    """SQLite in the working folder: where the service was started, printed at start-up."""
    return "sqlite:///" + os.path.join(os.getcwd(), "dunning.sqlite")


def open_database(settings: Settings) -> Database:
    """The database of ``DATABASE_URL``, reachable; any failure names the setting."""
    url = settings.database_url or default_database_url()
    try:
        db = Database.from_url(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise SettingsError(f"DATABASE_URL is not a database URL this installation can use: {exc}") from None
    except ImportError as exc:  # the driver is not installed
        raise SettingsError(f"DATABASE_URL needs a driver that is not installed ({exc.name}); "
                            "for PostgreSQL: pip install 'dunning[postgres]'") from None
    try:
        with db.engine.connect():
            pass
    except DBAPIError as exc:
        db.dispose()
        reason = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
        raise SettingsError(f"DATABASE_URL {db.safe_url}: cannot connect: {reason}") from None
    return db


def bootstrap(
    settings: Settings,
    *,
    role: Role = Role.CLI,
    provider: SmsProvider | None = None,
    staff: StaffChannel | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> Services:
    """Wire the services for ``role``. Refuses (SettingsError, schema.SchemaError) when a
    setting is missing or wrong, the database cannot be reached or is not at the code's
    schema: nothing starts half-configured."""
    if provider is None and role.serves:
        settings.require_provider()
    model = None
    if role.reads:
        model = reply_model(settings)  # before anything is opened: a bad file stops us cleanly
        import_module("replies.classify")  # its rules compiled now, not at the first reply
    db = open_database(settings)
    try:
        schema.check(db.engine)
        with db.uow() as uow:
            retention.check_key(uow.session, settings.retention_key)
    except (schema.SchemaError, SettingsError):
        db.dispose()
        raise
    policy = Policy.from_settings(settings)
    if provider is None:
        provider = make_provider(settings) if settings.sms_provider else NoProvider()
    if staff is None:
        staff = (SlackChannel(settings.slack_bot_token, settings.slack_channel, settings.slack_api_url)
                 if settings.slack_bot_token else ConsoleChannel())
    jobs = Jobs(policy.tz)
    notifier = None
    if role is Role.WEB and notify.supported(db.engine):
        # Web workers run no jobs: what they queue is for `dunning scheduler`, told at once.
        notifier = notify.Notifier(db.engine)
        jobs.forward_kicks(notifier.kick)
    outbound = Outbound(db, provider, settings, policy, clock)
    log.info("dunning %s starting", package_version(), extra={
        "role": str(role), "provider": provider.name, "database": db.safe_url,
        "timezone": settings.timezone, "calendar": settings.business_calendar,
        "schema": schema.head()})
    return Services(settings, db, policy, provider, staff, jobs, outbound, clock, model, notifier=notifier)


def package_version() -> str:
    try:
        return version("dunning")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


OFFICE_MODEL = "reply-model.json"


def office_model_path(settings: Settings) -> Path:
    """Where the office's own model is: REPLY_MODEL, else reply-model.json in the working
    folder (beside `.env` and, by default, the SQLite file)."""
    return Path(settings.reply_model) if settings.reply_model else Path.cwd() / OFFICE_MODEL


def reply_model(settings: Settings) -> Model:
    """The office's own model (REPLY_MODEL, or the one `dunning retrain` installed in the
    working folder), else the shipped one; read now, not at the first reply."""
    path = office_model_path(settings)
    if not settings.reply_model and not path.exists():
        return shipped()
    try:
        return Model.load(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SettingsError(f"REPLY_MODEL {str(path)!r} cannot be read as a reply model: {exc}") from None
