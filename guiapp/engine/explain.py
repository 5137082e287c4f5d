"""Every number of a ``Trace`` with its formula and the numbers put in, for the backprop view.

    f = delta_formula(tr, 0, 1)
    str(f)   # 'δ = σ′(z)·Σₖ wₖ·δₖ = 0.25·(0.8·(−0.05) + (−1.2)·0.1) = −0.04'
    f.terms  # the (factor, factor, product) rows behind the sum, for a table or a tooltip

Numbers are written by ``fmt`` (a callable float -> str); the UI passes one that formats with the
user's locale (decimal comma in Russian). The default keeps 3 significant digits and writes the
minus sign as "−"; a negative factor in a product is put in brackets. Sums over more than
``max_terms`` terms show the largest ones (by size) and "…" for the rest (``Formula.omitted``).
The formulas follow the tutorials: 1 (gates), 2 (chain rule, gradients add up), 4 (softmax
Jacobian, p − t), 5 (δ of a hidden neuron as a weighted sum).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: How each activation is written: its name in a formula and that of its derivative.
ACT_SYMBOL = {"sigmoid": "σ", "tanh": "tanh", "relu": "relu", "leaky_relu": "leaky", "linear": "id",
              "softmax": "softmax"}


def number(v: float, digits: int = 3) -> str:
    """The default number format: ``digits`` significant digits, "−" for minus."""
    text = f"{float(v):.{digits}g}"
    if text in ("-0", "-0.0"):
        text = "0"
    return text.replace("-", "−")


@dataclass(frozen=True)
class Term:
    """One term of a sum: which ``index`` (an input i or a neuron k), its ``factors`` and their
    product ``value``."""

    index: int
    factors: tuple[float, ...]
    value: float


@dataclass(frozen=True)
class Formula:
    """``symbol = general = numbers = value_text``, e.g. δ = (a − t)·σ′(z) = (0.73 − 1)·0.197 = −0.053.
    ``terms``: the terms of the sum in the formula, if it has one (all of them, also those left
    out of ``numbers``); ``omitted``: how many were left out of ``numbers``."""

    symbol: str
    general: str
    numbers: str
    value: float
    value_text: str
    terms: tuple[Term, ...] = ()
    omitted: int = 0

    def __str__(self) -> str:
        parts = [self.symbol, self.general]
        if self.numbers and self.numbers not in (self.general, self.value_text):
            parts.append(self.numbers)
        parts.append(self.value_text)
        return " = ".join(parts)


def _wrap(fmt):
    def f(v: float) -> str:
        text = fmt(v)
        return f"({text})" if text.startswith(("−", "-")) else text
    return f


def _sum_text(terms: list[Term], fmt, max_terms: int) -> tuple[str, int]:
    """'a·b + c·d + …' for the largest ``max_terms`` terms (kept in index order)."""
    f = _wrap(fmt)
    shown = terms
    if len(terms) > max_terms:
        keep = sorted(np.argsort([-abs(t.value) for t in terms], kind="stable")[:max_terms])
        shown = [terms[k] for k in keep]
    text = " + ".join("·".join(f(x) for x in t.factors) for t in shown)
    omitted = len(terms) - len(shown)
    if omitted:
        text += " + …"
    return text, omitted


def _derivative_symbol(act: str) -> str:
    return "1" if act == "linear" else f"{ACT_SYMBOL.get(act, act)}′(z)"


# ---- forward ---------------------------------------------------------------------------------
def z_formula(tr, layer: int, j: int, fmt=number, max_terms: int = 6) -> Formula:
    """z of neuron ``j`` in ``layer``: Σᵢ aᵢ·wᵢ + b (x for the first layer's inputs)."""
    inp, W, b = tr.layer_input(layer), tr.weights[layer][:, j], tr.biases[layer]
    s = "x" if layer == 0 else "a"
    terms = [Term(i, (float(inp[i]), float(W[i])), float(inp[i] * W[i])) for i in range(inp.size)]
    text, omitted = _sum_text(terms, fmt, max_terms)
    general = f"Σᵢ {s}ᵢ·wᵢ" if inp.size > 1 else f"{s}·w"
    if b is not None:
        general += " + b"
        text += f" + {_wrap(fmt)(b[j])}"
    value = float(tr.z[layer][j])
    return Formula("z", general, text, value, fmt(value), tuple(terms), omitted)


def a_formula(tr, layer: int, j: int, fmt=number) -> Formula:
    """a = f(z) of neuron ``j`` in ``layer``."""
    act, z, value = tr.activations[layer], tr.z[layer], float(tr.a[layer][j])
    if act == "softmax":
        general, numbers = "e^zⱼ / Σₖ e^zₖ", f"e^{_wrap(fmt)(z[j])} / {fmt(float(np.exp(z - z.max()).sum() * np.exp(z.max())))}"
    elif act == "relu":
        general, numbers = "max(0, z)", f"max(0, {fmt(z[j])})"
    elif act == "linear":
        general, numbers = "z", fmt(z[j])
    else:
        sym = ACT_SYMBOL.get(act, act)
        general, numbers = f"{sym}(z)", f"{sym}({fmt(z[j])})"
    return Formula("a", general, numbers, value, fmt(value))


# ---- the loss ------------------------------------------------------------------------------------
def loss_formula(tr, fmt=number, max_terms: int = 6) -> Formula:
    """L of this example with its numbers: mse Σ(a − t)², bce −[t·log a + (1 − t)·log(1 − a)],
    cross-entropy −Σ t·log p."""
    y, t, k = tr.output, tr.target, tr.output.size
    share = tr.loss_terms()
    if tr.loss_name == "mse":
        general = "(a − t)²" if k == 1 else "Σₖ (aₖ − tₖ)²"
        pieces = [f"({fmt(y[i])} − {_wrap(fmt)(t[i])})²" for i in range(k)]
    elif tr.loss_name == "bce":
        general = "−[t·log a + (1 − t)·log(1 − a)]" if k == 1 else "−Σₖ [tₖ·log aₖ + (1 − tₖ)·log(1 − aₖ)]"
        pieces = []
        for i in range(k):
            if t[i] == 1:
                pieces.append(f"−log({fmt(y[i])})")
            elif t[i] == 0:
                pieces.append(f"−log(1 − {fmt(y[i])})")
            else:
                pieces.append(f"−[{fmt(t[i])}·log({fmt(y[i])}) + {fmt(1 - t[i])}·log(1 − {fmt(y[i])})]")
    else:
        general = "−Σₖ tₖ·log pₖ"
        pieces = [(f"−log({fmt(y[i])})" if t[i] == 1 else f"−{fmt(t[i])}·log({fmt(y[i])})")
                  for i in range(k) if t[i] != 0]
        share = share[t != 0]
    order = list(range(len(pieces)))
    if len(pieces) > max_terms:
        order = sorted(np.argsort(-np.abs(share), kind="stable")[:max_terms])
    numbers = " + ".join(pieces[i] for i in order) + (" + …" if len(order) < len(pieces) else "")
    return Formula("L", general, numbers, tr.loss, fmt(tr.loss), omitted=len(pieces) - len(order))


def loss_grad_formula(tr, k: int, fmt=number) -> Formula:
    """dL/da of output ``k``: mse 2(a − t), bce (a − t)/(a(1 − a)), cross-entropy −t/p."""
    a, t, value = float(tr.output[k]), float(tr.target[k]), float(tr.loss_grad[k])
    if tr.loss_name == "mse":
        general, numbers = "2(a − t)", f"2·({fmt(a)} − {_wrap(fmt)(t)})"
    elif tr.loss_name == "bce":
        general, numbers = "(a − t) / (a·(1 − a))", f"({fmt(a)} − {fmt(t)}) / ({fmt(a)}·(1 − {fmt(a)}))"
    else:
        general, numbers = "−t / p", f"−{fmt(t)} / {fmt(a)}"
    return Formula("dL/da", general, numbers, value, fmt(value))


# ---- backward -------------------------------------------------------------------------------------
def delta_formula(tr, layer: int, j: int, fmt=number, max_terms: int = 6) -> Formula:
    """δ = dL/dz of neuron ``j`` in ``layer``. Output layer: a − t (fused losses), else
    dL/da·f′(z) (softmax: pⱼ·(gⱼ − Σₖ gₖ·pₖ) with g = dL/dp). Hidden: f′(z)·Σₖ wₖ·δₖ."""
    f = _wrap(fmt)
    value = float(tr.delta[layer][j])
    act = tr.activations[layer]
    if layer == tr.n_layers - 1:
        a, t = float(tr.output[j]), float(tr.target[j])
        s = "p" if act == "softmax" else "a"
        if tr.fused:
            return Formula("δ", f"{s} − t", f"{fmt(a)} − {f(t)}", value, fmt(value))
        if act == "softmax":
            p, g = tr.output, tr.loss_grad
            terms = [Term(k, (float(g[k]), float(p[k])), float(g[k] * p[k])) for k in range(p.size)]
            return Formula("δ", "pⱼ·(gⱼ − Σₖ gₖ·pₖ)", f"{fmt(a)}·({fmt(g[j])} − {fmt(float(g @ p))})",
                           value, fmt(value), tuple(terms))
        d = _derivative_symbol(act)
        local = float(tr.local_grad[layer][j])
        if tr.loss_name == "mse" and act == "linear":
            return Formula("δ", "2(a − t)", f"2·({fmt(a)} − {f(t)})", value, fmt(value))
        if tr.loss_name == "mse":
            return Formula("δ", f"2(a − t)·{d}", f"2·({fmt(a)} − {f(t)})·{f(local)}", value, fmt(value))
        g = float(tr.loss_grad[j])
        return Formula("δ", f"dL/da·{d}", f"{f(g)}·{f(local)}", value, fmt(value))
    w = tr.weights[layer + 1][j]
    dn = tr.delta[layer + 1]
    terms = [Term(k, (float(w[k]), float(dn[k])), float(w[k] * dn[k])) for k in range(dn.size)]
    text, omitted = _sum_text(terms, fmt, max_terms)
    local = float(tr.local_grad[layer][j])
    general = f"{_derivative_symbol(act)}·Σₖ wₖ·δₖ" if dn.size > 1 else f"{_derivative_symbol(act)}·w·δ"
    numbers = f"{f(local)}·({text})" if dn.size > 1 else f"{f(local)}·{text}"
    return Formula("δ", general, numbers, value, fmt(value), tuple(terms), omitted)


def grad_w_formula(tr, layer: int, i: int, j: int, fmt=number) -> Formula:
    """dL/dw of the link from input ``i`` to neuron ``j`` of ``layer``: (its input)·δⱼ."""
    f = _wrap(fmt)
    inp = float(tr.layer_input(layer)[i])
    delta = float(tr.delta[layer][j])
    value = float(tr.grad_W[layer][i, j])
    s = "x" if layer == 0 else "a"
    return Formula("dL/dw", f"{s}ᵢ·δⱼ", f"{f(inp)}·{f(delta)}", value, fmt(value))


def grad_b_formula(tr, layer: int, j: int, fmt=number) -> Formula:
    """dL/db of neuron ``j`` in ``layer``: its δ."""
    value = float(tr.grad_b[layer][j])
    return Formula("dL/db", "δ", fmt(tr.delta[layer][j]), value, fmt(value))


def grad_input_formula(tr, i: int, fmt=number, max_terms: int = 6) -> Formula:
    """dL/dxᵢ = Σⱼ wᵢⱼ·δⱼ over the first layer's neurons."""
    w, d = tr.weights[0][i], tr.delta[0]
    terms = [Term(j, (float(w[j]), float(d[j])), float(w[j] * d[j])) for j in range(d.size)]
    text, omitted = _sum_text(terms, fmt, max_terms)
    value = float(tr.grad_input[i])
    return Formula("dL/dx", "Σⱼ wⱼ·δⱼ" if d.size > 1 else "w·δ", text, value, fmt(value), tuple(terms), omitted)


# ---- the update ------------------------------------------------------------------------------------
def update_formula(preview, layer: int, i: int | None, j: int, fmt=number) -> Formula:
    """Δw of W[layer][i, j] (``i`` None: of the bias b[layer][j]) for the previewed optimizer:
    SGD −η·g, Momentum μ·v − η·g, Adam −η·m̂/(√v̂ + ε) (penalties added to g for weights)."""
    f = _wrap(fmt)
    bias = i is None
    idx = (j,) if bias else (i, j)
    g = float((preview.grad_b if bias else preview.grad_W)[layer][idx])
    w = float((preview.old_b if bias else preview.old_W)[layer][idx])
    value = float((preview.step_b if bias else preview.step_W)[layer][idx])
    lr = preview.learning_rate
    g_text, g_general = f(g), "g"
    if not bias and (preview.l1 or preview.l2):
        extra_general, extra_numbers = [], []
        if preview.l2:
            extra_general.append("λ₂·w")
            extra_numbers.append(f"{fmt(preview.l2)}·{f(w)}")
        if preview.l1:
            extra_general.append("λ₁·sign(w)")
            extra_numbers.append(f"{fmt(preview.l1)}·{f(float(np.sign(w)))}")
        g_general = "(g + " + " + ".join(extra_general) + ")"
        g_text = f"({fmt(g)} + " + " + ".join(extra_numbers) + ")"
    p = preview.param_index(layer, bias)
    if preview.optimizer == "momentum":
        vel = preview.state_before.get("velocity")
        v = float(vel[p][idx]) if vel else 0.0
        mu = preview.hyper.get("momentum", 0.0)
        return Formula("Δw", f"μ·v − η·{g_general}", f"{fmt(mu)}·{f(v)} − {fmt(lr)}·{g_text}", value, fmt(value))
    if preview.optimizer == "adam":
        t = preview.t_after or 1
        b1, b2, eps = preview.hyper["beta1"], preview.hyper["beta2"], preview.hyper["eps"]
        m_hat = float(preview.state_after["m"][p][idx]) / (1 - b1 ** t)
        v_hat = float(preview.state_after["v"][p][idx]) / (1 - b2 ** t)
        return Formula("Δw", "−η·m̂ / (√v̂ + ε)", f"−{fmt(lr)}·{f(m_hat)} / (√{fmt(v_hat)} + {fmt(eps)})",
                       value, fmt(value))
    return Formula("Δw", f"−η·{g_general}", f"−{fmt(lr)}·{g_text}", value, fmt(value))


def new_weight_formula(preview, layer: int, i: int | None, j: int, fmt=number) -> Formula:
    """w′ = w + Δw for W[layer][i, j] (``i`` None: the bias b[layer][j])."""
    bias = i is None
    idx = (j,) if bias else (i, j)
    w = float((preview.old_b if bias else preview.old_W)[layer][idx])
    step = float((preview.step_b if bias else preview.step_W)[layer][idx])
    value = float((preview.new_b if bias else preview.new_W)[layer][idx])
    return Formula("w′", "w + Δw", f"{fmt(w)} + {_wrap(fmt)(step)}", value, fmt(value))
