"""A fake of Infobip's SMS API (as NTT CPaaS serves it) on loopback.

What our adapter sends is parsed with the published client's request model
(`infobip_api_client.models.SmsRequest`), so a wire-format mistake fails here. Webhook
payloads are built with the client's models too (see `inbound_body`, `report_body`).
"""

from __future__ import annotations

import base64
import itertools
import json
import time
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs

from infobip_api_client.models import (
    SmsDeliveryReport,
    SmsDeliveryResult,
    SmsInboundMessage,
    SmsInboundMessageResult,
    SmsMessageStatus,
    SmsRequest,
)
from infobip_api_client.models.message_general_status import MessageGeneralStatus

from tests.fakes.http import LoopbackServer

API_KEY = "test-infobip-api-key-0123456789"
SENDER = "CITYTAX"
HOOK_USER = "dunning"
HOOK_PASSWORD = "webhook-password-for-tests"


def basic(user: str = HOOK_USER, password: str = HOOK_PASSWORD) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def inbound_body(items: list[tuple[str, str, str]], to: str = "815000000000") -> bytes:
    """Infobip's inbound webhook for (messageId, from E.164, text) items."""
    result = SmsInboundMessageResult(
        results=[SmsInboundMessage(message_id=mid, var_from=sender.lstrip("+"), to=to, text=text,
                                   received_at=datetime.now(timezone.utc), sms_count=1)
                 for mid, sender, text in items],
        message_count=len(items), pending_message_count=0)
    return result.model_dump_json(by_alias=True, exclude_none=True).encode()


def report_body(items: list[tuple[str, str]]) -> bytes:
    """Infobip's delivery report for (messageId, groupName) items."""
    ids = {"PENDING": (1, 7), "UNDELIVERABLE": (2, 9), "DELIVERED": (3, 5), "EXPIRED": (4, 15), "REJECTED": (5, 6)}
    result = SmsDeliveryResult(results=[
        SmsDeliveryReport(message_id=mid, status=SmsMessageStatus(
            group_id=ids[group][0], group_name=MessageGeneralStatus(group), id=ids[group][1],
            name=f"{group}_X", description=group.lower()))
        for mid, group in items])
    return result.model_dump_json(by_alias=True, exclude_none=True).encode()


class FakeInfobip(LoopbackServer):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[dict[str, Any]] = []  # as FakeTwilio records them: sid, to, body
        self.requests: list[SmsRequest] = []
        self.fail_next: list[tuple[int, str]] = []
        self.delay = 0.0
        self._bulk = itertools.count(1)

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes):
        if headers.get("authorization") != f"App {API_KEY}":
            return self._error(401, "UNAUTHORIZED", "Invalid login details")
        route, _, query = path.partition("?")
        if method == "GET" and route == "/sms/1/logs":
            q = {k: v[0] for k, v in parse_qs(query).items()}
            with self.lock:
                found = [{"messageId": m["sid"], "to": m["to"].lstrip("+"), "text": m["body"],
                          "status": {"groupId": 3, "groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET"}}
                         for m in self.messages if m["to"].lstrip("+") == q.get("to")]
            return 200, {"Content-Type": "application/json"}, json.dumps({"results": found}).encode()
        if method != "POST" or route != "/sms/3/messages":
            return self._error(404, "NOT_FOUND", "Not found")
        if self.delay:
            time.sleep(self.delay)
        try:
            request = SmsRequest.from_json(body.decode("utf-8"))
        except Exception as exc:  # the published model refuses what we sent
            return self._error(400, "BAD_REQUEST", f"invalid request: {exc}")
        with self.lock:
            if self.fail_next:
                status, code = self.fail_next.pop(0)
                return self._error(status, code, "failure injected by the test")
            self.requests.append(request)
            answers = []
            for message in request.messages:
                content = message.content.actual_instance if hasattr(message.content, "actual_instance") else message.content
                for dest in message.destinations:
                    mid = dest.message_id or f"ib-{len(self.messages) + 1}"
                    self.messages.append({
                        "sid": mid, "to": "+" + dest.to, "body": content.text, "from": message.sender,
                        "status_callback": message.webhooks.delivery.url if message.webhooks and message.webhooks.delivery else None})
                    answers.append({"messageId": mid, "destination": dest.to, "status": {
                        "groupId": 1, "groupName": "PENDING", "id": 26, "name": "PENDING_ACCEPTED",
                        "description": "Message sent to next instance"}})
        return 200, {"Content-Type": "application/json"}, json.dumps(
            {"bulkId": f"bulk-{next(self._bulk)}", "messages": answers}).encode()

    @staticmethod
    def _error(status: int, code: str, text: str):
        body = {"requestError": {"serviceException": {"messageId": code, "text": text}}}
        return status, {"Content-Type": "application/json"}, json.dumps(body).encode()

    def sent_to(self, e164: str) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.messages if m["to"] == e164]
