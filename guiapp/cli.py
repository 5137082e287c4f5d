"""The command line for teachers: look into saved files and export them, without the window.

    python -m guiapp info FILE...                  # data, design, epochs, train/test loss and accuracy
                                                   # (FILE: a project .bplab or a model .npz)
    python -m guiapp info --json FILE... > all.jsonl   # one JSON object per line, per file
    python -m guiapp export FILE --to numpy -o model.py
    python -m guiapp export FILE --to pytorch -o model_pt.py

Loads no Qt (``guiapp.app`` hands these commands over before it touches Qt). Exit status: 0 when
every file was read, 1 when some file was not a model (the others are still reported), 2 for a
command line that does not parse.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

#: The subcommands, with the line ``python -m guiapp --help`` shows for each.
COMMANDS = {
    "info": ("info FILE... [--json]", "the data, design, epochs, train/test loss and accuracy of saved files"),
    "export": ("export FILE --to numpy|pytorch -o OUT.py", "the network as a NumPy or PyTorch script"),
}

#: The keys of every ``info --json`` line (null where unknown).
INFO_KEYS = ("path", "kind", "dataset", "dataset_spec", "layer_sizes", "activations", "input_features", "loss",
             "bias", "dtype", "parameters", "epoch", "train_loss", "train_acc", "test_loss", "test_acc", "evaluated", "note", "error")


def commands_help() -> str:
    """The 'commands:' block for the app's --help."""
    lines = ["commands (no window; python -m guiapp COMMAND --help for more):"]
    width = max(len(usage) for usage, _ in COMMANDS.values())
    lines += [f"  {usage:<{width}}  {text}" for usage, text in COMMANDS.values()]
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m guiapp", description="Backprop Lab on the command line.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    info = sub.add_parser("info", help="describe saved projects and model files", description=(
        "For each file: the data it was trained on, the design, the epochs trained, and the final train/test "
        "loss and accuracy. A project (File → Save, .bplab) keeps the results of its last epoch. A model file "
        "(File → Save model, .npz) keeps none: its network is evaluated on the built-in data it names, when that "
        "data is available offline."))
    info.add_argument("files", nargs="+", metavar="FILE",
                      help="projects (.bplab from File → Save) or model files (.npz from File → Save model)")
    info.add_argument("--json", action="store_true", help="one JSON object per line, per file (null where unknown)")
    info.add_argument("--no-eval", action="store_true", help="do not evaluate on the data (faster)")
    export = sub.add_parser("export", help="write the network as a NumPy or PyTorch script", description=(
        "Write the network of a saved file as a standalone NumPy script (predict(X)) or a PyTorch script "
        "(build_model() and a training loop with the app's settings; needs PyTorch to run, not to write)."))
    export.add_argument("file", metavar="FILE", help="a project (.bplab) or a model file (.npz)")
    export.add_argument("--to", required=True, choices=("numpy", "pytorch"), help="the kind of script")
    export.add_argument("-o", "--output", required=True, metavar="OUT.py", help="the script to write")
    export.add_argument("--weights", choices=("auto", "embed", "file"), default="auto",
                        help="weights inside the script (embed), in OUT_weights.npz beside it (file), or by size "
                             "(auto: inside up to 1,000 parameters)")
    return parser


def main(argv: list[str]) -> int:
    """Run one command (``argv`` without the program name, e.g. ``["info", "a.npz"]``)."""
    args = _parser().parse_args(argv)
    if args.command == "info":
        return _info(args.files, as_json=args.json, evaluate_data=not args.no_eval)
    return _export(args.file, args.to, args.output, args.weights)


