"""The words of the Feature space panel: the axes' names and the caption that says what the
picture shows and how far to trust it (translated in the panel's context, ``FeatureSpacePanel``)."""

from __future__ import annotations

import numpy as np

from ...engine.feature_space import DIRECT, OUTPUT, PCA
from ..i18n.context import TrContext
from ..i18n.formatting import arg, format_percent

FeatureSpacePanel = TrContext("FeatureSpacePanel")

#: Below this share of points whose class on a projection's plane is their real one, the caption
#: says the colours are not to be trusted there.
TRUSTED_AGREEMENT = 0.8
#: At least this share (all but rounding at the boundary): the output layer's view is exact.
EXACT_AGREEMENT = 0.999


def what_layer(layer: int) -> str:
    """'the inputs' or 'hidden layer 2'."""
    return FeatureSpacePanel.tr("the inputs") if layer == 0 else arg(FeatureSpacePanel.tr("hidden layer %1"), layer)


def axis_names(fs, names) -> tuple[str, str]:
    """The picture's two axes for a FeatureSpace; ``names``: the layer's neurons (or inputs)."""
    if fs.method == PCA:
        return FeatureSpacePanel.tr("principal component 1"), FeatureSpacePanel.tr("principal component 2")
    if fs.method == OUTPUT:
        return FeatureSpacePanel.tr("output direction 1"), FeatureSpacePanel.tr("output direction 2")
    if fs.units == 1:
        return names[0], ""
    i, j = fs.axes
    return names[i], names[j]


def _where(fs, names) -> str:
    """What places the points."""
    if fs.method == DIRECT and fs.units == 1:
        return arg(FeatureSpacePanel.tr("%1 has one neuron: each point sits at its output %2, from left to right."),
                   what_layer(fs.layer), names[0])
    if fs.method == DIRECT and fs.layer == 0:
        return arg(FeatureSpacePanel.tr("Each point sits at its two inputs (%1, %2)."), names[0], names[1])
    if fs.method == DIRECT:
        return arg(FeatureSpacePanel.tr("Each point sits at the outputs of the two neurons of hidden layer %1: "
                                        "(%2, %3)."), fs.layer, names[0], names[1])
    if fs.method == OUTPUT:
        return arg(FeatureSpacePanel.tr("<b>As the output layer sees them</b>: the %1 values of %2 for each point, "
                                        "along the directions the output layer's weights look along (this view "
                                        "keeps %3 of the points' spread)."), fs.units, what_layer(fs.layer),
                   format_percent(fs.kept, 0))
    if fs.method == PCA:
        return arg(FeatureSpacePanel.tr("<b>PCA</b>: the %1 values of %2 for each point are shown along the two "
                                        "directions in which the points spread most; this view keeps %3 of their "
                                        "spread."), fs.units, what_layer(fs.layer), format_percent(fs.kept, 0))
    i, j = fs.axes
    return arg(FeatureSpacePanel.tr("%1 and %2 of %3 as the axes; its other %n value(s) are held at their "
                                    "average over the points.", "", fs.units - 2),
               names[i], names[j], what_layer(fs.layer))


def _colours(fs) -> list[str]:
    """What the colours behind the points are, and how far they hold."""
    if fs.method == OUTPUT and fs.agreement >= EXACT_AGREEMENT:
        return [FeatureSpacePanel.tr("The output layer ignores every other direction, so the colours and its "
                                     "straight boundary (the dark line) are right for every point, not only on "
                                     "this slice.")]
    if fs.method == DIRECT and fs.straight:
        return [FeatureSpacePanel.tr("The colours are the output layer's answer at every place of this picture. "
                                     "It sees only these numbers, so its boundary (the dark line) is straight: "
                                     "the classes are separated once a straight line can split them here.")]
    if fs.method == DIRECT:
        return [FeatureSpacePanel.tr("The colours are the answer of the %n layer(s) after it at every place of "
                                     "this picture (the dark line: the boundary).", "", fs.layers_after)]
    out = [arg(FeatureSpacePanel.tr("The colours are the network's answer on this flat slice of the space: exact "
                                    "on the slice, but a point off it may be answered differently. Here %1 of "
                                    "the points get the same class on the slice as the network really gives "
                                    "them."), format_percent(fs.agreement, 0))]
    if fs.agreement < TRUSTED_AGREEMENT:
        out.append(FeatureSpacePanel.tr("Too few to trust the colours: the points' places are right, the regions "
                                        "behind them are not. A later layer, or two chosen neurons, may show more."))
    return out


def caption(fs, names, lines_shown: bool, has_features: bool) -> str:
    """The sentences under the picture of ``fs``; ``names``: the layer's neurons (or inputs)."""
    parts = [_where(fs, names), *_colours(fs)]
    if fs.lines is not None and lines_shown and fs.layer > 0:
        parts.append(FeatureSpacePanel.tr("Blue and brown lines: the input plane's grid (x2 and x1 held constant), "
                                          "carried through the layers."))
    elif fs.lines is not None and lines_shown and has_features:
        parts.append(FeatureSpacePanel.tr("Blue and brown lines: the input plane's grid (x2 and x1 held constant), "
                                          "as the input features bend it."))
    wrong = int(np.count_nonzero(fs.predicted != fs.labels))
    if wrong:
        parts.append(FeatureSpacePanel.tr("Red rings: %n point(s) the network gets wrong.", "", wrong))
    return " ".join(parts)
