"""The words and estimates of the Network panel: what each activation, loss and initializer does,
the sentence for a design that cannot train, and a rough training-memory estimate."""

from __future__ import annotations

from ...engine.specs import NetworkSpec
from ..widgets.network_diagram import ACTIVATION_TITLES

MAX_HIDDEN_LAYERS = 8
#: Estimated training memory above which a design counts as large (as do > LARGE_NETWORK_PARAMS).
LARGE_MEMORY_MB = 1024.0
#: Automatic apply waits this long after the last edit (typing "128" builds one network, not three).
APPLY_DELAY_MS = 300

OUTPUT_ACTIVATIONS = {
    "sigmoid": "sigmoid: each output between 0 and 1 (one neuron for two classes: the probability of the second).",
    "softmax": "softmax: the outputs are probabilities over the classes that add up to 1.",
    "tanh": "tanh: outputs between −1 and 1, trained with mean squared error.",
    "linear": "linear: raw scores, trained with mean squared error.",
}
LOSS_TITLES = {"mse": "mean squared error", "bce": "binary cross-entropy", "cross_entropy": "cross-entropy"}
#: What the loss combo shows (it is narrow): short names first.
LOSS_ITEMS = {"mse": "MSE (mean squared error)", "bce": "BCE (binary cross-entropy)",
              "cross_entropy": "cross-entropy (softmax)"}
LOSS_SHORT = {"mse": "MSE", "bce": "BCE", "cross_entropy": "cross-entropy"}
LOSS_TIPS = {
    "auto": "Pick the loss that fits the output layer: cross-entropy for softmax, binary cross-entropy for "
            "sigmoid outputs, otherwise mean squared error.",
    "mse": "Mean squared error: (output − target)² summed over the output neurons, then averaged over the "
           "samples: L = (1/n) Σ_samples Σ_outputs (y − t)². Works with any output; learns slowly when "
           "sigmoid or softmax outputs saturate.",
    "bce": "Binary cross-entropy: −[t·log y + (1 − t)·log(1 − y)] summed over the output neurons, then "
           "averaged over the samples. Needs sigmoid outputs (between 0 and 1).",
    "cross_entropy": "Cross-entropy: −Σ t·log p over the classes, averaged over the samples. Needs a softmax "
                     "output layer.",
}
INITIALIZERS = {
    "auto": ("auto", "Per layer: He for ReLU layers, Xavier otherwise."),
    "uniform": ("uniform(−1, 1)", "Every weight uniform in (−1, 1), as in the classic tutorials. "
                                  "Too large for wide layers."),
    "xavier": ("Xavier", "Xavier/Glorot: uniform, scaled by √(6 / (fan_in + fan_out)). Suits sigmoid and tanh."),
    "he": ("He", "He/Kaiming: normal with variance 2 / fan_in. Suits ReLU."),
    "small": ("small (0.01)", "Small random numbers: normal with standard deviation 0.01. Image tiles then show what "
                              "training wrote, not the random start."),
}
APPLY_TIP = ("Build the network you designed (fresh random weights).\n"
             "The diagram and the parameter count follow every edit at once. While the network has not been "
             "trained yet, a new design is built by itself a moment after your last edit. Once training has made "
             "progress (or for a very large design) the design waits for Apply, which asks before the training "
             "so far is thrown away.")


def describe_loss_problem(problem) -> str | None:
    """A sentence for the user about an ``OutputProblem`` (engine.output_rules), or None."""
    if problem is None:
        return None
    act = ACTIVATION_TITLES.get(problem.activation, problem.activation)
    if problem.code == "loss_needs_activation" and problem.loss == "bce":
        return (f"Binary cross-entropy needs sigmoid outputs (values between 0 and 1), but the output layer "
                f"is {act}. Choose the sigmoid output, or another loss.")
    if problem.code == "loss_needs_activation" and problem.loss == "cross_entropy":
        return (f"Cross-entropy needs a softmax output layer (probabilities that add up to 1), but the output "
                f"layer is {act}. Choose the softmax output, or another loss.")
    if problem.code == "softmax_needs_two":
        return "A softmax output needs at least two neurons: over a single neuron it always outputs 1."
    return problem.sentence()


def estimate_training_mb(spec: NetworkSpec, batch: int, itemsize: int) -> float:
    """Rough memory to train ``spec`` in MB: weights, gradients and two optimizer buffers per parameter,
    plus inputs, pre-activations, activations and their gradients for one batch."""
    params = spec.num_params * itemsize * 4
    activations = batch * (spec.layer_sizes[0] + 3 * sum(spec.layer_sizes[1:])) * itemsize
    return (params + activations) / 1e6


def format_mb(mb: float) -> str:
    """12 kB, 3.4 MB, 1,234 MB."""
    if mb < 1:
        return f"{max(1.0, mb * 1000):.0f} kB"
    if mb < 10:
        return f"{mb:.1f} MB"
    return f"{mb:,.0f} MB"
