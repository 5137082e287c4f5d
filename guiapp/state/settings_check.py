"""Field-by-field checks of the settings stored from the last session (issue 14 §2).

Settings that parse but make no sense (a seed of -1, a learning rate of inf, a momentum of "x",
a design of 4·10¹⁰ parameters, a data choice with garbage parameters) used to stop the app at
every start. Each check here takes the stored dictionary, keeps every field that is valid,
replaces each bad one by its default, and says what it replaced (one short English phrase per
field, e.g. ``"seed (-1)"``), so the app always starts and tells the user once.

``check_training``, ``check_network``, ``check_dataset`` each return ``(object or None, [notes])``;
None means "use the default for the data". A note is a :class:`Note`: an English ``str`` (logs,
tests) that also keeps its template and values, so ``Settings.take_notice`` says it in the user's
language (the templates and field names are marked ``QT_TRANSLATE_NOOP("Settings", ...)``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..data.logic import truth_table_names
from ..data.toy2d import TOY_SETS
from ..engine.activations import ACTIVATIONS
from ..engine.initializers import INITIALIZERS
from ..engine.losses import LOSSES
from ..engine.optimizers import OPTIMIZERS
from ..engine.serialization import MAX_MODEL_PARAMS
from ..engine.features import FEATURES
from ..engine.specs import NetworkSpec, TrainingConfig
from .dataset_spec import DatasetSpec

Check = Callable[[Any], bool]

#: The largest stored seed (the Training panel's seed box goes to 2³¹ − 1).
MAX_SEED = 2**31 - 1
#: The most inputs or outputs of a stored design (a wide CSV has up to 20,000 columns).
MAX_LAYER_SIZE = 100_000
#: The most neurons in a hidden layer and hidden layers (the designer's limits).
MAX_HIDDEN_SIZE = 4096
MAX_LAYERS = 10
#: Points a student may have drawn (the editor's data) and their classes.
MAX_CUSTOM_POINTS = 100_000
MAX_CUSTOM_CLASSES = 10


class Note(str):
    """One phrase about a stored setting that was reset: the English text (a ``str``), its
    ``template`` (with %1, %2) and its ``values`` (a value that is one of ``LABELS`` is a field's
    name, translated when shown)."""

    template: str
    values: tuple[str, ...]

    def __new__(cls, template: str, *values: str) -> "Note":
        text = re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)
        note = super().__new__(cls, text)
        note.template, note.values = template, tuple(str(v) for v in values)
        return note


#: The names of the settings, as the notes call them.
LABELS = (
    QT_TRANSLATE_NOOP("Settings", "learning rate"), QT_TRANSLATE_NOOP("Settings", "batch size"),
    QT_TRANSLATE_NOOP("Settings", "optimizer"), QT_TRANSLATE_NOOP("Settings", "momentum"),
    QT_TRANSLATE_NOOP("Settings", "L1 penalty"), QT_TRANSLATE_NOOP("Settings", "L2 penalty"),
    QT_TRANSLATE_NOOP("Settings", "epoch limit"), QT_TRANSLATE_NOOP("Settings", "seed"),
    QT_TRANSLATE_NOOP("Settings", "shuffling"), QT_TRANSLATE_NOOP("Settings", "image shift"),
    QT_TRANSLATE_NOOP("Settings", "training settings"), QT_TRANSLATE_NOOP("Settings", "network design"),
    QT_TRANSLATE_NOOP("Settings", "initializer"), QT_TRANSLATE_NOOP("Settings", "bias"),
    QT_TRANSLATE_NOOP("Settings", "loss"), QT_TRANSLATE_NOOP("Settings", "data choice"),
)
#: The parameters of a data choice, as the notes call them.
PARAM_LABELS = {
    "n": QT_TRANSLATE_NOOP("Settings", "number of points"), "noise": QT_TRANSLATE_NOOP("Settings", "noise"),
    "seed": QT_TRANSLATE_NOOP("Settings", "seed"), "test_ratio": QT_TRANSLATE_NOOP("Settings", "test share"),
    "n_classes": QT_TRANSLATE_NOOP("Settings", "number of classes"), "path": QT_TRANSLATE_NOOP("Settings", "file"),
    "format": QT_TRANSLATE_NOOP("Settings", "file format"),
    "label_column": QT_TRANSLATE_NOOP("Settings", "label column"),
    "standardize": QT_TRANSLATE_NOOP("Settings", "standardisation"),
}
#: The data choices the notes name by their title (others by their own name: XOR, a file's name).
DATA_LABELS = {
    ("toy2d", "circle"): QT_TRANSLATE_NOOP("Settings", "Circle"),
    ("toy2d", "xor"): QT_TRANSLATE_NOOP("Settings", "XOR cloud"),
    ("toy2d", "gaussians"): QT_TRANSLATE_NOOP("Settings", "Gaussians"),
    ("toy2d", "spiral"): QT_TRANSLATE_NOOP("Settings", "Spiral"),
    ("toy2d", "moons"): QT_TRANSLATE_NOOP("Settings", "Moons"),
    ("mnist", "sample"): QT_TRANSLATE_NOOP("Settings", "MNIST sample"),
    ("mnist", "folder"): QT_TRANSLATE_NOOP("Settings", "full MNIST"),
}
LABELS = LABELS + tuple(PARAM_LABELS.values()) + tuple(DATA_LABELS.values())
#: The shapes of the notes.
VALUE = QT_TRANSLATE_NOOP("Settings", "%1 (%2)")
LAYER_SIZES = QT_TRANSLATE_NOOP("Settings", "%1 (layer sizes %2)")
ACTIVATIONS_NOTE = QT_TRANSLATE_NOOP("Settings", "%1 (activations %2)")
TOO_BIG = QT_TRANSLATE_NOOP("Settings", "%1 (%2: %3 parameters, more than %4)")
LOSS_MISFIT = QT_TRANSLATE_NOOP("Settings", "%1 (%2 does not fit a %3 output)")
DATA_PARAM = QT_TRANSLATE_NOOP("Settings", "data “%1”: %2 (%3)")
DATA_UNKNOWN = QT_TRANSLATE_NOOP("Settings", "data “%1”: unknown setting %2")
DATA_POINTS = QT_TRANSLATE_NOOP("Settings", "data “%1”: the points are damaged")
DATA_CHOICE = QT_TRANSLATE_NOOP("Settings", "%1 (%2 / %3)")
NOT_READABLE = QT_TRANSLATE_NOOP("Settings", "%1 (not readable)")


def _short(value: Any) -> str:
    """The stored value as the user may recognise it, cut short."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _int_in(lo: int, hi: int) -> Check:
    return lambda v: _is_int(v) and lo <= v <= hi


