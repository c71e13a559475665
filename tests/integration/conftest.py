"""Fixtures shared by the integration tests."""

from __future__ import annotations

from datetime import date

import pytest

from core import schema
from core.db import Database
from core.models import Case, Phone


@pytest.fixture
def db(db_url):
    """A migrated database (both kinds) with one number and its three cases, P0–P2."""
    database = Database.from_url(db_url)
    schema.upgrade(database.engine)
    with database.uow() as uow:
        uow.session.add(Phone(e164="+819011112222"))
        for i in range(3):
            uow.session.add(Case(id=f"P{i}", name="-", phone_e164="+819011112222", tax_type="住民税", amount=1,
                                 due_date=date(2026, 10, 31)))
        uow.commit()
    yield database
    database.dispose()
