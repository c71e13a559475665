"""Faults that must not lose or stall work (issue 14): outages, second reminders, Slack."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, select

from bot.slack.channel import SlackChannel
from core.models import (
    Case,
    Message,
    MessageStatus,
    Reminder,
    ReminderStatus,
    StaffPost,
)
from core.providers import SendError
from scheduler import reminders
from tests.conftest import TOKYO
from tests.fakes.slack import TOKEN, FakeSlack
from tests.integration.helpers import count, messages, reply, scheduled
from tests.integration.test_inbound import loaded  # noqa: F401  (a fixture)


def _due_now(svc, case_id: str) -> None:
    """A second reminder due today, as a dateless promise with PROMISE_DEFAULT_DAYS=0 makes."""
    with svc.db.uow() as uow:
        case = uow.session.get(Case, case_id)
        reminders.replace(uow.session, case.id, svc.clock(), "test: due again today")
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


def test_one_failing_case_does_not_stop_the_sweep_and_staff_are_told_once(loaded, provider, clock, monkeypatch,
                                                                          staff):
    clock.set(2026, 12, 16, 10, 30)  # the campaign's cases are due their second reminder
    real = loaded.outbound.reminder_text

    def text(case, *args, **kwargs):
        if case.id == "C001":
            raise RuntimeError("a bug for one case")
        return real(case, *args, **kwargs)

    monkeypatch.setattr(loaded.outbound, "reminder_text", text)
    results = {r.case_id: r.outcome for r in loaded.outbound.sweep()}
    assert results["C001"] == "error"
    assert sorted(cid for cid, o in results.items() if o == "sent") == ["C002", "C003", "C006"]
    assert count(loaded, Reminder, Reminder.case_id == "C001", Reminder.status == ReminderStatus.SCHEDULED) == 1
    loaded.outbound.sweep()  # tried again, and staff are told once, not at every sweep
    assert count(loaded, StaffPost, StaffPost.kind == "reminder_error", StaffPost.case_id == "C001") == 1
    loaded.deliver_posts()
    assert "督促SMSを送れません" in staff.posts[-1]["text"]


OUTAGE = SendError("HTTP 503", retryable=True)


def _staff_kinds(svc) -> list[str]:
    with svc.db.uow() as uow:
        return [p.kind for p in uow.session.scalars(select(StaffPost).order_by(StaffPost.id))]


def test_an_outage_queues_the_campaign_for_retry_with_one_alert_and_a_rerun_sends_them(
        runner, cases_file, svc, provider, clock, staff, client):
    runner.invoke(args=["import-cases", str(cases_file)])
    provider.down = OUTAGE
    out = runner.invoke(args=["send-campaign", "c1"]).output
    assert "0 sent" in out and "4 queued for retry" in out, out
    for _ in range(20):  # well past the old 8 attempts, within PROVIDER_RETRY_HOURS
        clock.now += timedelta(minutes=5)
        svc.drain_sms()
    queued = messages(svc, Message.kind == "reminder")
    assert {m.status for m in queued} == {MessageStatus.QUEUED} and min(m.attempts for m in queued) > 8
    assert all(m.next_attempt_at - clock.now <= timedelta(minutes=5) for m in queued)
    assert _staff_kinds(svc) == ["provider_down"]  # one alert for the outage, none per message
    assert client.get("/healthz").get_json()["sms_provider"]["outage_age_s"] is not None
    provider.down = None
    again = runner.invoke(args=["send-campaign", "c1"]).output  # a re-run sends them now
    assert "4 sent" in again, again
    assert sorted(key for _, _, key in provider.sent) == sorted(m.idempotency_key for m in queued)
    assert _staff_kinds(svc) == ["provider_down", "provider_up"]
    assert client.get("/healthz").get_json()["sms_provider"]["outage_age_s"] is None
    svc.deliver_posts()
    assert "SMS" in staff.posts[0]["text"] and len(staff.posts) == 2


def test_reminder_retries_wait_for_a_send_slot_and_answers_do_not(loaded, provider, clock, client):
    clock.set(2026, 12, 16, 18, 59, 59)  # the first retry would fall after the window
    provider.down = OUTAGE
    loaded.outbound.sweep()
    reply(client, "SMx", "+818023456789", "これ本物ですか")
    loaded.drain_sms()
    by_kind = {m.kind: m for m in messages(loaded, Message.status == MessageStatus.QUEUED)}
    assert by_kind["reminder"].next_attempt_at == datetime(2026, 12, 17, 10, 0, tzinfo=TOKYO)
    assert by_kind["answer"].next_attempt_at < datetime(2026, 12, 16, 19, 5, tzinfo=TOKYO)


def test_past_the_horizon_a_message_fails_and_is_posted_undelivered(loaded, provider, clock):
    clock.set(2026, 12, 16, 10, 30)
    provider.down = OUTAGE
    loaded.outbound.sweep()
    for _ in range(4 * 12):  # two business days of send slots (9 hours each) are not 24 hours
        clock.now += timedelta(hours=1)
        loaded.drain_sms()
    assert {m.status for m in messages(loaded, Message.kind == "reminder", Message.sent_at.is_(None))} == {
        MessageStatus.QUEUED}
    clock.set(2026, 12, 18, 18, 0)  # the third day's slots pass 24 hours
    loaded.drain_sms()
    failed = messages(loaded, Message.kind == "reminder", Message.status == MessageStatus.FAILED)
    assert len(failed) == 4
    assert _staff_kinds(loaded).count("undelivered") == 4


@pytest.fixture
def slack_svc(loaded, clock):
    """``loaded`` with its staff posts going to the loopback Slack through the real adapter."""
    with FakeSlack() as fake:
        loaded.staff = SlackChannel(TOKEN, "C123", fake.api_url, timeout=1)
        yield loaded, fake


def _posts(svc) -> list[StaffPost]:
    with svc.db.uow() as uow:
        return list(uow.session.scalars(select(StaffPost).order_by(StaffPost.id)))


def test_a_post_slack_took_but_answered_late_is_found_and_not_posted_again(slack_svc, client, clock):
    svc, fake = slack_svc
    reply(client, "SMs1", "+818023456789", "来週払います")
    fake.answer_late, fake.late_seconds = 1, 2.0  # past the client's 1 s timeout
    assert svc.deliver_posts() == 0
    assert len(fake.posts()) == 1  # Slack took it; we could not know
    for _ in range(3):
        clock.now += timedelta(minutes=5)
        svc.deliver_posts()
    assert len(fake.posts()) == 1
    post = _posts(svc)[0]
    assert post.posted and post.slack_ts == fake.posts()[0]["ts"]
    assert fake.posts()[0]["metadata"]["event_payload"]["post_id"] == post.id


def test_a_post_cut_off_by_a_crash_is_reconciled_in_its_thread(slack_svc, client, clock, monkeypatch):
    svc, fake = slack_svc
    reply(client, "SMs2", "+818023456789", "来週払います")
    svc.deliver_posts()  # the case's thread
    reply(client, "SMs3", "+818023456789", "やっぱり分割できますか")
    taken = svc.staff.post

    def killed(*args, **kwargs):  # Slack takes the post; the process dies before recording it
        taken(*args, **kwargs)
        raise SystemExit("kill -9")

    monkeypatch.setattr(svc.staff, "post", killed)
    with pytest.raises(SystemExit):
        svc.deliver_posts()
    monkeypatch.undo()
    assert len(fake.posts()) == 2
    svc.deliver_posts()  # the restarted process
    assert len(fake.posts()) == 2
    second = _posts(svc)[1]
    assert second.posted and second.slack_ts == fake.posts()[1]["ts"] == fake.posts()[1]["ts"]
    assert fake.posts()[1]["thread_ts"] == fake.posts()[0]["ts"]
    assert any(c.method == "conversations.replies" for c in fake.calls)


def test_each_post_is_marked_before_its_call_in_the_commit_that_records_the_one_before(slack_svc, client,
                                                                                     monkeypatch):
    svc, fake = slack_svc
    for i, sender in enumerate(["+818023456789", "+817034567890", "+818023456789"]):
        reply(client, f"SMm{i}", sender, "来週払います")
    seen = []
    taken = svc.staff.post

    def post(text, blocks, thread_ts=None, post_id=None):
        # What a process killed now would leave: this post marked, every earlier one recorded.
        rows = {p.id: p for p in _posts(svc)}
        seen.append((rows[post_id].sending_at is not None,
                     all(p.posted and p.slack_ts for i, p in rows.items() if i < post_id)))
        return taken(text, blocks, thread_ts=thread_ts, post_id=post_id)

    monkeypatch.setattr(svc.staff, "post", post)
    commits = []

    def counted(conn) -> None:
        commits.append(1)

    event.listen(svc.db.engine, "commit", counted)
    try:
        assert svc.deliver_posts() == 3
    finally:
        event.remove(svc.db.engine, "commit", counted)
    assert seen == [(True, True)] * 3
    assert len(commits) == 4  # the first post's mark, then one per post (two per post before)
    rows = _posts(svc)
    assert [p.slack_ts for p in rows] == [p["ts"] for p in fake.posts()]
    with svc.db.uow() as uow:  # the first post of each case started its thread
        threads = dict(uow.session.execute(select(Case.phone_e164, Case.slack_ts)
                                           .where(Case.slack_ts.is_not(None))).all())
    assert sorted(threads.values()) == sorted({p["ts"] for p in fake.posts() if not p.get("thread_ts")})
    assert fake.posts()[2]["thread_ts"] == fake.posts()[0]["ts"]


def test_a_post_marked_in_the_last_commit_and_cut_off_before_its_call_is_posted_once(slack_svc, client,
                                                                                  monkeypatch):
    svc, fake = slack_svc
    reply(client, "SMc1", "+818023456789", "来週払います")
    reply(client, "SMc2", "+817034567890", "来週払います")
    taken = svc.staff.post
    calls = []

    def killed_before_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise SystemExit("kill -9")  # the second post was marked with the first one's record
        return taken(*args, **kwargs)

    monkeypatch.setattr(svc.staff, "post", killed_before_the_second)
    with pytest.raises(SystemExit):
        svc.deliver_posts()
    monkeypatch.undo()
    first, second = _posts(svc)
    assert first.posted and not second.posted and second.sending_at is not None
    assert svc.deliver_posts() == 1  # the restarted process looks in Slack, finds nothing, posts
    assert len(fake.posts()) == 2 and _posts(svc)[1].posted
    assert any(c.method == "conversations.history" for c in fake.calls)


def test_an_ambiguous_post_that_slack_never_took_is_posted_once(slack_svc, client, clock):
    svc, fake = slack_svc
    reply(client, "SMs4", "+818023456789", "来週払います")
    fake.down = True  # 503: Slack may or may not have taken it
    svc.deliver_posts()
    fake.down = False
    clock.now += timedelta(minutes=5)
    assert svc.deliver_posts() == 1
    assert len(fake.posts()) == 1
    assert any(c.method == "conversations.history" for c in fake.calls)


def test_when_slack_cannot_say_whether_it_took_a_post_it_is_not_posted_again(slack_svc, client, clock):
    svc, fake = slack_svc
    reply(client, "SMs5", "+818023456789", "来週払います")
    fake.answer_late, fake.late_seconds = 1, 2.0
    svc.deliver_posts()
    fake.errors["conversations.history"] = "missing_scope"  # an app not yet reinstalled
    for _ in range(2):
        clock.now += timedelta(minutes=5)
        svc.deliver_posts()
    assert len(fake.posts()) == 1 and not _posts(svc)[0].posted
    del fake.errors["conversations.history"]
    clock.now += timedelta(minutes=5)
    svc.deliver_posts()
    assert len(fake.posts()) == 1 and _posts(svc)[0].posted


def test_one_message_that_fails_to_send_does_not_stop_the_queue(loaded, provider, client, monkeypatch):
    reply(client, "SMq1", "+818023456789", "これ本物ですか")
    reply(client, "SMq2", "+817034567890", "これ本物ですか")
    first = messages(loaded, Message.kind == "answer")[0].id
    real = loaded.outbound._call

    def call(message_id, *args):
        if message_id == first:
            raise RuntimeError("a bug for one message")
        return real(message_id, *args)

    monkeypatch.setattr(loaded.outbound, "_call", call)
    assert loaded.drain_sms() == 2
    assert provider.to("+817034567890") and not provider.to("+818023456789")
