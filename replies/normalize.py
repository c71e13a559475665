"""Make a resident's text regular before it is read: width, case, kana, slips, numerals, odd characters."""

from __future__ import annotations

import functools
import html
import re
import unicodedata

import jaconv

MAX_CHARS = 1000  # carriers deliver at most 660 characters; anything longer is read by its start

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                 "六": 6, "七": 7, "八": 8, "九": 9}
# A kanji numeral only where it counts something we date: 二十五日, 十日後, 三ヶ月.
_KANJI_NUMBER = re.compile(r"[〇零一二三四五六七八九十]+(?=日|月|週|ヶ月|か月|カ月|ヵ月)")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "`": "'", "“": '"', "”": '"',
                         "〜": "~", "～": "~", "ｰ": "ー"})


# Arabic script's optional vowel marks and its tatweel, which few write and none need to read.
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")


def kanji_to_int(s: str) -> int | None:
    """二十五 -> 25, 十 -> 10, 三十一 -> 31, 一五 -> 15; None where it is not a numeral."""
    if not s:
        return None
    if "十" not in s:
        return int("".join(str(_KANJI_DIGITS[c]) for c in s)) if all(c in _KANJI_DIGITS for c in s) else None
    head, _, tail = s.partition("十")
    if len(head) > 1 or len(tail) > 1 or "十" in tail:
        return None
    tens = _KANJI_DIGITS.get(head, None) if head else 1
    ones = _KANJI_DIGITS.get(tail, None) if tail else 0
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


# Words residents often write in kana, read as their kanji (dates and a few verbs).
_KANA_WORDS = {"らいしゅう": "来週", "こんしゅう": "今週", "さらいしゅう": "再来週", "らいげつ": "来月",
               "こんげつ": "今月", "げつまつ": "月末", "ねんない": "年内", "ていし": "停止",
               "はいしん": "配信", "てーし": "停止", "きょひ": "拒否", "ほんじつ": "本日", "あさつて": "明後日", "さいかい": "再開", "かいじょ": "解除", "じゅしん": "受信",
               "すとっぷ": "停止", "ぶんかつ": "分割",
               # Old phones write small kana big (しやくしよ); romaji's kinyoubi reads きにょうび.
               "しやくしょ": "市役所", "しやくしよ": "市役所", "しゃくしょ": "市役所", "くやくしょ": "区役所",
               "くやくしよ": "区役所", "やくしょ": "役所", "やくしよ": "役所", "やくば": "役場",
               "ほんとうに": "本当に", "ほんとに": "本当に", "ほんとう": "本当", "きにょうび": "金曜日",
               "こうざ": "口座", "さぎ": "詐欺", "しあさって": "明々後日",
               # Verbs of sending and contacting, and what we send, as old phones write them
               # (ｿｳｼﾝｼﾅｲﾃﾞ, ﾚﾝﾗｸ ｲﾗﾅｲ, ﾒｰﾙ ﾔﾒﾃ read in hiragana), and a polite request in
               # romaji (teishi onegaishimasu).
               "そうしん": "送信", "ちゅうし": "中止", "れんらく": "連絡", "つうち": "通知", "めーる": "メール",
               "めっせーじ": "メッセージ", "しょーとめーる": "ショートメール", "おねがい": "お願い",
               "けっこう": "結構", "めえる": "メール", "めっせえじ": "メッセージ", "しょおとめえる": "ショートメール",  # romaji's ee, oo
               # Nouns of a wrong number and of the bill, as learners and old phones write them
               # (ﾊﾞﾝｺﾞｳ ﾁｶﾞｲﾏｽ, ばんごう ちがう, tegami todoite imasen, nan no zeikin).
               "ばんごう": "番号", "でんわばんごう": "電話番号", "てがみ": "手紙", "ぜいきん": "税金",
               "げつようび": "月曜日", "かようび": "火曜日", "すいようび": "水曜日", "もくようび": "木曜日",
               "きんようび": "金曜日", "どようび": "土曜日", "にちようび": "日曜日",
               # Paying nouns, as old phones write them in half-width kana (ﾉｳﾌｽﾞﾐﾃﾞｽ, ﾆｭｳｷﾝｼﾏｼﾀ).
               "のうふ": "納付", "にゅうきん": "入金", "かんのう": "完納", "のうにゅう": "納入",
               # What we send and how long, as learners write them (oshirase wa fuyou, konkai kagiri).
               "おしらせ": "お知らせ", "こんかい": "今回",
               # Romaji's kinyou reads きにょう; nouzei zumi, paid.
               "きにょう": "金曜", "のうぜいずみ": "納付済み", "のうぜい": "納税",
               "ふりこみさき": "振込先", "さしおさえ": "差し押さえ", "きゅうよ": "給与", "えんりょ": "遠慮", "こんご": "今後",
               # Periods, money and people as romaji writes them (kyou-chuu, raishu with its u
               # short, kayobi, kingaku, hikiotosarete, shiharai, dare, shirimasen; set 188).
               "きょうちゅう": "今日中", "きょうじゅう": "今日中", "こんしゅうちゅう": "今週中", "らいしゅうちゅう": "来週中",
               "こんげつちゅう": "今月中", "せんしゅう": "先週", "せんげつ": "先月", "さらいげつ": "再来月", "ねんまつ": "年末",
               "らいしゅ": "来週", "かよび": "火曜日", "げつよび": "月曜日", "すいよび": "水曜日", "もくよび": "木曜日",
               "きんよび": "金曜日", "どよび": "土曜日", "にちよび": "日曜日",
               "きんがく": "金額", "しはらい": "支払い", "ふりこみ": "振込み", "ひきおとし": "引き落とし",
               "ひきおとされ": "引き落とされ", "しつぎょう": "失業", "ぶんのう": "分納", "えんたいきん": "延滞金",
               "ぜいむか": "税務課", "のうぜいか": "納税課", "しちょうそん": "市町村",
               "だれ": "誰", "しりません": "知りません", "しらない": "知らない", "しらん": "知らん",
               "いまは": "今は", "むり": "無理", "ごえんりょ": "ご遠慮", "ごれんらく": "ご連絡",
               # Paid, as old phones and receipts write it in kana (ﾊﾗｲｺﾐｽﾞﾐ; set 204).
               "はらいこみずみ": "払込済み", "ふりこみずみ": "振込済み", "しはらいずみ": "支払済み", "のうふずみ": "納付済み"}
