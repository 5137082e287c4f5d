"""Take the README's screenshots: the app in a real X window on a virtual screen (Xvfb), in
several states, saved as PNGs in docs/screenshots/.

    .venv/bin/python scripts/screenshots.py            # starts its own Xvfb (needs Debian's xvfb)
    .venv/bin/python scripts/screenshots.py --lang ru  # the Russian window: xor-default-ru.png, ...
    .venv/bin/python scripts/screenshots.py --size 1920x1080

States: XOR on first launch; XOR trained, with its decision boundary and hidden-neuron maps (and
the network designer); the spiral's 2-16-16-3 network trained, all 32 neuron maps beside the
boundary and the Training panel under the grown Data panel; MNIST after three epochs with the
weight tiles and the test results; a "2" drawn on the canvas.
Look at every PNG afterwards: nothing overlapping, clipped or unreadable.

The script drives the app without entering Qt's event loop, so :func:`pump` delivers Qt's deferred
deletions itself: without that, widgets the app has already removed (a dock's old tab bar, a
removed hidden-layer row) stay on screen and get photographed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rerun_under_xvfb(script, argv, size: str) -> int:
    """Re-run ``script`` (a screenshot script's ``__file__``) with ``argv`` under a private Xvfb display."""
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb is missing: apt-get install xvfb xauth (and the X11 libraries Qt needs)")
    display = f":{150 + os.getpid() % 300}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", BACKPROP_SCREENSHOTS_CHILD="1")
        env.pop("WAYLAND_DISPLAY", None)
        return subprocess.call([sys.executable, str(script), *argv], env=env)
    finally:
        xvfb.terminate()
        xvfb.wait(5)


def pump(app, seconds: float, until=None) -> bool:
    """Run the app for ``seconds`` (or until ``until()``), as its event loop would: events, timers and
    the deferred deletions (``deleteLater``) that ``processEvents`` alone never delivers outside
    ``exec()``."""
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until is not None and until():
            return True
        time.sleep(0.005)
    return until is None


def take(out: Path, language: str = "en") -> list[Path]:
    import tempfile

    from PySide6.QtCore import QSettings

    # Never the user's settings: a throwaway settings file, a fresh session.
    tmp = tempfile.mkdtemp(prefix="backprop-lab-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["XDG_CONFIG_HOME"] = tmp

    from guiapp.app import build_window, create_application
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.ui.i18n import install_language

    app = create_application()
    install_language(language)       # as --lang does: the app's and Qt's catalogues, the locale
    window, session, controller = build_window(None)
    window.show()
    window.raise_()
    window.activateWindow()
    pump(app, 1.5)
    shots: list[Path] = []

    def shot(name: str) -> None:
        app.processEvents()
        pump(app, 0.4)
        pixmap = window.screen().grabWindow(0)
        path = out / (f"{name}.png" if language == "en" else f"{name}-{language}.png")
        pixmap.save(str(path))
        shots.append(path)
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    def raise_dock(name: str) -> None:
        if name in window.docks:
            window.docks[name].show()
            window.docks[name].raise_()

    # 0. First launch: XOR, nothing trained yet.
    shot("xor-default")

    # 1. XOR trained: boundary and what each hidden neuron computes.
    raise_dock("boundaryDock")
    controller.start()
    pump(app, 20, lambda: (session.history.last("train_loss") or 1) < 0.01)
    controller.pause()
    pump(app, 0.5)
    shot("xor-trained")

    # 1b. The network designer with its live diagram.
    raise_dock("networkDock")
    shot("xor-network")
    raise_dock("dataDock")

    # 2. Spiral, three classes, 2-16-16-3 (the toy preset), trained until it fits the training points:
    #    all 32 hidden-neuron maps, and the Training panel under the grown Data panel.
    session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 600, "noise": 0.03, "n_classes": 3}))
    assert session.spec.layer_sizes == (2, 16, 16, 3), session.spec.layer_sizes
    raise_dock("boundaryDock")
    controller.start()
    pump(app, 40, lambda: (session.history.last("train_acc") or 0) >= 0.99 and session.epochs_done >= 1500)
    controller.pause()
    pump(app, 0.5)
    shot("spiral-training")

    # 3. MNIST sample after a few epochs: the first layer's weights as 28x28 tiles, then the
    #    test results (accuracy, confusion matrix, gallery with the wrong guesses marked).
    session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    controller.start()
    pump(app, 60, lambda: session.epochs_done >= 3)
    controller.pause()
    pump(app, 1.0)
    raise_dock("weightsDock")
    shot("mnist-weights")
    raise_dock("mnistDock")
    shot("mnist-results")

    # 4. Draw a digit: a "2" drawn with the brush, as the network sees it, and its guesses.
    draw = window.panels.get("drawDock")
    if draw is not None:
        raise_dock("drawDock")
        two = [(8.5, 9), (10, 6.5), (13, 5), (16.5, 5.5), (18.5, 8), (18, 11.5), (15, 15), (11, 19),
               (8.5, 22), (12, 21.5), (16, 21.5), (20, 22)]
        draw.canvas.draw_stroke(two)
        pump(app, 0.6)
        shot("draw-digit")

    window.close()
    controller.shutdown()
    return shots


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--size", default="1366x768")
    ap.add_argument("--lang", default="en", choices=("en", "ru"),
                    help="the language of the window (Russian shots get a -ru suffix)")
    args = ap.parse_args()
    if not os.environ.get("BACKPROP_SCREENSHOTS_CHILD"):
        raise SystemExit(rerun_under_xvfb(__file__, sys.argv[1:], args.size))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out, args.lang)


if __name__ == "__main__":
    main()
