"""Staff posts still to go, from a partial index: staff_posts (id) WHERE NOT posted.

The Slack outbox's sweep (bot.slack.deliver) and /healthz look for the posts not yet
posted. The index on ``posted`` could not serve them (they asked ``posted IS false``,
which PostgreSQL does not match to an index) and held an entry for every post ever
made: each sweep and each health check read the whole table, and cost more every day
(issue 15: 10 ms a sweep at 22,000 posts). The new index holds only the posts waiting,
in the sweep's order, so it stays as small as the outbox.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_staff_posts_unposted', 'staff_posts', ['id'], unique=False,
                    postgresql_where=sa.text('NOT posted'), sqlite_where=sa.text('posted = 0'))
    op.drop_index('ix_staff_posts_posted', table_name='staff_posts')


def downgrade() -> None:
    op.create_index('ix_staff_posts_posted', 'staff_posts', ['posted'], unique=False)
    op.drop_index('ix_staff_posts_unposted', table_name='staff_posts')
