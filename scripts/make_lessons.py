"""Write the built-in lessons (resources/lessons/*.bplesson) from the app's presets.

    .venv/bin/python scripts/make_lessons.py          # rewrites every file; commit the result

Each lesson is an untrained project on built-in data (``guiapp.state.lesson.fresh_project``) with
its lesson part: English and Russian text, the panels it shows, the tutorial view it opens and
the controls it locks. The files are reproducible: the same code writes the same lessons (the
zip's timestamps aside, nothing in them depends on the day or the machine)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guiapp.engine.specs import NetworkSpec, TrainingConfig  # noqa: E402
from guiapp.engine.tutorial_runs import eleven_line_network  # noqa: E402
from guiapp.engine.xor_features import xor_feature_network  # noqa: E402
from guiapp.state.dataset_spec import DatasetSpec  # noqa: E402
from guiapp.state.lesson import Lesson, fresh_project, write_lesson  # noqa: E402

OUT = ROOT / "resources" / "lessons"
XOR = DatasetSpec("logic", "XOR")
T1, T2, T3, T4, T5 = ("1-hackers-guide-gates-and-one-neuron", "2-backprop-on-fingers", "3-neural-network-in-11-lines",
                  "4-fc-layers-softmax-mnist", "5-nn-in-one-article-xor-features")
DESIGN_LOCKS = ("dataPanel", "networkPanel")

GATES_EN = """\
Every number a network computes travels forward along wires, and every gradient travels back along
the same wires. Here the circuit is as small as it gets: **f = (x + y)·z**.

1. The inputs are x = −2, y = 5, z = −4. Press **Forward**: the sum gate gives 3, the product gate **−12**.
2. Press **Backward**. The output's gradient is 1; the product gate hands z to its first input and
   the sum q = 3 to z. So ∂f/∂z = **3**, and the sum gate passes ∂f/∂q = −4 unchanged to both x and
   y: ∂f/∂x = **−4**, ∂f/∂y = **−4**.
3. Compare each analytic gradient with the numerical one in the table (nudge the input by h, see how
   f moves). They agree to several digits.
4. Press **Step**: each input moves a little along its gradient. Does f grow, as promised?

*Question:* why does the sum gate give both its inputs the same gradient, while the product gate
swaps them?
"""
GATES_RU = """\
Всё, что считает сеть, идёт по проводам вперёд, а градиенты возвращаются по тем же проводам
назад. Здесь схема самая маленькая: **f = (x + y)·z**.

1. Входы: x = −2, y = 5, z = −4. Нажмите **Вперёд**: вентиль суммы даёт 3, вентиль произведения — **−12**.
2. Нажмите **Назад**. Градиент выхода равен 1; вентиль произведения отдаёт первому входу z, а входу z —
   сумму q = 3. Значит, ∂f/∂z = **3**, а вентиль суммы передаёт ∂f/∂q = −4 обоим входам без изменений:
   ∂f/∂x = **−4**, ∂f/∂y = **−4**.
3. Сравните в таблице аналитический градиент каждого входа с численным (вход сдвигают на h и смотрят,
   как меняется f). Они совпадают до нескольких знаков.
4. Нажмите **Шаг**: каждый вход немного сдвигается по своему градиенту. Выросло ли f, как обещано?

*Вопрос:* почему вентиль суммы даёт обоим входам одинаковый градиент, а вентиль произведения меняет их местами?
"""

NEURON_EN = """\
A neuron is a small circuit too: **σ(a·x + b·y + c)**, a weighted sum followed by the sigmoid.

1. The **Circuit** panel shows it with a = 1, b = 2, c = −3 and the input x = −1, y = 3.
   Press **Forward**: the weighted sum is 2 and the output σ(2) = **0.8808**.
2. Press **Backward**. The sigmoid's local gradient is σ·(1 − σ) ≈ 0.105; the chain rule gives
   a **−0.105**, b **0.315**, c **0.105**, x **0.105**, y **0.210**.
