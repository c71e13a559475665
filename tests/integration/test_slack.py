"""Staff triage in Slack: signed payloads in, database and the Slack fake's calls checked."""

from __future__ import annotations

import csv
import io
import json
import time
import uuid
from datetime import date, datetime
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import select

from bot.app import create_app
from core.models import Action, Case, CaseStatus, Message, Reading, Reminder
from tests.conftest import TOKYO
from tests.fakes.recording import RecordingProvider
from tests.fakes.slack import TOKEN, FakeSlack
from tests.integration.helpers import messages, reply, scheduled

SECRET = "test-signing-secret"
SATO = "+818023456789"


def eventually(check, timeout: float = 5.0):
    """Bolt acknowledges first and works after: wait for the work."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = check()
            if result or result is None:
                return result
        except AssertionError:
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


STAFF = ["UBOT", "U1", "U777"]  # the staff channel's members; the bot is one too


@pytest.fixture
def slack():
    with FakeSlack(members={"C123": STAFF}) as fake:
        yield fake


@pytest.fixture
def triage(settings, slack, clock, cases_file):
    yield from start(settings, slack, clock, cases_file)


def start(settings, slack, clock, cases_file, **changes):
    """The app with Slack on, cases imported and sent, and Sato's promise posted to staff."""
    s = settings.replace(slack_bot_token=TOKEN, slack_signing_secret=SECRET, slack_channel="C123",
                         slack_api_url=slack.api_url, **changes)
    provider = RecordingProvider()
    app = create_app({"SETTINGS": s, "SMS_PROVIDER": provider, "CLOCK": clock})
    svc = app.extensions["dunning"]
    runner = app.test_cli_runner()
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "c1"])
    client = app.test_client()
    reply(client, "SMt1", SATO, "来週の金曜日に払います")
    svc.deliver_posts()
    yield app, svc, client, provider
    svc.close()


