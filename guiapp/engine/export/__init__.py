"""Export a trained network as a script a student can run without Backprop Lab: plain NumPy
(``predict(X)``, the tutorials' style) or PyTorch (``build_model()`` and a training loop with the
app's loss, optimizer and settings). No Qt; PyTorch is needed only by the exported script.

    from guiapp.engine.export import ExportInfo, export_model
    export_model(net, "xor.py", to="numpy", info=ExportInfo(data="XOR truth table", epochs=2000))
"""

from .common import EMBED_LIMIT, ExportData, ExportError, ExportInfo
from .numpy_script import numpy_script
from .torch_script import pytorch_script
from .writer import FORMATS, export_model

__all__ = ["EMBED_LIMIT", "ExportData", "ExportError", "ExportInfo", "FORMATS", "export_model", "numpy_script",
           "pytorch_script"]
