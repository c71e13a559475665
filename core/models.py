"""What the service stores: cases, phones, messages, readings, reminders, staff posts, audit.

Times are stored in UTC (timezone-aware columns); office-local dates are computed at the
edges. Status values are plain strings so that the tables read well in psql.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime that comes back aware from SQLite too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON}


class PhoneStatus:
    ACTIVE = "active"
    OPTED_OUT = "opted_out"
    INVALID = "invalid"  # marked wrong number: never texted again


class CaseStatus:
    OPEN = "open"
    PAUSED = "paused"
    PAID = "paid"
    CLOSED = "closed"
    HANDED_OVER = "handed_over"  # no response after MAX_REMINDERS: staff take it
    # Done with: the retention period runs from then (core.retention). Handed-over cases
    # are still staff's work, and cases of opted-out numbers are still owed.
    DONE = (PAID, CLOSED)


class MessageStatus:
    RECEIVED = "received"
    QUEUED = "queued"  # to be sent; the outbox sender claims it
    SENDING = "sending"  # claimed: the provider is being (or was) called
    SENT = "sent"  # the provider accepted it
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    UNKNOWN = "unknown"  # the process died while calling the provider; never resent blindly
    REFUSED = "refused"  # the never-send rules stopped it before the provider was called


class ReminderStatus:
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"
    REPLACED = "replaced"
    SKIPPED = "skipped"  # came due but a never-send rule held
    HELD = "held"  # a stopped campaign's reminder; resuming the campaign schedules it again
    FAILED = "failed"


class Phone(Base):
    __tablename__ = "phones"

    e164: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default=PhoneStatus.ACTIVE)
    is_mobile: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    cases: Mapped[list[Case]] = relationship(back_populates="phone")

    @property
    def can_receive(self) -> bool:
        return self.status == PhoneStatus.ACTIVE and self.is_mobile


class Case(Base):
    """One resident's one overdue tax bill."""

    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone_e164: Mapped[str] = mapped_column(ForeignKey("phones.e164"), index=True)
    tax_type: Mapped[str] = mapped_column(String(100))
    amount: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default=CaseStatus.OPEN, index=True)
    campaign: Mapped[str | None] = mapped_column(String(100), default=None)
    assignee: Mapped[str | None] = mapped_column(String(64), default=None)
    label: Mapped[str | None] = mapped_column(String(32), default=None)
    promised_date: Mapped[date | None] = mapped_column(default=None)
    slack_ts: Mapped[str | None] = mapped_column(String(32), default=None)  # thread parent
    # The office day on which the balance reached zero (a dated payment), or on which the case
    # was marked paid without one (a case_id-only import, Slack): what results count.
    paid_on: Mapped[date | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)  # set by status, below
    erased_at: Mapped[datetime | None] = mapped_column(default=None)  # core.retention

    phone: Mapped[Phone] = relationship(back_populates="cases")

    @validates("status")
    def _closing(self, _key: str, status: str) -> str:
        """Every path that closes or re-opens a case dates it here, once for all."""
        if status not in CaseStatus.DONE:
            self.closed_at = None
        elif self.closed_at is None:
            self.closed_at = utcnow()
        return status

    def mark_paid(self, day: date) -> None:
        """Paid in full on ``day`` (office time); the first such day stays."""
        self.status = CaseStatus.PAID
        self.paid_on = self.paid_on or day


class Group:
    SMS = "sms"
    HOLDOUT = "holdout"  # the control group: never texted by this campaign


class Campaign(Base):
    """A campaign as an office runs it (campaigns.md). ``source`` is ``file`` for one made by
    `campaign create`, ``legacy`` for one made by `send-campaign NAME` alone (no stages: the
    reminders use REMINDER_TEMPLATE)."""

    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    source: Mapped[str] = mapped_column(String(16), default="file")
    selection: Mapped[dict[str, Any]] = mapped_column(default=dict)
    stages: Mapped[list[str]] = mapped_column(JSON, default=list)
    holdout: Mapped[float] = mapped_column(default=0.0)
    seed: Mapped[int] = mapped_column(BigInteger, default=0)
    start_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Member(Base):
    """A case's place in a campaign, drawn once when the campaign is created."""

    __tablename__ = "campaign_members"

    # A case belongs to one campaign at most, so that no two campaigns text it or count it.
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    campaign: Mapped[str] = mapped_column(ForeignKey("campaigns.name"), index=True)
    group: Mapped[str] = mapped_column(String(8))


