"""Prints SMS instead of sending them; takes Twilio-format webhooks unsigned, from this
machine only.

For trying the service out: it must be chosen explicitly (SMS_PROVIDER=console), `dunning
serve` refuses to listen beyond loopback with it, and a webhook that comes from another
host or through a proxy is refused whatever server runs the app.
"""

from __future__ import annotations

import ipaddress
import sys
import uuid
from datetime import datetime
from typing import TextIO

from core.models import MessageStatus
from core.phones import mask

from core.providers import DeliveryReport, InboundSms, LookupUnavailable, Sent, WebhookRequest
from core.providers.twilio import TWIML_EMPTY, parse_inbound_form, parse_status_form


class ConsoleProvider:
    name = "console"
    refused_status = 403
    webhook_ack = (TWIML_EMPTY, "text/xml")
    reads_form = True

    def __init__(self, out: TextIO | None = None):
        self._out = out
        self.sent: list[tuple[str, str]] = []

    def verify(self, request: WebhookRequest) -> bool:
        if "x-forwarded-for" in request.headers or "forwarded" in request.headers:
            return False  # came through a proxy: from anywhere
        return is_loopback(request.remote_addr)

    def parse_inbound(self, request: WebhookRequest) -> list[InboundSms]:
        return parse_inbound_form(request.form)

    def parse_status(self, request: WebhookRequest) -> list[DeliveryReport]:
        return parse_status_form(request.form)

    def send(self, to: str, body: str, idempotency_key: str) -> Sent:
        self.sent.append((to, body))
        out = self._out or sys.stdout
        print(f"[SMS → {mask(to)}] {body}", file=out, flush=True)
        # Unique across processes and restarts: ids are unique per provider in the database.
        return Sent(f"CONSOLE-{uuid.uuid4().hex}", MessageStatus.SENT)

    def find_sent(self, to: str, body: str, since: datetime) -> Sent | None:
        raise LookupUnavailable("the console keeps no record across restarts")


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
