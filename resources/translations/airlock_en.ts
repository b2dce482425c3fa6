<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AuditSection</name>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="303" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="303" />
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n signed checkpoint</numerusform>
            <numerusform>%n signed checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="304" />
        <source>%n entry(s) not yet sealed by a checkpoint</source>
        <translation>
            <numerusform>%n entry not yet sealed by a checkpoint</numerusform>
            <numerusform>%n entries not yet sealed by a checkpoint</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>BundlesSection</name>
    <message numerus="yes">
        <location filename="../../app/gui/sections/bundles.py" line="285" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>DashboardSection</name>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="121" />
        <source>%n healthy</source>
        <translation>
            <numerusform>%n healthy</numerusform>
            <numerusform>%n healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="121" />
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="122" />
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="127" />
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>DeployDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="376" />
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n node selected</numerusform>
            <numerusform>%n nodes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="378" />
        <source>%n node(s) refused by policy</source>
        <translation>
            <numerusform>%n node refused by policy</numerusform>
            <numerusform>%n nodes refused by policy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="391" />
        <location filename="../../app/gui/deploy.py" line="414" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="125" />
        <source>%n new object(s)</source>
        <translation>
            <numerusform>%n new object</numerusform>
            <numerusform>%n new objects</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>WritePage</name>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="177" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="178" />
        <source>%n checkpoint(s)</source>
        <translation>
            <numerusform>%n checkpoint</numerusform>
            <numerusform>%n checkpoints</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>core</name>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="228" />
        <source>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target node(s): {nodes}. Nothing was sent.</source>
        <translation>
            <numerusform>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target node: {nodes}. Nothing was sent.</numerusform>
            <numerusform>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target nodes: {nodes}. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="534" />
        <source>{bundle} was not deployed on %n node(s): {failures}</source>
        <translation>
            <numerusform>{bundle} was not deployed on %n node: {failures}</numerusform>
            <numerusform>{bundle} was not deployed on %n nodes: {failures}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="545" />
        <source>{file} ended %n byte(s) early (truncated or medium pulled?).</source>
        <translation>
            <numerusform>{file} ended %n byte early (truncated or medium pulled?).</numerusform>
            <numerusform>{file} ended %n bytes early (truncated or medium pulled?).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="551" />
        <source>{gpu}: %n page(s) retired after double-bit errors.</source>
        <translation>
            <numerusform>{gpu}: %n page retired after double-bit errors.</numerusform>
            <numerusform>{gpu}: %n pages retired after double-bit errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="552" />
        <source>{gpu}: %n row(s) remapped after uncorrectable errors.</source>
        <translation>
            <numerusform>{gpu}: %n row remapped after uncorrectable errors.</numerusform>
            <numerusform>{gpu}: %n rows remapped after uncorrectable errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="553" />
        <source>{gpu}: %n uncorrectable ECC error(s) in its lifetime.</source>
        <translation>
            <numerusform>{gpu}: %n uncorrectable ECC error in its lifetime.</numerusform>
            <numerusform>{gpu}: %n uncorrectable ECC errors in its lifetime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="554" />
        <source>{gpu}: %n uncorrectable ECC error(s) since the driver loaded.</source>
        <translation>
            <numerusform>{gpu}: %n uncorrectable ECC error since the driver loaded.</numerusform>
            <numerusform>{gpu}: %n uncorrectable ECC errors since the driver loaded.</numerusform>
        </translation>
    </message>
    </context>
</TS>