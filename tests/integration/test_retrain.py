"""`dunning retrain`: an office's model learnt from staff corrections, installed only if not worse."""

import json
import re
import sys
from datetime import datetime

import pytest

from bot.bootstrap import reply_model
from bot.retrain import corrections
from core.models import Message, Reading
from replies.classify import classify
from replies.evaluate import read_examples
from replies.model import shipped
from replies.train import held_out, shipped_sets
from tests.conftest import TOKYO
from tests.integration.helpers import messages, reply

SATO = "+818023456789"
# Words no rule and no shipped reply knows; staff say they ask for a person.
ENDINGS = ["", "です", "だよ", "ですね", "かな", "やで", "だね", "だぞ", "でしょ", "ですよ", "よ", "ね",
           "さ", "なの", "だわ"]
WED = datetime(2026, 12, 2, 14, 5, tzinfo=TOKYO)


@pytest.fixture
def corrected(runner, cases_file, client, svc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the working folder, where retrain installs the office's model
    # A real retrain on a tenth of the shipped sets (about 1,500 replies): what is tested here
    # is the command's flow (learn, score, install or keep, roll back), not the full model,
    # which test_model trains; on all 18,000 replies each retrain took 40-80 s of the suite.
    sets = shipped_sets()
    monkeypatch.setattr("replies.train.shipped_sets", lambda: sets[:12])
    runner.invoke(args=["import-cases", str(cases_file)])
    for n, ending in enumerate(ENDINGS):
        reply(client, f"SMp{n}", SATO, "ぴよぴよ" + ending)
    relabel(svc, {m.id: "consultation_request" for m in messages(svc, Message.direction == "in")})
    return svc


def relabel(svc, labels: dict[int, str]) -> None:
    """Staff corrections, stored as the Slack reclassify path stores them."""
    with svc.db.uow() as uow:
        for message_id, label in labels.items():
            uow.session.add(Reading(message_id=message_id, label=label, confidence=1.0,
                                    promised_date=None, source="slack:U0STAFF"))
        uow.commit()


def test_retrain_installs_a_better_model_and_rolls_back(runner, corrected, settings, tmp_path):
    assert classify("ぴよぴよです", WED).label != "consultation_request"
    result = runner.invoke(args=["retrain"])
    assert result.exit_code == 0, result.output
    held = len(held_out(read_examples(json.dumps(r) for r in corrections(corrected)))[1])
    assert f"corrections: 15 ({15 - held} learnt, {held} held out to score)" in result.output
    old = int(re.search(r"current model  labels (\d+)/", result.output)[1])
    assert old < held  # the shipped model never learnt ぴよぴよ
    assert f"new model      labels {held}/{held}" in result.output
    assert "installed" in result.output
    office = tmp_path / "reply-model.json"
    shipped_text = (tmp_path / "reply-model.json.previous").read_text("utf-8")
    assert json.loads(shipped_text)["features"].keys() == shipped().features.keys()
    # The next start reads it: the working folder's model, REPLY_MODEL unset.
    model = reply_model(settings)
    assert classify("ぴよぴよかもね", WED, model=model).label == "consultation_request"
    # export-labels writes the same corrections that retrain learns from.
    exported = runner.invoke(args=["export-labels"]).output.splitlines()
    assert [json.loads(line) for line in exported] == corrections(corrected)

    assert runner.invoke(args=["retrain", "--rollback"]).exit_code == 0
    assert office.read_text("utf-8") == shipped_text
    again = runner.invoke(args=["retrain", "--rollback"])
    assert again.exit_code != 0 and "nothing to roll back" in again.output


def test_retrain_keeps_the_current_model_when_the_new_one_is_worse(runner, corrected, tmp_path):
    assert runner.invoke(args=["retrain"]).exit_code == 0
    office = tmp_path / "reply-model.json"
    installed = office.read_text("utf-8")
    # Staff change their minds on the replies it learns from, but not on those held out:
    # a model learnt from the new labels reads the held-out ones worse.
    learnt, held = held_out(read_examples(json.dumps(r) for r in corrections(corrected)))
    relabel(corrected, {int(e.id.removeprefix("msg-")): "other" for e in learnt})
    result = runner.invoke(args=["retrain"])
    assert result.exit_code == 0, result.output
    assert f"current model  labels {len(held)}/{len(held)}" in result.output
    assert "new model      labels 0/" in result.output
    assert "not installed" in result.output
    assert office.read_text("utf-8") == installed


def test_retrain_without_corrections_or_scikit_learn_says_why(runner, svc, monkeypatch):
    result = runner.invoke(args=["retrain"])
    assert result.exit_code != 0 and "no staff corrections" in result.output
    monkeypatch.setitem(sys.modules, "sklearn", None)  # as if the train extra were not installed
    result = runner.invoke(args=["retrain"])
    assert result.exit_code != 0 and "pip install 'dunning[train]'" in result.output
