"""Reading a reply: one label (replies.md), a confidence, and for promises a date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from rapidfuzz.distance import Levenshtein

from replies.dates import promised_date
from replies.keywords import Keyword, keyword_of_normalised
from replies.labels import (
    ALREADY_PAID,
    AUTHENTICITY_CHECK,
    CONSULTATION_REQUEST,
    OPT_OUT,
    OTHER,
    PAYMENT_PROMISE,
    PRECEDENCE,
    WRONG_NUMBER,
)
from replies.model import Model, shipped
from replies.normalize import has_words, normalize, romaji_to_kana
from replies.prefilter import may_match
from replies.rules import (
    ABUSE,
    ACK,
    AMOUNT,
    BAFFLED,
    CARE_CONTEXT,
    CHATTER,
    CIRCUMSTANCE,
    CLAUSE,
    COUNTERFACTUAL_PAID,
    DEATH,
    DEBIT_FAILED,
    DENIED,
    DOUBT_SETTLED,
    ELSEWHERE,
    EXCLAIMED,
    GRUMBLE,
    INHERITED,
    INSTALMENTS_AGREED,
    KEEP_SENDING_ABROAD,
    LAUGHTER,
    MEDIUM,
    MISDIRECTED,
    MONEY,
    MOVED,
    NOT_A_STOP,
    NOT_AGAIN,
    NOT_OURS_UNNEEDED,
    NOT_PAID,
    NOT_STOPPING,
    OFF_TOPIC,
    OFFICE_NUMBER_DOUBTED,
    OTHER_PART,
    PAID_QUESTION,
    PAPER,
    PATTERNS,
    PAY_HELD,
    PREVIOUS_OWNER,
    PUZZLED,
    QUESTION,
    REFUSAL,
    REFUSAL_DENIED,
    RELAY,
    RESUME,
    RESUME_RETRACTED,
    SENTENCE_END,
    SMS_VALUED,
    SMS_WANTED,
    STRONG,
    TAX_TOO_HIGH,
    THOUGHT_OTHER,
    TIME_WANTED,
    TYPO_WORDS,
    WEAK,
    WELL_WISHES,
    WHY,
    WILL_HAVE_PAID,
    WRONG_WITHDRAWN,
    mostly_latin,
)

OFFICE_TZ = ZoneInfo("Asia/Tokyo")

# A key word read with one typo is a guess made at TYPO confidence, below the default
# threshold, so that staff always see it flagged.
TYPO = 0.55
# The model's probability is scaled so that only guesses it is at least 75% sure of pass the
# default threshold of 0.6. Trained without each labelled set in turn and read on it, the
# model alone was right on 913 of the 924 replies it was that sure of (98.8%), and on 130
# of the 179 others (73%).
MODEL_SCALE = 0.8
MODEL_FLOOR = 0.4
# Below the default threshold (0.6): a reading staff are asked to check.
FLAGGED = 0.5
_PAYING = (PAYMENT_PROMISE, ALREADY_PAID)
_LATIN = re.compile(r"[a-z]{2}")
# Words that only Japanese in romaji has (desu, shite, kudasai…): two of them, and a reply is
# read in kana first.
_ROMAJI_JA = re.compile(r"\b(?:[a-z]*(?:masu|mashita|masen|mashou|deshita)|[a-z]+(?:anai|inai|enai)|desu|shite|shita|kudasai|naide|harau|haratta|okuranaide|"
                        r"okutte|zumi|chotto|matte|mou|moo|mada|ima|mata|kedo|node|nara|hazu|wo|nai|kara|yo|ne|ni|wa|ga)\b")
# A complaint said beside a promise (なんでこんなにしつこいの…今日払ってきます, 手数料が
# こっち持ちなのは納得いかないけど、金曜に振り込みます) asks staff nothing.
_COMPLAINT = re.compile(WHY.pattern + r"|納得(?:でき|いか|いきません)(?:ない|ません|ん|ず)?|不満", re.ASCII)
# A tax or an insurance named: then 関係ない disputes the bill, it does not deny the person.
# The arrears the reminder is about are this bill too: ご本人の滞納分は…納付いたしました.
_THIS_BILL = re.compile(r"今回|今期|当該|該当|本件|この件|ご指摘|ご請求|ご連絡の|お知らせの|ご案内の|督促|滞納|未納|未払|延滞|不足")
_TAX = re.compile(r"税|保険|国保")
# Our own papers named (督促状…捨ててしまったかも): the reply is ours, whatever else it mentions.
_OUR_PAPERS = re.compile(r"督促|催告|納付書|納税通知")
_TAX_TOO_HIGH = re.compile(TAX_TOO_HIGH)
# Bills that are not a tax (電気代とスマホ代を払いに行ってきました): paying them is not paying us.
_OTHER_BILLS = re.compile(r"電気代|ガス代|水道代|電話代|スマホ代|携帯代|家賃|公共料金|光熱費|保育料|給食費|\b(?:electricity|gas|water|phone|rent) bill")
# The address changed by a move (住所が変わり): the move's own words, no request.
_NEW_ADDRESS = re.compile(r"住所(?:変更|が変わ)")
# What is left to pay, asked: some was paid, the rest is the question.
_REMAINING = re.compile(r"(?:あと|残り|残額|残金)(?:は)?(?:いくら|何円|なんえん|どのくらい|どれくらい|どれだけ)")
# A bill's part named: a tax, a period, an instalment.
_PART_NAMED = re.compile(r"分|税|(?<![成少青中老])年|期|月|回|こっち|こちら|これ|今回|\b(?:this|year|month|instal?l?ments?|quarter|term)\b")
# A verb of paying (not a place: 窓口の皆さんも熱中症に気をつけて is small talk).
_PAYING_WORD = re.compile(r"払|はら|振り?込|ふりこ|納|入金|送金|\b(?:pay|paid)")


def _about_our_bill(norm: str) -> bool:
    """Paying, a tax or our papers named: a reply about our bill, whatever off-topic word is in it."""
    return bool(_PAYING_WORD.search(norm) or _TAX.search(norm) or _OUR_PAPERS.search(norm))


# Annoyance alone, the whole reply (うるさい, しつこい!).
_ANNOYED_ONLY = re.compile(r"^(?:nhk|電力会社|携帯会社|ガス会社|勧誘|営業)?(?:は|って)?(?:もう|まじ|ほんと|なまら|めっちゃ|ほんま|マジで)?\s?(?:うるさい|うるせー|うるせえ|うるさ|しつこい|しつけー|うざい|ウザい|うざ)"
                           r"(?:な|ね|わ|なあ|ねえ)?[!。.…~ーw笑\s]*(?:(?:わかって|分かって)(?:る|ます)(?:って|よ|から|わ)?[!。.\s]*)?"
                           # …with an insult after it (うるさいわボケ): abuse, still asking nothing.
                           r"(?:(?:ボケ|ぼけ|アホ|あほ|バカ|ばか|カス|かす|ハゲ)[!。.…~ーw\s]*)?$")
# A promise with no date of its own: "soon", as replies.md's vague promises say it, or when
# the money comes in (ボーナス出たら, 給料が入り次第).
_VAGUE = re.compile(r"近日中|近いうち|ちかいうち|そのうち|なるべく早|できるだけ早|出来るだけ早|早めに|早急に|速やかに|すみやかに|"
                    r"\b(?:as soon as i can|soon|asap|when i can|as early as)\b|"
                    r"(?:ボーナス|賞与|給料|給与|保険|年金|手当|お金)(?:が|を)?(?:出|入|もら|振り込まれ|支給され)(?:ったら|たら|り次第|次第)|"
                    r"(?:入り|入金され|支給され|振り込まれ)次第")
# A sentence that tells what happened (通知が来てたの、今日やっと開けました; The letter came on…):
# its dates are of that, not of a promise made elsewhere in the reply.
_TOLD = re.compile(r"(?:まし|でし)た|てた|ていた|[っいきしちにびみりえけげせてねべめれ]た(?:[。、,!\s]|$|ところ|けど|が|ので|から|のに|の、)|"
                   r"\b(?:came|was|were|had|received|got|arrived|paid|went)\b")
# Not paid, said (まだ払っていません, 振り込んでない): never the model's "paid".
_UNPAID = re.compile(r"(?:(?:払っ|納め|支払っ|入金し|納付し)て|振り?込(?:んで|まれて))(?:い|お)?(?:ない|ません|ねー|ねえ|なかった|へん)|未払|未納")
# Not paid yet, and nothing else (まだ振り込んでないです).
_NOT_YET_ONLY = re.compile(r"^(?:すみません|すいません|ごめんなさい)?[、,\s]*まだ(?:払っ|はらっ|振り?込ん|ふりこん|納め|支払っ|入金し|納付し)(?:て|で)(?:い|お)?(?:ない|ません|ねー|ねえ)(?:です)?[。!…\s]*"
                           r"(?:[、,\s]*(?:すみません|すいません|ごめんなさい|申し訳ありません)(?:でした)?[。!…\s]*)?$")
# Where a sentence ends, its punctuation kept (the question mark must stay with its question).
_SENTENCE = re.compile(r"[^。!?\n]+[。!?\n]*")


def _typo_label(norm: str) -> str | None:
    """The label of the keyword that ``norm`` holds with one typo (or none), else None."""
    text = norm[:200]
    found: list[tuple[int, int, int, str]] = []
    for word, label in TYPO_WORDS:
        # The typo is in the ending: the stem (first two characters) must stand as written,
        # or ございます would pass for はらいます. Then one substitution, insertion or
        # deletion against the text that follows the stem.
        n, at = len(word), text.find(word[:2])
        while at != -1:
            for size in (n - 1, n, n + 1):
                # 早起きになりました holds なりまし, one letter from なりすまし: a past tense
                # written right is no typo.
                if at + size <= len(text) and not (text.startswith("た", at + size) and text.endswith("まし", at, at + size)):
                    d = Levenshtein.distance(word, text[at:at + size], score_cutoff=1)
                    if d <= 1:
                        found.append((d, -n, PRECEDENCE.index(label), label))
            at = text.find(word[:2], at + 1)
    # The nearest keyword wins, then the longer one (はらいまひた is 払いました, not 払います),
    # then precedence.
    return min(found)[3] if found else None


@dataclass(frozen=True)
class Classification:
    label: str
    confidence: float
    promised_date: date | None
    matched: tuple[str, ...] = ()  # every label whose patterns were found, for explanation
    # A request to resume after a stop (START, 再開, また送ってください): acted on as the opt-in
    # keyword is (interfaces.md), whatever the label.
    opt_in: bool = False
    # The keyword the message is as a whole, as written (interfaces.md): what `keyword()` says
    # of it, found in the same normalised text (a webhook normalises each reply once).
    keyword: Keyword | None = None


def _local_date(received_at: datetime, tz: ZoneInfo) -> date:
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=tz)
    return received_at.astimezone(tz).date()


_CORRECTION = re.compile(r"\s*(?:(?:すみません|すいません|ごめんなさい|ごめん|失礼しました|あ)[、,\s]*)?(?:やっぱり|やっぱ|やはり|訂正(?:します|です)?|いや|\*)[、,\s]*")
# A later sentence that names a date only to deny it (さっきの来週の水曜日じゃなくて木曜日です).
_DATE_DENIED = re.compile(r"(?:じゃなくて|ではなくて|じゃなく|ではなく|でなく)[、,\s]*(?=\S)")


def _promise_date(norm: str, received: date) -> date | None:
    """The date in the sentences that make the promise; the whole text if they name none.

    In 年末で物入りで遅れました。27日に払います the promise is the 27th; 年末 only explains.
    """
    promises = PATTERNS[PAYMENT_PROMISE]
    sentences = [m for m in SENTENCE_END.split(norm) if m]
    # A later sentence that corrects the date (木曜に払います。すみません、やっぱり金曜で): its date.
    for s in reversed(sentences[1:]):
        if (m := _CORRECTION.match(s)) and (when := promised_date(s[m.end():], received)) is not None:
            return when
        if _DATE_DENIED.search(s) and (when := promised_date(s, received)) is not None:
            return when
    # The latest date said to bound the promise (Pay on 10th or 15th, latest 15th; 遅くとも
    # 20日には): that date.
    if (latest := _LATEST.search(norm)) is not None:
        after, before = norm[latest.end():latest.end() + 16].strip(), norm[max(0, latest.start() - 16):latest.start()]
        # An English day alone after "latest" (latest 15th) is read as "by the 15th".
        # A bare day after it (no maximo 25, a más tardar 25) is that day of the month.
        for said in (after, "by the " + after.removeprefix("by ").removeprefix("the "), re.sub(r"^(\d{1,2})(?!\d)", r"\1日", after), before):
            if (when := promised_date(said, received)) is not None:
                return when
    promising = [s for s in sentences if any(p.search(s) for p, _ in promises)] or [norm]
    # The clauses that promise first: in 今月はきついので金曜日で the 今月 only explains.
    clauses = [c for s in promising for c in CLAUSE.split(s) if c and c.strip()]
    if len(clauses) > 1:
        said = " ".join(c for c in clauses if any(p.search(c) for p, _ in promises))
        if said and (when := promised_date(said, received)) is not None:
            return when
        if said and _VAGUE.search(said):
            # 来月の頭に引っ越しがあって…、なるべく早く納付します; 今月ちょっと余裕なくて、ボーナス
            # 出たら払います: soon, or when the money comes, and no date.
            return None
    joined = " ".join(promising)
    several = len(sentences) > 1 and promising != [norm]
    if several and (when := promised_date(joined, received)) is not None:
        return when
    if promising != [norm] and _VAGUE.search(joined):
        # The promise says "soon" and names no date (納付書は1月5日に届いておりました。近日中に
        # 支払います): the dates elsewhere are of other things, and the promise is vague.
        return None
    latin = _LATIN.search(norm) is not None
    whole = promised_date(norm, received) if latin or not several else None
    # Japanese in romaji beside English (I will pay ashita): its dates, read in kana.
    if latin and whole is None and (when := promised_date(normalize(romaji_to_kana(norm)), received)) is not None:
        return when
    if several:
        # The promise names no date: one said in another sentence answers it (金曜日。払います),
        # unless that sentence tells what happened (4月の後半に通知が来てたの…).
        return promised_date(" ".join(s for s in sentences if s not in promising and not _TOLD.search(s)), received)
    return whole


def _unrecognised(norm: str, received_at: datetime, tz: ZoneInfo, model: Model | None) -> Classification:
    """No rule applies: an acknowledgement, a word with one typo, or the model's reading."""
    if ACK.match(norm) or PUZZLED.match(norm):
        return Classification(OTHER, 0.9, None)
    if _NOT_YET_ONLY.match(norm):
        return Classification(OTHER, FLAGGED, None)  # まだ振り込んでないです: said, nothing asked
    if ABUSE.search(norm) or RELAY.search(norm) or ("ー" in norm and ABUSE.search(norm.replace("ー", ""))):
        return Classification(OTHER, 0.7, None)
    if LAUGHTER.search(norm) or (CHATTER.search(norm) or WELL_WISHES.search(norm) or TIME_WANTED.search(norm) or ELSEWHERE.search(norm)) \
            and not _PAYING_WORD.search(norm) and not _TAX.search(norm) \
            or ((OFF_TOPIC.search(norm) or MISDIRECTED.search(norm)) and not _about_our_bill(norm)):
        return Classification(OTHER, FLAGGED, None)
    if _unread_script(norm):
        # Thai, Hangul, Myanmar, Devanagari…: the model learnt Japanese and Latin letters, so
        # its guess here would be noise (a Thai promise was read as a stop). The rules know each
        # label's plain phrases in those languages; what they miss, staff read, flagged.
        return Classification(OTHER, round(MODEL_SCALE * MODEL_FLOOR, 2), None, (OTHER,))
    unstopped = _unstopped(norm)
    guess = _typo_label(unstopped)
    if guess is not None:
        # A known word one typo away is better evidence than the model's reading of the
        # typo's characters (はらいまひた shares more with はらいます than with 払いました);
        # and a typo is always shown to a human.
        label, confidence = guess, TYPO
    else:
        label, probability = (model or shipped()).predict(norm)
        if probability < MODEL_FLOOR or (label in _PAYING and (not MONEY.search(norm) or _OTHER_BILLS.search(norm) and not _TAX.search(norm))) \
                or (label == ALREADY_PAID and _UNPAID.search(norm)) \
                or (label == OPT_OUT and _not_a_stop(norm, unstopped)) \
                or (label == WRONG_NUMBER and (THOUGHT_OTHER.search(norm) or WRONG_WITHDRAWN.search(norm))) \
                or (label in (CONSULTATION_REQUEST, AUTHENTICITY_CHECK) and _grumbles(norm)) \
                or (label == CONSULTATION_REQUEST and _KEEP_SENDING.search(norm) and not QUESTION.search(norm)):
            # Too unsure; a promise or payment with no word for paying in it (明日は雨ですね
            # is no promise); paid, of a reply that says it is not (まだ払っていません); a stop guessed of a reply that is positively something else and
            # refuses nothing; or a grumble that asks nothing: other, flagged.
            label, probability = OTHER, MODEL_FLOOR
        confidence = MODEL_SCALE * probability
    when = _promise_date(norm, _local_date(received_at, tz)) if label == PAYMENT_PROMISE else None
    return Classification(label, round(confidence, 2), when, (label,))


