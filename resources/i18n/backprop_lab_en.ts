<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>The data has {n_classes} classes: with a {activation} output that takes %n output neuron(s), but the output layer has {n_outputs}.</source>
        <translation>
            <numerusform>The data has {n_classes} classes: with a {activation} output that takes %n output neuron, but the output layer has {n_outputs}.</numerusform>
            <numerusform>The data has {n_classes} classes: with a {activation} output that takes %n output neurons, but the output layer has {n_outputs}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message numerus="yes">
        <source>%n epoch(s) of training and the changes since the last save are not in a file. If you don&apos;t save, they are lost.</source>
        <translation>
            <numerusform>%n epoch of training and the changes since the last save are not in a file. If you don&apos;t save, they are lost.</numerusform>
            <numerusform>%n epochs of training and the changes since the last save are not in a file. If you don&apos;t save, they are lost.</numerusform>
        </translation>
    </message>
</context>
</TS>
