"""The rules about a network's output layer: which loss fits which output activation, and how
many output neurons a classification problem needs. One place, used by the Trainer, by model
loading, by the app's session and by the network designer, so all refuse the same pairs.

The errors carry what is wrong as attributes (``code`` and the values involved), so the UI can
say it in the user's language; ``str(error)`` is an English sentence for library users.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..user_errors import UserError

#: Loss names (guiapp.engine.losses) and the output activation each one needs.
LOSS_NEEDS_ACTIVATION = {"bce": "sigmoid", "cross_entropy": "softmax"}


@dataclass(frozen=True)
class OutputProblem:
    """Why an output layer and a loss (or a number of classes) cannot go together.

    code: "loss_needs_activation" (``loss`` needs ``needed`` outputs but the layer is ``activation``),
          "softmax_needs_two" (softmax over ``n_outputs`` = 1 neuron always outputs 1),
          "outputs_for_classes" (``n_classes`` classes need ``needed`` output neurons, the layer has
          ``n_outputs``).
    """

    code: str
    activation: str = ""
    loss: str = ""
    needed: str | int = ""
    n_outputs: int = 0
    n_classes: int = 0

    def sentence(self) -> str:
        if self.code == "loss_needs_activation":
            return (f"the {self.loss} loss needs a {self.needed} output layer, but the output layer is "
                    f"{self.activation}")
        if self.code == "softmax_needs_two":
            return "a softmax output needs at least 2 neurons (over one neuron it always outputs 1)"
        if self.code == "outputs_for_classes":
            return (f"{self.n_classes} classes need {self.needed} output neuron(s) with a {self.activation} "
                    f"output, but the output layer has {self.n_outputs}")
        return self.code


class OutputMismatch(UserError, ValueError):
    """An output layer that cannot be trained as asked. ``problem`` says why (an OutputProblem);
    ``code`` is the problem's code and ``details`` its values."""

    def __init__(self, problem: OutputProblem):
        details = {k: v for k, v in asdict(problem).items() if k != "code"}
        super().__init__(problem.sentence(), code=problem.code, **details)
        self.problem = problem


def default_loss_for(output_activation: str, n_outputs: int) -> str:
    """The loss that fits an output layer: softmax → cross-entropy; one sigmoid → BCE; else MSE."""
    if output_activation == "softmax":
        return "cross_entropy"
    if output_activation == "sigmoid" and n_outputs == 1:
        return "bce"
    return "mse"


def loss_problem(loss: str, output_activation: str, n_outputs: int = 1) -> OutputProblem | None:
    """Why ``loss`` cannot train an output layer of ``n_outputs`` ``output_activation`` neurons,
    or None if it can. ``loss`` "auto" means the default that fits."""
    if output_activation == "softmax" and n_outputs < 2:
        return OutputProblem("softmax_needs_two", activation=output_activation, n_outputs=n_outputs)
    needed = LOSS_NEEDS_ACTIVATION.get(loss)
    if needed is not None and output_activation != needed:
        return OutputProblem("loss_needs_activation", activation=output_activation, loss=loss, needed=needed,
                             n_outputs=n_outputs)
    return None


def check_output_and_loss(loss: str, output_activation: str, n_outputs: int) -> None:
    """Raise OutputMismatch if ``loss`` cannot train this output layer."""
    problem = loss_problem(loss, output_activation, n_outputs)
    if problem is not None:
        raise OutputMismatch(problem)


def output_size_for(activation: str, n_classes: int) -> int:
    """Output neurons for ``n_classes`` classes: k for k > 2; for two classes one neuron, or two
    with softmax."""
    if n_classes == 2:
        return 2 if activation == "softmax" else 1
    return int(n_classes)


def output_layer_for(n_classes: int) -> tuple[int, str]:
    """The usual output layer (neurons, activation) for ``n_classes`` classes: one sigmoid neuron
    for two classes, a softmax over k neurons for k > 2."""
    return (1, "sigmoid") if n_classes == 2 else (int(n_classes), "softmax")


def classes_problem(n_classes: int, output_activation: str, n_outputs: int) -> OutputProblem | None:
    """Why an output layer cannot classify ``n_classes`` classes, or None if it can."""
    needed = output_size_for(output_activation, n_classes)
    if n_outputs != needed:
        return OutputProblem("outputs_for_classes", activation=output_activation, needed=needed,
                             n_outputs=n_outputs, n_classes=n_classes)
    return None