# ---- info ---------------------------------------------------------------------------------------
def describe(path: str, *, evaluate_data: bool = True) -> dict:
    """Everything ``info`` says about one file, as a dict with the INFO_KEYS (``error`` set, the
    rest None, for a file that is not a model)."""
    from .state.saved_files import NotAModelFile, builtin_data, evaluate, open_saved

    row = dict.fromkeys(INFO_KEYS)
    row["path"] = str(path)
    try:
        saved = open_saved(path)
    except NotAModelFile as exc:
        row["error"] = {"code": exc.code, "message": str(exc)}
        return row
    spec, net = saved.spec, saved.net
    row.update(kind=saved.kind, layer_sizes=list(spec.layer_sizes), activations=list(spec.activations),
               input_features=list(spec.input_features), loss=spec.resolved_loss, bias=spec.bias, dtype=net.dtype.name, parameters=net.num_params,
               epoch=saved.epochs, evaluated=False)
    if saved.dataset_spec is not None:
        row["dataset"] = saved.dataset_title or saved.dataset_spec.name
        row["dataset_spec"] = saved.dataset_spec.to_dict()
    if saved.metrics is not None:
        row.update({k: saved.metrics.get(k) for k in ("train_loss", "train_acc", "test_loss", "test_acc")})
        if saved.kind == "project":
            row["note"] = "the results of its last epoch, as the project keeps them"
        return row
    if not evaluate_data:
        row["note"] = "not evaluated (--no-eval)"
        return row
    dataset, why = (saved.dataset, "") if saved.dataset is not None else builtin_data(saved.dataset_spec)
    if dataset is None:
        row["note"] = f"not evaluated: {why}"
        return row
    row["dataset"] = dataset.name
    metrics, problem = evaluate(saved, dataset)
    if problem:
        row["note"] = f"not evaluated: {problem}"
        return row
    row.update(metrics, evaluated=True)
    row["note"] = "evaluated now on the built-in data" + ("; truth tables have no test set" if dataset.kind == "logic"
                                                          else "")
    return row


def _info(files: list[str], *, as_json: bool, evaluate_data: bool) -> int:
    failed = 0
    for k, path in enumerate(files):
        row = describe(path, evaluate_data=evaluate_data)
        if row["error"] is not None:
            failed += 1
            print(f"guiapp info: {row['error']['message']}", file=sys.stderr)
        if as_json:
            print(json.dumps(_json_safe(row), ensure_ascii=False), flush=True)
        elif row["error"] is None:
            if k:
                print()
            print(_text(row), flush=True)
    return 1 if failed else 0


def _json_safe(value):
    """NaN and inf (a loss that blew up) become null: JSON has no such numbers."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def _text(row: dict) -> str:
    from .engine.features import input_names

    sizes = "-".join(map(str, row["layer_sizes"]))
    acts = " → ".join(row["activations"])
    lines = [f"{row['path']}: Backprop Lab {row['kind']} file",
             f"  data:    {row['dataset'] or 'unknown'}",
             f"  design:  {sizes} ({acts}), loss {row['loss']}, {'with' if row['bias'] else 'no'} biases, "
             f"{row['parameters']:,} parameters, {row['dtype']}",
             *([f"  inputs:  x1, x2 and {', '.join(input_names(row['input_features'])[2:])} computed from them"]
               if row["input_features"] else []),
             f"  trained: {'unknown' if row['epoch'] is None else _count(row['epoch'], 'epoch')}"]
    for part in ("train", "test"):
        loss, acc = row[f"{part}_loss"], row[f"{part}_acc"]
        if loss is not None or acc is not None:
            lines.append(f"  {part + ':':<9}loss {_num(loss)}, accuracy {_pct(acc)}")
    if row["note"]:
        lines.append(f"  ({row['note']})")
    return "\n".join(lines)


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _num(x) -> str:
    return "unknown" if x is None else f"{x:.6g}"


def _pct(x) -> str:
    return "unknown" if x is None else f"{x:.2%}"


# ---- export -------------------------------------------------------------------------------------
def _export(file: str, to: str, output: str, weights: str) -> int:
    from .engine.export import ExportError
    from .state.exporting import export_saved
    from .state.saved_files import NotAModelFile, open_saved

    try:
        saved = open_saved(file)
        written = export_saved(saved, output, to, embed={"auto": None, "embed": True, "file": False}[weights])
    except (NotAModelFile, ExportError) as exc:
        print(f"guiapp export: {exc}", file=sys.stderr)
        return 1
    what = "a NumPy script" if to == "numpy" else "a PyTorch script"
    where = f", its weights in {written[1]}" if len(written) > 1 else ", its weights inside"
    print(f"wrote {written[0]}: {what}{where}")
    return 0
