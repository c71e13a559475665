"""Counting an SMS as Japanese carriers bill it, and checking reminder templates."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

MAX_CHARS = 660  # the longest SMS Japanese carriers deliver as one message (policy.md)
_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXT = set("^{}\\[~]|€")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)|\b[a-z0-9-]+\.(?:jp|com|net|org|info|io|ly|me)\b")


@dataclass(frozen=True)
class SmsSize:
    chars: int
    parts: int
    encoding: str  # "GSM-7" or "UCS-2"


def size(text: str) -> SmsSize:
    """Characters and billed parts: UCS-2 is 70 in one part, 67 a part when split."""
    if all(c in _GSM7 or c in _GSM7_EXT for c in text):
        units = sum(2 if c in _GSM7_EXT else 1 for c in text)
        return SmsSize(len(text), 1 if units <= 160 else -(-units // 153), "GSM-7")
    # UCS-2 counts UTF-16 code units: an emoji outside the BMP takes two.
    units = len(text.encode("utf-16-le")) // 2
    return SmsSize(len(text), 1 if units <= 70 else -(-units // 67), "UCS-2")


class TemplateError(ValueError):
    pass


def check_message(text: str, allow_urls: bool = False) -> SmsSize:
    """Raise TemplateError if ``text`` carries a link or is too long for one long SMS."""
    if not allow_urls and _URL.search(text):
        raise TemplateError("the message carries a link; residents are told never to trust those")
    s = size(text)
    if s.chars > MAX_CHARS:
        raise TemplateError(f"the message has {s.chars} characters; at most {MAX_CHARS} are delivered")
    return s


def check_template(template: str, values: Mapping[str, str]) -> SmsSize:
    """Render ``template`` with ``values`` (a sample case) and check the result.

    Raise TemplateError for an unknown placeholder, a stray brace, a link, or a text too
    long for one long SMS: a bad template is found when it is configured, not at the
    first send.
    """
    try:
        fields = [name for _, name, spec, conv in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        raise TemplateError(f"a brace is not part of a placeholder ({exc}); write {{{{ or }}}} for a brace") from None
    unknown = sorted({f for f in fields if f not in values})
    if unknown:
        raise TemplateError("unknown placeholder " + ", ".join("{" + f + "}" for f in unknown)
                            + "; known: " + ", ".join("{" + k + "}" for k in values))
    try:
        text = template.format(**values)
    except (ValueError, IndexError, KeyError, AttributeError) as exc:
        raise TemplateError(f"cannot be filled in: {exc}") from None
    return check_message(text)
