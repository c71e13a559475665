"""Retention: when a case was closed and when its residents' data was erased; the
fingerprint of the key with which erased opted-out and wrong numbers are remembered.

Self-contained (it only adds), so that it can follow any other revision.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.add_column(sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True))
    # Cases closed before this revision: their last change is when they were closed, or
    # later; so the retention period never runs out earlier than it should.
    op.execute("UPDATE cases SET closed_at = updated_at WHERE status IN ('paid', 'closed')")
    op.create_table('number_keys',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    # The number every erased case and message points to (core.retention.ERASED_NUMBER): one
    # row, never texted, made here so that purges find it and lock it to take turns.
    phones = sa.table('phones', sa.column('e164', sa.String), sa.column('status', sa.String),
                      sa.column('is_mobile', sa.Boolean), sa.column('updated_at', sa.DateTime(timezone=True)))
    op.bulk_insert(phones, [{'e164': '#erased', 'status': 'invalid', 'is_mobile': False,
                             'updated_at': datetime.now(timezone.utc)}])


def downgrade() -> None:
    op.execute("DELETE FROM phones WHERE e164 = '#erased' "
               "AND NOT EXISTS (SELECT 1 FROM cases WHERE phone_e164 = '#erased')")
    op.drop_table('number_keys')
    with op.batch_alter_table('cases') as batch:
        batch.drop_column('erased_at')
        batch.drop_column('closed_at')
