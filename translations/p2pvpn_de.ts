<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddLanCommand</name>
    <message>
        <source>Add LAN %1</source>
        <translation>LAN %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation>%1 und %2 verbinden</translation>
    </message>
</context>
<context>
    <name>Allocator</name>
    <message>
        <source>the transit pool %1 is too small for even one tunnel</source>
        <translation>der Transit-Pool %1 ist selbst für einen einzigen Tunnel zu klein</translation>
    </message>
    <message>
        <source>the transit pool %1 has no room for %2 tunnels; choose a larger pool</source>
        <translation>der Transit-Pool %1 bietet keinen Platz für %2 Tunnel; wählen Sie einen größeren Pool</translation>
    </message>
    <message>
        <source>LAN %1 needs more UDP ports than there are from %2 to 65535; lower the port base</source>
        <translation>LAN %1 braucht mehr UDP-Ports, als es von %2 bis 65535 gibt; senken Sie die Port-Basis</translation>
    </message>
</context>
<context>
    <name>AnsibleProject</name>
    <message>
        <source># %1 of P2P-VPN mesh &quot;%2&quot;. Written by P2P-VPN Mesh Designer (p2pvpn export-ansible):
# export again instead of editing.
</source>
        <translation># %1 des P2P-VPN-Mesh „%2“. Geschrieben von P2P-VPN Mesh Designer (p2pvpn export-ansible):
# exportieren Sie erneut, statt zu bearbeiten.
</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds files that are not an Ansible export of this tool; choose an empty or new folder</source>
        <translation>%1 enthält Dateien, die kein Ansible-Export dieses Programms sind; wählen Sie einen leeren oder neuen Ordner</translation>
    </message>
    <message>
        <source>%1 holds the Ansible export of mesh &quot;%2&quot;, not &quot;%3&quot;; choose another folder</source>
        <translation>%1 enthält den Ansible-Export des Mesh „%2“, nicht „%3“; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>cannot use the folder %1: %2</source>
        <translation>der Ordner %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; remove it (an export never writes through one)</source>
        <translation>%1 ist ein symbolischer Link; entfernen Sie ihn (ein Export schreibt nie durch einen Link)</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <source>The gateways</source>
        <translation>Die Gateways</translation>
    </message>
    <message>
        <source>    # Filled while site.yml runs: the gateways of a mesh that runs nowhere yet, or of a change.
</source>
        <translation>    # Gefüllt, während site.yml läuft: die Gateways eines Mesh, das noch nirgends läuft, oder einer Änderung.
</translation>
    </message>
    <message>
        <source>Ansible project for P2P-VPN mesh &quot;%1&quot;, written by P2P-VPN Mesh Designer.

    ansible-playbook -i inventory.yml site.yml                 install or update every gateway
    ansible-playbook -i inventory.yml site.yml --check --diff  list the tunnels that would change

bundles/ holds every gateway&apos;s tunnel configurations with their private keys: keep this folder private.%2
Export again after every change to the mesh (p2pvpn export-ansible); do not edit the files.
</source>
        <translation>Ansible-Projekt für das P2P-VPN-Mesh „%1“, geschrieben von P2P-VPN Mesh Designer.

    ansible-playbook -i inventory.yml site.yml                 jedes Gateway installieren oder aktualisieren
    ansible-playbook -i inventory.yml site.yml --check --diff  die Tunnel auflisten, die sich ändern würden

bundles/ enthält die Tunnelkonfigurationen jedes Gateways mit ihren privaten Schlüsseln: halten Sie diesen Ordner privat.%2
Exportieren Sie nach jeder Änderung am Mesh erneut (p2pvpn export-ansible); bearbeiten Sie die Dateien nicht.
</translation>
    </message>
    <message>
        <source> They are encrypted with Ansible Vault: add --vault-password-file FILE to ansible-playbook.</source>
        <translation> Sie sind mit Ansible Vault verschlüsselt: geben Sie ansible-playbook --vault-password-file DATEI mit.</translation>
    </message>
</context>
<context>
    <name>AnsibleVault</name>
    <message>
        <source>vault password file</source>
        <translation>Vault-Passwortdatei</translation>
    </message>
    <message>
        <source>%1: the vault password file is executable, so Ansible would run it as a script instead of reading it; remove its execute permission (chmod a-x)</source>
        <translation>%1: die Vault-Passwortdatei ist ausführbar, Ansible würde sie also als Skript ausführen statt sie zu lesen; entfernen Sie das Ausführungsrecht (chmod a-x)</translation>
    </message>
    <message>
        <source>%1: the vault password file is empty</source>
        <translation>%1: die Vault-Passwortdatei ist leer</translation>
    </message>
</context>
<context>
    <name>AwsGateway</name>
    <message>
        <source>AWS %1 &quot;%2&quot; is not valid</source>
        <translation>AWS-%1 „%2“ ist ungültig</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC-ID</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>network interface ID</source>
        <translation>Netzwerkschnittstellen-ID</translation>
    </message>
    <message>
        <source>route table ID</source>
        <translation>Routingtabellen-ID</translation>
    </message>
    <message>
        <source>security group ID</source>
        <translation>Sicherheitsgruppen-ID</translation>
    </message>
</context>
<context>
    <name>AwsImport</name>
    <message>
        <source>--gateway %1=%2: the instance is in %3, not in %1</source>
        <translation>--gateway %1=%2: die Instanz liegt in %3, nicht in %1</translation>
    </message>
    <message>
        <source>no VPC</source>
        <translation>keine VPC</translation>
    </message>
    <message>
        <source>--gateway %1=%2: the instances file has no such instance</source>
        <translation>--gateway %1=%2: die Instanzen-Datei enthält keine solche Instanz</translation>
    </message>
    <message>
        <source>VPC %1 has %2 instances tagged %3 (%4); choose one with --gateway %1=INSTANCE-ID</source>
        <translation>VPC %1 hat %2 mit %3 getaggte Instanzen (%4); wählen Sie eine mit --gateway %1=INSTANCE-ID</translation>
    </message>
    <message>
        <source>subnets + %1</source>
        <translation>Subnetze + %1</translation>
    </message>
    <message>
        <source>subnets - %1</source>
        <translation>Subnetze - %1</translation>
    </message>
    <message>
        <source>endpoint %1 -&gt; %2</source>
        <translation>Endpunkt %1 -&gt; %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>--region: &quot;%1&quot; is not an AWS region such as eu-west-1</source>
        <translation>--region: „%1“ ist keine AWS-Region wie eu-west-1</translation>
    </message>
    <message>
        <source>--gateway %1=%2: the VPCs file has no such VPC</source>
        <translation>--gateway %1=%2: die VPC-Datei enthält keine solche VPC</translation>
    </message>
    <message>
        <source>%1: gateway %2 has no public address; set the endpoint by hand</source>
        <translation>%1: Gateway %2 hat keine öffentliche Adresse; legen Sie den Endpunkt von Hand fest</translation>
    </message>
    <message>
        <source>%1: gateway %2&apos;s public address &quot;%3&quot; is not usable; set the endpoint by hand</source>
        <translation>%1: die öffentliche Adresse „%3“ von Gateway %2 ist nicht verwendbar; legen Sie den Endpunkt von Hand fest</translation>
    </message>
    <message>
        <source>%1: gateway %2 is %3</source>
        <translation>%1: Gateway %2 ist %3</translation>
    </message>
    <message>
        <source>%1 (%2): no instance is tagged %3; tag the gateway or choose it with --gateway %2=INSTANCE-ID</source>
        <translation>%1 (%2): keine Instanz ist mit %3 getaggt; taggen Sie das Gateway oder wählen Sie es mit --gateway %2=INSTANCE-ID</translation>
    </message>
    <message>
        <source>%1: no instance is tagged %2 now; %3 stays the gateway</source>
        <translation>%1: derzeit ist keine Instanz mit %2 getaggt; %3 bleibt das Gateway</translation>
    </message>
    <message>
        <source>%1 is a default VPC (%2): other default VPCs use the same block</source>
        <translation>%1 ist eine Standard-VPC (%2): andere Standard-VPCs verwenden denselben Block</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
</context>
<context>
    <name>AwsInventory</name>
    <message>
        <source>&quot;%1&quot; is not an AWS ID of the form %2-0123456789abcdef0</source>
        <translation>„%1“ ist keine AWS-ID der Form %2-0123456789abcdef0</translation>
    </message>
    <message>
        <source>missing; is this the output of &quot;aws ec2 %1&quot;?</source>
        <translation>fehlt; ist dies die Ausgabe von „aws ec2 %1“?</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>file saved from aws ec2 describe-*</source>
        <translation>aus aws ec2 describe-* gespeicherte Datei</translation>
    </message>
</context>
<context>
    <name>AwsScripts</name>
    <message>
        <source># No network interface is known for %1: no routes. Re-import with --instances.</source>
        <translation># Für %1 ist keine Netzwerkschnittstelle bekannt: keine Routen. Importieren Sie erneut mit --instances.</translation>
    </message>
    <message>
        <source># No route tables are known for %1: no routes. Re-import with --route-tables.</source>
        <translation># Für %1 sind keine Routingtabellen bekannt: keine Routen. Importieren Sie erneut mit --route-tables.</translation>
    </message>
    <message>
        <source># No security group is known for %1: no ingress rules. Re-import with --instances.</source>
        <translation># Für %1 ist keine Sicherheitsgruppe bekannt: keine Eingangsregeln. Importieren Sie erneut mit --instances.</translation>
    </message>
    <message>
        <source>turns off the instance&apos;s source/destination check, routes the other LANs through this gateway in the VPC&apos;s route tables and opens the tunnel ports in its security group.</source>
        <translation>schaltet die Quell-/Zielprüfung der Instanz ab, leitet die anderen LANs in den Routingtabellen der VPC über dieses Gateway und öffnet die Tunnel-Ports in ihrer Sicherheitsgruppe.</translation>
    </message>
    <message>
        <source>undoes apply.sh: closes the tunnel ports, removes the routes that still go through this gateway and turns the source/destination check back on.</source>
        <translation>macht apply.sh rückgängig: schließt die Tunnel-Ports, entfernt die Routen, die noch über dieses Gateway führen, und schaltet die Quell-/Zielprüfung wieder ein.</translation>
    </message>
    <message>
        <source>,
#            --keep-source-dest-check (the instance also does NAT and needs it off)</source>
        <translation>,
