"""The reply model: read in plain Python exactly as scikit-learn would, and kept current."""

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from replies.classify import classify
from replies.evaluate import Example
from replies.model import Model, shipped
from replies.normalize import normalize
from replies.train import export, fit, held_out, main, read_all, shipped_sets

TOKYO = ZoneInfo("Asia/Tokyo")
WED = datetime(2026, 12, 2, 14, 5, tzinfo=TOKYO)
DATA = Path(__file__).resolve().parents[1] / "data"
DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "replies-dev.jsonl"
SHIPPED_FROM = shipped_sets()


def _example(text: str, label: str) -> Example:
    return Example(id=text, text=text, received_at=WED, label=label, promised_date=None)


def test_the_shipped_model_is_the_fit_of_the_shipped_data_read_as_scikit_learn_reads_it():
    """One fit on every shipped reply (half a minute), checked two ways: read in plain Python
    it gives scikit-learn's probabilities; and it is the model that ships, so whoever changes a
    labelled set retrains (python -m replies.train, README)."""
    vectorizer, classifier = fit(read_all([str(p) for p in SHIPPED_FROM]))
    fresh = Model.from_json(export(vectorizer, classifier))
    texts = ["明日払います", "払われへん", "もう送ってくんな", "", "x", "🙇" * 3, "名前が違います",
             "Already taken care of", "同じ文字同じ文字同じ文字", "見たことのない字𠮷"]
    expected = classifier.predict_proba(vectorizer.transform([normalize(t) for t in texts]))
    for text, row in zip(texts, expected):
        got = fresh.probabilities(normalize(text))
        for label, p in zip(classifier.classes_, row):
            assert got[label] == pytest.approx(p, abs=1e-5), (text, label)

    if not DEV.exists():
        pytest.skip("shared dev set not beside the repository: the shipped model was fitted with it")
    ours = shipped()
    assert fresh.labels == ours.labels
    # A short message, not pytest's diff of thousands of n-grams.
    differ = len(fresh.features.keys() ^ ours.features.keys())
    assert differ == 0, f"{differ} n-grams differ: retrain with python -m replies.train (README)"
    for example in read_all([str(p) for p in SHIPPED_FROM]):
        text = normalize(example.text)
        (label_a, p_a), (label_b, p_b) = fresh.predict(text), ours.predict(text)
        assert label_a == label_b and p_a == pytest.approx(p_b, abs=1e-3), example.text


def test_the_train_command_writes_a_model_the_service_reads(tmp_path, capsys):
    labelled = tmp_path / "labelled.jsonl"
    rows = [(t, lbl) for lbl, words in (("payment_promise", ["明日払います", "来週払います", "I will pay"]),
                                        ("opt_out", ["停止", "もう送らないで", "stop"]),
                                        ("other", ["ありがとう", "了解", "ok"])) for t in words]
    labelled.write_text("".join(json.dumps({"id": n, "text": t, "received_at": WED.isoformat(), "label": lbl,
                                            "promised_date": None}, ensure_ascii=False) + "\n"
                                for n, (t, lbl) in enumerate(rows)), "utf-8")
    out = tmp_path / "model.json"
    assert main([str(out), str(labelled)]) == 0
    assert Model.load(out).labels == ("opt_out", "other", "payment_promise")
    assert "9 replies" in capsys.readouterr().err


def test_classify_reads_with_the_model_it_is_given():
    examples = [_example(t, lbl) for t, lbl in [
        ("ぴよぴよ", "consultation_request"), ("ぴよぴよぴよ", "consultation_request"), ("もふもふ", "other"),
        ("もふもふもふ", "other"), ("わんわん", "authenticity_check"), ("わんわんわん", "authenticity_check")]]
    model = Model.from_json(export(*fit(examples)))
    result = classify("ぴよぴよです", WED, model=model)
    assert result.label == "consultation_request"
    assert result.confidence <= 0.8  # a model's guess is never as sure as a rule (0.95)
    assert classify("ぴよぴよです", WED).label != "consultation_request"  # the shipped model knows no ぴよぴよ
    # The model's stop stands unless the reply is positively something else, here an
    # acknowledgement (test_replies: ..._positively_something_else): recall of stops first.
    stops = Model.from_json(export(*fit([_example(t, "opt_out" if lbl == "consultation_request" else lbl)
                                         for t, lbl in [(e.text, e.label) for e in examples]])))
    assert classify("ぴよぴよです", WED, model=stops).label == "opt_out"
    assert classify("ぴよぴよです、了解しました", WED, model=stops).label == "other"


@pytest.mark.parametrize("text", ["明日は雨ですね", "明日は晴れるかな", "来週から旅行です"])
def test_model_never_finds_a_payment_without_a_word_for_paying(text):
    # Dates pull the model towards payment_promise; without 払う, 振込, 納付… it is no promise.
    assert classify(text, WED).label == "other"


def test_a_model_file_of_another_format_is_refused(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"format": 99}), "utf-8")
    with pytest.raises(ValueError, match="format"):
        Model.load(bad)


def test_shipped_sets_are_the_dev_set_and_every_labelled_set_here():
    # The dev set lies beside the repository, not in it: a clone alone has only tests/data.
    assert SHIPPED_FROM == [DEV] * DEV.exists() + sorted(DATA.glob("*.jsonl"))
    assert len(SHIPPED_FROM) > 20


def test_corrections_are_held_out_the_same_way_every_time():
    examples = [_example(f"msg-{n}", "other") for n in range(1, 101)]
    train, held = held_out(examples)
    assert 10 <= len(held) <= 30 and len(train) + len(held) == 100
    assert not {e.id for e in train} & {e.id for e in held}
    # More corrections later: those held out before stay held out.
    _, held_later = held_out(examples + [_example(f"msg-{n}", "other") for n in range(101, 201)])
    assert {e.id for e in held} <= {e.id for e in held_later}
    assert held_out(examples[:1]) == ([], examples[:1])  # one correction: it is scored, not learnt