3. Press **Step** (step size 0.01): every value moves along its gradient and the output rises to **0.8825**.
4. Now the same neuron learns from data: the Data panel holds the AND gate and the Network panel one
   sigmoid neuron (2-1). Press **Start** and watch the decision boundary: one straight line.

*Question:* which gradient is largest, and why is it the one of b?
"""
NEURON_RU = """\
Нейрон — тоже небольшая схема: **σ(a·x + b·y + c)**, взвешенная сумма и за ней сигмоида.

1. На панели «Схема» он собран с a = 1, b = 2, c = −3 и входами x = −1, y = 3.
   Нажмите **Вперёд**: взвешенная сумма равна 2, выход σ(2) = **0,8808**.
2. Нажмите **Назад**. Локальный градиент сигмоиды σ·(1 − σ) ≈ 0,105; по цепному правилу получаем
   a **−0,105**, b **0,315**, c **0,105**, x **0,105**, y **0,210**.
3. Нажмите **Шаг** (размер шага 0,01): каждое значение сдвигается по своему градиенту, и выход растёт до **0,8825**.
4. Теперь тот же нейрон учится на данных: на панели «Данные» — вентиль И, на панели «Сеть» — один
   сигмоидный нейрон (2-1). Нажмите **Старт** и смотрите на границу решений: это одна прямая.

*Вопрос:* какой градиент самый большой и почему это градиент b?
"""

XOR_EN = """\
No straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other: one neuron
cannot learn XOR. A hidden layer can, because it **moves the points** first.

1. The network is 2-2-1 with sigmoids. Its hidden layer has the weights of the article's example,
   W = [[1, 1], [−0.5, −0.5]] (written as W·x) and no bias.
2. Look at the **Feature space** panel (layer: the hidden layer). The four inputs land at
   (0.5, 0.5) and (0.88, 0.27) for class 0, and both class-1 inputs at (0.73, 0.38).
3. In this new space one line separates the classes; the output neuron draws exactly that line.
   The **Decision boundary** panel shows what the line becomes back in the input plane: a bent band.
4. Press **Reset** and then **Start**: the network learns its own hidden layer from random weights.
   Watch the four points move in the feature space until a line fits between them.

*Question:* the class-1 point lies only 0.015 from the line through the class-0 points. What does
that say about the output neuron's weights?
"""
XOR_RU = """\
Никакая прямая не отделит (0, 1) и (1, 0) от (0, 0) и (1, 1): один нейрон не выучит XOR. Скрытый слой
справляется, потому что сначала **переносит точки** в другое место.

1. Сеть 2-2-1 с сигмоидами. У скрытого слоя веса из примера статьи, W = [[1, 1], [−0,5, −0,5]]
   (в записи W·x), смещения нет.
2. Посмотрите на панель **«Пространство признаков»** (слой — скрытый). Четыре входа попадают в
   (0,5; 0,5) и (0,88; 0,27) для класса 0, а оба входа класса 1 — в точку (0,73; 0,38).
3. В новом пространстве классы разделяет одна прямая, и выходной нейрон проводит именно её.
   Панель **«Граница решений»** показывает, во что эта прямая превращается на плоскости входов: в изогнутую полосу.
4. Нажмите **Сбросить**, затем **Старт**: сеть сама учит скрытый слой, начиная со случайных весов.
   Смотрите, как четыре точки движутся в пространстве признаков, пока между ними не пройдёт прямая.

*Вопрос:* точка класса 1 лежит всего в 0,015 от прямой через точки класса 0. Что это говорит о весах выходного нейрона?
"""

ELEVEN_EN = """\
The famous 11-line network, run by this app's own engine, number for number.

1. The data is the 3-column table: [0,0,1], [0,1,1], [1,0,1], [1,1,1] with targets 0, 1, 1, 0.
   The third column is always 1 and plays the part of a bias.
2. The network is 3-4-1, sigmoid, no biases; the weights are drawn as `2·random − 1` after
   `np.random.seed(1)`.