def signed(client, body: str, *, secret: str = SECRET, headers: dict | None = None):
    ts = str(int(time.time()))
    sig = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return client.post("/slack/events", data=body, content_type="application/x-www-form-urlencoded",
                       headers={"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig, **(headers or {})})


def root(slack: FakeSlack) -> dict:
    return next(p for p in slack.posts() if "thread_ts" not in p)


def press(client, slack, action: dict, user: str = "U1"):
    post = root(slack)
    payload = {"type": "block_actions", "user": {"id": user, "username": "staff", "team_id": "T1"},
               "api_app_id": "A1", "token": "legacy", "trigger_id": "111.222.abc",
               "container": {"type": "message", "message_ts": post["ts"], "channel_id": "C123"},
               "team": {"id": "T1", "domain": "city"}, "channel": {"id": "C123", "name": "tax"},
               "message": {"type": "message", "ts": post["ts"], "text": post["text"]},
               "response_url": "http://127.0.0.1:9/unused", "actions": [{**action, "action_ts": "1.2"}]}
    return signed(client, urlencode({"payload": json.dumps(payload)}))


def button(action_id: str, slack: FakeSlack) -> dict:
    elements = [e for b in root(slack)["blocks"] if b["type"] == "actions" for e in b["elements"]]
    return next(e for e in elements if e["action_id"] == action_id)


def submit(client, callback_id: str, case_id: str, values: dict, user: str = "U1", view_id: str | None = None):
    payload = {"type": "view_submission", "team": {"id": "T1"}, "user": {"id": user},
               "api_app_id": "A1", "token": "legacy", "trigger_id": "333.444.def",
               "view": {"id": view_id or f"V{uuid.uuid4().hex[:10].upper()}", "type": "modal", "callback_id": callback_id,
                        "private_metadata": case_id, "state": {"values": values}, "hash": "h"}}
    return signed(client, urlencode({"payload": json.dumps(payload)}))


def slash(client, text: str, user: str = "U1"):
    return signed(client, urlencode({"command": "/dunning", "text": text, "user_id": user, "team_id": "T1",
                                     "channel_id": "C123", "trigger_id": "555.666.ghi",
                                     "response_url": "http://127.0.0.1:9/x"}))


def shortcut(client, slack, user: str = "U1"):
    payload = {"type": "message_action", "callback_id": "log_call", "trigger_id": "777.888.jkl",
               "user": {"id": user}, "team": {"id": "T1"}, "channel": {"id": "C123"}, "token": "legacy",
               "message": {"ts": root(slack)["ts"], "type": "message"}, "response_url": "http://127.0.0.1:9/x"}
    return signed(client, urlencode({"payload": json.dumps(payload)}))


def case(svc, case_id="C002") -> Case:
    with svc.db.uow() as uow:
        return uow.session.get(Case, case_id)


def test_reply_post_carries_the_buttons(triage, slack):
    ids = {e["action_id"] for b in root(slack)["blocks"] if b["type"] == "actions" for e in b["elements"]}
    assert ids == {"assign_to_me", "mark_paid", "reply_by_sms", "pause_reminders", "log_call",
                   "reclassify", "change_promised_date"}


def test_assign_updates_the_message_and_the_thread_and_audits(triage, slack):
    app, svc, client, _ = triage
    resp = press(client, slack, {**button("assign_to_me", slack), "type": "button"}, user="U777")
    assert resp.status_code == 200
    eventually(lambda: case(svc).assignee == "U777")
    svc.deliver_posts()
    update = next(c.args for c in slack.calls if c.method == "chat.update")
    assert update["ts"] == root(slack)["ts"] and "<@U777>" in json.dumps(update, ensure_ascii=False)
    line = slack.posts()[-1]
    assert line["thread_ts"] == root(slack)["ts"] and "<@U777> が担当になりました" in line["text"]
    with svc.db.uow() as uow:
        act = uow.session.scalar(select(Action).where(Action.action == "assigned"))
        assert act.actor == "slack:U777" and act.case_id == "C002"


def test_mark_paid_cancels_reminders(triage, slack):
    app, svc, client, _ = triage
    press(client, slack, {**button("mark_paid", slack), "type": "button"})
    eventually(lambda: case(svc).status == CaseStatus.PAID)
    assert "C002" not in scheduled(svc)
    svc.deliver_posts()
    update = [c.args for c in slack.calls if c.method == "chat.update"][-1]
    assert not any(b["type"] == "actions" for b in update["blocks"])  # nothing left to do


def test_reclassify_reapplies_policy_and_stores_the_correction(triage, slack):
    app, svc, client, _ = triage
    press(client, slack, {"type": "static_select", "action_id": "reclassify",
                          "block_id": root(slack)["blocks"][-1]["block_id"],
                          "selected_option": {"value": "consultation_request", "text": {"type": "plain_text", "text": "相談希望"}}})
    eventually(lambda: case(svc).status == CaseStatus.PAUSED)
    assert "C002" not in scheduled(svc)
    with svc.db.uow() as uow:
        readings = list(uow.session.scalars(select(Reading).order_by(Reading.id)))
        assert (readings[-1].label, readings[-1].source) == ("consultation_request", "slack:U1")
    # Back to a promise: the reminder returns at the promised date + 7 days.
    press(client, slack, {"type": "static_select", "action_id": "reclassify",
                          "block_id": root(slack)["blocks"][-1]["block_id"],
                          "selected_option": {"value": "payment_promise", "text": {"type": "plain_text", "text": "x"}}})
    eventually(lambda: "C002" in scheduled(svc))
    assert scheduled(svc)["C002"].run_at == datetime(2026, 12, 18, 10, 0, tzinfo=TOKYO)


def test_change_promised_date_moves_the_reminder(triage, slack):
    app, svc, client, _ = triage
    press(client, slack, {"type": "datepicker", "action_id": "change_promised_date",
                          "block_id": root(slack)["blocks"][-1]["block_id"], "selected_date": "2026-12-21"})
    eventually(lambda: scheduled(svc)["C002"].run_at == datetime(2026, 12, 28, 10, 0, tzinfo=TOKYO))
    assert case(svc).promised_date == date(2026, 12, 21)


def test_pause_and_resume(triage, slack):
    app, svc, client, _ = triage
    press(client, slack, {**button("pause_reminders", slack), "type": "button"})
    eventually(lambda: case(svc).status == CaseStatus.PAUSED and "C002" not in scheduled(svc))
    svc.deliver_posts()
    press(client, slack, {**button("resume_reminders", slack), "type": "button"})  # the updated message offers it
    eventually(lambda: case(svc).status == CaseStatus.OPEN and "C002" in scheduled(svc))


def test_reply_by_sms_opens_a_modal_and_sends_on_submit(triage, slack):
    app, svc, client, provider = triage
    press(client, slack, {**button("reply_by_sms", slack), "type": "button"})
    opened = eventually(lambda: [c.args for c in slack.calls if c.method == "views.open"])
    assert opened[0]["trigger_id"] == "111.222.abc" and opened[0]["view"]["private_metadata"] == "C002"
    resp = submit(client, "reply_by_sms_submit", "C002", {"body": {"text": {"type": "plain_text_input", "value": "分割のご相談を承ります。"}}})
    assert resp.status_code == 200 and resp.data in (b"", b"{}") or resp.json is None
    svc.drain_sms()
    assert provider.to(SATO)[-1] == "分割のご相談を承ります。"
    svc.deliver_posts()
    assert "SMSを送信しました" in slack.posts()[-1]["text"]
    # An opted-out number is refused with a clear message in the modal.
    reply(client, "SMt2", SATO, "停止")
    resp = submit(client, "reply_by_sms_submit", "C002", {"body": {"text": {"type": "plain_text_input", "value": "念のため"}}})
    assert resp.json["response_action"] == "errors" and "配信停止" in resp.json["errors"]["body"]
    resp = submit(client, "reply_by_sms_submit", "C002", {"body": {"text": {"type": "plain_text_input", "value": "https://x.jp"}}})
    assert resp.json["response_action"] == "errors"


def test_a_listener_failing_after_its_answer_keeps_the_200_and_logs_one_line(triage, slack, caplog):
    """Bolt, left alone, would wait out its 3-second ack timeout and answer 404 (bot.slack.guard)."""
    _, _, client, _ = triage
    slack.errors["views.open"] = "expired_trigger_id"  # the button was acknowledged; the modal is refused
    with caplog.at_level("WARNING"):
        resp = press(client, slack, {**button("reply_by_sms", slack), "type": "button"})
        assert resp.status_code == 200
        eventually(lambda: [c for c in slack.calls if c.method == "views.open"])
        eventually(lambda: [r for r in caplog.records if "after answering" in r.getMessage()])
    assert not [r for r in caplog.records if "didn't call ack" in r.getMessage()]
    failed = [r.getMessage() for r in caplog.records if "after answering" in r.getMessage()]
    assert len(failed) == 1 and "SlackApiError" in failed[0], failed


def test_the_same_submission_twice_queues_one_sms_and_logs_one_call(triage, slack):
    """Slack's retry of a modal submission may reach another worker, which has not seen the
    first: the submission's view id is the SMS's idempotency key, so it is queued once."""
    app, svc, client, provider = triage
    values = {"body": {"text": {"type": "plain_text_input", "value": "口座番号をお知らせします。"}}}
    for _ in range(2):
        assert submit(client, "reply_by_sms_submit", "C002", values, view_id="V0SAME").status_code == 200
    svc.drain_sms()
    assert provider.to(SATO).count("口座番号をお知らせします。") == 1
    assert len(messages(svc, Message.kind == "staff")) == 1
    call = {"label": {"value": {"type": "static_select", "selected_option": {"value": "consultation_request"}}},
            "note": {"value": {"type": "plain_text_input", "value": "折り返し希望"}}}
    for _ in range(2):  # a logged call likewise
        assert submit(client, "log_call_submit", "C002", call, view_id="V0CALL").status_code == 200
    assert len(messages(svc, Message.kind == "call")) == 1


def test_log_call_drives_the_same_policy(triage, slack):
    app, svc, client, _ = triage
    values = {"label": {"value": {"type": "static_select", "selected_option": {"value": "payment_promise"}}},
              "promised": {"value": {"type": "datepicker", "selected_date": "2026-12-25"}},
              "note": {"value": {"type": "plain_text_input", "value": "本人から電話。25日に窓口で払う"}}}
    assert submit(client, "log_call_submit", "C002", values).status_code == 200
    assert scheduled(svc)["C002"].run_at == datetime(2027, 1, 4, 10, 0, tzinfo=TOKYO)
    with svc.db.uow() as uow:
        call = uow.session.scalar(select(Message).where(Message.kind == "call"))
        assert call.reading.source == "slack:U1" and call.body.startswith("本人から電話")


def test_slash_command_call_and_lookup(triage, slack):
    app, svc, client, _ = triage
    assert slash(client, "call C002").status_code == 200
    eventually(lambda: [c for c in slack.calls if c.method == "views.open"])
    resp = slash(client, "080-2345-6789")
    assert resp.json["response_type"] == "ephemeral" and "C002" in resp.json["text"]
    assert "8023456789" not in resp.json["text"]


def test_message_shortcut_log_call(triage, slack):
    app, svc, client, _ = triage
    shortcut(client, slack)
    opened = eventually(lambda: [c.args for c in slack.calls if c.method == "views.open"])
    assert opened[0]["view"]["private_metadata"] == "C002"


def test_unsigned_forged_and_retried_requests_change_nothing(triage, slack):
    app, svc, client, _ = triage
    body = urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": "U1"},
                                             "actions": [{"action_id": "mark_paid", "value": "C002|1"}]})})
    assert client.post("/slack/events", data=body, content_type="application/x-www-form-urlencoded").status_code == 401
    assert signed(client, body, secret="wrong").status_code == 401
    # A retry is no pass: unsigned or badly signed, it is refused like any request.
    for headers in ({"X-Slack-Retry-Num": "1"}, {"X-Slack-Retry-Num": "1", "X-Slack-Request-Timestamp": "abc",
                                                 "X-Slack-Signature": "v0=00"}):
        resp = client.post("/slack/events", data=body, content_type="application/x-www-form-urlencoded",
                           headers=headers)
        assert resp.status_code == 401
    assert signed(client, body, secret="wrong", headers={"X-Slack-Retry-Num": "1"}).status_code == 401
    time.sleep(0.3)
    assert case(svc).status == CaseStatus.OPEN


