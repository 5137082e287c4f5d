"""Widgets and pyqtgraph views. The only package that imports QtWidgets or pyqtgraph."""
