<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
