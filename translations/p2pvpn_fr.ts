<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddLanCommand</name>
    <message>
        <source>Add LAN %1</source>
        <translation>Ajouter le LAN %1</translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link %1 and %2</source>
        <translation>Relier %1 et %2</translation>
    </message>
</context>
<context>
    <name>Allocator</name>
    <message>
        <source>the transit pool %1 is too small for even one tunnel</source>
        <translation>le pool de transit %1 est trop petit, même pour un seul tunnel</translation>
    </message>
    <message>
        <source>the transit pool %1 has no room for %2 tunnels; choose a larger pool</source>
        <translation>le pool de transit %1 n&apos;a pas de place pour %2 tunnels ; choisissez un pool plus grand</translation>
    </message>
    <message>
        <source>LAN %1 needs more UDP ports than there are from %2 to 65535; lower the port base</source>
        <translation>le LAN %1 a besoin de plus de ports UDP qu&apos;il n&apos;y en a de %2 à 65535 ; abaissez le port de base</translation>
    </message>
</context>
<context>
    <name>AnsibleProject</name>
    <message>
        <source># %1 of P2P-VPN mesh &quot;%2&quot;. Written by P2P-VPN Mesh Designer (p2pvpn export-ansible):
# export again instead of editing.
</source>
        <translation># %1 du maillage P2P-VPN « %2 ». Écrit par P2P-VPN Mesh Designer (p2pvpn export-ansible) :
# exportez à nouveau au lieu de modifier.
</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 holds files that are not an Ansible export of this tool; choose an empty or new folder</source>
        <translation>%1 contient des fichiers qui ne sont pas un export Ansible de cet outil ; choisissez un dossier vide ou nouveau</translation>
    </message>
    <message>
        <source>%1 holds the Ansible export of mesh &quot;%2&quot;, not &quot;%3&quot;; choose another folder</source>
        <translation>%1 contient l’export Ansible du maillage « %2 », pas « %3 » ; choisissez un autre dossier</translation>
    </message>
    <message>
        <source>cannot use the folder %1: %2</source>
        <translation>impossible d’utiliser le dossier %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; remove it (an export never writes through one)</source>
        <translation>%1 est un lien symbolique ; supprimez-le (un export n’écrit jamais à travers un lien)</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Gateway %1</source>
        <translation>Passerelle %1</translation>
    </message>
    <message>
        <source>The gateways</source>
        <translation>Les passerelles</translation>
    </message>
    <message>
        <source>    # Filled while site.yml runs: the gateways of a mesh that runs nowhere yet, or of a change.
</source>
        <translation>    # Rempli pendant l’exécution de site.yml : les passerelles d’un maillage qui ne tourne encore nulle part, ou d’un changement.
</translation>
    </message>
    <message>
        <source>Ansible project for P2P-VPN mesh &quot;%1&quot;, written by P2P-VPN Mesh Designer.

    ansible-playbook -i inventory.yml site.yml                 install or update every gateway
    ansible-playbook -i inventory.yml site.yml --check --diff  list the tunnels that would change

bundles/ holds every gateway&apos;s tunnel configurations with their private keys: keep this folder private.%2
Export again after every change to the mesh (p2pvpn export-ansible); do not edit the files.
</source>
        <translation>Projet Ansible du maillage P2P-VPN « %1 », écrit par P2P-VPN Mesh Designer.

    ansible-playbook -i inventory.yml site.yml                 installer ou mettre à jour chaque passerelle
    ansible-playbook -i inventory.yml site.yml --check --diff  lister les tunnels qui changeraient

bundles/ contient les configurations de tunnel de chaque passerelle avec leurs clés privées : gardez ce dossier privé.%2
Exportez à nouveau après chaque changement du maillage (p2pvpn export-ansible) ; ne modifiez pas les fichiers.
</translation>
    </message>
    <message>
        <source> They are encrypted with Ansible Vault: add --vault-password-file FILE to ansible-playbook.</source>
        <translation> Elles sont chiffrées avec Ansible Vault : ajoutez --vault-password-file FICHIER à ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>AnsibleVault</name>
    <message>
        <source>vault password file</source>
        <translation>fichier de mot de passe Vault</translation>
    </message>
    <message>
        <source>%1: the vault password file is executable, so Ansible would run it as a script instead of reading it; remove its execute permission (chmod a-x)</source>
        <translation>%1 : le fichier de mot de passe Vault est exécutable, Ansible l’exécuterait donc comme un script au lieu de le lire ; retirez-lui le droit d’exécution (chmod a-x)</translation>
    </message>
    <message>
        <source>%1: the vault password file is empty</source>
        <translation>%1 : le fichier de mot de passe Vault est vide</translation>
    </message>
</context>
<context>
    <name>AwsGateway</name>
    <message>
        <source>AWS %1 &quot;%2&quot; is not valid</source>
        <translation>%1 AWS « %2 » invalide</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>ID de VPC</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>ID d&apos;instance</translation>
    </message>
    <message>
        <source>network interface ID</source>
        <translation>ID d&apos;interface réseau</translation>
    </message>
    <message>
        <source>route table ID</source>
        <translation>ID de table de routage</translation>
    </message>
    <message>
        <source>security group ID</source>
        <translation>ID de groupe de sécurité</translation>
    </message>
</context>
<context>
    <name>AwsImport</name>
    <message>
        <source>--gateway %1=%2: the instance is in %3, not in %1</source>
        <translation>--gateway %1=%2 : l&apos;instance est dans %3, pas dans %1</translation>
    </message>
    <message>
        <source>no VPC</source>
        <translation>aucun VPC</translation>
    </message>
    <message>
        <source>--gateway %1=%2: the instances file has no such instance</source>
        <translation>--gateway %1=%2 : le fichier des instances ne contient pas cette instance</translation>
    </message>
    <message>
        <source>VPC %1 has %2 instances tagged %3 (%4); choose one with --gateway %1=INSTANCE-ID</source>
        <translation>le VPC %1 a %2 instances étiquetées %3 (%4) ; choisissez-en une avec --gateway %1=INSTANCE-ID</translation>
    </message>
    <message>
        <source>subnets + %1</source>
        <translation>sous-réseaux + %1</translation>
    </message>
    <message>
        <source>subnets - %1</source>
        <translation>sous-réseaux - %1</translation>
    </message>
    <message>
        <source>endpoint %1 -&gt; %2</source>
        <translation>point d&apos;accès %1 -&gt; %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>--region: &quot;%1&quot; is not an AWS region such as eu-west-1</source>
        <translation>--region : « %1 » n&apos;est pas une région AWS telle que eu-west-1</translation>
    </message>
    <message>
        <source>--gateway %1=%2: the VPCs file has no such VPC</source>
        <translation>--gateway %1=%2 : le fichier des VPC ne contient pas ce VPC</translation>
    </message>
    <message>
        <source>%1: gateway %2 has no public address; set the endpoint by hand</source>
        <translation>%1 : la passerelle %2 n&apos;a pas d&apos;adresse publique ; définissez le point d&apos;accès à la main</translation>
    </message>
    <message>
        <source>%1: gateway %2&apos;s public address &quot;%3&quot; is not usable; set the endpoint by hand</source>
        <translation>%1 : l&apos;adresse publique « %3 » de la passerelle %2 n&apos;est pas utilisable ; définissez le point d&apos;accès à la main</translation>
    </message>
    <message>
        <source>%1: gateway %2 is %3</source>
        <translation>%1 : la passerelle %2 est %3</translation>
    </message>
    <message>
        <source>%1 (%2): no instance is tagged %3; tag the gateway or choose it with --gateway %2=INSTANCE-ID</source>
        <translation>%1 (%2) : aucune instance n&apos;est étiquetée %3 ; étiquetez la passerelle ou choisissez-la avec --gateway %2=INSTANCE-ID</translation>
    </message>
    <message>
        <source>%1: no instance is tagged %2 now; %3 stays the gateway</source>
        <translation>%1 : aucune instance n&apos;est plus étiquetée %2 ; %3 reste la passerelle</translation>
    </message>
    <message>
        <source>%1 is a default VPC (%2): other default VPCs use the same block</source>
        <translation>%1 est un VPC par défaut (%2) : d&apos;autres VPC par défaut utilisent le même bloc</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>point d&apos;accès %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>passerelle %1</translation>
    </message>
</context>
<context>
    <name>AwsInventory</name>
    <message>
        <source>&quot;%1&quot; is not an AWS ID of the form %2-0123456789abcdef0</source>
        <translation>« %1 » n&apos;est pas un ID AWS de la forme %2-0123456789abcdef0</translation>
    </message>
    <message>
        <source>missing; is this the output of &quot;aws ec2 %1&quot;?</source>
        <translation>absent ; est-ce bien la sortie de « aws ec2 %1 » ?</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>file saved from aws ec2 describe-*</source>
        <translation>fichier enregistré depuis aws ec2 describe-*</translation>
    </message>
</context>
<context>
    <name>AwsScripts</name>
    <message>
        <source># No network interface is known for %1: no routes. Re-import with --instances.</source>
        <translation># Aucune interface réseau n&apos;est connue pour %1 : pas de routes. Réimportez avec --instances.</translation>
    </message>
    <message>
        <source># No route tables are known for %1: no routes. Re-import with --route-tables.</source>
        <translation># Aucune table de routage n&apos;est connue pour %1 : pas de routes. Réimportez avec --route-tables.</translation>
    </message>
    <message>
        <source># No security group is known for %1: no ingress rules. Re-import with --instances.</source>
        <translation># Aucun groupe de sécurité n&apos;est connu pour %1 : pas de règles entrantes. Réimportez avec --instances.</translation>
    </message>
    <message>
        <source>turns off the instance&apos;s source/destination check, routes the other LANs through this gateway in the VPC&apos;s route tables and opens the tunnel ports in its security group.</source>
        <translation>désactive le contrôle source/destination de l&apos;instance, route les autres LAN via cette passerelle dans les tables de routage du VPC et ouvre les ports des tunnels dans son groupe de sécurité.</translation>
    </message>
    <message>
        <source>undoes apply.sh: closes the tunnel ports, removes the routes that still go through this gateway and turns the source/destination check back on.</source>
        <translation>annule apply.sh : ferme les ports des tunnels, supprime les routes qui passent encore par cette passerelle et réactive le contrôle source/destination.</translation>
    </message>
    <message>
        <source>,
#            --keep-source-dest-check (the instance also does NAT and needs it off)</source>
        <translation>,
#            --keep-source-dest-check (l&apos;instance fait aussi du NAT et en a besoin désactivé)</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>%1 exists and was not written by p2pvpn; choose another output folder</source>
        <translation>%1 existe et n&apos;a pas été écrit par p2pvpn ; choisissez un autre dossier de sortie</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the zip archive %1 (error %2)</source>
        <translation>impossible de créer l&apos;archive zip %1 (erreur %2)</translation>
    </message>
    <message>
        <source>cannot read the zip archive %1 (error %2)</source>
        <translation>impossible de lire l&apos;archive zip %1 (erreur %2)</translation>
    </message>
    <message>
        <source>cannot read %1 in %2</source>
        <translation>impossible de lire %1 dans %2</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>erreur zip %1</translation>
    </message>
    <message>
        <source>refusing to write &quot;%1&quot;: not a plain path inside the output folder</source>
        <translation>refus d&apos;écrire « %1 » : ce n&apos;est pas un chemin simple dans le dossier de sortie</translation>
    </message>
    <message>
        <source>refusing to add &quot;%1&quot; to %2: not a plain path inside the archive</source>
        <translation>refus d&apos;ajouter « %1 » à %2 : ce n&apos;est pas un chemin simple dans l&apos;archive</translation>
    </message>
    <message>
        <source>cannot add %1 to %2: %3</source>
        <translation>impossible d&apos;ajouter %1 à %2 : %3</translation>
    </message>
    <message>
        <source>%1; the previous archive is unchanged</source>
        <translation>%1 ; l&apos;archive précédente est inchangée</translation>
    </message>
    <message>
        <source>%1; the previous bundle is unchanged</source>
        <translation>%1 ; le paquet précédent est inchangé</translation>
    </message>
    <message>
        <source>%1 is not an archive this version of p2pvpn wrote; move or remove it, or choose another output folder</source>
        <translation>%1 n&apos;est pas une archive écrite par cette version de p2pvpn ; déplacez-la ou supprimez-la, ou choisissez un autre dossier de sortie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>impossible d&apos;ajouter %1 à %2</translation>
    </message>
