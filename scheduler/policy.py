"""When reminders go out (policy.md), as pure functions of the settings and a moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from core.settings import Settings
from replies.labels import (
    ALREADY_PAID,
    AUTHENTICITY_CHECK,
    CONSULTATION_REQUEST,
    OPT_OUT,
    OTHER,
    PAYMENT_PROMISE,
    WRONG_NUMBER,
)


@lru_cache(maxsize=64)
def _jp_holidays(year: int) -> holidays.HolidayBase:
    # holidays.JP includes substitute (振替休日) and citizens' (国民の休日) holidays.
    return holidays.country_holidays("JP", years=year)


def is_year_end_closure(d: date) -> bool:
    """29 December to 3 January: city offices are closed."""
    return (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3)


def is_business_day(d: date, calendar: str = "jp") -> bool:
    if calendar == "all-days":
        return True
    return d.weekday() < 5 and d not in _jp_holidays(d.year) and not is_year_end_closure(d)


@dataclass(frozen=True)
class Policy:
    tz: ZoneInfo
    window: tuple[time, time]
    calendar: str = "jp"
    promise_grace_days: int = 7
    promise_default_days: int = 14
    reminder_interval_days: int = 14
    max_reminders: int = 3

    @classmethod
    def from_settings(cls, s: Settings) -> Policy:
        return cls(
            tz=s.tz,
            window=s.window,
            calendar=s.business_calendar,
            promise_grace_days=s.promise_grace_days,
            promise_default_days=s.promise_default_days,
            reminder_interval_days=s.reminder_interval_days,
            max_reminders=s.max_reminders,
        )

    def local(self, t: datetime) -> datetime:
        if t.tzinfo is None:
            return t.replace(tzinfo=self.tz)
        return t.astimezone(self.tz)

    def in_slot(self, t: datetime) -> bool:
        lt = self.local(t)
        start, end = self.window
        return is_business_day(lt.date(), self.calendar) and start <= lt.time() < end

    def first_slot(self, t: datetime) -> datetime:
        """T itself if T is inside a send slot, else the window's start on the next business day."""
        lt = self.local(t)
        if self.in_slot(lt):
            return lt
        start, _ = self.window
        d = lt.date()
        if is_business_day(d, self.calendar) and lt.time() < start:
            return datetime.combine(d, start, self.tz)
        d += timedelta(days=1)
        for _ in range(400):
            if is_business_day(d, self.calendar):
                return datetime.combine(d, start, self.tz)
            d += timedelta(days=1)
        raise ValueError("no business day within 400 days: check BUSINESS_CALENDAR")

    def slot_seconds(self, a: datetime, b: datetime) -> float:
        """How many seconds of send slots lie between ``a`` and ``b``."""
        a, b = self.local(a), self.local(b)
        start, end = self.window
        total, d = 0.0, a.date()
        while d <= b.date():
            if is_business_day(d, self.calendar):
                lo = max(a, datetime.combine(d, start, self.tz))
                hi = min(b, datetime.combine(d, end, self.tz))
                total += max(0.0, (hi - lo).total_seconds())
            d += timedelta(days=1)
        return total

    def start_of_day(self, d: date) -> datetime:
        """Midnight office time of ``d``: a date-based rule becomes due on that day."""
        return datetime.combine(d, time(0, 0), self.tz)


# What happens to a case's reminders after a reply with each label (policy.md).
SCHEDULE = "schedule"  # replace the case's reminder with one at run_at
PAUSE = "pause"  # pause the case until staff act
STOP_NUMBER = "stop_number"  # cancel every reminder to the number; the number is done with
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Decision:
    action: str
    run_at: datetime | None
    reason: str
    answer: str | None  # name of the automatic answer's template setting, or None


def after_reply(
    policy: Policy, label: str, received_at: datetime, promised: date | None = None
) -> Decision:
    """What the policy.md table says to do after a reply with ``label``."""
    received = policy.local(received_at)
    if label == PAYMENT_PROMISE:
        if promised is not None:
            due = promised + timedelta(days=policy.promise_grace_days)
            return Decision(
                SCHEDULE,
                policy.first_slot(max(policy.start_of_day(due), received)),
                f"payment promised for {promised.isoformat()}; "
                f"reminder {policy.promise_grace_days} days after",
                None,
            )
        return Decision(
            SCHEDULE,
            policy.first_slot(received + timedelta(days=policy.promise_default_days)),
            f"payment promised without a date; reminder {policy.promise_default_days} days after the reply",
            None,
        )
    if label == ALREADY_PAID:
        return Decision(PAUSE, None, "resident says it is paid: paused until staff check", None)
    if label == CONSULTATION_REQUEST:
        return Decision(PAUSE, None, "resident asks for staff: paused until staff resolve",
                        "answer_consultation")
    if label == WRONG_NUMBER:
        return Decision(STOP_NUMBER, None, "wrong number: never texted again", "answer_wrong_number")
    if label == OPT_OUT:
        return Decision(STOP_NUMBER, None, "opted out: no messages until opt-in", "answer_opt_out")
    if label == AUTHENTICITY_CHECK:
        return Decision(UNCHANGED, None, "asked whether the message is genuine", "answer_authenticity")
    if label == OTHER:
        return Decision(UNCHANGED, None, "no change", None)
    raise ValueError(f"unknown label {label!r}")


def after_reminder(policy: Policy, sent_at: datetime, sent_count: int) -> Decision:
    """After the ``sent_count``-th reminder with no reply: the next one, or hand over to staff."""
    if sent_count >= policy.max_reminders:
        return Decision(PAUSE, None, f"no response after {sent_count} reminders: handed to staff", None)
    return Decision(
        SCHEDULE,
        policy.first_slot(policy.local(sent_at) + timedelta(days=policy.reminder_interval_days)),
        f"no reply; reminder {sent_count + 1} of {policy.max_reminders}, "
        f"{policy.reminder_interval_days} days after the last",
        None,
    )
