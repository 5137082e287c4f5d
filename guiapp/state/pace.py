"""The training pace: how many epochs a second the worker trains (plain data, no Qt).

A pace is a number of epochs per second, or ``FULL_SPEED`` (None): as fast as the computer can.
The worker (``guiapp.workers.training_worker``) trains an epoch at full speed, then waits until the
next one is due, on the event its cancel sets, so Pause and Stop interrupt the wait; full speed is
the same loop without the wait.

The default is watchable for small data: ``DEFAULT_PACE`` (30 epochs a second, one epoch per
frame of the ~30 frames a second the worker sends) for up to ``SMALL_DATA_MAX`` training
examples; bigger data (MNIST) trains at full speed. At 30 epochs a second the XOR preset (2-4-1,
SGD at 0.1, ``state.datasets.preset_for``) is right on every row after about 100 epochs (3 s)
and has every output within 0.1 of its target after 512 epochs (17 s), so the boundary bends in
front of the student (bench/README.md, "Pace").
"""

from __future__ import annotations

#: Full speed: no wait between epochs.
FULL_SPEED = None

#: The paces offered, slowest first (epochs per second; FULL_SPEED last).
PACES: tuple[float | None, ...] = (1, 3, 10, 30, 100, 300, 1000, FULL_SPEED)

#: The watchable default for small data.
DEFAULT_PACE = 30

#: Up to this many training examples the data is "small": it starts at DEFAULT_PACE.
SMALL_DATA_MAX = 1000

SMALL, LARGE = "small", "large"


def size_class(n_train: int) -> str:
    """``SMALL`` (up to SMALL_DATA_MAX training examples) or ``LARGE``."""
    return SMALL if n_train <= SMALL_DATA_MAX else LARGE


def default_pace(n_train: int) -> float | None:
    """The pace data of ``n_train`` training examples starts at."""
    return DEFAULT_PACE if size_class(n_train) == SMALL else FULL_SPEED


def check_pace(pace) -> float | None:
    """``pace`` as a float (epochs per second > 0), or FULL_SPEED; ValueError otherwise."""
    if pace is None:
        return FULL_SPEED
    value = float(pace)
    if not value > 0 or value != value or value == float("inf"):
        raise ValueError(f"a pace is a positive number of epochs per second (or full speed), not {pace!r}")
    return value


def faster(pace: float | None) -> float | None:
    """The next pace of PACES above ``pace`` (full speed stays full speed)."""
    if pace is None:
        return FULL_SPEED
    return next((p for p in PACES if p is None or p > pace), FULL_SPEED)


def slower(pace: float | None) -> float | None:
    """The next pace of PACES below ``pace`` (the slowest stays the slowest)."""
    numbers = [p for p in PACES if p is not None]
    if pace is None:
        return numbers[-1]
    below = [p for p in numbers if p < pace]
    return below[-1] if below else numbers[0]