# Whether NOT_STOPPING or NOT_OURS_UNNEEDED could apply at all: the words each needs, read off
# the patterns themselves (replies.prefilter), so that a pattern added is never skipped.
_MAY_NOT_STOP = may_match(NOT_STOPPING)
_MAY_NOT_OURS = may_match(NOT_OURS_UNNEEDED)


# Letters the model was trained on: kana, kanji (Chinese too), Latin with its accents
# (Vietnamese included).
_READ_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z\u00c0-\u024f\u1e00-\u1eff]")


def _unread_script(norm: str) -> bool:
    """Whether most of the letters of ``norm`` are in a script the model never learnt."""
    letters = sum(c.isalpha() for c in norm)
    return letters > 0 and len(_READ_SCRIPT.findall(norm)) * 2 < letters


def _unstopped(norm: str) -> str:
    """``norm`` without the requests that a stop be NOT made (止めないでください, don't stop)
    and without what else is said to be unneeded (返信不要です, 領収書はいりません)."""
    text = NOT_STOPPING.sub(" ", norm) if _MAY_NOT_STOP(norm) else norm
    return NOT_OURS_UNNEEDED.sub(" ", text) if _MAY_NOT_OURS(text) else text


def _not_a_stop(norm: str, unstopped: str) -> bool:
    """Whether the model's guess of a stop is overruled: recall of stops comes first, so only
    where the reply is positively something else (an acknowledgement, a courtesy, a test, a
    doubt, a grumble, or a request not to stop) and has no word of stopping or refusing and no
    negative request left in it."""
    return (unstopped != norm or NOT_A_STOP.search(norm) is not None) \
        and REFUSAL.search(WELL_WISHES.sub(" ", unstopped)) is None


