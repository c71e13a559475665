"""`dunning retrain`: the office's reply model, learnt from the shipped sets and its staff's
corrections, installed only if it reads the corrections held out at least as well."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from bot.bootstrap import reply_model
from core.models import Message, Reading
from replies.evaluate import Scores, evaluate, read_examples
from replies.model import SHIPPED, Model
from replies.train import export, fit, held_out, read_all

if TYPE_CHECKING:
    from bot.bootstrap import Services

NEEDS = "dunning retrain needs scikit-learn: pip install 'dunning[train]'"


class RetrainError(Exception):
    pass


def corrections(svc: Services) -> list[dict]:
    """Staff corrections (the latest Slack reading of each reply), as labelled JSON objects."""
    tz = svc.policy.tz
    with svc.db.uow() as uow:
        latest = (select(func.max(Reading.id)).where(Reading.source.like("slack:%"))
                  .group_by(Reading.message_id).scalar_subquery())
        rows = uow.session.execute(
            select(Reading, Message).join(Message, Message.id == Reading.message_id)
            .where(Reading.id.in_(latest), Message.kind == "reply").order_by(Message.id)).all()
    return [{"id": f"msg-{m.id}", "text": m.body, "received_at": m.created_at.astimezone(tz).isoformat(),
             "label": r.label, "promised_date": r.promised_date.isoformat() if r.promised_date else None,
             "source": r.source} for r, m in rows]


@dataclass
class Outcome:
    trained_on: int
    held: int
    old: Scores
    new: Scores
    installed: bool
    path: Path


def _previous(path: Path) -> Path:
    return path.with_name(path.name + ".previous")


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)  # atomic: a service starting now reads the old file or the new one


def retrain(svc: Services, path: Path, shipped_sets: list[Path]) -> Outcome:
    """Train on ``shipped_sets`` plus the corrections not held out; install at ``path`` if the
    new model reads the held-out corrections no worse (labels and dates) than the current."""
    try:
        import sklearn  # noqa: F401  (fit imports it; fail before any work)
    except ImportError:
        raise RetrainError(NEEDS) from None
    examples = read_examples(json.dumps(row, ensure_ascii=False) for row in corrections(svc))
    if not examples:
        raise RetrainError("no staff corrections yet (reclassify or change a date in Slack): nothing to learn")
    if not shipped_sets:
        raise RetrainError("the shipped labelled sets are not here (tests/data in a source checkout)")
    train, held = held_out(examples)
    # The model installed now (a retrain earlier in this process may have replaced the one read
    # at start): REPLY_MODEL's file, the working folder's, or the shipped one; SettingsError,
    # naming REPLY_MODEL, if it cannot be read.
    current = reply_model(svc.settings)
    model = export(*fit(read_all([str(p) for p in shipped_sets]) + train))
    old, new = evaluate(held, current), evaluate(held, Model.from_json(model))
    better = new.correct >= old.correct and new.dates_correct >= old.dates_correct
    if better:
        before = path.read_text("utf-8") if path.exists() else \
            resources.files("replies").joinpath(SHIPPED).read_text("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(_previous(path), before)
        _write(path, json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
    return Outcome(len(train), len(held), old, new, better, path)


def rollback(path: Path) -> Path:
    """Put the model that the last install replaced back at ``path``; returns where it was."""
    previous = _previous(path)
    if not previous.exists():
        raise RetrainError(f"no previous model beside {path}: nothing to roll back")
    os.replace(previous, path)
    return previous