#            --keep-source-dest-check (die Instanz macht auch NAT und braucht sie abgeschaltet)</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>%1 exists and was not written by p2pvpn; choose another output folder</source>
        <translation>%1 existiert und wurde nicht von p2pvpn geschrieben; wählen Sie einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the zip archive %1 (error %2)</source>
        <translation>das ZIP-Archiv %1 kann nicht angelegt werden (Fehler %2)</translation>
    </message>
    <message>
        <source>cannot read the zip archive %1 (error %2)</source>
        <translation>das ZIP-Archiv %1 kann nicht gelesen werden (Fehler %2)</translation>
    </message>
    <message>
        <source>cannot read %1 in %2</source>
        <translation>%1 in %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>ZIP-Fehler %1</translation>
    </message>
    <message>
        <source>refusing to write &quot;%1&quot;: not a plain path inside the output folder</source>
        <translation>„%1“ wird nicht geschrieben: kein einfacher Pfad innerhalb des Ausgabeordners</translation>
    </message>
    <message>
        <source>refusing to add &quot;%1&quot; to %2: not a plain path inside the archive</source>
        <translation>„%1“ wird nicht zu %2 hinzugefügt: kein einfacher Pfad innerhalb des Archivs</translation>
    </message>
    <message>
        <source>cannot add %1 to %2: %3</source>
        <translation>%1 kann nicht zu %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>%1; the previous archive is unchanged</source>
        <translation>%1; das vorherige Archiv bleibt unverändert</translation>
    </message>
    <message>
        <source>%1; the previous bundle is unchanged</source>
        <translation>%1; das vorherige Paket bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 is not an archive this version of p2pvpn wrote; move or remove it, or choose another output folder</source>
        <translation>%1 ist kein Archiv, das diese Version von p2pvpn geschrieben hat; verschieben oder entfernen Sie es, oder wählen Sie einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>%1 kann nicht zu %2 hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>CacheImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected three fields &quot;name fqdn subnet&quot;, found %1</source>
        <translation>drei Felder „name fqdn subnet“ erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the name %1 appears twice</source>
        <translation>der Name %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>no LANs found; expected lines of &quot;name fqdn subnet&quot;</source>
        <translation>keine LANs gefunden; erwartet werden Zeilen der Form „name fqdn subnet“</translation>
    </message>
    <message>
        <source>cache.txt file</source>
        <translation>cache.txt-Datei</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>LANs %1 all use %2</source>
        <translation>die LANs %1 verwenden alle %2</translation>
    </message>
    <message>
        <source>LAN %1 lists %2 more than once</source>
        <translation>LAN %1 führt %2 mehrfach auf</translation>
    </message>
    <message>
        <source>%1 (LAN %2) overlaps %3 (LAN %4)</source>
        <translation>%1 (LAN %2) überschneidet sich mit %3 (LAN %4)</translation>
    </message>
    <message>
        <source>LAN %1 lists both %2 and %3, which overlap</source>
        <translation>LAN %1 führt sowohl %2 als auch %3 auf, die sich überschneiden</translation>
    </message>
    <message>
        <source>%1 of LAN %2 overlaps the transit pool %3</source>
        <translation>%1 von LAN %2 überschneidet sich mit dem Transit-Pool %3</translation>
    </message>
    <message>
        <source>%1 of LAN %2 overlaps %3 (%4)</source>
        <translation>%1 von LAN %2 überschneidet sich mit %3 (%4)</translation>
    </message>
    <message>
        <source>the transit pool %1 overlaps %2 (%3)</source>
        <translation>der Transit-Pool %1 überschneidet sich mit %2 (%3)</translation>
    </message>
    <message>
        <source>the endpoint %1 of LAN %2 lies inside %3 (LAN %4); peers must dial a public address</source>
        <translation>der Endpunkt %1 von LAN %2 liegt in %3 (LAN %4); Gegenstellen müssen eine öffentliche Adresse anwählen</translation>
    </message>
    <message>
        <source>&quot;this network&quot;, not routable</source>
        <translation>„dieses Netz“, nicht routbar</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>link-local, used by cloud metadata services</source>
        <translation>Link-Local, von Cloud-Metadatendiensten genutzt</translation>
    </message>
    <message>
        <source>Docker&apos;s default bridge</source>
        <translation>Standard-Bridge von Docker</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>reserved for future use and broadcast</source>
        <translation>für künftige Nutzung und Broadcast reserviert</translation>
    </message>
    <message>
        <source>the mesh has fewer than two LANs, so there is nothing to link</source>
        <translation>das Mesh hat weniger als zwei LANs, es gibt also nichts zu verbinden</translation>
    </message>
    <message>
        <source>LAN %1 has no subnet</source>
        <translation>LAN %1 hat kein Subnetz</translation>
    </message>
    <message>
        <source>%1 of LAN %2 is not a private (RFC 1918) network</source>
        <translation>%1 von LAN %2 ist kein privates Netz (RFC 1918)</translation>
    </message>
    <message>
        <source>LAN %1: %2</source>
        <translation>LAN %1: %2</translation>
    </message>
    <message>
        <source>LAN %1: SSH host: %2</source>
        <translation>LAN %1: SSH-Host: %2</translation>
    </message>
    <message>
        <source>LAN %1: SSH port %2 is not 1 to 65535</source>
        <translation>LAN %1: SSH-Port %2 liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>%1 LANs are named %2</source>
        <translation>%1 LANs heißen %2</translation>
    </message>
    <message>
        <source>LANs %1 share the endpoint %2; each needs its own gateway</source>
        <translation>die LANs %1 teilen sich den Endpunkt %2; jedes braucht ein eigenes Gateway</translation>
    </message>
    <message>
        <source>reserved in this mesh&apos;s settings</source>
        <translation>in den Einstellungen dieses Meshs reserviert</translation>
    </message>
    <message>
        <source>the transit pool is not set</source>
        <translation>der Transit-Pool ist nicht gesetzt</translation>
    </message>
    <message>
        <source>the transit pool %1 holds %2 tunnels, but the mesh needs %3; choose a larger pool</source>
        <translation>der Transit-Pool %1 fasst %2 Tunnel, das Mesh braucht aber %3; wählen Sie einen größeren Pool</translation>
    </message>
    <message>
        <source>the UDP port base %1 is not 1 to 65535</source>
        <translation>die UDP-Port-Basis %1 liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>a gateway needs %1 UDP ports from %2, which runs past 65535; lower the port base</source>
        <translation>ein Gateway braucht %1 UDP-Ports ab %2, das reicht über 65535 hinaus; senken Sie die Port-Basis</translation>
    </message>
    <message>
        <source>keepalive: the timeout (%1 s) must be longer than the ping interval (%2 s), which must be at least 1 s</source>
        <translation>keepalive: das Timeout (%1 s) muss länger sein als das Ping-Intervall (%2 s), das mindestens 1 s betragen muss</translation>
    </message>
    <message>
        <source>%1 cannot reach %2 through the drawn links; draw a link between them</source>
        <translation>%1 kann %2 über die gezeichneten Verbindungen nicht erreichen; zeichnen Sie eine Verbindung zwischen beiden</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>LAN %1 has no stop command: a tunnel removed from the mesh would keep running on its gateway until stopped by hand</source>
        <translation>LAN %1 hat keinen Stopp-Befehl: ein aus dem Mesh entfernter Tunnel liefe auf seinem Gateway weiter, bis er von Hand gestoppt wird</translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: the transit network each kept from an earlier export is not a /%2 in the transit pool %3; the next export gives each a new one, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n Tunnel (%1) muss neu nummeriert werden: das Transitnetz, das er aus einem früheren Export behalten hat, ist kein /%2 im Transit-Pool %3; der nächste Export gibt ihm ein neues, verteilen Sie daher seine beiden Gateways</numerusform>
            <numerusform>%n Tunnel (%1) müssen neu nummeriert werden: das Transitnetz, das jeder aus einem früheren Export behalten hat, ist kein /%2 im Transit-Pool %3; der nächste Export gibt jedem ein neues, verteilen Sie daher jeweils seine beiden Gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: the UDP ports each kept from an earlier export are not within %2 to 65535; the next export gives each new ones, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n Tunnel (%1) muss neu nummeriert werden: die UDP-Ports, die er aus einem früheren Export behalten hat, liegen nicht zwischen %2 und 65535; der nächste Export gibt ihm neue, verteilen Sie daher seine beiden Gateways</numerusform>
            <numerusform>%n Tunnel (%1) müssen neu nummeriert werden: die UDP-Ports, die jeder aus einem früheren Export behalten hat, liegen nicht zwischen %2 und 65535; der nächste Export gibt jedem neue, verteilen Sie daher jeweils seine beiden Gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: each shares its transit network or a UDP port with another tunnel; the next export gives each new numbers, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n Tunnel (%1) muss neu nummeriert werden: er teilt sein Transitnetz oder einen UDP-Port mit einem anderen Tunnel; der nächste Export gibt ihm neue Nummern, verteilen Sie daher seine beiden Gateways</numerusform>
            <numerusform>%n Tunnel (%1) müssen neu nummeriert werden: jeder teilt sein Transitnetz oder einen UDP-Port mit einem anderen Tunnel; der nächste Export gibt jedem neue Nummern, verteilen Sie daher jeweils seine beiden Gateways</numerusform>
        </translation>
    </message>
    <message>
        <source>LAN %1: the alias of %2 must be a network of the same size (/%3), not %4</source>
        <translation>LAN %1: der Alias von %2 muss ein Netz derselben Größe (/%3) sein, nicht %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>the alias %1 of %2 (LAN %3) overlaps the alias %4 of %5 (LAN %6)</source>
        <translation>der Alias %1 von %2 (LAN %3) überschneidet sich mit dem Alias %4 von %5 (LAN %6)</translation>
    </message>
    <message>
        <source>the alias %1 of %2 (LAN %3) overlaps %4 of LAN %5</source>
        <translation>der Alias %1 von %2 (LAN %3) überschneidet sich mit %4 von LAN %5</translation>
    </message>
    <message>
        <source>alias %1&apos;s %2 as %3</source>
        <translation>geben Sie %2 von %1 den Alias %3</translation>
    </message>
    <message>
        <source>alias %1&apos;s %2</source>
        <translation>geben Sie %2 von %1 einen Alias</translation>
    </message>
    <message>
        <source>; to link them, %1 (p2pvpn resolve-overlaps does it)</source>
        <translation>; um sie zu verbinden, %1 (p2pvpn resolve-overlaps erledigt das)</translation>
    </message>
    <message>
        <source>data ciphers: CBC (%1) makes OpenVPN turn off data channel offload (DCO) on every tunnel; list only AEAD ciphers such as AES-256-GCM to keep it</source>
        <translation>Daten-Chiffren: mit CBC (%1) schaltet OpenVPN die Datenkanal-Auslagerung (DCO) auf jedem Tunnel ab; geben Sie nur AEAD-Chiffren wie AES-256-GCM an, um sie zu behalten</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>empty network; expected a CIDR such as 10.1.0.0/16</source>
        <translation>leeres Netz; erwartet wird ein CIDR wie 10.1.0.0/16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length &quot;%2&quot;; expected 0 to 32</source>
        <translation>„%1“ hat eine ungültige Präfixlänge „%2“; erwartet wird 0 bis 32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid netmask &quot;%2&quot;</source>
        <translation>„%1“ hat eine ungültige Netzmaske „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a valid netmask (its one-bits must be contiguous)</source>
        <translation>„%1“: %2 ist keine gültige Netzmaske (ihre Einsen müssen zusammenhängen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; expected four numbers 0-255 separated by dots</source>
        <translation>„%1“ ist keine IPv4-Adresse; erwartet werden vier durch Punkte getrennte Zahlen von 0 bis 255</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; did you mean %3?</source>
        <translation>in %1/%2 sind Host-Bits gesetzt; meinten Sie %3?</translation>
    </message>
    <message>
        <source>the alias of %1: %2</source>
        <translation>der Alias von %1: %2</translation>
    </message>
    <message>
        <source>the alias of %1 must be a /%2 as well, not %3</source>
        <translation>der Alias von %1 muss ebenfalls ein /%2 sein, nicht %3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a new, empty mesh file</source>
        <translation>eine neue, leere Mesh-Datei anlegen</translation>
    </message>
    <message>
        <source>add a LAN with its subnets and endpoint</source>
        <translation>ein LAN mit seinen Subnetzen und seinem Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>change a LAN&apos;s name, subnets, endpoint or SSH access</source>
        <translation>Name, Subnetze, Endpunkt oder SSH-Zugang eines LANs ändern</translation>
    </message>
    <message>
        <source>remove a LAN and its links</source>
        <translation>ein LAN und seine Verbindungen entfernen</translation>
    </message>
    <message>
        <source>draw a link between two LANs (manual topology)</source>
        <translation>eine Verbindung zwischen zwei LANs zeichnen (manuelle Topologie)</translation>
    </message>
    <message>
        <source>remove the link between two LANs</source>
        <translation>die Verbindung zwischen zwei LANs entfernen</translation>
    </message>
    <message>
        <source>list the LANs and links</source>
        <translation>die LANs und Verbindungen auflisten</translation>
    </message>
    <message>
        <source>check the mesh and print its findings</source>
        <translation>das Mesh prüfen und die Befunde ausgeben</translation>
    </message>
    <message>
        <source>show or change the mesh&apos;s settings</source>
        <translation>die Einstellungen des Meshs anzeigen oder ändern</translation>
    </message>
    <message>
        <source>write every gateway&apos;s bundle (configs, keys, install script)</source>
        <translation>das Bundle jedes Gateways schreiben (Konfigurationen, Schlüssel, Installationsskript)</translation>
    </message>
    <message>
        <source>install the bundles on every (or each --gateway) gateway over SSH; exit status 1 unless each one ends done or unchanged</source>
        <translation>die Bundles per SSH auf jedem Gateway (oder jedem mit --gateway genannten) installieren; Exit-Status 1, sofern nicht jedes mit done oder unchanged endet</translation>
    </message>
    <message>
        <source>replace the keys of one LAN, or of the whole mesh</source>
        <translation>die Schlüssel eines LANs oder des ganzen Meshs ersetzen</translation>
    </message>
    <message>
        <source>import the original P2P-VPN tool&apos;s cache.txt</source>
        <translation>die cache.txt des ursprünglichen P2P-VPN-Werkzeugs importieren</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;p2pvpn --help&quot; for the list</source>
        <translation>unbekannter Befehl „%1“; „p2pvpn --help“ zeigt die Liste</translation>
    </message>
    <message>
        <source>Usage: p2pvpn COMMAND [OPTIONS]

Design serverless OpenVPN site-to-site meshes.

Commands:
</source>
        <translation>Aufruf: p2pvpn BEFEHL [OPTIONEN]

Serverlose OpenVPN-Site-to-Site-Meshes entwerfen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;p2pvpn COMMAND --help&quot; for a command&apos;s options. &quot;p2pvpn --version&quot; prints the version.
Exit status: 0 done, 1 the mesh has errors, 2 bad usage or unreadable file.
</source>
        <translation>
„p2pvpn BEFEHL --help“ zeigt die Optionen eines Befehls. „p2pvpn --version“ gibt die Version aus.
Exit-Status: 0 erledigt, 1 das Mesh hat Fehler, 2 falscher Aufruf oder unlesbare Datei.
</translation>
    </message>
    <message>
        <source>p2pvpn: %1</source>
        <translation>p2pvpn: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: p2pvpn %1 %2 [OPTIONS]</source>
        <translation>Aufruf: p2pvpn %1 %2 [OPTIONEN]</translation>
    </message>
    <message>
        <source>%1 expects %2; see &quot;p2pvpn %1 --help&quot;</source>
        <translation>%1 erwartet %2; siehe „p2pvpn %1 --help“</translation>
    </message>
    <message numerus="yes">
        <source>note: the mesh now has %n error(s); run &quot;p2pvpn check %1&quot; for details</source>
        <translation>
            <numerusform>Hinweis: Das Mesh hat jetzt %n Fehler; „p2pvpn check %1“ zeigt Einzelheiten</numerusform>
            <numerusform>Hinweis: Das Mesh hat jetzt %n Fehler; „p2pvpn check %1“ zeigt Einzelheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Mesh name (default: the file&apos;s base name).</source>
        <translation>Name des Meshs (Standard: der Basisname der Datei).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Pool for tunnel transit networks.</source>
        <translation>Pool für die Transitnetze der Tunnel.</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>First UDP port on each gateway.</source>
        <translation>Erster UDP-Port auf jedem Gateway.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>full (every pair) or manual (drawn links).</source>
        <translation>full (jedes Paar) oder manual (gezeichnete Verbindungen).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Eine vorhandene Datei überschreiben.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to overwrite it</source>
        <translation>%1 existiert bereits; mit --force wird es überschrieben</translation>
    </message>
    <message>
        <source> (set it with --name)</source>
        <translation> (mit --name festlegen)</translation>
    </message>
    <message>
        <source>--transit-pool: %1</source>
        <translation>--transit-pool: %1</translation>
    </message>
    <message>
        <source>--topology: expected full or manual, not &quot;%1&quot;</source>
        <translation>--topology: full oder manual erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name: %1</translation>
    </message>
    <message>
        <source>add-lan needs at least one --subnet CIDR</source>
        <translation>add-lan braucht mindestens ein --subnet CIDR</translation>
    </message>
    <message>
        <source>--endpoint: %1</source>
        <translation>--endpoint: %1</translation>
    </message>
    <message>
        <source>add-lan needs --endpoint HOST, the address peers dial</source>
        <translation>add-lan braucht --endpoint HOST, die Adresse, die Gegenstellen anwählen</translation>
    </message>
    <message>
        <source>--ssh: %1</source>
        <translation>--ssh: %1</translation>
    </message>
    <message>
        <source>--ssh: host: %1</source>
        <translation>--ssh: Host: %1</translation>
    </message>
    <message>
        <source>--target-dir: %1</source>
        <translation>--target-dir: %1</translation>
    </message>
    <message>
        <source>--service-manager: expected systemd or command</source>
        <translation>--service-manager: systemd oder command erwartet</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Neuer Name.</translation>
    </message>
    <message>
        <source>Public DNS name or IPv4 address that peers dial.</source>
        <translation>Öffentlicher DNS-Name oder IPv4-Adresse, die Gegenstellen anwählen.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>How to reach the gateway for deployment.</source>
        <translation>Wie das Gateway für die Verteilung erreicht wird.</translation>
    </message>
    <message>
        <source>USER@HOST[:PORT]</source>
        <translation>USER@HOST[:PORT]</translation>
    </message>
    <message>
        <source>Private key file for SSH (default: ssh-agent).</source>
        <translation>Privater Schlüssel für SSH (Standard: ssh-agent).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Install with sudo (the SSH user is not root).</source>
        <translation>Mit sudo installieren (der SSH-Benutzer ist nicht root).</translation>
    </message>
    <message>
        <source>Install without sudo.</source>
        <translation>Ohne sudo installieren.</translation>
    </message>
    <message>
        <source>Where configs go on the gateway.</source>
        <translation>Wohin die Konfigurationen auf dem Gateway kommen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>systemd or command.</source>
        <translation>systemd oder command.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Service manager &quot;command&quot;: shell command that (re)starts a tunnel; gets its name.</source>
        <translation>Dienstverwaltung „command“: Shell-Befehl, der einen Tunnel (neu) startet; erhält dessen Namen.</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>CMD</translation>
    </message>
    <message>
        <source>Service manager &quot;command&quot;: shell command that stops a tunnel; gets its name.</source>
        <translation>Dienstverwaltung „command“: Shell-Befehl, der einen Tunnel stoppt; erhält dessen Namen.</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>%1 already has a LAN named %2</source>
        <translation>%1 hat bereits ein LAN namens %2</translation>
    </message>
    <message>
        <source>%1 has no LAN named %2</source>
        <translation>%1 hat kein LAN namens %2</translation>
    </message>
    <message>
        <source>note: the mesh&apos;s topology is full, so every pair is linked anyway; the drawn link is kept for manual topology</source>
        <translation>Hinweis: Die Topologie des Meshs ist vollständig, daher ist ohnehin jedes Paar verbunden; die gezeichnete Verbindung bleibt für die manuelle Topologie erhalten</translation>
    </message>
    <message>
        <source>%1 and %2 are not linked</source>
        <translation>%1 und %2 sind nicht verbunden</translation>
    </message>
    <message>
        <source>a link needs two different LANs</source>
        <translation>eine Verbindung braucht zwei verschiedene LANs</translation>
    </message>
    <message numerus="yes">
        <source>mesh %1: %n LAN(s), </source>
        <translation>
            <numerusform>Mesh %1: %n LAN, </numerusform>
            <numerusform>Mesh %1: %n LANs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s), topology %1</source>
        <translation>
            <numerusform>%n Tunnel, Topologie %1</numerusform>
            <numerusform>%n Tunnel, Topologie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>link %1 %2</source>
        <translation>Verbindung %1 %2</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), </source>
        <translation>
            <numerusform>%1: %n Fehler, </numerusform>
            <numerusform>%1: %n Fehler, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mesh name.</source>
        <translation>Name des Meshs.</translation>
    </message>
    <message>
        <source>Use /31 transit networks: yes or no.</source>
        <translation>/31-Transitnetze verwenden: yes oder no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>full or manual.</source>
        <translation>full oder manual.</translation>
    </message>
    <message>
        <source>fingerprint (OpenVPN 2.6) or ca (2.4+).</source>
        <translation>fingerprint (OpenVPN 2.6) oder ca (2.4+).</translation>
    </message>
    <message>
        <source>OpenVPN data ciphers, &apos;:&apos;-separated.</source>
        <translation>OpenVPN-Daten-Chiffren, durch &apos;:&apos; getrennt.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Ping interval and restart timeout.</source>
        <translation>Ping-Intervall und Neustart-Timeout.</translation>
    </message>
    <message>
        <source>SECONDS,SECONDS</source>
        <translation>SECONDS,SECONDS</translation>
    </message>
    <message>
        <source>Reserve a range no LAN may use; repeatable.</source>
        <translation>Einen Bereich reservieren, den kein LAN nutzen darf; wiederholbar.</translation>
    </message>
    <message>
        <source>Drop a reserved range; repeatable.</source>
        <translation>Einen reservierten Bereich freigeben; wiederholbar.</translation>
    </message>
    <message>
        <source>--transit-31: expected yes or no</source>
        <translation>--transit-31: yes oder no erwartet</translation>
    </message>
    <message>
        <source>--topology: expected full or manual</source>
        <translation>--topology: full oder manual erwartet</translation>
    </message>
    <message>
        <source>--key-mode: expected fingerprint or ca</source>
        <translation>--key-mode: fingerprint oder ca erwartet</translation>
    </message>
    <message>
        <source>--keepalive: expected two numbers of seconds such as 10,60</source>
        <translation>--keepalive: zwei Sekundenangaben wie 10,60 erwartet</translation>
    </message>
    <message>
        <source>--unreserve: %1 is not reserved</source>
        <translation>--unreserve: %1 ist nicht reserviert</translation>
    </message>
    <message>
        <source>Folder for the bundles (DIR/&lt;lan&gt;/).</source>
        <translation>Ordner für die Bundles (DIR/&lt;lan&gt;/).</translation>
    </message>
    <message>
        <source>Also write DIR/&lt;lan&gt;.zip per gateway and DIR/&lt;mesh&gt;.zip.</source>
        <translation>Außerdem DIR/&lt;lan&gt;.zip je Gateway und DIR/&lt;mesh&gt;.zip schreiben.</translation>
    </message>
    <message>
        <source>Key store folder (default: FILE.keys beside the mesh file).</source>
        <translation>Ordner des Schlüsselspeichers (Standard: FILE.keys neben der Mesh-Datei).</translation>
    </message>
    <message>
        <source>generate needs --out DIR</source>
        <translation>generate braucht --out DIR</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway bundle(s) written; </source>
        <translation>
            <numerusform>%n Gateway-Bundle geschrieben; </numerusform>
            <numerusform>%n Gateway-Bundles geschrieben; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n Tunnel</numerusform>
            <numerusform>%n Tunnel</numerusform>
        </translation>
    </message>
    <message>
        <source>rotate-keys expects FILE [LAN]; see &quot;p2pvpn rotate-keys --help&quot;</source>
        <translation>rotate-keys erwartet FILE [LAN]; siehe „p2pvpn rotate-keys --help“</translation>
    </message>
    <message>
        <source>new keys for %1 and its tunnels will be made on the next generate; then deploy the changed bundles</source>
        <translation>neue Schlüssel für %1 und seine Tunnel entstehen beim nächsten generate; verteilen Sie danach die geänderten Bundles</translation>
    </message>
    <message>
        <source>every gateway and tunnel key will be made anew on the next generate; then deploy every bundle</source>
        <translation>alle Gateway- und Tunnelschlüssel werden beim nächsten generate neu erzeugt; verteilen Sie danach jedes Bundle</translation>
    </message>
    <message>
        <source>The mesh file to write.</source>
        <translation>Die zu schreibende Mesh-Datei.</translation>
    </message>
    <message>
        <source>import-cache needs --out FILE</source>
        <translation>import-cache braucht --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>imported %n LAN(s) into %1</source>
        <translation>
            <numerusform>%n LAN nach %1 importiert</numerusform>
            <numerusform>%n LANs nach %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy only this LAN&apos;s gateway; repeatable.</source>
        <translation>Nur das Gateway dieses LANs verteilen; wiederholbar.</translation>
    </message>
    <message>
        <source>Only list what each gateway would add, change and remove.</source>
        <translation>Nur auflisten, was jedes Gateway hinzufügen, ändern und entfernen würde.</translation>
    </message>
    <message>
        <source>Trust and record host keys seen for the first time (changed keys are always refused).</source>
        <translation>Erstmals gesehenen Host-Schlüsseln vertrauen und sie speichern (geänderte Schlüssel werden immer abgelehnt).</translation>
    </message>
    <message>
        <source>Gateways to work on at the same time (default 8).</source>
        <translation>Gateways, die gleichzeitig bearbeitet werden (Standard 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Deploy bundles generated before (DIR/&lt;lan&gt;/) instead of generating them now.</source>
        <translation>Früher erzeugte Bundles (DIR/&lt;lan&gt;/) verteilen, statt sie jetzt zu erzeugen.</translation>
    </message>
    <message>
        <source>The app&apos;s known hosts file (default: %1).</source>
        <translation>Die known-hosts-Datei der Anwendung (Standard: %1).</translation>
    </message>
    <message>
        <source>Ask on the terminal for an SSH password when no key is accepted.</source>
        <translation>Im Terminal nach einem SSH-Passwort fragen, wenn kein Schlüssel akzeptiert wird.</translation>
    </message>
    <message>
        <source>--jobs: &quot;%1&quot; is not a number from 1 to 256</source>
        <translation>--jobs: „%1“ ist keine Zahl von 1 bis 256</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Passphrase for %1 (for %2): </source>
        <translation>Passphrase für %1 (für %2): </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>p2pvpn: cancelling (press Ctrl-C again to drop the connections)</source>
        <translation>p2pvpn: Abbruch (erneut Strg-C drücken, um die Verbindungen zu trennen)</translation>
    </message>
    <message>
        <source>cannot start the deployment</source>
        <translation>die Verteilung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>dry run:</source>
        <translation>Probelauf:</translation>
    </message>
    <message>
        <source>deployment:</source>
        <translation>Verteilung:</translation>
    </message>
    <message>
        <source>Compare the fingerprints above with the gateways&apos; own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on each), then run again with --accept-new-host-keys.</source>
        <translation>Vergleichen Sie die obigen Fingerabdrücke mit denen der Gateways (jeweils ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) und starten Sie dann erneut mit --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a port number 1 to 65535</source>
        <translation>%1: „%2“ ist keine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>CA key mode: replace the mesh CA&apos;s key; every gateway certificate is then issued anew under it (the gateways&apos; own keys stay).</source>
        <translation>CA-Schlüsselmodus: den Schlüssel der Mesh-CA ersetzen; jedes Gateway-Zertifikat wird dann unter ihr neu ausgestellt (die eigenen Schlüssel der Gateways bleiben).</translation>
    </message>
    <message>
        <source>rotate-keys --ca replaces the mesh&apos;s CA: give no LAN</source>
        <translation>rotate-keys --ca ersetzt die CA des Meshs: geben Sie kein LAN an</translation>
    </message>
    <message>
        <source>%1 uses the fingerprint key mode, which has no CA; rotate the gateways&apos; keys instead</source>
        <translation>%1 verwendet den Schlüsselmodus fingerprint, der keine CA hat; ersetzen Sie stattdessen die Schlüssel der Gateways</translation>
    </message>
    <message>
        <source>a new mesh CA and every gateway certificate will be made on the next generate; then deploy every bundle</source>
        <translation>eine neue Mesh-CA und alle Gateway-Zertifikate werden beim nächsten generate erzeugt; verteilen Sie danach jedes Bundle</translation>
    </message>
    <message>
        <source>--restart-command: %1</source>
        <translation>--restart-command: %1</translation>
    </message>
    <message>
        <source>--stop-command: %1</source>
        <translation>--stop-command: %1</translation>
    </message>
    <message>
        <source>add or update one LAN per AWS VPC from saved &quot;aws ec2 describe-*&quot; output</source>
        <translation>je AWS-VPC ein LAN aus gespeicherter Ausgabe von „aws ec2 describe-*“ hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>write the AWS routes and security-group rules of the mesh as Terraform</source>
        <translation>die AWS-Routen und Sicherheitsgruppen-Regeln des Meshs als Terraform schreiben</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-vpcs&quot; printed (required).</source>
        <translation>Was „aws ec2 describe-vpcs“ ausgegeben hat (erforderlich).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-instances&quot; printed: finds each VPC&apos;s gateway.</source>
        <translation>Was „aws ec2 describe-instances“ ausgegeben hat: findet das Gateway jeder VPC.</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-route-tables&quot; printed.</source>
        <translation>Was „aws ec2 describe-route-tables“ ausgegeben hat.</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-security-groups&quot; printed.</source>
        <translation>Was „aws ec2 describe-security-groups“ ausgegeben hat.</translation>
    </message>
    <message>
        <source>The VPCs&apos; region (default: from the instances).</source>
        <translation>Die Region der VPCs (Standard: aus den Instanzen).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>The gateway instance of a VPC, instead of the instance tagged p2pvpn:gateway (repeatable).</source>
        <translation>Die Gateway-Instanz einer VPC anstelle der mit p2pvpn:gateway getaggten Instanz (wiederholbar).</translation>
    </message>
    <message>
        <source>VPC-ID=INSTANCE-ID</source>
        <translation>VPC-ID=INSTANCE-ID</translation>
    </message>
    <message>
        <source>import-aws needs --vpcs JSON, the output of &quot;aws ec2 describe-vpcs&quot;</source>
        <translation>import-aws braucht --vpcs JSON, die Ausgabe von „aws ec2 describe-vpcs“</translation>
    </message>
    <message>
        <source>--gateway: expected VPC-ID=INSTANCE-ID, not &quot;%1&quot;</source>
        <translation>--gateway: VPC-ID=INSTANCE-ID erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>--gateway needs --instances JSON, the output of &quot;aws ec2 describe-instances&quot;</source>
        <translation>--gateway braucht --instances JSON, die Ausgabe von „aws ec2 describe-instances“</translation>
    </message>
    <message>
        <source> (create the file first with &quot;p2pvpn init FILE --name NAME&quot;)</source>
        <translation> (legen Sie die Datei zuerst mit „p2pvpn init FILE --name NAME“ an)</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>changed %1 (%2)</source>
        <translation>%1 geändert (%2)</translation>
    </message>
    <message>
        <source>unchanged %1 (%2)</source>
        <translation>%1 unverändert (%2)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n LAN(s) added, </source>
        <translation>
            <numerusform>%n LAN hinzugefügt, </numerusform>
            <numerusform>%n LANs hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n geändert, </numerusform>
            <numerusform>%n geändert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n unverändert gelassen</numerusform>
            <numerusform>%n unverändert gelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Folder for p2pvpn.tf.</source>
        <translation>Ordner für p2pvpn.tf.</translation>
    </message>
    <message>
        <source>export-terraform needs --out DIR</source>
        <translation>export-terraform braucht --out DIR</translation>
    </message>
    <message>
        <source>set source_dest_check = false in the aws_instance of gateway %1 (it is not managed here)</source>
        <translation>setzen Sie source_dest_check = false in der aws_instance von Gateway %1 (sie wird hier nicht verwaltet)</translation>
    </message>
    <message>
        <source>no AWS gateway instance, left out: %1</source>
        <translation>keine AWS-Gateway-Instanz, ausgelassen: %1</translation>
    </message>
    <message>
        <source>write the mesh as an Ansible project: inventory, host_vars, a role and site.yml</source>
        <translation>das Mesh als Ansible-Projekt schreiben: Inventar, host_vars, eine Rolle und site.yml</translation>
    </message>
    <message>
        <source>Folder for the Ansible project.</source>
        <translation>Ordner für das Ansible-Projekt.</translation>
    </message>
    <message>
        <source>Encrypt the tunnel configurations (they hold the private keys) with Ansible Vault, with the password in FILE; give the same file to ansible-playbook.</source>
        <translation>Die Tunnelkonfigurationen (sie enthalten die privaten Schlüssel) mit Ansible Vault verschlüsseln, mit dem Passwort in DATEI; geben Sie ansible-playbook dieselbe Datei.</translation>
    </message>
    <message>
        <source>Gateways changed at a time when the mesh already runs (default 1; 0: all at once). A mesh that runs nowhere yet goes to every gateway at once.</source>
        <translation>Gateways, die gleichzeitig geändert werden, wenn das Mesh schon läuft (Standard 1; 0: alle auf einmal). Ein Mesh, das noch nirgends läuft, geht an alle Gateways auf einmal.</translation>
    </message>
    <message>
        <source>export-ansible needs --out DIR</source>
        <translation>export-ansible braucht --out VERZ</translation>
    </message>
    <message>
        <source>--serial takes a number of gateways from 0 (all at once) to 10000, not &quot;%1&quot;</source>
        <translation>--serial nimmt eine Anzahl Gateways von 0 (alle auf einmal) bis 10000, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Ansible project for %n gateway(s) written; run: ansible-playbook -i %1/inventory.yml %1/site.yml</source>
        <translation>
            <numerusform>Ansible-Projekt für %n Gateway geschrieben; ausführen: ansible-playbook -i %1/inventory.yml %1/site.yml</numerusform>
            <numerusform>Ansible-Projekt für %n Gateways geschrieben; ausführen: ansible-playbook -i %1/inventory.yml %1/site.yml</numerusform>
        </translation>
    </message>
    <message>
        <source>give every subnet that overlaps another LAN&apos;s an alias from the alias pool</source>
        <translation>jedem Subnetz, das sich mit dem eines anderen LANs überschneidet, einen Alias aus dem Alias-Pool geben</translation>
    </message>
    <message>
        <source>print the address each LAN&apos;s subnets are reached by from the rest of the mesh</source>
        <translation>ausgeben, unter welcher Adresse der Rest des Meshs die Subnetze jedes LANs erreicht</translation>
    </message>
    <message>
        <source>no subnet overlaps another LAN&apos;s without an alias; nothing changed</source>
        <translation>kein Subnetz überschneidet sich ohne Alias mit dem eines anderen LANs; nichts geändert</translation>
    </message>
    <message>
        <source>%1: %2 is reached as %3</source>
        <translation>%1: %2 wird als %3 erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) added; generate and deploy to put them on the gateways</source>
        <translation>
            <numerusform>%n Alias hinzugefügt; führen Sie generate und deploy aus, um ihn auf die Gateways zu bringen</numerusform>
            <numerusform>%n Aliasse hinzugefügt; führen Sie generate und deploy aus, um sie auf die Gateways zu bringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print comma-separated values with a header.</source>
        <translation>Kommagetrennte Werte mit Kopfzeile ausgeben.</translation>
    </message>
    <message>
        <source>reached as %1</source>
        <translation>erreicht als %1</translation>
    </message>
    <message>
        <source>reached as itself</source>
        <translation>unter eigener Adresse erreicht</translation>
    </message>
    <message>
        <source>--alias: %1 is not one of the subnets of LAN %2</source>
        <translation>--alias: %1 ist keines der Subnetze von LAN %2</translation>
    </message>
    <message>
        <source>--alias: expected SUBNET=ALIAS (or SUBNET=none), not &quot;%1&quot;</source>
        <translation>--alias: erwartet wird SUBNET=ALIAS (oder SUBNET=none), nicht „%1“</translation>
    </message>
    <message>
        <source>Subnet; repeat for several; replaces all current subnets. CIDR=ALIAS: the rest of the mesh reaches it as ALIAS.</source>
        <translation>Subnetz; für mehrere wiederholen; ersetzt alle bisherigen Subnetze. CIDR=ALIAS: der Rest des Meshs erreicht es als ALIAS.</translation>
    </message>
    <message>
        <source>Subnet of the LAN; repeat for several. CIDR=ALIAS: the rest of the mesh reaches it as ALIAS (for subnets that overlap).</source>
        <translation>Subnetz des LANs; für mehrere wiederholen. CIDR=ALIAS: der Rest des Meshs erreicht es als ALIAS (für Subnetze, die sich überschneiden).</translation>
    </message>
    <message>
        <source>CIDR[=ALIAS]</source>
        <translation>CIDR[=ALIAS]</translation>
    </message>
    <message>
        <source>Give a listed subnet an alias, the same-sized prefix the rest of the mesh reaches it by (SUBNET=none removes it); repeat for several.</source>
        <translation>Einem aufgeführten Subnetz einen Alias geben, das gleich große Präfix, unter dem der Rest des Meshs es erreicht (SUBNET=none entfernt ihn); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>SUBNET=ALIAS</source>
        <translation>SUBNET=ALIAS</translation>
    </message>
    <message>
        <source>Pool that resolve-overlaps takes aliases from (default 100.64.0.0/10).</source>
        <translation>Pool, aus dem resolve-overlaps Aliasse nimmt (Standard 100.64.0.0/10).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist; use --force to write there</source>
        <translation>%1 ist ein symbolischer Link auf %2; dieses Ziel existiert nicht; mit --force wird dorthin geschrieben</translation>
    </message>
    <message>
        <source>--data-ciphers: %1</source>
        <translation>--data-ciphers: %1</translation>
    </message>
