"""replies.abroad: residents' own languages beyond rules.py, read as the reader reads them.

Every pattern is compiled as the reader compiles it (re.ASCII) and searched in normalised text. The examples are
written for this test: plain replies to a city office in each language, one meaning each. Stops must be caught;
look-alikes of a stop (salary stopped, card blocked, "don't stop sending", "send it again", a registration or a
subscription elsewhere cancelled) must never be; and a reply must not be read as a label that outranks its own.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from replies.abroad import DATE_WORDS, PHRASES, WEEKDAYS
from replies.normalize import normalize
from replies.prefilter import Prefiltered, factors

LABELS = ("wrong_number", "opt_out", "already_paid", "consultation_request", "payment_promise", "authenticity_check")
LANGUAGES = ("Russian", "Ukrainian", "Arabic", "Persian", "Urdu", "Hinglish", "Hindi", "Tamil", "Burmese", "Khmer", "Lao",
             "Uzbek", "Turkish", "French", "German", "Italian", "Swahili", "Malay", "Bengali", "Sinhala", "Mongolian",
             "Kazakh", "Amharic", "Polish", "Kyrgyz")

COMPILED = {lang: {label: [re.compile(p, re.ASCII) for p in pats] for label, pats in labels.items()}
            for lang, labels in PHRASES.items()}


def _matches(label: str, text: str, lang: str | None = None) -> list[str]:
    """The patterns of ``label`` (of one language, or of all) found in ``text`` (already normalised)."""
    langs = [lang] if lang else list(COMPILED)
    return [f"{la}: {rx.pattern}" for la in langs for rx in COMPILED[la][label] if rx.search(text)]


EXAMPLES: dict[str, dict[str, list[str]]] = {
    "Russian": {
        "opt_out": ["Пожалуйста, не присылайте мне больше сообщения", "Больше не пишите мне!", "Прекратите рассылку смс",
                    "Хватит слать эти смс", "Удалите мой номер из базы", "Не хочу получать эти уведомления",
                    "Отпишите меня от рассылки", "Заблокирую ваш номер, надоели", "СТОП"],
        "already_paid": ["Я уже оплатила налог вчера", "Оплачено 12 числа через Сбербанк", "Перевела деньги на прошлой неделе",
                         "Платёж уже прошёл"],
        "consultation_request": ["Можно в рассрочку?", "Сейчас нет денег, зарплата задерживается",
                                 "Не могу оплатить всю сумму сразу", "Сумма какая-то неверная, проверьте",
                                 "Я не получал никакого письма", "Перезвоните мне, пожалуйста", "Почему такой большой налог?"],
        "payment_promise": ["Оплачу в пятницу", "Заплачу до конца месяца", "Переведу завтра утром",
                            "Буду платить с зарплаты 25-го"],
        "wrong_number": ["Вы ошиблись номером", "Это не мой номер, я купил симку недавно", "Я не знаю такого человека",
                         "Такого человека здесь нет"],
        "authenticity_check": ["Это мошенники?", "Это правда от администрации города?", "Похоже на фишинг",
                               "Это настоящее сообщение?"],
    },
    "Ukrainian": {
        "opt_out": ["Будь ласка, не надсилайте мені більше повідомлення", "Більше не пишіть мені", "Припиніть розсилку смс",
                    "Досить надсилати ці повідомлення", "Видаліть мій номер з бази", "Не хочу отримувати ваші сповіщення",
                    "Відпишіть мене від розсилки", "СТОП"],
        "already_paid": ["Я вже оплатила податок", "Сплачено ще 5 числа", "Переказав гроші вчора ввечері",
                         "Оплата вже пройшла"],
        "consultation_request": ["Чи можна розстрочку?", "Зараз немає грошей", "Не можу сплатити всю суму",
                                 "Сума неправильна, перевірте", "Я не отримувала жодного листа",
                                 "Передзвоніть мені, будь ласка", "Чому такий великий податок?"],
        "payment_promise": ["Оплачу в п'ятницю", "Заплачу до кінця місяця", "Перекажу завтра зранку",
                            "Буду платити з зарплати"],
        "wrong_number": ["Ви помилилися номером", "Це не мій номер", "Я не знаю цієї людини", "Такої людини тут немає"],
        "authenticity_check": ["Це шахраї?", "Це справді від міської ради?", "Схоже на фішинг", "Це офіційне повідомлення?"],
    },
    "Arabic": {
        "opt_out": ["لا ترسلوا لي رسائل بعد اليوم", "من فضلك توقفوا عن إرسال الرسائل", "متبعتليش رسايل تاني", "ما أبي رسايل",
                    "احذفوا رقمي من القائمة", "الغاء الاشتراك", "كفاية رسايل", "يرجى عدم الإرسال", "راح أحظر الرقم"],
        "already_paid": ["دفعت الضريبة أمس", "تم الدفع عن طريق البنك", "الفاتورة مدفوعة من زمان", "سددت المبلغ كامل"],
        "consultation_request": ["ممكن تقسيط المبلغ؟", "ما عندي فلوس هالشهر", "مش قادر أدفع دلوقتي", "المبلغ غلط",
                                 "ما وصلني الخطاب", "اتصلوا بي من فضلك", "ليش المبلغ كبير؟"],
        "payment_promise": ["سأدفع غدا إن شاء الله", "راح ادفع نهاية الشهر", "هدفع بكرة", "بدفع الأسبوع الجاي"],
        "wrong_number": ["الرقم غلط", "مش أنا، غلطانين في الرقم", "لا أعرف هذا الشخص", "هذا الرقم مو رقمي"],
        "authenticity_check": ["هل هذه رسالة احتيال؟", "هذا نصب", "هل هذه الرسالة حقيقية؟", "فعلا من البلدية؟"],
    },
    "Persian": {
        "opt_out": ["لطفا دیگه پیام نفرستید", "پیامک نفرستین", "ارسال پیامک را متوقف کنید", "شمارمو حذف کنید",
                    "نمی‌خوام پیامک دریافت کنم", "لغو11", "بسه دیگه پیام", "مزاحم نشید"],
        "already_paid": ["پرداخت کردم", "دیروز واریز کردم", "قبلا پرداخت شده", "پول رو ریختم به حساب"],
        "consultation_request": ["میشه قسطی پرداخت کنم؟", "الان پول ندارم", "نمیتونم پرداخت کنم", "مبلغ اشتباهه",
                                 "نامه ای به دستم نرسید", "لطفا با من تماس بگیرید", "چرا این مبلغ؟"],
        "payment_promise": ["فردا پرداخت میکنم", "آخر ماه واریز می کنم", "هفته بعد پولشو میریزم", "پرداخت خواهم کرد"],
        "wrong_number": ["شماره اشتباه گرفتید", "این شماره مال من نیست", "من اون شخص نیستم", "این آقا رو نمیشناسم"],
        "authenticity_check": ["کلاهبرداری است؟", "این پیامک جعلی است", "واقعا از شهرداری است؟", "این پیام واقعیه؟"],
    },
    "Urdu": {
        "opt_out": ["براہ کرم مجھے میسج مت بھیجیں", "آئندہ سے پیغام نہ بھیجیں", "یہ میسج بند کریں",
                    "میرا نمبر اپنی لسٹ سے ہٹا دیں", "مجھے یہ پیغامات نہیں چاہییں", "تنگ نہ کریں"],
        "already_paid": ["میں نے ٹیکس ادا کر دیا ہے", "رقم پہلے ہی جمع کرا دی", "ادائیگی ہو گئی ہے"],
        "consultation_request": ["کیا قسطوں میں ادا کر سکتا ہوں؟", "ابھی پیسے نہیں ہیں", "رقم غلط ہے", "مجھے کوئی خط نہیں ملا",
                                 "مجھے فون کریں", "یہ ٹیکس کیوں ہے؟"],
        "payment_promise": ["میں کل ادا کر دوں گا", "اگلے ہفتے جمع کرا دوں گی", "تنخواہ آتے ہی ادا کروں گا"],
        "wrong_number": ["غلط نمبر ہے", "یہ میرا نمبر نہیں ہے", "میں اس شخص کو نہیں جانتا"],
        "authenticity_check": ["کیا یہ فراڈ ہے؟", "یہ جعلی میسج لگتا ہے", "کیا یہ واقعی بلدیہ کی طرف سے ہے؟"],
    },
    "Hinglish": {
        "opt_out": ["Please mujhe message mat bhejo", "Ab se msg mat bhejna", "SMS band karo", "Mera number apni list se hata do",
                    "Mujhe ye messages nahi chahiye", "Bas karo ye message", "Aapka number block kar dunga", "Pareshan mat karo"],
        "already_paid": ["Maine tax pay kar diya hai", "Payment ho gaya kal", "Pehle hi jama kar diya", "Bill bhar diya tha"],
        "consultation_request": ["Kya kishton me de sakte hain?", "Abhi paise nahi hai", "Abhi pay nahi kar sakta",
                                 "Amount galat hai", "Letter nahi mila", "Mujhe call kijiye", "Ye tax kyun laga?"],
        "payment_promise": ["Kal pay kar dunga", "Salary aate hi jama kar dungi", "Next week payment karunga",
                            "Friday tak bhar denge"],
        "wrong_number": ["Galat number hai", "Ye mera number nahi hai", "Main wo insaan nahi hoon", "Is aadmi ko main nahi janta"],
        "authenticity_check": ["Ye fraud hai kya?", "Fake message lagta hai", "Kya ye sach me municipal office se hai?",
                               "Dhokha hai ye"],
    },
    "Hindi": {
        "opt_out": ["कृपया मुझे मैसेज मत भेजो", "अब से मत भेजिए", "एसएमएस भेजना बंद करें", "मेरा नंबर लिस्ट से हटा दीजिए",
                    "मुझे ये संदेश नहीं चाहिए", "परेशान मत करो", "मैसेज़ मत भेजो"],
        "already_paid": ["मैंने टैक्स जमा कर दिया है", "भुगतान हो गया है", "पहले ही भर दिया"],
        "consultation_request": ["क्या किस्तों में दे सकते हैं?", "अभी पैसे नहीं हैं", "रकम गलत है", "मुझे कोई पत्र नहीं मिला",
                                 "मुझे कॉल करें", "यह टैक्स क्यों है?"],
        "payment_promise": ["कल भुगतान कर दूंगा", "अगले हफ्ते जमा कर दूँगी", "शुक्रवार को पैसे दे दूंगा",
                            "सैलरी आते ही भुगतान करूंगा"],
        "wrong_number": ["गलत नंबर है", "ये नंबर मेरा नहीं है", "मैं वो व्यक्ति नहीं हूं", "इस आदमी को मैं नहीं जानता"],
        "authenticity_check": ["क्या यह फ्रॉड है?", "ये फर्जी मैसेज है", "क्या यह सच में नगर निगम से है?"],
    },
    "Tamil": {
        "opt_out": ["தயவுசெய்து மெசேஜ் அனுப்ப வேண்டாம்", "இனிமேல் அனுப்பாதீர்கள்", "மெசேஜ் அனுப்புவதை நிறுத்துங்கள்",
                    "என் நம்பரை லிஸ்டில் இருந்து நீக்குங்கள்", "எனக்கு இந்த மெசேஜ் வேண்டாம்", "msg anuppa vendam"],
        "already_paid": ["நான் ஏற்கனவே கட்டிவிட்டேன்", "வரி செலுத்திவிட்டேன்", "நேற்று பணம் கட்டினேன்"],
        "consultation_request": ["தவணையில் கட்ட முடியுமா?", "இப்போது பணம் இல்லை", "இப்போ கட்ட முடியாது", "தொகை தவறு",
                                 "கடிதம் வரவில்லை", "எனக்கு கால் பண்ணுங்க", "ஏன் இவ்வளவு வரி?"],
        "payment_promise": ["நாளைக்கு கட்டுறேன்", "வெள்ளிக்கிழமை செலுத்துகிறேன்", "மாத கடைசியில் கட்டிடுவேன்"],
        "wrong_number": ["தவறான எண்", "இது என் நம்பர் இல்லை", "இந்த நபரை எனக்கு தெரியாது", "ராங் நம்பர்"],
        "authenticity_check": ["இது மோசடியா?", "இது போலி மெசேஜ்", "இது உண்மையா?"],
    },
    "Burmese": {
        "opt_out": ["စာတွေ ထပ်မပို့ပါနဲ့", "မက်ဆေ့ချ် မပို့ပါနဲ့", "ပို့တာ ရပ်ပေးပါ", "ကျွန်တော့်နံပါတ်ကို ဖျက်ပေးပါ",
                    "မက်ဆေ့တွေ မလိုချင်ဘူး", "ဘလော့ လုပ်လိုက်မယ်"],
        "already_paid": ["ပေးပြီးပါပြီ", "အခွန် ပေးဆောင်ပြီးပါပြီ", "မနေ့က ငွေလွှဲပြီးပြီ"],
        "consultation_request": ["အရစ်ကျ ပေးလို့ရမလား", "အခု ပိုက်ဆံမရှိဘူး", "မပေးနိုင်သေးဘူး", "ဖုန်းဆက်ပေးပါ",
                                 "ဘာလို့ ဒီလောက်များတာလဲ"],
        "payment_promise": ["မနက်ဖြန် ပေးဆောင်ပါမယ်", "လကုန်ရင် လွှဲပေးပါမယ်", "သောကြာနေ့ ပေးပါ့မယ်"],
        "wrong_number": ["နံပါတ်မှားနေပါတယ်", "ကျွန်တော် ဦးအောင်မဟုတ်ပါဘူး", "ဒီလူကို မသိပါဘူး"],
        "authenticity_check": ["ဒါ လိမ်တာလား", "အတုလား", "တကယ် မြို့တော်ကလား"],
    },
    "Khmer": {
        "opt_out": ["សូមកុំផ្ញើសារមកទៀត", "ឈប់ផ្ញើសារមកខ្ញុំ", "ខ្ញុំមិនចង់ទទួលសារទេ", "សូមលុបលេខខ្ញុំ", "សុំឈប់ផ្ញើ",
                    "ខ្ញុំនឹងប្លុកលេខនេះ"],
        "already_paid": ["ខ្ញុំបានបង់រួចហើយ", "បង់ហើយកាលពីម្សិលមិញ", "បានផ្ទេរលុយរួចហើយ"],
        "consultation_request": ["អាចបង់រំលោះបានទេ?", "ឥឡូវនេះអត់មានលុយទេ", "ខ្ញុំមិនអាចបង់បានទេ", "ចំនួនទឹកប្រាក់ខុស",
                                 "ខ្ញុំមិនបានទទួលសំបុត្រទេ", "សូមទូរស័ព្ទមកខ្ញុំ", "ហេតុអ្វីពន្ធច្រើនម្ល៉េះ?"],
        "payment_promise": ["ខ្ញុំនឹងបង់ថ្ងៃស្អែក", "ចុងខែខ្ញុំបង់", "ស្អែកខ្ញុំនឹងផ្ទេរ"],
        "wrong_number": ["ខុសលេខហើយ", "ខ្ញុំមិនមែនជាគាត់ទេ", "ខ្ញុំមិនស្គាល់អ្នកនេះទេ"],
        "authenticity_check": ["នេះជាការបោកប្រាស់មែនទេ?", "ឆបោកមែនទេ", "ពិតមែនទេ?"],
    },
    "Lao": {
        "opt_out": ["ບໍ່ຕ້ອງສົ່ງຂໍ້ຄວາມມາອີກ", "ຢ່າສົ່ງມາອີກ", "ກະລຸນາຢຸດສົ່ງຂໍ້ຄວາມ", "ຂ້ອຍບໍ່ຢາກຮັບຂໍ້ຄວາມ", "ລຶບເບີຂ້ອຍອອກ",
                    "ຍົກເລີກການຮັບຂໍ້ຄວາມ"],
        "already_paid": ["ຂ້ອຍຈ່າຍແລ້ວ", "ໂອນເງິນແລ້ວມື້ວານ", "ຊຳລະຮຽບຮ້ອຍແລ້ວ"],
        "consultation_request": ["ຂໍຜ່ອນໄດ້ບໍ່", "ຕອນນີ້ບໍ່ມີເງິນ", "ຈ່າຍບໍ່ໄດ້", "ບໍ່ໄດ້ຮັບຈົດໝາຍ", "ໂທຫາຂ້ອຍແດ່",
                                 "ເປັນຫຍັງຕ້ອງຈ່າຍ"],
        "payment_promise": ["ມື້ອື່ນຈະຈ່າຍ", "ຂ້ອຍຈະໂອນທ້າຍເດືອນ", "ຈະໄປຈ່າຍວັນສຸກ"],
        "wrong_number": ["ເບີຜິດ", "ບໍ່ແມ່ນຂ້ອຍ", "ບໍ່ຮູ້ຈັກຄົນນີ້"],
        "authenticity_check": ["ນີ້ແມ່ນການຫຼອກລວງບໍ", "ແທ້ບໍ?", "ຂໍ້ຄວາມປອມ"],
    },
    "Uzbek": {
        "opt_out": ["Iltimos, menga boshqa xabar yubormang", "SMS yubormanglar", "Xabar yuborishni to'xtating",
                    "Raqamimni bazadan oʻchiring", "Bu xabarlar kerak emas", "Obunadan chiqarish",
                    "Менга бошқа хабар юборманг", "СМС юборишни тўхтатинг", "Рақамимни ўчиринг"],
        "already_paid": ["To'ladim", "Soliqni allaqachon to'lab qo'ydim", "Тўладим кеча", "Pulni o'tkazdim"],
        "consultation_request": ["Bo'lib to'lasam bo'ladimi?", "Hozir pulim yo'q", "Summa noto'g'ri", "Xat kelmadi",
                                 "Менга қўнғироқ қилинг", "Nega bunaqa ko'p?"],
        "payment_promise": ["Ertaga to'layman", "Oy oxirida o'tkazib beraman", "Жума куни тўлайман"],
        "wrong_number": ["Noto'g'ri raqam", "Men u odam emasman", "Bu odamni tanimayman", "Бу менинг рақамим эмас"],
        "authenticity_check": ["Bu firibgarlikmi?", "Soxta xabar", "Rostdan ham hokimiyatdanmi?", "Бу фирибгарлар"],
    },
    "Turkish": {
        "opt_out": ["Lütfen bana mesaj göndermeyin", "Artık SMS atmayın", "MESAJ GÖNDERMEYİN", "Mesajları durdurun",
                    "Bu mesajları almak istemiyorum", "Numaramı listeden silin", "Abonelikten çıkmak istiyorum",
                    "Rahatsız etmeyin", "Numaranızı engelleyeceğim", "mesaj atmayin artik"],
        "already_paid": ["Ödedim zaten", "Dün havale ettim", "Borcumu kapattım", "Ödemeyi yaptım", "ODEDIM"],
        "consultation_request": ["Taksitle ödeyebilir miyim?", "Şu an param yok", "Ödeyemiyorum", "Tutar yanlış",
                                 "Mektup gelmedi", "Beni arayın lütfen", "Neden bu kadar fazla?"],
        "payment_promise": ["Yarın ödeyeceğim", "Cuma günü yatıracağım", "Ay sonunda öderim", "odeyecegim haftaya"],
        "wrong_number": ["Yanlış numara", "Ben o kişi değilim", "Bu kişiyi tanımıyorum", "Bu numara artık benim değil"],
        "authenticity_check": ["Bu dolandırıcılık mı?", "Sahte mesaj", "Bu mesaj gerçek mi?"],
    },
    "French": {
        "opt_out": ["Ne m'envoyez plus de messages svp", "Merci de ne plus m'envoyer de SMS", "Arrêtez de m'envoyer des textos",
                    "arretez les sms", "Je ne veux plus recevoir vos messages", "Désabonnez-moi",
                    "Supprimez mon numéro de votre liste", "STOP SMS", "Laissez-moi tranquille"],
        "already_paid": ["J'ai déjà payé", "jai paye hier", "C'est réglé depuis lundi",
                         "J'ai fait le virement la semaine dernière"],
        "consultation_request": ["Est-il possible de payer en plusieurs fois ?", "Je n'ai pas d'argent en ce moment",
                                 "Je ne peux pas payer maintenant", "Le montant est erroné", "Je n'ai jamais reçu le courrier",
                                 "Rappelez-moi svp", "Pourquoi ce montant ?"],
        "payment_promise": ["Je vais payer demain", "Je paierai vendredi", "je vais faire le virement la semaine prochaine",
                            "Je règle avant la fin du mois"],
        "wrong_number": ["Mauvais numéro", "Vous vous êtes trompé de numéro", "Je ne connais pas cette personne",
                         "Je ne suis pas Madame Dupont"],
        "authenticity_check": ["C'est une arnaque ?", "Est-ce vraiment la mairie ?", "Ça ressemble à du phishing"],
    },
    "German": {
        "opt_out": ["Bitte keine SMS mehr", "Ich möchte keine Nachrichten mehr erhalten", "Schicken Sie mir bitte keine SMS",
                    "Hören Sie auf, mir zu schreiben", "Bitte SMS abbestellen", "Löschen Sie bitte meine Nummer",
                    "Lassen Sie mich in Ruhe", "Stopp", "Hoeren Sie bitte mit den SMS auf"],
        "already_paid": ["Ich habe schon bezahlt", "Habe es gestern überwiesen", "Ist bereits bezahlt",
                         "hab ich doch schon ueberwiesen", "Das ist längst bezahlt, Grüße"],
        "consultation_request": ["Kann ich in Raten zahlen?", "Ich habe gerade kein Geld", "Ich kann das jetzt nicht bezahlen",
                                 "Der Betrag ist falsch", "Ich habe keinen Brief bekommen", "Rufen Sie mich bitte an",
                                 "Warum so viel?"],
        "payment_promise": ["Ich werde morgen bezahlen", "Ich zahle am Freitag", "Ich überweise nächste Woche",
                            "Wir werden es bis Ende des Monats begleichen"],
        "wrong_number": ["Falsche Nummer", "Sie haben sich verwählt", "Ich kenne diese Person nicht", "Ich bin nicht Herr Müller"],
        "authenticity_check": ["Ist das Betrug?", "Ist das echt?", "Ist diese Nachricht wirklich von der Stadt?",
                               "Das ist doch Phishing"],
    },
    "Italian": {
        "opt_out": ["Non mandatemi più messaggi", "Per favore non inviate più sms", "Smettete di scrivermi", "Basta messaggi!",
                    "Non voglio più ricevere questi sms", "Cancellate il mio numero", "Toglietemi dalla lista",
                    "Vi blocco il numero", "non mandatemi piu sms"],
        "already_paid": ["Ho già pagato", "ho gia pagato ieri", "È stato pagato la settimana scorsa", "Ho fatto il bonifico lunedì"],
        "consultation_request": ["Posso pagare a rate?", "Non ho soldi adesso", "Non posso pagare tutto subito",
                                 "L'importo è sbagliato", "Non ho ricevuto nessuna lettera", "Mi chiami per favore",
                                 "Perché devo pagare questa tassa?"],
        "payment_promise": ["Pagherò domani", "Pago venerdì", "Faccio il bonifico la prossima settimana",
                            "paghero entro fine mese"],
        "wrong_number": ["Numero sbagliato", "Avete sbagliato numero", "Non sono io la persona che cercate",
                         "Non conosco questa persona"],
        "authenticity_check": ["È una truffa?", "È davvero del comune?", "Sembra phishing"],
    },
    "Swahili": {
        "opt_out": ["Tafadhali usinitumie ujumbe tena", "Msinitumie sms", "Acheni kunitumia ujumbe", "Sitaki ujumbe huu",
                    "Ondoa namba yangu kwenye orodha", "Ujumbe umetosha", "Usinisumbue"],
        "already_paid": ["Nimeshalipa", "Tayari nimelipa kodi", "Nililipa jana"],
        "consultation_request": ["Naweza kulipa kwa awamu?", "Sina pesa sasa", "Siwezi kulipa kiasi hiki",
                                 "Sijapokea barua yoyote", "Nipigie simu tafadhali", "Kwa nini kiasi ni kikubwa?"],
        "payment_promise": ["Nitalipa kesho", "Nitatuma pesa wiki ijayo", "Tutalipa mwisho wa mwezi"],
        "wrong_number": ["Umekosea namba", "Si mimi", "Simjui mtu huyu", "Hii si namba yangu"],
        "authenticity_check": ["Huu ni utapeli?", "Ni kweli kutoka manispaa?", "Ujumbe feki"],
    },
    "Malay": {
        "opt_out": ["Tolong jangan hantar mesej lagi", "Berhenti hantar SMS", "Saya tak nak terima mesej ni",
                    "Padam nombor saya", "Jangan ganggu saya", "Nyahlanggan", "Cukuplah mesej"],
        "already_paid": ["Saya dah bayar semalam", "Sudah dijelaskan", "Bayaran telah dibuat"],
        "consultation_request": ["Boleh bayar ansuran?", "Takde duit sekarang", "Saya tak mampu bayar", "Jumlah ni salah",
                                 "Tak terima surat pun", "Sila call saya", "Kenapa mahal sangat?"],
        "payment_promise": ["Esok saya bayar", "Nanti saya akan bayar hujung bulan", "Saya bayar minggu depan"],
        "wrong_number": ["Salah nombor", "Bukan saya", "Saya tak kenal orang ni"],
        "authenticity_check": ["Ini scam ke?", "Betul ke dari majlis?", "Mesej palsu"],
    },
    "Bengali": {
        "opt_out": ["দয়া করে আর মেসেজ পাঠাবেন না", "আমাকে এসএমএস দিবেন না", "মেসেজ পাঠানো বন্ধ করুন",
                    "আমার নম্বর তালিকা থেকে মুছে দিন", "এই মেসেজ চাই না", "বিরক্ত করবেন না"],
        "already_paid": ["টাকা দিয়েছি গতকাল", "আমি ট্যাক্স পরিশোধ করেছি", "আগেই জমা দিয়েছি"],
        "consultation_request": ["কিস্তিতে দেওয়া যাবে?", "এখন টাকা নেই", "এখন দিতে পারব না", "বিল ভুল", "চিঠি পাইনি",
                                 "আমাকে ফোন করুন", "এত টাকা কেন?"],
        "payment_promise": ["কাল টাকা দিব", "সামনের সপ্তাহে পরিশোধ করব", "মাসের শেষে জমা দেব"],
        "wrong_number": ["ভুল নম্বর", "এটা আমার নম্বর না", "এই লোককে আমি চিনি না"],
        "authenticity_check": ["এটা কি প্রতারণা?", "ভুয়া মেসেজ", "সত্যিই সিটি অফিস থেকে?"],
    },
    "Sinhala": {
        "opt_out": ["කරුණාකර මට මැසේජ් එවන්න එපා", "මැසේජ් එවන එක නවත්තන්න", "මට මේ පණිවිඩ ඕනේ නෑ",
                    "මගේ අංකය ලැයිස්තුවෙන් ඉවත් කරන්න", "msg ewanna epa", "SMS යවන්න එපා"],
        "already_paid": ["මම ගෙව්වා", "දැනටමත් ගෙවලා තියෙන්නේ", "ඊයේ සල්ලි දැම්මා"],
        "consultation_request": ["වාරික වලින් ගෙවන්න පුළුවන්ද?", "දැන් සල්ලි නෑ", "ගෙවන්න බැහැ", "ලියුම ලැබුණේ නැහැ",
                                 "කෝල් කරන්න", "ඇයි මෙච්චර?"],
        "payment_promise": ["හෙට ගෙවන්නම්", "ලබන සතියේ සල්ලි දාන්නම්", "මාසේ අන්තිමට ගෙවනවා"],
        "wrong_number": ["වැරදි අංකය", "මම එයා නෙවෙයි", "මේ කෙනාව මම දන්නේ නැහැ"],
        "authenticity_check": ["මේක වංචාවක්ද?", "මේක ඇත්තද?", "ඇත්තටම නගර සභාවෙන්ද?"],
    },
    "Mongolian": {
        "opt_out": ["Дахиж мессеж битгий явуулаарай", "Мессеж илгээхээ болиорой", "Надад мессеж хэрэггүй",
                    "Миний дугаарыг устгаач", "Намайг битгий зовоо"],
        "already_paid": ["Төлчихсөн", "Аль хэдийн төлсөн", "Өчигдөр шилжүүлсэн"],
        "consultation_request": ["Хувааж төлж болох уу?", "Одоо мөнгө байхгүй", "Төлж чадахгүй", "Дүн буруу",
                                 "Над руу залгаж өгөөч", "Яаж төлөх вэ?"],
        "payment_promise": ["Маргааш төлнө", "Сарын эцэст шилжүүлнэ", "Баасан гарагт төлье"],
        "wrong_number": ["Буруу дугаар", "Би тэр хүн биш", "Энэ хүнийг танихгүй"],
        "authenticity_check": ["Луйвар уу?", "Үнэхээр хотын захиргаанаас уу?", "Энэ залилан байна"],
    },
    # Added after set 154 (session 14), with the three languages' phrases.
    "Kazakh": {
        "opt_out": ["Маған хабарлама жібермеңіз", "СМС керек емес, тоқтатыңыз", "Бұдан былай жібермеңіздер"],
        "payment_promise": ["Ертең төлеймін", "Жұма күні төлеп беремін", "Келесі аптада төлейміз"],
        "already_paid": ["Кеше төледім", "Мен төлеп қойдым", "Салықты төлеп қойғанмын"],
        "consultation_request": ["Қазір төлей алмаймын", "Бөліп төлеуге бола ма?", "Неге сонша көп?"],
        "wrong_number": ["Қате нөмір", "Мен емеспін, басқа адам", "Бұл қате нөмір ғой"],
        "authenticity_check": ["Бұл алаяқтық па?", "Шынымен әкімдіктен бе?", "Алаяқ шығар"],
    },
    "Kyrgyz": {
        "opt_out": ["Мага смс жибербеңиз", "Бул номерге смс жибербегиле", "Мындан ары кабар жибербегиле"],
        "payment_promise": ["Эртең төлөйм", "Жуманын аягында төлөп берем", "Erteng tolop berem"],
        "already_paid": ["Кечээ төлөп койгом", "Мен төлөдүм", "men tolop koydum"],
        "consultation_request": ["Азыр акчам жок", "Бөлүп төлөсөм болобу?", "Канча төлөшүм керек?"],
        "wrong_number": ["Мен ал киши эмесмин", "Туура эмес номер", "men Aibek emesmin"],
        "authenticity_check": ["Бул алдамчылыкпы?", "Чын эле мэриядан келдиби?", "aldamchylar jazyp jataby"],
    },
    "Amharic": {
        "opt_out": ["እባካችሁ መልእክት አትላኩልኝ", "መልዕክት መላክ አቁሙ", "ኤስኤምኤስ አትላኩ"],
        "payment_promise": ["ነገ እከፍላለሁ", "በሳምንቱ መጨረሻ እከፍላለሁ", "እኛ እከፍላለን"],
        "already_paid": ["ትናንት ከፍያለሁ", "ቀድሞ ከፍዬአለሁ", "ከፍለናል"],
        "consultation_request": ["አሁን መክፈል አልችልም", "መክፈል አልቻልኩም", "ለምን ይህ ግብር?"],
        "wrong_number": ["የተሳሳተ ቁጥር ነው", "እኔ አይደለሁም", "ይህ የተሳሳተ ቁጥር"],
        "authenticity_check": ["ይህ ማጭበርበር ነው?", "ይህ እውነት ነው?", "ማጭበርበር ይመስላል"],
    },
    "Polish": {
        "opt_out": ["Nie wysyłajcie mi więcej sms", "Wypiszcie mnie", "Proszę nie wysyłać tych wiadomości"],
        "payment_promise": ["Zapłacę jutro", "Przeleję w piątek", "Opłacę do końca miesiąca"],
        "already_paid": ["Już zapłaciłem", "Zapłaciłam wczoraj", "Już zapłacone"],
        "consultation_request": ["Wyrejestrowałem samochód", "Nie mogę zapłacić teraz", "Czy mogę w ratach?"],
        "wrong_number": ["Zły numer", "To pomyłka", "To nie ja"],
        "authenticity_check": ["Czy to oszustwo?", "Czy to prawda?", "To chyba oszustwo"],
    },
}

# Look-alikes of a stop: a salary or a payment stopped, a card blocked, "don't stop sending", "send it again",
# a car registration or another subscription cancelled. None is a request to stop our messages.
LOOKALIKES: dict[str, list[str]] = {
    "Russian": ["Мне перестали платить зарплату", "Карта заблокирована, оплачу позже",
                "Не прекращайте присылать сообщения, мне так удобнее", "Пришлите, пожалуйста, сообщение ещё раз",
                "Регистрацию машины отменили", "Я отменил подписку на кинотеатр", "Платёж заблокирован банком",
                "Мне не нужно присылать квитанцию?", "Возобновите рассылку, пожалуйста"],
    "Ukrainian": ["Мені перестали платити зарплату", "Картку заблоковано, оплачу пізніше",
                  "Не припиняйте надсилати повідомлення", "Надішліть повідомлення ще раз", "Реєстрацію авто скасовано",
                  "Я скасував підписку на Netflix"],
    "Arabic": ["توقف راتبي هذا الشهر", "تم حظر بطاقتي البنكية", "لا توقفوا الرسائل من فضلك", "أرسلوا لي الرسالة مرة أخرى",
               "تم إلغاء تسجيل السيارة", "ألغيت اشتراكي في النادي", "ما وصلتني الرسائل الأخيرة، أرسلوها مرة ثانية",
               "تم إيقاف الدفع من البنك"],
    "Persian": ["حقوقم قطع شد", "کارتم مسدود شد", "لطفا پیام ها رو قطع نکنید", "دوباره پیام بفرستید",
                "عضویت باشگاه رو لغو کردم", "پلاک ماشینم باطل شد"],
    "Urdu": ["میری تنخواہ بند ہو گئی ہے", "میرا کارڈ بلاک ہو گیا", "میسج بند نہ کریں", "دوبارہ میسج بھیجیں",
             "گاڑی کی رجسٹریشن منسوخ ہو گئی"],
    "Hinglish": ["Meri salary band ho gayi", "Card block ho gaya bank ne", "Message band mat karo please",
                 "Phir se message bhejo", "Gaadi ka registration cancel ho gaya", "Mera number block ho gaya hai"],
    "Hindi": ["मेरी सैलरी बंद हो गई", "मेरा कार्ड ब्लॉक हो गया", "मैसेज बंद मत करो", "फिर से मैसेज भेजो",
              "गाड़ी का रजिस्ट्रेशन रद्द हो गया"],
    "Tamil": ["என் சம்பளம் நிறுத்தப்பட்டது", "என் கார்டு பிளாக் ஆகிவிட்டது", "மெசேஜ் அனுப்புவதை நிறுத்த வேண்டாம்",
              "மீண்டும் மெசேஜ் அனுப்புங்கள்", "கார் பதிவு ரத்து செய்யப்பட்டது"],
    "Burmese": ["လစာ ရပ်သွားတယ်", "ဘဏ်ကတ် ပိတ်သွားပြီ", "စာ ဆက်ပို့ပေးပါ၊ မရပ်ပါနဲ့", "စာ ပြန်ပို့ပေးပါ",
                "ကားမှတ်ပုံတင် ပယ်ဖျက်ခံရတယ်"],
    "Khmer": ["ប្រាក់ខែរបស់ខ្ញុំត្រូវបានបញ្ឈប់", "កាតធនាគាររបស់ខ្ញុំត្រូវបានបិទ", "សូមកុំឈប់ផ្ញើសារ", "សូមផ្ញើសារមកម្តងទៀត",
              "ការចុះបញ្ជីឡានត្រូវបានលុបចោល"],
    "Lao": ["ເງິນເດືອນຢຸດແລ້ວ", "ບັດທະນາຄານຖືກບລັອກ", "ຢ່າຢຸດສົ່ງຂໍ້ຄວາມ", "ກະລຸນາສົ່ງຂໍ້ຄວາມມາອີກ",
            "ການລົງທະບຽນລົດຖືກຍົກເລີກ"],
    "Uzbek": ["Maoshim to'xtatildi", "Kartam bloklandi", "Xabar yuborishni to'xtatmang", "Xabarni qayta yuboring",
              "Mashina ro'yxatdan o'chirildi", "Хабар юборишни тўхтатманг"],
    "Turkish": ["Maaşım durduruldu", "Kartım bloke oldu", "Ödemem bankada engellendi", "Lütfen mesaj göndermeyi durdurmayın",
                "Mesajları tekrar gönderin", "Araç kaydım iptal edildi", "Netflix aboneliğimi iptal ettim",
                "Mesaj bırakın, sizi arayacağım"],
    "French": ["Mon salaire a été arrêté ce mois-ci", "Ma carte bancaire est bloquée",
               "N'arrêtez pas de m'envoyer les rappels svp", "Pouvez-vous me renvoyer le message ?",
               "L'immatriculation de ma voiture a été annulée", "J'ai résilié mon abonnement internet",
               "Le paiement est bloqué par ma banque", "Je me suis désabonné de Netflix"],
    "German": ["Mein Gehalt wurde gestoppt", "Meine Karte ist gesperrt",
               "Bitte hören Sie nicht auf, mir Nachrichten zu schicken", "Bitte schicken Sie mir die SMS wieder",
               "Mein Auto wurde abgemeldet", "Ich habe mein Zeitungsabo abbestellt",
               "Ich bekomme keine SMS mehr, bitte wieder aktivieren", "Die Zahlung wurde von der Bank blockiert"],
    "Italian": ["Lo stipendio è stato bloccato", "La carta è bloccata", "Non smettete di mandarmi i messaggi",
                "Rimandatemi il messaggio per favore", "La targa è stata cancellata",
                "Ho disdetto l'abbonamento della palestra", "Il pagamento è stato bloccato dalla banca"],
    "Swahili": ["Mshahara wangu umesimamishwa", "Kadi yangu imezuiwa", "Tafadhali usiache kutuma ujumbe",
                "Tumeni ujumbe tena", "Usajili wa gari umefutwa"],
    "Malay": ["Gaji saya berhenti bulan ni", "Kad bank saya disekat", "Tolong jangan berhenti hantar mesej",
              "Sila hantar semula mesej", "Pendaftaran kereta saya dibatalkan",
              "Saya tak terima mesej semalam, boleh hantar semula?"],
    "Bengali": ["আমার বেতন বন্ধ হয়ে গেছে", "আমার কার্ড ব্লক হয়ে গেছে", "মেসেজ পাঠানো বন্ধ করবেন না", "আবার মেসেজ পাঠান",
                "গাড়ির রেজিস্ট্রেশন বাতিল হয়েছে"],
    "Sinhala": ["මගේ පඩිය නැවැත්තුවා", "කාඩ් එක බ්ලොක් වුණා", "මැසේජ් එවන එක නවත්වන්න එපා", "ආයෙත් මැසේජ් එවන්න",
                "වාහන ලියාපදිංචිය අවලංගු කළා"],
    "Mongolian": ["Цалин зогссон", "Карт хаагдсан", "Мессеж илгээхээ битгий зогсоо", "Дахин мессеж явуулаарай",
                  "Машины бүртгэл цуцлагдсан"],
    "Kazakh": ["Жалақым тоқтап қалды", "Картам бұғатталды", "Хабарламаларды тоқтатпаңыз", "Хабарламаларды қайта жіберіңіз"],
    "Kyrgyz": ["Иштен бошотулдум", "Картам бөгөттөлдү", "Билдирүүлөрдү токтотпогула", "Смсти кайра жибергиле"],
    "Amharic": ["ደሞዜ ቆሟል", "ካርዴ ታግዷል", "እባካችሁ መልእክት መላክ አታቁሙ", "መልእክቶቹን እንደገና ላኩልኝ"],
    "Polish": ["Moja pensja została wstrzymana", "Karta zablokowana", "Nie przestawajcie wysyłać przypomnień",
               "Proszę wysłać wiadomość ponownie"],
}

# More replies, each with what the patterns of all languages together make of it (the first label by rank that
# any pattern finds; "other" where none does): stops in other words, "don't delete my number", refusals.
EXTRA: list[tuple[str, str]] = [
    ('opt_out', 'Не надо мне писать'),
    ('opt_out', 'Перестаньте мне писать!'),
    ('opt_out', 'Уберите меня из рассылки'),
    ('opt_out', 'Отписаться'),
    ('opt_out', 'Больше не присылайте смс пожалуйста'),
    ('opt_out', 'хватит мне писать'),
    ('opt_out', 'Я не хочу получать от вас сообщения'),
    ('opt_out', 'не шлите мне смс'),
    ('opt_out', 'Не беспокойте меня больше'),
    ('opt_out', 'отключите смс-уведомления'),
    ('opt_out', 'Прошу исключить мой номер из рассылки'),
    ('opt_out', 'Надоели ваши смс'),
    ('opt_out', 'Не пишіть мені більше'),
    ('opt_out', 'Відписатися'),
    ('opt_out', 'Приберіть мене з розсилки'),
    ('opt_out', 'لا ترسل لي أي رسائل'),
    ('opt_out', 'أوقفوا الرسائل'),
    ('opt_out', 'ما أبغى رسايل منكم'),
    ('opt_out', 'لا تبعتولي رسايل'),
    ('opt_out', 'ارجو ايقاف الرسائل'),
    ('opt_out', 'بطلوا تبعتوا رسايل'),
    ('opt_out', 'شيلوا رقمي'),
    ('opt_out', 'مش عايز رسايل تاني'),
    ('opt_out', 'وقف الرسائل لو سمحت'),
    ('opt_out', 'دیگه پیامک نفرستید'),
    ('opt_out', 'لطفا پیامک ارسال نکنید'),
    ('opt_out', 'شماره منو حذف کنید'),
    ('opt_out', 'میسج نہ کیا کریں'),
    ('opt_out', 'مجھے مزید میسج نہ بھیجیں'),
    ('opt_out', 'پیغامات بھیجنا بند کریں'),
    ('opt_out', 'msg mat karo'),
    ('opt_out', 'message bhejna band karo'),
    ('opt_out', 'plz msg na bheje'),
    ('opt_out', 'mujhe koi message nahi chahiye'),
    ('opt_out', 'mere number pe message mat bhejo'),
    ('opt_out', 'Ab message mat karna'),
    ('opt_out', 'मुझे मैसेज न भेजें'),
    ('opt_out', 'मैसेज भेजना बंद कीजिए'),
    ('opt_out', 'மெசேஜ் அனுப்பாதீங்க'),
    ('opt_out', 'இனி மெசேஜ் வேண்டாம்'),
    ('opt_out', 'Bana bir daha mesaj atmayın'),
    ('opt_out', 'SMS istemiyorum'),
    ('opt_out', 'Mesaj göndermeyi bırakın'),
    ('opt_out', 'beni listeden çıkarın'),
    ('opt_out', 'Mesaj atmayi birakin'),
    ('opt_out', 'Artık mesaj gelmesin'),
    ('opt_out', 'Bu mesajlardan bıktım'),
    ('opt_out', "Arrêtez de m'écrire"),
    ('opt_out', 'Je ne veux plus de SMS'),
    ('opt_out', 'merci de me retirer de votre liste'),
    ('opt_out', 'Ne plus me contacter svp'),
    ('opt_out', 'Plus de SMS svp'),
    ('opt_out', 'Désinscription'),
    ('opt_out', 'Keine SMS mehr bitte'),
    ('opt_out', 'Bitte nicht mehr schreiben'),
    ('opt_out', 'Bitte streichen Sie meine Nummer'),
    ('opt_out', 'Ich will keine SMS mehr'),
    ('opt_out', 'Abmelden bitte'),
    ('opt_out', 'Hört auf mir zu schreiben'),
    ('opt_out', 'Non scrivetemi più'),
    ('opt_out', 'Non mandate più sms'),
    ('opt_out', 'Non voglio ricevere sms'),
    ('opt_out', 'Smettetela di mandarmi messaggi'),
    ('opt_out', 'Usinitumie sms tena'),
    ('opt_out', 'Acha kutuma ujumbe'),
    ('opt_out', 'Sitaki kupokea ujumbe'),
    ('opt_out', 'Tak payah hantar mesej'),
    ('opt_out', 'Stop hantar sms'),
    ('opt_out', 'Saya tak mahu terima sms lagi'),
    ('opt_out', 'Menga sms yubormang'),
    ('opt_out', 'আর এসএমএস দিবেন না'),
    ('opt_out', 'মেসেজ দেওয়া বন্ধ করেন'),
    ('opt_out', 'මැසේජ් එවන්න එපා'),
    ('opt_out', 'Битгий мессеж явуул'),
    ('opt_out', 'မက်ဆေ့ထပ်မပို့နဲ့'),
    ('opt_out', 'កុំផ្ញើសារមកខ្ញុំទៀត'),
    ('opt_out', 'ບໍ່ຕ້ອງສົ່ງຂໍ້ຄວາມມາ'),
    ('opt_out', 'Не хочу больше получать смс'),
    ('opt_out', 'Хватит спамить'),
    ('opt_out', 'Удалите, пожалуйста, мой номер'),
    ('opt_out', 'Отпишите меня, пожалуйста'),
    ('opt_out', 'Я вас заблокирую'),
    ('opt_out', 'Не присылайте мне ничего'),
    ('opt_out', 'Прошу прекратить отправку сообщений на мой номер'),
    ('opt_out', 'Não quero receber — не хочу получать смс'),
    ('opt_out', "Ne m'écris plus"),
    ('opt_out', "N'envoyez plus rien à ce numéro"),
    ('opt_out', 'Je souhaite ne plus recevoir de SMS'),
    ('opt_out', 'Je veux me désinscrire'),
    ('opt_out', 'Keine weiteren Nachrichten bitte'),
    ('opt_out', 'Ich möchte mich von den SMS abmelden'),
    ('opt_out', 'Bitte löschen Sie meine Handynummer'),
    ('opt_out', 'Basta sms per favore'),
    ('opt_out', 'Non inviatemi altri messaggi'),
    ('opt_out', 'Vi prego di cancellare il mio numero'),
    ('opt_out', 'Lütfen beni aramayın ve mesaj atmayın'),
    ('opt_out', 'Mesaj gönderimini durdurun'),
    ('opt_out', 'SMS almak istemiyorum artık'),
    ('opt_out', 'Numaramı silin lütfen'),
    ('opt_out', 'Msinitumie jumbe hizi'),
    ('opt_out', 'Naomba msinitumie tena'),
    ('opt_out', 'Jangan mesej saya lagi'),
    ('opt_out', 'Tolong berhenti menghantar mesej kepada saya'),
    ('opt_out', 'Saya nak berhenti langgan'),
    ('opt_out', 'لا أريد استقبال هذه الرسائل'),
    ('opt_out', 'يرجى عدم ارسال رسائل لهذا الرقم'),
    ('opt_out', 'ممكن توقفوا الرسائل'),
    ('opt_out', 'نمی خواهم پیامک دریافت کنم'),
    ('opt_out', 'لطفا ارسال پیام به این شماره را قطع کنید'),
    ('opt_out', 'مجھے میسج بھیجنا بند کرو'),
    ('opt_out', 'یہ پیغامات مت بھیجیں'),
    ('opt_out', 'sms mat bhejiye please'),
    ('opt_out', 'message band kar do'),
    ('opt_out', 'कृपया एसएमएस न भेजें'),
    ('opt_out', 'मैसेज मत भेजिए'),
    ('opt_out', 'xabar yubormang iltimos'),
    ('opt_out', 'хабар юборманг'),
    ('opt_out', 'Мессеж битгий явуулаарай'),
    ('opt_out', 'Дахиж битгий бичээрэй'),
    ('opt_out', 'Over, не пишите'),
    ('other', 'Зарплату задерживают уже два месяца'),
    ('other', 'У меня карта заблокирована'),
    ('other', 'Продолжайте присылать напоминания, пожалуйста'),
    ('other', 'Не отключайте уведомления'),
    ('other', 'Снова пришлите смс с реквизитами'),
    ('other', 'Машину сняли с учёта'),
    ('other', 'Подписку на журнал отменил'),
    ('other', 'Не удаляйте мой номер'),
    ('consultation_request', 'Мне не приходят смс, почему?'),
    ('other', 'Картку заблокували'),
    ('other', 'Не вимикайте сповіщення'),
    ('other', 'راتبي متوقف من شهرين'),
    ('other', 'البطاقة موقوفة'),
    ('other', 'استمروا في إرسال الرسائل'),
    ('other', 'أرسلوا الرسالة مرة ثانية'),
    ('other', 'لا تحذفوا رقمي'),
    ('other', 'حسابم مسدود شده'),
    ('other', 'پیامک ها رو ادامه بدید'),
    ('other', 'Paise kat gaye account se'),
    ('other', 'Message bhejte raho'),
    ('other', 'Mera number band ho gaya tha'),
    ('other', 'Sim band ho gayi thi'),
    ('other', 'वेतन रुक गया है'),
    ('other', 'मैसेज भेजते रहिए'),
    ('other', 'Maaşım yatmadı'),
    ('other', 'Hesabım bloke edildi'),
    ('other', 'Mesaj göndermeye devam edin'),
    ('other', 'Mesajları kesmeyin lütfen'),
    ('other', "SMS'leri tekrar açın"),
    ('other', 'Mon compte est bloqué'),
    ('other', "Continuez à m'envoyer les rappels"),
    ('other', 'Ne supprimez pas mon numéro'),
    ('other', 'Renvoyez-moi le SMS svp'),
    ('other', 'Meine Zahlung wurde gestoppt'),
    ('other', 'Bitte weiter SMS schicken'),
    ('other', 'Bitte löschen Sie meine Nummer nicht'),
    ('other', 'Ich habe das Auto abgemeldet'),
    ('other', 'Continuate a mandarmi i messaggi'),
    ('other', 'Non cancellate il mio numero'),
    ('other', 'Il conto è bloccato'),
    ('other', 'Endeleeni kunitumia ujumbe'),
    ('other', 'Akaunti yangu imefungwa'),
    ('other', 'Teruskan hantar mesej'),
    ('other', 'Akaun bank saya dibekukan'),
    ('other', 'Jangan padam nombor saya'),
    ('other', 'Xabar yuborishda davom eting'),
    ('other', 'Mesaj göndermeyi unutmayın'),
    ('other', 'Pasaporttaki numaram iptal'),
    ('already_paid', 'Я заплатил ещё в понедельник'),
    ('already_paid', 'Оплатили вчера через госуслуги'),
    ('consultation_request', 'Я не оплатил, потому что нет денег'),
    ('payment_promise', 'Постараюсь оплатить на этой неделе'),
    ('consultation_request', 'Я не смогу заплатить в этом месяце'),
    ('wrong_number', 'Вы не туда пишете'),
    ('authenticity_check', 'Это точно от мэрии?'),
    ('payment_promise', 'Сплачу наступного тижня'),
    ('already_paid', 'Я вже все сплатила'),
    ('payment_promise', 'سأقوم بالدفع غدا'),
    ('already_paid', 'لقد دفعت المبلغ'),
    ('consultation_request', 'لم أدفع لأنه ليس لدي مال'),
    ('wrong_number', 'غلطانين في الرقم'),
    ('payment_promise', 'فردا پول رو میریزم'),
    ('already_paid', 'من قبلا پرداخت کردم'),
    ('payment_promise', 'Kal tak paise de dunga'),
    ('already_paid', 'Paise de diye the'),
    ('consultation_request', 'Itna tax kyu'),
    ('payment_promise', 'Yarın öderim'),
    ('consultation_request', 'Ödeme yapamıyorum şu an'),
    ('consultation_request', 'Bu ay ödeyemeyeceğim'),
    ('already_paid', 'Geçen hafta ödedim'),
    ('already_paid', "J'ai déjà réglé la facture"),
    ('payment_promise', 'Je paierai la semaine prochaine'),
    ('consultation_request', 'Je ne paierai pas'),
    ('payment_promise', 'Ich überweise morgen'),
    ('already_paid', 'Habe bereits überwiesen'),
    ('consultation_request', 'Ich werde nicht zahlen'),
    ('already_paid', 'Ho pagato ieri'),
    ('consultation_request', 'Non ho pagato perché non ho soldi'),
    ('payment_promise', 'Pagherò la prossima settimana'),
    ('already_paid', 'Nimelipa jana'),
    ('payment_promise', 'Nitalipa wiki ijayo'),
    ('consultation_request', 'Sitalipa'),
    ('already_paid', 'Dah bayar semalam'),
    ('payment_promise', 'Saya akan bayar esok'),
    ('consultation_request', 'Saya tak boleh bayar sekarang'),
    ('already_paid', "Men to'ladim"),
    ('consultation_request', "To'lay olmayman"),
    ('already_paid', 'আমি টাকা জমা দিয়েছি'),
    ('payment_promise', 'আমি কাল টাকা দিবো'),
    ('consultation_request', 'আমি টাকা দিবো না'),
    ('other', 'मेरा नंबर मत हटाओ'),
    ('other', 'Mera number mat hatao'),
    ('other', 'میرا نمبر مت ہٹائیں'),
    ('other', 'আমার নম্বর মুছে দিবেন না'),
    ('other', 'කරුණාකර මගේ අංකය ඉවත් කරන්න එපා'),
    ('other', 'កុំលុបលេខខ្ញុំ'),
    ('other', 'ຢ່າລຶບເບີຂ້ອຍ'),
    ('other', 'Message band nahi chahiye'),
    ('other', 'Numaramı silmeyin'),
    ('other', 'No borréis mi número'),
    ('other', 'Не удаляйте мой номер из рассылки'),
    ('other', 'Не видаляйте мій номер'),
    ('wrong_number', 'Ви не туди пишете'),
    ('opt_out', 'இனிமேல் எனக்கு குறுஞ்செய்தி அனுப்ப வேண்டாம்'),
    ('opt_out', 'எஸ்எம்எஸ் அனுப்புவதை நிறுத்தவும்'),
    ('opt_out', 'தயவு செய்து என் எண்ணை நீக்கவும்'),
    ('opt_out', 'message anupa vendam'),
    ('opt_out', 'ထပ်မပို့ပါနဲ့တော့'),
    ('opt_out', 'စာမပို့ပါနဲ့'),
    ('opt_out', 'မက်ဆေ့ချ်တွေ မလိုချင်ပါဘူး'),
    ('opt_out', 'ကျေးဇူးပြုပြီး ပို့တာရပ်ပေးပါ'),
    ('opt_out', 'សូមកុំផ្ញើសារមកខ្ញុំ'),
    ('opt_out', 'ខ្ញុំមិនត្រូវការសារទាំងនេះទេ'),
    ('opt_out', 'ឈប់ផ្ញើសារមកទៀតទៅ'),
    ('opt_out', 'ບໍ່ຕ້ອງສົ່ງມາແລ້ວ'),
    ('opt_out', 'ຢ່າສົ່ງຂໍ້ຄວາມມາອີກ'),
    ('opt_out', 'ຂ້ອຍບໍ່ຕ້ອງການຮັບຂໍ້ຄວາມ'),
    ('opt_out', 'කරුණාකරලා මැසේජ් යවන්න එපා'),
    ('opt_out', 'මට SMS ඕනේ නැහැ'),
    ('opt_out', 'පණිවිඩ එවීම නවත්වන්න'),
    ('opt_out', 'Надад дахиж мессеж битгий илгээгээрэй'),
    ('opt_out', 'Мессеж хэрэггүй ээ'),
    ('opt_out', 'Дугаарыг минь хасаарай'),
    ('opt_out', 'Msinitumie ujumbe tena tafadhali'),
    ('opt_out', 'Acheni kunitumia meseji'),
    ('opt_out', 'Sitaki tena kupokea sms zenu'),
    ('opt_out', 'Futeni namba yangu'),
    ('opt_out', 'Boshqa sms yubormanglar iltimos'),
    ('opt_out', 'Xabarlar kerak emas'),
    ('opt_out', 'Иккинчи хабар юборманглар'),
    ('opt_out', 'Рақамимни базадан ўчириб ташланг'),
    ('opt_out', 'Lütfen SMS göndermeyi bırakın'),
    ('opt_out', 'artik mesaj atmayin'),
    ('opt_out', 'BANA MESAJ ATMAYIN'),
    ('opt_out', 'Bir daha yazmayın'),
    ('opt_out', 'Abonelikten çık'),
    ('opt_out', "ne m'envoyez plus rien"),
    ('opt_out', 'Je ne souhaite plus recevoir de messages'),
    ('opt_out', 'Arrêtez les relances'),
    ('opt_out', 'Merci de ne plus me contacter'),
    ('opt_out', 'Bitte keine Nachrichten mehr schicken'),
    ('opt_out', 'Schreiben Sie mir nicht mehr'),
    ('opt_out', 'Bitte hören Sie auf mit den SMS'),
    ('opt_out', 'Ich möchte diese SMS nicht mehr bekommen'),
    ('opt_out', 'Non mandatemi più sms'),
    ('opt_out', 'Basta con questi messaggi'),
    ('opt_out', 'Non voglio più messaggi'),
    ('opt_out', 'Toglietemi dalla vostra lista'),
    ('opt_out', 'لا ترسلوا أي رسائل أخرى'),
    ('opt_out', 'مابي رسايل'),
    ('opt_out', 'لو سمحت لا تراسلني'),
    ('opt_out', 'يرجى عدم مراسلتي'),
    ('opt_out', 'لا تبعتلي مسجات'),
    ('opt_out', 'ما بدي رسايل منكم'),
    ('opt_out', 'اوقفوا الرسايل'),
    ('opt_out', 'دیگه برام پیام نفرستین'),
    ('opt_out', 'پیامک ندید'),
    ('opt_out', 'مزاحم نشین'),
    ('opt_out', 'پیامک هاتون رو قطع کنید'),
    ('opt_out', 'مجھے پیغام مت بھیجو'),
    ('opt_out', 'براہ مہربانی ایس ایم ایس نہ بھیجیں'),
    ('opt_out', 'بار بار میسج نہ کریں'),
    ('opt_out', 'dobara message mat bhejna'),
    ('opt_out', 'mujhe sms nahi chahiye'),
    ('opt_out', 'msg bhejna band kijiye'),
    ('opt_out', 'अब से मुझे मैसेज मत भेजना'),
    ('opt_out', 'मुझे ऐसे मैसेज नहीं चाहिए'),
    ('opt_out', 'আমাকে আর মেসেজ দিয়েন না'),
    ('opt_out', 'এসএমএস পাঠানো বন্ধ করেন'),
    ('opt_out', 'Jangan hantar sms lagi'),
    ('opt_out', 'Tolong stop hantar mesej'),
    ('opt_out', 'Mohon jangan hubungi saya lagi'),
]

JAPANESE = ["明日払います", "停止", "分割できますか", "もう払いました", "人違いです", "詐欺ですか", "ありがとうございます"]

CASES = [(lang, label, text) for lang, labels in EXAMPLES.items() for label, texts in labels.items() for text in texts]


def test_every_language_and_label_is_there():
    assert set(PHRASES) == set(LANGUAGES)
    for lang in LANGUAGES:
        assert set(PHRASES[lang]) == set(LABELS), lang
        assert all(PHRASES[lang][label] for label in LABELS), lang
        for label in LABELS:
            assert len(EXAMPLES[lang][label]) >= 3, (lang, label)
        assert len(LOOKALIKES[lang]) >= 4, lang


def test_patterns_are_in_the_form_text_is_read_in():
    for lang, labels in PHRASES.items():
        for label, patterns in labels.items():
            for p in patterns:
                assert unicodedata.normalize("NFKC", p) == p, (lang, label, p)
                assert p == p.lower(), (lang, label, p)
                assert "\u200c" not in p and "\u200d" not in p, (lang, label, p)
                re.compile(p, re.ASCII)


@pytest.mark.parametrize("lang,label,text", CASES)
def test_example_is_read_by_its_language(lang, label, text):
    assert _matches(label, normalize(text), lang), (lang, label, text, normalize(text))


@pytest.mark.parametrize("lang,label,text", CASES)
def test_example_is_not_read_as_a_label_that_outranks_it(lang, label, text):
    """wrong_number > opt_out > already_paid > consultation_request > payment_promise > authenticity_check."""
    norm = normalize(text)
    for higher in LABELS[:LABELS.index(label)]:
        assert not _matches(higher, norm), (lang, label, text, higher, _matches(higher, norm))


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, texts in LOOKALIKES.items() for t in texts])
def test_lookalike_is_no_stop_in_any_language(lang, text):
    assert not _matches("opt_out", normalize(text)), (lang, text, _matches("opt_out", normalize(text)))


def _read(text: str) -> str:
    norm = normalize(text)
    return next((label for label in LABELS if _matches(label, norm)), "other")


@pytest.mark.parametrize("expected,text", EXTRA)
def test_more_replies(expected, text):
    assert _read(text) == expected, (text, expected, {label: _matches(label, normalize(text)) for label in LABELS})


def test_patterns_answer_the_same_behind_the_prefilter():
    """replies.prefilter reads factors off each pattern; behind them, each answers as it does alone."""
    texts = [normalize(t) for _, _, t in CASES] + [normalize(t) for ts in LOOKALIKES.values() for t in ts]
    for lang, labels in PHRASES.items():
        for label, patterns in labels.items():
            joined = re.compile("|".join(patterns), re.ASCII)
            pieces = factors(joined)
            screened = Prefiltered(joined, pieces) if pieces else joined
            for text in texts:
                assert bool(screened.search(text)) == bool(joined.search(text)), (lang, label, text)


@pytest.mark.parametrize("text", JAPANESE)
def test_japanese_is_never_read(text):
    norm = normalize(text)
    for label in LABELS:
        assert not _matches(label, norm), (text, label, _matches(label, norm))


def test_date_words_and_weekdays_are_normalised_and_known():
    for k, v in DATE_WORDS.items():
        assert normalize(k) == k, k
        assert v in {"明日", "今日", "明後日", "来週", "今週", "月末", "来月", "年内"}, (k, v)
    for k, v in WEEKDAYS.items():
        assert normalize(k) == k, k
        assert v in set("月火水木金土日"), (k, v)


@pytest.mark.parametrize("word,expected", [
    ("завтра", "明日"), ("demain", "明日"), ("morgen", "明日"), ("domani", "明日"), ("yarın", "明日"), ("kesho", "明日"),
    ("esok", "明日"), ("минуту", None), ("کل", None), ("kal", None), ("après-demain", "明後日"), ("next week", None),
    ("nächste woche", "来週"), ("fin du mois", "月末"), ("mese prossimo", "来月"), ("ay sonu", "月末"),
])
def test_some_date_words(word, expected):
    assert DATE_WORDS.get(normalize(word)) == expected


@pytest.mark.parametrize("word,expected", [
    ("Пятница", "金"), ("в пятницу", None), ("пятницу", "金"), ("vendredi", "金"), ("Freitag", "金"), ("Cuma", "金"),
    ("Ijumaa", "金"), ("Jumaat", "金"), ("Cumartesi", "土"), ("Sonntag", "日"), ("п’ятницю", "金"), ("venerdì", "金"),
])
def test_some_weekdays(word, expected):
    assert WEEKDAYS.get(normalize(word)) == expected


def _alternatives(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives (what its outermost | separates)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def test_no_latin_alternative_hides_in_a_pattern_of_another_script():
    """A pattern string of another script is tried only on replies holding a letter of that
    script (replies.rules): a Latin-letter alternative inside it (…|\\bbitgii bich\\w*) would
    never be tried on the Latin-letter replies it is for. One script a string."""
    from replies.rules import _OTHER_LANGUAGES, _script

    strings = [p for patterns in _OTHER_LANGUAGES.values() for p in patterns]
    strings += [p for labels in PHRASES.values() for patterns in labels.values() for p in patterns]
    hidden = [(p[:60], a[:40]) for p in strings if _script(p) == "own"
              for a in _alternatives(p) if _script(a) == "latin"]
    assert not hidden, hidden
