"""Screenshots of the feature space and the input features for the README (issue 10 §4, §5), in a
real X window on a virtual 1366x768 screen (Xvfb), saved in docs/screenshots/:

- feature-space-xor-{early,middle,end}.png: XOR on a 2-2-1 network, the Feature space docked
  beside the decision boundary, at epochs 0, 60 and 400: the four corners move through the
  hidden layer until one straight line separates the two classes;
- circle-squared-features.png: the circle with x1² and x2² and no hidden layer, solved: a circle
  in the input plane, a straight line in (x1², x2²);
- feature-space-spiral.png: the spiral's 2-16-16-3 network trained, its last hidden layer as the
  output layer sees it: three groups, three straight boundaries.

    .venv/bin/python scripts/feature_space_screenshots.py      # starts its own Xvfb

Look at every PNG afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import pump, rerun_under_xvfb  # noqa: E402  (the README screenshots' pump and display)


def take(out: Path) -> list[Path]:
    import tempfile

    from PySide6.QtCore import QSettings, Qt

    tmp = tempfile.mkdtemp(prefix="backprop-lab-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["XDG_CONFIG_HOME"] = tmp

    from guiapp.app import build_window, create_application
    from guiapp.engine.specs import NetworkSpec
    from guiapp.state.dataset_spec import DatasetSpec

    app = create_application()
    from guiapp.ui.i18n import install_language

    install_language("en")   # as the app does at start: English plural forms ("2 neurons")
    window, session, controller = build_window(None)
    window.show()
    window.raise_()
    pump(app, 1.5)
    shots: list[Path] = []

    def shot(name: str) -> None:
        pump(app, 0.6)
        pixmap = window.screen().grabWindow(0)
        path = out / f"{name}.png"
        pixmap.save(str(path))
        shots.append(path)
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    def train_to(epochs: int) -> None:
        session.set_config(replace(session.config, epochs=epochs))
        controller.start()
        pump(app, 60, lambda: session.state != "running" and session.epoch >= epochs)
        pump(app, 0.5)

    # The feature space beside the decision boundary (a user drags the tab there).
    docks = window.docks
    window.removeDockWidget(docks["featureSpaceDock"])          # out of the tabs: a column of its own
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, docks["featureSpaceDock"], Qt.Orientation.Horizontal)
    docks["featureSpaceDock"].show()
    pump(app, 0.3)
    window.resizeDocks([docks["dataDock"], docks["boundaryDock"], docks["featureSpaceDock"]], [380, 430, 556],
                       Qt.Orientation.Horizontal)
    docks["boundaryDock"].raise_()
    docks["featureSpaceDock"].raise_()
    docks["networkDock"].raise_()

    # XOR, 2-2-1: the four corners through two hidden neurons.
    session.set_spec(NetworkSpec((2, 2, 1), ("tanh", "sigmoid")))
    pump(app, 1.0)
    shot("feature-space-xor-early")
    train_to(60)
    shot("feature-space-xor-middle")
    train_to(400)
    shot("feature-space-xor-end")

    # The circle with x1², x2² and no hidden layer.
    session.load_dataset_spec(DatasetSpec("toy2d", "circle", {"n": 200, "noise": 0.05, "seed": 0}))
    session.set_spec(NetworkSpec((4, 1), ("sigmoid",), input_features=("x1_squared", "x2_squared")))
    session.set_config(replace(session.config, epochs=None))
    panel = window.panels["featureSpaceDock"]
    panel.set_choice(0, (2, 3))
    train_to(300)
    docks["networkDock"].raise_()
    shot("circle-squared-features")

    # The spiral's last hidden layer (2-16-16-3, the toy preset) as the output layer sees it.
    session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 600, "noise": 0.03, "n_classes": 3}),
                              use_preset=True)
    session.set_config(replace(session.config, epochs=None))
    docks["dataDock"].raise_()
    controller.start()
    pump(app, 60, lambda: (session.history.last("train_acc") or 0) >= 0.99 and session.epochs_done >= 1500)
    controller.pause()
    pump(app, 1.0)
    shot("feature-space-spiral")

    window.close()
    controller.shutdown()
    return shots


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--size", default="1366x768")
    args = ap.parse_args()
    if not os.environ.get("BACKPROP_SCREENSHOTS_CHILD"):
        raise SystemExit(rerun_under_xvfb(__file__, sys.argv[1:], args.size))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out)


if __name__ == "__main__":
    main()
