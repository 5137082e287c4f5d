"""The NumPy engine: a multilayer perceptron a student can read. No Qt here.

    from guiapp.engine import MLP, train
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0)
    for r in train(net, X, y, epochs=2000, learning_rate=1.0):   # y: class labels
        pass
"""

from .activations import ACTIVATIONS, Activation, get_activation
from .gradcheck import GradCheckResult, gradient_check, numerical_gradient
from .initializers import INITIALIZERS
from .layers import Dense
from .losses import LOSSES, BinaryCrossEntropy, Loss, MSE, SoftmaxCrossEntropy, accuracy, get_loss
from .output_rules import OutputMismatch, OutputProblem, default_loss_for
from .network import MLP
from .optimizers import OPTIMIZERS, SGD, Adam, Momentum, Optimizer, make_optimizer, usual_learning_rate
from .serialization import load_model, save_model
from .specs import NetworkSpec, TrainingConfig
from .targets import outputs_to_labels, prepare_targets
from .training import EpochResult, Trainer, TrainingDiverged, WeightsNotFinite, train

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation", "GradCheckResult", "gradient_check", "numerical_gradient",
    "INITIALIZERS", "Dense", "LOSSES", "Loss", "MSE", "BinaryCrossEntropy", "SoftmaxCrossEntropy", "accuracy",
    "default_loss_for", "OutputMismatch", "OutputProblem", "get_loss", "MLP", "outputs_to_labels", "OPTIMIZERS", "Optimizer", "SGD", "Momentum",
    "Adam", "make_optimizer", "usual_learning_rate", "save_model", "load_model", "NetworkSpec", "TrainingConfig",
    "EpochResult", "Trainer", "TrainingDiverged", "WeightsNotFinite", "prepare_targets", "train",
]