</context>
<context>
    <name>DataCiphers</name>
    <message>
        <source>data ciphers: list at least one cipher, such as AES-256-GCM</source>
        <translation>Daten-Chiffren: geben Sie mindestens eine Chiffre an, etwa AES-256-GCM</translation>
    </message>
    <message>
        <source>data ciphers &quot;%1&quot;: an empty entry; separate cipher names by a single &apos;:&apos;</source>
        <translation>Daten-Chiffren „%1“: ein leerer Eintrag; trennen Sie Chiffrennamen durch ein einzelnes &apos;:&apos;</translation>
    </message>
    <message>
        <source>data ciphers: &quot;%1&quot; is not a cipher OpenVPN 2.6 accepts in data-ciphers; use AEAD ciphers such as AES-256-GCM, AES-128-GCM or CHACHA20-POLY1305</source>
        <translation>Daten-Chiffren: „%1“ ist keine Chiffre, die OpenVPN 2.6 in data-ciphers annimmt; verwenden Sie AEAD-Chiffren wie AES-256-GCM, AES-128-GCM oder CHACHA20-POLY1305</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>the diagram is too large for an image of %1 × %2 pixels</source>
        <translation>das Diagramm ist zu groß für ein Bild von %1 × %2 Pixeln</translation>
    </message>
    <message>
        <source>%1 could not be written; check the folder exists and is writable</source>
        <translation>%1 konnte nicht geschrieben werden; prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>P2P-VPN mesh diagram</source>
        <translation>P2P-VPN-Mesh-Diagramm</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>The SSH server of gateway &quot;%1&quot; is not known yet.</source>
        <translation>Der SSH-Server von Gateway „%1“ ist noch unbekannt.</translation>
    </message>
    <message>
        <source>Host: %1
