"""The names of activations, losses, optimizers and initializers on screen: one table for every
view (the designer, the diagram, the training settings, error messages), in the user's language.

The engine names them by code ("relu", "cross_entropy", "momentum"); these tables give the words
a student reads, marked with ``QT_TRANSLATE_NOOP("Terms", ...)`` and translated where they are
shown (resources/i18n/glossary.md: «сигмоида», «ReLU с утечкой», «перекрёстная энтропия»).
Short names go on buttons and in combo boxes; the longer ones in tool tips and sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n.context import TrContext

Terms = TrContext("Terms")

#: Activation functions: the short name (combo boxes, the diagram, sentences).
ACTIVATIONS = {
    "sigmoid": QT_TRANSLATE_NOOP("Terms", "sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("Terms", "tanh"),
    "relu": QT_TRANSLATE_NOOP("Terms", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("Terms", "leaky ReLU"),
    "linear": QT_TRANSLATE_NOOP("Terms", "linear"),
    "softmax": QT_TRANSLATE_NOOP("Terms", "softmax"),
}
#: Losses: the full name (sentences, tool tips).
LOSSES = {
    "mse": QT_TRANSLATE_NOOP("Terms", "mean squared error"),
    "bce": QT_TRANSLATE_NOOP("Terms", "binary cross-entropy"),
    "cross_entropy": QT_TRANSLATE_NOOP("Terms", "cross-entropy"),
}
#: Losses: the short name ("auto (MSE)").
LOSSES_SHORT = {
    "mse": QT_TRANSLATE_NOOP("Terms", "MSE"),
    "bce": QT_TRANSLATE_NOOP("Terms", "BCE"),
    "cross_entropy": QT_TRANSLATE_NOOP("Terms", "cross-entropy"),
}
#: Optimizers: the name in sentences ("Adam usually starts well with …").
OPTIMIZERS = {
    "sgd": QT_TRANSLATE_NOOP("Terms", "SGD"),
    "momentum": QT_TRANSLATE_NOOP("Terms", "SGD with momentum"),
    "adam": QT_TRANSLATE_NOOP("Terms", "Adam"),
}


def _name(table: dict, key: str) -> str:
    text = table.get(key)
    return Terms.tr(text) if text is not None else str(key)


def activation_name(key: str) -> str:
    """"relu" -> "ReLU", "sigmoid" -> "sigmoid" / «сигмоида»; an unknown code as it is."""
    return _name(ACTIVATIONS, key)


def loss_name(key: str) -> str:
    """"bce" -> "binary cross-entropy" / «бинарная перекрёстная энтропия»."""
    return _name(LOSSES, key)


def loss_short_name(key: str) -> str:
    """"mse" -> "MSE"."""
    return _name(LOSSES_SHORT, key)


def optimizer_name(key: str) -> str:
    """"momentum" -> "SGD with momentum" / «SGD с импульсом»."""
    return _name(OPTIMIZERS, key)


def term_name(key: str) -> str:
    """The name of an activation or loss code (the details of error messages); other text as it is."""
    if key in ACTIVATIONS:
        return activation_name(key)
    if key in LOSSES:
        return loss_name(key)
    return key
