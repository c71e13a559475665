"""A fake of Twilio's Messages REST API on loopback, and signing of Twilio webhooks."""

from __future__ import annotations

import itertools
import time
import json
from base64 import b64decode
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qs

from twilio.request_validator import RequestValidator

from tests.fakes.http import LoopbackServer

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
FROM = "+15005550006"


def sign(url: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


class FakeTwilio(LoopbackServer):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[dict[str, Any]] = []
        self.fail_next: list[tuple[int, int | None]] = []  # (HTTP status, Twilio error code)
        self._ids = itertools.count(1)
        self.delay = 0.0
        self.down_until = 0.0  # time.monotonic() until which every send gets 503: an outage
        self.refused = 0  # sends answered 503 by the outage

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes):
        expected = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
        auth = headers.get("authorization", "")
        if not auth.startswith("Basic ") or b64decode(auth[6:]).decode() != f"{ACCOUNT_SID}:{AUTH_TOKEN}":
            return self._error(401, 20003, "Authenticate")
        if method == "GET" and path.split("?")[0] == expected:
            query = {k: v[0] for k, v in parse_qs(path.partition("?")[2]).items()}
            with self.lock:
                found = [m for m in self.messages if m["to"] == query.get("To")]
            return 200, {"Content-Type": "application/json"}, json.dumps(
                {"messages": found, "page": 0, "page_size": 50, "next_page_uri": None}).encode()
        if method != "POST" or path != expected:
            return self._error(404, 20404, "The requested resource was not found")
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8")).items()}
        if self.delay:
            time.sleep(self.delay)  # a slow provider, so that a test can kill a sender mid-run
        with self.lock:
            if time.monotonic() < self.down_until:
                self.refused += 1
                return self._error(503, None, "Service Unavailable (outage injected by the test)")
            if self.fail_next:
                status, code = self.fail_next.pop(0)
                return self._error(status, code, "failure injected by the test")
            if not form.get("To") or not form.get("Body"):
                return self._error(400, 21602, "Message body is required.")
            sid = f"SM{next(self._ids):032x}"
            record = {"sid": sid, "account_sid": ACCOUNT_SID, "to": form["To"], "from": form.get("From"),
                      "body": form["Body"], "status": "queued", "num_segments": "1",
                      "date_created": formatdate(usegmt=True), "error_code": None,
                      "error_message": None, "status_callback": form.get("StatusCallback"),
                      "direction": "outbound-api", "api_version": "2010-04-01", "price": None,
                      "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json"}
            self.messages.append(record)
        return 201, {"Content-Type": "application/json"}, json.dumps(record).encode()

    @staticmethod
    def _error(status: int, code: int | None, message: str):
        body = {"code": code, "message": message, "status": status,
                "more_info": f"https://www.twilio.com/docs/errors/{code}"}
        return status, {"Content-Type": "application/json"}, json.dumps(body).encode()

    def sent_to(self, e164: str) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.messages if m["to"] == e164]
