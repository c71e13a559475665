"""Prints SMS instead of sending them; takes Twilio-format webhooks unsigned.

For trying the service out only: never expose a console-mode service to the internet.
"""

from __future__ import annotations

import itertools
import sys
from typing import TextIO

from core.models import MessageStatus
from core.phones import mask
from datetime import datetime

from core.providers import DeliveryReport, InboundSms, LookupUnavailable, Sent, WebhookRequest
from core.providers.twilio import TWIML_EMPTY, parse_inbound_form, parse_status_form


class ConsoleProvider:
    name = "console"
    refused_status = 403
    webhook_ack = (TWIML_EMPTY, "text/xml")
    reads_form = True

    def __init__(self, out: TextIO | None = None):
        self._out = out
        self._ids = itertools.count(1)
        self.sent: list[tuple[str, str]] = []

    def verify(self, request: WebhookRequest) -> bool:
        return True

    def parse_inbound(self, request: WebhookRequest) -> list[InboundSms]:
        return parse_inbound_form(request.form)

    def parse_status(self, request: WebhookRequest) -> list[DeliveryReport]:
        return parse_status_form(request.form)

    def send(self, to: str, body: str, idempotency_key: str) -> Sent:
        self.sent.append((to, body))
        out = self._out or sys.stdout
        print(f"[SMS → {mask(to)}] {body}", file=out, flush=True)
        return Sent(f"CONSOLE{next(self._ids):06d}", MessageStatus.SENT)

    def find_sent(self, to: str, body: str, since: datetime) -> Sent | None:
        raise LookupUnavailable("the console keeps no record across restarts")
