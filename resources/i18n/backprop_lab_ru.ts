<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BoundaryPanel</name>
    <message>
        <source>This network has no hidden layer: its output neuron draws a straight line in its inputs, but with %1 among them that line is a curve in this plane.</source>
        <translation>В этой сети нет скрытого слоя: её выходной нейрон проводит прямую в пространстве своих входов, но раз среди них есть %1, на этой плоскости прямая становится кривой.</translation>
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
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows and the first %2 of %3 columns of %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column that holds the class of each row; the other numeric columns are inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise inputs (mean 0, standard deviation 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale each input column; helps when columns have very different ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers with a decimal comma (3,14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The current data is unchanged.</source>
        <translation type="unfinished"></translation>
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
        <source>&lt;b&gt;Data:&lt;/b&gt; %1 → y = 0, 0, 1, 1 (y copies the first column). &lt;b&gt;Network:&lt;/b&gt; 3-1, sigmoid, no biases. &lt;b&gt;Weights:&lt;/b&gt; syn0 = 2·random((3, 1)) − 1 after np.random.seed(1). &lt;b&gt;Update:&lt;/b&gt; syn0 += l0ᵀ·l1_delta, summed over the four rows (in the app: mean squared error at learning rate 2, the same step). &lt;b&gt;Iterations:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Данные:&lt;/b&gt; %1 → y = 0, 0, 1, 1 (y повторяет первый столбец). &lt;b&gt;Сеть:&lt;/b&gt; 3-1, сигмоида, без смещений. &lt;b&gt;Веса:&lt;/b&gt; syn0 = 2·random((3, 1)) − 1 после np.random.seed(1). &lt;b&gt;Обновление:&lt;/b&gt; syn0 += l0ᵀ·l1_delta, сумма по четырём строкам (в приложении: среднеквадратичная ошибка со скоростью обучения 2 — тот же шаг). &lt;b&gt;Итераций:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data:&lt;/b&gt; %1 → y = 0, 1, 1, 0 (XOR of the first two). &lt;b&gt;Network:&lt;/b&gt; 3-4-1, sigmoid, no biases. &lt;b&gt;Weights:&lt;/b&gt; syn0 = 2·random((3, 4)) − 1, then syn1 = 2·random((4, 1)) − 1, after np.random.seed(1). &lt;b&gt;Update:&lt;/b&gt; syn1 += l1ᵀ·l2_delta, syn0 += l0ᵀ·l1_delta, summed over the four rows (in the app: mean squared error at learning rate 2, the same step). &lt;b&gt;Iterations:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Данные:&lt;/b&gt; %1 → y = 0, 1, 1, 0 (XOR первых двух). &lt;b&gt;Сеть:&lt;/b&gt; 3-4-1, сигмоида, без смещений. &lt;b&gt;Веса:&lt;/b&gt; syn0 = 2·random((3, 4)) − 1, затем syn1 = 2·random((4, 1)) − 1, после np.random.seed(1). &lt;b&gt;Обновление:&lt;/b&gt; syn1 += l1ᵀ·l2_delta, syn0 += l0ᵀ·l1_delta, сумма по четырём строкам (в приложении: среднеквадратичная ошибка со скоростью обучения 2 — тот же шаг). &lt;b&gt;Итераций:&lt;/b&gt; %2.</translation>
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
</context>
<context>
    <name>FeatureSpacePanel</name>
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
    <name>LossPanel</name>
    <message>
        <source>train data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1/L2 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The L1/L2 penalty of the weights (λ₁·Σ|w| + λ₂/2·Σw²) after each epoch: training minimises the data loss plus this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1/L2 penalty %1</source>
        <translation type="unfinished"></translation>
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
    <name>MnistDownloadDialog</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download full MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST: 70,000 handwritten digits (about 11 MB), saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download what is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the download; nothing half-written is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — %3/s — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or download the four files on another computer and open them here with File &gt; Open data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the download servers: this computer seems to be offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is slow or the connection dropped. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have the file (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror does not have the file right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; files already complete are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more than the file&apos;s size, so the download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; files already complete are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file arrived damaged or altered (its checksum is wrong) and was thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Could not save the model to %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; the network is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2. The current network is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the model from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit the current data: %2. Choose data that fits first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the model&apos;s data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit the current data: %2.

It was trained on %3. Switch to %3 and load the model? The current data and network will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not loaded: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1 (%2), so %3 was not loaded. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit %2 either: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
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
    <name>PlotMenu</name>
    <message>
        <source>Plot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture as an SVG drawing (scalable, for reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plotted numbers as a CSV table (for a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the view back as it starts (undo zooming and panning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the folder may be read-only or the disk full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plotted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Some saved settings made no sense and were reset to their defaults: %1. Everything else is as you left it.</source>
        <translation type="unfinished"></translation>
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
        <translation>Правильный ответ t (one-hot): метка примера; измените его, чтобы увидеть, куда тогда толкала бы функция потерь</translation>
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
    <name>TrainingPanel</name>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 usually starts well with a learning rate of %2; yours is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate set to %1, the usual rate for %2.</source>
        <translation type="unfinished"></translation>
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
</TS>
