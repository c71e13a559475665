"""The Infobip (NTT CPaaS) adapter: webhooks in its JSON, sends checked by its published models."""

from __future__ import annotations

import json

import pytest

from bot.app import create_app
from core.models import Message, MessageStatus
from core.providers import SendError
from tests.fakes.infobip import API_KEY, HOOK_PASSWORD, HOOK_USER, SENDER, FakeInfobip, basic, inbound_body, report_body
from tests.integration.helpers import count, messages

SATO = "+818023456789"


@pytest.fixture
def infobip():
    with FakeInfobip() as fake:
        yield fake


@pytest.fixture
def ib(settings, infobip, clock, cases_file):
    s = settings.replace(sms_provider="infobip", infobip_base_url=infobip.url, infobip_api_key=API_KEY,
                         infobip_sender=SENDER, infobip_webhook_user=HOOK_USER,
                         infobip_webhook_password=HOOK_PASSWORD, public_base_url="https://dunning.example.jp")
    app = create_app({"SETTINGS": s, "CLOCK": clock})
    svc = app.extensions["dunning"]
    app.test_cli_runner().invoke(args=["import-cases", str(cases_file)])
    yield app, svc, app.test_client()
    svc.close()


def post(client, path: str, body: bytes, auth: str | None = None):
    headers = {"Content-Type": "application/json"}
    if auth is not None:
        headers["Authorization"] = auth
    return client.post(path, data=body, headers=headers)


def test_send_speaks_the_published_request_model(ib, infobip):
    app, svc, client = ib
    result = app.test_cli_runner().invoke(args=["send-campaign", "c1"])
    assert "4 sent" in result.output, result.output
    request = infobip.requests[0]
    msg = request.messages[0]
    assert msg.sender == SENDER and msg.destinations[0].to == "819012345678"
    assert msg.destinations[0].message_id.startswith("reminder:")  # our idempotency key
    assert msg.webhooks.delivery.url == f"https://{HOOK_USER}:{HOOK_PASSWORD}@dunning.example.jp/sms/status"
    sent = messages(svc, Message.kind == "reminder")
    assert {m.provider_sid for m in sent} == {m["sid"] for m in infobip.messages}


def test_several_inbound_messages_one_bad_item_does_not_drop_the_others(ib):
    app, svc, client = ib
    body = json.loads(inbound_body([("ib-1", SATO, "明日払います"), ("ib-2", "+819012345678", "停止")]))
    body["results"].insert(1, {"text": "no id, no sender"})
    resp = post(client, "/sms/inbound", json.dumps(body).encode(), basic())
    assert resp.status_code == 200
    assert count(svc, Message, Message.direction == "in") == 2
    # The provider retries the same batch: nothing changes.
    post(client, "/sms/inbound", json.dumps(body).encode(), basic())
    assert count(svc, Message, Message.direction == "in") == 2


def test_unauthenticated_or_wrong_credentials_get_401_and_change_nothing(ib):
    app, svc, client = ib
    body = inbound_body([("ib-x", SATO, "停止")])
    for auth in (None, basic(password="wrong-password-1234"), basic(user="other"), "Basic !!notbase64", "Bearer x"):
        resp = post(client, "/sms/inbound", body, auth)
        assert resp.status_code == 401 and "Basic" in resp.headers.get("WWW-Authenticate", "")
    assert count(svc, Message) == 0


def test_malformed_body_is_400(ib):
    app, svc, client = ib
    assert post(client, "/sms/inbound", b"not json", basic()).status_code == 400
    assert post(client, "/sms/inbound", b'{"foo": 1}', basic()).status_code == 400


def test_delivery_reports_map_to_our_statuses(ib, infobip):
    app, svc, client = ib
    app.test_cli_runner().invoke(args=["send-campaign", "c1"])
    sids = [m["sid"] for m in infobip.messages]
    body = report_body([(sids[0], "DELIVERED"), (sids[1], "UNDELIVERABLE"), (sids[2], "REJECTED")])
    assert post(client, "/sms/status", body, basic()).status_code == 200
    by_sid = {m.provider_sid: m.status for m in messages(svc, Message.kind == "reminder")}
    assert [by_sid[s] for s in sids[:3]] == [MessageStatus.DELIVERED, MessageStatus.UNDELIVERED, MessageStatus.FAILED]


def test_errors_map_to_retry_or_failure(ib, infobip):
    app, svc, client = ib
    provider = svc.provider
    infobip.fail_next = [(429, "TOO_MANY_REQUESTS"), (500, "GENERAL_ERROR"), (400, "BAD_REQUEST")]
    for retryable in (True, True, False):
        with pytest.raises(SendError) as err:
            provider.send(SATO, "テスト", "k1")
        assert err.value.retryable is retryable
    infobip.fail_next = []
    sent = provider.send(SATO, "テスト", "k2")
    assert sent.provider_sid == "k2" and provider.find_sent(SATO, "テスト", svc.clock()).provider_sid == "k2"
    assert provider.find_sent(SATO, "別の本文", svc.clock()) is None
