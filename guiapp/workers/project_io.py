"""A session copied out as a project, and a project put back into a session.

    capture_project(session, controller, on_done, view=..., document=...)
        # a copy taken between two minibatches, without stopping training; ``on_done(draft)`` runs
        # on the GUI thread with a ProjectDraft; ``draft.finish()`` (any thread) gives the Project
    prepare_project(path, cancel=..., progress=...)
        # any thread: read and check the file, load its data, and try the whole thing on a
        # throwaway network and Trainer; raises ProjectError/ArchiveError, changes nothing
    apply_project(session, controller, prepared)
        # GUI thread: the session becomes the project (data, design, settings, weights,
        # optimizer state, counters, history, rewind store); training is paused there

Splitting open into "prepare" (everything that can fail) and "apply" (only what cannot) is how
a damaged file changes nothing.

The copy of where training stands comes from the worker (``TrainingController.capture_state``);
the history comes from the session. While training runs, the session's history may still lack
epochs the worker has finished (they come with its next snapshot), so a capture waits for the
history to reach the copied epoch (or for the worker to have nothing left to send) and keeps
the rows up to that epoch: the file's history always ends where its weights are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Slot

from ..data.dataset import Dataset
from ..engine.network import MLP
from ..engine.output_rules import check_output_and_loss
from ..engine.specs import NetworkSpec, TrainingConfig
from ..engine.trainer_state import TrainerState
from ..state.dataset_spec import DatasetSpec
from ..state.formatting import arg, format_int
from ..state.project import Project, now_iso, read_project
from ..state.project_data import ProjectError, data_source_for, is_builtin, load_source
from ..state.rewind import RewindStore
from ..state.rewind_files import entries_folder, read_rewind_files
from ..state.snapshot import EPOCH_COLUMNS
from ..state.tr_context import TrContext
from ..state.training_job import TrainingJob
from .trainer_builder import update_trainer

ProjectText = TrContext("ProjectText")


# ---- copying out ----------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class ProjectDraft:
    """A session's parts as copied on the GUI thread; ``finish()`` turns them into a Project (it
    may compute file checksums, so writers call it on their own thread)."""

    dataset_spec: DatasetSpec
    dataset: Dataset
    spec: NetworkSpec
    config: TrainingConfig
    dtype: str
    trainer: TrainerState
    history: np.ndarray
    view: dict = field(default_factory=dict)
    rewind: RewindStore | None = None   # the rewind entries up to ``trainer.epoch`` (shared, never changed)
    document: str = ""
    saved_at: str = ""
    generation: int = 0     # the document's change count when copied (ProjectDocument)

    @property
    def nbytes(self) -> int:
        """About how many bytes of arrays the project holds (large ones are written off the GUI thread)."""
        total = self.trainer.nbytes + self.history.nbytes
        if not is_builtin(self.dataset_spec):  # (maybe) embedded, or checksummed
            total += sum(getattr(self.dataset, n).nbytes for n in ("X_train", "y_train", "X_test", "y_test"))
        if self.rewind is not None:
            total += self.rewind.nbytes
        return total

    def finish(self, *, rewind_files: dict | None = None) -> Project:
        """The Project, its rewind store inside, or (an autosave) ``rewind_files`` naming the
        entry files already written (``RewindFileWriter.sync``) instead."""
        inside = self.rewind is not None and rewind_files is None
        return Project(data=data_source_for(self.dataset_spec, self.dataset), spec=self.spec, config=self.config,
                       dtype=self.dtype, trainer=self.trainer, history=self.history, view=self.view,
                       rewind=self.rewind.to_arrays() if inside else None, rewind_files=rewind_files,
                       saved_at=self.saved_at or now_iso(), document=self.document)


def history_rows(history, up_to_epoch: int) -> np.ndarray:
    """The session history's rows of epochs ≤ ``up_to_epoch``, as a (m, 6) float64 copy."""
    n = len(history)
    if not n:
        return np.zeros((0, len(EPOCH_COLUMNS)))
    rows = np.column_stack([history.column(c) for c in EPOCH_COLUMNS])
    return rows[rows[:, 0] <= up_to_epoch].copy()


def rewind_export(session, up_to_epoch: int) -> RewindStore | None:
    """The rewind store's entries up to ``up_to_epoch`` (the epoch being saved) as a store of their
    own (the entries are shared: cheap on the GUI thread; ``ProjectDraft.finish`` stacks them into
    arrays on the writer's thread), or None when it keeps nothing."""
    store = session.rewind.copy_until(up_to_epoch)
    return store if len(store) else None