# A request or a question: what a grumble alone does not have.
_REQUEST = re.compile(r"ください|下さい|ほしい|欲しい|たい(?:です|んです|のですが|けど|が)?|て(?:くれ(?!ない|ねえ|ねー|ません|へん|ん)|もらえ|いただけ|頂け)|"
                      r"お願い|相談|教え|\b(?:please|can|could|help)\b", re.ASCII)


# Leave asked for (2回に分けて払わせてください, 待ってもらえませんか): a request of staff, not a plan told.
_LET_ME = re.compile(r"(?:させて|せて|て)(?:ください|下さい|くださ|いただけ|頂け|もらえ|ほしい|欲しい|くれ(?:ませんか|ない))")


def _consults(text: str) -> bool:
    """Whether any rule for a consultation applies to ``text``."""
    return any(p.search(text) for p, _ in PATTERNS[CONSULTATION_REQUEST])


def _explained_by(norm: str, *explaining: re.Pattern[str]) -> bool:
    """Whether ``explaining`` find words in ``norm`` and, those words left out, no rule for a
    consultation applies: they explain the reply and ask staff nothing (払えないわけじゃないので、
    来週払います; 結局払えず…今週の金曜に必ず払います)."""
    rest = norm
    for pattern in explaining:
        rest = pattern.sub(" ", rest)
    return rest != norm and not _consults(rest)


def _doubt_still_asked(norm: str) -> bool:
    """Whether, beside a doubt the resident settled, a doubt is still asked: a question, and a
    doubt's rule that applies both outside the settled words and outside the questions the
    resident answered."""
    if not QUESTION.search(norm):
        return False
    rest, unasked = DOUBT_SETTLED.sub(" ", norm), _unasked(norm)
    return any(p.search(rest) and p.search(unasked) for p, _ in PATTERNS[AUTHENTICITY_CHECK])


def _grumbles(norm: str) -> bool:
    """A grumble or complaint that asks nothing (はぁ…朝から税金の話とか萎えるわ): `other`."""
    return GRUMBLE.search(norm) is not None and not QUESTION.search(norm) and not _REQUEST.search(norm) \
        and not CIRCUMSTANCE.search(norm)


def _strength(norm: str) -> dict[str, float]:
    """label -> the weight of its strongest rule found in ``norm``.

    The stop rules read the reply without its requests not to stop (お知らせは止めないで
    ください is no stop), so that a stop asked for elsewhere in it is still heard.
    """
    strength: dict[str, float] = {}
    for label in PRECEDENCE[:-1]:
        text = _unstopped(norm) if label == OPT_OUT else norm
        for pattern, weight in PATTERNS[label]:
            if weight > strength.get(label, 0.0) and pattern.search(text):
                strength[label] = weight
    return strength


def _death_for_staff(norm: str, strength: dict[str, float]) -> bool:
    """A death named, which staff must answer; not where its only word is 相続 (an heir, an
    inheritance settled) beside a payment made or promised (相続した兄が納付しています)."""
    if not DEATH.search(norm) or PREVIOUS_OWNER.search(norm):
        return False
    if strength.get(WRONG_NUMBER, 0.0) >= STRONG and _FORMER_USER.search(norm):
        # この携帯は亡くなった父が使っていたもので…お探しの方とは別人です: the phone's late
        # user named only to say whose phone it is, and the addressee denied outright.
        return False
    only_inherited = INHERITED.search(norm) is not None and not DEATH.search(INHERITED.sub("", norm))
    return not (only_inherited and (ALREADY_PAID in strength or strength.get(PAYMENT_PROMISE, 0.0) >= STRONG))


def _act_stated(norm: str, strength: dict[str, float], acts: tuple[str, ...]) -> bool:
    """Whether the reply says it is one of ``acts`` and asks staff nothing: then a death or a
    move told beside it only explains (父の葬儀の後、兄が窓口で払ったそうです is paid;
    引っ越したのに前の市から来るなんて怪しい…本当に市の税務課ですか, a doubt)."""
    if CONSULTATION_REQUEST in strength or _asks(_CROSSED.sub(" ", norm)):
        return False
    return any(strength.get(lbl, 0.0) >= STRONG for lbl in acts)


# Whether it crossed in the post, asked after a payment told (…払ってます。行き違いでしょうか): it
# asks nothing that the payment does not answer.
_CROSSED = re.compile(r"行き違い(?:でしょうか|ですか|かな|かも(?:しれません)?|では(?:ないでしょうか)?)[??]?")


def _only_moved(norm: str) -> bool:
    """Whether the only circumstance told is a move away (no hardship beside it)."""
    return MOVED.search(norm) is not None and CIRCUMSTANCE.search(MOVED.sub(" ", norm)) is None


def _paid_after(norm: str, start: int) -> bool:
    """Whether a payment is said after ``start`` (where a failed debit was told)."""
    rest = norm[start:]
    return any(p.search(rest) for p, _ in PATTERNS[ALREADY_PAID])


def _paid_elsewhere(norm: str, strength: dict[str, float]) -> bool:
    """A payment said of another tax or period (去年の分は払いました), beside a promise or a
    question about this one, which names its part too (今年の分は, 第2期って): the payment is
    not this bill's. A question about something else (証明書はどこでもらえますか) leaves it paid."""
    if PAYMENT_PROMISE not in strength and CONSULTATION_REQUEST not in strength:
        return False
    clauses = [c for c in CLAUSE.split(norm) if c and c.strip()]
    paid = [n for n, c in enumerate(clauses) if any(p.search(c) for p, _ in PATTERNS[ALREADY_PAID])]
    # 当該の住民税は…納付済みです: the bill in question, not another one.
    return bool(paid) and all(OTHER_PART.search(clauses[n]) and not _THIS_BILL.search(clauses[n]) for n in paid) and any(
        any(p.search(c) for lbl in (PAYMENT_PROMISE, CONSULTATION_REQUEST) for p, _ in PATTERNS[lbl])
        for n, c in enumerate(clauses) if n not in paid) and any(
        _PART_NAMED.search(c) for n, c in enumerate(clauses) if n not in paid)


# Help from staff recalled with thanks (分割の相談に乗っていただき): the consultation is past.
_PAST_CONSULTED = re.compile(r"[^。!?、]{0,12}相談に(?:乗って|のって)(?:いただき|いただいて|いただいた|頂き|もらい|もらって|もらった|くださり|下さり|くれ)")
# Paying as a habit (きちんと納めています, 毎年払っています): not a bill said to be paid.
_HABIT = re.compile(r"(?:きちんと|ちゃんと|毎年|毎月|いつも|欠かさず)[^。!?]{0,4}(?:納めて|払って|支払って|納付して)(?:い|お)?(?:ます|る|ります)")



# The phone's user before the resident (亡くなった父が使っていた携帯).
_FORMER_USER = re.compile(r"(?:父|母|祖父|祖母|夫|主人|妻|家族|親|兄|姉)が(?:使って|使用して|持って)(?:い|お)?た"
                          # The late one's phone, used now by the writer (亡くなった母の携帯を…私が使っています;
                          # 主人が亡くなってからこの番号は私しか使っていません).
                          r"|亡くなった(?:父|母|祖父|祖母|夫|主人|妻|家族|親|兄|姉)の(?:携帯|番号|スマホ|電話)"
                          r"|(?:この|その)?(?:番号|携帯|スマホ)は(?:私|わたし|自分)(?:しか|だけが?|が)(?:使って|使用して)")
# A fraud's victim: money sent to someone posing as an office is not a payment to us.
_DEFRAUDED = re.compile(r"(?:騙|だま)され|名乗(?:る|っ)|還付金|被害|詐欺(?:に|の被害)|引っかか|ひっかか|\b(?:scammed|defrauded)\b")


def _paid_only_as(norm: str, told: re.Pattern[str]) -> bool:
    """Whether every sentence of ``norm`` that says it paid is one that ``told`` finds: a
    fraud's victim (市役所を名乗る電話で…ATMで振り込んでしまいました), a habit of paying (今は
    きちんと納めています). Then no sentence says this bill is paid."""
    paid = [s for s in SENTENCE_END.split(norm) if s and any(p.search(s) for p, _ in PATTERNS[ALREADY_PAID])]
    return bool(paid) and all(told.search(s) for s in paid)


