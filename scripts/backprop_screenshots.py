"""Screenshots of the Backpropagation panel for the README ("See backpropagation"): a real X window
on a virtual 1366×768 screen (Xvfb), saved in docs/screenshots/.

    .venv/bin/python scripts/backprop_screenshots.py            # starts its own Xvfb
    .venv/bin/python scripts/backprop_screenshots.py --lang ru  # the same in Russian

XOR on a 2-2-1 sigmoid network with the weights of the tests (tests/ui/test_backprop_view.py): the
student clicks row (1, 0) of the truth table and presses → until the update; one picture of the
whole window, and one of the panel at every step. Then the MNIST sample, 784-256-10 trained one
epoch: a test digit followed back to its input, dL/dx drawn as a 28×28 image.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import pump, rerun_under_xvfb  # noqa: E402  (the README screenshots' pump and display)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

W1 = np.array([[0.5, -0.4], [0.3, 0.8]])
B1 = np.array([0.1, -0.2])
W2 = np.array([[0.8], [-1.2]])
B2 = np.array([0.05])
STEP_NAMES = ["input", "forward-hidden", "forward-output", "loss", "backward-output", "backward-hidden", "update"]


def take(out: Path, lang: str) -> None:
    import tempfile

    from PySide6.QtCore import QSettings, Qt

    tmp = tempfile.mkdtemp(prefix="backprop-lab-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["XDG_CONFIG_HOME"] = tmp
    from guiapp.app import build_window, create_application
    from guiapp.engine import NetworkSpec
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.state.example_ref import ExampleRef

    app = create_application()
    from guiapp.ui.i18n import install_language

    install_language(lang)
    window, session, controller = build_window(None)
    window.show()
    window.raise_()
    window.activateWindow()
    pump(app, 1.5)
    suffix = "" if lang == "en" else f"-{lang}"

    def save(pixmap, name):
        path = out / f"{name}{suffix}.png"
        pixmap.save(str(path))
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    # XOR 2-2-1 with the tests' weights (η = 0.5); the student clicks row (1, 0) of the truth table
    from dataclasses import replace

    session.set_config(replace(session.config, learning_rate=0.5))
    session.set_spec(NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid")), params=[W1, B1, W2, B2])
    pump(app, 1.0)
    window.docks["dataDock"].raise_()
    data = window.panels["dataDock"]
    pump(app, 0.3)
    rect = data.table.visualItemRect(data.table.item(2, 0))
    from PySide6.QtTest import QTest

    QTest.mouseClick(data.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = window.panels["backpropDock"]
    dock = window.docks["backpropDock"]
    pump(app, 1.0)
    for k, name in enumerate(STEP_NAMES):
        panel.set_step(k)
        pump(app, 0.4)
        save(dock.grab(), f"backprop-xor-{k + 1}-{name}")
        if name == "backward-hidden":
            save(window.screen().grabWindow(0), "backprop-xor-window")

    # MNIST sample, 784-256-10, one epoch: a test digit back to its input
    session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 256, 10), ("relu", "softmax"), init="small"))
    controller.step_epoch()
    pump(app, 60, lambda: session.epochs_done >= 1 and not controller.worker_busy)
    pump(app, 1.0)
    ds = session.dataset
    k = 3
    session.select_example(ExampleRef("test_digit", k, ds.X_test[k], int(ds.y_test[k]), "test"))
    pump(app, 1.0)
    panel.set_step(len(panel.steps) - 2)          # backward through the first layer: dL/dx
    pump(app, 0.6)
    save(dock.grab(), "backprop-digit-dldx")
    window.close()
    controller.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--size", default="1366x768")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    if not os.environ.get("BACKPROP_SCREENSHOTS_CHILD"):
        raise SystemExit(rerun_under_xvfb(__file__, sys.argv[1:], args.size))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out, args.lang)


if __name__ == "__main__":
    main()