class ProjectCapture(QObject):
    """One copy of the session in progress (see ``capture_project``)."""

    def __init__(self, session, controller, on_done, on_failed=None, *, view=None, document: str = "",
                 generation: int = 0):
        super().__init__(session)
        self.session, self.controller = session, controller
        self._on_done, self._on_failed = on_done, on_failed
        self._view, self._document, self._generation = view or {}, document, generation
        self._network_id = session.network_id
        self._state: TrainerState | None = None
        self.finished = False
        session.network_changed.connect(self._abandon)
        session.snapshot_changed.connect(self._check)
        controller.capture_state(self._got_state)

    def _got_state(self, state: TrainerState) -> None:
        self._state = state
        self._check()

    @Slot()
    def _check(self, *_args) -> None:
        state = self._state
        if self.finished or state is None:
            return
        h = self.session.history
        caught_up = (len(h) and h.last_epoch >= state.epoch) or (not len(h) and state.epoch == 0)
        if not caught_up and self.controller.worker_busy:
            return  # the rows of the copied epoch come with a coming snapshot
        s = self.session
        draft = ProjectDraft(dataset_spec=s.dataset_spec, dataset=s.dataset, spec=s.spec, config=s.config,
                             dtype=np.dtype(s.dtype).name, trainer=state, history=history_rows(h, state.epoch),
                             view=self._view, rewind=rewind_export(s, state.epoch), document=self._document,
                             saved_at=now_iso(), generation=self._generation)
        self._end()
        self._on_done(draft)

    @Slot()
    def _abandon(self) -> None:
        if self.finished:
            return
        self._end()
        if self._on_failed is not None:
            self._on_failed("the network changed while it was being copied")

    def _end(self) -> None:
        self.finished = True
        self.session.network_changed.disconnect(self._abandon)
        self.session.snapshot_changed.disconnect(self._check)
        self.deleteLater()


def capture_project(session, controller, on_done, on_failed=None, *, view=None, document: str = "",
                    generation: int = 0) -> ProjectCapture:
    """Copy the session as a ``ProjectDraft``, handed to ``on_done(draft)`` on the GUI thread
    (``on_failed(reason)`` if the network changes first). Training is not interrupted."""
    return ProjectCapture(session, controller, on_done, on_failed, view=view, document=document,
                          generation=generation)


# ---- opening ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class PreparedProject:
    """A project read, checked and ready to apply: its data loaded, its network built."""

    path: Path
    project: Project
    dataset: Dataset
    network: MLP
    rewind: RewindStore | None = None   # the file's rewind entries (up to its epoch), or None
    rewind_problem: str = ""            # why none of them could be restored ("": none or all were)
    rewind_lost: tuple[int | None, ...] = ()   # epochs of the entries that could not be (None: not known)


def job_for(dataset: Dataset, spec: NetworkSpec, config: TrainingConfig) -> TrainingJob:
    """The TrainingJob the session would make for this data, design and settings (``Session.training_job``)."""
    has_test = dataset.kind != "logic" and dataset.n_test > 0
    return TrainingJob(network_id=0, X_train=dataset.X_train, y_train=dataset.y_train,
                       X_test=dataset.X_test if has_test else None, y_test=dataset.y_test if has_test else None,
                       config=config, loss=None if spec.loss == "auto" else spec.loss, image_shape=dataset.image_shape)


def network_dtype(dataset: Dataset):
    """The dtype the session trains this data in (``Session.dtype``)."""
    return np.float32 if dataset.kind == "images" or dataset.n_train > 20_000 else np.float64


