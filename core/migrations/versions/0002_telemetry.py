"""Telemetry shared by every process (heartbeats, refusal counters); due reminders indexed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('telemetry',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_index('ix_reminders_status_run_at', 'reminders', ['status', 'run_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_reminders_status_run_at', table_name='reminders')
    op.drop_table('telemetry')
