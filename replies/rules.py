"""The rules that read a reply: patterns per label and the small tables beside them.

Pure data (compiled regular expressions) for ``replies.classify``. Text arrives
normalised (``replies.normalize``): NFKC, case folded, kanji numerals as digits.
"""

from __future__ import annotations

import re
import unicodedata

from replies.abroad import PHRASES, RESUMES
from replies.labels import (
    ALREADY_PAID,
    AUTHENTICITY_CHECK,
    CONSULTATION_REQUEST,
    OPT_OUT,
    PAYMENT_PROMISE,
    WRONG_NUMBER,
)
from replies.prefilter import Gated, Searcher, prefiltered

STRONG, MEDIUM, WEAK = 0.95, 0.8, 0.6

# Verb stems for paying, in kanji and kana: 払 / はら / 支払 / しはら.
_PAY = r"(?:支払|払|しはら|はら)"
_TRANSFER = r"(?:振り?込|ふりこ|払い?込|はらいこ)"
# "paid" said of the resident's payment, not of their salary: I'll pay when I get paid.
_EN_PAID = r"(?<!almost )(?<!nearly )(?<!ll have it )(?<!will have it )(?<!ll have this )(?<!get )(?<!gets )(?<!getting )(?<!got )(?<!be )(?<!get it )(?<!getting it )\b(?:paid|payed)"
# Nouns for paying that take する: 振込します, 支払いしときます, payします.
_PAY_NOUN = r"(?:振込み?|振り込み|お?支払い?|入金|納付|送金|払い?込み|pay)"
# Family and friends: 家族と相談して払います is a promise, not a request to talk to staff.
# Read after 相談 itself, so that the look-behinds run only where 相談 is.
_NOT_STAFF = "".join(f"(?<!{who}{p}相談)" for who in ("家族", "主人", "旦那", "夫", "妻", "嫁", "親", "両親", "身内", "母", "父",
                                                  "子ども", "子供", "こども", "たち", "達", "息子", "娘", "兄", "姉", "弟", "妹",
                                                  "家内", "祖母", "祖父", "親戚", "兄弟", "姉妹", "本人", "本人様",
                                                  "ヘルパー", "ケアマネ", "ケアマネージャー", "施設", "後見人", "相続人",
                                                  "ヘルパーさん", "ケアマネさん", "ケアマネージャーさん", "施設の方")
                     for p in ("と", "とも", "に", "にも", "から")) + \
    "".join(f"(?<!{who}{p}相談)" for who in ("警察", "弁護士", "消費者センター", "消費生活センター") for p in ("に", "へ", "と", "の", "にも"))  # not staff either
# To pay, in its plain and potential forms: 払う, 払える, 納める.
_WILL_PAY = r"(?:(?:支払|払|しはら|はら)(?:う|える|って)|納め(?:る|られる|て))"
_SETTLE = r"(?:納付|納入|入金|送金|決済|(?:お?支)?払い|精算|清算)"


# Forms that look past and are not: a promise as a favour done (払ったる, 払うたろ, 振り込んだる:
# Kansai and Chugoku for 払ってやる) and a condition (払ったら).
_NOT_PAST = r"る|ろ|ら(?!しい)"
# The promise as a favour done: 払ったる, 払うちゃる (Chugoku), 振り込んだる, 納めたるわ.
_FAVOUR = r"(?:" + _PAY + r"(?:っ|う|ろ)(?:た|ちゃ)|" + _TRANSFER + r"んだ|納めた)(?:る|ろ)(?!う?か\?)"

# The office's own number said not to be this one (この番号、市役所の番号じゃないよね?): a doubt
# about the sender, not a wrong number.
_OFFICE_NUMBER_DOUBTED = (r"(?:役場|役所|市役所|区役所|町役場|市|区|町|(?<![一-鿿])村|税務課|納税課|お役所|市税事務所|税務署|県税事務所|収納課)の(?:番号|電話番号|電話|もの)"
                         r"(?:(?:じゃ|では|でわ|で|や)(?:ない|なく|ありません|ねえ|ねー|なか)|(?:ですか|でしょうか|なの|なん|で(?:合って|あって|間違いない)))")
# A payment said only as what could not be (払えるもんなら、とっくに払ってますよ): cannot pay.
_COUNTERFACTUAL_PAID = r"(?:払え|支払え|納められ|納めれ|払われ)る(?:もん|もの)なら|(?:払え|払っ|納めら?れ)(?:て(?:い)?れば|たら)[^。!?]{0,4}(?:とっくに|とうに|もう)"
# A payment to be had done: I'll have it paid by the 15th, we'll get the balance paid by Friday.
_WILL_HAVE_PAID = r"(?:will|'ll|\bill|gonna|going to) (?:have|get) (?:it|this|that|the (?:payment|tax|taxes|bill|balance|amount)) (?:paid|settled|sent|transferred)\b"
# Paid by a day to come (月末には払い終わってるはずです): a promise, not a payment.
_PAID_BY_THEN = r"(?:払い|支払い|納め)終わって(?:い)?る(?:はず|予定|と思)|(?:払い|支払い|納め)終え(?:る|て(?:い)?る)(?:はず|予定)"
# A date as residents name it, for a date given alone as the answer (来週中で, 月末払い).
_DATE = (r"(?:(?:来月|今月)の?\d{1,2}日|再来週|来週|今週|週明け|週末|月末|今月|来月|年内|年末|明日|明後日|あした|あさって|今日|本日|\d{1,2}月\d{1,2}日|\d{1,2}[/-]\d{1,2}"
         r"|\d{1,2}日(?:後|以内)?|(?:来週の?)?[月火水木金土日](?:曜日?|よう(?:び)?)|来週の?[月火水木金土日](?![ぁ-ゖ一-鿿]))")

# The tax said too high (税金高すぎ): a dispute, unless said laughing and asking nothing.
TAX_TOO_HIGH = r"税(?:金)?(?:が|は)?.{0,4}(?:高すぎ|多すぎ)"

# The end of a reply, but for a courtesy after it (…。よろしくお願いします).
_THEN = r"[。!.\s~ー]*(?:よろしく)?(?:お?願い(?:します|いたします))?[。!.\s~ー]*$"

# What the resident wants cancelled, named next as something else (解除したいのは口座振替の方です):
# the head of a consultation rule and of what NOT_OURS_UNNEEDED leaves out.
_WANT_CANCELLED = r"(?:解除し|停止し|中止し|止め|やめ)(?:たい|て(?:ほしい|欲しい|もらいたい))の(?:は)[^。!?]{0,10}?"
# What else residents ask to stop: a direct debit, a seizure, the interest (口座振替を停止して
# ください is a consultation, and our messages still go). Like every run of look-behinds here,
# it stands behind a look-ahead for the word it guards: Python's re tries an alternative at
# every position of the reply, and 51 look-behinds tried there cost more than the rest of
# the rule.
_NOT_OURS = "".join(f"(?<!{what}{p})" for what in ("振替", "落とし", "引落", "押さえ", "差押え", "差押", "延滞金", "利子",
                                                   "手続き", "支払い", "支払", "請求", "契約", "発生", "徴収", "課税", "分割")
                    for p in "をのは")


def _not_procedure(done: str) -> str:
    """The start of a clause holding ``done`` (済ませ, 済んで) that names no procedure."""
    return (r"(?:^|[。、!?\s])(?=[^。、!?\s]*" + done + r")"
            r"(?:(?!手続|届|申請|申告|登録|登記|変更|廃車|解約|名義|抹消|転居|転出|売却|処分|引っ?越)[^。、!?\s])*")


# Procedures done without paying (廃車手続きを済ませました, 転出届は済ませてあります): 済ませ in a
# clause that names one says nothing of the bill, unless the clause names a payment too.
_DONE = r"済ませ(?:ました|た(?![いくかけ])|てあり|てい|ており|て(?:おき|置き)ました|て(?:おい|置い)た|て(?:まいり|参り)ました)"  # not 済ませておきたい, ておきます: to be done
_NOT_PROCEDURE = _not_procedure("済ませ")
# The same for 済んでます (名義変更も済んでます: a procedure done, nothing said of paying).
_NOT_PROCEDURE_DONE = _not_procedure("済んで")
_PAY_WORD = r"(?:納付|納税|支払|払込|払い|振込|振り込|入金|送金|納め)"
# 済む after ずに / ないで is "got by without" (払い忘れずに済んでます), no payment done.
_NOT_AVOIDED = r"(?<!ずに)(?<!ないで)(?<!なくて)"

# What we send, as residents name it (通知書 is a paper notice, not our SMS).
_MESSAGES = r"(?:お知らせ|おしらせ|通知(?!書)|連絡|sms|メール|メッセージ|メッセ|ショートメール|テキスト|ご?案内|送信|配信|お便り|おたより|送付)"
# This phone or number, named as where nothing more should come: 携帯へのご連絡, こちらの番号宛て.
_THIS_PHONE = r"(?:携帯|スマホ|電話番号|番号|当方|こちら|本携帯)(?:電話)?(?:へ|に|宛て?|あて)(?:の)?(?:は)?"

# Predicates that limit, decline, redirect away or call unneeded what they are said of
# (sets 33–37 and the stop audit): said of our messages or of this phone, a request to stop.
# Limiting: 今回限りに, これきりに, これで最後に, 本状をもって最後と, 今後なしで, 終わりに.
_LIMIT = (r"(?:限り|かぎり|きり|最後)(?:に|と|で)(?:して|させ|さして|お?願|ねが|ください|下さい|いただ|頂|ほしい|欲しい|もらえ|もらい|くれ|な$|や$|$)"
          r"|なし(?:で|に)(?:して|お?願|ねが|ください|下さい|いただ|頂|ほしい|欲しい|もらえ|くれ|$)")
# Declining: 見合わせて, お取りやめ, ご容赦, 結構でございます (結構どす, Kyoto), (もう|今後は)いいです.
_DECLINE = (r"見合わせ(?:て|を|願|いただ|頂|ください|下さい)|お?取り?やめ(?:て|願|いただ|頂|ください|下さい|を)|ご?容赦(?:ください|下さい|願|いただ|頂)"
            r"|結構(?:で(?:す|ございます)|だ|どす|だす|や|じゃ)|(?:もう|今後は|今後|以後は|これからは)(?:いい|ええ)(?:です|わ|よ|や)?(?=$|[、。!.\s])"
            r"|(?:受け取り|受信し|いただき|頂き)たく(?:ない|ありません|ございません)|ご?不要(?:に|と)?(?:存じ|思い|願)"
            # Not wished for, and asked not to be done, in humble and honorific forms: 通知は希望
            # いたしません, ご通知は今後一切なさらないようお願い申し上げます.
            r"|ご?放念(?:ください|下さい|くださ|いただ|頂|願)|希望(?:いた|致)しません|望みません|受け付け(?:ません|ない|ておりません|いたしません)(?![のんか?])|(?:なさら|され)ない(?:よう|ように)(?:お?願|ねが|ください|下さい|いただ|頂|申し上げ)")


# Verbs of sending, in the stem a negative takes: 送ら, 寄越さ (寄こさ, よこさ), 送ってこ,
# よこしてこ, and 連絡/送信/配信/メール + し or せ (連絡せん, メールしないで).
_SEND_NEG = (r"(?:(?:送|おく|おぐ)(?:ら|ん(?=ね|な)|って(?:こ|く))|(?:寄越|寄こ|よこ)(?:さ|して(?:こ|く))"
             r"|(?:連絡|れんらく|送信|配信|送付|メール|sms|ショートメール|メッセージ)(?:を|は)?(?:もう|今後|二度と)?(?:し|せ|して(?:こ|く)))")
# The same verbs in the plain form that a prohibitive な follows: 送るな, よこすな, 送ってくんな.
_SEND_PLAIN = (r"(?:(?:送|おく)(?:る|って(?:くる|来る|くん))|(?:寄越|寄こ|よこ)(?:す|して(?:くる|くん))"
               r"|(?:連絡|送信|送付|メール)(?:を)?(?:する|すん|して(?:くる|くん)))")
# A negative request in any register or dialect, after such a stem: ないで (standard), ねで /
# ねえで (Tohoku), んで + けれ / ええ / いい (Tohoku, Kansai: "no need to"), んといて / んとって
# (Kansai), なくていい, ないように. Not a negative said of what is (送らないです, 送らないでしょ).
NEG_ASK = (r"(?:(?:ない|ねえ|ねー|ね|ん|へん)で(?:も)?(?=ください|下さい|くださ|ほしい|欲しい|もらえ|もらい|いただけ|頂け|くれ|けれ|けろ|け|"
           r"ちょうだい|おくれ|ええ|いい|よか|良い|結構|大丈夫|ね|な|よ|や|$|[、。!.\s~ー])|(?:ん|ない)と(?:いて|って|き)"
           r"|(?:ない|ん)よう(?:に)?(?:して|お願い|願い|$)|(?:ない|ん)ごと(?:して|お願い|願い)|なくて(?:も)?(?:いい|ええ|よか|結構|大丈夫))")
_PROHIBIT = r"な(?![らんのどりいあぁかけ])"


def _rx(*parts: str) -> re.Pattern[str]:
    # ASCII word boundaries, so that English words count as words beside Japanese:
    # in 明日payします, \bpay matches (both 日 and p are Unicode word characters).
    return re.compile("|".join(parts), re.ASCII)


