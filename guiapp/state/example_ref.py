"""One example picked for the backprop view: where it came from, its input and its target."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Where an example can be picked.
TRUTH_TABLE, PLANE_POINT, TEST_DIGIT, DRAWING = "truth_table", "plane_point", "test_digit", "drawing"
SOURCES = (TRUTH_TABLE, PLANE_POINT, TEST_DIGIT, DRAWING)


@dataclass(frozen=True, eq=False)
class ExampleRef:
    """An example to trace.

    source: one of ``SOURCES``; index: its row in the source (the truth-table row, the training
        or test point, the test digit), or -1 for a point that is not in the data (a click on the
        plane, a drawing).
    x: (n_inputs,) float64 input (a copy); label: the class (int), or None when unknown (a click
        on an empty spot of the plane: the view then asks which class to trace against, or uses
        the network's own guess).
    split: "train" or "test" for data rows, "" otherwise.
    """

    source: str
    index: int
    x: np.ndarray
    label: int | None = None
    split: str = ""

    def __post_init__(self):
        if self.source not in SOURCES:
            raise ValueError(f"unknown example source {self.source!r}: one of {', '.join(SOURCES)}")
        x = np.array(self.x, dtype=np.float64).reshape(-1)
        x.setflags(write=False)
        object.__setattr__(self, "x", x)

    def __eq__(self, other) -> bool:
        return (isinstance(other, ExampleRef) and (self.source, self.index, self.label, self.split)
                == (other.source, other.index, other.label, other.split) and np.array_equal(self.x, other.x))

    __hash__ = None
