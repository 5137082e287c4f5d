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
    <message>
        <source>{file} is damaged, or it is not a Backprop Lab project.</source>
        <translation>Файл {file} повреждён или не является проектом Backprop Lab.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Файла {file} нет.</translation>
    </message>
    <message>
        <source>{file} cannot be read (no permission, or a disk error).</source>
        <translation>Файл {file} не удаётся прочитать (нет прав доступа или ошибка диска).</translation>
    </message>
    <message>
        <source>{file} is not a Backprop Lab project.</source>
        <translation>Файл {file} — не проект Backprop Lab.</translation>
    </message>
    <message>
        <source>{file} is incomplete: the file was cut short (copied or downloaded only in part?).</source>
        <translation>Файл {file} неполный: он обрывается (скопирован или скачан не до конца?).</translation>
    </message>
    <message>
        <source>{file} is damaged: part of it cannot be read.</source>
        <translation>Файл {file} повреждён: часть его не читается.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Backprop Lab (file version {version}; this one reads up to {supported}). Update Backprop Lab to open it.</source>
        <translation>Файл {file} сохранён более новой версией Backprop Lab (версия файла {version}; эта версия читает до {supported}). Обновите Backprop Lab, чтобы открыть его.</translation>
    </message>
    <message>
        <source>{file} is too large to be a Backprop Lab project.</source>
        <translation>Файл {file} слишком велик для проекта Backprop Lab.</translation>
    </message>
    <message>
        <source>{file} holds Python objects, which Backprop Lab never loads (they could run code).</source>
        <translation>В файле {file} есть объекты Python, а Backprop Lab их никогда не загружает (они могут выполнить код).</translation>
    </message>
    <message>
        <source>The disk refused it ({reason}).</source>
        <translation>Диск не принял запись ({reason}).</translation>
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
        <source>Backprop Lab projects and models (*.bplab *.npz);;Backprop Lab projects (*.bplab);;Backprop Lab models (*.npz);;All files (*)</source>
        <translation>Проекты и модели Backprop Lab (*.bplab *.npz);;Проекты Backprop Lab (*.bplab);;Модели Backprop Lab (*.npz);;Все файлы (*)</translation>
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
        <source>Backprop Lab did not close normally last time. Its last autosave holds the data, the network, where training stood and the loss history.</source>
        <translation>В прошлый раз работа Backprop Lab завершилась не как обычно. В последнем автосохранении есть данные, сеть, место, где остановилось обучение, и история потерь.</translation>
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