# label -> [(pattern, weight)]. A label applies if any of its patterns is found.
_RULES: dict[str, list[tuple[re.Pattern[str], float]]] = {
    WRONG_NUMBER: [
        (_rx(r"(?:人違い|人ちがい|ひとちがい|ひと違い)(?!か(?:と|も)?(?:思|おも))(?!では(?:ない|ありません|なく|ございません|なかった)|じゃ(?:ない|なく|ありません|なかった)|でわ(?:ない|なく))",
             r"(?:人|方|者)(?:は|なら)?(?:この家|うち|ここ|家|当方|こちら)(?:に|には)?(?:は)?(?:いません|いない|おりません|住んで(?:い)?(?:ません|ない))", r"別人(?!か(?:と|も)?(?:思|おも))", r"(?<!差出人の)(?<!送信元の)(?<!発信元の)(?<!送り主の)(?<!発信者の)(?<!送信者の)番号\s?(?:が|を|は)?\s?(?:違|ちが)い?(?:ます|です|だ|う|では|じゃ|$)", r"(?<!口座)(?<!暗証)(?<!口座の)(?<!振込先の)番号(?:を|が)?(?:お?間違|まちが|まちご)",
             r"(?:お?間違|まちが)(?:い|え)(?:電話|メール|sms|メッセージ|番号)",
             r"(?:宛先|送り先|送信先|宛て先|送付先)(?:が|を|の)?(?:お|ご)?(?:間違|違|誤|あやま)",
             # Never lived in the city the message is from: 貴市に住んだこともなく, そちらに住んだことはありません.
             r"(?:貴|御|そちらの|その|当該|この)(?:市|町|区|村)(?:内)?(?:に|で|には)(?:一度も|いちども)?(?:住んだ|暮らした|居住した|在住した)(?:こと|事)(?:も|が|は)?(?:一度も|いちども)?(?:なく|ない|ありません|ございません|無い|ねー)",
             r"(?:知らない|しらない|存じない|存じ上げない)(?:人|ひと|方|名前|者)",
             r"(?:という|って)(?:人|者|方|社員|職員|従業員|名前の(?:人|者|方))(?:は)?(?:[^。!?]{0,8}?(?:に|には))?(?:おりません|いません|いない|在籍して(?:い|お)り?ません)",
             # 中村って人知らないし: the person named, unknown.
             r"(?:という|って)(?:人|者|方|名前の(?:人|者|方))(?:は|を|も|なんて)?(?:知らない|しらない|知りません|知らん|しらん|知らねー|知らねえ|存じません)",
             # 宛名の小林さんって誰ですか: who the addressee is, asked by the phone's owner.
             r"(?:宛名|宛先|あて名)の[^。!?\s]{1,8}?(?:さん|様|氏)?(?:って|とは|というのは)(?:誰|だれ|どなた)",
             r"(?:そんな|そのような|その|この|そういう|宛名の|宛先の)\s?(?:人|ひと|方|かた|者|名前)(?:は|、)?\s?(?:知|し|い|おりません|存じ)",
             # The phone's previous owner; not a house's or a car's, whose share of a tax is asked
             # about (固定資産税って前の持ち主の分ちゃいますか: a dispute, set 192).
             r"(?<!家の)(?<!土地の)(?<!車の)(?<!建物の)(?:前|以前|元|もと)の(?:持ち主|持主|所有者|使用者|契約者|利用者)(?!(?:さん|様)?の(?:分|税|名義))",
             # The number wrong, thought so in any speech (番号違いやと思います); the addressee no one of
             # the family (宛名の方は家族の誰でもありません); the name different too (名前も違うと言ってます).
             r"番号(?:違い|ちがい|間違い)(?:や|だ|です|じゃ)?と(?:思|おも)",
             r"(?:宛名|宛先|お名前|名前)の?(?:方|人)?(?:は)?(?:家族|うち|当家|家)の(?:誰|だれ|どなた)でも(?:ありません|ない|ございません)",
             r"名前(?:も)(?:違う|ちがう|違い|違います|ちがいます)",
             # Learners' words (わたし ちがう ひと です; まえ この でんわ つかった ひと…かえりました).
             r"(?:わたし|私|ぼく|僕)(?:は)?(?:ちがう|違う)(?:ひと|人)",
             r"(?:まえ|前)(?:に|の)?(?:この)?(?:でんわ|電話|けいたい|携帯|番号)(?:を)?(?:つかった|使った|使ってた|つかってた)(?:ひと|人)",
             # The name written is neither of the people who use the phone (書いてある名前は母でも
             # 私でもありません).
             r"(?:名前|宛名|お名前)(?:は|が)[^。!?]{0,12}でも[^。!?]{0,8}でも(?:ありません|ない|ございません)",
             r"代表(?:番号|電話)です", r"(?:会社|事務所|店舗|法人|病院|学校)の(?:番号|電話|固定電話)です",
             r"(?:最近|新しく|新規に?)(?:契約|変更|変え|取得)した(?:番号|携帯|もの)",
             r"(?:そんな|その|そのような)(?:名前|なまえ)の(?:人|者|方|もん)",
             r"(?:見覚え|心当たり|覚え)(?:の|が)?(?:ない|ありません|ねえ|あらへん|無い)(?:お?名前|人|方)",
             r"(?:私|わたし|僕|俺|うち|自分)(?:宛て?|あて)(?:じゃ|では|でわ)(?:ない|ありません|ございません)", r"\b(?:i am|i'm|im) not [一-鿿]{1,4}(?![一-鿿])",
             r"(?:ここ|うち|この家|当家)(?:は)?[^。!?\s]{1,8}?(?:さん|様)?の(?:家|うち|自宅|お宅)(?:じゃ|では)(?:ない|ありません|ございません)",
             r"\bnever heard of (?:him|her|them|this person|that person|the person)\b",
             r"(?:^|(?<=[。!?\s]))[一-鿿ァ-ヺ]{1,6}(?:さん|様)(?:では|じゃ)(?:ありません|ないです|ない|ございません)",
             # A name asked about and denied (この「吉田」って誰ですか。私じゃないです; 加藤さん?どなたですか).
             r"(?:^|(?<=[。!?\s]))(?:私|わたし|僕|俺|うち)(?:じゃ|では)(?:ない|ありません)(?:です|よ)?(?=[。!?\s]|$)",
             r"[」』]\s?って(?:誰|だれ|どなた)", r"(?:さん|様)\s?\?\s?(?:どなた|誰|だれ)(?:ですか|\?)",
             # A care home's or a company's phone (そのお名前の方は当施設にはいらっしゃいません;
             # 宛名の方も、何の件かも私にはわかりません).
             r"(?:その|宛名の|宛先の|ご指名の)お?名前の(?:方|人|者)(?:は|が)[^。!?]{0,10}?(?:いらっしゃいません|いません|おりません|在籍して(?:い|お)りません)",
             r"(?:宛名|宛先|ご指名)の(?:方|人|者)(?:も|は)[^。!?]{0,14}?(?:わかりません|分かりません|知りません|存じません|存じ上げません|心当たりが(?:ありません|ない))",
             r"(?:誰|だれ)の(?:名前|もの|番号)でも(?:ない|ありません)",
             r"(?:その|この|あの)(?:人|方|者)(?:は|、)?.{0,8}(?:この|その)?番号(?:を|は)?(?:もう)?(?:使って|つかって)(?:い)?(?:ない|ません)",
             r"本人(?:ではありません|じゃない|じゃありません|ではない)", r"(?:名前|宛名|氏名)(?:が|は)(?:違い|ちがい|違う|ちがう)",
             # A family member's old number (息子は札幌に引っ越してこの番号はもう使ってないんだわ).
             r"(?:息子|娘|夫|妻|父|母|兄|弟|姉|妹|本人)(?:は|が)[^。!?]{0,16}(?:この|その)番号(?:は|を)?(?:もう)?(?:使って|つかって)(?:い)?(?:ない|ません|ねー|ねえ)",
             # The phone's previous user gone (以前この端末を使っていた社員は昨年退職しています).
             r"(?:以前|前に|前)(?:この|その)?(?:端末|携帯|番号|電話|スマホ)(?:を)?使って(?:い)?た(?:社員|人|方|者|職員)",
             r"(?:そういう|そんな|その)名前(?:じゃ|では)(?:ない|ありません)",
             r"[一-鿿ァ-ヺ]{1,6}(?:さん)?(?:なんて|なんか)(?:人|奴|やつ)?(?:は)?(?:知らん|しらん|知らねー|知らねえ|知らない|知りません)",
             r"[一-鿿ァ-ヺ]{1,6}(?:さん|様|氏)は[^。!?]{0,6}(?:退職|退社)(?:しました|して(?:い|お)ります|されました|した)[^?]{0,20}(?:会社|店|事務所)の(?:もの|携帯|電話)",
             # 私は山本ではありません: a name, not a role (滞納者, 本物).
             r"(?:私|わたし|わたくし|僕|ぼく|俺|おれ)(?:は|、)\s?(?!滞納|未納|対象|本物|詐欺|悪|犯|無職|学生|貧乏|金持)[一-鿿々]{1,4}(?:さん|様)?(?:では|じゃ)(?:ありません|ないです|ない|ございません)(?:[。!.\s]|$)",
             # The same in dialect, with the household or Tohoku's わ and おら as the one speaking
             # (うちは佐々木でねぇす, わは工藤でねぇ).
             r"(?:^|[、。!\s])(?:私|わたし|僕|俺|おれ|おら|わ|うち|わし|あたし)(?:は|、)\s?(?!滞納|未納|対象|本物|詐欺|悪|犯|無職|学生|貧乏|金持)[一-鿿々]{1,4}(?:さん|様)?(?:で|ぢゃ|じゃ)(?:ねぇ|ねえ|ねー|ねぁ|ね)(?:す|っす|よ|べ|がら|ど|ぞ)?(?![ぁ-ゖ])",
             r"(?:俺|おれ|オレ|僕|ぼく|わし|あたし)(?:は|、)\s?(?:[一-鿿]{1,4}|(?!むり|だめ|ばか|あほ|びんぼう)[ぁ-ゖ]{2,5})(?:さん)?じゃ(?:ねえ|ねー|ねぇ|ない|ないぞ|ねーぞ|ねえぞ)",
             r"前の(?:人|方|持ち主|所有者|使用者|契約者)(?:あて|宛|の番号|では|じゃ|と|の(?:だ|です|もの|携帯))",
             r"(?<!スマホに)(?<!スマホへ)(?<!携帯に)(?<!機種を)(?<!ガラケーから)(?:買った|契約した|変えた|替えた|かえた|変更した)ばかり",
             # The phone said to be the writer's own, beside messages for someone else (この携帯は妻の
             # 私のものです。主人宛ての連絡はこちらに送らないでください).
             r"(?:この|こちらの)(?:携帯|電話|スマホ|番号)(?:電話)?は[^。!?]{0,8}(?:私|わたし|わたくし)(?:個人)?の(?:もの|携帯|番号|電話)?(?:です|で)(?=.*(?:宛て?|あて)の?(?:連絡|通知|お知らせ|メール|sms|メッセージ|もの|郵便))",
             r"(?:会社|店|事務所)の(?:携帯|電話)(?:で|です)[^。!?]{0,20}(?:という|って)?(?:社員|人|方|者)?(?:は|も)?(?:もう|既に)?(?:退職|退社|辞め)",
             # A company's phone, then the one named gone from it, or the phone now another's
             # (こちらは…の社用携帯です。鈴木は昨年10月に退職しております; 退職した社員宛のようです;
             # 別の者が使用しております).
             r"(?:社用|会社の|業務用|法人|会社支給の|店の)(?:携帯|電話|スマホ|番号)(?:電話)?(?:です|で)[。、,\s]?[^。!?]{0,24}?(?:は|も)[^。!?]{0,12}?(?:退職|退社|辞め|異動)",
             r"(?:退職|退社)(?:した|された|済みの)(?:社員|従業員|職員|者|方|人)(?:の方)?(?:宛|あて)",
             r"(?:別|他|ほか)の(?:者|人|社員|従業員)が(?:使用|使って|利用)(?:して|し)(?:おります|います|いる|る)",
             r"(?:この市|この町|この区|そちら|[一-鿿]{1,4}(?:市|町|村|県|区)?)に(?:は)?(?:一度も)?住んだこと(?:が|は|も)?(?:ない|ありません)",
             # Someone else's number, named (こちら木村の番号ではありません); not the office's.
             r"(?:[一-鿿]{2,4}|[ァ-ヺ]{2,6})(?<![市区町所場課局庁府県都])(?:さん|様|氏)?の(?:携帯|番号|電話|スマホ)(?:番号)?(?:では|じゃ|でわ)(?:ありません|ない|ございません)",
             r"(?:知らん|しらん|知らねー|知らねえ)(?:わ|し|よ|がな|で)?.{0,6}(?:人|名前|やつ|奴|方)",
             r"(?:人|名前|やつ|方)(?:は|なんか|とか)?(?:知らん|しらん|知らねー|知らねえ)",
             r"(?:お?間違|まちが|違)(?:って|い|え).{0,10}(?:送り先|宛先|送信先|宛て先)",
             # "Wrong." said first, then no more of it (間違いです。もう送らないでください): the
             # mistake is the number's, as wrong_number ranks first.
             r"^(?:お?間違い|まちがい)(?:です|ですよ|だよ|や|でーす)?[。!.\s]+(?=[^。!?]{0,12}?(?:送らない|送らん|送ってこない|連絡しない|連絡せん|やめて(?!ほしくな)|停止(?!し(?:ない|なく|ません)|は(?:しない|不要|いら))))",
             r"(?:doesn't|does not|don't|no longer) (?:live|lives|work|works) (?:here|at this)",
             r"^(?:sorry,? )?(?:this is not|this isn't|i am not|i'm not|im not|not) (?!a |an |the |my |sure|able|going|paying|right|fair|correct|true|real|legit)[a-z]+[.!]*$",
             r"(?:is not|isn't|not) (?:mr|mrs|ms|miss)?\.? ?[a-z]+'s (?:phone|number|mobile|cell)",
             r"(?:家族|うち)に(?:は|も)?(?:その|そのような|そんな)?(?:名前|人|者|方)?は?(?:いません|いない|おりません)",
             r"(?:その|この|宛名の|宛先の)(?:お?名前|方|人)(?:に|には|にも)[^。!?]{0,8}?(?:全く|まったく|一切)?心当たり(?:が|は)?(?:ありません|ない|ございません)",
             r"(?:当方|こちら|我が家|家族|うち)に(?:は|も)?(?:該当する|該当の|その|そのような|そんな)(?:名前の)?(?:人|者|方)(?:は|が)(?:いません|いない|おりません|ございません)",
             r"(?:そげな|そんな|そがな|そぎゃん|そういう|その)(?:名前の)?(?:人|方|者|もん)(?:は|なんか)?(?:おらん|おらへん|おりません|いねえ|いねー|おらんけ)",
             r"(?:うち|家|ここ|この家)に(?:は)?[^。!?\s]{1,8}?(?:なんて|なんか|って(?:人|者)?|という(?:人|者|方)?)(?:は)?(?:いません|いない|いねー|いねえ|おりません|おらん)",
             r"該当(?:者|する(?:者|人))?(?:は)?(?:いません|おりません)",
             # This phone is not the person named (この携帯は田中ではありません, その番号は佐藤さんの
             # じゃない): not a number of the city's or one's own doubted.
             r"(?:この|その|当)(?:番号|携帯|スマホ|電話|ケータイ|けいたい)(?:は|の持ち主は)[^\s。、,!?番号市区町村役場所私]{1,8}?(?:さん|様|氏)?(?:の(?:もの|番号|携帯)?)?(?:では|じゃ)(?:ありません|ないです|ない|ございません)",
             # Not known, humbly (鈴木さんという方は存じ上げません), and the number one's own for
             # years (この番号は3年前から私が使っています).
             r"(?:という|との|の)?(?:方|人|者|お名前|名前)(?:は|を|も)?(?:存じ上げ|存じ)(?:ません|ない|ておりません|ず)",
             r"(?:この|当|こちらの)番号は[^。!?]{0,12}?(?:から|以前から|ずっと)(?:私|わたし|わたくし|僕|自分|当方|家族)が(?:使って|使用して|契約して)",
             r"^(?:(?:ちがう|違う)\s?(?:ひと|人|かた|方)(?:\s?です|\s?だ|\s?や|よ)?)(?:[。!、.\s]|$|(?=もう|停止|送ら|おくら|やめ|止め))",
             # Who is that? Don't know them (誰だよ田中って。知らねーよ).
             r"(?:誰|だれ)(?:だよ|だ|や|じゃ|ですか|なの|よ)?[、,\s]?[^。!?\s]{1,8}?(?:って|て)[。!?、\s]*(?:知ら|しら)(?:ね|な|ん|へん)",
             # A name asked about, checked behind って rather than matched from every position.
             r"(?<=[^。!?\s])って(?:誰|だれ)(?:だよ|ですか|や|じゃ|なん|なの)?[?。!、\s]*(?:知ら|しら)(?:ね|な|ん|へん)",
             # Not the one meant, formally: 当方は該当の者ではございません, 私はご本人ではありません.
             r"(?:当方|私|わたし|わたくし|こちら)(?:は|、|,)?\s?(?:該当(?:の)?(?:者|方|人|かた)|ご?本人|ご指名の(?:者|方))(?:で|と)?(?:は|わ)?(?:ございません|ありません|ない)",
             r"別の.{1,8}?(?:さん|様|人|方)(?:では|じゃ|と(?:お?間違|まちが|勘違))", r"同姓同名(?![^。!?]{0,4}(?:父|母|祖父|祖母|兄|弟|姉|妹|夫|妻|息子|娘|親|家族))(?<!(?:父|母|兄|弟|姉|妹|夫|妻|親)と同姓同名)",
             # Taken for someone else (誰かと間違えてませんか, 他の人と勘違い), or no tie at all to the
             # addressee (宛名の方とは何の関係もありません).
             r"(?:誰か|だれか|どなたか|他の(?:人|方)|ほかの(?:人|方)|別の(?:人|方)|違う(?:人|方))(?:と|を)(?:お?間違|まちが|勘違|かんちが|取り違)",
             r"(?:宛名|名義|宛先)の?(?:人|方|者|かた)?(?:とは|と|には)(?:は)?(?:何の|なんの|一切|全く|まったく|特に)?(?:関係|関わり|面識|縁|つながり)(?:も|は|が)?(?:ない|ありません|ございません|無い|ねー)",
             r"\b(?:mistaken|confused|mixed) (?:me|us) (?:for|with|up with) ", r"\bwrong (?:address|addressee)\b",
             r"(?<!not a )(?<!not the )(?<!wasn't a )(?<!isn't a )(?<!金額 is the )(?<!amount is the )(?<!amount is a )(?<!total is the )wrong (?:number|person|recipient|guy|phone)", r"not (?:me|my name)\b",
             r"\b(?:i am|i'm|im) not (?:that|the|this) (?:person|one|lady|woman|man|guy|taxpayer)\b",
             # "I am not that person", the copula negated in any dialect: その人じゃない, その人や
             # ないき (Tosa), その人とちゃう (Kansai), その人でねえ (Tohoku), その人じゃなか (Kyushu).
             r"(?:その|この|宛名の|宛先の|ご指名の|名前の|そちらの)(?:人|ひと|方|かた|者|もん|本人|ご本人)(?:と)?(?:は)?(?:じゃ|や|では|でわ|で|ぢゃ)(?:ない|ねえ|ねー|ね(?![ぁ-ゖ])|なか|ありません|ございません|あらへん|おまへん|ないき|ないけ|ないけん)",
             # The addressee is not of this household (宛名の人、うちとちゃいますよ).
             r"(?:宛名|宛先)の(?:人|方|名前)[、,は]?\s?(?:うち|私|わたし|僕|俺|こっち|当方|家)(?:と|や|じゃ|では)(?:ちゃい|ちゃう|ちが|違|ない|ありません)",
             r"(?:私|わたし|わたくし|あたし|僕|ぼく|俺|おれ|おら|わし|わい|うち|自分)(?:は|、|,)?\s?(?:その|宛名の|宛先の|ご指名の)(?:人|ひと|方|かた|者|もん|本人)(?:と)?(?:ちゃう|ちゃいます|違う|違います|ちがう|ちがいます|ちゃうで|ちゃうわ)",
             r"(?:don't|do not|dont) know (?:who|this person|him|her|them|anyone|(?:any|a|this|that|the|your) (?:mr|mrs|ms|miss|mister)\b)",
             # Not the one named (I'm not Mr. Hayashi); the number one's own (this number is mine
             # since March, I just got this number).
             r"\b(?:i am|i'm|im) not (?:mr|mrs|ms|miss|mister|madam)\b", r"\b(?:this|the) number (?:is|has been) mine\b|\bi (?:only |just |recently )?got this number\b",
             # Meant for someone else (どなたか別の方あてでは?).
             r"(?:別|他|ほか)の(?:方|人|かた|ひと)(?:あて|宛て?)(?:では|じゃ|の(?:メッセージ|メール|連絡|お知らせ|sms)|だと思)",
             r"no one (?:here )?(?:by|named|called) ", r"\b(?:i've|i have|i) never lived (?:in|at) ", r"\b(?:isn't|is not|wasn't|was not) (?:meant|intended) for me\b", r"nobody (?:here )?(?:by|named|called) "),
         STRONG),
        (_rx(r"(?:この|その|当)?番号(?:は|、).{0,20}(?:ではありません|じゃありません|じゃない|ではない|違います|ちがいます)",
             r"(?:私|わたし|僕|ぼく|俺|うち|こちら)(?:は|、|,)\s?.{1,12}(?:ではありません|じゃありません|じゃないです|ではないです|ではない|じゃない)(?!.*(?:払|税))",
             r"(?:誰|だれ|どなた|どちら様|どちらさま)(?:の(?:こと|事)|宛)",
             # The addressee gone from a company phone (会社支給の携帯で、その方はもう退職しています).
             r"(?:その|あの|宛名の|宛先の|ご指名の)(?:方|人|者|社員|職員)(?:は|なら)?[^。!?]{0,6}?(?:退職|退社|異動|転勤)(?:して|しました|した|され)",
             # Only "who?" or "who's that?" in answer to a message that names its addressee.
             # (誰ですか, どちら様ですか ask who sends it: a doubt, below.)
             r"^(?:誰|だれ)(?:それ|や|やねん|だよ|だ|じゃ)?[?。!\s]*$", r"^who\s?\?*$",
             # 伊藤さんって誰ですか?: the person named, asked about by the phone's owner.
             r"(?:(?<=[^。!?\s])(?:さん|様)|(?<=[一-鿿ァ-ヺ])(?<![ぁ-ゖ][一-鿿ァ-ヺ]))って(?:誰|だれ|どなた)(?:ですか|なの|なん|や|\?)",
             r"^(?:いえ|いいえ)?[、,\s]*(?:違います|ちがいます|違う|ちがう)(?:よ|けど)?(?=[、,。!?\s]|$)",
             # No idea of the person or the matter (心当たりがありません): the spec's wrong number;
             # said of an amount or a tax it is the bill's dispute (see classify._weigh).
             r"心当たり(?:が|は|も)?(?:全く|まったく|一切|特に)?(?:ない|ありません|ございません|ねえ|ねー|無い|ないです)",
             # A mistake, not said of what: yields to a disputed amount (この金額、何かの間違いでは).
             r"(?<!の)(?:お?間違|まちが)(?:い|え)(?:です(?:よ)?$|では)",
             r"^(?:誰|だれ|どなた)(?:ですか|\?|、|。| )*(?:知らない|しらない|知りません|知らん)",
             r"知りません.*(?:人|ひと|方|名前)|(?:人|ひと|方|名前).*知りません",
             # This person not known, plainly (このひと知らない, as romaji's kono hito shiranai reads).
             r"(?:この|その)(?:人|ひと|方)(?:は|なんか|のこと)?(?:知らない|知りません|知らん|知らねー|知らねえ)",
             r"(?:私|わたし|うち|自分|僕|俺)?(?:に|と|には|とは)?(?:何の|なんの|全く|まったく)?関係(?:も|は)?(?:ない|ありません|ねー|無い|のない)(?!と(?:思|おも))(?!(?:お?話|こと)(?:で|を|ばかり|すみ|失礼|ごめん))(?!(?:人|方)(?:に|へ)(?:送|返信|返))",
             r"宛先(?:を|の)?(?:ご)?(?:確認|再確認)"),
         MEDIUM),
    ],
    OPT_OUT: [
        # A negative said as a guess (市役所がSMSなんて送ってこないでしょ) is no request.
        (_rx(r"(?:送|おく)(?:ら|って(?:こ|く))(?:ない(?!でしょ|だろ|はず|と思|よね|かも|のに)|ないで(?!しょ)|んで|んといて|んとって|んとい|んな|ねで|ねえで|ねーで)",
             r"(?:送|おく)るな(?![らんのどり])",
             # Any verb of sending asked in the negative, in any register or dialect (寄越さねでけ,
             # おくらんでけれ, 連絡せんといて, 送ってくんな), and our messages asked not to come.
             _SEND_NEG + NEG_ASK, _SEND_PLAIN + _PROHIBIT,
             # The sending named, then asked to end (携帯に送ってくるのはやめてもらえますか).
             _SEND_PLAIN + r"の(?:は|を)?(?:もう)?(?:止め|(?<!ま)とめ|やめ)(?:て(?!おき|おく|とき|とく|みる|みよう)|にして|ろ|てほしい)",
             # 送ってくんじゃねえよ: the prohibitive said as "don't you".
             _SEND_PLAIN + r"(?:ん|の)?じゃ(?:ねえ|ねー|ない)(?=よ|っ|ぞ|わ|$|[!。、\s])",
             r"(?:もう|二度と|これから|今後|" + _MESSAGES + r")(?:が|は|も)?(?:もう)?(?:来|こ)" + NEG_ASK, r"(?:もう|二度と)(?:来|く)ん" + _PROHIBIT,
             # Another way of being told, not our messages: これからはSMSではなく郵送で.
             r"(?:sms|メール|ショートメール|メッセージ)(?:で|じゃ)(?:は)?なく[^。!?]{0,6}(?:郵送|郵便|書面|手紙|はがき|ハガキ)",
             # 父宛てのご連絡は今後この番号ではなく、自宅への郵送でお願いします.
             r"(?:この|こちらの|当)(?:番号|携帯|電話|スマホ)(?:で|に|へ|宛て?)?(?:は)?(?:ではなく|じゃなく|でなく)[^。!?]{0,10}?(?:郵送|郵便|書面|手紙|はがき|ハガキ|自宅|固定電話|家の電話|別の番号)",
             r"(?:連絡|お知らせ|通知|ご?案内|お便り)(?:は|を)?[^。!?]{0,4}(?:郵送|郵便|書面|手紙)(?:のみ|だけ|に)(?:にて|で|に)?(?:して|限|お?願|ください|下さい|ほしい|欲しい|希望|頂戴|いただ|頂|$|[!。])",
             # The same in English (send any future notices by post only, not to my phone).
             r"\b(?:by|via|through) (?:post|mail|letter|paper)s? only\b|\bonly (?:by|via|through) (?:post|mail|letters?)\b|\b(?:notices|letters|reminders|messages|them|it) (?:by|via) (?:post|mail)[^.!?]{0,12}\bnot (?:to|on|via) (?:my|this) (?:phone|mobile|cell|number)\b",
             r"(?:送|おく)り?(?:つけ|付け)(?:ないで|んといて|んとって|んで|んな|るな)",
             r"(?:もう)?(?:いらん|要らん)(?:です|で|わ)?(?:[、,。 ].*(?:送|連絡|メール|sms))",
             r"(?:^|[。、!?\s])(?:配信|送信|sms|メール)?(?:停止|中止|stop)(?:で|を)?(?:お願い(?:します|いたします)?|希望(?:します)?|して(?:ください)?)?[。!.\s]*$",
             r"送信しないで",
             # The stop word opening a sentence of its own in a mixed-language reply, whatever
             # follows it (…i-text. ストップ po; 停止 please).
             r"(?:^|[。!?.]\s*)(?:配信|送信|sms|メール)?(?:停止|中止)(?=[\s。!.]|$)",
             # A stop asked for politely, of our messages or alone, for the resident or for
             # someone else (ご本人様へのSMSは停止願います, teishi onegaishimasu).
             r"(?:^|[。、!?\s]|" + _MESSAGES + r"(?:の|を|は|も)?(?:今後|こんご|もう)?(?:は)?)(?:配信|送信)?(?:停止|中止)(?:を|に|で|は)?(?:して)?(?:お?願|ねがい|希望|きぼう|依頼|頼|たの|よろしく|ください|下さい|ほしい|欲しい|もらえ|もらい|いただ|頂|でき|出来|可能)",
             # From now on, refrain, said as the whole request (今後はご遠慮ください; romaji's kongo wa
             # goenryo kudasai).
             r"(?:^|[。!、\s])(?:今後|以後|これから|これからは)(?:は|も)?[、,\s]?(?:ご遠慮|お控え)(?:ください|下さい|くださいませ|願います|願いたい|いただけ|頂け|いただき|頂き)",
             # 解除 alone (set 206): an unsubscribe said short (配信解除, 登録解除); missing a stop is the
             # worst mistake, so a bare 解除 is read as one.
             r"^(?:配信|登録|通知)?解除(?:して|してください|で|お願いします|希望)?[。.!\s]*$",
             # "text" in English among Japanese (text はもういらないです).
             r"\btexts?\s?(?:は|を|も)?\s?(?:もう)?(?:いらない|いりません|要らない|要りません|不要|結構)",
             # TD alone: the unsubscribe word of Chinese carriers' SMS (回复TD退订), as residents from
             # China answer any SMS they want no more of (set 191).
             r"^(?:回复?|回覆)?td(?:退订|退訂)?[。.!\s]*$",
             # The stop word said over and over as a sentence of its own (はいはい。停止停止, stop stop,
             # yamete / yamete kudasai).
             r"(?:^|[。!?\s、])(?:配信停止|停止|ストップ|すとっぷ|stop|やめて|止めて)(?:[\s、,!・。]*(?:配信停止|停止|ストップ|すとっぷ|stop|やめて|止めて))+(?:ください|下さい|くれ|よ)?[。!\s]*$",
             r"(?:sms|メール|メッセージ|ショートメール|連絡|通知)(?:は|を|も)?(?:お断り|お断わり|おことわり|拒否|結構です)", r"(?:配信|通知)(?:を|は|、|,)?\s?(?:停止|中止|拒否|不要|解除|解約|退会|止め|(?<!ま)とめ|やめ|オフ|off)",
             # Receiving declined from now on (今後は受け取りません), our reminders "graduated from"
             # (リマインドはもう卒業させてください), our notices ended (当方への通知はこれをもって終了と
             # していただきたく), and being left alone (払ったんだからもう放っておいて).
             r"(?:今後|これから|以後|以降)(?:は|も)?(?:一切)?(?:受け取り|受信し|受け付け)(?:ません|ない(?:ので|から|です|$|。))",
             r"(?:リマインド|リマインダー|お知らせ|通知|メール|sms|連絡|督促)(?:は|から|を)?(?:もう)?卒業",
             r"(?:通知|連絡|配信|送信|お知らせ|sms|メール)(?:は|を)?(?:これ(?:をもって|で|にて))?(?:終了|終わり|打ち切り?)(?:と|に)?(?:して|し|いただ|願|お願い|ください)",
             r"(?:もう|いい加減)?(?:放|ほう|ほ)っ(?:て|と)(?:おいて|いて)(?:ください|下さい|くれ|ほしい|欲しい|よ|や|$|[。!])|そっとしておいて",
             # Declined from now on, this phone left out, had enough of, blocked in slang (着拒),
             # or not needed since the resident keeps track: 以後お断りします, この携帯は対象外に
             # してください, このSMSはもうたくさんです, 次来たら着拒する, 知らせてくれなくて大丈夫です.
             r"(?:以後|今後|これから|以降)(?:は)?(?:一切)?(?:お断り|おことわり)(?:します|いたします|です|申し上げ|させて)",
             r"(?:この|当|こちらの)(?:携帯|番号|電話|スマホ)(?:は|を)?(?:対象外|除外)",
             r"(?:sms|メール|メッセージ|ショートメール|通知|お知らせ|連絡)(?:は|も)?(?:もう)?(?:たくさん|沢山|うんざり)(?:です|だ|$|。)",
             r"着拒(?!して(?:い)?た|っ?てた|され|られ|(?:を|の)?解除)",
             r"(?:知らせて|連絡して|送って)(?:くれ|もらわ|いただか)?なくて(?:も)?(?:大丈夫|いい|ええ|結構|ok|構いません|かまいません)",
             # Stop, as a clipped request of its own (ストップで。夫の代わりに返信してます).
             r"(?:^|[。!?\s])(?:配信)?(?:ストップ|すとっぷ|停止)(?:で|でお願いします|でお願い|で頼む|でよろしく)(?=[。!?\s]|$)",
             # Stops said indirectly (set 129): our messages to be deleted unread; no more of them
             # after a payment; "spare me"; a bare wish to stop; enough of these; opt-out asked;
             # our contact wanted only on paper.
             r"(?:読まずに|見ずに|開かずに|未読のまま)(?:すぐ)?(?:消|削除|捨て|ゴミ箱)",
             r"これ以上の?(?:お知らせ|ご?連絡|通知|メッセージ|sms|メール|督促)(?:は|も)?(?:大丈夫|結構|不要|いりません|いらない|要りません|けっこう|お断り)",
             # 勘弁して is mostly an apology (勘弁してください、うっかりしてました) or a groan at the tax;
             # a stop only after the messages' own annoyance (毎回毎回もううんざりです。勘弁してください).
             r"(?:毎回|毎度|何度も|何回も|しつこ|うんざり)[^。!?]{0,12}[。!、,\s]*(?:もう|いい加減|ほんと|本当に)?[、,\s]?勘弁(?:して|願)",
             r"(?:^|[。!?\s])(?:これ|それ|もう)?(?:を)?(?:止め|(?<!ま)とめ|停止し)たい(?:んです|です|のですが|んですけど|んだけど|んやけど)?(?:けど)?[。!\s]*$",
             r"(?:もう)?(?:こういうの|こういうもの|こんなの|こういった(?:もの|連絡|お知らせ)|こういう(?:お知らせ|連絡|通知|メール|メッセージ))(?:は)?[、,\s]?(?:もう)?"
             r"(?:いい|結構|大丈夫|よろしおす|よろしいです|けっこうどす|結構どす)(?:です|だ|っす)?(?:さかい|から|ので|よって)?[。!\s]*$",
             r"オプトアウト(?:したい|して|でき|お願い|希望|を)",
             r"(?:ご用件|ご?連絡|お知らせ|通知|督促|ご?案内)(?:は|を)?(?:全て|すべて|今後)?(?:封書|郵送|手紙|書面|はがき|ハガキ|郵便)(?:のみ|だけ)?(?:で|に)(?:お願い|送って|ください|して)",
             r"(?:メール|sms|ショートメール|メッセージ|携帯|スマホ)(?:は|が)(?:読めません|読めない|見られません|見られない|見れません|使えません|使えない)[^。!?]{0,4}[。、,]?[^。!?]{0,8}(?:手紙|郵送|封書|書面|はがき|ハガキ|郵便)(?:で|に)",
             r"\b(?:don't|do not|please don't|please do not) use (?:it|this|this phone|this number|my (?:work )?(?:phone|number)) for (?:this|these|that|tax\w*)\b",
             # SMS not used, another way asked (ショートメールは見ないので、連絡はメールで; I don't do
             # texts. Send me a letter), and our messages not wanted to be seen (もう見たくない).
             r"(?:ショートメール|ショートメッセージ|sms|携帯のメール)(?:は|を)(?:普段|あまり|ほとんど)?(?:見ない|見ません|読まない|読みません|使わない|使いません|使っていません|使ってない|見てない|見ていません)"
             r"(?=[\s\S]*(?:メール|郵便|郵送|手紙|はがき|ハガキ|封書|書面)(?:で|に|へ|あて))",
             r"(?:メール|郵便|郵送|手紙|はがき|ハガキ|封書|書面)(?:で|に|へ)(?:ください|お願い|送って|連絡)(?=[\s\S]*(?:ショートメール|ショートメッセージ|sms)(?:は|を)(?:普段|あまり|ほとんど)?(?:見ない|見ません|読まない|読みません|使わない|使いません|使っていません|使ってない))",
             r"\bi (?:don't|do not|never) (?:do|read|use|check|answer) (?:texts|text messages|sms)\b",
             r"(?:^|[。!?\s])(?:もう)(?:見たくない|見たくありません|読みたくない|受け取りたくない|受け取りたくありません)",
             _MESSAGES + r"(?:の|を|は)?[、,\s]?(?:解除|停止|中止)(?:し)?(?:たい|て(?:ください|下さい|ほしい|欲しい)|希望|お願い)",
             # The stop decided after all (やっぱり停止で。何度もすみません).
             r"(?:やっぱ|やっぱり|やはり|結局)[、,\s]?(?:配信)?(?:停止|ストップ)(?:で|に|して|お?願)",
             # The stop kept (やっぱり停止のままでお願いします).
             r"(?:停止|ストップ)(?:の|した)まま(?:で|に)(?:お?願|いい|結構|大丈夫|構いません|して)",
             r"(?:停止|ストップ)[」\"']?(?:は|を)?(?:その|この)まま(?:で|に)(?:お?願|いい|結構|大丈夫|構いません|して)",
             # The resident's own share stopped (私の方は停止で。妻の方だけで十分です).
             r"(?:私|わたし|僕|ぼく|俺|自分|こちら|うち)(?:の方|のほう|の分|宛て?|あて)?(?:は|も)(?:配信)?(?:ストップ|すとっぷ|停止)(?:で|に)(?:[。!?\s]|$|お?願|いい|大丈夫|結構|構いません|かまいません|よろしく)",
             # Leaving our messages' service (お知らせサービスから退会します); not a bank's.
             r"(?:お知らせ|通知|メール|sms|配信)(?:の)?サービス(?:を|は|、|から)?(?:解除|停止|退会|解約|やめ)",
             # Asked that they come no more (もう来ねようにしてけろ, メールが届かないようにして).
             r"(?:もう|二度と|メール|sms|連絡|通知|お知らせ)[^。!?]{0,6}?(?:来|こ|届か)(?:ない|ね|ねえ|ねー|ん)ように(?:して|お願い|願|頼)",
             r"(?:サービス|登録)(?:を|は|、)?(?:解除|停止|退会|解約|やめ)(?:し)?(?:たい|て|で|希望|お願い)", r"受信(?:を)?拒否",
             r"(?:受け取る|受信する)意思(?:は|が)(?:ございません|ありません|ない)", r"受信を希望して(?:おりません|いません)",
             # SMS配信の解除をお願いできますでしょうか; 送信停止のお手続きを; お送りいただかなくて差し支えございません.
             r"(?:配信|通知|受信|送信)の?(?:停止|中止|解除)(?:の)?(?:お?手続き)?(?:を)?(?:お願い|希望|して|求め|要求|要望|申し出|申し入れ|依頼)",
             r"(?:お送り|送って|送信して)(?:いただかなくて|くれなくて|もらわなくて)(?:も)?(?:差し支え(?:ございません|ありません|ない)|結構|大丈夫|構いません|かまいません|いい)",
             # A stop made and not kept (停止したはずなのにまた来た).
             r"(?:停止|止め|拒否|解除)(?:し)?た(?:はず|の)(?:な)?のに[^。!?]{0,6}(?:また|まだ)(?:来|き|届)",
             # もうこういうのいらないです; やめて。ほんとやめて。毎週来るの何？ (a bare やめて as a sentence).
             r"(?:こういうの|こういうもの|こんなの|こんなもの|この手の(?:もの|の)|(?:^|(?<=[。!?、\s]))これ)(?:は)?(?:もう)?(?:いらない|要らない|いりません|要りません|いらん|要らん|不要|結構)",
             r"(?:^|[。!?\s]|(?<=です)|(?<=ます))(?:ほんと|本当に|マジ|まじ|もう|至急|すぐ|すぐに|早く|今すぐ|さっさと|とっとと|はよ|早よ|やっぱり|やっぱ|やはり)?(?:やめて|止めて|(?<!ま)とめて)(?:ください|下さい|くれ|よ)?[ー~っ]*(?:!*\s+|[!\s]*(?:[。!?]|$))",
             # Consent withdrawn; messages to be discontinued (I do not consent to receiving text
             # messages… Please discontinue them).
             r"\b(?:do not|don't|dont) consent to (?:receiving|getting|these|your)\b", r"\b(?:discontinue|cease|end) (?:them|these|the (?:texts|messages|sms|reminders)|(?:your |these |all )?(?:texts|messages|sms|reminders))\b",
             # Future notices by post rather than to this mobile, in English.
             r"\b(?:sent|send (?:them|it|notices)) by (?:post|mail|letter)\b[^.]{0,30}\b(?:rather than|instead of|not) (?:to |by )?(?:this|my) (?:mobile|phone|number)\b",
             # Stops set 98 found only the model hearing: 送られてくるの嫌なんで外しといて; 次送って
             # きたら消費者センターに言うからね; 何回送ってくるの、もうたくさん; もうやめにしませんか;
             # この手の通知、もう二度と見たくない; stahp.
             r"送られて(?:くる|来る)の(?:が|は)?(?:嫌|いや|迷惑|困る|ストレス|うざ)", r"(?:嫌|いや|迷惑)(?:なん|なの)?で[、,]?\s?(?:外し|はずし)(?:て|といて|ておいて|とって)",
             r"(?:次|今度|また)(?:に)?(?:送って(?:き|来)たら|送ってきたら|連絡して(?:き|来)たら|(?:sms|メール|メッセージ)(?:が)?(?:来|き)たら)",
             r"(?:何回|何度|いつまで)[^。!?]{0,6}(?:送って|来る|くる|届く)[^。!?]{0,8}(?:もう)?(?:たくさん|沢山|うんざり|勘弁)",
             r"(?:もう)?(?:やめ|止め|終わり)に(?:しませんか|しましょう|してください|して(?:ほしい|もらえ))",
             _MESSAGES + r"[^。!?]{0,12}?(?:もう)?(?:二度と)?(?:見|読み)たく(?:ない|ありません|ねー|ねえ)", r"\bstahp\b|\bstap (?:texting|sending|messaging)\b",
             # The number blocked or our messages filtered as spam, said as what the resident
             # will do (着信拒否にしますので, 迷惑メール設定しときますね): no more messages wanted.
             r"着信(?:を)?拒否(?:に|を)?(?:します|する|しま(?:した|す)|した|しとき|しとく|しておき|して(?:おき|おく|ある|あります|います)|設定|登録)", r"迷惑(?:メール|sms|メッセージ)(?:に|の|として)?(?:設定|登録|フォルダ|振り分け|報告)(?![^。!?]{0,10}(?:され|られ)(?:て|た))",
             # Blocked, or to be blocked, by the resident (ブロックします, 詐欺っぽいのでブロック
             # しました, I'm blocking this number); not ブロック塀, nor blocked by a filter (ブロック
             # されてて気付くのが遅れました).
             r"(?<!ク)ブロック(?:を)?(?:し(?:ます|ました|とく|とき|ておき|てやる|たい)|する(?:ね|わ|よ|から|ので|$|。)|済み?|設定(?:し|する))",
             r"\b(?:i'm|i am|i'll|i will|gonna|going to|have|i've)\s?(?:blocking|block|blocked) (?:you\b|(?:this|your|the) (?:number|sender|messages?|texts?|sms)\b)",
             # Our record of the number deleted (電話番号の登録を抹消してください, 登録削除をお願いします,
             # リストから外して): no more messages wanted.
             r"(?:電話番号|携帯番号|番号|連絡先|携帯|アドレス)(?:の)?(?:登録)?(?:を|は)?(?:抹消|削除|消去|消して|外して)",
             r"^(?:配信)?登録(?:の)?(?:削除|抹消)(?:を)?(?:お願い|して|ください|下さい|希望|願)",
             r"(?:名簿|リスト|配信先|送信先|送付先|宛先|連絡先)から(?:外|はず|削除|消|抜)",
             # Receipt refused, in any script (うけとりきょひ).
             r"(?:受け?取り?|うけとり|受取)(?:を)?(?:拒否|きょひ)",
             r"(?:連絡|れんらく|メール|メッセージ|sms|ショートメール|ショートメッセージ|通知|送信|配信)(?:は|を|も)?(?:もう|今後|こんご)?(?:は)?(?:一切)?(?:やめ|止め|(?<!ま)とめ|辞め|不要|いらない|いりません|要らない|要りません|結構です|しないで|してこないで|よこさないで|控えて)",
             r"(?:二度と|にどと)[^。!?]{0,12}?(?:送|おく|連絡|れんらく|メール|sms|よこ)", r"(?:送|おく)って(?:く|来)るな(?![らんのどり])",
             r"(?:sms|メッセージ|メール|連絡|通知)(?:は|を|も)?(?:受け取り|受信し|もらい)たく(?:ない|ありません)",
             r"もう(?:連絡|れんらく)(?:しないで|してこないで|不要|いらない)",
             r"(?=停止|中止)" + _NOT_OURS + r"(?:停止|中止)して(?:ください|下さい|ほしい|欲しい|くれ|もらえ|いただけ|頂け|$|[!.。 ]|(?=あと|それと|それから))",
             r"(?<!non-)(?<!non )\b(?:stop|unsubscribe|opt[ -]?out)\b(?! (?:paying|by|in|at|worrying|thinking|to)\b)",
             # Taken off the list we send to: 連絡先リストから外して, この番号を削除して, 来ないよう設定,
             # the receiving declined (受け取りを辞退), remove/delete my number, cease all contact.
             r"(?:リスト|名簿|送信先|配信先|宛先|送付先|連絡先|登録|対象|一覧|データ|システム)(?:から|より)[^。!?]{0,8}?(?:外|はず|除外|除い|削除|抹消|消し|消去)",
             r"(?:電話|携帯)?番号(?:を|は)[^。!?]{0,10}?(?:削除|抹消|消去|除外)(?:して|願|お願|ください|下さい|ほしい|欲しい|いただ|頂)",
             r"(?:来|こ|届か|送られてこ)ない(?:よう)(?:に)?[^。!?]{0,4}(?:設定|手配|処理)",
             r"(?:受け取り|受取|受信)(?:を|は)?(?:ご?辞退|拒否|お断り|やめ|止め|停止|解除)",
             # 携帯への通知は望んでおりません; ショートメッセージでの督促は…、今後は控えていただけないでしょうか.
             _MESSAGES + r"[^。!?]{0,12}?(?:望んで(?:い|お)?り?ません|望んでいない|望みません|望まない)",
             _MESSAGES + r"(?:での|による)?(?:督促|催促|お知らせ)?(?:は|を)[^。!?]{0,24}?(?:今後|こんご|以後|以降|これから)(?:は)?(?:お?控え|ご?遠慮)(?:ください|下さい|て|いただ|頂|願)",
             r"\b(?:cease|stop|end|discontinue|halt) (?:all |any |further |these |the |your )*(?:communications?|contact|messages|texts|sms|reminders|notifications)\b",
             r"\b(?:delete|remove|erase) (?:my|this|the) (?:number|phone number|contact|details)\b",
             # Paper from now on (今後は郵送だけで), the phone named as where nothing is wanted
             # (携帯にはいりません), our messages brought to an end (通知はもうしまいにして), and a bare
             # "stop it for me" (止めといて, やめたって).
             r"(?:今後|これから|以後|以降|次から)(?:は)?[^。!?]{0,6}(?:郵送|郵便|書面|手紙|はがき|ハガキ)[^。!?]{0,8}?(?:のみ|だけ|に限)",
             r"(?:携帯|スマホ|この番号|こちらの番号|こっち)(?:に|へ|の方|のほう|さ)(?:は|へは|には)?(?:もう|今後)?(?:は)?(?:いりません|いらね|いらない|いらん|要らない|要りません|要らん|不要|結構)",
             _MESSAGES + r"(?:は|を|も)?(?:もう)?(?:しまい|終い|おしまい|終わり|打ち切り|打ちきり)(?:に|で)",
             r"(?:^|[、。!?\s])(?:もう)?(?:止め|(?<!ま)とめ|やめ)(?:といて|とって|ておいて|てんか|たって)",
             r"(?:^|[、。!?\s]|けぇ|けえ|けん|きに|さかい|すけ|はんで)(?:もう)?(?:止め|(?<!ま)とめ|やめ)ちゃって(?:ください|下さい|くれ|ちょうだい|や|な|よ)?[。!.\s]*$",
             r"(?<!they )(?<!you )(?<!city )(?<!office )(?<!offices )(?<!councils )(?<!governments )(?<!people )(?:don't|do not|dont|never) (?:text|message|sms|contact|send) ",
             # No more of our messages (no more texts, no more of these); not "no more money".
             r"\bno (?:more|further) (?:messages|msgs?|texts|txts?|sms|reminders|notifications|notices|emails|contact|of (?:these|this|your|them))\b",
             r"\bwithdraw (?:my )?consent to (?:receive|receiving|get|getting)\b",
             # …said more formally, or more politely (set 186): I withdraw any consent I may have
             # given to receive…; I do not consent to further unsolicited messages; would it be
             # possible for me not to get these texts; I want to refuse this SMS service; removal
             # of this number from your distribution list.
             r"\bwithdraw (?:my |any |all )?consent\b[^.!?]{0,40}?\b(?:receive|receiving|get|getting|texts?|messages?|sms|contact)\b",
             r"\b(?:do not|don't|dont) consent to (?:any )?(?:further |more |future )?(?:unsolicited )?(?:electronic |text |sms )?(?:messages|texts|sms|contact)\b",
             r"\b(?:possible|able|okay|ok) (?:for (?:me|us) )?(?:to )?not (?:to )?(?:get|receive|be sent) (?:these|any|your|the|such|more) (?:text |sms )?(?:messages|texts|sms|reminders)\b",
             r"\brefuse (?:this|these|your|the|all|any) (?:sms|text|texts|messages?|reminders?)(?: service)?\b",
             r"\bremov(?:e|al of|ing) (?:this|my|the) (?:phone )?number from (?:your |the )?(?:distribution |mailing |contact |sms |texting )?list\b",
             r"\bnot interested in (?:getting|receiving) (?:these |your |the |any )?(?:reminders|messages|texts|sms|notifications)\b",
             # A threat if not stopped (If you don't stop texting me I'll report this number; set 194);
             # a stop said softly (I wouldn't mind if you stopped sending these).
             r"\b(?:i wouldn't|i would not|wouldn't|i'd not) mind if you (?:stopped|stop|quit|ceased)\b",
             r"\bif you (?:don't|do not|dont|won't) stop (?:texting|messaging|sending|contacting|these|them)\b",
             # I don't want these; any further texts reported as spam (set 190).
             r"\bi (?:don't|do not|dont) want (?:these|them|any more|anymore)\b(?! (?:late|fees?|charges?|to))",
             r"\b(?:any )?(?:further|more) (?:texts|messages|sms)\b[^.!?]{0,30}\b(?:report|reported|block|blocked|spam)\b",
             r"\b(?:if|want|like|would like) (?:these|the|your) (?:texts|messages|reminders|sms) (?:to )?(?:stopped|stop)\b", r"\bif you (?:text|message|contact) me again\b", r"stop (?:sending|texting|messaging) ", r"remove (?:me|my number)",
             # Circumlocutions: what is sent, then (within the clause) that it is not wanted.
             # 今後はこちらへのお知らせはお控えください, このSMSは必要ありません.
             _MESSAGES + r"[^。!?]{0,12}?(?:お?控え(?:ください|下さい|て|いただ|頂|願|と(?:く|い))|ご?無用|ご?辞退|停め|勘弁|堪忍|ご?遠慮(?:ください|下さい|願|いただ|頂|して(?:ください|下さい|ほしい|もらえ|いただけ)|します|いたします|申し上げ)|お断り|不要|ふよう|結構です|必要(?:ありません|ない|ございません)|いりません|要りません|いらない|要らない|いらん|要らん|いらね(?:え|ー)?|要らね(?:え|ー)?|お?止め|(?<!ま)とめて|お?やめ(?:て|ください|下さい|願|いただ|頂)|やめろ|拒否|切って|オフ(?![ァ-ヺ])|\boff\b"
             r"|(?:受け取り|受信し|もらい)たく(?:ない|ありません)|(?:来|こ|よこさ)ないで(?!しょ)|希望しません|希望しない|(?:し|せ)ん(?:といて|とって|でええ|でいい|で(?:ください|下さい))|"
             + _LIMIT + "|" + _DECLINE + ")",
             # The same said of this phone: 携帯へのご連絡は辞退させていただきます, 本携帯へは以後ご無用に.
             _THIS_PHONE + r"[^。!?]{0,12}?(?:お?控え(?:ください|下さい|て|いただ|頂|願|と(?:く|い))|ご?無用|ご?辞退|ご?遠慮(?:ください|下さい|願|いただ|頂)|不要|必要(?:ありません|ない|ございません)|いりません|要りません|いらない|要らない|いらん|要らん|" + _LIMIT + "|" + _DECLINE + ")",
             # A bare request that this be the last (今回限りにしてください, これっきりにして): in
             # answer to our message, the message is what is limited.
             r"^(?:もう)?(?:今回|こんかい|これ|今日|本日|今度)(?:で|を)?(?:もって)?(?:限り|かぎり|きり|っきり|最後)(?:に|と|で)(?:して|お?願)[^。!?]{0,10}$",
             # A complaint, then no more wanted: 正直迷惑なんで今後はいいです, 困ります、もう結構.
             r"(?:迷惑|うるさ|しつこ|困り|困って|困る|勘弁)[^!?]{0,30}?(?:今後|以後|以降|これから|次から|もう)(?:は)?(?:もう)?(?:いい|ええ|結構|けっこう|十分|じゅうぶん)(?:です|でございます|わ|よ|や|から|って)?(?=$|[。!.\s、])",
             r"^もう(?:結構|けっこう)です[!。.\s]*$",
             # Sending discontinued, as a form's item (ご依頼事項:当該番号宛てのお知らせの送付取りやめ), and
             # our messages kept out of this phone (税金関係の連絡はここには入れないでください).
             r"(?:お知らせ|通知|ご?連絡|sms|メール|メッセージ|ご?案内)[^。!?]{0,6}?(?:送付|送信|配信)(?:の)?(?:取り?やめ|取止め)",
             r"(?:ご?連絡|sms|メール|メッセージ|お知らせ|通知)(?:は|を)?[^。!?]{0,8}?入れ(?:ないで|んといて|んで(?:ください|下さい)|ないよう)",
             # Registered for our messages, undone (このお知らせの登録、取り消してもらえますか); not wanted
             # (受信したくありません); made none (今後のSMSでのお知らせは無しに); leaving (退会したい).
             r"(?:お知らせ|通知|sms|メール|配信|メッセージ)(?:の)?(?:受信|配信)?登録(?:を|は)?[、,]?\s?(?:取り?消|解除|削除|抹消)",
             r"(?:^|[。!?\s])(?:もう)?(?:受信|受け取り)(?:し)?たく(?:ない|ありません|ございません)",
             r"(?:お知らせ|通知|sms|メール|メッセージ|ご?連絡)(?:は|を)?[^。!?]{0,4}?(?:無し|なし|ナシ)に(?:して|しといて|願)",
             r"退会(?:したい|させて|します|いたします|を(?:お願い|希望))",
             # Set not to come (ショートメールが来んように設定して); coming to the phone, to end (スマホに来るの、
             # ほんとやめてほしい); none from now on (今後はなしで); the exchange ended (このやり取りは終わりに
             # させてください); a threat if they go on (これ以上このSMSが続くようなら).
             r"(?:sms|ショートメール|メール|メッセージ|お知らせ|通知|ご?連絡)(?:が|は)?(?:もう)?(?:来|こ|届か)(?:ん|ない|ねえ)よう(?:に)?(?:設定|して|お願い|願)",
             r"(?:スマホ|携帯|ここ|こっち)に(?:来|く)るの(?:は)?[、,]?\s?(?:ほんと|本当に|マジで|もう)?(?:やめ|止め)て(?:ほしい|欲しい|ください|下さい|もらえ)",
             r"(?:今後|これから|以後)(?:は)?(?:なし|無し|ナシ)で(?:お願い|よろしく|$|[。!])",
             r"(?:やり取り|やりとり|ご?連絡|sms|メール|ショートメール)(?:は|を)?(?:もう)?(?:終わり|おしまい|終了)に(?:させて|して)",
             r"(?:これ以上|まだ)[^。!?]{0,8}(?:sms|メール|メッセージ|お知らせ|ご?連絡|督促)(?:が)?(?:続く|来る|くる|届く)(?:よう|なら)",
             # Set 190, an eighth hand: a threat if it goes on, its subject left out (これ以上続くようなら
             # 弁護士に相談します); no more of it (これ以上は勘弁してください); reported as spam or to the
             # ministry; made to stop (勝手にSMSしてくるのをやめさせたい); not to reach my phone (私の
             # スマホには届かない時代にしてほしい); it coming is unwelcome (スマホにこういうのが来るのは
             # 嫌); a waste to send (こっちに送るだけ無駄); trouble if it comes to this phone.
             r"これ以上(?:は)?(?:続く|来る|くる|届く|送られて?くる)(?:よう|の)?(?:なら|であれば|場合は)[^。!?]{0,16}(?:弁護士|警察|通報|訴え|法的|消費者センター|総務省)",
             r"これ以上(?:は|の)?(?:勘弁|かんべん)(?:して|してください|してくれ|願)",
             r"(?:迷惑|スパム)(?:sms|メール|メッセージ)?として(?:通報|報告|ブロック)|総務省に(?:通報|報告)",
             r"(?:sms|メール|メッセージ|連絡)(?:を)?(?:して|送って)(?:くる|来る)の(?:を)?(?:やめ|止め)させ",
             r"(?:スマホ|携帯|電話)(?:に|には)(?:は)?(?:届かない|来ない)[^。!?]{0,8}(?:してほしい|して欲しい|してください|お願い|にして)",
             r"(?:スマホ|携帯|電話|ここ|こっち)に[^。!?]{0,10}(?:が|の)?(?:来る|くる|届く)の(?:は|が)(?:嫌|いや|イヤ|迷惑|困る|困ります)",
             r"送る(?:だけ|のは|の)(?:無駄|むだ|ムダ)",
             # A threat if not stopped (止めないと訴えますよ; set 194).
             r"(?:止め|とめ|やめ|停止し)(?:ない|ねー|ねえ|ん)(?:と|なら|んなら|んかったら|なかったら)[^。!?]{0,10}(?:訴え|通報|警察|弁護士|ブロック|着信拒否)",
             # Contact to this number asked not to be made, over-politely (この番号にご連絡なさらないで
             # いただけますでございますでしょうか; set 207).
             r"(?:ご)?(?:連絡|れんらく|送信|お知らせ|sms|メール)(?:を)?(?:なさら|され|しない)(?:ないで|で)(?:いただ|頂|ください|下さい|ほしい|もらえ)",
             # A reason, then stop, as the whole end of the reply (父はもう読めないので止めて).
             r"(?:ので|から|けん|さかい|んで|し)[、,\s]?(?:もう)?(?:止めて|やめて|とめて)(?:ください|下さい|くれ|ほしい|欲しい)?[。!\s]*$",
             # Mine is a stop, whatever others want (止めないでほしい人もいるでしょうけど、私は止めてほしいです).
             r"(?:私|わたし|自分|うち|僕|俺)は(?:もう)?(?:止めて|とめて|やめて|停止して)(?:ほしい|欲しい|ください|下さい|もらいたい)",
             r"(?:携帯|スマホ|番号|電話)(?:です|で)?[。、,\s]?[^。!?]{0,20}(?:連絡|お知らせ|通知|sms|メール|メッセージ)が来ると(?:困|まず)",
             # Our reminders to be discontinued (本番号へのSMSでの督促は、今後中止願います).
             r"(?:sms|ショートメール|メール|メッセージ|督促|催促|通知|お知らせ|ご?連絡)(?:は|を)?[、,]?(?:今後|以後|これから|以降)?(?:は)?(?:の)?(?:送信|配信)?(?:を)?(?:中止|停止)(?:を)?(?:お?願い|願|して(?:ください|下さい|いただ|頂|ほしい)|ください|下さい|希望)",
             # Our messages no longer wanted, said plainly (ショートメールはもうええけん、封書で).
             r"(?:sms|ショートメール|ショートメッセージ|メール|メッセージ|お知らせ|通知)(?:は|も)?もう(?:ええ|いい|結構|けっこう)(?:です|けん|わ|よ|から|って|ので|や)?(?=[、。,!.\s]|$)",
             # From now on, refrained from, its object said before (携帯に税金の連絡が来るのは困ります。
             # 今後は控えていただけますか).
             r"(?:今後|これから|以後|以降|次回から|次から)(?:は)?(?:お?控え)(?:て)?(?:いただけ|頂け|ください|下さい|願|もらえ|ほしい|欲しい)", r"^(?:もう)?(?:いらない|いらん|要らない|要らん|いりません|要りません)(?:です|よ|わ|って)?[!。.\s]*$",
             # A bare request to stop, its object understood: …見方がわからないので 止めてもらえますか.
             r"(?:^|[、。!?\s]|ので|から)(?:もう)?(?:全部|ぜんぶ|すべて|全て|一切|いっさい)?(?:止め|(?<!ま)とめ|やめ)て(?:もらえ|いただけ|頂け|ください|下さい|ほしい|欲しい|くれ|ちょうだい)", r"(?:sms|メール|メッセージ|お知らせ)(?:の|を|は)?(?:配信|受信)?(?:を)?解除",
             r"(?:送|おく)(?:ら|って(?:こ|く))?(?:なくて|んで)(?:も)?(?:いい|ええ|よか|良い|結構)", r"もう(?:来|こ)んで(?:ええ|いい)",
             r"(?:^|[、。!?\s])(?:これ|それ|こっち)?(?:もう)?(?:やめて|止めて|(?<!ま)とめて|辞めて)(?:ください|下さい|くれ|ほしい|欲しい|よ|や|ちょうだい|ってば)?[!。.\s~ー]*$",
             r"^(?:受信)?(?:拒否|お断り)(?:します|いたします|です|で)?[!。.\s]*$",
             # A bare imperative ending the reply, after a threat or a reason (ブロックする前に止めろ,
             # 通報するぞ、やめろ, しつこいけん とめれ): said to our messages, it is a stop.
             r"(?:^|[、。!?\s]|前に|から|ので|けど|けん|さかい|ぞ|ぜ)(?:もう|さっさと|とっとと|いい加減)?(?:止め|(?<!ま)とめ|やめ|辞め)(?:ろ|れ|んかい)(?:や|よ|って|ってば)?[!。.\s]*$",
             # Chinese, as residents from China write it: 请不要再给我发短信, 别再发了, 請勿再傳簡訊, 退订.
             r"(?:不要|别|別|勿|不用|无需|無需)再?(?:给我|給我|向我|给这个号码|給這個號碼|给此号码|往这个号码)?(?:发|發|传|傳)(?:送)?(?!票|火|现|現|生|展)",
             r"退订|退訂|取消订阅|取消訂閱",
             # A stop already asked for, said again (止めてって言ったよね, 停止って送ったのにまた来た).
             r"(?:停止|止めろ|やめろ|送るな|止めて|やめて)(?:っつ|って言|て言)って(?:ん|る)(?:だろ|でしょ|じゃん|だよ|やろ)",
             r"(?:止め|(?<!ま)とめ|やめ)て(?:って|と)(?:前も|前にも|何度も|前回も|この前も|さっきも)?(?:言|い|お願い|頼|たの)(?:っ|い|ん|み|し|う)(?:た|て|だ|ました)",
             r"(?:停止|中止|ストップ|stop|止めて|やめて)[」\"]?\s?(?:って|と|を)(?:送|返信|返し|連絡|言|い|打|入力|お願い)[^。!?]{0,6}?(?:のに|けど|けれど|が|よね|でしょ|やろ)",
             # …or in other words (前にもいらないって言ったよね; メールで連絡してって前回言ったのに…またSMS).
             r"(?:いらない|要らない|いりません|不要|結構|送らないで|送ってこないで|来ないで)[」\"]?\s?(?:って|と)(?:前回|前に|前にも|以前|何度も|何回も)?(?:言|い|伝え|送|書|お願い)[^。!?]{0,6}?(?:のに|よね|でしょ|やろ|じゃん)",
             r"(?:メール|郵便|郵送|手紙|はがき|書面)で(?:連絡|送って|ご連絡)(?:して|ください)?[」\"]?(?:って|と)(?:前回|前に|前にも|以前|何度も|何回も)?(?:言|い|伝え|書|お願い)[^。!?]{0,6}?(?:のに|よね|でしょ|じゃん)",
             # Our messages asked not to be sent, in honorific forms (お送りいただかないようお願い,
             # ご連絡くださらないよう), and 送るな / 送らないで said casually (送んな, 送んないで).
             r"(?:お送り|ご?送信|ご?送付|ご?連絡|ご?通知|お知らせ|配信)(?:を|は)?(?:いただか|頂か|くださら|下さら|なさら|され)ない(?:よう|ように|で)",
             r"(?:送|おく)ん(?:な(?=$|[。!.\s、よや~ー])|ないで(?!しょ))",
             # No more from now on, said alone (次からはもう結構です, 今後は結構っす).
             r"(?:次から|次回から|今後|これから|以後|以降)(?:は)?(?:もう)?(?:結構|けっこう)(?:です|でございます|だ|っす)?(?=$|[。!.\s、~])",
             # This number not to be used any more (来月で番号を変えます。この番号はもう使わないで
             # ください, please don't use this one anymore); our messages not needed to arrive
             # (このSMSはもう届かなくて大丈夫です).
             r"(?:この|こちらの|今の|本|当)?(?:番号|携帯|電話番号|アドレス)(?:は|を)?(?:もう|今後|以後)?(?:は)?(?:使わないで|使用しないで|使わんで|使わんといて|使わないよう|使わなくて|ご?使用(?:を)?(?:お?控え|やめ))",
             r"\b(?:don't|do not|dont|please stop|stop) (?:using|use) (?:this|my) (?:number|one|phone|mobile)\b",
             _MESSAGES + r"[^。!?]{0,10}?(?:届か|来|こ|送ら|送って(?:こ|く))なくて(?:も)?(?:大丈夫|いい|ええ|結構|構いません|かまいません|ok)",
             # How to stop them asked (これ止めるにはどうしたらいいの?): wanting them stopped.
             r"(?=止め|とめ|停止し|解除し|やめ|拒否し|オフにし)(?<!増えるのを)(?<!増えていくのを)(?<!延滞金を)(?<!利子を)(?<!差し押さえを)(?<!差押えを)(?<!引き落としを)(?:止め|(?<!ま)とめ|停止し|解除し|やめ|拒否し|オフにし)る(?:には|方法|ため|の(?:は|って))[^。!?]{0,10}(?:どう|どこ|何|なに|教え|どの)",
             # このショートメール、どうやったら来なくなりますか: how to make them stop coming.
             r"(?:どうやったら|どうすれば|どうしたら|どうやって)[^。!?]{0,8}?(?:来なく|こなく|届かなく|とどかなく|来ないよう|こないよう|届かないよう|止ま|とまり|とまる|止められ|停止でき|解除でき)",
             # 配信のやめ方教えて: the way to stop, asked.
             r"(?:止め|(?<!ま)とめ|やめ|停止の仕|解除の仕|拒否の仕|オフにする)方(?:を|が)?(?:教え|おしえ|わから|分から|知りた|どう)",
             # Our messages stopped in the conjunctive, before what else is asked (本番号へのSMS
             # 送信は中止し、今後の通知は郵送願います).
             _MESSAGES + r"(?:は|を|の)?(?:停止|中止)(?:し(?!ない|ません|ていない|てない|たら|ても)|願|を願|でお願い)",
             # Enough, said at the end (いつまで続くんですか?もういいんですけど); not wanted sent
             # (この携帯にはもう送ってほしくないそうです); English idioms (knock it off, I'm done with these).
             r"(?:^|[。!?、\s])もう(?:いい|ええ|結構|けっこう)(?:ん|の)?(?:です|だ|や)?(?:けど|けども|けれど|って|から|わ|よ)?[。!.\s~ー]*$",
             r"(?:送|おく|寄越|よこ)(?:って|して)(?:ほしく|欲しく|もらいたく|いただきたく|頂きたく)(?:ない|ありません|ございません)",
             r"(?:連絡|メール|sms|通知|メッセージ)(?:して|を)?(?:ほしく|欲しく|もらいたく)(?:ない|ありません)",
             r"\b(?:knock it off|cut it out)\b|\b(?:i'm|i am|im) (?:done|finished|sick|tired) (?:with|of) (?:these|your|the|this|all these) (?:texts|messages|sms|reminders)\b",
             r"\benough (?:with )?(?:the |these |your )?(?:texts|messages|reminders)\b",
             r"\bno need (?:to )?(?:send|sending|text|texting|message|messaging|sms)\b",
             # Stop and unsubscribe mistyped (STOPP, sotp, unsubscirbe), stop said over and over.
             r"\b(?:stoo+p+|stopp+)\b|\bsotp\b|\bstpo\b|\bun-?sub[a-z]*\b", r"^(?:(?:停止|中止|stop)[\s、。!.]*){2,}$",
             # Sending stopped, said of the sending (この番号におくるのやめて), and 留め for 止め after
             # our messages (通知は留めてください).
             r"(?:送|おく)る(?:の|こと)(?:は|を)?(?:もう)?(?:やめ|止め|(?<!ま)とめ)(?:て|ろ|てくれ|ください|ほしい)",
             _MESSAGES + r"(?:は|を|も)?(?:もう)?留め(?:て|ろ)",
             # Receiving undone (このサービスの受信を解除したい), and 不要 alone as the whole answer.
             r"受信(?:を|の)?(?:解除|やめ|止め|停止)", r"^(?:もう)?(?:不要|ふよう)(?:です|だ|っす)?[!。.\s]*$", r"^(?:もう)?(?:結構|けっこう)(?:です|だ|っす)?[!。.\s]*$",
             r"\bopt (?:me )?out\b", r"(?:^|[。!?.、,]\s*)(?:cancel|stopall|quit)" + _THEN, r"(?:rather|prefer) not (?:to )?(?:receive|get)\b", r"\b(?:take|remove) (?:me|my number|this number) off\b",
             r"\bcancel (?:these|the|this|my|all|your) (?:texts|messages|sms|reminders|notifications|notices|alerts|subscription)",
             r"(?:来|こ|届か|送られてこ|受け取ら|受取ら|受信し|もらわ)(?:ない|ん|ねえ|へん)ように(?:して(?:くれ|ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け|$|[!。.])|お願い|願い)", r"\bleave me alone\b",
             # No more wanted from now on, said at the end (携帯の方は今後不要です; 見る気もないので今後は
             # 不要; 今後のお知らせはもう大丈夫です; この手のご案内はいただかなくて大丈夫です; もういらねがら),
             # said before (いらん言うてるやろ), or with a threat (ブロックされたくなかったら止めとけ).
             r"(?:今後|これから|以後|以降)(?:は)?(?:もう)?(?:不要|いらない|いりません|要らない|要りません|いらん|要らん|結構)(?:です|だ|っす|どす|や|じゃ|ばい)?[。!.\s]*$",
             # …in dialects from Mie to Kochi (来やんようにしといて; 携帯に来んでええねん; もう来んでえいき;
             # 携帯の知らせはもうええけん; お知らせせんでよか; 今後はなしにしてちょーでゃあ; 番号消しといて).
             r"(?:来|こ|届か)(?:やん|へん|ん|ない)ように(?:しといて|しておいて|しとって|しとけ)",
             r"(?:携帯|スマホ|こっち|ここ|この番号)(?:に|には|へは|さ)(?:もう)?(?:来|こ|送ら|知らせ)(?:ね|な|ん)(?:くて|で)(?:も)?(?:いい|ええ|えい|よか|大丈夫|結構)",
             r"(?:携帯|スマホ)(?:の|への|さの)(?:お?知らせ|連絡|通知|sms|メール)(?:は|も)?(?:もう)?(?:ええ|えい|いい|結構|よか|いらん|要らん|いらない|要らない|不要)",
             r"(?:お知らせ|連絡|送信|送付)(?:せ|し)(?:ん|ない|なく)(?:で|て)(?:も)?(?:よか|いい|ええ|えい|大丈夫|結構)",
             r"(?:今後|これから)(?:は)?(?:もう)?(?:なし|無し)に(?:して|しと|しといて)",
             r"(?<!口座)(?<!口座の)(?<!暗証)番号(?:を|は)?(?:消し|削除し|外し)(?:て|といて|ておいて|とって)",
             _MESSAGES + r"(?:は)?もう(?:大丈夫|十分|じゅうぶん)(?:です|だ|っす)?(?:[。!.\s]|$)",
             _MESSAGES + r"(?:は|を)?(?:いただかなくて|頂かなくて|くださらなくて|もらわなくて|くれなくて)(?:も)?(?:大丈夫|結構|構いません|かまいません|いい|差し支え)",
             r"(?:^|[。!?、\s])もう(?:いらね(?:え|ー)?|いらん|いらない|要らない|要らん|いりません|要りません)(?:がら|から|けん|さかい|って|です|よ|わ|っちゃ|ちゃ|べ|ど|じゃ)?[。!.\s]*$",
             # …no more needed, said as "need not send" (もう送ってこなくておけです; もう寄越さねくていいがら;
             # もうこっちには来んでよかけん), and asked how often it must be said (要らないって何回言えばわかるの).
             r"もう[^。!?]{0,10}?(?:送って(?:こ|く)|寄越さ|よこさ|来|こ)(?:ね|な|ん)(?:くて|で)(?:も)?(?:いい|ええ|えい|おけ|ok|オッケー|大丈夫|結構|構いません|よか)",
             r"(?:いらん|いらない|要らん|要らない|いりません|結構|不要|やめて|止めて|停止)(?:って|と)?(?:何回|何度|何遍)(?:言|い|ゆ)(?:え|う|っ)(?:ば|たら|て)",
             r"(?:いらん|いらない|要らん|要らない|いりません|結構|不要)(?:って|と|て)?(?:何度も|何回も|前にも|さっきも)?(?:言う|言っ|いう|いっ|ゆう|ゆっ|申し)(?:てる|とる|ている|た|てます|ました)",
             r"(?:やめ|止め|(?<!ま)とめ)(?:とけ|ておけ)(?:[。!.\s]|$|よ|や)", r"ブロック(?:され|す)(?:たくな|る(?:ぞ|よ|から))",
             # Not wanted, in other roundabout words (受け取りたくないです; 「不要です」ってお返事しましたよね;
             # 拒否でお願いします; お知らせいただくのは、もうよろしおす; 来なくする方法ある?; 要らないと伝えた
             # はず; 来る意味ないっす; ご連絡は…書面のみとしていただけますでしょうか).
             r"^(?:これ|こういうの|もう)?(?:は)?(?:もう)?受け取りたく(?:ない|ありません)(?:です)?[。!.\s]*$",
             r"[「『\"'](?:不要|いりません|いらない|要らない|結構|停止|送らないで|やめて)[^」』\"']{0,6}[」』\"'](?:って|と)(?:お?返事|ご?返信|言|送|伝え|申し)[^。!?]{0,8}(?:よね|のに|けど|が|はず)",
             r"拒否(?:で|を)(?:お願い|よろしく|頼)", r"(?:番号|携帯|リスト|名簿|送信先|宛先)から(?:は)?(?:外し|はずし|削除し|消し)て",
             r"(?:受け取らない|受信しない|届かない|来ない)(?:ような)?設定(?:に|を)(?:して|お願い)", r"(?:メッセージ|sms|メール|お知らせ|配信)\s?(?:停止|中止)\s(?:お願い|して)",  # a learner's spaced words
             r"(?:いただく|もらう|送る|連絡する|送っていただく|送ってもらう)の(?:は)[、,]?\s?(?:もう)?(?:よろしおす|結構|けっこう|ご?遠慮)|(?:いただく|もらう|送る|連絡する|送っていただく|送ってもらう)の(?:は)[、,]?\s?もう(?:いい|ええ|大丈夫)",
             r"(?:来|こ|届か)なく(?:する|させる)(?:方法|には|やり方)",
             r"(?:要らない|いらない|要らん|いらん|不要|結構)(?:だ)?(?:と|って)(?:伝え|お伝えし)(?:た|ました|てる|ている)",
             r"(?:^|[。!?]\s*)(?:もう)?不要(?:です|だ|っす)[。!.\s]*$",
             r"(?:来る|届く|送る|送ってくる)意味(?:が|は)?(?:ない|ねえ|ねー|ありません|無い)",
             r"(?:ご?連絡|お知らせ|通知|ご案内)(?:は|を)[^。!?]{0,16}(?:書面|郵送|郵便|手紙|封書|はがき)(?:のみ|だけ)(?:と|に|で)(?:して|し|お願い|願)",
             # Made not to come, asked whether it can be (このお知らせ、来ないようにできます?; Kyushu's
             # ごと: このメール来んごとならんと?, もう届かんごとしてくれんね), or made so (来なくして).
             r"(?:もう|二度と|これ|" + _MESSAGES + r")[^。!?]{0,8}?(?:来|こ|届か|とどか)(?:ない|ん|ねえ|へん)(?:ように|よう|ごと)(?:に)?(?:でき|出来|なら|して|お願い|願)",
             r"(?:来|こ|届か|とどか)(?:ない|ん)(?:ように|ごと)(?:でき|出来)(?:ます|ません|ない|ん)(?:か|\?|の)",
             r"(?<![ぁ-ゖ])(?:来|届か|とどか)なく(?:して|させて)(?:ください|下さい|ほしい|欲しい|くれ|もらえ|いただけ|頂け|よ|ー|~|[。!]|$)",
             # Sending itself told to stop (送るのやめたら?), or asked why it goes on (いつまで送ってくる
             # つもり?), a refusal said before (前にちゃんと断ったよね), sending told to be of no use
             # (送っても無駄だ).
             r"(?:送る|送りつける|連絡する)の(?:を|は)?(?:もう)?(?:いい加減)?(?:やめ|止め|辞め|よし)(?:たら|れば|ませんか|なよ|なさい|ろ|て|ない\?|へん\?|えや)",
             r"いつまで(?:こんなの|これ)?(?:を)?(?:送って(?:くる|来る|くん)|送りつけ(?:る|てくる)|送る)(?:つもり|気|ん|の)",
             r"(?:前|以前|前回|何度|何回|散々|さんざん)(?:に|も)?(?:ちゃんと|はっきり|きちんと|一度)?(?:断|ことわ)(?:った|りました|ってる|っている|ったはず)",
             r"(?:送|おく)(?:って|られて)も(?:無駄|むだ|意味(?:が|は)?(?:ない|ねえ|ねぇ|ありません|無い))",
             r"\brefrain from (?:sending|texting|messaging|contacting|calling|emailing)\b",
             r"\b(?:cease|stop|quit|discontinue|halt|suspend) (?:texting|messaging|sending|contacting|emailing)\b",
             r"\b(?:cease|stop|end|discontinue|halt|suspend) (?:all |any |further |these |the |your |such )*(?:text|sms|mobile|phone|email|automated) (?:messages|notifications|notices|reminders|alerts)\b",
             r"\b(?:remove|removed|take|taken|delete|deleted)\b.{0,30}\b(?:from|off) (?:your|the) (?:\w+ )?(?:list|database|system|records)\b",
             r"\b(?:prefer|rather) not (?:to )?(?:be )?(?:contacted|texted|messaged|sent)\b",
             r"\bno longer (?:wish|want|need) (?:to (?:receive|get|be sent) )?(?:any |these |your |such )?(?:\w+ )?(?:messages|texts|sms|reminders|notifications|notices|alerts)\b",
             r"(?:don't|do not|dont|no longer) (?:want|wish|need) (?:to (?:receive|get) )?(?:any more |any |these |your |this |such )?(?:further |more |other )?(?:messages|texts|sms|reminders|notifications|emails|notices|communications?|contact)\b"),
         STRONG),
        (_rx(r"迷惑です(?!か)", r"うるさい", r"しつこい", r"うざい", r"ウザい", r"うざったい", r"鬱陶しい", r"うっとうしい"), WEAK),
    ],
    ALREADY_PAID: [
        (_rx(_PAY + r"(?:いました|いましたが|いましたよ|った(?!つもり|" + _NOT_PAST + r")|ったよ|ってあります|ってある|って(?:い)?ます(?:が|けど|よ)|い済|済|いずみ|ろた(?!" + _NOT_PAST + r")|うた(?!め|" + _NOT_PAST + r"))",
             _TRANSFER + r"(?:みました|みましたが|んだ(?!" + _NOT_PAST + r")|んでいます|んであります|みずみ|み済|済|しました|みした)",
             _SETTLE + r"(?:しました|した(?:よ|けど|はず|$|。|!)|済|ずみ|完了|いたしました|させていただきました)",
             r"納め(?:ました|た(?:よ|けど|はず|で|わ|ぞ|$|。))", r"完納(?!(?:いた|致)?します|する|の?予定|見込|つもり|させ)", r"(?:支払|払込|納付|入金)(?:は)?(?:済|完了)",
             r"引き?落(?:とされ|とし|ちて|ちた|ちてい)(?:て(?:い)?(?:る|ます|ました|た)|た|済|ました|ている)",
             # Paid, formally: 納付を完了いたしました; 全額払い込みいたしました; 振込手続きを完了しております.
             r"(?:納付|納入|入金|送金|決済|支払い?|払い?込み|振込み?|振り込み)(?:の|を)?(?:手続き(?:を|の)?)?完了(?:いたしました|致しました|しました|して(?:おり|い)ます|済み)",
             r"(?:払い?込み|振込み?|振り込み)(?:を)?(?:いたしました|致しました)",
             r"(?:払|はら)ろ(?:た(?!ら)|てくれ(?:た|とった|てた)|ておいた|といた)",
             # Paid, in western speech: 払うてくれた (払ってくれた), 納めとる (納めている).
             r"(?:払|はろ)うて(?:くれ|もろ|もらっ)(?:た|ました|とる)", r"(?:納め|払っ|振り?込ん)(?:とる|とります|ちょる|ちょります)(?:ん|よ|けん|で|じょ|わ|き|$|[。、!,])",
             # Paid by someone for them, as they heard it: 息子が振り込んでくれたと言っておりました.
             _TRANSFER + r"んで(?:くれ|もらい|もろ|もらっ)(?:た|ました|まし|とる|てる)", _PAY + r"って(?:くれ|もらい|もろ|もらっ)(?:た|ました|まし|とる|てる)",
             r"(?:口座)?振替(?:で|に).{0,12}(?:なって|済|落ち|払(?!いたい|いたく|う(?!た)|えれば|えます)|引)",
             # 済ませ, unless its clause names a procedure and no payment (廃車手続きを済ませて
             # おりますが, 転出届は九月に済ませてあります: the question that follows stands).
             # A humble past (納めてまいりました, 振り込んで参りました, 納付してまいりました).
             r"(?:" + _PAY + r"って|" + _TRANSFER + r"んで|納めて|(?:" + _SETTLE + "|" + _PAY_NOUN + r")(?:を)?(?:して|いたして|致して))(?:まいり|参り)ました",
             # The payment seen done by the resident: 通帳で引き落としを確認済み, 振込の完了を確認しました.
             r"(?:引き?落(?:とし|ち)|振込み?|振り込み|お?支払い?|納付|入金|送金|振替)(?:の(?:完了|記録|事実|履歴))?(?:を|が|は|も)?"
             r"(?:(?:通帳|明細|記帳|アプリ|ネットバンク|ネットバンキング|口座)(?:で|にて|より))?(?:確認済|確認ずみ|確認(?:いた|致)?しました|確認できました|確認(?:いた|致)?して(?:おり|い)ます)",
             _NOT_PROCEDURE + _DONE, _PAY_WORD + r"[^。!?]{0,12}" + _DONE, _PAY + r"い?終(?:わ|え)(?:り|って|った|ました|てい|てま)",
             r"payment (?:went through|is done|was completed|has gone through|was made)",
             r"\bpaid\s?(?:shimashita|shita|desu|zumi)\b|\b(?:mou|sude ni) paid\b",
             r"(?:振込|振り込み|入金|納付|支払い?)(?:を|は|が|も)?(?:完了|済ませ|済ま)(?:し|させ|で|に|$|[。!、,\s])", _PAY + r"って(?:きました|来ました|きた|来た)",
             r"引き?落(?:とし|ち)(?:に)?(?:なって|され)(?:る(?![んの]で(?:す|しょう)か|の\?|か)|います|いる|ます(?!か))",
             r"(?:already|just) (?:paid|payed|sent|made|settled|transferred|remitted|wired)", r"\b(?:we|i|they|he|she|was|were|has been|have been|had been|already) (?:remitted|wired)\b",
             r"\bi(?: have|'ve)? (?:paid|payed|settled|transferred)",
             # Any payer, any verb of settling: We settled this amount, my son cleared the balance.
             r"\b(?:we|he|she|they|my (?:\w+ )?\w+|our (?:\w+ )?\w+)(?: have| has|'ve| had)?(?: already| just)? (?:paid|payed|settled|remitted|wired|transferred|cleared)"
             r" (?:the |this |that |it\b|our |my |all |in full|by |at |via |online|yesterday|last |on )",
             r"\b(?:was|were|has been|have been|had been) (?:settled|cleared)\b",
             _EN_PAID + r" (?:it|already|yesterday|last|on|this|the|in full|today)",
             r"(?:have|has) been paid", r"\b(?:sent|transferred|wired) (?:the |my |all the )?(?:money|payment|funds|amount)",
             # Paying said finished, as learners write it too (I have finish pay the tax).
             r"\b(?:(?:i|we) (?:already |just )?(?:finished|completed|done)|(?:i've|we've|ive|have|has|had|already) (?:already |just )?(?:finish(?:ed)?|complete(?:d)?|done)) (?:the |my )?(?:pay(?:ing|ment)?|paid|transfer(?:ring)?)\b",
             # Paid, humbly in Kyoto speech (七日に納めさせてもろてます).
             r"(?:納めさ|払わ|支払わ|振り込ま|振込ま)せて(?:(?:もろ|もら)(?:て|っ(?:て)?)(?:ます|る|ました|た(?![らい]))|もらいました|いただきました|頂きました|もろうた|もろた)",
             # A receipt pasted as the reply (取扱日 2027.12.06 収納機関番号 58231 金額 ￥24,500), and a
             # payment taken to be done, asked only for assent (これで払えてますよね?).
             r"(?:取扱日|取扱日時|収納機関番号|領収日|お振込日|振込日|払込日|受付日時)\s?[:：]?\s?(?:\d|令和)",
             r"払え(?:て(?:い)?ます|てる)よね",
             # The payment said done with 済ませる (これの支払い、きのうセブンで済ませてます).
             r"(?:支払い?|払い込み|払込|納付|振込み?|振り込み)[^。!?]{0,16}?済ませ(?:て(?:い|お)?(?:ます|る)|ました|た(?![らい])|とる|とります|てある|てあります)",
             r"\bpay\b[^.!?]{0,20}[-–,;.]\s*(?:i|we) (?:already|just) did\b",
             r"already (?:taken care of|handled|settled|sorted)", _EN_PAID + r" (?:at|with|by|via|through|online|in full|on|in)\b", r"already done",
             _SETTLE + r"(?:して(?:おり|あり|い)?(?:ます|る)|してある|しておる)", _SETTLE + r"(?:いたして|致して)(?:おり|い)(?:ます|ました)",
             _TRANSFER + r"んで(?:おり|あり)(?:ます|ました)", _PAY + r"って(?:おり|い)?(?:ます|る)(?=$|[。!、,.\s]|よ|けど|が|し)|" + _PAY + r"って(?:おり|い)?ます(?=[一-鿿ァ-ヺ])", _PAY + r"って(?:い)?ました(?!が|けど|けれど|のに)", _PAY + r"っちょ(?:る|り)",
             # Paid, in southern Tohoku's voiced past (とっくに納めだべした, 払ったべした).
             r"(?:払っ|納め|振り?込ん|払る)(?:た|だ)(?:べした|べさ|べよ|ずー?)(?![ぁ-ゖ])",
             # Tosa's and Chugoku's progressive of 払う (とっくに払うちゅうぜよ, 払うちょる).
             _PAY + r"(?:う|っ)(?:ちゅう|ちょる|ちょー|ちょう|ちょり(?:ます)?)(?!か)",
             # Gone to pay, in the past (息子が先週払いに行っちょります).
             r"(?:先週|昨日|きのう|先日|この前|もう|とっくに)[^。!?]{0,8}払いに(?:行|い)っ(?:ちょり|ちょる|とり|とる|てます|ています|てきました|てきた)",
             # Done, said in English of the payment (furikomi done 先週, payment completed).
             r"\b(?:furikomi|payment|transfer|konbini payment|pay-?easy)\s?(?:is |was |has been )?(?:done|finished|completed?)\b(?!\s?\?)",
             r"\b(?:have|has|'ve) done (?:the |my |our )?(?:furikomi|payment|transfer)\b",
             r"(?:^|[.!。、]\s*)(?:already |all )?paid(?=[.!。、\s]|$)",
             r"(?:^|[。、!?\s])(?:支払い?|振込み?|振り込み|納付|入金)?(?:済|すみ|ずみ)(?:み)?(?:です|でーす|だよ)?" + _THEN,
             _PAY_NOUN + r"(?:を|は|も)?\s?(?:しました|しておきました|しときました|しといた|しておいた)",
             _TRANSFER + r"んど(?:いた|きました)", r"納めて(?:い|お)?(?:ます|る|ります)",
             r"(?:支払い?|入金|納付|振込み?|振り込み|引き?落とし)(?:は|が|も)?(?:され|済ま)て(?:い)?(?:る|ます)", _PAY + r"っ(?:と|てお)(?:いた|きました)", _PAY + r"っと(?:る|ります|りました)", _TRANSFER + r"んど(?:る|ります|りました)", _PAY + r"(?:ろう|ろ|う)とる", _PAY + r"っちゃ(?:いました|った)",
             r"(?:支払い?|払い|納付|振込み?|振り込み|入金)(?:は|が|も)?(?:もう|既に|すでに)?(?:終わ(?!る|ら|れ)|済ん|完了し)", r"\bpaid\s?(?:です|済|だよ|だ|しました|した)", r"(?:もう|既に|すでに)\s?paid", r"(?:made|did|sent|completed) (?:the|a|my) (?:payment|transfer|bank transfer|furikomi)",
             r"(?:it's|it has|it is|that's) (?:been |already )?(?:paid|settled)\b",
             # Payroll deduction (特別徴収): the employer pays it, unless they ask to switch to it.
             r"(?:特別徴収|特徴|天引き?|給与(?:から|引き?落)|給料から)(?!(?:に|へ)(?:変更|切り?替え(?!わ)|切り?替わ(?:る|ります|ると|れば)|したい|して(?:ほし|くだ|もら)|でき|なら))(?:で|に|され|です|なので|だから|になって|に切り?替わ|$)",
             r"お(?:支払い?|振込み?|振り込み|納め|払い|納付)(?:に)?なっ(?:た(?!ら)|て(?:い|お)(?:ます|る|ります))",
             r"(?:納付|入金|納入|送金|お?支払い)(?:を)?され(?:た(?!ら|か|\?)|まし(?:た)|て(?:い|お)(?:ます|る|ります|ました))(?!か)",
             # Able to pay, past: スマホで払えました.
             _PAY + r"えました(?!か)", _TRANSFER + r"めました(?!か)", r"納められました(?!か)",
             # Paid, regrettably or twice (二重に払ってしまったみたいです); deducted from pay or
             # pension (残りの住民税は給料から一括で引かれてます).
             r"(?:払|支払|納め)(?:って|て)(?:しまった|しまいました|しもうた|もうた|ちゃった|ちゃいました)(?!ら)", r"振り?込んで(?:しまった|しまいました|もうた|ちゃった|ちゃいました)(?!ら)",
             r"(?<!前は)(?<!以前は)(?<!去年は)(?<!昔は)(?:給料|給与|年金|退職金|賞与|ボーナス)から[^。!?]{0,8}?(?:引かれて|天引きされて|差し引かれて)(?:い|お)?(?:る|ます|ました|た|り)(?!か|はず|のに|けど)",
             r"(?:払い|納め|支払い|振り?込み)に(?:行|い)って(?:くれ|もらい|き)?(?:まし)?た(?![らり])", r"(?:払い|はらい|納め|支払い|振り?込み)に(?:行|い)きました(?!が|けど|けれど)", r"(?:払わ|支払わ)せていただきました|納めさせていただきました",r"過払い(?!に(?:なら|なる))|払い(?:すぎ|過ぎ)(?:た|ました|てい)|二重(?:に)?(?:払|納め|支払|振り?込)(?:っ|い|ん|め)?(?:た|だ|ました|てしま|ちゃっ)|(?:二重払い|二重納付)(?!に(?:なら|なる)|(?:して)?(?:しまわ|になら))|重複して(?:払|納|振り?込)(?:っ|い|ん|め)?(?:た|だ|ました|てしま)",
             r"引き?落(?:とさ|とされ)(?:とる|とった|てる|ている|ていました|てた|ました|れとる)", r"\bi (?:don|done) pay\b",
             r"(?:paypay|ペイペイ|楽天ペイ|au ?pay|line ?pay|d払い|請求書払い|バーコード|アプリ|ネットバンク|atm)[^。!?]{0,8}で(?:やりました|やっときました|やっといた|やった(?:よ|わ)?|済ませ)", r"(?:払|はら|振り?込ん|納め)(?:っちゃ|っちま|じゃ)っ?て(?:た|ました)", r"(?:払い|納め|支払い)(?:に|さ)(?:行|い)った(?![らり])(?!(?:けど|けれど|のに|が|んやけど|んだけど|ものの)[^。!?]{0,16}(?:閉ま|休み|締ま|しまって|なかった|できなかった|だめ|ダメ|無理))",
             r"納付して(?:しまった|しまいました|しもうた|ちゃった|ちゃいました)(?!ら)", r"納税(?:済|ずみ|しました|した(?![らり]))", r"振り?込み?(?:を)?して(?:い|お)?ます(?!か)", r"振り?込んで(?:まし|ま)た(?!か)",
             r"(?:払|支払|納め|振り?込ん)(?:った|た|だ)(?:と|って)(?:言って|いって|聞い|のこと)", r"\balready (?:payed|paod|piad|pid)\b",
             r"\bi (?:make|made|did) (?:the |my )?payment (?:this morning|yesterday|already|last (?:week|night))", r"\b(?:already )?(?:took|taken) care of (?:it|this|that)\b",
             r"会社(?:で|が|から)(?:払|支払|納)", r"\b(?:my )?employer (?:pays|paid|deducts|withholds|takes)", r"withheld from",
             r"\b(?:deducted|taken|withdrawn|debited) (?:from|out of) (?:my |our )?(?:salary|pay|wages|paycheck|account|bank)(?![^.!?]{0,30}\?)", r"payment (?:was|has been) (?:made|sent)"),
         STRONG),
        (_rx(r"(?:払|はら)ったはず", r"(?:差し引|天引|引き?落と)(?:か|き)?れて(?:いる|る|おり|い)?(?:ます)?(?:はず|と思)", r"\bshould have been (?:debited|paid|withdrawn|deducted|taken out|charged)\b", _NOT_PROCEDURE_DONE + _NOT_AVOIDED + r"済んで(?:い)?(?:る|ます)", r"(?:支払|払い|納付).{0,10}" + _NOT_AVOIDED + r"済んで",
             # Money put in (入れといた, 口座にお金入れました): the promise's past.
             r"入れ(?:といた|ておいた|ときました|ておきました)", r"(?:お金|口座|残り|残金)(?:に|を|も)?入れ(?:ました|た(?:よ|けど|わ|$|。))"), MEDIUM),
    ],
    CONSULTATION_REQUEST: [
        (_rx(r"(?<!遺産)(?<!財産)分割", r"ぶんかつ",
             # The bill higher than before (金額が…去年より高いです): disputed.
             r"(?:去年|前年|昨年|前回|先月|前期|いつも)(?:より|と比べて|に比べて)[^。!?]{0,6}(?:高い|高く|多い|多く|増え|上が)",
             # A direct debit to be cancelled (解除したいのは口座振替の方です): staff's to do.
             _WANT_CANCELLED + r"(?:口座振替|引き?落とし|自動払込)", r"分けて(?:払|支払|納|振|入金)", r"(?:\d|[一二三四五六七八九十]|数|何|いく|複数)(?:回|度|か月|ヶ月|カ月|ヵ月|ケ月|期)に?(?:分け|わけ)",
             # Whether a way of paying is possible: お支払いすることはできますでしょうか.
             _PAY_NOUN + r"(?:を)?(?:する|いたす|させていただく|させて頂く)(?:こと|の)(?:は|も|が)?(?:でき|出来|可能|かのう)[^。!?]{0,8}(?:か|\?)",
             _PAY + r"えそう(?:に|も)?(?:ない|ありません|にありません)",
             r"(?:払う|払える|支払う|納める)(?:お?金|余裕|お?かね)(?:が|は|も)?(?:ない|ありません|無い|ねー)",
             r"(?:払う|払える|支払う|納める)(?:当て|あて|めど|目処|目途|見込み)(?:が|は|も)?(?:ない|ありません|無い|立た|たた|立ち(?:ません|そうに)|つかな|つきません)",
             r"差し?押(?:さ)?え|差押", r"(?:かけ|掛け)て(?:もらえ|いただけ|頂け|ください|下さい|ほしい|欲しい|くれ)", r"電話(?:で|にて)(?:お願い|の連絡|連絡)",
             r"(?:どうすれば|どうしたら)(?:いい|よい|良い)?(?:ですか|でしょうか|の|か)?[?。\s]*$",
             r"\bwhat (?:should|do|can|shall) i do\b", r"\b(?:i'm|i am|im) not paying\b", r"\bsold (?:that|the|my|this) (?:car|vehicle|bike|motorcycle|scooter|house|property|land)",
             r"(?:半分|一部|少し|半額|\d+円|千円|万円)(?:だけ|のみ|ずつ)(?:なら|でしたら|だったら|でも|しか)",
             r"(?:払|支払|納付|納め|振り?込)(?:え|め)(?:ます|る)(?:か|の?\?)",
             r"(?:払|支払|納付|納め|振り?込)(?:っ|い|め)?て(?:も)?(?:いい|良い|よい|大丈夫|構いません|かまいません)(?:です|でしょう)?(?:か|\?)",
             # Leave asked for a way of paying: 10日に半分、25日に残りでもいいですか.
             r"(?:でも|で)(?:いい|良い|よろしい|大丈夫|構いません|かまいません|問題ない)(?:です|でしょう)?(?:か|かね|\?)",
             # Insurance changed, so the tax is disputed: 会社の保険に入ったので関係ないはず.
             r"(?:社会保険|社保|会社の(?:健康)?保険|健康保険|扶養)(?:に|へ)(?:入|加入|切り?替|変わ|移)", r"(?:国保|国民健康保険)(?:は|を|から)?.{0,10}(?:脱退|抜け|やめ|切り?替|喪失)",
             r"(?:払|支払|納付|振込|振り込|引き?落と?し|カード|クレカ|クレジット|paypay|ペイ|コンビニ|口座|分割|一括|窓口|atm|延長|猶予).{0,12}(?:使え|利用でき|でき)(?:ます|る)(?:か|の\?)", r"分かつ(?:で|払|に|の)", r"分納", r"何回かに分け", r"少しずつ", r"毎月.{0,6}(?:ずつ|づつ)",
             # Not where the resident is (こちらでは払えないんです: the slip is at home).
             r"(?=" + _PAY + r")(?<!こちらでは)(?<!ここでは)(?<!出先では)(?<!出張先では)(?<!旅先では)(?<!現地では)(?<!外出先では)" + _PAY + r"(?:え|いきれ)(?:ない|ません|なく|ず|へん|ん)(?!かも)", _PAY + r"(?:われへん|えまへん|えしまへん)",
             r"(?:支払|払|はら|納付|納め|振り?込)(?:う|い|える|)(?:の|こと)?(?:が|は)?\s?(?:難し|むずかし|むずし|困難|厳し|きびし|無理|むり|出来ない|できない|できません|出来ません|不可能|大変|きつい)",
             # A refusal, unless denied (払わないとは言ってません).
             # A refusal said as a question: 誰が払うか!!, 払うもんか, 払ってたまるか.
             r"(?:誰|だれ)が" + _WILL_PAY, _WILL_PAY + r"(?:もんか|ものか|かよ|か(?:ボケ|ぼけ|ばか|バカ|!))",
             r"(?:払|はら|支払|納め)って(?:たまる|やる)(?:か|もんか|ものか)", _WILL_PAY + r"わけ(?:が|ねー|ねえ|ない|あり|なか)",
             r"(?:払|はら|支払)わ(?:ない|ん|へん|ねー|ねえ)(?!とは)", r"(?:払|はら|支払)いません",
             r"(?:払|はら)う(?:気|つもり|必要|義務|理由)(?:は|が|も)?(?:ない|ありません|無い|ねー)",
             r"(?:払|はら)いたくない", 
             r"(?:待って|まって)(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|くれ|けろ|けれ|たもれ|ちょうだい|おくれ)",
             # Whether to send proof, asked (振込の控えの写真、送ったほうがええかね).
             r"(?:送った|送信した|出した|持って(?:行|い)った|見せた|提出した)(?:ほう|方)が(?:いい|ええ|よい|良い|よろしい|よか)(?:です|でしょう|ん)?(?:か|かね|かな|かいな|\?)",
             # Not until a later time (7月にならないと無理です, 給料日までは厳しい): more time asked.
             r"(?:ならないと|ならんと|までは|まで|過ぎないと|入らないと|出ないと)(?:ちょっと|少し)?(?:無理|むり|ムリ|厳しい|きびしい|難しい|払えない|払えません)",
             # What happens if, asked (受信拒否したらどうなりますか?, 拒否したら何か不利になりますか).
             r"(?:たら|ないと|なければ|ても)[、,\s]?(?:どう|何か|なにか)?(?:なりますか|なるんですか|なるんでしょうか|なるの\?|なる\?|不利に)",
             # An amount at a time, as the whole request (5000円ずつ; 1万円ずつでもいいですか): instalments
             # asked, not a plan told (1万円ずつ、今日と来週中に払って完済します).
             r"(?:^|[。!?\s、])\d[\d,]*\s?(?:円|万円|千円)(?:ずつ|づつ)(?:でも|で)?(?:いい|ええ|可能|大丈夫|お願い(?:します)?|ok)?(?:ですか|でしょうか|か|\?)?[。!?\s]*$",
             # A later day asked whether it will do (来週の水曜日じゃダメですか?).
             r"(?:日|曜日?|週|月末|明日|明後日|中|頃|ごろ)(?:まで|までに)?(?:じゃ|では|でわ)(?:ダメ|だめ|駄目|いけません|いけない)(?:ですか|でしょうか|ですかね|かな|か|\?)",
             # Waiting asked till a day named, bare (来月払うから、それまで待って).
             r"(?:それまで|その日まで|その時まで|その頃まで)(?:は)?(?:待って|まって)(?![た])",
             # Time asked in any register: 待ってもらうことはできんかね.
             r"(?:待って|まって)(?:もらう|いただく|頂く|もろう)(?:こと|わけ)?(?:は|が|って)?(?:でき|出来|可能|ok|いい|ええ|かまわ|構わ)",
             # A promise withdrawn: 払うつもりだったけど、急な出費で無理になりました.
             r"(?:払う|支払う|納める)(?:つもり|気)(?:は|も)?(?:ある|あります|だ|です|や|じゃ)?(?:けど|げど|けれど|が|んですが|のですが|やけど|じゃけど)[^。!?]{0,8}(?:無理|むり|払えな|払えま?せん|厳し|きびし|難し|きつ|キツ|苦し)",
             r"(?:つもり|予定)(?:だった|でした|やった|じゃった)(?:けど|けれど|が|のに|ん(?:だ|です|やけ)けど)[^。!?]{0,20}?(?:無理|むり|できな|出来な|できま?せん|出来ません|難し|厳し|きつ|払えな|払えま?せん|足りな|足りま?せん|なくな|ダメ|だめ)",
             # A person to talk to asked for, whatever the doubt beside it: 担当者の名前と電話番号を
             # 教えて. Only a name and a department (担当者の名前と部署を教えて) checks who we are.
             r"担当(?:者|の方|の人|課)(?:の|を|と|に|から|さん)[^。!?]{0,12}?(?:電話|連絡|話|説明|代わ|出し)",
             r"(?:電話|でんわ)(?:で|にて)(?:説明|話|教え|確認させ)(?:して|を|し)?(?:ほしい|欲しい|ください|下さい|もらえ|いただけ|頂け|くれ|ちょうだい)",
             r"(?:延ば|のば(?=[さしすせそ])|延長|猶予|ゆうよ|伸ば|延期)", r"減免", r"減額", r"免除", r"相談" + _NOT_STAFF + r"(?!員|役|支援|専門員|され|を受け|しました[。!]|した[。!])(?!した(?:通り|とおり|ように|結果|上で|ところ|ら|件|分納|分割)|しましたところ|の(?:上|うえ|通り|とおり))", r"そうだん",
             r"(?:電話|でんわ|連絡|れんらく|折り?返し)(?:を|が)?(?:ください|下さい|ほしい|欲しい|お願い|して(?:ほしい|欲しい|ください|下さい|もらえ|いただけ)|いただけ|もらえ|頂け|ちょうだい|くれ)",
             r"(?<!と)(?<!とも)(?:電話|でんわ)(?:します|しても|したい|で(?:話|相談)(?!した|しました|して[、,]))", r"(?:電話|でんわ|折り?返し)して(?:くれ|もらえ|ちょうだい)", r"(?:電話|でんわ)(?:を)?(?:して)?(?:こい|来い|よこせ|寄越せ)",
             # Paying by debit asked for (来月から口座振替で払いたいです): staff set it up.
             r"(?:口座振替|口座引き?落とし|自動引き?落とし)(?:で|に)(?:払いたい|支払いたい|納めたい|したい|変更したい|切り?替えたい)",
             # The tax said too high (住民税が去年より高いのですが、間違いではないですか).
             r"(?:税|税金|金額|請求|額)(?:が|は)?[^。!?]{0,8}?(?:高い|高すぎ|多すぎ|上が(?:って|った))(?:の|ん)?(?:ですが|だが|けど|ような|気が)",
             # Unable to go (払いに行がれねぇ, Tohoku's 行かれない).
             r"(?:払いに|納めに|支払いに|役場に|役所に|窓口に|銀行に|コンビニに|郵便局に)(?:行|い)(?:が|か)れ(?:ねぇ|ねえ|ね|ない|ん|へん|ません)",
             # …and plainly (入院してて払いに行けねえ); what to do, asked in any speech (どうすりゃいいんだべ,
             # どうしたらいいんや).
             r"(?:払いに|納めに|支払いに)(?:行|い)け(?:ない|ねえ|ねー|ねぇ|ん|ません|なか|ず)",
             r"(?:どうすりゃ|どうしたら|どないしたら|どげんしたら|どうすれば)(?:いい|ええ|よか|良い|よい)(?:ん|の)?(?:だべ|や|だ|です|でしょう|じゃ|か|ずら|だら)",
             # A way of paying asked about: 楽天ペイ対応してます？, LINE Payって使えましたっけ？
             r"(?:ペイ|pay|カード|クレカ|クレジット|電子マネー|スマホ決済|アプリ|バーコード)[^。!?]{0,8}?(?:対応して(?:ます|る|い(?:ます|る))|使え(?:ます|る|ました)|利用でき(?:ます|る|ました))(?:か|っけ)?(?:\?|か$|っけ)", r"(?:電話|でんわ|折り?返し)(?:して|ちょうだい|くれ)[。!.\s]*$",
             r"(?:^|[。、!?\s)])(?:今は|今月は|今月|今|ちょっと|とても|絶対)?(?:無理|むり|ムリ)(?:です|だ|っす|や)?[。!.\s…~]*$",
             r"(?:払う|払える|支払う|納める)(?:気|気持ち)(?:に|が|も)?(?:なら|なれ|しな|起きな|おきな)", TAX_TOO_HIGH, r"(?:話|はなし)を?(?:し|聞き|きき)たい",
             r"(?:金額|税額|請求額?|額)(?:が|は)?.{0,8}(?:おかし|違|ちが|間違|まちが|多すぎ|高すぎ|高い|多い|納得)",
             r"\bis (?:it|this|that|the (?:amount|bill)) (?:correct|right)\?", r"\b(?:not|never|won't|will not|i'm not|im not) (?:be )?paying\b", r"(?:もらえ|くれ|いただけ)(?:ない|ねえ|ねー|ん)(?:べか|だべか|っしょか|かな|ですか)",
             # This bill asked apart from another (これとは別物ですか).
             r"(?:これ|この(?:請求|税金|通知|sms|メール|お知らせ))(?:と|とは|は)[^。!?]{0,4}(?:別物|別|違う|関係)(?:もの)?(?:ですか|なの|なん|でしょうか|\?)",
             # Whose bill, asked (本当に私の分ですか).
             r"(?:本当に|ほんとに)?(?:私|わたし|僕|俺|自分|うち)の(?:分|税金|請求|もの)(?:なん)?(?:ですか|でしょうか|なの|\?)",
             r"(?:1円|一円|びた一文|一銭)も(?:払え(?:ない|ません|ねー)|無理|むり|出せ(?:ない|ません)|ない|ありません)",
             # The amount called too high, as the whole reply (高すぎ, 高すぎやろ).
             r"^(?:たっか|高すぎ(?:る|ます|です|だろ|やろ|でしょ)?|多すぎ(?:る|ます|です)?)[!。.\s]*$",
             r"(?:請求|課税|税金).{0,10}(?:おかしい|間違|まちが|納得|不服|身に覚え)", r"身に覚え",
             r"(?:金額|税額|請求|課税|税金|滞納|未納|この税)(?:に|には|は|の|も)?[^。!?]{0,4}心当たり(?:が|は)?(?:ない|ありません|ございません)",
             r"不服", r"異議", _COUNTERFACTUAL_PAID, r"納得(?:でき|いか|いきません)", r"二重(?:請求|払い|に)",
             r"(?:書類|通知|納付書|封筒|手紙|郵便|ハガキ|はがき|振込用紙|用紙|督促状|請求書)(?:が|は|も)?.{0,6}(?:(?:届|とど)いて(?:い)?(?:ない|ません)|(?:届|とど)い?とらん|(?:来|き)とらん|届かない|届かなく(?!て(?:も)?(?:大丈夫|いい|良い|結構|構いません|かまいません|平気))|届いてない|来て(?:い)?ない|来てません|きてない|もらって(?:い)?ない|見て(?:い)?(?:ない|ません)|見当たらない|(?:どこか|どっか)(?:に|へ)(?:いって|行って|やって)|なくなって|なくし|無くし|紛失)",
             r"(?:納付書|振込用紙|用紙|書類|請求書|通知書)(?:を|が)?.{0,8}(?:再発行|送って|ください|下さい|ほしい|欲しい)",
             # Paper asked for as well as our messages (書面でも送ってください): a request of staff, no stop.
             r"(?:書面|郵送|郵便|紙|手紙|はがき|ハガキ|封書)(?:で|にて)?も(?:送|おく|送付|郵送|発送)(?:って|して)?(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け)",
             r"\b(?:also |please )*(?:send|mail|post) (?:me )?(?:a |the )?(?:paper|printed|hard) (?:copy|version|notice|letter)\b|\b(?:by|in the) (?:post|mail) (?:as well|too)\b",
             r"\b(?:never|didn't|did not|haven't|have not|hasn't|has not) (?:got|get|gotten|receive|received|seen) (?:the|a|any|my|your|that) (?:\w+ )?(?:letter|notice|bill|slip|mail|statement)s?\b",
             # The slip or letter said not to have come (Furikomi 用紙 not arrived).
             r"(?:用紙|納付書|振込用紙|請求書|通知書|\b(?:slip|form|letter|bill|notice|statement)s?\b)[^.。!?]{0,20}?\b(?:not|never|hasn't|has not|didn't|did not|haven't|have not|still not|yet to) (?:arrived?|come|came|reached|been (?:delivered|received|sent))\b",
             r"何の(?:税|お金|請求|支払|料金|こと|件)", r"なんの(?:税|お金|請求|こと|件)", r"どの税",
             r"内訳", r"明細", r"詳し(?:く|い)(?!(?:は|も)?(?:ありません|ない|なく|ございません))",
             # 家族が代わりに払う場合、何か必要な手続きはありますか.
             r"(?:必要な|何か)(?:お?手続き|手続|書類|もの)(?:は|が)?(?:あり|い?り|必要)", r"手続き(?:は|が)?(?:必要|要り|いり)(?:ますか|でしょうか|\?)", r"(?:どこ(?!か)|どうやって|どうすれば|どのように|どうしたら)(?:で|に|から)?.{0,10}(?:払|支払|納付|振込|振り込)",
             r"(?:払い|支払い?|納付)(?:方法|先|場所)(?!\s?:)",
             r"(?:口座振替|口座引き?落とし|自動引き?落とし|引き?落とし)(?:に|へ)?(?:したい|変更|切り?替え|の手続き|の申し?込|(?:に|は)?でき(?:ます|る)(?:か|の\?))",
             r"(?:口座振替|引き?落とし)(?:を|の)?(?:解除|停止|中止|やめ)(?!に(?:なって|なっとっ|なった)|され)",
             r"(?:手続き|申請|申し?込み?)(?:を)?(?:したい|方法|の仕方)",
             r"(?:払|支払|納付|振込|振り込)(?:え|わ)?ば(?:いい|よい|良い)(?!んでしょ|んだろ|んやろ|んじゃろ)", r"いつまで(?:に)?.{0,12}(?:か|\?)$",
             r"(?:内容|意味|理由|中身)が?(?:よく)?(?:分か|わか)(?:らない|りません|らん)",
             r"住所(?:変更|が変わ)", r"(?:払|支払)える(?:か|かどうか)(?:わか|分か)",
             r"(?:instal?lments?|payment plan|pay (?:in|by) (?:parts|instalments))",
             r"\bin (?:two|three|2|3|several|multiple|smaller) (?:parts|payments|instal?lments|amounts)",
             r"(?:can't|cannot|can not|cant|unable to|not able to|won't be able to) (?:pay|afford)",
             r"(?:won't|will not|refuse to) pay", r"(?:give me|wait) until", r"(?:more|extra) time", r"\bextend", r"\bextension", r"\bdefer",
             r"call me", r"(?:talk|speak) (?:to|with) (?:someone|somebody|a person|staff)",
             r"\b(?:amount|bill|charge|tax)\b.{0,20}\b(?:wrong|incorrect|too high|a mistake|an error)\b",
             # The amount said bigger than before, as learners write it too (the value is more big
             # than the letter of last year).
             r"\b(?:amount|value|bill|charge|tax|price|sum)\b[^.!?]{0,12}\b(?:more|bigger|higher|larger|much more|more big|more high) than\b", r"(?:didn't|did not|never) (?:get|receive)(?!d? (?:a |any )?(?:text|message|sms)s? (?:from|like)\b)",
             r"what (?:is |'s )?(?:this|it|the)(?: [a-z]+){0,2} for\b", r"\bis it possible\b|\bis there (?:a|any) way\b", r"\b(?:send|resend|reissue|re-send|new)\b.{0,20}\b(?:slip|bill|form|invoice|notice)\b", r"overcharg|charged (?:twice|too much|wrongly|by mistake)",
             r"\b(?:pay|payments?|paying) (?:monthly|every month|each month|in parts|bit by bit|little by little)", r"いくら(?:ですか|でしょう|なの|\?|か$)",
             r"(?:手放|売却|廃車|処分|譲渡)(?:し|済)", r"廃車に(?:した|しました|なった|なりました|してい|してます)(?!つもり)", r"(?:人|知人|友人|息子|娘|親戚|兄|弟|姉|妹)に(?:譲|ゆず)(?:った|りました|っとる|ってある)", r"(?:土地|家|車|建物|山|田んぼ|田畑|畑)(?:は|を|も)(?:もう)?売(?:った|りました|ってしま|っても)", r"のに.{0,15}(?:請求|督促|通知|納付書)(?:が)?(?:来|き|届)",
             # A link or file that will not open; not mail left unopened (郵便物も開けずに積んであって).
             r"(?=開け|開か|ひらけ|見れ|見られ|繋がら|つながら|読み取れ|読み込め|ログインでき)(?<!郵便物も)(?<!郵便物を)(?<!郵便も)(?<!郵便を)(?<!封筒も)(?<!封筒を)(?<!手紙も)(?<!手紙を)(?<!封も)(?<!封を)"
             r"(?<!携帯)(?<!携帯を)(?<!スマホ)(?<!スマホを)(?<!電話)(?:開け|開か|ひらけ|見れ|見られ|繋がら|つながら|読み取れ|読み込め|ログインでき)(?:ない|ません|なく|ず)", r"エラー(?:が出|にな|で)", r"\bwhat(?:'s| is) this(?: about)?\s*\??$",
             r"(?:don't|do not|can't|cannot) (?:understand|read) (?:japanese|this|it)", r"\b(?:in )?english\b(?! (?:is )?(?:not|no|bad|poor|weak|little))", r"(?:還付|返金)(?:金)?[^。!?]{0,12}(?:まだ|来ない|振り込まれて(?:い)?(?:ない|ません)|届かない|届いてない|いつ)",
             r"(?:払|支払|納め)える(?:の|金額)は[^。!?]{0,8}(?:だけ|のみ|しか)", r"how much", r"what do i owe", r"how often (?:will|do|would|are) (?:i|we|you)\b", r"can i (?:pay|use|make|get)", r"which tax", r"how (?:can|do) i pay", r"where (?:can|do) i pay"),
         STRONG),
        (_rx(r"(?:税(?!務)|金額|支払|納付|期限|滞納|督促|口座|延滞金|利子|請求)[^。!\n]{0,20}(?:(?:ます|です|でしょう|ません|ない|る|た|の|ん)か\??$|\?)",
             # なんで after a noun is なので, because (今仕事中なんで後で見ます), not why.
             r"(?:なぜ|(?<![一-鿿ァ-ヺ])なんで|どうして(?!も)|(?<!that's )(?<!thats )(?<!that is )\bwhy\b(?! would i (?:want|ask)))", r"(?:確認|説明)(?:して|を)?(?:ください|下さい|ほしい|欲しい|お願い)",
             r"(?:問い合わせ|問合せ|質問)", # A question about our messages (このお知らせは毎月届くのでしょうか, このメッセージに返信する必要は
             # ありますか): staff answer it.
             r"(?:お知らせ|通知(?!書)|sms|メッセージ|ショートメール|ご?案内)(?:は|が|って|に|について)[^。!?]{0,16}(?:でしょうか|ですか|ますか|\?)",r"(?:って|とは)(?:何|なん)(?:ですか|でしょうか|\?|なの|や)",
             # A request for something (tell me the account), even beside a promise.
             r"教えて(?!くれて|いただいて|頂いて|もらって)(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け|くれ|ちょうだい|$|[。!、,])", r"お教え(?:ください|下さい|願|いただけ|頂け)",
             r"\b(?:tell|give|send) me (?:the |your |a |an )?(?:bank|account|details|number|slip|bill|form|invoice|info|barcode|code|amount)"),
         MEDIUM),
        # Unable perhaps (明日は払えんかもしれんけど): alone, a word with staff; beside a firm
        # promise (…あさってには必ず払います), only its doubt.
        (_rx(_PAY + r"(?:え|いきれ)(?:ない|ません|へん|ん)かも"), WEAK),
    ],
    PAYMENT_PROMISE: [
        (_rx(_FAVOUR, _PAY + r"(?:います|いま+[ーー]?す|う(?:っちゃ|きに|けん|べさ|べ|ちゃ|じゃけ|ばい|たい|でな|わな)|いますね|いますので|いますから|いますわ|わせます|わせる(?:ので|から|よう|$|。)|いに(?:行|い|伺|うかが|参)(?!け(?:ない|ねえ|ねー|ねぇ|ん|ません|なか|ず)|っ(?:たら|たけど|たが|たのに|たんやけど|たんだけど))|いにいき|わせていただ|わせて頂|いたします|っておき|っとき|っとく|っておぐ|っておが|っとぐ|う(?:予定|つもり|よう(?!に(?:言|い|伝|頼|たの|話|お?願|申し))|から|ので|んで|わ|で|ね|よ(?!うに)|さかい|けん|けぇ|けえ|けー|がら|さー|べ|っす|って(?:言|い|$|[!。、,…~ー]|ば|んだ|ん)|と(?:言|い)って|と言い|けど|そう(?:です|だ)|らしい|$|。|!|,|、|~|ー| )|える(?:ので|から|と思|よう|予定)|えます|えると思)",
             _TRANSFER + r"(?:み?させて(?:いただ|頂)|める(?:と思|ので|から|予定|よう|かと)|めます|めそう|みます|します|しま[ーす]|いたします|する(?:予定|つもり|ので|から|よ|わ|ね|$|。)|む(?:予定|つもり|ので|から|よ|わ|ね|そう(?:です|だ)|らしい|$|。|で(?=よ|ね|な|[。!、]|$))|みにいき|みに行|んでおき|みいたし|ませていただ|みをします)",
             r"(?:もう一度|もう一回|もういっかい|再度|改めて)(?:やり|振り込み|振込し|払い|支払い|納付し|手続きし)(?:ます|直します)",
             # Tried again on a day, after it failed (ATMでエラーになって…明日もう一度やってみます).
             r"(?:明日|あした|今日|明後日|週|曜日?|日)[^。!?]{0,4}(?:もう一度|もう一回|再度|改めて)(?:やって|試して|トライして)(?:みます|みる|みよう)",
             r"(?:残り|残金|残額|お金|現金|納付書)(?:は|を)?[^。!?]{0,8}(?:持って(?:い|行)きます|持参します|持っていく|持ってく)",
             # Money put in by a date (分割の3回目、来週中に入れます).
             r"(?:日|週|月|末|中|曜日?|明日|あした|今日)(?:中)?(?:までに|に|まで)(?:は)?入れ(?:ます|とく|ておきます|ときます|る(?:ね|よ|から))",
             r"\b(?:the rest|the remainder|the balance) (?:will|'ll) (?:follow|come|be paid|be sent|go in)\b",
             r"\b(?:i'll|i will|will|gonna|going to) sort (?:it|this|that)(?: out)?\b",
             r"(?:今日中に|今日|明日|本日中に|すぐ|すぐに)(?:振込|振り込み|支払い|払い|納付)?(?:を)?やり直(?:します|す|しま[ーす])",
             _SETTLE + r"(?:します|しま[ーす]|いたします|させていただきます|させて頂きます|する(?:予定|つもり|ので|から|よ|わ|ね|$|。)|しに(?:行|い)|に(?:行|い)き)",
             r"納め(?:ます|る(?:予定|つもり|ので|から|よ|$|。)|に\s?(?:行|い)(?:き|く|ぐ|っ))",
             r"(?:納め|払わ|支払わ|納付|入金|送金|お?支払い|振り?込ま|精算|清算)させて(?:いただ|頂)(?:きます|く(?:予定|つもり|ので|よう|$|。)|きたく)",
             r"(?:will|'ll|shall|would like to|intend to|plan to|going to) (?:remit|wire|arrange (?:for )?(?:the )?payment|process (?:the )?payment|effect (?:the )?payment|clear (?:the )?(?:balance|amount|arrears|outstanding))",
             r"(?:払|支払|納付|振込|振り込み|入金)(?:い)?(?:の)?(?:予定|つもり)(?:です|でいます|だ|$|。)",
             r"(?:支払い?|払い|納付|振込み?|入金)(?:を|も)?再開(?:します|いたします|する)",
             # English with the Japanese way of paying as its verb (I will furikomi on 25日).
             r"\b(?:will|'ll|ill|gonna|going to|plan to) (?:do (?:the |a )?)?(?:furikomi|furikomu|konbini|paypay|pay-?easy)\b",
             # Going again on a day, after not getting there (雨で行けんかった。金曜日には行くからね).
             r"(?:行け(?:なかった|んかった|へんかった|ませんでした|ず|ねがった)|行きそびれ|行き損ね)[^?]{0,30}?(?:日|曜日?|明日|あした|今日|週|月末)(?:に|には|中に|中には)(?:は)?(?:必ず|絶対)?(?:行く|行きます|行くけん|行くから|行くで|行くわ|行こう|行ぐ)",
             # A transfer booked for a day (振込予約しました。振込指定日：12月27日).
             r"(?:振込|振り込み|支払い?|送金)予約(?:しました|しています|してあります|済み|完了|を入れ)",
             # A refusal doubly denied (払わないなんてことはないので安心して; 払わないわけないじゃないですか).
             r"(?:払|支払|納め)わ(?:ない|ん)(?:なんて|って|という)?(?:こと|事)(?:は|も)(?:ない|ありません|ございません)|(?:払|支払|納め)わ(?:ない|ん)わけ(?:が)?(?:ない|ありません|なかろう)",
             # Tosa's 払っちょきます (払っておきます).
             _PAY + r"っちょ(?:き(?:ます|ましょう|よ|ね)|く(?:き|けん|ね|よ|$|。))",
             # A payment processed, in a business's words (明日処理させていただきます).
             r"(?:支払い?|お?振込み?|送金|納付)?処理(?:を)?(?:させていただきます|させて頂きます|いたします|致します|します)(?![かね])",
             # Done again, in English (I'll redo it tomorrow, after the bank cancelled it).
             r"\b(?:i'll|i will|we'll|we will|will) (?:redo|re-do|retry|resend|re-send|try (?:it |that )?again|do it again|send it again|make (?:it|the payment|the transfer) again)\b",
             # A day, then 必ず, said as the whole promise (３日後には必ず).
             r"(?:日後|日|曜日?|明日|あした|今週|来週|週末|月末|今月中)(?:には|に|までに|まで|中に)(?:は)?(?:必ず|かならず|絶対)[。!…\s]*$",
             # The money taken to the town office (来週の月曜日に役場へ持っていくぜよ).
             r"(?:役場|役所|市役所|区役所|町役場|村役場|窓口|支所)(?:へ|に|まで)(?:お金を?|税金を?)?\s?持って(?:いく|行く|いき|行き|く|参り|まいり)",
             # Transferring, as one will have done it (明日ゆうちょで振り込んどくね).
             _TRANSFER + r"んど(?:く(?!な)|きます|こう)",
             # A form filled in: 納付予定日:1月8日, 支払日:6月25日.
             r"(?:納付|支払い?|お支払い|振込み?|入金)(?:予定)?日\s?:\s?(?=\d|[月火水木金土日]曜|明日|明後日|来週|今週|今月|来月)",
             # Paying decided (家族と相談して、土曜日に払うことになりました; 納めることにします).
             r"(?:払う|支払う|はらう|納める|振り?込む|納付する|入金する|送金する)(?:こと|事)に(?:なりました|なった|なって(?:い)?ます|しました|した|します|する|決めました)",
             _PAY + r"って(?:きます|来ます|くる|こようと)", _PAY + r"って(?:もら|いただ|頂)(?:う|います|く|きます)",
             # Dialect endings after 払う (Niigata, Tohoku, Tosa, Hokuriku, Kyushu): 払うすけ, 払うさけ,
             # 払うはんで, 払うがやき, 払うぜよ, 払うとく (払っておく).
             _PAY + r"う(?:すけ|さけ|さかい|はんで|はんて|がやき|ぜよ|とく(?:よ|わ|ね|けん|$|。)|ちょく|かい(?![?な]))",
             # Tohoku's 払る for 払う (払るはんで, 払るすけ, 払るがら).
             r"(?:払|はら)る(?:はんで|はんて|すけ|すけぇ|がら|から|べ|っす|ど(?![ぁ-ゖ])|$|[。!、])",
             # Western and Tohoku speech: 娘に頼んで払うてもらいますさけ, 払うてきます.
             _PAY + r"うて(?:もら(?:う|います|いま)|もろ(?:う|います)|いただ(?:く|きます)|き(?:ます|まっ)|くる|おき|おく|とく)",
             r"\b(?:pay|transfer|furikomi)\s*(?:します|する|しとく|しま[ーす])", r"必ず(?:払|支払|納付|振り?込|入金|納め)",
             r"(?:コンビニ|銀行|ゆうちょ|郵便局|窓口|役所)(?:で|に|から).{0,12}(?:払|支払|納付|振り?込|入金|納め)(?:います|ます|う(?:予定|つもり|よ|ね|わ|$|。)|いに)",
             r"(?:will|'ll|ill|gonna|going to|i'm going to|plan to|promise to|intend to) (?:definitely |surely |certainly |absolutely |really |try to |be able to )?(?:pay|make (?:the|a) payment|settle|transfer|send (?:the )?(?:money|payment))",
             r"(?:will|i'll|ill|gonna|going to|i'm going to) (?:take care of|handle|sort out|do|clear|settle) (?:it|this|that|the (?:payment|transfer|furikomi|tax|bill|balance))",
             _WILL_HAVE_PAID,
             # Going to pay, with Tohoku's さ for に (明日払いさ行ぐ, 納めさいぐ).
             r"(?:払|支払|納め|振り?込み?)(?:い|に)?さ\s?(?:行|い)(?:ぐ|く|き|っ)",
             r"\b(?:i|we) can (?:make|do|send|manage) (?:the |my |our |a |full )?(?:payment|transfer|remittance)\b",
             # The payment as the subject, in the future passive: Payment will be completed tomorrow.
             r"\b(?:the |my |our |full )?(?:payment|transfer|remittance|balance|amount|tax) (?:will|shall|is going to|should) be (?:made|completed|sent|done|transferred|processed|remitted|settled|paid)\b",
             r"(?:will|'ll|gonna|going to) (?:sort|get) (?:it|this|that) (?:out|done|paid|sorted)\b",
             r"\b(?:i'm|i am|im) paying\b", r"^paying\b",
             r"\bi (?:can|could) (?:pay|settle|transfer) (?:it |this |that |the rest )?(?:on|by|in|tomorrow|today|tonight|next|this|the|within)\b",
             r"(?<!says )(?<!said )(?<!says to )(?<!told me to )(?<!asks me to )(?<!asked me to )\bpay (?:it |this |that )?(?:tomorrow|today|tonight|on|by|next|this (?:week|weekend|month|year|[a-z]+day)\b|soon|later|asap|at the end)",
             # A promise in the present progressive: Transferring it tonight, sending the money Friday.
             r"\b(?:paying|transferring|sending|settling|wiring|depositing) (?:it |this |that |you |the (?:money|payment|tax|balance|rest|amount) )?(?:tonight|today|tomorrow|on |by |next |this (?:week|weekend|month|[a-z]+day)\b|soon|later|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
             r"payment (?:will be|is going to be) (?:made|sent)",
             _PAY + r"いたい(?:と(?:思|考え)|です|と存じ)",
             # Relayed or honorific (a carer, a care home writing for the payer).
             r"(?:お(?:支払い?|振込み?|振り込み|納め|払い|納付)(?:に)?なる|(?:納付|入金|納入|送金|お?支払い)(?:を)?される|(?:支払|払)われる|振り?込まれる)"
             r"(?:とのこと|そう|予定|と(?:聞|伺|うかが|言|の)|見込み|ので|ようです|つもり)", _TRANSFER + r"みたい(?:と(?:思|考え)|です)",
             _PAY_NOUN + r"(?:が|を)?(?:できる(?:と思|予定|かと|ので|よう)|できます|出来ます)",
             _PAY_NOUN + r"(?:を|は|も)?\s?(?:し(?:ときます|とく|ておきます|ておく|ます|ま[ーす]|に(?:行|い|伺))|いたします|する(?:予定|つもり|ので|から|よ|わ|ね|$|。))"),
         STRONG),
        (_rx(r"(?:\d日|曜日?|週|月末|月中|明日|明後日|あした|あさって)(?:に|まで|までに|頃|ごろ)?(?:は)?(?:なります|なりそう|なる(?:と思|かと)|します|しますね)",
             r"(?:対応|たいおう)(?:します|いたします|しま[ーす])", r"\bi promise\b", r"約束(?:します|いたします|する)",
             r"(?:支払い?|振込み?|入金|納付)(?:は|を)[^。!?]{0,10}?(?:しよう(?:と|か)(?:思|考)|する(?:予定|つもり))",
             r"(?:払|支払|振り?込|納め)(?:える|う|む|る)の(?:は)?[^。!?]{0,10}?(?:になります|になる|になりそう|です)",
             # Effort promised (今週中になんとかします), and a resigned 払えばいいんでしょ.
             r"(?:なんとか|何とか|どうにか)(?:して)?(?:します|いたします|しま[ーす]|する(?:よ|から|ので|わ|$|。))",
             r"(?:払|支払|はら|納め|振り?込)(?:え|わ|め|ま)?ば(?:いい|ええ|よい|良い)(?:ん|の)(?:でしょ|だろ|やろ|じゃろ)",
             # Paying again after a failed or stopped payment (今週中に振り込み直します).
             r"(?:振り?込み?|払い|支払い|納め|納付し|入金し)直(?:します|す(?:予定|つもり|ので|から|ね|よ|わ|$|。)|しに|しておき|しとき)",
             # A date alone as the answer (来週中で, 25日までに): the promise is understood.
             r"(?:^|[。、!?\s]|ので|から|けど)(?:では|じゃあ?|それでは|なら|とりあえず|一応)?(?:" + _DATE + r"(?:か|~|、|から))?" + _DATE
             + r"\s?(?:中|末|いっぱい)?(?:(?:に|で(?:大丈夫|いい|ok|結構)?(?:です)?|まで(?:に)?)(?:は)?(?:ね|よ|な)?|(?:ね|な)|(?:に|で|まで(?:に)?)?(?:は)?(?:お?支?払い|振込み?|入金|納付)(?:で|予定|します)?"
             # 来週金曜いけます: the day that suits.
             r"|(?:なら|に|は|で)?(?:いけ|行け)(?:ます|る|そう(?:です)?)(?:よ|ね|わ)?)"
             r"(?:必ず|かならず|絶対)?" + _THEN,
             r"(?:やって|済ませ|すませ)(?:て)?(?:おきます|おく|とく|ときます|ます)", r"(?:払|支払)いますので", r"手続き(?:します|いたします)",
             r"(?:行きます|いきます)(?=.*(?:コンビニ|銀行|窓口|役所|郵便局))",
             # Paid by then (月末には払い終わってるはずです): a promise for that day.
             _PAID_BY_THEN,
             # A promise quoted from the payer (主人が「来月払う」と言ってます).
             r"(?:払う|払います|振り込む|振り込みます|納める|納めます)[」\"]?(?:と|って)(?:言って|いって)",
             # Someone asked to pay (3/5に娘に頼んで払ってきてもらいます).
             r"(?:払|支払|納め)って(?:きて)?(?:もらいます|もらう(?:予定|つもり|ので|から|ね|よ|わ|$|。))|振り?込んで(?:きて)?もらいます",
             # ごめんなさい!金曜に行きます (its punctuation left out too): the day one goes to pay.
             r"(?:^|[。!?、\s]|けん|から|ので|ごめんなさい|すみません|すいません|ごめん)" + _DATE + r"(?:中|末)?(?:に|には|中に)?(?:は)?(?:行きます|いきます|(?:行|い)く(?:ね|よ|わ|ばい|たい|けん|べ|ぞ|ぜ)?|伺います|うかがいます|参ります|まいります)(?:ので|から)?" + _THEN,
             r"完納(?:いた|致)?します|完納する(?:予定|つもり)|完納の予定|完納させ(?:ていただ|て頂)",
             r"(?:コンビニ|銀行|窓口|役所|郵便局|atm|ゆうちょ)(?=.*(?:行きます|いきます|行ってきます|行って来ます|行ってくる|行って来る|行く(?:予定|つもり|ね|わ|よ|$)|寄ります|伺います|うかがいます|参ります|まいります))",
             # Only a date, as the whole answer to a payment reminder (金曜, 20日, 🙇明日): when.
             # Hedged too (明日かな, 多分明日): still the day.
             r"^(?:多分|たぶん|おそらく|一応)?(?:" + _DATE + r"(?:か|~|、|から|or))?" + _DATE + r"(?:中|ちゅう|じゅう|末|いっぱい)?(?:に|で|まで(?:に)?|には)?(?:かな|かも|くらい|ぐらい|頃|ごろ)?[。!.\s~ー]*$",
             # …or a bare day of the month, one or two (25; 15か20で), a weekday's one character (金,
             # 土), or a vague when (そのうち, 給料日): set 206.
             r"^(?:多分|たぶん)?(?:(?:[1-9]|[12]\d|3[01])(?:日)?(?:か|~|、|or)\s?)?(?:[1-9]|[12]\d|3[01])(?:日)?(?:に|で|まで(?:に)?)?(?:かな)?[。!.\s~ー]*$",
             r"^[火水木金土](?:に|で|まで(?:に)?)?(?:かな)?[。!.\s~ー]*$",
             r"^(?:そのうち|近いうち(?:に)?|給料日|給料日に|ボーナスで|年金の日|なるべく早く|できるだけ早く|早めに)[。!.\s~ー]*$",
             r"^(?:tomorrow|tmrw|tmr|today|tonight|next week|this week|end of (?:the )?month|(?:next |this |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)[.!\s]*$",
             # Simple English, the verb in the present: next week I pay, I pay tomorrow.
             r"\b(?:i|we) (?:will )?pay[.!]*$", r"\bwill do (?:it )?(?:on |by )?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|tomorrow|tmrw|today|tonight)\b",
             r"\b(?:next week|tomorrow|today|tonight|this week|next month|on (?:mon|tues|wednes|thurs|fri|satur|sun)day),? (?:i|we) pay\b|\b(?:i|we) pay (?:next|tomorrow|today|tonight|on|by|this|at the end)\b",
             # Money put in, said of the bill it answers (今週中に入れときます, 口座にお金入れます).
             r"入れ(?:とき|ておき|とく|ておく)(?:ます|まーす|ね|よ|わ|$|。)", r"(?:お金|口座|残り|残金)(?:に|を|も)?入れ(?:ます|る(?:ので|から|よ|わ|ね|$|。))"),
         MEDIUM),
    ],
    AUTHENTICITY_CHECK: [
        (_rx(r"詐欺", r"詐偽", r"架空請求",
             # Who is really sending (どこの業者だ?), and what the city would never do
             # (市役所がSMSで督促なんてするわけない).
             r"(?:どこの|どちらの)(?:業者|会社|団体)",
             # Who the sender is, not known, or proof asked of it (あなたが誰か分かりません。市役所の人か
             # 証明してください): the sender doubted, not the addressee unknown.
             r"(?:あなた|貴方|そちら|あんた|おたく|お宅)(?:様|さん)?(?:が|は)(?:誰|だれ|どなた)(?:か|なのか|だか|なんか)(?:が)?(?:分から|わから|分かり|わかり|知ら|しら)",
             r"(?:市役所|区役所|役所|役場|市|区|町|村)(?:の(?:人|方|職員))?(?:か|である(?:こと|か)|だと|だって|からだと|から(?:の(?:連絡|メール|sms|メッセージ))?である(?:こと)?)(?:を|が)?証明",
             r"\bhontou? ni (?:shiyakusho|kuyakusho|yakusho|shi kara|city hall)\b|\bsagi\b",
             r"(?:市役所|区役所|役所|役場|市|区|町|村|自治体)が[^。!?]{0,16}(?:する|送る|送ってくる|よこす)(?:わけ|はず)(?:が)?(?:ない|ねー|ねえ|なか|あらへん)", r"不審な?(?:メール|sms|メッセージ|連絡|番号)", r"(?:いたずら|悪戯)(?:メール|sms|ですか|でしょ|か\?|\?)",
             # A prank or a fake asked with a negated copula, in any register: いたずらではございませんか,
             # 偽物じゃないの?, 悪戯やないか.
             r"(?:いたずら|イタズラ|悪戯|偽物|偽者|にせもの|ニセモノ|架空|でたらめ|デタラメ)(?:の)?(?:メール|sms|メッセージ|連絡|請求|もの|物)?(?:では|じゃ|や|でわ)"
             r"(?:ございません|ありません|ないです|ない|ねえ|ねー|なか|あらへん|なかろう)(?:でしょう)?(?:か|の|ん(?:です)?か|\?)",
             # Who sent it: 送信元を教えて, 差出人は誰, 誰から?, これどこから来たの.
             r"(?:送信元|送信者|差出人|発信元|発信者|送り主)(?:は|を|が)?(?:誰|だれ|どこ|どちら|どなた|教え|確認|知り|明らか|\?|不明|わから|分から)",
             r"(?:^|[。!?、\s])(?:これ|この(?:sms|メール|メッセージ|連絡)|それ)?(?:は|って)?(?:誰|だれ|どなた|どこ)から(?:の)?(?:連絡|メール|メッセージ|sms|送られ|来)?(?:た)?(?:の|もの|ん)?(?:ですか|でしょうか|なの|だ|や|か)?[?。\s]*$",
             r"\bwho (?:is (?:this|it) from|(?:is )?sen(?:t|ding) (?:this|these|it|me))\b", r"さぎ(?:です|じゃ|では|か|\?)", r"サギ", r"本物", r"ほんもの", r"なりすまし", r"成りすまし",
             r"(?:役所|市役所|区役所|役場|市|区)に(?:直接)?(?:確認|問い?合わせ)(?:して|を)?から", r"警察[^。!?]{0,8}(?:に|へ)(?:聞い|相談|確認|通報)",
             r"(?:念のため|一応)[^。!?]{0,12}(?:ホームページ|hp|サイト|役所|市)[^。!?]{0,6}(?:確認|問い?合わせ)(?:します|してみます|しておきます)",
             r"(?:迷惑電話|迷惑メール|詐欺)(?:の)?(?:口コミ|報告|情報|書き込み)",
             r"フィッシング", r"スパム", r"すぱむ", r"偽(?:物|者|サイト|メール|sms|の)", r"にせもの", r"怪しい", r"あやしい", r"(?:怪し|あやし)く(?:ない|ね)(?:です)?(?:か)?\?",
             r"(?:公式|正式|正規|本物)の?(?:番号|電話番号|アドレス|送信元)", _OFFICE_NUMBER_DOUBTED,
             # Whether the office reminds by SMS at all (市役所ってSMSで督促するんですか?).
             r"(?:役所|役場|市|区|町|村|税務課|納税課)(?:って|は|が|では|で|から)?[^。!?]{0,6}(?:sms|メール|ショートメール|携帯|メッセージ)(?:で|に)[^。!?]{0,6}?(?:督促|連絡|通知|請求|催促)(?:を|なんて|とか|まで)?(?:する|します|してくる|して(?:き|く)る|して(?:い|お)?る|されて(?:い)?る)(?:ん|の)?(?:です|でしょう)?(?:か|\?)", r"(?:役場|役所|市|区|町)の(?:番号|電話番号)と(?:違|ちが)",
             r"(?:どこ|どちら)の(?:もん|者|人|誰)(?:だ|や|じゃ|です)?(?:ね|か|\?)", r"(?:役場|役所|市|区|町|sms|メール)[^。]{0,10}(?:聞いたこと(?:が)?(?:ない|ありません|ねー|ない)|初耳|知らなかった|知りませんでした|存じ(?:上げ)?(?:ませんでした|なかった|ておりませんでした))",
             r"信用(?:でき|して)", r"信じ(?:られ|て(?:いい|大丈夫))", r"本当に(?!(?:私|わたし|僕|俺|自分|うち)の(?:分|税|請求|もの))(?!(?:払|支払|納め)わ(?:ない|なきゃ|なけれ))(?!\d)(?!(?:この|その)?金額).{0,20}(?:から|役所|市|区|町|村|税務|ですか|なの|\?)",
             r"(?:正式|公式)(?:な|の)?(?:もの|連絡|メール|メッセージ|sms|通知)?(?:ですか|でしょうか|なの|\?|か)",
             r"正規(?:に|の)[^。]{0,20}(?:でしょうか|ですか|\?)",
             r"(?:役所|市役所|区役所|税務課)(?:から|の)?(?:の)?(?:連絡|メール|メッセージ|sms)?(?:ですか|なの|\?)",
             r"迷惑(?:メール|sms)(?:ですか|\?|か)", r"本当(?:なの|ですか|か\?|\?)", r"^(?:ほんと|ほんとう|ホント|ほんま|ホンマ)(?:に)?(?:ですか|なの|なん|か)?\s?\?+$",
             r"(?:役所|市|区|町|村|税務課)(?:が|から)(?:こんな|sms|メール|メッセージ).{0,10}(?:送る|来る|くる)",
             r"\b(?:scam|fraud|phishing|fake|spam|legit|legitimate|genuine(?!ly)|spoof)", r"^sus\b|\bsus(?:picious)?[.!?]",
             r"(?:sms|ショートメール|メール)で(?:税金|税|督促)[^。!?]{0,8}(?:来る|くる|送って(?:くる|来る))(?:もん|もの)?(?:なの|なんですか|ですか|なん|\?)",
             r"(?:まだ|今も|やっぱり)疑って", r"সত্যিই|সত্যি কি",
             r"\b(?:city hall|the city|city offices?|tax offices?|the council|government|the ward) (?:doesn't|does not|wouldn't|would not|never|don't) (?:text|sms|message)",
             # A scam named in residents' other languages: Portuguese and Spanish (golpe, fraude,
             # estafa), Vietnamese (lừa đảo), Chinese (诈骗, 骗子), Tagalog (peke, manloloko).
             r"\b(?:golpe|fraude|estafa|peke|manloloko)\b", r"\bcomo sei que\b|\bme quieren robar\b|(?:\b(?:prefeitura|municipalidad|municipio|ayuntamiento)|市役所) (?:mesmo|de verdad)\b|(?:市役所|prefeitura) de verdad", r"lừa đảo|lua dao|诈骗|詐騙|骗局|騙局|骗子|骗人|是真的吗|是真的嗎",
             r"(?:公式|正式|本物|本当)の?(?:連絡|メール|メッセージ|sms)?か(?:どうか)?(?:確認|教え)",
             r"どこ(?:から|の)(?:の)?(?:連絡|メール|メッセージ|sms|番号)", r"is this (?:\w+ )?(?:real|genuine|legit|official)",
             r"is this (?:real|really|true|official|from)",
             r"\b(?:verify|check|confirm|know)\b.{0,30}\b(?:real|genuine|legit|legitimate|official|authentic)\b", r"who (?:is this|are you|sent this)",
             r"(?:is|are) (?:this|these|it) (?:a |an )?(?:real|genuine|legit|official|actual)", r"really from",
             # "I will check with the office myself": they doubt the message.
             r"(?:役所|役場|市|区|町|村|税務課|納税課|警察|消費(?:者|生活)センター)(?:に|へ)(?:直接|一度|いちど)?(?:確認|問い?合わせ|聞い|きい|確かめ|電話して(?:確認|確かめ|聞い|きい))(?:して|て|し)?(?:みます|みる|みよう|おきます|とく|ます(?!か)|る(?:ね|わ|$|。))",
             r"\b(?:check|verify|confirm) (?:it |this )?(?:with|by calling) (?:the )?(?:city|ward|town|tax|municipal)",
             r"\bcall (?:the )?(?:city|ward|town) (?:hall|office) (?:to|and) (?:check|verify|confirm|ask)",
             # Doubts in dialect and colloquial speech.
             r"(?:ほんま|ほんと|本真|まじ|マジ)(?:に|で)?.{0,12}(?:役所|役場|市|区|町|から)(?:から)?(?:なん|なの|か|け|やろ|だべ|ね)?(?:\?|か|け$|なん)",
             r"ほんま(?:かいな|かいや|か\?|なん\?)", r"ほんまもん|本まもん|ほんもん(?:か|やろ|なん|\?)", r"本当(?:だべ|け\?|かいな|なん\?|やろか)",
             r"うさんくさ|胡散臭|嘘くさ|うそくさ|怪しげ|あやしげ|あやしか|信用(?:ならん|でけへん|できん|でき(?:ない|ません))"),
         STRONG),
        (_rx(r"(?:どちら様|どちらさま|どなたですか|(?:誰|だれ)ですか)"), MEDIUM),
    ],
}
# Residents' other languages, beside English: the commonest ways to say each label in the
# languages of the largest foreign communities (Chinese and Korean, Vietnamese, Filipino,
# Portuguese and Spanish, Indonesian, Nepali in romaji, Thai). Not a translation of the rules
# above: the plain phrases a learner or a native speaker writes to a city office.
_OTHER_LANGUAGES: dict[str, list[str]] = {
    OPT_OUT: [
        r"그만\s?(?:좀\s?)?(?:보내|보내주|보내세요)|보내지\s?(?:마|말아|마세요|마십시오)|(?<!수신\s)(?<!수신)수신\s?거부(?!\s?(?:해제|취소))|문자\s?(?:그만|사절|거부)|연락\s?(?:하지\s?마|그만)",
        r"(?:문자|연락|메시지)\s?(?:하지|보내지)\s?마|(?:연락|문자)\s?안\s?(?:주셨으면|해\s?주셨으면|하셨으면|보내셨으면)",
        # Mongolian: I wish you would not send; Vietnamese: stop sending, not "don't stop".
        r"(?:илгээ|явуула)хгүй\s?(?:байх|байгаарай|байна уу)",
        r"\b(?:jangan|tolong jangan|mohon jangan|jgn) (?:lagi )?(?:kirim|mengirim|sms|hubungi|menghubungi)(?:2|-kirim)?\b|(?<!jangan )(?<!jgn )\bberhenti (?:kirim|mengirim)\b",
        # Indonesian: unsubscribe; not wanting these any more; my number off the list.
        r"\bberhenti berlangganan\b|\btidak (?:mau|ingin) (?:menerima|terima) (?:pesan|sms|pemberitahuan|notifikasi)\b|\bhapus nomor saya\b",
        # Korean: I'd rather you did not send; block receiving.
        # Notifications turned off (알림을 끄고 싶어요, 문자 알림 꺼 주세요).
        r"(?:알림|문자|메시지|통지)(?:을|를)?\s?(?:좀\s?)?(?:끄고\s?싶|꺼\s?(?:주|줘|주세요|주십시오)|끄(?:겠|고\s?싶|세요|어\s?주))",
        r"보내지\s?않(?:으셨으면|았으면|도록)|수신\s?차단(?!\s?(?:해제|취소))|연락\s?(?:주지|하지)\s?(?:않으셨으면|않았으면|마세요|마십시오|말아)",
        # Chinese: no more of these; my number off your list.
        r"不想再收到|不要再(?:发|發|传|傳|寄)|别再(?:发|發)|別再(?:发|發)|不用再(?:发|發)|(?:号码|號碼)[^。!?]{0,12}(?:删|刪)(?:掉|除)|退订(?!.*取消)|(?<!取消)退訂",
        # Vietnamese, with or without its marks: unsubscribe, block, no need to send, my number off.
        r"h[uủ]y đăng k[yý](?! từ tháng)|\bhuy dang ky\b(?! tu thang)|chặn tin nhắn|\bchan tin nhan\b|(?:không|khong|ko) cần gửi nữa|\b(?:khong|ko) can gui nua\b|xóa số|\bxoa so\b",
        # Thai: cancel receiving messages; Spanish: BAJA; Nepali: I don't want these, stop them.
        r"ยกเลิก(?:การ)?รับ(?:ข้อความ|sms|เอสเอ็มเอส)?",
        r"đừng spam|\bdung spam\b|咪再(?:發|发|send|傳|传)|唔使再(?:發|发|send|傳|传)|唔駛再(?:發|发|send)|එවීම නවත්වන්න|එවන එක නවත්වන්න",
        r"\bpathab(?:en|e) na\b|\b(?:paki-?alis|pa-?remove|paki-?remove|pa-?alis)\b[^.!?]{0,30}\b(?:number|numero)\b|\bayoko na(?:ng)? (?:makatanggap|tumanggap)\b|\bhindi ko na (?:po )?kailangan (?:ang|yung) (?:mga )?(?:paalala|text)",
        r"\bremov(?:er|am|a|e) (?:o )?meu n[úu]mero\b",
        r"\bcancelar (?:as |essas )?(?:mensagens|msgs|sms)\b|\bdescadastr\w*|\bchega de (?:sms|mensage\w*|msgs?)\b|\btir(?:a|e|em) (?:o )?meu n[úu]mero\b|\bpar(?:e|em|a) com (?:essas|estas|as) (?:mensagens|msgs|sms)\b",
        # Bengali: off your list; Kyrgyz: don't send SMS; Uzbek in Cyrillic: turn the messages
        # off; Mongolian and Burmese in Latin letters: don't write, don't send. (One script a
        # string: a string is tried only on replies that could hold its script.)
        r"(?:লিস্ট|তালিকা) থেকে (?:বাদ|সরিয়ে) দিন", r"(?:смс|sms|билдирүү|кабар)\s?(?:жибербеңиз|жибербегиле|жибербе)[\u0400-\u04ff]*",
        r"(?:хабар|смс|sms)[^.!?]{0,30}ўчириб қўйинг", r"\bxabar[^.!?]{0,30}o'chirib qo'ying|\bbitgii (?:bich|yavuul|ilgee)\w*|\bma (?:po|poh|pot) (?:par|pa) (?:nae|nay|neh)\b",
        r"^(?:baja|sair)[.!]*$|\bdar(?:me)? de baja\b",
        r"पाउन चाहन्न|पाउन चाहँदिन|रोक्नुहोस्|रोक्नुस्|बन्द गर्नुहोस्",
        # Tagalog: enough texts, block my number, I don't want SMS any more.
        r"\btama na(?: po)?(?: ang| yung| sa)? (?:text|sms|mensahe|pag-?text)|\bayoko na (?:ng|sa|po ng) (?:text|sms)|\bpa-?block\b",
        r"\btigilan (?:nyo|niyo|ninyo)? ?(?:na )?(?:po )?ako\b|\bpakihinto\b|\bhinto(?:in)? na (?:po )?(?:ang|yung) (?:pag-?)?(?:text|padala|pagpapadala)|\bblock (?:nyo|niyo|ninyo) na\b|\bayaw (?:ko|kong) na (?:makatanggap|ng text)",
        # Cebuano: don't text me any more (ayaw na ko i-text).
        r"\bayaw na (?:ko|ako|mi|kami) (?:i-?text|padal-?i|i-?send|txt-?i)\b",
        r"\bpara de (?:me )?(?:mandar|enviar)\b|\bya basta (?:con|de) (?:los |tus |sus )?(?:mensajes|sms|avisos)",
        r"(?:號碼|号码)[^。!?]{0,12}移除|唔好再|(?:message|sms|msg) pathauna banda|\bpathauna banda\b",
        # Portuguese and Spanish, informal too: send no more, take me off the list.
        r"\bn[aã]o (?:me )?(?:manda|mande|mandem|envia|envie|enviem) mais\b|\bme tir(?:a|e|em) (?:dessa|desta|da) lista\b",
        r"\belim[ií]n(?:e|en)me\b|\b(?:s[áa]quen|qu[ií]ten)(?:me)? de (?:la|su|esta) lista\b",
        # Chinese: no need any more, please do not send, stop sending, I don't need these.
        r"不必再|不用再|請勿再|请勿再|(?<!不要)(?<!别)(?<!別)停止(?:发送|發送|传送|傳送|寄送)|不需要(?:这些|這些|此类|此類)?(?:短信|簡訊|提醒|通知|讯息|訊息)|請幫我取消|请帮我取消",
        r"ไม่ต้องส่ง|(?<!ไม่ต้อง)(?<!อย่า)หยุดส่ง|อย่าส่ง|เลิกส่ง",
        # Nepali in Latin letters, Cebuano and Indonesian (yo sms band garnus; Ayaw na pag text
        # diri; Mohon untuk tidak mengirimkan pemberitahuan lagi ke nomor ini).
        r"\b(?:sms|message|mesej|msg)(?: haru)? (?:band|banda|rok) (?:garnus|garnuhos|gara|gardinus|garnu)\b|\bayaw (?:na )?(?:(?:pag|mag)[- ]?)?(?:text|padala|message)\b",
        r"\b(?:untuk )?tidak (?:usah |perlu )?(?:mengirim|mengirimkan|kirim)\b[^.!?]{0,40}\blagi\b",
        r"\bya no (?:deseo|quiero) recibir (?:notificaciones|mensajes|sms|avisos|recordatorios)\b",
        # Tagalog: stop the texting (tigilan nyo na ang pagte-text).
        r"\btigilan (?:nyo|niyo|ninyo|mo)(?: na)?(?: po)? (?:ang |na )?(?:pag-?te-?text|pagtext|pagpapadala|pag-?message|pagme-?message)\b|\bwag (?:na )?(?:kayong |po )?(?:mag-?text|magpadala)\b",
        r"đừng (?:gửi|nhắn)|(?<!đừng )ngừng (?:gửi|nhắn)|không (?:muốn )?nhận (?:tin|sms)|\b(?:dung|ngung) (?:gui|nhan tin)\b",
        # Not sending any more to this number, asked politely (Xin vui lòng không gửi thông báo đến số này nữa ạ).
        r"(?<!vẫn )không (?:gửi|nhắn|gởi)[^.!?]{0,30}?nữa(?![a-zà-ɏḀ-ỿ])|\b(?<!van )khong (?:gui|nhan)[^.!?]{0,30}?nua\b",
        r"\bno (?:me )?(?:env[ií]e|env[ií]en|mande|manden|escriba|escriban)\b|\bdej(?:e|en|a) de (?:enviar|mandar|escribir|molestar|fregar)",
        r"\bn[aã]o (?:me )?(?:envie|enviem|mande|mandem)\b|\bpar(?:e|em) de (?:me |nos )?(?:enviar|mandar)",
        r"\b(?:huwag|wag) (?:(?:na|po|nyo|niyo|ninyo|kayo|kayong|nyong|ninyong|nang|ako|akong|ko) )*(?:(?:mag-?)?text|(?:mag)?padala|(?:mag-?)?send|i-?text)|\btigil(?:an)? (?:na )?(?:ang )?(?:pag-?)?(?:text|padala)",
        r"\b(?:sms|message|msg)\b[^.!?]{0,12}\baauna nadinu\w*|\b(?:sms|message|msg) (?:chai na|lagbe na|dorkar nai|dorkar nei)\b", r"\b(?:sms|message|msg) (?:na )?(?:pathaunu|pathaunus|napathau(?:nu|nus|nuhos)?)\b|\bnapathaunu|\baba (?:sms |message |msg )?napathau\b",
        r"\bpakitigil\b",
        # Nepali, Mongolian, Bengali, Sinhala and Burmese: don't send (नपठाउनुहोस्, битгий явуул,
        # পাঠাবেন না, එවන්න එපා, မပို့ပါနဲ့).
        r"नपठाउ|पठाउन बन्द|म्यासेज बन्द|битгий (?:явуул|илгээ|бич)|(?:явуулахаа|илгээхээ) боль|পাঠাবেন না|পাঠাবে না|মেসেজ বন্ধ|এসএমএস বন্ধ",
        r"එවන්න එපා|එවන්නෙපා|මැසේජ් එපා|မပို့ပါနဲ့|မပို့နဲ့|ပို့တာရပ်",
        r"\bn[aã]o quero (?:mais )?receber|\bcancelar (?:o recebimento|o envio|as mensagens|os sms)|\bparar de receber|\bno quiero (?:recibir|más|mas)\b|\bkhông muốn nhận",
    ],
    PAYMENT_PROMISE: [
        # Chinese words only (一定, 会去, 之前…), and not 交付 or 交通, which are Japanese too.
        r"(?:一定|会去|會去|要去|打算|准备|之前)[^。!?]{0,8}(?:交(?!付|通|換|渉|流|際|代|番|差)|缴|繳|付款|支付|还钱|還錢|还款|還款)",
        r"낼게|낼께|내겠|납부하겠|납부할게|지불하겠|지불할게|입금하겠|입금할게|갚을게|낼\s?거예요|낼\s?겁니다",
        r"(?<!no )\b(?:pagar[ée]|voy a pagar|vamos a pagar|lo pago|la pago|pago (?:el|ma[ñn]ana|hoy|este|esta|la))(?![a-z])",
        r"(?<!n[ãa]o )\b(?:vou pagar|vamos pagar|pagarei|pago (?:amanh[ãa]|hoje|dia|na|no))(?![a-z])",
        r"sẽ (?:đi )?(?:đóng|trả|nộp|thanh toán|chuyển)",
        r"\b(?:magbabayad|babayaran|babayad)\b",
        r"\bvou (?:efetuar|efectuar|fazer|realizar) o pagamento\b",
        r"(?<!tidak )(?<!nggak )(?<!gak )(?<!ga )(?<!tak )\b(?:akan|mau) (?:saya )?(?:bayar|transfer|melunasi)\b",
        r"จะ(?:ไป)?(?:จ่าย|ชำระ)",
        r"\b(?:tirchh?u|tirxu|tirnechh?u|tirnexu|tirne chh?u|tiri dinchh?u|tiri dinxu)\b",
        # Set 193: Nepali, finished paying to come (तिरिसक्छु); Cebuano (bayran nako, mobayad ko,
        # sunod semana nalang ko mobayad); Indonesian pays off (pasti saya lunasi); Thai, when
        # then paying or transferring (อาทิตย์หน้าจ่าย, วันศุกร์หน้าจะโอนให้, จะรีบไปจ่าย).
        r"तिरिसक्छु|तिर्दिन्छु|तिरिदिन्छु",
        r"\b(?:bayran|bayaran) (?:nako|nato|namo)\b|(?<!dili )\b(?:mo|mu)bayad (?:ko|ako|mi|kami)\b|(?<!dili )\bko (?:mo|mu)bayad\b|\b(?:saya |aku |sy )?(?:lunasi|lunaskan|melunasi)\b",
        r"(?:หน้า|นี้|พรุ่งนี้|วันนี้|สิ้นเดือน(?:นี้)?)\s?(?:จะ)?(?:รีบ)?(?:ไป)?(?:จ่าย|ชำระ|โอน)|จะ(?:รีบ)?(?:ไป)?(?:จ่าย|ชำระ|โอน)|โอนให้",
        # Nepali, Burmese, Mongolian, Bengali and Sinhala: I will pay.
        r"तिर्छु|तिर्नेछु|तिरिदिन्छु|बुझाउँछु|ပေးပါမယ်|ပေးမယ်|သွင်းပါမယ်|төлнө|төлье|төлөх болно|দিয়ে দেব|দিয়ে দেবো|পরিশোধ করব|জমা দেব|ගෙවන්නම්|ගෙවනවා",
        # Chinese: I go and pay (我去交); Vietnamese without sẽ (thứ Sáu em đi đóng).
        r"我(?:会|會|要|就)?去(?:交(?!付|通|換)|缴|繳|付款|支付)",
        r"(?<![a-zà-ɏḀ-ỿ])(?:em|tôi|mình|anh|chị|con) (?:sẽ )?(?:đi )?(?:đóng|trả|nộp|thanh toán)(?! rồi)(?![a-zà-ɏḀ-ỿ])",
        # A when, then paying (下周五交, 15号交税, 這個月底會繳; Saya bayar lusa).
        (r"(?:明天|后天|後天|下(?:个|個)?月|下(?:个|個)?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]?|(?:星期|礼拜|禮拜)[一二三四五六日天]|\d{1,2}\s?[号號]|月底|这个月|這個月|本月)[^。!?,，]{0,6}?"
         r"(?:会|會|要|再|就)?(?:交(?!付|通|換|渉|流|際|代|番|差)|缴|繳|付款|支付)"),
        r"\b(?:saya |aku |sy )?(?:bayar|transfer)(?: (?:besok|lusa|hari ini|minggu (?:depan|ini)|bulan (?:ini|depan)|akhir bulan|nanti|tanggal|tgl))",
        # Saya bayar, said after its when (Minggu depan saya bayar; gajian nanti saya bayar ya).
        r"\b(?:saya|aku|kami) (?:akan |mau )?bayar\b|\bbayar (?:ya|yah|deh|nanti)\b", r"\buntuk (?:bayar|membayar)\b", r"টাকা দেব|টাকা দিব|দিয়ে দেব|দিয়ে দিব|দেব(?!\S)",
        r"\bpara (?:magbayad|bayaran)\b|\bbayaran ko\b", r"去(?!年)[^。!?，,]{0,6}(?:交(?!付|通|換)|缴|繳)",
        r"(?<![a-zà-ɏḀ-ỿ])(?:em|toi|minh|anh|chi) (?:se )?(?:di )?(?:dong|tra|nop)(?! roi)(?![a-zà-ɏḀ-ỿ])",
        r"[一二三四五六七八九十两\d]+\s?天(?:后|後|之后|之後)[^。!?,，]{0,4}(?:去)?(?:交(?!付|通)|缴|繳|付款|支付)",
        # Vietnamese without its marks (toi se dong tien), and "to pay" after a visit (để nộp tiền).
        r"\bse (?:di )?(?:dong|tra|nop)\b|để (?:nộp|đóng|trả)|\bde (?:nop|dong|tra) tien\b",
        # Portuguese and Spanish: to pay, after going somewhere (Vou passar na prefeitura amanhã pra pagar).
        r"\b(?:pra|para) pagar\b", r"(?<!el )(?<!o )\bpago (?:na|no|em|en|at[ée]|hasta|semana|m[eê]s|el|este|esta|la|ma[ñn]ana|hoy|hoje|pr[óo]xim)",
        r"(?<![a-z])(?<!el )(?<!o )(?<!un )(?<!del )(?<!al )(?<!no )(?<!nao )(?<!não )(?<!ya )(?<!ja )(?<!já )(?<!de )(?<!mi )(?<!su )(?<!tu )(?<!meu )(?<!seu )(?:eu |yo |te |le |lo |la |e |y )?pago(?=$|[ ,.!]|\s(?:tudo|todo|sin|sem|hoje|hoy|amanh|ma[ñn]ana|el|la|no|na|en|em)\b)",
        r"\bfa[çc]o o (?:振込|pagamento\b|dep[óo]sito\b)|\b(?:voy|vou|vamos|me acerco|paso|passo)\b[^.!?]{0,30}\ba pagar\b|(?<!el )(?<!un )(?<!o )\bdeposito\b(?! de| del| do)",
        r"\b(?:hoy|ma[ñn]ana|hoje|amanh[ãa]|ese d[ií]a|ese mismo d[ií]a|el mismo d[ií]a|no mesmo dia)(?: mismo| mesmo)? (?:te |lo |la )?pago\b|\bpago tudo\b|\bprometo (?:pagar|que pago)\b|\bpago tudo,? prometo\b",
        # Chinese: at once (工资发了马上交).
        r"(?:马上|立刻|立即)(?:去)?(?:交(?!付|通|換)|缴|繳|付款|支付)",
        # Set 191: will pay as soon as possible (会尽快缴纳的), will handle it (會處理好), will
        # remit or pay off on a day (二十八號匯款, 年底前一定繳清, 月底前转账).
        r"(?:会|會|将|將)(?:尽快|儘快|盡快|马上|馬上|按时|按時)?(?:去)?(?:缴纳|繳納|缴|繳|交(?!付|通|換|渉|流|際|代|番|差)|付款|支付|汇款|匯款|转账|轉帳|处理|處理|还清|還清)",
        r"(?:[号號]|前|内|內|底|天|周[一二三四五六日天]|星期[一二三四五六日天])[^。!?，,]{0,4}(?:汇款|匯款|转账|轉帳|缴清|繳清|付清|还清|還清)",
        # Korean: will transfer or remit (25일에 이체하겠습니다, 송금할게요).
        r"이체\s?(?:하겠|할게|할께|해\s?드릴게|할\s?거예요|할\s?겁니다)|송금\s?(?:하겠|할게|할께|할\s?거예요)",
        # Vietnamese: a transfer promised, and em written e (3 ngay nua em chuyen khoan; thu 2 tuan sau e dong nha).
        r"(?<![a-zà-ɏḀ-ỿ])(?:em|e|tôi|toi|mình|minh|anh|chị|chi|con) (?:sẽ |se )?(?:đi |di )?(?:chuyển khoản|chuyen khoan|đóng|dong|trả|tra|nộp|nop)(?! roi| rồi)(?![a-zà-ɏḀ-ỿ])",
    ],
    ALREADY_PAID: [
        r"이미\s?(?:냈|납부|지불|입금|결제)|(?:납부|지불|입금|결제)\s?(?:했|완료)|(?<!보)냈어요|(?<!보)냈습니다",
        r"\bda (?:chuyen khoan|tra|nop|dong)\b",
        r"\b(?:sudah|udah|sdh) (?:saya )?(?:bayar|dibayar|lunas|transfer|ditransfer)\b|\blunas\b",
        r"\bya (?:lo |la )?(?:pagu[ée]|pag[óo]|pagamos|hice el pago)(?![a-z])",
        r"\bya (?:deje|dej[ée]) pagado\b|\bya est[áa] pagado\b|\bcancel[ée] (?:la|mi) deuda\b|\bquitei\b|\b(?:ele|ela|minha mulher|meu marido|mi esposo|mi esposa) pag(?:ou|[óo])(?![a-z])",
        r"\bj[aá] (?:paguei|pagou|pagamos|foi pago)\b|\bpaguei\b|\bpagu[ée](?![a-z0-9_])(?! (?:ma[ñn]ana|el|la))",
        # Set 203: paid, in Europe's and Africa's Portuguese (Já efectuei o pagamento), and Latin
        # America's "está pago".
        r"\b(?:j[áa] )?(?:efetuei|efectuei|realizei|fiz) o pagamento\b|\bya est[áa] pago\b",
        r"\b(?:o )?pagamento (?:j[áa] )?(?:foi|tinha sido|havia sido) (?:feito|realizado|efetuado)\b|\bj[áa] (?:tinha|havia) pag",
        r"đã (?:trả(?! ?l[ờo]i)|thanh toán|nộp|chuyển khoản|đóng)(?![a-z0-9_])|chuyển khoản xong|\bchuyen khoan xong\b",
        r"\b(?:bayad na|nakabayad na|nagbayad na|nabayaran)\b",
        r"(?:已经|已經|已)[^。!?，,]{0,8}(?:交(?!付|通|換)|缴|繳|付(?!与)|支付|还|還(?!付)|转账|轉帳|汇款|匯款)(?:了|过|過|清)?",
        # Paid, done with (前天交完了, 交过了), or paid at a place on a day (7月3號就在7-11繳了).
        r"(?:交(?!付|通|換)|缴|繳|付|还|還)(?:完|好|清|过|過)了|就?在[^。!?，,]{1,10}(?:繳|缴|交(?!付|通|換)|付款|付|汇款|匯款)了",
        # Korean: transferred (지난주에 계좌이체 했는데요).
        r"(?:계좌)?이체\s?(?:했|완료|하였)|송금\s?(?:했|완료|하였)",
        r"(?:đóng|trả|nộp|thanh toán) rồi|\b(?:dong|tra|nop|chuyen khoan|thanh toan) roi\b|振込 ?(?:rồi|roi)\b",
        r"(?:จ่าย|ชำระ)(?:เงิน)?(?:ไป)?แล้ว",
        r"\btiri ?sake|\btireko (?:chu|cha)\b|\btir(?:yo|eko|esakyo|isakyo|isakeko)\b",
        # Set 193: Nepali have paid (तिरेको छु); Thai transferred or paid in full (โอนไปแล้ว,
        # ชำระเรียบร้อยแล้ว).
        r"तिरेको छु|तिरेको छ|तिरिसकेको",
        r"โอน(?:เงิน)?(?:ไป)?แล้ว|(?:จ่าย|ชำระ)(?:เงิน)?(?:ไป)?เรียบร้อย(?:แล้ว)?",
        r"振込\s?गरिसक", r"तिरिसके|तिरेँ|तिरें|ပေးပြီးပါပြီ|ပေးပြီးပြီ|төлчихсөн|төлсөн|দিয়েছি|পরিশোধ করেছি|ගෙව්වා|ගෙවලා",
    ],
    WRONG_NUMBER: [
        r"번호\s?(?:잘못|틀렸)|잘못\s?(?:보내|온|거신)|그런\s?사람\s?(?:없|몰라|모릅)|그\s?사람\s?(?:몰라|모릅|아닙|아니)",
        r"\bsalah (?:sambung|nomor|orang|kirim)\b|\bbukan (?:nomor )?(?:saya|orang itu|nomor saya|nomornya)\b|\bbaru beli (?:nomor|kartu|sim)\b",
        # I am not Budi; this number was once a coworker's (Indonesian, Portuguese, Korean).
        r"\bsaya bukan (?!orang yang)[a-z]+\b|\bnomor ini (?:dulu|dulunya|sebelumnya) (?:punya|milik)\b",
        r"\bn[aã]o sou (?:eu\b|o |a )|\b(?:esse|este) n[úu]mero (?:era|pertencia) d[oae]\b",
        r"저는\s?\S{1,6}(?:가|이)\s?아니(?:에요|예요|야|ㅂ니다)|이\s?번호\s?(?:전에|원래|예전에)[^.?!]{0,12}(?:거였|것이었|쓰던)",
        # Portuguese and Spanish, without their accents too: I know no one of that name; it
        # must be a mistake; the number is mine now; I am not Mrs X.
        r"\bn[ãa]o conhe[çc]o (?:ningu[ée]m|esse|essa|ele|ela)\b|\bdeve ser engano\b|\berr(?:ou|aram) de (?:pessoa|n[úu]mero)\b|\bmeu nome n[ãa]o [ée](?![a-z])|\bo (?:n[úu]mero|chip) agora [ée] meu\b|\bagora o (?:chip|n[úu]mero|cel|celular) [ée] meu\b|\b(?:esse|este) (?:cel|celular|chip) era d[oa]\b",
        r"\bno conozco a (?:ning[uú]n|nadie|esa|ese)\b|\bno soy (?:el|la) (?:se[ñn]or|se[ñn]ora|sr|sra)(?![a-z])|\baqu[ií] no (?:trabaja|vive) (?:ning[uú]n|nadie)\b|\bes (?:un )?error de ustedes\b",
        r"\bn[úu]mero (?:equivocado|errado)\b|\bpessoa errada\b|\bse equivoc|\b(?:mandaram|enviaram|mandou|enviou)[^.!?]{0,12}\berrad[oa]\b|\b(?:esse|este) n[úu]mero n[ãa]o [ée] d[oae]\b",
        # Thai: sent to the wrong number, to the wrong person; I don't know this person.
        r"ผิดเบอร์|ส่งผิดคน|ผิดคน|ไม่รู้จัก(?:คนนี้|ชื่อนี้|คนชื่อ|เขา)|(?:ผม|ฉัน|ดิฉัน|หนู)ไม่ใช่คุณ|เบอร์นี้เพิ่ง(?:ได้|ซื้อ|เปลี่ยน)",
        r"nhầm số|sai số|nhầm người|\bnham so\b",
        # Nepali, Kyrgyz and Uzbek: I am not that person, not X; you wrote to the wrong number.
        r"नम्बर [^।]{0,12}होइन|गलत मान्छे", r"\bma tyo (?:manche|manchhe|byakti) hoina\b|\bmen [a-z]+ emesmin\b|\btuura emes nomer|\bmen [a-z']+ emasman\b",
        r"мен ал киши эмесмин|мен [\u0400-\u04ff]+ эмасман|адашдингиз",
        r"\bmaling (?:numero|number|tao)\b|\bhindi (?:po )?ako si\b|\bmali (?:po )?ang (?:number|numero)\b",
        r"(?:số này|số điện thoại này|sđt này|số máy này) (?:không phải|ko phải|k phải) (?:của|là)|mới mua sim",
        r"我不是(?:这个|這個|那个|那個|这|這)?人|(?:发|發|打)(?:错|錯)|(?:号码|號碼)(?:错|錯)",
        # Set 191: I don't know this person (不认识这个人); this is not Mr Chen's phone; the number's
        # owner changed, I don't know them (이 번호 주인 바뀌었어요, 모르는 사람이에요); Vietnamese.
        r"不认识(?:这个|此|那个)?人|不認識(?:這個|此|那個)人|不认识他|(?:这|這)不是[^。!?，,]{1,8}的(?:电话|電話|手机|手機|号码|號碼)",
        r"(?:번호|전화)\s?(?:주인|명의)(?:이|가)?\s?바뀌|모르는\s?(?:사람|분)",
        r"không biết (?:người này|ai|người tên|chị|anh)|\bkhong biet (?:nguoi nay|ai|nguoi ten)\b",
    ],
    AUTHENTICITY_CHECK: [
        r"사기|스미싱|보이스\s?피싱|피싱|진짜\s?(?:시청|구청|시에서|맞)",
        r"\b(?:penipuan|tipuan|palsu)\b",
        # A doubt asked with the regions' "isn't it" (市役所からで間違いないずら?; set 209).
        r"(?:市役所|区役所|役所|役場|市|区|町|村)(?:から|の)(?:で|の)?(?:間違い|まちがい)(?:ない|ありません)(?:ずら|だら|やろ|じゃろ|だべ|よね|ですよね|でしょうか|ですか)",
        # Tagalog and Cebuano: is this true? a scam? (Totoo ba to?)
        r"\btotoo ba(?: (?:ito|to|yan|iyan|ito po))?\b|\bscam ba\b|\btinuod ba (?:ni|kini)\b",
        # Indonesian and Malay: really from the city office? is this official?
        r"\b(?:beneran|benar|betul|asli|sungguh|bener) (?:dari|dr) (?:kantor|pemkot|pemerintah|balai|kota|kecamatan|kelurahan|city|shiyakusho)\b|\b(?:ini|apakah ini|apa ini) (?:asli|resmi|beneran|bener)\b",
        r"หลอกลวง|มิจฉาชีพ|จริงไหม|จริงหรือเปล่า|จริงรึเปล่า|साँच्चै|ठगी",
        # Set 191: really sent by the city office? how do I know you are the government?
        r"真的是(?:市役所|区役所|區役所|政府|市政府|市里|市裡|税务|稅務)|(?:怎么|怎麼|如何)(?:证明|證明)",
        r"có (?:thật|phải) là (?:từ )?(?:tòa thị chính|ủy ban|cơ quan|thành phố|chính quyền)",
        r"\bco (?:that|phai) la (?:tu )?(?:toa thi chinh|uy ban|co quan|thanh pho|chinh quyen)\b",
    ],
    CONSULTATION_REQUEST: [
        r"분할|나눠서\s?(?:내|납부)|할부|돈이\s?없", r"너무\s?많|금액이\s?(?:맞나|이상|틀)",
        r"(?:没有|沒有|没|沒)(?:收到|拿到)", r"\btirna sakdaina\b|\btirna sakdina\b|\bsamaya dinus\b",
        r"\b(?:cicil|dicicil|mencicil|angsur|diangsur)\b|\b(?:tidak|belum) (?:punya uang|ada uang|bisa bayar)\b",
        r"\bpagar en (?:partes|cuotas|plazos)\b|\ba plazos\b|\ben cuotas\b|\bno tengo (?:dinero|plata)\b|\bno puedo pagar\b",
        r"\bno (?:voy a|vamos a|pienso|pensamos) pagar\b|\b(?:lo |la )?(?:puedo|podemos|podr[íi]a) pagar\b[^.!?]{0,30}\?",
        r"\bme lig(?:a|ue|uem)\b|\bll[áa]m(?:enme|ame)\b|\balgu[ée]m que fal[ae] portugu[eê]s\b|\balguien que hable espa[ñn]ol\b",
        r"\bparcelar\b|\bem parcelas\b|\bn[aã]o tenho dinheiro\b|\bn[aã]o (?:posso|consigo) pagar\b",
        r"trả góp|không có tiền|chưa (?:có tiền|trả được)",
        r"\bhulugan\b|\bwalang pera\b",
        # Set 193: call me, I don't speak Japanese; no letter came, where to pay; I won't pay, your
        # count is wrong (Cebuano); the amount differs, I won't pay, too expensive (Indonesian);
        # call back (Thai).
        r"\bpakitawagan\b|\btawagan (?:nyo|niyo|ninyo|mo) (?:na lang )?(?:po )?ako\b|\bhindi (?:po )?ako marunong\b|\bwala (?:po )?akong natanggap\b|\bsaan (?:po )?(?:ba )?(?:dapat )?(?:mag)?bayad\b",
        r"\bdili (?:ko|ako) (?:mo|mu)?bayad\b|\bsayop (?:ang|man|ni|inyong|ninyong)\b|\bhindi (?:po )?ako magbabayad\b",
        r"\bjumlah(?:nya)? (?:kok )?(?:beda|salah|tidak sama|terlalu)\b|\b(?:tidak|nggak|gak|ga) (?:akan |mau )?bayar\b|\bterlalu mahal\b|\bkemahalan\b",
        r"โทรกลับ|โทรหา(?:ผม|ฉัน|หนู|ดิฉัน)",
        r"ผ่อน|ไม่ได้รับ|ทำยังไง|ทำอย่างไร|ไม่มีเงิน|จ่ายไม่ได้|ชำระไม่ได้|ขอเลื่อน",
        r"बुझिएन|बुझ्न सकिन|फोन गर्नुहोस्|किस्ता|पैसा छैन|तिर्न सक्दिन",
        r"ငွေမရှိ|ခွဲပေး|အရစ်ကျ|තේරෙන්නේ නැ|කතා කරන්න|සල්ලි නැ|වාරික",
        r"мөнгө байхгүй|орлого байхгүй|хөнгөлөлт|хувааж төл|ойлгохгүй|টাকা নেই|কিস্তি|বুঝতে পারছি না|ফোন করুন",
        r"기다려\s?주", r"못\s?(?:내|냅|갚)", r"전화\s?(?:부탁|주세요|주십시오|주실|해\s?주(?:세요|십시오|시면))|직원(?:분)?\s?(?:계시|있으|연결)", r"(?<![a-zà-ɏḀ-ỿ])có thể[^.?]{0,40}không|về nước", r"\bn[ãa]o vou pagar\b",
        r"\bpulang ke (?:indonesia|negara|kampung)|\b(?:bagaimana|gimana)\b",
        r"muốn hỏi|\bmuon hoi\b|được không|\bduoc khong\b", r"sao vẫn|sao còn phải|tại sao|vì sao|\bsao van\b|\bsao con phai\b|\btai sao\b", r"\bpwede (?:po )?ba\b", r"\bphone (?:garnus|garnuhos|gardinus)\b", r"\btelepon saya\b|\bhubungi saya\b|\bminta (?:di)?telepon\b", r"\bhindi (?:ko )?(?:po )?(?:muna )?kaya(?:ng)? (?:magbayad|bayaran)\b|\bhindi (?:pa )?(?:po )?(?:ako )?makaka-?bayad\b",
        r"(?:내야|납부해야)\s?(?:하나요|합니까|돼요|되나요)", r"是怎么回事|怎么回事|怎麼回事|为什么|為什麼",
        # Set 191: may I pay later? (下个月付可以吗); no money, can't afford it (现在没钱，交不起); in two
        # parts?; call me, someone who speaks Chinese; I won't pay; the bill never came (고지서를
        # 못 받았어요); the amount is wrong (Số tiền sai rồi).
        r"(?:付|交|缴|繳|还|還|分)[^。!?，,]{0,6}(?:可以吗|可以嗎|行吗|行嗎|好吗|好嗎)|能(?:不能)?分(?:两|兩|几|幾|\d)?次|没钱|沒錢|(?:交|付|还|還|缴|繳)不(?:起|出|了)",
        r"(?:给我|給我)打(?:个|個)?(?:电话|電話)|打(?:个|個)?(?:电话|電話)(?:给我|給我)|(?:会|會)(?:说|說)中文的人|我不(?:交|缴|繳|付)",
        r"(?:고지서|납부서|통지서|우편물?)(?:를|을|가|이)?\s?(?:아직\s?)?(?:못|안)\s?받",
        r"số tiền (?:sai|không đúng|nhiều quá|cao quá|không hợp lý)|\bso tien (?:sai|khong dung|nhieu qua|cao qua)\b",
        r"яагаад|ගෙවන්න බැහැ|ගෙවන්න බෑ|ගෙවන්න බැරි", r"어떻게\s?(?:해야|하면|하나요)", r"ทำไม|ไม่เคยได้รับ",
    ],
}
# Residents' other languages are tried only on replies that could hold them: phrases in a script
# of their own (Cyrillic, Arabic, Devanagari, Thai, Hangul…) only where a letter of such a script
# is, and those in Latin letters only where at least a third of the letters are Latin. Hundreds of
# phrases tried at every position of every Japanese reply cost more than all the Japanese rules.
# Chinese phrases, and any that mix scripts, stay behind their factor check alone.
_SCRIPTS = "\u1200-\u137f\u0400-\u04ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3130-\u318f\uac00-\ud7a3"
_OWN_SCRIPT = re.compile(f"[{_SCRIPTS}]")
_LATIN_LETTER = re.compile(r"[a-zà-ɏḀ-ỿ]")
_OTHER_LETTER = re.compile(f"[\u3040-\u30ff\u3400-\u9fff{_SCRIPTS}]")


