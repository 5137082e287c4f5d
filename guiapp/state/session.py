"""The session: the app's model and single source of truth (QtCore only).

It holds the dataset, the network design (``NetworkSpec``), the training settings
(``TrainingConfig``), the live network, the training history and the latest snapshot from the
worker. Panels read it, write to it through its methods, and listen to its signals; they never
talk to each other.

Thread rule: once a network is made, the training worker owns ``session.network``'s arrays.
Views draw from ``session.snapshot`` (copies), never from the live network while it trains.

Training progress has one source: the worker's snapshots. ``epoch``, ``batch`` and ``steps`` are
the latest snapshot's, and the history holds every epoch up to ``epoch`` the moment a snapshot
arrives, so the status bar, the Training panel and the loss plot all show the same epoch.
The training state (idle / running / paused / stopped) is a state machine
(``guiapp.state.training_state``) the training controller drives through ``training_event``.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QObject, Signal

from ..data.dataset import Dataset
from ..engine.features import input_names as input_feature_names
from ..engine.network import MLP
from ..engine.specs import NetworkSpec, TrainingConfig
from .dataset_spec import DatasetSpec
from .formatting import arg, format_int
from .tr_context import TrContext
from .snapshot import EXTRAS, Snapshot, ViewSpec, grid_for, health_sample
from .datasets import DEFAULT_DATASET, fit_input_layer, fit_spec_to, load_dataset, preset_for
from .history import History
from .pace import check_pace, default_pace, size_class
from .rewind import RewindStore
from .example_ref import ExampleRef
from .weight_ref import WeightRef
from .training_job import TrainingJob
from .training_state import IDLE, NEW_NETWORK, PAUSED, RUNNING, STOPPED, TrainingStateMachine

__all__ = ["Session", "IDLE", "RUNNING", "PAUSED", "STOPPED", "LARGE_NETWORK_PARAMS"]

#: Above this many parameters the designer warns about memory and speed.
LARGE_NETWORK_PARAMS = 5_000_000

GALLERY_SIZE = 40

SessionText = TrContext("SessionText")


def _reason(exc: BaseException) -> str:
    """Why loading failed, for a message: a missing file or not enough memory in the user's
    language; other reasons as the loader put them (the window phrases UserErrors itself)."""
    if isinstance(exc, MemoryError):
        return SessionText.tr("there is not enough memory for it")
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return arg(SessionText.tr("%1 is no longer there"), str(exc.filename))
    return str(exc)


class Session(QObject):
    dataset_changed = Signal()        # a new dataset (the design's input/output follow it)
    spec_changed = Signal()           # the network design changed
    config_changed = Signal()         # training settings changed
    network_changed = Signal()        # a new network with fresh weights; history cleared
    history_changed = Signal()        # epochs appended or history cleared
    snapshot_changed = Signal(object)  # a new Snapshot from the worker (the live network)
    display_changed = Signal(object)   # the Snapshot the views draw changed (live, or an earlier epoch)
    example_selected = Signal(object)  # the example the backprop view traces (an ExampleRef, or None)
    weight_selected = Signal(object, bool)  # (WeightRef, show its gradient check) picked in a view
    extras_changed = Signal()          # the snapshot extras the views ask for changed (``extras``)
    state_changed = Signal(str)       # IDLE / RUNNING / PAUSED / STOPPED
    message = Signal(str, str)        # (level "info" | "warning" | "error", text) for the user
    pace_changed = Signal()            # the training pace (epochs per second, or full speed) changed
    rewind_changed = Signal()          # entries of the rewind store added, thinned or dropped

    #: How the messages name an error and a data choice. The window puts in its own, which say
    #: them in the user's language (guiapp.ui.error_text.describe, guiapp.ui.data_texts.spec_title).
    describe_error = staticmethod(_reason)
    describe_data = staticmethod(lambda spec: spec.name)

    def __init__(self, dataset_spec: DatasetSpec | None = None, spec: NetworkSpec | None = None,
                 config: TrainingConfig | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.history = History()
        #: Where training stood at chosen epochs, for rewinding (``guiapp.state.rewind``).
        self.rewind = RewindStore()
        #: The pace chosen for small and for large data (``guiapp.state.pace``); unset: the default.
        self._paces: dict[str, float | None] = {}
        self.snapshot: Snapshot | None = None
        #: The snapshot the views draw: the live one, unless a view shows an earlier epoch
        #: (``show_snapshot``; rewinding). None until the worker's first snapshot arrives.
        self._display: Snapshot | None = None
        self.example: ExampleRef | None = None
        self.selected_weight: WeightRef | None = None
        self._extras: dict[str, frozenset] = {}
        self.network_id = 0
        self._training = TrainingStateMachine(IDLE)
        self._dataset_spec = dataset_spec or DEFAULT_DATASET
        try:
            self._dataset = load_dataset(self._dataset_spec)
        except Exception as exc:  # a file moved away since last time: start with XOR instead
            self._pending_message = arg(SessionText.tr("Could not load the last data (%1); opened XOR instead."),
                                        _reason(exc))
            self._dataset_spec = DEFAULT_DATASET
            self._dataset = load_dataset(DEFAULT_DATASET)
            spec = config = None
        else:
            self._pending_message = None
        preset_spec, preset_config = preset_for(self._dataset)
        try:
            self._spec = fit_spec_to(spec, self._dataset) if spec is not None else preset_spec
        except ValueError:
            self._spec = preset_spec
        self._config = config or preset_config
        self.network = self._build_network()

    # ---- read access --------------------------------------------------------------------------
    @property
    def dataset(self) -> Dataset:
        return self._dataset

    @property
    def dataset_spec(self) -> DatasetSpec:
        return self._dataset_spec

    @property
    def spec(self) -> NetworkSpec:
        return self._spec

    @property
    def config(self) -> TrainingConfig:
        return self._config

    @property
    def input_names(self) -> tuple[str, ...]:
        """The names of the network's inputs: the data's own (x1, x2; A, B; a CSV's columns), then
        the input features computed from them (x1², A·B, sin x2)."""
        names = tuple(self._dataset.feature_names)
        if not self._spec.input_features:
            return names
        return input_feature_names(self._spec.input_features, names)

    @property
    def dtype(self):
        """float32 for image data (speed), float64 otherwise (exact, and small anyway)."""
        return np.float32 if self._dataset.kind == "images" or self._dataset.n_train > 20_000 else np.float64

    @property
    def has_progress(self) -> bool:
        """Has training changed the weights since the network was built?"""
        return len(self.history) > 0 or (self.snapshot is not None and self.snapshot.steps > 0)

    @property
    def state(self) -> str:
        """IDLE, RUNNING, PAUSED or STOPPED (``guiapp.state.training_state``)."""
        return self._training.state

    @property
    def epoch(self) -> int:
        """Epochs finished, as the worker last reported them (0 for a fresh network): the one
        epoch every view shows. The history's last row is this epoch."""
        return self.snapshot.epoch if self.snapshot is not None else 0

    @property
    def batch(self) -> int:
        """Minibatches done in the epoch under way, as the worker last reported."""
        return self.snapshot.batch if self.snapshot is not None else 0

    @property
    def epochs_done(self) -> int:
        """The same as ``epoch`` (the older name)."""
        return self.epoch

    def add_pending_message(self, text: str) -> None:
        """Something to tell the user once the window shows (joined to what is already pending)."""
        self._pending_message = " ".join(filter(None, [self._pending_message, text]))

    def take_pending_message(self) -> str | None:
        msg, self._pending_message = self._pending_message, None
        return msg

    # ---- changes --------------------------------------------------------------------------------
    def _build_network(self) -> MLP:
        """A fresh network of the current design (used at start-up)."""
        self.network_id += 1
        return self._spec.build(seed=self._config.seed, dtype=self.dtype)

    def _new_network(self, params=None, network: MLP | None = None) -> None:
        """Make the current design's network (or take ``network``, already built) the live one."""
        self.network = network if network is not None else self._spec.build(seed=self._config.seed,
                                                                             dtype=self.dtype)
        self.network_id += 1
        self.history.clear()
        self.rewind.clear()
        self.snapshot = None
        self._display, self._display_live = None, True   # a new network: the views follow it
        self.example = None
        if params is not None:
            self.network.set_params(params)
        self.training_event(NEW_NETWORK)
        self.network_changed.emit()
        self.history_changed.emit()
        self.rewind_changed.emit()

    def set_dataset(self, dataset: Dataset, spec: DatasetSpec, *, use_preset: bool | None = None) -> None:
        """Switch to ``dataset``. The design keeps its hidden layers (input/output follow the
        data) unless the kind of data changed or ``use_preset``: then the preset for that kind."""
        kind_changed = dataset.kind != self._dataset.kind
        pace_before = self.pace
        self._dataset, self._dataset_spec = dataset, spec
        if self.pace != pace_before:
            self.pace_changed.emit()
        if use_preset or (use_preset is None and kind_changed):
            self._spec, self._config = preset_for(dataset)
            self.config_changed.emit()
        else:
            self._spec = fit_spec_to(self._spec, dataset)
        self.dataset_changed.emit()
        self.spec_changed.emit()
        self._new_network()

    def load_dataset_spec(self, spec: DatasetSpec, **kwargs) -> bool:
        """Load and switch to the data ``spec`` names. On failure: an error message, nothing lost."""
        try:
            dataset = load_dataset(spec)
        except Exception as exc:
            self.message.emit("error", arg(SessionText.tr("Could not load %1: %2"), self.describe_data(spec),
                                           self.describe_error(exc)))
            return False
        self.set_dataset(dataset, spec, **kwargs)
        return True

    def set_spec(self, spec: NetworkSpec, params=None) -> bool:
        """A new design: a fresh network (with ``params``, e.g. a loaded model's weights, if given).
        The input size is made to fit the data (its columns plus the design's input features, which
        only 2-D data keeps)."""
        spec = fit_input_layer(spec, self._dataset)
        try:  # build first: if the design is too big for memory, nothing changes
            network = spec.build(seed=self._config.seed, dtype=self.dtype)
        except MemoryError:
            self.message.emit("error", arg(SessionText.tr("There is not enough memory for a network with %1 "
                                                          "parameters. The current network is unchanged."),
                                           format_int(spec.num_params)))
            return False
        self._spec = spec
        self.spec_changed.emit()
        self._new_network(params, network)
        return True

    def set_config(self, config: TrainingConfig) -> None:
        if config != self._config:
            self._config = config
            self.config_changed.emit()

    def set_learning_rate(self, lr: float) -> None:
        self.set_config(replace(self._config, learning_rate=float(lr)))

    def reset_network(self) -> None:
        """Fresh weights (from the seed), history cleared."""
        self._new_network()

    # ---- from the training side ------------------------------------------------------------------
    def apply_snapshot(self, snap: Snapshot) -> bool:
        """Take a snapshot from the worker. Snapshots of an older network are ignored."""
        if snap.network_id != self.network_id:
            return False
        self.snapshot = snap
        if len(snap.epochs):
            self.history.extend(snap.epochs)
            self.history_changed.emit()
        self.snapshot_changed.emit(snap)
        if self._display is None or self._display_live:
            self._display, self._display_live = snap, True
            self.display_changed.emit(snap)
        return True

    # ---- what the views draw: the live network, or an earlier epoch --------------------------
    _display_live = True

    @property
    def display(self) -> Snapshot | None:
        """The Snapshot every view draws (weights, boundary, evaluation, epoch): the latest from
        the worker while live, else the one ``show_snapshot`` set. Views never read the live
        network's arrays."""
        return self._display

    @property
    def is_live(self) -> bool:
        """Do the views follow training (True), or show an earlier epoch (False)?"""
        return self._display_live

    def show_snapshot(self, snap: Snapshot) -> None:
        """Make every view draw ``snap`` (an earlier epoch, for rewinding) until ``show_live``."""
        if snap.network_id != self.network_id:
            return
        self._display, self._display_live = snap, False
        self.display_changed.emit(snap)

    def show_live(self) -> None:
        """Views follow training again (from the latest snapshot)."""
        self._display_live = True
        if self.snapshot is not None and self._display is not self.snapshot:
            self._display = self.snapshot
            self.display_changed.emit(self.snapshot)

    # ---- the example the backprop view traces ------------------------------------------------------
    def select_example(self, example: "ExampleRef | None") -> None:
        """Make ``example`` the one traced (a truth-table row, a point, a test digit, a drawing);
        every place that can pick one highlights it (``example_selected``)."""
        if example != self.example:
            self.example = example
            self.example_selected.emit(example)

    # ---- the weight picked for the gradient check, and what the views ask the worker for ----------
    def select_weight(self, weight: "WeightRef | None", show_check: bool = True) -> None:
        """A view picked ``weight`` (a link in a diagram, a cell of a heatmap); ``show_check``: open
        its gradient check."""
        self.selected_weight = weight
        self.weight_selected.emit(weight, bool(show_check))

    def request_extras(self, owner: str, extras) -> None:
        """``owner`` (a view's name) needs these snapshot extras (``snapshot.EXTRAS``) from now on;
        an empty set withdraws its request. The worker adds only what some view asks for."""
        wanted = frozenset(extras)
        unknown = wanted - set(EXTRAS)
        if unknown:
            raise ValueError(f"unknown snapshot extras {sorted(unknown)}: choose from {', '.join(EXTRAS)}")
        before = self.extras
        if wanted:
            self._extras[owner] = wanted
        else:
            self._extras.pop(owner, None)
        if self.extras != before:
            self.extras_changed.emit()

    @property
    def extras(self) -> frozenset:
        """Every snapshot extra some view asks for now."""
        return frozenset().union(*self._extras.values())

    def truncate_history(self, epoch: int) -> None:
        """Forget the epochs after ``epoch``, and their rewind entries (training goes on from there)."""
        self.history.truncate(epoch)
        self.rewind.truncate(epoch)
        self.history_changed.emit()
        self.rewind_changed.emit()

    # ---- pace and rewind ----------------------------------------------------------------------------
    @property
    def pace(self) -> float | None:
        """Epochs per second the worker trains at, or None: full speed (``guiapp.state.pace``). Each
        size of data keeps its own: small data starts at a watchable pace, large data at full speed."""
        cls = size_class(self._dataset.n_train)
        return self._paces[cls] if cls in self._paces else default_pace(self._dataset.n_train)

    def set_pace(self, pace: float | None) -> None:
        """Train at ``pace`` epochs per second (None: full speed) from the next epoch on, also mid-run."""
        pace, before = check_pace(pace), self.pace
        self._paces[size_class(self._dataset.n_train)] = pace
        if pace != before:
            self.pace_changed.emit()

    def set_rewind(self, store: RewindStore) -> None:
        """Replace the rewind store (e.g. an opened project's, ``RewindStore.from_arrays``)."""
        self.rewind = store
        self.rewind_changed.emit()

    def add_rewind(self, states) -> None:
        """Keep the worker's copies of where training stood (``TrainerState``s at epoch ends)."""
        self.rewind.add(states)
        self.rewind_changed.emit()

    def training_event(self, event: str) -> tuple[str, str]:
        """Move the training state machine by ``event`` (``training_state.START``, ...); tells
        the views when the state changes. Returns ``(before, after)``."""
        before, after = self._training.fire(event)
        if after != before:
            self.state_changed.emit(after)
        return before, after

    def training_job(self) -> TrainingJob:
        """What the worker is to train now: this network, the data, the settings (plain data)."""
        ds, config = self._dataset, self._config
        has_test = ds.kind != "logic" and ds.n_test > 0  # a truth table's test set is the same table
        return TrainingJob(network_id=self.network_id, X_train=ds.X_train, y_train=ds.y_train,
                           X_test=ds.X_test if has_test else None, y_test=ds.y_test if has_test else None,
                           config=config, loss=None if self._spec.loss == "auto" else self._spec.loss,
                           image_shape=ds.image_shape)

    def view_spec(self) -> ViewSpec:
        """What the worker should compute for the current data (made on dataset change; cheap)."""
        ds = self._dataset
        grid = grid_for(np.concatenate([ds.X_train, ds.X_test])) if ds.is_2d else None
        if ds.kind in ("images", "table") and ds.n_test:
            n_eval = min(ds.n_test, 10_000)
            return ViewSpec(grid=grid, X_eval=ds.X_test[:n_eval], y_eval=ds.y_test[:n_eval],
                            n_classes=ds.n_classes, gallery=np.arange(min(GALLERY_SIZE, n_eval)),
                            X_health=health_sample(ds.X_train))
        return ViewSpec(grid=grid, n_classes=ds.n_classes, X_health=health_sample(ds.X_train))
