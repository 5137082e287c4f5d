"""What the backprop diagram draws at each step (a ``DiagramScene``) and what it says on hover.

Which neurons are drawn (``shown_neurons``): every neuron of a layer of at most ``MAX_SHOWN``; of a
wider layer the ``MAX_SHOWN`` with the largest |δ| for this example, that is the neurons whose
incoming weights this example's gradient moves most (``Trace.top_neurons``); an image's pixels are
drawn as two pictures (the input and, once the backward pass reaches it, dL/dx) instead of neurons.

At each step the numbers written beside the neurons are those computed so far (x; z and a going
forward; δ coming back; Δb at the update), the links carry the value of that step (the weight
forward, dL/dw backward, Δw at the update: colour for the sign, width for the size), and small
networks get those numbers written on the links too.
"""

from __future__ import annotations

import numpy as np

from ...engine import explain
from ..i18n.context import TrContext
from ..i18n.formatting import arg, format_int
from ..widgets.backprop_diagram import DiagramScene
from ..terms import activation_name
from .backprop_steps import BACKWARD, FORWARD, INPUT, LOSS, UPDATE, formula_text, ui_number

BackpropScene = TrContext("BackpropScene")

#: Neurons drawn per layer at most.
MAX_SHOWN = 10
#: A layer with at most this many drawn links gets its numbers written on them.
LABEL_LINKS = 8


def shown_neurons(trace, image_input: bool) -> list[np.ndarray]:
    """Per column (0 = inputs) the neuron indices to draw: all of a small layer, else the largest |δ|
    (inputs: the largest |dL/dx|; an image's inputs: none, they are drawn as a picture)."""
    out = []
    if image_input:
        out.append(np.zeros(0, dtype=np.int64))
    elif trace.x.size <= MAX_SHOWN:
        out.append(np.arange(trace.x.size))
    else:
        out.append(np.sort(np.argsort(-np.abs(trace.grad_input), kind="stable")[:MAX_SHOWN]))
    for layer in range(trace.n_layers):
        n = trace.delta[layer].size
        out.append(np.arange(n) if n <= MAX_SHOWN else trace.top_neurons(layer, MAX_SHOWN))
    return out


class Progress:
    """Where a step stands in the pass: which layers are done forward and backward."""

    def __init__(self, steps, index: int, n_layers: int):
        self.step = steps[index]
        self.index = index
        self.L = n_layers

    def forward_done(self, layer: int) -> bool:
        return self.index >= 1 + layer

    @property
    def loss_done(self) -> bool:
        return self.index >= self.L + 1

    def backward_done(self, layer: int) -> bool:
        return self.index >= self.L + 2 + (self.L - 1 - layer)

    @property
    def update(self) -> bool:
        return self.step.kind == UPDATE


def _eq(symbol: str, v: float, fmt) -> str:
    return f"{symbol} = {fmt(v)}"


def column_titles(sizes, activations, shown, image_shape) -> tuple[list[str], list[str]]:
    """The two header lines of every column: "Hidden 1", "8 of 256 · ReLU · largest |δ|"."""
    L = len(sizes) - 1
    titles, subs = [BackpropScene.tr("Input")], []
    subs.append(arg(BackpropScene.tr("%1 pixels"), format_int(sizes[0])) if image_shape is not None
                else (format_int(sizes[0]) if len(shown[0]) == sizes[0]
                      else arg(BackpropScene.tr("%1 of %2 · largest |dL/dx|"), len(shown[0]), format_int(sizes[0]))))
    for k in range(1, L + 1):
        titles.append(BackpropScene.tr("Output") if k == L else (
            BackpropScene.tr("Hidden") if L == 2 else arg(BackpropScene.tr("Hidden %1"), k)))
        act = activation_name(activations[k - 1])
        if len(shown[k]) == sizes[k]:
            subs.append(f"{format_int(sizes[k])} · {act}")
        else:
            subs.append(arg(BackpropScene.tr("%1 of %2 · %3 · largest |δ|"), len(shown[k]), format_int(sizes[k]), act))
    return titles, subs


