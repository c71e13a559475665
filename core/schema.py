"""The database's schema: Alembic migrations (core/migrations) and the check at start-up.

The service never creates or changes tables itself. `dunning db upgrade` brings a database
to the code's schema; every process checks at start-up that the database is there, and
refuses to run on one that is behind (or ahead: a newer version of the code upgraded it).
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

BASELINE = "0001"  # the schema that versions before migrations created with create_all


class SchemaError(RuntimeError):
    """The database is not at the code's schema."""


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "core:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    """The revision the code needs."""
    rev = ScriptDirectory.from_config(_config()).get_current_head()
    assert rev is not None
    return rev


def current(engine: Engine) -> str | None:
    """The database's revision; None for an empty database (or one from before migrations)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Bring the database to ``revision``; returns (before, after).

    A database created by a version from before migrations (our tables, no
    ``alembic_version``) is first stamped as the baseline, which is exactly its schema.
    """
    with engine.begin() as conn:
        before = MigrationContext.configure(conn).get_current_revision()
        config = _config(conn)
        if before is None and inspect(conn).has_table("cases"):
            command.stamp(config, BASELINE)
            before = BASELINE
        command.upgrade(config, revision)
        after = MigrationContext.configure(conn).get_current_revision()
    assert after is not None
    return before, after


def check(engine: Engine) -> str:
    """Raise SchemaError unless the database is at the code's revision; returns it."""
    want, have = head(), current(engine)
    if have == want:
        return have
    if have is None:
        raise SchemaError("the database has no schema yet: run `dunning db upgrade`")
    scripts = ScriptDirectory.from_config(_config())
    if scripts.get_revision(have) is None:
        raise SchemaError(f"the database is at revision {have}, which this version of the code does "
                          f"not know (it needs {want}): a newer version upgraded it")
    raise SchemaError(f"the database is at revision {have}, the code needs {want}: "
                      "run `dunning db upgrade`")
