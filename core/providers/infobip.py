"""Infobip's SMS API, as NTT CPaaS offers it in Japan: JSON webhooks, API-key REST sends.

Infobip does not sign webhooks, so the webhook URLs carry HTTP Basic credentials
(`https://user:password@host/sms/inbound`), which the provider sends as an Authorization
header and this adapter checks in constant time.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar
from urllib.parse import quote, urlsplit, urlunsplit

import requests

from core.models import MessageStatus
from core.providers import (
    DeliveryReport,
    InboundSms,
    LookupUnavailable,
    Sent,
    SendError,
    WebhookError,
    WebhookRequest,
    post,
    refusal,
)
from core.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

# Infobip's status groups (status.groupName) -> ours.
STATUS = {
    "ACCEPTED": MessageStatus.SENT,
    "PENDING": MessageStatus.SENT,
    "DELIVERED": MessageStatus.DELIVERED,
    "UNDELIVERABLE": MessageStatus.UNDELIVERED,
    "EXPIRED": MessageStatus.UNDELIVERED,
    "REJECTED": MessageStatus.FAILED,
}


def to_e164(number: str) -> str:
    """Infobip writes numbers as digits without the plus: 819012345678 -> +819012345678."""
    number = number.strip()
    return number if number.startswith("+") or not number.isdigit() else "+" + number


def _id(raw: object) -> str | None:
    """An id or a number as the provider writes it: a string or an integer, nothing else."""
    if isinstance(raw, bool) or not isinstance(raw, (str, int)) or raw == "":
        return None
    return str(raw)


def _parse_time(raw: object) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None


def _results(request: WebhookRequest) -> list[object]:
    try:
        payload = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        raise WebhookError("the body is not JSON") from None
    except RecursionError:
        raise WebhookError("the body is nested too deeply") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("results"), list):
        raise WebhookError("no results[] in the body")
    return payload["results"]


def _inbound_item(item: object) -> InboundSms | None:
    if not isinstance(item, dict):
        return None
    mid, sender = _id(item.get("messageId")), _id(item.get("from"))
    if mid is None or sender is None:
        return None
    # InboundSms cleans every field to what the columns hold; a text that is not a string
    # is kept as written rather than lost.
    text = item.get("text")
    return InboundSms(mid, to_e164(sender), to_e164(_id(item.get("to")) or ""),
                      text if isinstance(text, str) else json.dumps(text or "", ensure_ascii=False),
                      _parse_time(item.get("receivedAt")))


def _report_item(item: object) -> DeliveryReport | None:
    if not isinstance(item, dict):
        return None
    status = item.get("status")
    group = status.get("groupName") if isinstance(status, dict) else None
    mid = _id(item.get("messageId"))
    if mid is None or not isinstance(group, str) or group not in STATUS:
        return None
    error = item.get("error") or {}
    code = error.get("name") if isinstance(error, dict) and error.get("id") else None
    return DeliveryReport(mid, STATUS[group], _id(code))


def _each(request: WebhookRequest, read: Callable[[object], T | None], what: str) -> list[T]:
    """Each item of ``results[]`` read on its own: one bad item does not drop the others."""
    out: list[T] = []
    bad = 0
    for item in _results(request):
        try:
            value = read(item)
        except (ValueError, TypeError, RecursionError):  # e.g. a text nested too deeply to write
            value = None
        if value is None:
            bad += 1
        else:
            out.append(value)
    if bad:
        log.warning("%s: %d of %d items unreadable", what, bad, bad + len(out))
    return out


class InfobipProvider:
    name = "infobip"
    refused_status = 401
    webhook_ack = ("", "text/plain")
    reads_form = False  # HTTP Basic: checked before the JSON is parsed

    def __init__(self, settings: Settings, timeout: float = 10.0):
        base = settings.infobip_base_url.rstrip("/")
        if not base.startswith(("http://", "https://")):
            base = "https://" + base
        self._base = base
        self._sender = settings.infobip_sender
        self._credentials = (settings.infobip_webhook_user, settings.infobip_webhook_password)
        self._report_url = ""
        if settings.public_base_url:
            # Infobip posts delivery reports to this URL and sends its userinfo as Basic auth.
            url = urlsplit(settings.public_base_url.rstrip("/") + "/sms/status")
            user, password = quote(self._credentials[0], safe=""), quote(self._credentials[1], safe="")
            netloc = f"{user}:{password}@{url.hostname}" + (f":{url.port}" if url.port else "")
            self._report_url = urlunsplit((url.scheme, netloc, url.path, "", ""))
        self._timeout = timeout
        self._http = requests.Session()
        self._http.headers.update({"Authorization": f"App {settings.infobip_api_key}",
                                   "Accept": "application/json"})

    def verify(self, request: WebhookRequest) -> bool:
        header = request.headers.get("authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:], validate=True).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        want_user, want_password = self._credentials
        # Both compared, always, so that timing tells nothing about which one was wrong.
        ok_user = hmac.compare_digest(user.encode(), want_user.encode())
        ok_password = hmac.compare_digest(password.encode(), want_password.encode())
        return ok_user and ok_password

    def parse_inbound(self, request: WebhookRequest) -> list[InboundSms]:
        return _each(request, _inbound_item, "inbound webhook")

    def parse_status(self, request: WebhookRequest) -> list[DeliveryReport]:
        return _each(request, _report_item, "delivery report")

    def send(self, to: str, body: str, idempotency_key: str) -> Sent:
        message: dict[str, object] = {
            "sender": self._sender,
            # Our idempotency key is the message id: the provider knows it, and a lookup
            # after a crash finds the message by it.
            "destinations": [{"to": to.lstrip("+"), "messageId": idempotency_key}],
            "content": {"text": body},
        }
        if self._report_url:
            message["webhooks"] = {"delivery": {"url": self._report_url}}
        resp = post(self._http, f"{self._base}/sms/3/messages", json={"messages": [message]},
                    timeout=self._timeout)
        if resp.status_code == 200:
            details = (resp.json().get("messages") or [{}])[0]
            group = (details.get("status") or {}).get("groupName", "PENDING")
            status = STATUS.get(group, MessageStatus.SENT)
            if status == MessageStatus.FAILED:
                name = (details.get("status") or {}).get("name", "REJECTED")
                raise SendError(f"rejected: {name}", code=name, opted_out="OPT" in name.upper())
            return Sent(str(details.get("messageId") or idempotency_key), status)
        try:
            exc_info = resp.json()["requestError"]["serviceException"]
            text, code = exc_info.get("text"), exc_info.get("messageId")
        except (ValueError, KeyError, TypeError):
            text, code = resp.reason, None
        raise refusal(resp, f"HTTP {resp.status_code}: {text}", code)

    def find_sent(self, to: str, body: str, since: datetime) -> Sent | None:
        params = {"to": to.lstrip("+"), "sentSince": (since - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                  "limit": "100"}
        try:
            resp = self._http.get(f"{self._base}/sms/1/logs", params=params, timeout=self._timeout)
        except requests.RequestException as exc:
            raise LookupUnavailable(type(exc).__name__) from None
        if resp.status_code != 200:
            raise LookupUnavailable(f"HTTP {resp.status_code}")
        for item in resp.json().get("results", []):
            if item.get("text") == body:
                group = (item.get("status") or {}).get("groupName", "PENDING")
                return Sent(str(item.get("messageId")), STATUS.get(group, MessageStatus.SENT))
        return None
