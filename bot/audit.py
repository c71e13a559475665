"""Reading the audit trail (`actions`) for the office's access-log review: `dunning audit`.

Rows come oldest first, as a log reads: on a terminal the newest are the last lines, nearest
the prompt, and a CSV sorted this way needs no re-sorting to follow a day's events.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from core.models import Action

if TYPE_CHECKING:
    from bot.bootstrap import Services

COLUMNS = ("at", "actor", "action", "case_id", "result", "detail")


@dataclass
class Row:
    at: str  # office time, to the second
    actor: str  # slack:U…, cli, system, resident, provider
    action: str
    case_id: str
    result: str  # allowed / refused for requests from Slack; empty for what an action did
    detail: str  # the rest, as compact JSON

    def cells(self) -> list[str]:
        return [self.at, self.actor, self.action, self.case_id, self.result, self.detail]


def rows(svc: Services, case_id: str | None = None, user: str | None = None,
         since: date | None = None) -> list[Row]:
    """The trail, oldest first; ``user`` is a Slack user id (U…) or an actor as stored."""
    tz = svc.policy.tz
    q = select(Action)
    if case_id:
        q = q.where(Action.case_id == case_id)
    if user:
        q = q.where(Action.actor.in_([user, f"slack:{user}"]))
    if since:
        q = q.where(Action.at >= datetime.combine(since, time(0), tzinfo=tz))
    with svc.db.uow() as uow:
        found = list(uow.session.scalars(q.order_by(Action.at, Action.id)))
    out = []
    for a in found:
        detail = dict(a.detail or {})
        allowed = detail.pop("allowed", None)
        result = "" if allowed is None else ("allowed" if allowed else "refused")
        out.append(Row(a.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"), a.actor, a.action, a.case_id or "",
                       result, json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else ""))
    return out


def table(found: list[Row]) -> str:
    """Columns padded to their widest cell; the detail last, unpadded."""
    cells = [list(COLUMNS), *(r.cells() for r in found)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(COLUMNS) - 1)]
    return "\n".join("  ".join([*(c[i].ljust(widths[i]) for i in range(len(widths))), c[-1]]).rstrip()
                     for c in cells)


def write_csv(found: list[Row], path: str) -> None:
    """UTF-8 with a BOM, so that Excel opens it with the Japanese intact."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(r.cells() for r in found)
