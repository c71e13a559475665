"""A case's last message texted, from an index: messages (case_id, direction, id).

Which case a reply is about is the live case of the number texted last (bot.inbound);
finding it read every message of the case, so a reply cost more the longer its case's
history (issue 15). The new index answers it from the index alone and, as its first column
is case_id, replaces ix_messages_case_id.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_messages_case_id_direction_id', 'messages', ['case_id', 'direction', 'id'], unique=False)
    op.drop_index('ix_messages_case_id', table_name='messages')


def downgrade() -> None:
    op.create_index('ix_messages_case_id', 'messages', ['case_id'], unique=False)
    op.drop_index('ix_messages_case_id_direction_id', table_name='messages')
