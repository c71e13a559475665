"""Faults: when a message's retries began (they end after PROVIDER_RETRY_HOURS), and when a
staff post was last handed to Slack (a post Slack may have taken is looked for, not re-posted).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('messages', sa.Column('retry_since', sa.DateTime(timezone=True), nullable=True))
    op.add_column('staff_posts', sa.Column('sending_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('staff_posts') as batch:
        batch.drop_column('sending_at')
    with op.batch_alter_table('messages') as batch:
        batch.drop_column('retry_since')