def _script(pattern: str) -> str:
    """Which letters ``pattern`` holds: "own" (a script of its own, perhaps with Latin words such
    as sms beside it), "latin" (Latin only), or "mixed" (Chinese or kana in it)."""
    letters = re.sub(r"\\(?:u[0-9a-f]{4}|x[0-9a-f]{2}|.)", "", pattern)  # escapes (\b, \u0600) are no letters
    others = "".join(_OTHER_LETTER.findall(letters))
    if not others:
        return "latin" if _LATIN_LETTER.search(letters) else "mixed"
    return "own" if not _OWN_SCRIPT.sub("", others) else "mixed"


def mostly_latin(text: str) -> bool:
    """Whether a third or more of ``text``'s letters are Latin ones."""
    latin = len(_LATIN_LETTER.findall(text))
    return latin > 0 and latin * 2 >= len(_OTHER_LETTER.findall(text))


_GATES = {"own": _OWN_SCRIPT.search, "latin": mostly_latin}
_GATED: dict[str, list[tuple[Searcher, float]]] = {label: [] for label in _OTHER_LANGUAGES}
for _label, _patterns in _OTHER_LANGUAGES.items():
    # With the further languages of replies.abroad (Russian to Swahili), in the form the
    # replies are read in (NFKC: Thai's ำ is two characters there).
    _patterns = [unicodedata.normalize("NFKC", p)
                 for p in _patterns + [p for phrases in PHRASES.values() for p in phrases.get(_label, [])]]
    _by_script: dict[str, list[str]] = {}
    for _p in _patterns:
        _by_script.setdefault(_script(_p), []).append(_p)
    if "mixed" in _by_script:
        _RULES[_label].append((_rx(*_by_script["mixed"]), STRONG))
    for _kind, _gate in _GATES.items():
        if _kind in _by_script:
            _GATED[_label].append((Gated(prefiltered(_rx(*_by_script[_kind])), _gate), STRONG))

