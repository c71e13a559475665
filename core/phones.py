"""Phone numbers: parsing any common Japanese form to E.164, and masking for staff."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType


class PhoneError(ValueError):
    pass


@dataclass(frozen=True)
class ParsedPhone:
    e164: str
    is_mobile: bool


# Japanese mobile ranges (070/080/090) are MOBILE; the library cannot tell some ranges
# apart and says FIXED_LINE_OR_MOBILE, which we accept as it may take SMS.
_SMS_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


@lru_cache(maxsize=4096)  # the library's parse is a sizeable part of a reply's webhook (issue 15)
def parse_phone(raw: str, region: str = "JP") -> ParsedPhone:
    """Parse ``raw`` (``090-1234-5678``, ``０９０…``, ``+81 90 …``) or raise PhoneError."""
    text = unicodedata.normalize("NFKC", raw or "").strip()
    # Japanese office software writes dashes of many kinds; NFKC leaves some of them.
    text = text.translate({ord(c): "-" for c in "‐‑‒–—―−ー－"})
    if not text:
        raise PhoneError("phone number is empty")
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        raise PhoneError(f"not a phone number ({exc.args[0] if exc.args else exc})") from None
    if not phonenumbers.is_valid_number(number):
        raise PhoneError("not a valid phone number")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return ParsedPhone(e164=e164, is_mobile=phonenumbers.number_type(number) in _SMS_TYPES)


@lru_cache(maxsize=4096)  # twice in each staff post, and the library's parse is not cheap (issue 15)
def mask(e164: str) -> str:
    """What staff see: the national form with only the last four digits, ``090-****-5678``."""
    try:
        number = phonenumbers.parse(e164, None)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    except NumberParseException:
        national = e164
    digits = [i for i, c in enumerate(national) if c.isdigit()]
    keep_head = 3 if len(digits) > 7 else 0
    hidden = set(digits[keep_head:-4])
    return "".join("*" if i in hidden else c for i, c in enumerate(national))
