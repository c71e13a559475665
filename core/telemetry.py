"""Heartbeats, refusal counters and the outbox state that /healthz and /metrics report.

Everything is kept in, or read from, the database, so that every web worker reports the
same numbers, including those of the scheduler process that it never sees. Ages are in
wall-clock time, as the rows' ``created_at`` are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from core.models import Message, MessageStatus, Reading, Reminder, ReminderStatus, StaffPost, Telemetry

SCHEDULER = "scheduler_heartbeat"
PROVIDER_REFUSALS = "provider_refusals"
SLACK_REFUSALS = "slack_refusals"
PROVIDER_OUTAGE = "provider_outage"  # ``at``: since when the provider refuses; NULL: it answers
SCHEDULER_SILENT_SECONDS = 90  # the scheduler beats every 10 s; past this it is down or stuck
UNSENT = (MessageStatus.QUEUED, MessageStatus.SENDING)


def _upsert(session: Session, name: str, *, count: int = 0, at: datetime | None = None) -> None:
    """Add ``count`` to the counter ``name`` and/or set its time, in one statement."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = insert(Telemetry).values(name=name, count=count, at=at)
    changes = {"count": Telemetry.count + count} if count else {}
    if at is not None:
        changes["at"] = stmt.excluded.at
    session.execute(stmt.on_conflict_do_update(index_elements=[Telemetry.name], set_=changes or
                                               {"count": Telemetry.count}))


def beat(session: Session, now: datetime) -> None:
    """The scheduler is alive now."""
    _upsert(session, SCHEDULER, at=now)


def bump(session: Session, name: str, now: datetime) -> None:
    """Count one more ``name`` (a refusal) in the caller's transaction."""
    _upsert(session, name, count=1, at=now)


def outage_begins(session: Session, name: str, now: datetime) -> bool:
    """Mark the outage ``name`` as begun at ``now``; True for the one caller that began it
    (the atomic UPDATE decides between processes), which alerts staff."""
    _upsert(session, name)
    return session.execute(update(Telemetry).where(Telemetry.name == name, Telemetry.at.is_(None))
                           .values(at=now, count=Telemetry.count + 1)).rowcount == 1


def outage_ends(session: Session, name: str) -> datetime | None:
    """End the outage ``name``; its start for the one caller that ended it, else None."""
    since = session.scalar(select(Telemetry.at).where(Telemetry.name == name))
    if since is None:
        return None  # the usual case: one read, no write
    ended = session.execute(update(Telemetry).where(Telemetry.name == name, Telemetry.at.is_not(None))
                            .values(at=None)).rowcount
    return since if ended == 1 else None


@dataclass(frozen=True)
class Outbox:
    depth: int
    oldest_age_s: float | None  # None: empty


@dataclass(frozen=True)
class Health:
    sms: Outbox
    slack: Outbox
    heartbeat_age_s: float | None  # None: the scheduler has never run on this database
    reminders_due: int
    reminders_scheduled: int
    counters: dict[str, int]
    provider_outage_age_s: float | None  # None: the provider takes messages

    @property
    def scheduler_ok(self) -> bool:
        return self.heartbeat_age_s is not None and self.heartbeat_age_s <= SCHEDULER_SILENT_SECONDS


def _age(now: datetime, then: datetime | None) -> float | None:
    return None if then is None else round(max(0.0, (now - then).total_seconds()), 1)


def slack_outbox() -> Select[tuple[int, datetime | None]]:
    """How many staff posts wait, and since when (served by ix_staff_posts_unposted)."""
    return select(func.count(), func.min(StaffPost.created_at)).where(~StaffPost.posted)


def read(session: Session, now: datetime) -> Health:
    sms = session.execute(select(func.count(), func.min(Message.created_at))
                          .where(Message.status.in_(UNSENT))).one()
    slack = session.execute(slack_outbox()).one()
    due = session.execute(
        select(func.count(), func.count().filter(Reminder.run_at <= now))
        .where(Reminder.status == ReminderStatus.SCHEDULED)).one()
    rows = {t.name: t for t in session.scalars(select(Telemetry))}
    beat_row = rows.get(SCHEDULER)
    return Health(
        sms=Outbox(sms[0], _age(now, sms[1])), slack=Outbox(slack[0], _age(now, slack[1])),
        heartbeat_age_s=_age(now, beat_row.at) if beat_row else None,
        reminders_due=due[1], reminders_scheduled=due[0],
        counters={name: rows[name].count if name in rows else 0 for name in (PROVIDER_REFUSALS, SLACK_REFUSALS)},
        provider_outage_age_s=_age(now, rows[PROVIDER_OUTAGE].at) if PROVIDER_OUTAGE in rows else None,
    )


def replies_by_label(session: Session) -> dict[str, int]:
    """Replies as the classifier read them (staff corrections are not new replies)."""
    return dict(session.execute(select(Reading.label, func.count())
                                .where(Reading.source == "classifier").group_by(Reading.label)).all())


def messages_by_status(session: Session) -> list[tuple[str, str, str, int]]:
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(Message.direction, Message.kind, Message.status, func.count())
        .group_by(Message.direction, Message.kind, Message.status)).all()]
