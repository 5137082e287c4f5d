"""Screenshots of the tutorials' views (README "The tutorials, runnable"): the app in a real X
window on a virtual 1366×768 screen, saved in docs/screenshots/.

    .venv/bin/python scripts/tutorial_screenshots.py          # starts its own Xvfb

States: the one-neuron circuit after Backward; the 11-line network after its 60,000
iterations; softmax opened up for the test digit (of the first 200) a network trained one epoch on the MNIST
sample is least sure about.
Look at every PNG afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import pump, rerun_under_xvfb  # noqa: E402  (the README screenshots' pump and display)


def take(out: Path, language: str | None = None) -> list[Path]:
    import tempfile

    from PySide6.QtCore import QSettings

    tmp = tempfile.mkdtemp(prefix="backprop-lab-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["XDG_CONFIG_HOME"] = tmp

    from guiapp.app import build_window, create_application
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.ui.tutorial_views import open_tutorial

    app = create_application()
    if language:
        from guiapp.ui.i18n import install_language

        install_language(language)
    window, session, controller = build_window(None)
    window.show()
    pump(app, 1.5)
    shots: list[Path] = []
    suffix = f"-{language}" if language else ""

    def shot(name: str) -> None:
        pump(app, 0.5)
        pixmap = window.screen().grabWindow(0)
        path = out / f"{name}{suffix}.png"
        pixmap.save(str(path))
        shots.append(path)
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    circuit = open_tutorial(window, "circuitDock", "single_neuron")
    pump(app, 0.3)
    circuit.backward()
    shot("tutorial-circuit")

    eleven = open_tutorial(window, "elevenLinesDock", "eleven_lines")
    eleven.start()
    pump(app, 60, lambda: not eleven.is_running())
    shot("tutorial-eleven-lines")

    session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    controller.start()
    pump(app, 60, lambda: session.epochs_done >= 1)
    controller.pause()
    pump(app, 1.0)
    softmax = open_tutorial(window, "softmaxDock")
    # a digit the network is unsure about: its Jacobian has more than one bright row
    import numpy as np

    p = window.current_network_copy().predict_proba(session.dataset.X_test[:200])
    softmax.pick_test_example(int(np.argmax(np.sort(p, axis=1)[:, -2])))
    shot("tutorial-softmax")

    window.close()
    controller.shutdown()
    return shots


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--size", default="1366x768")
    ap.add_argument("--language", default=None, help="e.g. ru (the file names get -ru)")
    args = ap.parse_args()
    if not os.environ.get("BACKPROP_SCREENSHOTS_CHILD"):
        raise SystemExit(rerun_under_xvfb(__file__, sys.argv[1:], args.size))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out, args.language)


if __name__ == "__main__":
    main()
