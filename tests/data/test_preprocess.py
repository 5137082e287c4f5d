"""MNIST-style preprocessing of drawings (pure NumPy, no Qt): crop to the ink, scale the longer
side to 20 px, centre by mass in 28x28."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.data.preprocess import center_of_mass, ink_bbox, mnist_preprocess, resample


def _disk_stroke(shape, points, radius):
    """A white-on-black drawing: discs of ``radius`` along a polyline (row, col) points."""
    img = np.zeros(shape)
    rr, cc = np.mgrid[0:shape[0], 0:shape[1]]
    for (r0, c0), (r1, c1) in zip(points[:-1], points[1:]):
        for t in np.linspace(0, 1, 50):
            r, c = r0 + t * (r1 - r0), c0 + t * (c1 - c0)
            img[(rr - r) ** 2 + (cc - c) ** 2 <= radius ** 2] = 1.0
    return img


def _longer_side(img, threshold=0.1):
    top, bottom, left, right = ink_bbox(img, threshold)
    return max(bottom - top, right - left)


@pytest.mark.parametrize("where", ["top-left", "bottom-right", "right edge"])
def test_small_off_centre_digit_is_scaled_to_20_px_and_centred_by_mass(where):
    # a small "7" (a bar and a slanted stroke) in a corner of a big canvas
    origin = {"top-left": (5, 8), "bottom-right": (150, 140), "right edge": (60, 170)}[where]
    r0, c0 = origin
    img = _disk_stroke((200, 200), [(r0, c0), (r0, c0 + 18), (r0 + 26, c0 + 6)], radius=2.5)
    out = mnist_preprocess(img)
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert out.min() >= 0.0 and out.max() <= 1.0
    cy, cx = center_of_mass(out)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5, (cy, cx)
    assert abs(_longer_side(out) - 20) <= 1
    # the aspect ratio is kept: the 7 stays taller than wide
    top, bottom, left, right = ink_bbox(out)
    assert (bottom - top) > (right - left)


def test_wide_drawing_keeps_its_aspect_ratio():
    img = np.zeros((100, 100))
    img[40:50, 10:90] = 1.0  # a horizontal bar 80 x 10
    out = mnist_preprocess(img)
    top, bottom, left, right = ink_bbox(out, 0.5)
    assert right - left == 20
    assert 2 <= bottom - top <= 4
    assert center_of_mass(out) == pytest.approx((14, 14), abs=0.5)


def test_empty_drawing_gives_zeros():
    assert not mnist_preprocess(np.zeros((112, 112))).any()
    assert not mnist_preprocess(np.full((5, 5), 1e-6)).any()


def test_values_are_clipped_and_bad_input_is_refused():
    img = np.zeros((50, 50))
    img[10:40, 20:26] = 3.0
    out = mnist_preprocess(img)
    assert out.max() <= 1.0 and out.max() > 0.9
    with pytest.raises(ValueError, match="2-D"):
        mnist_preprocess(np.zeros((2, 28, 28)))
    bad = np.zeros((28, 28))
    bad[3, 3] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        mnist_preprocess(bad)


def test_a_single_dot_still_fits_the_frame():
    img = np.zeros((28, 28))
    img[3, 25] = 1.0
    out = mnist_preprocess(img)
    assert out.shape == (28, 28)
    assert center_of_mass(out) == pytest.approx((14, 14), abs=0.5)


def test_resample_keeps_uniform_ink_and_shrinks_with_antialiasing():
    flat = np.full((90, 60), 0.7)
    assert np.allclose(resample(flat, (20, 13)), 0.7)
    # a 1-px line shrunk 4x turns into a grey line, not a gap or a full-white line
    img = np.zeros((80, 80))
    img[:, 41] = 1.0
    small = resample(img, (20, 20))
    assert small.max() == pytest.approx(small[:, small.argmax(axis=1)[0]].max())
    assert 0.1 < small.max() < 0.6
    assert small.sum() == pytest.approx(img.sum() / 16, rel=1e-6)  # area averaging keeps the mass
    # enlarging interpolates
    up = resample(np.array([[0.0, 1.0]]), (1, 4))
    assert np.all(np.diff(up[0]) >= 0) and up[0, 0] == 0.0 and up[0, -1] == 1.0


def test_mnist_sample_digits_stay_close_to_themselves():
    from guiapp.data.mnist import load_mnist_sample

    data = load_mnist_sample()
    X = data.X_test[:300].reshape(-1, 28, 28)
    same = 0
    for x in X:
        out = mnist_preprocess(x)
        if np.allclose(out, x, atol=1e-5):
            same += 1
            continue
        # the rest land at most one pixel away (their mass centre was near a half pixel), and
        # differ at most by a faint rim pixel (< 10% of the brightest) left outside the crop
        best = min(np.abs(np.roll(out, (dy, dx), axis=(0, 1)) - x).max()
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1))
        assert best <= 0.1
    assert same >= 0.75 * len(X)


def test_preprocessing_is_what_a_trained_network_needs():
    """A digit drawn big and off-centre on a large canvas is recognised after preprocessing,
    as well as the original digit."""
    from guiapp.data.mnist import load_mnist_sample

    data = load_mnist_sample()
    X = data.X_test.reshape(-1, 28, 28)
    # enlarge 20 test digits 3x onto a 150x150 canvas at an odd place, then preprocess back
    agree = 0
    for x in X[:20]:
        big = resample(x, (84, 84))
        canvas = np.zeros((150, 150))
        canvas[50:134, 3:87] = big
        out = mnist_preprocess(canvas)
        assert center_of_mass(out) == pytest.approx((14, 14), abs=0.5)
        agree += np.corrcoef(out.ravel(), x.ravel())[0, 1] > 0.9
    assert agree >= 18
