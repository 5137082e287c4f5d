"""The Backpropagation panel's sentences: which example it follows, which weights it traces, and
what to do when nothing is picked yet."""

from __future__ import annotations

from ...state.example_ref import DRAWING, PLANE_POINT, TEST_DIGIT, TRUTH_TABLE
from ...state.example_trace import STATE_FRESH, STATE_KEPT
from ...state.session import RUNNING
from ..i18n.context import TrContext
from ..i18n.formatting import arg, format_int, format_number

BackpropTexts = TrContext("BackpropTexts")


def empty_text() -> str:
    """What the panel says before an example is picked (rich text)."""
    return BackpropTexts.tr(
        "<p><b>Follow one example through the network.</b></p><p>Pick one: click a row of the truth table "
        "(Data panel), a point on the decision boundary, a test image in Test results, or draw a digit "
        "and press “Follow in Backpropagation”. Then press → to go forward layer by layer, compute the "
        "loss, send the gradients back and update the weights.</p>")


def describe_example(ex, dataset, name) -> str:
    """"Row 3 of the table: A = 1, B = 0 → target 1" (``name(column, j)``: the neuron names)."""
    label = dataset.class_names[ex.label] if ex.label is not None and ex.label < len(dataset.class_names) else None
    values = ", ".join(f"{name(0, i)} = {format_number(float(v), significant=3)}" for i, v in enumerate(ex.x[:4]))
    if ex.source == TRUTH_TABLE:
        return arg(BackpropTexts.tr("Row %1 of the table: %2 → target %3"), ex.index + 1, values, label or "?")
    if ex.source == PLANE_POINT and ex.index >= 0:
        text = (BackpropTexts.tr("Test point %1: %2, class %3") if ex.split == "test"
                else BackpropTexts.tr("Training point %1: %2, class %3"))
        return arg(text, ex.index + 1, values, label or "?")
    if ex.source == PLANE_POINT:
        return arg(BackpropTexts.tr("The point %1 (not in the data)"), values)
    if ex.source == TEST_DIGIT:
        return arg(BackpropTexts.tr("Test image %1, a “%2”"), ex.index + 1, label or "?")
    if ex.source == DRAWING:
        return BackpropTexts.tr("Your drawing (Draw a digit)")
    return values


def weights_note(session, traced, update_step: bool, wide: bool) -> str:
    """Which weights are traced (live, rewound, untrained), and what else the student should know."""
    snap = session.display
    if snap is None or snap.network_id != session.network_id or snap.steps == 0:
        parts = [BackpropTexts.tr("The weights of the untrained network.")]
    elif not session.is_live:
        parts = [arg(BackpropTexts.tr("The weights as they were after epoch %1 (rewound)."), format_int(snap.epoch))]
    elif session.state == RUNNING:
        parts = [BackpropTexts.tr("The weights after %n epoch(s), following training.", "", snap.epoch)]
    else:
        parts = [BackpropTexts.tr("The weights after %n epoch(s).", "", snap.epoch)]
    if traced.guessed:
        parts.append(BackpropTexts.tr("This point has no label: the target is the network's own answer."))
    if update_step and traced.optimizer_state == STATE_FRESH:
        parts.append(BackpropTexts.tr("The optimizer's running state is not known for these weights: the step is "
                                      "shown as its first one (velocity or moments at zero)."))
    elif update_step and traced.optimizer_state == STATE_KEPT:
        parts.append(BackpropTexts.tr("With the optimizer's running state as training left it."))
    if wide:
        parts.append(BackpropTexts.tr("Wide layers show the neurons with the largest |δ| for this example (its "
                                      "gradient moves their weights most); the list gives the largest |dL/dw|."))
    return " ".join(parts)
