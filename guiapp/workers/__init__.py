"""Where the engine meets threads: the training worker and the controller that owns its thread.
QtCore only (no widgets)."""
