"""Start Backprop Lab: the QApplication, its names, the main window, and a ``--smoke-test`` mode.

    python -m guiapp                 # the app
    python -m guiapp --smoke-test    # build the window, train XOR until solved, render every panel, exit
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback


def _parse_args(argv):
    parser = argparse.ArgumentParser(prog="guiapp", description="Backprop Lab: build a neural network and watch it learn.")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the window, train XOR until solved, render every panel, print one line, exit")
    parser.add_argument("--reset-settings", action="store_true", help="start with the default layout and data")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    args, qt_args = parser.parse_known_args(argv)
    return args, qt_args


def create_application(argv=None):
    """The QApplication with the organisation/application names QSettings uses."""
    from PySide6.QtWidgets import QApplication

    from . import APP_NAME, ORG_NAME, __version__

    app = QApplication.instance() or QApplication(list(argv or [sys.argv[0]]))
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("backprop-lab")
    from .ui.icon import app_icon
    from .ui.theme import apply_theme

    app.setWindowIcon(app_icon())
    apply_theme(app)
    return app


def build_window(settings=None, fresh: bool = False):
    """(window, session, controller) with the last session's data and design unless ``fresh``."""
    from .state.session import Session
    from .workers.training_controller import TrainingController
    from .ui.main_window import MainWindow

    if settings is not None and not fresh:
        session = Session(settings.dataset_spec(), settings.network_spec(), settings.training_config())
    else:
        session = Session()
    controller = TrainingController(session)
    pending = session.take_pending_message()  # the last data could not be loaded (said with the rest)
    window = MainWindow(session, controller, settings)
    notice = " ".join(filter(None, [pending, settings.take_notice() if settings is not None else None]))
    if notice:  # stored settings that made no sense were reset: say so once, in the window
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: window.show_message("warning", notice))
    return window, session, controller


def run_smoke_test(timeout: float = 60.0) -> int:
    """Build the window, train XOR on the worker thread until solved, render every panel once,
    print one line, and return 0 (1 on any failure)."""

    from .state.session import Session
    from .workers.training_controller import TrainingController
    from .ui.main_window import MainWindow

    app = create_application()
    t0 = time.perf_counter()
    session = Session()  # XOR on 2-4-1, never the user's saved settings
    controller = TrainingController(session)
    window = MainWindow(session, controller, None)
    window.show()
    try:
        controller.start()
        deadline = time.perf_counter() + timeout
        solved = False
        while time.perf_counter() < deadline:
            app.processEvents()
            loss = session.history.last("train_loss")
            snap = session.snapshot
            if loss is not None and loss < 0.05 and snap is not None and snap.boundary is not None:
                ds = session.dataset
                if (window.current_network_copy().predict(ds.X_train) == ds.y_train).all():
                    solved = True
                    break
            time.sleep(0.005)
        controller.pause()
        epochs = session.epochs_done
        rendered = 0
        for name, dock in window.docks.items():
            dock.show()
            dock.raise_()
            app.processEvents()
            image = dock.widget().grab()
            if image.isNull() or image.width() < 10:
                raise RuntimeError(f"panel {name} did not render")
            rendered += 1
        if not solved:
            print(f"smoke-test FAILED: XOR not solved in {timeout:.0f} s (epoch {epochs}, loss {loss})")
            return 1
        # The bundled resources are found (source tree or frozen build alike).
        from .data.mnist import load_mnist_sample

        sample = load_mnist_sample()
        if sample.n_train + sample.n_test != 10_000:
            print(f"smoke-test FAILED: the bundled MNIST sample has {sample.n_train + sample.n_test} digits")
            return 1
        print(f"smoke-test ok: XOR solved in {epochs} epochs (loss {loss:.4f}), {rendered} panels rendered, "
              f"MNIST sample {sample.n_train:,}+{sample.n_test:,} digits, {time.perf_counter() - t0:.2f} s")
        return 0
    except Exception:
        print("smoke-test FAILED:\n" + traceback.format_exc())
        return 1
    finally:
        window.close()
        controller.shutdown()
        app.processEvents()


def main(argv=None) -> int:
    args, qt_args = _parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    if args.smoke_test:
        import os

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: the smoke test renders offscreen
        return run_smoke_test()
    app = create_application([sys.argv[0], *qt_args])
    from .state.settings import Settings
    from .ui.errors import install_exception_hook

    settings = Settings()
    window, session, controller = build_window(settings, fresh=args.reset_settings)
    install_exception_hook(window)
    app.aboutToQuit.connect(controller.shutdown)
    window.show()
    window.raise_()
    window.activateWindow()  # keyboard focus at once, so Space trains right away
    return app.exec()