Port: %2
Key type: %3
Fingerprint: %4

Compare the fingerprint with the gateway&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on it) before trusting it. A trusted key is remembered for the designer and the p2pvpn command.</source>
        <translation>Host: %1
Port: %2
Schlüsseltyp: %3
Fingerabdruck: %4

Vergleichen Sie den Fingerabdruck mit dem des Gateways (dort ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), bevor Sie ihm vertrauen. Ein vertrauenswürdiger Schlüssel wird für den Designer und den Befehl p2pvpn gespeichert.</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>The designer did not close properly. Recover the unsaved changes to &quot;%1&quot;?</source>
        <translation>Der Designer wurde nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen an „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Autosaved %1. Discarding deletes this copy for good.</source>
        <translation>Automatisch gespeichert am %1. Verwerfen löscht diese Kopie endgültig.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>GatewayFiles</name>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: rules to add to your nftables ruleset,
# e.g. include this file from the input and forward chains of your inet filter table.
</source>
        <translation># P2P-VPN-Mesh „%1“, Gateway %2: Regeln für Ihren nftables-Regelsatz,
# z. B. diese Datei aus den input- und forward-Ketten Ihrer inet-filter-Tabelle einbinden.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: opens the tunnel ports and forwarding with iptables.
# Idempotent: a rule is added only when it is missing.
</source>
        <translation># P2P-VPN-Mesh „%1“, Gateway %2: öffnet die Tunnel-Ports und die Weiterleitung mit iptables.
# Idempotent: Eine Regel wird nur hinzugefügt, wenn sie fehlt.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: opens one UDP port per peer in the gateway&apos;s AWS security group.
# Usage: sh authorize-ingress.sh sg-0123456789abcdef0   (needs the AWS CLI and credentials)
</source>
        <translation># P2P-VPN-Mesh „%1“, Gateway %2: öffnet je Gegenstelle einen UDP-Port in der AWS-Sicherheitsgruppe des Gateways.
# Aufruf: sh authorize-ingress.sh sg-0123456789abcdef0   (braucht die AWS CLI und Zugangsdaten)
</translation>
    </message>
    <message>
        <source>P2P-VPN mesh &quot;%1&quot;: bundle for gateway %2 (%3)
</source>
        <translation>P2P-VPN-Mesh „%1“: Bundle für Gateway %2 (%3)
</translation>
    </message>
    <message>
        <source>
This folder holds every tunnel end of this gateway, keys included. Keep it private.
</source>
        <translation>
Dieser Ordner enthält alle Tunnelenden dieses Gateways, samt Schlüsseln. Halten Sie ihn geheim.
</translation>
    </message>
    <message>
        <source>
Install (as root, on the gateway, with OpenVPN 2.6 or later%1):
    sh install.sh
Preview what would change:
    sh install.sh --dry-run
</source>
        <translation>
Installation (als root, auf dem Gateway, mit OpenVPN 2.6 oder neuer%1):
    sh install.sh
Vorschau der Änderungen:
    sh install.sh --dry-run
</translation>
    </message>
    <message>
        <source>; 2.4 is enough in this mesh&apos;s CA mode</source>
        <translation>; im CA-Modus dieses Meshs genügt 2.4</translation>
    </message>
    <message>
        <source>
What must be done by hand
-------------------------
</source>
        <translation>
Von Hand zu erledigen
---------------------
</translation>
    </message>
    <message>
        <source>1. Open these UDP ports to the peers (firewall/nftables.nft, firewall/iptables.sh):
