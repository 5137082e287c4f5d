"""Where a Trainer stands, as plain copies: enough to go on training exactly as if it had never
stopped (same minibatches, same optimizer steps, same losses), in this process or after saving
the state to a file and loading it again.

    state = trainer.capture_state()      # copies: the weights, the optimizer's running state,
                                         # the counters, the shuffle generator, the epoch's order
    ...
    trainer.restore_state(state)         # a Trainer for the same design and data picks it up

A state taken from an older epoch (rewinding) may lack the optimizer state or the shuffle
generator: ``restore_state`` then starts a fresh optimizer and reseeds the shuffling, and says so
through ``TrainerState.exact``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True, eq=False)
class TrainerState:
    """A Trainer's place, copied.

    params: (n_params,) the flat parameter buffer ``[W1, b1, W2, b2, ...]`` raveled.
    epoch: epochs finished; batch: minibatches done in the next one; steps: optimizer steps.
    optimizer: the optimizer's running state (``Optimizer.get_state()``), or None if not kept.
    optimizer_name: "sgd" | "momentum" | "adam" (what ``optimizer`` belongs to).
    rng: the shuffle generator's ``bit_generator.state`` (a JSON-safe dict), or None.
    order: (n_train,) int64 the current epoch's sample order (when ``batch`` > 0 and shuffling), else None.
    loss_sum, correct: the current epoch's running sums (when ``batch`` > 0).
    best_loss: the divergence guard's best whole-network loss so far (inf: not known).
    """

    params: np.ndarray
    epoch: int = 0
    batch: int = 0
    steps: int = 0
    optimizer: dict | None = None
    optimizer_name: str = ""
    rng: dict | None = None
    order: np.ndarray | None = None
    loss_sum: float = 0.0
    correct: float = 0.0
    best_loss: float = float("inf")
    extra: dict = field(default_factory=dict)

    @property
    def exact(self) -> bool:
        """Does this state continue training exactly (optimizer state and shuffle generator kept)?"""
        return self.optimizer is not None and self.rng is not None and (self.batch == 0 or self.order is not None
                                                                       or not self.extra.get("shuffled", False))

    @property
    def nbytes(self) -> int:
        """Memory held by the arrays of this state."""
        total = self.params.nbytes + (0 if self.order is None else self.order.nbytes)
        for arrays in (self.optimizer or {}).get("arrays", {}).values():
            total += sum(a.nbytes for a in arrays)
        return total