def check_fit(project: Project, dataset: Dataset, file: str) -> MLP:
    """Raise ProjectError unless the project's design, weights and place in training fit its data;
    returns its network (the file's weights) built on the way."""
    spec = project.spec

    def misfit(reason: str) -> ProjectError:
        return ProjectError(f"{file} does not fit together: {reason}", code="project_misfit", file=file,
                            reason=reason)

    if spec.layer_sizes[0] != dataset.n_features:
        raise misfit(f"the network takes {spec.layer_sizes[0]:,} inputs but its data ({dataset.name}) has "
                     f"{dataset.n_features:,}")
    try:
        check_output_and_loss(spec.resolved_loss, spec.activations[-1], spec.layer_sizes[-1])
    except ValueError as exc:
        raise misfit(str(exc)) from exc
    order = project.trainer.order
    if order is not None and (order.size != dataset.n_train or (order.size and (order.min() < 0
                                                                              or order.max() >= dataset.n_train))):
        raise misfit("the saved order of the training samples does not fit the data")
    net = spec.build(seed=0, dtype=network_dtype(dataset))
    net.flat_params[...] = project.trainer.params
    try:  # a dry run: what the worker will do with it, on throwaway copies
        trainer = update_trainer(None, None, job_for(dataset, spec, project.config), net.clone(), fresh=True)
        trainer.restore_state(project.trainer)
    except (ValueError, TypeError, KeyError) as exc:
        raise misfit(f"training cannot go on from the saved place ({exc})") from exc
    return net


def prepare_project(path, *, cancel=None, progress=None) -> PreparedProject:
    """Read ``path``, load its data and check that everything fits (any thread). Raises
    ArchiveError or ProjectError (with the file's name); changes nothing."""
    path = Path(path)
    project = read_project(path)
    dataset = load_source(project.data, path.name, cancel=cancel, progress=progress)
    network = check_fit(project, dataset, path.name)
    rewind, problem, lost = load_rewind(project, path)
    return PreparedProject(path, project, dataset, network, rewind, problem, lost)


def load_rewind(project: Project, path: Path) -> tuple[RewindStore | None, str, tuple[int | None, ...]]:
    """The project's rewind store, from inside the file or (an autosave) the entry files beside it,
    cut at its epoch; why none could be restored ("" if that is not so); the epochs of entries
    that could not be. A damaged rewind part never stops the project from opening: it only
    rewinds less."""
    store, lost = None, ()
    try:
        if project.rewind is not None:
            store = RewindStore.from_arrays(*project.rewind, n_params=project.spec.num_params)
        elif project.rewind_files is not None:
            store, problems = read_rewind_files(project.rewind_files, entries_folder(path), project.spec)
            lost = tuple(p.epoch for p in problems if p.epoch is None or p.epoch <= project.trainer.epoch)
    except (ValueError, TypeError, KeyError) as exc:
        return None, str(exc), ()
    if store is not None:
        store.truncate(project.trainer.epoch)
        if not len(store):
            store = None
    return store, "", lost


def apply_project(session, controller, prepared: PreparedProject) -> bool:
    """Make the session what ``prepared`` holds (GUI thread). Returns False if a step refused
    (only memory can make it: everything else was checked by ``prepare_project``)."""
    p = prepared.project
    controller.stop()
    session.set_dataset(prepared.dataset, p.data.spec, use_preset=False)
    session.set_config(p.config)
    if not session.set_spec(p.spec, params=prepared.network.params):
        return False
    if len(p.history):
        session.history.extend(p.history)
        session.history_changed.emit()
    trainer = p.trainer
    if trainer.epoch or trainer.batch or trainer.steps or trainer.optimizer is not None:
        controller.restore_state(trainer)
    # the rest is in place: say what is missing
    if prepared.rewind_problem:
        session.message.emit("warning", arg(ProjectText.tr("The earlier epochs kept for rewinding could not be "
                                                           "restored (%1); everything else was."),
                                            prepared.rewind_problem))
    elif prepared.rewind_lost:
        session.message.emit("warning", lost_epochs_text(prepared.rewind_lost, prepared.rewind is not None))
    if prepared.rewind is not None:
        session.set_rewind(prepared.rewind)
    return True


def lost_epochs_text(lost: tuple[int | None, ...], others: bool) -> str:
    """What a restore says of rewind entries it could not read (translated): "2 of the epochs kept
    for rewinding could not be restored (epochs 12, 40); the others and everything else were."
    ``others``: some entries were restored."""
    epochs = sorted(e for e in lost if e is not None)
    shown = ", ".join(format_int(e) for e in epochs[:8]) + (" …" if len(epochs) > 8 else "")
    if not others:
        return ProjectText.tr("The %n epoch(s) kept for rewinding could not be restored; everything else was.", "",
                              len(lost))
    if not epochs:
        return ProjectText.tr("%n of the epochs kept for rewinding could not be restored; the others and "
                              "everything else were.", "", len(lost))
    return arg(ProjectText.tr("%n of the epochs kept for rewinding could not be restored (epoch(s) %1); the "
                              "others and everything else were.", "", len(lost)), shown)