# The large rules run only on text holding one of the words they need (replies.prefilter).
PATTERNS: dict[str, list[tuple[Searcher, float]]] = {
    label: [(prefiltered(pattern), weight) for pattern, weight in rules] + _GATED.get(label, [])
    for label, rules in _RULES.items()}

OFFICE_NUMBER_DOUBTED = _rx(_OFFICE_NUMBER_DOUBTED)
WILL_HAVE_PAID = _rx(_WILL_HAVE_PAID, _PAID_BY_THEN)
COUNTERFACTUAL_PAID = _rx(_COUNTERFACTUAL_PAID)
# Paper declined and our messages wanted instead (紙の督促状はもう郵送しないでください。SMSだけで
# 十分です, 郵送はやめてSMSにして): both must be said. How to be reached is then a request of staff,
# and no stop: the resident asks for more of our messages, not fewer.
PAPER = _rx(r"紙|書面|郵送|郵便|手紙|はがき|ハガキ|封書|督促状|催告書|通知書|メールでの|電話(?:での|によるご?)(?:連絡|催促|督促|案内)|電話(?:は|を)?(?:もう)?(?:やめ|止め|困|出られ|苦手|無理)", r"\b(?:paper|letters?|postal|by post|phone calls?)\b")
SMS_WANTED = _rx(r"(?:この|こちらの)メールで(?:十分|じゅうぶん|分かる|わかる|いい|大丈夫)", r"(?:sms|ショートメール|ショートメッセージ|メッセージ|携帯|スマホ)(?:への|の|へ|に)?(?:連絡|通知|お知らせ)?(?:だけ|のみ)?"
                 r"(?:で|に)(?:[^。!?]{0,8}?(?:と|たら|れば))?(?:十分|じゅうぶん|いい|ええ|良い|よい|結構|お願い|して|かまいません|構いません|大丈夫|助かり|ok)",
                 r"\b(?:sms|text(?:s|ing)?|messages?) (?:only|is enough|are enough|is fine|are fine)\b",
                 # SMSの方が見やすいので、こちらで続けてください; SMSは止めないで.
                 r"(?:sms|ショートメール|ショートメッセージ)(?:の方|のほう)が(?:見やすい|いい|ええ|良い|助かる|便利|確実|楽|気楽)",
                 r"(?:sms|ショートメール|ショートメッセージ)(?:は|なら|で)(?:ok|オッケー|大丈夫|構いません|かまいません|いいです)",
                 r"(?:sms|ショートメール|ショートメッセージ)(?:で|にて)(?:お知らせ|ご?連絡|ご?案内)(?:ください|下さい|願|いただ)|(?:sms|ショートメール)(?:に|へ)(?:一本化|統一|まとめ)",
                 r"(?:携帯|スマホ|本人の携帯)(?:への|に)ご?連絡で(?:構いません|かまいません|結構です|大丈夫)",
                 r"(?:こちら|この(?:sms|ショートメール|番号))で(?:続けて|お願い|引き続き)",
                 r"(?:sms|ショートメール|ショートメッセージ)(?:は|の方は)?(?:止め|(?<!ま)とめ|やめ|停止し)(?:ないで|んといて|ずに)")

