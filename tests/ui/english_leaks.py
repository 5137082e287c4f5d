"""Find text on screen that is still English (issue 13: "nothing left in English").

``find_leaks(window)`` walks a window or dialog and everything in it, and returns every string a
user can see or hear that still has an English word in it (a Latin word of 3+ letters that is
not in ``ALLOWED_WORDS``: names that stay as they are, units, math). What it reads:

- every widget: tool tip, status tip, What's This, accessible name and description; the title of
  windows, docks, tool bars and group boxes (menu titles are their menu actions' text);
- labels, buttons, check boxes (text); line and text edits (placeholder; the text when read-only);
  spin boxes (prefix, suffix, special value text); progress bars (format); combo boxes (each
  item's text and tool tip); tab bars (tab texts and tool tips); item views (header texts and
  tool tips);
- actions (text, tool tip, status tip, What's This), wherever they are: menus, tool bars, widgets;
- pyqtgraph scenes: axis labels and units, plot titles and labels, text items, legend entries;
- custom-painted widgets that say what they paint through ``visible_texts() -> [(what, text)]``.

Widgets showing the user's own data opt out: ``widget.setProperty("i18nExempt", True)`` skips
the widget and its children (a file name label); ``"items"`` skips only its combo items and
header texts (a CSV column picker keeps its tool tip checked). Text inside ``<code>…</code>``
(commands, file names) is skipped too. Hidden widgets are walked as well: they show in another state.

Not seen: text drawn with QPainter by widgets without ``visible_texts()``, and pyqtgraph's own
right-click menus (parentless QMenus that pyqtgraph builds on demand).

``scripts/english_leaks.py`` runs this over the whole app in Russian and prints the leaks per
panel; tests/ui/test_i18n_leaks.py tests the walker on a small widget tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6 import QtGui
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDialog,
                               QDockWidget, QGroupBox, QLabel, QLineEdit, QMainWindow, QMenu, QMenuBar,
                               QPlainTextEdit, QProgressBar, QStatusBar, QTabBar, QTextEdit, QToolBar, QToolButton,
                               QWidget)

#: Words that stay as they are in Russian: names of datasets, methods, libraries and people, file
#: formats, keys, math functions (resources/i18n/glossary.md). Matched as written: "AND" the gate
#: passes, "and" does not.
ALLOWED_WORDS = frozenset("""
    MNIST Fashion XOR AND NAND NOR XNOR ReLU Adam SGD PyTorch NumPy Backprop Lab Python PySide Qt pyqtgraph
    softmax Softmax tanh MSE BCE Xavier Glorot Kaiming He IDX CSV TSV NPZ npz Keras torchvision npm JSON
    PNG SVG UTF HTTP Windows Debian Ubuntu pickle Markdown
    LeCun Yann Corinna Cortes Christopher Burges Zalando Research Han Xiao Kashif Rasul Roland Vollgraf
    Juan Cazala LGPL LGPLv MIT BSD CC BY SA English
    Ctrl Shift Alt Esc Del Delete Meta Cmd Tab PgUp PgDown Home End Ins
    NaN inf max min log exp sum sin
    TensorFlow Playground iamtrask
