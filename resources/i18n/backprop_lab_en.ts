<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackpropScene</name>
    <message numerus="yes">
        <source>%n link(s) from the pixels into %1: the ones with the largest |dL/dw| are listed at the Backward steps</source>
        <translation>
            <numerusform>%n link from the pixels into %1: the ones with the largest |dL/dw| are listed at the Backward steps</numerusform>
            <numerusform>%n links from the pixels into %1: the ones with the largest |dL/dw| are listed at the Backward steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackpropTexts</name>
    <message numerus="yes">
        <source>The weights after %n epoch(s), following training.</source>
        <translation>
            <numerusform>The weights after %n epoch, following training.</numerusform>
            <numerusform>The weights after %n epochs, following training.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weights after %n epoch(s).</source>
        <translation>
            <numerusform>The weights after %n epoch.</numerusform>
            <numerusform>The weights after %n epochs.</numerusform>
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
    <message numerus="yes">
        <source>The target {target} does not fit a network with %n output neuron(s).</source>
        <translation>
            <numerusform>The target {target} does not fit a network with %n output neuron.</numerusform>
            <numerusform>The target {target} does not fit a network with %n output neurons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradCheckDialog</name>
    <message numerus="yes">
        <source>ReLU has a kink at 0: its slope jumps from 0 to 1 there. If nudging a weight by ±h moves a neuron&apos;s z across 0, the numerical gradient mixes the two slopes, while backprop uses one of them, so single entries can disagree although backprop is right. Here %n parameter(s) sit that close to a kink (|z| ≤ h·|input|); the error of a whole layer stays tiny.</source>
        <translation>
            <numerusform>ReLU has a kink at 0: its slope jumps from 0 to 1 there. If nudging a weight by ±h moves a neuron&apos;s z across 0, the numerical gradient mixes the two slopes, while backprop uses one of them, so single entries can disagree although backprop is right. Here %n parameter sits that close to a kink (|z| ≤ h·|input|); the error of a whole layer stays tiny.</numerusform>
            <numerusform>ReLU has a kink at 0: its slope jumps from 0 to 1 there. If nudging a weight by ±h moves a neuron&apos;s z across 0, the numerical gradient mixes the two slopes, while backprop uses one of them, so single entries can disagree although backprop is right. Here %n parameters sit that close to a kink (|z| ≤ h·|input|); the error of a whole layer stays tiny.</numerusform>
        </translation>
    </message>
</context>
</TS>
