"""The NumPy engine: a multilayer perceptron a student can read. No Qt here.

    from guiapp.engine import MLP, train
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0)
    for r in train(net, X, y, epochs=2000, learning_rate=1.0):   # y: class labels
        pass
"""

from .activations import ACTIVATIONS, Activation, get_activation
from .circuit import Circuit, Unit
from .gradcheck import (EntryCheck, GradCheckReport, GradCheckResult, KinkMask, LayerGradCheck, check_all_gradients,
                        gradient_check, numerical_gradient, relu_kinks)
from .initializers import INITIALIZERS, legacy_rng
from .layers import Dense
from .losses import LOSSES, BinaryCrossEntropy, Loss, MSE, SoftmaxCrossEntropy, accuracy, get_loss
from .output_rules import OutputMismatch, OutputProblem, default_loss_for
from .network import MLP
from .neuron_health import LayerHealth, neuron_health
from .optimizers import OPTIMIZERS, SGD, Adam, Momentum, Optimizer, make_optimizer, usual_learning_rate
from .serialization import load_model, save_model
from .specs import NetworkSpec, TrainingConfig
from .softmax_parts import SoftmaxParts, softmax_parts
from .targets import outputs_to_labels, prepare_targets
from .trace import Trace, TraceInputError, WeightCheck, check_bias, check_weight
from .training import EpochResult, Trainer, TrainingDiverged, WeightsNotFinite, train
from .update_preview import UpdatePreview, preview_update

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation", "GradCheckResult", "gradient_check", "numerical_gradient",
    "INITIALIZERS", "Dense", "LOSSES", "Loss", "MSE", "BinaryCrossEntropy", "SoftmaxCrossEntropy", "accuracy",
    "default_loss_for", "OutputMismatch", "OutputProblem", "get_loss", "MLP", "outputs_to_labels", "OPTIMIZERS", "Optimizer", "SGD", "Momentum",
    "Adam", "make_optimizer", "usual_learning_rate", "save_model", "load_model", "NetworkSpec", "TrainingConfig",
    "EpochResult", "Trainer", "TrainingDiverged", "WeightsNotFinite", "prepare_targets", "train",
    "Trace", "TraceInputError", "WeightCheck", "check_bias", "check_weight", "UpdatePreview", "preview_update",
    "EntryCheck", "GradCheckReport", "KinkMask", "LayerGradCheck", "check_all_gradients", "relu_kinks",
    "LayerHealth", "neuron_health", "Circuit", "Unit", "legacy_rng", "SoftmaxParts", "softmax_parts",
]