3. In the **11-line network** panel press **Start**. It runs all 60,000 iterations and prints the
   mean absolute error every 10,000, beside the article's values:
   **0.496410031903**, 0.00858452565325, 0.00578945986251, 0.00462917677677, 0.00395876528027,
   0.00351012256786.
4. The live table shows l0, l1, l2, the error and the delta of each row as the run goes.

*Question:* the article adds l1ᵀ·l2_delta to the weights with step 1; the app uses mean squared
error with learning rate 2. Why is that the same step?
"""
ELEVEN_RU = """\
Знаменитая сеть в 11 строк, посчитанная движком этой программы, число в число.

1. Данные — таблица из трёх столбцов: [0,0,1], [0,1,1], [1,0,1], [1,1,1] с ответами 0, 1, 1, 0.
   Третий столбец всегда равен 1 и работает как смещение.
2. Сеть 3-4-1, сигмоида, без смещений; веса берутся как `2·random − 1` после `np.random.seed(1)`.
3. На панели **«Сеть в 11 строк»** нажмите **Старт**. Она выполнит все 60 000 итераций и каждые 10 000
   выведет среднюю абсолютную ошибку рядом со значениями из статьи:
   **0,496410031903**; 0,00858452565325; 0,00578945986251; 0,00462917677677; 0,00395876528027;
   0,00351012256786.
4. Живая таблица показывает l0, l1, l2, ошибку и дельту каждой строки по ходу расчёта.

*Вопрос:* в статье к весам прибавляют l1ᵀ·l2_delta с шагом 1, а программа берёт среднеквадратичную
ошибку со скоростью обучения 2. Почему это один и тот же шаг?
"""

RATE_EN = """\
The learning rate is the length of each step downhill. Too short and nothing happens; too long and
the network jumps over the valley.

1. XOR, a 2-4-1 network, plain SGD on the whole table. The learning rate starts at **0.001**.
   Press **Start** and watch the loss plot: after 1,000 epochs the loss has only gone from 0.73 to about 0.70.
2. **Stop**, press **Reset**, set the learning rate to **1** in the Training panel and start again:
   the loss falls below 0.01 within a few hundred epochs.
3. Reset and try **10**: the loss jumps up to about 5 and stays high. At **50** the steps are so long
   that the numbers blow up, and the app stops training and says so.

*Question:* why does the same network with the same data learn in one case and fail in the others,
although every step goes "downhill"?
"""
RATE_RU = """\
Скорость обучения — это длина каждого шага вниз по склону. Слишком короткий шаг — ничего не
происходит; слишком длинный — сеть перепрыгивает через долину.

1. XOR, сеть 2-4-1, обычный SGD по всей таблице. Скорость обучения сначала **0,001**.
   Нажмите **Старт** и смотрите на график потерь: за 1000 эпох потери снизятся лишь с 0,73 примерно до 0,70.
2. Нажмите **Стоп**, затем **Сбросить**, поставьте на панели «Обучение» скорость **1** и запустите снова:
   потери опускаются ниже 0,01 за несколько сотен эпох.
3. Сбросьте и попробуйте **10**: потери подскакивают примерно до 5 и остаются высокими. При **50** шаги
   так длинны, что числа уходят в бесконечность, и программа останавливает обучение с сообщением.

*Вопрос:* почему одна и та же сеть на тех же данных в одном случае учится, а в других нет, хотя каждый шаг идёт «вниз»?
"""

SPIRAL_EN = """\
A network with many weights can learn its training points by heart, noise included, and then
answer new points no better than a coin.

1. The data: two noisy spirals, 120 points, half of them held back as the **test** set.
   The network: 2-64-64-1 (over 4,000 weights), Adam.
2. Press **Start** and watch the loss plot's two curves. The training loss keeps falling; after a few
   hundred epochs the training accuracy reaches 100 %, while the **test** loss climbs and the test
   accuracy stays near 50 %.