# A move away: the resident no longer lives where the bill is from.
_MOVES = (
    r"引っ?越",
    r"海外(?:に|へ|で)(?:い|住|暮ら|転|引|移)|海外在住|出国|(?:母国|本国)に(?:帰|戻)|帰国(?:し|済)",
    r"転出|転居|(?:市|区|町|村|県|都|府)外(?:に|へ)(?:出|住|移|転|引)",
    r"(?:don't|do not|no longer) live in (?:this|the) (?:city|town|ward|area)",
    r"moved (?:away|out|abroad|back to)",
    r"\b(?:left|was out of|lived outside) (?:japan|the country)\b|\b(?:was|lived|living|been) (?:abroad|overseas)\b|came back to japan",
)
MOVED = _rx(*_MOVES)
# Circumstances: hard times explain a reply. Alone they ask for help (consultation_request);
# beside a promise they only explain it (今手元にお金がないので、来週払います is a promise).
CIRCUMSTANCE = _rx(
    *_MOVES,
    r"(?:お金|おかね)(?:が|も)?\s?(?:ない|ありません|無い|なく|あらへん|ねー)", r"金欠",
    r"(?:失業|無職|無収入|退職|休職|入院|病気|療養|失職|倒産|廃業|介護|出産|認知症|施設に入|寝たきり)", r"生活保護",
    r"生活(?:が|も)?(?:苦し|厳し|大変)", r"収入(?:が|は)?(?:ない|なく|減|ゼロ|0|無し|なし)", r"年金(?:暮らし|生活)",
    r"(?:今月|今は|今|生活|お金|金銭的に?|経済的に?)(?:は|が|も)?(?:ちょっと|少し|かなり|とても)?(?:厳し|苦し|無理|きつ)",
    r"破産|債務整理|再生手続", r"lost (?:my|our) (?:job|work)", r"\b(?:unemployed|out of work|no income|no money|laid off)\b",
)