# A question the resident answers at once with a promise asks staff nothing: もしかして今日が
# 期限？なら今日払います, え、まだ払ってなかった？すみません、今日払います, 〜でいいっすよね？払っときます.
_ANSWER = re.compile(r"^[\s.…]*(?:なら|それなら|だったら|でしたら|じゃあ?|では|ほんなら|ほな|すみません|すいません|ごめん|申し訳|失礼しました|あ[、,]|そっか|そうか)")
_TAG = re.compile(r"(?:よね|っけ|かな|かしら|だっけ)\s?[?]+\s*$")
# A sentence that only checks it was understood (土曜に払います。平日は仕事なんで。分かります?),
# beside a promise: it asks staff nothing.
_TAG_ONLY = re.compile(r"^\s*(?:分かります|わかります|わかる|分かる|わかりますよね|分かりますよね|ok|okay|オッケー|おけ)\s?[?]+\s*$")
# A promise that seeks assent only (I will pay next Monday ok?): it asks staff nothing.
_ASSENT = re.compile(r"(?:^|[\s,、])(?:ok|okay|right|alright|yeah|blz|beleza|certo|t[áa] bom|t[áa]|vale|d'accord)\s?[?]+\s*$")


def _self_answered(sentences: list[str], n: int) -> bool:
    """Whether sentence ``n`` is a question its next sentence answers with a promise."""
    if n + 1 >= len(sentences) or QUESTION.search(sentences[n + 1]):
        return False
    after = sentences[n + 1]
    # A question of staff (カード使えますか？なら明日払います) still needs their answer, unless
    # it only seeks assent (〜でいいっすよね？).
    answered = _TAG.search(sentences[n]) or (
        _ANSWER.match(after) and not any(p.search(sentences[n]) for p, w in PATTERNS[CONSULTATION_REQUEST] if w >= STRONG))
    return bool(answered) and any(p.search(after) for p, w in PATTERNS[PAYMENT_PROMISE] if w >= STRONG)


def _asks(norm: str) -> bool:
    """Whether ``norm`` asks staff something: a question that is neither an exclamation,
    a challenge (文句ある？), a doubt about the sender (詐欺じゃないよね？明日払いに行くけど)
    nor answered at once by the resident's own promise (今日が期限？なら今日払います)."""
    asked = EXCLAIMED.sub(" ", norm)
    if not QUESTION.search(asked):
        return False
    doubts = PATTERNS[AUTHENTICITY_CHECK]
    sentences = _SENTENCE.findall(asked)
    # A tag-only sentence (分かります?) asks nothing beside a promise: look for one only then.
    promised = any(_TAG_ONLY.match(s) for s in sentences) and any(
        p.search(asked) for p, w in PATTERNS[PAYMENT_PROMISE] if w >= STRONG)
    return any(QUESTION.search(s) and not _self_answered(sentences, n) and not _assents(s)
               and not (promised and _TAG_ONLY.match(s))
               for n, s in enumerate(sentences) if not any(p.search(s) for p, _ in doubts))


def _assents(sentence: str) -> bool:
    """Whether ``sentence`` is a promise asking only for assent (I'll pay Monday, ok?)."""
    return _ASSENT.search(sentence) is not None and any(
        p.search(sentence) for p, w in PATTERNS[PAYMENT_PROMISE] if w >= STRONG)


def _unasked(norm: str) -> str:
    """``norm`` without the questions its own promises answer."""
    sentences = _SENTENCE.findall(norm)
    return "".join(s for n, s in enumerate(sentences) if not (QUESTION.search(s) and _self_answered(sentences, n)))


