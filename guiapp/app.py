"""Start Backprop Lab: the QApplication, its names, the main window, and a ``--smoke-test`` mode.

    python -m guiapp                 # the app
    python -m guiapp FILE.bplab      # the app, with a project (or a .npz model file) open
    python -m guiapp --smoke-test    # build the window, train XOR until solved, render every panel, exit
    python -m guiapp --lang ru       # Russian for this run (en: English; system: the computer's language)
    python -m guiapp info FILE...    # commands without a window: guiapp/cli.py
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback


def _parse_args(argv):
    from .cli import commands_help

    parser = argparse.ArgumentParser(prog="guiapp", description="Backprop Lab: build a neural network and watch it learn.",
                                     epilog=commands_help(), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the window, train XOR until solved, render every panel, print one line, exit")
    parser.add_argument("--reset-settings", action="store_true", help="start with the default layout and data")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--lang", choices=("system", "en", "ru"), default=None,
                        help="the language for this run (the one chosen in View → Language is kept)")
    parser.add_argument("file", nargs="?", default=None, metavar="FILE",
                        help="a project (.bplab) or model file (.npz) to open")
    args, qt_args = parser.parse_known_args(argv)
    if args.file is not None and not _looks_like_a_file(args.file):  # e.g. the value of Qt's -style
        qt_args.append(args.file)
        args.file = None
    return args, qt_args


def _looks_like_a_file(text: str) -> bool:
    from pathlib import Path

    return Path(text).suffix.lower() in (".bplab", ".npz") or Path(text).is_file()


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

    from .ui.gui_thread_gc import install_gui_thread_collector

    app.setWindowIcon(app_icon())
    apply_theme(app)
    install_gui_thread_collector(app)   # cycles collected on this thread, never the training thread's
    return app


def build_window(settings=None, fresh: bool = False, make_window: bool = True):
    """(window, session, controller) with the last session's data and design unless ``fresh``
    (window None unless ``make_window``)."""
    from .state.session import Session
    from .workers.training_controller import TrainingController
    from .ui.main_window import MainWindow

    if settings is not None and not fresh:
        session = Session(settings.dataset_spec(), settings.network_spec(), settings.training_config())
    else:
        session = Session()
    controller = TrainingController(session)
    notice = settings.take_notice() if settings is not None else None
    if notice:  # stored settings that made no sense were reset: the window says so once
        session.add_pending_message(notice)
    window = MainWindow(session, controller, settings) if make_window else None
    return window, session, controller


class WindowHost:
    """Owns the session, the training controller and the current main window, and replaces the
    window when the language changes: the session holds all the state and the panels are built
    from it, so a new window in the new language shows the same data, design and history while
    training goes on (the controller and its thread are untouched); geometry, dock layout, the
    message on show and each panel's ``view_state()`` carry over."""

    def __init__(self, session, controller, settings=None):
        self.session, self.controller, self.settings = session, controller, settings
        self.window = self._make_window()

    def _make_window(self):
        from .ui.main_window import MainWindow

        window = MainWindow(self.session, self.controller, self.settings)
        window.rebuild_for_language = self.set_language
        return window

    def show_message(self, level: str, text: str) -> None:
        """For the exception hook: the message goes to whichever window is current."""
        self.window.show_message(level, text)

    def set_language(self, choice: str) -> None:
        """Remember ``choice`` and rebuild the window in it once the menu's slot has returned."""
        from PySide6.QtCore import QTimer

        if self.settings is not None:
            self.settings.set_language(choice)
        QTimer.singleShot(0, lambda: self.switch_language(choice))

    def switch_language(self, choice: str):
        """Install ``choice``'s translations and replace the window; returns the new window."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from .ui.i18n import install_language

        old = self.window
        view = old.capture_view()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # ~1 s; longer while training runs
        try:
            install_language(choice)
            new = self._make_window()
            new.restore_view(view)
            self.window = new
            if view["visible"]:
                new.show()
                new.activateWindow()
            old.retire()
        finally:
            QApplication.restoreOverrideCursor()
        return new


def run_smoke_test(timeout: float = 60.0, language: str | None = None) -> int:
    """Build the window, train XOR on the worker thread until solved, render every panel once,
    print one line, and return 0 (1 on any failure)."""

    from .state.session import Session
    from .workers.training_controller import TrainingController
    from .ui.main_window import MainWindow

    app = create_application()
    from .ui.i18n import install_language, installed_files

    installed = install_language(language or "en")
    t0 = time.perf_counter()
    session = Session()  # XOR on 2-4-1, never the user's saved settings
    session.set_pace(None)  # full speed: at the watchable default XOR takes ~20 s
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
        catalogs = "+".join(p.name for p in installed_files()) or "none"
        print(f"smoke-test ok: XOR solved in {epochs} epochs (loss {loss:.4f}), {rendered} panels rendered, "
              f"MNIST sample {sample.n_train:,}+{sample.n_test:,} digits, language {installed} ({catalogs}), "
              f"{time.perf_counter() - t0:.2f} s")
        return 0
    except Exception:
        print("smoke-test FAILED:\n" + traceback.format_exc())
        return 1
    finally:
        window.close()
        controller.shutdown()
        app.processEvents()


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    from .cli import COMMANDS

    if argv and argv[0] in COMMANDS:  # a command for the terminal: no Qt at all
        from .cli import main as run_command

        return run_command(argv)
    args, qt_args = _parse_args(argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    if args.smoke_test:
        import os

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: the smoke test renders offscreen
        return run_smoke_test(language=args.lang)
    app = create_application([sys.argv[0], *qt_args])
    from .state.settings import Settings
    from .ui.errors import install_exception_hook
    from .ui.i18n import install_language

    settings = Settings()
    install_language(args.lang or settings.language())  # --lang is for this run only
    _, session, controller = build_window(settings, fresh=args.reset_settings, make_window=False)
    from PySide6.QtCore import QTimer

    from .ui.project_files import protect
    from .ui.startup import FileOpenEvents, start

    autosaver = protect(session, controller)  # autosave, and Save / Discard / Cancel before training is lost
    host = WindowHost(session, controller, settings)
    install_exception_hook(host)
    app.aboutToQuit.connect(controller.request_shutdown)
    FileOpenEvents(app, lambda: host.window)
    window = host.window
    window.show()
    window.raise_()
    window.activateWindow()  # keyboard focus at once, so Space trains right away
    QTimer.singleShot(0, lambda: start(host.window, autosaver, args.file))  # open FILE, or offer a restore
    exit_code = app.exec()
    autosaver.clean_exit()  # a normal exit: the project was saved or its changes discarded
    return end_training_thread(controller, exit_code)


#: After the window has gone, how long the app waits for a training thread still in a minibatch.
EXIT_WAIT_MS = 15_000


def end_training_thread(controller, exit_code: int, wait_ms: int = EXIT_WAIT_MS) -> int:
    """Return ``exit_code`` once the training thread has ended (the event loop is over).

    A minibatch cannot be interrupted, and Python destroying the thread's QThread while it still
    runs would abort the process ("QThread: Destroyed while thread is still running"). So wait
    for it, at most ``wait_ms``; a batch that outlasts that ends the process at once instead
    (``os._exit``): the settings were saved when the window closed, and nothing else is pending.
    """
    if controller.shutdown(wait_ms):
        return exit_code
    import os

    print(f"Backprop Lab: the training thread did not end within {wait_ms / 1000:g} s after the window "
          "closed (one very long minibatch); exiting without waiting for it.", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(exit_code)