# Another's care told beside a doubt (介護職員です。利用者様宛てに届きましたが…; 父が施設に入ってから、
# こういう詐欺が多いと聞くので): context for the doubt, no hardship of the resident's own.
CARE_CONTEXT = _rx(r"介護(?:職員|士|スタッフ|施設の職員)|ヘルパー|ケアマネ|(?:父|母|祖父|祖母|親|家族|利用者|入居者)(?:様|さん)?(?:が|は)[^。!?]{0,6}?(?:施設に入|入所|入院|介護)",
                   # …or the message addressed to one in hospital or care (入院中の母あてにこれが届きました).
                   r"(?:入院中|入所中|施設にいる|介護中)の(?:父|母|祖父|祖母|親|家族|主人|夫|妻)(?:あて|宛て?)")

# A death in the family: a person must answer it (an estate, the addressee gone), never
# the automatic "this SMS is genuine", and never a wrong number.
# An heir or an inheritance settled, beside a payment made or promised (相続した兄が納付して
# います, 相続の手続きが終わりました。…払います): no death for staff to answer.
INHERITED = _rx(r"相続")
# An instalment plan acknowledged (分納の件、了解しました。初回は十日に払います): a promise.
INSTALMENTS_AGREED = _rx(r"(?:分納|分割|分割払い)(?:の件|の計画|の約束|について|のご案内)?(?:は|、|,)?\s?(?:了解|承知|承りました|わかりました|分かりました|ありがとう)",
                         # Paid as the plan agreed says (分納誓約どおり、今月分は28日に納付します).
                         r"(?:分納|分割)(?:誓約|計画|の約束|の予定)(?:書)?(?:の)?(?:どおり|通り|とおり|に沿って|に従って|に基づ)",
                         # The plan's next instalment, promised (分納の2回目は来月末に払います).
                         r"(?:分納|分割)(?:の)?(?:約束の|計画の)?(?:\d{1,2}|[一二三四五六七八九十]|初|次|最終|最後の|残り)(?:回目|回|期)(?:分)?(?:は|を|も|、|,|です|(?=\s?(?:今月|来月|今週|来週|明日|\d)))",
                         # This month's instalment (今月分の分割金は給料日に; 分割の今月分まだでした).
                         r"(?:今月|今回|来月)(?:分)?の(?:分割|分納)(?:分|金)?|(?:分割|分納)(?:の)?(?:今月|今回|来月)(?:分|の分)|分割金|分納金",
                         # The instalments' matter acknowledged, to be looked into (了解です。分割の件、確認します).
                         r"(?:分納|分割)(?:の件)(?:、|,|は)?\s?(?:確認します|確認いたします|確認してみます)",
                         r"(?:\d+|[一二三四五])回に分けて", r"(?:分納|分割)(?:が|を)?(?:認められ|承認され|決まり|了承され|了解され)",
                         # Agreed already, and so said (分割で合意済みの分、今月も20日に払います).
                         r"(?:分納|分割)(?:で|の)?(?:合意|約束|取り決め)(?:済み|した|しました|ずみ)",
                         # …and in English: the remaining balance paid off, the plan's next one.
                         r"\b(?:pay off|clear|settle) (?:the |my )?(?:remaining|outstanding) balance\b|\bso (?:that )?the instal?ments (?:can )?end\b|\b(?:next|this month's|last|final) instal?ment\b",
                         # A plan agreed at the counter, its part now promised (相談した分納の件、今月分は…).
                         r"(?:相談|話)した(?:分納|分割)")
# The phone's previous owner, named where a death is told (この番号の前の持ち主の方は亡くなられた):
# no death in the family for staff to answer.
PREVIOUS_OWNER = _rx(r"(?:前|以前|元|もと)の(?:持ち主|持主|所有者|使用者|契約者|利用者)")
DEATH = _rx(r"亡くな|他界|死亡|死去|逝去|永眠|亡き|故人|相続|葬儀", r"passed away|\b(?:died|deceased|death)\b")