</source>
        <translation>1. Öffnen Sie diese UDP-Ports für die Gegenstellen (firewall/nftables.nft, firewall/iptables.sh):
</translation>
    </message>
    <message>
        <source>   - UDP %1 from %2 (%3)
</source>
        <translation>   - UDP %1 von %2 (%3)
</translation>
    </message>
    <message>
        <source>2. Make the LAN&apos;s router (or the VPC route tables) send these networks to this gateway:
</source>
        <translation>2. Lassen Sie den Router des LANs (oder die VPC-Routingtabellen) diese Netze an dieses Gateway senden:
</translation>
    </message>
    <message>
        <source>3. On AWS: disable the source/destination check of the gateway instance
   (aws ec2 modify-instance-attribute --instance-id ID --no-source-dest-check) and open the ports
   in its security group (aws/authorize-ingress.sh, or aws/security-group-ingress.json).
</source>
        <translation>3. Auf AWS: Schalten Sie die Quell-/Zielprüfung der Gateway-Instanz ab
   (aws ec2 modify-instance-attribute --instance-id ID --no-source-dest-check) und öffnen Sie die Ports
   in ihrer Sicherheitsgruppe (aws/authorize-ingress.sh oder aws/security-group-ingress.json).
</translation>
    </message>
    <message>
        <source>
Tunnels
-------
</source>
        <translation>
Tunnel
------
</translation>
    </message>
    <message>
        <source>   %1: to %2 at %3, local UDP port %4, unit openvpn-server@%1
</source>
        <translation>   %1: zu %2 unter %3, lokaler UDP-Port %4, Unit openvpn-server@%1
</translation>
    </message>
    <message>
        <source>3. On AWS (instance %1): sh aws/apply.sh turns off its source/destination check, adds the routes
   above to the VPC&apos;s route tables through this gateway and opens the ports in its security
   group. Preview with sh aws/apply.sh --dry-run; sh aws/revert.sh undoes it.
</source>
        <translation>3. Auf AWS (Instanz %1): sh aws/apply.sh schaltet ihre Quell-/Zielprüfung ab, trägt die obigen Routen
   über dieses Gateway in die Routingtabellen der VPC ein und öffnet die Ports in ihrer Sicherheits-
   gruppe. Vorschau mit sh aws/apply.sh --dry-run; sh aws/revert.sh macht es rückgängig.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: 1:1 translation of the subnets the mesh reaches by an
# alias. Hosts keep their addresses; only traffic through the tunnels is translated.
# install.sh applies it (nft -f nat/nftables.nft) and removes it when no alias is left.
</source>
        <translation># P2P-VPN-Mesh „%1“, Gateway %2: 1:1-Umsetzung der Subnetze, die das Mesh über einen
# Alias erreicht. Hosts behalten ihre Adressen; umgesetzt wird nur Verkehr durch die Tunnel.
# install.sh wendet sie an (nft -f nat/nftables.nft) und entfernt sie, wenn kein Alias mehr bleibt.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: the translations of nat/nftables.nft for iptables (NETMAP).
# Idempotent: a rule is added only when it is missing.
</source>
        <translation># P2P-VPN-Mesh „%1“, Gateway %2: die Umsetzungen aus nat/nftables.nft für iptables (NETMAP).
# Idempotent: Eine Regel wird nur hinzugefügt, wenn sie fehlt.
</translation>
    </message>
    <message>
        <source>   The rest of the mesh reaches this LAN&apos;s overlapping subnets by aliases; install.sh
   translates them 1:1 (nat/nftables.nft). Hosts elsewhere use the alias address:
</source>
        <translation>   Der Rest des Meshs erreicht die sich überschneidenden Subnetze dieses LANs über Aliasse;
   install.sh setzt sie 1:1 um (nat/nftables.nft). Hosts anderswo verwenden die Alias-Adresse:
</translation>
    </message>
    <message>
        <source>   - %1 is reached as %2
</source>
        <translation>   - %1 wird als %2 erreicht
</translation>
    </message>
</context>
<context>
    <name>GenerateJob</name>
    <message>
        <source>%1. The bundles were written, but the project does not record their new tunnel numbers yet: save it before generating again</source>
        <translation>%1. Die Bundles wurden geschrieben, aber das Projekt enthält ihre neuen Tunnelnummern noch nicht: Speichern Sie es, bevor Sie erneut erzeugen</translation>
    </message>
</context>
<context>
    <name>GenerateRunner</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them first</source>
        <translation>
            <numerusform>Das Mesh hat %n Fehler; beheben Sie ihn zuerst</numerusform>
            <numerusform>Das Mesh hat %n Fehler; beheben Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project was not saved</source>
        <translation>%1: das Projekt wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The bundles were written, but saving their new tunnel numbers into the project failed:
%1

The document keeps them and stays modified; save it (or Save As) before you close it.</source>
        <translation>Die Bundles wurden geschrieben, aber das Speichern ihrer neuen Tunnelnummern im Projekt ist fehlgeschlagen:
%1

Das Dokument behält sie und bleibt geändert; speichern Sie es (oder mit Speichern unter), bevor Sie es schließen.</translation>
    </message>
    <message>
        <source>Writing gateway bundles…</source>
        <translation>Gateway-Bundles werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: could not write the files</source>
        <translation>%1: die Dateien konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message numerus="yes">
        <source>the mesh has %n error(s); fix them first:</source>
        <translation>
            <numerusform>das Mesh hat %n Fehler; beheben Sie ihn zuerst:</numerusform>
            <numerusform>das Mesh hat %n Fehler; beheben Sie sie zuerst:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a %2</source>
        <translation>%1 ist ein Ordner, keine %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), so it is not a %2</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket), also keine %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; it is not a %3</source>
        <translation>%1 ist größer als %2; es ist keine %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>%1 is damaged: %2. Restore it from a backup, or delete it to make new key material (every peer then needs its configuration regenerated).</source>
        <translation>%1 ist beschädigt: %2. Stellen Sie die Datei aus einer Sicherung wieder her oder löschen Sie sie, um neues Schlüsselmaterial zu erzeugen (dann braucht jede Gegenstelle eine neu erzeugte Konfiguration).</translation>
    </message>
    <message>
        <source>key store %1: %2</source>
        <translation>Schlüsselspeicher %1: %2</translation>
    </message>
    <message>
        <source>cannot flush the key store %1 to disk: %2</source>
        <translation>der Schlüsselspeicher %1 kann nicht auf die Platte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it does not belong to the key in %1</source>
        <translation>er gehört nicht zum Schlüssel in %1</translation>
    </message>
    <message>
        <source>a tunnel needs two different LANs (both are %1)</source>
        <translation>ein Tunnel braucht zwei verschiedene LANs (beide sind %1)</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>cannot read the known hosts file %1: %2</source>
        <translation>die known-hosts-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the known hosts file %1 is larger than 64 MiB; not reading it</source>
        <translation>die known-hosts-Datei %1 ist größer als 64 MiB; sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>cannot record a host key for &quot;%1&quot;: the host name has characters a known hosts file cannot hold</source>
        <translation>für „%1“ kann kein Host-Schlüssel gespeichert werden: der Hostname enthält Zeichen, die eine known-hosts-Datei nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>cannot record a host key for &quot;%1&quot;: the key is malformed</source>
        <translation>für „%1“ kann kein Host-Schlüssel gespeichert werden: der Schlüssel ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot write the known hosts file %1: %2</source>
        <translation>die known-hosts-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the known hosts file: %2</source>
        <translation>das Verzeichnis %1 für die known-hosts-Datei kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Lan</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not allowed: use 1 to 32 of a-z, 0-9 and &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 „%2“ ist nicht zulässig: verwenden Sie 1 bis 32 Zeichen aus a-z, 0-9 und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>LAN name</source>
        <translation>LAN-Name</translation>
    </message>
    <message>
        <source>mesh name</source>
        <translation>Mesh-Name</translation>
    </message>
    <message>
        <source>endpoint is empty; give the public DNS name or IPv4 address peers dial</source>
        <translation>der Endpunkt ist leer; geben Sie den öffentlichen DNS-Namen oder die IPv4-Adresse an, die Gegenstellen anwählen</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not a valid IPv4 address</source>
        <translation>der Endpunkt „%1“ ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>endpoint is longer than 253 characters</source>
        <translation>der Endpunkt ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not a valid DNS name or IPv4 address</source>
        <translation>der Endpunkt „%1“ ist kein gültiger DNS-Name und keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>SSH user &quot;%1&quot; is not allowed: use 1 to 32 of a-z, 0-9, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>der SSH-Benutzer „%1“ ist nicht zulässig: verwenden Sie 1 bis 32 Zeichen aus a-z, 0-9, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;</translation>
    </message>
    <message>
        <source>target directory &quot;%1&quot; must be an absolute path of letters, digits and _ . @ + -</source>
        <translation>das Zielverzeichnis „%1“ muss ein absoluter Pfad aus Buchstaben, Ziffern und _ . @ + - sein</translation>
    </message>
    <message>
        <source>target directory &quot;%1&quot; must not contain &quot;.&quot; or &quot;..&quot;</source>
        <translation>das Zielverzeichnis „%1“ darf weder „.“ noch „..“ enthalten</translation>
    </message>
    <message>
        <source>%1 is only spaces</source>
        <translation>%1 besteht nur aus Leerzeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be one line without control characters; the tunnel&apos;s name is added at its end</source>
        <translation>%1 „%2“ muss eine einzige Zeile ohne Steuerzeichen sein; der Name des Tunnels wird am Ende angehängt</translation>
    </message>
    <message>
        <source>restart command is empty: give the shell command that (re)starts a tunnel, or use systemd</source>
        <translation>der Neustart-Befehl ist leer: geben Sie den Shell-Befehl an, der einen Tunnel (neu) startet, oder verwenden Sie systemd</translation>
    </message>
    <message>
        <source>restart command</source>
        <translation>Neustart-Befehl</translation>
    </message>
    <message>
        <source>stop command</source>
        <translation>Stopp-Befehl</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is an IPv4 address in a form other than four decimal numbers (a resolver reads hex, octal or shortened forms as an address); write it like 192.0.2.1</source>
        <translation>der Endpunkt „%1“ ist eine IPv4-Adresse in einer anderen Form als vier Dezimalzahlen (ein Resolver liest hexadezimale, oktale oder verkürzte Formen als Adresse); schreiben Sie sie wie 192.0.2.1</translation>
    </message>
</context>
<context>
    <name>LanItem</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>no subnet</source>
        <translation>kein Subnetz</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiteres</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>kein Endpunkt</translation>
    </message>
    <message>
        <source>Other LANs reach %1 as %2: a host at %3 is %4 to them.</source>
        <translation>Andere LANs erreichen %1 als %2: ein Host mit %3 ist für sie %4.</translation>
    </message>
</context>
<context>
    <name>MoveLansCommand</name>
    <message>
        <source>Move LAN %1</source>
        <translation>LAN %1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n LAN(s)</source>
        <translation>
            <numerusform>%n LAN verschieben</numerusform>
            <numerusform>%n LANs verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; remove it (p2pvpn never writes through or removes what a link points to)</source>
        <translation>%1 ist ein symbolischer Link; entfernen Sie ihn (p2pvpn schreibt nie durch einen Link und entfernt nie, worauf er zeigt)</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <source>cannot create the output folder %1: %2</source>
        <translation>der Ausgabeordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot open the output folder %1: %2</source>
        <translation>der Ausgabeordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>refusing the output folder %1: it belongs to another user (uid %2), who could change what is written there before it is used; choose a folder of your own</source>
        <translation>der Ausgabeordner %1 wird abgelehnt: er gehört einem anderen Benutzer (UID %2), der das dort Geschriebene vor der Verwendung ändern könnte; wählen Sie einen eigenen Ordner</translation>
    </message>
    <message>
        <source>refusing the output folder %1: other users may write to it (mode %2), so they could change what is written there before it is used; make it private (chmod go-w %1) or choose another folder</source>
        <translation>der Ausgabeordner %1 wird abgelehnt: andere Benutzer dürfen darin schreiben (Modus %2) und könnten so das dort Geschriebene vor der Verwendung ändern; machen Sie ihn privat (chmod go-w %1) oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>refusing %1: not a plain path inside the output folder</source>
        <translation>%1 wird abgelehnt: kein einfacher Pfad im Ausgabeordner</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot link %1 to %2: %3</source>
        <translation>%1 kann nicht als %2 verknüpft werden: %3</translation>
    </message>
</context>
<context>
    <name>OverlapResolver</name>
    <message>
        <source>the alias pool %1 has no free /%2 left for %3 of LAN %4; choose a larger pool in the mesh settings</source>
        <translation>der Alias-Pool %1 hat kein freies /%2 mehr für %3 von LAN %4; wählen Sie in den Mesh-Einstellungen einen größeren Pool</translation>
    </message>
