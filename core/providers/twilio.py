"""Twilio: form-encoded webhooks signed with X-Twilio-Signature; REST API for sending."""

from __future__ import annotations

from datetime import datetime, timedelta

import requests
from twilio.request_validator import RequestValidator

from core.models import MessageStatus
from core.providers import (
    DeliveryReport,
    LookupUnavailable,
    InboundSms,
    Sent,
    WebhookError,
    WebhookRequest,
    post,
    refusal,
)
from core.settings import Settings

# Twilio's MessageStatus values -> ours.
STATUS = {
    "accepted": MessageStatus.SENT,
    "scheduled": MessageStatus.SENT,
    "queued": MessageStatus.SENT,
    "sending": MessageStatus.SENT,
    "sent": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.UNDELIVERED,
    "failed": MessageStatus.FAILED,
    "canceled": MessageStatus.FAILED,
}
OPTED_OUT = "21610"  # "Attempt to send to unsubscribed recipient"
TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


def parse_inbound_form(form: dict[str, str]) -> list[InboundSms]:
    missing = [k for k in ("MessageSid", "From") if not form.get(k)]
    if missing:
        raise WebhookError("missing " + ", ".join(missing))
    return [InboundSms(form["MessageSid"], form["From"], form.get("To", ""), form.get("Body", ""))]


def parse_status_form(form: dict[str, str]) -> list[DeliveryReport]:
    sid, raw = form.get("MessageSid"), form.get("MessageStatus") or form.get("SmsStatus")
    if not sid or not raw:
        raise WebhookError("missing MessageSid or MessageStatus")
    status = STATUS.get(raw.lower())
    if status is None:
        raise WebhookError(f"unknown MessageStatus {raw!r}")
    return [DeliveryReport(sid, status, form.get("ErrorCode") or None)]


class TwilioProvider:
    name = "twilio"
    refused_status = 403
    webhook_ack = (TWIML_EMPTY, "text/xml")  # answers go out through the outbox, not TwiML
    reads_form = True

    def __init__(self, settings: Settings, timeout: float = 10.0):
        self._sid = settings.twilio_account_sid
        self._from = settings.twilio_from
        self._public = settings.public_base_url.rstrip("/")
        self._validator = RequestValidator(settings.twilio_auth_token)
        self._url = (
            f"{settings.twilio_api_base.rstrip('/')}/2010-04-01/Accounts/{self._sid}/Messages.json"
        )
        self._timeout = timeout
        self._http = requests.Session()
        self._http.auth = (self._sid, settings.twilio_auth_token)

    def verify(self, request: WebhookRequest) -> bool:
        signature = request.headers.get("x-twilio-signature", "")
        if not signature:
            return False
        return bool(self._validator.validate(self._public + request.url, request.form, signature))

    def parse_inbound(self, request: WebhookRequest) -> list[InboundSms]:
        return parse_inbound_form(request.form)

    def parse_status(self, request: WebhookRequest) -> list[DeliveryReport]:
        return parse_status_form(request.form)

    def send(self, to: str, body: str, idempotency_key: str) -> Sent:
        data = {"To": to, "From": self._from, "Body": body}
        if self._public:
            data["StatusCallback"] = self._public + "/sms/status"
        # Twilio's API has no idempotency key for sends; we keep ours in the header for the
        # provider's logs, and rely on our own claim-before-send.
        resp = post(self._http, self._url, data=data, timeout=self._timeout,
                    headers={"I-Twilio-Idempotency-Token": idempotency_key})
        if resp.status_code in (200, 201):
            payload = resp.json()
            return Sent(payload["sid"], STATUS.get(payload.get("status", ""), MessageStatus.SENT))
        try:
            err = resp.json()
        except ValueError:
            err = {}
        code = str(err.get("code")) if err.get("code") is not None else None
        message = f"HTTP {resp.status_code}: {err.get('message') or resp.reason}"
        raise refusal(resp, message, code, opted_out=code == OPTED_OUT)

    def find_sent(self, to: str, body: str, since: datetime) -> Sent | None:
        # Twilio's list filter is by day (DateSent>=YYYY-MM-DD, UTC); match the body ourselves.
        params = {"To": to, "From": self._from, "DateSent>": (since - timedelta(days=1)).strftime("%Y-%m-%d"),
                  "PageSize": "50"}
        try:
            resp = self._http.get(self._url, params=params, timeout=self._timeout)
        except requests.RequestException as exc:
            raise LookupUnavailable(type(exc).__name__) from None
        if resp.status_code != 200:
            raise LookupUnavailable(f"HTTP {resp.status_code}")
        for item in resp.json().get("messages", []):
            if item.get("body") == body and item.get("to") == to:
                return Sent(item["sid"], STATUS.get(item.get("status", ""), MessageStatus.SENT))
        return None