def _number_in(lo: float, hi: float, *, open_low: bool = False, open_high: bool = False) -> Check:
    def check(v):
        if not _is_number(v):
            return False
        return (v > lo if open_low else v >= lo) and (v < hi if open_high else v <= hi)
    return check


def _optional(check: Check) -> Check:
    return lambda v: v is None or check(v)


def _one_of(choices) -> Check:
    return lambda v: isinstance(v, str) and v in choices


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


#: What each stored training setting may be (the Training panel's ranges).
TRAINING_FIELDS: dict[str, tuple[str, Check]] = {
    "learning_rate": ("learning rate", _number_in(0.0, 1e6, open_low=True)),
    "batch_size": ("batch size", _optional(_int_in(1, 1_000_000))),
    "optimizer": ("optimizer", _one_of(OPTIMIZERS)),
    "momentum": ("momentum", _number_in(0.0, 1.0, open_high=True)),
    "l1": ("L1 penalty", _number_in(0.0, 1.0)),
    "l2": ("L2 penalty", _number_in(0.0, 1.0)),
    "epochs": ("epoch limit", _optional(_int_in(1, 10_000_000))),
    "seed": ("seed", _int_in(0, MAX_SEED)),
    "shuffle": ("shuffling", _is_bool),
    "augment_shift": ("image shift", _int_in(0, 4)),
}


