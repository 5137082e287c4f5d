"""Test results for image and table data: the test accuracy, a confusion matrix and a gallery of
test images with the network's guesses.

Everything drawn here arrives precomputed in ``snapshot.evaluation`` (the worker builds it from
the test pass at the end of every epoch, and for a new network), so a new snapshot costs a handful of label texts
and two repaints, and nothing at all when its evaluation is the one already shown or the dock is
hidden (it catches up when shown).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ..data_texts import class_names, dataset_title
from ..i18n.formatting import DASH, arg, format_percent
from ..widgets.confusion_matrix import ConfusionMatrixView
from ..widgets.digit_gallery import DigitGallery, GalleryScrollArea
from ..widgets.example_pickers import GalleryPicker
from ..widgets.plot_menu import PlotMenu
from .base import DockPanel

def _is_digits(names) -> bool:
    return len(names) == 10 and all(n == str(i) for i, n in enumerate(names))


class MnistPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("MnistPanel", "Test results")
    DOCK_NAME = "mnistDock"
    OBJECT_NAME = "mnistPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._shown = None          # the EvaluationView on screen
        self._pending = None        # the latest snapshot with an evaluation, not yet drawn
        self._horizontal: bool | None = None
        self._kind = "digits"   # what the test samples are: "digits", "images" or "samples"

        # ---- accuracy header ----
        title = QLabel(self.tr("Test accuracy"))
        title.setObjectName("accuracyTitleLabel")
        self.accuracy_label = QLabel(DASH)
        self.accuracy_label.setObjectName("testAccuracyLabel")
        self.accuracy_label.setAccessibleName(self.tr("Test accuracy"))
        self.accuracy_label.setToolTip(self.tr("Share of the test set the network gets right. The test data is never "
                                               "trained on, so this shows how well it works on new examples."))
        big = QFont(self.accuracy_label.font())
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.accuracy_label.setFont(big)
        self.accuracy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("accuracyEpochLabel")
        self.epoch_label.setAccessibleName(self.tr("When the accuracy was measured"))
        self.epoch_label.setToolTip(self.tr("The epoch the test accuracy was measured at, and on how many test "
                                            "examples"))
        self.epoch_label.setWordWrap(True)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(title, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addWidget(self.accuracy_label, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addWidget(self.epoch_label, 1, Qt.AlignmentFlag.AlignBaseline)

        # ---- confusion matrix ----
        self.matrix_view = ConfusionMatrixView()
        self.matrix_view.setToolTip(self.tr("Confusion matrix: each row is a true class, each column what the "
                                            "network guessed. The green diagonal counts right answers; red cells are "
                                            "mistakes (the stronger the colour, the larger the share of that true "
                                            "class)."))
        help_text = self.tr("Hover over a cell to see what it counts.")
        self.matrix_hover_label = QLabel(help_text)
        self.matrix_hover_label.setObjectName("confusionHoverLabel")
        self.matrix_hover_label.setAccessibleName(self.tr("The confusion matrix cell under the mouse"))
        self.matrix_hover_label.setToolTip(self.tr("What the cell under the mouse counts"))
        self.matrix_hover_label.setWordWrap(True)
        self.matrix_view.hovered.connect(lambda t: self.matrix_hover_label.setText(t or help_text))
        self.matrix_menu = PlotMenu(self.matrix_view, "confusion-matrix", data=self.matrix_data)
        matrix_title = QLabel(self.tr("Confusion matrix"))
        matrix_title.setObjectName("confusionTitleLabel")
        matrix_box = QVBoxLayout()
        matrix_box.setContentsMargins(0, 0, 0, 0)
        matrix_box.setSpacing(2)
        matrix_box.addWidget(matrix_title)
        matrix_box.addWidget(self.matrix_view, 1)
        matrix_box.addWidget(self.matrix_hover_label)
        self.matrix_host = QWidget()
        self.matrix_host.setLayout(matrix_box)

        # ---- gallery ----
        self.gallery = DigitGallery()
        self.gallery.setToolTip("")
        self.gallery_scroll = GalleryScrollArea(self.gallery)
        self.gallery_menu = PlotMenu(self.gallery, "test-guesses", data=self.gallery.plotted_data)
        self.gallery_picker = GalleryPicker(self.gallery, session, lambda: session.view_spec().gallery)
        self.gallery_title = QLabel()
        self.gallery_title.setObjectName("galleryTitleLabel")
        self.gallery_title.setWordWrap(True)
        gallery_box = QVBoxLayout()
        gallery_box.setContentsMargins(0, 0, 0, 0)
        gallery_box.setSpacing(2)
        gallery_box.addWidget(self.gallery_title)
        gallery_box.addWidget(self.gallery_scroll, 1)
        self.gallery_host = QWidget()
        self.gallery_host.setLayout(gallery_box)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        self.body.addWidget(self.matrix_host, 2)
        self.body.addWidget(self.gallery_host, 3)

        results = QWidget()
        results.setObjectName("resultsPage")
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(6)
        results_layout.addLayout(header)
        results_layout.addLayout(self.body, 1)
        self.results_page = results

        self.note_label = QLabel()
        self.note_label.setObjectName("mnistNoteLabel")
        self.note_label.setAccessibleName(self.tr("Test results are not available for this data"))
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.setObjectName("mnistStack")
        self.stack.addWidget(self.note_label)
        self.stack.addWidget(results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        session.dataset_changed.connect(self._on_dataset_changed)
        session.network_changed.connect(self._on_network_changed)
        session.display_changed.connect(self._on_snapshot)
        self._on_dataset_changed()

    # ---- layout ------------------------------------------------------------------------------------
    def _arrange(self) -> None:
        """Matrix beside the gallery in a wide dock, above it in a tall one."""
        horizontal = self.width() >= 1.2 * max(self.height(), 1)
        if horizontal != self._horizontal:
            self._horizontal = horizontal
            self.body.setDirection(QBoxLayout.Direction.LeftToRight if horizontal
                                   else QBoxLayout.Direction.TopToBottom)
        # The matrix is square: beside the gallery it needs little more width than height; the
        # gallery gets the rest. Above the gallery it may use the full width.
        if horizontal:
            self.matrix_host.setMaximumWidth(max(220, int(0.95 * self.height())))
        else:
            self.matrix_host.setMaximumWidth(16777215)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # ---- from the session --------------------------------------------------------------------------
    def available(self) -> bool:
        ds = self.session.dataset
        return ds.kind in ("images", "table") and ds.n_test > 0

    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        self._shown = self._pending = None
        if not self.available():
            self.note_label.setText(arg(self.tr(
                "<p style='font-size:12pt'>Test results show here for <b>images</b> (like MNIST) and "
                "<b>tables</b>.</p><p>For them you get the accuracy on test data the network never trained on, a "
                "confusion matrix of which classes it mixes up, and the test images with its guesses.</p><p>The "
                "current data, <i>%1</i>, is drawn in the other panels.</p>"), html.escape(dataset_title(ds))))
            self.stack.setCurrentWidget(self.note_label)
            self.gallery.set_images(None, [], ())
            return
        self.stack.setCurrentWidget(self.results_page)
        if ds.kind == "images":
            self._kind = "digits" if _is_digits(ds.class_names) else "images"
        else:
            self._kind = "samples"
        names = class_names(ds)
        self.matrix_view.set_classes(names, self._kind)
        self.matrix_hover_label.setText(self.tr("Hover over a cell to see what it counts."))
        has_images = ds.kind == "images" and ds.image_shape is not None
        self.gallery_host.setVisible(has_images)
        if has_images:
            idx = self.session.view_spec().gallery
            idx = np.arange(0) if idx is None else idx
            images = ds.X_test[idx].reshape(len(idx), *ds.image_shape)
            self.gallery.set_images(images, ds.y_test[idx], names, kind=self._kind)
            digits = self._kind == "digits"
            self.gallery_title.setText(
                self.tr("The first %Ln test digit(s) and the network's guesses", "", len(idx)) if digits
                else self.tr("The first %Ln test image(s) and the network's guesses", "", len(idx)))
            self.gallery_title.setToolTip(arg(
                self.tr("Wrong guesses have a red frame and show the true answer: “%1”. Hover over a digit for "
                        "details.") if digits else
                self.tr("Wrong guesses have a red frame and show the true answer: “%1”. Hover over an image for "
                        "details."), self.gallery.wrong_example()))
            self.gallery_scroll.refit()
        else:
            self.gallery.set_images(None, [], names)
        self._show_nothing()
        snap = self.session.display
        if snap is not None and snap.evaluation is not None:
            self._on_snapshot(snap)

    @Slot()
    def _on_network_changed(self) -> None:
        self._shown = self._pending = None
        if self.available():
            self._show_nothing()

    def _show_nothing(self) -> None:
        self.accuracy_label.setText(DASH)
        n = min(self.session.dataset.n_test, 10_000)
        self.epoch_label.setText({"digits": self.tr("not measured yet (test digits: %Ln)", "", n),
                                  "images": self.tr("not measured yet (test images: %Ln)", "", n)}.get(
            self._kind, self.tr("not measured yet (test samples: %Ln)", "", n)))
        self.matrix_view.set_matrix(None)
        self.gallery.set_guesses(None, None)

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        ev = snap.evaluation
        if ev is None or ev is self._shown or not self.available():
            return
        self._pending = snap
        self.request_redraw()

    def redraw(self) -> None:
        """Draw the latest evaluation that arrived (nothing if it is the one on screen)."""
        snap, self._pending = self._pending, None
        if snap is None:
            return
        ev = snap.evaluation
        if snap.network_id != self.session.network_id:
            return
        k = len(self.matrix_view.class_names())
        if ev.confusion.shape != (k, k):
            return
        self._shown = ev
        n = int(ev.confusion.sum())
        self.accuracy_label.setText(format_percent(ev.accuracy))
        if ev.epoch == 0 and ev.batch == 0:
            when = self.tr("untrained network")
        elif ev.batch == 0:
            when = arg(self.tr("after epoch %1"), ev.epoch)
        else:
            when = arg(self.tr("during epoch %1"), ev.epoch + 1)
        chance = format_percent(1.0 / max(k, 1), decimals=0)
        if self._kind == "digits":
            text = self.tr("%1 · on %Ln test digit(s) · guessing would get %2", "", n)
        elif self._kind == "images":
            text = self.tr("%1 · on %Ln test image(s) · guessing would get %2", "", n)
        else:
            text = self.tr("%1 · on %Ln test sample(s) · guessing would get %2", "", n)
        self.epoch_label.setText(arg(text, when, chance))
        self.matrix_view.set_matrix(ev.confusion)
        if self.gallery.count():
            self.gallery.set_guesses(ev.gallery_pred, ev.gallery_prob)
            wrong = sum(self.gallery.is_wrong(i) for i in range(self.gallery.count()))
            count = self.gallery.count()
            text = (self.tr("The first %Ln test digit(s): %1 wrong", "", count) if self._kind == "digits"
                    else self.tr("The first %Ln test image(s): %1 wrong", "", count))
            self.gallery_title.setText(arg(text, wrong))

    def matrix_data(self):
        """(header, rows) of the confusion matrix: one row per true class, one column per guess."""
        m = self.matrix_view.matrix()
        if m is None:
            return None
        names = self.matrix_view.class_names()
        return [self.tr("true \\ predicted"), *names], [(names[i], *m[i].tolist()) for i in range(len(names))]

    # ---- for tests and tools ---------------------------------------------------------------------
    def shown_evaluation(self):
        """The EvaluationView on screen (None before the first one)."""
        return self._shown
