"""Tutorial 5's worked example as a whole network (issue 11 §4): the tutorial's hidden layer
(``tutorial_runs.xor_feature_example``: W = [[1, 1], [−0.5, −0.5]] as it writes W·x, no bias)
followed by an output neuron that draws a line between the features it makes:

    (0, 0) → (0.5, 0.5)  and  (1, 1) → (0.88, 0.27)   class 0 (XOR = 0)
    (0, 1) → (0.73, 0.38) and (1, 0) → (0.73, 0.38)   class 1

The tutorial gives no output layer. :func:`separating_output` puts its line parallel to the line
through the two class-0 points, midway to the class-1 point; the three points are nearly on one
line (0.015 apart), so the weights that make the answers clear (σ(±3)) are large.

    net = xor_feature_network()              # 2-2-1 sigmoid; the preset the app opens
    net.layer_outputs(X)[0]                  # (4, 2): the tutorial's table
"""

from __future__ import annotations

import numpy as np

from .network import MLP
from .tutorial_runs import xor_feature_example

#: Every point's weighted sum at the output is at least this far from 0: σ(±3) = 0.047 / 0.953.
MARGIN_Z = 3.0


def separating_output(H: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float]:
    """w (2, 1) and b of a sigmoid neuron whose line w·h + b = 0 puts the points ``H`` (n, 2) of
    label 1 on its positive side and those of label 0 on its negative side (see the module notes);
    ``labels`` (n,) of 0/1."""
    labels = np.asarray(labels).reshape(-1)
    zeros, ones = H[labels == 0], H[labels == 1]
    a, b = zeros[0], zeros[-1]
    normal = np.array([b[1] - a[1], a[0] - b[0]])
    normal /= np.linalg.norm(normal)
    side = (ones - a) @ normal
    if side.mean() < 0:
        normal, side = -normal, -side
    offset = side.min() / 2.0                  # the line: normal·(h − a) = offset
    scale = MARGIN_Z / offset
    return (scale * normal).reshape(2, 1), float(-scale * (normal @ a + offset))


def xor_feature_network(dtype=np.float64) -> MLP:
    """2-2-1, sigmoid: the tutorial's hidden layer (biases 0) and :func:`separating_output`.
    It answers XOR right on all four rows."""
    ex = xor_feature_example()
    net = MLP([2, 2, 1], ["sigmoid", "sigmoid"], seed=0, dtype=dtype)
    w2, b2 = separating_output(ex.features, ex.labels)
    net.set_params([ex.W, np.zeros(2), w2, np.array([b2])])
    return net
