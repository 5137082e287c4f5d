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
    <name>ConfusionMatrixView</name>
    <message numerus="yes">
        <source>true %1, predicted %2: %Ln digit(s)</source>
        <translation>
            <numerusform>true %1, predicted %2: %Ln digit</numerusform>
            <numerusform>true %1, predicted %2: %Ln digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %Ln image(s)</source>
        <translation>
            <numerusform>true %1, predicted %2: %Ln image</numerusform>
            <numerusform>true %1, predicted %2: %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %Ln sample(s)</source>
        <translation>
            <numerusform>true %1, predicted %2: %Ln sample</numerusform>
            <numerusform>true %1, predicted %2: %Ln samples</numerusform>
        </translation>
    </message>
</context>
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
    <name>DataPanel</name>
    <message numerus="yes">
        <source>The network has trained for %Ln epoch(s). New data means a new network with fresh weights: that training progress will be lost.</source>
        <translation>
            <numerusform>The network has trained for %Ln epoch. New data means a new network with fresh weights: that training progress will be lost.</numerusform>
            <numerusform>The network has trained for %Ln epochs. New data means a new network with fresh weights: that training progress will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message numerus="yes">
        <source>%Ln row(s) (the network trains and is tested on the same table)</source>
        <translation>
            <numerusform>%Ln row (the network trains and is tested on the same table)</numerusform>
            <numerusform>%Ln rows (the network trains and is tested on the same table)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln input</numerusform>
            <numerusform>%Ln inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln class</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message numerus="yes">
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;Drawing needs &lt;b&gt;784-input image data like MNIST&lt;/b&gt; (28×28 pixels).&lt;/p&gt;&lt;p&gt;Pick &lt;b&gt;MNIST&lt;/b&gt; in the %1 panel, train the network, then draw a digit here and watch it guess.&lt;/p&gt;&lt;p&gt;The current data, &lt;i&gt;%2&lt;/i&gt;, has %Ln input(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;font-size:12pt&apos;&gt;Drawing needs &lt;b&gt;784-input image data like MNIST&lt;/b&gt; (28×28 pixels).&lt;/p&gt;&lt;p&gt;Pick &lt;b&gt;MNIST&lt;/b&gt; in the %1 panel, train the network, then draw a digit here and watch it guess.&lt;/p&gt;&lt;p&gt;The current data, &lt;i&gt;%2&lt;/i&gt;, has %Ln input.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;font-size:12pt&apos;&gt;Drawing needs &lt;b&gt;784-input image data like MNIST&lt;/b&gt; (28×28 pixels).&lt;/p&gt;&lt;p&gt;Pick &lt;b&gt;MNIST&lt;/b&gt; in the %1 panel, train the network, then draw a digit here and watch it guess.&lt;/p&gt;&lt;p&gt;The current data, &lt;i&gt;%2&lt;/i&gt;, has %Ln inputs.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %Ln neuron(s) for %1 classes: fix the design in the %2 panel.</source>
        <translation>
            <numerusform>It has %Ln neuron for %1 classes: fix the design in the %2 panel.</numerusform>
            <numerusform>It has %Ln neurons for %1 classes: fix the design in the %2 panel.</numerusform>
        </translation>
    </message>
</context>
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
        <source>The data has {n_classes} classes: with a {activation} output that takes %Ln output neuron(s), but the output layer has {n_outputs}.</source>
        <translation>
            <numerusform>The data has {n_classes} classes: with a {activation} output that takes %Ln output neuron, but the output layer has {n_outputs}.</numerusform>
            <numerusform>The data has {n_classes} classes: with a {activation} output that takes %Ln output neurons, but the output layer has {n_outputs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The example has {got} values, but the network takes %Ln input(s).</source>
        <translation>
            <numerusform>The example has {got} values, but the network takes %Ln input.</numerusform>
            <numerusform>The example has {got} values, but the network takes %Ln inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target “{target}” does not fit the network&apos;s %Ln output neuron(s).</source>
        <translation>
            <numerusform>The target “{target}” does not fit the network&apos;s %Ln output neuron.</numerusform>
            <numerusform>The target “{target}” does not fit the network&apos;s %Ln output neurons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network has %Ln weight(s) that are not finite numbers (NaN or infinite): training cannot start from them. Reset the network, or load another model.</source>
        <translation>
            <numerusform>The network has %Ln weight that is not a finite number (NaN or infinite): training cannot start from it. Reset the network, or load another model.</numerusform>
            <numerusform>The network has %Ln weights that are not finite numbers (NaN or infinite): training cannot start from them. Reset the network, or load another model.</numerusform>
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
<context>
    <name>HiddenLayerRow</name>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <comment>the unit after a number box; the number is shown by the box</comment>
        <translation>
            <numerusform>%n neuron</numerusform>
            <numerusform>%n neurons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MnistPanel</name>
    <message numerus="yes">
        <source>The first %Ln test digit(s) and the network&apos;s guesses</source>
        <translation>
            <numerusform>The first %Ln test digit and the network&apos;s guesses</numerusform>
            <numerusform>The first %Ln test digits and the network&apos;s guesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln test image(s) and the network&apos;s guesses</source>
        <translation>
            <numerusform>The first %Ln test image and the network&apos;s guesses</numerusform>
            <numerusform>The first %Ln test images and the network&apos;s guesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not measured yet (test digits: %Ln)</source>
        <translation>
            <numerusform>not measured yet (test digits: %Ln)</numerusform>
            <numerusform>not measured yet (test digits: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not measured yet (test images: %Ln)</source>
        <translation>
            <numerusform>not measured yet (test images: %Ln)</numerusform>
            <numerusform>not measured yet (test images: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not measured yet (test samples: %Ln)</source>
        <translation>
            <numerusform>not measured yet (test samples: %Ln)</numerusform>
            <numerusform>not measured yet (test samples: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %Ln test digit(s) · guessing would get %2</source>
        <translation>
            <numerusform>%1 · on %Ln test digit · guessing would get %2</numerusform>
            <numerusform>%1 · on %Ln test digits · guessing would get %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %Ln test image(s) · guessing would get %2</source>
        <translation>
            <numerusform>%1 · on %Ln test image · guessing would get %2</numerusform>
            <numerusform>%1 · on %Ln test images · guessing would get %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · on %Ln test sample(s) · guessing would get %2</source>
        <translation>
            <numerusform>%1 · on %Ln test sample · guessing would get %2</numerusform>
            <numerusform>%1 · on %Ln test samples · guessing would get %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln test digit(s): %1 wrong</source>
        <translation>
            <numerusform>The first %Ln test digit: %1 wrong</numerusform>
            <numerusform>The first %Ln test digits: %1 wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln test image(s): %1 wrong</source>
        <translation>
            <numerusform>The first %Ln test image: %1 wrong</numerusform>
            <numerusform>The first %Ln test images: %1 wrong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelFit</name>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln feature</numerusform>
            <numerusform>%Ln features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the model takes %Ln input(s), but the data “%1” has %2</source>
        <translation>
            <numerusform>the model takes %Ln input, but the data “%1” has %2</numerusform>
            <numerusform>the model takes %Ln inputs, but the data “%1” has %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its output layer (“%1”) has %Ln neuron(s)</source>
        <translation>
            <numerusform>its output layer (“%1”) has %Ln neuron</numerusform>
            <numerusform>its output layer (“%1”) has %Ln neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the data “%1” has %2, which need %Ln output neuron(s)</source>
        <translation>
            <numerusform>the data “%1” has %2, which need %Ln output neuron</numerusform>
            <numerusform>the data “%1” has %2, which need %Ln output neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln class</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message numerus="yes">
        <source>%Ln more neuron(s) are not drawn (%1 … %2); their links are left out too</source>
        <translation>
            <numerusform>%Ln more neuron are not drawn (%1 … %2); their links are left out too</numerusform>
            <numerusform>%Ln more neurons are not drawn (%1 … %2); their links are left out too</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message numerus="yes">
        <source>%Ln pixel(s) (%1×%2 image)</source>
        <translation>
            <numerusform>%Ln pixel (%1×%2 image)</numerusform>
            <numerusform>%Ln pixels (%1×%2 image)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s): %1</source>
        <translation>
            <numerusform>%Ln input: %1</numerusform>
            <numerusform>%Ln inputs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln input</numerusform>
            <numerusform>%Ln inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln neuron(s))</source>
        <translation>
            <numerusform>%1 (%Ln neuron)</numerusform>
            <numerusform>%1 (%Ln neurons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new design starts from fresh random weights: %Ln epoch(s) of training will be lost.

Build it now?</source>
        <translation>
            <numerusform>The new design starts from fresh random weights: %Ln epoch of training will be lost.

Build it now?</numerusform>
            <numerusform>The new design starts from fresh random weights: %Ln epochs of training will be lost.

Build it now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output neuron(s): the probability of “%1”.</source>
        <translation>
            <numerusform>%Ln output neuron: the probability of “%1”.</numerusform>
            <numerusform>%Ln output neurons: the probability of “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output neuron(s): one per class of the data “%1”.</source>
        <translation>
            <numerusform>%Ln output neuron: one per class of the data “%1”.</numerusform>
            <numerusform>%Ln output neurons: one per class of the data “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln output neuron(s); the data “%1” has %2 classes.</source>
        <translation>
            <numerusform>%Ln output neuron; the data “%1” has %2 classes.</numerusform>
            <numerusform>%Ln output neurons; the data “%1” has %2 classes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln neuron(s)</source>
        <translation>
            <numerusform>%Ln neuron</numerusform>
            <numerusform>%Ln neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (the full batch: %Ln sample(s)).</source>
        <translation>
            <numerusform>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (the full batch: %Ln sample).</numerusform>
            <numerusform>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (the full batch: %Ln samples).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (batch size: %Ln sample(s)).</source>
        <translation>
            <numerusform>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (batch size: %Ln sample).</numerusform>
            <numerusform>Rough memory to train this network: weights, gradients and optimizer state, plus the activations of one batch (batch size: %Ln samples).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeuronMapsView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neuron(s), first %3 shown</source>
        <translation>
            <numerusform>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neuron, first %3 shown</numerusform>
            <numerusform>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neurons, first %3 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neuron(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neuron</numerusform>
            <numerusform>&lt;b&gt;Hidden layer %1&lt;/b&gt; · %2 · %Ln neurons</numerusform>
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
<context>
    <name>PointEditBar</name>
    <message numerus="yes">
        <source>The network has trained for %Ln epoch(s). Your edited points make a new data set, and the network starts again with fresh weights each time they change.</source>
        <translation>
            <numerusform>The network has trained for %Ln epoch. Your edited points make a new data set, and the network starts again with fresh weights each time they change.</numerusform>
            <numerusform>The network has trained for %Ln epochs. Your edited points make a new data set, and the network starts again with fresh weights each time they change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectText</name>
    <message numerus="yes">
        <source>The %n epoch(s) kept for rewinding could not be restored; everything else was.</source>
        <translation>
            <numerusform>The %n epoch kept for rewinding could not be restored; everything else was.</numerusform>
            <numerusform>The %n epochs kept for rewinding could not be restored; everything else was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the epochs kept for rewinding could not be restored; the others and everything else were.</source>
        <translation>
            <numerusform>%n of the epochs kept for rewinding could not be restored; the others and everything else were.</numerusform>
            <numerusform>%n of the epochs kept for rewinding could not be restored; the others and everything else were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the epochs kept for rewinding could not be restored (epoch(s) %1); the others and everything else were.</source>
        <translation>
            <numerusform>%n of the epochs kept for rewinding could not be restored (epoch %1); the others and everything else were.</numerusform>
            <numerusform>%n of the epochs kept for rewinding could not be restored (epochs %1); the others and everything else were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message numerus="yes">
        <source>One step per epoch, on all the training samples (%Ln).</source>
        <translation>
            <numerusform>One step per epoch, on all the training samples (%Ln).</numerusform>
            <numerusform>One step per epoch, on all the training samples (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) per epoch</source>
        <translation>
            <numerusform>%Ln batch per epoch</numerusform>
            <numerusform>%Ln batches per epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minibatch(es) (optimizer steps) in one pass over the training samples (%1)</source>
        <translation>
            <numerusform>%Ln minibatch (optimizer steps) in one pass over the training samples (%1)</numerusform>
            <numerusform>%Ln minibatches (optimizer steps) in one pass over the training samples (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message numerus="yes">
        <source>%Ln step(s)/s</source>
        <translation>
            <numerusform>%Ln step/s</numerusform>
            <numerusform>%Ln steps/s</numerusform>
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
<context>
    <name>WeightLayerText</name>
    <message numerus="yes">
        <source>W%1: %Ln neuron(s)</source>
        <translation>
            <numerusform>W%1: %Ln neuron</numerusform>
            <numerusform>W%1: %Ln neurons</numerusform>
        </translation>
    </message>
</context>
</TS>
