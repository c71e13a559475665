"""The SMS provider port: parse and verify webhooks, send a message.

Each provider is one adapter module; ``make_provider`` picks it by ``SMS_PROVIDER``.
Nothing outside this package knows which provider is in use.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Protocol

import requests

from core.models import Message
from core.settings import Settings

# What the columns hold: every inbound field is cut to these, here and nowhere else.
SID_MAX = Message.__table__.c.provider_sid.type.length
ERROR_CODE_MAX = Message.__table__.c.error_code.type.length
SENDER_MAX = 64  # a sender that is no phone number is kept for staff, cut to the column later
# Times outside these years are a provider's or a forger's mistake; the reply is dated now.
YEARS = (2000, 2100)
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it), lone surrogates


def clean(value: object, limit: int | None = None) -> str:
    """A webhook field as text both databases store: NUL dropped, lone surrogates replaced,
    cut to ``limit``. Over-long ids keep a digest of the whole, so that a repeat of the
    same id is still recognised as one."""
    text = _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", str(value))
    if limit is not None and len(text) > limit:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        text = text[:limit - 17] + "~" + digest
    return text


def clean_time(value: datetime | None) -> datetime | None:
    """A provider's timestamp, aware (naive ones are UTC) and plausible, else None."""
    if value is None or not YEARS[0] <= value.year < YEARS[1]:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class WebhookRequest:
    """An HTTP request as the web layer received it, free of any framework."""

    url: str  # path and query, as received: "/sms/inbound?x=1"
    headers: dict[str, str]  # lower-case names
    form: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    remote_addr: str = ""  # the peer's address, as the WSGI server gives it


@dataclass(frozen=True)
class InboundSms:
    provider_sid: str
    sender: str  # as the provider gave it; usually E.164
    to: str
    body: str
    received_at: datetime | None = None

    def __post_init__(self) -> None:
        # Every adapter's output passes here: the one place where webhook fields meet the
        # columns' limits (a frozen dataclass, hence object.__setattr__).
        for name, limit in (("provider_sid", SID_MAX), ("sender", SENDER_MAX), ("to", SENDER_MAX),
                            ("body", None)):
            object.__setattr__(self, name, clean(getattr(self, name), limit))
        object.__setattr__(self, "received_at", clean_time(self.received_at))


@dataclass(frozen=True)
class DeliveryReport:
    provider_sid: str
    status: str  # one of core.models.MessageStatus
    error_code: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "provider_sid", clean(self.provider_sid, SID_MAX))
        if self.error_code is not None:
            # A diagnostic, not an id: cut without a digest.
            object.__setattr__(self, "error_code", clean(self.error_code)[:ERROR_CODE_MAX] or None)


@dataclass(frozen=True)
class Sent:
    provider_sid: str
    status: str

    def __post_init__(self) -> None:
        # Cut as a delivery report's id is, so that the two still match.
        object.__setattr__(self, "provider_sid", clean(self.provider_sid, SID_MAX))


class WebhookError(ValueError):
    """A webhook that is not in the provider's format (answered 400)."""


class SendError(Exception):
    """The provider refused the message. ``retryable``: the same send may succeed later,
    and the provider surely did not take it (429, 5xx, no connection)."""

    def __init__(self, message: str, *, code: str | None = None, retryable: bool = False,
                 retry_after: float | None = None, opted_out: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable
        self.retry_after = retry_after
        self.opted_out = opted_out  # the provider says the recipient has unsubscribed


class SendUnknown(Exception):
    """The provider may or may not have taken the message (a read timeout): never resent."""


def post(http: requests.Session, url: str, **kwargs: object) -> requests.Response:
    """POST for an adapter's send. No connection: SendError, retryable (the provider surely
    did not take it). No answer in time: SendUnknown (it may have)."""
    try:
        return http.post(url, **kwargs)  # type: ignore[arg-type]
    except requests.ConnectTimeout as exc:
        raise SendError(f"no connection: {type(exc).__name__}", retryable=True) from None
    except requests.ConnectionError as exc:
        # requests sometimes wraps a read timeout in ConnectionError: the request was sent.
        if isinstance(exc, requests.ReadTimeout) or "Read timed out" in str(exc):
            raise SendUnknown("provider did not answer in time") from None
        raise SendError(f"no connection: {type(exc).__name__}", retryable=True) from None
    except requests.Timeout:
        raise SendUnknown("provider did not answer in time") from None


def refusal(resp: requests.Response, message: str, code: str | None, opted_out: bool = False) -> SendError:
    """The error for a non-success answer: 429 and 5xx may be retried, after Retry-After."""
    if resp.status_code == 429 or resp.status_code >= 500:
        retry_after = resp.headers.get("Retry-After")
        return SendError(message, code=code, retryable=True,
                         retry_after=float(retry_after) if retry_after and retry_after.isdigit() else None)
    return SendError(message, code=code, opted_out=opted_out)


class SmsProvider(Protocol):
    name: str
    refused_status: int  # what an unverified webhook is answered: 403 (bad signature), 401
    webhook_ack: tuple[str, str]  # what a handled webhook is answered: (body, mimetype)
    # The webhook's form fields are needed to verify it (Twilio signs the parsed form); if
    # not, the body is parsed only after verify().
    reads_form: bool

    def verify(self, request: WebhookRequest) -> bool: ...

    def parse_inbound(self, request: WebhookRequest) -> list[InboundSms]: ...

    def parse_status(self, request: WebhookRequest) -> list[DeliveryReport]: ...

    def send(self, to: str, body: str, idempotency_key: str) -> Sent: ...

    def find_sent(self, to: str, body: str, since: datetime) -> Sent | None:
        """After a crash mid-send: the message if the provider has it; None if it surely
        does not; raises LookupUnavailable if it cannot tell."""
        ...


class LookupUnavailable(Exception):
    """The provider cannot say whether it took a message."""


class NoProvider:
    """What a command-line process has when SMS_PROVIDER is not set: it refuses every
    webhook and every send. Processes that serve or send refuse to start without a
    provider (Settings.require_provider), so this never stands in for one."""

    name = "none"
    refused_status = 403
    webhook_ack = ("", "text/plain")

    def verify(self, request: WebhookRequest) -> bool:
        return False

    def parse_inbound(self, request: WebhookRequest) -> list[InboundSms]:
        raise WebhookError("no SMS provider is configured")

    def parse_status(self, request: WebhookRequest) -> list[DeliveryReport]:
        raise WebhookError("no SMS provider is configured")

    def send(self, to: str, body: str, idempotency_key: str) -> Sent:
        raise SendError("SMS_PROVIDER is not set")

    def find_sent(self, to: str, body: str, since: datetime) -> Sent | None:
        raise LookupUnavailable("no SMS provider is configured")


def make_provider(settings: Settings) -> SmsProvider:
    if settings.sms_provider == "infobip":
        from core.providers.infobip import InfobipProvider

        return InfobipProvider(settings)
    if settings.sms_provider == "twilio":
        from core.providers.twilio import TwilioProvider

        return TwilioProvider(settings)
    if settings.sms_provider == "console":
        from core.providers.console import ConsoleProvider

        return ConsoleProvider()
    settings.require_provider()
    raise AssertionError(f"unknown provider {settings.sms_provider!r}")  # validate() refuses it