def _weigh(norm: str, strength: dict[str, float], received: date) -> None:
    """Settle what the rules found before precedence decides, each from a reply it misread.

    Hard times explain a promise but alone ask for help; weak evidence gives way to strong
    evidence for another label; a vague mistake beside a disputed amount is the amount's;
    a generic question word gives way to a doubt about us; a death needs a person; "paid"
    asked, failed, or said of another bill is not paid; paper declined for our messages is
    a request of staff, not a stop.
    """
    if WILL_HAVE_PAID.search(norm):
        strength.pop(ALREADY_PAID, None)  # we'll get the balance paid by Friday: to be paid
    if _REMAINING.search(norm):
        strength.pop(ALREADY_PAID, None)  # もう結構払ったはずなんですが、あといくら残ってる?: asks
        strength[CONSULTATION_REQUEST] = STRONG
    if COUNTERFACTUAL_PAID.search(norm):
        strength.pop(ALREADY_PAID, None)  # 払えるもんなら、とっくに払ってますよ: not paid
    if OFFICE_NUMBER_DOUBTED.search(norm) and strength.get(WRONG_NUMBER, 0.0) <= MEDIUM:
        strength.pop(WRONG_NUMBER, None)  # この番号、市役所の番号じゃないよね?: a doubt
    if SMS_WANTED.search(norm) and PAPER.search(norm):
        # Paper or calls declined and our messages wanted: no stop, and nothing else asked
        # of staff (README, Decisions); flagged, so that staff note how to reach the resident.
        strength.pop(OPT_OUT, None)
        if set(strength) <= {CONSULTATION_REQUEST} and _explained_by(norm, PAPER, SMS_WANTED):
            strength.clear()
            strength[OTHER] = FLAGGED
    if strength.get(WRONG_NUMBER, 0.0) <= MEDIUM and RESUME_RETRACTED.search(norm):
        strength.pop(WRONG_NUMBER, None)  # さっきの配信再開はまちがいです: the resume was the mistake
    if WRONG_NUMBER in strength and WRONG_WITHDRAWN.search(norm):
        del strength[WRONG_NUMBER]  # さっきの「人違い」は間違い、私で合ってる
        if not strength:
            strength[OTHER] = FLAGGED
    if THOUGHT_OTHER.search(norm) and strength.get(WRONG_NUMBER, 0.0) <= MEDIUM:
        strength.pop(WRONG_NUMBER, None)  # 人違いかと思ったら私でした
        if not strength:
            strength[OTHER] = FLAGGED
    if NOT_PAID.search(norm):
        strength.pop(ALREADY_PAID, None)  # 支払い済みではないです
        if not strength:
            strength[OTHER] = FLAGGED  # 払ったよって言いたいところだけど、まだです
    if AUTHENTICITY_CHECK in strength and DOUBT_SETTLED.search(norm) and not _doubt_still_asked(norm):
        # 詐欺かと思ったけど、調べたら市役所でした: no doubt left; what else is asked (詐欺じゃ
        # ないのは分かりました。でもこれ固定資産税ですよね？) is staff's.
        strength.pop(AUTHENTICITY_CHECK)
        if not strength:
            strength[CONSULTATION_REQUEST if _asks(norm) else OTHER] = MEDIUM
    if AUTHENTICITY_CHECK in strength and PAY_HELD.search(norm):
        strength.pop(PAYMENT_PROMISE, None)  # 本物か確認できるまで保留します
    if (asked := PAID_QUESTION.search(norm)) and not _paid_after(norm, asked.end()):
        strength.pop(ALREADY_PAID, None)
        # Unless a promise settles it and nothing is asked (会社が払ってくれてると思ってたけど、
        # 退職したの忘れてました。来月10日に払います).
        if not (strength.get(PAYMENT_PROMISE, 0.0) >= STRONG and not _asks(norm)) \
                and not (RELAY.search(norm) and not QUESTION.search(norm)):
            # 払ったかどうかは夫が管理してるので、帰ったら聞いてみます: the resident will find out.
            strength[CONSULTATION_REQUEST] = STRONG
    elif (failed := DEBIT_FAILED.search(norm)) and not _paid_after(norm, failed.end()):
        # The debit failed, and nothing says it was paid another way since (残高不足で落ちなかった
        # あと、すぐ窓口で現金で払いました is paid).
        strength.pop(ALREADY_PAID, None)
        if not strength:
            strength[CONSULTATION_REQUEST] = MEDIUM
    elif ALREADY_PAID in strength and _paid_elsewhere(norm, strength):
        del strength[ALREADY_PAID]
    elif ALREADY_PAID in strength and (strength.get(PAYMENT_PROMISE, 0.0) >= STRONG or CONSULTATION_REQUEST in strength) \
            and _PART_PAID.search(norm) and _REST.search(norm):
        # 半分は入金済です。残りは来月末までに払います: the rest is promised, not all paid; Ya pagué la
        # mitad…¿el resto lo puedo pagar el próximo mes?: the rest asked about.
        del strength[ALREADY_PAID]
    elif ALREADY_PAID in strength and _PARTLY_PAID.search(norm):
        # 金額を間違えて少なく振り込んでしまいました: not all of it paid.
        del strength[ALREADY_PAID]
        if not strength:
            strength[CONSULTATION_REQUEST] = MEDIUM
    elif ALREADY_PAID in strength and _paid_only_as(norm, _DEFRAUDED):
        del strength[ALREADY_PAID]  # 叔母が市役所を名乗る電話で…ATMで振り込んでしまいました
    if strength.get(PAYMENT_PROMISE, 0.0) >= STRONG and CONSULTATION_REQUEST in strength \
            and not _asks(norm) and _explained_by(norm, _COMPLAINT):
        del strength[CONSULTATION_REQUEST]
    if PAYMENT_PROMISE in strength and CONSULTATION_REQUEST in strength and _explained_by(norm, DENIED):
        # 払えないわけじゃないので、来週払います: the refusal is denied, the promise stands,
        # unless something else is asked.
        del strength[CONSULTATION_REQUEST]
    elif set(strength) <= {CONSULTATION_REQUEST} and not _asks(norm) and _explained_by(norm, REFUSAL_DENIED):
        # 払わないとは言ってないでしょ; 払えなくはないけど…はぁ: a refusal denied and nothing else
        # said: no request, and no promise either (set 194).
        strength.clear()
        strength[OTHER] = FLAGGED
    if strength.get(PAYMENT_PROMISE, 0.0) >= STRONG and CONSULTATION_REQUEST in strength \
            and (rest := _unasked(norm)) != norm and not _consults(rest):
        # 払えばいいっすよね？払っときます: the question was answered by its promise.
        del strength[CONSULTATION_REQUEST]
    if strength.get(PAYMENT_PROMISE, 0.0) >= STRONG and CONSULTATION_REQUEST in strength and _only_moved(norm) \
            and not _asks(norm) and _explained_by(norm, MOVED, _NEW_ADDRESS):
        # 引っ越しで住所が変わり、納付書が旧住所に…来週の月曜に払います: the move explains the
        # promise, as hard times do.
        del strength[CONSULTATION_REQUEST]
    if CONSULTATION_REQUEST in strength and not _asks(norm) and _explained_by(norm, _PAST_CONSULTED):
        # 去年は窓口で分割の相談に乗っていただき、本当に助かりました: thanks for help given, no
        # request now.
        del strength[CONSULTATION_REQUEST]
    if ALREADY_PAID in strength and CONSULTATION_REQUEST in strength and _paid_only_as(norm, _HABIT):
        # 今はきちんと納めています。ただ今回の金額に心当たりがありません: the resident's habit,
        # not this bill paid; the dispute is the question.
        del strength[ALREADY_PAID]
    if strength.get(PAYMENT_PROMISE, 0.0) >= STRONG and CONSULTATION_REQUEST in strength and not _asks(norm) \
            and _explained_by(norm, _FAILED_BEFORE):
        # 結局払えず…今週の金曜に必ず払います: a payment that failed, promised again.
        del strength[CONSULTATION_REQUEST]
    if INSTALMENTS_AGREED.search(norm) and strength.get(PAYMENT_PROMISE, 0.0) >= STRONG and not _asks(norm):
        strength.pop(CONSULTATION_REQUEST, None)  # 分納の件、了解しました。初回は十日に払います
    elif set(strength) == {CONSULTATION_REQUEST} and not _asks(norm) and not _LET_ME.search(norm) \
            and _explained_by(norm, INSTALMENTS_AGREED):
        strength.clear()  # 了解です。分割の件、確認します: acknowledged, nothing asked
        strength[OTHER] = MEDIUM
    # A doubt beside a death stays the death's: the answer to a doubt would tell a bereaved
    # family that a reminder to the dead is genuine, and go on reminding (README, Decisions).
    if _death_for_staff(norm, strength) and not _act_stated(norm, strength, _PAYING):
        # A death explained before a dated promise (夫が亡くなってバタバタしていました。来週中
        # には振り込みます) is a promise; otherwise a person must answer it.
        if not (strength.get(PAYMENT_PROMISE, 0.0) >= STRONG and CONSULTATION_REQUEST not in strength
                and promised_date(norm, received) is not None):
            strength[CONSULTATION_REQUEST] = STRONG
        for lbl in (WRONG_NUMBER, ALREADY_PAID, AUTHENTICITY_CHECK):
            strength.pop(lbl, None)
    if AUTHENTICITY_CHECK in strength and strength.get(PAYMENT_PROMISE, 0.0) <= MEDIUM \
            and strength[AUTHENTICITY_CHECK] >= STRONG:
        # 本物かどうか確認してから対応します: a vague 対応します waits on the doubt.
        strength.pop(PAYMENT_PROMISE, None)
    if CIRCUMSTANCE.search(norm) and not (_only_moved(norm) and _act_stated(norm, strength, (*_PAYING, AUTHENTICITY_CHECK))) \
            and not (strength.get(AUTHENTICITY_CHECK, 0.0) >= STRONG and not CIRCUMSTANCE.search(CARE_CONTEXT.sub(" ", norm))) \
            and not (not strength and (RELAY.search(norm) or ACK.match(norm))):
        # Hard times, unless only another's care explains a doubt, or they are told while
        # passing the message on (入院中の母に伝えておきます: `other`) or as why the message waits
        # (今引っ越し作業中なので後で見ます).
        if PAYMENT_PROMISE in strength and CONSULTATION_REQUEST not in strength:
            strength[PAYMENT_PROMISE] -= 0.05  # explained, not asked: still a promise
        else:
            strength[CONSULTATION_REQUEST] = STRONG
    if strength.get(OPT_OUT, 0.0) <= WEAK and SMS_VALUED.search(norm):
        strength.pop(OPT_OUT, None)  # 毎月うるさいけど、まあ助かってはいる
    strong = {lbl for lbl, w in strength.items() if w >= STRONG}
    for lbl, w in list(strength.items()):
        # Weak evidence does not apply beside strong evidence for another label: しつこい！
        # 払うって言ってるだろ is an annoyed promise, not a request to stop.
        if w <= WEAK and strong - {lbl}:
            del strength[lbl]
    if strength.get(WRONG_NUMBER, 0.0) <= MEDIUM and (
            ALREADY_PAID in strong or CONSULTATION_REQUEST in strong
            and (AMOUNT.search(norm) or _TAX.search(norm) or MOVED.search(norm) or _SOLD.search(norm))):
        # この金額、何かの間違いではないでしょうか: the mistake is the amount's; 5月に払いましたが、
        # 何かの間違いでは: the bill's, since the resident says they paid it; 去年引っ越したので
        # 関係ないはずです: the resident's, who moved.
        strength.pop(WRONG_NUMBER, None)
    if (OFF_TOPIC.search(norm) and not CIRCUMSTANCE.search(norm) or MISDIRECTED.search(norm)) and not _about_our_bill(norm) \
            and set(strength) <= {CONSULTATION_REQUEST}:
        # 図書館の本の返却期限って延長できますか; ママ、今日の夕飯カレーでいい？: not ours to
        # answer, and no tax in it: `other`, flagged for staff to pass on or ignore.
        strength.clear()
    if set(strength) == {CONSULTATION_REQUEST} and LAUGHTER.search(norm) and not _REQUEST.search(norm) \
            and not _asks(norm) and not _consults(_TAX_TOO_HIGH.sub(" ", norm)):
        del strength[CONSULTATION_REQUEST]  # 税金高すぎ草: a laugh at the tax, asking nothing
    if 0.0 < strength.get(CONSULTATION_REQUEST, 0.0) <= MEDIUM and len(strength) == 1 and _grumbles(norm):
        # はぁ…朝から税金とか: a grumble, with nothing asked of staff (a vague 税金とか, a
        # rhetorical なんで): `other`.
        del strength[CONSULTATION_REQUEST]
    if AUTHENTICITY_CHECK in strong and CONSULTATION_REQUEST in strength and _explained_by(norm, _SAFE_TO_PAY):
        del strength[CONSULTATION_REQUEST]  # このSMSのリンクから払っても大丈夫?フィッシングじゃないよね
    if AUTHENTICITY_CHECK in strong and strength.get(CONSULTATION_REQUEST, 0.0) <= MEDIUM:
        # なんで市役所がSMS送ってくるの？怪しい: the only question is whether we are real.
        strength.pop(CONSULTATION_REQUEST, None)
    if PAYMENT_PROMISE in strong and CONSULTATION_REQUEST in strength and _explained_by(norm, _CONSULT_WITHDRAWN):
        del strength[CONSULTATION_REQUEST]  # 分割の件はもうええです。…来週全部払います: taken back
    if PAYMENT_PROMISE in strong and CONSULTATION_REQUEST in strength and _PAYS_INSTEAD.search(norm) and not _asks(norm):
        # 母は認知症で内容が分からないので、私が代わりに来月20日に払います: the hardship is the
        # resident's, told as why the writer pays instead; nothing is asked.
        del strength[CONSULTATION_REQUEST]


