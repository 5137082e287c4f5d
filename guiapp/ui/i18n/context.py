"""``TrContext`` (translating outside QObjects, plural forms included) lives in
``guiapp.state.tr_context`` so that state/ and workers/ (QtCore only) can use it too; the UI
imports it from here or from ``guiapp.ui.i18n``."""

from __future__ import annotations

from ...state.tr_context import TrContext

__all__ = ["TrContext"]
