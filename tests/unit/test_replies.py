import importlib
import json
import re
import re._constants as sre_constants
import re._parser as sre_parse
import unicodedata
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from replies.classify import classify
from replies.evaluate import evaluate, read_examples, read_file
from replies.keywords import Keyword, keyword
from replies.labels import LABELS
from replies.normalize import kanji_to_int, normalize
from replies.prefilter import Gated, Prefiltered

TOKYO = ZoneInfo("Asia/Tokyo")
DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "replies-dev.jsonl"
WED = datetime(2026, 12, 2, 14, 5, tzinfo=TOKYO)  # Wednesday
SUN = datetime(2026, 12, 6, 11, 0, tzinfo=TOKYO)  # Sunday


def dev_examples():
    if not DEV.exists():
        pytest.skip("shared dev set not beside the repository")
    return read_file(DEV)


def test_dev_set_scores_at_least_97_percent():
    scores = evaluate(dev_examples())
    assert scores.accuracy >= 0.97, scores.misses
    assert scores.date_accuracy >= 0.97, scores.misses


@pytest.mark.parametrize("text,label", [
    ("払えません", "consultation_request"),  # a negation is not a promise
    ("払いません", "consultation_request"),  # a refusal needs staff
    ("払う気はないです", "consultation_request"),
    ("もう払いました。二度と送らないで", "opt_out"),
    ("来週払いますが分割できますか", "consultation_request"),
    ("わかりました", "other"),
    ("わかりました、払います", "payment_promise"),
    ("金額が間違っていませんか", "consultation_request"),  # 間違い about the amount
    ("番号間違ってますよ", "wrong_number"),  # 間違い about the person
    ("払ったはずですが", "already_paid"),
    ("はらいました", "already_paid"),
    ("はらいます", "payment_promise"),
    ("明日コンビニで払うわ", "payment_promise"),
    ("もう払ろたで", "already_paid"),
    ("I'll pay next week", "payment_promise"),
    ("I paid yesterday", "already_paid"),
    ("Please stop texting me", "opt_out"),
    ("これって本物？", "authenticity_check"),
    ("電話ください", "consultation_request"),
    ("ありがとうございます🙇", "other"),
])
def test_traps(text, label):
    assert classify(text, WED).label == label


@pytest.mark.parametrize("text,label", [
    ("払います。ちなみにクレジットカードは使えますか", "consultation_request"),  # a bundled question
    ("明日払いますが、延滞金はかかりますか？", "consultation_request"),
    ("家族と相談して、来週中に必ず納付いたします", "payment_promise"),  # 相談 with family
    ("担当の方と相談したいです", "consultation_request"),
    ("コンビニで払えますか？", "consultation_request"),
    ("銀行に行けていませんでした。明日の昼休みに行ってきます", "payment_promise"),
    ("半分だけなら今月払えます", "consultation_request"),
    ("払いまs", "payment_promise"),  # an IME left the last kana unconverted
    ("もうpaidです", "already_paid"),
    ("wrong numberです", "wrong_number"),
    # Hard times explain a promise; alone they ask for help.
    ("今手元にお金がないので、来週払います", "payment_promise"),
    ("今手元にお金がないです", "consultation_request"),
    ("お金がないので来週まで待ってもらえませんか", "consultation_request"),
    ("アシタハライマス", "payment_promise"),  # katakana only, as old phones write
    ("ｼﾊﾗｲﾏｼﾀ", "already_paid"),  # half-width katakana
    ("ashita haraimasu", "payment_promise"),  # romaji
    ("I'll pay when I get paid on the 25th", "payment_promise"),  # their salary, not our bill
    ("口座振替にしたいんですけど", "consultation_request"),
    ("良いお年を", "other"),
    ("え、まじ？払ってなかった😱 明日払います", "payment_promise"),  # an exclamation asks nothing
    ("通知オフにしたい", "opt_out"),
    ("Please send me English information", "consultation_request"),
    ("妻が管理しているので伝えておきます", "other"),  # passing it on commits to nothing
    ("地方税お支払サイトが開けません", "consultation_request"),  # trouble paying needs staff
    ("このサービスを解除したい", "opt_out"),
    ("すみません、ハライマス", "payment_promise"),  # a katakana verb among other script
    ("昨日払い真下", "already_paid"),  # an IME's wrong choice for ました
    ("払えましぇん", "consultation_request"),
    ("お世話になっております。停止", "opt_out"),  # a keyword as a sentence of its own
    ("すみません、ashita haraimasu", "payment_promise"),  # romaji among Japanese
    ("この金額、何かの間違いではないでしょうか", "consultation_request"),  # the amount's mistake
    ("間違いですよ", "wrong_number"),  # a mistake said of nothing else: the person
    ("口座引き落としされてるはずなので確認してください", "already_paid"),
    ("28日にコンビニで納めてます", "already_paid"),
    ("払わないとは言ってません。来週払います", "payment_promise"),  # a refusal denied
    ("もしかしたら払い忘れてるかも。確認します", "other"),  # looking into it commits to nothing
    ("I can pay in 3 days", "payment_promise"),
    ("The amount seems wrong", "consultation_request"),
    ("This is not Mr. Suzuki's phone", "wrong_number"),
    ("I'll take care of it tomorrow", "payment_promise"),
    ("I made the transfer this morning", "already_paid"),
    ("Is it possible to pay monthly?", "consultation_request"),
    ("What is this tax for?", "consultation_request"),
    ("I may pay later", "payment_promise"),  # may the verb is no month
    ("I'll clear it by the end of this month", "payment_promise"),
    ("It was already deducted from my salary", "already_paid"),
    ("Could you send the payment slip again?", "consultation_request"),
    ("もう納付してます", "already_paid"),
])
def test_generalised_readings(text, label):
    assert classify(text, WED).label == label


def test_only_promises_carry_a_date():
    assert classify("昨日払いました", WED).promised_date is None
    assert classify("明日払います", WED).promised_date == date(2026, 12, 3)


@pytest.mark.parametrize("text,received,expected", [
    ("今日払います", WED, date(2026, 12, 2)),
    ("あさって払います", WED, date(2026, 12, 4)),
    ("5日後に払います", WED, date(2026, 12, 7)),
    ("金曜に払います", WED, date(2026, 12, 4)),
    ("水曜日に払います", WED, date(2026, 12, 2)),  # the day received included
    ("来週の月曜に払います", SUN, date(2026, 12, 7)),  # weeks run Monday to Sunday
    ("今週中に払います", SUN, date(2026, 12, 6)),
    ("来週中に払います", WED, date(2026, 12, 13)),
    ("月末に払います", WED, date(2026, 12, 31)),
    ("来月払います", WED, date(2027, 1, 31)),
    ("来月10日に払います", WED, date(2027, 1, 10)),
    ("２５日に払います", WED, date(2026, 12, 25)),
    ("二十五日に払います", WED, date(2026, 12, 25)),
    ("1日に払います", WED, date(2027, 1, 1)),  # the next 1st
    ("3月1日に払います", WED, date(2027, 3, 1)),  # passed this year: next year
    ("12/20に払います", WED, date(2026, 12, 20)),
    ("年内に払います", WED, date(2026, 12, 31)),
    ("10日か15日に払います", WED, date(2026, 12, 15)),  # the later date counts
    ("近いうちに払います", WED, None),
    ("給料が入ったら払います", WED, None),
    ("I'll pay on Friday", WED, date(2026, 12, 4)),
    ("will pay next Monday", WED, date(2026, 12, 7)),
    ("I'll pay by the end of the month", WED, date(2026, 12, 31)),
    ("31日に払います", datetime(2027, 2, 1, 9, 0, tzinfo=TOKYO), date(2027, 3, 31)),
    ("今月25日に払います", WED, date(2026, 12, 25)),  # not the end of this month
    ("週明けに払います", WED, date(2026, 12, 7)),  # next Monday
    ("しあさって払います", WED, date(2026, 12, 5)),
    ("らいしゅうのかようびにはらいます", WED, date(2026, 12, 8)),  # kana weekday after の
    ("週明けではなく今日払います", WED, date(2026, 12, 2)),  # a date ruled out does not count
    # The date of the sentence that promises, not of the one that explains.
    ("年末で物入りで遅れました。27日に必ず払います", WED, date(2026, 12, 27)),
    ("明日payします", WED, date(2026, 12, 3)),  # an English word beside Japanese
    ("土日のどちらかで払います", WED, date(2026, 12, 6)),
    ("ashita haraimasu", WED, date(2026, 12, 3)),
    ("I will make the payment within a week", WED, date(2026, 12, 9)),
    ("I can pay in three days", WED, date(2026, 12, 5)),
    ("週内には払い込みます", WED, date(2026, 12, 6)),
    ("I promise to pay before the end of September", WED, date(2027, 9, 30)),
    # Days of the month in kana, and M月のD日.
    ("みっかまでに振り込みます", WED, date(2026, 12, 3)),
    ("じゅうごにちに払います", WED, date(2026, 12, 15)),
    ("10にちに はらいます", WED, date(2026, 12, 10)),
    ("2月の10日に払います", WED, date(2027, 2, 10)),
])
def test_promised_dates(text, received, expected):
    result = classify(text, received)
    assert result.label == "payment_promise"
    assert result.promised_date == expected


def test_naive_received_at_is_office_time():
    # 23:30 UTC on the 1st is already the 2nd in Tokyo; a naive time is taken as Tokyo.
    assert classify("今日払います", datetime(2026, 12, 1, 23, 30, tzinfo=ZoneInfo("UTC"))).promised_date == date(2026, 12, 2)
    assert classify("今日払います", datetime(2026, 12, 1, 23, 30)).promised_date == date(2026, 12, 1)


@pytest.mark.parametrize("text", [
    "", " ", "\x00\x01\x1f", "\ud800 lone surrogate \udfff", "👍" * 500, "あ" * 10_000,
    "払います" * 2_500, "\u200b\u200d\ufeff", "٣٤٥", "𠮷野家で払います", "?" * 10_000,
])
def test_no_crash_on_any_input(text):
    result = classify(text, WED)
    assert result.label in LABELS
    assert 0.0 <= result.confidence <= 1.0


def test_empty_and_emoji_are_confident_other():
    for text in ["", "👍", "🙇‍♂️", "?"]:
        result = classify(text, WED)
        assert (result.label, result.promised_date) == ("other", None)
        assert result.confidence >= 0.9


def test_unrecognised_text_has_low_confidence():
    assert classify("明日の天気はどうでしょうね", WED).confidence < 0.6
    assert classify("分割で払えますか", WED).confidence >= 0.9


@pytest.mark.parametrize("text,kw", [
    ("STOP", Keyword.OPT_OUT), (" stop. ", Keyword.OPT_OUT), ("ＳＴＯＰ", Keyword.OPT_OUT),
    ("停止", Keyword.OPT_OUT), ("「配信停止」", Keyword.OPT_OUT), ("Start", Keyword.OPT_IN),
    ("再開", Keyword.OPT_IN), ("help", Keyword.HELP), ("ヘルプ", Keyword.HELP),
    ("stop sending", None), ("停止してください", None), ("", None),
])
def test_keywords_are_whole_messages(text, kw):
    assert keyword(text) is kw


def test_normalisation():
    assert normalize("ＡＢＣ　１２３") == "abc 123"
    assert normalize("二十五日") == "25日"
    assert normalize("一括で") == "一括で"  # not a date: left alone
    assert normalize("払います🙇‍♀️👍🏻") == "払います"  # emoji carry no label
    assert normalize("コンビニでハライマス") == "コンビニではらいます"  # loanwords stay katakana
    assert (kanji_to_int("十"), kanji_to_int("三十一"), kanji_to_int("二十")) == (10, 31, 20)


@pytest.mark.parametrize("text, norm", [
    ("S\u200bT\u200bO\u200bP", "stop"),  # zero-width spaces inside a word
    ("停\u200d止\ufeff", "停止"),  # a zero-width joiner and a BOM
    ("\u200f\u202bstop\u202c", "stop"),  # direction marks and embeddings
    ("払\U000e0100います", "払います"),  # an ideographic variation selector
    ("配信\u00ad停止", "配信停止"),  # a soft hyphen
    ("か\u3099", "が"),  # a combining dakuten
    ("S\u0422\u041eP", "stop"),  # Cyrillic Т and О inside a Latin word
    ("sto\u03c1", "stop"),  # a Greek ρ
    ("ST０P", "stop"),  # a zero for the O
    ("&#20572;&#27490; &amp; thanks", "停止 & thanks"),  # HTML entities a gateway left
    ("Спасибо, STOP", "спасибо, stop"),  # Russian stays Russian beside a Latin word
    ("covid19 2020年", "covid19 2020年"),  # digits beside letters, not between them, stay
])
def test_invisible_and_look_alike_characters_are_read_as_the_letters_meant(text, norm):
    assert normalize(text) == norm


def test_eval_reads_and_scores(tmp_path):
    rows = [{"id": "a", "text": "明日払います", "received_at": "2026-12-02T14:05:00+09:00",
             "label": "payment_promise", "promised_date": "2026-12-03"},
            {"id": "b", "text": "明日払います", "received_at": "2026-12-02T14:05:00+09:00",
             "label": "opt_out", "promised_date": None}]
    scores = evaluate(read_examples(json.dumps(r, ensure_ascii=False) for r in rows))
    assert (scores.n, scores.correct, scores.dates_correct) == (2, 1, 1)
    assert scores.confusion["opt_out"]["payment_promise"] == 1
    assert scores.per_label["payment_promise"]["precision"] == 0.5


@pytest.mark.parametrize("name", ["replies-extended.jsonl", "replies-heldout-2.jsonl",
                                  "replies-heldout-3.jsonl", "replies-heldout-4.jsonl",
                                  "replies-heldout-5.jsonl", "replies-heldout-6.jsonl",
                                  "replies-heldout-7.jsonl", "replies-heldout-8.jsonl",
                                  "replies-heldout-9.jsonl", "replies-heldout-10.jsonl",
                                  "replies-heldout-11.jsonl", "replies-heldout-12.jsonl",
                                  "replies-heldout-13.jsonl", "replies-heldout-14.jsonl",
                                  "replies-heldout-15.jsonl", "replies-heldout-16.jsonl",
                                  "replies-heldout-17.jsonl", "replies-heldout-18.jsonl",
                                  "replies-heldout-19.jsonl", "replies-heldout-20.jsonl",
                                  "replies-heldout-21.jsonl", "replies-heldout-22.jsonl",
                                  "replies-heldout-23.jsonl", "replies-train-a.jsonl",
                                  "replies-train-b.jsonl"])
def test_development_sets_score_at_least_97_percent(name):
    """Sets tuned on, each after it was scored once unseen (README: How well it reads)."""
    path = Path(__file__).resolve().parents[1] / "data" / name
    scores = evaluate(read_file(path))
    assert scores.accuracy >= 0.97 and scores.date_accuracy >= 0.97, scores.misses


def test_held_aside_set_stays_above_95_percent():
    """Written before tuning and never tuned on; a regression guard, not a target."""
    held = Path(__file__).resolve().parents[1] / "data" / "replies-heldout.jsonl"
    scores = evaluate(read_file(held))
    assert scores.accuracy >= 0.95 and scores.date_accuracy >= 0.95, scores.misses


@pytest.mark.parametrize("text,label", [
    ("うさぎの写真です", "other"),  # うさぎ is a rabbit, not さぎ (a scam)
    ("さぎですか", "authenticity_check"),
    ("きていしたよ", "other"),
])
def test_kana_words_only_as_words(text, label):
    assert classify(text, WED).label == label


@pytest.mark.parametrize("text,label", [
    ("明日払いまう", "payment_promise"),
    ("はらいまさ", "payment_promise"),  # one edit from はらいます, two from はらいました
    ("はらいまひた", "already_paid"),
    ("はらえまぜん", "consultation_request"),
])
def test_one_typo_is_read_but_flagged_for_a_human(text, label):
    result = classify(text, WED)
    assert result.label == label and result.confidence < 0.6


@pytest.mark.parametrize("text", ["おはようございます", "見ました", "ありがとうございます、了解しました"])
def test_typo_reading_does_not_invent_labels(text):
    assert classify(text, WED).label == "other"


PERTURBATIONS = {
    "a courteous opening": lambda t: "お世話になっております。" + t,
    "a courteous closing": lambda t: t + "。よろしくお願いします。",
    "an apology first": lambda t: "すみません、" + t,
    "thanks first": lambda t: "ご連絡ありがとうございます。" + t,
    "no punctuation": lambda t: re.sub(r"[。、！？!?,.]", "", t),
    "spaces for full stops": lambda t: t.replace("。", " "),
    "an emoji": lambda t: t + "🙇‍♀️",
}


def _read_right_with_something_to_lose(share: int, part: int):
    """One ``share``-th of the labelled replies not `other` and read right, with its reading."""
    data = Path(__file__).resolve().parents[1] / "data"
    examples = [e for p in sorted(data.glob("*.jsonl")) for e in read_file(p) if e.label != "other"][part::share]
    readings = ((e, classify(e.text, e.received_at)) for e in examples)
    return [(e, first) for e, first in readings if (first.label, first.promised_date) == (e.label, e.promised_date)]


# Each wrapping reads a quarter of the replies, a different quarter from the wrapping before
# it: every reply is read wrapped in one or two ways, and the seven wrappings cost what two
# readings of every reply would (about 25 s of the suite, from 120).
@pytest.mark.parametrize("name", PERTURBATIONS)
def test_reading_survives_what_residents_wrap_around_it(name):
    """Labelled replies read right, read again wrapped as residents wrap them: same reading."""
    change = PERTURBATIONS[name]
    same = changed = 0
    for e, first in _read_right_with_something_to_lose(4, list(PERTURBATIONS).index(name) % 4):
        again = classify(change(e.text), e.received_at)
        if (again.label, again.promised_date) == (first.label, first.promised_date):
            same += 1
        else:
            changed += 1
    assert same > 900 and changed <= same // 100, f"{changed} readings changed, {same} kept"


def test_every_labelled_stop_is_heard_by_the_rules_alone():
    """Recall of stops never rests on the model's guess: with a model that never guesses a
    stop, every opt-out in every labelled set is still one, and nothing else becomes one."""
    data = Path(__file__).resolve().parents[1] / "data"
    missed, false = [], []
    for e in (e for p in sorted(data.glob("*.jsonl")) for e in read_file(p)):
        stop = classify(e.text, e.received_at, model=_ConsultModel()).label == "opt_out"
        if stop != (e.label == "opt_out"):
            (false if stop else missed).append(e.id)
    assert not missed and not false, (missed, false)


@pytest.mark.parametrize("text", [
    "ストップ", "ストップしてください", "配信ストップ", "テイシシテクダサイ", "ヤメテクダサイ",  # katakana
    "すとっぷ", "ていししてください", "もうおくらないで", "やめてください",  # hiragana
    "ｽﾄｯﾌﾟ", "ﾃｲｼ", "ﾓｳｵｸﾗﾅｲﾃﾞ", "ﾊｲｼﾝﾃｲｼ",  # half-width kana
    "yamete", "teishi shite kudasai", "haishin teishi", "mou okuranaide kudasai",  # romaji
    "unsubscribe me", "opt me out", "Take me off your list", "I don't want these texts",
    "Leave me alone",  # English
    "今後はこちらへのお知らせはお控えください", "今後このようなご連絡はご遠慮ください",
    "このSMSは必要ありません", "携帯へのお知らせはご遠慮いただけますか", "送らなくていいです",
    "もう来んでええ", "受信拒否します", "お知らせを受け取りたくありません", "連絡せんでええよ",
    "通知を切ってください", "エスエムエスはもういらないです", "I'd rather not receive these",
    "もう来ないようにしてくれ", "送りつけんといてや", "I no longer wish to receive texts from you",
    "cancel these texts", "Take this number off your list",  # circumlocutions and dialect
    "もう払いました。今後SMSは不要です", "来週払います。あとメッセージはもういりません",  # beside a payment
])
def test_an_opt_out_is_heard_in_any_script_or_register(text):
    result = classify(text, WED)
    assert (result.label, result.opt_in) == ("opt_out", False)


@pytest.mark.parametrize("text", [
    "停止したお知らせをまた送ってください", "受信を元に戻したい", "配信停止を解除してください",
    "停止を取り消したい", "間違えて停止と送ってしまいました", "通知を再開してほしい",
    "やっぱりSMSを送ってください", "メッセージを再び受け取りたい", "ﾃｲｼｦｶｲｼﾞｮｼﾃｸﾀﾞｻｲ",
    "please start sending again", "opt me back in", "Please turn the messages back on",
    "undo my unsubscribe", "再開", "配信を戻してください", "通知をオンにしてください",
    "先日停止をお願いしましたが、やはり送ってください", "通知やめてたけど、やっぱり来るようにしてほしい",
    "停止したけどやっぱり再開したい", "Please send me the notices again",
    # A stop done (しちゃった, てしもうた, オフにした), then undone or wanted again, in any register.
    "通知オフにしちゃったんですが、元に戻してもらえますか", "メール止めてもろたけど、やっぱりまた送ってくれへん？",
    "SMSを停止してしまいましたが、再び届くようにお願いします", "連絡を拒否したのを元に戻したいです",
])
def test_a_request_to_resume_is_an_opt_in_never_an_opt_out(text):
    result = classify(text, WED)
    assert (result.label, result.opt_in) == ("other", True)


@pytest.mark.parametrize("text,label", [
    ("納付書をまた送ってください", "consultation_request"),  # a paper again, not our messages
    ("支払いを再開します", "payment_promise"),  # resuming payments
    ("I'll start paying again next month", "payment_promise"),
    ("Don't send me messages again", "opt_out"),  # "again", refused
    ("もう送らないで。再開もしないで", "opt_out"),
    ("領収書の送付は不要です。分割にできますか", "consultation_request"),  # not our messages
    ("通知が届かなくて困ります", "consultation_request"),
    # Our messages named, but not refused.
    ("連絡遅れてすみません、明日払います", "payment_promise"),
    ("お知らせありがとうございます。月末に払います", "payment_promise"),
    ("メールではなく電話で連絡してください", "consultation_request"),
    ("お知らせが来る前に払いました", "already_paid"),
    # A stop named, then refused again: still a stop.
    ("配信を止めたのに、まだ届きます。止めてください", "opt_out"),
    ("停止したはずなのにまた来た。二度と送るな", "opt_out"),
])
def test_what_is_not_a_request_to_resume(text, label):
    result = classify(text, WED)
    assert (result.label, result.opt_in) == (label, False)


@pytest.mark.parametrize("text,label", [
    # A death in the family needs a person, even beside a doubt, unless the reply says it
    # is paid or promises and asks nothing (sets 58–60).
    ("父が亡くなりました", "consultation_request"),
    ("母は先月他界しました", "consultation_request"),
    ("祖母が亡くなったのですが、本当に役所からですか", "consultation_request"),
    ("My husband passed away last month", "consultation_request"),
    # Asking whether one has paid is not saying so.
    ("払ったかどうかわかりません", "consultation_request"),
    ("もう払ってましたっけ？", "consultation_request"),
    ("支払い済みか確認できますか", "consultation_request"),
    ("Have I already paid?", "consultation_request"),
    # A direct debit that failed.
    ("口座の残高不足で引き落とされなかったみたいです", "consultation_request"),
    ("引き落としができていなかったようです", "consultation_request"),
    ("残高不足で落ちなかったので、明日振り込みます", "payment_promise"),
    # Payroll deduction (特別徴収) is paid, unless asked for.
    ("給料から天引きされています", "already_paid"),
    ("特別徴収なので会社が払っているはずです", "already_paid"),
    ("住民税は給与天引きです", "already_paid"),
    ("It's deducted from my salary by my employer", "already_paid"),
    ("特別徴収に切り替えたいのですが", "consultation_request"),
    # Another tax or year paid, then a promise for this one.
    ("去年の分は払いました。今年の分は来月払います", "payment_promise"),
    ("固定資産税は払いましたが、住民税は25日に払います", "payment_promise"),
    ("先月の分は払ったので、今月分は来週払います", "payment_promise"),
    ("I paid last year's, and I'll pay this one on Friday", "payment_promise"),
    # Doubts: checking with the office oneself, or in dialect.
    ("区役所に確認してみます", "authenticity_check"),
    ("本当かどうか市役所に電話して確かめます", "authenticity_check"),
    ("I will check with the ward office", "authenticity_check"),
    ("ほんまに市役所からなん？", "authenticity_check"),
    ("うさんくさいなあ", "authenticity_check"),
    ("本当だべか", "authenticity_check"),
    # Our SMS quoted back: the answer after it is read, not our words.
    ("> 【区役所】住民税の納期限を過ぎています。お支払い済みの場合は行き違いご容赦ください。\n来週払います", "payment_promise"),
    ("「お支払い済みの場合は行き違いご容赦ください」とありますが、まだです。月末に払います", "payment_promise"),
    # A resident quoting their own words keeps them: only what reads as ours is removed.
    ('I said "stop sending me these messages" already!', "opt_out"),
    ("【お願い】停止してください\nよろしく", "opt_out"),
    # A request bundled with a promise needs staff.
    ("振込先の口座を教えてください、今日振り込みます", "consultation_request"),
    ("口座番号教えてくれたらすぐ払います", "consultation_request"),
    ("Tell me the bank account and I'll transfer today", "consultation_request"),
    ("事務所の担当者をお教えください。対応いたします", "consultation_request"),
    # Found by held-out sets 21-23, written here in other words.
    ("娘に払わせます", "payment_promise"),  # a family member promising for the addressee
    ("払えばいいんだろ、払うよ", "payment_promise"),  # annoyed, not asking how
    ("先日電話で相談した通り、月末に払います", "payment_promise"),  # a past call is no request
    ("PayPayで払える?", "consultation_request"),
    ("おかね ない はらう むずかしい", "consultation_request"),
    ("わたし その ひと しらない", "wrong_number"),
    ("講座引き落としにしてたのに落ちてなかったみたい", "consultation_request"),  # 講座: 口座
    ("詐欺じゃないか確認してから対応します", "authenticity_check"),
    ("第1期は払いましたが、第2期って何ですか", "consultation_request"),  # another part paid
    ("夫は亡くなりましたが、税金は私が払っています", "already_paid"),
])
def test_the_kinds_of_miss_seen_on_other_peoples_replies(text, label):
    assert classify(text, WED).label == label


