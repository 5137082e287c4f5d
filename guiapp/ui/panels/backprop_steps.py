"""The steps of the backprop view and the formulas each one shows (no widgets here).

For a network with L layers after the input the student steps through 2L + 3 steps:

    Input            x (and the target t)
    Forward 1 … L    z = Σ aᵢ·wᵢ + b and a = f(z) on each neuron of that layer
    Loss             L with its numbers, and dL/da of each output
    Backward L … 1   δ of each neuron (a hidden one: f′(z)·Σₖ wₖ·δₖ, term by term), dL/db = δ, and
                     dL/dw = (input)·δ on each link; the first layer also dL/dx of each input
    Update           Δw (−η·g for plain SGD, or what the optimizer will do) and w′ = w + Δw

Each number is a ``Line``: which quantity, where (layer, source i, neuron j), the name on screen,
and the engine's ``Formula`` (general formula, the numbers put in, the value). Layers are numbered
as in the engine: 0 is the first layer after the input (W1 on screen).

Wide layers: only the neurons in ``shown`` get lines (the panel picks them: the largest |δ|), and a
layer with more than ``ALL_LINKS`` links lists its ``TOP_LINKS`` largest |dL/dw| (``links_for``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...engine import explain
from ...engine.explain import Formula
from ..i18n.context import TrContext
from ..i18n.formatting import arg, format_int, format_number

BackpropSteps = TrContext("BackpropSteps")

INPUT, FORWARD, LOSS, BACKWARD, UPDATE = "input", "forward", "loss", "backward", "update"

#: A layer with at most this many links lists them all; a bigger one its TOP_LINKS largest |dL/dw|.
ALL_LINKS = 24
TOP_LINKS = 12
#: Image inputs: the pixels with the largest |dL/dx| listed in the first backward step.
TOP_PIXELS = 8
#: At most this many terms of a fan-out sum are listed under a hidden neuron's δ.
MAX_TERM_ROWS = 10

# quantities
X, T, Z, A, L_, DLDA, DELTA, DLDB, DLDW, DLDX, DW, W_NEW, DB, B_NEW = (
    "x", "t", "z", "a", "L", "dL/da", "delta", "dL/db", "dL/dw", "dL/dx", "dw", "w_new", "db", "b_new")


@dataclass(frozen=True)
class Step:
    """One step: ``kind`` (INPUT, FORWARD, LOSS, BACKWARD, UPDATE) and, for FORWARD and BACKWARD,
    the engine ``layer`` it works on (0 = the first layer after the input)."""

    kind: str
    layer: int = -1


def steps_for(n_layers: int) -> list[Step]:
    """Input, Forward 1..L, Loss, Backward L..1, Update."""
    return ([Step(INPUT)] + [Step(FORWARD, l) for l in range(n_layers)] + [Step(LOSS)]
            + [Step(BACKWARD, l) for l in reversed(range(n_layers))] + [Step(UPDATE)])


@dataclass(frozen=True)
class Line:
    """One number on screen with its formula.

    quantity: X, T, Z, A, L_, DLDA, DELTA, DLDB, DLDW, DLDX, DW, W_NEW, DB, B_NEW.
    layer: the engine layer (-1 for inputs and the loss); i: the source (input or neuron of the
    layer before) of a link or an input's index; j: the neuron. subject: the name on screen
    ("h1.2", "A → h1.1"). terms: the rows of its sum, when it has one worth listing (a hidden δ).
    """

    quantity: str
    layer: int
    i: int | None
    j: int | None
    subject: str
    formula: Formula
    terms: tuple[str, ...] = ()

    @property
    def value(self) -> float:
        return self.formula.value

    @property
    def text(self) -> str:
        return formula_text(self.formula)


def formula_text(f: Formula) -> str:
    """"symbol = general = numbers = value", leaving out empty or repeated parts."""
    parts = [f.symbol]
    if f.general:
        parts.append(f.general)
    if f.numbers and f.numbers not in (f.general, f.value_text):
        parts.append(f.numbers)
    parts.append(f.value_text)
    return " = ".join(parts)


def ui_number(v: float) -> str:
    """Numbers in formulas: 3 significant digits in the user's locale (decimal comma in Russian),
    "−" for minus (as the engine's default formatter writes it)."""
    return format_number(float(v), significant=3).replace("-", "−")


def _wrap(v: float, fmt) -> str:
    text = fmt(v)
    return f"({text})" if text.startswith("−") else text


def _value(symbol: str, v: float, fmt) -> Formula:
    return Formula(symbol, "", "", float(v), fmt(v))


# ---- what to list ---------------------------------------------------------------------------------
def links_for(trace, layer: int, shown_in, shown_out) -> list[tuple[int, int]]:
    """The links of ``layer`` to list: all of them between shown neurons when the layer has at most
    ALL_LINKS links, else its TOP_LINKS largest |dL/dw| (wherever they are), largest first."""
    W = trace.weights[layer]
    if W.size <= ALL_LINKS:
        return [(int(i), int(j)) for j in shown_out for i in shown_in]
    g = np.abs(trace.grad_W[layer]).ravel()
    k = min(TOP_LINKS, g.size)
    top = np.argpartition(-g, k - 1)[:k]          # (as Trace.top_links, without sorting 200,000 entries)
    top = top[np.argsort(-g[top], kind="stable")]
    cols = W.shape[1]
    return [(int(f // cols), int(f % cols)) for f in top]


def top_pixels(trace, k: int = TOP_PIXELS) -> list[int]:
    """The inputs with the largest |dL/dx|, largest first."""
    g = np.abs(trace.grad_input)
    return [int(i) for i in np.argsort(-g, kind="stable")[:k]]


# ---- titles and explanations ----------------------------------------------------------------------
def layer_title(layer: int, n_layers: int) -> str:
    """"hidden layer 2" / "output layer" for an engine layer."""
    if layer == n_layers - 1:
        return BackpropSteps.tr("output layer")
    if n_layers == 2:
        return BackpropSteps.tr("hidden layer")
    return arg(BackpropSteps.tr("hidden layer %1"), layer + 1)


def step_title(step: Step, n_layers: int) -> str:
    """The step's short title: "Forward: hidden layer"."""
    if step.kind == INPUT:
        return BackpropSteps.tr("Input")
    if step.kind == FORWARD:
        return arg(BackpropSteps.tr("Forward: %1"), layer_title(step.layer, n_layers))
    if step.kind == LOSS:
        return BackpropSteps.tr("Loss")
    if step.kind == BACKWARD:
        return arg(BackpropSteps.tr("Backward: %1"), layer_title(step.layer, n_layers))
    return BackpropSteps.tr("Update")


def step_explanation(step: Step, trace, optimizer: str = "sgd", fused: bool | None = None) -> str:
    """One or two sentences (plain text) on what the step computes, in the tutorials' words."""
    fused = trace.fused if fused is None else fused
    last = trace.n_layers - 1
    if step.kind == INPUT:
        return BackpropSteps.tr("The example enters the network: each input neuron holds one value x. The target t is "
                                "the answer the network should give.")
    if step.kind == FORWARD:
        return BackpropSteps.tr("Values flow forward along every link. Each neuron adds up its inputs times their "
                                "weights, plus its bias (z), and passes z through its activation function (a = f(z)).")
    if step.kind == LOSS:
        return BackpropSteps.tr("The loss says how wrong the output is for this example. Its derivative dL/da is the "
                                "gradient that starts the backward pass: how the loss changes when an output changes.")
    if step.kind == BACKWARD and step.layer == last:
        if fused:
            return BackpropSteps.tr("Gradients flow backward. At the output the activation's derivative cancels "
                                    "against the loss's, so δ = dL/dz is simply a − t. Each link into a neuron gets "
                                    "dL/dw = (its input)·δ: colour for the sign, width for the size.")
        return BackpropSteps.tr("Gradients flow backward. A neuron's δ = dL/dz is its local derivative f′(z) times "
                                "the gradient from above (dL/da). Each link into it gets dL/dw = (its input)·δ: "
                                "colour for the sign, width for the size.")
    if step.kind == BACKWARD and step.layer == 0:
        return BackpropSteps.tr("A hidden neuron feeds every neuron above it, so the gradients coming back along "
                                "those links add up: δ = f′(z)·Σₖ wₖ·δₖ (the chain rule). Each link into it gets "
                                "dL/dw = (its input)·δ. The inputs get dL/dx = Σⱼ wⱼ·δⱼ the same way: which inputs "
                                "would change the loss, and which way.")
    if step.kind == BACKWARD:
        return BackpropSteps.tr("A hidden neuron feeds every neuron above it, so the gradients coming back along "
                                "those links add up: δ = f′(z)·Σₖ wₖ·δₖ (the chain rule). Each link into it gets "
                                "dL/dw = (its input)·δ.")
    if optimizer == "momentum":
        return BackpropSteps.tr("Momentum keeps a velocity v of past steps: v ← μ·v − η·g, and every weight moves by "
                                "Δw = v.")
    if optimizer == "adam":
        return BackpropSteps.tr("Adam scales each step by running averages of the gradient (m) and of its square (v): "
                                "Δw = −η·m̂ / (√v̂ + ε).")
    return BackpropSteps.tr("Gradient descent moves every weight a small step against its gradient: Δw = −η·g, with "
                            "the learning rate η. The new weight is w′ = w + Δw.")


# ---- the lines of a step --------------------------------------------------------------------------
def step_lines(step: Step, traced, shown, name, fmt=ui_number) -> list[Line]:
    """The formula lines of ``step`` for a ``TracedExample``. ``shown[k]``: indices of the neurons
    drawn in column k (0 = the inputs; an image's inputs: none); ``name(k, j)``: the name on screen
    of neuron j of column k."""
    tr = traced.trace
    if step.kind == INPUT:
        return _input_lines(tr, traced, shown, name, fmt)
    if step.kind == FORWARD:
        return _forward_lines(tr, step.layer, shown, name, fmt)
    if step.kind == LOSS:
        return _loss_lines(tr, shown, name, fmt)
    if step.kind == BACKWARD:
        return _backward_lines(tr, step.layer, shown, name, fmt)
    return _update_lines(traced, shown, name, fmt)


def _input_lines(tr, traced, shown, name, fmt) -> list[Line]:
    lines = [Line(X, -1, int(i), None, name(0, int(i)), _value("x", tr.x[i], fmt)) for i in shown[0]]
    if not len(shown[0]):
        n = tr.x.size
        f = Formula("x", arg(BackpropSteps.tr("%1 values, drawn as the image"), format_int(n)), "",
                    float(tr.x.mean()), arg(BackpropSteps.tr("mean %1"), fmt(float(tr.x.mean()))))
        lines.append(Line(X, -1, None, None, BackpropSteps.tr("input"), f))
    t = tr.target
    if t.size == 1:
        f = _value("t", t[0], fmt)
    else:
        f = Formula("t", "", "(" + ", ".join(fmt(v) for v in t) + ")" if t.size <= 10 else "", float(traced.target),
                    arg(BackpropSteps.tr("class %1"), name(tr.n_layers, traced.target)))
    lines.append(Line(T, -1, None, None, BackpropSteps.tr("target"), f))
    return lines


#: Sums over more inputs than this are written by ``wide_z_formula`` (the same text, made faster).
WIDE_SUM = 64


def wide_z_formula(tr, layer: int, j: int, fmt, max_terms: int = 6) -> Formula:
    """``explain.z_formula`` for a neuron with many inputs (784 pixels): the same formula and text
    (the ``max_terms`` largest terms in input order, "+ …" for the rest), computed with NumPy
    instead of one Term per input; ``terms`` holds the terms written."""
    inp, W, b = tr.layer_input(layer), tr.weights[layer][:, j], tr.biases[layer]
    prod = inp * W
    k = min(max_terms, prod.size)
    keep = np.sort(np.argpartition(-np.abs(prod), k - 1)[:k])
    terms = tuple(explain.Term(int(i), (float(inp[i]), float(W[i])), float(prod[i])) for i in keep)
    text = " + ".join(f"{_wrap(t.factors[0], fmt)}·{_wrap(t.factors[1], fmt)}" for t in terms) + " + …"
    general = f"Σᵢ {'x' if layer == 0 else 'a'}ᵢ·wᵢ"
    if b is not None:
        general += " + b"
        text += f" + {_wrap(b[j], fmt)}"
    value = float(tr.z[layer][j])
    return Formula("z", general, text, value, fmt(value), terms, prod.size - k)


def _forward_lines(tr, layer, shown, name, fmt) -> list[Line]:
    out = []
    wide = tr.layer_input(layer).size > WIDE_SUM
    for j in shown[layer + 1]:
        j = int(j)
        who = name(layer + 1, j)
        z = wide_z_formula(tr, layer, j, fmt) if wide else explain.z_formula(tr, layer, j, fmt)
        out.append(Line(Z, layer, None, j, who, z))
        out.append(Line(A, layer, None, j, who, explain.a_formula(tr, layer, j, fmt)))
    return out


def _loss_lines(tr, shown, name, fmt) -> list[Line]:
    out = [Line(L_, -1, None, None, BackpropSteps.tr("loss"), explain.loss_formula(tr, fmt))]
    last = tr.n_layers
    for k in shown[last]:
        k = int(k)
        out.append(Line(DLDA, tr.n_layers - 1, None, k, name(last, k), explain.loss_grad_formula(tr, k, fmt)))
    return out


def _term_rows(tr, layer: int, j: int, name, fmt) -> tuple[str, ...]:
    """"w(h1.2 → out)·δ(out) = 0.8·(−0.05) = −0.04" for each neuron k above neuron j (largest first)."""
    terms = tr.fanout_terms(layer)[j]
    w, d = tr.weights[layer + 1][j], tr.delta[layer + 1]
    order = np.argsort(-np.abs(terms), kind="stable")
    me = name(layer + 1, j)
    rows = []
    for k in order[:MAX_TERM_ROWS]:
        k = int(k)
        up = name(layer + 2, k)
        rows.append(f"w({me} → {up})·δ({up}) = {_wrap(w[k], fmt)}·{_wrap(d[k], fmt)} = {fmt(terms[k])}")
    if terms.size > MAX_TERM_ROWS:
        rest = float(terms[order[MAX_TERM_ROWS:]].sum())
        rows.append(arg(BackpropSteps.tr("… %1 more terms, adding up to %2"), format_int(terms.size - MAX_TERM_ROWS),
                        fmt(rest)))
    rows.append(f"Σₖ wₖ·δₖ = {fmt(float(tr.grad_a[layer][j]))}")
    return tuple(rows)


def _backward_lines(tr, layer, shown, name, fmt) -> list[Line]:
    out = []
    last = tr.n_layers - 1
    for j in shown[layer + 1]:
        j = int(j)
        who = name(layer + 1, j)
        terms = _term_rows(tr, layer, j, name, fmt) if layer < last else ()
        out.append(Line(DELTA, layer, None, j, who, explain.delta_formula(tr, layer, j, fmt), terms))
        if tr.biases[layer] is not None:
            out.append(Line(DLDB, layer, None, j, who, explain.grad_b_formula(tr, layer, j, fmt)))
    for i, j in links_for(tr, layer, shown[layer], shown[layer + 1]):
        who = f"{name(layer, i)} → {name(layer + 1, j)}"
        out.append(Line(DLDW, layer, i, j, who, explain.grad_w_formula(tr, layer, i, j, fmt)))
    if layer == 0:
        inputs = shown[0] if len(shown[0]) else top_pixels(tr)
        for i in inputs:
            i = int(i)
            out.append(Line(DLDX, -1, i, None, name(0, i), explain.grad_input_formula(tr, i, fmt)))
    return out


def _update_lines(traced, shown, name, fmt) -> list[Line]:
    tr, preview = traced.trace, traced.preview
    out = []
    for layer in range(tr.n_layers):
        for i, j in links_for(tr, layer, shown[layer], shown[layer + 1]):
            who = f"{name(layer, i)} → {name(layer + 1, j)}"
            out.append(Line(DW, layer, i, j, who, explain.update_formula(preview, layer, i, j, fmt)))
            out.append(Line(W_NEW, layer, i, j, who, explain.new_weight_formula(preview, layer, i, j, fmt)))
        if tr.biases[layer] is not None:
            for j in shown[layer + 1]:
                j = int(j)
                who = arg(BackpropSteps.tr("bias of %1"), name(layer + 1, j))
                dw = explain.update_formula(preview, layer, None, j, fmt)
                new = explain.new_weight_formula(preview, layer, None, j, fmt)
                out.append(Line(DB, layer, None, j, who, Formula("Δb", dw.general, dw.numbers, dw.value, dw.value_text)))
                out.append(Line(B_NEW, layer, None, j, who, Formula("b′", "b + Δb", new.numbers, new.value,
                                                                    new.value_text)))
    return out


def learning_rate_text(preview) -> str:
    """"η = 0.5" (the optimizer's learning rate), for the Update step's heading."""
    return f"η = {format_number(preview.learning_rate)}"
