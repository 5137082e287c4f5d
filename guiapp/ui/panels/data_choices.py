"""What the Data panel's two combo boxes offer: the kinds of data, and for each kind its entries
(a spec to load, a 2-D set made from the spin boxes, or an action such as "Open file…")."""

from __future__ import annotations

from dataclasses import dataclass

from ...data.logic import truth_table_names
from ...data.toy2d import TOY_SETS
from ...state.dataset_spec import DatasetSpec
from ..widgets.point_edit_bar import MY_POINTS

KINDS = (("logic", "Truth table"), ("toy2d", "2-D points"), ("mnist", "Images"), ("file", "From a file"))
KIND_TIPS = {
    "logic": "Logic gates: AND, OR, XOR, … Four rows (or a few more): the classic first problems",
    "toy2d": "Points in the plane, two or more classes: watch the decision boundary bend around them",
    "mnist": "Handwritten digits (MNIST) or clothes (Fashion-MNIST): 28×28 pixel images, 10 classes",
    "file": "Your own data: MNIST IDX files, a Keras-style .npz, or a CSV table",
}
TOY_TITLES = {"circle": "Circle", "xor": "XOR cloud", "gaussians": "Gaussians", "spiral": "Spiral", "moons": "Moons"}
FASHION_MISSING_TIP = ("Fashion-MNIST is not installed. On Debian or Ubuntu: sudo apt install dataset-fashion-mnist "
                       "(it puts the files in /usr/share/datasets/fashion-mnist). You can also open its IDX files "
                       "or a fashion-mnist .npz with “Open file…”.")


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
        entries = [Entry(n, spec=DatasetSpec("logic", n)) for n in truth_table_names()]
    elif kind == "toy2d":
        entries = [Entry(TOY_TITLES.get(n, n.title()), toy=n) for n in TOY_SETS]
        if custom_spec is not None:
            entries.append(Entry(MY_POINTS, spec=custom_spec, tip="The points you drew with Edit points"))
    elif kind == "mnist":
        from ...data import mnist

        entries.append(Entry("MNIST sample (10,000 digits)", spec=DatasetSpec("mnist", "sample"),
                             tip="10,000 real handwritten digits bundled with the app (works offline)"))
        fashion = mnist.fashion_mnist_available()
        entries.append(Entry("Fashion-MNIST (70,000 images)", spec=DatasetSpec("mnist", "fashion"), enabled=fashion,
                             tip="70,000 small photos of clothes in 10 classes (Zalando Research)"
                             if fashion else FASHION_MISSING_TIP))
        if cached_mnist is not None:
            entries.append(Entry("Full MNIST (70,000 digits)",
                                 spec=DatasetSpec("mnist", "folder", {"path": str(cached_mnist)}),
                                 tip=f"The full MNIST set, downloaded before into {cached_mnist}"))
        else:
            entries.append(Entry("Download full MNIST…", action="download",
                                 tip="Download the 70,000 MNIST digits (about 11 MB), once"))
    else:
        if file_spec is not None:
            entries.append(Entry(file_spec.name, spec=file_spec, tip=str(file_spec.params.get("path", ""))))
        entries.append(Entry("Open file…", action="open_file", tip="Open IDX files, a .npz or a CSV table"))
        entries.append(Entry("Open folder…", action="open_folder", tip="Open a folder holding the four MNIST IDX files"))
    return entries
