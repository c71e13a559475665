"""Intervals checked against the worked examples published with the methods."""

import pytest

from bot.stats import newcombe, wilson


def test_wilson_matches_newcombe_1998_single_proportion_example():
    # Newcombe, "Two-sided confidence intervals for the single proportion", Stat Med 1998;17:857-72,
    # Table I, 81/263, method 3 (score): 0.2553 to 0.3662.
    low, high = wilson(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)


@pytest.mark.parametrize("x1,n1,x2,n2,low,high", [
    # Newcombe, "Interval estimation for the difference between independent proportions:
    # comparison of eleven methods", Stat Med 1998;17:873-90, Table II, method 10.
    (56, 70, 48, 80, 0.0524, 0.3339),
    (9, 10, 3, 10, 0.1705, 0.8090),
    (6, 7, 2, 7, 0.0582, 0.8062),
    (5, 56, 0, 29, -0.0381, 0.1926),
    (0, 10, 0, 10, -0.2775, 0.2775),
    (10, 10, 0, 20, 0.6791, 1.0000),
])
def test_newcombe_hybrid_score_matches_the_published_table(x1, n1, x2, n2, low, high):
    d, lo, hi = newcombe(x1, n1, x2, n2)
    assert d == pytest.approx(x1 / n1 - x2 / n2)
    assert (round(lo, 4), round(hi, 4)) == (low, high)