@pytest.mark.parametrize("text", [
    # Romaji, with any polite ending.
    "haishin teishi onegai itashimasu", "Teishi wo onegai shimasu", "chuushi kibou desu",
    "Teishi negaimasu", "teishi yoroshiku",
    # Half-width kana: verbs of sending and contacting, in the negative request form.
    "ﾚﾝﾗｸ ｼﾅｲﾃﾞｸﾀﾞｻｲ", "ﾒｰﾙ ｵｸﾗﾅｲﾃﾞ", "ﾊｲｼﾝ ｼﾅｲﾃﾞ", "ﾂｳﾁ ｲﾗﾅｲ", "ご連絡どうも。ﾃｲｼ",
    # Someone asking that our messages to another person stop.
    "社長宛てのメールは今後停止願います", "本人へのショートメールの配信を中止願います",
    "父への通知は止めてください",
    # A stop with its punctuation dropped, or as the last word after a courtesy.
    "停止してあと来週払う", "すみません、cancel",
    # Romaji particles and long vowels, kana words spaced apart, and what the rules alone
    # missed (the model had found them).
    "停止できますか", "配信の停止は可能ですか",  # asked as a question
    "tsuuchi fuyou desu", "mou iranai", "ｼｮｰﾄﾒｰﾙ ﾌﾖｳ", "いりません",
    "meeru iranai desu", "renraku wa kekkou desu", "sms wa iranai", "ﾓｳ ﾚﾝﾗｸ ｺﾅｲﾃﾞ",
    "ﾒｰﾙ ｺﾅｲﾖｳﾆ ｼﾃ", "二度と家に送ってくるな", "もう結構、止めて", "いい加減にして。もう送るな",
    "今後は書面だけにしてください。お知らせは郵送のみにして", "SMSじゃなくて手紙で送ってほしい",
    "メッセージもう送ってこねでけろ",
])
def test_stops_found_by_sets_24_to_26_in_other_words(text):
    result = classify(text, WED)
    assert (result.label, result.opt_in) == ("opt_out", False)


@pytest.mark.parametrize("text,label,opt_in", [
    ("通知の受信をまた始めてほしいです", "other", True),  # to receive again: an opt-in
    ("しつこいなあ、月末に払うって", "payment_promise", False),  # annoyed, but it promises
    ("何度も言わせるな、来週払うって！", "payment_promise", False),
    # A guess that we would not send SMS is a doubt, not a request to stop sending.
    ("本物？区役所ってショートメール送ってこないよね", "authenticity_check", False),
    ("怪しい。市がSMSなんか送らないでしょ普通", "authenticity_check", False),
    ("メールではなく電話で連絡してください", "consultation_request", False),  # a call asked for
    ("二度とこんなことがないよう来週払います", "payment_promise", False),
    # A stop of something else than our messages: a direct debit, a seizure, interest.
    ("引き落としを中止してほしい", "consultation_request", False),
    ("差し押さえを停止してください", "consultation_request", False),
    ("延滞金の発生を停止してもらえますか", "consultation_request", False),
    ("連絡は郵便のみだと思っていました", "other", False),
])
def test_what_sounds_like_a_stop_and_is_not(text, label, opt_in):
    result = classify(text, WED)
    assert (result.label, result.opt_in) == (label, opt_in)


