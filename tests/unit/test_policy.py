from datetime import date, datetime, time

import pytest

from core.settings import Settings
from scheduler.policy import (
    PAUSE,
    SCHEDULE,
    STOP_NUMBER,
    UNCHANGED,
    Policy,
    after_reminder,
    after_reply,
    is_business_day,
)
from tests.conftest import TOKYO


@pytest.fixture
def policy():
    return Policy.from_settings(Settings())


def tokyo(*args):
    return datetime(*args, tzinfo=TOKYO)


@pytest.mark.parametrize("day,business", [
    (date(2026, 12, 2), True),  # Wednesday
    (date(2026, 12, 5), False),  # Saturday
    (date(2026, 9, 21), False),  # Respect for the Aged Day, a Monday
    (date(2026, 9, 22), False),  # citizens' holiday between two holidays
    (date(2026, 5, 6), False),  # substitute holiday
    (date(2026, 12, 28), True),  # last working day of the year
    (date(2026, 12, 29), False),  # year-end closure
    (date(2027, 1, 3), False),
    (date(2027, 1, 4), True),
])
def test_business_days(day, business):
    assert is_business_day(day) is business
    assert is_business_day(day, "all-days") is True


def test_first_slot(policy):
    assert policy.first_slot(tokyo(2026, 12, 2, 10, 30)) == tokyo(2026, 12, 2, 10, 30)
    assert policy.first_slot(tokyo(2026, 12, 2, 8, 0)) == tokyo(2026, 12, 2, 10, 0)
    assert policy.first_slot(tokyo(2026, 12, 2, 19, 0)) == tokyo(2026, 12, 3, 10, 0)  # end excluded
    # Friday evening -> Monday morning; holiday Monday -> Tuesday.
    assert policy.first_slot(tokyo(2026, 12, 4, 20, 0)) == tokyo(2026, 12, 7, 10, 0)
    assert policy.first_slot(tokyo(2026, 9, 18, 20, 0)) == tokyo(2026, 9, 24, 10, 0)
    assert policy.first_slot(tokyo(2026, 12, 28, 19, 30)) == tokyo(2027, 1, 4, 10, 0)
    # A UTC moment is read in office time: 01:00 UTC is 10:00 in Tokyo.
    assert policy.first_slot(datetime(2026, 12, 2, 1, 0, tzinfo=TOKYO).astimezone(TOKYO)) == tokyo(2026, 12, 2, 10, 0)


def test_send_window_setting():
    p = Policy.from_settings(Settings(send_window="09:00-12:00"))
    assert p.window == (time(9), time(12))
    assert p.first_slot(tokyo(2026, 12, 2, 12, 30)) == tokyo(2026, 12, 3, 9, 0)


def test_promise_with_date_is_date_plus_grace(policy):
    d = after_reply(policy, "payment_promise", tokyo(2026, 12, 2, 14, 5), date(2026, 12, 11))
    assert (d.action, d.run_at) == (SCHEDULE, tokyo(2026, 12, 18, 10, 0))


def test_friday_evening_promise_for_a_date_that_lands_on_a_holiday(policy):
    # Promised for Monday 14 Sept; +7 = Monday 21 Sept, a holiday, and 22nd too: the 24th.
    d = after_reply(policy, "payment_promise", tokyo(2026, 9, 11, 21, 0), date(2026, 9, 14))
    assert d.run_at == tokyo(2026, 9, 24, 10, 0)


def test_promise_without_date_is_received_plus_default(policy):
    d = after_reply(policy, "payment_promise", tokyo(2026, 12, 2, 14, 5), None)
    assert d.run_at == tokyo(2026, 12, 16, 14, 5)


def test_grace_days_setting():
    p = Policy.from_settings(Settings(promise_grace_days=3))
    d = after_reply(p, "payment_promise", tokyo(2026, 12, 2, 14, 5), date(2026, 12, 3))
    assert d.run_at == tokyo(2026, 12, 7, 10, 0)  # 6th is Sunday


@pytest.mark.parametrize("label,action,answer", [
    ("already_paid", PAUSE, None),
    ("consultation_request", PAUSE, "answer_consultation"),
    ("wrong_number", STOP_NUMBER, "answer_wrong_number"),
    ("opt_out", STOP_NUMBER, "answer_opt_out"),
    ("authenticity_check", UNCHANGED, "answer_authenticity"),
    ("other", UNCHANGED, None),
])
def test_table(policy, label, action, answer):
    d = after_reply(policy, label, tokyo(2026, 12, 2, 14, 5))
    assert (d.action, d.run_at, d.answer) == (action, None, answer)


def test_no_reply_cadence_and_hand_over(policy):
    d = after_reminder(policy, tokyo(2026, 12, 2, 10, 30), 1)
    assert (d.action, d.run_at) == (SCHEDULE, tokyo(2026, 12, 16, 10, 30))
    d = after_reminder(policy, tokyo(2026, 12, 18, 10, 30), 2)
    assert d.run_at == tokyo(2027, 1, 4, 10, 0)  # 1 January: closure
    assert after_reminder(policy, tokyo(2026, 12, 2, 10, 30), 3).action == PAUSE


def test_slot_seconds_count_only_business_hours_in_the_window(policy):
    fri = datetime(2026, 12, 4, 18, 0, tzinfo=TOKYO)
    assert policy.slot_seconds(fri, datetime(2026, 12, 4, 18, 30, tzinfo=TOKYO)) == 1800
    # Friday's last hour, nothing at the weekend, Monday 10:00-12:00.
    assert policy.slot_seconds(fri, datetime(2026, 12, 7, 12, 0, tzinfo=TOKYO)) == 3 * 3600
    assert policy.slot_seconds(fri, fri) == 0


def test_the_send_rate_spaces_sends_across_threads():
    """SEND_RATE: at most ``rate`` provider calls a second, whichever thread makes them."""
    import threading

    from scheduler.outbound import RateLimit

    waits: list[float] = []
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            waits.append(seconds)

    limit = RateLimit(5.0, sleep=sleep)
    threads = [threading.Thread(target=limit.wait) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # The first goes at once; the others wait 0.2 s, 0.4 s, … after it (less the time passed).
    assert len(waits) == 4 and max(waits) == pytest.approx(0.8, abs=0.05)
    assert sorted(round(w, 1) for w in waits) == [0.2, 0.4, 0.6, 0.8]