</context>
<context>
    <name>CacheImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>expected three fields &quot;name fqdn subnet&quot;, found %1</source>
        <translation>trois champs « name fqdn subnet » attendus, %1 trouvé(s)</translation>
    </message>
    <message>
        <source>the name %1 appears twice</source>
        <translation>le nom %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>no LANs found; expected lines of &quot;name fqdn subnet&quot;</source>
        <translation>aucun LAN trouvé ; des lignes « name fqdn subnet » sont attendues</translation>
    </message>
    <message>
        <source>cache.txt file</source>
        <translation>fichier cache.txt</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>LANs %1 all use %2</source>
        <translation>les LAN %1 utilisent tous %2</translation>
    </message>
    <message>
        <source>LAN %1 lists %2 more than once</source>
        <translation>le LAN %1 indique %2 plus d&apos;une fois</translation>
    </message>
    <message>
        <source>%1 (LAN %2) overlaps %3 (LAN %4)</source>
        <translation>%1 (LAN %2) chevauche %3 (LAN %4)</translation>
    </message>
    <message>
        <source>LAN %1 lists both %2 and %3, which overlap</source>
        <translation>le LAN %1 indique à la fois %2 et %3, qui se chevauchent</translation>
    </message>
    <message>
        <source>%1 of LAN %2 overlaps the transit pool %3</source>
        <translation>%1 du LAN %2 chevauche le pool de transit %3</translation>
    </message>
    <message>
        <source>%1 of LAN %2 overlaps %3 (%4)</source>
        <translation>%1 du LAN %2 chevauche %3 (%4)</translation>
    </message>
    <message>
        <source>the transit pool %1 overlaps %2 (%3)</source>
        <translation>le pool de transit %1 chevauche %2 (%3)</translation>
    </message>
    <message>
        <source>the endpoint %1 of LAN %2 lies inside %3 (LAN %4); peers must dial a public address</source>
        <translation>le point d&apos;accès %1 du LAN %2 se trouve dans %3 (LAN %4) ; les pairs doivent joindre une adresse publique</translation>
    </message>
    <message>
        <source>&quot;this network&quot;, not routable</source>
        <translation>« ce réseau », non routable</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>boucle locale</translation>
    </message>
    <message>
        <source>link-local, used by cloud metadata services</source>
        <translation>lien local, utilisé par les services de métadonnées du cloud</translation>
    </message>
    <message>
        <source>Docker&apos;s default bridge</source>
        <translation>pont par défaut de Docker</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multidiffusion</translation>
    </message>
    <message>
        <source>reserved for future use and broadcast</source>
        <translation>réservé pour un usage futur et la diffusion</translation>
    </message>
    <message>
        <source>the mesh has fewer than two LANs, so there is nothing to link</source>
        <translation>le maillage compte moins de deux LAN, il n&apos;y a donc rien à relier</translation>
    </message>
    <message>
        <source>LAN %1 has no subnet</source>
        <translation>le LAN %1 n&apos;a pas de sous-réseau</translation>
    </message>
    <message>
        <source>%1 of LAN %2 is not a private (RFC 1918) network</source>
        <translation>%1 du LAN %2 n&apos;est pas un réseau privé (RFC 1918)</translation>
    </message>
    <message>
        <source>LAN %1: %2</source>
        <translation>LAN %1 : %2</translation>
    </message>
    <message>
        <source>LAN %1: SSH host: %2</source>
        <translation>LAN %1 : hôte SSH : %2</translation>
    </message>
    <message>
        <source>LAN %1: SSH port %2 is not 1 to 65535</source>
        <translation>LAN %1 : le port SSH %2 n&apos;est pas compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>%1 LANs are named %2</source>
        <translation>%1 LAN s&apos;appellent %2</translation>
    </message>
    <message>
        <source>LANs %1 share the endpoint %2; each needs its own gateway</source>
        <translation>les LAN %1 partagent le point d&apos;accès %2 ; chacun a besoin de sa propre passerelle</translation>
    </message>
    <message>
        <source>reserved in this mesh&apos;s settings</source>
        <translation>réservé dans les paramètres de ce maillage</translation>
    </message>
    <message>
        <source>the transit pool is not set</source>
        <translation>le pool de transit n&apos;est pas défini</translation>
    </message>
    <message>
        <source>the transit pool %1 holds %2 tunnels, but the mesh needs %3; choose a larger pool</source>
        <translation>le pool de transit %1 contient %2 tunnels, mais le maillage en a besoin de %3 ; choisissez un pool plus grand</translation>
    </message>
    <message>
        <source>the UDP port base %1 is not 1 to 65535</source>
        <translation>le port UDP de base %1 n&apos;est pas compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>a gateway needs %1 UDP ports from %2, which runs past 65535; lower the port base</source>
        <translation>une passerelle a besoin de %1 ports UDP à partir de %2, ce qui dépasse 65535 ; abaissez le port de base</translation>
    </message>
    <message>
        <source>keepalive: the timeout (%1 s) must be longer than the ping interval (%2 s), which must be at least 1 s</source>
        <translation>keepalive : le délai d&apos;expiration (%1 s) doit être plus long que l&apos;intervalle de ping (%2 s), qui doit être d&apos;au moins 1 s</translation>
    </message>
    <message>
        <source>%1 cannot reach %2 through the drawn links; draw a link between them</source>
        <translation>%1 ne peut pas atteindre %2 par les liaisons dessinées ; dessinez une liaison entre eux</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>LAN %1 has no stop command: a tunnel removed from the mesh would keep running on its gateway until stopped by hand</source>
        <translation>le LAN %1 n&apos;a pas de commande d&apos;arrêt : un tunnel retiré du maillage continuerait de tourner sur sa passerelle jusqu&apos;à un arrêt manuel</translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: the transit network each kept from an earlier export is not a /%2 in the transit pool %3; the next export gives each a new one, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n tunnel (%1) à renuméroter : le réseau de transit qu&apos;il a conservé d&apos;une exportation précédente n&apos;est pas un /%2 dans le pool de transit %3 ; la prochaine exportation lui en attribue un nouveau, déployez donc ses deux passerelles</numerusform>
            <numerusform>%n tunnels (%1) à renuméroter : le réseau de transit que chacun a conservé d&apos;une exportation précédente n&apos;est pas un /%2 dans le pool de transit %3 ; la prochaine exportation en attribue un nouveau à chacun, déployez donc les deux passerelles de chacun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: the UDP ports each kept from an earlier export are not within %2 to 65535; the next export gives each new ones, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n tunnel (%1) à renuméroter : les ports UDP qu&apos;il a conservés d&apos;une exportation précédente ne sont pas compris entre %2 et 65535 ; la prochaine exportation lui en attribue de nouveaux, déployez donc ses deux passerelles</numerusform>
            <numerusform>%n tunnels (%1) à renuméroter : les ports UDP que chacun a conservés d&apos;une exportation précédente ne sont pas compris entre %2 et 65535 ; la prochaine exportation en attribue de nouveaux à chacun, déployez donc les deux passerelles de chacun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) (%1) to renumber: each shares its transit network or a UDP port with another tunnel; the next export gives each new numbers, so deploy both of its gateways</source>
        <translation>
            <numerusform>%n tunnel (%1) à renuméroter : il partage son réseau de transit ou un port UDP avec un autre tunnel ; la prochaine exportation lui attribue de nouveaux numéros, déployez donc ses deux passerelles</numerusform>
            <numerusform>%n tunnels (%1) à renuméroter : chacun partage son réseau de transit ou un port UDP avec un autre tunnel ; la prochaine exportation attribue de nouveaux numéros à chacun, déployez donc les deux passerelles de chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>LAN %1: the alias of %2 must be a network of the same size (/%3), not %4</source>
        <translation>LAN %1 : l&apos;alias de %2 doit être un réseau de même taille (/%3), pas %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>the alias %1 of %2 (LAN %3) overlaps the alias %4 of %5 (LAN %6)</source>
        <translation>l&apos;alias %1 de %2 (LAN %3) chevauche l&apos;alias %4 de %5 (LAN %6)</translation>
    </message>
    <message>
        <source>the alias %1 of %2 (LAN %3) overlaps %4 of LAN %5</source>
        <translation>l&apos;alias %1 de %2 (LAN %3) chevauche %4 du LAN %5</translation>
    </message>
    <message>
        <source>alias %1&apos;s %2 as %3</source>
        <translation>donnez à %2 de %1 l&apos;alias %3</translation>
    </message>
    <message>
        <source>alias %1&apos;s %2</source>
        <translation>donnez un alias à %2 de %1</translation>
    </message>
    <message>
        <source>; to link them, %1 (p2pvpn resolve-overlaps does it)</source>
        <translation>; pour les relier, %1 (p2pvpn resolve-overlaps s&apos;en charge)</translation>
    </message>
    <message>
        <source>data ciphers: CBC (%1) makes OpenVPN turn off data channel offload (DCO) on every tunnel; list only AEAD ciphers such as AES-256-GCM to keep it</source>
        <translation>chiffrements de données : avec CBC (%1), OpenVPN désactive le déchargement du canal de données (DCO) sur chaque tunnel ; n&apos;indiquez que des chiffrements AEAD comme AES-256-GCM pour le garder</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>empty network; expected a CIDR such as 10.1.0.0/16</source>
        <translation>réseau vide ; un CIDR tel que 10.1.0.0/16 est attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length &quot;%2&quot;; expected 0 to 32</source>
        <translation>« %1 » a une longueur de préfixe invalide « %2 » ; 0 à 32 attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid netmask &quot;%2&quot;</source>
        <translation>« %1 » a un masque de réseau invalide « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a valid netmask (its one-bits must be contiguous)</source>
        <translation>« %1 » : %2 n&apos;est pas un masque de réseau valide (ses bits à un doivent être contigus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; expected four numbers 0-255 separated by dots</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4 ; quatre nombres de 0 à 255 séparés par des points sont attendus</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; did you mean %3?</source>
        <translation>%1/%2 a des bits d&apos;hôte positionnés ; vouliez-vous dire %3 ?</translation>
    </message>
    <message>
        <source>the alias of %1: %2</source>
        <translation>l’alias de %1 : %2</translation>
    </message>
    <message>
        <source>the alias of %1 must be a /%2 as well, not %3</source>
        <translation>l’alias de %1 doit lui aussi être un /%2, pas %3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a new, empty mesh file</source>
        <translation>créer un nouveau fichier de maillage vide</translation>
    </message>
    <message>
        <source>add a LAN with its subnets and endpoint</source>
        <translation>ajouter un LAN avec ses sous-réseaux et son point d&apos;accès</translation>
    </message>
    <message>
        <source>change a LAN&apos;s name, subnets, endpoint or SSH access</source>
        <translation>modifier le nom, les sous-réseaux, le point d&apos;accès ou l&apos;accès SSH d&apos;un LAN</translation>
    </message>
    <message>
        <source>remove a LAN and its links</source>
        <translation>supprimer un LAN et ses liaisons</translation>
    </message>
    <message>
        <source>draw a link between two LANs (manual topology)</source>
        <translation>dessiner une liaison entre deux LAN (topologie manuelle)</translation>
    </message>
    <message>
        <source>remove the link between two LANs</source>
        <translation>supprimer la liaison entre deux LAN</translation>
    </message>
    <message>
        <source>list the LANs and links</source>
        <translation>lister les LAN et les liaisons</translation>
    </message>
    <message>
        <source>check the mesh and print its findings</source>
        <translation>vérifier le maillage et afficher les constats</translation>
    </message>
    <message>
        <source>show or change the mesh&apos;s settings</source>
        <translation>afficher ou modifier les paramètres du maillage</translation>
    </message>
    <message>
        <source>write every gateway&apos;s bundle (configs, keys, install script)</source>
        <translation>écrire le paquet de chaque passerelle (configurations, clés, script d&apos;installation)</translation>
    </message>
    <message>
        <source>install the bundles on every (or each --gateway) gateway over SSH; exit status 1 unless each one ends done or unchanged</source>
        <translation>installer les paquets sur chaque passerelle (ou chaque --gateway) via SSH ; code de sortie 1 sauf si chacune finit en done ou unchanged</translation>
    </message>
    <message>
        <source>replace the keys of one LAN, or of the whole mesh</source>
        <translation>remplacer les clés d&apos;un LAN ou de tout le maillage</translation>
    </message>
    <message>
        <source>import the original P2P-VPN tool&apos;s cache.txt</source>
        <translation>importer le cache.txt de l&apos;outil P2P-VPN d&apos;origine</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;p2pvpn --help&quot; for the list</source>
        <translation>commande inconnue « %1 » ; lancez « p2pvpn --help » pour la liste</translation>
    </message>
    <message>
        <source>Usage: p2pvpn COMMAND [OPTIONS]

Design serverless OpenVPN site-to-site meshes.

Commands:
</source>
        <translation>Usage : p2pvpn COMMANDE [OPTIONS]

Concevoir des maillages OpenVPN site à site sans serveur.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &quot;p2pvpn COMMAND --help&quot; for a command&apos;s options. &quot;p2pvpn --version&quot; prints the version.
Exit status: 0 done, 1 the mesh has errors, 2 bad usage or unreadable file.
</source>
        <translation>
« p2pvpn COMMANDE --help » affiche les options d&apos;une commande. « p2pvpn --version » affiche la version.
Code de sortie : 0 terminé, 1 le maillage contient des erreurs, 2 mauvaise utilisation ou fichier illisible.
</translation>
    </message>
    <message>
        <source>p2pvpn: %1</source>
        <translation>p2pvpn : %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: p2pvpn %1 %2 [OPTIONS]</source>
        <translation>Usage : p2pvpn %1 %2 [OPTIONS]</translation>
    </message>
    <message>
        <source>%1 expects %2; see &quot;p2pvpn %1 --help&quot;</source>
        <translation>%1 attend %2 ; voir « p2pvpn %1 --help »</translation>
    </message>
    <message numerus="yes">
        <source>note: the mesh now has %n error(s); run &quot;p2pvpn check %1&quot; for details</source>
        <translation>
            <numerusform>remarque : le maillage a maintenant %n erreur ; lancez « p2pvpn check %1 » pour les détails</numerusform>
            <numerusform>remarque : le maillage a maintenant %n erreurs ; lancez « p2pvpn check %1 » pour les détails</numerusform>
        </translation>
    </message>
    <message>
        <source>Mesh name (default: the file&apos;s base name).</source>
        <translation>Nom du maillage (par défaut : le nom de base du fichier).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Pool for tunnel transit networks.</source>
        <translation>Pool pour les réseaux de transit des tunnels.</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>First UDP port on each gateway.</source>
        <translation>Premier port UDP sur chaque passerelle.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>full (every pair) or manual (drawn links).</source>
        <translation>full (chaque paire) ou manual (liaisons dessinées).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Écraser un fichier existant.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to overwrite it</source>
        <translation>%1 existe déjà ; utilisez --force pour l&apos;écraser</translation>
    </message>
    <message>
        <source> (set it with --name)</source>
        <translation> (définissez-le avec --name)</translation>
    </message>
    <message>
        <source>--transit-pool: %1</source>
        <translation>--transit-pool : %1</translation>
    </message>
    <message>
        <source>--topology: expected full or manual, not &quot;%1&quot;</source>
        <translation>--topology : full ou manual attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name : %1</translation>
    </message>
    <message>
        <source>add-lan needs at least one --subnet CIDR</source>
        <translation>add-lan nécessite au moins un --subnet CIDR</translation>
    </message>
    <message>
        <source>--endpoint: %1</source>
        <translation>--endpoint : %1</translation>
    </message>
    <message>
        <source>add-lan needs --endpoint HOST, the address peers dial</source>
        <translation>add-lan nécessite --endpoint HOST, l&apos;adresse que les pairs joignent</translation>
    </message>
    <message>
        <source>--ssh: %1</source>
        <translation>--ssh : %1</translation>
    </message>
    <message>
        <source>--ssh: host: %1</source>
        <translation>--ssh : hôte : %1</translation>
    </message>
    <message>
        <source>--target-dir: %1</source>
        <translation>--target-dir : %1</translation>
    </message>
    <message>
        <source>--service-manager: expected systemd or command</source>
        <translation>--service-manager : systemd ou command attendu</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Nouveau nom.</translation>
    </message>
    <message>
        <source>Public DNS name or IPv4 address that peers dial.</source>
        <translation>Nom DNS public ou adresse IPv4 que les pairs joignent.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>How to reach the gateway for deployment.</source>
        <translation>Comment joindre la passerelle pour le déploiement.</translation>
    </message>
    <message>
        <source>USER@HOST[:PORT]</source>
        <translation>USER@HOST[:PORT]</translation>
    </message>
    <message>
        <source>Private key file for SSH (default: ssh-agent).</source>
        <translation>Fichier de clé privée pour SSH (par défaut : ssh-agent).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Install with sudo (the SSH user is not root).</source>
        <translation>Installer avec sudo (l&apos;utilisateur SSH n&apos;est pas root).</translation>
    </message>
    <message>
        <source>Install without sudo.</source>
        <translation>Installer sans sudo.</translation>
    </message>
    <message>
        <source>Where configs go on the gateway.</source>
        <translation>Emplacement des configurations sur la passerelle.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>systemd or command.</source>
        <translation>systemd ou command.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Service manager &quot;command&quot;: shell command that (re)starts a tunnel; gets its name.</source>
        <translation>Gestionnaire de services « command » : commande shell qui (re)démarre un tunnel ; reçoit son nom.</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>CMD</translation>
    </message>
    <message>
        <source>Service manager &quot;command&quot;: shell command that stops a tunnel; gets its name.</source>
        <translation>Gestionnaire de services « command » : commande shell qui arrête un tunnel ; reçoit son nom.</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>%1 already has a LAN named %2</source>
        <translation>%1 a déjà un LAN nommé %2</translation>
    </message>
    <message>
        <source>%1 has no LAN named %2</source>
        <translation>%1 n&apos;a pas de LAN nommé %2</translation>
    </message>
    <message>
        <source>note: the mesh&apos;s topology is full, so every pair is linked anyway; the drawn link is kept for manual topology</source>
        <translation>remarque : la topologie du maillage est complète, chaque paire est donc reliée de toute façon ; la liaison dessinée est conservée pour la topologie manuelle</translation>
    </message>
    <message>
        <source>%1 and %2 are not linked</source>
        <translation>%1 et %2 ne sont pas reliés</translation>
    </message>
    <message>
        <source>a link needs two different LANs</source>
        <translation>une liaison nécessite deux LAN différents</translation>
    </message>
    <message numerus="yes">
        <source>mesh %1: %n LAN(s), </source>
        <translation>
            <numerusform>maillage %1 : %n LAN, </numerusform>
            <numerusform>maillage %1 : %n LAN, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s), topology %1</source>
        <translation>
            <numerusform>%n tunnel, topologie %1</numerusform>
            <numerusform>%n tunnels, topologie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>link %1 %2</source>
        <translation>liaison %1 %2</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Afficher les constats en JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), </source>
        <translation>
            <numerusform>%1 : %n erreur, </numerusform>
            <numerusform>%1 : %n erreurs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Mesh name.</source>
        <translation>Nom du maillage.</translation>
    </message>
    <message>
        <source>Use /31 transit networks: yes or no.</source>
        <translation>Utiliser des réseaux de transit /31 : yes ou no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>full or manual.</source>
        <translation>full ou manual.</translation>
    </message>
    <message>
        <source>fingerprint (OpenVPN 2.6) or ca (2.4+).</source>
        <translation>fingerprint (OpenVPN 2.6) ou ca (2.4+).</translation>
    </message>
    <message>
        <source>OpenVPN data ciphers, &apos;:&apos;-separated.</source>
        <translation>Chiffrements de données OpenVPN, séparés par &apos;:&apos;.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Ping interval and restart timeout.</source>
        <translation>Intervalle de ping et délai avant redémarrage.</translation>
    </message>
    <message>
        <source>SECONDS,SECONDS</source>
        <translation>SECONDS,SECONDS</translation>
    </message>
    <message>
        <source>Reserve a range no LAN may use; repeatable.</source>
        <translation>Réserver une plage qu&apos;aucun LAN ne peut utiliser ; répétable.</translation>
    </message>
    <message>
        <source>Drop a reserved range; repeatable.</source>
        <translation>Libérer une plage réservée ; répétable.</translation>
    </message>
    <message>
        <source>--transit-31: expected yes or no</source>
        <translation>--transit-31 : yes ou no attendu</translation>
    </message>
    <message>
        <source>--topology: expected full or manual</source>
        <translation>--topology : full ou manual attendu</translation>
    </message>
    <message>
        <source>--key-mode: expected fingerprint or ca</source>
        <translation>--key-mode : fingerprint ou ca attendu</translation>
    </message>
    <message>
        <source>--keepalive: expected two numbers of seconds such as 10,60</source>
        <translation>--keepalive : deux nombres de secondes tels que 10,60 attendus</translation>
    </message>
    <message>
        <source>--unreserve: %1 is not reserved</source>
        <translation>--unreserve : %1 n&apos;est pas réservé</translation>
    </message>
    <message>
        <source>Folder for the bundles (DIR/&lt;lan&gt;/).</source>
        <translation>Dossier des paquets (DIR/&lt;lan&gt;/).</translation>
    </message>
    <message>
        <source>Also write DIR/&lt;lan&gt;.zip per gateway and DIR/&lt;mesh&gt;.zip.</source>
        <translation>Écrire aussi DIR/&lt;lan&gt;.zip par passerelle et DIR/&lt;mesh&gt;.zip.</translation>
    </message>
    <message>
        <source>Key store folder (default: FILE.keys beside the mesh file).</source>
        <translation>Dossier du magasin de clés (par défaut : FILE.keys à côté du fichier de maillage).</translation>
    </message>
    <message>
        <source>generate needs --out DIR</source>
        <translation>generate nécessite --out DIR</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway bundle(s) written; </source>
        <translation>
            <numerusform>%n paquet de passerelle écrit ; </numerusform>
            <numerusform>%n paquets de passerelle écrits ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
    <message>
        <source>rotate-keys expects FILE [LAN]; see &quot;p2pvpn rotate-keys --help&quot;</source>
        <translation>rotate-keys attend FILE [LAN] ; voir « p2pvpn rotate-keys --help »</translation>
    </message>
    <message>
        <source>new keys for %1 and its tunnels will be made on the next generate; then deploy the changed bundles</source>
        <translation>de nouvelles clés pour %1 et ses tunnels seront créées au prochain generate ; déployez ensuite les paquets modifiés</translation>
    </message>
    <message>
        <source>every gateway and tunnel key will be made anew on the next generate; then deploy every bundle</source>
        <translation>toutes les clés de passerelle et de tunnel seront recréées au prochain generate ; déployez ensuite chaque paquet</translation>
    </message>
    <message>
        <source>The mesh file to write.</source>
        <translation>Le fichier de maillage à écrire.</translation>
    </message>
    <message>
        <source>import-cache needs --out FILE</source>
        <translation>import-cache nécessite --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>imported %n LAN(s) into %1</source>
        <translation>
            <numerusform>%n LAN importé dans %1</numerusform>
            <numerusform>%n LAN importés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy only this LAN&apos;s gateway; repeatable.</source>
        <translation>Déployer uniquement la passerelle de ce LAN ; répétable.</translation>
    </message>
    <message>
        <source>Only list what each gateway would add, change and remove.</source>
        <translation>Lister seulement ce que chaque passerelle ajouterait, modifierait et supprimerait.</translation>
    </message>
    <message>
        <source>Trust and record host keys seen for the first time (changed keys are always refused).</source>
        <translation>Faire confiance aux clés d&apos;hôte vues pour la première fois et les enregistrer (les clés modifiées sont toujours refusées).</translation>
    </message>
    <message>
        <source>Gateways to work on at the same time (default 8).</source>
        <translation>Passerelles traitées en même temps (8 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Deploy bundles generated before (DIR/&lt;lan&gt;/) instead of generating them now.</source>
        <translation>Déployer des paquets générés auparavant (DIR/&lt;lan&gt;/) au lieu de les générer maintenant.</translation>
    </message>
    <message>
        <source>The app&apos;s known hosts file (default: %1).</source>
        <translation>Le fichier des hôtes connus de l&apos;application (par défaut : %1).</translation>
    </message>
    <message>
        <source>Ask on the terminal for an SSH password when no key is accepted.</source>
        <translation>Demander un mot de passe SSH dans le terminal si aucune clé n&apos;est acceptée.</translation>
    </message>
    <message>
        <source>--jobs: &quot;%1&quot; is not a number from 1 to 256</source>
        <translation>--jobs : « %1 » n&apos;est pas un nombre de 1 à 256</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Passphrase for %1 (for %2): </source>
        <translation>Phrase secrète de %1 (pour %2) : </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>p2pvpn: cancelling (press Ctrl-C again to drop the connections)</source>
        <translation>p2pvpn : annulation (appuyez à nouveau sur Ctrl-C pour couper les connexions)</translation>
    </message>
    <message>
        <source>cannot start the deployment</source>
        <translation>impossible de lancer le déploiement</translation>
    </message>
    <message>
        <source>dry run:</source>
        <translation>essai à blanc :</translation>
    </message>
    <message>
        <source>deployment:</source>
        <translation>déploiement :</translation>
    </message>
    <message>
        <source>Compare the fingerprints above with the gateways&apos; own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on each), then run again with --accept-new-host-keys.</source>
        <translation>Comparez les empreintes ci-dessus à celles des passerelles (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur chacune), puis relancez avec --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a port number 1 to 65535</source>
        <translation>%1 : « %2 » n&apos;est pas un numéro de port de 1 à 65535</translation>
    </message>
    <message>
        <source>CA key mode: replace the mesh CA&apos;s key; every gateway certificate is then issued anew under it (the gateways&apos; own keys stay).</source>
        <translation>Mode de clés CA : remplacer la clé de la CA du maillage ; chaque certificat de passerelle est alors réémis sous celle-ci (les passerelles gardent leurs propres clés).</translation>
    </message>
    <message>
        <source>rotate-keys --ca replaces the mesh&apos;s CA: give no LAN</source>
        <translation>rotate-keys --ca remplace la CA du maillage : n&apos;indiquez aucun LAN</translation>
    </message>
    <message>
        <source>%1 uses the fingerprint key mode, which has no CA; rotate the gateways&apos; keys instead</source>
        <translation>%1 utilise le mode de clés fingerprint, qui n&apos;a pas de CA ; remplacez plutôt les clés des passerelles</translation>
    </message>
    <message>
        <source>a new mesh CA and every gateway certificate will be made on the next generate; then deploy every bundle</source>
        <translation>une nouvelle CA du maillage et tous les certificats de passerelle seront créés au prochain generate ; déployez ensuite chaque paquet</translation>
    </message>
    <message>
        <source>--restart-command: %1</source>
        <translation>--restart-command : %1</translation>
    </message>
    <message>
        <source>--stop-command: %1</source>
        <translation>--stop-command : %1</translation>
    </message>
    <message>
        <source>add or update one LAN per AWS VPC from saved &quot;aws ec2 describe-*&quot; output</source>
        <translation>ajouter ou mettre à jour un LAN par VPC AWS depuis la sortie enregistrée de « aws ec2 describe-* »</translation>
    </message>
    <message>
        <source>write the AWS routes and security-group rules of the mesh as Terraform</source>
        <translation>écrire les routes AWS et les règles de groupe de sécurité du maillage en Terraform</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-vpcs&quot; printed (required).</source>
        <translation>Ce que « aws ec2 describe-vpcs » a affiché (obligatoire).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-instances&quot; printed: finds each VPC&apos;s gateway.</source>
        <translation>Ce que « aws ec2 describe-instances » a affiché : trouve la passerelle de chaque VPC.</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-route-tables&quot; printed.</source>
        <translation>Ce que « aws ec2 describe-route-tables » a affiché.</translation>
    </message>
    <message>
        <source>What &quot;aws ec2 describe-security-groups&quot; printed.</source>
        <translation>Ce que « aws ec2 describe-security-groups » a affiché.</translation>
    </message>
    <message>
        <source>The VPCs&apos; region (default: from the instances).</source>
        <translation>La région des VPC (par défaut : celle des instances).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>The gateway instance of a VPC, instead of the instance tagged p2pvpn:gateway (repeatable).</source>
        <translation>L&apos;instance passerelle d&apos;un VPC, au lieu de l&apos;instance étiquetée p2pvpn:gateway (répétable).</translation>
    </message>
    <message>
        <source>VPC-ID=INSTANCE-ID</source>
        <translation>VPC-ID=INSTANCE-ID</translation>
    </message>
    <message>
        <source>import-aws needs --vpcs JSON, the output of &quot;aws ec2 describe-vpcs&quot;</source>
        <translation>import-aws nécessite --vpcs JSON, la sortie de « aws ec2 describe-vpcs »</translation>
    </message>
    <message>
        <source>--gateway: expected VPC-ID=INSTANCE-ID, not &quot;%1&quot;</source>
        <translation>--gateway : VPC-ID=INSTANCE-ID attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>--gateway needs --instances JSON, the output of &quot;aws ec2 describe-instances&quot;</source>
        <translation>--gateway nécessite --instances JSON, la sortie de « aws ec2 describe-instances »</translation>
    </message>
    <message>
        <source> (create the file first with &quot;p2pvpn init FILE --name NAME&quot;)</source>
        <translation> (créez d&apos;abord le fichier avec « p2pvpn init FILE --name NAME »)</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 ajouté (%2)</translation>
    </message>
    <message>
        <source>changed %1 (%2)</source>
        <translation>%1 modifié (%2)</translation>
    </message>
    <message>
        <source>unchanged %1 (%2)</source>
        <translation>%1 inchangé (%2)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n LAN(s) added, </source>
        <translation>
            <numerusform>%n LAN ajouté, </numerusform>
            <numerusform>%n LAN ajoutés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n modifié, </numerusform>
            <numerusform>%n modifiés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n laissé tel quel</numerusform>
            <numerusform>%n laissés tels quels</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Folder for p2pvpn.tf.</source>
        <translation>Dossier pour p2pvpn.tf.</translation>
    </message>
    <message>
        <source>export-terraform needs --out DIR</source>
        <translation>export-terraform nécessite --out DIR</translation>
    </message>
    <message>
        <source>set source_dest_check = false in the aws_instance of gateway %1 (it is not managed here)</source>
        <translation>définissez source_dest_check = false dans l&apos;aws_instance de la passerelle %1 (elle n&apos;est pas gérée ici)</translation>
    </message>
    <message>
        <source>no AWS gateway instance, left out: %1</source>
        <translation>aucune instance passerelle AWS, ignoré : %1</translation>
    </message>
    <message>
        <source>write the mesh as an Ansible project: inventory, host_vars, a role and site.yml</source>
        <translation>écrire le maillage comme projet Ansible : inventaire, host_vars, un rôle et site.yml</translation>
    </message>
    <message>
        <source>Folder for the Ansible project.</source>
        <translation>Dossier du projet Ansible.</translation>
    </message>
    <message>
        <source>Encrypt the tunnel configurations (they hold the private keys) with Ansible Vault, with the password in FILE; give the same file to ansible-playbook.</source>
        <translation>Chiffrer les configurations de tunnel (elles contiennent les clés privées) avec Ansible Vault, avec le mot de passe de FICHIER ; donnez le même fichier à ansible-playbook.</translation>
    </message>
    <message>
        <source>Gateways changed at a time when the mesh already runs (default 1; 0: all at once). A mesh that runs nowhere yet goes to every gateway at once.</source>
        <translation>Passerelles modifiées à la fois quand le maillage tourne déjà (1 par défaut ; 0 : toutes à la fois). Un maillage qui ne tourne encore nulle part va à toutes les passerelles à la fois.</translation>
    </message>
    <message>
        <source>export-ansible needs --out DIR</source>
        <translation>export-ansible a besoin de --out DOSSIER</translation>
    </message>
    <message>
        <source>--serial takes a number of gateways from 0 (all at once) to 10000, not &quot;%1&quot;</source>
        <translation>--serial prend un nombre de passerelles de 0 (toutes à la fois) à 10000, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Ansible project for %n gateway(s) written; run: ansible-playbook -i %1/inventory.yml %1/site.yml</source>
        <translation>
            <numerusform>Projet Ansible pour %n passerelle écrit ; lancez : ansible-playbook -i %1/inventory.yml %1/site.yml</numerusform>
            <numerusform>Projet Ansible pour %n passerelles écrit ; lancez : ansible-playbook -i %1/inventory.yml %1/site.yml</numerusform>
        </translation>
    </message>
    <message>
        <source>give every subnet that overlaps another LAN&apos;s an alias from the alias pool</source>
        <translation>donner à chaque sous-réseau qui chevauche celui d&apos;un autre LAN un alias pris dans le pool d&apos;alias</translation>
    </message>
    <message>
        <source>print the address each LAN&apos;s subnets are reached by from the rest of the mesh</source>
        <translation>afficher l&apos;adresse par laquelle le reste du maillage atteint les sous-réseaux de chaque LAN</translation>
    </message>
    <message>
        <source>no subnet overlaps another LAN&apos;s without an alias; nothing changed</source>
        <translation>aucun sous-réseau ne chevauche celui d&apos;un autre LAN sans alias ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: %2 is reached as %3</source>
        <translation>%1 : %2 est atteint en tant que %3</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) added; generate and deploy to put them on the gateways</source>
        <translation>
            <numerusform>%n alias ajouté ; lancez generate puis deploy pour l&apos;installer sur les passerelles</numerusform>
            <numerusform>%n alias ajoutés ; lancez generate puis deploy pour les installer sur les passerelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Print comma-separated values with a header.</source>
        <translation>Afficher des valeurs séparées par des virgules, avec une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>reached as %1</source>
        <translation>atteint en tant que %1</translation>
    </message>
    <message>
        <source>reached as itself</source>
        <translation>atteint par sa propre adresse</translation>
    </message>
    <message>
        <source>--alias: %1 is not one of the subnets of LAN %2</source>
        <translation>--alias : %1 n&apos;est pas l&apos;un des sous-réseaux du LAN %2</translation>
    </message>
    <message>
        <source>--alias: expected SUBNET=ALIAS (or SUBNET=none), not &quot;%1&quot;</source>
        <translation>--alias : SUBNET=ALIAS (ou SUBNET=none) attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>Subnet; repeat for several; replaces all current subnets. CIDR=ALIAS: the rest of the mesh reaches it as ALIAS.</source>
        <translation>Sous-réseau ; à répéter pour en indiquer plusieurs ; remplace tous les sous-réseaux actuels. CIDR=ALIAS : le reste du maillage l&apos;atteint en tant que ALIAS.</translation>
    </message>
    <message>
        <source>Subnet of the LAN; repeat for several. CIDR=ALIAS: the rest of the mesh reaches it as ALIAS (for subnets that overlap).</source>
        <translation>Sous-réseau du LAN ; à répéter pour en indiquer plusieurs. CIDR=ALIAS : le reste du maillage l&apos;atteint en tant que ALIAS (pour les sous-réseaux qui se chevauchent).</translation>
    </message>
    <message>
        <source>CIDR[=ALIAS]</source>
        <translation>CIDR[=ALIAS]</translation>
    </message>
    <message>
        <source>Give a listed subnet an alias, the same-sized prefix the rest of the mesh reaches it by (SUBNET=none removes it); repeat for several.</source>
        <translation>Donner à un sous-réseau indiqué un alias, le préfixe de même taille par lequel le reste du maillage l&apos;atteint (SUBNET=none le supprime) ; à répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>SUBNET=ALIAS</source>
        <translation>SUBNET=ALIAS</translation>
    </message>
    <message>
        <source>Pool that resolve-overlaps takes aliases from (default 100.64.0.0/10).</source>
        <translation>Pool dans lequel resolve-overlaps prend les alias (100.64.0.0/10 par défaut).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist; use --force to write there</source>
        <translation>%1 est un lien symbolique vers %2, qui n&apos;existe pas ; utilisez --force pour y écrire</translation>
    </message>
    <message>
        <source>--data-ciphers: %1</source>
        <translation>--data-ciphers : %1</translation>
    </message>
