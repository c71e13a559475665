"""Recording fakes of the two ports, for tests that run in one process."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from core.models import MessageStatus
from core.providers import Sent, SendError
from core.providers.console import ConsoleProvider


class RecordingProvider(ConsoleProvider):
    """Takes webhooks as the console adapter does (unsigned, Twilio's format); records sends."""

    name = "twilio"
    refused_status = 403

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, str]] = []  # type: ignore[assignment]
        self.errors: list[Exception] = []  # raised by the next sends, in order
        self.down: Exception | None = None  # raised by every send while set: an outage
        self._ids = itertools.count(1)

    def send(self, to: str, body: str, idempotency_key: str) -> Sent:
        if self.down is not None:
            raise self.down
        if self.errors:
            raise self.errors.pop(0)
        self.sent.append((to, body, idempotency_key))
        return Sent(f"SMREC{next(self._ids):06d}{uuid.uuid4().hex[:8]}", MessageStatus.SENT)

    def find_sent(self, to: str, body: str, since: object) -> Sent | None:
        for t, b, key in self.sent:
            if t == to and b == body:
                return Sent(f"SMREC-found-{key}", MessageStatus.SENT)
        return None

    def to(self, e164: str) -> list[str]:
        return [body for t, body, _ in self.sent if t == e164]


class RecordingChannel:
    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.uploads: list[dict[str, Any]] = []
        self.failures: list[Exception] = []
        self._ts = itertools.count(1)

    def post(self, text: str, blocks: list[dict[str, Any]], thread_ts: str | None = None,
             post_id: int | None = None) -> str:
        if self.failures:
            raise self.failures.pop(0)
        ts = f"1.{next(self._ts):06d}"
        self.posts.append({"text": text, "blocks": blocks, "thread_ts": thread_ts, "ts": ts, "post_id": post_id})
        return ts

    def find(self, post_id: int, thread_ts: str | None, since: float) -> str | None:
        return next((p["ts"] for p in self.posts if p["post_id"] == post_id), None)

    def update(self, ts: str, text: str, blocks: list[dict[str, Any]]) -> None:
        self.updates.append({"ts": ts, "text": text, "blocks": blocks})

    def upload(self, filename: str, data: bytes, title: str, comment: str = "") -> None:
        self.uploads.append({"filename": filename, "data": data, "title": title, "comment": comment})


__all__ = ["RecordingProvider", "RecordingChannel", "SendError"]
