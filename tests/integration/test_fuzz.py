"""Signed but garbled webhooks and Slack payloads: no 5xx, no traceback, nothing lost.

Deterministic (seeded): a failure names its case number, and the same case comes back.
"""

from __future__ import annotations

import json
import logging
import random
import time
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select

from core.models import Action, Message
from tests.fakes.infobip import basic
from tests.integration.helpers import count
from tests.integration.test_hostile import SATO, tw, twilio_post  # noqa: F401  (fixtures)
from tests.integration.test_infobip import ib, infobip, post  # noqa: F401
from tests.integration.test_slack import eventually, signed, slack, triage  # noqa: F401

CASES = 200

_ODD: list[Any] = [None, 0, -1, 2 ** 63, 1.5, True, "", "\x00", "x" * 100, "\u202e", "9999-12-31T23:59:59Z",
                   "2026-12-02T10:00:00", "🙂" * 10, [], {}, [[["deep"]]], {"a": {"b": None}}, "C002|1",
                   "C002|abc", "|", "a" * 70000]


def garble(rng: random.Random, value: Any, depth: int = 0) -> Any:
    """The value with some of its parts replaced, dropped or added."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            roll = rng.random()
            if roll < 0.1:
                continue  # dropped
            out[k] = rng.choice(_ODD) if roll < 0.3 else garble(rng, v, depth + 1)
        if rng.random() < 0.1:
            out[rng.choice(["extra", "results", "type", "user", "actions"])] = rng.choice(_ODD)
        return out
    if isinstance(value, list):
        items = [garble(rng, v, depth + 1) for v in value]
        if rng.random() < 0.2:
            items.append(rng.choice(_ODD))
        return items
    if isinstance(value, str) and rng.random() < 0.3:
        return value[: rng.randrange(len(value) + 1)] + rng.choice(["\x00", "\ud800", "'", "\n", "\u3000"])
    return value


def _no_tracebacks(caplog) -> None:
    bad = [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    assert not bad, [f"{r.name}: {r.getMessage()[:200]}" for r in bad[:3]]


def _text(value: Any) -> str:
    """A form value: what a form can carry (text, without lone surrogates)."""
    text = value if isinstance(value, str) else json.dumps(value)
    return text.encode("utf-8", "replace").decode("utf-8")


def test_garbled_twilio_webhooks(tw, caplog):  # noqa: F811
    app, svc, _ = tw
    client = app.test_client()
    caplog.set_level(logging.INFO)
    rng = random.Random(14)
    good = {"MessageSid": "SMfuzzgood", "From": SATO, "To": "+815000000000", "Body": "明日払います"}
    status = {"MessageSid": "SMfuzzgood", "MessageStatus": "delivered", "ErrorCode": "30003"}
    for i in range(CASES):
        path, base = ("/sms/inbound", good) if i % 2 else ("/sms/status", status)
        form = {k: _text(v) for k, v in garble(rng, {**base, "MessageSid": f"SMf{i}"}).items()}
        resp = twilio_post(client, path, form)
        assert resp.status_code < 500, (i, form)
        if i == CASES // 2:
            assert twilio_post(client, "/sms/inbound", good).status_code == 200
    assert twilio_post(client, "/sms/inbound", good).status_code == 200
    assert count(svc, Message, Message.provider_sid == "SMfuzzgood") == 1
    _no_tracebacks(caplog)


def test_garbled_infobip_webhooks(ib, caplog):  # noqa: F811
    app, svc, client = ib
    caplog.set_level(logging.INFO)
    rng = random.Random(10)
    good = {"messageId": "ib-fuzz-good", "from": "818023456789", "to": "815000000000", "text": "明日払います",
            "receivedAt": "2026-12-02T01:00:00.000+0000", "smsCount": 1}
    report = {"messageId": "ib-x", "status": {"groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET"},
              "error": {"id": 0, "name": "NO_ERROR"}}
    for i in range(CASES):
        path, base = ("/sms/inbound", good) if i % 2 else ("/sms/status", report)
        items = [garble(rng, {**base, "messageId": f"ib-f{i}-{j}"}) for j in range(rng.randrange(1, 4))]
        if i == CASES // 2:
            path, items = "/sms/inbound", items + [good]
        body = json.dumps(garble(rng, {"results": items, "messageCount": len(items)}))
        resp = post(client, path, body.encode("utf-8", "surrogatepass"), basic())
        assert resp.status_code < 500, (i, body[:300])
    assert post(client, "/sms/inbound", json.dumps({"results": [good]}).encode(), basic()).status_code == 200
    assert count(svc, Message, Message.provider_sid == "ib-fuzz-good") == 1
    _no_tracebacks(caplog)


def test_garbled_slack_payloads(triage, slack, caplog):  # noqa: F811
    app, svc, client, _ = triage
    caplog.set_level(logging.INFO)
    rng = random.Random(11)
    user = {"id": "U1", "username": "staff", "team_id": "T1"}
    templates = [
        {"type": "block_actions", "user": user, "api_app_id": "A1", "trigger_id": "1.2.a", "team": {"id": "T1"},
         "channel": {"id": "C123"}, "container": {"type": "message", "message_ts": "1.1", "channel_id": "C123"},
         "message": {"ts": "1.1", "text": "x"},
         "actions": [{"type": "button", "action_id": a, "value": "C002|1", "block_id": "case:C002|1",
                      "action_ts": "1.2"} for a in ("assign_to_me", "pause_reminders")]},
        {"type": "block_actions", "user": user, "team": {"id": "T1"}, "trigger_id": "1.2.b",
         "actions": [{"type": "static_select", "action_id": "reclassify", "block_id": "label:C002|1",
                      "selected_option": {"value": "consultation_request"}},
                     {"type": "datepicker", "action_id": "change_promised_date", "block_id": "label:C002|1",
                      "selected_date": "2026-12-24"}]},
        {"type": "view_submission", "user": user, "team": {"id": "T1"}, "trigger_id": "3.4.c",
         "view": {"id": "V1", "type": "modal", "callback_id": "log_call_submit", "private_metadata": "C002",
                  "hash": "h", "state": {"values": {
                      "label": {"value": {"type": "static_select", "selected_option": {"value": "payment_promise"}}},
                      "promised": {"value": {"type": "datepicker", "selected_date": "2026-12-25"}},
                      "note": {"value": {"type": "plain_text_input", "value": "電話"}}}}}},
        {"type": "view_submission", "user": user, "team": {"id": "T1"},
         "view": {"id": "V2", "type": "modal", "callback_id": "reply_by_sms_submit", "private_metadata": "C002",
                  "state": {"values": {"body": {"text": {"type": "plain_text_input", "value": "ご連絡ください"}}}}}},
        {"type": "message_action", "callback_id": "log_call", "trigger_id": "7.8.d", "user": user,
         "team": {"id": "T1"}, "channel": {"id": "C123"}, "message": {"ts": "1.1", "type": "message"}},
    ]
    command = {"command": "/dunning", "text": "call C002", "user_id": "U1", "team_id": "T1",
               "channel_id": "C123", "trigger_id": "5.6.e", "response_url": "http://127.0.0.1:9/x"}
    for i in range(CASES):
        if i % 5 == 4:
            body = urlencode({k: _text(v) for k, v in garble(rng, command).items()})
        else:
            payload = json.dumps(garble(rng, rng.choice(templates))).encode("utf-8", "surrogatepass")
            body = urlencode({"payload": payload})
            if i % 7 == 0:
                body = body[: rng.randrange(len(body))]  # cut short
        resp = signed(client, body)
        assert resp.status_code < 500, (i, body[:300])
        if i == CASES // 2:  # a well-formed action among them takes effect, once
            good = {**templates[0], "user": {"id": "U777"}, "actions": templates[0]["actions"][:1]}  # staff
            assert signed(client, urlencode({"payload": json.dumps(good)})).status_code == 200

    def assigned() -> list[str]:
        with svc.db.uow() as uow:
            return [a.action for a in uow.session.scalars(  # the staff check's own audit rows aside
                select(Action).where(Action.actor == "slack:U777", Action.action == "assigned"))]

    eventually(lambda: assigned() == ["assigned"])  # bolt's listeners run after the acknowledgement
    time.sleep(1.0)  # and the garbled ones' listeners too
    assert assigned() == ["assigned"]
    _no_tracebacks(caplog)
