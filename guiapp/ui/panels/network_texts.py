"""The words and estimates of the Network panel: what each activation, loss and initializer does,
the sentence for a design that cannot train, and a rough training-memory estimate.

The tables are marked ``QT_TRANSLATE_NOOP("NetworkTexts", ...)`` and translated by the functions
below when shown; the names themselves come from :mod:`..terms`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...engine.output_rules import OutputMismatch
from ...engine.specs import NetworkSpec
from ..error_text import describe
from ..i18n.context import TrContext
from ..i18n.formatting import Numbers, arg, format_int, format_number

NetworkTexts = TrContext("NetworkTexts")

MAX_HIDDEN_LAYERS = 8
#: Estimated training memory above which a design counts as large (as do > LARGE_NETWORK_PARAMS).
LARGE_MEMORY_MB = 1024.0
#: Automatic apply waits this long after the last edit (typing "128" builds one network, not three).
APPLY_DELAY_MS = 300

OUTPUT_ACTIVATIONS = {
    "sigmoid": QT_TRANSLATE_NOOP("NetworkTexts", "sigmoid: each output between 0 and 1 (one neuron for two classes: "
                                                 "the probability of the second)."),
    "softmax": QT_TRANSLATE_NOOP("NetworkTexts", "softmax: the outputs are probabilities over the classes that add "
                                                 "up to 1."),
    "tanh": QT_TRANSLATE_NOOP("NetworkTexts", "tanh (hyperbolic tangent): outputs between −1 and 1, trained with "
                                              "mean squared error."),
    "linear": QT_TRANSLATE_NOOP("NetworkTexts", "linear: raw scores, trained with mean squared error."),
}
#: What the loss combo shows (it is narrow): short names first.
LOSS_ITEMS = {
    "mse": QT_TRANSLATE_NOOP("NetworkTexts", "MSE (mean squared error)"),
    "bce": QT_TRANSLATE_NOOP("NetworkTexts", "BCE (binary cross-entropy)"),
    "cross_entropy": QT_TRANSLATE_NOOP("NetworkTexts", "cross-entropy (softmax)"),
}
LOSS_TIPS = {
    "auto": QT_TRANSLATE_NOOP("NetworkTexts", "Pick the loss that fits the output layer: cross-entropy for softmax, "
                                              "binary cross-entropy for sigmoid outputs, otherwise mean squared "
                                              "error."),
    "mse": QT_TRANSLATE_NOOP("NetworkTexts", "Mean squared error: (output − target)² summed over the output "
                                             "neurons, then averaged over the samples: L = (1/n) Σ_samples "
                                             "Σ_outputs (y − t)². Works with any output; learns slowly when sigmoid "
                                             "or softmax outputs saturate."),
    "bce": QT_TRANSLATE_NOOP("NetworkTexts", "Binary cross-entropy: −[t·log y + (1 − t)·log(1 − y)] summed over the "
                                             "output neurons, then averaged over the samples. Needs sigmoid outputs "
                                             "(between 0 and 1)."),
    "cross_entropy": QT_TRANSLATE_NOOP("NetworkTexts", "Cross-entropy: −Σ t·log p over the classes, averaged over "
                                                       "the samples. Needs a softmax output layer."),
}
INITIALIZERS = {
    "auto": (QT_TRANSLATE_NOOP("NetworkTexts", "auto"),
             QT_TRANSLATE_NOOP("NetworkTexts", "Per layer: He for ReLU layers, Xavier otherwise.")),
    "uniform": (QT_TRANSLATE_NOOP("NetworkTexts", "uniform(−1, 1)"),
                QT_TRANSLATE_NOOP("NetworkTexts", "Every weight uniform in (−1, 1), as in the classic tutorials. "
                                                  "Too large for wide layers.")),
    "xavier": (QT_TRANSLATE_NOOP("NetworkTexts", "Xavier"),
               QT_TRANSLATE_NOOP("NetworkTexts", "Xavier/Glorot: uniform, scaled by √(6 / (fan_in + fan_out)). "
                                                 "Suits sigmoid and tanh.")),
    "he": (QT_TRANSLATE_NOOP("NetworkTexts", "He"),
           QT_TRANSLATE_NOOP("NetworkTexts", "He/Kaiming: normal with variance 2 / fan_in. Suits ReLU.")),
    "small": (QT_TRANSLATE_NOOP("NetworkTexts", "small (0.01)"),
              QT_TRANSLATE_NOOP("NetworkTexts", "Small random numbers: normal with standard deviation 0.01. Image "
                                                "tiles then show what training wrote, not the random start.")),
}
APPLY_TIP = QT_TRANSLATE_NOOP("NetworkTexts", "Build the network you designed (fresh random weights).\n"
                                              "The diagram and the parameter count follow every edit at once. While "
                                              "the network has not been trained yet, a new design is built by itself "
                                              "a moment after your last edit. Once training has made progress (or "
                                              "for a very large design) the design waits for Apply, which asks "
                                              "before the training so far is thrown away.")


def tr(text: str) -> str:
    """A text of the tables above in the user's language."""
    return NetworkTexts.tr(text)


def loss_items() -> list[tuple[str, str, str]]:
    """(key, text, tool tip) of the loss combo's items ("auto" gets its text from the panel)."""
    return [(key, NetworkTexts.tr("auto") if key == "auto" else tr(LOSS_ITEMS[key]), tr(LOSS_TIPS[key]))
            for key in ("auto", "mse", "bce", "cross_entropy")]


def initializer_items() -> dict[str, tuple[str, str]]:
    """key -> (title, tool tip) of the initializer combo."""
    return {key: (tr(title), tr(tip)) for key, (title, tip) in INITIALIZERS.items()}


def describe_loss_problem(problem) -> str | None:
    """A sentence for the user about an ``OutputProblem`` (engine.output_rules), or None: the
    same sentence ``error_text.describe`` gives the error raised for it."""
    if problem is None:
        return None
    return describe(OutputMismatch(problem))


def estimate_training_mb(spec: NetworkSpec, batch: int, itemsize: int) -> float:
    """Rough memory to train ``spec`` in MB: weights, gradients and two optimizer buffers per parameter,
    plus inputs, pre-activations, activations and their gradients for one batch."""
    params = spec.num_params * itemsize * 4
    activations = batch * (spec.layer_sizes[0] + 3 * sum(spec.layer_sizes[1:])) * itemsize
    return (params + activations) / 1e6


def format_mb(mb: float) -> str:
    """12 kB, 3.4 MB, 1,234 MB (the locale's separators, the translated units)."""
    if mb < 1:
        return arg(Numbers.tr("%1\u00a0KB", "kilobytes"), format_int(round(max(1.0, mb * 1000))))
    if mb < 10:
        return arg(Numbers.tr("%1\u00a0MB", "megabytes"), format_number(mb, decimals=1))
    return arg(Numbers.tr("%1\u00a0MB", "megabytes"), format_int(round(mb)))
