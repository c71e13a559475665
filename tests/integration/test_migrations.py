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


def test_0004_turns_existing_campaign_names_into_legacy_campaigns(db_url):
    """Cases sent by `send-campaign NAME` before 0004 are that campaign's SMS group; a paid
    case gets the office day it was marked paid."""
    from sqlalchemy import text

    engine = make_engine(db_url)
    schema.upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO phones (e164, status, is_mobile, updated_at) "
                          "VALUES ('+819012345678', 'active', true, '2026-12-01 00:00:00+00')"))
        for cid, campaign, status in (("A", "2026-12", "open"), ("B", "2026-12", "paid"), ("C", None, "open")):
            conn.execute(text(
                "INSERT INTO cases (id, name, phone_e164, tax_type, amount, due_date, status, campaign, "
                "created_at, updated_at) VALUES (:id, 'x', '+819012345678', '住民税', 100, '2026-10-31', "
                ":status, :campaign, '2026-12-01 00:00:00+00', '2026-12-02 16:00:00+00')"),
                {"id": cid, "status": status, "campaign": campaign})
    schema.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name, source FROM campaigns")).all() == [("2026-12", "legacy")]
        assert sorted(conn.execute(text('SELECT case_id, campaign, "group" FROM campaign_members')).all()) == [
            ("A", "2026-12", "sms"), ("B", "2026-12", "sms")]
        paid = dict(conn.execute(text("SELECT id, paid_on FROM cases")).all())
    assert str(paid["B"]) == "2026-12-03" and paid["A"] is None  # 16:00 UTC is the 3rd in Tokyo
    engine.dispose()
