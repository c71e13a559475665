"""Hostile input on authenticated webhooks: never a 5xx for content, the same on both databases."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timezone

import pytest

from bot.app import create_app
from core.models import Message, MessageStatus, Phone, PhoneStatus, StaffPost
from tests.fakes.infobip import basic, inbound_body
from tests.fakes.recording import RecordingChannel
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, sign
from tests.integration.helpers import count, messages
from tests.integration.test_infobip import ib, infobip, post  # noqa: F401  (fixtures)

SATO = "+818023456789"
PUBLIC = "https://dunning.example.jp"


@pytest.fixture
def tw(settings, clock, cases_file):
    """The app with the real Twilio adapter: webhooks must be signed."""
    s = settings.replace(sms_provider="twilio", twilio_account_sid=ACCOUNT_SID, twilio_auth_token=AUTH_TOKEN,
                         twilio_from="+15005550006", public_base_url=PUBLIC)
    staff = RecordingChannel()
    app = create_app({"SETTINGS": s, "CLOCK": clock, "STAFF_CHANNEL": staff})
    svc = app.extensions["dunning"]
    app.test_cli_runner().invoke(args=["import-cases", str(cases_file)])
    yield app, svc, staff
    svc.close()


def twilio_post(client, path: str, form: dict[str, str]):
    return client.post(path, data=form, headers={"X-Twilio-Signature": sign(PUBLIC + path, form)})


def test_twilio_nul_long_sid_and_long_error_code_are_stored_cleaned(tw):
    app, svc, _ = tw
    client = app.test_client()
    long_sid = "SM" + "a" * 70
    for form in ({"MessageSid": "SMnul", "From": SATO, "To": "+815000000000", "Body": "明日\x00払います"},
                 {"MessageSid": long_sid, "From": SATO, "To": "+815000000000", "Body": "分割できますか"},
                 {"MessageSid": "SM\x00z", "From": SATO + "\x00", "Body": "x"}):
        assert twilio_post(client, "/sms/inbound", form).status_code == 200
    # The same over-long id again is the same message: stored once.
    assert twilio_post(client, "/sms/inbound", {"MessageSid": long_sid, "From": SATO,
                                                 "Body": "分割できますか"}).status_code == 200
    stored = messages(svc, Message.direction == "in")
    assert len(stored) == 3
    assert stored[0].body == "明日払います"
    assert all(len(m.provider_sid) <= 64 and "\x00" not in m.provider_sid for m in stored)
    with svc.db.uow() as uow:
        uow.session.add(Message(direction="out", kind="reminder", phone_e164=SATO, body="督促", status="sent",
                                provider="twilio", provider_sid="SMout1"))
        uow.commit()
    resp = twilio_post(client, "/sms/status", {"MessageSid": "SMout1", "MessageStatus": "undelivered",
                                               "ErrorCode": "3" * 40})
    assert resp.status_code == 200
    out = messages(svc, Message.provider_sid == "SMout1")[0]
    assert out.status == MessageStatus.UNDELIVERED and len(out.error_code) <= 32


def test_infobip_bad_items_are_cleaned_or_skipped_and_the_rest_kept(ib):  # noqa: F811
    app, svc, client = ib
    good = json.loads(inbound_body([("ib-ok", SATO, "明日払います")]))["results"][0]
    items = [
        {**good, "messageId": "ib-surrogate", "text": "払います\ud800"},
        {**good, "messageId": "ib-naive", "receivedAt": "2026-12-02T10:00:00"},
        {**good, "messageId": "ib-future", "receivedAt": "9999-12-31T23:59:59.000+0000"},
        {**good, "messageId": "ib-nul", "text": "停\x00止"},
        {**good, "messageId": "i" * 80},
        {**good, "messageId": ["not", "a", "string"]},
        {**good, "messageId": "ib-textobj", "text": {"nested": [1, 2]}},
        {**good, "messageId": "ib-from", "from": "8\x0090\ud8001234"},
        good,
    ]
    deep: object = "x"
    for _ in range(900):
        deep = [deep]
    items.append({**good, "messageId": "ib-deep", "text": deep})
    # json.dumps writes the lone surrogate as \ud800, as a hostile sender would.
    resp = post(client, "/sms/inbound", json.dumps({"results": items}).encode(), basic())
    assert resp.status_code == 200, resp.data
    stored = {m.provider_sid: m for m in messages(svc, Message.direction == "in")}
    assert "ib-ok" in stored and "ib-naive" in stored and "ib-future" in stored and "ib-nul" in stored
    assert len(stored) == 9  # only the item whose id is not a string is skipped
    assert stored["ib-nul"].body == "停止"
    assert "\ud800" not in stored["ib-surrogate"].body
    assert stored["ib-future"].created_at.year < 9999
    # The staff posts all render and go out, in order.
    svc.deliver_posts()
    assert count(svc, StaffPost, StaffPost.posted.is_(False)) == 0


def test_infobip_hostile_bodies_get_4xx_not_5xx(ib):  # noqa: F811
    app, svc, client = ib
    deep = b'{"results": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert post(client, "/sms/inbound", deep, basic()).status_code == 400
    assert post(client, "/sms/inbound", b'{"results": [1, "x", null]}', basic()).status_code == 200
    report = {"results": [{"messageId": "m1", "status": {"groupName": ["DELIVERED"]}},
                          {"messageId": "m2", "status": {"groupName": {"x": 1}}, "error": {"id": 1, "name": ["x"]}},
                          {"messageId": "m3", "status": {"groupName": "DELIVERED"}, "error": {"id": 5, "name": "E" * 80}}]}
    assert post(client, "/sms/status", json.dumps(report).encode(), basic()).status_code == 200
    assert post(client, "/sms/status", b"\xff\xfe", basic()).status_code == 400


def test_a_post_that_cannot_render_is_set_aside_and_the_queue_goes_on(app, svc, staff, client, runner,
                                                                      cases_file):
    runner.invoke(args=["import-cases", str(cases_file)])
    with svc.db.uow() as uow:  # stored before the webhook cleaned such dates
        bad = Message(direction="in", kind="reply", phone_e164="+819099999999", body="x", status="received",
                      provider="twilio", provider_sid="SMold",
                      created_at=datetime(9999, 12, 31, 23, 0, tzinfo=timezone.utc))
        uow.session.add(bad)
        uow.session.flush()
        uow.session.add(StaffPost(kind="reply", message_id=bad.id, payload={}))
        uow.commit()
    client.post("/sms/inbound", data={"MessageSid": "SMgood", "From": SATO, "Body": "明日払います"})
    assert svc.deliver_posts() == 2  # the notice about the bad one, and the good one
    assert "OverflowError" in staff.posts[0]["text"] and "保留" in staff.posts[0]["text"]
    assert "明日払います" in staff.posts[1]["text"]
    with svc.db.uow() as uow:
        first = uow.session.get(StaffPost, 1)
        assert first.posted and first.last_error.startswith("set aside: OverflowError")
    # After a restart nothing is pending, and the bad post is not tried again.
    assert svc.deliver_posts() == 0 and len(staff.posts) == 2


def _burst(app, forms: list[dict[str, str]]) -> list[int]:
    """Post the forms at once, one thread each, released together."""
    start, codes = threading.Barrier(len(forms)), [0] * len(forms)

    def one(i: int) -> None:
        client = app.test_client()
        start.wait()
        codes[i] = client.post("/sms/inbound", data=forms[i]).status_code

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(forms))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return codes


def test_concurrent_opt_outs_and_one_sid_thirty_times_never_500(app, svc, caplog):
    caplog.set_level(logging.DEBUG)
    stranger = "+819011112222"
    codes = _burst(app, [{"MessageSid": f"SMstop{i}", "From": stranger, "Body": "停止"} for i in range(20)])
    assert codes == [200] * 20
    assert count(svc, Message, Message.direction == "in") == 20
    with svc.db.uow() as uow:
        assert uow.session.get(Phone, stranger).status == PhoneStatus.OPTED_OUT
    codes = _burst(app, [{"MessageSid": "SMsame", "From": SATO, "Body": "明日払います"}] * 30)
    assert codes == [200] * 30
    assert count(svc, Message, Message.provider_sid == "SMsame") == 1
    logged = "\n".join(r.getMessage() + (str(r.exc_info[1]) if r.exc_info else "") for r in caplog.records)
    assert "9011112222" not in logged and "8023456789" not in logged


def test_our_own_failure_is_a_500_whose_log_quotes_no_text(app, svc, caplog, monkeypatch):
    import bot.sms

    def broken(*args, **kwargs):
        raise RuntimeError("DETAIL: Key (e164)=(+819011112222) already exists")

    monkeypatch.setattr(bot.sms, "record_reply", broken)
    caplog.set_level(logging.DEBUG)
    resp = app.test_client().post("/sms/inbound", data={"MessageSid": "SMx", "From": SATO, "Body": "払います"})
    assert resp.status_code == 500
    logged = "\n".join(r.getMessage() + (str(r.exc_info[1]) if r.exc_info else "") for r in caplog.records)
    assert "RuntimeError" in logged and "9011112222" not in logged and "払います" not in logged


class _Endless:
    """A request body of ``size`` bytes that counts what the app reads of it."""

    def __init__(self, size: int):
        self.size, self.read_bytes = size, 0

    def read(self, n: int = -1) -> bytes:
        n = self.size - self.read_bytes if n is None or n < 0 else min(n, self.size - self.read_bytes)
        self.read_bytes += n
        return b"a" * n

    def readline(self, n: int = -1) -> bytes:
        return self.read(min(n, 65536) if n and n > 0 else 65536)


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/status"])
def test_a_huge_body_is_refused_with_413_unread(tw, path):
    app, svc, _ = tw
    body = _Endless(200 * 1024 * 1024)
    resp = app.test_client().post(path, content_type="application/x-www-form-urlencoded",
                                  environ_overrides={"wsgi.input": body, "CONTENT_LENGTH": str(body.size)})
    assert resp.status_code == 413
    assert body.read_bytes <= 2 * 1024 * 1024


def test_a_form_with_a_million_fields_is_refused_fast(tw, ib):  # noqa: F811
    import time

    for app in (tw[0], ib[0]):
        form = b"&".join(b"a%d=1" % i for i in range(1_000_000))
        started = time.monotonic()
        resp = app.test_client().post("/sms/inbound", data=form, content_type="application/x-www-form-urlencoded")
        assert resp.status_code == 413 and time.monotonic() - started < 2.0
        few = b"&".join(b"%d" % i for i in range(300_000))[:1_000_000]  # under the size limit
        started = time.monotonic()
        resp = app.test_client().post("/sms/inbound", data=few, content_type="application/x-www-form-urlencoded",
                                      headers={"X-Twilio-Signature": "x"})
        assert resp.status_code in (401, 413) and time.monotonic() - started < 2.0
    assert count(tw[1], Message) == 0


def test_a_post_slack_refuses_for_its_content_is_set_aside(app, svc, staff, client):
    from bot.slack.channel import ChannelError

    client.post("/sms/inbound", data={"MessageSid": "SMa", "From": SATO, "Body": "明日払います"})
    client.post("/sms/inbound", data={"MessageSid": "SMb", "From": "+817034567890", "Body": "分割できますか"})
    staff.failures = [ChannelError("Slack chat.postMessage: HTTP 200 invalid_blocks", permanent=True,
                                   error="invalid_blocks")]
    assert svc.deliver_posts() == 2
    assert "invalid_blocks" in staff.posts[0]["text"] and "分割できますか" in staff.posts[1]["text"]
    with svc.db.uow() as uow:
        assert uow.session.get(StaffPost, 1).last_error == "set aside: invalid_blocks"
    assert svc.deliver_posts() == 0



def test_a_post_the_channel_fails_on_is_set_aside(app, svc, staff, client):
    client.post("/sms/inbound", data={"MessageSid": "SMa", "From": SATO, "Body": "明日払います"})
    client.post("/sms/inbound", data={"MessageSid": "SMb", "From": "+817034567890", "Body": "分割できますか"})
    staff.failures = [UnicodeEncodeError("ascii", "明", 0, 1, "a console that cannot print it")]
    assert svc.deliver_posts() == 1 and "分割できますか" in staff.posts[0]["text"]
    with svc.db.uow() as uow:
        first = uow.session.get(StaffPost, 1)
        assert first.posted and first.last_error == "set aside: UnicodeEncodeError"
    assert svc.deliver_posts() == 0
