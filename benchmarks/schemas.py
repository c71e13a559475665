"""PostgreSQL schemas of a benchmark run's own, so that runs never meet each other's rows."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text


@contextmanager
def own_schemas(prefix: str, count: int = 1) -> Iterator[list[str]]:
    """``count`` new schemas in the database of DATABASE_URL (else the test database),
    dropped after; yields a URL for each, its search path set to it."""
    base = os.environ.get("DATABASE_URL") or "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    names = [f"{prefix}_{uuid.uuid4().hex[:10]}" for _ in range(count)]
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            for name in names:
                conn.execute(text(f"CREATE SCHEMA {name}"))
        yield [f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{name}" for name in names]
    finally:
        with admin.begin() as conn:
            for name in names:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
        admin.dispose()
