"""Where staff messages go: Slack's Web API, or the console when no token is set."""

from __future__ import annotations

import itertools
import sys
import time
from typing import Any, Protocol, TextIO

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError


class ChannelError(Exception):
    """Slack did not take the message. ``retry_after``: seconds Slack asked us to wait.
    ``ambiguous``: no clear answer came (a timeout, a cut connection, a 5xx), so Slack may
    have taken it all the same."""

    def __init__(self, message: str, retry_after: float | None = None, permanent: bool = False,
                 error: str = "", ambiguous: bool = False):
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent
        self.error = error  # Slack's error code, e.g. "invalid_blocks"
        self.ambiguous = ambiguous


class StaffChannel(Protocol):
    def post(self, text: str, blocks: list[dict[str, Any]], thread_ts: str | None = None,
             post_id: int | None = None) -> str: ...

    def update(self, ts: str, text: str, blocks: list[dict[str, Any]]) -> None: ...

    def upload(self, filename: str, data: bytes, title: str, comment: str = "") -> None: ...

    def find(self, post_id: int, thread_ts: str | None, since: float) -> str | None:
        """The ts of the post ``post_id`` if the channel has it (in ``thread_ts``, or at the top
        level since the epoch time ``since``); ChannelError when it cannot tell."""
        ...



# Errors about one message's content: that message is set aside, the others go on.
UNPOSTABLE = {"invalid_blocks", "msg_too_long", "invalid_attachments"}
# Errors that no retry will mend: the setup is wrong and staff must fix it.
_PERMANENT = {"channel_not_found", "not_in_channel", "invalid_auth", "account_inactive",
              "token_revoked", "is_archived", "invalid_blocks", "msg_too_long", "missing_scope"}
# Message metadata on every post names its outbox row, so that a post whose answer was lost
# can be found in the channel instead of being posted twice.
EVENT_TYPE = "dunning_staff_post"
HISTORY_PAGES = 10  # a post being looked for is recent: it is among the first pages


class SlackChannel:
    def __init__(self, token: str, channel: str, base_url: str, timeout: int = 10):
        self.client = WebClient(token=token, base_url=base_url, timeout=timeout)
        self.channel = channel

    def _call(self, method: str, http_verb: str = "POST", **kwargs: Any) -> dict[str, Any]:
        if http_verb == "GET":
            return self._guarded(method, lambda: self.client.api_call(
                method, http_verb="GET", params={k: v for k, v in kwargs.items() if v is not None}))
        return self._guarded(method, lambda: self.client.api_call(method, json=kwargs))

    def _guarded(self, method: str, call: Any) -> dict[str, Any]:
        """Make the call; any failure becomes a ChannelError saying whether a retry can mend it."""
        try:
            resp = call()
        except SlackApiError as exc:
            status = exc.response.status_code
            error = exc.response.get("error", "") if isinstance(exc.response.data, dict) else ""
            retry_after = exc.response.headers.get("Retry-After") or exc.response.headers.get("retry-after")
            raise ChannelError(
                f"Slack {method}: HTTP {status} {error}".strip(),
                retry_after=float(retry_after) if retry_after else None,
                permanent=error in _PERMANENT, error=error, ambiguous=status >= 500,
            ) from None
        except Exception as exc:  # connection refused, timeout, bad gateway body
            raise ChannelError(f"Slack {method}: {type(exc).__name__}", ambiguous=True) from None
        return resp.data if isinstance(resp.data, dict) else {}

    def post(self, text: str, blocks: list[dict[str, Any]], thread_ts: str | None = None,
             post_id: int | None = None) -> str:
        args: dict[str, Any] = {"channel": self.channel, "text": text, "blocks": blocks,
                                "unfurl_links": False}
        if thread_ts:
            args["thread_ts"] = thread_ts
        if post_id is not None:
            args["metadata"] = {"event_type": EVENT_TYPE, "event_payload": {"post_id": post_id}}
        return str(self._call("chat.postMessage", **args)["ts"])

    def update(self, ts: str, text: str, blocks: list[dict[str, Any]]) -> None:
        self._call("chat.update", channel=self.channel, ts=ts, text=text, blocks=blocks)

    def upload(self, filename: str, data: bytes, title: str, comment: str = "") -> None:
        """A file in the channel: files.getUploadURLExternal, the upload, then
        files.completeUploadExternal (slack_sdk's files_upload_v2)."""
        self._guarded("files.upload_v2", lambda: self.client.files_upload_v2(
            channel=self.channel, file=data, filename=filename, title=title, initial_comment=comment or None))

    def find(self, post_id: int, thread_ts: str | None, since: float) -> str | None:
        if thread_ts:
            method, args = "conversations.replies", {"ts": thread_ts}
        else:
            method, args = "conversations.history", {"oldest": f"{since:.6f}"}
        cursor = None
        for _ in range(HISTORY_PAGES):
            page = self._call(method, "GET", channel=self.channel, include_all_metadata=True,
                              limit=200, cursor=cursor, **args)
            for m in page.get("messages") or []:
                meta = m.get("metadata") or {}
                if meta.get("event_type") == EVENT_TYPE and \
                        (meta.get("event_payload") or {}).get("post_id") == post_id:
                    return str(m["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return None
        raise ChannelError(f"Slack {method}: post {post_id} not within {HISTORY_PAGES} pages", ambiguous=True)


class ConsoleChannel:
    """Prints staff messages; thread replies are indented under their parent."""

    def __init__(self, out: TextIO | None = None):
        self._out = out
        self._seq = itertools.count(1)

    def post(self, text: str, blocks: list[dict[str, Any]], thread_ts: str | None = None,
             post_id: int | None = None) -> str:
        indent = "    └ " if thread_ts else "[Slack] "
        body = text.replace("\n", "\n" + " " * len(indent))
        print(indent + body, file=self._out or sys.stdout, flush=True)
        return f"{time.time():.0f}.{next(self._seq):06d}"

    def update(self, ts: str, text: str, blocks: list[dict[str, Any]]) -> None:
        pass

    def upload(self, filename: str, data: bytes, title: str, comment: str = "") -> None:
        print(f"[Slack] file {filename} ({len(data):,} bytes): {title}", file=self._out or sys.stdout, flush=True)

    def find(self, post_id: int, thread_ts: str | None, since: float) -> str | None:
        return None  # printing never fails half-way
