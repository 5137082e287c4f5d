"""The engine is plain NumPy: importing and using it loads no Qt and no pyqtgraph."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import numpy as np
import guiapp.engine as engine
net = engine.MLP([2, 3, 1], ["tanh", "sigmoid"], seed=0)
list(engine.train(net, np.eye(2), [0, 1], epochs=2))
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"))
print(",".join(bad))
"""


def test_engine_imports_no_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "", f"the engine pulled in: {out.stdout.strip()}"