</context>
<context>
    <name>Pki</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>the certificate name is empty</source>
        <translation>der Zertifikatsname ist leer</translation>
    </message>
    <message>
        <source>the certificate name &quot;%1&quot; is longer than %2 characters</source>
        <translation>der Zertifikatsname „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>cannot allocate a certificate</source>
        <translation>ein Zertifikat kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot use &quot;%1&quot; as a certificate name</source>
        <translation>„%1“ kann nicht als Zertifikatsname verwendet werden</translation>
    </message>
    <message>
        <source>cannot fill in the certificate for &quot;%1&quot;</source>
        <translation>das Zertifikat für „%1“ kann nicht ausgefüllt werden</translation>
    </message>
    <message>
        <source>cannot add the certificate extensions for &quot;%1&quot;</source>
        <translation>die Zertifikatserweiterungen für „%1“ können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot sign the certificate for &quot;%1&quot;</source>
        <translation>das Zertifikat für „%1“ kann nicht signiert werden</translation>
    </message>
    <message>
        <source>cannot encode the certificate for &quot;%1&quot;</source>
        <translation>das Zertifikat für „%1“ kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot generate an EC %1 key</source>
        <translation>ein EC-Schlüssel %1 kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>cannot read the CA certificate</source>
        <translation>das CA-Zertifikat kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the CA private key</source>
        <translation>der private Schlüssel der CA kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the CA certificate &quot;%1&quot; is not a CA</source>
        <translation>das CA-Zertifikat „%1“ ist keine CA</translation>
    </message>
    <message>
        <source>the CA private key does not belong to the CA certificate</source>
        <translation>der private Schlüssel der CA gehört nicht zum CA-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read the private key of &quot;%1&quot;</source>
        <translation>der private Schlüssel von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a readable PEM certificate (%1)</source>
        <translation>kein lesbares PEM-Zertifikat (%1)</translation>
    </message>
    <message>
        <source>not a readable unencrypted PEM private key (%1)</source>
        <translation>kein lesbarer unverschlüsselter privater PEM-Schlüssel (%1)</translation>
    </message>
    <message>
        <source>cannot get random bytes for a tls-crypt key</source>
        <translation>für einen tls-crypt-Schlüssel sind keine Zufallsbytes zu bekommen</translation>
    </message>
    <message>
        <source>line %1: expected &quot;%2&quot;</source>
        <translation>Zeile %1: „%2“ erwartet</translation>
    </message>
    <message>
        <source>line %1: not a hexadecimal digit: &apos;%2&apos;</source>
        <translation>Zeile %1: keine Hexadezimalziffer: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: text after the end of the key</source>
        <translation>Zeile %1: Text nach dem Ende des Schlüssels</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; line</source>
        <translation>keine Zeile „%1“</translation>
    </message>
    <message>
        <source>the key has %1 hexadecimal digits instead of %2</source>
        <translation>der Schlüssel hat %1 Hexadezimalziffern statt %2</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no directory given</source>
        <translation>kein Verzeichnis angegeben</translation>
    </message>
    <message>
        <source>cannot create the directory: %1</source>
        <translation>das Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot restrict the permissions to 0700: %1</source>
        <translation>die Rechte können nicht auf 0700 beschränkt werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>too large (%1 bytes, at most %2)</source>
        <translation>zu groß (%1 Bytes, höchstens %2)</translation>
    </message>
    <message>
        <source>cannot restrict the permissions to 0600: %1</source>
        <translation>die Rechte können nicht auf 0600 beschränkt werden: %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a string such as &quot;10.1.0.0/16&quot;</source>
        <translation>Zeichenkette wie „10.1.0.0/16“ erwartet</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>einer der Werte %1 erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>no LAN has the ID %1</source>
        <translation>kein LAN hat die ID %1</translation>
    </message>
    <message>
        <source>a link needs two different LANs</source>
        <translation>eine Verbindung braucht zwei verschiedene LANs</translation>
    </message>
    <message>
        <source>this is not a P2P-VPN mesh file (expected &quot;%1&quot;)</source>
        <translation>dies ist keine P2P-VPN-Mesh-Datei („%1“ erwartet)</translation>
    </message>
    <message>
        <source>the file has format version %1, but this program reads up to version %2; open it with a newer P2P-VPN Mesh Designer</source>
        <translation>die Datei hat Formatversion %1, dieses Programm liest aber nur bis Version %2; öffnen Sie sie mit einem neueren P2P-VPN Mesh Designer</translation>
    </message>
    <message>
        <source>the ID %1 is used by another LAN too</source>
        <translation>die ID %1 wird auch von einem anderen LAN verwendet</translation>
    </message>
    <message>
        <source>%1 is not above the highest LAN ID %2</source>
        <translation>%1 liegt nicht über der höchsten LAN-ID %2</translation>
    </message>
    <message>
        <source>this link is listed twice</source>
        <translation>diese Verbindung ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>this tunnel is listed twice</source>
        <translation>dieser Tunnel ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>a tunnel&apos;s transit network must be a /30 or /31</source>
        <translation>das Transitnetz eines Tunnels muss ein /30 oder /31 sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>the file&apos;s top level must be a JSON object</source>
        <translation>die oberste Ebene der Datei muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the previous file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; die bisherige Datei ist unverändert</translation>
    </message>
    <message>
        <source>mesh file</source>
        <translation>Mesh-Datei</translation>
    </message>
    <message>
        <source>not one of the LAN&apos;s subnets</source>
        <translation>keines der Subnetze des LANs</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: in use by another designer</source>
        <translation>%1: wird von einem anderen Designer verwendet</translation>
    </message>
</context>
<context>
    <name>RemoveLansCommand</name>
    <message>
        <source>Delete LAN %1</source>
        <translation>LAN %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n LAN(s)</source>
        <translation>
            <numerusform>%n LAN löschen</numerusform>
            <numerusform>%n LANs löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinksCommand</name>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>%n Verbindung entfernen</numerusform>
            <numerusform>%n Verbindungen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Verzeichnis nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>no media</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <source>SFTP error %1</source>
        <translation>SFTP-Fehler %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost (%3)</source>
        <translation>%1: die Verbindung zu %2 ist abgebrochen (%3)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory)</source>
        <translation>eine SSH-Sitzung kann nicht angelegt werden (kein Speicher mehr)</translation>
    </message>
    <message>
        <source>invalid SSH settings for %1: %2</source>
        <translation>ungültige SSH-Einstellungen für %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: no answer within %2 s</source>
        <translation>keine Verbindung zu %1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>reading the host key</source>
        <translation>Host-Schlüssel wird gelesen</translation>
    </message>
    <message>
        <source>cannot read the host key of %1</source>
        <translation>der Host-Schlüssel von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked as revoked in %4 line %5; refusing to connect</source>
        <translation>der Host-Schlüssel von %1 (%2 %3) ist in %4 Zeile %5 als widerrufen markiert; Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. Known: %2 %3 (%4 line %5). Offered now: %6 %7. Someone may be intercepting the connection, or the gateway was reinstalled. Refusing to connect; if the change is expected, delete that line and deploy again.</source>
        <translation>WARNUNG: Der Host-Schlüssel von %1 hat sich GEÄNDERT. Bekannt: %2 %3 (%4 Zeile %5). Jetzt angeboten: %6 %7. Jemand könnte die Verbindung abfangen, oder das Gateway wurde neu installiert. Verbindung abgelehnt; ist die Änderung erwartet, löschen Sie diese Zeile und verteilen Sie erneut.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted</source>
        <translation>der Host-Schlüssel von %1 ist unbekannt (%2 %3) und wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>ssh-agent (none running)</source>
        <translation>ssh-agent (läuft nicht)</translation>
    </message>
    <message>
        <source>ssh-agent (no key accepted)</source>
        <translation>ssh-agent (kein Schlüssel akzeptiert)</translation>
    </message>
    <message>
        <source>key file %1 (not accepted)</source>
        <translation>Schlüsseldatei %1 (nicht akzeptiert)</translation>
    </message>
    <message>
        <source>key file %1 (no such file)</source>
        <translation>Schlüsseldatei %1 (nicht vorhanden)</translation>
    </message>
    <message>
        <source>key file %1 (no or wrong passphrase)</source>
        <translation>Schlüsseldatei %1 (keine oder falsche Passphrase)</translation>
    </message>
    <message>
        <source>key file %1 (unreadable or not a private key)</source>
        <translation>Schlüsseldatei %1 (unlesbar oder kein privater Schlüssel)</translation>
    </message>
    <message>
        <source>password (not accepted)</source>
        <translation>Passwort (nicht akzeptiert)</translation>
    </message>
    <message>
        <source>authentication to %1 failed; tried: %2; the server accepts: %3</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen; versucht: %2; der Server akzeptiert: %3</translation>
    </message>
    <message>
        <source>nothing (no agent, key file or password given)</source>
        <translation>nichts (kein Agent, keine Schlüsseldatei und kein Passwort angegeben)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>refusing to run a command that contains a NUL character</source>
        <translation>ein Befehl mit einem NUL-Zeichen wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>Kanal wird geöffnet</translation>
    </message>
    <message>
        <source>starting a command</source>
        <translation>Befehl wird gestartet</translation>
    </message>
    <message>
        <source>reading a command&apos;s output</source>
        <translation>Ausgabe eines Befehls wird gelesen</translation>
    </message>
    <message>
        <source>waiting for a command to end</source>
        <translation>Warten auf das Ende eines Befehls</translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation>das Verzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file or directory; a bundle holds only those</source>
        <translation>%1 ist weder eine reguläre Datei noch ein Verzeichnis; ein Bundle enthält nur solche</translation>
    </message>
    <message>
        <source>starting SFTP</source>
        <translation>SFTP wird gestartet</translation>
    </message>
    <message>
        <source>creating the directory %1</source>
        <translation>Verzeichnis %1 wird angelegt</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>%1 wird angelegt</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>setting the mode of %1</source>
        <translation>Rechte von %1 werden gesetzt</translation>
    </message>
</context>
<context>
    <name>TerraformExport</name>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;: the AWS side of its gateways (routes and security-group rules).
# Written by p2pvpn export-terraform; export again after changing the mesh.
</source>
        <translation># P2P-VPN-Mesh „%1“: die AWS-Seite seiner Gateways (Routen und Sicherheitsgruppen-Regeln).
# Geschrieben von p2pvpn export-terraform; exportieren Sie nach Änderungen am Mesh erneut.
</translation>
    </message>
    <message>
        <source>#
# The gateway instances are not managed here. In the aws_instance resource of each, set
#   source_dest_check = false
# so that it may forward the other LANs&apos; traffic:
</source>
        <translation>#
# Die Gateway-Instanzen werden hier nicht verwaltet. Setzen Sie in der aws_instance-Ressource jeder
#   source_dest_check = false
# damit sie den Verkehr der anderen LANs weiterleiten darf:
</translation>
    </message>
    <message>
        <source>Primary network interface of gateway %1 (instance %2)</source>
        <translation>Primäre Netzwerkschnittstelle von Gateway %1 (Instanz %2)</translation>
    </message>
    <message>
        <source>Route tables of VPC %1 (LAN %2)</source>
        <translation>Routingtabellen der VPC %1 (LAN %2)</translation>
    </message>
    <message>
        <source>Security group of gateway %1 (instance %2)</source>
        <translation>Sicherheitsgruppe von Gateway %1 (Instanz %2)</translation>
    </message>
    <message>
        <source># %1 dials from %2, a DNS name: narrow cidr_ipv4 to its address.
</source>
        <translation># %1 wählt sich von %2 ein, einem DNS-Namen: schränken Sie cidr_ipv4 auf dessen Adresse ein.
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TunnelKeysFile</name>
    <message>
        <source>line %1: not a tunnel of two LAN IDs, smaller first</source>
        <translation>Zeile %1: kein Tunnel aus zwei LAN-IDs, die kleinere zuerst</translation>
    </message>
    <message>
        <source>line %1: a second key for tunnel %2-%3</source>
        <translation>Zeile %1: ein zweiter Schlüssel für Tunnel %2-%3</translation>
    </message>
    <message>
        <source>line %1: expected &quot;tunnel A-B&quot;</source>
        <translation>Zeile %1: „tunnel A-B“ erwartet</translation>
    </message>
    <message>
        <source>the key of tunnel %1-%2 (line %3): %4</source>
        <translation>der Schlüssel von Tunnel %1-%2 (Zeile %3): %4</translation>
    </message>
    <message>
        <source>the key of tunnel %1-%2 (line %3) has no end line</source>
        <translation>dem Schlüssel von Tunnel %1-%2 (Zeile %3) fehlt die Endzeile</translation>
    </message>
</context>
<context>
    <name>UpdateLanCommand</name>
    <message>
        <source>Edit LAN %1</source>
        <translation>LAN %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>P2P-VPN Mesh Designer</source>
        <translation>P2P-VPN Mesh Designer</translation>
    </message>
    <message>
        <source>Design a serverless OpenVPN mesh of LANs.</source>
        <translation>Ein serverloses OpenVPN-Mesh aus LANs entwerfen.</translation>
    </message>
    <message>
        <source>The mesh to open (.p2pmesh).</source>
        <translation>Das zu öffnende Mesh (.p2pmesh).</translation>
    </message>
</context>
<context>
    <name>p2pvpn</name>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>gateway instance</source>
        <translation>Gateway-Instanz</translation>
    </message>
    <message>
        <source>network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>route tables</source>
        <translation>Routingtabellen</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
