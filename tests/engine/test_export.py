"""Exported NumPy and PyTorch scripts give the app's outputs (within 1e-5) for every kind of
network the app can build, run in a separate Python that cannot import Backprop Lab; and one
epoch of the exported PyTorch training loop matches an epoch of the app's Trainer."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from guiapp.engine import MLP, Trainer
from guiapp.engine.activations import LeakyReLU
from guiapp.engine.export import EMBED_LIMIT, ExportData, ExportError, ExportInfo, export_model, numpy_script
from guiapp.engine.specs import TrainingConfig

HAS_TORCH = importlib.util.find_spec("torch") is not None
needs_torch = pytest.mark.skipif(
    not HAS_TORCH, reason="PyTorch is not installed in this Python: the exported PyTorch scripts cannot be run "
                          "here (the export itself needs no PyTorch; pip install torch to run these tests)")

#: (layer sizes, activations, loss): every activation, softmax, one and several outputs, every loss.
DESIGNS = [
    ([2, 4, 1], ["tanh", "sigmoid"], "bce"),
    ([3, 5, 4, 3], ["relu", "leaky_relu", "softmax"], "cross_entropy"),
    ([3, 4, 3], ["linear", "softmax"], "mse"),
    ([2, 6, 2], ["sigmoid", "linear"], "mse"),
    ([4, 3, 5, 2], ["leaky_relu", "tanh", "relu"], "mse"),
    ([5, 7, 3], ["sigmoid", "sigmoid"], "bce"),
    ([2, 1], ["sigmoid"], "mse"),
    ([3, 2], ["tanh"], "mse"),
]
DESIGN_IDS = ["-".join(map(str, s)) + "-" + "-".join(a) for s, a, _ in DESIGNS]

# Runs in a child Python where `import guiapp` fails: the scripts must stand on their own.
DRIVER = textwrap.dedent('''
    import json, runpy, sys
    import numpy as np
    sys.modules["guiapp"] = None  # the scripts must not need Backprop Lab
    for case in json.load(open(sys.argv[1])):
        ns = runpy.run_path(case["script"])  # not run as __main__: the demo block stays quiet
        X = np.load(case["input"])
        if case["kind"] == "numpy":
            np.save(case["output"], ns["predict"](X))
            np.save(case["output"] + ".classes.npy", ns["classify"](X))
        else:
            import torch
            with torch.no_grad():
                y = ns["build_model"]()(torch.as_tensor(X, dtype=ns["DTYPE"]))
            np.save(case["output"], y.numpy())
''')


def _network(sizes, acts, *, dtype, bias, seed=0):
    """A network with random weights big enough that every activation is in its nonlinear range."""
    net = MLP(sizes, acts, seed=seed, dtype=dtype, bias=bias)
    rng = np.random.default_rng(seed + 1)
    net.set_params([rng.normal(scale=1.2, size=p.shape) for p in net.params])
    return net


def _mnist_sized():
    """784-16-10 in float32 as the app builds it (He and Xavier init, small random biases). Its
    outputs on [0, 1] pixels are ordinary probabilities; random weights of the size the small
    networks get would make logits in the hundreds, where float32 itself cannot hold 1e-5."""
    net = MLP([784, 16, 10], ["relu", "softmax"], seed=3, dtype=np.float32)
    rng = np.random.default_rng(4)
    for b in net.params[1::2]:
        b[...] = rng.normal(scale=0.3, size=b.shape)
    return net


def _run_scripts(tmp_path: Path, cases: list[dict]) -> None:
    listing = tmp_path / "cases.json"
    listing.write_text(json.dumps(cases))
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    done = subprocess.run([sys.executable, str(driver), str(listing)], capture_output=True, text=True,
                          cwd=tmp_path, timeout=240)
    assert done.returncode == 0, done.stderr


def _export_all(tmp_path, kind, nets_and_inputs, embed=None):
    cases = []
    for k, (net, X, loss) in enumerate(nets_and_inputs):
        script = tmp_path / f"{kind}_{k}.py"
        export_model(net, script, kind, ExportInfo(loss=loss), embed=embed)
        np.save(tmp_path / f"in_{k}.npy", X)
        cases.append({"kind": kind, "script": str(script), "input": str(tmp_path / f"in_{k}.npy"),
                      "output": str(tmp_path / f"{kind}_out_{k}.npy")})
    _run_scripts(tmp_path, cases)
    return [np.load(c["output"]) for c in cases], cases


def _all_networks():
    out = []
    rng = np.random.default_rng(5)
    for sizes, acts, loss in DESIGNS:
        for dtype in (np.float64, np.float32):
            for bias in (True, False):
                net = _network(sizes, acts, dtype=dtype, bias=bias)
                X = rng.normal(scale=1.5, size=(37, sizes[0]))
                out.append((net, X, loss))
    return out


def _check_outputs(results, nets_and_inputs, label):
    worst = 0.0
    for got, (net, X, _loss) in zip(results, nets_and_inputs):
        want = net.predict_proba(X)
        assert got.shape == want.shape, label
        diff = float(np.max(np.abs(got.astype(np.float64) - want)))
        assert diff <= 1e-5, f"{label}: {net!r} {net.dtype} differs by {diff}"
        worst = max(worst, diff)
    return worst


def test_numpy_scripts_give_the_apps_outputs(tmp_path):
    nets = _all_networks()  # 8 designs x float32/float64 x bias/no bias
    results, cases = _export_all(tmp_path, "numpy", nets)
    _check_outputs(results, nets, "numpy")
    for case, (net, X, _) in zip(cases, nets):
        np.testing.assert_array_equal(np.load(case["output"] + ".classes.npy"), net.predict(X))


def test_numpy_scripts_with_the_weights_beside_them(tmp_path):
    big = _mnist_sized()
    assert big.num_params > EMBED_LIMIT
    small_forced = _network([3, 5, 2], ["leaky_relu", "sigmoid"], dtype=np.float64, bias=False)
    rng = np.random.default_rng(0)
    nets = [(big, rng.random((20, 784)), "cross_entropy"), (small_forced, rng.normal(size=(9, 3)), "bce")]
    results, cases = _export_all(tmp_path, "numpy", nets[:1])           # auto: too big to embed
    _check_outputs(results, nets[:1], "numpy npz")
    assert (tmp_path / "numpy_0_weights.npz").exists()
    assert "np.load(WEIGHTS_FILE, allow_pickle=False)" in Path(cases[0]["script"]).read_text()
    sub = tmp_path / "forced"
    sub.mkdir()
    results, _ = _export_all(sub, "numpy", nets[1:], embed=False)
    _check_outputs(results, nets[1:], "numpy npz forced")


def test_a_leaky_relu_with_another_slope_keeps_it(tmp_path):
    net = MLP([2, 3, 1], [LeakyReLU(0.2), "sigmoid"], seed=0)
    rng = np.random.default_rng(1)
    net.set_params([rng.normal(scale=2, size=p.shape) for p in net.params])
    X = rng.normal(size=(25, 2))
    results, _ = _export_all(tmp_path, "numpy", [(net, X, "bce")])
    _check_outputs(results, [(net, X, "bce")], "leaky 0.2")


def test_the_numpy_script_reads_like_the_tutorial_and_runs_on_its_own(tmp_path):
    from guiapp.data.logic import load_logic

    ds = load_logic("XOR")
    net = _network([2, 4, 1], ["tanh", "sigmoid"], dtype=np.float64, bias=True)
    info = ExportInfo(data="XOR truth table: 4 samples, 2 inputs", epochs=2000,
                      metrics={"train_loss": 0.0021, "train_acc": 1.0}, feature_names=("A", "B"))
    [script] = export_model(net, tmp_path / "xor.py", "numpy", info, data=ExportData(ds.X_train, ds.y_train))
    text = script.read_text()
    for piece in ("from xor import predict, classify", "python xor.py", "l1 = tanh(np.dot(l0, W1) + b1)", "l2 = sigmoid(np.dot(l1, W2) + b2)",
                  "def tanh(z):", "def sigmoid(z):", "Design:   2-4-1", "XOR truth table", "2,000 epochs",
                  "# from input 1 (A)", "train accuracy 100.00%", "binary cross-entropy"):
        assert piece in text, piece
    assert "def relu" not in text and "softmax" not in text  # only the activations it uses
    assert "guiapp" not in text and "import pickle" not in text
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "classes: [" in run.stdout and "in the data: [0 1 1 0]" in run.stdout


def test_export_refuses_what_it_cannot_write(tmp_path):
    net = _network([2, 3, 1], ["tanh", "sigmoid"], dtype=np.float64, bias=True)
    net.params[0][0, 0] = np.nan
    with pytest.raises(ExportError) as info:
        numpy_script(net)
    assert info.value.code == "export_not_finite" and info.value.details["parameter"] == 0
    net.params[0][0, 0] = 0.5
    with pytest.raises(ExportError) as info:
        export_model(net, tmp_path / "missing" / "model.py")
    assert info.value.code == "export_no_folder"
    with pytest.raises(ExportError) as info:
        export_model(net, tmp_path / "model.py", to="keras")
    assert info.value.code == "export_unknown_format"
    assert list(tmp_path.iterdir()) == []
    assert export_model(net, tmp_path / "model")[0].name == "model.py"  # .py is added
    # Any file name runs (python my-model.py); the usage lines import a Python name only.
    [script] = export_model(net, tmp_path / "my-model.py")
    assert "python my-model.py" in script.read_text() and "from model import predict" in script.read_text()
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr


def test_a_failed_write_leaves_the_old_script(tmp_path, monkeypatch):
    import os

    net = _network([2, 3, 1], ["tanh", "sigmoid"], dtype=np.float64, bias=True)
    [script] = export_model(net, tmp_path / "model.py")
    before = script.read_text()
    net.params[0][0, 0] += 1

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError) as info:
        export_model(net, script)
    assert info.value.code == "export_write_failed" and "No space left" in str(info.value)
    assert script.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["model.py"]


# ---- PyTorch ---------------------------------------------------------------------------------------
def test_the_pytorch_script_needs_no_torch_to_write(tmp_path):
    net = _network([2, 4, 1], ["tanh", "sigmoid"], dtype=np.float64, bias=True)
    [script] = export_model(net, tmp_path / "model_pt.py", "pytorch", ExportInfo(data="XOR"))
    text = script.read_text()
    compile(text, str(script), "exec")
    for piece in ("def build_model(", "nn.Linear(2, 4, bias=True), nn.Tanh()", "nn.Sigmoid()",
                  "linear.weight.copy_(W.T)", "binary_cross_entropy_with_logits", "def train(",
                  'OPTIMIZER = "sgd"', "BATCH_SIZE = None"):
        assert piece in text, piece


@needs_torch
def test_pytorch_scripts_give_the_apps_outputs(tmp_path):
    nets = _all_networks()
    results, _ = _export_all(tmp_path, "pytorch", nets)
    _check_outputs(results, nets, "pytorch")
    big = _mnist_sized()
    sub = tmp_path / "big"
    sub.mkdir()
    X = np.random.default_rng(0).random((20, 784))
    results, _ = _export_all(sub, "pytorch", [(big, X, "cross_entropy")])
    assert (sub / "pytorch_0_weights.npz").exists()
    _check_outputs(results, [(big, X, "cross_entropy")], "pytorch npz")


TRAIN_DRIVER = textwrap.dedent('''
    import json, runpy, sys
    import numpy as np
    import torch
    sys.modules["guiapp"] = None
    for job in json.load(open(sys.argv[1])):
        ns = runpy.run_path(job["script"])
        X, y = np.load(job["X"]), np.load(job["y"])
        model = ns["build_model"]()
        history = ns["train"](model, X, y, job["epochs"], log=None)
        params = []
        for linear in ns["linear_layers"](model):
            params.append(linear.weight.detach().T.numpy())
            if linear.bias is not None:
                params.append(linear.bias.detach().numpy())
        np.savez(job["out"], losses=np.array([row[1] for row in history]),
                 accs=np.array([row[2] for row in history]), **{f"p{i}": p for i, p in enumerate(params)})
''')

#: (name, design, loss, dtype, config, epochs, tolerance on the losses and the weights)
TRAINING_CASES = [
    ("sgd-full-batch-bce-f64", ([2, 4, 1], ["tanh", "sigmoid"]), "bce", np.float64,
     TrainingConfig(learning_rate=0.5, batch_size=None, optimizer="sgd", shuffle=False), 1, 1e-12),
    ("sgd-full-batch-ce-f64", ([2, 6, 3], ["relu", "softmax"]), "cross_entropy", np.float64,
     TrainingConfig(learning_rate=0.3, batch_size=None, optimizer="sgd", shuffle=False), 1, 1e-12),
    ("sgd-full-batch-mse-softmax-f64", ([2, 5, 3], ["leaky_relu", "softmax"]), "mse", np.float64,
     TrainingConfig(learning_rate=0.3, batch_size=None, optimizer="sgd", shuffle=False), 1, 1e-12),
    ("sgd-full-batch-mse-f32", ([2, 5, 1], ["sigmoid", "linear"]), "mse", np.float32,
     TrainingConfig(learning_rate=0.1, batch_size=None, optimizer="sgd", shuffle=False), 1, 1e-5),
    ("sgd-full-batch-ce-nobias-f32", ([2, 6, 3], ["tanh", "softmax"]), "cross_entropy", np.float32,
     TrainingConfig(learning_rate=0.3, batch_size=None, optimizer="sgd", shuffle=False), 1, 1e-5),
    ("momentum-batches-shuffled-l2-f64", ([2, 8, 3], ["tanh", "softmax"]), "cross_entropy", np.float64,
     TrainingConfig(learning_rate=0.05, batch_size=16, optimizer="momentum", momentum=0.9, l2=0.01, seed=3), 5,
     1e-10),
    ("adam-batches-shuffled-l1-f64", ([2, 8, 8, 1], ["relu", "tanh", "sigmoid"]), "bce", np.float64,
     TrainingConfig(learning_rate=0.01, batch_size=10, optimizer="adam", l1=0.001, seed=4), 5, 2e-5),
]
# Adam: the app adds eps to sqrt(v) before the bias correction, torch.optim.Adam after it. Over
# these 30 steps the weights drift apart by up to 7e-6 (the losses by 1e-7); with the app's Adam
# changed to PyTorch's eps placement they agree to 1e-16, so nothing else differs.


def _training_net(name, sizes, acts, dtype):
    return MLP(sizes, acts, seed=2, dtype=dtype, bias="nobias" not in name)


def _training_data(sizes):
    rng = np.random.default_rng(11)
    return rng.normal(size=(60, sizes[0])), rng.integers(0, max(2, sizes[-1]), 60)


@pytest.fixture(scope="module")
def torch_training(tmp_path_factory):
    """Every TRAINING_CASE trained by its exported script (one child Python for all): name -> results."""
    tmp = tmp_path_factory.mktemp("torch_training")
    jobs = []
    for name, (sizes, acts), loss, dtype, config, epochs, _tol in TRAINING_CASES:
        X, y = _training_data(sizes)
        net = _training_net(name, sizes, acts, dtype)
        [script] = export_model(net, tmp / f"{name.replace('-', '_')}.py", "pytorch", ExportInfo(loss=loss),
                                config=config, embed=True)
        np.save(tmp / f"{name}_X.npy", X)
        np.save(tmp / f"{name}_y.npy", y)
        jobs.append({"script": str(script), "X": str(tmp / f"{name}_X.npy"), "y": str(tmp / f"{name}_y.npy"),
                     "epochs": epochs, "out": str(tmp / f"{name}_out.npz")})
    (tmp / "jobs.json").write_text(json.dumps(jobs))
    (tmp / "driver.py").write_text(TRAIN_DRIVER)
    done = subprocess.run([sys.executable, str(tmp / "driver.py"), str(tmp / "jobs.json")],
                          capture_output=True, text=True, cwd=tmp, timeout=240)
    assert done.returncode == 0, done.stderr
    return {case[0]: np.load(job["out"]) for case, job in zip(TRAINING_CASES, jobs)}


@needs_torch
@pytest.mark.parametrize("case", TRAINING_CASES, ids=[c[0] for c in TRAINING_CASES])
def test_the_pytorch_training_loop_trains_as_the_app_does(torch_training, case):
    name, (sizes, acts), loss, dtype, config, epochs, tol = case
    X, y = _training_data(sizes)
    net = _training_net(name, sizes, acts, dtype)
    # The app, from the same weights, with the same settings.
    trainer = Trainer(net, X, y, loss=loss, optimizer=config.make_optimizer(), batch_size=config.batch_size,
                      shuffle=config.shuffle, seed=config.seed)
    app = list(trainer.run(epochs))
    got = torch_training[name]
    np.testing.assert_allclose(got["losses"], [r.train_loss for r in app], rtol=tol, atol=tol)
    np.testing.assert_allclose(got["accs"], [r.train_acc for r in app], atol=1e-12)
    for i, p in enumerate(net.params):
        np.testing.assert_allclose(got[f"p{i}"], p, rtol=tol, atol=tol)


@needs_torch
def test_the_pytorch_script_runs_on_its_own(tmp_path):
    from guiapp.data.toy2d import make_toy

    ds = make_toy("spiral", n=200, noise=0.03, n_classes=3)
    net = _network([2, 8, 3], ["tanh", "softmax"], dtype=np.float64, bias=True)
    info = ExportInfo(data="Spiral: 200 points, 3 classes", data_spec={"kind": "toy2d", "name": "spiral",
                                                                     "params": {"n": 200}}, epochs=30)
    data = ExportData(ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    [script] = export_model(net, tmp_path / "spiral.py", "pytorch", info, data=data,
                            config=TrainingConfig(learning_rate=0.05, batch_size=16, optimizer="adam", epochs=3))
    assert "X_train = np.array([" in script.read_text()  # small data is written into the script
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "the trained weights: train loss" in run.stdout
    assert "epoch 3: train loss" in run.stdout and "test loss" in run.stdout


def test_class_names_that_say_something_are_kept(tmp_path):
    net = _network([3, 4, 3], ["tanh", "softmax"], dtype=np.float64, bias=True)
    X = np.eye(3, dtype=np.float32)
    info = ExportInfo(class_names=("cat", "dog", "fish"))
    [script] = export_model(net, tmp_path / "pets.py", "numpy", info, data=ExportData(X, np.arange(3)))
    assert "CLASS_NAMES = ['cat', 'dog', 'fish']" in script.read_text()
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    names = ["cat", "dog", "fish"]
    assert f"that is: {[names[c] for c in net.predict(X)]}" in run.stdout
    [plain] = export_model(net, tmp_path / "digits.py", "numpy", ExportInfo(class_names=("0", "1", "2")))
    assert "CLASS_NAMES" not in plain.read_text()  # '0', '1', '2' say nothing the numbers do not
