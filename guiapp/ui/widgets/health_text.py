"""Why a neuron barely learns, in words with its numbers (the hover text of the marks the diagrams
put on saturated and dead neurons; the verdicts come from ``engine.neuron_health``, computed by the
worker on a sample of the training rows)."""

from __future__ import annotations

from ..i18n.context import TrContext
from ..i18n.formatting import arg, format_int, format_number, format_percent

HealthText = TrContext("HealthText")

_SLOPE = {"sigmoid": "σ′", "tanh": "tanh′"}


def reason_text(layer_health, j: int) -> str | None:
    """The explanation for neuron ``j`` of one ``LayerHealth``, or None if it learns."""
    reason = layer_health.reason(j)
    if reason is None:
        return None
    n = layer_health.n_examples
    z_lo = format_number(float(layer_health.z_min[j]), significant=3)
    z_hi = format_number(float(layer_health.z_max[j]), significant=3)
    if reason == "dead":
        return arg(HealthText.tr("Dead: this ReLU outputs 0 on all %1 training examples looked at (z goes from %2 to "
                                 "%3, never above 0). Its slope is 0 there, so no gradient reaches its weights and "
                                 "it cannot come back."), format_int(n), z_lo, z_hi)
    slope = _SLOPE.get(layer_health.activation, "f′")
    return arg(HealthText.tr("Saturated: %1(z) is below %2 on %3 of the %4 training examples looked at (mean %5, z "
                             "from %6 to %7). Every gradient through this neuron is multiplied by that slope, so its "
                             "weights barely move."),
               slope, format_number(layer_health.slope), format_percent(float(layer_health.saturated_fraction[j])),
               format_int(n), format_number(float(layer_health.mean_slope[j]), significant=2), z_lo, z_hi)


def health_reasons(health) -> dict[tuple[int, int], str]:
    """{(column, neuron): explanation} for every neuron that barely learns; column k = engine
    layer k − 1 (0 is the inputs). ``health``: a snapshot's tuple of LayerHealth, or None."""
    out: dict[tuple[int, int], str] = {}
    for lh in health or ():
        for j in (lh.saturated | lh.dead).nonzero()[0]:
            text = reason_text(lh, int(j))
            if text:
                out[(lh.layer + 1, int(j))] = text
    return out
