<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="304"/>
        <source>'{v}' is neither a number of minutes nor 'closed'</source>
        <translation>'{v}' n'est ni un nombre de minutes ni 'closed'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="64"/>
        <source>Access rings</source>
        <translation>Couronnes d'accessibilité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="68"/>
        <source>Access rings (travel time)</source>
        <translation>Couronnes d'accessibilité (temps de trajet)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="103"/>
        <source>Border crossing points (customs, bridges)</source>
        <translation>Points de passage (douanes, ponts)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="98"/>
        <source>Border penalty without crossing points</source>
        <translation>Pénalité frontière sans points de passage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="88"/>
        <source>Border-crossing penalty (minutes)</source>
        <translation>Pénalité de passage de la frontière (minutes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="289"/>
        <source>Border: {c} crossing points ({x} closed); {e} of the {b} border edges pay a crossing's delay, the others are free.</source>
        <translation>Frontière : {c} points de passage ({x} fermés) ; {e} des {b} tronçons frontaliers paient le délai d'un passage, les autres sont libres.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="257"/>
        <source>Border: {m:g} minutes on every crossing of the border (each edge joining two countries).</source>
        <translation>Frontière : {m:g} minutes à chaque passage de la frontière (chaque tronçon reliant deux pays).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="261"/>
        <source>Border: {m:g} minutes once per trip, when the unit's country differs from the pole's.</source>
        <translation>Frontière : {m:g} minutes une fois par trajet, quand le pays de l'unité diffère de celui du pôle.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="279"/>
        <source>CROSSINGS: without units with a country (UNITS, COUNTRY) the network has no border: the crossing points are not used.</source>
        <translation>CROSSINGS : sans unités dotées d'un pays (UNITS, COUNTRY), le réseau n'a pas de frontière : les points de passage ne sont pas utilisés.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="86"/>
        <source>Country field of the units</source>
        <translation>Champ du pays des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="106"/>
        <source>Delay field of the crossings (minutes)</source>
        <translation>Champ du délai des passages (minutes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="94"/>
        <source>Direction of travel</source>
        <translation>Sens du trajet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="96"/>
        <source>From the poles to the units (isochrones)</source>
        <translation>Des pôles vers les unités (isochrones)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="95"/>
        <source>From the units to the poles</source>
        <translation>Des unités vers les pôles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="100"/>
        <source>On every crossing of the border</source>
        <translation>À chaque passage de la frontière</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="99"/>
        <source>Once per trip to the other country</source>
        <translation>Une fois par trajet vers l'autre pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="78"/>
        <source>Pole identifier field</source>
        <translation>Champ identifiant du pôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="76"/>
        <source>Poles (points)</source>
        <translation>Pôles (points)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="109"/>
        <source>Radius of a crossing point (metres)</source>
        <translation>Rayon d'un point de passage (mètres)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="125"/>
        <source>Shortest paths from {n} poles in one run…</source>
        <translation>Plus courts chemins depuis {n} pôles en un seul calcul…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="254"/>
        <source>The border penalty needs units with a country field (UNITS, COUNTRY): it was not applied.</source>
        <translation>La pénalité frontière demande des unités avec un champ pays (UNITS, COUNTRY) : elle n'a pas été appliquée.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="84"/>
        <source>Time bands (minutes, ascending)</source>
        <translation>Tranches de temps (minutes, croissantes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="82"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="80"/>
        <source>Units (polygons)</source>
        <translation>Unités (polygones)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="63"/>
        <source>Units with travel times</source>
        <translation>Unités avec temps de trajet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="151"/>
        <source>choose a point layer</source>
        <translation>choisissez une couche de points</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="171"/>
        <source>minutes must be greater than 0</source>
        <translation>les minutes doivent être supérieures à 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="234"/>
        <source>no pole lies within the snapping tolerance of the network; increase SNAP_TOLERANCE</source>
        <translation>aucun pôle n'est dans la tolérance d'accrochage au réseau ; augmentez SNAP_TOLERANCE</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="195"/>
        <source>the crossings must be points (e.g. Centroids of the customs posts or bridges)</source>
        <translation>les passages doivent être des points (p. ex. Centroïdes des postes de douane ou des ponts)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="159"/>
        <source>the layer is empty: add at least one pole</source>
        <translation>la couche est vide : ajoutez au moins un pôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="153"/>
        <source>the poles must be points (e.g. Centroids of a polygon layer)</source>
        <translation>les pôles doivent être des points (p. ex. Centroïdes d'une couche de polygones)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="157"/>
        <source>the units must be polygons</source>
        <translation>les unités doivent être des polygones</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="71"/>
        <source>travel time,isochrone,network,road,access,border,penalty,pole</source>
        <translation>temps de trajet,isochrone,réseau,route,accessibilité,frontière,pénalité,pôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="129"/>
        <source>{c} parts of the network ({n} nodes) are not connected to any pole and were left unreached.</source>
        <translation>{c} parties du réseau ({n} nœuds) ne sont reliées à aucun pôle et restent non atteintes.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="285"/>
        <source>{n} crossing points lie farther than {r:g} m (CROSSING_RADIUS) from every edge joining two countries: they charge nothing (feature ids {ids}).</source>
        <translation>{n} points de passage sont à plus de {r:g} m (CROSSING_RADIUS) de tout tronçon reliant deux pays : ils ne coûtent rien (identifiants {ids}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="230"/>
        <source>{n} poles are farther than {s:g} m from the network and were left out: {ids}</source>
        <translation>{n} pôles sont à plus de {s:g} m du réseau et ont été écartés : {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="333"/>
        <source>{n} units are farther than {s:g} m (SNAP_TOLERANCE) from every network line: their time is NULL.</source>
        <translation>{n} unités sont à plus de {s:g} m (SNAP_TOLERANCE) de toute ligne du réseau : leur temps est NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="336"/>
        <source>{n} units are on parts of the network no pole reaches: their time is NULL.</source>
        <translation>{n} unités sont sur des parties du réseau qu'aucun pôle n'atteint : leur temps est NULL.</translation>
    </message>
</context>
<context>
    <name>AttractionRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>AAV 2020-like (INSEE, 15 %, no enclave)</source>
        <translation>Type AAV 2020 (INSEE, 15 %, sans enclave)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="106"/>
        <source>Associate poles (15 % rule)</source>
        <translation>Associer les pôles (règle des 15 %)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="187"/>
        <source>Associated poles: {a} sends {s:.1f} % of its employed residents to {b}; one core named {n}.</source>
        <translation>Pôles associés : {a} envoie {s:.1f} % de ses actifs occupés vers {b} ; un seul cœur nommé {n}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>By the rules (on for AAV-like and FUA-like)</source>
        <translation>Selon les règles (oui pour type AAV et type FUA)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="80"/>
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>Custom (the parameters below)</source>
        <translation>Personnalisé (paramètres ci-dessous)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="78"/>
        <source>Employed residents field</source>
        <translation>Champ des actifs occupés</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="243"/>
        <source>Enclaves filled per area: {p}; {b} units enclosed only by several areas together left out (between areas).</source>
        <translation>Enclaves comblées par aire : {p} ; {b} unités enfermées seulement par plusieurs aires ensemble laissées dehors (entre aires).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>FUA-like (EU-OECD, 15 %)</source>
        <translation>Type FUA (UE-OCDE, 15 %)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="96"/>
        <source>Fill enclaves</source>
        <translation>Combler les enclaves</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="69"/>
        <source>Geneva 25 % (cross-border observatory)</source>
        <translation>Genève 25 % (observatoire transfrontalier)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="98"/>
        <source>Iterative (the target grows with attracted units)</source>
        <translation>Itératif (la cible s'agrandit des unités attirées)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="94"/>
        <source>Keep only units connected to the pole</source>
        <translation>Garder seulement les unités reliées au pôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="252"/>
        <source>No unit other than the poles reaches the lowest threshold.</source>
        <translation>Aucune unité hors pôles n'atteint le seuil le plus bas.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="87"/>
        <source>Or pole field (the pole's name)</source>
        <translation>Ou champ du pôle (nom du pôle)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="85"/>
        <source>Pole units (identifiers separated by ';')</source>
        <translation>Unités du pôle (identifiants séparés par ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="82"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="57"/>
        <source>Rings of attraction</source>
        <translation>Anneaux d'attraction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="61"/>
        <source>Rings of attraction around a pole</source>
        <translation>Anneaux d'attraction autour d'un pôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="90"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="168"/>
        <source>Rules: {s}.</source>
        <translation>Règles : {s}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="100"/>
        <source>Snapping tolerance between units (m)</source>
        <translation>Tolérance d'accrochage entre unités (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="92"/>
        <source>Thresholds toward the pole (%, e.g. 15;25;40)</source>
        <translation>Seuils vers le pôle (%, p. ex. 15;25;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="76"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="74"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unités (communes, des deux côtés de la frontière)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="56"/>
        <source>Units with their attraction level</source>
        <translation>Unités avec leur niveau d'attraction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>ZAU 2010-like (INSEE, 40 %, iterative)</source>
        <translation>Type ZAU 2010 (INSEE, 40 %, itératif)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="64"/>
        <source>attraction,pole,AAV,ZAU,FUA,aire d'attraction,couronne,rings,cross-border</source>
        <translation>attraction,pôle,AAV,ZAU,FUA,aire d'attraction,couronne,anneaux,transfrontalier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="118"/>
        <source>choose a flows table or layer</source>
        <translation>choisissez une table ou une couche de flux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="116"/>
        <source>choose a polygon layer of units</source>
        <translation>choisissez une couche de polygones des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="175"/>
        <source>give ascending percentages above 0, e.g. 15;25;40</source>
        <translation>donnez des pourcentages croissants supérieurs à 0, p. ex. 15;25;40</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="205"/>
        <source>give the pole's unit identifiers, or a POLE_FIELD</source>
        <translation>donnez les identifiants des unités du pôle, ou un POLE_FIELD</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="200"/>
        <source>no unit has a value in this field</source>
        <translation>aucune unité n'a de valeur dans ce champ</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="209"/>
        <source>no unit has the identifier(s) {ids}: give identifiers of the units layer</source>
        <translation>aucune unité n'a le ou les identifiants {ids} : donnez des identifiants de la couche des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="129"/>
        <source>the layer has no usable polygon</source>
        <translation>la couche n'a aucun polygone utilisable</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="144"/>
        <source>{n} flow rows between units, {s} to or from places that are not units (not counted).</source>
        <translation>{n} lignes de flux entre unités, {s} depuis ou vers des lieux qui ne sont pas des unités (non comptées).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="246"/>
        <source>{n} neighbour pairs found within the snapping tolerance (slivers or gaps between layers).</source>
        <translation>{n} paires de voisines trouvées dans la tolérance d'accrochage (interstices ou vides entre couches).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="249"/>
        <source>{n} units have no employed residents (NULL or 0): no share, level 0 unless enclosed.</source>
        <translation>{n} unités n'ont pas d'actifs occupés (NULL ou 0) : pas de part, niveau 0 sauf enclave.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="238"/>
        <source>{p} pole units; units per level: {c}; {d} above a threshold but detached (dropped); {e} enclaves filled; {m} multipolarised.</source>
        <translation>{p} unités de pôle ; unités par niveau : {c} ; {d} au-dessus d'un seuil mais détachées (retirées) ; {e} enclaves comblées ; {m} multipolarisées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="189"/>
        <source>{p} poles, {m} after association.</source>
        <translation>{p} pôles, {m} après association.</translation>
    </message>
</context>
<context>
    <name>BassinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="145"/>
        <source>Action proposals</source>
        <translation>Propositions d'action</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="530"/>
        <source>Canceled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="295"/>
        <source>Count field</source>
        <translation>Champ des effectifs</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="144"/>
        <source>Cross-border intensity</source>
        <translation>Intensité transfrontalière</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="143"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="293"/>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="289"/>
        <source>Flows table</source>
        <translation>Table des flux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="291"/>
        <source>Origin field (unit of residence)</source>
        <translation>Champ d'origine (unité de résidence)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="146"/>
        <source>Sharing and maps</source>
        <translation>Partage et cartes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="298"/>
        <source>Theme field (work, study, health…)</source>
        <translation>Champ du thème (travail, études, santé…)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="322"/>
        <source>field '{f}' does not exist in the layer</source>
        <translation>le champ « {f} » n'existe pas dans la couche</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="470"/>
        <source>field '{f}' holds text, not numbers: choose a numeric field (or convert it with the Field calculator, e.g. to_real(replace("{f}", ' ', '')))</source>
        <translation>le champ '{f}' contient du texte, pas des nombres : choisissez un champ numérique (ou convertissez-le avec la Calculatrice de champs, p. ex. to_real(replace("{f}", ' ', '')))</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="228"/>
        <source>the file {f} is also the input {p}: writing there would destroy it; choose another file name</source>
        <translation>le fichier {f} est aussi l'entrée {p} : y écrire la détruirait ; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="305"/>
        <source>{label} ({name}): {message}</source>
        <translation>{label} ({name}) : {message}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="517"/>
        <source>{n} distinct ids with a leading zero (e.g. 01001) were matched to the French unit whose numeric id lacks it (1001).</source>
        <translation>{n} identifiants distincts à zéro initial (p. ex. 01001) ont été rattachés à l'unité française dont l'identifiant numérique l'a perdu (1001).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="522"/>
        <source>{n} distinct ids with a leading zero match no unit, although a unit has the same id without the zero (e.g. {a} and the unit {b}): they are not counted. If the unit ids lost their zeros, restore them with the Field calculator: {hint}.</source>
        <translation>{n} identifiants distincts à zéro initial ne correspondent à aucune unité, alors qu'une unité porte le même identifiant sans ce zéro (p. ex. {a} et l'unité {b}) : ils ne sont pas comptés. Si les identifiants des unités ont perdu leurs zéros, rétablissez-les avec la calculatrice de champs : {hint}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="498"/>
        <source>{p}: the layer has no field '{d}', the field '{f}' is used.</source>
        <translation>{p} : la couche n'a pas de champ « {d} », le champ « {f} » est utilisé.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="458"/>
        <source>{p}: {r} invalid geometries repaired, {u} unrepairable left out.</source>
        <translation>{p} : {r} géométries invalides réparées, {u} irréparables écartées.</translation>
    </message>
</context>
<context>
    <name>BassinsPlugin</name>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="45"/>
        <source>Bassins de vie</source>
        <translation>Bassins de vie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="48"/>
        <source>Cross-border living-area tools</source>
        <translation>Outils des bassins de vie transfrontaliers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="49"/>
        <source>Generate a demo territory…</source>
        <translation>Générer un territoire de démonstration…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="50"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>BassinsProvider</name>
    <message>
        <location filename="../bassins_plugin/processing/provider.py" line="16"/>
        <source>Bassins de vie transfrontaliers</source>
        <translation>Bassins de vie transfrontaliers</translation>
    </message>
</context>
<context>
    <name>BorderLineAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="33"/>
        <source>Border lines</source>
        <translation>Lignes de frontière</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="45"/>
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="36"/>
        <source>National border lines</source>
        <translation>Lignes de frontière nationale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="99"/>
        <source>The countries' units do not meet (within the tolerance): no border line.</source>
        <translation>Les unités des pays ne se touchent pas (dans la tolérance) : pas de ligne de frontière.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="47"/>
        <source>Tolerance between the national layers</source>
        <translation>Tolérance entre les couches nationales</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="43"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unités (communes, des deux côtés de la frontière)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="39"/>
        <source>border,frontière,Grenze,confine,grens,country,line</source>
        <translation>frontière,border,Grenze,confine,grens,pays,ligne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="54"/>
        <source>choose a polygon layer of units</source>
        <translation>choisissez une couche de polygones des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="78"/>
        <source>the units belong to {n} country: a border needs units of two countries or more</source>
        <translation>les unités appartiennent à {n} pays : une frontière demande des unités d'au moins deux pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="96"/>
        <source>{a} – {b}: {km:.1f} km of border.</source>
        <translation>{a} – {b} : {km:.1f} km de frontière.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="71"/>
        <source>{n} units have no country and are left out, which leaves a hole in the border where they lie (feature ids: {ids}); fill the field '{f}'.</source>
        <translation>{n} unités n'ont pas de pays et sont laissées de côté, ce qui laisse un trou dans la frontière là où elles se trouvent (identifiants des entités : {ids}) ; renseignez le champ « {f} ».</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="59"/>
        <source>{t:g} m is far wider than the slivers and gaps between two national layers (metres to a few hundred metres): give at most {m:g} m</source>
        <translation>{t:g} m, c'est bien plus large que les interstices et chevauchements entre deux couches nationales (du mètre à quelques centaines de mètres) : indiquez au plus {m:g} m</translation>
    </message>
</context>
<context>
    <name>CompareSourcesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="44"/>
        <source>BFS,Statbel,GGS,frontaliers,cross-border,check,compare,census</source>
        <translation>OFS,Statbel,GGS,frontaliers,transfrontalier,contrôle,comparer,recensement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="41"/>
        <source>Compare the French census with the foreign office's counts</source>
        <translation>Comparer le recensement français aux chiffres de l'office étranger</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="57"/>
        <source>Count field of the foreign office</source>
        <translation>Champ de l'effectif de l'office étranger</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="60"/>
        <source>Flag differences beyond this share of the larger count</source>
        <translation>Signaler les écarts au-delà de cette part</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="53"/>
        <source>Foreign office's counts (e.g. importforeign output)</source>
        <translation>Chiffres de l'office étranger (importforeign)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="49"/>
        <source>French flows compared</source>
        <translation>Flux français comparés</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="50"/>
        <source>Inbound (to the foreign unit)</source>
        <translation>Entrants (vers l'unité étrangère)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="51"/>
        <source>Outbound (from the foreign unit)</source>
        <translation>Sortants (depuis l'unité étrangère)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="36"/>
        <source>Two-sided check</source>
        <translation>Contrôle des deux côtés</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="37"/>
        <source>Two-sided check on the units (styled)</source>
        <translation>Contrôle des deux côtés sur les unités (stylé)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="55"/>
        <source>Unit identifier field of the counts</source>
        <translation>Champ identifiant d'unité des chiffres</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="66"/>
        <source>Unit identifier field of the units</source>
        <translation>Champ identifiant des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="63"/>
        <source>Units to map the check on (optional)</source>
        <translation>Unités pour la carte du contrôle (facultatif)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="121"/>
        <source>choose the field holding the unit identifiers</source>
        <translation>choisissez le champ des identifiants d'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="117"/>
        <source>choose the units to map the check on</source>
        <translation>choisissez les unités sur lesquelles cartographier le contrôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="139"/>
        <source>{c}: French census {f:.1f}, foreign office {o:.1f}, difference {d:.1f}.</source>
        <translation>{c} : recensement français {f:.1f}, office étranger {o:.1f}, écart {d:.1f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="141"/>
        <source>{n} units compared, {k} differ by more than {s:.0f} %, {low} with a count under {m:.0f} (low_count = true)</source>
        <translation>{n} unités comparées, {k} diffèrent de plus de {s:.0f} %, {low} avec un effectif sous {m:.0f} (low_count = vrai)</translation>
    </message>
</context>
<context>
    <name>CompareZoningsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="59"/>
        <source>Agreement per zone</source>
        <translation>Concordance par zone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="76"/>
        <source>Any non-zero value is in our area (levels)</source>
        <translation>Toute valeur non nulle est dans notre aire (niveaux)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="63"/>
        <source>Compare with an official zoning</source>
        <translation>Comparer à un zonage officiel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="90"/>
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="88"/>
        <source>Official code for "in no zone"</source>
        <translation>Code officiel « hors zone »</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="81"/>
        <source>Official zoning (unit code → zone code)</source>
        <translation>Zonage officiel (code d'unité → code de zone)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="74"/>
        <source>Our zone or level field</source>
        <translation>Champ de notre zone ou niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="177"/>
        <source>Ours {a} / official {b}: {n} units in both, {o} only ours, {f} only official, Jaccard {j:.2f}.</source>
        <translation>Nous {a} / officiel {b} : {n} unités dans les deux, {o} chez nous seulement, {f} officiel seulement, Jaccard {j:.2f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="78"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="84"/>
        <source>Unit code field of the official zoning</source>
        <translation>Champ code d'unité du zonage officiel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="72"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="58"/>
        <source>Units marked agree / only ours / only official</source>
        <translation>Unités : accord / nous seuls / officiel seul</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="70"/>
        <source>Units with our zoning (e.g. attraction levels)</source>
        <translation>Unités avec notre zonage (p. ex. niveaux d'attraction)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="86"/>
        <source>Zone code field of the official zoning</source>
        <translation>Champ code de zone du zonage officiel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="98"/>
        <source>choose a polygon layer of units</source>
        <translation>choisissez une couche de polygones des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="100"/>
        <source>choose the official zoning layer or table</source>
        <translation>choisissez la couche ou la table du zonage officiel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="66"/>
        <source>compare,zoning,AAV,bassins de vie,official,Jaccard,agreement</source>
        <translation>comparer,zonage,AAV,bassins de vie,officiel,Jaccard,concordance</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="148"/>
        <source>no official code matches a unit identifier: check the code fields</source>
        <translation>aucun code officiel ne correspond à un identifiant d'unité : vérifiez les champs de code</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="109"/>
        <source>the layer has no feature</source>
        <translation>la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="118"/>
        <source>{n} different values of {z} are taken as one area (ANY_LEVEL): to compare zone by zone (e.g. servicebasins' zone with INSEE's BV2022), untick ANY_LEVEL.</source>
        <translation>{n} valeurs différentes de {z} sont prises comme une seule aire (ANY_LEVEL) : pour comparer zone par zone (p. ex. la zone de servicebasins avec le BV2022 de l’INSEE), décochez ANY_LEVEL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="155"/>
        <source>{n} official codes are listed in several zones; each unit is compared with the first zone listed: {ids}</source>
        <translation>{n} codes officiels figurent dans plusieurs zones ; chaque unité est comparée à la première zone indiquée : {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="151"/>
        <source>{n} rows of the official zoning match no unit (other territory): ignored.</source>
        <translation>{n} lignes du zonage officiel ne correspondent à aucune unité (autre territoire) : ignorées.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="91"/>
        <source> in basket '{b}'</source>
        <translation> dans le panier « {b} »</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="69"/>
        <source>'{c}' is not a two-letter ISO country code</source>
        <translation>« {c} » n'est pas un code pays ISO à deux lettres</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="61"/>
        <source>'{n}' is not a valid name: use letters, digits and '_' (63 characters at most, not starting with a digit)</source>
        <translation>« {n} » n'est pas un nom valide : lettres, chiffres et « _ » (63 caractères au plus, sans chiffre au début)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="76"/>
        <source>'{p}' is negative: thresholds are shares, counts or minutes, ≥ 0</source>
        <translation>'{p}' est négatif : les seuils sont des parts, des effectifs ou des minutes, ≥ 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="74"/>
        <source>'{p}' is not a finite number</source>
        <translation>« {p} » n'est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="71"/>
        <source>'{p}' is not a number; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>« {p} » n'est pas un nombre ; saisissez des nombres croissants séparés par « ; », p. ex. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="309"/>
        <source>a count is not a number</source>
        <translation>un effectif n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="67"/>
        <source>basket line {n}: no type; every line needs type;theme;basket</source>
        <translation>ligne {n} du panier : pas de type ; chaque ligne doit donner type;thème;panier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="70"/>
        <source>basket line {n}: type '{t}' has no theme; give one (health, education, shopping, public_services, mobility or your own)</source>
        <translation>ligne {n} du panier : le type « {t} » n'a pas de thème ; donnez-en un (health, education, shopping, public_services, mobility ou le vôtre)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="87"/>
        <source>basket: {n} type(s) listed twice with different themes: {t}; keep one line per type</source>
        <translation>panier : {n} type(s) listé(s) deux fois avec des thèmes différents : {t} ; gardez une ligne par type</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="188"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="168"/>
        <source>cannot reach {u} (offline?) and nothing cached: {e}</source>
        <translation>impossible de joindre {u} (hors ligne ?) et rien en cache : {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="107"/>
        <source>cannot read the basket file {p}: {e}</source>
        <translation>impossible de lire le fichier panier {p} : {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="401"/>
        <source>column '{c}' is not in the file; its columns are: {cols}</source>
        <translation>la colonne « {c} » n'est pas dans le fichier ; ses colonnes sont : {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="134"/>
        <source>columns not recognised: expected COMMUNE, DCLT, IPONDI (work detail file), COMMUNE, DCETUF, IPONDI (study detail file) or CODGEO, DCLT, NBFLUX_… (flows file); found {cols}</source>
        <translation>colonnes non reconnues : attendu COMMUNE, DCLT, IPONDI (fichier détail travail), COMMUNE, DCETUF, IPONDI (fichier détail études) ou CODGEO, DCLT, NBFLUX_… (fichier des flux) ; trouvé {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="198"/>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="226"/>
        <source>count '{v}' is negative or not finite</source>
        <translation>effectif '{v}' négatif ou non fini</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="223"/>
        <source>count '{v}' is not a number</source>
        <translation>effectif '{v}' non numérique</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="71"/>
        <source>country codes must be different</source>
        <translation>les codes pays doivent être différents</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="171"/>
        <source>download of {u} failed: {e}</source>
        <translation>échec du téléchargement de {u} : {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="217"/>
        <source>empty commune code</source>
        <translation>code commune vide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="413"/>
        <source>empty origin or destination</source>
        <translation>origine ou destination vide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="96"/>
        <source>every threshold set must have the same number of levels</source>
        <translation>chaque jeu de seuils doit avoir le même nombre de niveaux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="66"/>
        <source>give two or three ISO country codes separated by ';', e.g. FR;CH</source>
        <translation>donnez deux ou trois codes pays ISO séparés par « ; », p. ex. FR;CH</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="338"/>
        <source>line {n}: a row without NIS code before any commune</source>
        <translation>ligne {n} : une ligne sans code INS avant toute commune</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="341"/>
        <source>line {n}: expected the rows Hommes, Femmes, Total of {c}, found '{s}'</source>
        <translation>ligne {n} : attendu les lignes Hommes, Femmes, Total de {c}, trouvé « {s} »</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="405"/>
        <source>name the origin, destination and count columns</source>
        <translation>nommez les colonnes d'origine, de destination et d'effectif</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="149"/>
        <source>no answer from {u} within {t:g} s ({n} attempts), and nothing cached{why}</source>
        <translation>pas de réponse de {u} en {t:g} s ({n} tentatives), et rien en cache{why}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="61"/>
        <source>no column separator (tab, ';' or ',') in the header line</source>
        <translation>aucun séparateur de colonnes (tabulation, « ; » ou « , ») dans la ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="115"/>
        <source>no column separator found in the header line</source>
        <translation>aucun séparateur de colonnes dans la ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="240"/>
        <source>no commune name of the file matches a foreign unit of {c}: {names}; check the units' name and country fields</source>
        <translation>aucun nom de commune du fichier ne correspond à une unité étrangère de {c} : {names} ; vérifiez les champs nom et pays des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="202"/>
        <source>no commune rows in the file (only totals or cantons such as '- Genève'): export the communes from STAT-TAB (labels '……name' or '6621 name')</source>
        <translation>aucune ligne de commune dans le fichier (seulement des totaux ou des cantons comme « - Genève ») : exportez les communes depuis STAT-TAB (libellés « ……nom » ou « 6621 nom »)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="153"/>
        <source>no equipment point has a type of the basket ({n} types, e.g. {e}); check the type field and the basket</source>
        <translation>aucun point d'équipement n'a un type du panier ({n} types, p. ex. {e}) ; vérifiez le champ du type et le panier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="167"/>
        <source>no period column (e.g. '2014 T4', '2014 Q4', '2014') nor year column in the header: {cols}</source>
        <translation>aucune colonne de période (p. ex. « 2014 T4 », « 2014 Q4 », « 2014 ») ni d'année dans l'en-tête : {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="65"/>
        <source>no threshold given; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>aucun seuil donné ; saisissez des nombres croissants séparés par « ; », p. ex. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="181"/>
        <source>no unit has employed residents (all NULL or 0): choose the field of employed residents</source>
        <translation>aucune unité n'a d'actifs occupés (tous NULL ou 0) : choisissez le champ des actifs occupés</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="281"/>
        <source>not a Statbel home-work matrix: no columns "Travaille à l'étranger" and "Travaille en Belgique ou à l'étranger" in the header</source>
        <translation>pas une matrice domicile-travail de Statbel : pas de colonnes « Travaille à l'étranger » et « Travaille en Belgique ou à l'étranger » dans l'en-tête</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="174"/>
        <source>period '{p}' is not in the file; its periods are: {ps}</source>
        <translation>la période « {p} » n'est pas dans le fichier ; ses périodes sont : {ps}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="69"/>
        <source>row {row}: count '{v}' is not a number</source>
        <translation>ligne {row} : l'effectif « {v} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="73"/>
        <source>row {row}: count is not a finite number</source>
        <translation>ligne {row} : l'effectif n'est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="75"/>
        <source>row {row}: count {v:g} is negative</source>
        <translation>ligne {row} : l'effectif {v:g} est négatif</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="298"/>
        <source>rows {rows}: their counts add up to more than a number can hold (infinite): check these counts</source>
        <translation>lignes {rows} : leurs effectifs dépassent en somme ce qu'un nombre peut contenir (infini) : vérifiez ces effectifs</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="331"/>
        <source>spreading the units over cells of {r:g} m makes more than 5 million points; choose a larger cell size</source>
        <translation>répartir les unités sur des cellules de {r:g} m donne plus de 5 millions de points ; choisissez des cellules plus grandes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="124"/>
        <source>the Python package 'requests' is missing: install it (e.g. OSGeo4W shell: python -m pip install requests) or use a cached download</source>
        <translation>le paquet Python 'requests' manque : installez-le (p. ex. shell OSGeo4W : python -m pip install requests) ou utilisez un téléchargement en cache</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="95"/>
        <source>the ZIP file holds no .csv or .txt file</source>
        <translation>le fichier ZIP ne contient aucun fichier .csv ou .txt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="87"/>
        <source>the ZIP file is damaged or incomplete (download it again)</source>
        <translation>le fichier ZIP est endommagé ou incomplet (téléchargez-le à nouveau)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="99"/>
        <source>the ZIP file is damaged or incomplete ({e})</source>
        <translation>le fichier ZIP est endommagé ou incomplet ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="100"/>
        <source>the answer holds no feature</source>
        <translation>la réponse ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="92"/>
        <source>the answer is not valid JSON</source>
        <translation>la réponse n'est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="98"/>
        <source>the answer is not valid JSON (or not GeoJSON)</source>
        <translation>la réponse n'est pas du JSON valide (ou pas du GeoJSON)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="114"/>
        <source>the basket file {p} has no header type;theme;basket (found: {h})</source>
        <translation>le fichier panier {p} n'a pas d'en-tête type;theme;basket (trouvé : {h})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="109"/>
        <source>the basket file {p} is empty; give lines type;theme;basket</source>
        <translation>le fichier panier {p} est vide ; donnez des lignes type;thème;panier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="90"/>
        <source>the basket lists no type{b}; give lines type;theme;basket</source>
        <translation>le panier ne contient aucun type{b} ; donnez des lignes type;thème;panier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="121"/>
        <source>the cached copy {p} is damaged ({e}): tick 'Download again even if cached' (REFRESH) to replace it</source>
        <translation>la copie en cache {p} est endommagée ({e}) : cochez « Retélécharger même si en cache » (REFRESH) pour la remplacer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="224"/>
        <source>the file gives commune names without BFS numbers: choose the foreign units (FOREIGN_UNITS) to match the names to</source>
        <translation>le fichier donne des noms de communes sans numéro OFS : choisissez les unités étrangères (FOREIGN_UNITS) auxquelles apparier les noms</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="72"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="53"/>
        <source>the file is neither UTF-8, UTF-16 nor cp1252 (byte 0x{b:02x} at position {p}): save it again as UTF-8</source>
        <translation>le fichier n'est ni en UTF-8, ni en UTF-16, ni en cp1252 (octet 0x{b:02x} à la position {p}) : enregistrez-le de nouveau en UTF-8</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="233"/>
        <source>the file {f} cannot be read as GeoJSON</source>
        <translation>le fichier {f} ne peut pas être lu comme GeoJSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="149"/>
        <source>the folder {f} does not exist</source>
        <translation>le dossier {f} n'existe pas</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="151"/>
        <source>the folder {f} is not writable</source>
        <translation>le dossier {f} n'est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="352"/>
        <source>the group of {c} ({name}) ends at line {n} with {k} of its three rows (Hommes, Femmes, Total): the file is cut; download it again</source>
        <translation>le groupe de {c} ({name}) s'arrête à la ligne {n} avec {k} de ses trois lignes (Hommes, Femmes, Total) : le fichier est tronqué ; téléchargez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="220"/>
        <source>the raster {n} cannot be read</source>
        <translation>le raster {n} ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="229"/>
        <source>the raster {n} has {b} bands of numbers: a GeoPackage holds one band of numbers or an image of up to 4 bands of 0-255; keep it as a GeoTIFF beside the package</source>
        <translation>le raster {n} a {b} bandes de nombres : un GeoPackage contient une bande de nombres ou une image de 4 bandes au plus en 0-255 ; gardez-le en GeoTIFF à côté du paquet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="156"/>
        <source>these layers already exist in the GeoPackage: {names}; tick 'overwrite' to replace them (other layers are kept)</source>
        <translation>ces couches existent déjà dans le GeoPackage : {names} ; cochez « remplacer » pour les remplacer (les autres couches sont conservées)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="173"/>
        <source>thresholds must be strictly ascending</source>
        <translation>les seuils doivent être strictement croissants</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="80"/>
        <source>thresholds must be strictly ascending ({a:g} then {b:g}); e.g. 5;15;30</source>
        <translation>les seuils doivent être strictement croissants ({a:g} puis {b:g}) ; p. ex. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="164"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="204"/>
        <source>truncated answer from {u}: {n} of {t} bytes</source>
        <translation>réponse tronquée de {u} : {n} octets sur {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="104"/>
        <source>unexpected CRS EPSG:{c}: GeoJSON in WGS 84 is expected</source>
        <translation>SCR inattendu EPSG:{c} : GeoJSON en WGS 84 attendu</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="193"/>
        <source>value '{v}' is not a number</source>
        <translation>la valeur « {v} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="322"/>
        <source>values must be ≥ 0 (found {v:g})</source>
        <translation>les valeurs doivent être ≥ 0 (trouvé {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="149"/>
        <source>{n} equipment point(s) have no type; fill the type field or filter them out</source>
        <translation>{n} point(s) d'équipement sans type ; remplissez le champ du type ou filtrez-les</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="207"/>
        <source>{n} fields instead of {m}</source>
        <translation>{n} champs au lieu de {m}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/network.py" line="380"/>
        <source>{n} lines have a negative speed; fix them or filter them out</source>
        <translation>{n} lignes ont une vitesse négative ; corrigez-les ou filtrez-les</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="177"/>
        <source>{n} units have a negative number of employed residents (e.g. {ids}): counts must be 0 or more; correct the field</source>
        <translation>{n} unités ont un nombre négatif d'actifs occupés (p. ex. {ids}) : les effectifs doivent être positifs ou nuls ; corrigez le champ</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="92"/>
        <source>{s} threshold sets for {f} fields; give one set, or one per field separated by '|'</source>
        <translation>{s} jeux de seuils pour {f} champs ; donnez un jeu, ou un par champ séparés par « | »</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="179"/>
        <source>{u} answered '{c}', not GeoJSON</source>
        <translation>{u} a répondu '{c}', pas du GeoJSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="176"/>
        <source>{u} answered HTTP {c}</source>
        <translation>{u} a répondu HTTP {c}</translation>
    </message>
</context>
<context>
    <name>CrossBorderFlowsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="46"/>
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="35"/>
        <source>Cross-border flow indicators</source>
        <translation>Indicateurs de flux transfrontaliers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="55"/>
        <source>Destination country field (places abroad)</source>
        <translation>Champ du pays de destination (hors unités)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="110"/>
        <source>Employed residents (ACTIVE) is not set: cb_share is NULL for every unit. Choose the field of employed residents (e.g. 'active', or 'active' from importcommuting's residents table).</source>
        <translation>Les actifs occupés (ACTIVE) ne sont pas renseignés : cb_share est NULL pour toutes les unités. Choisissez le champ des actifs occupés (p. ex. 'active', ou 'active' de la table des résidents d'importcommuting).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="48"/>
        <source>Employed residents field (for the share)</source>
        <translation>Champ des actifs occupés (pour la part)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="51"/>
        <source>Jobs field (for the inbound share)</source>
        <translation>Champ des emplois (part entrante)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="120"/>
        <source>No flow row could be used: every indicator is 0.</source>
        <translation>Aucune ligne de flux utilisable : tous les indicateurs valent 0.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="44"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="42"/>
        <source>Units (communes)</source>
        <translation>Unités (communes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="32"/>
        <source>Units with cross-border indicators</source>
        <translation>Unités avec indicateurs transfrontaliers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="117"/>
        <source>cb_in_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_in_share est NULL pour toutes les unités : le champ '{f}' n'a aucun nombre positif.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="114"/>
        <source>cb_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_share est NULL pour toutes les unités : le champ '{f}' n'a aucun nombre positif.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="65"/>
        <source>choose a flows table or layer</source>
        <translation>choisissez une table ou une couche de flux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="62"/>
        <source>choose a polygon layer of units</source>
        <translation>choisissez une couche de polygones des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="131"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="38"/>
        <source>flows,commuting,cross-border,frontaliers,share,indicator</source>
        <translation>flux,navettes,transfrontalier,frontaliers,part,indicateur</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="130"/>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="75"/>
        <source>the layer has no feature</source>
        <translation>la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="87"/>
        <source>{e}; counts must be numbers ≥ 0</source>
        <translation>{e} ; les effectifs doivent être des nombres ≥ 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="140"/>
        <source>{n} distinct flow ids had lost their leading zeros and were matched to the unit with them (1004 -&gt; 01004).</source>
        <translation>{n} identifiants de flux avaient perdu leurs zéros initiaux et ont été rattachés à l'unité qui les a (1004 -&gt; 01004).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="143"/>
        <source>{n} distinct flow ids match several units once leading zeros are added: not counted.</source>
        <translation>{n} identifiants de flux correspondent à plusieurs unités une fois les zéros initiaux ajoutés : non comptés.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="146"/>
        <source>{n} duplicate unit identifiers: only the first unit of each is used.</source>
        <translation>{n} identifiants d'unité en double : seule la première unité de chacun est utilisée.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="80"/>
        <source>{n} flow rows read.</source>
        <translation>{n} lignes de flux lues.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="128"/>
        <source>{n} rows with an empty count were skipped.</source>
        <translation>{n} lignes à l'effectif vide ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="149"/>
        <source>{n} units have no country: their flows cannot be cross-border.</source>
        <translation>{n} unités n'ont pas de pays : leurs flux ne peuvent pas être transfrontaliers.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="135"/>
        <source>{rows} flow rows (total {tot:g}) have an {what} that matches no unit and were not counted; most frequent: {ids}</source>
        <translation>{rows} lignes de flux (total {tot:g}) ont une {what} qui ne correspond à aucune unité et n'ont pas été comptées ; les plus fréquentes : {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="124"/>
        <source>{rows} flow rows read, {used} used, {cb} cross-border rows totalling {tot:g}.</source>
        <translation>{rows} lignes de flux lues, {used} utilisées, {cb} lignes transfrontalières totalisant {tot:g}.</translation>
    </message>
</context>
<context>
    <name>DemoTerritoryAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="71"/>
        <source>Border mismatch between national layers (m)</source>
        <translation>Décalage des couches nationales à la frontière (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="64"/>
        <source>Countries (two or three ISO codes, separated by ';')</source>
        <translation>Pays (deux ou trois codes ISO, séparés par « ; »)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="45"/>
        <source>Employment poles</source>
        <translation>Pôles d'emploi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="50"/>
        <source>Everyday services (points)</source>
        <translation>Services du quotidien (points)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="44"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="54"/>
        <source>Generate a demo cross-border territory</source>
        <translation>Générer un territoire transfrontalier de démonstration</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="92"/>
        <source>Generating {n} units for {c}, seed {s}…</source>
        <translation>Génération de {n} unités pour {c}, graine {s}…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="61"/>
        <source>Number of units (communes)</source>
        <translation>Nombre d'unités (communes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="77"/>
        <source>Output CRS</source>
        <translation>SCR de sortie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="66"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="48"/>
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="47"/>
        <source>Sample proposals (lines)</source>
        <translation>Propositions exemples (lignes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="46"/>
        <source>Sample proposals (points)</source>
        <translation>Propositions exemples (points)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="43"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="68"/>
        <source>Vertices per unit (0: simple polygons)</source>
        <translation>Sommets par unité (0 : polygones simples)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="91"/>
        <source>choose a valid coordinate reference system</source>
        <translation>choisissez un système de coordonnées valide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="57"/>
        <source>demo,synthetic,test,communes,flows,border</source>
        <translation>démonstration,synthétique,test,communes,flux,frontière</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="107"/>
        <source>{u} units, {f} flows, {p} poles, {q} proposals written.</source>
        <translation>{u} unités, {f} flux, {p} pôles, {q} propositions écrits.</translation>
    </message>
</context>
<context>
    <name>DownloadUnitsAlgorithm</name>
    <message>
        <location filename="../processing_scripts/download_units.py" line="74"/>
        <source>Cache folder (empty: QGIS profile cache)</source>
        <translation>Dossier du cache (vide : profil QGIS)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="61"/>
        <source>Countries, GISCO sources (ISO codes separated by ';')</source>
        <translation>Pays, sources GISCO (codes ISO séparés par ';')</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="63"/>
        <source>Departments for the French API (e.g. 74;01)</source>
        <translation>Départements (API française, p. ex. 74;01)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="78"/>
        <source>Download again even if cached</source>
        <translation>Télécharger à nouveau même si en cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="50"/>
        <source>Download reference boundaries</source>
        <translation>Télécharger des limites de référence</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Eurostat GISCO: LAU (communes)</source>
        <translation>Eurostat GISCO : LAU (communes)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="58"/>
        <source>Eurostat GISCO: NUTS regions</source>
        <translation>Eurostat GISCO : régions NUTS</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="59"/>
        <source>France: communes API (geo.api.gouv.fr)</source>
        <translation>France : API des communes (geo.api.gouv.fr)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="53"/>
        <source>GISCO,LAU,NUTS,communes,boundaries,download,Eurostat</source>
        <translation>GISCO,LAU,NUTS,communes,limites,téléchargement,Eurostat</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="65"/>
        <source>Keep units in this extent</source>
        <translation>Garder les unités dans cette emprise</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="70"/>
        <source>NUTS level, NUTS source</source>
        <translation>Niveau NUTS, source NUTS</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="72"/>
        <source>Service address (empty: the official one)</source>
        <translation>Adresse du service (vide : l'officielle)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="76"/>
        <source>Timeout of the whole download (seconds)</source>
        <translation>Délai maximal du téléchargement (secondes)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="47"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="68"/>
        <source>Year, GISCO sources</source>
        <translation>Année, sources GISCO</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>from the cache</source>
        <translation>depuis le cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="108"/>
        <source>give at least one ISO country code, e.g. FR;CH</source>
        <translation>donnez au moins un code pays ISO, p. ex. FR;CH</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="104"/>
        <source>give at least one department code, e.g. 74</source>
        <translation>donnez au moins un code de département, p. ex. 74</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="144"/>
        <source>no unit matches the countries or the extent</source>
        <translation>aucune unité ne correspond aux pays ou à l'emprise</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="165"/>
        <source>{u}: {mb:.0f} of {tot} MB, about {eta:.0f} s left (attempt {a})</source>
        <translation>{u} : {mb:.0f} Mo sur {tot}, environ {eta:.0f} s restantes (tentative {a})</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="121"/>
        <source>{u}: {n} features ({how}).</source>
        <translation>{u} : {n} entités ({how}).</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="145"/>
        <source>{w} units written, {s} left out (other countries, outside the extent or without geometry).</source>
        <translation>{w} unités écrites, {s} écartées (autres pays, hors emprise ou sans géométrie).</translation>
    </message>
</context>
<context>
    <name>ExportMapAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="102"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Appliquer les styles de l'extension</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="97"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation>Couverture de l'atlas (une page par entité)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="100"/>
        <source>Atlas page name field</source>
        <translation>Champ du nom de page de l'atlas</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Cross-border living area</source>
        <translation>Bassin de vie transfrontalier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="81"/>
        <source>Export a living-area map</source>
        <translation>Exporter une carte du bassin de vie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="88"/>
        <source>Layers (first on top)</source>
        <translation>Couches (la première au-dessus)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="241"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="238"/>
        <source>Made with the QGIS plugin “Bassins de vie transfrontaliers” (GPL-2.0-or-later).</source>
        <translation>Réalisé avec l'extension QGIS « Bassins de vie transfrontaliers » (GPL-2.0 ou ultérieure).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="95"/>
        <source>Map extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>Map file</source>
        <translation>Fichier de la carte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="107"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="104"/>
        <source>Resolution (dpi)</source>
        <translation>Résolution (ppp)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Sources: national statistical institutes</source>
        <translation>Sources : instituts statistiques nationaux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="92"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="160"/>
        <source>The layer '{n}' is empty: it draws nothing on the map.</source>
        <translation>La couche '{n}' est vide : elle ne dessine rien sur la carte.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="112"/>
        <source>choose at least one layer</source>
        <translation>choisissez au moins une couche</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="84"/>
        <source>map,layout,print,pdf,png,atlas,report</source>
        <translation>carte,mise en page,impression,pdf,png,atlas,rapport</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="157"/>
        <source>no file was written in {f}: check the name and the folder's permissions</source>
        <translation>aucun fichier n'a été écrit dans {f} : vérifiez le nom et les droits du dossier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="201"/>
        <source>the coverage layer has no feature</source>
        <translation>la couche de couverture n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="116"/>
        <source>the file name must end with .pdf or .png</source>
        <translation>le nom du fichier doit se terminer par .pdf ou .png</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="119"/>
        <source>the folder {f} does not exist or is not writable</source>
        <translation>le dossier {f} n'existe pas ou n'est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="183"/>
        <source>the map could not be exported: {e}</source>
        <translation>la carte n'a pas pu être exportée : {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="148"/>
        <source>the print template could not be read</source>
        <translation>le modèle de mise en page n'a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="122"/>
        <source>the print template is missing from the plugin</source>
        <translation>le modèle de mise en page manque dans l'extension</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="161"/>
        <source>{n} page(s) written: {files}.</source>
        <translation>{n} page(s) écrite(s) : {files}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="237"/>
        <source>{sources} — Map made on {date}.</source>
        <translation>{sources} — Carte réalisée le {date}.</translation>
    </message>
</context>
<context>
    <name>FlowLinesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="57"/>
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="61"/>
        <source>Cross-border flows only</source>
        <translation>Flux transfrontaliers seulement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="67"/>
        <source>Curved lines (the two directions of a pair apart)</source>
        <translation>Lignes courbes (les deux sens d'une paire séparés)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="42"/>
        <source>Flow lines</source>
        <translation>Lignes de flux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="45"/>
        <source>Flow lines (flow map)</source>
        <translation>Lignes de flux (carte de flux)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="63"/>
        <source>Keep these themes only (empty: all)</source>
        <translation>Garder seulement ces thèmes (vide : tous)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="59"/>
        <source>Minimum count of a line</source>
        <translation>Effectif minimal d'une ligne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="65"/>
        <source>Net flows (larger direction minus the other)</source>
        <translation>Flux nets (sens le plus fort moins l'autre)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="112"/>
        <source>No line passes the filters: lower MIN_COUNT or widen the themes.</source>
        <translation>Aucune ligne ne passe les filtres : baissez MIN_COUNT ou élargissez les thèmes.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="55"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="53"/>
        <source>Units (communes)</source>
        <translation>Unités (communes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="74"/>
        <source>choose a flows table or layer</source>
        <translation>choisissez une table ou une couche de flux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="76"/>
        <source>choose a polygon layer of units</source>
        <translation>choisissez une couche de polygones des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="90"/>
        <source>choose the theme field (THEME) to keep themes</source>
        <translation>choisissez le champ thème (THEME) pour garder des thèmes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="48"/>
        <source>flow map,flows,lines,arrows,commuting,cross-border,oursins</source>
        <translation>carte de flux,flux,lignes,flèches,navettes,transfrontalier,oursins</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="106"/>
        <source>{rows} flow rows, {pairs} origin-destination pairs, {lines} lines written (total {total:,.0f}); {u} rows with an id that matches no unit and {s} within one unit left out.</source>
        <translation>{rows} lignes de flux, {pairs} paires origine-destination, {lines} lignes écrites (total {total:,.0f}) ; {u} lignes dont l'identifiant ne correspond à aucune unité et {s} internes à une unité écartées.</translation>
    </message>
</context>
<context>
    <name>ImportCommutingAlgorithm</name>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="235"/>
        <source>Ambiguous names (several units; kept as INSEE codes, add them to MATCH_TABLE): {codes}</source>
        <translation>Noms ambigus (plusieurs unités ; gardés en codes INSEE, ajoutez-les à MATCH_TABLE) : {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="88"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="61"/>
        <source>CSV or ZIP (*.csv *.txt *.zip)</source>
        <translation>CSV ou ZIP (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="224"/>
        <source>Codes without a name in {src} (kept as codes): {codes}</source>
        <translation>Codes sans nom dans {src} (gardés en codes) : {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="75"/>
        <source>Commune code field of the units</source>
        <translation>Champ du code commune des unités</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Detect from the columns</source>
        <translation>Détecter d'après les colonnes</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="63"/>
        <source>Expected file</source>
        <translation>Fichier attendu</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="46"/>
        <source>Flows table</source>
        <translation>Table des flux</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="84"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Champ pays des unités étrangères</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="80"/>
        <source>Foreign unit identifier field</source>
        <translation>Champ identifiant des unités étrangères</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="82"/>
        <source>Foreign unit name field</source>
        <translation>Champ nom des unités étrangères</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="77"/>
        <source>Foreign units (e.g. GISCO LAU)</source>
        <translation>Unités étrangères (p. ex. LAU GISCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="60"/>
        <source>INSEE mobility file (CSV, or ZIP holding it)</source>
        <translation>Fichier de mobilités INSEE (CSV, ou ZIP le contenant)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="55"/>
        <source>INSEE,mobpro,mobsco,commuting,flows,import,navettes,domicile-travail,DCFLT,frontaliers</source>
        <translation>INSEE,mobpro,mobsco,navettes,flux,import,domicile-travail,DCFLT,frontaliers</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="52"/>
        <source>Import commuting flows (INSEE format)</source>
        <translation>Importer des flux domicile-travail (format INSEE)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="70"/>
        <source>Keep residents of these communes</source>
        <translation>Garder les résidents de ces communes</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="67"/>
        <source>Keep residents of these departments</source>
        <translation>Garder les résidents de ces départements</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="215"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Lignes mal formées (ligne : raison), non comptées : {rows}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="87"/>
        <source>Match table (CSV code;unit_id)</source>
        <translation>Table de correspondance (CSV code;unit_id)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="227"/>
        <source>Matched to foreign units: {m} codes ({t} from the match table), weight {w:.1f} = {s:.1f} % of the cross-border weight.</source>
        <translation>Appariés aux unités étrangères : {m} codes ({t} par la table), poids {w:.1f} = {s:.1f} % du poids transfrontalier.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="232"/>
        <source>Not matched (kept as INSEE codes), by weight: {codes}</source>
        <translation>Non appariés (gardés en codes INSEE), par poids : {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="72"/>
        <source>Or keep residents of these units (study area)</source>
        <translation>Ou garder les résidents de ces unités</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="219"/>
        <source>Places abroad at commune level: {n} codes, weight {w:.1f} of {a:.1f} abroad; names from {src}.</source>
        <translation>Lieux à l'étranger au niveau communal : {n} codes, poids {w:.1f} sur {a:.1f} à l'étranger ; noms de {src}.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="47"/>
        <source>Residents table (per commune)</source>
        <translation>Table des résidents (par commune)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="65"/>
        <source>Study (FD_MOBSCO)</source>
        <translation>Études (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Work (FD_MOBPRO, flows file)</source>
        <translation>Travail (FD_MOBPRO, fichier des flux)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a study file (FD_MOBSCO)</source>
        <translation>un fichier études (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a work file</source>
        <translation>un fichier travail</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="133"/>
        <source>choose a field of the foreign units</source>
        <translation>choisissez un champ des unités étrangères</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="119"/>
        <source>choose the field holding the commune codes</source>
        <translation>choisissez le champ des codes communes</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="156"/>
        <source>line {n}: {c} → {u}</source>
        <translation>ligne {n} : {c} → {u}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="140"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>aucune unité n'a d'identifiant, de nom et de pays : vérifiez les champs choisis</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="177"/>
        <source>the foreign units are in {have}, but the file's places abroad are in {want}: choose units of those countries</source>
        <translation>les unités étrangères sont en {have}, mais les lieux à l'étranger du fichier sont en {want} : choisissez des unités de ces pays</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="167"/>
        <source>this is {found}, not the expected kind; choose the right file or set FILE_KIND to detect</source>
        <translation>c'est {found}, pas le type attendu ; choisissez le bon fichier ou mettez FILE_KIND sur détection</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="157"/>
        <source>{k} rows name a unit id that is not in the foreign units (FOREIGN_UNITS, field {f}): {rows}; correct the ids or remove the rows</source>
        <translation>{k} lignes désignent un identifiant absent des unités étrangères (FOREIGN_UNITS, champ {f}) : {rows} ; corrigez les identifiants ou retirez ces lignes</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="208"/>
        <source>{layout} file ({theme}), {enc}, separator '{sep}': {rows} rows, {kept} kept, {out} outside the filter, {bad} malformed; {pairs} origin-destination pairs written.</source>
        <translation>fichier {layout} ({theme}), {enc}, séparateur '{sep}' : {rows} lignes, {kept} gardées, {out} hors filtre, {bad} mal formées ; {pairs} paires origine-destination écrites.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="239"/>
        <source>{n} of {m} pairs have a weighted count under {k} (low_count = true): INSEE advises care with them.</source>
        <translation>{n} paires sur {m} ont un effectif pondéré inférieur à {k} (low_count = vrai) : l'INSEE conseille la prudence.</translation>
    </message>
</context>
<context>
    <name>ImportForeignAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="209"/>
        <source>Ambiguous names (several units; left out): {n}</source>
        <translation>Noms ambigus (plusieurs unités ; écartés) : {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="63"/>
        <source>BFS PX-Web export (commune × period)</source>
        <translation>Export PX-Web de l'OFS (commune × période)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="54"/>
        <source>BFS,OFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,frontaliers,Grenzgänger,census,import</source>
        <translation>OFS,BFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,frontaliers,Grenzgänger,recensement,import</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="60"/>
        <source>CSV (*.csv *.txt *.tsv)</source>
        <translation>CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="71"/>
        <source>Country of the file's communes (ISO code)</source>
        <translation>Pays des communes du fichier (code ISO)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="59"/>
        <source>File published by the foreign office (CSV)</source>
        <translation>Fichier publié par l'office étranger (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="80"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Champ pays des unités étrangères</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="76"/>
        <source>Foreign unit identifier field</source>
        <translation>Champ identifiant des unités étrangères</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="78"/>
        <source>Foreign unit name field</source>
        <translation>Champ nom des unités étrangères</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="73"/>
        <source>Foreign units (for name matching)</source>
        <translation>Unités étrangères (appariement des noms)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="62"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="51"/>
        <source>Import foreign statistics (BFS, Statbel, long table)</source>
        <translation>Importer des statistiques étrangères (OFS, Statbel, table longue)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Long table (origin, destination, count)</source>
        <translation>Table longue (origine, destination, effectif)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="194"/>
        <source>Long table, {enc}, separator '{sep}': {rows} rows, {f} pairs written, {u} not published, {bad} malformed.</source>
        <translation>Table longue, {enc}, séparateur « {sep} » : {rows} lignes, {f} couples écrits, {u} non publiées, {bad} mal formées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="204"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Lignes mal formées (ligne : raison), non comptées : {rows}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="206"/>
        <source>Names matching no foreign unit (left out), with their values: {n}</source>
        <translation>Noms sans unité étrangère correspondante (écartés), avec leurs valeurs : {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="146"/>
        <source>Other dimensions, one value kept: {d}</source>
        <translation>Autres dimensions, une valeur gardée : {d}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="140"/>
        <source>PX-Web file, {enc}: {rows} rows, {p} periods, {c} communes and {a} aggregates (cantons, totals: aggregate = true), {v} values written, {u} not published, {bad} malformed.</source>
        <translation>Fichier PX-Web, {enc} : {rows} lignes, {p} périodes, {c} communes et {a} agrégats (cantons, totaux : aggregate = vrai), {v} valeurs écrites, {u} non publiées, {bad} mal formées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="67"/>
        <source>Period to keep (e.g. 2014 Q4; empty: all)</source>
        <translation>Période à garder (p. ex. 2014 T4)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="46"/>
        <source>Residents table (Statbel: active, cb_workers)</source>
        <translation>Table des résidents (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Sex (Statbel)</source>
        <translation>Sexe (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Statbel census 2011 home-work matrix</source>
        <translation>Matrice domicile-travail Statbel 2011</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="173"/>
        <source>Statbel matrix, {enc}: {g} groups of three rows, {c} communes of residence, {a} aggregate rows and {k} aggregate columns dropped; {f} flows written; work-place columns resolved to NIS codes: {r}.</source>
        <translation>Matrice Statbel, {enc} : {g} groupes de trois lignes, {c} communes de résidence, {a} lignes et {k} colonnes d'agrégats écartées ; {f} flux écrits ; colonnes de lieu de travail rattachées aux codes INS : {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="45"/>
        <source>Values or flows table</source>
        <translation>Table des valeurs ou des flux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="181"/>
        <source>Work places without NIS code (kept by name; give FOREIGN_UNITS of Belgium), by count: {n}</source>
        <translation>Lieux de travail sans code INS (gardés par leur nom ; donnez des FOREIGN_UNITS de Belgique), par effectif : {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="122"/>
        <source>choose a field of the foreign units</source>
        <translation>choisissez un champ des unités étrangères</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="128"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>aucune unité n'a d'identifiant, de nom et de pays : vérifiez les champs choisis</translation>
    </message>
</context>
<context>
    <name>IntensityIndexAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>At least K indicators</source>
        <translation>Au moins K indicateurs</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="56"/>
        <source>Combination rule</source>
        <translation>Règle de combinaison</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="37"/>
        <source>Composite intensity level</source>
        <translation>Niveau d'intensité composite</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="50"/>
        <source>Indicator fields</source>
        <translation>Champs des indicateurs</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="48"/>
        <source>Input layer</source>
        <translation>Couche en entrée</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="34"/>
        <source>Intensity levels</source>
        <translation>Niveaux d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="60"/>
        <source>K (for 'at least K indicators')</source>
        <translation>K (pour « au moins K indicateurs »)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="97"/>
        <source>K must be between 1 and the number of fields ({n})</source>
        <translation>K doit être compris entre 1 et le nombre de champs ({n})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Mean of levels</source>
        <translation>Moyenne des niveaux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Strongest level of any indicator (max)</source>
        <translation>Niveau le plus fort parmi les indicateurs (max)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="53"/>
        <source>Thresholds (e.g. 5;15;30 | 10;20;40)</source>
        <translation>Seuils (p. ex. 5;15;30 | 10;20;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>Weighted sum of levels</source>
        <translation>Somme pondérée des niveaux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="58"/>
        <source>Weights (one per field, for the weighted sum)</source>
        <translation>Poids (un par champ)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="84"/>
        <source>choose a layer</source>
        <translation>choisissez une couche</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="87"/>
        <source>choose at least one numeric field</source>
        <translation>choisissez au moins un champ numérique</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="69"/>
        <source>give one weight per field, e.g. 2;1;1</source>
        <translation>donnez un poids par champ, p. ex. 2;1;1</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="40"/>
        <source>index,composite,level,indicator,intensity,threshold</source>
        <translation>indice,composite,niveau,indicateur,intensité,seuil</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="112"/>
        <source>the layer has no feature</source>
        <translation>la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="73"/>
        <source>weights must be numbers separated by ';'</source>
        <translation>les poids doivent être des nombres séparés par « ; »</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="78"/>
        <source>weights must be ≥ 0 with a positive sum</source>
        <translation>les poids doivent être ≥ 0 avec une somme positive</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="129"/>
        <source>{n} features have a NULL or non-numeric indicator: that indicator gets no level.</source>
        <translation>{n} entités ont un indicateur NULL ou non numérique : cet indicateur n'a pas de niveau.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="125"/>
        <source>{n} features; rule {r}; per level: {c}; no level: {none}.</source>
        <translation>{n} entités ; règle {r} ; par niveau : {c} ; sans niveau : {none}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="75"/>
        <source>{w} weights for {f} fields</source>
        <translation>{w} poids pour {f} champs</translation>
    </message>
</context>
<context>
    <name>IntensityRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="168"/>
        <source>Building {n} rings ({mode}) from {u} units…</source>
        <translation>Construction de {n} couronnes ({mode}) à partir de {u} unités…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="83"/>
        <source>Country field (population split by country)</source>
        <translation>Champ du pays (population par pays)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="51"/>
        <source>Custom (use the thresholds above)</source>
        <translation>Personnalisé (seuils ci-dessus)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="52"/>
        <source>Default: 5 %, 15 %, 30 %</source>
        <translation>Par défaut : 5 %, 15 %, 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="45"/>
        <source>Draw intensity rings</source>
        <translation>Dessiner les couronnes d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="77"/>
        <source>Drop parts smaller than (m²)</source>
        <translation>Supprimer les parties de moins de (m²)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="53"/>
        <source>EU-OECD functional urban areas / INSEE: 15 %</source>
        <translation>Aires fonctionnelles UE-OCDE / INSEE : 15 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Exclusive bands</source>
        <translation>Bandes exclusives</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="74"/>
        <source>Fill holes smaller than (m²)</source>
        <translation>Combler les trous de moins de (m²)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="54"/>
        <source>Grand Genève observatory: 25 %</source>
        <translation>Observatoire du Grand Genève : 25 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="61"/>
        <source>Intensity field (a share, or a level)</source>
        <translation>Champ d'intensité (une part ou un niveau)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="42"/>
        <source>Intensity rings</source>
        <translation>Couronnes d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Nested envelopes</source>
        <translation>Enveloppes emboîtées</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="163"/>
        <source>No unit reaches the lowest threshold: the rings are empty.</source>
        <translation>Aucune unité n'atteint le seuil le plus bas : les couronnes sont vides.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="55"/>
        <source>Nord Lorrain metropolitan pole: 30 %</source>
        <translation>Pôle métropolitain du Nord Lorrain : 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="80"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="68"/>
        <source>Preset thresholds</source>
        <translation>Seuils prédéfinis</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="72"/>
        <source>Smoothing distance (metres, 0 = exact union of units)</source>
        <translation>Distance de lissage (m, 0 = union exacte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="64"/>
        <source>The field holds levels (1 = strongest)</source>
        <translation>Le champ contient des niveaux (1 = le plus fort)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="66"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Seuils (croissants, séparés par « ; »)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="59"/>
        <source>Units (polygons)</source>
        <translation>Unités (polygones)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="89"/>
        <source>choose a polygon layer</source>
        <translation>choisissez une couche de polygones</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="120"/>
        <source>levels must be whole numbers ≥ 1 (found {v:g})</source>
        <translation>les niveaux doivent être des entiers ≥ 1 (trouvé {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="124"/>
        <source>no unit has a level</source>
        <translation>aucune unité n'a de niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="48"/>
        <source>rings,intensity,living area,bassin de vie,dissolve,threshold,core</source>
        <translation>couronnes,intensité,bassin de vie,fusion,seuil,cœur</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="93"/>
        <source>the layer has no feature</source>
        <translation>la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="91"/>
        <source>the layer must contain polygons</source>
        <translation>la couche doit contenir des polygones</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="143"/>
        <source>{d:g} m is larger than the study area ({s:.0f} m across): smoothing would fill it all; choose a distance of a few kilometres</source>
        <translation>{d:g} m dépasse la zone d'étude ({s:.0f} m de large) : le lissage la remplirait entièrement ; choisissez une distance de quelques kilomètres</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="179"/>
        <source>{t} units, {r} reach a threshold: {k} kept, {g} without geometry dropped, {rep} repaired, {bad} unrepairable dropped; {n} with a NULL value excluded.</source>
        <translation>{t} unités, {r} atteignent un seuil : {k} conservées, {g} sans géométrie écartées, {rep} réparées, {bad} irréparables écartées ; {n} à valeur NULL exclues.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="75"/>
        <source>&lt;p&gt;A living area drawn from everyday services on both sides of the border, from equipment points to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Living areas by services&lt;/b&gt; (bassins de vie, INSEE-like): minutes to the nearest equipment of each theme, at home and abroad, the share of the basket's types whose nearest equipment is abroad (&lt;i&gt;dep_abroad&lt;/i&gt;), service poles and the basins around them;&lt;/li&gt;&lt;li&gt;&lt;b&gt;rings of dependence on services abroad&lt;/b&gt;: intensity rings on &lt;i&gt;dep_abroad&lt;/i&gt;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on those rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Leave the basket table empty to use the OpenStreetMap basket shipped with the plugin (amenity, shop, healthcare and railway values, as QuickOSM returns them); leave the road network empty for straight-line times (detour factor 1.3 at 50 km/h, said in the log). Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un bassin de vie tracé à partir des services du quotidien des deux côtés de la frontière, des points d’équipement jusqu’à un paquet à partager :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bassins de vie par les services&lt;/b&gt; (façon INSEE) : minutes jusqu’à l’équipement le plus proche de chaque thème, dans le pays et à l’étranger, part des types du panier dont l’équipement le plus proche est à l’étranger (&lt;i&gt;dep_abroad&lt;/i&gt;), pôles de services et bassins autour d’eux ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;couronnes de dépendance aux services de l’étranger&lt;/b&gt; : couronnes d’intensité sur &lt;i&gt;dep_abroad&lt;/i&gt; ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;croisement des propositions d’action&lt;/b&gt; avec ces couronnes (meilleur niveau, population touchée, synthèse par thème, lacunes) ;&lt;/li&gt;&lt;li&gt;un &lt;b&gt;GeoPackage&lt;/b&gt; avec chaque couche stylée et un projet inclus.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Laissez la table du panier vide pour utiliser le panier OpenStreetMap livré avec l’extension (valeurs amenity, shop, healthcare et railway, telles que QuickOSM les renvoie) ; laissez le réseau routier vide pour des temps en ligne droite (facteur de détour 1,3 à 50 km/h, indiqué dans le journal). Chaque sortie peut être conservée ou ignorée ; par défaut ce sont des couches temporaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="32"/>
        <source>&lt;p&gt;The whole chain of a cross-border living area, from official files to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Cross-border flow indicators&lt;/b&gt; per unit (outflow, inflow, share of employed residents working across the border);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Intensity rings&lt;/b&gt; on that share (strong core, middle and outer rings);&lt;/li&gt;&lt;li&gt;optionally, &lt;b&gt;rings of attraction&lt;/b&gt; around a pole, by AAV 2020-like rules, when pole units are given;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on the rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside, to share across the border.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Toute la chaîne d'un bassin de vie transfrontalier, des fichiers officiels au paquet à partager :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;indicateurs de flux transfrontaliers&lt;/b&gt; par unité (sortants, entrants, part des actifs occupés travaillant de l'autre côté) ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;couronnes d'intensité&lt;/b&gt; sur cette part (cœur fort, couronnes intermédiaire et extérieure) ;&lt;/li&gt;&lt;li&gt;au besoin, &lt;b&gt;anneaux d'attraction&lt;/b&gt; autour d'un pôle, selon des règles de type AAV 2020, quand des unités de pôle sont données ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;superposition des propositions d'action&lt;/b&gt; aux couronnes (meilleur niveau, population atteinte, synthèse par thème, manques) ;&lt;/li&gt;&lt;li&gt;un &lt;b&gt;GeoPackage&lt;/b&gt; avec chaque couche stylée et un projet intégré, à partager de part et d'autre de la frontière.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Chaque sortie peut être gardée ou ignorée ; par défaut, ce sont des couches temporaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="47"/>
        <source>Action proposals</source>
        <translation>Propositions d'action</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="53"/>
        <source>Attraction rings asked for?</source>
        <translation>Anneaux d'attraction demandés ?</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="94"/>
        <source>Basket table (empty: OSM basket)</source>
        <translation>Table du panier (vide : panier OSM)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="43"/>
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="65"/>
        <source>Coverage gaps by theme</source>
        <translation>Zones non couvertes par thème</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="51"/>
        <source>Cross-border flow indicators</source>
        <translation>Indicateurs de flux transfrontaliers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="62"/>
        <source>Cross-border flow lines</source>
        <translation>Lignes de flux transfrontaliers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="99"/>
        <source>Dependence thresholds, % (ascending)</source>
        <translation>Seuils de dépendance, % (croissants)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="52"/>
        <source>Draw intensity rings</source>
        <translation>Dessiner les couronnes d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="44"/>
        <source>Employed residents field</source>
        <translation>Champ des actifs occupés</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="92"/>
        <source>Equipment (points or areas)</source>
        <translation>Équipements (points ou surfaces)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="93"/>
        <source>Equipment type field</source>
        <translation>Champ type d’équipement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="55"/>
        <source>Flow lines (flow map)</source>
        <translation>Lignes de flux (carte de flux)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="46"/>
        <source>Flows table (origin, destination, count, theme)</source>
        <translation>Table des flux (origine, destination, effectif, thème)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="66"/>
        <source>GeoPackage to share</source>
        <translation>GeoPackage à partager</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="59"/>
        <source>Intensity rings</source>
        <translation>Couronnes d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="48"/>
        <source>Intensity thresholds, % (ascending)</source>
        <translation>Seuils d'intensité, % (croissants)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="73"/>
        <source>Living area by services — full chain</source>
        <translation>Bassin de vie par les services — chaîne complète</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="30"/>
        <source>Living area — full chain</source>
        <translation>Bassin de vie — chaîne complète</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="102"/>
        <source>Living areas by services</source>
        <translation>Bassins de vie par les services</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="31"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="98"/>
        <source>OSM other_tags field</source>
        <translation>Champ other_tags d'OSM</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="56"/>
        <source>Overlay proposals on the rings</source>
        <translation>Superposer les propositions aux couronnes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="57"/>
        <source>Package styled layers</source>
        <translation>Empaqueter les couches stylées</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="50"/>
        <source>Pole units for attraction rings (empty: none)</source>
        <translation>Unités des pôles (vide : sans attraction)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="45"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="63"/>
        <source>Proposals with their rings</source>
        <translation>Propositions avec leurs couronnes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="49"/>
        <source>Reach of the proposals</source>
        <translation>Portée des propositions</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="60"/>
        <source>Rings of attraction</source>
        <translation>Anneaux d'attraction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="54"/>
        <source>Rings of attraction around a pole</source>
        <translation>Anneaux d'attraction autour d'un pôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="108"/>
        <source>Rings of dependence abroad</source>
        <translation>Couronnes de dépendance à l'étranger</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="103"/>
        <source>Rings of dependence on services abroad</source>
        <translation>Couronnes de dépendance aux services de l'étranger</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="97"/>
        <source>Road class field (OSM highway)</source>
        <translation>Champ de classe de route (OSM highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="95"/>
        <source>Road network (empty: straight lines)</source>
        <translation>Réseau routier (vide : lignes droites)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="96"/>
        <source>Road speed field (km/h)</source>
        <translation>Champ de vitesse des routes (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="107"/>
        <source>Service basins</source>
        <translation>Bassins de services</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="64"/>
        <source>Summary by theme and level</source>
        <translation>Synthèse par thème et niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="42"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="41"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unités (communes, des deux côtés de la frontière)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="58"/>
        <source>Units with cross-border indicators</source>
        <translation>Unités avec indicateurs transfrontaliers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="61"/>
        <source>Units with their attraction level</source>
        <translation>Unités avec leur niveau d'attraction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="106"/>
        <source>Units with times to services</source>
        <translation>Unités avec les temps d’accès aux services</translation>
    </message>
</context>
<context>
    <name>OverlayProposalsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="49"/>
        <source>Coverage gaps by theme</source>
        <translation>Zones non couvertes par thème</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="82"/>
        <source>Gaps: levels up to (1 = strong core only)</source>
        <translation>Zones non couvertes : niveaux jusqu'à</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="64"/>
        <source>Intensity rings</source>
        <translation>Couronnes d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="66"/>
        <source>Level field (1 = strongest)</source>
        <translation>Champ du niveau (1 = le plus fort)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="53"/>
        <source>Overlay proposals on the rings</source>
        <translation>Superposer les propositions aux couronnes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="72"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="60"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="47"/>
        <source>Proposals with overlay</source>
        <translation>Propositions avec superposition</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="78"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="75"/>
        <source>Reach: service distance around each proposal (metres)</source>
        <translation>Portée : distance de service (mètres)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="48"/>
        <source>Summary by theme and level</source>
        <translation>Synthèse par thème et niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="111"/>
        <source>The proposals layer is empty: the summary holds zeros and the gaps are the whole core.</source>
        <translation>La couche des propositions est vide : la synthèse ne contient que des zéros et les zones non couvertes sont le cœur entier.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="62"/>
        <source>Theme field</source>
        <translation>Champ du thème</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="69"/>
        <source>Units (for the population reached)</source>
        <translation>Unités (pour la population atteinte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="127"/>
        <source>Unknown theme values kept as they are: {v}.</source>
        <translation>Valeurs de thème inconnues conservées telles quelles : {v}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="101"/>
        <source>a population field needs a units layer</source>
        <translation>un champ de population nécessite une couche d'unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="89"/>
        <source>choose a proposals layer</source>
        <translation>choisissez une couche de propositions</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="92"/>
        <source>choose a rings layer</source>
        <translation>choisissez une couche de couronnes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="143"/>
        <source>no ring with a level</source>
        <translation>aucune couronne n'a de niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="56"/>
        <source>proposals,overlay,rings,coverage,gaps,population,reach</source>
        <translation>propositions,superposition,couronnes,couverture,lacunes,population,portée</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="130"/>
        <source>{n} negative reach values were taken as 0.</source>
        <translation>{n} portées négatives ont été ramenées à 0.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="183"/>
        <source>{n} proposals had an invalid geometry: repaired.</source>
        <translation>{n} propositions avaient une géométrie invalide : réparées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="123"/>
        <source>{n} proposals overlaid on {k} levels; {o} outside every ring (kept, best_level NULL).</source>
        <translation>{n} propositions superposées à {k} niveaux ; {o} hors de toute couronne (conservées, best_level NULL).</translation>
    </message>
</context>
<context>
    <name>PackageLayersAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="72"/>
        <source>Also store a QGIS project inside the GeoPackage</source>
        <translation>Enregistrer aussi un projet QGIS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="76"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Appliquer les styles de l'extension</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="70"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="70"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="84"/>
        <source>Language of the shared project</source>
        <translation>Langue du projet partagé</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="68"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="87"/>
        <source>Layers written</source>
        <translation>Couches écrites</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="109"/>
        <source>Names, groups, legends and form in: {lang}.</source>
        <translation>Noms, groupes, légendes et formulaire en : {lang}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="80"/>
        <source>Or: PostgreSQL connection (PostGIS)</source>
        <translation>Ou : connexion PostgreSQL (PostGIS)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="61"/>
        <source>Package styled layers for colleagues</source>
        <translation>Empaqueter les couches stylées pour les partenaires</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="82"/>
        <source>PostGIS schema</source>
        <translation>Schéma PostGIS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="136"/>
        <source>Project '{n}' stored in the GeoPackage.</source>
        <translation>Projet « {n} » enregistré dans le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="74"/>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="86"/>
        <source>Project stored in the GeoPackage</source>
        <translation>Projet enregistré dans le GeoPackage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="85"/>
        <source>QGIS's language</source>
        <translation>Langue de QGIS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="78"/>
        <source>Replace layers of the same name</source>
        <translation>Remplacer les couches de même nom</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="164"/>
        <source>cannot connect: {e}</source>
        <translation>connexion impossible : {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="116"/>
        <source>choose a GeoPackage file, or a PostgreSQL connection</source>
        <translation>choisissez un fichier GeoPackage ou une connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="92"/>
        <source>choose at least one layer</source>
        <translation>choisissez au moins une couche</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="159"/>
        <source>no PostgreSQL connection named '{n}'</source>
        <translation>aucune connexion PostgreSQL nommée « {n} »</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="64"/>
        <source>package,geopackage,postgis,share,style,project,export</source>
        <translation>paquet,geopackage,postgis,partage,style,projet,export</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="118"/>
        <source>the file name must end with .gpkg</source>
        <translation>le nom du fichier doit se terminer par .gpkg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="168"/>
        <source>these tables already exist in {s}: {t}; tick 'overwrite' to replace them</source>
        <translation>ces tables existent déjà dans {s} : {t} ; cochez « remplacer » pour les remplacer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="176"/>
        <source>{layer} → {schema}.{table}, style saved in layer_styles</source>
        <translation>{layer} → {schema}.{table}, style enregistré dans layer_styles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="126"/>
        <source>{layer} → {table}, style saved as the default style</source>
        <translation>{layer} → {table}, style enregistré comme style par défaut</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="102"/>
        <source>{n} layers given the plugin's style.</source>
        <translation>{n} couches ont reçu le style de l'extension.</translation>
    </message>
</context>
<context>
    <name>PotentialRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="78"/>
        <source>Beta (shape of the function)</source>
        <translation>Bêta (forme de la fonction)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="80"/>
        <source>Cell size (metres)</source>
        <translation>Taille des cellules (mètres)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="69"/>
        <source>Denominator field (e.g. employed residents)</source>
        <translation>Champ du dénominateur (p. ex. actifs)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Exponential</source>
        <translation>Exponentielle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="212"/>
        <source>FFT convolution of bilinearly spread masses</source>
        <translation>convolution par FFT des masses réparties bilinéairement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="217"/>
        <source>FFT error against the exact sum on 400 sampled cells: 95th percentile {a:.3%}, maximum {b:.3%}.</source>
        <translation>Erreur de la FFT par rapport à la somme exacte sur 400 cellules tirées : 95e centile {a:.3%}, maximum {b:.3%}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="89"/>
        <source>Grid extent (without a mask)</source>
        <translation>Emprise de la grille (sans masque)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Interaction function</source>
        <translation>Fonction d'interaction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="87"/>
        <source>Mask (study area)</source>
        <translation>Masque (zone d'étude)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="193"/>
        <source>No mask: the grid reaches {d:.0f} m beyond the units, where the kernel falls to 1 % of its peak (at most 10 spans).</source>
        <translation>Pas de masque : la grille s'étend à {d:.0f} m au-delà des unités, là où le noyau tombe à 1 % de son maximum (10 portées au plus).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="66"/>
        <source>Numerator field (e.g. cross-border workers)</source>
        <translation>Champ du numérateur (p. ex. travailleurs frontaliers)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="56"/>
        <source>Smoothed intensity rings (potential)</source>
        <translation>Couronnes d'intensité lissées (potentiel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="53"/>
        <source>Smoothed rings</source>
        <translation>Couronnes lissées</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="93"/>
        <source>Smoothed surface (GeoTIFF)</source>
        <translation>Surface lissée (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="75"/>
        <source>Span: distance of weight 0.5 (metres)</source>
        <translation>Portée : distance du poids 0,5 (mètres)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="84"/>
        <source>Spread each polygon's mass over its area</source>
        <translation>Répartir la masse sur la surface des polygones</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="220"/>
        <source>The cells are coarse for this span: choose cells of {r:g} m or less for an error under 0.5 %.</source>
        <translation>Les cellules sont grossières pour cette portée : choisissez des cellules de {r:g} m ou moins pour une erreur sous 0,5 %.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="82"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Seuils (croissants, séparés par « ; »)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="63"/>
        <source>Units (polygons or points)</source>
        <translation>Unités (polygones ou points)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="203"/>
        <source>a {nx} × {ny} grid needs about {need:.1f} GB and {t:.0f} s (limits {lim:.1f} GB, {mt:.0f} s, {cells:,} cells); choose cells of {fit:g} m or more</source>
        <translation>une grille de {nx} × {ny} demande environ {need:.1f} Go et {t:.0f} s (limites {lim:.1f} Go, {mt:.0f} s, {cells:,} cellules) ; choisissez des cellules de {fit:g} m ou plus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="146"/>
        <source>choose a layer of units</source>
        <translation>choisissez une couche d'unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="112"/>
        <source>every denominator is 0: choose another field</source>
        <translation>tous les dénominateurs valent 0 : choisissez un autre champ</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact direct summation</source>
        <translation>sommation directe exacte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact separable summation</source>
        <translation>sommation séparable exacte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="160"/>
        <source>must be greater than 0 (metres), e.g. 1000</source>
        <translation>doit être supérieur à 0 (mètres), p. ex. 1000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="158"/>
        <source>must be greater than 0 (metres), e.g. 10000</source>
        <translation>doit être supérieur à 0 (mètres), p. ex. 10000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="159"/>
        <source>must be greater than 0, e.g. 2</source>
        <translation>doit être supérieur à 0, p. ex. 2</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="110"/>
        <source>no unit with a geometry and a numeric value</source>
        <translation>aucune unité n'a de géométrie et de valeur numérique</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="59"/>
        <source>potential,stewart,smoothing,kernel,rings,share,magrit</source>
        <translation>potentiel,stewart,lissage,noyau,couronnes,part,magrit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="188"/>
        <source>the extent is empty</source>
        <translation>l'emprise est vide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="169"/>
        <source>the folder {f} does not exist</source>
        <translation>le dossier {f} n'existe pas</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="181"/>
        <source>the mask has no polygon</source>
        <translation>le masque n'a aucun polygone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="149"/>
        <source>the units must be polygons or points</source>
        <translation>les unités doivent être des polygones ou des points</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="139"/>
        <source>{k} units used, {g} without geometry dropped, {r} repaired.</source>
        <translation>{k} unités utilisées, {g} sans géométrie écartées, {r} réparées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="116"/>
        <source>{n} points, grid {nx} × {ny} cells of {r:g} m, {f} (span {s:g} m, beta {b:g}), {m}, about {mem:.0f} MB and {t:.0f} s.</source>
        <translation>{n} points, grille de {nx} × {ny} cellules de {r:g} m, {f} (portée {s:g} m, bêta {b:g}), {m}, environ {mem:.0f} Mo et {t:.0f} s.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="138"/>
        <source>{n} units with a NULL value were left out.</source>
        <translation>{n} unités à valeur NULL ont été écartées.</translation>
    </message>
</context>
<context>
    <name>ProposalSchema</name>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="20"/>
        <source>Access to public services</source>
        <translation>Accès aux services publics</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="31"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="21"/>
        <source>Employment and training</source>
        <translation>Emploi et formation</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="30"/>
        <source>Funded</source>
        <translation>Financée</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="18"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="28"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="19"/>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="22"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="29"/>
        <source>Studied</source>
        <translation>Étudiée</translation>
    </message>
</context>
<context>
    <name>ProposalStyle</name>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="100"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Best level reached</source>
        <translation>Meilleur niveau atteint</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="89"/>
        <source>Choose a theme…</source>
        <translation>Choisir un thème…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Cost (EUR)</source>
        <translation>Coût (EUR)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Horizon (year)</source>
        <translation>Horizon (année)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Lead actor</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Population reached</source>
        <translation>Population atteinte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Service distance (m)</source>
        <translation>Distance de service (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="136"/>
        <source>Service distance used (m)</source>
        <translation>Distance de service utilisée (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="139"/>
        <source>Share in level {k}</source>
        <translation>Part dans le niveau {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Status</source>
        <translation>État d'avancement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="103"/>
        <source>The cost cannot be negative.</source>
        <translation>Le coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="102"/>
        <source>The horizon is a year between 2000 and 2100.</source>
        <translation>L'horizon est une année entre 2000 et 2100.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="104"/>
        <source>The service distance cannot be negative.</source>
        <translation>La distance de service ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>ProposalsLayerAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="76"/>
        <source> (the other layers of the file are kept)</source>
        <translation> (les autres couches du fichier sont conservées)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="86"/>
        <source>'{c}' is not a valid coordinate reference system</source>
        <translation>'{c}' n'est pas un système de coordonnées valide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="44"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="35"/>
        <source>Create an action-proposals layer</source>
        <translation>Créer une couche de propositions d'action</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="74"/>
        <source>Created the layer '{n}' in {p} with the proposals form and theme symbols as its default style{kept}.</source>
        <translation>Couche '{n}' créée dans {p} avec le formulaire des propositions et les symboles des thèmes comme style par défaut{kept}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="88"/>
        <source>No CRS given: EPSG:3035 (ETRS89-LAEA Europe).</source>
        <translation>Aucun SCR donné : EPSG:3035 (ETRS89-LAEA Europe).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Polygons</source>
        <translation>Polygones</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="48"/>
        <source>Proposals layer (GeoPackage)</source>
        <translation>Couche des propositions (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="46"/>
        <source>Replace an existing 'proposals' layer</source>
        <translation>Remplacer une couche 'proposals' existante</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="38"/>
        <source>proposals,actions,projects,form,template,health,mobility</source>
        <translation>propositions,actions,projets,formulaire,modèle,santé,mobilité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="55"/>
        <source>the layer must be saved to a GeoPackage file (.gpkg) so that its forms and style travel with it</source>
        <translation>la couche doit être enregistrée dans un GeoPackage (.gpkg) pour que ses formulaires et son style l'accompagnent</translation>
    </message>
</context>
<context>
    <name>RoadNetwork</name>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="74"/>
        <source>Default speed (km/h)</source>
        <translation>Vitesse par défaut (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="83"/>
        <source>Direction field (one-way streets)</source>
        <translation>Champ du sens de circulation (sens uniques)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="214"/>
        <source>Graph: {n} nodes, {e} directed edges ({s} lines without speed skipped, {d} unknown direction values taken as both ways).</source>
        <translation>Graphe : {n} nœuds, {e} arcs orientés ({s} lignes sans vitesse ignorées, {d} valeurs de sens inconnues traitées comme double sens).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="199"/>
        <source>Graph: {n} nodes, {e} directed edges.</source>
        <translation>Graphe : {n} nœuds, {e} arcs orientés.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="263"/>
        <source>Left out for cars: {r}.</source>
        <translation>Écartés pour la voiture : {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="103"/>
        <source>OSM other_tags field</source>
        <translation>Champ other_tags d'OSM</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="276"/>
        <source>One-way: {f} in the digitising direction, {b} reversed, {t} both ways.</source>
        <translation>Sens unique : {f} dans le sens de numérisation, {b} inversés, {t} à double sens.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="185"/>
        <source>Reading the network…</source>
        <translation>Lecture du réseau…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="101"/>
        <source>Road class field (OpenStreetMap highway)</source>
        <translation>Champ de classe de route (highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="70"/>
        <source>Road network (lines)</source>
        <translation>Réseau routier (lignes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="94"/>
        <source>Snapping tolerance to the network (metres)</source>
        <translation>Tolérance d'accrochage au réseau (mètres)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="72"/>
        <source>Speed field (km/h)</source>
        <translation>Champ de vitesse (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="105"/>
        <source>Speed table by road class (CSV)</source>
        <translation>Table des vitesses par classe de route (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="264"/>
        <source>Speeds: {m} from maxspeed, the others from their road class.</source>
        <translation>Vitesses : {m} d'après maxspeed, les autres d'après leur classe de route.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="89"/>
        <source>Value for both directions</source>
        <translation>Valeur pour les deux sens</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="85"/>
        <source>Value for the digitising direction only</source>
        <translation>Valeur pour le sens de numérisation seul</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="87"/>
        <source>Value for the reverse direction only</source>
        <translation>Valeur pour le sens inverse seul</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="170"/>
        <source>cannot read the file: {e}</source>
        <translation>impossible de lire le fichier : {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="140"/>
        <source>choose a line layer</source>
        <translation>choisissez une couche de lignes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="172"/>
        <source>each line must be class;speed_kmh with a number ({e})</source>
        <translation>chaque ligne doit être classe;vitesse_kmh avec un nombre ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="246"/>
        <source>every line was left out for cars ({r}): check the road class field and the access tags</source>
        <translation>toutes les lignes ont été écartées pour la voiture ({r}) : vérifiez le champ de classe de route et les tags d'accès</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="150"/>
        <source>no speed: choose a speed field or a road class field, or give a default speed greater than 0</source>
        <translation>pas de vitesse : choisissez un champ de vitesse ou de classe de route, ou donnez une vitesse par défaut supérieure à 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="178"/>
        <source>speeds must be greater than 0: {c}</source>
        <translation>les vitesses doivent être supérieures à 0 : {c}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="175"/>
        <source>the file has no class;speed_kmh line</source>
        <translation>le fichier n'a aucune ligne classe;vitesse_kmh</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="209"/>
        <source>the network has no usable line</source>
        <translation>le réseau n'a aucune ligne utilisable</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="260"/>
        <source>{n} line parts read, {k} kept for cars, {x} left out.</source>
        <translation>{n} parties de lignes lues, {k} gardées pour la voiture, {x} écartées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="267"/>
        <source>{n} lines have a class missing from the speed table: the default speed was used for them ({c}).</source>
        <translation>{n} lignes ont une classe absente de la table des vitesses : la vitesse par défaut leur a été appliquée ({c}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="218"/>
        <source>{n} lines have a speed of 0: they are not travelled (closed roads?).</source>
        <translation>{n} lignes ont une vitesse nulle : elles ne sont pas parcourues (routes fermées ?).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="272"/>
        <source>{n} maxspeed values could not be read: their class speed was used.</source>
        <translation>{n} valeurs maxspeed illisibles : la vitesse de leur classe a été utilisée.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="221"/>
        <source>{n} speed values hold no number: the default speed was used for them.</source>
        <translation>{n} valeurs de vitesse ne contiennent aucun nombre : la vitesse par défaut a été utilisée.</translation>
    </message>
</context>
<context>
    <name>ServiceBasinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="85"/>
        <source>Basket (CSV type;theme;basket)</source>
        <translation>Panier (CSV type;theme;basket)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="101"/>
        <source>Basket as a layer or table</source>
        <translation>Panier en couche ou table</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="185"/>
        <source>Basket from the table: {k} types in {t} themes.</source>
        <translation>Panier lu dans la table : {k} types en {t} thèmes.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="73"/>
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="77"/>
        <source>Equipment (points or areas)</source>
        <translation>Équipements (points ou surfaces)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="82"/>
        <source>Equipment country field</source>
        <translation>Champ pays des équipements</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="230"/>
        <source>Equipment given as areas: each counts at a point inside it (point on surface).</source>
        <translation>Équipements donnés en surfaces : chacun compte en un point intérieur (point sur la surface).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="80"/>
        <source>Equipment type field</source>
        <translation>Champ type d’équipement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="61"/>
        <source>Living areas by services (bassins de vie, INSEE-like)</source>
        <translation>Bassins de vie par les services (façon INSEE)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="252"/>
        <source>No network: times from the straight-line distance x {d:g} (detour factor) at {s:g} km/h.</source>
        <translation>Pas de réseau : temps d’après la distance à vol d’oiseau x {d:g} (facteur de détour) à {s:g} km/h.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="75"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="57"/>
        <source>Service basins</source>
        <translation>Bassins de services</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="88"/>
        <source>Service pole: share of the basket's types held (%)</source>
        <translation>Pôle de services : part des types du panier présents (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="71"/>
        <source>Unit identifier field</source>
        <translation>Champ identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="69"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unités (communes, des deux côtés de la frontière)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="56"/>
        <source>Units with times to services</source>
        <translation>Unités avec les temps d’accès aux services</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="93"/>
        <source>Without a network: detour factor over the straight line</source>
        <translation>Sans réseau : facteur de détour sur la ligne droite</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="96"/>
        <source>Without a network: speed (km/h)</source>
        <translation>Sans réseau : vitesse (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="147"/>
        <source>choose a point or polygon layer of equipment</source>
        <translation>choisissez une couche de points ou de polygones d’équipements</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="144"/>
        <source>choose a polygon layer of units</source>
        <translation>choisissez une couche de polygones des unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="156"/>
        <source>choose the field that holds the equipment type</source>
        <translation>choisissez le champ qui contient le type d’équipement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="154"/>
        <source>choose the field that identifies the units</source>
        <translation>choisissez le champ qui identifie les unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="64"/>
        <source>services,equipment,bassin de vie,BPE,OSM,amenity,health,cross-border,pole</source>
        <translation>services,équipements,bassin de vie,BPE,OSM,amenity,santé,transfrontalier,pôle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="177"/>
        <source>the basket table needs the fields type and theme (and optionally basket); found: {f}</source>
        <translation>la table du panier doit avoir les champs type et theme (et au besoin basket) ; trouvés : {f}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="193"/>
        <source>the layer has no usable polygon</source>
        <translation>la couche n'a aucun polygone utilisable</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="219"/>
        <source>{n} basket types have no equipment point and are left out of the pole share: {t}</source>
        <translation>{n} types du panier n’ont aucun point d’équipement et sont exclus de la part du pôle : {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="215"/>
        <source>{n} equipment points have a type outside the basket and were not counted: {t}</source>
        <translation>{n} points d’équipement ont un type hors du panier et n’ont pas été comptés : {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="243"/>
        <source>{n} equipment points have no country (no value in the equipment's country field, or not in a unit with a country): they count for the time to the nearest, neither at home nor abroad.</source>
        <translation>{n} points d’équipement n’ont pas de pays (pas de valeur dans le champ pays des équipements, ou hors de toute unité ayant un pays) : ils comptent pour le temps jusqu’au plus proche, ni dans le pays ni à l’étranger.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="239"/>
        <source>{n} equipment points of the basket, {o} of them outside every unit (they count for times, not for holdings).</source>
        <translation>{n} points d’équipement du panier, dont {o} hors de toute unité (ils comptent pour les temps, pas pour la possession).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="199"/>
        <source>{n} units have no country: home and abroad are undefined for them, their home/abroad/gain fields and dep_abroad are NULL.</source>
        <translation>{n} unités n’ont pas de pays : pays et étranger n’y sont pas définis, leurs champs home/abroad/gain et dep_abroad sont NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="130"/>
        <source>{p} service poles (at least {s:g} % of the {k} basket types present); {z} units in a zone, {n} in none; {d} detached by contiguity, {f} enclaves filled.</source>
        <translation>{p} pôles de services (au moins {s:g} % des {k} types du panier présents) ; {z} unités dans une zone, {n} dans aucune ; {d} détachées par la contiguïté, {f} enclaves comblées.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="263"/>
        <source>{u} units and {e} equipment points are farther than {s:g} m (SNAP_TOLERANCE) from the network: left out (NULL times).</source>
        <translation>{u} unités et {e} points d’équipement sont à plus de {s:g} m (SNAP_TOLERANCE) du réseau : laissés de côté (temps NULL).</translation>
    </message>
</context>
<context>
    <name>Styling</name>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Access rings</source>
        <translation>Couronnes d'accessibilité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Action proposals</source>
        <translation>Propositions d'action</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="422"/>
        <source>Action proposals (areas)</source>
        <translation>Propositions d'action (surfaces)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="420"/>
        <source>Action proposals (lines)</source>
        <translation>Propositions d'action (lignes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Agree</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Attraction</source>
        <translation>Attraction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Attraction area</source>
        <translation>Aire d'attraction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="194"/>
        <source>Attraction level {k}</source>
        <translation>Attraction, niveau {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Border and poles</source>
        <translation>Frontière et pôles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Commuter flows</source>
        <translation>Flux domicile-travail</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Coverage gaps by theme</source>
        <translation>Zones non couvertes par thème</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Cross-border</source>
        <translation>Transfrontalier</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Cross-border indicators</source>
        <translation>Indicateurs transfrontaliers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="384"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="133"/>
        <source>Dependence abroad (%)</source>
        <translation>Dépendance à l’étranger (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Domestic</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Intensity levels</source>
        <translation>Niveaux d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Intensity rings</source>
        <translation>Couronnes d'intensité</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="38"/>
        <source>Middle ring</source>
        <translation>Couronne intermédiaire</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>National border</source>
        <translation>Frontière nationale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="259"/>
        <source>Not reached within the bands</source>
        <translation>Non atteintes dans les tranches</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Only official</source>
        <translation>Officiel seulement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Only ours</source>
        <translation>Nous seulement</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Other zone</source>
        <translation>Autre zone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="36"/>
        <source>Outer ring</source>
        <translation>Couronne externe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="86"/>
        <source>Outside both</source>
        <translation>Hors des deux</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Pole and couronne</source>
        <translation>Pôle et couronne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Poles</source>
        <translation>Pôles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="39"/>
        <source>Ring {k}</source>
        <translation>Couronne {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Rings</source>
        <translation>Couronnes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="416"/>
        <source>Rings of attraction</source>
        <translation>Anneaux d'attraction</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Seen by one side only</source>
        <translation>Vu d'un seul côté</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Service basins</source>
        <translation>Bassins de services</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="447"/>
        <source>Share working across the border (%)</source>
        <translation>Part travaillant de l'autre côté de la frontière (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides agree</source>
        <translation>Les deux côtés concordent</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides differ</source>
        <translation>Les deux côtés diffèrent</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Small counts (under 200)</source>
        <translation>Petits effectifs (moins de 200)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="411"/>
        <source>Smoothed rings</source>
        <translation>Couronnes lissées</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="418"/>
        <source>Smoothed surface</source>
        <translation>Surface lissée</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="34"/>
        <source>Strong core</source>
        <translation>Cœur fort</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="140"/>
        <source>Time to {theme} (min)</source>
        <translation>Temps d’accès : {theme} (min)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Times to services</source>
        <translation>Temps d’accès aux services</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Travel time to the poles</source>
        <translation>Temps de trajet jusqu'aux pôles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Zoning comparison</source>
        <translation>Comparaison des zonages</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="109"/>
        <source>{low:g} %</source>
        <translation>{low:g} %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="109"/>
        <source>{low:g} – {high:g} %</source>
        <translation>{low:g} – {high:g} %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="110"/>
        <source>{low:g} – {high:g} min</source>
        <translation>{low:g} – {high:g} min</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="267"/>
        <source>{low} – {high} min</source>
        <translation>{low} – {high} min</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="235"/>
        <source>≤ {m:g} min</source>
        <translation>≤ {m:g} min</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="110"/>
        <source>≥ {low:g} min</source>
        <translation>≥ {low:g} min</translation>
    </message>
</context>
</TS>
