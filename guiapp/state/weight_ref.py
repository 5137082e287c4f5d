"""One parameter picked for the gradient check: a weight W[layer][i, j] or a bias b[layer][j]."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WeightRef:
    """``layer``: 0 is the first layer after the input (W1 on screen); ``i``: the row of W (the
    neuron or input the weight comes from), or None for the bias of neuron ``j``; ``j``: the
    neuron of ``layer`` it feeds."""

    layer: int
    i: int | None
    j: int

    @property
    def is_bias(self) -> bool:
        return self.i is None

    def fits(self, layer_sizes) -> bool:
        """Does this parameter exist in a network of ``layer_sizes`` (inputs first)?"""
        sizes = tuple(layer_sizes)
        if not 0 <= self.layer < len(sizes) - 1 or not 0 <= self.j < sizes[self.layer + 1]:
            return False
        return self.i is None or 0 <= self.i < sizes[self.layer]