""".split())

#: URLs, e-mail addresses and host names (example.org, storage.googleapis.com).
_URL = re.compile(r"\b\w+://\S+|\b[\w.+-]+@[\w-]+\.[\w.]+|\b(?:[a-z0-9-]+\.)+(?:org|com|net|io|ru|edu)\b")
_CODE = re.compile(r"<code>.*?</code>|`[^`]*`", re.DOTALL)
_ENTITY = re.compile(r"&[a-zA-Z]+;|&#\d+;")
#: file paths (/usr/share/...), file names (table.csv: the user's own), snake_case names, *.npz,
#: .gz and *ubyte; "and/or" is still read.
_PATHISH = re.compile(r"(?<!\w)(?:/\S+|\*?\.[A-Za-z][\w*]*|\*\w+)|\S*[\\_]\S*"
                      r"|[\w.-]+\.(?:csv|tsv|txt|npz|npy|gz|png|svg|py|json|idx\d?|ubyte)\b|[\w.-]+-ubyte\S*")
_WORD = re.compile(r"[A-Za-z]+")


def english_words(text: str, allowed: Iterable[str] = ALLOWED_WORDS) -> list[str]:
    """The English-looking words of ``text``: Latin runs of 3+ letters not in ``allowed`` (after
    skipping URLs, <code> spans, file paths and names like *.npz, and the & of accelerators)."""
    allowed = allowed if isinstance(allowed, frozenset) else frozenset(allowed)
    t = _CODE.sub(" ", text)
    t = _URL.sub(" ", t)
    t = _ENTITY.sub(" ", t)
    t = _PATHISH.sub(" ", t)
    t = t.replace("&", "")
    return [w for w in _WORD.findall(t) if len(w) >= 3 and w not in allowed]


def _plain(text: str) -> str:
    """Rich text (labels, tool tips may hold HTML) as the user reads it; <code> spans kept marked."""
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    text = re.sub(r"<code>(.*?)</code>", lambda m: "`" + m.group(1).replace("`", "") + "`", text, flags=re.DOTALL)
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


@dataclass(frozen=True)
class Leak:
    where: str    # the panel (dock objectName), "menus", "toolbar", "status bar", a dialog's objectName, "window"
    widget: str   # objectName, or the class name
    prop: str     # "text", "toolTip", "item 3", "axis left", ...
    text: str
    words: tuple[str, ...]

    def __str__(self) -> str:
        return f"[{self.where}] {self.widget}.{self.prop}: {self.text!r}"


def _name(obj) -> str:
    name = obj.objectName() if hasattr(obj, "objectName") else ""
    return name or type(obj).__name__


def _exempt(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property("i18nExempt") is True:
            return True
        widget = widget.parentWidget()
    return False


def _data_item(widget: QWidget, prop: str) -> bool:
    """A combo item or header text of a widget marked ``i18nExempt = "items"`` (the user's data)."""
    return widget.property("i18nExempt") == "items" and (prop.startswith(("item ", "column header", "row header")))


def _where(widget: QWidget | None, root: QWidget) -> str:
    """The part of the window a widget belongs to."""
    w = widget
    while w is not None and w is not root:
        if isinstance(w, QDockWidget):
            return _name(w)
        if isinstance(w, (QMenu, QMenuBar)):
            return "menus"
        if isinstance(w, QToolBar):
            return "toolbar"
        if isinstance(w, QStatusBar):
            return "status bar"
        if isinstance(w, QDialog) and w is not root:
            return _name(w)
        w = w.parentWidget()
    return _name(root) if isinstance(root, QDialog) else "window"


def _widget_strings(w: QWidget) -> Iterator[tuple[str, str]]:
    """(property, text) for one widget."""
    for prop in ("toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
        yield prop, getattr(w, prop)()
    if w.isWindow() or isinstance(w, (QDockWidget, QToolBar)):
        yield "windowTitle", w.windowTitle()
    if isinstance(w, QToolButton) and w.defaultAction() is not None:
        return  # its action's texts are read with the actions
    if isinstance(w, QLabel):
        yield "text", w.text()
    elif isinstance(w, QAbstractButton):
        yield "text", w.text()
    if isinstance(w, QGroupBox):
        yield "title", w.title()
    if isinstance(w, QLineEdit):
        yield "placeholderText", w.placeholderText()
        if w.isReadOnly() and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            yield "text", w.text()
    if isinstance(w, (QTextEdit, QPlainTextEdit)):
        yield "placeholderText", w.placeholderText()
        if w.isReadOnly():
            yield "text", w.toPlainText()
    if isinstance(w, QAbstractSpinBox):
        for prop in ("prefix", "suffix"):
            if hasattr(w, prop):
                yield prop, getattr(w, prop)()
        yield "specialValueText", w.specialValueText()
    if isinstance(w, QProgressBar):
        yield "format", w.format()
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"item {i}", w.itemText(i)
            tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield f"item {i} toolTip", tip
    if isinstance(w, QTabBar) and not isinstance(w.parentWidget(), QMainWindow):  # dock tabs repeat dock titles
        for i in range(w.count()):
            yield f"tab {i}", w.tabText(i)
            yield f"tab {i} toolTip", w.tabToolTip(i)
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        yield from _header_strings(w)
    texts = getattr(w, "visible_texts", None)
    if callable(texts):
        for item in texts():
            yield item if isinstance(item, tuple) else ("painted", item)
    yield from _pyqtgraph_strings(w)


def _header_strings(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    headers = []
    if hasattr(view, "horizontalHeader"):
        headers.append((Qt.Orientation.Horizontal, view.horizontalHeader(), model.columnCount()))
        headers.append((Qt.Orientation.Vertical, view.verticalHeader(), model.rowCount()))
    elif hasattr(view, "header"):
        headers.append((Qt.Orientation.Horizontal, view.header(), model.columnCount()))
    for orientation, header, count in headers:
        if header is None or header.isHidden():
            continue
        label = "column" if orientation == Qt.Orientation.Horizontal else "row"
        for section in range(min(count, 200)):
            for role, suffix in ((Qt.ItemDataRole.DisplayRole, ""), (Qt.ItemDataRole.ToolTipRole, " toolTip")):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{label} header {section}{suffix}", value


def _pyqtgraph_strings(w: QWidget) -> Iterator[tuple[str, str]]:
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover
        return
    if not isinstance(w, pg.GraphicsView) or w.scene() is None:
        return
    for item in w.scene().items():
        if isinstance(item, pg.AxisItem):
            if item.isVisible() or item.labelText:
                yield f"axis {item.orientation}", item.labelText or ""
                yield f"axis {item.orientation} units", item.labelUnits or ""
        elif isinstance(item, pg.LegendItem):
            for _sample, label in item.items:
                yield "legend", label.text
        elif isinstance(item, pg.LabelItem):
            yield "label", item.text
        elif isinstance(item, pg.TextItem):
            yield "text item", item.textItem.toPlainText()


def _actions(root: QWidget) -> list[QAction]:
    seen, out = set(), []
    sources = [root, *root.findChildren(QWidget)]
    for action in root.findChildren(QAction) + [a for w in sources for a in w.actions()]:
        if id(action) not in seen:
            seen.add(id(action))
            out.append(action)
    return out


def _action_kind(action: QAction) -> str:
    """ "action", or "pyqtgraph menu" for the actions pyqtgraph puts in its plots' right-click menu."""
    return "action" if isinstance(action.parent(), QWidget) or action.parent() is None else "pyqtgraph menu"


def _action_where(action: QAction, root: QWidget) -> str:
    kinds = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
    if any(isinstance(o, (QMenu, QMenuBar)) for o in kinds):
        return "menus"
    if any(isinstance(o, QToolBar) for o in kinds):
        return "toolbar"
    for o in kinds:
        where = _where(o, root)
        if where != "window":
            return where
    parent = action.parent()
    while parent is not None and not isinstance(parent, QWidget):  # a pyqtgraph scene's action
        parent = parent.parent()
    return _where(parent, root) if parent is not None else "window"


def visible_strings(root: QWidget) -> Iterator[tuple[str, str, str, str]]:
    """(where, widget, property, text) for every user-visible string in ``root`` (non-empty)."""
    for w in [root, *root.findChildren(QWidget)]:
        if _exempt(w):
            continue
        where = _where(w, root)
        for prop, text in _widget_strings(w):
            if _data_item(w, prop):
                continue
            text = _plain(text or "")
            if text.strip():
                yield where, _name(w), prop, text
    for action in _actions(root):
        if action.isSeparator():
            continue
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if widgets and all(_exempt(o) for o in widgets):
            continue
        where = _action_where(action, root)
        text = action.text()
        yield_text = [("text", text), ("statusTip", action.statusTip()), ("whatsThis", action.whatsThis())]
        if action.toolTip() and action.toolTip() != text.replace("&", ""):  # Qt makes a tip from the text
            yield_text.append(("toolTip", action.toolTip()))
        for prop, value in yield_text:
            value = _plain(value or "")
            if value.strip():
                yield where, f"{_name(action)} ({_action_kind(action)})", prop, value


def find_leaks(root: QWidget, allowed: Iterable[str] = ALLOWED_WORDS) -> list[Leak]:
    """Every string in ``root`` that still looks English (each (where, widget, property, text) once)."""
    out, seen = [], set()
    for where, widget, prop, text in visible_strings(root):
        words = english_words(text, allowed)
        key = (where, widget, prop, text)
        if words and key not in seen:
            seen.add(key)
            out.append(Leak(where, widget, prop, text, tuple(words)))
    return out


def pattern(text: str) -> str:
    """``text`` with its numbers masked: strings made from one template count once."""
    return re.sub(r"\d+", "#", text)


def leaks_by_panel(leaks: Iterable[Leak]) -> dict[str, list[Leak]]:
    out: dict[str, list[Leak]] = {}
    for leak in leaks:
        out.setdefault(leak.where, []).append(leak)
    return dict(sorted(out.items()))
