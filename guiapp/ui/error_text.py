"""Errors a user caused, said in the user's language (DESIGN §4b).

engine/ and data/ cannot translate (no Qt): they raise ``guiapp.user_errors.UserError``
subclasses with a stable ``code`` and the values involved in ``details``. ``describe(error)``
finds the code's template here, translates it, and fills in the details:

    describe(OutputMismatch(loss_problem("bce", "relu", 1)))
    -> "Binary cross-entropy needs sigmoid outputs (values between 0 and 1), but the output layer is ReLU. ..."
    -> "Бинарной перекрёстной энтропии нужен сигмоидный выход (значения от 0 до 1), а выходной слой — ReLU. ..."

Unknown codes (and errors that are not UserErrors) fall back to ``str(error)``, the English
sentence, so nothing is ever lost.

Adding a code: one entry in ``TEMPLATES``, a function of the details that returns
``ErrorText.tr("...")`` (a literal string, so lupdate finds it; ``ErrorText.tr(text, "", n)`` for a
plural form with ``%n``). Details go in as ``{name}`` (the key in ``error.details``); translators
keep the names as they are. Numbers are formatted for the locale, and the codes of
activations and losses are replaced by their names (``TERMS``).
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n.context import TrContext
from .i18n.formatting import format_int, format_number

ErrorText = TrContext("ErrorText")

#: Codes of activations and losses that appear in details, and their names on screen.
TERMS = {
    "sigmoid": QT_TRANSLATE_NOOP("ErrorText", "sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("ErrorText", "tanh"),
    "relu": QT_TRANSLATE_NOOP("ErrorText", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("ErrorText", "leaky ReLU"),
    "linear": QT_TRANSLATE_NOOP("ErrorText", "linear"),
    "softmax": QT_TRANSLATE_NOOP("ErrorText", "softmax"),
    "mse": QT_TRANSLATE_NOOP("ErrorText", "mean squared error"),
    "bce": QT_TRANSLATE_NOOP("ErrorText", "binary cross-entropy"),
    "cross_entropy": QT_TRANSLATE_NOOP("ErrorText", "cross-entropy"),
}


def _loss_needs_activation(d: Mapping) -> str:
    if d.get("loss") == "bce":
        return ErrorText.tr("Binary cross-entropy needs sigmoid outputs (values between 0 and 1), but the output "
                            "layer is {activation}. Choose the sigmoid output, or another loss.")
    if d.get("loss") == "cross_entropy":
        return ErrorText.tr("Cross-entropy needs a softmax output layer (probabilities that add up to 1), but the "
                            "output layer is {activation}. Choose the softmax output, or another loss.")
    return ErrorText.tr("The loss “{loss}” needs a {needed} output layer, but the output layer is {activation}.")


#: code -> a function of the error's details that returns the translated template.
TEMPLATES: dict[str, Callable[[Mapping], str]] = {
    "loss_needs_activation": _loss_needs_activation,
    "softmax_needs_two": lambda d: ErrorText.tr(
        "A softmax output needs at least two neurons: over a single neuron it always outputs 1."),
    "outputs_for_classes": lambda d: ErrorText.tr(
        "The data has {n_classes} classes: with a {activation} output that takes %n output neuron(s), "
        "but the output layer has {n_outputs}.", "", int(d["needed"])),
    "trace_input_size": lambda d: ErrorText.tr(
        "This example has {got} values, but the network has {expected} inputs: it cannot be followed through it."),
    "trace_target": lambda d: ErrorText.tr(
        "The target {target} does not fit a network with %n output neuron(s).", "", int(d["n_outputs"])),
}

_FIELD = re.compile(r"\{(\w+)\}")


def term(value: str) -> str:
    """The name on screen of an activation or loss code ("relu" -> "ReLU"); other text unchanged."""
    text = TERMS.get(value)
    return ErrorText.tr(text) if text is not None else value


def _format_detail(value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Integral):
        return format_int(value)
    if isinstance(value, numbers.Real):
        return format_number(float(value))
    if isinstance(value, str):
        return term(value)
    return str(value)


def fill(template: str, details: Mapping) -> str:
    """``template`` with each ``{name}`` replaced by ``details[name]`` (KeyError if one is missing)."""
    return _FIELD.sub(lambda m: _format_detail(details[m.group(1)]), template)


def describe(error: BaseException) -> str:
    """The error as a sentence in the user's language; ``str(error)`` if its code is unknown."""
    code = getattr(error, "code", None)
    details = getattr(error, "details", None) or {}
    make = TEMPLATES.get(code) if isinstance(code, str) else None
    if make is None:
        return str(error)
    try:
        return fill(make(details), details)
    except (KeyError, TypeError, ValueError):  # details that do not fit the template: say it in English
        return str(error)