def classify(text: str, received_at: datetime, tz: ZoneInfo = OFFICE_TZ,
             model: Model | None = None) -> Classification:
    """Label ``text`` per replies.md; never raises on any string.

    The rules decide where they apply; otherwise the statistical ``model`` (the shipped
    one by default) reads the reply, at a confidence that flags all but its surest guesses.
    """
    norm = normalize(text if isinstance(text, str) else "")
    if not norm or not has_words(norm):
        # Empty, emoji or punctuation only.
        return Classification(OTHER, 0.95, None)
    if (found := _keyword(norm, as_written=True)) is not None:
        return found
    if BAFFLED.match(norm):
        # は?意味わからん: a reaction, not a question for staff; flagged.
        return Classification(OTHER, FLAGGED, None)
    if _SET_ASIDE.search(norm) and OPT_OUT not in _strength(norm):
        # 前のメッセージは無視してください; さっきの質問は…わかりました: what is left, if anything.
        rest = _SET_ASIDE.sub(" ", norm).strip()
        if not has_words(rest) or ACK.match(rest) or _APOLOGY_ONLY.match(rest):
            return Classification(OTHER, FLAGGED, None)
        now = _read(rest, received_at, tz, model)
        if now.label == OTHER and not now.opt_in and (when := promised_date(rest, _local_date(received_at, tz))) is not None:
            # 先程の返信を訂正します。「来週」ではなく「今週中」です: the date now given.
            return Classification(PAYMENT_PROMISE, MEDIUM, when, (PAYMENT_PROMISE,))
        return now
    whole = _read(norm, received_at, tz, model)
    if (parts := _joined(text)) is not None:
        # 25日に払います / すみません、20日の間違いです: two SMS a gateway joined, read as the
        # earlier message and its correction.
        return _corrected(*parts, whole, received_at, tz, model)
    if _LATIN.search(norm) and len(_ROMAJI_JA.findall(norm)) >= 2:
        norm = normalize(romaji_to_kana(norm))  # sakki haratta to iimashita ga…: read in kana
    if not _EARLIER_HINT.search(norm[:120]) or (earlier := _EARLIER.search(norm[:200])) is None \
            or not (rest := norm[earlier.end():].strip()):
        return whole
    return _corrected(norm[:earlier.end()], (norm[:earlier.start()] + rest).strip(), whole, received_at, tz, model)


_APOLOGY_ONLY = re.compile(r"^(?:(?:お騒がせ(?:しました|して(?:すみません|申し訳ありません))|失礼(?:しました|いたしました)|すみません(?:でした)?|"
                           r"気にしないで(?:ください)?)[。!\s]*)+$")
# The resident's earlier message set aside (前のメッセージは無視してください; さっきのメッセージは
# 送り先を間違えました; さっきの質問は、納付書の裏を見たらわかりました; Please ignore my previous message).
_SET_ASIDE = re.compile(
    r"(?:前|先|さっき|先ほど|昨日|最初|以前|この前)(?:の|に)?(?:申し上げた|お伝えした|送った|お送りした|お願いした|した)?(?:私の|わたしの)?[^。!?、]{0,6}?"
    r"(?:メッセージ|返信|ご?連絡|メール|送信|sms|質問|問い合わせ|件|の|ご?相談|お願い)(?:の件)?(?:は|を|について)?[、,\s]?[^。!?]{0,40}?"
    r"(?:無視|なかったこと|取り消|取り下げ|撤回|忘れ|気にしないで|(?:送り先|宛先|送信先)を?(?:間違|まちが)え|(?:わか|分か)りました|解決しました|"
    r"ミス|誤送信|訂正|(?:別|他|ほか|違う)の?(?:人|方|相手|宛先|ところ)(?:に|へ|宛て?に?)(?:送る|送信する|出す)(?:つもり|予定)|(?:お?返事|ご?返信|回答|ご回答)は(?:不要|いりません|結構|大丈夫))[^。!?、,]*?(?:ます|ました|です|でした|ません|(?=[。!?、,])|$)[。!?、,]*"
    r"(?:\s*(?:お手数ですが[、,]?)?(?:破棄|削除|無視)(?:して)?(?:いただけ|ください|下さい|願)[^。!?]*[。!?]*)?"
    r"|[「『\"'][^」』\"']{1,40}[」』\"'](?:との|という|って)?(?:ご?連絡|返信|メッセージ|お返事)?(?:は|を|って)(?:なし|ナシ|無し|うそ|嘘|取り消|撤回|訂正|取り下げ|忘れて|間違|まちが|誤り|[^。!?]{0,8}(?:宛て?|あて)(?:の)?(?:つもり|でした))"
    r"[^。!?]*?(?:ます|ました|です|でした|ません|(?=[。!?])|$)[。!?]*"
    r"|\b(?:please |pls |plz )?(?:ignore|disregard) (?:my|the) (?:previous|last|earlier|prior) (?:message|text|reply|sms)\b(?:,?\s?(?:please|pls|plz|thanks|thx|sorry))*[.!]*")


# The resident's own earlier reply, told and then corrected (25日と言いましたが、30日になります;
# 払ったと言いましたが、まだでした; 停止と送りましたが、やっぱり届くようにしてください; I said
# wrong number, but it's my husband's tax): what follows is what the reply means now.
_EARLIER = re.compile(
    r"(?:^|(?<=[。!?\n]))[^。!?]{0,10}?(?:[「『\"'][^」』\"']{1,40}[」』\"']|[^。!?「」、,]{1,40}?)[、,]?\s?"
    r"(?:(?:って|と)?\s?(?:言う|いう|ゆう)(?=た|てもうた|てもた|てしもた)|(?:って|と|を)\s?(?:言い|お願いし|いい|言っ|いっ|送り|送っ|おくり|おくっ|お送りし|お送りいたし|書き|書い|かき|かい|返信し|返信いたし|ご返信いたし|返し|伝え|お伝えし|お伝えいたし|"
    r"申し|申し上げ|答え|お答えし|連絡し|ご連絡し|ご連絡いたし|打ち|打っ|入力し)"
    r"|(?:か|かどうか|って|と)(?:を)?\s?(?:聞き|聞い|お聞きし|伺い|お伺いし|尋ね|お尋ねし|質問し|問い合わせ)|(?:の)?相談(?:を)?し)"
    r"(?:ました|た|ちゃった|ちゃいました|てしまいました|てもうた|てもた|てしもた|てしまった|たんです|たのです|て(?=(?:しまって)?(?:すみません|すいません|ごめんなさい|申し訳)))"
    r"(?:(?:しまって)?(?:すみません|すいません|ごめんなさい|申し訳(?:ありません|ございません))(?:でした)?|が|けど|けれど|けれども|のですが|んですが|(?<=た)の(?:は)?(?![にでか])|(?<=た)(?:者|もの)です[。、,]?)[、,\s]*"
    r"|^(?:earlier |before |yesterday |this morning |wait,? )?i (?:said|told you|wrote|replied|texted|sent|asked)(?: (?:that|you))? [^.!?]{1,80}?"
    r"(?:,? but (?:actually |in fact )?|[.,!]?\s*(?:my mistake|my bad|sorry|correction)[,.!:\-—]?\s*)"
    r"|^(?:wait,? |sorry,? |correction:? |update:? )*scratch (?:the|that|my) [^,.!?]{0,30}[,.!]\s*|^(?:correction|update):\s*|^訂正[:：]\s*"
    r"|^my (?:earlier|last|previous) (?:text|message|reply) said [^.!?]{1,80}?\s?(?:[,\-—–]\s*)?(?:but |actually |in fact )+")
# What _EARLIER needs in its first 120 characters: a cheap look before the costly match.
_EARLIER_HINT = re.compile(r"(?:言う|いう|ゆう)(?:た|て)|(?:って|と|か|を)\s?(?:言|お願|いい|いっ|送|おく|お送|書|かき|かい|返|ご返|伝|お伝|申|答|お答|連絡|ご連絡|打|入力|聞|お聞|伺|お伺|尋|お尋|質問|問い合)"
                           r"|相談(?:を)?し|\bi (?:said|told|wrote|replied|texted|sent|asked)\b|\bscratch (?:the|that|my)\b|^(?:correction|update):|^訂正[:：]"
                           r"|^my (?:earlier|last|previous) (?:text|message|reply) said\b")
# The messages wanted after all (届くようにしてください, 送ってもらって大丈夫です).
# Our messages asked not to be stopped (止めないでください).
_DONT_STOP = r"(?:止め|とめ|停止し)(?:ないで|んといて)"
_STILL_WANTED = re.compile(r"(?:やっぱり|やはり)?必要(?:でした|です|だった)|引き続き(?:お願い|よろしく)|(?:届く|とどく|来る|くる|受け取れる|もらえる)ように|(?:送|おく)って(?:もらって|いただいて|くれて)(?:も)?(?:大丈夫|構いません|かまいません|いい|結構)|"
                           r"元に戻して|もとに戻して|再開(?:したい|して|を|希望|お願い)|(?:送|おく)って(?:ok|オッケー|おっけー|いい|大丈夫|構いません)|取り消しで|"
                           + _DONT_STOP + r"|\b(?:keep|continue) (?:sending|texting)")


# The later of two or three SMS joined by a gateway, correcting the earlier (20日の間違いです,
# 4/16でした, やっぱり…, ↑これ取り消しで, Sorry, I meant Thursday, …と思ったら払ってませんでした).
# A last line that only apologises or thanks corrects nothing.
# A later message that only gives the day, after an apology or not (すみません、18日の間違いです;
# 13日でした): the promise, moved there.
_DAY_ONLY = re.compile(r"^(?:(?:すみません|すいません|ごめんなさい|ごめん|失礼しました|sorry)[、,!\s]*)?(?:\d{1,2}月)?\d{1,2}日?"
                       r"(?:の(?:間違い|まちがい))?(?:です|でした|で|に)?[。!.\s]*$")