class Payment(Base):
    """One payment from the office's export. ``key`` makes a re-imported row count once:
    the receipt number when the export has one, else a digest of the row (bot/payments.py)."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    paid_on: Mapped[date]
    amount: Mapped[int] = mapped_column(BigInteger)
    receipt_no: Mapped[str | None] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(80), unique=True)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class Message(Base):
    """One SMS, in or out."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("provider", "provider_sid"),
        # A case's messages, and the last one texted to it (which case a reply is about:
        # bot.inbound.pick_case) from the index alone, however long its history.
        Index("ix_messages_case_id_direction_id", "case_id", "direction", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    kind: Mapped[str] = mapped_column(String(16))  # reply, reminder, answer, staff
    phone_e164: Mapped[str] = mapped_column(String(20), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    provider: Mapped[str] = mapped_column(String(16))
    provider_sid: Mapped[str | None] = mapped_column(String(64))
    # Outbound only: set before the provider is called so that a send happens once.
    idempotency_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    error_code: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Outbound only: the first retryable refusal; retries end PROVIDER_RETRY_HOURS after it.
    retry_since: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    sent_at: Mapped[datetime | None]
    status_at: Mapped[datetime | None]

    readings: Mapped[list[Reading]] = relationship(
        back_populates="message", order_by="Reading.id"
    )

    @property
    def reading(self) -> Reading | None:
        """The current reading: the latest, so a staff correction wins."""
        return self.readings[-1] if self.readings else None


class Reading(Base):
    """A label given to an inbound message: by the classifier, or a staff correction."""

    __tablename__ = "readings"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float]
    promised_date: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(64))  # "classifier" or "slack:U123"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    message: Mapped[Message] = relationship(back_populates="readings")


class Reminder(Base):
    """A reminder SMS planned for a case. At most one per case is `scheduled`."""

    __tablename__ = "reminders"
    __table_args__ = (
        Index(
            "one_scheduled_reminder_per_case",
            "case_id",
            unique=True,
            sqlite_where=text("status = 'scheduled'"),
            postgresql_where=text("status = 'scheduled'"),
        ),
        Index(
            "one_reminder_per_case_per_day",
            "case_id",
            "send_day",
            unique=True,
            sqlite_where=text("send_day IS NOT NULL"),
            postgresql_where=text("send_day IS NOT NULL"),
        ),
        # The sweep's and /metrics' due query: scheduled reminders by time.
        Index("ix_reminders_status_run_at", "status", "run_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    run_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=ReminderStatus.SCHEDULED)
    sequence: Mapped[int]  # 1 for the campaign's reminder, 2 for the next, ...
    # Office-local day on which it was claimed for sending; unique per case.
    send_day: Mapped[date | None] = mapped_column(default=None)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class StaffPost(Base):
    """A message to staff in Slack, kept until Slack has taken it (outbox)."""

    __tablename__ = "staff_posts"
    __table_args__ = (
        # The outbox: only the posts still to go, in the sweep's order (query with
        # ``~StaffPost.posted``, which both databases match to this index).
        Index("ix_staff_posts_unposted", "id", postgresql_where=text("NOT posted"),
              sqlite_where=text("posted = 0")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]]  # {"text": ..., "blocks": [...]}
    posted: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    slack_ts: Mapped[str | None] = mapped_column(String(32))
    # Set, and committed, before each call to post it; cleared when Slack clearly refused.
    # While set and not posted, Slack may have taken it: look in the channel before posting.
    sending_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Action(Base):
    """The audit trail: who did what to which case, and when."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    actor: Mapped[str] = mapped_column(String(64))  # "system", "cli", "slack:U123"
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class NumberKey(Base):
    """Which RETENTION_KEY the remembered numbers (hashes in ``phones``) were made with: its
    fingerprint, never the key. A process with another key refuses to start (core.retention)."""

    __tablename__ = "number_keys"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Telemetry(Base):
    """Counters and heartbeats every process shares, for /healthz and /metrics: correct
    with any number of web workers, and with the scheduler in a process of its own."""

    __tablename__ = "telemetry"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger, default=0)
    at: Mapped[datetime | None]  # when it last moved: a heartbeat's time
