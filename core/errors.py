"""Naming a failure in a log line without its text.

An exception's text may quote what it failed on: PostgreSQL's DETAIL quotes the values
(`Key (e164)=(+8190…) already exists`), a KeyError its key, a parser the input. Logs carry
the type and where it was raised, which is what a developer needs to find the bug.
"""

from __future__ import annotations

import traceback


def describe(exc: BaseException) -> str:
    """``IntegrityError(UniqueViolation) at inbound.py:120 _record_reply < …``, innermost first."""
    name = type(exc).__name__
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if orig is not None:
        name += f"({type(orig).__name__})"
    frames = " < ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
                        for f in reversed(traceback.extract_tb(exc.__traceback__)))
    return f"{name} at {frames}" if frames else name