3. The Decision boundary panel shows why: the regions wrap around single points.
4. Try to do better: a smaller network (Network panel), an L2 penalty (Training panel), or more
   points (Data panel). Which one closes the gap between the two curves?

*Question:* why can you not see overfitting with the training loss alone?
"""
SPIRAL_RU = """\
Сеть с большим числом весов может выучить обучающие точки наизусть, вместе с шумом, и отвечать на
новые точки не лучше монетки.

1. Данные: две зашумлённые спирали, 120 точек, половина отложена как **тестовая** выборка.
   Сеть: 2-64-64-1 (больше 4000 весов), Adam.
2. Нажмите **Старт** и смотрите на две кривые графика потерь. Потери на обучении всё падают; через
   несколько сотен эпох точность на обучении доходит до 100 %, а **тестовые** потери растут, и точность
   на тесте остаётся около 50 %.
3. Панель «Граница решений» показывает, почему: области обвиваются вокруг отдельных точек.
4. Попробуйте добиться лучшего: сеть поменьше (панель «Сеть»), штраф L2 (панель «Обучение») или больше
   точек (панель «Данные»). Что сближает две кривые?

*Вопрос:* почему переобучение не видно по одним только потерям на обучении?
"""

MNIST_EN = """\
Handwritten digits: 784 grey pixels in, ten classes out, and softmax with cross-entropy at the end.

1. The network is **784-16-10**: 784·16 + 16 weights and biases in the hidden layer and 16·10 + 10 in
   the output layer, **12,730** parameters in all (the Network panel counts them).
2. The data is the sample of 10,000 real MNIST digits that comes with the app, so this lesson works
   offline. For all 70,000 digits choose **File → Download full MNIST…** (about 11 MB, once; it is
   kept for later), or open MNIST files you already have with **File → Open data file…**.
3. Press **Start**. After a few epochs most test digits are recognised.
4. Look at the **Softmax** panel: for one digit it shows the logits z, the probabilities
   p = softmax(z), the target t, the Jacobian ∂p/∂z, and that J·(−t/p) equals **p − t**, the
   output layer's delta.

*Question:* why is the output layer's delta so simple, when softmax and the logarithm each have a
complicated derivative?
"""
MNIST_RU = """\
Рукописные цифры: на входе 784 серых пикселя, на выходе десять классов, в конце softmax и перекрёстная энтропия.

1. Сеть **784-16-10**: в скрытом слое 784·16 + 16 весов и смещений, в выходном 16·10 + 10, всего
   **12 730** параметров (панель «Сеть» их считает).
2. Данные — выборка из 10 000 настоящих цифр MNIST, которая входит в программу, поэтому урок работает
   без интернета. Чтобы взять все 70 000 цифр, выберите **Файл → Скачать полный MNIST…** (около 11 МБ,
   один раз; файлы сохраняются), или откройте уже имеющиеся файлы MNIST через **Файл → Открыть файл данных…**.
3. Нажмите **Старт**. Через несколько эпох большая часть тестовых цифр распознаётся.
4. Посмотрите на панель **«Softmax»**: для одной цифры там видны логиты z, вероятности
   p = softmax(z), ответ t, якобиан ∂p/∂z и то, что J·(−t/p) равно **p − t**, дельте выходного слоя.

