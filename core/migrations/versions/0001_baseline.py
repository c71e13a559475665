"""Baseline: the schema of the last version without migrations (tables made by create_all).

A database made by that version is stamped at this revision by `dunning db upgrade`.

Revision ID: 0001
Revises: 
Create Date: 2026-11-29
"""

from alembic import op
import sqlalchemy as sa

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('apscheduler_jobs',
    sa.Column('id', sa.Unicode(length=191), nullable=False),
    sa.Column('next_run_time', sa.Float(precision=25), nullable=True),
    sa.Column('job_state', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_apscheduler_jobs_next_run_time', 'apscheduler_jobs', ['next_run_time'], unique=False)

    op.create_table('phones',
    sa.Column('e164', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('is_mobile', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('e164')
    )
    op.create_table('cases',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone_e164', sa.String(length=20), nullable=False),
    sa.Column('tax_type', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('campaign', sa.String(length=100), nullable=True),
    sa.Column('assignee', sa.String(length=64), nullable=True),
    sa.Column('label', sa.String(length=32), nullable=True),
    sa.Column('promised_date', sa.Date(), nullable=True),
    sa.Column('slack_ts', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['phone_e164'], ['phones.e164'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_cases_phone_e164', 'cases', ['phone_e164'], unique=False)
    op.create_index('ix_cases_status', 'cases', ['status'], unique=False)

    op.create_table('actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=True),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_actions_case_id', 'actions', ['case_id'], unique=False)

    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('phone_e164', sa.String(length=20), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('provider', sa.String(length=16), nullable=False),
    sa.Column('provider_sid', sa.String(length=64), nullable=True),
    sa.Column('idempotency_key', sa.String(length=100), nullable=True),
    sa.Column('error_code', sa.String(length=32), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('idempotency_key'),
    sa.UniqueConstraint('provider', 'provider_sid')
    )
    op.create_index('ix_messages_case_id', 'messages', ['case_id'], unique=False)
    op.create_index('ix_messages_created_at', 'messages', ['created_at'], unique=False)
    op.create_index('ix_messages_phone_e164', 'messages', ['phone_e164'], unique=False)
    op.create_index('ix_messages_status', 'messages', ['status'], unique=False)

    op.create_table('readings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('confidence', sa.Double(), nullable=False),
    sa.Column('promised_date', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_readings_message_id', 'readings', ['message_id'], unique=False)

    op.create_table('reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('run_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('send_day', sa.Date(), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_reminders_case_id', 'reminders', ['case_id'], unique=False)
    op.create_index('one_reminder_per_case_per_day', 'reminders', ['case_id', 'send_day'], unique=True, sqlite_where=sa.text('send_day IS NOT NULL'), postgresql_where=sa.text('send_day IS NOT NULL'))
    op.create_index('one_scheduled_reminder_per_case', 'reminders', ['case_id'], unique=True, sqlite_where=sa.text("status = 'scheduled'"), postgresql_where=sa.text("status = 'scheduled'"))

    op.create_table('staff_posts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('posted', sa.Boolean(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('slack_ts', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_staff_posts_case_id', 'staff_posts', ['case_id'], unique=False)
    op.create_index('ix_staff_posts_posted', 'staff_posts', ['posted'], unique=False)



def downgrade() -> None:
    op.drop_index('ix_staff_posts_posted', table_name='staff_posts')
    op.drop_index('ix_staff_posts_case_id', table_name='staff_posts')

    op.drop_table('staff_posts')
    op.drop_index('one_scheduled_reminder_per_case', table_name='reminders')
    op.drop_index('one_reminder_per_case_per_day', table_name='reminders')
    op.drop_index('ix_reminders_case_id', table_name='reminders')

    op.drop_table('reminders')
    op.drop_index('ix_readings_message_id', table_name='readings')

    op.drop_table('readings')
    op.drop_index('ix_messages_status', table_name='messages')
    op.drop_index('ix_messages_phone_e164', table_name='messages')
    op.drop_index('ix_messages_created_at', table_name='messages')
    op.drop_index('ix_messages_case_id', table_name='messages')

    op.drop_table('messages')
    op.drop_index('ix_actions_case_id', table_name='actions')

    op.drop_table('actions')
    op.drop_index('ix_cases_status', table_name='cases')
    op.drop_index('ix_cases_phone_e164', table_name='cases')

    op.drop_table('cases')
    op.drop_table('phones')
    op.drop_index('ix_apscheduler_jobs_next_run_time', table_name='apscheduler_jobs')

    op.drop_table('apscheduler_jobs')
