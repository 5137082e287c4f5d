"""File → Save model / Load model: a network's design and weights in a ``.npz`` file
(``guiapp.engine.serialization``), loaded off the GUI thread; a model that does not fit the
current data is explained, with an offer to switch to the data it was trained on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog

from ..engine.serialization import load_model, save_model
from .error_text import sentence
from .i18n.formatting import arg
from .model_fit import data_title, dataset_spec_from, model_misfit


class ModelFiles(QObject):
    """Saving and loading models for ``window`` (a MainWindow: its session, controller,
    ``show_message`` and ``ask``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    @Slot()
    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save model"), "model.npz",
                                              self.tr("Backprop Lab model (*.npz)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Save the design, weights and the data it was trained on; an error message if that fails."""
        try:
            saved = save_model(path, self.window.current_network_copy(), self.window.session.spec,
                               extra={"dataset": self.window.session.dataset_spec.to_dict(),
                                      "epochs": self.window.session.epochs_done})
        except (OSError, ValueError) as exc:
            self.window.show_message("error", arg(self.tr("Could not save the model to %1. %2 Nothing was written."),
                                                  path, sentence(exc)))
            return False
        self.window.show_message("info", arg(self.tr("Saved the model to %1"), str(saved)))
        return True

    @Slot()
    def load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Load model"), "",
                                              self.tr("Backprop Lab model (*.npz)"))
        if path:
            self.load_from(path)

    def load_from(self, path: str) -> bool:
        """Load a saved model, off the GUI thread behind a progress dialog with Cancel. A model
        that does not fit the current data is explained, and if the file names the data it was
        trained on, the user may switch to that data. On failure, No or Cancel nothing changes."""
        from ..workers.background_job import BackgroundJob
        from .dialogs.load_progress import run_job_with_progress

        name = Path(path).name
        job = BackgroundJob(lambda ctx: load_model(path, cancel=ctx.cancel, progress=ctx.progress))
        ok, result = run_job_with_progress(self.window, self.tr("Loading a model"), arg(self.tr("Loading %1…"), name), job)
        if ok is None:
            self.window.show_message("info", arg(self.tr("Loading %1 was cancelled; the network is unchanged."), name))
            return False
        if not ok:
            self.window.show_message("error", arg(self.tr("Could not load %1. %2 The current network is unchanged."),
                                                  name, sentence(result)))
            return False
        net, spec, extra = result
        misfit = model_misfit(spec, self.window.session.dataset)
        if misfit is not None and not self._switch_to_model_data(name, spec, extra, misfit):
            return False
        self.window.controller.stop()
        if not self.window.session.set_spec(spec, params=net.params):
            return False
        self.window.show_message("info", arg(self.tr("Loaded the model from %1"), path))
        return True

    def _switch_to_model_data(self, name: str, spec, extra: dict, misfit: str) -> bool:
        """The model does not fit the current data (``misfit`` says why): offer the data it was
        trained on (stored in the file) and switch to it if the user agrees. True if switched."""
        from .dialogs.load_progress import load_dataset_with_progress

        trained_on = dataset_spec_from(extra)
        if trained_on is None or trained_on == self.window.session.dataset_spec:
            self.window.show_message("error", arg(self.tr("%1 does not fit the current data: %2. Choose data that fits "
                                                   "first; nothing was changed."), name, misfit))
            return False
        title = data_title(trained_on)
        if not self.window.ask(self.tr("Switch to the model's data?"),
                        arg(self.tr("%1 does not fit the current data: %2.\n\nIt was trained on %3. Switch to that data "
                                    "and load the model? The current data and network will be replaced."),
                            name, misfit, title)):
            self.window.show_message("info", arg(self.tr("%1 was not loaded: %2. Nothing was changed."), name, misfit))
            return False
        outcome = load_dataset_with_progress(self.window, trained_on)
        if outcome.dataset is None:
            if outcome.cancelled:
                text = arg(self.tr("Loading %1 was cancelled, so %2 was not loaded. Nothing was changed."), title, name)
            else:
                text = arg(self.tr("Could not load %1, so %2 was not loaded. %3 Nothing was changed."), title, name,
                           sentence(outcome.error))
            self.window.show_message("error", text)
            return False
        still = model_misfit(spec, outcome.dataset)
        if still is not None:
            self.window.show_message("error", arg(self.tr("%1 does not fit %2 either: %3. Nothing was changed."),
                                           name, title, still))
            return False
        self.window.controller.stop()
        self.window.session.set_dataset(outcome.dataset, trained_on)
        return True
