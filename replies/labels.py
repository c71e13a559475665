"""The seven labels of replies.md, in precedence order: the first that applies wins."""

WRONG_NUMBER = "wrong_number"
OPT_OUT = "opt_out"
ALREADY_PAID = "already_paid"
CONSULTATION_REQUEST = "consultation_request"
PAYMENT_PROMISE = "payment_promise"
AUTHENTICITY_CHECK = "authenticity_check"
OTHER = "other"

PRECEDENCE = (
    WRONG_NUMBER,
    OPT_OUT,
    ALREADY_PAID,
    CONSULTATION_REQUEST,
    PAYMENT_PROMISE,
    AUTHENTICITY_CHECK,
    OTHER,
)
LABELS = frozenset(PRECEDENCE)