# Whether one has paid, asked: not a statement that one has (払ったかどうかわかりません); nor
# whether it was paid twice or too much (払いました。二重払いになってないか確認して: paid).
PAID_QUESTION = _rx(
    r"(?<!二重)(?:払|はら|支払|納付|納め|振り?込|入金|引き?落)(?!い?(?:過|す)ぎ)(?![^。!?]{0,4}(?:う|る|む)かどうか)(?![^。!?]{0,4}て(?:き|来)たっけ[、,。\s])[^。!?]{0,8}(?:かどうか|か(?:分|わ)から|か覚えて|か確認|っけ(?![よずぞさわ])|済み?(?:か(?!と(?:存じ|思))|でしょうか)|(?:まし|て(?:い)?ま(?:す|し))たか|(?:てる|ている|た)(?:か|の)(?:\?|な|確認|教え|調べ))",
    r"(?:天引き|引き?落と|払|支払|納付|差し引)[^。!?]{0,10}(?:ん|の)じゃ(?:ない|なかった)(?:ん|の)?(?:です|でしょう)?(?:か|\?)",
    # Deducted or paid, as one believed, then doubted (天引きされていると思っていたのですが、違うんでしょうか).
    r"(?:(?:天引き|差し引|特別徴収|引き?落と|引か)[^。!?]{0,8}れて|(?:払|支払|納め)って(?:くれて|もらって)?|納付して(?:くれて|もらって)?)(?:い)?る(?:と|って)思って(?:い)?(?:た|ました)(?:(?:の|ん)?(?:ですが|だが|だけど|けど|が)|[。!])",
    # Deducted, as assumed, yet a reminder came, and asked about (特別徴収されているはずなのに、
    # 督促が届きました。二重になっていませんか？).
    # 去年会社で天引きされてたはずなんだけど二重じゃない？ likewise.
    r"(?:天引き|差し引|特別徴収|特徴|給与から|給料から)[^。!?]{0,16}(?:はず|筈)(?:なのに|なんだけど|なんですけど|なんですが|ですが|だけど|やけど|なんやけど|じゃけど)[^?]*\?",
    # Paid to the city before, and a double payment asked about (前の市で払った分と二重になって
    # ませんか).
    r"(?:前の|以前の|旧)(?:市|区|町|村|住所)(?:で|に)[^。!?]{0,8}(?:払|支払|納)[^。!?]{0,8}二重",
    r"(?:引か|引き?落とさ|落ち)(?:れ)?(?:とらん|てない|てへん|とらへん|てねえ)(?:と|の|か|ね)?\?",
    # 済み? alone: whether it is paid, asked.
    r"^(?:支払い?|納付|お?支払い)?済み?(?:です|でしょう)?か?\s?\?+$",
    # Debited, as one was sure, asked (引き落としになってるはずなんですが、引かれてませんでしたか？).
    r"(?:引か|落ち|引き?落とさ)れて(?:い)?ませんでした(?:か|\?)|(?:引か|引き?落とさ)れて(?:い)?(?:ない|ません)(?:です)?か\?",
    r"\b(?:have|did) i (?:already )?(?:paid|pay)\b", r"\b(?:isn't|isnt|is not|wasn't|wasnt|shouldn't|shouldnt) (?:this|it) (?:taken|deducted|withheld|paid)\b", r"\b(?:is|was|has) (?:it|this|my (?:payment|tax)) (?:already )?(?:been )?(?:paid|received)\s*\?",
)
# A refusal or an inability denied (払えないわけじゃない, 払わないなんて言ってません, 払わない
# 理由はない, 払えなくはない, It's not that I can't pay).
_REFUSALS_DENIED = (
    (r"(?:払|はら|支払|納め|振り?込)(?:え|わ|め|ま|いたく)?(?:ない|ません|ん|へん|ねー|ねえ|なか)(?:って|っち|なんて|とは|という|と)?[^。!?]{0,8}?"
     r"(?:わけ(?:じゃ|では|でも)(?:ない|なか|ありません|ございません|なく|ねー|ねえ|あらへん)|わけ(?:が)?(?:ない|ありません|なかろう)"
     r"|(?:一言も|ひとことも|誰も|だれも)?(?:言って|いって|言う|言い|言っちょ|言いよ|言っと)(?:い|お|る|た)?(?:ない|ません|ねー|へん|ん(?!だ|です|じゃ|や)|なか)"
     r"|理由(?:は|が|も)(?:ない|ありません|無い|ねー)"
     # 払えないことはない, 払わないわけにはいかない, 払えなくもない: a double negative is a yes.
     r"|(?:こと|事)(?:は|も)(?:ない|ありません|ございません|無い|ねー|なか)"
     r"|わけ(?:に)?(?:は|も)(?:いかない|いかん|いきません|参りません|まいりません)"
     r"|でも(?:ない|ありません|無い|ねー|なか))"),
    r"(?:払|はら|支払|納め|振り?込)(?:え|わ|め|ま)?な(?:くは|くも)(?:ない|ありません|無い)",
    # …and in English (It's not that I can't pay, I just forgot).
    r"\b(?:it's|it is|its) not (?:that|like) (?:i|we) (?:can't|cannot|can not|couldn't|don't want to|won't|refuse to) pay\b",
)
# A refusal or an inability denied, and nothing more (払わないとは言ってない, 払えなくはない): no
# request; DENIED below adds the obligations and the declined requests said beside a promise.
REFUSAL_DENIED = _rx(*_REFUSALS_DENIED)
# …and a consultation denied before a promise (払えるかどうかじゃなくて, 分割じゃなくていい, the
# obligations): no refusal, no request.
DENIED = _rx(
    *_REFUSALS_DENIED,
    # Obligation: 払わないといけないので, 払わなきゃ, 払わなければなりません, and in the
    # regions' words 払わないかん, 払わんといけん, 払わなあかん, 払わんばいかん, 払わにゃならん.
    r"(?:払|はら|支払|納め|振り?込)(?:わ|ま)な(?:きゃ|くちゃ)", r"(?:払|はら|支払|納め)わないと(?=ね|な(?![いかけ])|ねー|ねえ|だな|$|[、。!])",
    r"(?:払|はら|支払|納め|振り?込)(?:わ|ま)(?:な(?:いと|ければ|けりゃ|きゃ|くちゃ|あ)?|ん(?:と|ば|にゃ)?|ねば|にゃ)"
    r"(?:いけ|いかん|いかな|いきません|あかん|あかな|だめ|ダメ|まず|なら(?:ん|な|ない|ぬ|ねえ|ね)|なりま|なん(?![てでかだ]))",
    r"(?:払|支払|納め)(?:え|わ|め)?る(?:か)?どうか(?:じゃ|では|とか)(?:なく|ない)",
    # No will to pay, as the letter assumed (払う気がないと決めつけるような文面、不愉快です).
    r"(?:払う|支払う|納める|払わない)(?:気|つもり)(?:が|は)?(?:ない|無い|ねー)(?:と|って)(?:決めつけ|決め付け|思われ|思って|言われ|疑|見な|扱)",
    r"(?:分割|相談|延長|猶予|減額)(?:に|で)?(?:は)?(?:じゃ|では)(?:なく|ない)(?:て)?(?:も)?(?:いい|結構|大丈夫|けっこう|ok|平気)?",
    # Instalments or a new slip declined, or the debit's stop told, before the promise:
    # 分割は結構です。一括で…払います, 再発行はいらないです…金曜に払います, 口座振替を停止したので….
    r"(?:分割|分割払い|分納|再発行|再送|納付書|振込用紙)(?:の|は|を|も)?(?:再発行|送付)?(?:は|も)?(?:結構|いらない|いりません|要らない|不要|やめ(?:て|ます)|必要(?:ない|ありません))",
    r"(?:口座振替|引き?落とし)(?:を|は)?(?:停止|解除|中止|やめ|止め)(?:し|まし|してい|していまし|しておりまし|して(?:い)?|てい|ていまし)?た(?:ので|から|けど|ため|が|。|せいで|ことで|結果)",
    # A payment that failed, to be made again (エラーになっていました。別のカードで今日払い直します).
    r"(?:エラー|失敗|弾かれ|はじかれ|通らな)(?=.*(?:払い|支払い|振り?込み|納め|納付し|入金し|決済し)直(?:します|す))",
    # 分割にしなくても大丈夫です。20日に一括で払います.
    r"(?:分割|分納)(?:に|で)?(?:しなくて|しなくって|せんで|せずに?)(?:も)?(?:大丈夫|いい|ええ|結構|ok|平気)",
    # 分割にするほどではないので、来月中に一括で納めます; 払えないと思って、相談の電話をしようとして
    # いました。でも…金曜日に振り込みます: a consultation thought of and not needed.
    r"(?:分割|分納)(?:に)?(?:する)?ほど(?:では|じゃ)(?:ない|ありません)",
    r"(?:払|支払|納め)(?:え)?(?:ない|ません)(?:と|って)(?:思っ|思い込ん)(?:て|た|で|ていた|でいた|ていました|でいました)",
    r"相談(?:の電話)?(?:を)?しようと(?:して|思って)(?:い)?(?:た|ました)",
    # The change of address told as late, before a promise (引越しで住所変更が遅れたので…払います).
    r"住所(?:変更|の変更)(?:が|を)?(?:遅れ|忘れ|してなかっ|していなかっ)(?:た|て)",
    r"(?:どこ|いつ|どう|どうやって|いくら|何|なに)[^。!?]{0,12}?(?:のかな|かな|のか)(?:と|って)思(?:いましたが|ったけど|ったら)[^。!?]{0,20}(?:書いてあり|わかり|分かり|ありました|見つかり)",
    # 払わないわけないでしょ: of course one pays.
    r"(?:払|はら|支払|納め)(?:わ|ま)(?:ない|ん|へん)わけ(?:が)?(?:ない|ねー|ねえ|なかろう|あらへん)(?:でしょ|だろ|じゃん|やろ)?[?!]?",
    r"\bi (?:didn't|did not|never) say (?:that )?i (?:won't|will not|wouldn't|would not|can't|cannot|couldn't) pay\b",
    r"\b(?:i )?(?:was going to|wanted to|thought i'd|thought i would) say (?:that )?i (?:can't|cannot|couldn't|could not) pay\b",
    # Our bill taken for another at first (クレカの請求と間違えた笑 今日払っとく, 携帯代の請求と勘違い
    # してました): the mistake was the resident's.
    r"(?:の)?(?:請求|支払い?|引き落とし|通知|メール|sms|ショートメール)と(?:間違え|間違|勘違い|勘違)(?:し)?(?:て(?:い)?)?(?:た|ました|てた|てました)",
    # A slip thought lost and found again (なくしてしまったと思い込んでいたのですが、車の中から出てきました).
    r"(?:なくし|無くし|紛失し|失くし|どこかに(?:いって|行って)しまっ)[^。!?]{0,24}?(?:[。、,]\s?)?[^。!?]{0,12}?(?:出てき|見つか[りっ]|見付か[りっ])(?:ました|た)",
)
# A direct debit that did not go through: not paid.
DEBIT_FAILED = _rx(
    # Not where the debit is said not to have been stopped (引き落とし止めてないですよ).
    r"(?:引き?落|振替|引落)[^。!?]{0,8}(?:なかった|(?<!止めて)(?<!止めてい)(?<!やめて)ません|できな|出来な|されてな|されていな|(?<!止め)(?<!やめ)(?<!解約し)(?<!解除し)(?:ていな|てな)|失敗|不能|エラー)",
    r"(?:引き?落|振替)[^。!?]{0,20}?(?:なって|落ちて|されて)(?:い)?(?:なかった|ない|ません)", r"落ちて(?:い)?(?:なかった|ません)",
    r"残高不足", r"\b(?:direct debit|debit|withdrawal) (?:failed|bounced|did not go through|didn't go through)",
)
# Paid, but said of another tax or period (去年の分は払いました。今年の分は…): the topic of a
# clause before the promise.
OTHER_PART = _rx(r"(?<!今)(?<!この)(?<!本)(?:分|税|年|年度|期|月|回)(?:の分)?(?:まで)?(?:は|も)", r"(?:分|税|国保|保険料|保険)(?:の方)?(?:でした|です|だった)",
                 # Another bill by its name (国保はもう払ってます, 保育料はもう振り込みました).
                 r"(?:国保|国民健康保険|保険料|保育料|給食費|水道(?:代|料金)?|家賃|年金|介護保険|電気代|ガス代|携帯代|反則金|罰金|受信料|nhk|奨学金|カード(?:の請求)?|クレカ)(?:の分)?(?:は|も|を)", r"\blast (?:year|month)|\bprevious|\bother\b|\bpast\b|\bearlier\b",
                r"\b(?:car|vehicle|property|health insurance|residen(?:t|ce)|kei car) tax\b")
CLAUSE = re.compile(r"[。!?\n]+|(?<!\d)\.\s+|(?<=くて)[、,]|(?<=[\u3040-\u30ff\u3400-\u9fff]) (?=[\u3040-\u30ff\u3400-\u9fff])|(?<=が)[、,]|けど[、,]?|けれど(?:も)?[、,]?|ので[、,]?|から[、,]|, (?!(?:el |la |on |o |a |na |hari )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|sexta|senin|selasa|rabu|kamis|jumat|sabtu)\b)(?:and |but )?|; | but ")

# A request to resume after a stop (replies.md): an opt-in, never an opt-out, though it
# names 停止 or 配信. Undoing the stop; the messages again; 再開 of the messages.
# A stop sent by someone else (送らないでって返信したの私じゃないです): a resume, and no stop.
_STOP_NOT_MINE = r"(?:(?:送らないで|停止|止めて|やめて|stop)[」\"]?(?:って|と)(?:返信|送信|送)|(?:配信)?停止(?:に)?|止め)(?:した|された)(?:の|のは)[^。!?]{0,6}(?:私|わたし|本人)(?:じゃ|では)(?:ない|ありません)"
_AGAIN = r"(?:今まで通り|今までどおり|いままでどおり|これまで通り|これまでどおり|従来通り|従来どおり|いつも通り|いつもどおり|続けて|また|再び|ふたたび|再度|もう一度|やっぱり?|やはり|引き続き|元どおり|元通り|もとどおり|今後も|これからも|以後も|以降も|継続して)"
# A wish to be sent our messages, put as a favour (お知らせいただければ幸いです, 送っていただけると助かります).
_WISH = (r"(?:お知らせ|ご?連絡|ご?案内|送信|送付|配信|お?送り|送って|届けて|とどけて)(?:を)?(?:して|し)?(?:いただ|頂|もらえ|もろう?|くだされ|下され|くれ)"
         r"(?:ければ|けると|けますと|けましたら|けたら|たら|れば|ると)(?:幸い|幸甚|さいわい|助か|たすか|ありがた|有り?難|嬉し|うれし)")
_WANT = (r"(?:(?:送|おく)って(?:ください|下さい|ほしい|欲しい|もらえ|もらって(?:も)?(?:いい|よか|ええ|大丈夫)|いただけ|頂け|くれ|くんさい|くんない|けろ|けれ|ごしない|ごしなはい|ごせ|けさい|けらいん|ちょうだい|ちょーだい|よ(?=[。!\s]|$))|"
         r"(?:送|おく)って(?:きて|来て)(?=$|[。!、\s]|よ|ね|ください|下さい|ほしい|欲しい|な(?!い))|(?:受け取り|受信し|もらい)たい|(?:ほしい|欲しい)"
         r"|(?:届け|とどけ)て(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け|くれ)|" + _WISH +
         r"|(?:来る|くる|届く|受け取れる|受信できる|もらえる)ように|再開(?:したい|して|を|希望|お願い)"
         r"|(?:始め|はじめ|開始し)(?:たい|て(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け)))")
# The earlier stop, in any words: 停止してた, 止めてたけど, 拒否しました.
_STOPPED = (r"(?:停止|止め|(?<!ま)とめ|やめ|拒否|解除|オフ|off|stop)(?:を|に)?(?:お願い|依頼|希望)?(?:して|され|られ|し)?"
            r"(?:た|てた|ていた|とった|とりました|ちょった|よった|ました|てもらった|てもらいました|てもろた|てもろうた|ちゃった|ちゃいました|ちまった|てしまった|てしまいました|てもうた"
            r"|ていただいた|ていただきました|て頂きました|て頂いた|(?:いたし|致し)(?:ました|た))")
_OURS = r"(?:お知らせ|通知(?!書)|sms|メール|メッセージ|ショートメール|ご?案内|配信)"
RESUME = _rx(
    # 停止 taken back (さっきの「停止」は間違いです), and the messages asked for as before (引き続き送ってください).
    r"(?:停止|stop|止めて|(?<!ま)とめて|やめて)[」\"']?\s?(?:は|って)?\s?(?:打ち|押し|送り)?(?:間違い|まちがい|誤り|誤送信|ミス|無視|むし)",
    # The stop sent by someone else (送らないでって返信したの私じゃないです…元に戻してください).
    _STOP_NOT_MINE,
    r"(?:引き続き|今後も|これからも|続けて)(?:送って|お送り|送信して)(?:ください|下さい|ほしい|欲しい|いただ|頂|ね|な(?!い))",
    r"(?:引き続き|今後も|これからも)(?:お知らせ|ご?連絡|ご?案内)(?:を)?(?:ください|下さい|いただ|頂|願)",
    r"(?:引き続き|今後も|これからも)(?:届く|とどく|受け取れる)ように(?:して|お願い)",
    # 停止って送ったのは子どもがいたずらしたものです.
    r"(?:停止|stop)[」\"]?(?:って|と)(?:送|返信|返|打)[^。]{0,4}の(?:は)?[^。]{0,16}(?:いたずら|悪戯|間違い|まちがい|勝手|誤|子ども|子供|孫|息子|娘)",
    r"(?:停止|受信拒否|拒否|stop|unsubscribe)[」\"]?(?:の|を)?(?:手続き|手続|設定|申し?込み|申請|依頼|措置|お願い)?(?:(?:に)?して(?:い)?た(?:の|こと|件)?|した(?:の|こと|件)?|(?:と|って)(?:送|返信|返事|打)[^。]{0,6}?)?(?:を|は|も|の)?[、,]?\s?(?:解除|取り?消|とりけ|撤回|(?:元|もと)に(?:戻|もど)|(?:無|な)かったことに|キャンセル|cancel)",
    # …and in French (Vous pouvez recommencer à m'envoyer les rappels, j'avais envoyé STOP par erreur).
    r"\brecommencer [àa] (?:m'|me |nous )?envoyer\b|\b(?:envoy[ée]|mis|tap[ée]) ['\"]?stop['\"]? par erreur\b",
    # Stopped before, and wanted again (前に配信停止したけど、やっぱりまた通知送っとくれ; set 209).
    r"(?:停止|配信停止|止め)(?:した|してもらった|てもらった)(?:けど|けれど|が|んだけど)[^。!?]{0,12}?(?:また|再び|やっぱり|もう一度)[^。!?]{0,8}?(?:送って|送っと|おくって|届けて|来るように)",
    # A stop replied to us by mistake, or one not wanted (I replied stop to the wrong number;
    # don't unsubscribe me), in English.
    r"\b(?:replied|sent|texted|typed|answered) ['\"]?(?:stop|unsubscribe)['\"]?[^.!?]{0,20}?(?:by (?:mistake|accident)|to the wrong (?:number|person|chat|thread))",
    r"\b(?:don't|do not|dont|please don't) (?:unsubscribe|remove|opt) (?:me|my number)\b",
    # 停止 sent by mistake.
    r"(?:(?:間違|まちが|誤)(?:え|っ)て|いたずらで|悪戯で|勝手に)[^。]{0,6}(?:停止|stop)[」\"]?(?:と|って)?(?:送|返信|返事|打|入力|押)",
    r"(?:間違|まちが|誤)(?:え|っ)て[^。]{0,6}(?:停止|stop)(?:に|を)?(?:し|設定|登録)[^。]{0,12}[。、,]?[^。]{0,6}?" + _AGAIN + r"(?:届く|とどく|来る|くる|受け取れる|受信できる)ように",
    r"(?:停止|stop|すとっぷ)[」\"]?(?:と|って)(?:送|返信|返事|打|入力)[^。]{0,10}(?:間違|まちが|誤っ|誤り|ミス|mistake)",
    _AGAIN + r"[^。!?]{0,10}?" + _OURS + r"[^。!?]{0,8}?" + _WANT, _AGAIN + r"(?:送|おく)って[。!\s~]*$",
    _OURS + r"[^。!?]{0,8}?" + _AGAIN + r"[^。!?]{0,6}?" + _WANT,
    # …to this phone (またこっちに送ってよ).
    _AGAIN + r"[^。!?]{0,6}?(?:こっち|こちら|この番号|この携帯|ここ)(?:に|へ)(?:も)?" + _WANT,
    _AGAIN + r"[^。!?]{0,6}?(?:受け取|受信)(?:れる|できる)ように|" + _AGAIN + r"(?:受け取り|受信し)たい",
    r"(?:" + _OURS + r"|送信|受信|連絡)(?:の|を|は)?[、,\s]?(?:配信|送信|受信)?(?:を|は)?再開",
    r"^再開(?:して|を)?(?:ください|下さい|ほしい|欲しい|お願い|希望|したい|で|願います|願い)",
    r"(?:受信|配信|通知|設定)[^。]{0,8}(?:元|もと)に(?:戻|もど)", r"(?:受信|" + _OURS + r")(?:を|は)?(?:戻|もど)して",
    _OURS + r"(?:を|は)?(?:オン|on)に",
    # The earlier stop named, then the messages wanted again: 停止をお願いしましたが、やはり送ってください.
    _STOPPED + r"[^。]{0,24}?" + _AGAIN + r"[^。!?]{0,10}?" + _WANT,
    # The earlier stop regretted, then the messages wished for: 停止をお願いしてしまいましたが、
    # こちらの携帯へお知らせいただければ幸いです.
    _STOPPED + r"[^。]{0,24}?" + _WISH,
    # The earlier stop, then undone: お知らせ止めたのを、また元に戻してもらえんかね.
    _STOPPED + r"[^。]{0,40}?(?:元|もと)に(?:戻|もど)して(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け)",
    _STOPPED + r"[^。!?]{0,10}?(?:(?:元|もと)に(?:戻|もど)(?:して|したい|す(?:こと|には|方法))|(?:解除|取り?消|撤回)(?:して|したい|を|お願い))",
    r"\b(?:start|resume|restart|continue|keep) (?:on )?(?:sending|texting|messaging)\b",
    r"\b(?:continue|keep) (?:to )?(?:receiv|get)(?:e|ing) (?:the |your |these |those )?(?:texts|messages|sms|reminders|notifications|notices|alerts)\b", r"\b(?:resume|restart)\b(?! (?:my |the )?pay)",
    r"\bopt (?:me )?(?:back )?in\b", r"\bunstop\b", r"\bre-?subscribe\b", r"\b(?:turn|switch) (?:\w+ ){0,2}back on\b",
    r"\b(?:send|receive|get|want|like) (?:me )?(?:the |your |those )?(?:texts|messages|sms|reminders|notifications|notices|alerts|them) again\b", r"\b(?:undo|cancel|reverse) (?:my |the )?(?:stop|unsubscribe|opt[ -]?out)",
    r"\bstart (?:\w+ ){0,3}again\b(?<!paying again)",
    # In residents' own languages: undo the unsubscribe, receive again.
    # Set 191: replied 停止 by accident, please go on sending (之前不小心回了停止，请继续给我发通知).
    r"不小心(?:回复?|回覆|发|發|按|点|點)(?:了|咗)?(?:停止|退订|退訂|td)|(?:请|請)?(?:继续|繼續)(?:给我|給我)?(?:发|發)(?:送)?(?:通知|短信|信息|訊息)?",
    r"(?:撳錯|按錯|按错)(?:咗|了)?停止|再(?:send|發|发)返|取消退订|取消退訂|恢复(?:发送|接收|通知)|恢復(?:發送|接收|通知)|重新接收|重新(?:发送|發送)", r"수신\s?거부\s?(?:해제|취소)|다시\s?(?:받고|받을|보내)|(?:알림|문자)(?:을|를)?\s?다시\s?(?:켜|켤)",
    r"\bvoltar a receber\b|\bvolte(?:m)? a (?:enviar|mandar)(?:-me)?\b|\bvuelv(?:a|an) a (?:enviar|mandar)(?:me|nos)?\b|\bvolver a recibir\b",
    r"(?:\bstop|停止)\s?wapas (?:le lo|lo|lijiye)\b|\bmujhe (?:sms|messages?|msgs?) chahiye\b|\babar (?:sms|message|msg) pathan\b", r"\bi-?on ulit\b|\bpaki-?send ulit\b|\bibalik (?:ang|yung)\b|\bna-?stop ko\b[^.!?]{0,12}?(?:by mistake|nang hindi sinasadya)\b",
    r"\bberlangganan lagi\b|\baktifkan lagi\b", r"\bferi (?:message |sms )?pathau|\bgalti le stop", r"nhận lại (?:tin nhắn|thông báo|sms)|\bnhan lai (?:tin nhan|thong bao|sms)\b|\bnhan tin nhan lai\b",
    r"(?<!jangan )(?<!tidak usah )(?<!gak usah )(?<!nggak usah )(?<!ga usah )\b(?:tolong |mohon )?kirim(?:kan)? lagi\b",
    *RESUMES,
)

# A resume taken back (さっきのはいしん再開はまちがいです): no resume.
RESUME_RETRACTED = _rx(r"(?:再開|解除|取り?消し)(?:の(?:件|お願い|依頼|連絡))?(?:は|って)[、,\s]?(?:間違|まちが|誤り|ミス|なし|無し|撤回|取り?消)")
# A refusal of our messages vetoes a request to resume: ever stop, never miss a stop.
# (送ってくんさい, 送ってくんない are dialect for 送ってください: no refusal.)
NOT_AGAIN = _rx(r"\b(?:don't|dont|do not|never|no more|no longer)\b",
                # a stop asked for in the same reply (これまでどおり郵便で…携帯への送信は止めてください)
                r"(?:止め|(?<!ま)とめ|やめ|停止し)て(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け)",
                r"二度と|(?:送|おく)(?:ら|って(?:こ|く))(?:ない|ん(?!さい|ない))|いらない|いりません|要らない|不要")

# An amount in dispute: then a mistake (間違い) is about the amount, not the person.
AMOUNT = re.compile(r"金額|税額|請求額|額が|額は|料金|\d+円|万円")

# A question bundled with a promise needs staff: 払います。ちなみにカードは使えますか.
# An exclamation in question form (え、まじ？) asks nothing: it is removed before looking.
QUESTION = re.compile(r"\?|(?:ます|です|でしょう|ません)か(?:ね|な)?(?![ぁ-ゖa-z0-9])"
                      r"|(?:ない|いい|ある|できる|える)か(?:ね|な)?(?![ぁ-ゖァ-ヺ一-鿿a-z0-9])|(?:る|え|ない)(?:ん|の)?(?:やろ|じゃろ|だろう)か(?![ぁ-ゖ])"
                      # Ibaraki's and Tohoku's question endings (分けてもいいけ, 大丈夫だべか).
                      r"|ても(?:いい|大丈夫)け(?![ぁ-ゖァ-ヺ一-鿿a-z0-9])|(?:いい|大丈夫|でき(?:る|ます))(?:べか|だべか|んだべか|っぺか)(?![ぁ-ゖ])")
EXCLAIMED = re.compile(r"\?(?=と(?:思|おも)|って(?:思|おも))|(?<=わけ)(?:が)?ない(?:じゃ|では)(?:ない|ありません)(?:です)?か[??]?|^(?:unsubscribe|stop|opt out)\?(?=\s*no\b)|(?:^|(?<=[、。!\s]))(?:え[っー]?[、,]?)?(?:まじ|マジ|うそ|嘘|ほんま|ほんと|え|また|またか|は|はあ|はぁ)[?!]+"
                       # A greeting asked (ちゃーがんじゅう？, お元気ですか？, 元気してる？) wants no answer from staff;
                       r"|(?:^|(?<=[、。!\s]))(?:お?元気|げんき|ちゃーがんじゅう|ちゃーがんじゅー)(?:して(?:る|た|ます|ました))?(?:ですか|でしたか|か|かい|かね|ね)?[?!]+"
                       # and so does a challenge (文句ある？, 何か問題でも？, それでいいんでしょ？).
                       r"|(?:何か|なにか|なんか)?(?:文句|問題|不満)(?:でも)?(?:ある|あります|ありますか|ございますか)?(?:の|か)?[?!]+"
                       r"|(?:悪い|わるい|いい|ええ|よい|良い)(?:ん)?(?:でしょ|だろ|やろ)(?:う)?[?!]+"
                       r"|(?:これで|それで)(?:ご?満足|文句(?:ない|ありません))(?:ですか|でしょうか|か|かよ|でしょ|だろ)[?!]*"
                       r"|(?:払|はら|支払|納め)(?:わ|ま)(?:ない|ん|へん)わけ(?:が)?(?:ない|ねー|ねえ|なかろう|あらへん)(?:でしょ|だろ|じゃん|やろ)?(?:う)?[?!]+|\b(?:happy|satisfied) now\?|(?:暇|ひま|バカ|ばか|馬鹿|アホ|あほ)(?:なの|なん|なんですか|ですか|か)[?!]+|(?:それで|これで)?(?:満足|文句ない)(?:でしょ|だろ)?(?:か)?[?!]+")
# A why in a complaint (なんでこんなにしつこいの…): beside a promise, no question for staff.
WHY = re.compile(r"なぜ|なんで|どうして(?!も)|\bwhy\b")
# Passing the message on (妻に伝えておきます) commits to nothing: `other`.
RELAY = re.compile(r"(?:伝えて?(?:おきます|おく|とく|ときます|ます)|言って(?:おきます|おく|とく|ときます))[。!]*$"
                   # and so does saying one will look into it: 払い忘れてるかも。確認します
                   r"|(?:確認|調べ|検討)(?:して)?(?:み|お|おき)?(?:ます|ておきます|いたします)[。!]*$|(?:確認|検討)します[。!]*$|聞いて(?:み|おき)ます[。!]*$"
                   r"|(?:改めて|また|後で|あとで|後日)(?:ご)?連絡(?:します|いたします|させていただきます)[。!]*$"
                   # and talking it over at home: すいません、家族と相談します
                   r"|(?:家族|夫|妻|主人|旦那|嫁|息子|娘|親|両親|母|父)と(?:よく)?相談(?:して(?:みます|から))?(?:します)?[。!]*$")
# Where a sentence ends: punctuation, or a polite ending that the next word follows without
# any (遅れてしまいました27日に払います). A number and a full stop end none: in am 3. Januar it is the day.
SENTENCE_END = re.compile(r"[。!?\n]+|(?<=[a-z)][.!?])\s+(?=[a-z])|(?<=\d[!?])\s+(?=[a-z])|(?:(?<=ました)|(?<=ません)|(?<=でした)|(?<=です)|(?<=ます)|(?<=ください))"
                          r"(?=[^ぁ-ゖ、。,.!?])")

# Acknowledgements and courtesies: a confident `other`, one or several (受け取りました。ありがとう).
ACK = re.compile(
    r"^(?:(?:はい|了解|りょうかい|承知|わかりました|分かりました|わかった|了解です|了解しました|承知しました|"
    r"ありがとう|ありがとうございます|ありがとうございました|お疲れ様です|おつかれさまです|失礼します|"
    # Thanks in dialect (おしょうしな: Yamagata; おおきに; だんだん: Izumo and Iyo; ありがとさん).
    r"おしょうしな|おしょうすな|おおきに|だんだん|ありがとさん|あんがと|"
    r"よろしくお願いします|確認しました|確認します|ok|okay|ok!|whatever|thanks|thank you|got it|noted|sure|yes|no|alright|all right|understood|roger|fine|kk|"
    r"いいえ|うん|おけ|りょ|なるほど|はーい|はいはい|了解でーす|見ました|読みました|拝見しました|後で見ます|"
    r"(?:今|いま)(?:は)?(?:[^\s。、,!?]{1,6}?(?:作業中|外出中|会議中)|忙しい|仕事中|運転中|移動中|手が離せない)(?:です|なので|ので|から)?[、,]?(?:また)?(?:後で|あとで)?(?:連絡します|見ます|確認します)?|"
    r"すみません|すいません|申し訳(?:ありません|ございません|ない)|ごめんなさい|ごめん|"
    r"(?:また|後で|あとで|改めて)(?:ご)?連絡(?:します|いたします|する)|"
    r"良いお年を|よいお年を|あけましておめでとう(?:ございます)?|明けましておめでとう(?:ございます)?|"
    r"こんにちは|こんばんは|おはようございます|お手数(?:を)?おかけします|よろしくお願いいたします|お世話になっております|お世話になります|"
    # Thanks for help already given (父の件、いろいろお世話になりました).
    r"(?:[^\s。、,]{1,6}の件(?:で|では)?[、,\s]?)?(?:(?:いろいろ|色々|大変)(?:と)?)?お世話になりました|"
    # Receipt said (メッセージ受け取りました, 届きました, Received.), a test (test, テスト), and
    # thanks in the languages residents write besides Japanese and English.
    r"(?:(?:ご連絡|連絡|メッセージ|メール|sms|ショートメール|お知らせ|通知|ご案内|案内)(?:を|は|、)?)?"
    r"(?:受け取りました|うけとりました|受信しました|届きました|届いてます|届いています|拝受しました|拝受いたしました|承りました|確認しました|確認いたしました)|"
    r"(?:message |sms |text )?(?:received|receipt confirmed|acknowledged|seen|read)|got (?:it|your (?:message|text|sms))|"
    r"test(?:ing)?(?: ?\d+)?|(?:テスト|てすと)(?:送信|です|中)?|"
    r"cảm ơn|cám ơn|cam on|merci|(?:muchas )?gracias(?: por (?:la información|el mensaje|avisar))?|que tenga(?:s)? (?:un )?buen d[ií]a|"
    r"(?:muito )?obrigad[oa](?: pela (?:informa[çc][ãa]o|mensagem))?|tenha um bom dia|danke|谢谢|謝謝|多谢|감사합니다|고맙습니다|salamat(?: po)?|terima kasih(?: (?:atas )?(?:info(?:nya)?|informasi(?:nya)?|pemberitahuan(?:nya)?))?|"
    r"dhanyavaad|dhanyabad|shukriya|спасибо|ขอบคุณ(?:ครับ|ค่ะ)?|(?:vâng|vang|dạ)(?: ạ| a)?|네|예|알겠습니다|好的|知道了|\bsim\b|\bsí\b|iya|opo|blz|beleza|entendi|entendido|vale|dale|d[ée]jame pensar(?:lo)?|vou pensar|voy a pensarlo)[\s。.!!、,~ー]*)+$"
)

# Bafflement said casually with nothing named or asked (は?意味わからん, なにこれ、わけわかんない,
# 意味不明w): a reaction, `other` and flagged; a polite 意味がわかりません asks for an explanation.
BAFFLED = re.compile(r"^(?:(?:は|はあ|はぁ|へ|え|えっ|ええ|ん|what)[ー~っ]*[?!]+\s*)?(?:(?:なに|何|なん)(?:これ|それ|こいつ)?[?!、,\s]*)?"
                     r"(?:(?:意味|いみ|わけ|訳)(?:が)?(?:わから|分から|わかん|分かん)(?:ん|ない|ねー|ねえ|ねぇ)(?:わ|し|て|って|な|よ|すぎ)?|意味不明|いみふ"
                     # "What are you doing?", in any dialect (なんしよると, 何しとるん, なにやってんの).
                     r"|(?:なに|何|なん)(?:し|やっ)(?:てる|てん|とる|よる|よっ|とっ)(?:の|ん|と|とや|っと|じゃ|が)?)"
                     r"[?!。.w笑…ー~\s]*$")
# Puzzlement with nothing else (ん？, え？, huh?): `other`, as a bare ? is.
PUZZLED = re.compile(r"^(?:ん|え|へ|は|あ|お|ほ|む|えっ|はっ|えー|はあ|はぁ|ほえ|うん|huh|eh|hm+|what|wha)[ー~っ]*[?!.。…\s]*$")


# Abuse with nothing else in it is `other` (replies.md); staff still see it.
# Stretched vowels (ばーか, あほー) are looked for as written and without their ー.
ABUSE = re.compile(r"くたばれ|クズ|(?<![一-鿿])くず(?!かご|籠)|泥棒|どろぼう|ドロボー|ふざけ|ふざけん|うざ|ウザ|ばか|バカ|馬鹿|あほ|アホ|死ね|しね|黙れ|だまれ|くそ|クソ|\b(?:fuck|shit|idiot)")

# Chatter: drinking, a cheer to staff (飲んでまーす🍺 市役所の人もおつかれさま〜), the weather:
# `other`, where no rule applies and no payment or tax is named (classify._unrecognised).
CHATTER = re.compile(r"^もしもし|飲んで(?:る|ます|ま[ーす]|ん)|飲み会|酔っ(?:て|ぱら|払)|乾杯|お?(?:疲|つか)れ(?:さま|様)(?!です(?:が|けど))|天気|(?:暑|寒)(?:い|く|かった)|"
                     # A message meant for one's family (Honey can u buy milk on the way home).
                     r"\b(?:honey|babe|sweetie|love you)\b|\bon (?:the|your|my) way home\b|帰りに.{0,12}(?:買って|寄って)")
# A message meant for someone else (ママ、今日の夕飯カレーでいい？, 部長、本日の打ち合わせは…, 今週末
# 空いてますか？よかったらご飯でも): `other`, when it names no tax or payment.
MISDIRECTED = re.compile(r"\bwrong (?:chat|thread|conversation|group)\b|^(?:てんちょう|ぶちょう|かちょう|せんぱい|まま|ぱぱ)[、,!\s]|(?:の|な)?シフト(?:は|って|の)?[^。!?]{0,6}(?:何時|なんじ)|"
                         # The resident's own message sent by mistake, said sorry for (Desculpa,
                         # mensagem errada, era para minha esposa; すみません、間違えて送りました).
                         r"\b(?:sorry|desculpa|desculpe|perd[oó]n|disculpa|disculpe|maaf|pasensya|xin l[ỗo]i)\b[^.!?]{0,6}(?:wrong message|wrong text|mensagem errada|mensaje equivocado|salah kirim|salah pesan)\b"
                         r"|間違った(?:メッセージ|メール|ライン|line)(?:を送|でした|です)|(?:すみません|ごめん|失礼)[^。!?]{0,4}間違った(?:メッセージ|メール)|(?:間違えて|間違って|誤って)(?:送りました|送っちゃった|送ってしまいました|送信しました|送信してしまいました)|\bmeant (?:to send |for )(?:this |that |it )?(?:to |for )?(?:my|someone|somebody)\b|^(?:ママ|パパ|お母さん|おかあさん|母さん|お父さん|父さん|おばあちゃん|おじいちゃん|部長|課長|係長|社長|先輩|店長)[、,!\s]"
                         r"|夕飯|晩ご?飯|晩ごはん|お弁当|宿題|お迎え|打ち合わせ|ご飯でも|ごはんでも|飲みに行|デート|(?:今週末|週末|今夜|今晩|土曜|日曜)(?:は|って)?空いて")
# A request to the city about something other than taxes (街灯が切れてて, ゴミの収集): `other`
# (off-topic, replies.md), flagged for a person to pass on, when it names no tax or payment.
OFF_TOPIC = re.compile(r"街灯|防犯灯|道路|歩道|ゴミ|ごみ|粗大|騒音|公園|信号|除雪(?!(?:作業)?(?:で|中|の(?:仕事|バイト)))|雪かき(?!(?:で|中))|野良|側溝|街路樹|草刈(?!り?(?:で|中))|カラス|"
                       r"図書館|バス停|ワクチン|接種券|保育園|幼稚園|学童|住民票の写し|印鑑証明|戸籍|パスポート|マイナンバーカード|"
                       r"\b(?:street ?lights?|garbage|trash|potholes?|noise|park)\b")

