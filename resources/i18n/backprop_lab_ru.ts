<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
<context>
    <name>PaceControl</name>
    <message>
        <source>Training pace</source>
        <translation>Темп обучения</translation>
    </message>
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
</TS>