# A weekday or 来月 with its dakuten left off (きんようひ, らいけつ), as typed in a hurry or
# by voice input read back in kana: the same word. Only where the bare form is no other word
# (こんけつ is 混血, けつまつ is 結末: those stay).
_KANA_WORDS.update({w.replace("び", "ひ"): k for w, k in list(_KANA_WORDS.items()) if w.endswith("ようび")})
_KANA_WORDS.update({"けつようひ": "月曜日", "けつようび": "月曜日", "とようひ": "土曜日", "とようび": "土曜日",
                    "らいけつ": "来月"})
# Days of the month in kana (とおかに払います, にじゅうごにち, 25にち), as digits. Only before
# a particle, so that いつか (some day) and ようか (shall I) are never dates.
_KANA_DAYS = {"ついたち": 1, "ふつか": 2, "みっか": 3, "よっか": 4, "むいか": 6, "なのか": 7,
              "ここのか": 9, "とおか": 10, "とうか": 10, "はつか": 20}  # とうか: romaji's tōka
_KANA_ONES = {"いち": 1, "に": 2, "さん": 3, "よん": 4, "し": 4, "ご": 5, "ろく": 6, "なな": 7,
              "しち": 7, "はち": 8, "きゅう": 9, "く": 9}
_ONES = "(?:" + "|".join(sorted(_KANA_ONES, key=len, reverse=True)) + ")"
# Digits need nothing before them (ﾗｲｹﾞﾂﾉ5ﾆﾁ is 来月の5にち); kana numbers stand alone or
# after a particle (らいげつのとおか).
_KANA_DAY = re.compile(
    "(?:(?<![ぁ-ゖ])|(?<=[のにはまでとか])|(?<=なくて))(?:(" + "|".join(_KANA_DAYS) + ")(?=に|まで|ごろ|頃|の|ご|か|[ 、。]|$)"
    "|((?:" + _ONES + ")?じゅう" + _ONES + "?|" + _ONES + ")にち)|(\\d{1,2})-?にち"
    # After a month, いつか and ようか are its 5th and 8th (raigetsu itsuka), and romaji's 10-ka
    # is the 10th.
    "|(?<=月)の?(いつか|ようか)|(\\d{1,2})-か(?=に|まで|ごろ|の|[ 、。]|$)")
# Months in kana (じゅういちがつ, いちがつ: from romaji's juuichigatsu), as digits.
_KANA_MONTH = re.compile("(?:(?<![ぁ-ゖ])|(?<=[のにはまでと]))(じゅう(?:いち|に)?|いち|に|さん|し|ご|ろく|しち|はち|く)がつ")
_KANA_MONTHS = {"いち": 1, "に": 2, "さん": 3, "し": 4, "ご": 5, "ろく": 6, "しち": 7, "はち": 8, "く": 9,
                "じゅう": 10, "じゅういち": 11, "じゅうに": 12}


# A weekday in kana without its び (ﾗｲｼｭｳﾉｷﾝﾖｳﾆ), before a particle: かよう stays
# (かように is "thus").
_KANA_WEEKDAY_SHORT = re.compile("(?:(?<![ぁ-ゖ])|(?<=[のにはもをがでと]))(げつ|すい|もく|きん|ど|にち)よう(?=に|まで|ごろ|頃|の|で|[ 、。!]|$)")
_WEEKDAY_KANJI = {"げつ": "月", "すい": "水", "もく": "木", "きん": "金", "ど": "土", "にち": "日"}


