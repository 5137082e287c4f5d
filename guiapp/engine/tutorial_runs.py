"""The tutorials' worked runs, computed by the app's own engine (MLP, losses, SGD, Trainer), so a
student sees the same numbers come out (issue 11 §2, §4, and the chain of tutorial 2).

    for s in eleven_line_run(every=10_000):            # tutorial 3, the 3-4-1 network
        print(s.iteration, s.mean_abs_error)           # 0 0.496410031903, 10000 0.00858452565325, ...

How the engine reproduces the tutorials' hand-written update:
- Tutorial 3 updates ``syn += l_prevᵀ · ((y − l)·σ′)`` summed over the 4 rows with step 1: that is
  gradient descent on ½·Σ(y − l)². The engine's MSE is (1/n)·Σ(l − y)², whose gradient is 2/n
  times as large, so a learning rate of n/2 = 2 takes exactly the tutorial's step (the factors
  2/4 and 2 are powers of two: no rounding differs). Weights: ``legacy_rng(seed)`` draws them
  from the same ``np.random.seed`` stream as the tutorial.
- Tutorial 2's chain has the loss (out − y)² of one example: the engine's MSE with n = 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np

from .initializers import legacy_rng
from .network import MLP
from .optimizers import SGD
from .training import Trainer

#: The 3-column table of tutorial 3: x3 is always 1 (a built-in bias).
THREE_COLUMN_X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
#: Its targets: x1 XOR x2 (the 3-layer example) ...
THREE_COLUMN_XOR_Y = np.array([[0], [1], [1], [0]], dtype=np.float64)
#: ... and the first, 2-layer example's, which just copies x1.
THREE_COLUMN_FIRST_Y = np.array([[0], [0], [1], [1]], dtype=np.float64)

#: The tutorial's printed numbers, for comparison beside the engine's.
ELEVEN_LINE_ERRORS = (0.496410031903, 0.00858452565325, 0.00578945986251, 0.00462917677677,
                      0.00395876528027, 0.00351012256786)
TWO_LAYER_OUTPUTS = (0.00966449, 0.00786506, 0.99358898, 0.99211957)


# ---- tutorial 3: the 11-line network --------------------------------------------------------------
def eleven_line_network(sizes=(3, 4, 1), seed: int = 1) -> MLP:
    """The tutorial's network: sigmoid layers without biases, weights 2·random(shape) − 1 drawn
    after ``np.random.seed(seed)`` (syn0 first, then syn1)."""
    return MLP(list(sizes), ["sigmoid"] * (len(sizes) - 1), rng=legacy_rng(seed), init="uniform", bias=False)


def eleven_line_trainer(net: MLP, X=THREE_COLUMN_X, Y=THREE_COLUMN_XOR_Y) -> Trainer:
    """The Trainer the app uses, set to the tutorial's update: full batch, MSE, SGD with
    learning rate n/2 (see the module docstring)."""
    return Trainer(net, X, Y, loss="mse", optimizer=SGD(X.shape[0] / 2.0), batch_size=None, shuffle=False)


@dataclass(frozen=True, eq=False)
class ElevenLineState:
    """One iteration of the tutorial's loop, before its update (what the tutorial prints):
    l0 (4, 3) the inputs; l1 (4, hidden) and l2 (4, 1) the layers' outputs (l1 is absent
    (None) in the 2-layer example, whose output is then ``l2``); error = y − output (4, 1);
    l2_delta = error·σ′ (4, 1) and l1_delta = (l2_delta·syn1ᵀ)·σ′(l1) (4, hidden) as the tutorial
    names them (= −learning rate × the engine's dL/dz); syn0, syn1: the weights used;
    mean_abs_error: mean |error|, the tutorial's "Error:"."""

    iteration: int
    l0: np.ndarray
    l1: np.ndarray | None
    l2: np.ndarray
    error: np.ndarray
    l2_delta: np.ndarray
    l1_delta: np.ndarray | None
    syn0: np.ndarray
    syn1: np.ndarray | None
    mean_abs_error: float


def eleven_line_run(iterations: int = 60_000, every: int = 1, *, X=THREE_COLUMN_X, Y=THREE_COLUMN_XOR_Y,
                    hidden: int | None = 4, seed: int = 1, stop=None) -> Iterator[ElevenLineState]:
    """Run the tutorial's loop through the app's Trainer and yield its state at iterations 0,
    every, 2·every, ... (before that iteration's update, as the tutorial prints it).

    ``hidden=None`` runs the first, 2-layer example (3-1). ``stop``: a ``threading.Event``
    checked every iteration, for a UI that runs this on a worker thread."""
    sizes = (X.shape[1], Y.shape[1]) if hidden is None else (X.shape[1], hidden, Y.shape[1])
    net = eleven_line_network(sizes, seed)
    trainer = eleven_line_trainer(net, X, Y)
    for it in range(iterations):
        if stop is not None and stop.is_set():
            return
        show = it % every == 0
        if show:
            before = [layer.W.copy() for layer in net.layers]
        trainer.step_batch()                     # forward (caches l1, l2), backward, SGD step
        if show:
            yield _state(it, net, X, Y, before)


def _state(it: int, net: MLP, X, Y, W_before) -> ElevenLineState:
    """The tutorial's quantities of iteration ``it`` from the engine's cached forward pass and the
    activation's own derivative (``backward`` with dL/da = the tutorial's error)."""
    out = net.layers[-1]
    error = Y - out.a
    out_delta = out.activation.backward(out.z, out.a, error)
    if len(net.layers) == 1:
        return ElevenLineState(it, X.copy(), None, out.a.copy(), error, out_delta, None,
                               W_before[0], None, float(np.mean(np.abs(error))))
    hid = net.layers[0]
    hid_delta = hid.activation.backward(hid.z, hid.a, out_delta @ W_before[1].T)
    return ElevenLineState(it, X.copy(), hid.a.copy(), out.a.copy(), error, out_delta, hid_delta,
                           W_before[0], W_before[1], float(np.mean(np.abs(error))))


def eleven_line_errors(iterations: int = 60_000, report_every: int = 10_000) -> list[tuple[int, float]]:
    """(iteration, mean |y − l2|) at 0, 10,000, ... as the tutorial prints them."""
    return [(s.iteration, s.mean_abs_error) for s in eleven_line_run(iterations, report_every)]


def two_layer_outputs(iterations: int = 10_000) -> np.ndarray:
    """The first example's printout: l1 (4,) of the last iteration's forward pass (computed
    before that iteration's update, as the tutorial's loop leaves it)."""
    last = None
    for last in eleven_line_run(iterations, 1, Y=THREE_COLUMN_FIRST_Y, hidden=None):
        pass
    return last.l2[:, 0].copy()


# ---- tutorial 2: backprop along a chain of one-weight neurons --------------------------------------
@dataclass(frozen=True, eq=False)
class ChainStep:
    """One step of the chain of one-weight neurons: weights w (n,) before the step; inputs (n,)
    what each neuron receives (x, then the previous neuron's output); outputs (n,); loss
    (out − y)²; grad_out (n,) dL/d(neuron output) arriving at each neuron from above; grad_w
    (n,) = grad_out·input, each weight's derivative; new_weights (n,) after w − lr·grad_w."""

    step: int
    weights: np.ndarray
    inputs: np.ndarray
    outputs: np.ndarray
    loss: float
    grad_out: np.ndarray
    grad_w: np.ndarray
    new_weights: np.ndarray


def chain_network(n_neurons: int = 10, seed: int = 5) -> MLP:
    """n neurons in a row, one weight each, no activation and no bias; weights drawn like the
    tutorial's ``np.random.random()`` per neuron after ``np.random.seed(seed)`` (U(0, 1))."""
    net = MLP([1] * (n_neurons + 1), ["linear"] * n_neurons, bias=False, seed=0)
    rng = legacy_rng(seed)
    net.set_params([np.array([[rng.random()]]) for _ in range(n_neurons)])
    return net


def chain_run(steps: int = 1, *, n_neurons: int = 10, x: float = 5.0, y: float = 7.0, lr: float = 0.01,
              seed: int = 5) -> Iterator[ChainStep]:
    """Tutorial 2's chain, trained ``steps`` times on the one example (x, y) with the app's
    Trainer (MSE with n = 1 is the tutorial's (out − y)²; SGD with step ``lr``).

    The output is x·w₁·w₂·…·wₙ, the chain the text describes. (The printed code resets its
    variable to x inside the forward loop, so as printed it computes only x·wₙ and hands every
    neuron the input x; the app reproduces the chain, not that slip.) Each weight's gradient is
    2(out − y)·(the weights after it)·(its input): the product of the derivatives along the way.

    With the tutorial's numbers the chain shows both troubles of deep chains: the product of ten
    weights below 1 makes the output 0.0012 and the gradients tiny, so for ~90 steps the loss
    barely moves from 48.98; then the weights pass 1, the product grows fast, the step overshoots
    (step 94: loss 2.56, step 95: 400.9) and the Trainer stops with ``TrainingDiverged`` at step 97."""
    net = chain_network(n_neurons, seed)
    trainer = Trainer(net, [[x]], [[y]], loss="mse", optimizer=SGD(lr), batch_size=None, shuffle=False)
    for k in range(steps):
        with np.errstate(over="ignore", invalid="ignore"):   # a diverging chain: the Trainer says so
            tr = net.trace([x], np.array([y]), loss="mse")   # every number of this step, nothing changed
            weights = np.array([W[0, 0] for W in tr.weights])
            trainer.step_batch()
        yield ChainStep(
            step=k, weights=weights, inputs=np.array([tr.layer_input(l)[0] for l in range(n_neurons)]),
            outputs=np.array([a[0] for a in tr.a]), loss=tr.loss,
            grad_out=np.array([g[0] for g in tr.grad_a]), grad_w=np.array([g[0, 0] for g in tr.grad_W]),
            new_weights=np.array([layer.W[0, 0] for layer in net.layers]))


# ---- tutorial 5: the hidden layer as a feature transform -------------------------------------------
#: Tutorial 5's weights as it writes them, W·x with W (fan_out, fan_in): x1' = σ(x1 + x2),
#: x2' = σ(−0.5·x1 − 0.5·x2). The app's layers use x·W with W (fan_in, fan_out): its transpose.
TUTORIAL5_W = np.array([[1.0, 1.0], [-0.5, -0.5]])


@dataclass(frozen=True, eq=False)
class FeatureExample:
    """XOR inputs X (4, 2) with labels (4,), the hidden layer's W (fan_in, fan_out) in the app's
    convention, and the features (4, 2) the layer maps the inputs to."""

    X: np.ndarray
    labels: np.ndarray
    W: np.ndarray
    activation: str
    features: np.ndarray


def feature_transform(X, W, activation: str = "sigmoid", b=None) -> np.ndarray:
    """What a hidden layer does to the inputs X (n, fan_in): f(X·W + b), features (n, fan_out),
    with W (fan_in, fan_out) in the app's convention. Computed by an MLP of that one layer."""
    W = np.asarray(W, dtype=np.float64)
    net = MLP([W.shape[0], W.shape[1]], [activation], bias=b is not None, seed=0)
    net.set_params([W] if b is None else [W, np.asarray(b, dtype=np.float64)])
    return net.layer_outputs(np.asarray(X, dtype=np.float64))[0]


def xor_feature_example() -> FeatureExample:
    """Tutorial 5's example: XOR (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0 through σ(x·W) with
    W = TUTORIAL5_Wᵀ: (0.5, 0.5), (0.73, 0.38), (0.73, 0.38), (0.88, 0.27). A line separates them:
    both class-1 inputs land on one point, just off the line through the two class-0 points."""
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    labels = np.array([0, 1, 1, 0])
    W = TUTORIAL5_W.T.copy()
    return FeatureExample(X, labels, W, "sigmoid", feature_transform(X, W, "sigmoid"))