def check_training(data: Any) -> tuple[TrainingConfig | None, list[str]]:
    """The stored training settings with each bad field replaced by TrainingConfig's default."""
    if not isinstance(data, Mapping):
        return None, [Note(VALUE, "training settings", _short(data))]
    defaults = TrainingConfig()
    if data.get("optimizer") == "adam":
        defaults = TrainingConfig(learning_rate=0.001, optimizer="adam")  # Adam's usual rate, not SGD's 0.5
    values, notes = {}, []
    for f in fields(TrainingConfig):
        if f.name not in data:
            continue
        label, check = TRAINING_FIELDS[f.name]
        value = data[f.name]
        if _is_int(value) and f.name in ("learning_rate", "momentum", "l1", "l2"):
            value = float(value)
        if check(value):
            values[f.name] = value
        else:
            notes.append(Note(VALUE, label, _short(data[f.name])))
    try:
        return TrainingConfig(**{**{f.name: getattr(defaults, f.name) for f in fields(TrainingConfig)},
                                 **values}), notes
    except (TypeError, ValueError) as exc:  # a combination the checks above missed
        return None, notes + [Note(VALUE, "training settings", str(exc))]


def check_network(data: Any) -> tuple[NetworkSpec | None, list[str]]:
    """The stored design: sizes and activations must describe a buildable network of at most
    MAX_MODEL_PARAMS parameters (else the data's default design, None); init, bias and loss are
    replaced one by one."""
    if not isinstance(data, Mapping):
        return None, [Note(VALUE, "network design", _short(data))]
    sizes, acts = data.get("layer_sizes"), data.get("activations")
    if (not isinstance(sizes, list) or not 2 <= len(sizes) <= MAX_LAYERS
            or not all(_int_in(1, MAX_LAYER_SIZE)(s) for s in (sizes[0], sizes[-1]))
            or not all(_int_in(1, MAX_HIDDEN_SIZE)(s) for s in sizes[1:-1])):
        return None, [Note(LAYER_SIZES, "network design", _short(sizes))]
    params = sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:]))
    if params > MAX_MODEL_PARAMS:
        return None, [Note(TOO_BIG, "network design", "-".join(map(str, sizes)), f"{params:,}",
                           f"{MAX_MODEL_PARAMS:,}")]
    if (not isinstance(acts, list) or len(acts) != len(sizes) - 1
            or not all(_one_of(ACTIVATIONS)(a) for a in acts) or "softmax" in acts[:-1]):
        return None, [Note(ACTIVATIONS_NOTE, "network design", _short(acts))]
    notes = []
    extra = {}
    for key, label, check in (("init", "initializer", _one_of(("auto", *INITIALIZERS))),
                              ("bias", "bias", _is_bool),
                              ("loss", "loss", _one_of(("auto", *LOSSES)))):
        if key in data:
            if check(data[key]):
                extra[key] = data[key]
            else:
                notes.append(Note(VALUE, label, _short(data[key])))
    features = data.get("input_features", [])
    if isinstance(features, list) and len(features) <= len(FEATURES) and all(f in FEATURES for f in features) \
            and (not features or sizes[0] == 2 + len(set(features))):
        extra["input_features"] = tuple(features)
    else:
        notes.append(Note(VALUE, "input features", _short(features)))
    try:
        spec = NetworkSpec(tuple(sizes), tuple(acts), **extra)
    except (TypeError, ValueError, KeyError) as exc:
        return None, notes + [Note(VALUE, "network design", str(exc))]
    if spec.output_problem() is not None:
        notes.append(Note(LOSS_MISFIT, "loss", repr(spec.loss), spec.activations[-1]))
        spec = NetworkSpec(spec.layer_sizes, spec.activations, init=spec.init, bias=spec.bias,
                           input_features=spec.input_features)
    return spec, notes


def _points_ok(points: Any, limit: int) -> bool:
    return (isinstance(points, list) and len(points) <= limit
            and all(isinstance(p, list) and len(p) == 2 and all(_is_number(c) for c in p) for p in points))


