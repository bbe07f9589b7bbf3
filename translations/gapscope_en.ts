<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EventPreview</name>
    <message numerus="yes">
        <source>%n event(s) to add</source>
        <translation>
            <numerusform>%n event to add</numerusform>
            <numerusform>%n events to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>%n new source</numerusform>
            <numerusform>%n new sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1</source>
        <translation>
            <numerusform>%n row skipped: %1</numerusform>
            <numerusform>%n rows skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new indicator(s)</source>
        <translation>
            <numerusform>%n new indicator</numerusform>
            <numerusform>%n new indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>%n new source</numerusform>
            <numerusform>%n new sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s) of unknown countries: %1</source>
        <translation>
            <numerusform>skipped %n row of unknown countries: %1</numerusform>
            <numerusform>skipped %n rows of unknown countries: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s)</source>
        <translation>
            <numerusform>… and %n more event</numerusform>
            <numerusform>… and %n more events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message numerus="yes">
        <source>%1 (%2): %n observation(s)</source>
        <translation>
            <numerusform>%1 (%2): %n observation</numerusform>
            <numerusform>%1 (%2): %n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n field(s) filled on matched records</source>
        <translation>
            <numerusform>, %n field filled on matched records</numerusform>
            <numerusform>, %n fields filled on matched records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n value(s) of the workspace kept</source>
        <translation>
            <numerusform>, %n value of the workspace kept</numerusform>
            <numerusform>, %n values of the workspace kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NativeChart</name>
    <message numerus="yes">
        <source>%n other countries (grey)</source>
        <translation>
            <numerusform>%n other country (grey)</numerusform>
            <numerusform>%n other countries (grey)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::BubbleCanvas</name>
    <message numerus="yes">
        <source>Source: %1</source>
        <translation>
            <numerusform>Source: %1</numerusform>
            <numerusform>Sources: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::BubblePanel</name>
    <message numerus="yes">
        <source>%n countries without data in %1</source>
        <translation>
            <numerusform>%n country without data in %1</numerusform>
            <numerusform>%n countries without data in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::ChartPanel</name>
    <message numerus="yes">
        <source>%n other countries (grey)</source>
        <translation>
            <numerusform>%n other country (grey)</numerusform>
            <numerusform>%n other countries (grey)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::DeckWriter</name>
    <message numerus="yes">
        <source>Source: %1</source>
        <translation>
            <numerusform>Source: %1</numerusform>
            <numerusform>Sources: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::DetailsPanel</name>
    <message numerus="yes">
        <source>%n observation(s) in the workspace.</source>
        <translation>
            <numerusform>%n observation in the workspace.</numerusform>
            <numerusform>%n observations in the workspace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::ExportDialog</name>
    <message numerus="yes">
        <source>Too long for one slide in readable type: %n pages in a PDF, or numbered PNG or SVG files; the first is shown.</source>
        <translation>
            <numerusform>Too long for one slide in readable type: %n page in a PDF, or a PNG or SVG file; it is shown.</numerusform>
            <numerusform>Too long for one slide in readable type: %n pages in a PDF, or numbered PNG or SVG files; the first is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n files: %1</source>
        <translation>
            <numerusform>Wrote %n file: %1</numerusform>
            <numerusform>Wrote %n files: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::ImportDialog</name>
    <message numerus="yes">
        <source>%n observation(s) to add</source>
        <translation>
            <numerusform>%n observation to add</numerusform>
            <numerusform>%n observations to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new indicator(s)</source>
        <translation>
            <numerusform>%n new indicator</numerusform>
            <numerusform>%n new indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1</source>
        <translation>
            <numerusform>%n row skipped: %1</numerusform>
            <numerusform>%n rows skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more kept value(s): the dry run lists them all</source>
        <translation>
            <numerusform>… and %n more kept value: the dry run lists them all</numerusform>
            <numerusform>… and %n more kept values: the dry run lists them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::MainWindow</name>
    <message numerus="yes">
        <source>%n observation(s) shown</source>
        <translation>
            <numerusform>%n observation shown</numerusform>
            <numerusform>%n observations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::ScatterCanvas</name>
    <message numerus="yes">
        <source>%n other countries</source>
        <translation>
            <numerusform>%n other country</numerusform>
            <numerusform>%n other countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::ScatterPanel</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n without “%2” not shown</source>
        <translation>
            <numerusform>%1 · %n without “%2” not shown</numerusform>
            <numerusform>%1 · %n without “%2” not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::SlideRenderer</name>
    <message numerus="yes">
        <source>Source: %1</source>
        <translation>
            <numerusform>Source: %1</numerusform>
            <numerusform>Sources: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::WorkspaceController</name>
    <message numerus="yes">
        <source>Imported %n event(s) from %1</source>
        <translation>
            <numerusform>Imported %n event from %1</numerusform>
            <numerusform>Imported %n events from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n observation(s) from %1</source>
        <translation>
            <numerusform>Imported %n observation from %1</numerusform>
            <numerusform>Imported %n observations from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n observation(s)</source>
        <translation>
            <numerusform>Read %n observation</numerusform>
            <numerusform>Read %n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n field(s) filled on matched records</source>
        <translation>
            <numerusform>; %n field filled on matched records</numerusform>
            <numerusform>; %n fields filled on matched records</numerusform>
        </translation>
    </message>
</context>
</TS>
