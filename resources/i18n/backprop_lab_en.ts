<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContinueDialog</name>
    <message numerus="yes">
        <source>Training goes on from epoch %1 with the weights and the optimizer&apos;s state as they were then. The %n later epoch(s) are removed from the history.</source>
        <translation>
            <numerusform>Training goes on from epoch %1 with the weights and the optimizer&apos;s state as they were then. The %n later epoch is removed from the history.</numerusform>
            <numerusform>Training goes on from epoch %1 with the weights and the optimizer&apos;s state as they were then. The %n later epochs are removed from the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training goes on from epoch %1 with the weights as they were then; the optimizer starts afresh, because its state at that epoch was not kept (momentum and Adam build it up again in a few steps). The %n later epoch(s) are removed from the history.</source>
        <translation>
            <numerusform>Training goes on from epoch %1 with the weights as they were then; the optimizer starts afresh, because its state at that epoch was not kept (momentum and Adam build it up again in a few steps). The %n later epoch is removed from the history.</numerusform>
            <numerusform>Training goes on from epoch %1 with the weights as they were then; the optimizer starts afresh, because its state at that epoch was not kept (momentum and Adam build it up again in a few steps). The %n later epochs are removed from the history.</numerusform>
        </translation>
    </message>
</context>
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
    <name>PaceControl</name>
    <message numerus="yes">
        <source>%n epoch(s)/s</source>
        <translation>
            <numerusform>%n epoch/s</numerusform>
            <numerusform>%n epochs/s</numerusform>
        </translation>
    </message>
</context>
</TS>
