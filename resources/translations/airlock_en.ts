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
        <location filename="../../app/gui/sections/bundles.py" line="273" />
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
        <location filename="../../app/gui/deploy.py" line="374" />
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n node selected</numerusform>
            <numerusform>%n nodes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="376" />
        <source>%n node(s) refused by policy</source>
        <translation>
            <numerusform>%n node refused by policy</numerusform>
            <numerusform>%n nodes refused by policy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="389" />
        <location filename="../../app/gui/deploy.py" line="412" />
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
</TS>