#: The parameters each kind of data may have, and what they may be.
TOY_PARAMS: dict[str, Check] = {
    "n": _int_in(10, 1_000_000),
    "noise": _number_in(0.0, 1.0),
    "seed": _int_in(0, MAX_SEED),
    "test_ratio": _number_in(0.0, 0.9),
    "n_classes": _int_in(2, 5),
}
FILE_PARAMS: dict[str, Check] = {
    "path": lambda v: isinstance(v, str) and 0 < len(v) < 4096,
    "format": _one_of(("idx_folder", "npz", "csv")),
    "label_column": lambda v: v is None or (isinstance(v, str) and len(v) < 4096) or _int_in(-100_000, 100_000)(v),
    "standardize": _is_bool,
}


def _check_params(params: Mapping, allowed: Mapping[str, Check], what: str,
                  required: tuple[str, ...] = ()) -> tuple[dict | None, list[str]]:
    kept, notes = {}, []
    for key, value in params.items():
        check = allowed.get(key)
        if check is None:
            notes.append(Note(DATA_UNKNOWN, what, _short(key)))
        elif check(value):
            kept[key] = value
        else:
            notes.append(Note(DATA_PARAM, what, PARAM_LABELS.get(key, key), _short(value)))
    if any(key not in kept for key in required):
        return None, notes
    return kept, notes


def check_dataset(data: Any) -> tuple[DatasetSpec | None, list[str]]:
    """The stored data choice: its kind and name must be known (else XOR, None); each bad
    parameter is dropped (its default is used), except where the data cannot exist without it
    (a file's path, a student's points)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("params", {}), Mapping):
        return None, [Note(VALUE, "data choice", _short(data))]
    kind, name, params = data.get("kind"), data.get("name"), dict(data.get("params") or {})
    names = {"logic": truth_table_names(), "toy2d": TOY_SETS, "mnist": ("sample", "fashion", "folder")}
    if kind not in ("logic", "toy2d", "mnist", "file", "custom") or not isinstance(name, str) or (
            kind in names and name not in names[kind]):
        return None, [Note(DATA_CHOICE, "data choice", _short(kind), _short(name))]
    what = DATA_LABELS.get((kind, name), name)
    if kind == "toy2d":
        kept, notes = _check_params(params, TOY_PARAMS, what)
        if name != "spiral" and kept.get("n_classes", 2) != 2:
            notes.append(Note(DATA_PARAM, what, PARAM_LABELS["n_classes"], str(kept.pop("n_classes"))))
    elif kind == "mnist":
        allowed = {"path": FILE_PARAMS["path"]} if name == "folder" else {}
        kept, notes = _check_params(params, allowed, what, ("path",) if name == "folder" else ())
    elif kind == "file":
        kept, notes = _check_params(params, FILE_PARAMS, what, ("path", "format"))
    elif kind == "custom":
        kept, notes = _check_custom(params, what)
    else:
        kept, notes = _check_params(params, {}, what)
    if kept is None:
        return None, notes or [Note(VALUE, "data choice", what)]
    return DatasetSpec(kind, name, kept), notes


def _check_custom(params: Mapping, what: str) -> tuple[dict | None, list[str]]:
    points, labels, test = params.get("points", []), params.get("labels", []), params.get("test", [])
    n_classes = params.get("n_classes")
    ok = (_points_ok(points, MAX_CUSTOM_POINTS) and isinstance(labels, list) and len(labels) == len(points)
          and all(_int_in(0, MAX_CUSTOM_CLASSES - 1)(c) for c in labels)
          and isinstance(test, list) and all(_int_in(0, max(len(points) - 1, 0))(i) for i in test)
          and _optional(_int_in(2, MAX_CUSTOM_CLASSES))(n_classes))
    if not ok:
        return None, [Note(DATA_POINTS, what)]
    return {k: params[k] for k in ("points", "labels", "test", "n_classes") if k in params}, []