*Вопрос:* почему дельта выходного слоя так проста, хотя у softmax и у логарифма производные сложные?
"""


def lessons():
    """(file name, project, Lesson) for every built-in lesson."""
    xor_net = xor_feature_network()
    eleven = eleven_line_network()
    spiral = DatasetSpec("toy2d", "spiral", {"n": 120, "noise": 0.3, "seed": 1, "n_classes": 2, "test_ratio": 0.5})
    yield ("01-gates-and-gradients", fresh_project(XOR), Lesson(
        title={"en": "1. Gates and gradients", "ru": "1. Вентили и градиенты"}, text={"en": GATES_EN, "ru": GATES_RU},
        tutorial=T1, show=("circuitDock",), front=("circuitDock",), lock=DESIGN_LOCKS,
        open=("circuitDock", "sum_times")))
    yield ("02-one-neuron", fresh_project(DatasetSpec("logic", "AND"), NetworkSpec((2, 1), ("sigmoid",)),
                                          TrainingConfig(learning_rate=0.5, batch_size=None, optimizer="sgd")),
           Lesson(title={"en": "2. One neuron", "ru": "2. Один нейрон"}, text={"en": NEURON_EN, "ru": NEURON_RU},
                  tutorial=T1, show=("circuitDock", "boundaryDock"), front=("circuitDock",), lock=DESIGN_LOCKS,
                  open=("circuitDock", "single_neuron")))
    yield ("03-xor-needs-a-hidden-layer",
           fresh_project(XOR, NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid")),
                         TrainingConfig(learning_rate=1.0, batch_size=None, optimizer="sgd"), xor_net.flat_params),
           Lesson(title={"en": "3. XOR needs a hidden layer", "ru": "3. XOR нужен скрытый слой"},
                  text={"en": XOR_EN, "ru": XOR_RU}, tutorial=T5, show=("featureSpaceDock", "boundaryDock"),
                  front=("featureSpaceDock",), lock=DESIGN_LOCKS))
    yield ("04-the-11-line-network",
           fresh_project(DatasetSpec("logic", "XOR (3-column table)"),
                         NetworkSpec((3, 4, 1), ("sigmoid", "sigmoid"), init="uniform", bias=False, loss="mse"),
                         TrainingConfig(learning_rate=2.0, batch_size=None, optimizer="sgd", shuffle=False),
                         eleven.flat_params),
           Lesson(title={"en": "4. The 11-line network", "ru": "4. Сеть в 11 строк"},
                  text={"en": ELEVEN_EN, "ru": ELEVEN_RU}, tutorial=T3, show=("elevenLinesDock",),
                  front=("elevenLinesDock",), lock=DESIGN_LOCKS, open=("elevenLinesDock", "eleven_lines")))
    yield ("05-learning-rate", fresh_project(XOR, None, TrainingConfig(learning_rate=0.001, batch_size=None,
                                                                       optimizer="sgd")),
           Lesson(title={"en": "5. Learning rate: too big and too small",
                         "ru": "5. Скорость обучения: слишком большая и слишком маленькая"},
                  text={"en": RATE_EN, "ru": RATE_RU}, tutorial=T2, show=("lossDock", "boundaryDock"),
                  front=("boundaryDock",), lock=DESIGN_LOCKS))
    yield ("06-overfitting-on-the-spiral",
           fresh_project(spiral, NetworkSpec((2, 64, 64, 1), ("tanh", "tanh", "sigmoid")),
                         TrainingConfig(learning_rate=0.01, batch_size=16, optimizer="adam")),
           Lesson(title={"en": "6. Overfitting on the spiral", "ru": "6. Переобучение на спирали"},
                  text={"en": SPIRAL_EN, "ru": SPIRAL_RU}, tutorial=T5, show=("lossDock", "boundaryDock"),
                  front=("boundaryDock",)))
    yield ("07-mnist-and-softmax",
           fresh_project(DatasetSpec("mnist", "sample"), NetworkSpec((784, 16, 10), ("relu", "softmax")),
                         TrainingConfig(learning_rate=0.05, batch_size=64, optimizer="momentum", epochs=10)),
           Lesson(title={"en": "7. MNIST and the softmax", "ru": "7. MNIST и softmax"},
                  text={"en": MNIST_EN, "ru": MNIST_RU}, tutorial=T4, show=("mnistDock", "softmaxDock", "lossDock"),
                  front=("mnistDock",), lock=("networkPanel",)))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.bplesson"):
        old.unlink()
    for name, project, lesson in lessons():
        from dataclasses import replace

        project = replace(project, saved_at="2026-11-30T00:00:00+00:00", app_version="lessons")
        path = write_lesson(OUT / f"{name}.bplesson", project, lesson)
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes  {project.spec.num_params:,} parameters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
