"""Backprop Lab: build a neural network and watch it learn.

Importing ``guiapp`` loads no Qt; the engine lives in :mod:`guiapp.engine`.
"""

__version__ = "0.1.0"
APP_NAME = "Backprop Lab"
ORG_NAME = "Backprop Lab"
