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
        <source>Principal components (PCA)</source>
        <translation>Главные компоненты (МГК)</translation>
    </message>
    <message>
        <source>Two neurons</source>
        <translation>Два нейрона</translation>
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
        <source>Two inputs</source>
        <translation>Два входа</translation>
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
        <source>principal component 1</source>
        <translation>главная компонента 1</translation>
    </message>
    <message>
        <source>principal component 2</source>
        <translation>главная компонента 2</translation>
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
</TS>