def test_a_bad_timestamp_is_401_not_500(triage):
    app, svc, client, _ = triage
    body = "command=%2Fcase&text=C002&user_id=U1"
    for ts in ("abc", "", "1e9", "-1", "9" * 400):
        sig = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
        resp = client.post("/slack/events", data=body, content_type="application/x-www-form-urlencoded",
                           headers={"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig})
        assert resp.status_code == 401


def test_a_signed_retry_is_handled_once(triage, slack):
    app, svc, client, _ = triage
    # The first delivery never reached us: the retry is the request, and it is handled.
    resp = press(client, slack, {**button("assign_to_me", slack), "type": "button"}, user="U1")
    assert resp.status_code == 200
    eventually(lambda: case(svc).assignee == "U1")
    body = urlencode({"payload": json.dumps({
        "type": "block_actions", "user": {"id": "U777", "username": "s", "team_id": "T1"}, "api_app_id": "A1",
        "team": {"id": "T1"}, "trigger_id": "9.9.x", "channel": {"id": "C123"},
        "actions": [{"type": "button", "action_id": "assign_to_me", "value": "C002|1", "action_ts": "7.7"}]})})
    assert signed(client, body, headers={"X-Slack-Retry-Num": "1"}).status_code == 200
    eventually(lambda: case(svc).assignee == "U777")
    # Slack sends it again (our answer was late): it changes nothing more.
    assert signed(client, body, headers={"X-Slack-Retry-Num": "2"}).status_code == 200
    time.sleep(0.3)
    with svc.db.uow() as uow:
        assert len(uow.session.scalars(select(Action).where(  # the staff check's audit rows aside
            Action.actor == "slack:U777", Action.action == "assigned")).all()) == 1


def test_english_staff_text(settings, slack, clock, cases_file):
    s = settings.replace(slack_bot_token=TOKEN, slack_signing_secret=SECRET, slack_channel="C123",
                         slack_api_url=slack.api_url, staff_language="en")
    app = create_app({"SETTINGS": s, "SMS_PROVIDER": RecordingProvider(), "CLOCK": clock})
    svc = app.extensions["dunning"]
    app.test_cli_runner().invoke(args=["import-cases", str(cases_file)])
    reply(app.test_client(), "SMen", SATO, "明日払います")
    svc.deliver_posts()
    text = slack.posts()[0]["text"]
    assert "Case C002" in text and "payment promise" in text and "Next" in text
    svc.close()


def test_manifest_points_every_surface_at_the_events_url():
    from importlib import resources

    manifest = json.loads(resources.files("bot.slack").joinpath("manifest.json").read_text("utf-8"))
    assert manifest["features"]["slash_commands"][0]["command"] == "/dunning"
    assert manifest["features"]["slash_commands"][0]["url"].endswith("/slack/events")
    assert manifest["settings"]["interactivity"]["request_url"].endswith("/slack/events")
    assert manifest["features"]["shortcuts"][0]["callback_id"] == "log_call"
    # Members of the staff channel (public or private), and of the staff user group; its
    # history, to find a post whose answer was lost before posting it again.
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "chat:write", "commands", "channels:read", "groups:read", "usergroups:read",
        "channels:history", "groups:history"}


def test_morning_digest(triage, slack, clock):
    from bot import digest

    app, svc, client, _ = triage
    reply(client, "SMd1", "+819012345678", "分割できますか")
    clock.set(2026, 12, 21, 9, 0)  # Monday: C002's promise (11th) fell due, nobody took the cases
    text = digest.build(svc, clock.now)
    assert "C002" in text.split("約束日を過ぎて未納：")[1].splitlines()[0]
    assert "C006" in text.split("担当者未定のまま1日以上：")[1].splitlines()[0]  # texted last of the number
    # C002 promised the 11th and has not paid by the 18th (+ PROMISE_GRACE_DAYS): broken.
    assert "支払約束の履行（期限が来たもの）：c1 0/1 (0%)" in text
    clock.set(2026, 12, 19, 9, 0)  # Saturday: no digest
    digest.morning(svc)
    clock.set(2026, 12, 21, 9, 0)
    digest.morning(svc)
    svc.deliver_posts()
    digests = [p for p in slack.posts() if "おはようございます" in p["text"]]
    assert len(digests) == 1 and "thread_ts" not in digests[0]


def test_corrections_export_as_labelled_data_that_eval_reads(triage, slack, tmp_path):
    app, svc, client, _ = triage
    press(client, slack, {"type": "datepicker", "action_id": "change_promised_date",
                          "block_id": root(slack)["blocks"][-1]["block_id"], "selected_date": "2026-12-21"})
    eventually(lambda: case(svc).promised_date == date(2026, 12, 21))
    runner = app.test_cli_runner()
    out = tmp_path / "labels.jsonl"
    runner.invoke(args=["export-labels", str(out)])
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert rows == [{"id": rows[0]["id"], "text": "来週の金曜日に払います",
                     "received_at": "2026-12-02T10:30:00+09:00", "label": "payment_promise",
                     "promised_date": "2026-12-21", "source": "slack:U1"}]
    result = runner.invoke(args=["eval", str(out), "--json"])
    scores = json.loads(result.output)
    assert scores["n"] == 1 and scores["date_accuracy"] == 0.0  # the classifier read the 11th


# Staff only (issue 13): the same payloads from someone outside the staff channel.

OUTSIDER = "U999"
REFUSED = "この操作は税務課の担当者（担当チャンネルのメンバー）に限られています。"


def audit_rows(svc, user: str) -> list[Action]:
    with svc.db.uow() as uow:
        return list(uow.session.scalars(select(Action).where(Action.actor == f"slack:{user}").order_by(Action.id)))


def state(svc) -> tuple:
    """Everything an action could change, to compare before and after."""
    with svc.db.uow() as uow:
        s = uow.session
        c = s.get(Case, "C002")
        return (c.status, c.label, c.promised_date, c.assignee, c.phone.status,
                [(r.case_id, r.run_at, r.status) for r in s.scalars(select(Reminder).order_by(Reminder.id))],
                [(r.id, r.label) for r in s.scalars(select(Reading))],
                [(m.id, m.status) for m in s.scalars(select(Message))])


def test_outsider_lookups_get_a_refusal_without_case_data_and_are_audited(triage, slack):
    app, svc, client, _ = triage
    for text in ("C002", "080-2345-6789", "call C002"):
        resp = slash(client, text, user=OUTSIDER)
        assert resp.status_code == 200 and resp.json == {"response_type": "ephemeral", "text": REFUSED}
    time.sleep(0.3)
    assert not [c for c in slack.calls if c.method == "views.open"]
    rows = audit_rows(svc, OUTSIDER)
    assert [(r.action, r.case_id, r.detail) for r in rows] == [
        ("lookup", "C002", {"allowed": False, "why": "not_staff", "query": "case", "matched": 1}),
        ("lookup", "C002", {"allowed": False, "why": "not_staff", "query": "phone", "matched": 1}),
        ("call", "C002", {"allowed": False, "why": "not_staff", "query": "case", "matched": 1})]


def test_outsider_actions_change_nothing_and_each_refusal_is_audited(triage, slack):
    app, svc, client, provider = triage
    before, sent = state(svc), len(provider.sent)
    block = root(slack)["blocks"][-1]["block_id"]
    presses = [{**button("mark_paid", slack), "type": "button"},
               {**button("assign_to_me", slack), "type": "button"},
               {**button("pause_reminders", slack), "type": "button"},
               {"type": "static_select", "action_id": "reclassify", "block_id": block,
                "selected_option": {"value": "wrong_number", "text": {"type": "plain_text", "text": "x"}}},
               {"type": "datepicker", "action_id": "change_promised_date", "block_id": block,
                "selected_date": "2026-12-21"},
               {**button("reply_by_sms", slack), "type": "button"},
               {**button("log_call", slack), "type": "button"}]
    for action in presses:
        assert press(client, slack, action, user=OUTSIDER).status_code == 200
    shortcut(client, slack, user=OUTSIDER)
    sms = submit(client, "reply_by_sms_submit", "C002",
                 {"body": {"text": {"type": "plain_text_input", "value": "お支払いください"}}}, user=OUTSIDER)
    call = submit(client, "log_call_submit", "C002",
                  {"label": {"value": {"type": "static_select", "selected_option": {"value": "opt_out"}}}},
                  user=OUTSIDER)
    assert sms.json == {"response_action": "errors", "errors": {"body": REFUSED}}
    assert call.json == {"response_action": "errors", "errors": {"label": REFUSED}}
    time.sleep(0.5)  # any listener that (wrongly) ran would have done its work by now
    svc.drain_sms()
    svc.deliver_posts()
    assert state(svc) == before and len(provider.sent) == sent
    assert not [c for c in slack.calls if c.method in ("views.open", "chat.update")]
    told = [c.args for c in slack.calls if c.method == "chat.postEphemeral"]
    assert len(told) == len(presses) + 1  # the presses and the shortcut
    assert all((a["user"], a["text"]) == (OUTSIDER, REFUSED) for a in told)
    rows = audit_rows(svc, OUTSIDER)
    assert [r.action for r in rows] == [
        "mark_paid", "assign_to_me", "pause_reminders", "reclassify", "change_promised_date", "reply_by_sms",
        "log_call", "log_call", "reply_by_sms_submit", "log_call_submit"]
    assert all(r.case_id == "C002" and r.detail == {"allowed": False, "why": "not_staff"} for r in rows)
    # A forged value naming no case is still a row, without a case (the column refers to cases).
    press(client, slack, {"type": "button", "action_id": "mark_paid", "value": "NOPE|1"}, user=OUTSIDER)
    assert (audit_rows(svc, OUTSIDER)[-1].action, audit_rows(svc, OUTSIDER)[-1].case_id) == ("mark_paid", None)


def test_staff_lookups_and_actions_are_audited_as_allowed_without_the_number(triage, slack):
    app, svc, client, _ = triage
    assert "C002" in slash(client, "080-2345-6789").json["text"]
    assert "該当する案件はありません" in slash(client, "090-8765-4321").json["text"]
    press(client, slack, {**button("mark_paid", slack), "type": "button"}, user="U777")
    eventually(lambda: case(svc).status == CaseStatus.PAID)
    looked = audit_rows(svc, "U1")
    assert [(r.action, r.case_id, r.detail) for r in looked] == [
        ("lookup", "C002", {"allowed": True, "query": "phone", "matched": 1}),
        ("lookup", None, {"allowed": True, "query": "phone", "matched": 0})]
    # The access row, then what the action did.
    assert [(r.action, r.detail.get("allowed")) for r in audit_rows(svc, "U777")] == [
        ("mark_paid", True), ("marked_paid", None)]
    with svc.db.uow() as uow:
        stored = json.dumps([a.detail for a in uow.session.scalars(select(Action))])
    assert "2345" not in stored and "8765" not in stored


def test_when_slack_cannot_say_who_is_staff_everyone_is_refused(triage, slack, caplog):
    app, svc, client, _ = triage
    slack.errors["conversations.members"] = "missing_scope"
    unknown = slash(client, "080-2345-6789").json["text"]
    assert "確認できない" in unknown and "C002" not in unknown
    press(client, slack, {**button("mark_paid", slack), "type": "button"})
    assert [c.args["text"] for c in slack.calls if c.method == "chat.postEphemeral"] == [unknown]
    del slack.errors["conversations.members"]
    slack.down = True
    assert slash(client, "C002").json["text"] == unknown
    time.sleep(0.3)
    assert case(svc).status == CaseStatus.OPEN
    assert [(r.action, r.detail["why"]) for r in audit_rows(svc, "U1")] == [
        ("lookup", "membership_unknown"), ("mark_paid", "membership_unknown"), ("lookup", "membership_unknown")]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "U1" in logged and "missing_scope" in logged
    assert "2345" not in logged and "佐藤" not in logged
    slack.down = False  # Slack is back: the next check asks again (failures are not cached)
    assert "C002" in slash(client, "C002").json["text"]


@pytest.fixture
def grouped(settings, slack, clock, cases_file):
    slack.usergroups["S0STAFF"] = ["U1", "U555"]  # U555 is in the group but not in the channel
    yield from start(settings, slack, clock, cases_file, slack_staff_usergroup="S0STAFF")


def test_a_user_group_narrows_staff_to_its_members_in_the_channel(grouped, slack):
    app, svc, client, _ = grouped
    assert "C002" in slash(client, "C002").json["text"]
    assert slash(client, "C002", user="U777").json["text"] == REFUSED  # in the channel, not the group
    assert slash(client, "C002", user="U555").json["text"] == REFUSED  # in the group, not the channel
    assert {c.method for c in slack.calls} >= {"conversations.members", "usergroups.users.list"}


def test_directory_reads_every_page_and_asks_again_only_after_the_ttl():
    from slack_sdk import WebClient

    from bot.slack.staff import Directory, StaffUnknown

    now = [0.0]
    with FakeSlack(members={"C9": [f"U{i}" for i in range(7)]}) as fake:
        fake.page_size = 3
        directory = Directory(WebClient(token=TOKEN, base_url=fake.api_url), "C9", ttl=60, clock=lambda: now[0])
        assert directory.is_staff("U6") and directory.is_staff("U0") and not directory.is_staff("U7")
        pages = [c.args.get("cursor") for c in fake.calls if c.method == "conversations.members"]
        assert len(pages) == 3 and pages[0] is None and all(pages[1:])  # one list read, in three pages
        fake.members["C9"] = ["U0"]
        now[0] = 59.0
        assert directory.is_staff("U6")  # cached
        now[0] = 60.0
        assert not directory.is_staff("U6")  # asked again
        fake.errors["conversations.members"] = "ratelimited"
        now[0] = 121.0
        with pytest.raises(StaffUnknown, match="ratelimited"):
            directory.is_staff("U0")


def test_audit_command_prints_and_exports_who_looked_at_what(triage, slack, tmp_path):
    from datetime import timedelta

    app, svc, client, _ = triage
    slash(client, "080-2345-6789", user=OUTSIDER)
    slash(client, "C002")
    runner = app.test_cli_runner()
    out = runner.invoke(args=["audit", "--case", "C002", "--user", "slack:U1"]).output
    lines = out.splitlines()
    assert lines[0].split() == ["at", "actor", "action", "case_id", "result", "detail"]
    assert len(lines) == 2 and "slack:U1" in lines[1] and "allowed" in lines[1] and '"query": "case"' in lines[1]
    out = runner.invoke(args=["audit", "--user", OUTSIDER]).output
    assert "refused" in out and '"why": "not_staff"' in out and "2345" not in out
    today = datetime.now(TOKYO).date()
    assert runner.invoke(args=["audit", "--since", str(today + timedelta(days=1))]).output == "no audit rows\n"
    path = tmp_path / "audit.csv"
    runner.invoke(args=["audit", "--case", "C002", "--since", str(today), "--csv", str(path)])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    # Oldest first: the import, the campaign and the reply come before the two lookups.
    assert rows[0]["action"] == "case_imported" and rows[0]["actor"] == "cli"
    assert [(r["actor"], r["action"], r["result"]) for r in rows[-2:]] == [
        (f"slack:{OUTSIDER}", "lookup", "refused"), ("slack:U1", "lookup", "allowed")]
    assert rows == sorted(rows, key=lambda r: r["at"])
    bad = runner.invoke(args=["audit", "--since", "yesterday"])
    assert bad.exit_code != 0 and "--since" in bad.output
def test_a_huge_slack_body_is_refused_unread(triage):
    from tests.integration.test_hostile import _Endless

    app, svc, client, _ = triage
    body = _Endless(200 * 1024 * 1024)
    resp = client.post("/slack/events", content_type="application/x-www-form-urlencoded",
                       environ_overrides={"wsgi.input": body, "CONTENT_LENGTH": str(body.size)})
    assert resp.status_code == 413 and body.read_bytes <= 2 * 1024 * 1024


def test_a_retry_after_our_own_failure_is_handled(triage, monkeypatch):
    from bot import triage as ops

    app, svc, client, _ = triage
    real, calls = ops.log_call, []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the database went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(ops, "log_call", flaky)
    values = {"label": {"value": {"type": "static_select", "selected_option": {"value": "payment_promise"}}},
              "promised": {"value": {"type": "datepicker", "selected_date": "2026-12-25"}},
              "note": {"value": {"type": "plain_text_input", "value": "電話"}}}
    payload = {"type": "view_submission", "team": {"id": "T1"}, "user": {"id": "U1"}, "api_app_id": "A1",
               "trigger_id": "3.4.z", "view": {"id": "V9", "type": "modal", "callback_id": "log_call_submit",
                                               "private_metadata": "C002", "state": {"values": values}, "hash": "h"}}
    body = urlencode({"payload": json.dumps(payload)})
    assert signed(client, body).status_code == 500
    assert signed(client, body, headers={"X-Slack-Retry-Num": "1"}).status_code == 200
    assert len(calls) == 2
    with svc.db.uow() as uow:
        assert uow.session.scalar(select(Message).where(Message.kind == "call")) is not None


def test_a_signed_payload_with_an_implausible_user_is_400(triage):
    app, svc, client, _ = triage
    values = {"body": {"value": {"type": "plain_text_input", "value": "ご連絡ください"}}}
    for user in ({"id": "U" * 70}, {"id": 5}, "U1", None):
        payload = {"type": "view_submission", "team": {"id": "T1"}, "user": user, "api_app_id": "A1",
                   "view": {"id": "V3", "type": "modal", "callback_id": "reply_by_sms_submit",
                            "private_metadata": "C002", "state": {"values": values}, "hash": "h"}}
        assert signed(client, urlencode({"payload": json.dumps(payload)})).status_code == 400
    command = {"command": "/dunning", "text": "C002", "user_id": "U" * 70, "team_id": "T1", "trigger_id": "1"}
    assert signed(client, urlencode(command)).status_code == 400
    with svc.db.uow() as uow:
        assert uow.session.scalar(select(Message).where(Message.kind == "staff")) is None
