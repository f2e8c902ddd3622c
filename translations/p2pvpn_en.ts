<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Checker</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: the transit network each kept from an earlier export is not a /%2 in the transit pool %3; the next export gives each a new one, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n tunnel (%1) to renumber: the transit network it kept from an earlier export is not a /%2 in the transit pool %3; the next export gives it a new one, so deploy both of its gateways</numerusform>
            <numerusform>%n tunnels (%1) to renumber: the transit network each kept from an earlier export is not a /%2 in the transit pool %3; the next export gives each a new one, so deploy both of its gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: the UDP ports each kept from an earlier export are not within %2 to 65535; the next export gives each new ones, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n tunnel (%1) to renumber: the UDP ports it kept from an earlier export are not within %2 to 65535; the next export gives it new ones, so deploy both of its gateways</numerusform>
            <numerusform>%n tunnels (%1) to renumber: the UDP ports each kept from an earlier export are not within %2 to 65535; the next export gives each new ones, so deploy both of its gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: each shares its transit network or a UDP port with another tunnel; the next export gives each new numbers, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n tunnel (%1) to renumber: it shares its transit network or a UDP port with another tunnel; the next export gives it new numbers, so deploy both of its gateways</numerusform>
            <numerusform>%n tunnels (%1) to renumber: each shares its transit network or a UDP port with another tunnel; the next export gives each new numbers, so deploy both of its gateways</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>note: the mesh now has %n error(s); run &quot;p2pvpn check %1&quot; for details</source>
        <translation>
            <numerusform>note: the mesh now has %n error; run &quot;p2pvpn check %1&quot; for details</numerusform>
            <numerusform>note: the mesh now has %n errors; run &quot;p2pvpn check %1&quot; for details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mesh %1: %n LAN(s), </source>
        <translation>
            <numerusform>mesh %1: %n LAN, </numerusform>
            <numerusform>mesh %1: %n LANs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s), topology %1</source>
        <translation>
            <numerusform>%n tunnel, topology %1</numerusform>
            <numerusform>%n tunnels, topology %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), </source>
        <translation>
            <numerusform>%1: %n error, </numerusform>
            <numerusform>%1: %n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway bundle(s) written; </source>
        <translation>
            <numerusform>%n gateway bundle written; </numerusform>
            <numerusform>%n gateway bundles written; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n LAN(s) into %1</source>
        <translation>
            <numerusform>imported %n LAN into %1</numerusform>
            <numerusform>imported %n LANs into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LAN(s) added, </source>
        <translation>
            <numerusform>%n LAN added, </numerusform>
            <numerusform>%n LANs added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n changed, </numerusform>
            <numerusform>%n changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n left alone</numerusform>
            <numerusform>%n left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ansible project for %n gateway(s) written; run: ansible-playbook -i %1/inventory.yml %1/site.yml</source>
        <translation>
            <numerusform>Ansible project for %n gateway written; run: ansible-playbook -i %1/inventory.yml %1/site.yml</numerusform>
            <numerusform>Ansible project for %n gateways written; run: ansible-playbook -i %1/inventory.yml %1/site.yml</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) added; generate and deploy to put them on the gateways</source>
        <translation>
            <numerusform>%n alias added; generate and deploy to put it on the gateways</numerusform>
            <numerusform>%n aliases added; generate and deploy to put them on the gateways</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateRunner</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them first</source>
        <translation>
            <numerusform>The mesh has %n error; fix it first</numerusform>
            <numerusform>The mesh has %n errors; fix them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message numerus="yes">
        <source>the mesh has %n error(s); fix them first:</source>
        <translation>
            <numerusform>the mesh has %n error; fix them first:</numerusform>
            <numerusform>the mesh has %n errors; fix them first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanItem</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveLansCommand</name>
    <message numerus="yes">
        <source>Move %n LAN(s)</source>
        <translation>
            <numerusform>Move %n LAN</numerusform>
            <numerusform>Move %n LANs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLansCommand</name>
    <message numerus="yes">
        <source>Delete %n LAN(s)</source>
        <translation>
            <numerusform>Delete %n LAN</numerusform>
            <numerusform>Delete %n LANs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinksCommand</name>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>Remove %n link</numerusform>
            <numerusform>Remove %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::AwsImportController</name>
    <message numerus="yes">
        <source>Import %n VPC(s) from AWS</source>
        <translation>
            <numerusform>Import %n VPC from AWS</numerusform>
            <numerusform>Import %n VPCs from AWS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::BundleExportController</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them before exporting</source>
        <translation>
            <numerusform>The mesh has %n error; fix them before exporting</numerusform>
            <numerusform>The mesh has %n errors; fix them before exporting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway bundle(s) written to %1.</source>
        <translation>
            <numerusform>%n gateway bundle written to %1.</numerusform>
            <numerusform>%n gateway bundles written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ansible project for %n gateway(s) written to %1. Run it with: ansible-playbook -i inventory.yml site.yml</source>
        <translation>
            <numerusform>Ansible project for %n gateway written to %1. Run it with: ansible-playbook -i inventory.yml site.yml</numerusform>
            <numerusform>Ansible project for %n gateways written to %1. Run it with: ansible-playbook -i inventory.yml site.yml</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::DeployController</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them before deploying</source>
        <translation>
            <numerusform>The mesh has %n error; fix it before deploying</numerusform>
            <numerusform>The mesh has %n errors; fix them before deploying</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::DeployDialog</name>
    <message numerus="yes">
        <source>Deploy &quot;%1&quot; to %n gateway(s)</source>
        <translation>
            <numerusform>Deploy &quot;%1&quot; to %n gateway</numerusform>
            <numerusform>Deploy &quot;%1&quot; to %n gateways</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) and folder(s) written</source>
        <translation>
            <numerusform>%n file or folder written</numerusform>
            <numerusform>%n files and folders written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LAN(s)</source>
        <translation>
            <numerusform>%n LAN</numerusform>
            <numerusform>%n LANs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) added; the other LANs reach these subnets by them (undo to take them back)</source>
        <translation>
            <numerusform>%n alias added; the other LANs reach this subnet by it (undo to take it back)</numerusform>
            <numerusform>%n aliases added; the other LANs reach these subnets by them (undo to take them back)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::MeshEditor</name>
    <message numerus="yes">
        <source>Duplicate %n LAN(s)</source>
        <translation>
            <numerusform>Duplicate %n LAN</numerusform>
            <numerusform>Duplicate %n LANs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve overlaps with %n alias(es)</source>
        <translation>
            <numerusform>Resolve overlaps with %n alias</numerusform>
            <numerusform>Resolve overlaps with %n aliases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::MeshSettingsPanel</name>
    <message numerus="yes">
        <source>%n LAN(s)</source>
        <translation>
            <numerusform>%n LAN</numerusform>
            <numerusform>%n LANs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::PropertiesPanel</name>
    <message numerus="yes">
        <source>%n LAN(s)</source>
        <translation>
            <numerusform>%n LAN</numerusform>
            <numerusform>%n LANs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
</TS>
