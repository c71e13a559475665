"""Campaigns (campaigns.md): campaign files, their members (SMS group or hold-out), dated
payments, and the day a case was paid.

Existing data: every campaign name on a case becomes a ``legacy`` campaign (no stages: its
reminders keep using REMINDER_TEMPLATE, no hold-out) with those cases in its SMS group; a
case already paid gets the office day of the last time it was marked paid (else of its last
change) as ``paid_on``, so that results count it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import os
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('campaigns',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('selection', sa.JSON(), nullable=False),
    sa.Column('stages', sa.JSON(), nullable=False),
    sa.Column('holdout', sa.Double(), nullable=False),
    sa.Column('seed', sa.BigInteger(), nullable=False),
    sa.Column('start_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('campaign_members',
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('campaign', sa.String(length=100), nullable=False),
    sa.Column('group', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['campaign'], ['campaigns.name'], ),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('case_id')
    )
    op.create_index(op.f('ix_campaign_members_campaign'), 'campaign_members', ['campaign'], unique=False)
    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('receipt_no', sa.String(length=64), nullable=True),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index(op.f('ix_payments_case_id'), 'payments', ['case_id'], unique=False)
    with op.batch_alter_table('cases') as batch:
        batch.add_column(sa.Column('paid_on', sa.Date(), nullable=True))
    _migrate_existing()


def _migrate_existing() -> None:
    """Legacy campaigns and paid days for the rows already there (plain SQL: any dialect)."""
    conn = op.get_bind()
    now = datetime.now(timezone.utc)
    tz = ZoneInfo(os.environ.get("TIMEZONE") or "Asia/Tokyo")  # the office's; dates are office days
    cases = sa.table('cases', sa.column('id', sa.String), sa.column('campaign', sa.String),
                     sa.column('status', sa.String), sa.column('updated_at', sa.DateTime(timezone=True)),
                     sa.column('paid_on', sa.Date))
    campaigns = sa.table('campaigns', sa.column('name', sa.String), sa.column('source', sa.String),
                         sa.column('selection', sa.JSON), sa.column('stages', sa.JSON),
                         sa.column('holdout', sa.Double), sa.column('seed', sa.BigInteger),
                         sa.column('created_at', sa.DateTime(timezone=True)),
                         sa.column('updated_at', sa.DateTime(timezone=True)))
    members = sa.table('campaign_members', sa.column('case_id', sa.String),
                       sa.column('campaign', sa.String), sa.column('group', sa.String))
    actions = sa.table('actions', sa.column('case_id', sa.String), sa.column('action', sa.String),
                       sa.column('at', sa.DateTime(timezone=True)))
    rows = conn.execute(sa.select(cases.c.id, cases.c.campaign).where(cases.c.campaign.isnot(None))).all()
    names = sorted({name for _, name in rows})
    if names:
        conn.execute(campaigns.insert(), [
            {"name": n, "source": "legacy", "selection": {}, "stages": [], "holdout": 0.0, "seed": 0,
             "created_at": now, "updated_at": now} for n in names])
        conn.execute(members.insert(), [{"case_id": cid, "campaign": n, "group": "sms"} for cid, n in rows])
    marked = dict(conn.execute(sa.select(actions.c.case_id, sa.func.max(actions.c.at))
                               .where(actions.c.action == "marked_paid").group_by(actions.c.case_id)).all())
    for cid, updated in conn.execute(sa.select(cases.c.id, cases.c.updated_at).where(cases.c.status == "paid")).all():
        at = marked.get(cid) or updated
        if isinstance(at, str):  # SQLite hands back text through a bare table
            at = datetime.fromisoformat(at)
        if at.tzinfo is None:
            at = at.replace(tzinfo=timezone.utc)
        conn.execute(cases.update().where(cases.c.id == cid).values(paid_on=at.astimezone(tz).date()))


def downgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.drop_column('paid_on')
    op.drop_index(op.f('ix_payments_case_id'), table_name='payments')
    op.drop_table('payments')
    op.drop_index(op.f('ix_campaign_members_campaign'), table_name='campaign_members')
    op.drop_table('campaign_members')
    op.drop_table('campaigns')
