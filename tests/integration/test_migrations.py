"""Migrations: from empty, from the previous revision, and from a pre-migration database."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from core import schema
from core.db import make_engine
from core.models import Base


def _diff(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def _revisions() -> list[str]:
    """Every revision, oldest first."""
    scripts = ScriptDirectory.from_config(schema._config())
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def test_upgrade_from_empty_yields_exactly_the_models(db_url):
    engine = make_engine(db_url)
    assert schema.current(engine) is None
    before, after = schema.upgrade(engine)
    assert (before, after) == (None, schema.head())
    # Fails when a model changes without a revision: CI runs this on both databases.
    assert _diff(engine) == []
    assert schema.check(engine) == schema.head()
    engine.dispose()


def test_each_revision_upgrades_from_the_one_before(db_url):
    engine = make_engine(db_url)
    revisions = _revisions()
    for rev in revisions:
        schema.upgrade(engine, rev)
        assert schema.current(engine) == rev
    assert revisions[-1] == schema.head() and _diff(engine) == []
    engine.dispose()


def test_a_database_from_before_migrations_is_stamped_then_upgraded(db_url):
    """Offices that ran a version which created its tables at start-up upgrade in place."""
    engine = make_engine(db_url)
    schema.upgrade(engine, schema.BASELINE)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")  # as create_all left it
    assert schema.current(engine) is None and inspect(engine).has_table("cases")
    before, after = schema.upgrade(engine)
    assert (before, after) == (schema.BASELINE, schema.head())
    assert _diff(engine) == []
    engine.dispose()


def test_check_names_the_command_on_a_database_behind(db_url):
    engine = make_engine(db_url)
    with pytest.raises(schema.SchemaError, match="dunning db upgrade"):
        schema.check(engine)
    revisions = _revisions()
    if len(revisions) > 1:
        schema.upgrade(engine, revisions[-2])
        with pytest.raises(schema.SchemaError, match=f"at revision {revisions[-2]}.*dunning db upgrade"):
            schema.check(engine)
    engine.dispose()
