"""Faults that must not lose or stall work (issue 14): outages, second reminders, Slack."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.models import Case, Message, MessageStatus, Reminder, ReminderStatus
from scheduler import reminders
from tests.integration.helpers import count, messages, scheduled
from tests.integration.test_inbound import loaded  # noqa: F401  (a fixture)


def _due_now(svc, case_id: str) -> None:
    """A second reminder due today, as a dateless promise with PROMISE_DEFAULT_DAYS=0 makes."""
    with svc.db.uow() as uow:
        case = uow.session.get(Case, case_id)
        reminders.replace(uow.session, case, svc.clock(), "test: due again today")
        uow.commit()


def test_second_reminder_due_the_same_day_moves_to_tomorrow_and_the_sweep_goes_on(loaded, provider, clock):
    _due_now(loaded, "C002")
    _due_now(loaded, "C003")
    results = {r.case_id: r.outcome for r in loaded.outbound.sweep()}
    assert results == {"C002": "moved", "C003": "moved"}
    tomorrow = scheduled(loaded)
    assert tomorrow["C002"].run_at == clock.now.replace(hour=10, minute=0) + timedelta(days=1)
    assert provider.sent == []
    clock.now = tomorrow["C002"].run_at
    loaded.outbound.sweep()
    assert len(provider.to("+818023456789")) == 1


def test_one_failing_case_does_not_stop_the_sweep(loaded, provider, clock, monkeypatch):
    clock.set(2026, 12, 16, 10, 30)  # the campaign's cases are due their second reminder
    real = loaded.outbound.reminder_text

    def text(case):
        if case.id == "C001":
            raise RuntimeError("a bug for one case")
        return real(case)

    monkeypatch.setattr(loaded.outbound, "reminder_text", text)
    results = {r.case_id: r.outcome for r in loaded.outbound.sweep()}
    assert results["C001"] == "error"
    assert sorted(cid for cid, o in results.items() if o == "sent") == ["C002", "C003", "C006"]
    assert count(loaded, Reminder, Reminder.case_id == "C001", Reminder.status == ReminderStatus.SCHEDULED) == 1
