"""The app's model: the session (dataset, design, network, history) and settings. QtCore only."""