</context>
<context>
    <name>DataCiphers</name>
    <message>
        <source>data ciphers: list at least one cipher, such as AES-256-GCM</source>
        <translation>chiffrements de données : indiquez au moins un chiffrement, par exemple AES-256-GCM</translation>
    </message>
    <message>
        <source>data ciphers &quot;%1&quot;: an empty entry; separate cipher names by a single &apos;:&apos;</source>
        <translation>chiffrements de données « %1 » : une entrée vide ; séparez les noms de chiffrement par un seul &apos;:&apos;</translation>
    </message>
    <message>
        <source>data ciphers: &quot;%1&quot; is not a cipher OpenVPN 2.6 accepts in data-ciphers; use AEAD ciphers such as AES-256-GCM, AES-128-GCM or CHACHA20-POLY1305</source>
        <translation>chiffrements de données : « %1 » n&apos;est pas un chiffrement qu&apos;OpenVPN 2.6 accepte dans data-ciphers ; utilisez des chiffrements AEAD comme AES-256-GCM, AES-128-GCM ou CHACHA20-POLY1305</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>the diagram is too large for an image of %1 × %2 pixels</source>
        <translation>le diagramme est trop grand pour une image de %1 × %2 pixels</translation>
    </message>
    <message>
        <source>%1 could not be written; check the folder exists and is writable</source>
        <translation>%1 n&apos;a pas pu être écrit ; vérifiez que le dossier existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>P2P-VPN mesh diagram</source>
        <translation>Diagramme de maillage P2P-VPN</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>The SSH server of gateway &quot;%1&quot; is not known yet.</source>
        <translation>Le serveur SSH de la passerelle « %1 » n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>Host: %1
