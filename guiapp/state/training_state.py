"""The training state machine: idle, running, paused or stopped, and what moves between them.

One table says, for every event in every state, which state follows, so a double press, a Step
while running, a Stop while paused, a Reset while running, a diverged run or the epoch limit each
lead to exactly one well-defined state. The controller (``guiapp.workers.training_controller``)
fires the events as commands come in and as the worker reports; the session holds the machine and
tells the views (``Session.state``, ``Session.state_changed``). Plain Python: no Qt.

    idle ─────start────▶ running ◀───start─── paused, stopped
    running ──pause, diverged──▶ paused         idle, running, stopped ──step──▶ paused
    running, paused ──stop, limit, failed──▶ stopped
    any ──new_network──▶ idle                   any ──restored──▶ paused

What each state means for the worker:

    IDLE     a fresh network (new weights, empty history): nothing trained yet
    RUNNING  a run goes on until Pause, Stop, the epoch limit or a failure
    PAUSED   the worker keeps its exact place (epoch and batch); Start resumes there. Step
             epoch / Step batch train one epoch / one minibatch and leave it paused
    STOPPED  the run ended (Stop, the epoch limit, a failure); weights and history stay, and the
             next Start begins a new run (a fresh optimizer, from the start of an epoch)

A restored place (``TrainingController.restore_state``: "continue from here", an opened project)
is PAUSED: Start goes on from exactly there.
"""

from __future__ import annotations

#: Training states, as the views show them.
IDLE, RUNNING, PAUSED, STOPPED = "idle", "running", "paused", "stopped"
STATES = (IDLE, RUNNING, PAUSED, STOPPED)

#: Events. The first four are the student's commands, the others the worker's reports.
START = "start"              # Start or Resume (Space)
PAUSE = "pause"              # Pause (Space while running)
STEP = "step"                # Step epoch or Step batch
STOP = "stop"                # Stop
LIMIT = "limit"              # the run reached the epoch limit
DIVERGED = "diverged"        # the loss became NaN/inf; the last good weights are back
FAILED = "failed"            # the run ended with an error
NEW_NETWORK = "new_network"  # Reset, a new design, new data, a loaded model: fresh weights
RESTORED = "restored"        # training put back at a saved place (continue from here, a project)
EVENTS = (START, PAUSE, STEP, STOP, LIMIT, DIVERGED, FAILED, NEW_NETWORK, RESTORED)

#: TRANSITIONS[event][state] is the state after ``event`` in ``state``. Every pair is listed:
#: an event that changes nothing in some state (Pause while paused, Stop while idle) says so.
TRANSITIONS: dict[str, dict[str, str]] = {
    START:       {IDLE: RUNNING, RUNNING: RUNNING, PAUSED: RUNNING, STOPPED: RUNNING},
    PAUSE:       {IDLE: IDLE,    RUNNING: PAUSED,  PAUSED: PAUSED,  STOPPED: STOPPED},
    STEP:        {IDLE: PAUSED,  RUNNING: PAUSED,  PAUSED: PAUSED,  STOPPED: PAUSED},
    STOP:        {IDLE: IDLE,    RUNNING: STOPPED, PAUSED: STOPPED, STOPPED: STOPPED},
    LIMIT:       {IDLE: IDLE,    RUNNING: STOPPED, PAUSED: STOPPED, STOPPED: STOPPED},
    DIVERGED:    {IDLE: IDLE,    RUNNING: PAUSED,  PAUSED: PAUSED,  STOPPED: STOPPED},
    FAILED:      {IDLE: IDLE,    RUNNING: STOPPED, PAUSED: STOPPED, STOPPED: STOPPED},
    NEW_NETWORK: {IDLE: IDLE,    RUNNING: IDLE,    PAUSED: IDLE,    STOPPED: IDLE},
    RESTORED:    {IDLE: PAUSED,  RUNNING: PAUSED,  PAUSED: PAUSED,  STOPPED: PAUSED},
}


def next_state(state: str, event: str) -> str:
    """The state after ``event`` in ``state`` (KeyError for an unknown state or event)."""
    return TRANSITIONS[event][state]


class TrainingStateMachine:
    """The current training state and its transitions (``TRANSITIONS``)."""

    def __init__(self, state: str = IDLE):
        if state not in STATES:
            raise ValueError(f"unknown training state {state!r}: one of {', '.join(STATES)}")
        self.state = state

    def fire(self, event: str) -> tuple[str, str]:
        """Apply ``event``; returns ``(before, after)``."""
        before = self.state
        self.state = next_state(before, event)
        return before, self.state

    @property
    def is_running(self) -> bool:
        return self.state == RUNNING

    def __repr__(self) -> str:
        return f"TrainingStateMachine({self.state!r})"
