"""A fake of Slack's Web API (chat.postMessage, chat.update, auth.test, conversations.members,
conversations.history, conversations.replies, usergroups.users.list, and file uploads:
files.getUploadURLExternal, the upload URL, files.completeUploadExternal) on loopback.

It answers as Slack does: HTTP 200 with {"ok": false, "error": ...} for API errors, 429 with
Retry-After when rate limited, and records every call that it accepted. Member lists and
histories come in pages (``limit``, ``cursor``, ``response_metadata.next_cursor``) as Slack's
do. A message's ``metadata`` is kept, and shown by history and replies only with
``include_all_metadata``. ``answer_late`` posts are taken at once but answered only after
``late_seconds``: past a client's timeout, the client cannot know that Slack took them.
"""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes.http import LoopbackServer

TOKEN = "xoxb-test-token"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    ts: str | None = None


class FakeSlack(LoopbackServer):
    def __init__(self, members: dict[str, list[str]] | None = None,
                 usergroups: dict[str, list[str]] | None = None) -> None:
        super().__init__()
        self.calls: list[Call] = []
        self.down = False  # answer 503, as when Slack has an outage
        self.rate_limit_next = 0  # answer 429 this many times
        self._last = 0  # the last ts given, in microseconds
        self.messages: dict[str, dict[str, Any]] = {}
        self.members = members or {}  # channel id -> user ids
        self.usergroups = usergroups or {}  # user group id (S...) -> user ids
        self.page_size = 100  # Slack may return fewer than `limit` asked for
        self.errors: dict[str, str] = {}  # method -> the error it answers, e.g. missing_scope
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes uploaded to its URL
        self.files: list[dict[str, Any]] = []  # completed: {"id", "title", "channel_id", "initial_comment", "data"}
        self.answer_late = 0  # take this many chat.postMessage calls, answer each late_seconds late
        self.late_seconds = 0.0

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes):
        late = path.split("?")[0] == "/api/chat.postMessage" and self.answer_late > 0
        answer = self._handle(method, path, headers, body)
        if late and b'"ok": true' in answer[2]:
            with self.lock:
                self.answer_late -= 1
            time.sleep(self.late_seconds)  # outside the lock: Slack goes on answering others
        return answer

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def _handle(self, method: str, path: str, headers: dict[str, str], body: bytes):
        name = path.split("?")[0].removeprefix("/api/")
        with self.lock:
            if self.down:
                return 503, {"Content-Type": "text/html"}, b"<html>Service Unavailable</html>"
            if self.rate_limit_next > 0:
                self.rate_limit_next -= 1
                return 429, {"Retry-After": "1", "Content-Type": "application/json"}, \
                    b'{"ok": false, "error": "ratelimited"}'
            if path.startswith("/upload/v1/"):
                # The upload URL carries its own authority, as Slack's does: no token.
                fid = path.split("?")[0].rsplit("/", 1)[-1]
                if fid not in self.uploads:
                    return 404, {"Content-Type": "text/plain"}, b"Not Found"
                self.uploads[fid] = body
                return 200, {"Content-Type": "text/plain"}, f"OK - {len(body)}".encode()
            if headers.get("authorization") != f"Bearer {TOKEN}":
                return self._json({"ok": False, "error": "not_authed"})
            if headers.get("content-type", "").startswith("application/json"):
                args = json.loads(body or b"{}")
            else:
                args = {k: v[0] for k, v in parse_qs(body.decode()).items()}
            args.update({k: v[0] for k, v in parse_qs(urlsplit(path).query).items()})  # GET methods
            if name in self.errors:
                self.calls.append(Call(name, args))
                return self._json({"ok": False, "error": self.errors[name]})
            if name == "conversations.members":
                self.calls.append(Call(name, args))
                if args.get("channel") not in self.members:
                    return self._json({"ok": False, "error": "channel_not_found"})
                return self._json(self._page(self.members[args["channel"]], args))
            if name == "usergroups.users.list":
                self.calls.append(Call(name, args))
                if args.get("usergroup") not in self.usergroups:
                    return self._json({"ok": False, "error": "no_such_subteam"})
                return self._json({"ok": True, "users": self.usergroups[args["usergroup"]]})
            if name == "auth.test":
                return self._json({"ok": True, "user_id": "UBOT", "team_id": "T1", "bot_id": "B1"})
            if name == "chat.postMessage":
                if not args.get("channel"):
                    return self._json({"ok": False, "error": "channel_not_found"})
                # Slack's ts: its own wall-clock time in microseconds, unique in the channel.
                self._last = max(self._last + 1, int(time.time() * 1_000_000))
                ts = f"{self._last // 1_000_000}.{self._last % 1_000_000:06d}"
                self.calls.append(Call(name, args, ts))
                self.messages[ts] = args
                return self._json({"ok": True, "channel": args["channel"], "ts": ts,
                                   "message": {"type": "message", "text": args.get("text"), "ts": ts,
                                               "thread_ts": args.get("thread_ts")}})
            if name in ("conversations.history", "conversations.replies"):
                self.calls.append(Call(name, args))
                if args.get("channel") not in ("C123", *self.members):
                    return self._json({"ok": False, "error": "channel_not_found"})
                return self._json(self._history(name, args))
            if name == "chat.update":
                if args.get("ts") not in self.messages:
                    return self._json({"ok": False, "error": "message_not_found"})
                self.calls.append(Call(name, args))
                self.messages[args["ts"]].update(args)
                return self._json({"ok": True, "channel": args["channel"], "ts": args["ts"]})
            if name == "files.getUploadURLExternal":
                self.calls.append(Call(name, args))
                if not args.get("filename") or not str(args.get("length", "")).isdigit():
                    return self._json({"ok": False, "error": "invalid_arguments"})
                fid = f"F{len(self.uploads) + 1:08d}"
                self.uploads[fid] = b""
                return self._json({"ok": True, "upload_url": f"{self.url}/upload/v1/{fid}", "file_id": fid})
            if name == "files.completeUploadExternal":
                self.calls.append(Call(name, args))
                files = json.loads(args.get("files") or "[]")
                if not files or any(not self.uploads.get(f.get("id", "")) for f in files):
                    return self._json({"ok": False, "error": "file_not_found"})
                if args.get("channel_id") and args["channel_id"] not in self.members and self.members:
                    return self._json({"ok": False, "error": "channel_not_found"})
                for f in files:
                    self.files.append({**f, "channel_id": args.get("channel_id"),
                                       "initial_comment": args.get("initial_comment"), "data": self.uploads[f["id"]]})
                return self._json({"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")} for f in files]})
            if name in ("chat.postEphemeral", "views.open", "views.update"):
                self.calls.append(Call(name, args))
                return self._json({"ok": True})
            return self._json({"ok": False, "error": "unknown_method"})

    def _history(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        """conversations.history (top-level messages, newest first, between ``oldest`` and
        ``latest``) or conversations.replies (a thread: its parent first, then replies)."""
        def shown(ts: str, m: dict[str, Any]) -> dict[str, Any]:
            out = {"type": "message", "user": "UBOT", "bot_id": "B1", "text": m.get("text", ""), "ts": ts}
            if m.get("thread_ts"):
                out["thread_ts"] = m["thread_ts"]
            if m.get("metadata") and str(args.get("include_all_metadata", "")).lower() in ("true", "1"):
                out["metadata"] = m["metadata"]
            return out

        if name == "conversations.history":
            lo, hi = float(args.get("oldest") or 0), float(args.get("latest") or "inf")
            found = [shown(ts, m) for ts, m in sorted(self.messages.items(), reverse=True)
                     if m.get("channel") == args["channel"] and not m.get("thread_ts")
                     and lo <= float(ts) <= hi]
        else:
            parent = str(args.get("ts"))
            if parent not in self.messages:
                return {"ok": False, "error": "thread_not_found"}
            found = [shown(ts, m) for ts, m in sorted(self.messages.items())
                     if ts == parent or m.get("thread_ts") == parent]
        page = self._page(found, args, key="messages")
        page["has_more"] = bool(page["response_metadata"]["next_cursor"])
        return page

    def _page(self, users: list[Any], args: dict[str, Any], key: str = "members") -> dict[str, Any]:
        """One page of a member list; the cursor is opaque to clients, as Slack's is."""
        cursor = args.get("cursor") or ""
        start = int(base64.b64decode(cursor).decode().removeprefix("offset:")) if cursor else 0
        end = start + min(int(args.get("limit") or 100), self.page_size)
        more = base64.b64encode(f"offset:{end}".encode()).decode() if end < len(users) else ""
        return {"ok": True, key: users[start:end], "response_metadata": {"next_cursor": more}}

    @staticmethod
    def _json(data: dict[str, Any]):
        return 200, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(data).encode()

    def posts(self) -> list[dict[str, Any]]:
        with self.lock:
            return [{**c.args, "ts": c.ts} for c in self.calls if c.method == "chat.postMessage"]
