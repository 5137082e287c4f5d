<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ElevenLinesPanel</name>
    <message numerus="yes">
        <source>✓ all %n digit(s)</source>
        <translation>
            <numerusform>✓ all %n digit</numerusform>
            <numerusform>✓ all %n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n digit(s)</source>
        <translation>
            <numerusform>✓ %n digit</numerusform>
            <numerusform>✓ %n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ only %n digit(s)</source>
        <translation>
            <numerusform>✗ only %n digit</numerusform>
            <numerusform>✗ only %n digits</numerusform>
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
    <name>FeatureSpacePanel</name>
    <message numerus="yes">
        <source>Inputs: %n value(s)</source>
        <translation>
            <numerusform>Inputs: %n value</numerusform>
            <numerusform>Inputs: %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer %1: %n neuron(s)</source>
        <translation>
            <numerusform>Hidden layer %1: %n neuron</numerusform>
            <numerusform>Hidden layer %1: %n neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 of %3 as the axes; its other %n value(s) are held at their average over the points.</source>
        <translation>
            <numerusform>%1 and %2 of %3 as the axes; its other %n value is held at its average over the points.</numerusform>
            <numerusform>%1 and %2 of %3 as the axes; its other %n values are held at their average over the points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The colours are the answer of the %n layer(s) after it at every place of this picture (the dark line: the boundary).</source>
        <translation>
            <numerusform>The colours are the answer of the %n layer after it at every place of this picture (the dark line: the boundary).</numerusform>
            <numerusform>The colours are the answer of the %n layers after it at every place of this picture (the dark line: the boundary).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Red rings: %n point(s) the network gets wrong.</source>
        <translation>
            <numerusform>Red rings: %n point the network gets wrong.</numerusform>
            <numerusform>Red rings: %n points the network gets wrong.</numerusform>
        </translation>
    </message>
</context>
</TS>