def build_scene(steps, index: int, traced, shown, name, *, titles, subtitles, image_shape=None,
                health=None, selected=None, fmt=ui_number) -> DiagramScene:
    """The DiagramScene of step ``steps[index]`` for a TracedExample."""
    tr = traced.trace
    L = tr.n_layers
    at = Progress(steps, index, L)
    kind = at.step.kind
    sizes = tuple(tr.layer_sizes)
    image = image_shape is not None
    names = {(k, int(j)): name(k, int(j)) for k in (0, L) for j in shown[k]}

    lines: dict = {}
    for j in shown[0]:
        j = int(j)
        lines[(0, j)] = [_eq("x", tr.x[j], fmt)]
        if at.backward_done(0):
            lines[(0, j)].append(_eq("dL/dx", tr.grad_input[j], fmt))
    for k in range(1, L + 1):
        layer = k - 1
        for j in shown[k]:
            j = int(j)
            if at.update:
                rows = [_eq("δ", tr.delta[layer][j], fmt)]
                if traced.preview.step_b[layer] is not None:
                    rows.append(_eq("Δb", traced.preview.step_b[layer][j], fmt))
            elif kind == FORWARD and layer == at.step.layer:
                rows = [_eq("z", tr.z[layer][j], fmt), _eq("a", tr.a[layer][j], fmt)]
            elif at.forward_done(layer):
                rows = [_eq("a", tr.a[layer][j], fmt)]
                if kind == BACKWARD and at.backward_done(layer):
                    rows.append(_eq("δ", tr.delta[layer][j], fmt))
            else:
                rows = []
            if rows:
                lines[(k, j)] = rows

    links, values, strong, labels = [], [], [], {}
    for layer in range(L):
        pairs = ([(-1, int(j)) for j in shown[1]] if (image and layer == 0)
                 else [(int(i), int(j)) for i in shown[layer] for j in shown[layer + 1]])
        links.append(pairs)
        if kind == INPUT or kind == LOSS:
            v, s = tr.weights[layer], False
        elif kind == FORWARD:
            v, s = (tr.weights[layer], layer == at.step.layer) if layer <= at.step.layer else (None, False)
        elif kind == BACKWARD:
            v, s = (tr.grad_W[layer], layer == at.step.layer) if layer >= at.step.layer else (None, False)
        else:
            v, s = traced.preview.step_W[layer], True
        if image and layer == 0:
            v = None
        values.append(v)
        strong.append(s)
        label_this = (kind == UPDATE) or (kind in (FORWARD, BACKWARD) and layer == at.step.layer)
        if v is not None and label_this and len(pairs) <= LABEL_LINKS:
            for i, j in pairs:
                labels[(layer, i, j)] = fmt(v[i, j])

    side = []
    if at.loss_done:
        side.append(_eq("L", tr.loss, fmt))
        if tr.target.size == 1:
            side.append(_eq("t", tr.target[0], fmt))
        else:
            side.append(f"t = {name(L, traced.target)}")

    images = None
    if image:
        x_img = tr.x.reshape(image_shape)
        g_img = tr.grad_input.reshape(image_shape) if at.backward_done(0) else None
        images = (x_img, g_img)

    if kind == BACKWARD:
        legend = BackpropScene.tr("links: dL/dw of this example (width = size); grey: not reached yet")
    elif kind == UPDATE:
        legend = BackpropScene.tr("links: Δw, what the update adds to each weight (width = size)")
    else:
        legend = BackpropScene.tr("links: the weights w (width = |w|)")
    return DiagramScene(
        sizes=sizes, titles=titles, subtitles=subtitles, shown=shown, names=names, neuron_lines=lines,
        active=(0 if kind == INPUT else (at.step.layer + 1 if kind in (FORWARD, BACKWARD) else
                                         (L if kind == LOSS else None))),
        links=links, link_values=values, link_strong=strong, link_labels=labels, side_lines=side,
        images=images, image_titles=(BackpropScene.tr("x: the input"),
                                     BackpropScene.tr("dL/dx (red: ink raises L)")),
        health=health or {}, legend=legend, selected=selected)


def tooltip(hit, steps, index: int, traced, name, health=None, fmt=ui_number) -> str | None:
    """The hover text for ``hit`` (from the diagram's hit test): each number known at this step
    with its formula."""
    if hit is None or traced is None:
        return None
    tr = traced.trace
    at = Progress(steps, index, tr.n_layers)
    rows: list[str] = []
    if hit[0] == "pixel" or (hit[0] == "neuron" and hit[1] == 0):
        i = hit[2]
        rows += [name(0, i), _eq("x", tr.x[i], fmt)]
        if at.backward_done(0):
            rows.append(formula_text(explain.grad_input_formula(tr, i, fmt)))
        return "\n".join(rows)
    if hit[0] == "neuron":
        k, j = hit[1], hit[2]
        layer = k - 1
        rows.append(name(k, j))
        if at.forward_done(layer):
            rows.append(formula_text(explain.z_formula(tr, layer, j, fmt)))
            rows.append(formula_text(explain.a_formula(tr, layer, j, fmt)))
        if at.loss_done and layer == tr.n_layers - 1:
            rows.append(formula_text(explain.loss_grad_formula(tr, j, fmt)))
        if at.backward_done(layer):
            rows.append(formula_text(explain.delta_formula(tr, layer, j, fmt)))
            if tr.biases[layer] is not None:
                rows.append(formula_text(explain.grad_b_formula(tr, layer, j, fmt)))
        if at.update and tr.biases[layer] is not None:
            rows.append(formula_text(explain.update_formula(traced.preview, layer, None, j, fmt)).replace("Δw", "Δb", 1))
            rows.append(formula_text(explain.new_weight_formula(traced.preview, layer, None, j, fmt)).replace(
                "w′ = w + Δw", "b′ = b + Δb", 1))
        reason = (health or {}).get((k, j))
        if reason:
            rows.append(reason)
        return "\n".join(rows)
    layer, i, j = hit[1], hit[2], hit[3]
    if i < 0:
        return arg(BackpropScene.tr("%n link(s) from the pixels into %1: the ones with the largest |dL/dw| are "
                                    "listed at the Backward steps", "", tr.x.size), name(layer + 1, j))
    rows.append(f"W{layer + 1}[{name(layer, i)} → {name(layer + 1, j)}]")
    rows.append(_eq("w", tr.weights[layer][i, j], fmt))
    if at.backward_done(layer):
        rows.append(formula_text(explain.grad_w_formula(tr, layer, i, j, fmt)))
    if at.update:
        rows.append(formula_text(explain.update_formula(traced.preview, layer, i, j, fmt)))
        rows.append(formula_text(explain.new_weight_formula(traced.preview, layer, i, j, fmt)))
    rows.append(BackpropScene.tr("Click: check this gradient numerically"))
    return "\n".join(rows)