def _kana_day(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{_KANA_DAYS[m.group(1)]}日"
    if m.group(3) or m.group(5):
        return (m.group(3) or m.group(5)) + "日"
    if m.group(4):
        return "5日" if m.group(4) == "いつか" else "8日"
    n = m.group(2)
    tens, _, ones = n.rpartition("じゅう") if "じゅう" in n else ("", "", n)
    value = (_KANA_ONES.get(tens, 1) * 10 if "じゅう" in n else 0) + (_KANA_ONES[ones] if ones else 0)
    return f"{value}日"


# Where the kana stand as a word of their own: うさぎ (a rabbit) is no 詐欺 (a scam).
# After a particle too: らいしゅうのかようび.
_KANA_WORD = re.compile("(?:(?<![ぁ-ゖ])|(?<=[のにはもをがでと]))(?:" + "|".join(sorted(_KANA_WORDS, key=len, reverse=True)) + ")"
                        "(?![ぁぃぅぇぉゃゅょゎっ])")  # つうちょう (a passbook) is no つうち


# Katakana: a message in katakana only (old phones: ｱｼﾀﾊﾗｲﾏｽ, made full-width by NFKC) is
# read as hiragana; elsewhere only katakana verbs are (すみません、ハライマス), and loanwords
# (コンビニ, メール) stay as they are.
_KATAKANA_ONLY = re.compile(r"^[\u30a0-\u30ff\s\d!?.,、。~ー]*[\u30a1-\u30fa][\u30a0-\u30ff\s\d!?.,、。~ー]*$")
# A message in kana only, its words spaced as learners and voice input write them (もう めーる
# こないように してください, らいげつ 15にち はらいます): read as one, as katakana-only is.
_KANA_SPACED = re.compile(r"^[ぁ-ゖァ-ヺー\d!?.,、。~]+(?: [ぁ-ゖァ-ヺー\d!?.,、。~]+)+$")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")
# Loanwords that mean a word we read: ストップ is 停止 (a stop request in any script), unless
# it is part of a longer loanword (ストップウォッチ).
# …and as learners spell them, the small ッ left out (ストプ, メセージ).
_LOANWORDS = {"ストップ": "停止", "ストプ": "停止", "エスエムエス": "sms", "メセージ": "メッセージ"}
_LOANWORD = re.compile("(?:" + "|".join(_LOANWORDS) + ")(?![\u30a1-\u30fa\u30fc])")
_VERB_ENDING = re.compile(r"(?:ます|ました|ません|です|でした|ください|ない|ないで|めて|して|った)$")

# Typing slips. An IME's wrong choice for a verb ending (払い真下 typed as はらいました),
# a playful negative (払えましぇん), a last kana left unconverted (払いまs).
_IME_HOMOPHONE = re.compile(r"(?<=[いきしちにひみりぎじびぴ])(真下|増す)")
_IME_HOMOPHONES = {"真下": "ました", "増す": "ます"}
# 停止 heard by voice input as 定刻 (on time), where a request follows it (定刻してください).
_STOP_MISHEARD = re.compile(r"定刻(?=して|します|しろ|お願い|でお願い|希望)")
_IME_WORDS = re.compile(r"講座(?=振替|振り替え|引き?落|番号|から|に|の残高)")  # こうざ: 口座, not a course
# はいしん heard by voice input as 背信 (betrayal), or converted as 配心, before the word it
# goes with: 配信.
_IME_HAISHIN = re.compile(r"(?:背信|配心)(?=(?:の|を|は)?(?:停止|中止|解除|再開))")
# おさめる converted as 収める (or 治める) where a tax is paid, or left in kana as a word of its
# own (voice input, learners: ゆうびんきょくで おさめました): 来週中に収めます is 納めます.
_IME_OSAME = re.compile(r"(?:収|治|(?:(?<![ぁ-ゖ])|(?<=[のにはもをがでと]))おさ)め(?=ます|ました|る|た|て|に\s?(?:行|い))")
# いきます converted as 生きます after a way of paying: 今日払いに生きます.
_IME_IKI = re.compile(r"(?<=払いに|込みに|納めに|付しに)生き")
# A weekday's name half in kana: 木よう日, 金ようび.
_KANA_WEEKDAY = re.compile(r"(?<=[月火水木金土日])(?:よう|ヨウ)(?:日|び|ビ)")
_PLAYFUL = re.compile(r"ましぇー?ん")
# Other wrong choices of an IME or of speech recognition, where a reply is about paying, and
# slips of typing: 性急書 (せいきゅうしょ: 請求書), 使用と思 (しようと思), 祓います (払います), 鷺 (詐欺)
# before a question, 京中 (今日中), 低止 (停止), 贈らないで (送らないで), お引かえください (お控え),
# くだしあ (ください), 停s (停止 typed as teishi and converted half-way), 降り込みます (振り込みます).
_WRONG_CHOICES = re.compile(r"性急書|使用と(?=思|おも)|祓(?=[いうえわっ])|鷺(?=です|では|じゃ|か|だろ|でしょ|\?)|(?<!東)京中|低止"
                            r"|贈(?=らない|らんで|るな|って(?:こ|く))|引かえ(?=て|ください|下さい|願)|くだしあ|くだちい|くらさい|くだはい|らいしゆう|こんしゆう|まあす(?=[。!~\s]|$)|まs(?=ん)|下ちい|配信定時|遅ら(?=ないで|んで|ないよう)|御知らせ|酔っ?払"
                            r"|停(?:s|sh|shi|si)(?![a-z])|降り?込(?=[みむまめん])")
_WRONG_CHOICE = {"性急書": "請求書", "使用と": "しようと", "祓": "払", "鷺": "詐欺", "京中": "今日中", "低止": "停止", "贈": "送",
                 "引かえ": "控え", "くだしあ": "ください", "くだちい": "ください", "くらさい": "ください", "くだはい": "ください",
                 "らいしゆう": "来週", "こんしゆう": "今週", "まあす": "ます", "まs": "ませ",
                 "下ちい": "ください", "配信定時": "配信停止", "遅ら": "送ら", "御知らせ": "お知らせ",
                 # Drunk (酔っ払って) holds no payment.
                 "酔っ払": "酔っぱら", "酔払": "酔っぱら",
                 "停s": "停止", "停sh": "停止", "停shi": "停止", "停si": "停止",
                 "降り込": "振り込", "降込": "振込"}
# Western Japan's past and te-form without the small っ (嫁が払たって言うてはります, PayPayで
# 払てます): 払った, 払って, as every rule reads them.
_SHORT_PAST = re.compile(r"(?<=払)(?=[たて])")
# Punctuation dictated as words at the end of a phrase (…払いますまる, 詐欺ですかはてな,
# わかりましたてん はらいます).
_DICTATED = re.compile(r"(?<=[ぁ-ゖァ-ヺ一-鿿])(?:まる|マル)(?=\s|$)|(?:はてな|ハテナ)(?=\s|$)|(?<=[ぁ-ゖ一-鿿])(?:てん|テン)(?=\s)")
_DICTATED_MARK = {"まる": "。", "マル": "。", "はてな": "?", "ハテナ": "?", "てん": "、", "テン": "、"}
# A period's 中 in kana, big ゆ as old phones write it (本日ちゆう, 来週じゅう), and 後 after days
# (3日ご, ふつかご): the kanji dates read.
_KANA_WITHIN = re.compile(r"(?<=[日週月])(?:ちゆう|ちゅう|じゅう)|(?<=\d日)ご(?=に|には|まで|$|[、。 ])")
# A polite ending stretched (結構でーす, 払いまーす): the ending.
_STRETCHED = re.compile(r"(?<=[でま])[ー~]+(?=す)")
_IME_RESIDUE = re.compile(r"(?<=[ぁ-ゖ])(su|s|nn|n)(?![a-z])")
_IME_KANA = {"su": "す", "s": "す", "nn": "ん", "n": "ん"}

# Controls and emoji (with their skin tones) become spaces: emoji carry feeling, not a label,
# and 払います🙇‍♀️ must read as 払います. Invisible format characters (zero-width spaces and
# joiners, direction marks, the BOM, soft hyphens) and variation selectors go without a
# trace: gateways and keyboards put them inside words (S\u200bT\u200bO\u200bP, 払\U000e0100います),
# and Thai, Khmer or Burmese that use a zero-width space between words need no space at all.
_DROPPED = {"Cc", "So", "Sk"}
_ERASED = {"Cf"}


def _selector(code: int) -> bool:
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


class _Spaces(dict[int, int | None]):
    """For str.translate: a character of the dropped kinds becomes a space, an erased one
    nothing, any other stays.
    Each character is looked up in unicodedata once and remembered (up to a bound: a reply
    has a few dozen kinds of character), so that a text is mapped in C, not char by char."""

    LIMIT = 20_000

    def __missing__(self, code: int) -> int | None:
        category = unicodedata.category(chr(code))
        value = None if category in _ERASED or _selector(code) else 0x20 if category in _DROPPED else code
        if len(self) < self.LIMIT:
            self[code] = value
        return value


_SPACES = _Spaces()

_LATIN_RUN = re.compile(r"[a-z]+(?:[ '-][a-z]+)*")
_KANA_GAP = re.compile(r"(?<=[ぁ-ゖー]) (?=[ぁ-ゖー])")
# Between words read from romaji or old phones' kana (もう 連絡 しないで, sms は), no space.
_JA_GAP = re.compile(r"(?<=[ぁ-ゖァ-ヺー一-鿿]) (?=\S)|(?<=\S) (?=[ぁ-ゖァ-ヺー一-鿿])")
# Romaji words that stay as they are (sms, atm), and particles spelt as said (renraku wa).
_ROMAJI_KEEP = {"sms", "atm", "ok", "paypay", "line",
                # English among romaji stays English, for the English rules (Mou paid shita yo;
                # Hontou ni shiyakusho kara? I'll pay on Friday anyway).
                "paid", "pay", "already", "tomorrow", "today", "tonight", "next", "week", "month", "scam",
                "sorry", "please", "pls", "thanks", "anyway", "will", "i'll", "okay", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "on", "by", "the", "this"}
_ROMAJI_PARTICLES = {"wa": "は", "e": "へ"}

# Our own SMS quoted back before the answer: a mail-style "> " line, a long 「…」 or "…",
# or the reminder's own sentences (its 【office】 header line, お支払い済みの場合は…). What the
# resident says is what is left; our words (お支払い済み) must not be read as theirs.
_QUOTED = re.compile(r"^[ \t]*[>＞].*$|「[^」]{15,}」|『[^』]{15,}』|[\"“][^\"”]{15,}[\"”]"
                     # A line headed as ours (【○○市 納税課】…), not the resident's own 【訂正】.
                     r"|^[ \t]*【[^】\n]{0,20}(?:市|区|町|村|役所|役場|課|室|税)[^】\n]{0,20}】.*$"
                     r"|(?:お支払い?済みの場合は)?行き違い(?:の際は)?ご容赦(?:ください|下さい)[。]?"
                     r"|納期限(?:[(（][^)）]{0,20}[)）])?を過ぎています[。]?", re.MULTILINE)
# Our instruction for stopping or resuming, quoted or pasted back (配信停止を希望される方は「停止」と
# 返信してください; 再開するには「再開」と返信; Reply STOP to opt out): an instruction, never the
# resident's own request, so it goes even alone. What they say beside it is what is read.
_INSTRUCTION = re.compile(
    r"(?:[^。\n「」『』]{0,20}?(?:を)?(?:ご)?希望(?:される|する|の)(?:方|場合)(?:は|、)"
    r"|[^。\n「」『』]{0,10}?(?:停止|配信停止|再開|解除)(?:する|される)?(?:場合|には|時は|ときは)(?:は|、)?|(?:配信)?停止は)"
    r"[ \t]*[「『\"](?:停止|配信停止|stop|STOP|Stop|再開|START|start|Start)[」』\"][ \t]*(?:と|を)?[ \t]*(?:ご)?返信"
    r"(?:して|を)?(?:ください|下さい|くださいませ|願います|お願いします|お願いいたします)?[。.]?"
    r"|(?:to (?:stop|opt out|unsubscribe|end)[^.\n]{0,30}?,? )?(?:reply|text|send)(?: with)? [\"']?(?:stop|STOP|Stop)[\"']?"
    r"(?= to (?:stop|opt|unsub|end|cancel))(?: to [^.\n]{0,40})?[.]?"
    r"|to (?:stop|opt out|unsubscribe)[^.\n]{0,30}?,? (?:reply|text|send)(?: with)? [\"']?(?:stop|STOP|Stop)[\"']?[.]?"
    # …and another sender's, in a mail pasted back (※本メールの配信停止はこちら https://…).
    r"|[※*]?\s?(?:本|この)?(?:メール|メールマガジン|メルマガ|お知らせ)(?:の)?配信停止(?:は|を(?:ご)?希望の方は)?\s?(?:こちら|下記|以下)[^\n]*", re.IGNORECASE)
# Only what reads as ours goes: a resident quoting their own words (「停止して」と言いました)
# keeps them.
_OUR_WORDS = re.compile(r"納期限|期限|未納|お支払い|お納め|納付|税|督促|過ぎています|過ぎております|ご容赦|役所|役場|税務課|納税課|収納課|納税推進|"
                        r"お問い?合わ?せ|問合せ|配信停止|と(?:ご)?返信|due date|overdue|unpaid|"
                        # Our answers' own words (core.settings: answer_opt_out, answer_opt_in, …).
                        r"お知らせを(?:停止|再開)しました|正式なお知らせ|折り返しご連絡|今後この番号への")
# A reply quoted as mail does it: every line marked > or |. If any of them is ours, all are.
_QUOTE_LINE = re.compile(r"^[ \t]*(?:[>＞|｜][ \t]*)+.*$", re.MULTILINE)
# A phone's forwarding header and what follows it, and its signature: never the resident's words.
_FORWARDED = re.compile(r"-{3,}\s*(?:original message|元のメッセージ|転送メッセージ)\s*-{3,}[\s\S]*$"
                        r"|^[ \t]*[\[［](?:返信|転送)[\]］]|^[ \t]*(?:iphone|android|ipad)から送信[ \t]*$"
                        r"|^[ \t]*sent from my [a-z]+[ \t]*$", re.MULTILINE | re.IGNORECASE)
# The reminder's own phrasing, quoted back without marks: its [office] header, its "if already
# paid" and "past the due date", its inquiry number and its stop instruction.
_TEMPLATE = re.compile(
    r"[【\[［][^】\]］\n]{0,20}(?:市|区|町|村|役所|役場|課|室)[^】\]］\n]{0,20}[】\]］]"
    r"|^[^。\n]{0,12}(?:市|区|町|村)[^。\n]{0,8}(?:課|室)です"
    r"|(?:既に|すでに|行き違いで)?(?:お支払い?|納付)済みの(?:場合|方)は"
    r"|ご容赦(?:ください|下さい)|本通知は破棄|お早めにお支払いください"
    r"|(?:納期限|期限)[^。\n]{0,24}?(?:が|を)?過ぎて(?:います|おります)"
    r"|未納となっております|(?:納付|入金)(?:の)?確認ができておりません|(?:納付|入金)が確認できておりません"
    r"|[「\"](?:停止|stop|STOP)[」\"][ \t]*(?:と|を)?[ \t]*(?:ご)?返信"
    r"|(?:お問い?合わ?せ|問合せ|ご不明点)[^。\n]{0,16}?[☎:：\s(（]*[0０][0-9０-９]{1,4}[-－ー][0-9０-９]{1,4}[-－ー][0-9０-９]{3,4}",
    re.MULTILINE)
# What follows a sentence's end, where the next sentence starts.
_SENTENCE_START = re.compile(r"(?<=[。！？!?\n])")


# Katakana among other script that starts with a word we read in kana (ご連絡ありがとうございます。
# ﾃｲｼ; ｽﾐﾏｾﾝ ｱｼﾀ…): read in hiragana too. Loanwords (メール) are already what they are.
_KANA_START = re.compile("(?:" + "|".join(sorted([w for w in _KANA_WORDS if "ー" not in w]
                                                 + ["あした", "あさって", "きょう(?:$|は|に|中|じゅう|まで)"],
                                                 key=len, reverse=True)) + ")")


def _katakana_verb(m: re.Match[str]) -> str:
    hira = jaconv.kata2hira(m.group(0))
    return hira if _VERB_ENDING.search(hira) or _KANA_START.match(hira) else m.group(0)


def _kana_dates(text: str) -> str:
    """Weekdays and days of the month written in kana, as the kanji and digits dates read."""
    if "よう" in text:
        text = _KANA_WEEKDAY_SHORT.sub(lambda m: _WEEKDAY_KANJI[m.group(1)] + "曜", text)
    if "がつ" in text:
        text = _KANA_MONTH.sub(lambda m: f"{_KANA_MONTHS[m.group(1)]}月", text)
    if "にち" in text or "か" in text or "ついたち" in text:
        text = _KANA_DAY.sub(_kana_day, text)
    return _DAYS_AFTER.sub("日後", text) if "日ご" in text else text


# N days later, its 後 in kana (mikka go ni: 3日ごに).
_DAYS_AFTER = re.compile(r"(?<=\d)日ご(?=に|まで|$|[。、\s])")
_KANA_STOP = re.compile(r"(?<=[ぁ-ゖァ-ヺー一-鿿])\.(?=\s|[ぁ-ゖァ-ヺ一-鿿]|$)")


def romaji_to_kana(text: str) -> str:
    """ashita haraimasu -> あした はらいます (for replies typed without a Japanese keyboard).

    Only the runs of Latin letters change: すみません、ashita haraimasu -> すみません、あしたはらいます.
    Spaces between the kana go (Japanese has none), and the kana words are read as words
    (teishi -> 停止).
    """
    # Long vowels marked (raishū, kyō, getsuyōbi; Nihon-shiki's ô): written out, as typed.
    kana = _LATIN_RUN.sub(_romaji_words, text.translate(_LONG_VOWELS))
    # A full stop between romaji sentences is the kana's 。 (ashita harau. gomen nasai).
    kana = _KANA_STOP.sub("。", kana)
    # Dates too, as in kana: 20nichi ni, juugonichi, kinyou ni.
    return _kana_dates(_kana_words(_JA_GAP.sub("", kana)))


# Kagoshima's politeness and its tomorrow, as the rules read them (払いもした: 払いました,
# 払いもす: 払います, 送ってくいやい: 送ってください, あいた払いもす: 明日払います; set 185).
# あいた is tomorrow only before paying or going: 窓口があいたら is "opened".
_KAGOSHIMA_WORDS = {"もした": "ました", "もす": "ます", "もさん": "ません", "もはん": "ません",
                    "くいやい": "ください", "くいやんせ": "ください", "たもんせ": "ください", "たもいやんせ": "ください",
                    "あいた": "明日"}
_KAGOSHIMA = re.compile(r"(?:(?<=払い|込み|納め|行き|参り|送り|致し)|(?<=いたし))(?:もした|もす|もさん|もはん)(?![ぁ-ゖ])"
                        r"|(?<=[てで])(?:くいやんせ|くいやい|たもいやんせ|たもんせ)"
                        r"|(?<![ぁ-ゖ])あいた(?=(?:に|は|には)?(?:払|支払|はら|振|納|行|いく|持))")
def _spaced_word_by_word(text: str) -> bool:
    """Three spaces or more between Japanese words, one at least every ten characters, in kana
    mostly: a learner's spacing, not a prose reply's one or two."""
    japanese = _JAPANESE_CHAR.findall(text)
    gaps = len(_LEARNER_GAP.findall(text))
    return gaps >= 3 and gaps * 10 >= len(japanese) and sum("ぁ" <= c <= "ゖ" for c in japanese) >= 0.6 * len(japanese)


_JAPANESE_CHAR = re.compile(r"[ぁ-ゖァ-ヺ一-鿿々]")
_KATAKANA_DAY = re.compile(r"(?<=\d)\s?(?:ニチ|にち)")
_KATAKANA_MONTH = re.compile(r"(?<=\d)\s?(?:ガツ|がつ)")
_LEARNER_GAP = re.compile(r"(?<=[ぁ-ゖァ-ヺ一-鿿々ー]) (?=[ぁ-ゖァ-ヺ一-鿿々ー\d])|(?<=\d) (?=[ぁ-ゖァ-ヺ一-鿿])")
_DEWA = re.compile(r"でわ(?=ありません|ありませぬ|ない|なかった|なく|ございません)")
_LONG_VOWELS = str.maketrans({"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou",
                               "â": "aa", "î": "ii", "û": "uu", "ê": "ee", "ô": "ou"})
# jaconv reads nn before a vowel as ん and the vowel (nennai: ねんあい); Hepburn's nn there is
# ん then な-row (ねんない, konnichiwa, onna).
_DOUBLE_N = re.compile(r"nn(?=[aiueoy])")
# English words among romaji, read as the Japanese they stand for there (konbini ni stop
# shite: stopped by; unsubscribe shite nai).
_ROMAJI_ENGLISH = {"stop": "停止", "unsubscribe": "配信停止", "cancel": "キャンセル"}


def _romaji_words(m: re.Match[str]) -> str:
    # Word by word, so that each is read as a word (mou renraku: もう 連絡, not もうれんらく);
    # a hyphen parts words too (nijuugo-nichi).
    return " ".join(w if w in _ROMAJI_KEEP else _ROMAJI_PARTICLES.get(w) or _ROMAJI_ENGLISH.get(w)
                    or _kana_words(jaconv.alphabet2kana(_DOUBLE_N.sub("n'n", w))) for w in re.split(r"[ -]", m.group(0)) if w)


# A stop said alone as an old phone's first word, and what may follow it in the same request
# (ﾃｲｼ ｼﾃ ｸﾀﾞｻｲ, ﾃｲｼ ｵﾈｶﾞｲ, ﾃｲｼ ﾃﾞ).
_STOP_WORDS = frozenset({"停止", "配信停止", "中止", "すとっぷ", "ストップ"})
_STOP_GOES_ON = (
    # する's forms (ﾃｲｼ ｼﾃｸﾀﾞｻｲ), not a word that only begins with し (ﾃｲｼ ｼﾊﾗｲｽﾞﾐ: a stop, then paid).
    "して", "しま", "しろ", "しと", "しな", "しち", "しよ", "しで", "しー", "お", "く", "で", "を", "に", "ね", "よ", "き", "させ", "せ", "す", "は", "願", "希望", "頼", "下",
                 # 停止 undone (ﾃｲｼ ｶｲｼﾞｮ ｼﾃｸﾀﾞｻｲ, ﾃｲｼ ﾄﾘｹｼ): a resume, read whole.
                 "解", "か", "取", "と", "撤", "きゃ", "キャ")


# Family, after a stop said for them (ﾃｲｼ ﾊﾊ ﾉ ﾌﾞﾝ: a stop, for mother's).
_KIN = ("はは", "ちち", "おや", "つま", "おっと", "むすこ", "むすめ", "そふ", "そぼ")


def _stop_apart(words: list[str]) -> list[str]:
    """An old phone's words with a stop said first kept a sentence of its own (ﾃｲｼ ｻｷﾞ? is a
    stop, then a doubt; joined, 停止さぎ? would be neither)."""
    if len(words) > 1 and words[0] in _STOP_WORDS and words[1] != "し" \
            and (not words[1].startswith(_STOP_GOES_ON) or words[1].startswith(_KIN)):
        return [words[0] + "。", *words[1:]]
    return words


def _kana_words(text: str) -> str:
    # Twice where a word was found: the next may follow it (はいしんていし -> 配信停止).
    once = _KANA_WORD.sub(lambda m: _KANA_WORDS[m.group(0)], text)
    return once if once == text else _KANA_WORD.sub(lambda m: _KANA_WORDS[m.group(0)], once)


def unquote(text: str) -> str:
    """``text`` without our SMS quoted back in it: a forwarded message, quote-marked lines
    that hold our words, and the reminder's own sentences. Empty if nothing else is left
    (the resident sent our SMS back and said nothing); unchanged if nothing was ours."""
    rest = _FORWARDED.sub(" ", text)
    quoted = _QUOTE_LINE.findall(rest)
    if any(_OUR_WORDS.search(line) for line in quoted):
        rest = _QUOTE_LINE.sub(" ", rest)
    rest = _INSTRUCTION.sub(" ", rest)
    rest = _without_template(rest)
    rest = _QUOTED.sub(lambda m: " " if _OUR_WORDS.search(m.group(0)) else m.group(0), rest)
    if rest == text:
        return text
    return rest if has_words(unicodedata.normalize("NFKC", rest)) else ""


def _without_template(text: str) -> str:
    """``text`` without the span of sentences from the first to the last that reads as the
    reminder's, where two or more of its phrases are there (a resident's own sentence rarely
    holds one, never two): what the resident wrote above or below the pasted SMS is left."""
    found = list(_TEMPLATE.finditer(text))
    if len({m.group(0) for m in found}) < 2:
        return text
    starts = [m.end() for m in _SENTENCE_START.finditer(text)]
    first = max([0, *(s for s in starts if s <= found[0].start())])
    last = min([len(text), *(s for s in starts if s >= found[-1].end())])
    return text[:first] + " " + text[last:]


def _kanji_sub(m: re.Match[str]) -> str:
    # 一日 is usually the 1st, but 一日中 / 一日も早く are not dates; they stay as written.
    value = kanji_to_int(m.group(0))
    return m.group(0) if value is None else str(value)


_POLITE_IF = re.compile(r"ましたら(?!しい)")
# What a quote of our SMS, or a forwarded one, has: most replies have none of it.
_MAY_QUOTE = re.compile(r"[【」』>＞|｜\[［\"”]|行き違|過ぎて|容赦|返信|問合|問い合|original|から送信|sent from|(?:reply|text|send) (?:with )?'?stop|"
                        r"配信停止(?:は|を(?:ご)?希望の方は)?\s?(?:こちら|下記|以下)", re.IGNORECASE)


def normalize(text: str | None) -> str:
    """NFKC, case folding, kana and typing slips made regular, kanji numerals as digits.

    Controls, emoji and lone surrogates are removed; see the comments above for each step.
    """
    if not text:
        return ""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    # Lone surrogates (from broken UTF-16) cannot be normalised: drop them.
    text = text.encode("utf-8", "ignore").decode("utf-8") if _has_surrogate(text) else text
    if _MAY_QUOTE.search(text):
        text = unquote(text)  # before lines are joined: a quote is often a line of its own
    if "&" in text and ";" in text:
        text = html.unescape(text)  # &amp; and &#12354; as a gateway left them: & and あ
    text = unicodedata.normalize("NFKC", text).translate(_SPACES)
    if _GREEK_OR_CYRILLIC.search(text):
        text = _MIXED_LATIN.sub(_as_latin, text)
    text = text.casefold().translate(_QUOTES)
    if "0" in text:
        text = _ZERO_FOR_O.sub("o", text)  # st0p, n0: a zero typed for the letter between letters
    if _ARABIC_MARKS.search(text):
        text = _ARABIC_MARKS.sub("", text)  # بطّلوا is بطلوا: vowel marks and the stretching tatweel
    if _KATAKANA_ONLY.match(text):
        # Old phones space their words (ﾃｲｼ ｼﾃ ｸﾀﾞｻｲ); Japanese has no spaces.
        text = _JA_GAP.sub("", " ".join(_stop_apart([_kana_words(w) for w in jaconv.kata2hira(text).split(" ")])))
    else:
        if " " in text and _KANA_SPACED.match(text):
            text = _JA_GAP.sub("", " ".join(_kana_words(w) for w in text.split(" ")))
        text = _KATAKANA_RUN.sub(_katakana_verb, text)
        text = _LOANWORD.sub(lambda m: _LOANWORDS[m.group(0)], text)
    text = _IME_HOMOPHONE.sub(lambda m: _IME_HOMOPHONES[m.group(1)], text)
    if "でわ" in text:
        text = _DEWA.sub("では", text)  # 山田でわありません: では as it sounds (romaji's dewa)
    if "も" in text or "くい" in text or "あいた" in text:
        text = _KAGOSHIMA.sub(lambda m: _KAGOSHIMA_WORDS[m.group(0)], text)
    if "定刻" in text:
        text = _STOP_MISHEARD.sub("停止", text)
    text = _PLAYFUL.sub("ません", text)
    text = _WRONG_CHOICES.sub(lambda m: _WRONG_CHOICE[m.group(0)], text)
    if "払" in text:
        text = _SHORT_PAST.sub("っ", text)
    if "まる" in text or "マル" in text or "はてな" in text or "ハテナ" in text or "てん" in text or "テン" in text:
        text = _DICTATED.sub(lambda m: _DICTATED_MARK[m.group(0)], text)
    if "ー" in text or "~" in text:
        text = _STRETCHED.sub("", text)
    if "ましたら" in text:
        # The polite past with ら is a condition, not a past (賞与が出ましたら納めます, 払いましたら
        # ご連絡します): read as the polite conditional, so that no rule takes it as done.
        text = _POLITE_IF.sub("ますれば", text)
    text = _IME_WORDS.sub("口座", text)
    if "背信" in text or "配心" in text:
        text = _IME_HAISHIN.sub("配信", text)
    if "め" in text:
        text = _IME_OSAME.sub("納め", text)
    if "生き" in text:
        text = _IME_IKI.sub("行き", text)
    if "よう" in text or "ヨウ" in text:
        text = _KANA_WEEKDAY.sub("曜日", text)
    if "ニチ" in text or "がつ" in text or "ガツ" in text:
        # 25ニチ, 1がつ: a day and a month after their digits, in kana (learners).
        text = _KATAKANA_MONTH.sub("月", _KATAKANA_DAY.sub("日", text))
    text = _kana_dates(_kana_words(text))
    if " " in text and _spaced_word_by_word(text):
        # Japanese in kana spaced word by word, as learners write it (らいげつ の 5日 はらいます;
        # わたし ちがう ひと です): Japanese has no spaces; the words are read first. Not a
        # receipt's fields spaced apart (第3期分 12月6日 コンビニ払い).
        text = _LEARNER_GAP.sub("", text)
    if "ゆう" in text or "ゅう" in text or "ご" in text:
        text = _KANA_WITHIN.sub(lambda m: "後" if m.group(0) == "ご" else "中", text)
    text = _KANJI_NUMBER.sub(_kanji_sub, text)
    text = _IME_RESIDUE.sub(lambda m: _IME_KANA[m.group(1)], text)
    return re.sub(r"\s+", " ", text).strip()


# A word of Latin letters with Greek or Cyrillic look-alikes in it (SТОP with a Cyrillic Т
# and О, as spam filters' evaders and some keyboards write): read in Latin letters. Only in
# such mixed words, so that Russian or Greek text stays as written; and through Unicode's
# confusables table (confusable_homoglyphs), not a list of ours.
_GC = "\u0370-\u03ff\u0400-\u04ff"  # Greek and Cyrillic
_GREEK_OR_CYRILLIC = re.compile(f"[{_GC}]")
_MIXED_LATIN = re.compile(f"[a-zA-Z{_GC}]*(?:[a-zA-Z][{_GC}]|[{_GC}][a-zA-Z])[a-zA-Z{_GC}]*")
_ZERO_FOR_O = re.compile(r"(?<=[a-z])0(?=[a-z])")


def _as_latin(word: re.Match[str]) -> str:
    return "".join(map(_latin_twin, word.group(0)))


@functools.cache
def _latin_twin(c: str) -> str:
    """The ASCII letter ``c`` is confusable with, else ``c`` itself."""
    if c.isascii():
        return c
    # Imported here: its table is read only when a reply needs it.
    from confusable_homoglyphs import confusables

    for found in confusables.is_confusable(c, greedy=True, preferred_aliases=["latin"]) or []:
        for twin in found["homoglyphs"]:
            if twin["c"].isascii() and twin["c"].isalpha():
                return str(twin["c"])
    return c


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def has_words(text: str) -> bool:
    """True if ``text`` (normalised) has letters or digits, not only emoji and punctuation."""
    return any(unicodedata.category(c)[0] in ("L", "N") for c in text)