# The model's guess of a stop stands (recall of stops comes first), unless the reply is
# positively something else, an acknowledgement, a courtesy, a test, a doubt about the sender
# or a grumble (NOT_A_STOP: メッセージ受け取りました, test, 市役所がSMS送ってくるなんて…), and has
# no word of stopping or refusing and no negative request in it (REFUSAL, NEG_ASK anywhere:
# わさ、こったらメールもう寄越さねでけ is a stop, whatever else it says).
REFUSAL = re.compile(r"停止|中止|止め|(?<!ま)とめ|やめ|辞め|拒否|不要|いら|要ら|いりません|結構|けっこう|控え|遠慮|断|解除|オフ|限り|かぎり|きり|最後|見合わせ|容赦|"
                     r"迷惑|うるさ|しつこ|(?:" + _SEND_PLAIN + r"|す|る|くん)" + _PROHIBIT + "|" + NEG_ASK + "|"
                     r"\b(?:stop(?! (?:paying|by|in|at|worrying|thinking|to)\b)|unsub\w*|opt|quit|cancel|remove|end|off|enough|block|refrain|cease|discontinue)\b|don't|dont|do not|no more|no longer|never", re.ASCII)
# A grumble (はぁ…朝から税金の話とか萎えるわ) says how the resident feels and asks nothing.
GRUMBLE = re.compile(r"税(?:金)?(?:って|は|が)?[^。!?]{0,6}高い(?:よね|なあ|なぁ|な|わ|ねえ|ね)|(?:税金|金)(?:ばっかり|ばかり|ばっか)(?:取|と|上げ|あげ|上が|あが|増や|増え|高く)|かなわん|かなわへん|(?:何|なに)(?:やって|して)(?:ん|る)だか|何(?:にも|も)してくれ(?:ない|ねえ|ねー|ん|へん)|萎え|なえる|だる[いっ]|ダル|面倒|めんど|うんざり|憂鬱|ゆううつ|ため息|溜息|(?<![ぁ-ゖ一-鿿])は[ぁあ]+(?=[ー~っ…。、.!\s]|$)|やれやれ|げんなり|"
                     r"嫌になる|いやになる|やだなあ|やだな|最悪|テンション(?:下が|さが)|気が重|気分(?:悪|わる)|\bugh\b|\bsigh\b|"
                     r"\bbloody (?:council|city|government|tax)|\balways after (?:our|my|your|people's) money\b|\bgreedy\b|\brip-?off\b")
# Voice input's commands and fillers (あーちょっと待ってこれ送信, えっと…改行, 以上送信): said to
# the phone, not to us.
VOICE = (r"(?:^|[\s、。!])(?:これ|それ|以上|ここまで|入力)?(?:で)?(?:送信|そうしん|改行|かいぎょう|句点|読点|送って|おくって)(?:して|する|します)?[。\s!]*$"
         r"|(?:送信|改行|以上)[、。\s]*(?:終わり|おわり)[。\s!]*$"
         r"|^(?:あー+|あっ|えー+|えーと|えっと|えーっと|ええと|あの[ー~]?|うーん|んー+)(?=[、,\s]|ちょ|これ|$)")
NOT_A_STOP = re.compile(VOICE + "|" + r"受け取|うけと|受信し|届き|届い|拝受|承り|確認し|拝見|見ました|読みました|はい|了解|りょ|わかりました|分かりました|"
                        r"承知|よろし|ありがと|お疲れ|おつかれ|お世話|\b(?:received|got (?:it|your)|ok|okay|thanks?|test\w*|noted)\b|"
                        r"テスト|てすと|なんて|本当|ほんと|本物|まさか|詐欺|怪し|あやし|\?|(?:ます|です|でしょう)か[。\s]*$|"
                        r"(?:送|おく)って(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|頂け)|"
                        # The addressee away (母は今デイサービスに行ってて留守です): told, not refused.
                        r"留守|不在|外出中|出かけて(?:い|お)?(?:ます|る)|"
                        r"(?:ご)?無理(?:を)?(?:しないで|なさらないで|せず)|ご自愛|お?(?:体|からだ)(?:に)?(?:お?気をつけ|大切)|" + GRUMBLE.pattern, re.ASCII)
# Kind wishes to staff (無理しないでください, お体に気をつけて): not a negative request of us.
WELL_WISHES = re.compile(r"(?:ご)?無理(?:を)?(?:しないで|なさらないで|せず)(?:ください|下さい|くださいね|ね)?|ご自愛(?:ください)?|"
                         r"お?(?:体|からだ)(?:に)?(?:は)?(?:お?気をつけ|大切に)(?:て|なさって)?(?:ください|下さい)?")
# Our messages wanted at another hour (せめて9時以降にして; 昼間なら構いません; Could you send these in
# the afternoon instead?) or at another number (今後のSMSは070-…へお願いします): no stop.
TIME_WANTED = re.compile(r"(?:\d{1,2}時|朝|夜|昼|昼間|日中|夕方|平日|休日|午前|午後)(?:の)?(?:\d{1,2}時)?(?:以降|以後|から|まで|の間|のうち)(?:に|で)?[^。!?]{0,6}?(?:して|送って|お願い|助かり|ください)"
                         r"|(?:昼間|日中|平日|朝|夕方|夜)(?:なら|だったら)(?:構いません|かまいません|いい|大丈夫|ok)|(?:送る|送信|連絡)(?:の)?(?:時間|時間帯)(?:を)?(?:変え|ずらし|考え)"
                         r"|\b(?:send|text) (?:these|them|it|the (?:texts|messages|reminders)) (?:in the (?:afternoon|morning|evening|daytime)|after \d{1,2}|during the day)")
ELSEWHERE = re.compile(r"(?:新しい|別の|次の)(?:番号|携帯|電話)(?:へ|に)(?:お願い|送って|変更)|\d{2,4}-\d{2,4}-\d{3,4}(?:へ|に)(?:お願い|送って|変更|して)"
                       r"|\b(?:text|send|message) (?:me |them |these )?(?:at |to |on )?(?:my|this|the) (?:new|other|mobile|cell) (?:number|phone)\b")
# Our messages said to help (まあ助かってはいる): beside a weak word of annoyance, no stop.
SMS_VALUED = _rx(r"助かって(?:は)?(?:いる|います|る|ます)|助かります|ありがたい|役に立って|便利")
# A doubt the resident settled themselves (詐欺かと思ったけど、番号調べたら市役所でした; Thought
# this was a scam but checked the city website): no doubt left, unless asked again.
DOUBT_SETTLED = _rx(r"(?:詐欺|さぎ|サギ|架空請求|偽物|にせもの|怪しい|あやしい|スパム|迷惑メール|いたずら|悪戯|なりすまし)[^。!?]{0,6}?(?:か|だ)?(?:と|って)"
                    r"(?:思った|思いました|思って(?:い)?ました|思ってた|思ってしまい|疑った|疑いました|疑って(?:い)?ました|疑ってた)(?:けど|けれど|が|のですが|んですが|ですが|ら|って)",
                    r"(?:詐欺|偽物|怪しい|なりすまし)(?:じゃ|では)ない(?:の|こと)は(?:分かって|わかって|分かり|わかり|知って|承知)",
                    # 市役所に電話して本物だと確認できました; 本物だったんですね、疑ってすみません; 詐欺じゃなかったのか.
                    r"本物(?:だ|です)?(?:と|って)(?:確認(?:でき|し)(?:ました|た)|(?:分か|わか)りました)|本物だったん|(?:詐欺|偽物)じゃなかった(?:ん|の)|疑って(?:すみません|ごめん|申し訳)",
                    # 本物で安心しました; 市の公式の番号から来ているので安心して読めます; 市のサイトで番号を確認しました.
                    r"本物(?:で|と分かって|とわかって|だと分かって|だとわかって|と確認できて)(?:安心|ほっと|よかった)",
                    r"(?:詐欺|偽物|怪しい|なりすまし)(?:だ)?と(?:決めつけ|疑っ|言っ)(?:て)?(?:しまい|しまって)?(?:すみません|ごめん|申し訳|失礼)",
                    r"(?:市役所|区役所|役所|役場|市|区|税務課|納税課)に(?:電話|問い合わせ|問合せ)(?:して|し)[^。!?]{0,6}(?:確認(?:しました|できました|が取れました)|本物)",
                    r"自己解決", r"詐欺呼ばわり(?:して|し)[^。!?]{0,4}(?:すみません|申し訳|失礼|ごめん)",
                    r"(?:公式|正規|市|区|町|役所|市役所|区役所|役場)の?(?:番号|電話番号|サイト|ホームページ|hp|広報)(?:から|で|と)[^。!?]{0,12}(?:安心|確認(?:し|でき)(?:ました|た))",
                    r"\bit's (?:legit|real|genuine)\b|\b(?:checked|confirmed)\b[^.!?]{0,30}\b(?:legit|genuine|real)\b",
                    r"\bthought (?:this|it) was (?:a |an )?(?:scam|fake|spam|phishing|fraud)\b")
# A payment held until the doubt is answered (払うつもりでしたが、本物か確認できるまで保留します):
# the doubt is what is asked. A promise made if we are genuine (本物なら明日払います) is still a
# promise, as the labelled sets read it.
PAY_HELD = _rx(r"保留|(?:確認|確かめ)(?:でき|が取れ)るまで[^。!?]{0,6}(?:払|支払|納め|待|控え)",
               r"\b(?:hold(?:ing)? off|wait(?:ing)?) (?:on paying |paying )?until i (?:confirm|verify|know)\b")
# Another person thought meant, then not (人違いかと思ったら私でした, 誰宛て？と思ったら妻の名義でした).
THOUGHT_OTHER = _rx(r"(?:人違い|人ちがい|別人|間違い|誰宛て?|だれ宛て?)[?]?(?:か)?(?:と|って)(?:思|おも)(?:ったら|いましたが|ったけど|いきや|いました)",
                    r"\bnot (?:a |the )?wrong (?:number|person)\b")
# A wrong number taken back outright (さっきの「人違い」は間違い😂 私で合ってる; 人違いじゃなかったです;
# it IS me): whatever else the reply says of a wrong number, it is not one.
WRONG_WITHDRAWN = _rx(r"(?:人違い|人ちがい)(?:では|じゃ)(?:なかった|ありませんでした)",
                      r"(?:人違い|人ちがい|間違い|違う)[」\"']?(?:は|って)(?:間違い|まちがい|なし|ナシ|うそ|嘘|取り消し|撤回)",
                      r"(?:私|わたし|僕|俺|本人)で(?:合って|あって)(?:る|ます)", r"\bit (?:is|'s) (?:really |actually )?me\b")
# Paid, denied (支払い済みではないです).
NOT_PAID = _rx(r"(?:支払い?|払い|納付|入金|振込み?|振り込み)(?:は)?済み?(?:では|じゃ|でわ)(?:ない|なかった|ありません|なく)",
               # 払ったかって聞かれたらまだです; 払いました！…って夢を見ました; 払ったよって言いたいところだけど.
               r"(?:払|支払)った(?:か|かって)(?:って)?聞かれ(?:たら|れば)", r"(?:って|という|と言う)夢|夢で(?:見|払)",
               r"(?:払|支払|納め)(?:った|いました|ってます)[!…。.よ]*(?:って|と)(?:言いたい|いいたい)(?:ところ|けど|が)",
               r"\bi thought (?:i'd|i had|i) (?:already )?paid\b",
               # 妻が払ったと思ってたら払ってなかったみたいです.
               r"(?:払|支払|納め|振り?込ん)(?:った|だ)(?:と|って)(?:思って(?:い)?た|思い込んで(?:い)?た)(?:ら|けど|のに|が)",
               # Paid up to an earlier instalment only (第3期までは払ったはずなんですが): not this one.
               r"(?:第\d{1,2}期|前期|前回|先月分|前の分|\d{1,2}月分)まで(?:は)?(?:払|支払|納め|納付し|振り?込ん|入金し)",
               # Whether paid, asked (払ったかどうか…納付済みか調べてもらえますか).
               r"(?:払った|払い済み|支払済み|支払い済み|納付済み|納め(?:た|済み))(?:か|かどうか)(?:を)?(?:調べ|確認|わから|分から|覚え|教え)",
               # A transfer booked, not yet made (振込予約しました): a promise for its day.
               r"(?:振込|振り込み|支払い?|送金)予約",
               # Not paid after all (…と思ったら払ってませんでした).
               r"(?:払|支払|納め|振り?込ん)(?:って|で)(?:い)?ませんでした(?!か)",
               # Not paid, in Tohoku speech (払ってねがった, 納めてねかった).
               r"(?:払|支払|納め|振り?込ん)(?:って|で|て)(?:ね(?:ぇ|え|ー)?(?:が|か)|なが)った")

# Our messages asked to go on, in residents' own languages (Não parem de mandar; Jangan berhenti
# kirim; 不要停止发送; ไม่ต้องหยุดส่ง).
KEEP_SENDING_ABROAD = r"\b(?:stop|band) mat kar(?:na|o|ein|iye)\b|\bn[ãa]o (?:parem|pare) de (?:mandar|enviar)|\bjangan berhenti (?:kirim|mengirim)|不要停止|别停止|別停止|ไม่ต้องหยุดส่ง"
# A request that a stop be NOT made (お知らせは止めないでください, 停止しないで, don't stop the
# texts): not a stop, and left out before the stop rules read the reply, so that a stop asked
# for elsewhere in it is still heard.
NOT_STOPPING = re.compile(r"(?:配信停止|停止|ストップ|stop)[」\"]?(?:って|と)(?:返信|送|返|打|入力)(?:し|っ)?(?:たら|ると|れば|ても)"
                          r"|(?:止め|(?<!ま)とめ|やめ|辞め|停止し|停止せ|中止し|中止せ|切ら|きら|解除し|解除せ|オフにし)(?:ない|ん|ね|ねえ|へん)"
                          r"(?:で(?!しょ|す)|といて|とって)"
                          # The stop declined (配信停止はしません, 停止しなくて大丈夫です, 停止はしないで). Not a
                          # bare しない or しません: 停止しないと訴えます, いつまでも停止しませんね ask for one.
                          r"|(?:配信|受信|通知|送信)?(?:停止|中止)(?:は|も)(?:しません|いたしません|しないです)(?![かね])"
                          r"|(?:配信|受信|通知|送信)?(?:停止|中止)(?:は|を|も)?しなくて(?:いい|ええ|大丈夫|結構|けっこう)|(?:停止|中止)(?:は|も)しないで"
                          r"|(?<!if you )(?<!unless you )\b(?:don't|do not|dont|never|please don't) (?:stop|cancel|unsubscribe|turn off)\b"
                          # Keep them coming; a stop asked and declined at once (Unsubscribe? No thanks).
                          r"|\bkeep (?:them|these|the (?:texts|messages|reminders)|your (?:texts|messages|reminders)) coming\b"
                          r"|^(?:unsubscribe|stop|opt out)[?,.!]?\s+no\b"
                          r"|\bno (?:me )?dej(?:e|en|es) de (?:enviar|mandar|escribir)|" + KEEP_SENDING_ABROAD +
                          r"|đừng ngừng|\bdung ngung\b|\b(?:huwag|wag) (?:nyo |niyo |ninyo |ninyong |nyong |niyong |po |pong |na |kayo |kayong )*(?:itigil|i-?stop)\b|(?:扣款|自动扣款|自動扣款|转账|轉帳|工资|工資)[^。!?]{0,4}停止|\bna(?:g)?-?stop (?:po )?(?:yung|ang) (?:sahod|sweldo|trabaho|work|company|kompanya|pabrika)"
                          r"|\bkeep (?:on )?(?:sending|texting|the (?:texts|messages|reminders))"
                          # A stop denied (止めてほしいとかじゃないんですけど; 通知を止めたいわけではなく) or declined
                          # (STOPは送りません).
                          r"|(?:止め|(?<!ま)とめ|やめ|停止し)(?:て(?:ほしい|欲しい)|たい)(?:とか|って(?:いう)?(?:わけ|こと|ん)?|わけ)(?:じゃ|では)(?:ない|なく|ありません)"
                          r"|(?:配信停止|停止|ストップ|stop)[」\"]?(?:は|なんて|とか)(?:送り|返信し|返し|打ち)(?:ません|ない(?:です|よ|から)?)(?![かね])"
                          # Not at some hours or days (土日に送るのやめてもらえます?; Please don't text me
                          # on weekends): our messages wanted at other times, no stop (TIME_WANTED).
                          r"|(?:土日|週末|休日|祝日|夜|夜中|深夜|早朝|朝|昼間|日中|夜間|仕事中|勤務中)(?:に|は|だけ)(?:は)?(?:送|おく|連絡|通知|メール)[^。!?、]{0,8}?(?:やめ|止め|控え|ない(?:で|よう))"
                          r"|\b(?:don't|do not|dont|please don't) (?:text|message|send|contact)(?: me| us)?(?: messages| texts)? (?:on|at|during|in the) (?:weekends?|nights?|night ?time|mornings?|evenings?|work(?:ing)? hours|holidays)\b"
                          r"|(?:支払い?|払い|納付|引き?落とし)(?:を|は)?(?:しばらく|一時|少し)?(?:停止|中止|ストップ)|(?:配信停止|停止)の(?:案内|方法|説明|手順|リンク)(?:も|が)?(?:書いて|載って|付いて)?(?:無|な)い"
                          r"|\bstop (?:answering|replying to|responding to|clicking|opening)\b|\bstop and (?:check|think|verify|ask|look)\b|\b(?:nearly|almost|about to) (?:texted|text|replied|reply|sent|send|typed|type) ['\"]?stop\b"
                          r"|\b(?:chakri|kaj|kam|kaam|job|work|naukri|trabaho)\s(?:stop|bondho|band)\b"
                          # A debit or a business stopped (口座振替が stop されてた; My shop had to stop business).
                          r"|(?:口座振替|振替|引き?落とし|自動引き?落とし|口座)(?:が|は|を)?\s?(?:停止|stop|ストップ)\s?(?:され|して|し|に)"
                          r"|\b(?:had to |have to |has to )?stop(?:ped)? (?:business|working|trading|operating|the business|my business)\b"
                          # Stopping what is not our messages (set 186): a deduction or a debit, a
                          # stop sign, what one cannot stop doing, another sender's alerts, our paper
                          # letters to an old address.
                          r"|\bstop (?:the |my |this )?(?:automatic |auto[- ]?)?(?:deduction|debit|direct debit|withdrawal|payment|transfer|standing order|salary deduction)s?\b"
                          r"|\bstop ?signs?\b"
                          # Set 208: another sender's unsubscribe (unsubscribeしたかったのはNetflixのメールでした);
                          # stopping a charge's growth or one's own habit (stop the 延滞金 from growing;
                          # I'll stop procrastinating); a stop only wished and then not asked
                          # (もう送らないで…って言いたいとこだけど); a stop said before from another number.
                          r"|unsubscribe(?:したかった|したい|する)?の(?:は)?[^。!?]{0,20}?(?:の)?(?:メール|メルマガ|通知|アプリ)(?:でした|です|だった)"
                          r"|\bstop (?:the |my |this )?[^.!?]{1,20}? from (?:growing|increasing|going up|adding|accruing|rising)\b"
                          r"|\b(?:i'll|i will|i'm going to|im going to|gonna|i need to|i have to|i should) stop (?!texting|sending|messaging|contacting|receiving|getting)[a-z]+ing\b"
                          r"|[^。!?、]{0,16}(?:って|と)(?:言いたい|いいたい)(?:とこ|ところ)(?:だ|です)?(?:けど|が|けれど)"
                          r"|(?:送らないで|停止|止めて|stop)[」\"]?(?:って|と)(?:前に|以前|前)?(?:言った|送った|返信した)の(?:は)?(?:別|他|ほか)の(?:番号|携帯|人)"
                          # A stop disowned (Not that I want you to stop; I'm not asking you to stop;
                          # Why would I want you to stop; set 194).
                          r"|^stop\?(?=\s*(?:why|no\b|lol|what|huh|haha))|\bnot (?:that )?(?:i )?(?:want|asking|ask) (?:you )?to stop\b|\bi'?m not asking (?:you )?to stop\b|\bwhy would i (?:want|ask) (?:you )?to stop\b"
                          # Set 190: another app's notifications turned off (LINEの通知は全部切ってます);
                          # a refusal asked about, not made (受け取りを拒否したら、何か不利になりますか);
                          # post refused (郵便物を受け取り拒否にしてた); a shop's ads to be stopped; calls
                          # to the workplace declined (職場への連絡だけはやめてください).
                          r"|(?:line|ライン|アプリ|インスタ|ゲーム|他の|ほかの)(?:の)?(?:通知|お知らせ)(?:は|を|も)?[^。!?]{0,6}(?:切って|切り|切っ|オフ|止めて|止め)"
                          r"|(?:拒否|停止|ストップ|受信拒否)(?:を)?(?:し|にし)?たら[^。!?]{0,16}(?:なりますか|なる\?|ですか|でしょうか|\?)"
                          r"|(?:郵便|郵便物|手紙|書留|封書|督促状|納付書)(?:の|を)?(?:受け取り|受取)(?:を)?拒否"
                          r"|(?:広告|宣伝|メルマガ|ショップ|通販)(?:の)?(?:メール|sms|メッセージ|dm)?(?:を|が)?[^。!?]{0,4}(?:止め|とめ|停止|やめ|ブロック)"
                          r"|(?:職場|会社|勤務先|実家|家族|親)(?:へ|に)?の?(?:連絡|電話|訪問|郵送)(?:だけ|は)*(?:やめ|止め|控え|ご遠慮|勘弁)"
                          r"|\b(?:can't|cannot|can not|couldn't|could not|never) stop (?!receiving|getting|texting|sending|messaging|contacting|these|them|this|the)[a-z]+ing\b"
                          r"|\bunsubscrib\w* (?:from )?(?:my |the |a )?(?:[a-z]+'s |bank |gym |store |shop |app |newsletter)"
                          r"|\bstop sending (?:the |your )?(?:paper |postal )?(?:letters|post|mail|bills|notices) to (?:my |the )?(?:old|previous|former)\b"
                          # Another sender's stop asked about (配信停止ってどうやるんだっけ?NHKのメルマガのやつ).
                          r"|(?:配信停止|停止|解除|退会)(?:って|は|の)?(?:どうやる|どうす|やり方|方法)[^。]{0,20}?(?:nhk|メルマガ|メールマガジン|通販|アプリ|ゲーム)"
                          r"|(?:nhk|メルマガ|メールマガジン|通販|アプリ|ゲーム)(?:の|は)?[^。!?]{0,12}?(?:配信停止|停止|解除|退会)"
                          # The police's anti-fraud slogan (STOP詐欺, ストップ!詐欺被害).
                          r"|(?:stop|ストップ)[!!]?\s?(?:詐欺|特殊詐欺|振り込め)"
                          # STOP quoted as what one might reply (the text said 'reply STOP to
                          # unsubscribe', but I don't want to; someone told me to reply STOP).
                          r"|\b(?:reply|replying|text|texting|send|sending|type|typing|answer) ['\"]?stop['\"]?(?: to (?:unsubscribe|opt out|stop [a-z]+))?"
                          r"|\b(?:don't|do not|dont|never) (?:want|wish|need|mean|intend) to (?:unsubscribe|opt out|stop (?:them|these|the [a-z]+))\b"
                          # A stop only quoted, and denied (送らないでとは言いませんが, もう送らなくていいよ、
                          # って言おうと思ったけど): the words of a stop, not a request.
                          r"|[^。!?]{0,16}?(?:と|って|とは|っては|とまでは)[、,\s]?(?:言|い)(?:いません|いませんが|わない|わへん|わん|ってない|っていません|おうと(?:思|し)|おうかと|いたい(?:けど|けれど|ところ|が)|いかけ)"
                          # Another's words quoted (母が「役所はSMSなんか送らない」と言ってます), and a stop
                          # said unneeded (私は止めなくていいです).
                          r"|(?:役所|市役所|区役所|役場|市|区|町|自治体)(?:は|が)[^。」!?]{0,12}(?:送ら|送って(?:こ|く))ない(?!で)"
                          r"|(?:止め|(?<!ま)とめ|停止し|やめ)なくて(?:も)?(?:いい|ええ|大丈夫|結構)"
                          # A stop said earlier, clarified as of another channel (送らないでと申し上げたのは紙の封書の件
                          # でございます), and a stop not wished (配信の停止は希望しておりません).
                          r"|(?:送らないで|停止|やめて|結構です|もう結構)[」\"]?[、,]?\s?(?:と|って)(?:申し上げた|言った|お伝えした|お願いした|伝えた)の(?:は)[^。!?]{0,12}(?:件|こと|方)"
                          r"|(?:配信|受信|通知|送信)?(?:の)?(?:停止|中止)(?:は|を|も)?(?:希望|お願い)(?:して|いたして)?(?:おりません|いません|しません)"
                          # A stop thought of and not made (配信停止しようかと思ったけど…払いました).
                          r"|(?:配信停止|停止|止め|(?<!ま)とめ|やめ|解除|オフに)(?:しよう|よう)(?:か)?(?:と|って)(?:も)?(?:思っ|考え)"
                          # STOP as what a scam would make one send (「配信停止」って送らせて…).
                          r"|(?:配信停止|停止|ストップ|stop)[」\"]?(?:って|と)(?:送ら|返信さ|打た|返さ)せ"
                          # The stop said unneeded (配信停止は不要です), and others' wish for one (送らないで
                          # ほしい人もいるだろうけど、私は助かってます).
                          r"|(?:配信|受信|通知|送信)?(?:停止|中止)(?:は|も)(?:不要|いらない|いりません|必要(?:ない|ありません)|結構)"
                          r"|[^。!?]{0,12}?(?:ほしい|欲しい|たい)(?:人|方)(?:も|は)(?:いる|多い|おる)"
                          # The stop sent by someone else (送らないでって返信したの私じゃないです).
                          "|" + _STOP_NOT_MINE +
                          # Notices off, told as why the reminder was missed (通知オフにしてたので気づきませんでした).
                          # Notices off or calls blocked, told as why the reminder was missed (通知オフにしてた
                          # ので気づきませんでした; この番号からの着信を拒否設定してたので).
                          r"|(?:通知|受信|着信)(?:を)?(?:オフ|off|切っ|止め|拒否)(?:設定|に)?(?:して)?(?:た|てた|ていた|てて)(?:ので|から|せいで|ため)"
                          # Our message found in the spam folder, told (迷惑メールフォルダに入ってて気づきませんでした).
                          r"|迷惑(?:メール|sms)?(?:フォルダ|フォルダー|ボックス|ふぉるだ)(?:に|へ)(?:入って|入っ|振り分け|分類)"
                          # Ours asked to be kept (税金のこれは残しといてください; 市役所のは残してるよ), and a
                          # stop said not to be sent (停止とか返しませんよ).
                          r"|(?:これ|こちら|この(?:sms|メール|お知らせ|通知)|税金の(?:これ|方|分|お知らせ)|(?:市役所|区役所|役所|役場)の)(?:は|だけは)?(?:残して|残しといて|残しておいて|続けて)"
                          r"|(?:停止|ストップ|stop)(?:とか|なんて|など)(?:返し|送り|し)ません"
                          # A stop named only to be set aside (配信停止の方法ではなく、納付書の再発行の方法を).
                          r"|(?:配信停止|停止|解除|ストップ|stop)(?:の(?:方法|仕方|やり方|手続き|件|こと|話))?(?:ではなく|じゃなく|でなく)"
                          # A block nearly made, not made (迷惑メール設定で弾くとこだった).
                          r"|[^。!?、]{0,24}?(?:ところ|とこ)(?:だった|でした|やった|じゃった)"
                          # A scam's number blocked, told beside the question (詐欺っぽいSMSが来て、その番号は
                          # ブロックしました).
                          r"|(?:詐欺|さぎ|怪し|あやし|不審|フィッシング)[^。!?]{0,24}?(?:その|あの|そっちの|向こうの)(?:番号|相手|アドレス|送信元)(?:は|を|も)?(?:ブロック|着信拒否|受信拒否)(?:し|済)"
                          # Our messages wanted as they are (SMSはこのままで結構です).
                          r"|(?:sms|メール|メッセージ|お知らせ|通知|連絡|ショートメール)(?:は|も)?(?:この|その)まま(?:で|に)?(?:も)?(?:結構|いい|ええ|大丈夫|構いません|かまいません|お願い|ok)(?:です|だ)?"
                          # The phone's own notices off once, now on again (通知止めてたの解除したら溜まってた).
                          r"|(?:止め|(?<!ま)とめ|停止し|オフにし|切っ|拒否し)て(?:い)?た(?:の|のを|けど|が)?[^。!?]{0,6}?(?:解除し|オンにし|戻し|外し)(?:たら|て|た)"
                          # A stop declined (配信停止の意思はございません).
                          r"|(?:配信)?停止(?:の|する)?(?:意思|意志|つもり|予定)(?:は|も)(?:ございません|ありません|ない)"
                          # A letter refused once, told (受け取り拒否した封筒、税金のだったみたいです).
                          r"|(?:受け取り|受取|受取り)(?:を)?拒否し(?:た|ちゃった|てしまった)(?:封筒|郵便物?|手紙|書類|もの|の)"
                          r"|\bstop (?:the |charging (?:me )?(?:the )?)?(?:late fees?|penalt(?:y|ies)|interest|fines?|surcharges?|direct debit|debit|seizure|garnish\w*)\b|\bstop charging\b"
                          # stop said of what one did (ATMで途中でstopしちゃった).
                          r"|\bstop(?:し|って)(?:ちゃった|ちゃいました|てしまった|てしまいました|た|ました)", re.ASCII)
# Something other than our messages said to be unneeded (返信不要です: no answer is needed; 領収書は
# いりません, 明細の郵送は不要): no stop. Left out before the stop rules read the reply, as
# NOT_STOPPING is.
NOT_OURS_UNNEEDED = re.compile(r"(?:お?電話|架電|訪問|郵送|郵便物?|封書|書面|紙|家族宛て?の郵便物?)(?:での|による|の)?(?:ご?連絡|ご?案内|お知らせ|送付|督促)?(?:は|を|も)?[^。!?]{0,4}(?:ご?遠慮|お?控え|不要|結構|差し控え)|"
                               r"(?:差し控え|控え|遠慮|止め|やめ)(?:て)?(?:いただきたい|ほしい|欲しい)の(?:は)(?:お?電話|郵送|書面|紙|封書|訪問)|"
                               r"(?:ご?連絡|ご?返信|返信|連絡|送付|送り)(?:は)?(?:ご?不要)(?:とのこと|と(?:ありました|書いて))|"
                               r"(?:夜|夜中|深夜|夜遅い時間|早朝|夜間|\d{1,2}時)(?:の|に|以降に|過ぎに)?(?:送信|ご?連絡|配信|送る(?:の|こと)|送って(?:くる|来る)(?:の|こと))(?:だけ|のみ)?(?:は|を)?[^。!?]{0,4}(?:ご?遠慮|お?控え|やめ)|"
                               r"(?:差し?押さ?え|差押|延滞金|利子|口座振替|自動引き?落とし|引き?落とし|督促状の郵送|郵送|給与の差し?押さ?え)(?:の登録)?(?:を|は|、|,)?\s?(?:止め|(?<!ま)とめ|やめ|停止し|中止し|解除し)(?:て|る|ます)?(?:もらえ|ください|下さい|ほしい|いただけ)?|(?:line|ライン|アプリ|インスタ|メルマガ|広告|他社|銀行|カード会社)の(?:通知|連絡|メール|配信|お知らせ)(?:は|を|も)?(?:止め|(?<!ま)とめ|やめ|停止し|切っ|オフにし)(?:た|てる|ている|ました|ています|て(?:ください|下さい|ほしい)?)?|(?:ご?返信|お?返事|ご?返答|ご?回答|折り?返し|領収書|領収証|明細|納付書|振込用紙|書類|用紙|封筒|控え|印鑑|手数料|郵送|再送|再発行)"
                               r"(?:は|も|の)?(?:ご|お)?(?:郵送|送付|発行|発送|送り|連絡)?(?:は|も)?(?:いただかなくて|されなくて|しなくて)?(?:も)?(?:不要|ふよう|いら(?:ない|ん|ね)|いりません|要ら(?:ない|ん)|要りません|結構|無用|必要(?:ない|ありません|ございません))"
                               # Other callers blocked (非通知は着信拒否にしてる; いらない連絡は全部ブロックしてる).
                               r"|(?:非通知|知らない番号|迷惑電話|営業電話|国際電話|いらない(?:連絡|メール|電話)|不要な(?:連絡|メール|電話)|迷惑(?:メール|sms))(?:は|を)?(?:全部|すべて)?(?:着信拒否|拒否|ブロック)"
                               # Another service's mail stopped (市の防災メールは解除したけど).
                               r"|(?:防災|広報|市報|ごみ|ゴミ|子育て|メルマガ|ニュース|天気|クーポン|ポイント|イベント)[^。!?]{0,4}(?:メール|通知|配信|お知らせ)(?:は|を|も)?(?:解除|停止|止め|やめ|オフに)(?:し)?(?:た|ました|て|たい)?"
                               # What is to be cancelled named as something else (解除したいのは口座振替の方です).
                               r"|" + _WANT_CANCELLED + r"(?:口座振替|引き?落とし|自動払込|差し?押さ?え|延滞金)(?:の方|のほう)?(?:です|だ)?"
                               r"|\bno reply needed\b|\bno need(?: (?:to|for))? (?:reply|respond|answer|a reply|an answer)\b")

# Laughter (さすがお役所、仕事が早いですね（笑）) marks a remark as not meant: `other`, flagged,
# when no rule found anything else in it.
LAUGHTER = re.compile(r"\(笑\)|(?<![微談失苦爆嘲冷])笑(?:$|[\s。!、,])|(?<![a-z])w{2,}$|草$|^(?:まじ|マジ)?(?:うける|ウケる|ウケル)(?:ん(?:だけど|ですけど))?[!。w笑\s]*$")

# A word for paying: the model may not find a promise or a payment without one.
MONEY = re.compile(r"払|はら|振|ふりこ|納|入金|送金|決済|済|pay|paid|money|sent|コンビニ|銀行|atm|ゆうちょ|窓口|口座|引き?落|ペイ")

# Key words read with one typo when nothing else matched: (keyword, label).
TYPO_WORDS = [
    ("払います", PAYMENT_PROMISE), ("はらいます", PAYMENT_PROMISE), ("支払います", PAYMENT_PROMISE),
    ("振り込みます", PAYMENT_PROMISE), ("振込みます", PAYMENT_PROMISE), ("納付します", PAYMENT_PROMISE),
    ("払いました", ALREADY_PAID), ("はらいました", ALREADY_PAID), ("支払いました", ALREADY_PAID),
    ("振り込みました", ALREADY_PAID), ("振込みました", ALREADY_PAID), ("納付しました", ALREADY_PAID),
    ("払えません", CONSULTATION_REQUEST), ("はらえません", CONSULTATION_REQUEST),
    ("支払えません", CONSULTATION_REQUEST), ("相談したい", CONSULTATION_REQUEST),
    ("人違い", WRONG_NUMBER), ("番号違い", WRONG_NUMBER), ("ひとちがい", WRONG_NUMBER),
    ("停止して", OPT_OUT), ("配信停止", OPT_OUT), ("送らないで", OPT_OUT), ("すとっぷ", OPT_OUT),
    ("本物ですか", AUTHENTICITY_CHECK), ("なりすまし", AUTHENTICITY_CHECK),
]
