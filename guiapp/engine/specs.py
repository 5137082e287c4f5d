"""Plain, frozen descriptions of a network and a training run, with ``to_dict``/``from_dict``
for saving to JSON and settings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np

from .activations import get_activation
from .features import DATA_COLUMNS, InputFeatureError
from .features import normalize as normalize_features
from .losses import get_loss
from .optimizers import OPTIMIZERS, usual_learning_rate


def _from_dict(cls, data: dict):
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in dict(data).items() if k in known})


@dataclass(frozen=True)
class NetworkSpec:
    """A network design: ``layer_sizes`` input first, one activation per later layer.

    ``input_features``: extra inputs computed from 2-D data's two columns (``engine.features``,
    e.g. ``("x1_squared", "x2_squared")``); the input layer then has 2 + k neurons. Files written
    before features existed have none.
    """

    layer_sizes: tuple[int, ...] = (2, 4, 1)
    activations: tuple[str, ...] = ("tanh", "sigmoid")
    init: str = "auto"
    bias: bool = True
    loss: str = "auto"  # "auto" picks the loss that fits the output layer
    input_features: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "layer_sizes", tuple(int(s) for s in self.layer_sizes))
        if isinstance(self.activations, str):  # one name: one layer only (as MLP)
            if len(self.layer_sizes) > 2:
                raise ValueError(f"one activation ({self.activations!r}) for {len(self.layer_sizes) - 1} layers: "
                                 "pass one activation per layer after the input")
            object.__setattr__(self, "activations", (self.activations,))
        object.__setattr__(self, "activations", tuple(get_activation(a).name for a in self.activations))
        if len(self.layer_sizes) < 2:
            raise ValueError("a network needs at least an input and an output layer")
        if any(s < 1 for s in self.layer_sizes):
            raise ValueError(f"every layer needs at least one neuron, got {list(self.layer_sizes)}")
        if len(self.activations) != len(self.layer_sizes) - 1:
            raise ValueError("one activation per layer after the input is needed")
        if self.loss != "auto":
            object.__setattr__(self, "loss", get_loss(self.loss).name)
        object.__setattr__(self, "input_features", normalize_features(self.input_features))
        if self.input_features and self.layer_sizes[0] != DATA_COLUMNS + len(self.input_features):
            raise InputFeatureError(
                f"input features are computed from 2 columns: with {len(self.input_features)} feature(s) the input "
                f"layer has {DATA_COLUMNS + len(self.input_features)} neurons, not {self.layer_sizes[0]}",
                code="input_features_need_2d", columns=self.layer_sizes[0] - len(self.input_features))

    @property
    def data_inputs(self) -> int:
        """How many columns the data has: the input layer less the features computed from them."""
        return self.layer_sizes[0] - len(self.input_features)

    @property
    def num_params(self) -> int:
        """Weights plus biases: Σ (fan_in + 1) · fan_out (784-16-10 → 12,730)."""
        s = self.layer_sizes
        return sum((a + (1 if self.bias else 0)) * b for a, b in zip(s[:-1], s[1:]))

    @property
    def resolved_loss(self) -> str:
        from .output_rules import default_loss_for

        return default_loss_for(self.activations[-1], self.layer_sizes[-1]) if self.loss == "auto" else self.loss

    def output_problem(self):
        """Why this design's loss cannot train its output layer (an ``OutputProblem``), or None."""
        from .output_rules import loss_problem

        return loss_problem(self.resolved_loss, self.activations[-1], self.layer_sizes[-1])

    def build(self, seed: int | None = None, dtype=np.float64):
        """A fresh MLP of this design."""
        from .network import MLP

        net = MLP(self.layer_sizes, self.activations, seed=seed, init=self.init, bias=self.bias, dtype=dtype)
        net.input_features = self.input_features
        return net

    def to_dict(self) -> dict:
        d = asdict(self)
        d["layer_sizes"] = list(self.layer_sizes)
        d["activations"] = list(self.activations)
        d["input_features"] = list(self.input_features)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "NetworkSpec":
        return _from_dict(cls, data)


@dataclass(frozen=True)
class TrainingConfig:
    """How to train: optimizer settings, batch size (None = full batch), epochs (None = until stopped).

    ``learning_rate`` None (the default) is the optimizer's usual rate (``usual_learning_rate``:
    sgd 0.1, momentum 0.05, adam 0.001), so ``TrainingConfig(optimizer="adam")`` trains at 0.001.
    """

    learning_rate: float | None = None
    batch_size: int | None = None
    optimizer: str = "sgd"
    momentum: float = 0.9
    l1: float = 0.0
    l2: float = 0.0
    epochs: int | None = None
    seed: int = 0
    shuffle: bool = True
    augment_shift: int = 0  # image data: shift each training image by up to this many pixels

    def __post_init__(self):
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}: choose one of {', '.join(OPTIMIZERS)}")
        if self.learning_rate is None:
            object.__setattr__(self, "learning_rate", usual_learning_rate(self.optimizer))
        if not self.learning_rate > 0:
            raise ValueError(f"the learning rate must be positive, got {self.learning_rate}")
        if self.batch_size is not None and self.batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {self.batch_size}")
        if self.epochs is not None and self.epochs < 1:
            raise ValueError(f"the epoch limit must be at least 1, got {self.epochs}")
        if self.l1 < 0 or self.l2 < 0:
            raise ValueError("L1 and L2 penalties must be 0 or positive")
        if self.augment_shift < 0:
            raise ValueError("the augmentation shift must be 0 or more pixels")

    def make_optimizer(self):
        from .optimizers import make_optimizer

        return make_optimizer(self.optimizer, self.learning_rate, momentum=self.momentum, l1=self.l1, l2=self.l2)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TrainingConfig":
        return _from_dict(cls, data)