Port: %2
Key type: %3
Fingerprint: %4

Compare the fingerprint with the gateway&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on it) before trusting it. A trusted key is remembered for the designer and the p2pvpn command.</source>
        <translation>Hôte : %1
Port : %2
Type de clé : %3
Empreinte : %4

Comparez l&apos;empreinte à celle de la passerelle (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur celle-ci) avant de lui faire confiance. Une clé approuvée est mémorisée pour le concepteur et la commande p2pvpn.</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>The designer did not close properly. Recover the unsaved changes to &quot;%1&quot;?</source>
        <translation>Le concepteur ne s&apos;est pas fermé correctement. Récupérer les modifications non enregistrées de « %1 » ?</translation>
    </message>
    <message>
        <source>Autosaved %1. Discarding deletes this copy for good.</source>
        <translation>Enregistré automatiquement le %1. Abandonner supprime définitivement cette copie.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>GatewayFiles</name>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: rules to add to your nftables ruleset,
# e.g. include this file from the input and forward chains of your inet filter table.
</source>
        <translation># Maillage P2P-VPN « %1 », passerelle %2 : règles à ajouter à votre jeu de règles nftables,
# par ex. incluez ce fichier depuis les chaînes input et forward de votre table inet filter.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: opens the tunnel ports and forwarding with iptables.
# Idempotent: a rule is added only when it is missing.
</source>
        <translation># Maillage P2P-VPN « %1 », passerelle %2 : ouvre les ports des tunnels et le transfert avec iptables.
# Idempotent : une règle n&apos;est ajoutée que si elle manque.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: opens one UDP port per peer in the gateway&apos;s AWS security group.
# Usage: sh authorize-ingress.sh sg-0123456789abcdef0   (needs the AWS CLI and credentials)
</source>
        <translation># Maillage P2P-VPN « %1 », passerelle %2 : ouvre un port UDP par pair dans le groupe de sécurité AWS de la passerelle.
# Usage : sh authorize-ingress.sh sg-0123456789abcdef0   (nécessite l&apos;AWS CLI et des identifiants)
</translation>
    </message>
    <message>
        <source>P2P-VPN mesh &quot;%1&quot;: bundle for gateway %2 (%3)
</source>
        <translation>Maillage P2P-VPN « %1 » : paquet pour la passerelle %2 (%3)
</translation>
    </message>
    <message>
        <source>
This folder holds every tunnel end of this gateway, keys included. Keep it private.
</source>
        <translation>
Ce dossier contient toutes les extrémités de tunnel de cette passerelle, clés comprises. Gardez-le privé.
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
Installation (en root, sur la passerelle, avec OpenVPN 2.6 ou plus récent%1) :
    sh install.sh
Aperçu de ce qui changerait :
    sh install.sh --dry-run
</translation>
    </message>
    <message>
        <source>; 2.4 is enough in this mesh&apos;s CA mode</source>
        <translation>; 2.4 suffit dans le mode CA de ce maillage</translation>
    </message>
    <message>
        <source>
What must be done by hand
-------------------------
</source>
        <translation>
Ce qu&apos;il faut faire à la main
-----------------------------
</translation>
    </message>
    <message>
        <source>1. Open these UDP ports to the peers (firewall/nftables.nft, firewall/iptables.sh):
</source>
        <translation>1. Ouvrez ces ports UDP aux pairs (firewall/nftables.nft, firewall/iptables.sh) :
</translation>
    </message>
    <message>
        <source>   - UDP %1 from %2 (%3)
</source>
        <translation>   - UDP %1 depuis %2 (%3)
</translation>
    </message>
    <message>
        <source>2. Make the LAN&apos;s router (or the VPC route tables) send these networks to this gateway:
</source>
        <translation>2. Faites envoyer ces réseaux à cette passerelle par le routeur du LAN (ou les tables de routage du VPC) :
</translation>
    </message>
    <message>
        <source>3. On AWS: disable the source/destination check of the gateway instance
   (aws ec2 modify-instance-attribute --instance-id ID --no-source-dest-check) and open the ports
   in its security group (aws/authorize-ingress.sh, or aws/security-group-ingress.json).
</source>
        <translation>3. Sur AWS : désactivez le contrôle source/destination de l&apos;instance de la passerelle
   (aws ec2 modify-instance-attribute --instance-id ID --no-source-dest-check) et ouvrez les ports
   dans son groupe de sécurité (aws/authorize-ingress.sh ou aws/security-group-ingress.json).
</translation>
    </message>
    <message>
        <source>
Tunnels
-------
</source>
        <translation>
Tunnels
-------
</translation>
    </message>
    <message>
        <source>   %1: to %2 at %3, local UDP port %4, unit openvpn-server@%1