_NEXT_THOUGHT = re.compile(
    r"(?:の)?(?:間違い|まちがい)(?:です|でした)|(?<!ません)でした(?:[。、,!.…\s]|$)|じゃなくて|ではなく|取り消|撤回|押し間違|打ち間違|"
    r"間違えて送|勝手に送|と思ったら|見たら|にします|に変更|よね[、,]|"
    r"^(?:[↑^]|いや|いえ|ちがう|違う|やっぱ|やはり|訂正|あ[、,])|\b(?:i meant|correction|actually|wait|oops)\b|" + _DAY_ONLY.pattern)


def _joined(text: str) -> tuple[str, str] | None:
    """(what was said, what is said now) where ``text`` is two or three SMS joined line by line
    and the last corrects the earlier; else None."""
    if not isinstance(text, str) or "\n" not in text:
        return None
    lines = [line for line in map(normalize, text.splitlines()) if line and has_words(line)]
    if not 2 <= len(lines) <= 3 or len(lines[-1]) > 80 or not _NEXT_THOUGHT.search(lines[-1]):
        return None
    said = " ".join(lines[:-1])
    if mostly_latin(said) != mostly_latin(lines[-1]):
        return None  # a reply beside its translation (Por favor, me liga… / どうか、私に…): one message
    return said, lines[-1]


def _corrected(said: str, rest: str, whole: Classification, received_at: datetime, tz: ZoneInfo,
               model: Model | None) -> Classification:
    """A reply that corrects the resident's earlier one, read by what it says now.

    A stop heard in the whole reply stands (停止って送ったけど、まだ届きます): only a request
    for the messages after a stop told undoes it. A date told before and a date now is a
    promise moved (金曜って言ったけど月曜になる)."""
    if whole.opt_in and (_resumes(rest) or not _resumes(said)):
        return whole  # a resume read whole (停止と送ったのは私じゃないです) stands
    stop_told = _STOP_TOLD.search(said) is not None
    if stop_told and (_resumes(rest) or _STILL_WANTED.search(rest)
                      or _TAKEN_BACK.search(rest) and OPT_OUT not in _strength(rest)):
        return Classification(OTHER, 0.9, None, (), opt_in=True)
    if whole.label == OPT_OUT or (whole.label != OTHER and _STILL.search(rest)):
        return whole  # 人違いと言いましたが、まだ届きます: said again, not taken back
    if _MISSENT.search(rest) and not _asks(rest):
        return Classification(OTHER, FLAGGED, None)  # 明日払うって送ったの、別の人宛のLINEと間違えました
    today = _local_date(received_at, tz)
    if _DAY_ONLY.match(rest) and (_promises(said) or whole.label == PAYMENT_PROMISE) \
            and (day := promised_date(rest, today)) is not None:
        return Classification(PAYMENT_PROMISE, MEDIUM, day, (PAYMENT_PROMISE,))
    now = _read(rest, received_at, tz, model)
    if whole.label == ALREADY_PAID and now.label in (CONSULTATION_REQUEST, OTHER) \
            and (not _RETRACTED.search(rest) or _DAY_FIXED.search(rest)):
        # 先日払いましたと連絡した者ですが、領収書をなくしました; 昨日じゃなくおとといだった: still paid
        return whole
    if (week := _WEEK_SAID.search(said)) is not None and not _WEEK_SAID.search(rest):
        # 来週の水曜日に払います / 水曜日じゃなくて金曜日: the weekday now, in the week said before.
        rest = _BARE_WEEKDAY.sub(lambda m: week.group(0) + "の" + m.group(0), rest)
    if now.label == PAYMENT_PROMISE and now.promised_date is None and promised_date(rest, today) is None \
            and not _VAGUE.search(rest) and (before := promised_date(said, today)) is not None:
        # 今日払えます / あ、払えますじゃなくて払います、です: the day said before still holds.
        return replace(now, promised_date=before)
    if not now.opt_in and not _asks(rest) \
            and (now.label == OTHER and not _consults(rest) or now.label == CONSULTATION_REQUEST and _MOVED_TO.search(rest)
                 or now.label == PAYMENT_PROMISE and _WEEK_SAID.search(said)) \
            and (promised_date(said, today) is not None or _promises(said) or _CORRECTING.search(said)) \
            and (when := promised_date(rest, today)) is not None:
        return Classification(PAYMENT_PROMISE, MEDIUM, when, (PAYMENT_PROMISE,))
    return now


# A payment that could not be made, told (結局払えず, 振り込めてなかったです).
_FAILED_BEFORE = re.compile(r"エラー(?:が出て|が出た|になって|になった|で)|(?:払|はら)えんかった|(?:結局|けっきょく)?(?:払|支払|振り?込|納)(?:え|め)(?:ず|なかった|ませんでした|て(?:い)?なかった)(?:です)?")
# Part of the bill paid, or too little (少なく振り込んでしまいました, 半分しか払ってなかった).
_PARTLY_PAID = re.compile(r"(?:少なく|足りない額|一部(?:だけ|しか)|半分(?:だけ|しか)|不足(?:して|分))[^。!?]{0,6}(?:振り?込|払|納)|(?:分|期)だけ(?:で|です|でした)")
# Part paid (半分は払った, １万円だけ払いました, I paid half), and the rest named (残りは…).
_PART_PAID = re.compile(r"半分|半額|一部|[\d一二三四五六七八九十]+分の[\d一二三四五六七八九十]+|\d+万?円だけ|[一二三四五六七八九十]+万円だけ|\bhalf\b|\bpart of\b|\bsome of\b"
                        r"|\bla mitad\b|\buna parte\b|\bmetade\b|\buma parte\b|\bla moiti[ée]\b")
_REST = re.compile(r"残り|残額|残金|あとの分|\bthe rest\b|\bremaining\b|\bthe balance\b|\bel resto\b|\blo que falta\b|\bo resto\b|\ble reste\b")
# Whether paying or opening through our message is safe, asked beside a doubt: the doubt.
_SAFE_TO_PAY = re.compile(r"(?:リンク|url|ここ|この(?:sms|メール|メッセージ))(?:から|で|を)[^。!?]{0,6}?(?:払|支払|納付|振り?込|開|タップ|クリック|押)"
                          r"[^。!?]{0,4}?(?:ても|て)(?:も)?(?:大丈夫|いい|平気|安全)[^。!?]*[?]?")
_LATEST = re.compile(r"\b(?:at the )?latest\b|遅くとも|遅くても|おそくとも|おそくても|\bal (?:m[áa]ximo|massimo|mas tardar)\b|\bau plus tard\b|"
                     r"\bsp[äa]testens\b|\ben ge[çc]\b|не позднее|самое позднее|\bpaling lambat\b|\bno m[áa]ximo\b")
# What was taxed, given up (軽自動車はもう売ったので関係ないです): the tax disputed, not the person.
_SOLD = re.compile(r"(?:車|バイク|原付|家|土地|建物)(?:は|を|も)?(?:もう|既に|すでに)?(?:売|手放|廃車|処分|譲)")
# Our messages asked to go on (止めないでください; No dejen de mandarme los avisos): asks staff nothing.
_KEEP_SENDING = re.compile(_DONT_STOP + r"|\b(?:don't|do not) stop (?:the |these |your )?(?:texts|messages|reminders|sms)|"
                           r"\bno (?:me )?dej(?:e|en|es) de (?:enviar|mandar)|" + KEEP_SENDING_ABROAD)
# A request for time or instalments taken back (分割の件はもうええです, 相談はなしで).
_CONSULT_WITHDRAWN = re.compile(r"(?:相談|問い合わせ|分割の相談)(?:を)?(?:する|しよう|させてもらう)(?:つもり|予定)(?:でした|だった)(?:が|けど|けれど)[、,]?(?:やっぱり|やはり)?(?:やめ|止め)(?:て|ます|ました)|(?:(?:昨日|先日|さっき|先ほど|前回)の)?(?:(?:問い合わせ|相談|お願い)の件[、,]?[^。!?]{0,24}?)?(?:分割|分納|相談|猶予|延長|お?電話|折り返し|問い合わせ)(?:の(?:件|話|お願い|相談))?(?:は|の方は)(?:もう)?(?:ええ|いい|結構|大丈夫|なし|無し|不要|いらない|いりません|取り下げ|取り消)(?:で大丈夫|で)?(?:です|わ|ます|します)?")
# The writer paying in the resident's stead (私が代わりに払います, 息子の私が代理で納めます).
_PAYS_INSTEAD = re.compile(r"(?:私|わたし|僕|俺|自分|息子|娘|家族|こちら)(?:が|の方で|で)(?:代わりに|かわりに|代理で|代わって|かわって)")
# The earlier message meant for someone else (別の人宛のLINEと間違えました, 送り先を間違えました).
_MISSENT = re.compile(r"(?:別|他|ほか|違う)の?(?:人|方|相手|グループ|トーク|line|ライン|宛先)(?:宛て?|あて|へ|に)?[^。!?]{0,10}?(?:と)?(?:間違|まちが)え"
                      r"|(?:送り先|宛先|送信先|相手)を(?:間違|まちが)え|(?:line|ライン)と(?:間違|まちが)え")
