"""Random-shift augmentation: images move by whole pixels, nothing else changes, and the trainer
applies it to training batches only."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP, Trainer
from guiapp.engine.augment import random_shift


def test_each_image_moves_by_at_most_max_shift_and_keeps_its_pixels():
    rng = np.random.default_rng(0)
    X = np.zeros((50, 28 * 28), dtype=np.float32)
    X[:, 14 * 28 + 14] = 1.0  # one bright pixel in the middle of every image
    out = random_shift((28, 28), 2)(X, rng)
    assert out.shape == X.shape and out.dtype == np.float32
    ys, xs = np.divmod(out.argmax(axis=1), 28)
    assert np.all(np.abs(ys - 14) <= 2) and np.all(np.abs(xs - 14) <= 2)
    assert np.allclose(out.sum(axis=1), 1.0)  # moved, not blurred or lost
    assert len(set(zip(ys, xs))) > 5           # shifts differ between images


def test_shift_matches_numpy_roll_away_from_the_border():
    rng = np.random.default_rng(3)
    img = np.zeros((28, 28), dtype=np.float32)
    img[10:15, 9:20] = rng.random((5, 11))
    X = np.repeat(img.reshape(1, -1), 200, axis=0)
    out = random_shift((28, 28), 1)(X, np.random.default_rng(1)).reshape(-1, 28, 28)
    for shifted in out:
        assert any(np.array_equal(shifted, np.roll(np.roll(img, dy, 0), dx, 1))
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1))


def test_zero_shift_is_the_identity_and_negative_is_refused():
    X = np.arange(2 * 16, dtype=np.float32).reshape(2, 16)
    assert random_shift((4, 4), 0)(X, np.random.default_rng(0)) is X
    with pytest.raises(ValueError):
        random_shift((4, 4), -1)


def test_trainer_augments_training_batches_not_test_data():
    seen = []

    def spy(xb, rng):
        seen.append(xb.shape[0])
        return xb + 0  # a copy: the data set itself must not change

    X = np.random.default_rng(0).random((40, 4)).astype(np.float32)
    y = (X[:, 0] > 0.5).astype(int)
    net = MLP([4, 3, 1], ["tanh", "sigmoid"], seed=0, dtype=np.float32)
    trainer = Trainer(net, X, y, batch_size=16, seed=0, X_test=X[:10], Y_test=y[:10], augment=spy)
    result = trainer.run_epoch()
    assert seen == [16, 16, 8]          # every training batch, once; the test set never
    assert result.test_acc is not None