</context>
<context>
    <name>p2pvpn::Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty mesh</source>
        <translation>Ein neues, leeres Mesh beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a mesh file</source>
        <translation>Eine Mesh-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open the bundled example mesh</source>
        <translation>Das mitgelieferte Beispiel-Mesh öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the mesh</source>
        <translation>Das Mesh speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the mesh under a new name</source>
        <translation>Das Mesh unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Save a picture of the diagram</source>
        <translation>Ein Bild des Diagramms speichern</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Save the diagram as a scalable vector drawing</source>
        <translation>Das Diagramm als skalierbare Vektorzeichnung speichern</translation>
    </message>
    <message>
        <source>Export &amp;Bundles…</source>
        <translation>&amp;Bundles exportieren…</translation>
    </message>
    <message>
        <source>Write every gateway&apos;s OpenVPN configuration as zip bundles</source>
        <translation>Die OpenVPN-Konfiguration jedes Gateways als ZIP-Bundles schreiben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the mesh</source>
        <translation>Das Mesh schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit the designer</source>
        <translation>Den Designer beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add LAN</source>
        <translation>LAN &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a LAN to the mesh (or double-click empty canvas)</source>
        <translation>Dem Mesh ein LAN hinzufügen (oder auf eine leere Stelle doppelklicken)</translation>
    </message>
    <message>
        <source>&amp;Add LAN Here</source>
        <translation>LAN &amp;hier hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected LANs</source>
        <translation>Die ausgewählten LANs kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected LANs and links</source>
        <translation>Die ausgewählten LANs und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every LAN</source>
        <translation>Alle LANs auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the whole mesh</source>
        <translation>Das ganze Mesh zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Align moved LANs to the grid</source>
        <translation>Verschobene LANs am Raster ausrichten</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>&amp;Verbindungen zeichnen</translation>
    </message>
    <message>
        <source>Drag from one LAN to another to link them (manual topology)</source>
        <translation>Von einem LAN zu einem anderen ziehen, um sie zu verbinden (manuelle Topologie)</translation>
    </message>
    <message>
        <source>Arrange in a &amp;Circle</source>
        <translation>Im &amp;Kreis anordnen</translation>
    </message>
    <message>
        <source>Place the LANs evenly on a circle</source>
        <translation>Die LANs gleichmäßig auf einem Kreis verteilen</translation>
    </message>
    <message>
        <source>Arrange by &amp;Links</source>
        <translation>Nach &amp;Verbindungen anordnen</translation>
    </message>
    <message>
        <source>Place linked LANs near each other (force-directed)</source>
        <translation>Verbundene LANs nahe beieinander platzieren (kräftebasiert)</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>Ver&amp;teilen…</translation>
    </message>
    <message>
        <source>Install the gateways&apos; configurations over SSH</source>
        <translation>Die Konfigurationen der Gateways per SSH installieren</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Import from &amp;AWS…</source>
        <translation>Aus &amp;AWS importieren…</translation>
    </message>
    <message>
        <source>Add or update one LAN per VPC from saved AWS CLI output</source>
        <translation>Je VPC ein LAN aus gespeicherter AWS-CLI-Ausgabe hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Export for A&amp;nsible…</source>
        <translation>Für A&amp;nsible exportieren…</translation>
    </message>
    <message>
        <source>Write the mesh as an Ansible project: inventory, host variables and a role</source>
        <translation>Das Mesh als Ansible-Projekt schreiben: Inventar, Host-Variablen und eine Rolle</translation>
    </message>
    <message>
        <source>&amp;Resolve Overlaps with Aliases</source>
        <translation>Überschneidungen mit &amp;Aliassen auflösen</translation>
    </message>
    <message>
        <source>Give every subnet that overlaps another LAN&apos;s an alias, so the LANs can be linked</source>
        <translation>Jedem Subnetz, das sich mit dem eines anderen LANs überschneidet, einen Alias geben, damit die LANs verbunden werden können</translation>
    </message>
</context>
<context>
    <name>p2pvpn::AnsibleExportDialog</name>
    <message>
        <source>Export for Ansible</source>
        <translation>Für Ansible exportieren</translation>
    </message>
    <message>
        <source>Writes an Ansible project: an inventory with a host per gateway, its tunnels in host_vars, the tunnel configurations and a role that installs them and restarts only the tunnels that changed. Run it with ansible-playbook -i inventory.yml site.yml.</source>
        <translation>Schreibt ein Ansible-Projekt: ein Inventar mit einem Host je Gateway, seine Tunnel in host_vars, die Tunnelkonfigurationen und eine Rolle, die sie installiert und nur die geänderten Tunnel neu startet. Ausführen mit ansible-playbook -i inventory.yml site.yml.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Export for Ansible To</source>
        <translation>Für Ansible exportieren nach</translation>
    </message>
    <message>
        <source>None: configurations as 0600 files</source>
        <translation>Keine: Konfigurationen als 0600-Dateien</translation>
    </message>
    <message>
        <source>The tunnel configurations hold the private keys. With a password file they are encrypted with Ansible Vault; give the same file to ansible-playbook with --vault-password-file.</source>
        <translation>Die Tunnelkonfigurationen enthalten die privaten Schlüssel. Mit einer Passwortdatei werden sie mit Ansible Vault verschlüsselt; geben Sie ansible-playbook dieselbe Datei mit --vault-password-file.</translation>
    </message>
    <message>
        <source>Vault password file:</source>
        <translation>Vault-Passwortdatei:</translation>
    </message>
    <message>
        <source>Vault Password File</source>
        <translation>Vault-Passwortdatei</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Alle auf einmal</translation>
    </message>
    <message>
        <source>How many gateways a change to a running mesh updates at a time. A mesh that runs nowhere yet goes to every gateway at once.</source>
        <translation>Wie viele Gateways eine Änderung an einem laufenden Mesh gleichzeitig aktualisiert. Ein Mesh, das noch nirgends läuft, geht an alle Gateways auf einmal.</translation>
    </message>
    <message>
        <source>Gateways changed at a time:</source>
        <translation>Gleichzeitig geänderte Gateways:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder to write the Ansible project to.</source>
        <translation>Wählen Sie einen Ordner für das Ansible-Projekt.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::AwsImportController</name>
    <message>
        <source>Imported from AWS</source>
        <translation>Aus AWS importiert</translation>
    </message>
    <message>
        <source>Import from AWS</source>
        <translation>Aus AWS importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n VPC(s) from AWS</source>
        <translation>
            <numerusform>%n VPC aus AWS importieren</numerusform>
            <numerusform>%n VPCs aus AWS importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>changed %1 (%2)</source>
        <translation>%1 geändert (%2)</translation>
    </message>
    <message>
        <source>unchanged %1 (%2)</source>
        <translation>%1 unverändert (%2)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>p2pvpn::AwsImportDialog</name>
    <message>
        <source>Import from AWS</source>
        <translation>Aus AWS importieren</translation>
    </message>
    <message>
        <source>Choose the JSON that the AWS CLI printed; this program never asks for AWS credentials. Each VPC becomes a LAN; importing again updates them.</source>
        <translation>Wählen Sie das JSON, das die AWS CLI ausgegeben hat; dieses Programm fragt nie nach AWS-Zugangsdaten. Jede VPC wird zu einem LAN; ein erneuter Import aktualisiert sie.</translation>
    </message>
    <message>
        <source>&amp;VPCs (describe-vpcs):</source>
        <translation>&amp;VPCs (describe-vpcs):</translation>
    </message>
    <message>
        <source>&amp;Instances (describe-instances):</source>
        <translation>&amp;Instanzen (describe-instances):</translation>
    </message>
    <message>
        <source>&amp;Route tables (describe-route-tables):</source>
        <translation>&amp;Routingtabellen (describe-route-tables):</translation>
    </message>
    <message>
        <source>&amp;Security groups (describe-security-groups):</source>
        <translation>&amp;Sicherheitsgruppen (describe-security-groups):</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a JSON file</source>
        <translation>Eine JSON-Datei wählen</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>from the instances&apos; availability zones</source>
        <translation>aus den Verfügbarkeitszonen der Instanzen</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>p2pvpn::BundleExportController</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them before exporting</source>
        <translation>
            <numerusform>Das Mesh hat %n Fehler; beheben Sie ihn vor dem Export</numerusform>
            <numerusform>Das Mesh hat %n Fehler; beheben Sie sie vor dem Export</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bundles</source>
        <translation>Bundles exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway bundle(s) written to %1.</source>
        <translation>
            <numerusform>%n Gateway-Bundle nach %1 geschrieben.</numerusform>
            <numerusform>%n Gateway-Bundles nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles Exported</source>
        <translation>Bundles exportiert</translation>
    </message>
    <message>
        <source>Export for Ansible</source>
        <translation>Für Ansible exportieren</translation>
    </message>
    <message>
        <source>Ansible Project Exported</source>
        <translation>Ansible-Projekt exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Ansible project for %n gateway(s) written to %1. Run it with: ansible-playbook -i inventory.yml site.yml</source>
        <translation>
            <numerusform>Ansible-Projekt für %n Gateway nach %1 geschrieben. Ausführen mit: ansible-playbook -i inventory.yml site.yml</numerusform>
            <numerusform>Ansible-Projekt für %n Gateways nach %1 geschrieben. Ausführen mit: ansible-playbook -i inventory.yml site.yml</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::CidrListEdit</name>
    <message>
        <source>Add subnet</source>
        <translation>Subnetz hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 10.1.0.0/16</source>
        <translation>z. B. 10.1.0.0/16</translation>
    </message>
    <message>
        <source>Remove this network</source>
        <translation>Dieses Netz entfernen</translation>
    </message>
    <message>
        <source>e.g. 10.1.0.0/16, or 172.31.0.0/16 = 100.64.0.0/16 with an alias</source>
        <translation>z. B. 10.1.0.0/16, oder 172.31.0.0/16 = 100.64.0.0/16 mit einem Alias</translation>
    </message>
    <message>
        <source>A subnet, or &quot;subnet = alias&quot;: the same-sized network the other LANs reach it by, so that LANs whose subnets overlap can be linked</source>
        <translation>Ein Subnetz, oder „Subnetz = Alias“: das gleich große Netz, unter dem die anderen LANs es erreichen, damit LANs mit sich überschneidenden Subnetzen verbunden werden können</translation>
    </message>
</context>
<context>
    <name>p2pvpn::DeployController</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them before deploying</source>
        <translation>
            <numerusform>Das Mesh hat %n Fehler; beheben Sie ihn vor der Verteilung</numerusform>
            <numerusform>Das Mesh hat %n Fehler; beheben Sie sie vor der Verteilung</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to deploy</source>
        <translation>Nichts zu verteilen</translation>
    </message>
    <message>
        <source>The mesh has no LANs yet.</source>
        <translation>Das Mesh hat noch keine LANs.</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Verteilung nicht möglich</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>host key %1 trusted</source>
        <translation>Host-Schlüssel %1 als vertrauenswürdig gespeichert</translation>
    </message>
    <message>
        <source>host key %1 refused</source>
        <translation>Host-Schlüssel %1 abgelehnt</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key %1 (for gateway %2):</source>
        <translation>Passphrase des SSH-Schlüssels %1 (für Gateway %2):</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Password of %1 (gateway %2):</source>
        <translation>Passwort von %1 (Gateway %2):</translation>
    </message>
    <message>
        <source>The deployment could not start.</source>
        <translation>Die Verteilung konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::DeployDialog</name>
    <message>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Deploy All</source>
        <translation>Alle verteilen</translation>
    </message>
    <message>
        <source>Deploy Selected</source>
        <translation>Auswahl verteilen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Deploy — %1</source>
        <translation>Verteilung — %1</translation>
    </message>
    <message numerus="yes">
        <source>Deploy &quot;%1&quot; to %n gateway(s)</source>
        <translation>
            <numerusform>„%1“ auf %n Gateway verteilen</numerusform>
            <numerusform>„%1“ auf %n Gateways verteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gateway gets its freshly generated bundle over SSH; its install script keeps the previous configuration when a tunnel fails to start. A dry run only lists what would change.</source>
        <translation>Jedes Gateway erhält sein frisch erzeugtes Bundle per SSH; sein Installationsskript behält die bisherige Konfiguration, wenn ein Tunnel nicht startet. Ein Probelauf listet nur auf, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>SSH target</source>
        <translation>SSH-Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>The log of a run appears here.</source>
        <translation>Hier erscheint das Protokoll eines Laufs.</translation>
    </message>
    <message>
        <source>%v of %m finished</source>
        <translation>%v von %m fertig</translation>
    </message>
    <message>
        <source>Only list what each gateway would add, change and remove (the selected ones, else all)</source>
        <translation>Nur auflisten, was jedes Gateway hinzufügen, ändern und entfernen würde (die ausgewählten, sonst alle)</translation>
    </message>
    <message>
        <source>Install the bundles on every gateway</source>
        <translation>Die Bundles auf jedem Gateway installieren</translation>
    </message>
    <message>
        <source>Install the bundles on the gateways selected in the list</source>
        <translation>Die Bundles auf den in der Liste ausgewählten Gateways installieren</translation>
    </message>
    <message>
        <source>Stop: waiting gateways are skipped, running ones stop at their next step</source>
        <translation>Anhalten: Wartende Gateways werden übersprungen, laufende halten bei ihrem nächsten Schritt an</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installieren…</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Würde sich ändern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Failed, rolled back</source>
        <translation>Fehlgeschlagen, zurückgesetzt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation>Würde hinzufügen:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Would change:</source>
        <translation>Würde ändern:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Would remove:</source>
        <translation>Würde entfernen:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation>würde %1 hinzufügen</translation>
    </message>
    <message>
        <source>would change %1</source>
        <translation>würde %1 ändern</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>würde %1 entfernen</translation>
    </message>
    <message>
        <source>Dry Run Selected</source>
        <translation>Probelauf für Auswahl</translation>
    </message>
    <message>
        <source>Choose Dry Run to preview the changes, or Deploy All.</source>
        <translation>Wählen Sie „Probelauf“ für eine Vorschau der Änderungen oder „Alle verteilen“.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation>Probelauf läuft…</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Verteilung läuft…</translation>
    </message>
    <message>
        <source>Dry run finished.</source>
        <translation>Probelauf beendet.</translation>
    </message>
    <message>
        <source>Deployment finished.</source>
        <translation>Verteilung beendet.</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Protokoll von %1</translation>
    </message>
    <message>
        <source>Log of every gateway</source>
        <translation>Protokoll aller Gateways</translation>
    </message>