</source>
        <translation>   %1 : vers %2 à %3, port UDP local %4, unité openvpn-server@%1
</translation>
    </message>
    <message>
        <source>3. On AWS (instance %1): sh aws/apply.sh turns off its source/destination check, adds the routes
   above to the VPC&apos;s route tables through this gateway and opens the ports in its security
   group. Preview with sh aws/apply.sh --dry-run; sh aws/revert.sh undoes it.
</source>
        <translation>3. Sur AWS (instance %1) : sh aws/apply.sh désactive son contrôle source/destination, ajoute les routes
   ci-dessus aux tables de routage du VPC via cette passerelle et ouvre les ports dans son groupe
   de sécurité. Aperçu avec sh aws/apply.sh --dry-run ; sh aws/revert.sh l&apos;annule.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: 1:1 translation of the subnets the mesh reaches by an
# alias. Hosts keep their addresses; only traffic through the tunnels is translated.
# install.sh applies it (nft -f nat/nftables.nft) and removes it when no alias is left.
</source>
        <translation># Maillage P2P-VPN « %1 », passerelle %2 : traduction 1:1 des sous-réseaux que le maillage atteint
# par un alias. Les hôtes gardent leurs adresses ; seul le trafic passant par les tunnels est traduit.
# install.sh l&apos;applique (nft -f nat/nftables.nft) et la supprime quand il ne reste plus d&apos;alias.
</translation>
    </message>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;, gateway %2: the translations of nat/nftables.nft for iptables (NETMAP).
# Idempotent: a rule is added only when it is missing.
</source>
        <translation># Maillage P2P-VPN « %1 », passerelle %2 : les traductions de nat/nftables.nft pour iptables (NETMAP).
# Idempotent : une règle n&apos;est ajoutée que si elle manque.
</translation>
    </message>
    <message>
        <source>   The rest of the mesh reaches this LAN&apos;s overlapping subnets by aliases; install.sh
   translates them 1:1 (nat/nftables.nft). Hosts elsewhere use the alias address:
</source>
        <translation>   Le reste du maillage atteint les sous-réseaux de ce LAN qui se chevauchent par des alias ;
   install.sh les traduit en 1:1 (nat/nftables.nft). Les hôtes ailleurs utilisent l&apos;adresse de l&apos;alias :
</translation>
    </message>
    <message>
        <source>   - %1 is reached as %2
</source>
        <translation>   - %1 est atteint en tant que %2
</translation>
    </message>
</context>
<context>
    <name>GenerateJob</name>
    <message>
        <source>%1. The bundles were written, but the project does not record their new tunnel numbers yet: save it before generating again</source>
        <translation>%1. Les paquets ont été écrits, mais le projet n&apos;enregistre pas encore leurs nouveaux numéros de tunnel : enregistrez-le avant de générer à nouveau</translation>
    </message>
</context>
<context>
    <name>GenerateRunner</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them first</source>
        <translation>
            <numerusform>Le maillage a %n erreur ; corrigez-la d&apos;abord</numerusform>
            <numerusform>Le maillage a %n erreurs ; corrigez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project was not saved</source>
        <translation>%1 : le projet n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The bundles were written, but saving their new tunnel numbers into the project failed:
%1

The document keeps them and stays modified; save it (or Save As) before you close it.</source>
        <translation>Les paquets ont été écrits, mais l&apos;enregistrement de leurs nouveaux numéros de tunnel dans le projet a échoué :
%1

Le document les conserve et reste modifié ; enregistrez-le (ou Enregistrer sous) avant de le fermer.</translation>
    </message>
    <message>
        <source>Writing gateway bundles…</source>
        <translation>Écriture des paquets de passerelle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: could not write the files</source>
        <translation>%1 : impossible d’écrire les fichiers</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message numerus="yes">
        <source>the mesh has %n error(s); fix them first:</source>
        <translation>
            <numerusform>le maillage a %n erreur ; corrigez-la d&apos;abord :</numerusform>
            <numerusform>le maillage a %n erreurs ; corrigez-les d&apos;abord :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a %2</source>
        <translation>%1 est un dossier, pas un %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), so it is not a %2</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un socket), ce n&apos;est donc pas un %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; it is not a %3</source>
        <translation>%1 dépasse %2 ; ce n&apos;est pas un %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>%1 is damaged: %2. Restore it from a backup, or delete it to make new key material (every peer then needs its configuration regenerated).</source>
        <translation>%1 est endommagé : %2. Restaurez-le depuis une sauvegarde, ou supprimez-le pour créer de nouvelles clés (chaque pair devra alors avoir sa configuration régénérée).</translation>
    </message>
    <message>
        <source>key store %1: %2</source>
        <translation>magasin de clés %1 : %2</translation>
    </message>
    <message>
        <source>cannot flush the key store %1 to disk: %2</source>
        <translation>impossible de vider le magasin de clés %1 sur le disque : %2</translation>
    </message>
    <message>
        <source>it does not belong to the key in %1</source>
        <translation>il ne correspond pas à la clé de %1</translation>
    </message>
    <message>
        <source>a tunnel needs two different LANs (both are %1)</source>
        <translation>un tunnel nécessite deux LAN différents (les deux sont %1)</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>cannot read the known hosts file %1: %2</source>
        <translation>impossible de lire le fichier des hôtes connus %1 : %2</translation>
    </message>
    <message>
        <source>the known hosts file %1 is larger than 64 MiB; not reading it</source>
        <translation>le fichier des hôtes connus %1 dépasse 64 Mio ; il n&apos;est pas lu</translation>
    </message>
    <message>
        <source>cannot record a host key for &quot;%1&quot;: the host name has characters a known hosts file cannot hold</source>
        <translation>impossible d&apos;enregistrer une clé d&apos;hôte pour « %1 » : le nom d&apos;hôte contient des caractères qu&apos;un fichier des hôtes connus ne peut pas contenir</translation>
    </message>
    <message>
        <source>cannot record a host key for &quot;%1&quot;: the key is malformed</source>
        <translation>impossible d&apos;enregistrer une clé d&apos;hôte pour « %1 » : la clé est mal formée</translation>
    </message>
    <message>
        <source>cannot write the known hosts file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier des hôtes connus %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the known hosts file: %2</source>
        <translation>impossible de créer le dossier %1 du fichier des hôtes connus : %2</translation>
    </message>
</context>
<context>
    <name>Lan</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not allowed: use 1 to 32 of a-z, 0-9 and &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 « %2 » n&apos;est pas autorisé : utilisez 1 à 32 caractères parmi a-z, 0-9 et &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>LAN name</source>
        <translation>nom de LAN</translation>
    </message>
    <message>
        <source>mesh name</source>
        <translation>nom de maillage</translation>
    </message>
    <message>
        <source>endpoint is empty; give the public DNS name or IPv4 address peers dial</source>
        <translation>le point d&apos;accès est vide ; indiquez le nom DNS public ou l&apos;adresse IPv4 que les pairs joignent</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not a valid IPv4 address</source>
        <translation>le point d&apos;accès « %1 » n&apos;est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>endpoint is longer than 253 characters</source>
        <translation>le point d&apos;accès dépasse 253 caractères</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not a valid DNS name or IPv4 address</source>
        <translation>le point d&apos;accès « %1 » n&apos;est ni un nom DNS ni une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>SSH user &quot;%1&quot; is not allowed: use 1 to 32 of a-z, 0-9, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>l&apos;utilisateur SSH « %1 » n&apos;est pas autorisé : utilisez 1 à 32 caractères parmi a-z, 0-9, &apos;_&apos;, &apos;.&apos; et &apos;-&apos;, en commençant par une lettre ou &apos;_&apos;</translation>
    </message>
    <message>
        <source>target directory &quot;%1&quot; must be an absolute path of letters, digits and _ . @ + -</source>
        <translation>le dossier cible « %1 » doit être un chemin absolu composé de lettres, de chiffres et de _ . @ + -</translation>
    </message>
    <message>
        <source>target directory &quot;%1&quot; must not contain &quot;.&quot; or &quot;..&quot;</source>
        <translation>le dossier cible « %1 » ne doit pas contenir « . » ni « .. »</translation>
    </message>
    <message>
        <source>%1 is only spaces</source>
        <translation>%1 ne contient que des espaces</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be one line without control characters; the tunnel&apos;s name is added at its end</source>
        <translation>%1 « %2 » doit tenir sur une seule ligne sans caractères de contrôle ; le nom du tunnel est ajouté à la fin</translation>
    </message>
    <message>
        <source>restart command is empty: give the shell command that (re)starts a tunnel, or use systemd</source>
        <translation>la commande de redémarrage est vide : indiquez la commande shell qui (re)démarre un tunnel, ou utilisez systemd</translation>
    </message>
    <message>
        <source>restart command</source>
        <translation>commande de redémarrage</translation>
    </message>
    <message>
        <source>stop command</source>
        <translation>commande d&apos;arrêt</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is an IPv4 address in a form other than four decimal numbers (a resolver reads hex, octal or shortened forms as an address); write it like 192.0.2.1</source>
        <translation>le point d&apos;accès « %1 » est une adresse IPv4 sous une autre forme que quatre nombres décimaux (un résolveur lit les formes hexadécimales, octales ou abrégées comme une adresse) ; écrivez-la comme 192.0.2.1</translation>
    </message>
</context>
<context>
    <name>LanItem</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>no subnet</source>
        <translation>aucun sous-réseau</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>aucun point d&apos;accès</translation>
    </message>
    <message>
        <source>Other LANs reach %1 as %2: a host at %3 is %4 to them.</source>
        <translation>Les autres LAN joignent %1 sous %2 : un hôte en %3 est pour eux %4.</translation>
    </message>
</context>
<context>
    <name>MoveLansCommand</name>
    <message>
        <source>Move LAN %1</source>
        <translation>Déplacer le LAN %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n LAN(s)</source>
        <translation>
            <numerusform>Déplacer %n LAN</numerusform>
            <numerusform>Déplacer %n LAN</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; remove it (p2pvpn never writes through or removes what a link points to)</source>
        <translation>%1 est un lien symbolique ; supprimez-le (p2pvpn n&apos;écrit jamais à travers un lien et ne supprime jamais ce vers quoi il pointe)</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>aucun dossier de sortie indiqué</translation>
    </message>
    <message>
        <source>cannot create the output folder %1: %2</source>
        <translation>impossible de créer le dossier de sortie %1 : %2</translation>
    </message>
    <message>
        <source>cannot open the output folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier de sortie %1 : %2</translation>
    </message>
    <message>
        <source>refusing the output folder %1: it belongs to another user (uid %2), who could change what is written there before it is used; choose a folder of your own</source>
        <translation>dossier de sortie %1 refusé : il appartient à un autre utilisateur (uid %2), qui pourrait modifier ce qui y est écrit avant son utilisation ; choisissez un dossier à vous</translation>
    </message>
    <message>
        <source>refusing the output folder %1: other users may write to it (mode %2), so they could change what is written there before it is used; make it private (chmod go-w %1) or choose another folder</source>
        <translation>dossier de sortie %1 refusé : d&apos;autres utilisateurs peuvent y écrire (mode %2) et pourraient donc modifier ce qui y est écrit avant son utilisation ; rendez-le privé (chmod go-w %1) ou choisissez un autre dossier</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>impossible d&apos;utiliser %1 : %2</translation>
    </message>
    <message>
        <source>refusing %1: not a plain path inside the output folder</source>
        <translation>%1 refusé : ce n&apos;est pas un chemin simple dans le dossier de sortie</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot link %1 to %2: %3</source>
        <translation>impossible de lier %1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>OverlapResolver</name>
    <message>
        <source>the alias pool %1 has no free /%2 left for %3 of LAN %4; choose a larger pool in the mesh settings</source>
        <translation>le pool d&apos;alias %1 n&apos;a plus de /%2 libre pour %3 du LAN %4 ; choisissez un pool plus grand dans les paramètres du maillage</translation>
    </message>
