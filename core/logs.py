"""Logging for every entry point: text or JSON lines, never a resident's number.

Log lines carry ids, labels, statuses and durations (as ``extra`` fields, which the JSON
format turns into keys). Phone numbers, message texts and secrets are never passed to a
log call; the filter below is the safety net for whatever a library puts in a message.
"""

from __future__ import annotations

import logging
import re
import sys

from pythonjsonlogger.json import JsonFormatter

from core.settings import Settings, log_level

# Japanese mobile and landline numbers as written (090-1234-5678) and in E.164.
_PHONE = re.compile(r"(?<![\w.])(?:\+81[\d\- ]{9,13}\d|0\d{1,4}-\d{1,4}-\d{3,4}|0[5789]0\d{8})(?![\w.])")
_HANDLER_NAME = "dunning"
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class TextFormatter(logging.Formatter):
    """One line: time, level, logger, message, then the record's extra fields as key=value."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extra = " ".join(f"{k}={v}" for k, v in vars(record).items() if k not in _STANDARD)
        return f"{line} {extra}" if extra else line


class Redact(logging.Filter):
    """Masks anything that looks like a phone number in a record's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _PHONE.sub("[phone]", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure(settings: Settings) -> None:
    """Send the root logger's records to stderr in ``LOG_FORMAT`` at ``LOG_LEVEL`` (idempotent)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_HANDLER_NAME)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter("{asctime}{levelname}{name}{message}", style="{",
                                           rename_fields={"asctime": "time", "levelname": "level",
                                                          "name": "logger"}))
    else:
        handler.setFormatter(TextFormatter())
    handler.addFilter(Redact())
    root.addHandler(handler)
    root.setLevel(log_level(settings))
    # APScheduler logs every job run, Alembic its every step, at INFO; ours say what happened.
    for noisy in ("apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, log_level(settings)))
