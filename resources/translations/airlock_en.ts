<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AuditSection</name>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="310" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="310" />
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n signed checkpoint</numerusform>
            <numerusform>%n signed checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="311" />
        <source>%n entry(s) not yet sealed by a checkpoint</source>
        <translation>
            <numerusform>%n entry not yet sealed by a checkpoint</numerusform>
            <numerusform>%n entries not yet sealed by a checkpoint</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>BackupTab</name>
    <message numerus="yes">
        <location filename="../../app/gui/backup_tab.py" line="170" />
        <source>The dashboard warns after %n day(s) without a backup.</source>
        <translation>
            <numerusform>The dashboard warns after %n day without a backup.</numerusform>
            <numerusform>The dashboard warns after %n days without a backup.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>BackupWarning</name>
    <message numerus="yes">
        <location filename="../../app/gui/backup_warning.py" line="58" />
        <location filename="../../app/gui/backup_warning.py" line="59" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlesSection</name>
    <message numerus="yes">
        <location filename="../../app/gui/sections/bundles.py" line="293" />
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
        <location filename="../../app/gui/sections/dashboard.py" line="272" />
        <source>%n healthy</source>
        <translation>
            <numerusform>%n healthy</numerusform>
            <numerusform>%n healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="272" />
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="273" />
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="275" />
        <source>%n cordoned</source>
        <translation>
            <numerusform>%n cordoned</numerusform>
            <numerusform>%n cordoned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="278" />
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="282" />
        <source>%n bundle(s); {0}% of the disk free ({1})</source>
        <translation>
            <numerusform>%n bundle; {0}% of the disk free ({1})</numerusform>
            <numerusform>%n bundles; {0}% of the disk free ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="285" />
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n not acknowledged</numerusform>
            <numerusform>%n not acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="294" />
        <source>failed on {0} of %n host(s)</source>
        <translation>
            <numerusform>failed on {0} of %n host</numerusform>
            <numerusform>failed on {0} of %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="296" />
        <source>succeeded on %n host(s)</source>
        <translation>
            <numerusform>succeeded on %n host</numerusform>
            <numerusform>succeeded on %n hosts</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>DeployDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="389" />
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n node selected</numerusform>
            <numerusform>%n nodes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="391" />
        <source>%n node(s) refused by policy</source>
        <translation>
            <numerusform>%n node refused by policy</numerusform>
            <numerusform>%n nodes refused by policy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="404" />
        <location filename="../../app/gui/deploy.py" line="427" />
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
    <name>ProvenanceWords</name>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="128" />
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ReasonsTab</name>
    <message numerus="yes">
        <location filename="../../app/gui/reason_settings.py" line="81" />
        <source>Saved: %n action(s) need a reason.</source>
        <translation>
            <numerusform>Saved: %n action needs a reason.</numerusform>
            <numerusform>Saved: %n actions need a reason.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/reports.py" line="221" />
        <source>Wrote {0} and %n CSV file(s).</source>
        <translation>
            <numerusform>Wrote {0} and %n CSV file.</numerusform>
            <numerusform>Wrote {0} and %n CSV files.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>SaveOutputDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/job_output.py" line="98" />
        <location filename="../../app/gui/job_output.py" line="100" />
        <location filename="../../app/gui/job_output.py" line="132" />
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>StoreCheckDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/bundle_tools.py" line="147" />
        <source>The store has %n problem(s). Import the bundles they belong to again; do not deploy them until then.</source>
        <translation>
            <numerusform>The store has %n problem. Import the bundles they belong to again; do not deploy them until then.</numerusform>
            <numerusform>The store has %n problems. Import the bundles they belong to again; do not deploy them until then.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/bundle_tools.py" line="63" />
        <source>SBOM: %n component(s).</source>
        <translation>
            <numerusform>SBOM: %n component.</numerusform>
            <numerusform>SBOM: %n components.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>WindowScheduler</name>
    <message numerus="yes">
        <location filename="../../app/gui/scheduler.py" line="100" />
        <source>%n scheduled job(s) ran.</source>
        <translation>
            <numerusform>%n scheduled job ran.</numerusform>
            <numerusform>%n scheduled jobs ran.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>WritePage</name>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="181" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="182" />
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
        <location filename="../../app/gui/core_phrases.py" line="455" />
        <source>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target node(s): {nodes}. Nothing was sent.</source>
        <translation>
            <numerusform>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target node: {nodes}. Nothing was sent.</numerusform>
            <numerusform>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target nodes: {nodes}. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1011" />
        <source>{bundle} was not deployed on %n node(s): {failures}</source>
        <translation>
            <numerusform>{bundle} was not deployed on %n node: {failures}</numerusform>
            <numerusform>{bundle} was not deployed on %n nodes: {failures}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1052" />
        <source>{file} ended %n byte(s) early (truncated or medium pulled?).</source>
        <translation>
            <numerusform>{file} ended %n byte early (truncated or medium pulled?).</numerusform>
            <numerusform>{file} ended %n bytes early (truncated or medium pulled?).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1066" />
        <source>{gpu}: %n PCIe replay(s) since the driver loaded (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: %n PCIe replay since the driver loaded (threshold {limit}).</numerusform>
            <numerusform>{gpu}: %n PCIe replays since the driver loaded (threshold {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1067" />
        <source>{gpu}: %n corrected ECC error(s) since the driver loaded (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: %n corrected ECC error since the driver loaded (threshold {limit}).</numerusform>
            <numerusform>{gpu}: %n corrected ECC errors since the driver loaded (threshold {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1068" />
        <source>{gpu}: %n page(s) retired after double-bit errors.</source>
        <translation>
            <numerusform>{gpu}: %n page retired after double-bit errors.</numerusform>
            <numerusform>{gpu}: %n pages retired after double-bit errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1069" />
        <source>{gpu}: %n row(s) remapped after uncorrectable errors.</source>
        <translation>
            <numerusform>{gpu}: %n row remapped after uncorrectable errors.</numerusform>
            <numerusform>{gpu}: %n rows remapped after uncorrectable errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1070" />
        <source>{gpu}: %n uncorrectable ECC error(s) in its lifetime.</source>
        <translation>
            <numerusform>{gpu}: %n uncorrectable ECC error in its lifetime.</numerusform>
            <numerusform>{gpu}: %n uncorrectable ECC errors in its lifetime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1071" />
        <source>{gpu}: %n uncorrectable ECC error(s) since the driver loaded.</source>
        <translation>
            <numerusform>{gpu}: %n uncorrectable ECC error since the driver loaded.</numerusform>
            <numerusform>{gpu}: %n uncorrectable ECC errors since the driver loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1073" />
        <source>{gpu}: NVLink {link} has %n CRC error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: NVLink {link} has %n CRC error (threshold {limit}).</numerusform>
            <numerusform>{gpu}: NVLink {link} has %n CRC errors (threshold {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1074" />
        <source>{gpu}: NVLink {link} has %n recovery error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: NVLink {link} has %n recovery error (threshold {limit}).</numerusform>
            <numerusform>{gpu}: NVLink {link} has %n recovery errors (threshold {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1075" />
        <source>{gpu}: NVLink {link} has %n replay error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: NVLink {link} has %n replay error (threshold {limit}).</numerusform>
            <numerusform>{gpu}: NVLink {link} has %n replay errors (threshold {limit}).</numerusform>
        </translation>
    </message>
    </context>
</TS>