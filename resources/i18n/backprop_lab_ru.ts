<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <source>dL/dx (red: ink raises L)</source>
        <translation>dL/dx (красный: чернила повышают L)</translation>
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
    <name>ErrorText</name>
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
    <message numerus="yes">
        <source>The data has {n_classes} classes: with a {activation} output that takes %n output neuron(s), but the output layer has {n_outputs}.</source>
        <translation>
            <numerusform>Классов в данных: {n_classes}. С выходом «{activation}» для них нужен %n выходной нейрон, а в выходном слое нейронов: {n_outputs}.</numerusform>
            <numerusform>Классов в данных: {n_classes}. С выходом «{activation}» для них нужно %n выходных нейрона, а в выходном слое нейронов: {n_outputs}.</numerusform>
            <numerusform>Классов в данных: {n_classes}. С выходом «{activation}» для них нужно %n выходных нейронов, а в выходном слое нейронов: {n_outputs}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This example has {got} values, but the network has {expected} inputs: it cannot be followed through it.</source>
        <translation>В этом примере значений: {got}, а у сети входов: {expected}; провести его через сеть нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>The target {target} does not fit a network with %n output neuron(s).</source>
        <translation>
            <numerusform>Целевое значение {target} не подходит сети с %n выходным нейроном.</numerusform>
            <numerusform>Целевое значение {target} не подходит сети с %n выходными нейронами.</numerusform>
            <numerusform>Целевое значение {target} не подходит сети с %n выходными нейронами.</numerusform>
        </translation>
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
    <name>FormulaList</name>
    <message>
        <source>Formulas of this step</source>
        <translation>Формулы этого шага</translation>
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
    <name>MainWindow</name>
    <message>
        <source>The language changes the next time Backprop Lab starts.</source>
        <translation>Язык сменится при следующем запуске Backprop Lab.</translation>
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
</TS>