</context>
<context>
    <name>p2pvpn::Deployer</name>
    <message>
        <source>the mesh has no LAN named %1</source>
        <translation>das Mesh hat kein LAN namens %1</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>the bundle %1 has no install.sh; generate the bundles first</source>
        <translation>das Bundle %1 hat kein install.sh; erzeugen Sie zuerst die Bundles</translation>
    </message>
    <message>
        <source>%1 uses the service manager &quot;command&quot; but has no restart command</source>
        <translation>%1 nutzt die Dienstverwaltung „command“, hat aber keinen Neustart-Befehl</translation>
    </message>
    <message>
        <source>the host key of %1 is not known yet: %2 %3</source>
        <translation>der Host-Schlüssel von %1 ist noch unbekannt: %2 %3</translation>
    </message>
    <message>
        <source>host key accepted and recorded</source>
        <translation>Host-Schlüssel akzeptiert und gespeichert</translation>
    </message>
    <message>
        <source>host key not accepted</source>
        <translation>Host-Schlüssel nicht akzeptiert</translation>
    </message>
    <message>
        <source>connecting to %1@%2:%3</source>
        <translation>Verbindung zu %1@%2:%3 wird aufgebaut</translation>
    </message>
    <message>
        <source>connected; host key %1 %2</source>
        <translation>verbunden; Host-Schlüssel %1 %2</translation>
    </message>
    <message>
        <source>staging in %1</source>
        <translation>Bereitstellung in %1</translation>
    </message>
    <message>
        <source>cancelled during the upload; nothing was installed</source>
        <translation>während des Hochladens abgebrochen; nichts wurde installiert</translation>
    </message>
    <message>
        <source>upload failed, nothing was installed: %1</source>
        <translation>Hochladen fehlgeschlagen, nichts wurde installiert: %1</translation>
    </message>
    <message>
        <source>cancelled after the upload; nothing was installed</source>
        <translation>nach dem Hochladen abgebrochen; nichts wurde installiert</translation>
    </message>
    <message>
        <source>comparing with what is installed (install.sh --dry-run)</source>
        <translation>Vergleich mit dem Installierten (install.sh --dry-run)</translation>
    </message>
    <message>
        <source>running install.sh</source>
        <translation>install.sh läuft</translation>
    </message>
    <message>
        <source>%1 has no sudo; install it, or connect as root and turn sudo off</source>
        <translation>%1 hat kein sudo; installieren Sie es oder verbinden Sie sich als root und schalten Sie sudo ab</translation>
    </message>
    <message>
        <source>sudo on %1 wants a password (%2); allow %3 to run sudo without a password (NOPASSWD), or connect as root and turn sudo off</source>
        <translation>sudo auf %1 verlangt ein Passwort (%2); erlauben Sie %3, sudo ohne Passwort auszuführen (NOPASSWD), oder verbinden Sie sich als root und schalten Sie sudo ab</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while install.sh ran; the script goes on by itself and puts the previous configs back if a tunnel fails; check the gateway</source>
        <translation>die Verbindung zu %1 brach ab, während install.sh lief; das Skript läuft allein weiter und stellt die vorigen Konfigurationen wieder her, falls ein Tunnel scheitert; prüfen Sie das Gateway</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>dry run: would be %1</source>
        <translation>Probelauf: wäre %1</translation>
    </message>
    <message>
        <source>a tunnel failed to start on %1; the previous configs were restored and the old tunnels restarted%2</source>
        <translation>ein Tunnel auf %1 startete nicht; die vorigen Konfigurationen wurden wiederhergestellt und die alten Tunnel neu gestartet%2</translation>
    </message>
    <message>
        <source>install.sh on %1 ended with exit status %2%3</source>
        <translation>install.sh auf %1 endete mit Exit-Status %2%3</translation>
    </message>
</context>
<context>
    <name>p2pvpn::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>P2P-VPN meshes (*.p2pmesh);;All files (*)</source>
        <translation>P2P-VPN-Meshes (*.p2pmesh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Mesh</source>
        <translation>Mesh öffnen</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the example mesh</source>
        <translation>Das Beispiel-Mesh konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Save Mesh As</source>
        <translation>Mesh speichern unter</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not recover the unsaved changes to %1</source>
        <translation>Die ungespeicherten Änderungen an %1 konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>p2pvpn::ExportBundlesDialog</name>
    <message>
        <source>A folder per gateway</source>
        <translation>Ein Ordner je Gateway</translation>
    </message>
    <message>
        <source>A zip file per gateway</source>
        <translation>Eine ZIP-Datei je Gateway</translation>
    </message>
    <message>
        <source>One zip file with every gateway (%1)</source>
        <translation>Eine ZIP-Datei mit allen Gateways (%1)</translation>
    </message>
    <message>
        <source>Export Bundles</source>
        <translation>Bundles exportieren</translation>
    </message>
    <message>
        <source>Each gateway&apos;s bundle holds its OpenVPN tunnel configurations with the keys inline, an install script and a README. Keys stay in the key store beside the mesh file.</source>
        <translation>Das Bundle jedes Gateways enthält seine OpenVPN-Tunnelkonfigurationen mit eingebetteten Schlüsseln, ein Installationsskript und eine README. Die Schlüssel bleiben im Schlüsselspeicher neben der Mesh-Datei.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Schreiben:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Bundles To</source>
        <translation>Bundles exportieren nach</translation>
    </message>
    <message>
        <source>Choose a folder to write the bundles to.</source>
        <translation>Wählen Sie einen Ordner für die Bundles.</translation>
    </message>
    <message>
        <source>Choose at least one form to write.</source>
        <translation>Wählen Sie mindestens eine Form aus.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::FindingsPanel</name>
    <message>
        <source>No problems found. The mesh is ready to generate.</source>
        <translation>Keine Probleme gefunden. Das Mesh ist bereit zum Erzeugen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>LANs</source>
        <translation>LANs</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>p2pvpn::MainWindow</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Mesh Settings</source>
        <translation>Mesh-Einstellungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Mesh</source>
        <translation>&amp;Mesh</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes when the designer is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start des Designers.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and folder(s) written</source>
        <translation>
            <numerusform>%n Datei oder Ordner geschrieben</numerusform>
            <numerusform>%n Dateien und Ordner geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag from one LAN to another to link them. Esc leaves link drawing.</source>
        <translation>Von einem LAN zu einem anderen ziehen, um sie zu verbinden. Esc beendet das Zeichnen.</translation>
    </message>
    <message>
        <source>%1[*] — P2P-VPN Mesh Designer</source>
        <translation>%1[*] — P2P-VPN Mesh Designer</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Draw Links: switch the mesh to manual topology first (Mesh Settings)</source>
        <translation>Verbindungen zeichnen: Stellen Sie das Mesh zuerst auf manuelle Topologie um (Mesh-Einstellungen)</translation>
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
            <numerusform>%n Tunnel</numerusform>
            <numerusform>%n Tunnel</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not export the diagram</source>
        <translation>Das Diagramm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Diagram saved to %1</source>
        <translation>Diagramm nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Resolve Overlaps with Aliases</source>
        <translation>Überschneidungen mit Aliassen auflösen</translation>
    </message>
    <message>
        <source>No subnet overlaps another LAN&apos;s without an alias</source>
        <translation>Kein Subnetz überschneidet sich ohne Alias mit dem eines anderen LANs</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) added; the other LANs reach these subnets by them (undo to take them back)</source>
        <translation>
            <numerusform>%n Alias hinzugefügt; die anderen LANs erreichen das Subnetz darüber (Rückgängig nimmt ihn zurück)</numerusform>
            <numerusform>%n Aliasse hinzugefügt; die anderen LANs erreichen diese Subnetze darüber (Rückgängig nimmt sie zurück)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::MeshEditor</name>
    <message numerus="yes">
        <source>Duplicate %n LAN(s)</source>
        <translation>
            <numerusform>%n LAN duplizieren</numerusform>
            <numerusform>%n LANs duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Arrange in a circle</source>
        <translation>Im Kreis anordnen</translation>
    </message>
    <message>
        <source>Arrange by links</source>
        <translation>Nach Verbindungen anordnen</translation>
    </message>
    <message>
        <source>Change mesh settings</source>
        <translation>Mesh-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Switch to full mesh</source>
        <translation>Zu vollständigem Mesh wechseln</translation>
    </message>
    <message>
        <source>Switch to manual links</source>
        <translation>Zu manuellen Verbindungen wechseln</translation>
    </message>
    <message>
        <source>Rename mesh to %1</source>
        <translation>Mesh in %1 umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Resolve overlaps with %n alias(es)</source>
        <translation>
            <numerusform>Überschneidungen mit %n Alias auflösen</numerusform>
            <numerusform>Überschneidungen mit %n Aliassen auflösen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::MeshSettingsPanel</name>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full mesh: every pair of LANs</source>
        <translation>Vollständig: jedes Paar von LANs</translation>
    </message>
    <message>
        <source>Manual: only the links you draw</source>
        <translation>Manuell: nur die gezeichneten Verbindungen</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Peer fingerprints (OpenVPN 2.6+)</source>
        <translation>Fingerabdrücke (OpenVPN 2.6+)</translation>
    </message>
    <message>
        <source>Mesh CA (OpenVPN 2.4+)</source>
        <translation>Mesh-CA (OpenVPN 2.4+)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>the transit pool is empty; tunnels take their addresses from it</source>
        <translation>der Transit-Pool ist leer; die Tunnel beziehen ihre Adressen daraus</translation>
    </message>
    <message>
        <source>Transit pool</source>
        <translation>Transit-Pool</translation>
    </message>
    <message>
        <source>Each tunnel numbers its two ends from this network.</source>
        <translation>Jeder Tunnel nummeriert seine beiden Enden aus diesem Netz.</translation>
    </message>
    <message>
        <source>Use /31 transit networks</source>
        <translation>/31-Transitnetze verwenden</translation>
    </message>
    <message>
        <source>First UDP port</source>
        <translation>Erster UDP-Port</translation>
    </message>
    <message>
        <source>A gateway uses one port per peer, counting up from here.</source>
        <translation>Ein Gateway nutzt einen Port je Gegenstelle, ab hier aufwärts gezählt.</translation>
    </message>
    <message>
        <source>Data ciphers</source>
        <translation>Daten-Chiffren</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ping every</source>
        <translation>Ping alle</translation>
    </message>
    <message>
        <source>Restart after</source>
        <translation>Neustart nach</translation>
    </message>
    <message>
        <source>Reserved ranges</source>
        <translation>Reservierte Bereiche</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Networks no LAN may use, besides the built-in ones (loopback, link-local, Docker&apos;s bridge, multicast).</source>
        <translation>Netze, die kein LAN nutzen darf, zusätzlich zu den eingebauten (Loopback, Link-Local, Docker-Bridge, Multicast).</translation>
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
            <numerusform>%n Tunnel</numerusform>
            <numerusform>%n Tunnel</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias pool</source>
        <translation>Alias-Pool</translation>
    </message>
    <message>
        <source>Resolve Overlaps with Aliases takes the aliases of overlapping subnets from here.</source>
        <translation>„Überschneidungen mit Aliassen auflösen“ nimmt die Aliasse sich überschneidender Subnetze von hier.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::PropertiesPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>vpn.example.com or 203.0.113.7</source>
        <translation>vpn.example.com oder 203.0.113.7</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>The public name or address the other gateways dial.</source>
        <translation>Der öffentliche Name oder die Adresse, die die anderen Gateways anwählen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>SSH-Zugang</translation>
    </message>
    <message>
        <source>same as the endpoint</source>
        <translation>wie der Endpunkt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>none: use ssh-agent</source>
        <translation>keine: ssh-agent verwenden</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Eine private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Choose SSH Private Key</source>
        <translation>Privaten SSH-Schlüssel wählen</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Use keys from ssh-agent</source>
        <translation>Schlüssel aus ssh-agent verwenden</translation>
    </message>
    <message>
        <source>Run commands through sudo</source>
        <translation>Befehle über sudo ausführen</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>systemd (openvpn-server@)</source>
        <translation>systemd (openvpn-server@)</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Link between %1 and %2.

Press Delete to remove it.</source>
        <translation>Verbindung zwischen %1 und %2.

Mit Entf wird sie entfernt.</translation>
    </message>
    <message>
        <source>Select a LAN on the canvas to edit it.

Double-click empty space to add a LAN.</source>
        <translation>Wählen Sie ein LAN auf der Zeichenfläche aus, um es zu bearbeiten.

Doppelklicken Sie auf eine leere Stelle, um ein LAN hinzuzufügen.</translation>
    </message>
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
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected.

Select a single LAN to edit it.</source>
        <translation>%1 ausgewählt.

Wählen Sie ein einzelnes LAN aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>LAN %1</translation>
    </message>
    <message>
        <source>/usr/local/sbin/tunnel restart</source>
        <translation>/usr/local/sbin/tunnel restart</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Shell command that (re)starts a tunnel, run as root with the tunnel&apos;s name as its last argument.</source>
        <translation>Shell-Befehl, der einen Tunnel (neu) startet, ausgeführt als root mit dem Namen des Tunnels als letztem Argument.</translation>
    </message>
    <message>
        <source>/usr/local/sbin/tunnel stop</source>
        <translation>/usr/local/sbin/tunnel stop</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stops a tunnel that was removed from the mesh; called the same way.</source>
        <translation>Stoppt einen Tunnel, der aus dem Mesh entfernt wurde; wird ebenso aufgerufen.</translation>
    </message>
</context>
</TS>