</context>
<context>
    <name>Pki</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>erreur OpenSSL inconnue</translation>
    </message>
    <message>
        <source>the certificate name is empty</source>
        <translation>le nom du certificat est vide</translation>
    </message>
    <message>
        <source>the certificate name &quot;%1&quot; is longer than %2 characters</source>
        <translation>le nom du certificat « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>cannot allocate a certificate</source>
        <translation>impossible d&apos;allouer un certificat</translation>
    </message>
    <message>
        <source>cannot use &quot;%1&quot; as a certificate name</source>
        <translation>impossible d&apos;utiliser « %1 » comme nom de certificat</translation>
    </message>
    <message>
        <source>cannot fill in the certificate for &quot;%1&quot;</source>
        <translation>impossible de remplir le certificat de « %1 »</translation>
    </message>
    <message>
        <source>cannot add the certificate extensions for &quot;%1&quot;</source>
        <translation>impossible d&apos;ajouter les extensions du certificat de « %1 »</translation>
    </message>
    <message>
        <source>cannot sign the certificate for &quot;%1&quot;</source>
        <translation>impossible de signer le certificat de « %1 »</translation>
    </message>
    <message>
        <source>cannot encode the certificate for &quot;%1&quot;</source>
        <translation>impossible d&apos;encoder le certificat de « %1 »</translation>
    </message>
    <message>
        <source>cannot generate an EC %1 key</source>
        <translation>impossible de générer une clé EC %1</translation>
    </message>
    <message>
        <source>cannot read the CA certificate</source>
        <translation>impossible de lire le certificat de la CA</translation>
    </message>
    <message>
        <source>cannot read the CA private key</source>
        <translation>impossible de lire la clé privée de la CA</translation>
    </message>
    <message>
        <source>the CA certificate &quot;%1&quot; is not a CA</source>
        <translation>le certificat de CA « %1 » n&apos;est pas une CA</translation>
    </message>
    <message>
        <source>the CA private key does not belong to the CA certificate</source>
        <translation>la clé privée de la CA ne correspond pas au certificat de la CA</translation>
    </message>
    <message>
        <source>cannot read the private key of &quot;%1&quot;</source>
        <translation>impossible de lire la clé privée de « %1 »</translation>
    </message>
    <message>
        <source>not a readable PEM certificate (%1)</source>
        <translation>pas un certificat PEM lisible (%1)</translation>
    </message>
    <message>
        <source>not a readable unencrypted PEM private key (%1)</source>
        <translation>pas une clé privée PEM non chiffrée lisible (%1)</translation>
    </message>
    <message>
        <source>cannot get random bytes for a tls-crypt key</source>
        <translation>impossible d&apos;obtenir des octets aléatoires pour une clé tls-crypt</translation>
    </message>
    <message>
        <source>line %1: expected &quot;%2&quot;</source>
        <translation>ligne %1 : « %2 » attendu</translation>
    </message>
    <message>
        <source>line %1: not a hexadecimal digit: &apos;%2&apos;</source>
        <translation>ligne %1 : pas un chiffre hexadécimal : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: text after the end of the key</source>
        <translation>ligne %1 : texte après la fin de la clé</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; line</source>
        <translation>pas de ligne « %1 »</translation>
    </message>
    <message>
        <source>the key has %1 hexadecimal digits instead of %2</source>
        <translation>la clé a %1 chiffres hexadécimaux au lieu de %2</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no directory given</source>
        <translation>aucun dossier indiqué</translation>
    </message>
    <message>
        <source>cannot create the directory: %1</source>
        <translation>impossible de créer le dossier : %1</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot restrict the permissions to 0700: %1</source>
        <translation>impossible de restreindre les droits à 0700 : %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>too large (%1 bytes, at most %2)</source>
        <translation>trop grand (%1 octets, au plus %2)</translation>
    </message>
    <message>
        <source>cannot restrict the permissions to 0600: %1</source>
        <translation>impossible de restreindre les droits à 0600 : %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>nombre entier de %1 à %2 attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a string such as &quot;10.1.0.0/16&quot;</source>
        <translation>chaîne telle que « 10.1.0.0/16 » attendue</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>une des valeurs %1 attendue</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>no LAN has the ID %1</source>
        <translation>aucun LAN n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>a link needs two different LANs</source>
        <translation>une liaison nécessite deux LAN différents</translation>
    </message>
    <message>
        <source>this is not a P2P-VPN mesh file (expected &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas un fichier de maillage P2P-VPN (« %1 » attendu)</translation>
    </message>
    <message>
        <source>the file has format version %1, but this program reads up to version %2; open it with a newer P2P-VPN Mesh Designer</source>
        <translation>le fichier est au format version %1, mais ce programme lit au plus la version %2 ; ouvrez-le avec un P2P-VPN Mesh Designer plus récent</translation>
    </message>
    <message>
        <source>the ID %1 is used by another LAN too</source>
        <translation>l&apos;identifiant %1 est aussi utilisé par un autre LAN</translation>
    </message>
    <message>
        <source>%1 is not above the highest LAN ID %2</source>
        <translation>%1 n&apos;est pas supérieur au plus grand identifiant de LAN %2</translation>
    </message>
    <message>
        <source>this link is listed twice</source>
        <translation>cette liaison apparaît deux fois</translation>
    </message>
    <message>
        <source>this tunnel is listed twice</source>
        <translation>ce tunnel apparaît deux fois</translation>
    </message>
    <message>
        <source>a tunnel&apos;s transit network must be a /30 or /31</source>
        <translation>le réseau de transit d&apos;un tunnel doit être un /30 ou un /31</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON invalide à %1 : %2</translation>
    </message>
    <message>
        <source>the file&apos;s top level must be a JSON object</source>
        <translation>le niveau supérieur du fichier doit être un objet JSON</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the previous file is unchanged</source>
        <translation>impossible d&apos;écrire %1 : %2 ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>mesh file</source>
        <translation>fichier de maillage</translation>
    </message>
    <message>
        <source>not one of the LAN&apos;s subnets</source>
        <translation>pas l&apos;un des sous-réseaux du LAN</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: in use by another designer</source>
        <translation>%1 : utilisé par un autre concepteur</translation>
    </message>
</context>
<context>
    <name>RemoveLansCommand</name>
    <message>
        <source>Delete LAN %1</source>
        <translation>Supprimer le LAN %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n LAN(s)</source>
        <translation>
            <numerusform>Supprimer %n LAN</numerusform>
            <numerusform>Supprimer %n LAN</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinksCommand</name>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>Supprimer %n liaison</numerusform>
            <numerusform>Supprimer %n liaisons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>no such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>no media</source>
        <translation>aucun support</translation>
    </message>
    <message>
        <source>SFTP error %1</source>
        <translation>erreur SFTP %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost (%3)</source>
        <translation>%1 : la connexion à %2 a été perdue (%3)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory)</source>
        <translation>impossible de créer une session SSH (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>invalid SSH settings for %1: %2</source>
        <translation>paramètres SSH invalides pour %1 : %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: no answer within %2 s</source>
        <translation>impossible de se connecter à %1 : aucune réponse en %2 s</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>reading the host key</source>
        <translation>lecture de la clé d&apos;hôte</translation>
    </message>
    <message>
        <source>cannot read the host key of %1</source>
        <translation>impossible de lire la clé d&apos;hôte de %1</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked as revoked in %4 line %5; refusing to connect</source>
        <translation>la clé d&apos;hôte de %1 (%2 %3) est marquée comme révoquée dans %4 ligne %5 ; connexion refusée</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. Known: %2 %3 (%4 line %5). Offered now: %6 %7. Someone may be intercepting the connection, or the gateway was reinstalled. Refusing to connect; if the change is expected, delete that line and deploy again.</source>
        <translation>ATTENTION : la clé d&apos;hôte de %1 a CHANGÉ. Connue : %2 %3 (%4 ligne %5). Proposée maintenant : %6 %7. Quelqu&apos;un intercepte peut-être la connexion, ou la passerelle a été réinstallée. Connexion refusée ; si le changement est attendu, supprimez cette ligne et déployez à nouveau.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted</source>
        <translation>la clé d&apos;hôte de %1 est inconnue (%2 %3) et n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>ssh-agent (none running)</source>
        <translation>ssh-agent (aucun en cours)</translation>
    </message>
    <message>
        <source>ssh-agent (no key accepted)</source>
        <translation>ssh-agent (aucune clé acceptée)</translation>
    </message>
    <message>
        <source>key file %1 (not accepted)</source>
        <translation>fichier de clé %1 (non acceptée)</translation>
    </message>
    <message>
        <source>key file %1 (no such file)</source>
        <translation>fichier de clé %1 (introuvable)</translation>
    </message>
    <message>
        <source>key file %1 (no or wrong passphrase)</source>
        <translation>fichier de clé %1 (phrase secrète absente ou fausse)</translation>
    </message>
    <message>
        <source>key file %1 (unreadable or not a private key)</source>
        <translation>fichier de clé %1 (illisible ou pas une clé privée)</translation>
    </message>
    <message>
        <source>password (not accepted)</source>
        <translation>mot de passe (non accepté)</translation>
    </message>
    <message>
        <source>authentication to %1 failed; tried: %2; the server accepts: %3</source>
        <translation>échec de l&apos;authentification auprès de %1 ; essayé : %2 ; le serveur accepte : %3</translation>
    </message>
    <message>
        <source>nothing (no agent, key file or password given)</source>
        <translation>rien (ni agent, ni fichier de clé, ni mot de passe)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>pas connecté à %1</translation>
    </message>
    <message>
        <source>refusing to run a command that contains a NUL character</source>
        <translation>refus d&apos;exécuter une commande contenant un caractère NUL</translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>ouverture d&apos;un canal</translation>
    </message>
    <message>
        <source>starting a command</source>
        <translation>lancement d&apos;une commande</translation>
    </message>
    <message>
        <source>reading a command&apos;s output</source>
        <translation>lecture de la sortie d&apos;une commande</translation>
    </message>
    <message>
        <source>waiting for a command to end</source>
        <translation>attente de la fin d&apos;une commande</translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file or directory; a bundle holds only those</source>
        <translation>%1 n&apos;est ni un fichier ordinaire ni un dossier ; un paquet ne contient que ceux-ci</translation>
    </message>
    <message>
        <source>starting SFTP</source>
        <translation>démarrage de SFTP</translation>
    </message>
    <message>
        <source>creating the directory %1</source>
        <translation>création du dossier %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>création de %1</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>écriture de %1</translation>
    </message>
    <message>
        <source>setting the mode of %1</source>
        <translation>réglage des droits de %1</translation>
    </message>
</context>
<context>
    <name>TerraformExport</name>
    <message>
        <source># P2P-VPN mesh &quot;%1&quot;: the AWS side of its gateways (routes and security-group rules).
# Written by p2pvpn export-terraform; export again after changing the mesh.
</source>
        <translation># Maillage P2P-VPN « %1 » : le côté AWS de ses passerelles (routes et règles de groupe de sécurité).
# Écrit par p2pvpn export-terraform ; exportez à nouveau après avoir modifié le maillage.
</translation>
    </message>
    <message>
        <source>#
# The gateway instances are not managed here. In the aws_instance resource of each, set
#   source_dest_check = false
# so that it may forward the other LANs&apos; traffic:
</source>
        <translation>#
# Les instances passerelles ne sont pas gérées ici. Dans la ressource aws_instance de chacune, définissez
#   source_dest_check = false
# afin qu&apos;elle puisse transférer le trafic des autres LAN :
</translation>
    </message>
    <message>
        <source>Primary network interface of gateway %1 (instance %2)</source>
        <translation>Interface réseau principale de la passerelle %1 (instance %2)</translation>
    </message>
    <message>
        <source>Route tables of VPC %1 (LAN %2)</source>
        <translation>Tables de routage du VPC %1 (LAN %2)</translation>
    </message>
    <message>
        <source>Security group of gateway %1 (instance %2)</source>
        <translation>Groupe de sécurité de la passerelle %1 (instance %2)</translation>
    </message>
    <message>
        <source># %1 dials from %2, a DNS name: narrow cidr_ipv4 to its address.
</source>
        <translation># %1 se connecte depuis %2, un nom DNS : restreignez cidr_ipv4 à son adresse.
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>TunnelKeysFile</name>
    <message>
        <source>line %1: not a tunnel of two LAN IDs, smaller first</source>
        <translation>ligne %1 : pas un tunnel de deux identifiants de LAN, le plus petit en premier</translation>
    </message>
    <message>
        <source>line %1: a second key for tunnel %2-%3</source>
        <translation>ligne %1 : une deuxième clé pour le tunnel %2-%3</translation>
    </message>
    <message>
        <source>line %1: expected &quot;tunnel A-B&quot;</source>
        <translation>ligne %1 : « tunnel A-B » attendu</translation>
    </message>
    <message>
        <source>the key of tunnel %1-%2 (line %3): %4</source>
        <translation>la clé du tunnel %1-%2 (ligne %3) : %4</translation>
    </message>
    <message>
        <source>the key of tunnel %1-%2 (line %3) has no end line</source>
        <translation>la clé du tunnel %1-%2 (ligne %3) n&apos;a pas de ligne de fin</translation>
    </message>
</context>
<context>
    <name>UpdateLanCommand</name>
    <message>
        <source>Edit LAN %1</source>
        <translation>Modifier le LAN %1</translation>
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
        <translation>Concevoir un maillage OpenVPN de LAN sans serveur.</translation>
    </message>
    <message>
        <source>The mesh to open (.p2pmesh).</source>
        <translation>Le maillage à ouvrir (.p2pmesh).</translation>
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
        <translation>région</translation>
    </message>
    <message>
        <source>gateway instance</source>
        <translation>instance passerelle</translation>
    </message>
    <message>
        <source>network interface</source>
        <translation>interface réseau</translation>
    </message>
    <message>
        <source>route tables</source>
        <translation>tables de routage</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>groupe de sécurité</translation>
    </message>
</context>
<context>
    <name>p2pvpn::Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty mesh</source>
        <translation>Commencer un nouveau maillage vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a mesh file</source>
        <translation>Ouvrir un fichier de maillage</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Ouvrir l&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Open the bundled example mesh</source>
        <translation>Ouvrir le maillage d&apos;exemple fourni</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the mesh</source>
        <translation>Enregistrer le maillage</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the mesh under a new name</source>
        <translation>Enregistrer le maillage sous un nouveau nom</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Exporter le diagramme en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the diagram</source>
        <translation>Enregistrer une image du diagramme</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Exporter le diagramme en S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the diagram as a scalable vector drawing</source>
        <translation>Enregistrer le diagramme en dessin vectoriel redimensionnable</translation>
    </message>
    <message>
        <source>Export &amp;Bundles…</source>
        <translation>Exporter les &amp;paquets…</translation>
    </message>
    <message>
        <source>Write every gateway&apos;s OpenVPN configuration as zip bundles</source>
        <translation>Écrire la configuration OpenVPN de chaque passerelle en paquets zip</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the mesh</source>
        <translation>Fermer le maillage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit the designer</source>
        <translation>Quitter le concepteur</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add LAN</source>
        <translation>&amp;Ajouter un LAN</translation>
    </message>
    <message>
        <source>Add a LAN to the mesh (or double-click empty canvas)</source>
        <translation>Ajouter un LAN au maillage (ou double-cliquer sur une zone vide)</translation>
    </message>
    <message>
        <source>&amp;Add LAN Here</source>
        <translation>&amp;Ajouter un LAN ici</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected LANs</source>
        <translation>Copier les LAN sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected LANs and links</source>
        <translation>Supprimer les LAN et liaisons sélectionnés</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every LAN</source>
        <translation>Sélectionner tous les LAN</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole mesh</source>
        <translation>Afficher tout le maillage</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoomer à 100 %</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Aimanter à la grille</translation>
    </message>
    <message>
        <source>Align moved LANs to the grid</source>
        <translation>Aligner les LAN déplacés sur la grille</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>Dessiner des &amp;liaisons</translation>
    </message>
    <message>
        <source>Drag from one LAN to another to link them (manual topology)</source>
        <translation>Faire glisser d&apos;un LAN à un autre pour les relier (topologie manuelle)</translation>
    </message>
    <message>
        <source>Arrange in a &amp;Circle</source>
        <translation>Disposer en &amp;cercle</translation>
    </message>
    <message>
        <source>Place the LANs evenly on a circle</source>
        <translation>Répartir les LAN régulièrement sur un cercle</translation>
    </message>
    <message>
        <source>Arrange by &amp;Links</source>
        <translation>Disposer selon les &amp;liaisons</translation>
    </message>
    <message>
        <source>Place linked LANs near each other (force-directed)</source>
        <translation>Placer les LAN reliés près les uns des autres (par forces)</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>Install the gateways&apos; configurations over SSH</source>
        <translation>Installer les configurations des passerelles via SSH</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Import from &amp;AWS…</source>
        <translation>Importer depuis &amp;AWS…</translation>
    </message>
    <message>
        <source>Add or update one LAN per VPC from saved AWS CLI output</source>
        <translation>Ajouter ou mettre à jour un LAN par VPC depuis une sortie enregistrée de l&apos;AWS CLI</translation>
    </message>
    <message>
        <source>Export for A&amp;nsible…</source>
        <translation>Exporter pour A&amp;nsible…</translation>
    </message>
    <message>
        <source>Write the mesh as an Ansible project: inventory, host variables and a role</source>
        <translation>Écrire le maillage comme projet Ansible : inventaire, variables d’hôte et un rôle</translation>
    </message>
    <message>
        <source>&amp;Resolve Overlaps with Aliases</source>
        <translation>&amp;Résoudre les chevauchements par des alias</translation>
    </message>
    <message>
        <source>Give every subnet that overlaps another LAN&apos;s an alias, so the LANs can be linked</source>
        <translation>Donner à chaque sous-réseau qui chevauche celui d&apos;un autre LAN un alias, afin que les LAN puissent être reliés</translation>
    </message>
</context>
<context>
    <name>p2pvpn::AnsibleExportDialog</name>
    <message>
        <source>Export for Ansible</source>
        <translation>Exporter pour Ansible</translation>
    </message>
    <message>
        <source>Writes an Ansible project: an inventory with a host per gateway, its tunnels in host_vars, the tunnel configurations and a role that installs them and restarts only the tunnels that changed. Run it with ansible-playbook -i inventory.yml site.yml.</source>
        <translation>Écrit un projet Ansible : un inventaire avec un hôte par passerelle, ses tunnels dans host_vars, les configurations des tunnels et un rôle qui les installe et ne redémarre que les tunnels modifiés. Lancez-le avec ansible-playbook -i inventory.yml site.yml.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Export for Ansible To</source>
        <translation>Exporter pour Ansible vers</translation>
    </message>
    <message>
        <source>None: configurations as 0600 files</source>
        <translation>Aucun : configurations en fichiers 0600</translation>
    </message>
    <message>
        <source>The tunnel configurations hold the private keys. With a password file they are encrypted with Ansible Vault; give the same file to ansible-playbook with --vault-password-file.</source>
        <translation>Les configurations des tunnels contiennent les clés privées. Avec un fichier de mot de passe, elles sont chiffrées avec Ansible Vault ; donnez le même fichier à ansible-playbook avec --vault-password-file.</translation>
    </message>
    <message>
        <source>Vault password file:</source>
        <translation>Fichier de mot de passe Vault :</translation>
    </message>
    <message>
        <source>Vault Password File</source>
        <translation>Fichier de mot de passe Vault</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Toutes à la fois</translation>
    </message>
    <message>
        <source>How many gateways a change to a running mesh updates at a time. A mesh that runs nowhere yet goes to every gateway at once.</source>
        <translation>Combien de passerelles une modification d’un maillage en service met à jour à la fois. Un maillage qui ne tourne encore nulle part va à toutes les passerelles à la fois.</translation>
    </message>
    <message>
        <source>Gateways changed at a time:</source>
        <translation>Passerelles modifiées à la fois :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder to write the Ansible project to.</source>
        <translation>Choisissez un dossier où écrire le projet Ansible.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::AwsImportController</name>
    <message>
        <source>Imported from AWS</source>
        <translation>Importé depuis AWS</translation>
    </message>
    <message>
        <source>Import from AWS</source>
        <translation>Importer depuis AWS</translation>
    </message>
    <message numerus="yes">
        <source>Import %n VPC(s) from AWS</source>
        <translation>
            <numerusform>Importer %n VPC depuis AWS</numerusform>
            <numerusform>Importer %n VPC depuis AWS</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 ajouté (%2)</translation>
    </message>
    <message>
        <source>changed %1 (%2)</source>
        <translation>%1 modifié (%2)</translation>
    </message>
    <message>
        <source>unchanged %1 (%2)</source>
        <translation>%1 inchangé (%2)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
</context>
<context>
    <name>p2pvpn::AwsImportDialog</name>
    <message>
        <source>Import from AWS</source>
        <translation>Importer depuis AWS</translation>
    </message>
    <message>
        <source>Choose the JSON that the AWS CLI printed; this program never asks for AWS credentials. Each VPC becomes a LAN; importing again updates them.</source>
        <translation>Choisissez le JSON affiché par l&apos;AWS CLI ; ce programme ne demande jamais d&apos;identifiants AWS. Chaque VPC devient un LAN ; un nouvel import les met à jour.</translation>
    </message>
    <message>
        <source>&amp;VPCs (describe-vpcs):</source>
        <translation>&amp;VPC (describe-vpcs) :</translation>
    </message>
    <message>
        <source>&amp;Instances (describe-instances):</source>
        <translation>&amp;Instances (describe-instances) :</translation>
    </message>
    <message>
        <source>&amp;Route tables (describe-route-tables):</source>
        <translation>Tables de &amp;routage (describe-route-tables) :</translation>
    </message>
    <message>
        <source>&amp;Security groups (describe-security-groups):</source>
        <translation>Groupes de &amp;sécurité (describe-security-groups) :</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a JSON file</source>
        <translation>Choisir un fichier JSON</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>from the instances&apos; availability zones</source>
        <translation>d&apos;après les zones de disponibilité des instances</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>p2pvpn::BundleExportController</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them before exporting</source>
        <translation>
            <numerusform>Le maillage a %n erreur ; corrigez-la avant d&apos;exporter</numerusform>
            <numerusform>Le maillage a %n erreurs ; corrigez-les avant d&apos;exporter</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bundles</source>
        <translation>Exporter les paquets</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway bundle(s) written to %1.</source>
        <translation>
            <numerusform>%n paquet de passerelle écrit dans %1.</numerusform>
            <numerusform>%n paquets de passerelle écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles Exported</source>
        <translation>Paquets exportés</translation>
    </message>
    <message>
        <source>Export for Ansible</source>
        <translation>Exporter pour Ansible</translation>
    </message>
    <message>
        <source>Ansible Project Exported</source>
        <translation>Projet Ansible exporté</translation>
    </message>
    <message numerus="yes">
        <source>Ansible project for %n gateway(s) written to %1. Run it with: ansible-playbook -i inventory.yml site.yml</source>
        <translation>
            <numerusform>Projet Ansible pour %n passerelle écrit dans %1. Lancez-le avec : ansible-playbook -i inventory.yml site.yml</numerusform>
            <numerusform>Projet Ansible pour %n passerelles écrit dans %1. Lancez-le avec : ansible-playbook -i inventory.yml site.yml</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::CidrListEdit</name>
    <message>
        <source>Add subnet</source>
        <translation>Ajouter un sous-réseau</translation>
    </message>
    <message>
        <source>e.g. 10.1.0.0/16</source>
        <translation>p. ex. 10.1.0.0/16</translation>
    </message>
    <message>
        <source>Remove this network</source>
        <translation>Supprimer ce réseau</translation>
    </message>
    <message>
        <source>e.g. 10.1.0.0/16, or 172.31.0.0/16 = 100.64.0.0/16 with an alias</source>
        <translation>p. ex. 10.1.0.0/16, ou 172.31.0.0/16 = 100.64.0.0/16 avec un alias</translation>
    </message>
    <message>
        <source>A subnet, or &quot;subnet = alias&quot;: the same-sized network the other LANs reach it by, so that LANs whose subnets overlap can be linked</source>
        <translation>Un sous-réseau, ou « sous-réseau = alias » : le réseau de même taille par lequel les autres LAN l’atteignent, pour relier des LAN dont les sous-réseaux se chevauchent</translation>
    </message>
</context>
<context>
    <name>p2pvpn::DeployController</name>
    <message numerus="yes">
        <source>The mesh has %n error(s); fix them before deploying</source>
        <translation>
            <numerusform>Le maillage a %n erreur ; corrigez-la avant de déployer</numerusform>
            <numerusform>Le maillage a %n erreurs ; corrigez-les avant de déployer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to deploy</source>
        <translation>Rien à déployer</translation>
    </message>
    <message>
        <source>The mesh has no LANs yet.</source>
        <translation>Le maillage n&apos;a encore aucun LAN.</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Déploiement impossible</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>host key %1 trusted</source>
        <translation>clé d&apos;hôte %1 approuvée</translation>
    </message>
    <message>
        <source>host key %1 refused</source>
        <translation>clé d&apos;hôte %1 refusée</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key %1 (for gateway %2):</source>
        <translation>Phrase secrète de la clé SSH %1 (pour la passerelle %2) :</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>Password of %1 (gateway %2):</source>
        <translation>Mot de passe de %1 (passerelle %2) :</translation>
    </message>
    <message>
        <source>The deployment could not start.</source>
        <translation>Le déploiement n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::DeployDialog</name>
    <message>
        <source>Dry Run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>Deploy All</source>
        <translation>Tout déployer</translation>
    </message>
    <message>
        <source>Deploy Selected</source>
        <translation>Déployer la sélection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Deploy — %1</source>
        <translation>Déploiement — %1</translation>
    </message>
    <message numerus="yes">
        <source>Deploy &quot;%1&quot; to %n gateway(s)</source>
        <translation>
            <numerusform>Déployer « %1 » sur %n passerelle</numerusform>
            <numerusform>Déployer « %1 » sur %n passerelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gateway gets its freshly generated bundle over SSH; its install script keeps the previous configuration when a tunnel fails to start. A dry run only lists what would change.</source>
        <translation>Chaque passerelle reçoit via SSH son paquet fraîchement généré ; son script d&apos;installation conserve la configuration précédente si un tunnel ne démarre pas. Un essai à blanc liste seulement ce qui changerait.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>SSH target</source>
        <translation>Cible SSH</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>The log of a run appears here.</source>
        <translation>Le journal d&apos;une exécution s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>%v of %m finished</source>
        <translation>%v sur %m terminé(s)</translation>
    </message>
    <message>
        <source>Only list what each gateway would add, change and remove (the selected ones, else all)</source>
        <translation>Lister seulement ce que chaque passerelle ajouterait, modifierait et supprimerait (celles sélectionnées, sinon toutes)</translation>
    </message>
    <message>
        <source>Install the bundles on every gateway</source>
        <translation>Installer les paquets sur chaque passerelle</translation>
    </message>
    <message>
        <source>Install the bundles on the gateways selected in the list</source>
        <translation>Installer les paquets sur les passerelles sélectionnées dans la liste</translation>
    </message>
    <message>
        <source>Stop: waiting gateways are skipped, running ones stop at their next step</source>
        <translation>Arrêter : les passerelles en attente sont ignorées, celles en cours s&apos;arrêtent à leur prochaine étape</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Serait modifié</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Failed, rolled back</source>
        <translation>Échec, retour arrière</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation>Ajouterait :</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajouté(s) :</translation>
    </message>
    <message>
        <source>Would change:</source>
        <translation>Modifierait :</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Modifié(s) :</translation>
    </message>
    <message>
        <source>Would remove:</source>
        <translation>Supprimerait :</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Supprimé(s) :</translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation>ajouterait %1</translation>
    </message>
    <message>
        <source>would change %1</source>
        <translation>modifierait %1</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>supprimerait %1</translation>
    </message>
    <message>
        <source>Dry Run Selected</source>
        <translation>Essai à blanc de la sélection</translation>
    </message>
    <message>
        <source>Choose Dry Run to preview the changes, or Deploy All.</source>
        <translation>Choisissez « Essai à blanc » pour prévisualiser les modifications, ou « Tout déployer ».</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation>Essai à blanc en cours…</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Déploiement en cours…</translation>
    </message>
    <message>
        <source>Dry run finished.</source>
        <translation>Essai à blanc terminé.</translation>
    </message>
    <message>
        <source>Deployment finished.</source>
        <translation>Déploiement terminé.</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Journal de %1</translation>
    </message>
    <message>
        <source>Log of every gateway</source>
        <translation>Journal de toutes les passerelles</translation>
    </message>
</context>
<context>
    <name>p2pvpn::Deployer</name>
    <message>
        <source>the mesh has no LAN named %1</source>
        <translation>le maillage n&apos;a pas de LAN nommé %1</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulé avant de commencer</translation>
    </message>
    <message>
        <source>the bundle %1 has no install.sh; generate the bundles first</source>
        <translation>le paquet %1 n&apos;a pas d&apos;install.sh ; générez d&apos;abord les paquets</translation>
    </message>
    <message>
        <source>%1 uses the service manager &quot;command&quot; but has no restart command</source>
        <translation>%1 utilise le gestionnaire de services « command » mais n&apos;a pas de commande de redémarrage</translation>
    </message>
    <message>
        <source>the host key of %1 is not known yet: %2 %3</source>
        <translation>la clé d&apos;hôte de %1 n&apos;est pas encore connue : %2 %3</translation>
    </message>
    <message>
        <source>host key accepted and recorded</source>
        <translation>clé d&apos;hôte acceptée et enregistrée</translation>
    </message>
    <message>
        <source>host key not accepted</source>
        <translation>clé d&apos;hôte non acceptée</translation>
    </message>
    <message>
        <source>connecting to %1@%2:%3</source>
        <translation>connexion à %1@%2:%3</translation>
    </message>
    <message>
        <source>connected; host key %1 %2</source>
        <translation>connecté ; clé d&apos;hôte %1 %2</translation>
    </message>
    <message>
        <source>staging in %1</source>
        <translation>préparation dans %1</translation>
    </message>
    <message>
        <source>cancelled during the upload; nothing was installed</source>
        <translation>annulé pendant l&apos;envoi ; rien n&apos;a été installé</translation>
    </message>
    <message>
        <source>upload failed, nothing was installed: %1</source>
        <translation>échec de l&apos;envoi, rien n&apos;a été installé : %1</translation>
    </message>
    <message>
        <source>cancelled after the upload; nothing was installed</source>
        <translation>annulé après l&apos;envoi ; rien n&apos;a été installé</translation>
    </message>
    <message>
        <source>comparing with what is installed (install.sh --dry-run)</source>
        <translation>comparaison avec ce qui est installé (install.sh --dry-run)</translation>
    </message>
    <message>
        <source>running install.sh</source>
        <translation>exécution d&apos;install.sh</translation>
    </message>
    <message>
        <source>%1 has no sudo; install it, or connect as root and turn sudo off</source>
        <translation>%1 n&apos;a pas sudo ; installez-le, ou connectez-vous en root et désactivez sudo</translation>
    </message>
    <message>
        <source>sudo on %1 wants a password (%2); allow %3 to run sudo without a password (NOPASSWD), or connect as root and turn sudo off</source>
        <translation>sudo sur %1 demande un mot de passe (%2) ; autorisez %3 à lancer sudo sans mot de passe (NOPASSWD), ou connectez-vous en root et désactivez sudo</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while install.sh ran; the script goes on by itself and puts the previous configs back if a tunnel fails; check the gateway</source>
        <translation>la connexion à %1 a été perdue pendant l&apos;exécution d&apos;install.sh ; le script continue seul et remet les configurations précédentes si un tunnel échoue ; vérifiez la passerelle</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 ajouté(s), %2 modifié(s), %3 supprimé(s), %4 inchangé(s)</translation>
    </message>
    <message>
        <source>dry run: would be %1</source>
        <translation>essai à blanc : serait %1</translation>
    </message>
    <message>
        <source>a tunnel failed to start on %1; the previous configs were restored and the old tunnels restarted%2</source>
        <translation>un tunnel n&apos;a pas démarré sur %1 ; les configurations précédentes ont été restaurées et les anciens tunnels redémarrés%2</translation>
    </message>
    <message>
        <source>install.sh on %1 ended with exit status %2%3</source>
        <translation>install.sh sur %1 s&apos;est terminé avec le code de sortie %2%3</translation>
    </message>
</context>
<context>
    <name>p2pvpn::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>P2P-VPN meshes (*.p2pmesh);;All files (*)</source>
        <translation>Maillages P2P-VPN (*.p2pmesh);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Mesh</source>
        <translation>Ouvrir un maillage</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Could not open the example mesh</source>
        <translation>Impossible d&apos;ouvrir le maillage d&apos;exemple</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Save Mesh As</source>
        <translation>Enregistrer le maillage sous</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <source>Could not recover the unsaved changes to %1</source>
        <translation>Impossible de récupérer les modifications non enregistrées de %1</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Récupéré</translation>
    </message>
</context>
<context>
    <name>p2pvpn::ExportBundlesDialog</name>
    <message>
        <source>A folder per gateway</source>
        <translation>Un dossier par passerelle</translation>
    </message>
    <message>
        <source>A zip file per gateway</source>
        <translation>Un fichier zip par passerelle</translation>
    </message>
    <message>
        <source>One zip file with every gateway (%1)</source>
        <translation>Un fichier zip avec toutes les passerelles (%1)</translation>
    </message>
    <message>
        <source>Export Bundles</source>
        <translation>Exporter les paquets</translation>
    </message>
    <message>
        <source>Each gateway&apos;s bundle holds its OpenVPN tunnel configurations with the keys inline, an install script and a README. Keys stay in the key store beside the mesh file.</source>
        <translation>Le paquet de chaque passerelle contient ses configurations de tunnel OpenVPN avec les clés intégrées, un script d&apos;installation et un README. Les clés restent dans le magasin de clés à côté du fichier de maillage.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Écrire :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export Bundles To</source>
        <translation>Exporter les paquets vers</translation>
    </message>
    <message>
        <source>Choose a folder to write the bundles to.</source>
        <translation>Choisissez un dossier où écrire les paquets.</translation>
    </message>
    <message>
        <source>Choose at least one form to write.</source>
        <translation>Choisissez au moins une forme à écrire.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::FindingsPanel</name>
    <message>
        <source>No problems found. The mesh is ready to generate.</source>
        <translation>Aucun problème trouvé. Le maillage est prêt à être généré.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>LANs</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>p2pvpn::MainWindow</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Mesh Settings</source>
        <translation>Paramètres du maillage</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Mesh</source>
        <translation>&amp;Maillage</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when the designer is started again.</source>
        <translation>La langue changera au prochain démarrage du concepteur.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and folder(s) written</source>
        <translation>
            <numerusform>%n fichier ou dossier écrit</numerusform>
            <numerusform>%n fichiers et dossiers écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag from one LAN to another to link them. Esc leaves link drawing.</source>
        <translation>Faites glisser d&apos;un LAN à un autre pour les relier. Échap quitte le dessin des liaisons.</translation>
    </message>
    <message>
        <source>%1[*] — P2P-VPN Mesh Designer</source>
        <translation>%1[*] — P2P-VPN Mesh Designer</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Draw Links: switch the mesh to manual topology first (Mesh Settings)</source>
        <translation>Dessiner des liaisons : passez d&apos;abord le maillage en topologie manuelle (Paramètres du maillage)</translation>
    </message>
    <message numerus="yes">
        <source>%n LAN(s)</source>
        <translation>
            <numerusform>%n LAN</numerusform>
            <numerusform>%n LAN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exporter le diagramme en SVG</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exporter le diagramme en PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not export the diagram</source>
        <translation>Impossible d&apos;exporter le diagramme</translation>
    </message>
    <message>
        <source>Diagram saved to %1</source>
        <translation>Diagramme enregistré dans %1</translation>
    </message>
    <message>
        <source>Resolve Overlaps with Aliases</source>
        <translation>Résoudre les chevauchements par des alias</translation>
    </message>
    <message>
        <source>No subnet overlaps another LAN&apos;s without an alias</source>
        <translation>Aucun sous-réseau ne chevauche celui d&apos;un autre LAN sans alias</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) added; the other LANs reach these subnets by them (undo to take them back)</source>
        <translation>
            <numerusform>%n alias ajouté ; les autres LAN atteignent ce sous-réseau par son intermédiaire (annulez pour le retirer)</numerusform>
            <numerusform>%n alias ajoutés ; les autres LAN atteignent ces sous-réseaux par leur intermédiaire (annulez pour les retirer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::MeshEditor</name>
    <message numerus="yes">
        <source>Duplicate %n LAN(s)</source>
        <translation>
            <numerusform>Dupliquer %n LAN</numerusform>
            <numerusform>Dupliquer %n LAN</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Arrange in a circle</source>
        <translation>Disposer en cercle</translation>
    </message>
    <message>
        <source>Arrange by links</source>
        <translation>Disposer selon les liaisons</translation>
    </message>
    <message>
        <source>Change mesh settings</source>
        <translation>Modifier les paramètres du maillage</translation>
    </message>
    <message>
        <source>Switch to full mesh</source>
        <translation>Passer au maillage complet</translation>
    </message>
    <message>
        <source>Switch to manual links</source>
        <translation>Passer aux liaisons manuelles</translation>
    </message>
    <message>
        <source>Rename mesh to %1</source>
        <translation>Renommer le maillage en %1</translation>
    </message>
    <message numerus="yes">
        <source>Resolve overlaps with %n alias(es)</source>
        <translation>
            <numerusform>Résoudre les chevauchements avec %n alias</numerusform>
            <numerusform>Résoudre les chevauchements avec %n alias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pvpn::MeshSettingsPanel</name>
    <message>
        <source>Mesh</source>
        <translation>Maillage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full mesh: every pair of LANs</source>
        <translation>Complet : chaque paire de LAN</translation>
    </message>
    <message>
        <source>Manual: only the links you draw</source>
        <translation>Manuel : seulement les liaisons dessinées</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Peer fingerprints (OpenVPN 2.6+)</source>
        <translation>Empreintes des pairs (OpenVPN 2.6+)</translation>
    </message>
    <message>
        <source>Mesh CA (OpenVPN 2.4+)</source>
        <translation>CA du maillage (OpenVPN 2.4+)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Tunnels</translation>
    </message>
    <message>
        <source>the transit pool is empty; tunnels take their addresses from it</source>
        <translation>le pool de transit est vide ; les tunnels y prennent leurs adresses</translation>
    </message>
    <message>
        <source>Transit pool</source>
        <translation>Pool de transit</translation>
    </message>
    <message>
        <source>Each tunnel numbers its two ends from this network.</source>
        <translation>Chaque tunnel numérote ses deux extrémités dans ce réseau.</translation>
    </message>
    <message>
        <source>Use /31 transit networks</source>
        <translation>Utiliser des réseaux de transit /31</translation>
    </message>
    <message>
        <source>First UDP port</source>
        <translation>Premier port UDP</translation>
    </message>
    <message>
        <source>A gateway uses one port per peer, counting up from here.</source>
        <translation>Une passerelle utilise un port par pair, en comptant à partir d&apos;ici.</translation>
    </message>
    <message>
        <source>Data ciphers</source>
        <translation>Chiffrements de données</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ping every</source>
        <translation>Ping toutes les</translation>
    </message>
    <message>
        <source>Restart after</source>
        <translation>Redémarrer après</translation>
    </message>
    <message>
        <source>Reserved ranges</source>
        <translation>Plages réservées</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>Networks no LAN may use, besides the built-in ones (loopback, link-local, Docker&apos;s bridge, multicast).</source>
        <translation>Réseaux qu&apos;aucun LAN ne peut utiliser, en plus de ceux intégrés (boucle locale, lien local, pont Docker, multidiffusion).</translation>
    </message>
    <message numerus="yes">
        <source>%n LAN(s)</source>
        <translation>
            <numerusform>%n LAN</numerusform>
            <numerusform>%n LAN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias pool</source>
        <translation>Pool d’alias</translation>
    </message>
    <message>
        <source>Resolve Overlaps with Aliases takes the aliases of overlapping subnets from here.</source>
        <translation>« Résoudre les chevauchements par des alias » prend ici les alias des sous-réseaux qui se chevauchent.</translation>
    </message>
</context>
<context>
    <name>p2pvpn::PropertiesPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Sous-réseaux</translation>
    </message>
    <message>
        <source>vpn.example.com or 203.0.113.7</source>
        <translation>vpn.example.com ou 203.0.113.7</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>The public name or address the other gateways dial.</source>
        <translation>Le nom ou l&apos;adresse publique que les autres passerelles joignent.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>Accès SSH</translation>
    </message>
    <message>
        <source>same as the endpoint</source>
        <translation>comme le point d&apos;accès</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>none: use ssh-agent</source>
        <translation>aucun : utiliser ssh-agent</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Choisir un fichier de clé privée</translation>
    </message>
    <message>
        <source>Choose SSH Private Key</source>
        <translation>Choisir la clé privée SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Use keys from ssh-agent</source>
        <translation>Utiliser les clés de ssh-agent</translation>
    </message>
    <message>
        <source>Run commands through sudo</source>
        <translation>Exécuter les commandes via sudo</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>systemd (openvpn-server@)</source>
        <translation>systemd (openvpn-server@)</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Commande de démarrage</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Link between %1 and %2.

Press Delete to remove it.</source>
        <translation>Liaison entre %1 et %2.

Appuyez sur Suppr pour la supprimer.</translation>
    </message>
    <message>
        <source>Select a LAN on the canvas to edit it.

Double-click empty space to add a LAN.</source>
        <translation>Sélectionnez un LAN sur le canevas pour le modifier.

Double-cliquez sur une zone vide pour ajouter un LAN.</translation>
    </message>
    <message numerus="yes">
        <source>%n LAN(s)</source>
        <translation>
            <numerusform>%n LAN</numerusform>
            <numerusform>%n LAN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected.

Select a single LAN to edit it.</source>
        <translation>%1 sélectionné(s).

Sélectionnez un seul LAN pour le modifier.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
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
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Shell command that (re)starts a tunnel, run as root with the tunnel&apos;s name as its last argument.</source>
        <translation>Commande shell qui (re)démarre un tunnel, exécutée en root avec le nom du tunnel comme dernier argument.</translation>
    </message>
    <message>
        <source>/usr/local/sbin/tunnel stop</source>
        <translation>/usr/local/sbin/tunnel stop</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Stops a tunnel that was removed from the mesh; called the same way.</source>
        <translation>Arrête un tunnel retiré du maillage ; appelée de la même façon.</translation>
    </message>
</context>
</TS>
