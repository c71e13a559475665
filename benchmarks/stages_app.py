"""The service's app for `benchmarks/webhook_stages.py`: `bot.app.create_app()` with each
stage of a reply's webhook timed in the thread's own CPU time (``time.thread_time_ns``),
so that what a web worker spends under load can be split by stage. SIGUSR2 writes the
totals to ``$STAGES_DIR/<pid>.json``. For measurement only: never the production app."""

from __future__ import annotations

import functools
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask

_cpu: Counter[str] = Counter()
_calls: Counter[str] = Counter()


def _timed(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time_ns()
        try:
            return f(*args, **kwargs)
        finally:
            _cpu[name] += time.thread_time_ns() - start
            _calls[name] += 1

    return timed


def _dump(*_: object) -> None:
    out = Path(os.environ["STAGES_DIR"]) / f"{os.getpid()}.json"
    out.write_text(json.dumps({"cpu_ns": dict(_cpu), "calls": dict(_calls)}))


def create_app() -> Flask:
    from bot import inbound, sms
    from bot.app import create_app as make
    from core.prepared import Writes

    # The stages of bot.inbound._record_reply and bot.sms.inbound, by the names they are
    # called by there (module globals, looked up at each call).
    for name in ("look_up", "read", "_store", "_act", "post_to_staff"):
        setattr(inbound, name, _timed(name, getattr(inbound, name)))
    sms._verified = _timed("_verified", sms._verified)
    Writes.commit = _timed("writes + commit", Writes.commit)  # type: ignore[method-assign]
    app = make()
    app.wsgi_app = _timed("flask (the whole app)", app.wsgi_app)  # type: ignore[method-assign]
    signal.signal(signal.SIGUSR2, _dump)
    return app
