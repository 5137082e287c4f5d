"""The sentence for every error code raised below the UI (engine, data, state, bounded_read):
``TEMPLATES[code](details)`` returns the translated template, with the details as ``{name}``
(``guiapp.ui.error_text.describe`` fills them in). A code with several shapes of details (a
file's size known or not, weights or biases) picks its sentence from the details it has.

Plural forms: one ``%Ln`` per sentence (``ErrorText.tr(text, "", n)``); a second number goes in a
colon construction («Классов в данных: 10.»), as the glossary says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .i18n.context import TrContext

ErrorText = TrContext("ErrorText")

Template = Callable[[Mapping], str]


# ---- the network's design (engine.output_rules) ----------------------------------------------------
def _loss_needs_activation(d: Mapping) -> str:
    if d.get("loss") == "bce":
        return ErrorText.tr("Binary cross-entropy needs sigmoid outputs (values between 0 and 1), but the output "
                            "layer is {activation}. Choose the sigmoid output, or another loss.")
    if d.get("loss") == "cross_entropy":
        return ErrorText.tr("Cross-entropy needs a softmax output layer (probabilities that add up to 1), but the "
                            "output layer is {activation}. Choose the softmax output, or another loss.")
    return ErrorText.tr("The loss “{loss}” needs a {needed} output layer, but the output layer is {activation}.")


_DESIGN: dict[str, Template] = {
    "loss_needs_activation": _loss_needs_activation,
    "softmax_needs_two": lambda d: ErrorText.tr(
        "A softmax output needs at least two neurons: over a single neuron it always outputs 1."),
    "outputs_for_classes": lambda d: ErrorText.tr(
        "The data has {n_classes} classes: with a {activation} output that takes %Ln output neuron(s), "
        "but the output layer has {n_outputs}.", "", int(d["needed"])),
    "trace_input_size": lambda d: ErrorText.tr(
        "The example has {got} values, but the network takes %Ln input(s).", "", int(d["expected"])),
    "trace_target": lambda d: ErrorText.tr(
        "The target “{target}” does not fit the network's %Ln output neuron(s).", "", int(d["n_outputs"])),
    "unknown_input_feature": lambda d: ErrorText.tr(
        "There is no input feature “{feature}”: the features are x1², x2², x1·x2, sin x1 and sin x2."),
    "input_features_need_2d": lambda d: ErrorText.tr(
        "Input features are computed from two columns (x1 and x2), but the data has {columns}."),
    "model_design_mismatch": lambda d: ErrorText.tr(
        "{file} was not saved: the design given does not describe the network (its layers or input features "
        "differ)."),
}


# ---- model files (engine.serialization, state.saved_files) -------------------------------------------
def _model_not_finite(d: Mapping) -> str:
    if d.get("what") == "biases":
        return ErrorText.tr("{file}: {count} of the {size} biases of layer {layer} are NaN or infinite; a network "
                            "with such values predicts nothing.")
    return ErrorText.tr("{file}: {count} of the {size} weights of layer {layer} are NaN or infinite; a network "
                        "with such values predicts nothing.")


def _model_shapes(d: Mapping) -> str:
    if "param" in d:
        return ErrorText.tr("{file} is not a usable model file: parameter {param} has the shape {shape}, but the "
                            "design needs {needed}.")
    return ErrorText.tr("{file} is not a usable model file: the design needs {needed} weight arrays, the file has "
                        "{found}.")


_MODELS: dict[str, Template] = {
    "model_missing": lambda d: ErrorText.tr("There is no model file {file}."),
    "model_not_a_model": lambda d: ErrorText.tr("{file} is not a Backprop Lab model file."),
    "model_damaged": lambda d: ErrorText.tr("{file} is damaged: its header cannot be read."),
    "model_bad_design": lambda d: ErrorText.tr("{file} is not a usable model file: the network design in it is not "
                                               "valid."),
    "model_bad_dtype": lambda d: ErrorText.tr("{file} is not a usable model file: its weights are not stored as "
                                              "numbers Backprop Lab reads."),
    "model_shapes": _model_shapes,
    "model_too_big": lambda d: ErrorText.tr("{file}: the network has {params} parameters; at most {limit} can be "
                                            "loaded."),
    "model_not_finite": _model_not_finite,
    "not_a_model_file": lambda d: ErrorText.tr("{file} is not a usable Backprop Lab model file."),
    "file_missing": lambda d: ErrorText.tr("There is no file {file}."),
    "not_a_file": lambda d: ErrorText.tr("{file} is a folder, not a model file."),
    "file_unreadable": lambda d: ErrorText.tr("{file} cannot be read: {reason}."),
}


# ---- exported scripts (engine.export) ---------------------------------------------------------------
_EXPORT: dict[str, Template] = {
    "export_not_finite": lambda d: ErrorText.tr("The network cannot be exported: parameter {parameter} holds a "
                                                "value that is not a number (NaN or infinity)."),
    "export_write_failed": lambda d: ErrorText.tr("Could not write {file}: {reason}."),
    "export_unknown_format": lambda d: ErrorText.tr("“{format}” is not an export format Backprop Lab knows."),
    "export_no_folder": lambda d: ErrorText.tr("Could not write {file}: its folder does not exist."),
    "export_failed": lambda d: ErrorText.tr("The network could not be exported."),
}


# ---- IDX / MNIST files and .npz archives (data.idx, data.mnist, bounded_read) -------------------------
def _idx_too_long(d: Mapping) -> str:
    if d.get("at_least"):
        return ErrorText.tr("{file} is too long: after the {expected} bytes its header promises come at least "
                            "{extra} more. The file is damaged.")
    return ErrorText.tr("{file} is too long: after the {expected} bytes its header promises come {extra} more. "
                        "The file is damaged.")


def _too_big(d: Mapping) -> str:
    if "rows" in d:
        return ErrorText.tr("{file} is too big: more than {rows} rows of {columns} columns; at most {limit} cells "
                            "can be loaded.")
    return ErrorText.tr("{file} is too big: it declares {values} values; at most {limit} can be loaded (the file "
                        "is damaged, or far larger than MNIST).")


_IDX: dict[str, Template] = {
    "idx_too_short": lambda d: ErrorText.tr("{file} is too short to be an IDX file (only {found} bytes)."),
    "idx_bad_magic": lambda d: ErrorText.tr("{file} is not an IDX file: it must start with the bytes 00 00, it "
                                            "starts with {found}."),
    "idx_bad_type": lambda d: ErrorText.tr("{file}: the IDX data type {type_code} is unknown."),
    "idx_no_dims": lambda d: ErrorText.tr("{file}: the IDX header says the array has no dimensions."),
    "idx_header_cut": lambda d: ErrorText.tr("{file}: the IDX header is cut short: it needs {needed} bytes of "
                                             "sizes, the file has {found}."),
    "idx_truncated": lambda d: ErrorText.tr("{file} is cut short: its header promises {expected} bytes, the file "
                                            "has {found}."),
    "idx_too_long": _idx_too_long,
    "too_big": _too_big,
    "gzip_damaged": lambda d: ErrorText.tr("{file}: the compressed (.gz) data is damaged or cut short."),
    "mnist_format": lambda d: ErrorText.tr("The file is not valid MNIST data."),
    "mnist_pixel_range": lambda d: ErrorText.tr("{file}: pixels must lie between 0 and 1; the file has values from "
                                                "{low} to {high}."),
    "mnist_pixel_type": lambda d: ErrorText.tr("{file}: images must be bytes (0 to 255) or numbers between 0 and "
                                               "1, not {dtype}."),
    "mnist_image_shape": lambda d: ErrorText.tr("{file}: images must be a stack of pictures (count, rows, "
                                                "columns); the file holds an array of shape {shape}."),
    "mnist_label_shape": lambda d: ErrorText.tr("{file}: labels must be a list of numbers; the file holds an array "
                                                "of shape {shape}."),
    "mnist_count_mismatch": lambda d: ErrorText.tr("{images_file} has {images} images but {labels_file} has "
                                                   "{labels} labels; they must match (are the two files from the "
                                                   "same set?)."),
    "mnist_label_type": lambda d: ErrorText.tr("{file}: labels must be whole numbers, not {dtype}."),
    "mnist_label_range": lambda d: ErrorText.tr("{file}: labels must be 0 to {max_label}; the file has labels from "
                                                "{low} to {high}."),
    "mnist_files_missing": lambda d: ErrorText.tr("{folder}: the four MNIST files are not all there. Expected "
                                                  "{wanted}."),
    "mnist_sizes_differ": lambda d: ErrorText.tr("{file}: the training images are {train} pixels but the test "
                                                 "images are {test}."),
    "npz_single_array": lambda d: ErrorText.tr("{file} is a single .npy array; expected an .npz archive."),
    "npz_not_zip": lambda d: ErrorText.tr("{file} is not a readable .npz file."),
    "npz_member_not_npy": lambda d: ErrorText.tr("{file}: “{member}” inside the .npz is not a NumPy array."),
    "npz_member_damaged": lambda d: ErrorText.tr("{file}: “{member}” inside the .npz is damaged."),
    "npz_member_size": lambda d: ErrorText.tr("{file}: “{member}” declares {declared} bytes of values but holds "
                                              "{found}; the file is damaged."),
    "npz_pickle": lambda d: ErrorText.tr("{file}: “{member}” holds Python objects (pickles), which are never "
                                         "loaded because they can run code; expected plain number arrays."),
    "npz_missing": lambda d: ErrorText.tr("{file}: “{missing}” is missing (the file has: {found})."),
}


# ---- CSV tables (data.csv_dialect, data.csv_table) ---------------------------------------------------
def _csv_too_wide(d: Mapping) -> str:
    if "row" in d:
        return ErrorText.tr("{file}: row {row} has {columns} fields; at most {limit} columns are supported.")
    return ErrorText.tr("{file}: the first row has {columns} columns; at most {limit} are supported (is this "
                        "really a table of examples, one per row?).")


def _csv_no_label_column(d: Mapping) -> str:
    if "columns" in d:
        return ErrorText.tr("{file}: there is no column {column}; the file has {columns} columns.")
    return ErrorText.tr("{file}: there is no column named “{column}”.")


_CSV: dict[str, Template] = {
    "csv_format": lambda d: ErrorText.tr("The file cannot be read as a CSV table."),
    "csv_empty": lambda d: ErrorText.tr("{file} is empty."),
    "csv_not_utf8": lambda d: ErrorText.tr("{file} is not a UTF-8 text file: save it as “CSV UTF-8”."),
    "csv_too_wide": _csv_too_wide,
    "csv_syntax": lambda d: ErrorText.tr("{file}: row {row} cannot be read as CSV (a quote that never closes, or "
                                         "a field far too long)."),
    "csv_ragged": lambda d: ErrorText.tr("{file}: row {row} has {found} fields, but the first row has {expected}."),
    "csv_no_label_column": _csv_no_label_column,
    "csv_empty_label": lambda d: ErrorText.tr("{file}: row {row}, column “{column}”: the label is empty."),
    "csv_label_not_whole": lambda d: ErrorText.tr("{file}: row {row}, column “{column}”: “{value}” is not a whole "
                                                  "number; the label column must hold classes (choose another label "
                                                  "column?)."),
    "csv_one_class": lambda d: ErrorText.tr("{file}: the label column “{column}” has only one class; a classifier "
                                            "needs at least two."),
    "csv_too_many_classes": lambda d: ErrorText.tr("{file}: the label column “{column}” has {classes} different "
                                                   "values; at most {limit} classes are supported (is it really the "
                                                   "label column?)."),
    "csv_no_rows": lambda d: ErrorText.tr("{file} has a header row but no data rows."),
    "csv_one_row": lambda d: ErrorText.tr("{file} has only one data row; at least two are needed."),
    "csv_empty_cell": lambda d: ErrorText.tr("{file}: row {row}, column “{column}”: the cell is empty (missing "
                                             "values are not supported)."),
    "csv_not_a_number": lambda d: ErrorText.tr("{file}: row {row}, column “{column}”: “{value}” is not a number."),
    "csv_no_inputs": lambda d: ErrorText.tr("{file} has no numeric input columns besides the label column "
                                            "“{column}”."),
}


# ---- downloads (data.download) -------------------------------------------------------------------------
def _download_failed(d: Mapping) -> str:
    if "file" in d:
        return ErrorText.tr("Could not download {file} from any mirror.")
    return ErrorText.tr("The download failed.")


_DOWNLOAD: dict[str, Template] = {
    "cancelled": lambda d: ErrorText.tr("Cancelled."),
    "download_failed": _download_failed,
    "unreachable": lambda d: ErrorText.tr("Could not download {file}: no mirror could be reached (is this "
                                          "computer online?).") if "file" in d else ErrorText.tr(
        "The server could not be reached (is this computer online?)."),
    "timeout": lambda d: ErrorText.tr("Could not download {file}: the servers stopped answering.") if "file" in d
    else ErrorText.tr("The server stopped answering."),
    "http_error": lambda d: ErrorText.tr("Could not download {file}: the servers do not have it (HTTP {status}).")
    if "file" in d else ErrorText.tr("The server does not have the file (HTTP {status})."),
    "truncated": lambda d: ErrorText.tr("Could not download {file}: the connection ended early.") if "file" in d
    else ErrorText.tr("The connection ended early."),
    "too_large": lambda d: ErrorText.tr("Could not download {file}: the server sent more than the file's size.")
    if "file" in d else ErrorText.tr("The server sent more than the file's size."),
    "checksum": lambda d: ErrorText.tr("Could not download {file}: it arrived damaged (its checksum is wrong).")
    if "file" in d else ErrorText.tr("The file arrived damaged (its checksum is wrong)."),
    "save_failed": lambda d: ErrorText.tr("The file arrived but could not be saved as {path}: {reason}."),
    "folder_failed": lambda d: ErrorText.tr("The folder {folder} cannot be created: {reason}."),
}


# ---- project archives (state.archive) ---------------------------------------------------------------------
_ARCHIVES: dict[str, Template] = {
    "archive_invalid": lambda d: ErrorText.tr("{file} is not a usable Backprop Lab file.") if "file" in d
    else ErrorText.tr("The file is not a usable Backprop Lab file."),
    "archive_write_failed": lambda d: ErrorText.tr("Could not save {file}: {reason}. The file that was there is "
                                                   "unchanged."),
    "archive_missing": lambda d: ErrorText.tr("There is no file {file}."),
    "archive_unreadable": lambda d: ErrorText.tr("{file} cannot be read."),
    "archive_too_large": lambda d: ErrorText.tr("{file} is too large for a Backprop Lab file (at most {limit} "
                                                "bytes)."),
    "archive_not_zip": lambda d: ErrorText.tr("{file} is not a Backprop Lab file."),
    "archive_truncated": lambda d: ErrorText.tr("{file} is incomplete: the file was cut short.") if "file" in d
    else ErrorText.tr("The file is incomplete: it was cut short."),
    "archive_wrong_format": lambda d: ErrorText.tr("{file} is not a Backprop Lab file of this kind."),
    "archive_bad_manifest": lambda d: ErrorText.tr("{file} is damaged: its table of contents cannot be read."),
    "archive_newer_version": lambda d: ErrorText.tr("{file} was saved by a newer Backprop Lab (file version "
                                                    "{version}; this version reads up to {supported}). Update "
                                                    "Backprop Lab to open it."),
    "archive_bad_member": lambda d: ErrorText.tr("{file} is damaged: a part of it is missing or not what it should "
                                                 "be."),
    "archive_member_too_large": lambda d: ErrorText.tr("A part of the file is {size} bytes, more than the {limit} "
                                                       "allowed."),
    "archive_corrupt": lambda d: ErrorText.tr("{file} is damaged: a part of it cannot be unpacked.") if "file" in d
    else ErrorText.tr("The file is damaged: a part of it cannot be unpacked."),
    "archive_bad_document": lambda d: ErrorText.tr("{file} is damaged: the part “{member}” cannot be read."),
    "archive_bad_array": lambda d: ErrorText.tr("{file} is damaged: the array “{member}” cannot be read."),
    "archive_pickle": lambda d: ErrorText.tr("The file holds Python objects (a pickle), which Backprop Lab never "
                                             "loads because they can run code."),
}

#: code -> a function of the error's details that returns the translated template.


# ---- training (engine.divergence, engine.training) ---------------------------------------------------
def _training_diverged(d: Mapping) -> str:
    reason = d.get("reason")
    if reason == "loss_exploded":
        what = ErrorText.tr("the loss rose to {loss}, more than ten times its best value ({best_loss}) and worse "
                            "than guessing, for three minibatches in a row")
    elif reason == "weights_not_finite":
        what = ErrorText.tr("a weight became {loss}")
    else:
        what = ErrorText.tr("the loss became {loss}")
    return what_and(what, ErrorText.tr(
        "Training diverged in epoch {epoch} (minibatch {batch}): %1. The learning rate ({learning_rate}) is "
        "probably too high: try a smaller one, such as {suggested_learning_rate}. The weights from epoch "
        "{restored_epoch} were put back."))


def what_and(what: str, sentence: str) -> str:
    """``sentence`` with its ``%1`` replaced by ``what`` (both still holding ``{detail}`` fields)."""
    return sentence.replace("%1", what)


_TRAINING: dict[str, Template] = {
    "training_diverged": _training_diverged,
    "weights_not_finite": lambda d: ErrorText.tr(
        "The network has %Ln weight(s) that are not finite numbers (NaN or infinite): training cannot start from "
        "them. Reset the network, or load another model.", "", int(d.get("count", 1))),
}


TEMPLATES: dict[str, Template] = {**_DESIGN, **_TRAINING, **_MODELS, **_EXPORT, **_IDX, **_CSV, **_DOWNLOAD, **_ARCHIVES}


# ---- project files (guiapp.state.project_data, workers.project_io; archive_* codes: above) -----------------
TEMPLATES.update({
    "project_bad_part": lambda d: ErrorText.tr("{file} is damaged: its part “{part}” makes no sense."),
    "project_data_missing": lambda d: ErrorText.tr("{file} was trained on data from {path}, which is no longer "
                                                   "there. Put the file back where it was, then open the project "
                                                   "again."),
    "project_data_changed": lambda d: ErrorText.tr("{file} was trained on data from {path}, which has changed "
                                                   "since the project was saved."),
    "project_data_unavailable": lambda d: ErrorText.tr("The data of {file} ({name}) cannot be loaded here: "
                                                       "{reason}."),
    "project_misfit": lambda d: ErrorText.tr("The parts of {file} do not fit together: {reason}."),
})
