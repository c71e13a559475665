"""A listener that fails after it has acknowledged: logged, and the answer it gave stands.

Bolt (process_before_response=False) runs a listener in a thread and waits for its ack().
If the listener acks and then raises (Slack refuses views.open, the database is down, a
garbled payload lacks a key the work needs), bolt's runner sets the acknowledgement back to
None after calling the error handler, so the request waits out the 3-second ack timeout,
logs "didn't call ack()" and answers 404: staff see an error for an action that was taken.
Catching the failure in the listener, once it has acknowledged, keeps the 200 it gave.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from core.errors import describe

log = logging.getLogger(__name__)


def guarded(listener: Callable[..., Any]) -> Callable[..., Any]:
    """``listener``, with a failure after its ack() logged (by type and place) instead of raised.

    Bolt passes arguments by name, read off the signature, which ``functools.wraps`` keeps."""
    @functools.wraps(listener)
    def run(**kwargs: Any) -> Any:
        try:
            return listener(**kwargs)
        except Exception as exc:
            ack = kwargs.get("ack")
            if ack is None or ack.response is None:
                raise  # not answered yet: bolt's error handler answers (bot.slack.listeners)
            log.warning("Slack listener failed after answering: %s", describe(exc))
            return None
    return run
