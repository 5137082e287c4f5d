"""Does a number the app computed agree with one a tutorial printed? (No Qt.)

Tutorials print numbers two ways: rounded (Karpathy's −0.105 for −0.1049936) or cut off (his
0.8825 for 0.8825502), and iamtrask's Python 2 prints 12 significant digits (0.496410031903).

    agrees_to_printed(0.8825502, 0.8825, 4)        # True: 4 decimals, cut off
    agrees_to_printed(-0.1049936, -0.105, 3)       # True: 3 decimals, rounded
    matching_digits(0.4964100319027255, "0.496410031903")   # 12: every printed digit agrees
"""

from __future__ import annotations

import math


def agrees_to_printed(value: float, printed: float, decimals: int) -> bool:
    """Is ``printed`` (a number with ``decimals`` digits after the point) ``value`` rounded or
    cut off to that many decimals?"""
    scale = 10.0 ** int(decimals)
    target = round(printed * scale)
    return round(value * scale) == target or math.trunc(value * scale) == target


def significant_digits(printed: str) -> int:
    """How many significant digits the text ``printed`` has ("0.00858452565325" -> 12)."""
    mantissa = printed.strip().lstrip("+-−").lower().split("e")[0].replace(".", "")
    return max(len(mantissa.lstrip("0")), 1)


def matching_digits(value: float, printed: str) -> int:
    """The most significant digits (up to as many as ``printed`` has) in which ``value`` rounded
    equals the printed number rounded the same way; 0 if not even the first agrees."""
    target = float(printed.replace("−", "-"))
    best = 0
    for k in range(1, significant_digits(printed) + 1):
        if f"{value:.{k}g}" == f"{target:.{k}g}":
            best = k
    return best
