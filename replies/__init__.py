"""Reading residents' replies: pure functions, no I/O."""

from replies.classify import Classification, classify
from replies.keywords import Keyword, keyword
from replies.labels import LABELS, PRECEDENCE

__all__ = ["LABELS", "PRECEDENCE", "Classification", "Keyword", "classify", "keyword"]
