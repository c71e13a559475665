"""Retention: when a case was closed and when its residents' data was erased; the
fingerprint of the key with which erased opted-out and wrong numbers are remembered.

Self-contained (it only adds), so that it can follow any other revision.

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-29
"""

from alembic import op
import sqlalchemy as sa

revision = '0004'
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


def downgrade() -> None:
    op.drop_table('number_keys')
    with op.batch_alter_table('cases') as batch:
        batch.drop_column('erased_at')
        batch.drop_column('closed_at')