# A date changed to (28日に変更させてください, 月曜になる, 3/25にさせてください).
_MOVED_TO = re.compile(r"(?:に|へ)(?:変更|変え|かえ|ずら|延ば|のば|なり|なる|させて|早め|前倒し|繰り上げ)|になります|になりそう|でお願い|のどちらか|の(?:間違|まちが)い|前倒し|正しくは")
# A correction announced (訂正:, Correction:): what follows is the reply now.
_CORRECTING = re.compile(r"訂正|\bcorrection\b|\bupdate\b")
# What was told, taken back (間違いでした, まだ, ではなく, actually).
_RETRACTED = re.compile(r"(?:税|の方|の分)(?:だった|でした)|間違|まちが|勘違|まだ|ではなく|じゃなく|違い|取り消|撤回|去年|前期|別の|ではありません|なかった|ませんでした|て(?:い)?(?:ない|ません)|\b(?:actually|not|wasn't|didn't|bounced)\b")
# What was said still holds (まだ届きます, また来ました, still).
_STILL = re.compile(r"まだ(?:届|とど|来|き)|また(?:届|とど|来|き)|今日も(?!う)|相変わらず|\b(?:still|again)\b")
# Only the day of a payment corrected (昨日じゃなくおとといだった): the payment stands.
_DAY_FIXED = re.compile(r"(?:昨日|きのう|おととい|一昨日|先週|先月|今日|\d{1,2}日|[月火水木金土日]曜日?)(?:じゃなく|ではなく|やなく)(?:て)?[、,]?\s?"
                        r"(?:昨日|きのう|おととい|一昨日|先週|先月|今日|\d{1,2}日|[月火水木金土日]曜日?)")
# A week named before its weekday (来週の水曜日), and a weekday said bare (金曜日).
_WEEK_SAID = re.compile(r"再来週|来週|今週")
_BARE_WEEKDAY = re.compile(r"(?<![週の])[月火水木金土日]曜日?")
# The earlier message taken back as sent by mistake (↑これ取り消しで; 押し間違い; 子どもが勝手に送りました).
_TAKEN_BACK = re.compile(r"取り消|取消|撤回|間違えて送|押し間違|打ち間違|勝手に送|いたずら|なかったことに|無視して|"
                         r"\b(?:ignore (?:that|it|the last)|by mistake|didn't mean)\b")
_STOP_TOLD = re.compile(r"停止|ていし|止め|やめて|stop|配信停止|送らないで|unsubscribe|(?:要ら|いら)(?:ない|ん)|いりません|不要", re.IGNORECASE)


def _promises(text: str) -> bool:
    return any(p.search(text) for p, w in PATTERNS[PAYMENT_PROMISE] if w >= STRONG)


def _read(norm: str, received_at: datetime, tz: ZoneInfo, model: Model | None) -> Classification:
    """The reading of normalised ``norm``: the rules, then the model where none applies."""
    strength = _strength(norm)
    if not strength and (bare := _after_courtesies(norm)) != norm:
        # ご連絡ありがとうございます。明日: the rules for a whole answer read what follows the
        # courtesy, as they read the answer alone.
        if (found := _keyword(bare)) is not None:
            return found
        if bare_strength := _strength(bare):
            norm, strength = bare, bare_strength
        elif (thanked := _after_courtesies(norm, thanks_only=True)) != norm and has_words(thanked):
            # No rule knows either: the model reads what follows thanks too, which carry no
            # label of their own (ご連絡ありがとうございます。窓口の場所はどこですか); an
            # acknowledgement (了解しました。…) stays, as it tells the model something.
            norm = thanked
    if _ANNOYED_ONLY.match(norm) and set(strength) == {OPT_OUT}:
        # うるさい and nothing else: annoyance, asking nothing (replies.md: abuse is `other`);
        # flagged, so that staff, who see it in the case's thread, can stop the number if so.
        return Classification(OTHER, FLAGGED, None, (OPT_OUT,))
    if _LATIN.search(norm) and (not strength or len(_ROMAJI_JA.findall(norm)) >= 2):
        # Perhaps Japanese in romaji (ashita haraimasu, yamete): read it in kana if the rules
        # know it; first, where it plainly is romaji (konbini ni stop shite haraimashita), since
        # its English words then mean what the Japanese means.
        kana = normalize(romaji_to_kana(norm))  # read as any kana reply is (山田でわ, its commas)
        if kana != norm:
            if (found := _keyword(kana)) is not None:
                return found
            if (kana_strength := _strength(kana)) and _unstopped(norm) != norm:
                # A stop denied as written (unsubscribeしたかったのはNetflixのメールでした) stays
                # denied: the kana reading turns unsubscribe into 配信停止 and loses what denied it.
                kana_strength.pop(OPT_OUT, None)
            if kana_strength or _resumes(kana) or _unstopped(kana) != kana:
                # …or a stop not wanted (Sutoppu shinaide kudasai): read in kana, as the model's
                # guess of a stop is overruled only where the kana shows the stop not wanted.
                norm, strength = kana, kana_strength
    if _resumes(norm):
        # A request to resume names the stop it undoes (停止を解除して): never an opt-out. It
        # is `other` (replies.md), unless it also promises or says it is paid.
        strength = {lbl: w for lbl, w in strength.items() if lbl in _PAYING}
        if not strength:
            return Classification(OTHER, 0.9, None, (), opt_in=True)
        return replace(_decide(norm, strength, received_at, tz), opt_in=True)
    _weigh(norm, strength, _local_date(received_at, tz))
    if not strength:
        return _unrecognised(norm, received_at, tz, model)
    return _decide(norm, strength, received_at, tz)


# Thanks for the message, as an opening sentence (ご連絡ありがとうございます。, ご丁寧にどうも。).
_OPENING = re.compile(r"^(?:(?:ご連絡|連絡|お知らせ|ご案内|メッセージ|sms|ご丁寧に|ご丁寧なご連絡)(?:を|、)?(?:いただき|いただいて|頂き)?)?"
                      r"(?:ありがとう(?:ございます|ございました)?|どうも(?:ありがとう(?:ございます)?)?|お疲れ様です)[\s。.!、,~ー]*$")


_GREETING = re.compile(r"^(?:いつも)?(?:大変)?お世話に(?:なっております|なります)[。!.\s]*$")


def _after_courtesies(norm: str, thanks_only: bool = False) -> str:
    """``norm`` without the courtesies it opens with (ご連絡ありがとうございます。, お世話に
    なっております。), whole sentences each; ``norm`` itself if nothing else would be left.
    ``thanks_only``: thanks and greetings, not acknowledgements (了解しました)."""
    sentences = _SENTENCE.findall(norm)
    courteous = (lambda s: _OPENING.match(s) or _GREETING.match(s)) if thanks_only \
        else (lambda s: ACK.match(s) or _OPENING.match(s))
    n = 0
    while n < len(sentences) - 1 and courteous(sentences[n].strip()):
        n += 1
    return "".join(sentences[n:]).strip() if n else norm


def _resumes(norm: str) -> bool:
    # A refusal that is itself a stop quoted or denied (送らないでって返信したの私じゃないです)
    # does not undo the resume.
    return RESUME.search(norm) is not None and NOT_AGAIN.search(_unstopped(norm)) is None \
        and RESUME_RETRACTED.search(norm) is None


def _keyword(norm: str, as_written: bool = False) -> Classification | None:
    """The reading of a whole-message keyword (interfaces.md), or None. ``as_written``: the
    message is the keyword itself, not a romaji reading of one."""
    kw = keyword_of_normalised(norm)
    if kw is None:
        return None
    # STOP is an opt-out; START is an opt-in, and like HELP labelled other.
    return Classification(OPT_OUT if kw is Keyword.OPT_OUT else OTHER, 0.99, None,
                          opt_in=kw is Keyword.OPT_IN, keyword=kw if as_written else None)


def _decide(norm: str, strength: dict[str, float], received_at: datetime, tz: ZoneInfo) -> Classification:
    """Precedence over what the rules found, a promise's question, and the confidence."""
    label = next(lbl for lbl in PRECEDENCE if lbl in strength)
    confidence = strength[label]
    if label == PAYMENT_PROMISE and _asks(norm):
        # A promise with a question in it: the question needs staff (replies.md's
        # 来週払いますが分割できますか), whatever it asks.
        label, confidence = CONSULTATION_REQUEST, 0.7
        strength[CONSULTATION_REQUEST] = max(strength.get(CONSULTATION_REQUEST, 0.0), confidence)
    # Other labels were found too: precedence decided, so a human check is more useful.
    rivals = [lbl for lbl in strength if lbl != label and strength[lbl] >= MEDIUM]
    confidence -= 0.05 * len(rivals)
    if len(norm) > 200:
        confidence -= 0.1
    when = _promise_date(norm, _local_date(received_at, tz)) if label == PAYMENT_PROMISE else None
    return Classification(label, round(max(confidence, 0.3), 2), when, tuple(strength))
