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
</TS>