@pytest.mark.parametrize("text,label,when", [
    # Feeling around a promise, and a rhetorical question, do not make it a consultation.
    ("悲しいです。月末までにどうにかします", "payment_promise", date(2026, 12, 31)),
    ("はいはい、振り込めばいいんでしょ", "payment_promise", None),
    ("25日に払います。何か問題でも？", "payment_promise", date(2026, 12, 25)),
    ("なんで何回も送ってくるの…明日払いますよ", "payment_promise", date(2026, 12, 3)),
    ("振込手数料がかかるのは不満だけど、金曜日に払います", "payment_promise", date(2026, 12, 4)),
    # A death explained before a dated promise is a promise; with a question, a consultation.
    ("母が他界して手続きに追われていました。20日に払います", "payment_promise", date(2026, 12, 20)),
    ("父が亡くなりました。いつまでに払えばいいですか", "consultation_request", None),
    # A date alone as the answer; IME slips and kana in weekdays.
    ("月末で", "payment_promise", date(2026, 12, 31)),
    ("今月はきついので金曜日で", "payment_promise", date(2026, 12, 4)),
    ("明日に収めます", "payment_promise", date(2026, 12, 3)),
    ("金よう日に振り込みます", "payment_promise", date(2026, 12, 4)),
    ("I can pay tomorrow or the day after", "payment_promise", date(2026, 12, 4)),
    ("Ugh fine, I will pay tomorrow. Happy now?", "payment_promise", date(2026, 12, 3)),
    ("I'm so stressed. I'll sort it out by Friday", "payment_promise", date(2026, 12, 4)),
    ("tomorrow or the day after, I promise", "payment_promise", date(2026, 12, 4)),
    # A doubt about the sender beside a promise: precedence, the promise.
    ("本物かな？今日コンビニで払うけど", "payment_promise", date(2026, 12, 2)),
    # Moved away, insurance changed, leave asked for a way of paying: consultations.
    ("もう県外に転出しました", "consultation_request", None),
    ("息子に代わって返信します。本人は海外にいます", "consultation_request", None),
    ("社会保険に切り替えたので国保は関係ないと思います", "consultation_request", None),
    ("5日に3万、20日に残りでもいいですか", "consultation_request", None),
    # Paid, said of the bill in question by someone acting for the resident.
    ("ご指摘の固定資産税は先週納付済みです。ご確認ください", "already_paid", None),
    ("うちも佐藤だけど滞納なんてしてない。別の佐藤さんと間違えてませんか", "wrong_number", None),
    ("税金泥棒め", "other", None),
    ("役所の仕事ぶりには感心しますね（笑）", "other", None),
    # What only the model had read in sets 24-26, now read by the rules too.
    ("月末までには必ず", "payment_promise", date(2026, 12, 31)),
    ("では25日で", "payment_promise", date(2026, 12, 25)),
    ("金曜か土曜で", "payment_promise", date(2026, 12, 5)),  # the later
    ("来週中で大丈夫です", "payment_promise", date(2026, 12, 13)),
    ("はぁ…わかったよ、月末ね", "payment_promise", date(2026, 12, 31)),
    ("また？もう払うってば", "payment_promise", None),  # an exclamation, not a question
    ("失業中です。払えるのは来月になります", "payment_promise", date(2027, 1, 31)),
    ("払えるのはいつですか", "consultation_request", None),
    ("来週中でいいですか", "consultation_request", None),  # asked: leave, not a promise
    ("口座振替の停止はできますか", "consultation_request", None),
    ("兄と話しました。明日振り込むそうです", "payment_promise", date(2026, 12, 3)),  # hearsay
    ("My wife says she'll pay on Thursday", "payment_promise", date(2026, 12, 3)),
    ("振込は15日にしようと思ってます", "payment_promise", date(2026, 12, 15)),
    ("宛名の方は存じ上げません", "wrong_number", None),
    ("給料を差し押さえられるんですか", "consultation_request", None),
    ("貯金も尽きて払う目処が立ちません", "consultation_request", None),
    ("夕方なら出られるので、電話かけてもらえますか", "consultation_request", None),
    ("母が入院中で私が代わりに払いたいのですが、どうすれば", "consultation_request", None),
    ("I left Japan last year. What should I do?", "consultation_request", None),
    ("I'm not paying. I sold the car last spring.", "consultation_request", None),
    ("この通知は正規の市役所からのものですか", "authenticity_check", None),
    ("性急書がまだとどいてません", "consultation_request", None),  # IME: 請求書
])
def test_the_kinds_of_miss_seen_in_sets_24_to_26(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


@pytest.mark.parametrize("text,label,when", [
    # A refusal or a consultation denied before a promise: the promise stands.
    ("払わないわけではありません。金曜日に振り込みます", "payment_promise", date(2026, 12, 4)),
    ("払わんなんて誰も言ってへんで。明日払うわ", "payment_promise", date(2026, 12, 3)),
    ("納めるかどうかではなくて、いつ納めるかです。25日に納めます", "payment_promise", date(2026, 12, 25)),
    ("払えない理由もないので、月末に払います", "payment_promise", date(2026, 12, 31)),
    ("相談じゃなくて大丈夫です。明後日払います", "payment_promise", date(2026, 12, 4)),
    # ...unless something else is asked.
    ("払えないわけじゃないけど、分割できますか", "consultation_request", None),
    ("払わないとは言ってないけど、待ってほしい", "consultation_request", None),
    # A question the resident answers at once with a promise asks staff nothing.
    ("期限って今日だったっけ？じゃあ夕方コンビニで払ってきます", "payment_promise", date(2026, 12, 2)),
    ("あれ、引き落としじゃなかった？それなら明日振り込みます", "payment_promise", date(2026, 12, 3)),
    ("コンビニで払えばいいんですよね？金曜に払っておきます", "payment_promise", date(2026, 12, 4)),
    # ...but a question of staff still needs their answer.
    ("カード使えますか？なら明日払います", "consultation_request", None),
    # A promise withdrawn, and time asked in any register: consultations.
    ("月末に払う予定でしたが、車が壊れて払えなくなりました", "consultation_request", None),
    ("払う気はあるけど、年明けまで待ってもらうことは可能ですか", "consultation_request", None),
    # A doubt that asks for a person is a consultation; one that defers paying is a doubt.
    ("役所の人なら、担当の方から電話で説明してください", "consultation_request", None),
    ("偽物じゃないなら、担当者に代わってほしい", "consultation_request", None),
    ("本物の役所なら、担当者のフルネームと所属を教えて", "authenticity_check", None),  # who, to check
    ("これ本物？払うかどうかは確かめてから決めます", "authenticity_check", None),
    ("ほんまもんの市役所なん？", "authenticity_check", None),
    ("I have never lived in that town. This text is not meant for me", "wrong_number", None),
    # Paid, after a doubt, by family as heard, in dialect.
    ("怪しいと思ったけど、通帳を見たら引き落とされてました", "already_paid", None),
    ("嫁が先週コンビニで払ってくれたと言うとりました", "already_paid", None),
    ("おととい郵便局で払ってきたっけ、確認してくれんかね", "already_paid", None),
    ("息子に頼んで金曜に払うてもらいます", "payment_promise", date(2026, 12, 4)),
    # Payment apps asked about; a number not known is a doubt, not a wrong number.
    ("au PAYって対応してますか？", "consultation_request", None),
    ("メルペイで払えましたっけ？", "consultation_request", None),
    ("知らない番号から来たけど、詐欺？", "authenticity_check", None),
    # Read by the rules alone too: dialect promises and payments, apps, papers not come, doubts.
    ("明後日には払うはんで", "payment_promise", date(2026, 12, 4)),
    ("来月の5日に払うさけ、堪忍な", "payment_promise", date(2027, 1, 5)),
    ("もう払ろうとるけぇ", "already_paid", None),
    ("税金は昨日納めたで", "already_paid", None),
    ("クレカって使えます？", "consultation_request", None),
    ("納付書が届いとらんのやけど", "consultation_request", None),
    ("わからんけぇ電話してくれんかね", "consultation_request", None),
    ("この送信元、市の公式番号ですか？", "authenticity_check", None),
    ("区役所がメールなんて聞いたことない", "authenticity_check", None),
    ("うちにはそんな名前のもんはおらんよ", "wrong_number", None),
    # A weekday in kana without its び.
    ("ｻﾗｲｼｭｳﾉﾓｸﾖｳﾏﾃﾞﾆﾊﾗｲﾏｽ", "payment_promise", date(2026, 12, 17)),
    ("こんしゅうのどように払います", "payment_promise", date(2026, 12, 5)),
])
def test_the_kinds_of_miss_seen_in_sets_27_to_29(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


@pytest.mark.parametrize("text,label,when", [
    # Receipt, a test, thanks in another language, puzzlement, stretched abuse: other.
    ("ご連絡確認いたしました。ありがとうございます", "other", None),
    ("Message received, thank you", "other", None),
    ("testing 123", "other", None),
    ("テスト送信", "other", None),
    ("감사합니다", "other", None),
    ("gracias!", "other", None),
    ("え？？", "other", None),
    ("huh?", "other", None),
    ("バーーカ", "other", None),
    # A request to the city about something else: other.
    ("公園のベンチが壊れているので見に来てください", "other", None),
    # Who sent it, a fictitious bill, wonder that we text: doubts, never stops.
    ("差出人はどなたですか", "authenticity_check", None),
    ("これ誰からのメッセージ？", "authenticity_check", None),
    ("架空請求じゃないよね？", "authenticity_check", None),
    ("市がショートメールを送ってくるなんて知らなかった", "authenticity_check", None),
    # A wrong number in kana, spaced or half-width, in romaji; taken for someone else.
    ("でんわばんごう まちがってます", "wrong_number", None),
    ("ﾊﾞﾝｺﾞｳ ｦ ﾏﾁｶﾞｴﾃﾏｽ", "wrong_number", None),
    ("bangou ga chigau", "wrong_number", None),
    ("他の方と勘違いされていませんか", "wrong_number", None),
    ("You've mistaken me for someone else", "wrong_number", None),
    ("名義の方とは一切面識がありません", "wrong_number", None),
    # Double negatives and obligation before a promise: the promise stands.
    ("振り込めないこともないので、金曜に振り込みます", "payment_promise", date(2026, 12, 4)),
    ("納めないわけにもいかないから、月末に納めます", "payment_promise", date(2026, 12, 31)),
    ("払わなきゃいけないので明日払います", "payment_promise", date(2026, 12, 3)),
    # ...and a refusal said as a question is a refusal.
    ("誰が納めるもんか", "consultation_request", None),
    ("こんなもん払うかボケ", "consultation_request", None),
    # Dates in romaji, in brackets, tonight, beside Chinese, spaced kana.
    ("tooka ni haraimasu", "payment_promise", date(2026, 12, 10)),
    ("(火)までに振り込みます", "payment_promise", date(2026, 12, 8)),
    ("12/11(金)に払います", "payment_promise", date(2026, 12, 11)),
    ("Sending the payment tonight", "payment_promise", date(2026, 12, 2)),
    ("paying it tomorrow", "payment_promise", date(2026, 12, 3)),
    ("下周三付款。らいしゅう すいようび はらいます", "payment_promise", date(2026, 12, 9)),
    ("らいげつ 20にち はらいます", "payment_promise", date(2027, 1, 20)),
    # "pay this" names no date; time abroad explains a dispute.
    ("Why should I pay this? I was overseas all year", "consultation_request", None),
    # A mistake after a payment is the bill's; papers not come, in spaced kana.
    ("住民税は先月銀行で納付しましたが、間違いではないですか", "already_paid", None),
    ("てがみ とどいてない", "consultation_request", None),
    # A stop word opening a sentence of a mixed-language reply; a spaced kana stop.
    ("Cảm ơn. ストップ nhé", "opt_out", None),
    ("もう めっせーじ おくらないで", "opt_out", None),
])
def test_the_kinds_of_miss_seen_in_training_sets_a_and_b(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


class _StopModel:
    """A model that reads everything as a stop, to show what the reader lets it decide."""

    def predict(self, norm):
        return "opt_out", 0.99


@pytest.mark.parametrize("text,label", [
    # Positively something else, refusing nothing: the guess is overruled.
    ("お知らせ拝見しまして、はい", "other"),  # an acknowledgement
    ("役所の方へ、よろしゅう", "other"),  # a courtesy
    ("テストです、届いてますか", "other"),  # a test
    ("まさかね…", "other"),  # a doubt
    ("あーもう、めんどくさ", "other"),  # a grumble
    ("お知らせ、やめないでね", "other"),  # a request NOT to stop
    # Recall of stops comes first: the guess stands where nothing says otherwise, or where
    # a negative request or a word of refusal is there beside the acknowledgement.
    ("これ以上は送信不要っす", "opt_out"),
    ("もうええわ、ほんま", "opt_out"),
    ("はい。もう鳴らさんでくれ", "opt_out"),
    ("ありがとう、でも今後は届けんといて", "opt_out"),
    ("了解しました。携帯には寄越さねでけろ", "opt_out"),
])
def test_the_models_stop_is_overruled_only_by_what_is_positively_something_else(text, label):
    assert classify(text, WED, model=_StopModel()).label == label


class _ConsultModel:
    """A model that reads everything as a consultation."""

    def predict(self, norm):
        return "consultation_request", 0.99


@pytest.mark.parametrize("text", [
    # Sets 30–32: a verb of sending asked in the negative, in any register or dialect, is a
    # stop (寄越さねでけ was missed), heard by the rules whatever the model guesses.
    "こげなメール、もう寄こさんでくれ",
    "通知、もう送らんといてや",
    "案内はもう送らんでええよ",
    "こういうのもう送ってくんなよ",
    "めーる おくらねでけろ",
    "ｺﾝﾅﾒｰﾙ ﾓｳ ﾖｺｻﾅｲﾃﾞ",
    "連絡せんでよかです",
    "もう来んでよか",
    "二度とよこさないでいただけますか",
    "ショートメールはもう送ってこんでけれ",
    "背信の停止お願いします",  # voice input: 配信 heard as 背信
    # Beside a request NOT to stop, a stop asked for elsewhere is still a stop.
    "紙の通知は止めないで。SMSは停止してください",
])
def test_a_negative_request_of_sending_is_a_stop_in_any_dialect(text):
    assert classify(text, WED, model=_ConsultModel()).label == "opt_out"
    assert classify(text, WED, model=_StopModel()).label == "opt_out"


def test_a_request_to_resume_in_dialect_is_no_stop():
    # 送ってくんさい is 送ってください: the stop named before it is undone.
    result = classify("いっぺん止めてもろうたけんど、やっぱまた送ってくんさい", WED, model=_StopModel())
    assert (result.label, result.opt_in) == ("other", True)


@pytest.mark.parametrize("text,label,when", [
    # A request that a stop be NOT made is no stop.
    ("配信は停止しないでくださいね、助かってるので", "other", None),
    ("通知切らないで！毎回これで思い出すんだから", "other", None),
    ("メールはやめんといてな", "other", None),
    ("Please don't stop the reminders, they help me", "other", None),
    # Dates: の said ん (来週ん水曜, 今月ん20日); a kana weekday without its dakuten; digits
    # after a particle in half-width kana; 来週 written as a homophone by voice input.
    ("来週ん水曜に払うけん", "payment_promise", date(2026, 12, 9)),
    ("今月ん20日に振り込むけ", "payment_promise", date(2026, 12, 20)),
    ("もくようひに はらいます", "payment_promise", date(2026, 12, 3)),
    ("どようひには払います", "payment_promise", date(2026, 12, 5)),
    ("ｺﾝｹﾞﾂﾉ25ﾆﾁﾆ ﾊﾗｲﾏｽ", "payment_promise", date(2026, 12, 25)),
    ("来襲の火曜日に払います", "payment_promise", date(2026, 12, 8)),
    ("今集の金曜に振り込みます", "payment_promise", date(2026, 12, 4)),
    # 払ったる, 振り込んだろ, 払っちゃる: a promise as a favour done, not a payment made.
    ("ほな週末に払うたるわ", "payment_promise", date(2026, 12, 6)),
    ("しゃーない、金曜に振り込んだろ", "payment_promise", date(2026, 12, 4)),
    ("月末に払っちゃるけぇ", "payment_promise", date(2026, 12, 31)),
    # Paying nouns in half-width kana.
    ("ﾆｭｳｷﾝｽﾞﾐﾃﾞｽ", "already_paid", None),
    ("ｶﾝﾉｳｼﾏｼﾀ", "already_paid", None),
])
def test_the_kinds_of_miss_seen_in_sets_30_to_32(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


@pytest.mark.parametrize("text,label", [
    ("あーだるい、月曜から税金とか", "other"),  # a grumble asks nothing
    ("はぁ、また督促か。気が重い", "other"),
    ("めんどくさ、これ何の税金ですか？", "consultation_request"),  # a question is asked
    ("憂鬱だけど、担当の人と話したい", "consultation_request"),  # a request is made
])
def test_a_grumble_that_asks_nothing_is_other(text, label):
    assert classify(text, WED, model=_ConsultModel()).label == label


def test_a_condition_is_not_a_payment_made():
    # 払ったら (if I pay) looks past and is not: the rules say nothing was paid.
    assert classify("いくら払ったら終わるんですか", WED, model=_ConsultModel()).label == "consultation_request"


def test_a_homophone_is_a_date_only_before_a_weekday():
    from replies.dates import promised_date
    assert promised_date("来秋", WED.date()) is None
    assert promised_date("来秋の金曜", WED.date()) == date(2026, 12, 11)


# Sets 33–35's misses as classes, each in other words than the set's.
@pytest.mark.parametrize("text,label,when", [
    # A stop in letter style: what is sent named as a letter (お便り), declined as 無用 or 辞退;
    # the stop wins over the payment beside it.
    ("今年度分は納付いたしました。今後かようなお便りはご無用にてお願い申し上げます", "opt_out", None),
    ("携帯電話へのご案内は、以後ご辞退申し上げます", "opt_out", None),
    # "I am not that person", the copula negated in dialect: a wrong number, over the stop
    # beside it.
    ("おらその人でねえ。もう送んねでけろ", "wrong_number", None),
    ("うちはその人とちゃうで、もう送らんといて", "wrong_number", None),
    ("宛名の人じゃなかばい。送らんでよか", "wrong_number", None),
    ("I am not that person. Stop texting me", "wrong_number", None),
    # A carer or a care home relaying a payment, in honorific or reported form; 相談員 is a
    # title, not a request.
    ("ケアマネの者です。利用者の佐藤さん、息子さんが金曜日にお支払いになるそうです", "payment_promise", date(2026, 12, 4)),
    ("生活相談員の山本です。ご家族が月末に入金されるとのことでした", "payment_promise", date(2026, 12, 31)),
    ("訪問介護のヘルパーです。ご本人の娘さんが先週納付されたと聞いています", "already_paid", None),
    ("お支払いになったかどうか確認してください", "consultation_request", None),
    ("給料が振り込まれたら払います", "payment_promise", None),
    # A kana verb stem inside another word (うちのばあさん is no のばす).
    ("うちのばあさんの分なんだけど、これ本物なの?", "authenticity_check", None),
    # っけ before an assertive particle is a plain past (Tohoku, Shizuoka); alone with ? it asks.
    ("こないだコンビニで払ってきたっけさ", "already_paid", None),
    ("振り込んだっけぞ", "already_paid", None),
    ("もう払ったっけ?", "consultation_request", None),
    # Bafflement said casually with nothing named is a reaction; asked politely, a question.
    ("え?なにこれ、わけわかんない", "other", None),
    ("意味がわかりません、何の税金ですか", "consultation_request", None),
    # Able to pay, past: paid.
    ("アプリで無事に払えました", "already_paid", None),
])
def test_the_kinds_of_miss_seen_in_sets_33_to_35(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# The stop audit: opt-outs written for this test, in words the reader had not seen —
# circumlocutions, letter and business style, dialects, scripts, English, and stops beside
# other content. Each is heard by the rules, whatever the model guesses.
STOP_AUDIT = [
    # polite and indirect circumlocutions
    "今後こうした通知はご無用です",
    "以降のご連絡は不要でございます",
    "この種のショートメッセージは今後ご遠慮願います",
    "携帯へのご案内は差し控えていただけますでしょうか",
    "今後のSMSでのお知らせは結構です",
    "SMSによる督促はお断りいたします",
    "今後は郵送だけでお願いします",
    "御市の連絡先リストから私を外してください",
    "この番号を送信先から削除してください",
    "今後、この携帯番号宛ての送信はおやめください",
    "以後、ショートメールでの通知は不要と存じます",
    "お知らせの受け取りを辞退いたします",
    "メッセージの配信対象から除外してください",
    "今後一切のご連絡はご遠慮いただきたく存じます",
    "SMSでのお知らせは必要ございませんので停めてください",
    "携帯に通知が来ないよう設定をお願いします",
    "電話番号を名簿から抹消してください",
    "このショートメールの送付を停止願いたい",
    # business and old-fashioned letter style
    "拝啓 時下ますますご清栄のこととお慶び申し上げます。さて、携帯電話へのご通知は今後ご辞退申し上げます。敬具",
    "弊社代表番号へのショートメッセージ送付は今後お控え願います",
    "当方への電子メッセージの送付は御遠慮下さい",
    "今後この番号にはメッセージを送付しないようお願い申し上げます",
    "恐れ入りますが、本携帯への連絡は以後無用に願います",
    "今後のご案内は書面のみにて頂戴したく存じます",
    # dialects
    "こげなもん、もう送らんでつかあさい",
    "もう寄越さんといてぇな",
    "メールはもう要らんばい",
    "連絡はもうせんでよかけん",
    "もう送んねでけろ",
    "そんなん送らんでええがな",
    "お知らせはもうおくらんでちょうだいね",
    "もう送らんでちょ",
    "メールはもうええで。止めといて",
    "そんなメールはもういらんさー",
    "送らんでくれんね",
    "通知はもうしまいにしてけろ",
    "お知らせ、もう止めてけれ",
    "二度と送ってこんといて",
    "もう送らんでもろてええ?",
    # scripts
    "もう おくらないで ください",
    "ﾂｳﾁ ﾌﾖｳﾃﾞｽ",
    "ハイシンテイシ",
    "モウ オクラナイデ",
    "mou okuranaide kudasai",
    "haishin teishi shite kudasai",
    "renraku fuyou desu",
    "SMS iranai",
    # English
    "please remove this number",
    "no more texts please",
    "don't contact me again",
    "Please stop messaging this phone",
    "Take me off your list",
    "I do not wish to receive further messages",
    "Kindly cease all communication to this number",
    "Do not text this number anymore",
    "Please delete my number from your system",
    # a stop beside something else
    "来週払います。なお、今後はSMSでの連絡はご遠慮ください",
    "詐欺かもしれないので、もう送らないで",
    "分割の相談をしたいです。あとSMSの配信は止めてください",
    "ありがとうございました。でも今後メッセージは不要です",
    "納付済みです。以降この種の通知は無用に願います",
    "払います、けどこの番号にはもう送信しないでね",
    "連絡は手紙でお願いします。携帯にはいりません",
    "お知らせメールの受信を止めたいです",
    "もう勘弁してください、メッセージは結構です",
    "LINEもSMSも今後は送信不要",
]


@pytest.mark.parametrize("text", STOP_AUDIT)
def test_stop_audit_every_opt_out_is_heard(text):
    assert classify(text, WED).label == "opt_out"
    assert classify(text, WED, model=_ConsultModel()).label == "opt_out"


@pytest.mark.parametrize("text,label", [
    # Something else said to be unneeded: no answer, a receipt, paper, a resend.
    ("返信不要です", "other"),
    ("返信は不要でしたよね", "other"),
    ("領収書は不要です、もう払いました", "already_paid"),
    ("紙の領収書は不要です。月末に払います", "payment_promise"),
    ("通知書の再送は不要です。来週払います", "payment_promise"),
    ("納付書はいりません、スマホで払えました", "already_paid"),
    ("No need to reply, I paid yesterday", "already_paid"),
    # Asked NOT to stop, or to resume.
    ("止めないでください、助かってます", "other"),
    ("don't stop sending these, they help", "other"),
    ("Please keep the reminders coming", "other"),
    ("止めてたお知らせ、また届くようにしてほしい", "other"),
    ("停止を取り消したいです", "other"),
    ("配信を再開してください", "other"),
    ("please resume the texts", "other"),
    # Acknowledgements and courtesies.
    ("了解です、送付ありがとうございました", "other"),
    ("配信ありがとうございます、助かります", "other"),
    ("今後ともよろしくお願いします", "other"),
    # Something other than our messages stopped, declined or complained of.
    ("ご迷惑をおかけしてすみません、来週払います", "payment_promise"),
    ("手数料不要の払い方はありますか", "consultation_request"),
    ("遠慮なく電話してください", "consultation_request"),
    ("差し押さえは止めてください", "consultation_request"),
    ("口座振替を停止したいです", "consultation_request"),
    ("延滞金の請求は勘弁してください", "consultation_request"),
    ("引き落としを止めてしまったので、振込で払います", "payment_promise"),
    ("うるさいな、わかったよ払うよ", "payment_promise"),
    ("もう二度と滞納しません、明日払います", "payment_promise"),
    ("I'll stop by the office tomorrow to pay", "payment_promise"),
    ("Don't worry, I paid it", "already_paid"),
    ("送金は昨日済ませました", "already_paid"),
    ("送ってもらった書類がまだ届きません", "consultation_request"),
    ("もう少し待ってください", "consultation_request"),
    ("支払いはもう不要ですか", "consultation_request"),
    ("お断りの連絡をするつもりはありません、払います", "payment_promise"),
])
def test_stop_audit_what_is_not_a_stop(text, label):
    assert classify(text, WED).label == label


# Sets 36–38's misses as classes, in new words: the humble causative of paying is a promise
# and the polite past with ら a condition; English business verbs of paying (remit, wire);
# 済ませ said of a procedure is no payment; paid in humble progressive forms, and the arrears
# named as the topic are this bill; the address said mistaken in noun form, or never having
# lived in the city, is a wrong number; a stop's procedure undone or the messages restored
# (元どおり) is a resume; a question about our messages, or paper asked for as well, needs staff.
@pytest.mark.parametrize("text,label,when", [
    ("年金が入りましたら全額お支払いさせていただきます", "payment_promise", None),
    ("来月10日に納付させていただきます", "payment_promise", date(2027, 1, 10)),
    ("月末に振り込みましたら改めてご連絡いたします", "payment_promise", date(2026, 12, 31)),
    ("主人の給料が出ましたら、すぐ納めます", "payment_promise", None),
    ("We shall remit the balance next Friday.", "payment_promise", date(2026, 12, 11)),
    ("Our accounts team will wire the amount on the 20th", "payment_promise", date(2026, 12, 20)),
    ("The full amount was remitted yesterday by our finance department.", "already_paid", None),
    ("転出届は九月に済ませてありますが、どうして請求が届くのですか", "consultation_request", None),
    ("バイクの名義変更を済ませたのに、なぜ私宛てに税金が来るのでしょう", "consultation_request", None),
    ("支払いは先週済ませております", "already_paid", None),
    ("先月二十日に全額お支払いいたしております", "already_paid", None),
    ("既に銀行から振り込んでおります。ご確認ください", "already_paid", None),
    ("母の未納分は、後見人の私が昨日窓口で納めました。ご確認願います", "already_paid", None),
    ("延滞分につきましては先週振り込みました", "already_paid", None),
    ("送信先のお誤りではないかと存じます", "wrong_number", None),
    ("貴町に居住したことは一度もございません。何かのお間違いでは", "wrong_number", None),
    ("配信停止の設定を解除して、元通りメッセージを受け取れるようにしてください", "other", None),
    ("停止の申請を撤回させてください", "other", None),
    ("今後も従来どおり郵便でお願いします。携帯への送信は止めてください", "opt_out", None),
    ("このSMSは今後も届くのでしょうか", "consultation_request", None),
    ("郵送でも送ってもらえますか", "consultation_request", None),
    ("このショートメールは本物でしょうか", "authenticity_check", None),
])
def test_the_kinds_of_miss_seen_in_sets_36_to_38(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


def test_a_resume_in_formal_words_is_an_opt_in():
    result = classify("停止の申請を撤回させてください", WED)
    assert (result.label, result.opt_in) == ("other", True)


# The stop audit, round two: indirect stops as elderly and business writers put them —
# limiting (今回限り, これきり, 以降は不要), redirecting (書面のみ), declining (辞退, 見合わせ),
# no need (必要ございません), complaints that imply stopping, polite questions, letter style,
# dialect, scripts and English business style. Written before the reader was changed (56 of
# these 65 heard then, 40 by the rules alone); each is now heard by the rules, whatever the
# model guesses: a lexicon of limiting and declining predicates said of our messages or of
# this phone.
STOP_AUDIT_2 = [
    "このようなお知らせは今回限りにしてください",
    "ショートメールでのご連絡はこれきりにしていただきたい",
    "こちらの携帯への通知はこれで最後にしてもらえますか",
    "以降、この番号へのご案内は不要です",
    "今回をもちまして、携帯へのご連絡は終わりにしていただけますか",
    "メッセージは今回で最後にしてくださいね",
    "こういう連絡、これっきりにしてな",
    "SMSでの督促は今回限りでお願いいたします",
    "次回からはこちらへのお知らせは要りません",
    "当方へのご通知は本日限りとしていただけますと幸いです",
    "携帯宛ての案内は今後なしでお願いします",
    "今後は書面でのご連絡のみでお願いいたします",
    "今後のご連絡は郵送のみとしてください",
    "以後は会社宛てに郵便でお送りください。携帯へのメッセージは不要です",
    "連絡は今後すべて書面にてお願い申し上げます。ショートメールはご遠慮ください",
    "これからは手紙だけにしてもらえんやろか",
    "今後は税理士事務所宛てにのみご送付ください。本人の携帯への送信はお控えください",
    "携帯電話へのご連絡は辞退させていただきます",
    "今後のSMSによるご案内はご遠慮申し上げます",
    "この番号への配信は控えていただけますか",
    "ショートメッセージでのご通知は見合わせていただけませんでしょうか",
    "今後、携帯への督促連絡は差し控えていただきたく、お願い申し上げます",
    "ご案内のメールは謹んでご辞退いたします",
    "こちらへのお便りは以後お控え願えませんか",
    "メッセージの送付はご遠慮いただけますでしょうか",
    "携帯へのお知らせは必要ございません",
    "このような通知はもう結構でございます",
    "こちらにショートメールは要りませんので",
    "お知らせは今後いっさい不要でございます",
    "SMSでのご案内はもうご不要に存じます",
    "このご連絡は私には必要ありませんので今後はなしで",
    "毎回迷惑です、今後は送らないでいただきたい",
    "夜中に届いて迷惑しています。以後この番号へのお知らせはやめてください",
    "仕事中に何度も来て困ります。携帯への連絡はご遠慮ください",
    "こういうメッセージ、正直迷惑なんで今後はいいです",
    "お知らせを止めていただくことはできますでしょうか",
    "この番号への送信を停止していただけますか",
    "ショートメールの配信をやめてもらうことは可能ですか",
    "通知を受け取らないようにしていただけませんか",
    "携帯への連絡をストップしていただけないでしょうか",
    "メッセージを送らないでいただくことは願えませんか",
    "拝啓 貴課ますますご清祥のこととお喜び申し上げます。誠に恐縮ながら、携帯電話へのご連絡は本状をもって最後としていただきたく、お願い申し上げます。敬具",
    "謹啓 平素より格別のご高配を賜り厚く御礼申し上げます。つきましては、今後当職宛てのショートメッセージは御無用に願いたく存じます。謹白",
    "前略 携帯電話への督促のご連絡は、以後お取りやめいただきますようお願い申し上げます。草々",
    "本人に代わりまして申し上げます。本人の携帯へのご連絡は今後お控えくださいますようお願いいたします",
    "こげな知らせ、もうええけん送らんといて",
    "もう連絡せんでええき",
    "携帯にはもうよこさんでいいっちゃ",
    "こういうのはもう要らんけぇ止めちゃって",
    "お知らせはもうええわ、止めたってや",
    "もうメール来んようにしてくれんね",
    "おしらせは もう いりません",
    "ツウチハ モウ ケッコウデス",
    "konkai kagiri ni shite kudasai",
    "oshirase wa fuyou desu",
    "Kindly refrain from sending further messages to this number",
    "Please discontinue these text notifications",
    "We no longer wish to receive SMS notices at this number",
    "Please direct all future correspondence to our office by post and cease texting this phone",
    "We would appreciate it if you could stop sending reminders to this mobile",
    "This number should be removed from your mailing list",
    "Please refrain from contacting this number going forward",
    "Could you please stop texting me?",
    "I would prefer not to be contacted by text",
    "Kindly unsubscribe this number from your notifications",
]


@pytest.mark.parametrize("text", STOP_AUDIT_2)
def test_stop_audit_round_two_every_opt_out_is_heard(text):
    assert classify(text, WED).label == "opt_out"
    assert classify(text, WED, model=_ConsultModel()).label == "opt_out"


# …and what only looks like one: something else limited or declined, paper asked for as
# well, resumes, no reply needed, questions about the notice.
@pytest.mark.parametrize("text,label", [
    ("今回限りの分割をお願いできますか", "consultation_request"),
    ("今回限りということで、月末に払います", "payment_promise"),
    ("延滞はこれきりにします。明日払います", "payment_promise"),
    ("これで最後の支払いになります。昨日振り込みました", "already_paid"),
    ("書面でも送ってください", "consultation_request"),
    ("念のため郵送でも納付書を送ってください", "consultation_request"),
    ("会社宛てにも請求書を送っていただけますか", "consultation_request"),
    ("以前停止をお願いしましたが、やはりお知らせを再開していただけますか", "other"),
    ("停止したSMSを元どおり受け取れるようにしてください", "other"),
    ("配信停止を取り消していただけますでしょうか", "other"),
    ("Please resume sending the reminders to this number", "other"),
    ("お知らせが来なくなって困っています。また送ってください", "other"),
    ("返信不要とのことですが、念のため。昨日払いました", "already_paid"),
    ("ご返答は不要でございます。月末に納付いたします", "payment_promise"),
    ("領収書のご送付は必要ございません", "other"),
    ("控えは要りません、ありがとうございます", "other"),
    ("このお知らせは毎月届くのでしょうか", "consultation_request"),
    ("この通知はいつまで来るのですか", "consultation_request"),
    ("このメッセージに返信する必要はありますか", "consultation_request"),
    ("このお知らせは何の税金のことですか", "consultation_request"),
    ("遠慮なくご連絡ください", "consultation_request"),
    ("ご案内ありがとうございました。今回限りで完納です", "already_paid"),
    ("お気遣いは結構でございます。来週振り込みます", "payment_promise"),
    ("ご辞退の件は承知しました", "other"),
    ("迷惑をおかけしました。本日納付いたしました", "already_paid"),
    ("督促状は要りません、今週中に払います", "payment_promise"),
    ("差し押さえは見合わせていただけませんか", "consultation_request"),
    ("延滞金の請求は控えていただけませんか", "consultation_request"),
    ("お知らせありがとうございます、助かります。これからもお願いします", "other"),
    ("Please also send a paper copy of the notice", "consultation_request"),
    ("No need to call, I will pay on Friday", "payment_promise"),
    ("Kindly refrain from charging the late fee, we paid yesterday", "already_paid"),
])
def test_stop_audit_round_two_what_is_not_a_stop(text, label):
    assert classify(text, WED).label == label


# Sets 39–41's misses, as classes, each in words the sets do not use: the humble past of
# paying (てまいりました) and a payment seen done (引き落としを確認済み) are paid; any payer
# settling or clearing, in English, is paid; a prank or a fake asked with a negated copula
# (ではございませんか) and a humble not-knowing (存じませんでした) doubt the sender; instalments
# in any numeral or counter, and whether a way of paying is possible, need staff.
@pytest.mark.parametrize("text,label,when", [
    ("令和六年度分は郵便局の窓口で納付して参りました", "already_paid", None),
    ("先週、長男が銀行で振り込んでまいりました", "already_paid", None),
    ("手続きとあわせて支払いも済ませてまいりました", "already_paid", None),
    ("口座振替の件、入金の記録をネットバンクにて確認いたしました", "already_paid", None),
    ("振込の完了を通帳で確認しております", "already_paid", None),
    ("My daughter cleared the balance at the convenience store on Monday.", "already_paid", None),
    ("The outstanding amount was settled in full last week.", "already_paid", None),
    ("市役所が携帯に連絡してくるなど存じ上げませんでした。偽物じゃないんですか", "authenticity_check", None),
    ("架空の請求ではないでしょうか", "authenticity_check", None),
    ("これ悪戯やないか?", "authenticity_check", None),
    ("二か月に分けて納めることは可能でしょうか", "consultation_request", None),
    ("何回かにわけて支払うことはできますか", "consultation_request", None),
    ("数回に分けてのお振込みでもよろしいでしょうか", "consultation_request", None),
    ("口座振替にすることはできますか", "consultation_request", None),
    # Near misses: a check asked for, a debit not seen, a promise in English.
    ("引き落としを確認してください", "consultation_request", None),
    ("We will settle the balance next Friday", "payment_promise", date(2026, 12, 11)),
])
def test_the_kinds_of_miss_seen_in_sets_39_to_41(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)



# Set 42's misses, each a class, in new words: a stop in Chinese (simplified or traditional),
# a bare imperative after a threat or a reason, a scam named in Spanish, Vietnamese, Chinese,
# Portuguese or Tagalog, and おさめる left in kana.
@pytest.mark.parametrize("text,label,when", [
    ("以后别再给我发这种信息了", "opt_out", None),
    ("不用再发了，谢谢", "opt_out", None),
    ("請勿再傳簡訊到這個號碼", "opt_out", None),
    ("退订", "opt_out", None),
    ("警察に言うぞ。とっとと止めろ", "opt_out", None),
    ("しつこいけん、もうやめれ", "opt_out", None),
    ("¿Esto es una estafa?", "authenticity_check", None),
    ("Tin nhắn này có phải lừa đảo không?", "authenticity_check", None),
    ("这是诈骗吧？", "authenticity_check", None),
    ("Parece fraude. Quem mandou isso?", "authenticity_check", None),
    ("peke ba ito?", "authenticity_check", None),
    ("せんしゅう ぎんこうで おさめました", "already_paid", None),
    ("あした コンビニで おさめます", "payment_promise", date(2026, 12, 3)),
    # Near misses: an invoice or a temper is no sending; a stop in a clause is no bare imperative.
    ("发票收到了，谢谢", "other", None),
    ("払うのをやめろと言われても明日払います", "payment_promise", date(2026, 12, 3)),
])
def test_the_kinds_of_miss_seen_in_set_42(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Stops in humble and honorific words (two of sets 37 and 40 were heard only with the model's
# help), and set 42's stops: heard by the rules alone, whatever the model guesses.
@pytest.mark.parametrize("text", [
    "携帯へのお知らせは望みません",
    "SMSによるご案内は希望致しません。",
    "今後、当方へのご連絡はなさらないようお願い申し上げます",
    "この番号へのメッセージは以後されないよう願います",
    "别再发了",
    "請勿再傳簡訊到這個號碼",
    "スクショして晒すぞ、止めろや",
])
def test_stops_in_humble_honorific_chinese_or_imperative_words_need_no_model(text):
    assert classify(text, WED, model=_ConsultModel()).label == "opt_out"


@pytest.mark.parametrize("text", [
    "分割払いは希望いたしません。来週まとめて払います",
    "連絡が遅れないようお願いします",
    "支払いが滞らないよう気をつけます",
])
def test_humble_words_said_of_something_else_are_no_stop(text):
    # The rules' verdict (the shipped model may still guess a stop, flagged: recall first).
    assert classify(text, WED, model=_ConsultModel()).label != "opt_out"


# Set 43's misses, each a class, in new words: the labels in residents' other languages
# (Korean, Indonesian, Thai, Vietnamese, Spanish, Portuguese, Filipino, Nepali in romaji); a
# stop already asked for and said again; our messages declined in honorific forms, 送んな, and
# 次からは結構 alone, stretched (でーす) too; paper declined with our messages wanted (no stop,
# and `other` since session 12); a 令和 date written R9.2.10; ずに済む (got by without) is no payment.
@pytest.mark.parametrize("text,label,when", [
    ("더 이상 문자 보내지 마세요", "opt_out", None),
    ("어제 납부했어요", "already_paid", None),
    ("번호 잘못 보내셨어요", "wrong_number", None),
    ("이거 보이스피싱이죠?", "authenticity_check", None),
    ("분할로 낼 수 있나요?", "consultation_request", None),
    ("Mohon jangan hubungi saya lagi", "opt_out", None),
    ("Saya sudah transfer tadi pagi", "already_paid", None),
    ("Maaf, salah nomor", "wrong_number", None),
    ("Apakah ini penipuan?", "authenticity_check", None),
    ("Boleh dicicil?", "consultation_request", None),
    ("หยุดส่งข้อความได้ไหม", "opt_out", None),
    ("Xin đừng gửi tin nhắn nữa", "opt_out", None),
    ("Tôi đã thanh toán rồi", "already_paid", None),
    ("Por favor dejen de enviarme mensajes", "opt_out", None),
    ("Ya pagué la semana pasada", "already_paid", None),
    ("¿Puedo pagarlo a plazos?", "consultation_request", None),
    ("Por favor não me mandem mais mensagens", "opt_out", None),
    ("Já paguei ontem na loja", "already_paid", None),
    ("Wag na po kayo mag text dito", "opt_out", None),
    ("sms napathaunus", "opt_out", None),
    ("ストップと返信したのに、まだ届きます", "opt_out", None),
    ("やめてと頼んだでしょう", "opt_out", None),
    ("今後はメッセージをお送りくださらないようお願いします", "opt_out", None),
    ("もう送んないでよ", "opt_out", None),
    ("これからはもう結構っす", "opt_out", None),
    ("今後はけっこうでーす", "opt_out", None),
    ("はがきの通知はもういらないので、携帯へのお知らせだけでお願いします", "other", None),
    ("R8.12.20までに払います", "payment_promise", date(2026, 12, 20)),
    ("令和9年1月5日に払います", "payment_promise", date(2027, 1, 5)),
    # Near misses: our messages declined for paper is a stop; nothing paid when nothing was late.
    ("SMSでの連絡はやめて、郵送にしてください", "opt_out", None),
])
def test_the_kinds_of_miss_seen_in_set_43(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Heard only with the model's help in set 43, now by the rules alone: a service cancelled,
# the number blocked or filtered as spam, our messages not accepted, メッセ, これ止めて〜.
@pytest.mark.parametrize("text,label", [
    ("通知サービス、解約希望です", "opt_out"),
    ("この番号は着信拒否に設定しました", "opt_out"),
    ("迷惑メールに登録しておきます", "opt_out"),
    ("こういうメールは今後受け付けません", "opt_out"),
    ("メッセはもういりません", "opt_out"),
    ("それ止めて〜", "opt_out"),
    ("メールでの申請は受け付けないのですか？", "consultation_request"),
    ("着信拒否されているのか電話がつながりません", "consultation_request"),
])
def test_blocking_filtering_and_cancelling_are_stops_by_the_rules_alone(text, label):
    assert classify(text, WED, model=_ConsultModel()).label == label


def test_got_by_without_is_no_payment():
    assert classify("このSMSのおかげで延滞せずに済んでます", WED).label != "already_paid"


# Sets 44 and 45's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # Set 45: only a date as the answer; the office's number doubted; a payment only as what
    # could not be; talking it over with family; this number not to be used; our messages
    # not needed; paying again; paid, and a check for a double payment; how to stop asked;
    # our messages stopped in the conjunctive.
    ("来週の水曜", "payment_promise", date(2026, 12, 9)),
    ("25日", "payment_promise", date(2026, 12, 25)),
    ("🙏あさって", "payment_promise", date(2026, 12, 4)),
    ("明日は雨ですね", "other", None),
    ("この電話番号、区役所のものではないですよね？", "authenticity_check", None),
    ("払えるものなら、もう払ってるって", "consultation_request", None),
    ("娘とも相談して、月末に振り込みます", "payment_promise", date(2026, 12, 31)),
    ("機種変更で番号が変わるので、この番号はもう使わないでください", "opt_out", None),
    ("Please stop using this number, it will be cancelled next week", "opt_out", None),
    ("もうお知らせは来なくて大丈夫です", "opt_out", None),
    ("引き落としができなかったので、明日払い直します", "payment_promise", date(2026, 12, 3)),
    ("先週納付しました。二重払いになっていないか見てもらえますか", "already_paid", None),
    ("この通知、止める方法を教えてください", "opt_out", None),
    ("携帯へのメール送信は中止し、書面でご連絡ください", "opt_out", None),
    # Set 44: each label in residents' other languages, with its date.
    ("明天一定去交", "payment_promise", date(2026, 12, 3)),
    ("下周三会去便利店缴费", "payment_promise", date(2026, 12, 9)),
    ("내일 낼게요", "payment_promise", date(2026, 12, 3)),
    ("Voy a pagar el viernes", "payment_promise", date(2026, 12, 4)),
    ("Pagarei dia 15", "payment_promise", date(2026, 12, 15)),
    ("Ngày 20/12 em sẽ đóng", "payment_promise", date(2026, 12, 20)),
    ("Babayaran ko bukas", "payment_promise", date(2026, 12, 3)),
    ("Saya akan bayar besok", "payment_promise", date(2026, 12, 3)),
    ("จะไปจ่ายวันนี้ค่ะ", "payment_promise", date(2026, 12, 2)),
    ("我已经付了", "already_paid", None),
    ("Đã nộp rồi", "already_paid", None),
    ("จ่ายแล้วค่ะ", "already_paid", None),
    ("Nabayaran ko na kahapon", "already_paid", None),
    ("你们打错了", "wrong_number", None),
    ("ผ่อนได้ไหมคะ", "consultation_request", None),
    ("No quiero recibir más mensajes", "opt_out", None),
    # Japanese that shares their characters stays Japanese: 以前交付された is no promise.
    ("以前交付された納付書が見つかりません", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_44_and_45(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Japanese that shares a character with the Chinese date words stays Japanese: 週 in 来週日曜
# and 週一 (once a week), 号 in a room or a block number.
@pytest.mark.parametrize("text,label,when", [
    ("来週日曜に払います", "payment_promise", date(2026, 12, 13)),
    ("今週日曜に払います", "payment_promise", date(2026, 12, 6)),
    ("2号棟の者です。明日払います", "payment_promise", date(2026, 12, 3)),
    ("3号室の者です。週一で通う銀行で払います", "payment_promise", None),
])
def test_japanese_beside_the_chinese_date_words_stays_japanese(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


@pytest.mark.parametrize("text", ["ကျေးဇူးတင်ပါတယ်", "धन्यवाद", "잘 모르겠어요", "ฉันไม่เข้าใจ"])
def test_the_model_never_guesses_in_a_script_it_never_learnt(text):
    """A Thai promise was read as a stop by the model: in scripts it was not trained on, only
    the rules decide, and the rest is `other`, flagged for staff."""
    result = classify(text, WED, model=_StopModel())
    assert result.label == "other" and result.confidence < 0.6


# Sets 46–48's misses (set 46 had none), each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    ("これ、いつになったら終わるの？もういいんだけど", "opt_out", None),
    ("Cut it out with these messages", "opt_out", None),
    ("I'm sick of these texts", "opt_out", None),
    ("母はもうこの携帯に連絡してほしくないと言っています", "opt_out", None),
    ("今後、本件のSMSはご放念ください", "opt_out", None),
    ("停shi", "opt_out", None),
    ("てーしで おねがい", "opt_out", None),
    ("めーるは もう おぐらねでけれ", "opt_out", None),
    ("どちら様宛てのメッセージですか？心当たりがございません", "wrong_number", None),
    ("今回の分は納付済みです。次の分も月末に払います", "already_paid", None),
    ("区役所ってショートメールで催促してくるんですか？", "authenticity_check", None),
    ("月末に払います。すみません、訂正です、20日で", "payment_promise", date(2026, 12, 20)),
    ("再来週の月曜、じゃなくて水曜に払います", "payment_promise", date(2026, 12, 16)),
    ("Can't do it on Monday, will pay Tuesday instead", "payment_promise", date(2026, 12, 8)),
    ("We'll get the balance paid by Friday", "payment_promise", date(2026, 12, 4)),
    ("The transfer will be processed on Monday.", "payment_promise", date(2026, 12, 7)),
    ("らいしゅうの金曜に ぎんこうさ おさめに いぐ", "payment_promise", date(2026, 12, 11)),
    # Near misses: a date not ruled out stays; an amount one has no idea of is the bill's.
    ("Not later than Friday, I promise to pay", "payment_promise", date(2026, 12, 4)),
    ("この金額には心当たりがありません", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_46_to_48(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


def test_a_resume_with_a_comma_before_it_is_an_opt_in():
    result = classify("止めてた通知、再開してもらえますか", WED, model=_StopModel())
    assert (result.label, result.opt_in) == ("other", True)


# Sets 49–51's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # An heir or a settled inheritance beside a payment; a procedure done is no payment; a
    # failed debit then paid another way; an instalment plan acknowledged, then a promise.
    ("父の相続が片付いたので、今月中に払います", "payment_promise", date(2026, 12, 31)),
    ("相続した姉が毎年払っています", "already_paid", None),
    ("廃車の届出は済んでます。なぜまだ請求が来るのですか", "consultation_request", None),
    ("口座から引き落とせなかったので、翌日コンビニで払いました", "already_paid", None),
    ("分割の件、承知しました。一回目は金曜に払います", "payment_promise", date(2026, 12, 4)),
    # Only a date, of any form, as the whole answer.
    ("来月5日で", "payment_promise", date(2027, 1, 5)),
    ("20日か25日", "payment_promise", date(2026, 12, 25)),
    ("こんしゅうちゅう", "payment_promise", date(2026, 12, 6)),
    ("tomorrow", "payment_promise", date(2026, 12, 3)),
    ("sorry, tomorrow I pay", "payment_promise", date(2026, 12, 3)),
    ("I'll pay on 28/12, thanks", "payment_promise", date(2026, 12, 28)),
    ("Will transfer on the 10th of next month", "payment_promise", date(2027, 1, 10)),
    # Who? alone, and 違います first, answer a message naming someone else; 誰ですか asks who sends it.
    ("だれそれ", "wrong_number", None),
    ("違いますよ。配信停止で", "wrong_number", None),
    ("誰ですか？", "authenticity_check", None),
    # Stops: receiving undone, 不要 alone, quit texting, no need to send, don't need SMS.
    ("お知らせの受信をやめたい", "opt_out", None),
    ("もう不要です", "opt_out", None),
    ("Quit messaging me", "opt_out", None),
    ("no need sending sms to me", "opt_out", None),
    ("I don't need these texts anymore", "opt_out", None),
    # Near misses: no need to reply is no stop; it should have been debited is paid.
    ("No need to reply, I will pay on Friday", "payment_promise", date(2026, 12, 4)),
    ("The tax should have been deducted from my salary", "already_paid", None),
    ("We can make the payment next Friday", "payment_promise", date(2026, 12, 11)),
])
def test_the_kinds_of_miss_seen_in_sets_49_to_51(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 52–54's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # Stop-like words that stop nothing of ours, before a promise or beside a question.
    ("分割払いは不要です。来週の月曜に全額払います", "payment_promise", date(2026, 12, 7)),
    ("振込用紙の再送はいりません。明日払います", "payment_promise", date(2026, 12, 3)),
    ("引き落としを解除したので、今月中に窓口で払います", "payment_promise", date(2026, 12, 31)),
    ("No more cash till Friday, I will pay then", "payment_promise", date(2026, 12, 4)),
    ("「停止」と送ったら本当に止まるんですか？詐欺じゃないですよね", "authenticity_check", None),
    ("だいぶ払ったはずですが、残りはいくらですか", "consultation_request", None),
    ("ご丁寧に教えていただいてありがとうございます", "other", None),
    ("私は昨年退職して収入がありません", "consultation_request", None),
    ("その社員は昨年異動しました", "wrong_number", None),
    ("スパムですか", "authenticity_check", None),
    # Speech recognition and typing slips: what the writer meant.
    ("来週中に祓いますまる", "payment_promise", date(2026, 12, 13)),
    ("鷺じゃないのはてな", "authenticity_check", None),
    ("京中に振り込みます", "payment_promise", date(2026, 12, 2)),
    ("みっかごに はらいます", "payment_promise", date(2026, 12, 5)),
    ("こんしゅうちゆうに はらいます", "payment_promise", date(2026, 12, 6)),
    ("低止して", "opt_out", None),
    ("もう贈ってこないで", "opt_out", None),
    ("連絡はお引かえください", "opt_out", None),
    ("おくるの やめてくだしあ", "opt_out", None),
    ("メールは留めてください", "opt_out", None),
    ("Stoppp", "opt_out", None),
    ("unsubcribe", "opt_out", None),
    ("停止 停止", "opt_out", None),
    ("no more txt", "opt_out", None),
    ("じゅしんきょひ で", "opt_out", None),
    # A resume, its verb in kana: an opt-in, never a stop.
    ("とめてた おしらせ また おくってください", "other", None),
])
def test_the_kinds_of_miss_seen_in_sets_52_to_54(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 55–57's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    ("人ちがいじゃないけど、この携帯にはもう送らないで", "opt_out", None),
    ("ほんとに町役場だが？だば明日納めさ行ぐ", "payment_promise", date(2026, 12, 3)),
    ("市は金ばっかり取って何もしてくれない", "other", None),
    ("国保って口座から引き落とされてるんじゃないんですか？", "consultation_request", None),
    ("運転中なんで後で確認します", "other", None),
    ("なんでまた届くんですか？", "consultation_request", None),
    ("退職金から天引きされているはずです", "already_paid", None),
    ("今月末までに完納いたします", "payment_promise", date(2026, 12, 31)),
    ("昨年完納しております", "already_paid", None),
    ("夫に相談したところ、偽物だと言われました。本当に区役所ですか", "authenticity_check", None),
    ("メールはいらねえよ", "opt_out", None),
    ("I haven't received any payment slip, what should I do?", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_55_to_57(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)

# Sets 58–60's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # Western Japan's past without the small っ: paid.
    ("おかんがもう払たって", "already_paid", None),
    ("コンビニで払てきたで", "already_paid", None),
    # Money put in: the promise, and its past.
    ("月末までに口座に入れときます", "payment_promise", date(2026, 12, 31)),
    ("きのう入れといたで", "already_paid", None),
    # Paying decided.
    ("姉と話して、金曜に納めることになりました", "payment_promise", date(2026, 12, 4)),
    # The polite past progressive: paid; a habit that ended is not.
    ("主人が先月払ってました", "already_paid", None),
    ("毎月払ってましたが今月は無理です", "consultation_request", None),
    # Not the one meant, formally.
    ("こちらは該当の者ではありません。", "wrong_number", None),
    # A death told beside a payment or a promise, or a move beside a doubt, asking nothing:
    # what the reply says. A death beside a doubt stays a consultation (README, Decisions).
    ("祖母が亡くなる前に窓口で払ったそうです", "already_paid", None),
    ("亡くなった父の分は、手続きが落ち着いたら私が払います", "payment_promise", None),
    ("母は三年前に他界しております。本当に市役所からのメールですか", "consultation_request", None),  # see README
    ("転居したのに前の市から届くのは変です。本物ですか", "authenticity_check", None),
    # …but a death told alone, or with a question, needs staff.
    ("祖父は昨年亡くなりました", "consultation_request", None),
    ("父が亡くなったのですが、誰が払えばいいですか", "consultation_request", None),
    # A promise asking only for assent.
    ("I'll pay this Friday, ok?", "payment_promise", date(2026, 12, 4)),
    ("Can I pay next month, ok?", "consultation_request", None),
    # Thanks for help given.
    ("祖母の件では色々とお世話になりました。", "other", None),
])
def test_the_kinds_of_miss_seen_in_sets_58_to_60(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 61–63's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # A month then 分 is a bill's period, not a when; 分けて is splitting.
    ("先月分は20日に振り込みます", "payment_promise", date(2026, 12, 20)),
    ("4月分の税金、金曜に納めます", "payment_promise", date(2026, 12, 4)),
    ("来月分けて払ってもいいですか", "consultation_request", None),
    # The stop declined is no stop; a stop complained of still is.
    ("通知の停止はしません。来週払います", "payment_promise", date(2026, 12, 13)),
    ("配信停止しなくて大丈夫です、月末に払います", "payment_promise", date(2026, 12, 31)),
    ("いつまでたっても配信停止しませんね", "opt_out", None),
    ("配信停止はしませんか", "opt_out", None),
    # "What are you doing?", in dialect: a reaction.
    ("何しとるん？", "other", None),
    ("なにやってんの", "other", None),
    # This phone is not the person named, and the matter unknown.
    ("このスマホは山本さんのではありません。税金のことも知りません", "wrong_number", None),
    # The IME's 降り込み for 振り込み.
    ("明後日降り込みます", "payment_promise", date(2026, 12, 4)),
    # Chatter.
    ("今日は飲み会です🍻 役所の皆さんもお疲れさまー", "other", None),
    # Transferring, as one will have done it (LOO of set 62).
    ("月末にネットで振り込んどきます", "payment_promise", date(2026, 12, 31)),
    # The weather: small talk.
    ("そっちは雪降ってますか？今日は寒い天気ですね", "other", None),
    # Not paid, said: never the model's "paid" (its guess on dev set's まだ払っていません).
    ("まだ振り込んでないです", "other", None),
    # はいしん converted as 配心: a stop, by the rules alone (test_every_labelled_stop_…).
    ("配心の停止をしてください", "opt_out", None),
])
def test_the_kinds_of_miss_seen_in_sets_61_to_63(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 64–66's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # English with the Japanese way of paying as its verb, and "done" of a payment.
    ("We're gonna furikomi on Friday", "payment_promise", date(2026, 12, 4)),
    ("Transfer done yesterday", "already_paid", None),
    ("Payment completed at konbini", "already_paid", None),
    # The weekday, then the week.
    ("I'll transfer the money on Thursday next week", "payment_promise", date(2026, 12, 10)),
    # The slip said not to have come, in English.
    ("The bill still not arrived, pls resend", "consultation_request", None),
    # Grumbles and a message meant for one's family: nothing asked of staff.
    ("Greedy city hall, as usual", "other", None),
    ("Babe, pick up some bread on your way home", "other", None),
    # Paid as the instalment plan agreed says.
    ("分割計画のとおり、今回は15日に納めます", "payment_promise", date(2026, 12, 15)),
    # Deducted, as assumed, yet a reminder came, and asked about.
    ("給与から天引きされているはずなのに督促が来ました。どうなっていますか？", "consultation_request", None),
    # A paid question about something else leaves it paid.
    ("固定資産税は先月銀行で払っています。領収書の再発行はできますか", "already_paid", None),
    # Chugoku's progressive of 払う; the money taken to the office.
    ("もう払うちょるけえ", "already_paid", None),
    ("金曜に役所へお金持って行きます", "payment_promise", date(2026, 12, 4)),
    # 関係ない from one who moved: a dispute, not a wrong number.
    ("引っ越したからうちは関係ないでしょ。払いません", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_64_to_66(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 64–66's stops that only the model had heard: by the rules alone now.
@pytest.mark.parametrize("text", [
    "From now on, letters by mail only please. Not to this number.",
    "Reminders via post only",
    "お知らせの配信、解除お願いします",
])
def test_the_stops_of_sets_64_to_66_are_heard_by_the_rules_alone(text):
    assert classify(text, WED, model=_ConsultModel()).label == "opt_out"


# Sets 67–69's misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # Consulted by family, then a doubt: no request of staff.
    ("息子から相談を受けました。これは本物の市役所のメールですか", "authenticity_check", None),
    # A day without 日, straight before paying.
    ("20に振り込む", "payment_promise", date(2026, 12, 20)),
    ("5までに払います", "payment_promise", date(2026, 12, 5)),
    # A sentence that only checks it was understood, beside a promise.
    ("金曜に払います。仕事なんで。わかる?", "payment_promise", date(2026, 12, 4)),
    # Grumbles, a jab and an assumed refusal resented: nothing asked, the promise stands.
    ("また税金ばっかり増やして、役所は何してんだか", "other", None),
    ("Whatever, fine.", "other", None),
    ("明日払うよ。何回も同じこと送ってきてバカなの？", "payment_promise", date(2026, 12, 3)),
    ("月末に払います。払うつもりがないと思われるのは心外です", "payment_promise", date(2026, 12, 31)),
    # Who is that? Don't know them.
    ("誰、佐藤って？知らないんだけど", "wrong_number", None),
    ("佐藤さんって誰ですか？知らないです", "wrong_number", None),
    # Call me, as an order.
    ("電話よこせ。文字じゃわからん", "consultation_request", None),
    # Send them again, casually, after a stop: an opt-in.
    ("前に通知を停止したんですが、やっぱりまた送ってきてください", "other", None),
    # Who is really sending; what the city would never do.
    ("どこの会社ですか？市からの連絡とは思えません", "authenticity_check", None),
    ("区役所がショートメールなんか送ってくるわけない", "authenticity_check", None),
    # Small talk about the weather.
    ("寒くなりましたね。役所の皆さんも風邪に気をつけて", "other", None),
    # The western progressive, politely (LOO of set 69).
    ("先週郵便局で納めて、もう払っとります", "already_paid", None),
    ("ネットで振り込んどりますので", "already_paid", None),
])
def test_the_kinds_of_miss_seen_in_sets_67_to_69(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 70–72's one miss, a class, in new words: not known, humbly; the number one's own for
# years. A wrong number, before the stop beside it.
@pytest.mark.parametrize("text", [
    "山本様というお名前の方は存じ上げません。今後の送信はご遠慮ください",
    "当方は以前からこの携帯を使っております。この番号は5年前から家族が使っています",
])
def test_the_kind_of_miss_seen_in_sets_70_to_72(text):
    assert classify(text, WED).label == "wrong_number"


# Sets 73–75's stops that the rules had missed, by the rules alone now: the number's record
# deleted, receipt refused, blocked by the resident.
@pytest.mark.parametrize("text", [
    "携帯番号を名簿から外してください",
    "登録削除希望",
    "受取拒否します",
    "怪しいからブロックしとくわ",
    "I have blocked your number",
    "SMSの配信、退会でお願いします",
    "メール通知サービスを解約します",
    "もうメール来ないようにしてくれ",
])
def test_the_stops_of_sets_73_to_75_are_heard_by_the_rules_alone(text):
    assert classify(text, WED, model=_ConsultModel()).label == "opt_out"


# Sets 73–75's other misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # Blocked by a filter, or a concrete wall: no stop.
    ("迷惑メールフォルダに振り分けられてて見落としてました。明日払います", "payment_promise", date(2026, 12, 3)),
    ("ブロック塀の修理で物入りでした。来週払います", "payment_promise", date(2026, 12, 13)),
    # The debit's stop told as past; a slip thought lost and found again.
    ("口座引き落としを止めていたので、今週中に振り込みます", "payment_promise", date(2026, 12, 6)),
    ("振込用紙をなくしたと思ってたけど、引き出しから見つかりました。金曜に払います", "payment_promise", date(2026, 12, 4)),
    # Unable to go, in Tohoku speech.
    ("入院中で役場に行かれねえ", "consultation_request", None),
    # Deducted, as one believed, then doubted.
    ("夫の給料から引かれてると思ってたんですが、違いますか", "consultation_request", None),
    # "Soon" with no date of its own: the dates elsewhere are of other things.
    ("近いうちに払います。先月の25日から忙しくて", "payment_promise", None),
    ("年末はばたばたしますが、近いうちに窓口へ伺います", "payment_promise", None),
    # English sentences each read for the promise's date.
    ("Sorry, I was sick since the 3rd. I'll pay on Monday.", "payment_promise", date(2026, 12, 7)),
    # This week's Thursday, said with は.
    ("今週は木曜なら時間があるので、その日に払います", "payment_promise", date(2026, 12, 3)),
    # A wish to have it done is not done.
    ("出張に行く前に済ませておきたいので、明日払います", "payment_promise", date(2026, 12, 3)),
    # Small talk that names the counter, not a payment.
    ("寒い日が続きますね。窓口の皆さんもご自愛ください", "other", None),
])
def test_the_kinds_of_miss_seen_in_sets_73_to_75(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 76–78's stops that the rules had missed, by the rules alone now.
@pytest.mark.parametrize("text", [
    "今後は一切受け取りませんので",
    "督促メールはもう卒業したいです",
    "ショートメールでの通知はこれで打ち切りにしてください",
    "もうほっといてくれ",
    "今後はおことわりします",
    "当方の番号は除外してください",
    "お知らせはもううんざりです",
    "また来たら着拒ね",
    "連絡してくれなくてもいいです、自分で払うので",
])
def test_the_stops_of_sets_76_to_78_are_heard_by_the_rules_alone(text):
    assert classify(text, WED, model=_ConsultModel()).label == "opt_out"


# Sets 76–78's other misses, each a class, in new words.
@pytest.mark.parametrize("text,label,when", [
    # The phone declined and our SMS wanted: never a stop, and `other` (README, Decisions).
    ("電話は苦手なので、連絡はSMSにしてもらえると助かります", "other", None),
    # 停止 taken back, and the messages asked for as before: an opt-in.
    ("さっき送った停止は誤送信です。引き続きお願いします", "other", None),
    # Paying by debit wished for is not paid.
    ("来月から口座振替で払いたいです", "consultation_request", None),
    # The tax said too high.
    ("固定資産税が去年より高い気がするんですが", "consultation_request", None),
    # A promise with no date of its own: the dates of what happened are not its date.
    ("4月に通知が届いていたのに、放置してました。落ち着いたら払います", "payment_promise", None),
    ("先月10日に入院して、昨日退院しました。ボーナスが出たらすぐ払います", "payment_promise", None),
    # Blocked before, told as past: no stop.
    ("着拒してたから見てなかった。明日払います", "payment_promise", date(2026, 12, 3)),
    # An adverb between will and pay.
    ("I'll definitely pay on Friday", "payment_promise", date(2026, 12, 4)),
])
def test_the_kinds_of_miss_seen_in_sets_76_to_78(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 79–81's misses, each a class, in new words (set 80: foreign residents).
@pytest.mark.parametrize("text,label,when", [
    # Not the one meant, in a learner's words, before the stop beside it.
    ("違う人です、送らないでください", "wrong_number", None),
    # Paid and doubted, in romaji: paid; doubted, then a promise: the promise.
    ("Mou paid shita yo. sagi desu ka?", "already_paid", None),
    ("Hontou ni shiyakusho kara? I'll pay on Friday anyway", "payment_promise", date(2026, 12, 4)),
    # A when, then paying, in Chinese, Indonesian and Nepali.
    ("后天交，谢谢", "payment_promise", date(2026, 12, 4)),
    ("月底会缴", "payment_promise", date(2026, 12, 31)),
    ("Aku bayar besok", "payment_promise", date(2026, 12, 3)),
    ("bholi tirchhu", "payment_promise", date(2026, 12, 3)),
    # The end of the month, in Vietnamese; Japanese days in romaji beside English.
    ("Cuối tháng tôi sẽ trả", "payment_promise", date(2026, 12, 31)),
    ("I will pay asatte", "payment_promise", date(2026, 12, 4)),
    # The amount doubted (Korean), the slip not received (Chinese), unable now (Nepali).
    ("아직 잘 모르겠어요. 금액이 맞나요?", "consultation_request", None),
    ("繳費單還沒有收到", "consultation_request", None),
    ("ahile tirna sakdaina", "consultation_request", None),
    # Annoyance alone asks nothing: `other`, flagged; said with a stop, it is the stop's.
    ("うるせー!", "other", None),
    ("うるさい、もう送るな", "opt_out", None),
    # Stop, clipped, for someone else.
    ("停止で。母の代理です", "opt_out", None),
])
def test_the_kinds_of_miss_seen_in_sets_79_to_81(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 82–84's misses, each a class, in new words (set 82: dialects; set 83: young residents).
@pytest.mark.parametrize("text,label,when", [
    # Must pay, in the regions' words, before the promise: no refusal.
    ("払わないけんけぇ、土曜に払いに行きます", "payment_promise", date(2026, 12, 5)),
    ("納めんばならんけん、明日納めます", "payment_promise", date(2026, 12, 3)),
    ("払わにゃいかんで、あさって払うわ", "payment_promise", date(2026, 12, 4)),
    # Must pay, asked: a question for staff.
    ("払わなならんのやろ？", "consultation_request", None),
    # The day that suits, as the whole answer.
    ("金曜なら行けます", "payment_promise", date(2026, 12, 4)),
    ("25日いけます", "payment_promise", date(2026, 12, 25)),
    # Deducted, as one was sure, then doubted.
    ("給料から引かれてたはずなんですが、違うんですか？", "consultation_request", None),
    # A laugh or a grumble at taxes asks nothing; beside an inability to pay, it does.
    ("住民税高すぎｗｗ", "other", None),
    ("税金ばっかり上がるなあ", "other", None),
    ("ほんまかなわんわ、払えへんで", "consultation_request", None),
    ("まじウケる", "other", None),
    # A stop in Kyoto's polite imperative.
    ("このショートメールは控えとくれやす", "opt_out", None),
    ("こちらへのメッセージは控えといてもらえますか", "opt_out", None),
])
def test_the_kinds_of_miss_seen_in_sets_82_to_84(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 85–87's misses, each a class, in new words (set 85: stops and their look-alikes; set
# 86: several things at once; set 87: an ordinary month).
@pytest.mark.parametrize("text,label,when", [
    # Paper or calls declined, our messages wanted: no stop, and `other` (README, Decisions).
    ("SMSの方が確実なので、郵送はやめてこちらで続けてください", "other", None),
    ("SMSは止めないで、封書の方をやめてほしい", "other", None),
    # A stop taken back or set by mistake: a resume.
    ("さっきの停止は無視してください", "other", None),
    ("間違えて停止にしちゃいました。またお知らせが届くようにしてください", "other", None),
    # Stops: how to make them stop coming; receipt undone; declined, wished away, refused.
    ("どうしたらこのメール届かなくなりますか？", "opt_out", None),
    ("SMSの受信を解除したい", "opt_out", None),
    ("メールおことわりです", "opt_out", None),
    ("携帯への連絡は望みません", "opt_out", None),
    ("メールでの督促はつらいので、今後はご遠慮ください", "opt_out", None),
    ("ﾃｲｼ ｻｷﾞ?", "opt_out", None),
    # In Tagalog, Vietnamese and Portuguese.
    ("Huwag niyo na akong i-text", "opt_out", None),
    ("Xin ngừng nhắn tin cho tôi", "opt_out", None),
    ("Quero parar de receber essas mensagens", "opt_out", None),
    # Not stops: STOP quoted, a stop only quoted and denied, another app's notices stopped.
    ("I was told to reply STOP, but I will just pay on Friday", "payment_promise", date(2026, 12, 4)),
    ("I do not want to unsubscribe. I paid yesterday", "already_paid", None),
    ("もう送らないでって言おうとしたけど、明日払います", "payment_promise", date(2026, 12, 3)),
    ("LINEの通知は切ったので、SMSで届いて助かりました。明日払います", "payment_promise", date(2026, 12, 3)),
    # The day one goes, as the answer; paying again after a failure; the debit's stop as a cause.
    ("ごめんなさい、明後日行きます", "payment_promise", date(2026, 12, 4)),
    ("早めに払います。土曜に行きます", "payment_promise", date(2026, 12, 5)),
    ("カードがエラーで通らなかったので、明日払い直します", "payment_promise", date(2026, 12, 3)),
    ("口座振替を止めたせいで落ちてなかったです。金曜に払います", "payment_promise", date(2026, 12, 4)),
    # Wrong numbers: the named person unknown, asked who, not here.
    ("佐藤って人は知りません", "wrong_number", None),
    ("宛名の田中さんってどなたですか", "wrong_number", None),
    ("山本という者はこちらにはおりません", "wrong_number", None),
    # Not a wrong number after all; not paid; paid, but another bill by its name.
    ("人違いかと思いましたが娘宛てでした。明日払います", "payment_promise", date(2026, 12, 3)),
    ("支払い済みではありません。来週払います", "payment_promise", date(2026, 12, 13)),
    ("水道代はもう払いました。こっちは月末に払います", "payment_promise", date(2026, 12, 31)),
    ("Paid the property tax already. This one I will pay on Friday.", "payment_promise", date(2026, 12, 4)),
    # A doubt settled by the resident; a payment held until the doubt is answered; a promise
    # made if we are genuine is still a promise, as the labelled sets read it.
    ("スパムかと思ったけど、市のホームページで確認できました。了解です", "other", None),
    ("I thought it was a scam, but I checked. OK.", "other", None),
    ("払う予定でしたが、確認できるまで保留にします。本当に市からですか？", "authenticity_check", None),
    ("本物なら明日払います", "payment_promise", date(2026, 12, 3)),
    # A refusal denied: of course one pays; never said so; no instalments needed.
    ("払わないわけないじゃん？明日払う", "payment_promise", date(2026, 12, 3)),
    ("払えないとは言っていません。金曜に払います", "payment_promise", date(2026, 12, 4)),
    ("分割にしなくて大丈夫。25日にまとめて払います", "payment_promise", date(2026, 12, 25)),
    ("I never said I would not pay. I will pay tomorrow.", "payment_promise", date(2026, 12, 3)),
    # When the money comes in: no date, whatever month the hardship names.
    ("今月ちょっと苦しくて、給料が入ったら払います", "payment_promise", None),
])
def test_the_kinds_of_miss_seen_in_sets_85_to_87(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 88–90's misses, each a class, in new words (set 89: foreign residents in their own
# languages; set 90: the angry).
@pytest.mark.parametrize("text,label,when", [
    # Romaji sentences ended with a full stop.
    ("asatte harau. gomen", "payment_promise", date(2026, 12, 4)),
    # Nepali in Devanagari; Burmese; Sinhala; Mongolian; Bengali: each label's plain phrases,
    # and their words for when.
    ("भोलि तिर्छु", "payment_promise", date(2026, 12, 3)),
    ("कृपया म्यासेज नपठाउनुहोस्", "opt_out", None),
    ("मैले तिरिसकें", "already_paid", None),
    ("पैसा छैन", "consultation_request", None),
    ("မနက်ဖြန် ပေးပါမယ်", "payment_promise", date(2026, 12, 3)),
    ("မပို့ပါနဲ့", "opt_out", None),
    ("හෙට ගෙවන්නම්", "payment_promise", date(2026, 12, 3)),
    ("එවන්න එපා", "opt_out", None),
    ("Маргааш төлнө", "payment_promise", date(2026, 12, 3)),
    ("Битгий явуулаарай", "opt_out", None),
    ("Мөнгө байхгүй", "consultation_request", None),
    ("আগামীকাল দিয়ে দেব", "payment_promise", date(2026, 12, 3)),
    ("আর মেসেজ পাঠাবেন না", "opt_out", None),
    ("কিস্তিতে দিতে পারি?", "consultation_request", None),
    # Thai weekdays after next week; a doubt in Thai.
    ("สัปดาห์หน้าวันพุธจะจ่าย", "payment_promise", date(2026, 12, 9)),
    ("ข้อความนี้จริงไหม", "authenticity_check", None),
    # Vietnamese: a weekday of next week said weekday first; the 5th of next month; the
    # number not someone's (but "not a scam?" is a doubt).
    ("Thứ Ba tuần sau em đóng", "payment_promise", date(2026, 12, 8)),
    ("Ngày 5 tháng sau em sẽ trả", "payment_promise", date(2027, 1, 5)),
    ("Số này không phải của Lan", "wrong_number", None),
    ("Đây không phải là lừa đảo chứ?", "authenticity_check", None),
    # Chinese N days later, going to pay; Indonesian next month; a refusal in Portuguese;
    # not the one named, in Tagalog.
    ("2天后我去交", "payment_promise", date(2026, 12, 4)),
    ("Saya bayar bulan depan", "payment_promise", date(2027, 1, 31)),
    ("Não vou pagar isso", "consultation_request", None),
    ("Parem de me enviar SMS", "opt_out", None),
    ("Hindi po ako si Ana", "wrong_number", None),
    # Angry Japanese: nobody by that name here; "don't you send"; a promise with a sneer.
    ("うちに田中なんていません", "wrong_number", None),
    ("送ってくんじゃねえ", "opt_out", None),
    ("月末に払います。これで満足ですか", "payment_promise", date(2026, 12, 31)),
])
def test_the_kinds_of_miss_seen_in_sets_88_to_90(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 91–93's misses, each a class, in new words (set 91: our SMS quoted back).
@pytest.mark.parametrize("text,label,when", [
    # Our SMS quoted below, with its stop instruction: the resident's words are read.
    ("明後日払います\n\n> 【東西市 税務課】住民税の納期限が過ぎています。\n> 配信停止は「停止」と返信してください。",
     "payment_promise", date(2026, 12, 4)),
    # Pasted without marks; forwarded; nothing but our SMS; a stop said below the quote.
    (("払いました。\n【南北区役所 収納課】軽自動車税の納付が確認できておりません。お支払い済みの場合はご容赦ください。"
      "停止を希望される方は「停止」とご返信ください。"), "already_paid", None),
    ("了解しました、金曜に払います\n-----Original Message-----\n配信停止をご希望の方は「停止」と返信してください",
     "payment_promise", date(2026, 12, 4)),
    ("> 【東西市 税務課】住民税の納期限が過ぎています。お支払い済みの場合はご容赦ください。", "other", None),
    ("> 【東西市 税務課】住民税の納期限が過ぎています。配信停止は「停止」と返信してください。\n停止", "opt_out", None),
    # The plan's next instalment promised; paid twice (paid); deducted from the pension;
    # deducted before, and asked why now.
    ("分納の3回目は月末に払います", "payment_promise", date(2026, 12, 31)),
    ("PayPayと窓口で二重に払ってしまいました。返金できますか？", "already_paid", None),
    ("年金から天引きされてます", "already_paid", None),
    ("前は給料から引かれてたのに、なんで払わないといけないんですか？", "consultation_request", None),
    # A consultation told as past, then a promise; not the one named; another's care beside
    # a doubt; passing the message on (but hardship beside a doubt still needs staff).
    ("ケースワーカーと相談しました。来週中に払います", "payment_promise", date(2026, 12, 13)),
    ("私は田村ではありません", "wrong_number", None),
    ("父が施設に入ってから、こういうのが多いので…本当に市役所ですか？", "authenticity_check", None),
    ("わかりました。入院中の父に伝えておきます", "other", None),
    ("父が入院していて払えません。本当に市役所ですか？", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_91_to_93(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 94–96's misses, each a class, in new words (set 94: dates the spec's table does not
# list; set 95: very short replies; set 96: misunderstandings and replies meant for others).
@pytest.mark.parametrize("text,label,when", [
    # A part of the month with no month named: this month's, if it has not ended.
    ("上旬に払います", "payment_promise", date(2026, 12, 10)),
    ("中旬までに払います", "payment_promise", date(2026, 12, 20)),
    ("月半ばに払います", "payment_promise", date(2026, 12, 20)),
    ("下旬に払います", "payment_promise", date(2026, 12, 31)),
    ("月内に払います", "payment_promise", date(2026, 12, 31)),
    ("末日までに払います", "payment_promise", date(2026, 12, 31)),
    # Weeks and days said otherwise.
    ("来週アタマに払います", "payment_promise", date(2026, 12, 7)),
    ("来週の平日のどこかで払います", "payment_promise", date(2026, 12, 11)),
    ("来月の第1月曜に払います", "payment_promise", date(2027, 1, 4)),
    ("昼休みに払います", "payment_promise", date(2026, 12, 2)),
    ("仕事帰りに払います", "payment_promise", date(2026, 12, 2)),
    ("昼休みを使って払います", "payment_promise", None),
    ("明朝払います", "payment_promise", date(2026, 12, 3)),
    ("I'll pay in a fortnight", "payment_promise", date(2026, 12, 16)),
    # A day the month lacks: its last day.
    ("2/30に払います", "payment_promise", date(2027, 2, 28)),
    ("4/31に払います", "payment_promise", date(2027, 4, 30)),
    # Very short: a doubt, a hedged day, paid asked, who, too high.
    ("ほんと?", "authenticity_check", None),
    ("ホンマに？", "authenticity_check", None),
    ("明日かな", "payment_promise", date(2026, 12, 3)),
    ("たぶん金曜", "payment_promise", date(2026, 12, 4)),
    ("済み?", "consultation_request", None),
    ("誰やねん", "wrong_number", None),
    ("who?", "wrong_number", None),
    ("高すぎやろ", "consultation_request", None),
    ("結構です", "opt_out", None),
    # A short answer after thanks for the message is read as the answer alone.
    ("ご連絡ありがとうございます。明日", "payment_promise", date(2026, 12, 3)),
    ("ご丁寧にどうも。違います", "wrong_number", None),
    # Meant for someone else, or about another service: `other`, flagged.
    ("お母さん、今日は遅くなるから先に寝てて", "other", None),
    ("課長、明日の会議資料を送りました", "other", None),
    ("マイナンバーカードの受け取りはどこでできますか", "other", None),
    ("窓口で相談したいです。何曜日なら空いてますか", "consultation_request", None),
    # Our bill taken for another; a relative of the same name; paid, as one believed.
    ("カードの請求と勘違いしてました、明日払います", "payment_promise", date(2026, 12, 3)),
    ("同姓同名の母と間違えてませんか？私のなら払いました", "already_paid", None),
    ("会社が払ってくれていると思っていました。すみません、金曜に払います", "payment_promise", date(2026, 12, 4)),
    # Another bill paid by name; a payment elsewhere asked about; whose bill, asked.
    ("NHKの受信料は払いました。こちらは月末に払います", "payment_promise", date(2026, 12, 31)),
    ("前の市で払った分と二重じゃないですか？", "consultation_request", None),
    ("反則金は払ったんですが、これとは別ですか？", "consultation_request", None),
    ("本当に私の分ですか？", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_94_to_96(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 97–99's misses, each a class, in new words (set 98: stops easy to miss and their
# look-alikes; set 99: English).
@pytest.mark.parametrize("text,label,when", [
    # Gone to pay, past; talking it over at home.
    ("娘が昨日払いに行ってくれました", "already_paid", None),
    ("すみません、主人と相談します", "other", None),
    # Stops easy to miss: a slip, the way to stop asked, what one hates, a threat, fed up,
    # "let's end it", never to be seen again, the service cancelled.
    ("すとぷ", "opt_out", None),
    ("通知のやめ方教えてください", "opt_out", None),
    ("どうしたら来ないようにできますか", "opt_out", None),
    ("送られてくるのが迷惑", "opt_out", None),
    ("次また送ってきたら通報します", "opt_out", None),
    ("いつまで送ってくるの、もううんざり", "opt_out", None),
    ("もう終わりにしてください", "opt_out", None),
    ("こういうメール、もう見たくないです", "opt_out", None),
    ("このサービス解約で", "opt_out", None),
    # Not stops: a stop taken back or not one's own, continued receipt wanted, a stop thought
    # of or wished, a scam's STOP, a stop said unneeded, notices off as the cause, a fee or
    # a seizure to be stopped, annoyance beside thanks.
    ("さっきの「やめて」は押し間違いです", "other", None),
    ("停止したの私じゃないです。元に戻して", "other", None),
    ("あれこれ言われるけど、私は続けて受け取りたいです", "other", None),
    ("停止しようかと思ったけど、明日払います", "payment_promise", date(2026, 12, 3)),
    ("もう送らないでって言いたいけど、金曜に払います", "payment_promise", date(2026, 12, 4)),
    ("「停止」って送らせる詐欺じゃないよね？", "authenticity_check", None),
    ("配信停止は必要ありません。引き続きお願いします", "other", None),
    ("通知を切ってたので見てなかった。明日払う", "payment_promise", date(2026, 12, 3)),
    ("Please stop the penalty, I already paid", "already_paid", None),
    ("延滞金を止めてもらえませんか", "consultation_request", None),
    ("毎回しつこいけど、正直助かってます", "other", None),
    # Must pay, said as "I have to, don't I".
    ("払わないとね、25日に払います", "payment_promise", date(2026, 12, 25)),
    # English: a weekday slip, tomorrow misspelt, the 10th next month, "I pay.", this arvo,
    # paid yesterday in a learner's words, the amount asked about.
    ("ok will pay thurday", "payment_promise", date(2026, 12, 3)),
    ("will pay tommorow", "payment_promise", date(2026, 12, 3)),
    ("I pay the 10th next month", "payment_promise", date(2027, 1, 10)),
    ("Understood. I pay.", "payment_promise", None),
    ("I'll pay this arvo", "payment_promise", date(2026, 12, 2)),
    ("I made the payment yesterday at the konbini", "already_paid", None),
    ("Is the amount correct?", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_97_to_99(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 100–102's misses, each a class, in new words (set 101: long replies that explain;
# set 102: replies damaged by how they were typed).
@pytest.mark.parametrize("text,label,when", [
    # Stretched or slipped endings; あす only as a word; next month in Chinese.
    ("はらいまあす", "payment_promise", None),
    ("金曜にはらいまあす", "payment_promise", date(2026, 12, 4)),
    ("我下个月交", "payment_promise", date(2027, 1, 31)),
    ("失業中で払えまsん", "consultation_request", None),
    ("停止したお知らせをまた送ってくだはい", "other", None),
    ("らいしゆう払います", "payment_promise", date(2026, 12, 13)),
    ("今月の薄荷に払います", "payment_promise", date(2026, 12, 20)),
    ("I'll pay nest week", "payment_promise", date(2026, 12, 13)),
    ("I'll pay by the end of the mouth", "payment_promise", date(2026, 12, 31)),
    ("Will pay on Fruday", "payment_promise", date(2026, 12, 4)),
    ("Already payed at the post office", "already_paid", None),
    # Stops mistyped by the IME: 遅らないで, 配信定時, 下ちい.
    ("これ以上遅らないで", "opt_out", None),
    ("配信定時でお願いします", "opt_out", None),
    ("メールはもう結構です、控えて下ちい", "opt_out", None),
    # Long replies: a call with family told, no instalments needed, "I thought I couldn't",
    # someone asked to pay, a payment relayed, どうしても (no question), the next payday, the
    # money awaited, the previous user of a company phone, a land registration done.
    ("夫とも電話で話して、来週の水曜日に窓口で払うことにしました", "payment_promise", date(2026, 12, 9)),
    ("正直きついですが、分割にするほどではないので月末に払います", "payment_promise", date(2026, 12, 31)),
    ("払えないと思っていましたが、親が助けてくれたので金曜日に振り込みます", "payment_promise", date(2026, 12, 4)),
    ("足が悪いので、10日に息子に頼んで払ってきてもらいます", "payment_promise", date(2026, 12, 10)),
    ("昨日、夫が窓口で払ったと言っています", "already_paid", None),
    ("今週はどうしても行けないので、来週中に払います", "payment_promise", date(2026, 12, 13)),
    ("来月の給料日の25日に払います", "payment_promise", date(2027, 1, 25)),
    ("5月に失業しました。失業保険が振り込まれたら払います", "payment_promise", None),
    ("会社の携帯です。以前この携帯を使っていた社員はもう辞めました", "wrong_number", None),
    ("土地は売りました。登記も済ませました。なぜ私に請求が来るのですか", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_100_to_102(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 103–105's misses, each a class, in new words (set 104: reported speech, hypotheticals
# and denials; set 105: replies to repeat reminders).
@pytest.mark.parametrize("text,label,when", [
    # Transferred, told in the present perfect; paid by a day to come (a promise).
    ("1日に振込しています", "already_paid", None),
    ("月末には払い終わっているはずです", "payment_promise", date(2026, 12, 31)),
    # Whether paid, to be found out by the resident; paid only if asked, in a dream, or in
    # what one would like to say.
    ("払ったかどうかは妻が管理しているので、聞いてみます", "other", None),
    ("払ったかって聞かれたらまだだけど、金曜に払います", "payment_promise", date(2026, 12, 4)),
    ("払いました！…という夢でした笑", "other", None),
    ("払ったって言いたいけど、まだです", "other", None),
    ("振り込んだか心配でしたが、確認したら3日に振り込んでました", "already_paid", None),
    # A doubt denied or someone else's, settled; another's claim about offices, quoted.
    ("詐欺じゃないのは分かってます。ありがとうございます", "other", None),
    ("詐欺かと思ったって父が言うので、大丈夫だよと言っておきました", "other", None),
    ("父が「役所はメールなんか送ってこない」と言ってます。本物ですか", "authenticity_check", None),
    # A stop only heard of and declined; a stop taken back in quotes.
    ("「停止」って送ったら止まるって聞いたけど、止めなくていいです", "other", None),
    ("「配信停止」を取り消したいです", "other", None),
    # A promise quoted from the payer; a refusal only thought of; the person named, asked.
    ("妻が「明日払う」と言ってます", "payment_promise", date(2026, 12, 3)),
    ("I was going to say I cannot pay, but I will pay on Friday", "payment_promise", date(2026, 12, 4)),
    ("佐々木さんって誰ですか？", "wrong_number", None),
    # Repeat reminders: nothing at all now; the agreed plan's part promised; a consultation
    # told as past, then a promise.
    ("払うつもりはありますが、今は1円も出せません", "consultation_request", None),
    ("この前相談した分納の件、今月分は25日に払います", "payment_promise", date(2026, 12, 25)),
    ("分納の約束の3回目、月末に振り込みます", "payment_promise", date(2026, 12, 31)),
    ("先日相談した件、一括で来週払います", "payment_promise", date(2026, 12, 13)),
])
def test_the_kinds_of_miss_seen_in_sets_103_to_105(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 106–108's misses, each a class, in new words (set 108: romaji and mixed English).
@pytest.mark.parametrize("text,label,when", [
    # Plainly romaji, read in kana first: its English words mean what the Japanese means.
    ("konbini ni stop shite haraimashita", "already_paid", None),
    ("kyuuyo no sashiosae wo teishi shite kudasai", "consultation_request", None),
    ("mikka go ni haraimasu", "payment_promise", date(2026, 12, 5)),
    ("nijuugo-nichi ni harau", "payment_promise", date(2026, 12, 25)),
    ("kinyou ni haraimasu", "payment_promise", date(2026, 12, 4)),
    ("nouzei zumi desu", "already_paid", None),
    ("teishi shita hazu nano ni mata kita", "opt_out", None),
    ("unsubscribe shite nai no ni konaku natta. mata okutte", "other", None),
    # stop said of what one did, or of a double charge.
    ("ATMで途中でstopしちゃった、明日振り込みます", "payment_promise", date(2026, 12, 3)),
    ("Stop charging me twice, I already paid", "already_paid", None),
    # Explained and promised; drunk is no payment; a family member's old number; debited,
    # as one was sure, asked; a dialect request.
    ("住所変更が遅れてしまって、金曜に払います", "payment_promise", date(2026, 12, 4)),
    ("納付書がどこかに行ってしまったのですが、出てきました。月末に払います", "payment_promise", date(2026, 12, 31)),
    ("酔っ払ってるけど明日払うから", "payment_promise", date(2026, 12, 3)),
    ("娘は東京に越してこの番号はもう使ってないです", "wrong_number", None),
    ("引き落としのはずですが、引かれてませんでしたか？", "consultation_request", None),
    ("コンビニで払えるようにしてもらえないべか", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_106_to_108(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 109–111's misses, each a class, in new words (set 110: promise or consultation; set
# 111: wrong numbers and doubts).
@pytest.mark.parametrize("text,label,when", [
    # Kyushu speech: the day one goes; debited, as one was sure, asked.
    ("もう遅いけん明日行くばい", "payment_promise", date(2026, 12, 3)),
    ("口座振替にしとったはずやけど引き落とされとらんと？", "consultation_request", None),
    # One's own plan of parts; a question wondered and answered by the slip.
    ("5千円ずつ3回に分けて、今月中に払います", "payment_promise", date(2026, 12, 31)),
    ("いつ払えばいいのかなと思いましたが書いてありました。金曜に払います", "payment_promise", date(2026, 12, 4)),
    # Someone else thought meant, then not; a name asked; the name denied; a previous
    # owner's death (a wrong number, no death for staff).
    ("人違いかと思いましたが私でした。すみません", "other", None),
    ("誰宛て？と思ったら夫の名前でした。明日払います", "payment_promise", date(2026, 12, 3)),
    ("山田って誰ですか？", "wrong_number", None),
    ("そんな名前じゃないです", "wrong_number", None),
    ("前の持ち主の方は亡くなったそうですが、私は知らない方です", "wrong_number", None),
    # A doubt settled by checking; doubts put as checking first, with the police, or from
    # reviews of the number, and one still asked.
    ("区役所に電話して本物だと確認できました。ありがとう", "other", None),
    ("本物だったんですね。疑ってすみません", "other", None),
    ("Checked with the city, it is genuine. Thanks", "other", None),
    ("市役所に直接確認してから対応します", "authenticity_check", None),
    ("警察の相談窓口に聞いてみます", "authenticity_check", None),
    ("念のため市のホームページで確認します", "authenticity_check", None),
    ("この番号、迷惑電話の口コミがありました", "authenticity_check", None),
    ("どうやって本物だと確認できますか", "authenticity_check", None),
])
def test_the_kinds_of_miss_seen_in_sets_109_to_111(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 112–114's misses, each a class, in new words (set 113: emoji and kaomoji; set 114:
# English, formal and texting).
@pytest.mark.parametrize("text,label,when", [
    ("おけ👌 土曜いく", "payment_promise", date(2026, 12, 5)),
    ("(>_<)今むり…", "consultation_request", None),
    ("I can pay on the 20th or 25th", "payment_promise", date(2026, 12, 25)),
    ("Took care of it yesterday", "already_paid", None),
    ("ok will do tmrw", "payment_promise", date(2026, 12, 3)),
    ("Wasn't this deducted from my salary? Why the bill?", "consultation_request", None),
    ("oops wrong chat", "other", None),
    ("I'm not paying this", "consultation_request", None),
    ("Please have any further notices sent by post rather than to this mobile.", "opt_out", None),
    ("I no longer consent to receiving these texts.", "opt_out", None),
    ("Kindly discontinue these messages.", "opt_out", None),
])
def test_the_kinds_of_miss_seen_in_sets_112_to_114(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 115–117's misses, each a class, in new words (set 117: stops said very politely, and
# polite replies that are not stops).
@pytest.mark.parametrize("text,label,when", [
    # Not stops: another channel declined (calls, paper, visits, post to the family), a
    # stop said earlier clarified, a stop not wished, late hours only, "no reply needed"
    # quoted back, the debit's registration undone.
    ("お電話でのご連絡はご遠慮ください。金曜に窓口で納付いたします", "payment_promise", date(2026, 12, 4)),
    ("控えていただきたいのは訪問の方です。SMSは引き続きお願いします", "other", None),
    ("やめてと申し上げたのは郵送の件です。SMSは構いません", "other", None),
    ("配信の停止は希望いたしておりません", "other", None),
    ("深夜の送信だけはご遠慮ください。昼間なら構いません", "other", None),
    ("ご返信不要とのことでしたが、念のため。昨日納付しました", "already_paid", None),
    ("口座振替の登録を解除したいのですが、どうすればよいですか", "consultation_request", None),
    # A stop said as having no will to receive.
    ("今後こうした通知を受け取る意思はございません", "opt_out", None),
    # Wrong numbers in Tohoku speech and from a company; paid, in dialect and regretted; paid,
    # as one believes, with a check asked.
    ("高橋なんて知らねえよ", "wrong_number", None),
    ("佐藤さんは先月退職しました。この電話は会社のものです", "wrong_number", None),
    ("おととい払いさ行ったっちゃ", "already_paid", None),
    ("誤って二回納付してしまいました。返金してもらえますか", "already_paid", None),
    ("既に納付済みかと存じます。ご確認ください", "already_paid", None),
])
def test_the_kinds_of_miss_seen_in_sets_115_to_117(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 118–120's misses, each a class, in new words (set 119: replies written for someone
# else; set 120: long replies whose label rests on one sentence).
@pytest.mark.parametrize("text,label,when", [
    # Stops: the resident's own share stopped, beside a phone changed (not a number).
    ("同じ内容が夫にも届いてるので、僕の分は停止でお願いします", "opt_out", None),
    ("機種を変えたばかりで操作がよく分かりません。もう連絡しないでください", "opt_out", None),
    # Not stops: kind wishes to staff, the addressee away.
    ("督促のお仕事、大変ですね。無理しないでくださいね", "other", None),
    ("父はいま病院に出かけていて留守にしています", "other", None),
    # Wrong numbers: someone named whose number this is not (a surname ending in 村 is no
    # village office); a late father's phone and the addressee denied.
    ("こちらは中村の携帯ではありません。送り先をお確かめください", "wrong_number", None),
    ("この電話は亡くなった母が使っていたものです。宛名の方とは別人です", "wrong_number", None),
    # Not a wrong number: an aside apologised for.
    ("孫が生まれました！関係ない話ですみません", "other", None),
    # Promises: after a greeting asked, a talk with the carer done, a move explained, a
    # promise made away from home, an estate to be divided first.
    ("お元気ですか？税金の件、明後日払います", "payment_promise", date(2026, 12, 4)),
    ("ケアマネさんと相談して、金曜に娘が払うことになりました", "payment_promise", date(2026, 12, 4)),
    ("転居で住所が変わって納付書が遅れて届きました。来週の火曜に納めます", "payment_promise", date(2026, 12, 8)),
    ("旅行中なので旅先では払えないんです。帰ったら月末までに払います", "payment_promise", date(2026, 12, 31)),
    ("遺産分割の話し合いが終わり次第、祖母の分は納めます", "payment_promise", None),
    ("来月の5日か20日には振り込みます", "payment_promise", date(2027, 1, 20)),
    # Consultations: a procedure asked after a doubt settled; a habit of paying beside a
    # dispute.
    ("最初は怪しいと思いましたが、市のホームページで番号を確認しました。代理で払う場合の手続きは必要ですか", "consultation_request", None),
    ("毎年きちんと払っています。今回の金額は何かの間違いだと思うので説明してください", "consultation_request", None),
    # Doubts: a question about us after a story of someone else's loss (no payment of ours);
    # not a doubt: the number checked and found ours.
    ("祖父が還付金詐欺に引っかかって二十万円振り込んでしまいました。このSMSは本当に区役所からですか？", "authenticity_check", None),
    ("区の公式の番号からだったので安心しました。内容は承知しました", "other", None),
    ("My neighbour nearly paid a fake tax text once. Is this one genuinely from the city?", "authenticity_check", None),
    # Other: help recalled with thanks, other bills paid, a past tense that is no typo.
    ("以前は分納の相談に乗っていただき、ありがとうございました。おかげで生活が立て直せました", "other", None),
    ("今日は水道代と電気代を払いにコンビニへ行きました", "other", None),
    ("すっかり寒くなりましたね", "other", None),
])
def test_the_kinds_of_miss_seen_in_sets_118_to_120(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 121–123's misses, each a class, in new words (set 122: stops that say something else
# beside look-alikes that stop something else; set 123: learners of Japanese and residents'
# own languages).
@pytest.mark.parametrize("text,label,when", [
    # Stops: an old phone's ﾃｲｼ before a word that only begins with し; a bare stop drawn out.
    ("ﾃｲｼ ｼﾞｺﾞｳﾁｭｳｲ", "opt_out", None),
    ("やめてー もう払ったから", "opt_out", None),
    # A stop demanded (found by the guard on every labelled stop: the model had heard it).
    ("通知の停止を要求します。連絡は封書で", "opt_out", None),
    # Not stops: a refused envelope and blocked calls told as why the reminder was missed.
    ("受取拒否しちゃった郵便、市からのだったんですね。明日払います", "payment_promise", date(2026, 12, 3)),
    ("着信を拒否にしてたので気づきませんでした。金曜に払います", "payment_promise", date(2026, 12, 4)),
    # A wrong number: the writer's own phone, beside messages meant for someone else.
    ("この電話は娘の私のものです。父宛てのお知らせはこちらには不要です", "wrong_number", None),
    # A resume: the stop sent by a child, the messages wanted as before.
    ("孫がいたずらで「停止」と送ったみたいです。これまで通り送ってください", "other", None),
    # Paper no longer needed, and a promise: the promise.
    ("封書の督促状は届かなくてもいいです。月末に払います", "payment_promise", date(2026, 12, 31)),
    # A joke with a laugh and an acknowledgement.
    ("税金にも解約ボタンがあればいいのに笑 了解です", "other", None),
    # Dates: あす after a polite ending; a day written without 日; next week's weekday said
    # after next week in Spanish; día before the day.
    ("ｽﾐﾏｾﾝ ｱｽ ﾌﾘｺﾐﾏｽ", "payment_promise", date(2026, 12, 3)),
    ("12月20 に はらいます", "payment_promise", date(2026, 12, 20)),
    ("Pago la próxima semana, el martes", "payment_promise", date(2026, 12, 8)),
    ("Voy a pagar el día 15", "payment_promise", date(2026, 12, 15)),
    # Other languages: wrong numbers (Indonesian, Portuguese, Korean), promises (Indonesian
    # with its when first, Chinese "at once"), thanks with a wish.
    ("Saya bukan Sari, nomor ini dulunya milik teman kos saya", "wrong_number", None),
    ("Não sou a Ana, este número pertencia da minha prima", "wrong_number", None),
    ("저는 이영희가 아니에요", "wrong_number", None),
    ("Besok saya bayar", "payment_promise", date(2026, 12, 3)),
    ("发工资了立刻缴", "payment_promise", None),
    ("Muchas gracias, que tengas buen día", "other", None),
    ("Muito obrigada pela mensagem", "other", None),
    # An earlier leftover (set 116): a signature whose name ends in か is no question.
    ("了解です。金曜に納付します。佐藤ゆか", "payment_promise", date(2026, 12, 4)),
])
def test_the_kinds_of_miss_seen_in_sets_121_to_123(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 124–126's misses, each a class, in new words (set 125: typed on the go or by voice;
# set 126: replies that correct the resident's own earlier reply).
@pytest.mark.parametrize("text,label,when", [
    # San'in and voice input: no such person; a number changed, in kana; a car given away; a
    # will to pay beside "not now"; a resume asked with ごしない; went to pay, in kana;
    # 定刻 heard for 停止.
    ("そげな名前の者はおらんけん", "wrong_number", None),
    ("このばんごう せんげつ かえたばかりです", "wrong_number", None),
    ("その車は去年の秋に知人に譲ったけん、関係ないと思うけど", "consultation_request", None),
    ("払う気はありますけど今月は無理です", "consultation_request", None),
    ("停止しちょったけど、お知らせはまた送ってごしない", "other", None),
    ("きのう つまが はらいにいきました", "already_paid", None),
    ("定刻でお願いします", "opt_out", None),
    # A correction of the resident's earlier reply: what it says now.
    ("木曜と言いましたが、土曜になります", "payment_promise", date(2026, 12, 5)),
    ("「払いました」と送ったのは勘違いでした。明後日払います", "payment_promise", date(2026, 12, 4)),
    ("知らない番号と言いましたが、兄の件でした。兄が月末に払うそうです", "payment_promise", date(2026, 12, 31)),
    ("分割できるか聞きましたが、やはり一括で15日に納めます", "payment_promise", date(2026, 12, 15)),
    ("払えないと書きましたが、親が貸してくれることになりました。来週中に払います", "payment_promise", date(2026, 12, 13)),
    ("配信を再開してと送りましたが、やっぱり停止のままで結構です", "opt_out", None),
    ("停止と返信しましたが、完納までは送ってもらって構いません", "other", None),
    ("人違いと返しましたが、まだ届きます。迷惑です", "wrong_number", None),
    ("I told you I'd already paid, but that was last year's. I'll pay this one on Friday.", "payment_promise", date(2026, 12, 4)),
    # Doubts taken back; an earlier message set aside; too little paid; a retry promised.
    ("昨日は詐欺と決めつけてしまい失礼しました。区役所に電話して確認しました", "other", None),
    ("さっきのメッセージは無視してください", "other", None),
    ("Please disregard my last text.", "other", None),
    ("先ほどの質問は、封筒の中の案内を読んだら分かりました", "other", None),
    ("振込額を間違えて少なく振り込んでしまいました。どうしたらいいですか", "consultation_request", None),
    ("エラーになって払えませんでした。明日もう一度やります", "payment_promise", date(2026, 12, 3)),
])
def test_the_kinds_of_miss_seen_in_sets_124_to_126(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 127–129's misses, each a class, in new words (set 128: corrections in mixed voices;
# set 129: stops said indirectly beside look-alikes).
@pytest.mark.parametrize("text,label,when", [
    # Stops said indirectly: deleted unread; no more after a payment; annoyance, then 勘弁;
    # a bare wish to stop; enough of these; opt-out; contact on paper only; SMS unreadable,
    # letters wanted; a work phone not to be used for this.
    ("これからは届いても開かずに削除します", "opt_out", None),
    ("明日払います。これ以上のご連絡は不要です", "opt_out", None),
    ("何度も何度も、もう勘弁してください", "opt_out", None),
    ("これ止めたいんですけど", "opt_out", None),
    ("こういったお知らせはもう結構です", "opt_out", None),
    ("オプトアウトをお願いします", "opt_out", None),
    ("今後のご連絡は全て郵送でお願いします", "opt_out", None),
    ("携帯は使えませんので、はがきでお願いします", "opt_out", None),
    ("Please do not use my work phone for tax matters.", "opt_out", None),
    # …and those only the model had heard, found by the guard on every labelled stop.
    ("前にも要らないと伝えたでしょ", "opt_out", None),
    ("ショートメールはあまり見ないので、連絡は郵便でお願いします", "opt_out", None),
    ("I never read texts. Write to me instead.", "opt_out", None),
    ("お知らせメール、解除してほしい", "opt_out", None),
    ("Enough. I'm blocking you now.", "opt_out", None),
    ("もう見たくありません", "opt_out", None),
    # Not stops: our SMS found in the spam folder; a fee to be stopped; a stop declined; the
    # hour or the number changed; calls declined with SMS wanted; a debit not stopped.
    ("迷惑メールフォルダに振り分けられていました。今週中に払います", "payment_promise", date(2026, 12, 6)),
    ("差し押さえを止めるにはどうすればいいですか", "consultation_request", None),
    ("配信停止のつもりはありません", "other", None),
    ("できれば夕方以降に送ってください", "other", None),
    ("Please text my new number from next month.", "other", None),
    ("電話での督促はやめてください。SMSのほうが楽なので", "other", None),
    ("毎月口座から引き落としで払ってるはずです。引き落としは止めてません", "already_paid", None),
    ("スマホを見られないので返事が遅れました。月曜に払います", "payment_promise", date(2026, 12, 7)),
    # Corrections in other forms: polite verbs, a quote with を, a casual の, a date in kana
    # after じゃなくて, a withdrawn wrong number, a set-aside consultation, a retry.
    ("先ほど支払済みとお伝えいたしましたが、未納でした。明日納付いたします", "payment_promise", date(2026, 12, 3)),
    ("まえに「はらった」を かきましたが、まだです。らいしゅう はらいます", "payment_promise", date(2026, 12, 13)),
    ("払ったって言ったの旦那の分だった。私のは金曜に払う", "payment_promise", date(2026, 12, 4)),
    ("nijuunichi janakute nijuugonichi ni haraimasu", "payment_promise", date(2026, 12, 25)),
    ("さっきの「人違い」は取り消し！私で合ってます。分割できますか", "consultation_request", None),
    ("先ほどお願いした分納のご相談は取り下げます。月末に一括で払います", "payment_promise", date(2026, 12, 31)),
    ("さっきの「振り込みました」はなしで。残高不足でした。明日やり直します", "payment_promise", date(2026, 12, 3)),
    ("Scratch that, I paid it this morning.", "already_paid", None),
    ("さっきの 'ていし' は まちがいです", "other", None),
])
def test_the_kinds_of_miss_seen_in_sets_127_to_129(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 130–132's misses, each a class, in new words (set 131: money details; set 132: two
# or three things at once).
@pytest.mark.parametrize("text,label,when", [
    # Part paid, the rest promised; an instalment in progress; the rest brought or put in.
    ("三分の一は入金済みです。残額は来月5日に振り込みます", "payment_promise", date(2027, 1, 5)),
    ("I've paid part of it. The rest will follow on Monday.", "payment_promise", date(2026, 12, 7)),
    ("今回の分割金は月末に払います", "payment_promise", date(2026, 12, 31)),
    ("分割の2回目、金曜までに入れます", "payment_promise", date(2026, 12, 4)),
    ("了解です、残金は土曜に窓口へ持っていきます", "payment_promise", date(2026, 12, 5)),
    ("承知しました。分納の件、確認いたします", "other", None),
    # Paid: twice or too much; debited, in dialect. Not paid: thought so.
    ("二重に振り込んでしまったようです。返してもらえますか", "already_paid", None),
    ("通帳見たら、もう引き落とされとったわ", "already_paid", None),
    ("主人が払ったと思い込んでいたら、まだでした。週明けに払います", "payment_promise", date(2026, 12, 7)),
    # Staff's: a refund not yet received; a car scrapped beside a doubt.
    ("還付金がまだ振り込まれていないのですが", "consultation_request", None),
    ("バイクは去年廃車になりました。これ本物の請求ですか？", "consultation_request", None),
    # A doubt: whether paying through our link is safe.
    ("このメールのリンクから支払っても平気？偽物じゃないよね", "authenticity_check", None),
    # Promises: a possible inability beside a firm date; a past one, in Hiroshima speech.
    ("今日は払えんかもしれんけど、明日には必ず払う", "payment_promise", date(2026, 12, 3)),
    ("忙しゅうて払えんかったんよ。金曜に払うけえ", "payment_promise", date(2026, 12, 4)),
    # A resume with ちょうだい; a wrong number whose owner knows neither name nor tax; not a
    # stop: "they never text".
    ("止めとったお知らせ、また送ってちょうだい", "other", None),
    ("この携帯の持ち主ですが、その名前にも請求にも心当たりがありません", "wrong_number", None),
    ("Is this really the city? They never text about taxes.", "authenticity_check", None),
])
def test_the_kinds_of_miss_seen_in_sets_130_to_132(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 133–135's misses, each a class, in new words (set 134: English from residents of many
# countries).
@pytest.mark.parametrize("text,label,when", [
    ("I done pay am yesterday", "already_paid", None),
    ("no wahala, I go pay next tomorrow", "payment_promise", date(2026, 12, 4)),
    ("Will settle it before the year ends, promise", "payment_promise", date(2026, 12, 31)),
    ("Thanks mate, I'll sort it out by the end of the month", "payment_promise", date(2026, 12, 31)),
    ("Pay on the 3rd or 9th, latest 9th", "payment_promise", date(2026, 12, 9)),
    ("5日か12日、遅くとも12日には納めます", "payment_promise", date(2026, 12, 12)),
    ("Sus. The council doesn't text people, does it?", "authenticity_check", None),
    ("oops, meant that for my brother", "other", None),
])
def test_the_kinds_of_miss_seen_in_sets_133_to_135(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 136–138's misses, each a class, in new words (set 138: stops, resumes and look-alikes
# in residents' own languages).
@pytest.mark.parametrize("text,label,when", [
    # Stops: Indonesian, Korean, Chinese, Vietnamese with and without marks, Thai, Spanish,
    # Nepali.
    ("Tolong berhenti berlangganan SMS ini", "opt_out", None),
    ("Saya tidak ingin menerima pesan lagi", "opt_out", None),
    ("이 번호로는 보내지 않았으면 좋겠어요", "opt_out", None),
    ("문자 수신 차단 부탁드립니다", "opt_out", None),
    ("以后不要再发这种短信了", "opt_out", None),
    ("请把这个号码从名单里删除", "opt_out", None),
    ("Xin hủy đăng ký tin nhắn", "opt_out", None),
    ("khong can gui nua nhe", "opt_out", None),
    ("ขอยกเลิกรับข้อความค่ะ", "opt_out", None),
    ("Baja", "opt_out", None),
    ("कृपया म्यासेज रोक्नुहोस्", "opt_out", None),
    # …and those only the model had heard, found by the guard on every labelled stop.
    ("Tama na po ang mga text", "opt_out", None),
    ("nao manda mais sms pfv", "opt_out", None),
    ("請勿再傳送簡訊", "opt_out", None),
    ("Quítenme de la lista, gracias", "opt_out", None),
    ("我不需要这些短信提醒", "opt_out", None),
    # Resumes: undo the unsubscribe, receive again.
    ("请取消退订，我还要收到通知", "other", None),
    ("수신거부 취소해 주세요", "other", None),
    ("Quero voltar a receber os lembretes", "other", None),
    ("Vuelvan a mandarme los mensajes, por favor", "other", None),
    ("Paki-on ulit po ang text, na-stop ko by mistake", "other", None),
    ("Tolong aktifkan lagi pengingatnya", "other", None),
    ("Cho tôi nhận lại tin nhắn nhắc nhở", "other", None),
    # Not stops: don't stop sending; a debit or pay stopped.
    ("No dejes de mandarme los recordatorios", "other", None),
    ("Não parem de mandar, pago amanhã", "payment_promise", date(2026, 12, 3)),
    ("Jangan berhenti kirim, saya bayar besok", "payment_promise", date(2026, 12, 3)),
    ("不要停止发送，对我有帮助", "other", None),
    ("ไม่ต้องหยุดส่งนะ จะจ่ายพรุ่งนี้", "payment_promise", date(2026, 12, 3)),
    ("工资停止发放了，怎么回事?", "consultation_request", None),
    ("Na-stop ang sahod ko, next month na po ako magbabayad", "payment_promise", date(2027, 1, 31)),
    # Promises and questions in those languages.
    ("Vou passar no banco amanhã pra pagar", "payment_promise", date(2026, 12, 3)),
    ("Saya ke kantor besok untuk bayar", "payment_promise", date(2026, 12, 3)),
    ("toi se dong vao thu sau", "payment_promise", date(2026, 12, 4)),
    ("จะจ่ายภายในสิ้นเดือนนี้", "payment_promise", date(2026, 12, 31)),
    ("Sao vẫn bị tính thuế vậy?", "consultation_request", None),
    ("Hindi ko po kayang magbayad ngayon", "consultation_request", None),
    # Set 136–137: paid through an app; a tax grumble; a car sold beside a stop; the other
    # tax paid, this one promised.
    ("楽天ペイでやっときました", "already_paid", None),
    ("住民税ってほんと高いよね", "other", None),
    ("バイクはもう手放したので関係ない。配信停止で", "opt_out", None),
    ("払ったのは国保の方でした。住民税は金曜に払います", "payment_promise", date(2026, 12, 4)),
])
def test_the_kinds_of_miss_seen_in_sets_136_to_138(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 139–141's misses, each a class, in new words (set 139: residents' own languages again;
# set 141: angry, sarcastic and rude replies).
@pytest.mark.parametrize("text,label,when", [
    ("그만 좀 보내요", "opt_out", None),
    # …and those only the model had heard, found by the guard on every labelled stop.
    ("Tigilan nyo na po ako", "opt_out", None),
    ("Para de me mandar isso", "opt_out", None),
    ("Ya basta de mensajes", "opt_out", None),
    ("請把號碼從名單移除", "opt_out", None),
    ("停止っつってんだろ", "opt_out", None),
    ("다시는 연락하지 마세요", "opt_out", None),
    ("앞으로 문자 안 보내셨으면 해요", "opt_out", None),
    ("Надад мессеж илгээхгүй байгаарай", "opt_out", None),
    ("Đừng ngừng gửi, tôi cần nhắc nhở", "other", None),
    ("Huwag po ninyong itigil ang text", "other", None),
    ("feri sms pathaunus, galti le stop gareko", "other", None),
    ("다시 받고 싶어요, 실수로 보냈어요", "other", None),
    ("toi da tra roi", "already_paid", None),
    ("আমি আগামী সপ্তাহের শুক্রবার টাকা দেব", "payment_promise", date(2026, 12, 11)),
    ("两天后去交", "payment_promise", date(2026, 12, 4)),
    ("연내에 내겠습니다", "payment_promise", date(2026, 12, 31)),
    ("จะจ่ายภายในอาทิตย์นี้", "payment_promise", date(2026, 12, 6)),
    ("Машинаа зарсан. Яагаад татвар ирсэн бэ?", "consultation_request", None),
    ("දැන් ගෙවන්න බැහැ", "consultation_request", None),
    # Kyoto: no longer needed; paid, humbly.
    ("こういう連絡は、もう結構どすさかい", "opt_out", None),
    ("昨日納めさせていただきました", "already_paid", None),
    # Rude: a name denied roughly, in kanji and kana; abuse alone; a resume said crossly.
    ("ふざけんな、俺は田中じゃねえ", "wrong_number", None),
    ("ｵﾚﾊ ｻﾄｳｼﾞｬﾈｰﾖ", "wrong_number", None),
    ("くたばれ", "other", None),
    ("役人はみんなクズ", "other", None),
    ("止めたら大事な知らせまで来なくなった。またこちらに送ってよ", "other", None),
])
def test_the_kinds_of_miss_seen_in_sets_139_to_141(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# Sets 142–144's misses, each a class, in new words (set 143: corrections, a third hand; set
# 144: residents' own languages, a third hand).
@pytest.mark.parametrize("text,label,when", [
    # Sendai and Miyagi: only half payable; never lived here; tax by SMS doubted; a resume.
    ("払えるのは三分の一だけです", "consultation_request", None),
    ("私は仙台に住んだことがありません", "wrong_number", None),
    ("ショートメールで税金の督促なんて来るもんなの？", "authenticity_check", None),
    ("止めてたけど、またお知らせ送ってけさい", "other", None),
    # Corrections: in English; in hiragana; a date brought forward; marked 訂正; a stop kept;
    # OK to send again; paid told and a question after; a thought payment that bounced;
    # a consultation withdrawn for a plan; instalments allowed; only one period paid.
    ("I said I'd pay on Monday, but I can only manage Thursday.", "payment_promise", date(2026, 12, 3)),
    ("さっき はらった と おくったけど まちがいです。あした はらいます", "payment_promise", date(2026, 12, 3)),
    ("先日20日と申し上げましたが、10日に前倒しします", "payment_promise", date(2026, 12, 10)),
    ("訂正：5日ではなく８日です", "payment_promise", date(2026, 12, 8)),
    ("前回の「停止」はこのままでお願いします", "opt_out", None),
    ("停止って送ったのは取り消しで、送ってOKです", "other", None),
    ("昨日払いましたと連絡した者ですが、領収書は郵送してもらえますか", "already_paid", None),
    ("Update: I thought I'd paid but it bounced. Can I pay in parts?", "consultation_request", None),
    ("My last message said next month - actually I can pay on the 15th.", "payment_promise", date(2026, 12, 15)),
    ("先週分納の相談をした者です。窓口で分納が認められました。初回は10日に払います", "payment_promise", date(2026, 12, 10)),
    ("前回の補足です。払ったのは第1期だけで、第2期はまだです。少し待ってください", "consultation_request", None),
    ("先日は詐欺呼ばわりして失礼しました。市の広報で確認しました", "other", None),
    ("以前「本物？」と聞いたけど、返事がなくてまだ疑ってます", "authenticity_check", None),
    # Own languages: stops; a resume; non-stop work is no stop; dates and promises.
    ("Đừng spam nữa", "opt_out", None),
    # …and those only the model had heard, found by the guard on every labelled stop.
    ("前に停止を送りましたが、まだ届きます。すぐ止めてください", "opt_out", None),
    ("ar sms pathaben na", "opt_out", None),
    ("jangan kirim2 lagi", "opt_out", None),
    ("Paki-alis po ang number ko sa inyong listahan", "opt_out", None),
    ("Por favor removam meu número", "opt_out", None),
    ("唔使再send啦", "opt_out", None),
    ("咪再發訊息啦", "opt_out", None),
    ("之前按錯停止，請再send返通知", "other", None),
    ("Non-stop overtime this month, sorry. I'll pay on the 20th", "payment_promise", date(2026, 12, 20)),
    ("thu 3 tuan sau em dong", "payment_promise", date(2026, 12, 8)),
    ("mai em đi nộp", "payment_promise", date(2026, 12, 3)),
    ("聽日去交", "payment_promise", date(2026, 12, 3)),
    ("二十号之前一定交", "payment_promise", date(2026, 12, 20)),
    ("म १५ तारिखमा तिर्छु", "payment_promise", date(2026, 12, 15)),
    ("Pagaré el jueves de la próxima semana", "payment_promise", date(2026, 12, 10)),
    ("Bayaran ko po sa 5 o 9", "payment_promise", date(2026, 12, 9)),
    ("Сарын сүүлээр төлнө", "payment_promise", date(2026, 12, 31)),
    ("Paguei ontem no banco", "already_paid", None),
    ("ทำไมต้องจ่ายอีก", "consultation_request", None),
])
def test_the_kinds_of_miss_seen_in_sets_142_to_144(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)

@pytest.mark.parametrize("text,label,when", [
    # Japanese stops: made not to come, asked whether it can be (Kyushu's ごと too); sending
    # told to stop or asked how long it goes on; a refusal said before; sending of no use; no
    # more wanted from now on; then the look-alikes: a stop set aside (ではなく), a block nearly
    # made, a scam's number blocked, our messages kept as they are, notices on again, another
    # hour asked; corrections (an asterisk, a date denied, a comma before と言いましたが, a quote
    # in 『』, another tax, sent to someone else, ignore…pls, a request made before, a resume
    # taken back); a proxy payer; a winter with no income; the bill higher than last year.
    ("このSMS、届かないようにできますか", "opt_out", None),
    ("もうメール来んごとしてくれんね", "opt_out", None),
    ("通知来なくしてほしい", "opt_out", None),
    ("まだ送るの?もう送るのやめたら", "opt_out", None),
    ("いつまでこれ送ってくるつもりなの", "opt_out", None),
    ("前にはっきり断りましたよね", "opt_out", None),
    ("読まないから送られても無駄です", "opt_out", None),
    ("今後こういうのは要らんけん", "opt_out", None),
    ("スマホの方は今後は不要です", "opt_out", None),
    ("お知らせはもう大丈夫です", "opt_out", None),
    ("案内はいただかなくて結構です", "opt_out", None),
    ("もう要らないって何度も言ってる", "opt_out", None),
    ("返事もしないしもう見ないよ。もういらん", "opt_out", None),
    ("停止の仕方じゃなくて、払い方を教えてください", "consultation_request", None),
    ("危うく着信拒否するところでした。金曜に払います", "payment_promise", date(2026, 12, 4)),
    ("怪しいSMSが来たのでその番号は着信拒否しました。この番号は本物ですか", "authenticity_check", None),
    ("止めたいのは口座振替の方で、メールはこのままでいいです", "consultation_request", None),
    ("通知を切ってたのをオンにしたら届いてました。明日払います", "payment_promise", date(2026, 12, 3)),
    ("夜中に送るのはやめてください。日中なら大丈夫です", "other", None),
    ("25日に払います *26日", "payment_promise", date(2026, 12, 26)),
    ("来週の月曜に払います。すみません、来週の月曜じゃなくて火曜でした", "payment_promise", date(2026, 12, 8)),
    ("明後日に払う、と言いましたが、明日行けます。明日払います", "payment_promise", date(2026, 12, 3)),
    ("さっきの『払いました』は間違いです。まだでした。月末に払います", "payment_promise", date(2026, 12, 31)),
    ("払ったと返信しましたが、それは国保の分でした。住民税は今月は無理です", "consultation_request", None),
    ("来週払うって書いたの、友達宛てのLINEと間違えました", "other", None),
    ("先ほどの返信は他の方に送るつもりのものでした", "other", None),
    ("Please ignore my last message, thanks", "other", None),
    ("配信停止をお願いしましたが取り消します。またお知らせを届けてください", "other", None),
    ("停止の解除をお願いしましたが、やっぱり停止でお願いします", "opt_out", None),
    ("さっきの配信再開は間違いです。停止のままにしてください", "opt_out", None),
    ("Don't stop these, I genuinely need them", "other", None),
    ("息子の私が代わりに月末に払います。父は入院中でよく分からないので", "payment_promise", date(2026, 12, 31)),
    ("冬の間は収入がゼロです。半分ずつ払ってもいいですか", "consultation_request", None),
    ("届いた通知、前年より金額が高いです。何かの間違いでは?", "consultation_request", None),
    ("Is this real? It says pay by the 20th", "authenticity_check", None),
    ("もしもし", "other", None),
    # Residents' own languages (replies/abroad.py): stops; look-alikes (a salary, a blocked
    # card, don't stop, send again); latest dates; own digits; next weekday; in N days; paid
    # told with words between; how, can't pay; a scam; a wrong number.
    ("Пожалуйста, не присылайте больше сообщений", "opt_out", None),
    ("Прошу удалить мой номер из рассылки", "opt_out", None),
    ("Не надсилайте мені більше смс", "opt_out", None),
    ("من فضلك توقف عن إرسال الرسائل", "opt_out", None),
    ("خلاص بطّل تبعتلي مسجات", "opt_out", None),
    ("لطفا دیگه پیامک نفرستید", "opt_out", None),
    ("mujhe ye sms mat bhejo", "opt_out", None),
    ("कृपया मुझे मैसेज मत भेजिए", "opt_out", None),
    ("Merci d'arrêter de m'envoyer des SMS", "opt_out", None),
    ("Bitte schicken Sie mir keine Nachrichten mehr", "opt_out", None),
    ("Non mandatemi più messaggi, grazie", "opt_out", None),
    ("Lütfen bana artık mesaj göndermeyin", "opt_out", None),
    ("Tafadhali usinitumie ujumbe tena", "opt_out", None),
    ("Tolong jangan hantar mesej lagi", "opt_out", None),
    ("Мой зарплату задержали, можно оплатить частями?", "consultation_request", None),
    ("Моя карта заблокирована, оплачу завтра", "payment_promise", date(2026, 12, 3)),
    ("Ma carte bancaire est bloquée, je paierai vendredi", "payment_promise", date(2026, 12, 4)),
    ("Bitte nicht aufhören, mir die Erinnerungen zu schicken", "other", None),
    ("Lütfen mesajları tekrar gönderin", "other", None),
    ("Je paierai au plus tard le 20", "payment_promise", date(2026, 12, 20)),
    ("Pagherò il 10, al massimo il 15", "payment_promise", date(2026, 12, 15)),
    ("ادفع يوم ٢٠", "payment_promise", date(2026, 12, 20)),
    ("Оплачу в следующую пятницу", "payment_promise", date(2026, 12, 11)),
    ("अगले सोमवार को भुगतान कर दूँगा", "payment_promise", date(2026, 12, 7)),
    ("Nitalipa baada ya siku 3", "payment_promise", date(2026, 12, 5)),
    ("Ich habe letzte Woche bei der Post bezahlt", "already_paid", None),
    ("O pagamento já foi feito ontem", "already_paid", None),
    ("كيف أدفع الضريبة؟", "consultation_request", None),
    ("मैं इस महीने टैक्स नहीं दे पाऊँगा", "consultation_request", None),
    ("Bu gerçekten belediyeden mi? Dolandırıcılık olabilir", "authenticity_check", None),
    ("Вы ошиблись номером", "wrong_number", None),
    # A second hand's languages and a fifth hand's indirect stops; Kansai corrections (言うた,
    # もうた); a consultation taken back; month names after the day.
    ("もう送ってこんでええよ", "opt_out", None),
    ("いらんって何度言えばわかるん", "opt_out", None),
    ("毎回毎回なんなん。もういらねっちゃ", "opt_out", None),
    ("もう受け取りたくないです", "opt_out", None),
    ("「いりません」と返信したはずですが", "opt_out", None),
    ("受信拒否でお願いできますか", "opt_out", None),
    ("メールをいただくのはもう結構です", "opt_out", None),
    ("不要だと伝えたはずです", "opt_out", None),
    ("送ってくる意味がないです", "opt_out", None),
    ("ご案内は書面だけにしてください", "opt_out", None),
    ("SMS 停止 お願い します", "opt_out", None),
    ("防災メールは解除しましたが、こちらは続けてください", "other", None),
    ("さっき金曜言うたけど、月曜になるわ", "payment_promise", date(2026, 12, 7)),
    ("払った言うてもうたけど、まだやったわ。来週払うわ", "payment_promise", date(2026, 12, 13)),
    ("相談の件はもう大丈夫です。明日払います", "payment_promise", date(2026, 12, 3)),
    ("分納の話はなしで。月末に全部払います", "payment_promise", date(2026, 12, 31)),
    ("Заплачу 5 мая", "payment_promise", date(2027, 5, 5)),
    ("Zahle am 3. Januar", "payment_promise", date(2027, 1, 3)),
    ("Je paierai le 12 décembre", "payment_promise", date(2026, 12, 12)),
    ("Дараа сарын 5-нд төлнө", "payment_promise", date(2027, 1, 5)),
    ("ខ្ញុំនឹងបង់ថ្ងៃសុក្រ", "payment_promise", date(2026, 12, 4)),
    ("Bu SMS'leri iptal edin lütfen", "opt_out", None),
    ("ye messages band kar dijiye", "opt_out", None),
    ("Bitte die SMS wieder schicken", "other", None),
    ("lotfan payamha ro ghat konid", "opt_out", None),
    # A third hand's languages (resumes with STOP quoted, don't stop, Kazakh, Polish, Arabizi,
    # Finglish, kal + a future verb, N days later, the week after next's weekday) and a sixth
    # hand's stops and corrections (off this number's list, 知らせんでええ, 今後はなしに, other
    # callers blocked, no longer not needed, a call no longer wanted, a resident's own 【訂正】
    # line, an account number mistyped).
    ("Я по ошибке написал STOP, присылайте уведомления снова", "other", None),
    ("Oldin STOP deb yozdim, yana yuboring iltimos", "other", None),
    ("continuez a m'envoyer les rappels svp", "other", None),
    ("reminder STOP mat karna please", "other", None),
    ("Эти напоминания мне не нужны", "opt_out", None),
    ("wa2fouha please", "opt_out", None),
    ("dige payamak nafrestid lotfan", "opt_out", None),
    ("Маған бұдан былай СМС жібермеңіз", "opt_out", None),
    ("Proszę nie wysyłać mi wiadomości", "opt_out", None),
    ("kal pakka pay kar dunga", "payment_promise", date(2026, 12, 3)),
    ("৫ দিন পর দিয়ে দেব", "payment_promise", date(2026, 12, 7)),
    ("je paie jeudi de la semaine prochaine", "payment_promise", date(2026, 12, 10)),
    ("Zapłacę w przyszłym tygodniu", "payment_promise", date(2026, 12, 13)),
    ("Ирэх сарын 15-нд төлнө", "payment_promise", date(2027, 1, 15)),
    ("それ、うちの番号からは外してもらえますか", "opt_out", None),
    ("携帯にはもう知らせんでええよ", "opt_out", None),
    ("今後はなしにしといてちょうだい", "opt_out", None),
    ("非通知は拒否してるけど、このSMSはちゃんと届いてます", "other", None),
    ("お知らせ要らないと送りましたが、やっぱり必要でした", "other", None),
    ("停止って返信したの取り消します", "other", None),
    ("先日の問い合わせの件、解決したので電話は不要です。来週払います", "payment_promise", date(2026, 12, 13)),
    ("【訂正】さっきの返信は間違いです。今月中に払います", "payment_promise", date(2026, 12, 31)),
    ("振込先の口座番号を間違えてしまいました。どうすればいいですか", "consultation_request", None),
    ("こちらは田中ではありません", "wrong_number", None),
])
def test_the_kinds_of_miss_seen_in_sets_145_to_156(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


# What sets 157-160 taught (a spring in a commuter city, 25 languages, odd characters, dates
# among numbers), in words of ours, not theirs.
MISSES_157_TO_160 = [
    ("先月の20日に払うと言ってましたが、遅れてすみません。明日払います", "payment_promise", date(2026, 12, 3)),
    ("11月30日付のお知らせの件、12月10日に払います", "payment_promise", date(2026, 12, 10)),
    ("木か金に振り込みます", "payment_promise", date(2026, 12, 4)),
    ("月か火に払いに行きます", "payment_promise", date(2026, 12, 8)),
    ("这周内会去交的", "payment_promise", date(2026, 12, 6)),
    ("จะจ่ายวันที่ 10 หรือ 15 ครับ", "payment_promise", date(2026, 12, 15)),
    ("5 din baad pay kar dunga", "payment_promise", date(2026, 12, 7)),
    ("I'm not Ms. Kato.", "wrong_number", None),
    ("Sorry I don't know any Mrs Kato", "wrong_number", None),
    ("I just got this number last month, who are you looking for?", "wrong_number", None),
    ("この携帯、どなたか別の方宛てではないでしょうか", "wrong_number", None),
    ("Este número não é da Sra. Silva", "wrong_number", None),
    ("Vocês mandaram pra pessoa errada, não conheço", "wrong_number", None),
    ("Ini bukan nomornya, saya baru beli kartu ini", "wrong_number", None),
    ("ผิดคนค่ะ", "wrong_number", None),
    ("メールで送ってくるのはもうやめてください", "opt_out", None),
    ("dung nhan tin cho toi nua", "opt_out", None),
    ("Palihug ayaw na mi i-text", "opt_out", None),
    ("dejen de molestar con los mensajes", "opt_out", None),
    ("Saya tidak mau menerima notifikasi lagi", "opt_out", None),
    ("aba sms napathau", "opt_out", None),
    ("S\u200bTOP", "opt_out", None),
    ("st\u043e\u0440", "opt_out", None),
    ("ST0P", "opt_out", None),
    ("&#20572;&#27490;", "opt_out", None),
    ("配信停\u200d止で", "opt_out", None),
    ("ストップ詐欺のチラシを見たけど、これは本物ですか", "authenticity_check", None),
    ("xe da huy dang ky tu thang 5 roi, sao con phai dong thue?", "consultation_request", None),
    ("来月から特別徴収に切り替わると聞きましたが、今月分はどうなりますか", "consultation_request", None),
    ("전화 주세요", "consultation_request", None),
    ("vâng ạ", "other", None),
    ("네 알겠습니다", "other", None),
    ("今会議中なので後で確認します", "other", None),
]


# What sets 161-164 taught (a snow town, shared phones, doubts about the SMS, every label in
# residents' own languages), in words of ours.
MISSES_161_TO_164 = [
    ("雪かきで日中は出られんすけ、夕方に電話くれや", "consultation_request", None),
    ("ここは老人ホームの事務室です。そのお名前の方は当ホームにはおりません", "wrong_number", None),
    ("中古で買った携帯です。宛名の方も用件も私には分かりません", "wrong_number", None),
    ("止めてほしいわけじゃないけど、もう払いましたよ", "already_paid", None),
    ("妻に払うように伝えておきます", "other", None),
    ("送信元の番号がいつもと違うけど、なりすましでは?", "authenticity_check", None),
    ("区役所がSMSで税金の督促なんてするんですか?", "authenticity_check", None),
    ("Surely real tax offices don't text people?", "authenticity_check", None),
    ("Isn't the tax deducted from my salary already? Please explain.", "consultation_request", None),
    ("我20号去交", "payment_promise", date(2026, 12, 20)),
    ("15号或者20号交", "payment_promise", date(2026, 12, 20)),
    ("আগামী মাসের ৫ তারিখে দেব", "payment_promise", date(2027, 1, 5)),
    ("cuoi thang toi se dong", "payment_promise", date(2026, 12, 31)),
    ("5 ngay nua em se dong", "payment_promise", date(2026, 12, 7)),
    ("2 хоногийн дараа төлнө", "payment_promise", date(2026, 12, 4)),
    ("เดือนหน้าจะจ่ายค่ะ", "payment_promise", date(2027, 1, 31)),
    ("babayaran ko sa 20 po", "payment_promise", date(2026, 12, 20)),
    ("Pago até sexta, pode deixar", "payment_promise", date(2026, 12, 4)),
    ("Mañana mismo pago en la tienda", "payment_promise", date(2026, 12, 3)),
    ("toi da chuyen khoan roi", "already_paid", None),
    ("cho em nhan lai thong bao nhe", "other", None),
    ("Mohon kirim lagi SMS-nya, saya butuh", "other", None),
    ("이 번호로는 연락 하지 마세요", "opt_out", None),
    ("Nag-stop po ang kompanya namin, hindi pa po ako makakabayad", "consultation_request", None),
    ("지금은 못 내요", "consultation_request", None),
    ("이거 스미싱이죠?", "authenticity_check", None),
    ("ตอนนี้จ่ายไม่ได้ค่ะ", "consultation_request", None),
    ("Em muon hoi la dong o dau duoc khong?", "consultation_request", None),
    ("夜中に連絡が来るのは困ります。今後は控えてもらえますか", "opt_out", None),
    ("Ayoko na makatanggap ng text, paki-remove ang number ko", "opt_out", None),
]


# What sets 165-168 taught (a month in Shikoku, limits on the messages beside stops, Japanese
# mixed mid-sentence with other languages, a Tokyo ward's month), in words of ours. A wish about
# when or where our messages come is no stop: `other`, flagged (TIME_WANTED, ELSEWHERE).
MISSES_165_TO_168 = [
    ("お知らせはもういいです、用があれば手紙でお願いします", "opt_out", None),
    ("昼だけじゃなくて、全部止めてください", "opt_out", None),
    ("以后请不要再给这个号码发短信", "opt_out", None),
    ("いっぺん停止しとったけど、また送ってくれる?", "other", None),
    ("受信拒否、解除しておきました", "other", None),
    ("停止なんて送りませんよ、ちゃんと見てます", "other", None),
    ("夜中に送るのはやめてください。昼なら大丈夫です", "other", None),
    ("Please don't text me at night, daytime is fine", "other", None),
    ("口座振替が停止されてたので、昨日窓口で払いました", "already_paid", None),
    ("We had to stop trading last month, I can't pay now", "consultation_request", None),
    ("配信停止と送ったのはミスです。また送ってください", "other", None),
    ("娘がコンビニで払うてくれたと言うとった", "already_paid", None),
    ("とっくに納めとるよ", "already_paid", None),
    ("見覚えのない名前ですね、うちじゃないです", "wrong_number", None),
    ("これは私宛てではありません", "wrong_number", None),
    ("I'm not 陳, you have the wrong person", "wrong_number", None),
    ("来月払うつもりやけど、3回に分けて払えるんやろか", "consultation_request", None),
    ("Đã đóng thuế rồi", "already_paid", None),
    ("I think the amount is the wrong number, it doubled", "consultation_request", None),
    ("Pwede po ba magbayad sa konbini?", "consultation_request", None),
    ("Tolong telepon saya sore ini", "consultation_request", None),
    ("明日 bayar ya", "payment_promise", date(2026, 12, 3)),
    ("Cobro el 15 y ese mismo día pago", "payment_promise", date(2026, 12, 15)),
    ("今朝コンビニで支払い完了。ご確認ください", "already_paid", None),
    ("父は目が悪いので、この番号には送らんようにしてください", "opt_out", None),
]


# What sets 169-172 taught (a Fukuoka month, replies written with an AI assistant or a letter
# template, residents from eight countries in their languages, other bills mixed in), in words
# of ours.
MISSES_169_TO_172 = [
    ("孫がこのメール見て心配するけん、もう送らんごとしてください", "opt_out", None),
    ("依頼事項:この番号へのお知らせの送付取りやめ", "opt_out", None),
    ("I wish to withdraw my consent to receiving text messages.", "opt_out", None),
    ("税金の連絡はこっちには入れないでください", "opt_out", None),
    ("No further messages to this number, please.", "opt_out", None),
    ("督促は今後中止をお願いします", "opt_out", None),
    ("ここは田中さんの家じゃないです", "wrong_number", None),
    ("この「鈴木」って誰ですか", "wrong_number", None),
    ("番号ちがいではないですか", "wrong_number", None),
    ("Is this real? I was told to stop and check first.", "authenticity_check", None),
    ("I nearly texted STOP, sorry. I'll pay on Friday.", "payment_promise", date(2026, 12, 4)),
    ("納付予定日:12月10日", "payment_promise", date(2026, 12, 10)),
    ("納付方法:コンビニ払い。明日納付いたします", "payment_promise", date(2026, 12, 3)),
    ("本日、納付を完了いたしました", "already_paid", None),
    ("郵便局にて全額払い込みいたしました", "already_paid", None),
    ("停止しとったけど、また送ってもらってよかですか", "other", None),
    ("NHKうざい", "other", None),
    ("今日は水道代を払ったので、税金は土曜に払います", "payment_promise", date(2026, 12, 5)),
    ("年内に払います。車検を先に済ませたいので", "payment_promise", date(2026, 12, 31)),
    ("arko hapta sombar tirchu", "payment_promise", date(2026, 12, 7)),
    ("labana sathiye sikurada gewannam", "payment_promise", date(2026, 12, 11)),
    ("12 wenida gewannam", "payment_promise", date(2026, 12, 12)),
    ("12 sariin 20-nd tolno", "payment_promise", date(2026, 12, 20)),
    ("parson pay kar dunga", "payment_promise", date(2026, 12, 4)),
    ("Жума куни 振込 қиламан", "payment_promise", date(2026, 12, 4)),
    ("agami soptahe diye dibo", "payment_promise", date(2026, 12, 13)),
    ("ami SMS chai na", "opt_out", None),
    ("ab yo number ma message aauna nadinus", "opt_out", None),
    ("sms kerek emes", "opt_out", None),
    ("ma tyo manche hoina", "wrong_number", None),
    ("bi ter hun bish", "wrong_number", None),
]


# What sets 173-176 taught (a Hokuriku month, the hardest stops beside look-alikes, Portuguese
# and Spanish without their accents, a small town's month), in words of ours.
MISSES_173_TO_176 = [
    ("止めてって前にも言うたやろ。まだ来るんか", "opt_out", None),
    ("息子がもう払ろてくれとったわ", "already_paid", None),
    ("仕事が止まっとって、支払いを一時停止してもらえんけ?", "consultation_request", None),
    ("My bank says stop answering texts from unknown numbers. Is this real?", "authenticity_check", None),
    ("Never heard of her. Wrong person.", "wrong_number", None),
    ("田中さんではありません", "wrong_number", None),
    ("配信停止の方法も書いてないのが怪しい。本物?", "authenticity_check", None),
    ("Not interested in receiving these messages anymore", "opt_out", None),
    ("お知らせの登録を取り消してください", "opt_out", None),
    ("受信したくないです", "opt_out", None),
    ("SMSでのお知らせは無しにしてください", "opt_out", None),
    ("退会したいです", "opt_out", None),
    ("SAIR", "opt_out", None),
    ("nao conheco ninguem com esse nome", "wrong_number", None),
    ("no soy la senora Quispe", "wrong_number", None),
    ("ya esta pagado", "already_paid", None),
    ("me liga por favor", "consultation_request", None),
    ("amanha eu pago", "payment_promise", date(2026, 12, 3)),
    ("el viernes pago sin falta", "payment_promise", date(2026, 12, 4)),
    ("daqui 3 dias pago", "payment_promise", date(2026, 12, 5)),
    ("pago dia 10 ou no maximo 15", "payment_promise", date(2026, 12, 15)),
    ("el 10 del proximo mes pago", "payment_promise", date(2027, 1, 10)),
    ("blz, entendi", "other", None),
    ("引き落とし停止になってたみたいなので、明日振り込みます", "payment_promise", date(2026, 12, 3)),
    ("相談するつもりでしたが、やっぱりやめて月末に払います", "payment_promise", date(2026, 12, 31)),
    ("メールが来んように設定してください", "opt_out", None),
    ("いちいち携帯に来るの、もうやめてほしい", "opt_out", None),
    ("I'd like these texts to stop.", "opt_out", None),
    ("If you text me again I will complain.", "opt_out", None),
    ("頼んでないので今後はなしでお願いします", "opt_out", None),
    ("このやり取りはもう終わりにしてください", "opt_out", None),
    ("これ以上メールが来るようなら苦情を入れます", "opt_out", None),
    ("descadastrar meu numero por favor", "opt_out", None),
    ("chega de mensagem", "opt_out", None),
    # Word boundaries are ASCII in the rules: a pattern ending in an accented letter ends in a
    # look-ahead, not \b (pagó, não é, sra.).
    ("mi esposa pagó ayer", "already_paid", None),
    ("Mi esposo pagó ayer, no soy la sra. Quispe", "wrong_number", None),
    ("meu nome não é Ana", "wrong_number", None),
]


# Sets 177-180 (session 16: a northern Tohoku winter; machine-translated replies; promises tied
# to pay day and holidays; emoji and chat shorthand), in new words: Tohoku's 払る, 払っておぐ,
# 払ってねがった and でねぇす; names with 々; wrong said before a stop; waiting asked in dialect;
# the sender doubted or asked for proof; learners' English (have finish pay, more big than);
# Korean notifications turned off; one's own message sent by mistake; periods as a translating
# app words them (来る月, この週のうちに, 月の終わり); next month's pay day then its day; 年末調整
# is no year end; Nepali गते, Indian English "20 date", 이번 달, thứ Sáu tuần này.
MISSES_177_TO_180 = [
    ('おらは菊地でねぇよ。番号違うべ', 'wrong_number', None),
    ('私は野々村ではありません', 'wrong_number', None),
    ('間違いです!もう連絡しないでください', 'wrong_number', None),
    ('給料入ったら払るはんで', 'payment_promise', None),
    ('今月中に払るがら', 'payment_promise', date(2026, 12, 31)),
    ('孫に聞いだら払ってねがったど。明日払っておぐがら', 'payment_promise', date(2026, 12, 3)),
    ('再来週払うがら、それまで待ってけろ', 'consultation_request', None),
    ('Apakah ini resmi dari kantor kota?', 'authenticity_check', None),
    ('The tax is much more than last year, please check', 'consultation_request', None),
    ('We have already finish the payment at the bank', 'already_paid', None),
    ('문자 알림 좀 꺼 주세요', 'opt_out', None),
    ('あなた様がどなたなのかわかりません', 'authenticity_check', None),
    ('区役所の職員だと証明できますか', 'authenticity_check', None),
    ('Sorry, wrong message, that was for my husband', 'other', None),
    ('すみません、間違えて送信しました', 'other', None),
    ('月の終わりに払いに行きます', 'payment_promise', date(2026, 12, 31)),
    ('来る月に全部払います', 'payment_promise', date(2027, 1, 31)),
    ('この週のうちに納めます', 'payment_promise', date(2026, 12, 6)),
    ('今年の終わりまでに支払います', 'payment_promise', date(2026, 12, 31)),
    ('来月の年金の日、15日に払います', 'payment_promise', date(2027, 1, 15)),
    ('年末調整の戻りで払います', 'payment_promise', None),
    ('I will pay on 20 date', 'payment_promise', date(2026, 12, 20)),
    ('म अर्को महिनाको १० गते तिर्छु', 'payment_promise', date(2027, 1, 10)),
    ('이번 달 안에 낼게요', 'payment_promise', date(2026, 12, 31)),
    ('Em sẽ trả vào thứ Sáu tuần này', 'payment_promise', date(2026, 12, 4)),
    ('toi se tra vao thu sau tuan nay', 'payment_promise', date(2026, 12, 4)),
]


# Sets 181-184 (an Ibaraki September; our reminder quoted back; the border of consultations;
# threads of replies): our stop and resume instructions quoted, pasted or prefixed Q:/[引用], in
# Japanese and English; a stop word said over; 結構どす; paid with 済ませる or させてもろてます;
# paid up to an earlier instalment only; a later day or sending proof asked about; instalments
# agreed, or asked for (払わせて); 振り込むで; going again after not getting there; a day and 必ず;
# 今月も20日; a date 付で is the payment's own.
MISSES_181_TO_184 = [
    ('配信停止を希望される方は「停止」と返信してください、とありますが停止は希望しません。金曜に払います', 'payment_promise', date(2026, 12, 4)),
    ('To opt out, reply STOP. -- I already paid on Monday', 'already_paid', None),
    ('再開するには「再開」と返信してください\n了解です', 'other', None),
    ('> 12月25日までにお納めください\nわかりました', 'other', None),
    ('はいはい、停止停止', 'opt_out', None),
    ('今後のお知らせは結構どす', 'opt_out', None),
    ('支払いはきのうコンビニで済ませてあります', 'already_paid', None),
    ('前期までは納めました。今回のは何の税金ですか?', 'consultation_request', None),
    ('来月の5日じゃだめですか?', 'consultation_request', None),
    ('領収書の写真、送ったほうがいいですか', 'consultation_request', None),
    ('分納で約束した分、今月も15日に入れます', 'payment_promise', date(2026, 12, 15)),
    ('3回に分けて払わせてもらえませんか', 'consultation_request', None),
    ('明日振り込むでね', 'payment_promise', date(2026, 12, 3)),
    ('雪で行けなかったけど、月曜日には必ず行きます', 'payment_promise', date(2026, 12, 7)),
    ('すみません、遅れました。5日後には必ず', 'payment_promise', date(2026, 12, 7)),
    ('先週、納めさせてもらいました', 'already_paid', None),
    ('12月10日付で振り込む予定です', 'payment_promise', date(2026, 12, 10)),
]


@pytest.mark.parametrize("text", [
    "配信停止を希望される方は「停止」と返信してください",
    "停止するには「停止」と返信してください。",
    "【みどり市】SMSでのお知らせを停止しました。再開するには「再開」と返信してください。",
    "Reply STOP to opt out.",
    "To stop receiving these messages, text STOP.",
])
def test_our_stop_and_resume_instructions_quoted_alone_leave_nothing_to_read(text):
    assert normalize(text) == ""
    assert (classify(text, WED).label, classify(text, WED).opt_in) == ("other", False)


# Sets 185-188 (a Kagoshima August; English only, stops beside look-alikes; businesses; romaji),
# in new words: Kagoshima's 払いもした, 払いもす, あいた (tomorrow) and たもんせ; English stops said
# formally or politely (consent, removal from a list, refuse these texts) and what stops something
# else (a debit, a smile, the gym's texts; Stop? No way); a stop sent to the wrong number; trying a
# payment again; a remaining balance paid off; 月末締め is no date; a company's phone whose person
# left; 処理いたします; the tax office's number doubted; romaji with long vowels marked, kana months
# and days (jūnigatsu tōka, raigetsu yōka), nennai, dewa, shiranai; 今後はご遠慮ください.
MISSES_185_TO_188 = [
    ('もう払いもした', 'already_paid', None),
    ('あいた払いもす', 'payment_promise', date(2026, 12, 3)),
    ('本物なら来週払いもす', 'payment_promise', date(2026, 12, 13)),
    ('停止しちょったお知らせ、また送ってたもんせ', 'other', None),
    ('I do not consent to any further text messages to this number.', 'opt_out', None),
    ('Would it be possible not to receive these reminders anymore?', 'opt_out', None),
    ('Please confirm removal of my number from your contact list.', 'opt_out', None),
    ('I refuse these text messages.', 'opt_out', None),
    ('How can I stop the direct debit from my account? I want to pay at the konbini.', 'consultation_request', None),
    ("I couldn't stop smiling at this text, paid it yesterday", 'already_paid', None),
    ("I'm unsubscribing from the gym's texts, not yours. Paying Friday.", 'payment_promise', date(2026, 12, 4)),
    ("Stop? No way, keep the reminders coming. I'll pay on the 10th.", 'payment_promise', date(2026, 12, 10)),
    ('I texted STOP to the wrong number, please keep sending', 'other', None),
    ("The card payment was declined, I'll try again tomorrow", 'payment_promise', date(2026, 12, 3)),
    ("I'll pay off the remaining balance on the 20th so my instalments end", 'payment_promise', date(2026, 12, 20)),
    ('月末締めの支払いで12月25日にお振込みします', 'payment_promise', date(2026, 12, 25)),
    ('当社の業務用携帯です。田中はすでに退職しました', 'wrong_number', None),
    ('退職された方宛てのメールのようです', 'wrong_number', None),
    ('本日中に振込処理いたします', 'payment_promise', date(2026, 12, 2)),
    ('この電話番号は本当に税務署のものですか', 'authenticity_check', None),
    ("raishū no kin'yōbi ni haraimasu", 'payment_promise', date(2026, 12, 11)),
    ('jūnigatsu tōka made ni furikomimasu', 'payment_promise', date(2026, 12, 10)),
    ('raigetsu yōka ni haraimasu', 'payment_promise', date(2027, 1, 8)),
    ('nennai ni haraimasu', 'payment_promise', date(2026, 12, 31)),
    ('kono bangou wa Tanaka dewa arimasen', 'wrong_number', None),
    ('dare? kono hito shiranai', 'wrong_number', None),
    ('kongo wa goenryo kudasai', 'opt_out', None),
    ('mou haraimashita. sagi desu ka?', 'already_paid', None),
]


# Sets 189-192 (a Yamagata or Fukushima May; stops without the usual words, an eighth hand;
# Chinese, Korean and Vietnamese only; a year-end month in Osaka), in new words: dialect thanks;
# 払ったべした; hardship after a meant payment (だげど…きつい); calls declined, SMS wanted; trying
# again on a day; a house's previous owner is no phone's; threats, reports as spam, waste and
# unwelcome arrivals as stops; another app's notifications, a refusal asked about and calls to the
# workplace as no stops; TD; Chinese promises, payments, doubts, hardship, or-joined weekdays, 年底,
# 这周内; Korean 담주, 금욜, 이체; Vietnamese ngày 10 tháng 12, không…nữa.
MISSES_189_TO_192 = [
    ('おしょうしな。了解です', 'other', None),
    ('とっくに払ったべした', 'already_paid', None),
    ('払うつもりだげど今週はきついっす', 'consultation_request', None),
    ('督促の電話はもうやめてください。SMSで十分です', 'other', None),
    ('カードが通らなかったので、明日もう一度やってみます', 'payment_promise', date(2026, 12, 3)),
    ('固定資産税は前の所有者の分じゃないですか?土地は去年買いました', 'consultation_request', None),
    ('これ以上来るようなら消費者センターに相談します', 'opt_out', None),
    ('迷惑メールとして通報しました', 'opt_out', None),
    ('こっちに送るのは無駄です、見ませんから', 'opt_out', None),
    ('携帯にこういう連絡が来るのは迷惑です', 'opt_out', None),
    ('LINEの通知はオフにしてますが、このSMSは読んでます。金曜に払います', 'payment_promise', date(2026, 12, 4)),
    ('受信拒否したらどうなりますか?', 'consultation_request', None),
    ('職場への電話だけはやめてください。月末に払います', 'payment_promise', date(2026, 12, 31)),
    ("I don't want these. Further messages will be blocked.", 'opt_out', None),
    ('TD', 'opt_out', None),
    ('不小心回复了退订，请继续发通知给我', 'other', None),
    ('下周五汇款', 'payment_promise', date(2026, 12, 11)),
    ('年底前会缴清', 'payment_promise', date(2026, 12, 31)),
    ('这周内会处理', 'payment_promise', date(2026, 12, 6)),
    ('星期二或者星期四交', 'payment_promise', date(2026, 12, 8)),
    ('现在交不起，可以分期吗', 'consultation_request', None),
    ('前天已经转账了', 'already_paid', None),
    ('不认识这个人', 'wrong_number', None),
    ('怎么证明这是政府发的?', 'authenticity_check', None),
    ('담주 금욜에 이체할게요', 'payment_promise', date(2026, 12, 11)),
    ('어제 계좌이체 했어요', 'already_paid', None),
    ('고지서를 아직 못 받았습니다', 'consultation_request', None),
    ('이 번호 주인이 바뀌었어요', 'wrong_number', None),
    ('Em se chuyen khoan vao ngay 10 thang 12', 'payment_promise', date(2026, 12, 10)),
    ('Vui lòng không nhắn tin cho số này nữa', 'opt_out', None),
    ('Tôi không biết người này', 'wrong_number', None),
    ('Số tiền không đúng', 'consultation_request', None),
]


# Sets 193-196 (Tagalog, Cebuano, Indonesian, Thai and Nepali only; negations and conditionals
# around stopping and paying; a Mie or Wakayama October; a Kochi March), in new words: Nepali
# तिरिदिन्छु, तिरेको छु, tarik, दिनपछि, यो हप्ता; Thai when-then-pay, โอน, วันศุกร์หน้า, paid in full,
# not Mr X, call back, เลิกส่ง; Cebuano refusals and stops; Tagalog doubts and calls; Indonesian
# refusals, tgl/bln, lunasi, tidak mengirim…lagi; refusals denied (言ってません; わけがない), threats
# if not stopped, mine a stop, やっぱり止めて; English soft and disowned stops; finishing to come
# is no payment; Tosa's 払っちょきます and 払うちょります; the addressee not of this household.
MISSES_193_TO_196 = [
    ('महिनाको अन्त्यसम्म तिरिदिन्छु', 'payment_promise', date(2026, 12, 31)),
    ('हिजो कन्बिनीमा तिरेको छु', 'already_paid', None),
    ('15 tarik ma tirxu', 'payment_promise', date(2026, 12, 15)),
    ('५ दिनपछि तिर्छु', 'payment_promise', date(2026, 12, 7)),
    ('यो हप्ता भित्र तिर्छु', 'payment_promise', date(2026, 12, 6)),
    ('พรุ่งนี้จ่ายครับ', 'payment_promise', date(2026, 12, 3)),
    ('จะโอนให้วันศุกร์หน้าค่ะ', 'payment_promise', date(2026, 12, 11)),
    ('ชำระเรียบร้อยแล้วค่ะ', 'already_paid', None),
    ('ดิฉันไม่ใช่คุณสมศรีค่ะ', 'wrong_number', None),
    ('ช่วยโทรกลับด้วยค่ะ', 'consultation_request', None),
    ('เลิกส่งมาได้แล้ว', 'opt_out', None),
    ('Dili ko mobayad, sayop ang kwenta', 'consultation_request', None),
    ('Ayaw na mag text diri', 'opt_out', None),
    ('Totoo ba ito? Babayaran ko bukas', 'payment_promise', date(2026, 12, 3)),
    ('Pakitawagan po ako', 'consultation_request', None),
    ('Saya tidak akan bayar, terlalu mahal', 'consultation_request', None),
    ('sy bayar tgl 5 bln depan', 'payment_promise', date(2027, 1, 5)),
    ('Sebelum akhir tahun saya lunasi', 'payment_promise', date(2026, 12, 31)),
    ('Mohon tidak mengirim SMS lagi ke nomor ini', 'opt_out', None),
    ('yo sms band garnus', 'opt_out', None),
    ('払わないとは一言も言ってません', 'other', None),
    ('払えないわけじゃないけど、来月にならないと無理です', 'consultation_request', None),
    ('払わないわけがないでしょう。10日に払います', 'payment_promise', date(2026, 12, 10)),
    ('止めないと警察に通報しますよ', 'opt_out', None),
    ('自分は止めてほしいです', 'opt_out', None),
    ('いや、やっぱり止めてください', 'opt_out', None),
    ("If you don't stop messaging me I'm blocking this number", 'opt_out', None),
    ("I wouldn't mind if you stopped these texts", 'opt_out', None),
    ("I'm not asking you to stop. Can someone call me?", 'consultation_request', None),
    ("It's not that I can't pay, I forgot. Paying Friday.", 'payment_promise', date(2026, 12, 4)),
    ('払い終わるまで止めないでください。15日に払います', 'payment_promise', date(2026, 12, 15)),
    ('払ってなかった。今日払いました', 'already_paid', None),
    ('月末までに払っちょきます', 'payment_promise', date(2026, 12, 31)),
    ('とっくに払うちょります', 'already_paid', None),
    ('娘が昨日払いに行っちょります', 'already_paid', None),
    ('宛名の方、うちとちゃいます', 'wrong_number', None),
]


# Sets 197-200 (a Gunma or Tochigi November; hardship and crisis; two or three SMS a gateway
# joined; a Shiga or Fukui June), in new words: the later of joined messages correcting the
# earlier (a day moved, the week kept, paid taken back, a stop taken back as pressed by mistake,
# a refusal taken back, only the day of a payment fixed); a payment told beside a death with
# 行き違いでしょうか; the late one's phone used by the writer; a doubt about a message to one in
# hospital; a name that is neither user's; unable to go and pay; gone to pay and found it closed;
# a stop word said twice on two lines.
MISSES_197_TO_200 = [
    ('15日に払います\nすみません、18日の間違いです', 'payment_promise', date(2026, 12, 18)),
    ('払いました\nすみません、まだでした。金曜に払います', 'payment_promise', date(2026, 12, 4)),
    ('停止\n↑押し間違いです。停止しないでください', 'other', None),
    ('12/10に振り込みます\n12/11でした', 'payment_promise', date(2026, 12, 11)),
    ('払えないです\nいや、ボーナス出たら払います', 'payment_promise', None),
    ('配信停止\nやっぱりいいです、続けて送ってください', 'other', None),
    ('来週の月曜に払います\n月曜じゃなくて火曜', 'payment_promise', date(2026, 12, 8)),
    ("I'll pay on Friday\nSorry, I meant Monday", 'payment_promise', date(2026, 12, 7)),
    ('明日払えます\nあ、払えますじゃなくて払います', 'payment_promise', date(2026, 12, 3)),
    ('昨日払った\nあ、昨日じゃなくて月曜だった', 'already_paid', None),
    ('払いました\n…と思ったら払ってませんでした', 'other', None),
    ('10日に払います\nすみません、20日です', 'payment_promise', date(2026, 12, 20)),
    ('祖母の葬儀の前に払ってあります。行き違いでしょうか', 'already_paid', None),
    ('亡くなった父の携帯を私が使っていますが、宛名の方は知りません', 'wrong_number', None),
    ('入院中の父あてに届きました。本当に市役所からですか', 'authenticity_check', None),
    ('書いてあるお名前は父でも私でもありません', 'wrong_number', None),
    ('足を怪我して払いに行けない。どうすりゃいいの', 'consultation_request', None),
    ('払いに行ったけど窓口が閉まってました。どうしたらいいですか', 'consultation_request', None),
    ('やめて\nやめてください', 'opt_out', None),
]


# Sets 201-204 (a Kitakyushu or Yamaguchi February; replies for someone else about the messages;
# French, Portuguese, Spanish, Swahili and Amharic with their accents; pasted receipts and bank
# mails), in new words: 番号違いやと思います; no one of the family; a stop for father's in old
# kana; whether paid, asked; the name different too; a transfer booked; a receipt pasted, 払えて
# ますよね, ﾌﾘｺﾐｽﾞﾐ; a bank mail's own unsubscribe line; French paid, stops, resumes, promises and
# wrong numbers; Spanish refusals, stops and a half paid; the weekday said next (el próximo
# viernes, sexta-feira que vem: next week's); efetuei/efectuei; blz?; Swahili and Amharic; French
# mon is no Monday; a reason, then 止めて.
MISSES_201_TO_204 = [
    ('番号違いやと思います。送らんといて', 'wrong_number', None),
    ('宛名の方は家族の誰でもありません', 'wrong_number', None),
    ('ﾃｲｼ ﾁﾁ ﾉ ﾌﾞﾝ', 'opt_out', None),
    ('納付済みかどうか調べてもらえますか', 'consultation_request', None),
    ('母は名前も違うと言ってます', 'wrong_number', None),
    ('振込予約しました。振込日は12月10日です', 'payment_promise', date(2026, 12, 10)),
    ('取扱日 2026.11.30 金額 ￥12,000 ←払いました', 'already_paid', None),
    ('これで払えてますよね?', 'already_paid', None),
    ('ﾌﾘｺﾐｽﾞﾐ', 'already_paid', None),
    ('※本メールの配信停止はこちら https://example.com/stop\n↑銀行のメールです。振込は済んでます', 'already_paid', None),
    ('mon mari a déjà payé', 'already_paid', None),
    ("Plus besoin de m'envoyer des SMS", 'opt_out', None),
    ("Vous pouvez recommencer à m'envoyer les messages, j'ai envoyé STOP par erreur", 'other', None),
    ('Je vais faire le paiement cette semaine', 'payment_promise', date(2026, 12, 6)),
    ('Ce numéro était à mon frère, je ne suis pas concerné', 'wrong_number', None),
    ('Ya no quiero recibir mensajes', 'opt_out', None),
    ('No vamos a pagar eso', 'consultation_request', None),
    ('Pagué la mitad, ¿el resto lo puedo pagar en enero?', 'consultation_request', None),
    ('Pago el próximo viernes', 'payment_promise', date(2026, 12, 11)),
    ('Pago na sexta-feira que vem', 'payment_promise', date(2026, 12, 11)),
    ('Já efetuei o pagamento ontem', 'already_paid', None),
    ('Vou efectuar o pagamento no dia 20', 'payment_promise', date(2026, 12, 20)),
    ('Vou pagar este mês, blz?', 'payment_promise', date(2026, 12, 31)),
    ('Barua sijapokea, nipigieni simu', 'consultation_request', None),
    ('ቅዳሜ እከፍላለሁ', 'payment_promise', date(2026, 12, 5)),
    ('ክፍያውን ፈጽሜያለሁ', 'already_paid', None),
    ('ደብዳቤው አልደረሰኝም', 'consultation_request', None),
    ('Je vais payer dès que mon patron me paie', 'payment_promise', None),
    ('母はもう見られないので止めて', 'opt_out', None),
]


# Sets 205-208 (an Asahikawa or Kushiro January; replies that are only a day, a word or an
# amount; technical interns' learner Japanese; young bilingual residents), in new words: a bare
# day or two, a weekday's one character, 曜 in kana, 来週の火, N日後, a vague when alone; an amount
# at a time asked; 解除 alone; kana spaced word by word; 20ニチ; another sender's unsubscribe;
# stopping a fee's growth or one's own habit; a stop said before from another number; text は
# もういらない.
MISSES_205_TO_208 = [
    ('20', 'payment_promise', date(2026, 12, 20)),
    ('１０か１５で', 'payment_promise', date(2026, 12, 15)),
    ('土', 'payment_promise', date(2026, 12, 5)),
    ('木よう', 'payment_promise', date(2026, 12, 3)),
    ('来週の火', 'payment_promise', date(2026, 12, 8)),
    ('5日後', 'payment_promise', date(2026, 12, 7)),
    ('そのうち', 'payment_promise', None),
    ('3000円ずつ', 'consultation_request', None),
    ('解除', 'opt_out', None),
    ('らいしゅう の すいようび に はらいます', 'payment_promise', date(2026, 12, 9)),
    ('わたし ちがう ひと です', 'wrong_number', None),
    ('ワタシ キュウリョウ 20ニチ。20ニチ ハライマス', 'payment_promise', date(2026, 12, 20)),
    ('unsubscribeしたいのは楽天のメールです、こっちは大丈夫', 'other', None),
    ('Is there a way to stop the late fee from growing?', 'consultation_request', None),
    ("I'll stop procrastinating lol. Paying Friday", 'payment_promise', date(2026, 12, 4)),
    ('送らないでって前に言ったのは別の番号です。10日に払います', 'payment_promise', date(2026, 12, 10)),
    ('月末に払うけど text はもういらない', 'opt_out', None),
    ('こちら に ごれんらく なさらない で いただけます でしょうか', 'opt_out', None),
]


# Sets 209 and 210 (a Nagano or Yamanashi September; a month in a Yokohama ward), in new words:
# a doubt asked with Shinshu's ずら and だら, stopped before and wanted again (送っとくれ), what to
# do asked with ずら.
MISSES_209_TO_210 = [
    ('市役所からで間違いないだら？今日払います', 'payment_promise', date(2026, 12, 2)),
    ('前に停止したけど、やっぱりまた送っとくれ', 'other', None),
    ('払えんかったで、どうすりゃいいずら', 'consultation_request', None),
]


# Sessions 15 and 16's rounds, each list above headed by what its sets were.
@pytest.mark.parametrize("text, label, when", [
    *MISSES_157_TO_160, *MISSES_161_TO_164, *MISSES_165_TO_168, *MISSES_169_TO_172, *MISSES_173_TO_176,
    *MISSES_177_TO_180, *MISSES_181_TO_184, *MISSES_185_TO_188, *MISSES_189_TO_192,
    *MISSES_193_TO_196, *MISSES_197_TO_200, *MISSES_201_TO_204,
    *MISSES_205_TO_208, *MISSES_209_TO_210])
def test_the_kinds_of_miss_seen_in_sets_157_to_210(text, label, when):
    result = classify(text, WED)
    assert (result.label, result.promised_date) == (label, when)


_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def _first_letters(items, from_end=False):
    """The literal characters a parsed sequence can start (or end) with, where a literal decides."""
    C = sre_constants
    out = set()
    for op, av in (reversed(items) if from_end else items):
        if op is C.LITERAL:
            return out | {chr(av)}
        if op is C.IN:
            return out | {chr(a) for o, a in av if o is C.LITERAL}
        if op is C.SUBPATTERN:
            return out | _first_letters(list(av[-1]), from_end)
        if op is C.BRANCH:
            for branch in av[1]:
                out |= _first_letters(list(branch), from_end)
            if all(av[1]):
                return out
        elif op in _REPEATS:
            body = list(av[2])
            if body[0][0] in (C.ANY, C.NOT_LITERAL) or (body[0][0] is C.IN and body[0][1][0][0] is C.NEGATE):
                return out  # any character may stand there
            out |= _first_letters(body, from_end)
            if av[0]:
                return out
        elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return out
    return out


def _non_ascii_beside_a_boundary(items):
    C = sre_constants
    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is C.AT and av is C.AT_BOUNDARY:
            beside = _first_letters(items[:i], from_end=True) | _first_letters(items[i + 1:])
            yield from (c for c in beside if ord(c) > 127 and unicodedata.category(c)[0] in "LMN")
        children = ([av[-1]] if op is C.SUBPATTERN else av[1] if op is C.BRANCH else [av[2]] if op in _REPEATS
                    else [av[1]] if op in (C.ASSERT, C.ASSERT_NOT) else [])
        for child in children:
            yield from _non_ascii_beside_a_boundary(child)


def _regexes(value, seen):
    if id(value) not in seen:
        seen.add(id(value))
        if isinstance(value, re.Pattern):
            yield value
        elif isinstance(value, (Prefiltered, Gated)):
            yield from _regexes(value._regex if isinstance(value, Prefiltered) else value._searcher, seen)
        elif isinstance(value, (dict, list, tuple)):
            for v in (value.values() if isinstance(value, dict) else value):
                yield from _regexes(v, seen)


def test_no_word_boundary_in_the_rules_stands_beside_a_non_ascii_letter():
    """The rules compile with re.ASCII, so that \\bpay matches in 明日payします; a \\b there beside
    an accented or CJK letter (pagu[ée]\\b, \\b(?:…|市役所)) then holds only next to an ASCII letter,
    and the alternative it guards never matches as meant (62baf2c fixed five; this finds them all)."""
    seen, found = set(), []
    for name in ("abroad", "classify", "dates", "keywords", "labels", "normalize", "prefilter", "rules"):
        for attr, value in vars(importlib.import_module(f"replies.{name}")).items():
            for rx in _regexes(value, seen):
                if rx.flags & re.ASCII and (chars := set(_non_ascii_beside_a_boundary(sre_parse.parse(rx.pattern, rx.flags)))):
                    found.append((f"{name}.{attr}", "".join(sorted(chars)), rx.pattern[:60]))
    assert len(seen) > 1000  # the rules were found
    assert not found, found


@pytest.mark.parametrize("text, label, opt_in", [
    ("Tôi đã trả", "already_paid", False),  # trả\b never held
    ("tôi đã trả lời rồi", "other", False),  # trả lời is "answered"
    ("Pagué", "already_paid", False),
    ("Ich habe es überwiesen", "already_paid", False),  # \bü never held
    ("Czy to naprawdę", "authenticity_check", False),
    ("Lütfen mesajları tekrar aç", "other", True),  # a resume; the model had guessed a stop
])
def test_forms_a_boundary_beside_a_non_ascii_letter_had_hidden(text, label, opt_in):
    result = classify(text, WED)
    assert (result.label, result.opt_in) == (label, opt_in)


def test_a_stop_taken_back_in_hinglish_is_a_resume():
    result = classify("配信停止 wapas le lo please", WED)
    assert (result.label, result.opt_in) == ("other", True)


def test_another_senders_stop_asked_about_is_no_stop():
    assert classify("配信停止ってどうやるんだっけ?メルマガのやつ", WED).label != "opt_out"


def test_a_stop_denied_is_no_stop():
    assert classify("通知を止めたいわけではなく、番号を変えてほしいだけです", WED).label != "opt_out"


def test_a_stop_sent_by_mistake_in_tagalog_is_undone():
    result = classify("Na-stop ko kanina by mistake, pakisend ulit po", WED)
    assert (result.label, result.opt_in) == ("other", True)


def test_a_correction_undoes_a_stop_only_where_the_messages_are_wanted():
    undone = classify("停止と送りましたが、やはり届くようにしてください", WED)
    repeated = classify("停止と送ったのに、まだ届きます", WED)
    assert (undone.label, undone.opt_in) == ("other", True)
    assert (repeated.label, repeated.opt_in) == ("opt_out", False)


def test_a_stop_sent_by_mistake_in_quotes_is_undone():
    result = classify("前に間違えて「停止」と送ってしまったので、またお知らせが届くようにしてください", WED)
    assert (result.label, result.opt_in) == ("other", True)


# A request to resume: regret about an earlier stop and a wish to keep receiving, in any
# register; an opt-in, never a stop, whatever the model guesses.
@pytest.mark.parametrize("text", [
    "以前お知らせを止めていただきましたが、やはり引き続きこの番号へご連絡いただけますと助かります",
    "こないだ配信停止にしちゃったけど、やっぱこれからも届けてほしいです",
    "この前止めてもろたけんど、今後も送ってもろうたら有り難いです",
    "停止を依頼いたしましたが、今後もご案内を頂ければ幸いに存じます",
    "I unsubscribed by mistake last month; please keep sending the reminders to this number.",
    "I'd like to continue receiving the reminders, sorry for the earlier STOP",
])
def test_regret_for_a_stop_and_a_wish_to_keep_receiving_is_an_opt_in(text):
    for model in (None, _StopModel()):
        result = classify(text, WED, model=model)
        assert (result.label, result.opt_in) == ("other", True)


# …but a stop said beside the regret, or a wish for no more, is still a stop.
@pytest.mark.parametrize("text", [
    "停止をお願いしてしまいましたが、やはり今後も送らないでください",
    "今後もお知らせは不要です",
    "今後も送ってこないでください",
    "I don't want to keep receiving these texts",
])
def test_a_stop_beside_continuing_words_is_still_a_stop(text):
    result = classify(text, WED)
    assert (result.label, result.opt_in) == ("opt_out", False)


# Voice input's commands and fillers (送信, 改行, 以上, えーっと) are said to the phone: the
# model's guess of a stop is overruled, unless a stop is said in the reply too.
@pytest.mark.parametrize("text,label", [
    ("えーっと、今の無しで。送信", "other"),
    ("うーん 改行", "other"),
    ("えっと明日の件 以上送信 終わり", "other"),
    ("あ、これ送信して", "other"),
    ("配信停止 送信", "opt_out"),
    ("えっと、もう送らないで。送信", "opt_out"),
    ("えー、お知らせ不要です 改行", "opt_out"),
])
def test_voice_input_commands_are_not_stops(text, label):
    assert classify(text, WED, model=_StopModel()).label == label
