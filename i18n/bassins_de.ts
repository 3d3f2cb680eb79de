<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="304"/>
        <source>'{v}' is neither a number of minutes nor 'closed'</source>
        <translation>'{v}' ist weder eine Minutenzahl noch 'closed'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="64"/>
        <source>Access rings</source>
        <translation>Erreichbarkeitsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="68"/>
        <source>Access rings (travel time)</source>
        <translation>Erreichbarkeitsringe (Fahrzeit)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="103"/>
        <source>Border crossing points (customs, bridges)</source>
        <translation>Grenzübergänge (Zoll, Brücken)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="98"/>
        <source>Border penalty without crossing points</source>
        <translation>Grenzzuschlag ohne Grenzübergänge</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="88"/>
        <source>Border-crossing penalty (minutes)</source>
        <translation>Zuschlag für den Grenzübertritt (Minuten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="289"/>
        <source>Border: {c} crossing points ({x} closed); {e} of the {b} border edges pay a crossing's delay, the others are free.</source>
        <translation>Grenze: {c} Grenzübergänge ({x} geschlossen); {e} der {b} Grenzkanten zahlen die Wartezeit eines Übergangs, die anderen sind frei.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="257"/>
        <source>Border: {m:g} minutes on every crossing of the border (each edge joining two countries).</source>
        <translation>Grenze: {m:g} Minuten bei jedem Grenzübertritt (jede Kante zwischen zwei Ländern).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="261"/>
        <source>Border: {m:g} minutes once per trip, when the unit's country differs from the pole's.</source>
        <translation>Grenze: {m:g} Minuten einmal pro Fahrt, wenn das Land der Einheit nicht das des Pols ist.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="279"/>
        <source>CROSSINGS: without units with a country (UNITS, COUNTRY) the network has no border: the crossing points are not used.</source>
        <translation>CROSSINGS: ohne Einheiten mit Land (UNITS, COUNTRY) hat das Netz keine Grenze: die Grenzübergänge werden nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="86"/>
        <source>Country field of the units</source>
        <translation>Feld des Landes der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="106"/>
        <source>Delay field of the crossings (minutes)</source>
        <translation>Feld der Wartezeit der Übergänge (Minuten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="94"/>
        <source>Direction of travel</source>
        <translation>Fahrtrichtung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="96"/>
        <source>From the poles to the units (isochrones)</source>
        <translation>Von den Polen zu den Einheiten (Isochronen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="95"/>
        <source>From the units to the poles</source>
        <translation>Von den Einheiten zu den Polen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="100"/>
        <source>On every crossing of the border</source>
        <translation>Bei jedem Grenzübertritt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="99"/>
        <source>Once per trip to the other country</source>
        <translation>Einmal pro Fahrt ins andere Land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="78"/>
        <source>Pole identifier field</source>
        <translation>Feld der Pol-Kennung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="76"/>
        <source>Poles (points)</source>
        <translation>Pole (Punkte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="109"/>
        <source>Radius of a crossing point (metres)</source>
        <translation>Radius eines Grenzübergangs (Meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="125"/>
        <source>Shortest paths from {n} poles in one run…</source>
        <translation>Kürzeste Wege von {n} Polen in einem Durchlauf…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="254"/>
        <source>The border penalty needs units with a country field (UNITS, COUNTRY): it was not applied.</source>
        <translation>Der Grenzzuschlag braucht Einheiten mit Länderfeld (UNITS, COUNTRY): er wurde nicht angewandt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="84"/>
        <source>Time bands (minutes, ascending)</source>
        <translation>Zeitbänder (Minuten, aufsteigend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="82"/>
        <source>Unit identifier field</source>
        <translation>Feld der Kennung der Einheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="80"/>
        <source>Units (polygons)</source>
        <translation>Einheiten (Polygone)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="63"/>
        <source>Units with travel times</source>
        <translation>Einheiten mit Fahrzeiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="151"/>
        <source>choose a point layer</source>
        <translation>wählen Sie einen Punktlayer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="171"/>
        <source>minutes must be greater than 0</source>
        <translation>die Minuten müssen größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="234"/>
        <source>no pole lies within the snapping tolerance of the network; increase SNAP_TOLERANCE</source>
        <translation>kein Pol liegt innerhalb der Fangtoleranz des Netzes; erhöhen Sie SNAP_TOLERANCE</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="195"/>
        <source>the crossings must be points (e.g. Centroids of the customs posts or bridges)</source>
        <translation>die Grenzübergänge müssen Punkte sein (z. B. Schwerpunkte der Zollposten oder Brücken)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="159"/>
        <source>the layer is empty: add at least one pole</source>
        <translation>der Layer ist leer: mindestens einen Pol hinzufügen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="153"/>
        <source>the poles must be points (e.g. Centroids of a polygon layer)</source>
        <translation>die Pole müssen Punkte sein (z. B. Schwerpunkte eines Polygonlayers)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="157"/>
        <source>the units must be polygons</source>
        <translation>die Einheiten müssen Polygone sein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="71"/>
        <source>travel time,isochrone,network,road,access,border,penalty,pole</source>
        <translation>Fahrzeit,Isochrone,Netz,Straße,Erreichbarkeit,Grenze,Zuschlag,Pol</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="129"/>
        <source>{c} parts of the network ({n} nodes) are not connected to any pole and were left unreached.</source>
        <translation>{c} Teile des Netzes ({n} Knoten) sind mit keinem Pol verbunden und bleiben unerreicht.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="285"/>
        <source>{n} crossing points lie farther than {r:g} m (CROSSING_RADIUS) from every edge joining two countries: they charge nothing (feature ids {ids}).</source>
        <translation>{n} Grenzübergänge liegen weiter als {r:g} m (CROSSING_RADIUS) von jeder Kante zwischen zwei Ländern: sie kosten nichts (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="230"/>
        <source>{n} poles are farther than {s:g} m from the network and were left out: {ids}</source>
        <translation>{n} Pole liegen weiter als {s:g} m vom Netz entfernt und wurden ausgelassen: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="333"/>
        <source>{n} units are farther than {s:g} m (SNAP_TOLERANCE) from every network line: their time is NULL.</source>
        <translation>{n} Einheiten liegen weiter als {s:g} m (SNAP_TOLERANCE) von jeder Netzlinie: ihre Zeit ist NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="336"/>
        <source>{n} units are on parts of the network no pole reaches: their time is NULL.</source>
        <translation>{n} Einheiten liegen auf Netzteilen, die kein Pol erreicht: ihre Zeit ist NULL.</translation>
    </message>
</context>
<context>
    <name>AttractionRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>AAV 2020-like (INSEE, 15 %, no enclave)</source>
        <translation>AAV-2020-ähnlich (INSEE, 15 %, ohne Enklaven)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="106"/>
        <source>Associate poles (15 % rule)</source>
        <translation>Pole verbinden (15-%-Regel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="187"/>
        <source>Associated poles: {a} sends {s:.1f} % of its employed residents to {b}; one core named {n}.</source>
        <translation>Verbundene Pole: {a} schickt {s:.1f} % seiner Erwerbstätigen nach {b}; ein Kern namens {n}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>By the rules (on for AAV-like and FUA-like)</source>
        <translation>Nach den Regeln (ja für AAV-artig und FUA-artig)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="80"/>
        <source>Country field</source>
        <translation>Feld des Landes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>Custom (the parameters below)</source>
        <translation>Benutzerdefiniert (Parameter unten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="78"/>
        <source>Employed residents field</source>
        <translation>Feld der Erwerbstätigen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="243"/>
        <source>Enclaves filled per area: {p}; {b} units enclosed only by several areas together left out (between areas).</source>
        <translation>Enklaven je Gebiet aufgefüllt: {p}; {b} nur von mehreren Gebieten gemeinsam umschlossene Einheiten bleiben draußen (zwischen Gebieten).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>FUA-like (EU-OECD, 15 %)</source>
        <translation>FUA-ähnlich (EU-OECD, 15 %)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="96"/>
        <source>Fill enclaves</source>
        <translation>Enklaven füllen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="69"/>
        <source>Geneva 25 % (cross-border observatory)</source>
        <translation>Genf 25 % (statistisches Observatorium)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="98"/>
        <source>Iterative (the target grows with attracted units)</source>
        <translation>Iterativ (Ziel wächst mit den Einheiten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="94"/>
        <source>Keep only units connected to the pole</source>
        <translation>Nur mit dem Pol verbundene Einheiten behalten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="252"/>
        <source>No unit other than the poles reaches the lowest threshold.</source>
        <translation>Keine Einheit außer den Polen erreicht den niedrigsten Schwellenwert.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="87"/>
        <source>Or pole field (the pole's name)</source>
        <translation>Oder Polfeld (Name des Pols)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="85"/>
        <source>Pole units (identifiers separated by ';')</source>
        <translation>Poleinheiten (Kennungen durch ';' getrennt)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="82"/>
        <source>Population field</source>
        <translation>Feld der Bevölkerung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="57"/>
        <source>Rings of attraction</source>
        <translation>Anziehungsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="61"/>
        <source>Rings of attraction around a pole</source>
        <translation>Anziehungsringe um einen Pol</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="90"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="168"/>
        <source>Rules: {s}.</source>
        <translation>Regeln: {s}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="100"/>
        <source>Snapping tolerance between units (m)</source>
        <translation>Fangtoleranz zwischen Einheiten (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="92"/>
        <source>Thresholds toward the pole (%, e.g. 15;25;40)</source>
        <translation>Schwellenwerte zum Pol (%, z. B. 15;25;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="76"/>
        <source>Unit identifier field</source>
        <translation>Feld der Kennung der Einheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="74"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Einheiten (Gemeinden beiderseits der Grenze)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="56"/>
        <source>Units with their attraction level</source>
        <translation>Einheiten mit ihrer Anziehungsstufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>ZAU 2010-like (INSEE, 40 %, iterative)</source>
        <translation>ZAU-2010-ähnlich (INSEE, 40 %, iterativ)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="64"/>
        <source>attraction,pole,AAV,ZAU,FUA,aire d'attraction,couronne,rings,cross-border</source>
        <translation>Anziehung,Pol,AAV,ZAU,FUA,aire d'attraction,Einzugsgebiet,Ringe,grenzüberschreitend</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="118"/>
        <source>choose a flows table or layer</source>
        <translation>wählen Sie eine Tabelle oder einen Layer der Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="116"/>
        <source>choose a polygon layer of units</source>
        <translation>wählen Sie einen Polygonlayer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="175"/>
        <source>give ascending percentages above 0, e.g. 15;25;40</source>
        <translation>aufsteigende Prozentwerte über 0 angeben, z. B. 15;25;40</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="205"/>
        <source>give the pole's unit identifiers, or a POLE_FIELD</source>
        <translation>die Kennungen der Poleinheiten oder ein POLE_FIELD angeben</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="200"/>
        <source>no unit has a value in this field</source>
        <translation>keine Einheit hat einen Wert in diesem Feld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="209"/>
        <source>no unit has the identifier(s) {ids}: give identifiers of the units layer</source>
        <translation>keine Einheit hat die Kennung(en) {ids}: Kennungen des Einheiten-Layers angeben</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="129"/>
        <source>the layer has no usable polygon</source>
        <translation>der Layer hat kein verwendbares Polygon</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="144"/>
        <source>{n} flow rows between units, {s} to or from places that are not units (not counted).</source>
        <translation>{n} Stromzeilen zwischen Einheiten, {s} von oder zu Orten, die keine Einheiten sind (nicht gezählt).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="246"/>
        <source>{n} neighbour pairs found within the snapping tolerance (slivers or gaps between layers).</source>
        <translation>{n} Nachbarpaare innerhalb der Fangtoleranz gefunden (Splitter oder Lücken zwischen Layern).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="249"/>
        <source>{n} units have no employed residents (NULL or 0): no share, level 0 unless enclosed.</source>
        <translation>{n} Einheiten haben keine Erwerbstätigen (NULL oder 0): kein Anteil, Stufe 0 außer als Enklave.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="238"/>
        <source>{p} pole units; units per level: {c}; {d} above a threshold but detached (dropped); {e} enclaves filled; {m} multipolarised.</source>
        <translation>{p} Poleinheiten; Einheiten je Stufe: {c}; {d} über einem Schwellenwert, aber abgetrennt (entfernt); {e} Enklaven gefüllt; {m} multipolarisiert.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="189"/>
        <source>{p} poles, {m} after association.</source>
        <translation>{p} Pole, {m} nach der Verbindung.</translation>
    </message>
</context>
<context>
    <name>BassinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="145"/>
        <source>Action proposals</source>
        <translation>Handlungsvorschläge</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="530"/>
        <source>Canceled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="295"/>
        <source>Count field</source>
        <translation>Feld der Anzahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="144"/>
        <source>Cross-border intensity</source>
        <translation>Grenzüberschreitende Intensität</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="143"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="293"/>
        <source>Destination field</source>
        <translation>Feld des Ziels</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="289"/>
        <source>Flows table</source>
        <translation>Stromtabelle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="291"/>
        <source>Origin field (unit of residence)</source>
        <translation>Feld der Herkunft (Wohngemeinde)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="146"/>
        <source>Sharing and maps</source>
        <translation>Teilen und Karten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="298"/>
        <source>Theme field (work, study, health…)</source>
        <translation>Feld des Themas (Arbeit, Studium…)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="322"/>
        <source>field '{f}' does not exist in the layer</source>
        <translation>das Feld „{f}“ existiert nicht im Layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="470"/>
        <source>field '{f}' holds text, not numbers: choose a numeric field (or convert it with the Field calculator, e.g. to_real(replace("{f}", ' ', '')))</source>
        <translation>das Feld '{f}' enthält Text, keine Zahlen: ein numerisches Feld wählen (oder es mit dem Feldrechner umwandeln, z. B. to_real(replace("{f}", ' ', '')))</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="228"/>
        <source>the file {f} is also the input {p}: writing there would destroy it; choose another file name</source>
        <translation>die Datei {f} ist auch die Eingabe {p}: dort zu schreiben würde sie zerstören; einen anderen Dateinamen wählen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="305"/>
        <source>{label} ({name}): {message}</source>
        <translation>{label} ({name}): {message}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="517"/>
        <source>{n} distinct ids with a leading zero (e.g. 01001) were matched to the French unit whose numeric id lacks it (1001).</source>
        <translation>{n} verschiedene Kennungen mit führender Null (z. B. 01001) wurden der französischen Einheit zugeordnet, deren numerische Kennung sie nicht hat (1001).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="522"/>
        <source>{n} distinct ids with a leading zero match no unit, although a unit has the same id without the zero (e.g. {a} and the unit {b}): they are not counted. If the unit ids lost their zeros, restore them with the Field calculator: {hint}.</source>
        <translation>{n} verschiedene Kennungen mit führender Null passen zu keiner Einheit, obwohl eine Einheit dieselbe Kennung ohne die Null trägt (z. B. {a} und die Einheit {b}): Sie werden nicht gezählt. Haben die Kennungen der Einheiten ihre Nullen verloren, stellen Sie sie mit dem Feldrechner wieder her: {hint}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="498"/>
        <source>{p}: the layer has no field '{d}', the field '{f}' is used.</source>
        <translation>{p}: Die Ebene hat kein Feld „{d}“, das Feld „{f}“ wird verwendet.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="458"/>
        <source>{p}: {r} invalid geometries repaired, {u} unrepairable left out.</source>
        <translation>{p}: {r} ungültige Geometrien repariert, {u} nicht reparierbare ausgelassen.</translation>
    </message>
</context>
<context>
    <name>BassinsPlugin</name>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="45"/>
        <source>Bassins de vie</source>
        <translation>Grenzüberschreitende Lebensräume</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="48"/>
        <source>Cross-border living-area tools</source>
        <translation>Werkzeuge für grenzüberschreitende Lebensräume</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="49"/>
        <source>Generate a demo territory…</source>
        <translation>Demo-Gebiet erzeugen…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="50"/>
        <source>Help</source>
        <translation>Hilfe</translation>
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
        <translation>Grenzlinien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="45"/>
        <source>Country field</source>
        <translation>Feld des Landes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="36"/>
        <source>National border lines</source>
        <translation>Staatsgrenzen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="99"/>
        <source>The countries' units do not meet (within the tolerance): no border line.</source>
        <translation>Die Einheiten der Länder berühren sich nicht (innerhalb der Toleranz): keine Grenzlinie.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="47"/>
        <source>Tolerance between the national layers</source>
        <translation>Toleranz zwischen den nationalen Layern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="43"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Einheiten (Gemeinden beiderseits der Grenze)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="39"/>
        <source>border,frontière,Grenze,confine,grens,country,line</source>
        <translation>Grenze,frontière,border,confine,grens,Land,Linie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="54"/>
        <source>choose a polygon layer of units</source>
        <translation>wählen Sie einen Polygonlayer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="78"/>
        <source>the units belong to {n} country: a border needs units of two countries or more</source>
        <translation>die Einheiten gehören zu {n} Land: eine Grenze braucht Einheiten von mindestens zwei Ländern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="96"/>
        <source>{a} – {b}: {km:.1f} km of border.</source>
        <translation>{a} – {b}: {km:.1f} km Grenze.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="71"/>
        <source>{n} units have no country and are left out, which leaves a hole in the border where they lie (feature ids: {ids}); fill the field '{f}'.</source>
        <translation>{n} Einheiten haben kein Land und werden ausgelassen; dort bleibt eine Lücke in der Grenze (Objekt-IDs: {ids}). Füllen Sie das Feld „{f}“.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="59"/>
        <source>{t:g} m is far wider than the slivers and gaps between two national layers (metres to a few hundred metres): give at most {m:g} m</source>
        <translation>{t:g} m ist viel breiter als die Spalten und Überlappungen zwischen zwei nationalen Layern (Meter bis einige hundert Meter): geben Sie höchstens {m:g} m an</translation>
    </message>
</context>
<context>
    <name>CompareSourcesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="44"/>
        <source>BFS,Statbel,GGS,frontaliers,cross-border,check,compare,census</source>
        <translation>BFS,Statbel,GGS,Grenzgänger,grenzüberschreitend,Prüfung,Vergleich,Volkszählung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="41"/>
        <source>Compare the French census with the foreign office's counts</source>
        <translation>Französische Volkszählung mit den Zahlen des ausländischen Amts vergleichen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="57"/>
        <source>Count field of the foreign office</source>
        <translation>Feld der Zahl des ausländischen Amts</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="60"/>
        <source>Flag differences beyond this share of the larger count</source>
        <translation>Abweichungen über diesem Anteil markieren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="53"/>
        <source>Foreign office's counts (e.g. importforeign output)</source>
        <translation>Zahlen des ausländischen Amts (importforeign)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="49"/>
        <source>French flows compared</source>
        <translation>Verglichene französische Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="50"/>
        <source>Inbound (to the foreign unit)</source>
        <translation>Eingehend (zur ausländischen Einheit)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="51"/>
        <source>Outbound (from the foreign unit)</source>
        <translation>Ausgehend (von der ausländischen Einheit)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="36"/>
        <source>Two-sided check</source>
        <translation>Beidseitige Prüfung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="37"/>
        <source>Two-sided check on the units (styled)</source>
        <translation>Beidseitige Prüfung auf den Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="55"/>
        <source>Unit identifier field of the counts</source>
        <translation>Feld der Einheitskennung der Zahlen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="66"/>
        <source>Unit identifier field of the units</source>
        <translation>Kennungsfeld der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="63"/>
        <source>Units to map the check on (optional)</source>
        <translation>Einheiten für die Karte der Prüfung (optional)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="121"/>
        <source>choose the field holding the unit identifiers</source>
        <translation>wählen Sie das Feld mit den Einheitskennungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="117"/>
        <source>choose the units to map the check on</source>
        <translation>wählen Sie die Einheiten für die Karte der Prüfung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="139"/>
        <source>{c}: French census {f:.1f}, foreign office {o:.1f}, difference {d:.1f}.</source>
        <translation>{c}: französische Volkszählung {f:.1f}, ausländisches Amt {o:.1f}, Differenz {d:.1f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="141"/>
        <source>{n} units compared, {k} differ by more than {s:.0f} %, {low} with a count under {m:.0f} (low_count = true)</source>
        <translation>{n} Einheiten verglichen, {k} weichen um mehr als {s:.0f} % ab, {low} mit einer Zahl unter {m:.0f} (low_count = wahr)</translation>
    </message>
</context>
<context>
    <name>CompareZoningsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="59"/>
        <source>Agreement per zone</source>
        <translation>Übereinstimmung je Zone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="76"/>
        <source>Any non-zero value is in our area (levels)</source>
        <translation>Jeder Wert ≠ 0 gehört zu unserem Gebiet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="63"/>
        <source>Compare with an official zoning</source>
        <translation>Mit einer amtlichen Gliederung vergleichen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="90"/>
        <source>Country field</source>
        <translation>Feld des Landes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="88"/>
        <source>Official code for "in no zone"</source>
        <translation>Amtlicher Code für „in keiner Zone“</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="81"/>
        <source>Official zoning (unit code → zone code)</source>
        <translation>Amtliche Gliederung (Einheitencode → Zonencode)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="74"/>
        <source>Our zone or level field</source>
        <translation>Feld unserer Zone oder Stufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="177"/>
        <source>Ours {a} / official {b}: {n} units in both, {o} only ours, {f} only official, Jaccard {j:.2f}.</source>
        <translation>Wir {a} / amtlich {b}: {n} Einheiten in beiden, {o} nur bei uns, {f} nur amtlich, Jaccard {j:.2f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="78"/>
        <source>Population field</source>
        <translation>Feld der Bevölkerung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="84"/>
        <source>Unit code field of the official zoning</source>
        <translation>Einheitencode-Feld der amtlichen Gliederung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="72"/>
        <source>Unit identifier field</source>
        <translation>Feld der Kennung der Einheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="58"/>
        <source>Units marked agree / only ours / only official</source>
        <translation>Einheiten: Übereinstimmung / nur wir / nur amtlich</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="70"/>
        <source>Units with our zoning (e.g. attraction levels)</source>
        <translation>Einheiten mit unserer Gliederung (z. B. Stufen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="86"/>
        <source>Zone code field of the official zoning</source>
        <translation>Zonencode-Feld der amtlichen Gliederung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="98"/>
        <source>choose a polygon layer of units</source>
        <translation>wählen Sie einen Polygonlayer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="100"/>
        <source>choose the official zoning layer or table</source>
        <translation>Layer oder Tabelle der amtlichen Gliederung wählen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="66"/>
        <source>compare,zoning,AAV,bassins de vie,official,Jaccard,agreement</source>
        <translation>Vergleich,Gliederung,AAV,bassins de vie,amtlich,Jaccard,Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="148"/>
        <source>no official code matches a unit identifier: check the code fields</source>
        <translation>kein amtlicher Code passt zu einer Einheitenkennung: Codefelder prüfen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="109"/>
        <source>the layer has no feature</source>
        <translation>der Layer hat kein Objekt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="118"/>
        <source>{n} different values of {z} are taken as one area (ANY_LEVEL): to compare zone by zone (e.g. servicebasins' zone with INSEE's BV2022), untick ANY_LEVEL.</source>
        <translation>{n} verschiedene Werte von {z} werden als ein Gebiet genommen (ANY_LEVEL): um Zone für Zone zu vergleichen (z. B. die Zone von servicebasins mit dem BV2022 des INSEE), ANY_LEVEL abwählen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="155"/>
        <source>{n} official codes are listed in several zones; each unit is compared with the first zone listed: {ids}</source>
        <translation>{n} amtliche Codes stehen in mehreren Zonen; jede Einheit wird mit der zuerst genannten Zone verglichen: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="151"/>
        <source>{n} rows of the official zoning match no unit (other territory): ignored.</source>
        <translation>{n} Zeilen der amtlichen Gliederung passen zu keiner Einheit (anderes Gebiet): ignoriert.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="91"/>
        <source> in basket '{b}'</source>
        <translation> im Korb „{b}“</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="69"/>
        <source>'{c}' is not a two-letter ISO country code</source>
        <translation>„{c}“ ist kein zweibuchstabiger ISO-Ländercode</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="61"/>
        <source>'{n}' is not a valid name: use letters, digits and '_' (63 characters at most, not starting with a digit)</source>
        <translation>„{n}“ ist kein gültiger Name: Buchstaben, Ziffern und „_“ (höchstens 63 Zeichen, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="76"/>
        <source>'{p}' is negative: thresholds are shares, counts or minutes, ≥ 0</source>
        <translation>'{p}' ist negativ: Schwellenwerte sind Anteile, Anzahlen oder Minuten, ≥ 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="74"/>
        <source>'{p}' is not a finite number</source>
        <translation>„{p}“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="71"/>
        <source>'{p}' is not a number; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>„{p}“ ist keine Zahl; geben Sie aufsteigende Zahlen ein, getrennt durch „;“, z. B. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="309"/>
        <source>a count is not a number</source>
        <translation>eine Anzahl ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="67"/>
        <source>basket line {n}: no type; every line needs type;theme;basket</source>
        <translation>Korb, Zeile {n}: kein Typ; jede Zeile braucht Typ;Thema;Korb</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="70"/>
        <source>basket line {n}: type '{t}' has no theme; give one (health, education, shopping, public_services, mobility or your own)</source>
        <translation>Korb, Zeile {n}: Typ „{t}“ hat kein Thema; geben Sie eines an (health, education, shopping, public_services, mobility oder ein eigenes)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="87"/>
        <source>basket: {n} type(s) listed twice with different themes: {t}; keep one line per type</source>
        <translation>Korb: {n} Typ(en) zweimal mit verschiedenen Themen aufgeführt: {t}; eine Zeile je Typ behalten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="188"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="168"/>
        <source>cannot reach {u} (offline?) and nothing cached: {e}</source>
        <translation>{u} nicht erreichbar (offline?) und nichts im Cache: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="107"/>
        <source>cannot read the basket file {p}: {e}</source>
        <translation>die Korbdatei {p} ist nicht lesbar: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="401"/>
        <source>column '{c}' is not in the file; its columns are: {cols}</source>
        <translation>die Spalte '{c}' fehlt in der Datei; ihre Spalten sind: {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="134"/>
        <source>columns not recognised: expected COMMUNE, DCLT, IPONDI (work detail file), COMMUNE, DCETUF, IPONDI (study detail file) or CODGEO, DCLT, NBFLUX_… (flows file); found {cols}</source>
        <translation>Spalten nicht erkannt: erwartet COMMUNE, DCLT, IPONDI (Detaildatei Arbeit), COMMUNE, DCETUF, IPONDI (Detaildatei Studium) oder CODGEO, DCLT, NBFLUX_… (Stromdatei); gefunden {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="198"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="226"/>
        <source>count '{v}' is negative or not finite</source>
        <translation>Anzahl '{v}' ist negativ oder nicht endlich</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="223"/>
        <source>count '{v}' is not a number</source>
        <translation>Anzahl '{v}' ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="71"/>
        <source>country codes must be different</source>
        <translation>die Ländercodes müssen verschieden sein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="171"/>
        <source>download of {u} failed: {e}</source>
        <translation>Download von {u} fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="217"/>
        <source>empty commune code</source>
        <translation>leerer Gemeindecode</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="413"/>
        <source>empty origin or destination</source>
        <translation>leere Herkunft oder leeres Ziel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="96"/>
        <source>every threshold set must have the same number of levels</source>
        <translation>jeder Satz von Schwellenwerten muss gleich viele Stufen haben</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="66"/>
        <source>give two or three ISO country codes separated by ';', e.g. FR;CH</source>
        <translation>geben Sie zwei oder drei ISO-Ländercodes an, getrennt durch „;“, z. B. FR;CH</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="338"/>
        <source>line {n}: a row without NIS code before any commune</source>
        <translation>Zeile {n}: eine Zeile ohne NIS-Code vor jeder Gemeinde</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="341"/>
        <source>line {n}: expected the rows Hommes, Femmes, Total of {c}, found '{s}'</source>
        <translation>Zeile {n}: erwartet die Zeilen Hommes, Femmes, Total von {c}, gefunden '{s}'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="405"/>
        <source>name the origin, destination and count columns</source>
        <translation>nennen Sie die Spalten für Herkunft, Ziel und Anzahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="149"/>
        <source>no answer from {u} within {t:g} s ({n} attempts), and nothing cached{why}</source>
        <translation>keine Antwort von {u} innerhalb von {t:g} s ({n} Versuche), und nichts im Cache{why}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="61"/>
        <source>no column separator (tab, ';' or ',') in the header line</source>
        <translation>kein Spaltentrennzeichen (Tab, ';' oder ',') in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="115"/>
        <source>no column separator found in the header line</source>
        <translation>kein Spaltentrenner in der Kopfzeile gefunden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="240"/>
        <source>no commune name of the file matches a foreign unit of {c}: {names}; check the units' name and country fields</source>
        <translation>kein Gemeindename der Datei passt zu einer ausländischen Einheit von {c}: {names}; prüfen Sie die Namens- und Länderfelder der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="202"/>
        <source>no commune rows in the file (only totals or cantons such as '- Genève'): export the communes from STAT-TAB (labels '……name' or '6621 name')</source>
        <translation>keine Gemeindezeilen in der Datei (nur Summen oder Kantone wie '- Genève'): exportieren Sie die Gemeinden aus STAT-TAB (Bezeichnungen '……Name' oder '6621 Name')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="153"/>
        <source>no equipment point has a type of the basket ({n} types, e.g. {e}); check the type field and the basket</source>
        <translation>kein Ausstattungspunkt hat einen Typ des Korbs ({n} Typen, z. B. {e}); prüfen Sie Typfeld und Korb</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="167"/>
        <source>no period column (e.g. '2014 T4', '2014 Q4', '2014') nor year column in the header: {cols}</source>
        <translation>keine Periodenspalte (z. B. '2014 T4', '2014 Q4', '2014') und keine Jahresspalte in der Kopfzeile: {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="65"/>
        <source>no threshold given; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>kein Schwellenwert angegeben; geben Sie aufsteigende Zahlen ein, getrennt durch „;“, z. B. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="181"/>
        <source>no unit has employed residents (all NULL or 0): choose the field of employed residents</source>
        <translation>keine Einheit hat Erwerbstätige (alle NULL oder 0): das Feld der Erwerbstätigen wählen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="281"/>
        <source>not a Statbel home-work matrix: no columns "Travaille à l'étranger" and "Travaille en Belgique ou à l'étranger" in the header</source>
        <translation>keine Wohn-Arbeitsort-Matrix von Statbel: keine Spalten "Travaille à l'étranger" und "Travaille en Belgique ou à l'étranger" in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="174"/>
        <source>period '{p}' is not in the file; its periods are: {ps}</source>
        <translation>die Periode '{p}' fehlt in der Datei; ihre Perioden sind: {ps}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="69"/>
        <source>row {row}: count '{v}' is not a number</source>
        <translation>Zeile {row}: die Anzahl „{v}“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="73"/>
        <source>row {row}: count is not a finite number</source>
        <translation>Zeile {row}: die Anzahl ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="75"/>
        <source>row {row}: count {v:g} is negative</source>
        <translation>Zeile {row}: die Anzahl {v:g} ist negativ</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="298"/>
        <source>rows {rows}: their counts add up to more than a number can hold (infinite): check these counts</source>
        <translation>Zeilen {rows}: ihre Anzahlen ergeben zusammen mehr, als eine Zahl fassen kann (unendlich): prüfen Sie diese Anzahlen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="331"/>
        <source>spreading the units over cells of {r:g} m makes more than 5 million points; choose a larger cell size</source>
        <translation>die Verteilung der Einheiten auf Zellen von {r:g} m ergibt mehr als 5 Millionen Punkte; wählen Sie größere Zellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="124"/>
        <source>the Python package 'requests' is missing: install it (e.g. OSGeo4W shell: python -m pip install requests) or use a cached download</source>
        <translation>das Python-Paket 'requests' fehlt: installieren (z. B. OSGeo4W-Shell: python -m pip install requests) oder einen zwischengespeicherten Download verwenden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="95"/>
        <source>the ZIP file holds no .csv or .txt file</source>
        <translation>die ZIP-Datei enthält keine .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="87"/>
        <source>the ZIP file is damaged or incomplete (download it again)</source>
        <translation>die ZIP-Datei ist beschädigt oder unvollständig (erneut herunterladen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="99"/>
        <source>the ZIP file is damaged or incomplete ({e})</source>
        <translation>die ZIP-Datei ist beschädigt oder unvollständig ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="100"/>
        <source>the answer holds no feature</source>
        <translation>die Antwort enthält kein Objekt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="92"/>
        <source>the answer is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="98"/>
        <source>the answer is not valid JSON (or not GeoJSON)</source>
        <translation>die Antwort ist kein gültiges JSON (oder kein GeoJSON)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="114"/>
        <source>the basket file {p} has no header type;theme;basket (found: {h})</source>
        <translation>die Korbdatei {p} hat keine Kopfzeile type;theme;basket (gefunden: {h})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="109"/>
        <source>the basket file {p} is empty; give lines type;theme;basket</source>
        <translation>die Korbdatei {p} ist leer; geben Sie Zeilen Typ;Thema;Korb an</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="90"/>
        <source>the basket lists no type{b}; give lines type;theme;basket</source>
        <translation>der Korb enthält keinen Typ{b}; geben Sie Zeilen Typ;Thema;Korb an</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="121"/>
        <source>the cached copy {p} is damaged ({e}): tick 'Download again even if cached' (REFRESH) to replace it</source>
        <translation>die Cache-Kopie {p} ist beschädigt ({e}): „Erneut herunterladen, auch wenn im Cache“ (REFRESH) anhaken, um sie zu ersetzen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="224"/>
        <source>the file gives commune names without BFS numbers: choose the foreign units (FOREIGN_UNITS) to match the names to</source>
        <translation>die Datei gibt Gemeindenamen ohne BFS-Nummer: wählen Sie die ausländischen Einheiten (FOREIGN_UNITS), denen die Namen zugeordnet werden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="72"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="53"/>
        <source>the file is neither UTF-8, UTF-16 nor cp1252 (byte 0x{b:02x} at position {p}): save it again as UTF-8</source>
        <translation>die Datei ist weder UTF-8 noch UTF-16 noch cp1252 (Byte 0x{b:02x} an Position {p}): speichern Sie sie erneut als UTF-8</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="233"/>
        <source>the file {f} cannot be read as GeoJSON</source>
        <translation>die Datei {f} kann nicht als GeoJSON gelesen werden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="149"/>
        <source>the folder {f} does not exist</source>
        <translation>der Ordner {f} existiert nicht</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="151"/>
        <source>the folder {f} is not writable</source>
        <translation>der Ordner {f} ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="352"/>
        <source>the group of {c} ({name}) ends at line {n} with {k} of its three rows (Hommes, Femmes, Total): the file is cut; download it again</source>
        <translation>die Gruppe von {c} ({name}) endet in Zeile {n} mit {k} ihrer drei Zeilen (Hommes, Femmes, Total): die Datei ist abgeschnitten; laden Sie sie erneut herunter</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="220"/>
        <source>the raster {n} cannot be read</source>
        <translation>das Raster {n} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="229"/>
        <source>the raster {n} has {b} bands of numbers: a GeoPackage holds one band of numbers or an image of up to 4 bands of 0-255; keep it as a GeoTIFF beside the package</source>
        <translation>das Raster {n} hat {b} Bänder mit Zahlen: ein GeoPackage enthält ein Band mit Zahlen oder ein Bild von bis zu 4 Bändern zu 0-255; es als GeoTIFF neben dem Paket behalten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="156"/>
        <source>these layers already exist in the GeoPackage: {names}; tick 'overwrite' to replace them (other layers are kept)</source>
        <translation>diese Layer existieren bereits im GeoPackage: {names}; aktivieren Sie „überschreiben“, um sie zu ersetzen (andere Layer bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="173"/>
        <source>thresholds must be strictly ascending</source>
        <translation>die Schwellenwerte müssen streng aufsteigend sein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="80"/>
        <source>thresholds must be strictly ascending ({a:g} then {b:g}); e.g. 5;15;30</source>
        <translation>die Schwellenwerte müssen streng aufsteigend sein ({a:g}, dann {b:g}); z. B. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="164"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="204"/>
        <source>truncated answer from {u}: {n} of {t} bytes</source>
        <translation>abgeschnittene Antwort von {u}: {n} von {t} Bytes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="104"/>
        <source>unexpected CRS EPSG:{c}: GeoJSON in WGS 84 is expected</source>
        <translation>unerwartetes KBS EPSG:{c}: GeoJSON in WGS 84 erwartet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="193"/>
        <source>value '{v}' is not a number</source>
        <translation>der Wert '{v}' ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="322"/>
        <source>values must be ≥ 0 (found {v:g})</source>
        <translation>Werte müssen ≥ 0 sein (gefunden: {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="149"/>
        <source>{n} equipment point(s) have no type; fill the type field or filter them out</source>
        <translation>{n} Ausstattungspunkt(e) ohne Typ; füllen Sie das Typfeld oder filtern Sie sie aus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="207"/>
        <source>{n} fields instead of {m}</source>
        <translation>{n} Felder statt {m}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/network.py" line="380"/>
        <source>{n} lines have a negative speed; fix them or filter them out</source>
        <translation>{n} Linien haben eine negative Geschwindigkeit; korrigieren oder herausfiltern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="177"/>
        <source>{n} units have a negative number of employed residents (e.g. {ids}): counts must be 0 or more; correct the field</source>
        <translation>{n} Einheiten haben eine negative Zahl erwerbstätiger Einwohner (z. B. {ids}): Anzahlen müssen 0 oder mehr sein; korrigieren Sie das Feld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="92"/>
        <source>{s} threshold sets for {f} fields; give one set, or one per field separated by '|'</source>
        <translation>{s} Sätze von Schwellenwerten für {f} Felder; geben Sie einen Satz an oder einen pro Feld, getrennt durch „|“</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="179"/>
        <source>{u} answered '{c}', not GeoJSON</source>
        <translation>{u} antwortete '{c}', kein GeoJSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="176"/>
        <source>{u} answered HTTP {c}</source>
        <translation>{u} antwortete HTTP {c}</translation>
    </message>
</context>
<context>
    <name>CrossBorderFlowsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="46"/>
        <source>Country field</source>
        <translation>Feld des Landes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="35"/>
        <source>Cross-border flow indicators</source>
        <translation>Indikatoren grenzüberschreitender Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="55"/>
        <source>Destination country field (places abroad)</source>
        <translation>Feld des Ziellandes (Ziele außerhalb)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="110"/>
        <source>Employed residents (ACTIVE) is not set: cb_share is NULL for every unit. Choose the field of employed residents (e.g. 'active', or 'active' from importcommuting's residents table).</source>
        <translation>Erwerbstätige (ACTIVE) nicht gesetzt: cb_share ist für alle Einheiten NULL. Das Feld der Erwerbstätigen wählen (z. B. 'active' oder 'active' aus der Einwohnertabelle von importcommuting).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="48"/>
        <source>Employed residents field (for the share)</source>
        <translation>Feld der Erwerbstätigen (für den Anteil)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="51"/>
        <source>Jobs field (for the inbound share)</source>
        <translation>Feld der Arbeitsplätze (eingehender Anteil)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="120"/>
        <source>No flow row could be used: every indicator is 0.</source>
        <translation>Keine Stromzeile verwendbar: alle Indikatoren sind 0.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="44"/>
        <source>Unit identifier field</source>
        <translation>Feld der Kennung der Einheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="42"/>
        <source>Units (communes)</source>
        <translation>Einheiten (Gemeinden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="32"/>
        <source>Units with cross-border indicators</source>
        <translation>Einheiten mit grenzüberschreitenden Indikatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="117"/>
        <source>cb_in_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_in_share ist für alle Einheiten NULL: das Feld '{f}' hat keine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="114"/>
        <source>cb_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_share ist für alle Einheiten NULL: das Feld '{f}' hat keine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="65"/>
        <source>choose a flows table or layer</source>
        <translation>wählen Sie eine Tabelle oder einen Layer der Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="62"/>
        <source>choose a polygon layer of units</source>
        <translation>wählen Sie einen Polygonlayer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="131"/>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="38"/>
        <source>flows,commuting,cross-border,frontaliers,share,indicator</source>
        <translation>Ströme,Pendler,grenzüberschreitend,Grenzgänger,Anteil,Indikator</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="130"/>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="75"/>
        <source>the layer has no feature</source>
        <translation>der Layer hat kein Objekt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="87"/>
        <source>{e}; counts must be numbers ≥ 0</source>
        <translation>{e}; Anzahlen müssen Zahlen ≥ 0 sein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="140"/>
        <source>{n} distinct flow ids had lost their leading zeros and were matched to the unit with them (1004 -&gt; 01004).</source>
        <translation>{n} Strom-Kennungen hatten ihre führenden Nullen verloren und wurden der Einheit mit ihnen zugeordnet (1004 -&gt; 01004).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="143"/>
        <source>{n} distinct flow ids match several units once leading zeros are added: not counted.</source>
        <translation>{n} Strom-Kennungen passen mit führenden Nullen zu mehreren Einheiten: nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="146"/>
        <source>{n} duplicate unit identifiers: only the first unit of each is used.</source>
        <translation>{n} doppelte Kennungen: nur die jeweils erste Einheit wird verwendet.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="80"/>
        <source>{n} flow rows read.</source>
        <translation>{n} Zeilen von Strömen gelesen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="128"/>
        <source>{n} rows with an empty count were skipped.</source>
        <translation>{n} Zeilen mit leerer Anzahl wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="149"/>
        <source>{n} units have no country: their flows cannot be cross-border.</source>
        <translation>{n} Einheiten haben kein Land: ihre Ströme können nicht grenzüberschreitend sein.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="135"/>
        <source>{rows} flow rows (total {tot:g}) have an {what} that matches no unit and were not counted; most frequent: {ids}</source>
        <translation>{rows} Zeilen von Strömen (insgesamt {tot:g}) haben ein(e) {what} ohne passende Einheit und wurden nicht gezählt; häufigste: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="124"/>
        <source>{rows} flow rows read, {used} used, {cb} cross-border rows totalling {tot:g}.</source>
        <translation>{rows} Zeilen von Strömen gelesen, {used} verwendet, {cb} grenzüberschreitende Zeilen mit insgesamt {tot:g}.</translation>
    </message>
</context>
<context>
    <name>DemoTerritoryAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="71"/>
        <source>Border mismatch between national layers (m)</source>
        <translation>Versatz der nationalen Layer an der Grenze (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="64"/>
        <source>Countries (two or three ISO codes, separated by ';')</source>
        <translation>Länder (zwei oder drei ISO-Codes, getrennt durch „;“)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="45"/>
        <source>Employment poles</source>
        <translation>Beschäftigungszentren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="50"/>
        <source>Everyday services (points)</source>
        <translation>Alltagsdienste (Punkte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="44"/>
        <source>Flows</source>
        <translation>Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="54"/>
        <source>Generate a demo cross-border territory</source>
        <translation>Grenzüberschreitendes Demo-Gebiet erzeugen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="92"/>
        <source>Generating {n} units for {c}, seed {s}…</source>
        <translation>Erzeuge {n} Einheiten für {c}, Startwert {s}…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="61"/>
        <source>Number of units (communes)</source>
        <translation>Anzahl der Einheiten (Gemeinden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="77"/>
        <source>Output CRS</source>
        <translation>Ausgabe-KBS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="66"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="48"/>
        <source>Road network</source>
        <translation>Straßennetz</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="47"/>
        <source>Sample proposals (lines)</source>
        <translation>Beispielvorschläge (Linien)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="46"/>
        <source>Sample proposals (points)</source>
        <translation>Beispielvorschläge (Punkte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="43"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="68"/>
        <source>Vertices per unit (0: simple polygons)</source>
        <translation>Stützpunkte je Einheit (0: einfache Polygone)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="91"/>
        <source>choose a valid coordinate reference system</source>
        <translation>wählen Sie ein gültiges Koordinatenbezugssystem</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="57"/>
        <source>demo,synthetic,test,communes,flows,border</source>
        <translation>Demo,synthetisch,Test,Gemeinden,Ströme,Grenze</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="107"/>
        <source>{u} units, {f} flows, {p} poles, {q} proposals written.</source>
        <translation>{u} Einheiten, {f} Ströme, {p} Pole, {q} Vorschläge geschrieben.</translation>
    </message>
</context>
<context>
    <name>DownloadUnitsAlgorithm</name>
    <message>
        <location filename="../processing_scripts/download_units.py" line="74"/>
        <source>Cache folder (empty: QGIS profile cache)</source>
        <translation>Cache-Ordner (leer: Cache des QGIS-Profils)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="61"/>
        <source>Countries, GISCO sources (ISO codes separated by ';')</source>
        <translation>Länder, GISCO-Quellen (ISO-Codes durch ';' getrennt)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="63"/>
        <source>Departments for the French API (e.g. 74;01)</source>
        <translation>Départements (französische API, z. B. 74)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="78"/>
        <source>Download again even if cached</source>
        <translation>Erneut herunterladen, auch wenn im Cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="50"/>
        <source>Download reference boundaries</source>
        <translation>Referenzgrenzen herunterladen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Eurostat GISCO: LAU (communes)</source>
        <translation>Eurostat GISCO: LAU (Gemeinden)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="58"/>
        <source>Eurostat GISCO: NUTS regions</source>
        <translation>Eurostat GISCO: NUTS-Regionen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="59"/>
        <source>France: communes API (geo.api.gouv.fr)</source>
        <translation>Frankreich: Gemeinde-API (geo.api.gouv.fr)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="53"/>
        <source>GISCO,LAU,NUTS,communes,boundaries,download,Eurostat</source>
        <translation>GISCO,LAU,NUTS,Gemeinden,Grenzen,Download,Eurostat</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="65"/>
        <source>Keep units in this extent</source>
        <translation>Einheiten in dieser Ausdehnung behalten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="70"/>
        <source>NUTS level, NUTS source</source>
        <translation>NUTS-Ebene, NUTS-Quelle</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="72"/>
        <source>Service address (empty: the official one)</source>
        <translation>Dienstadresse (leer: die offizielle)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="76"/>
        <source>Timeout of the whole download (seconds)</source>
        <translation>Zeitlimit des ganzen Downloads (Sekunden)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="47"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="68"/>
        <source>Year, GISCO sources</source>
        <translation>Jahr, GISCO-Quellen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>from the cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="108"/>
        <source>give at least one ISO country code, e.g. FR;CH</source>
        <translation>geben Sie mindestens einen ISO-Ländercode an, z. B. FR;CH</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="104"/>
        <source>give at least one department code, e.g. 74</source>
        <translation>geben Sie mindestens einen Département-Code an, z. B. 74</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="144"/>
        <source>no unit matches the countries or the extent</source>
        <translation>keine Einheit passt zu den Ländern oder der Ausdehnung</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="165"/>
        <source>{u}: {mb:.0f} of {tot} MB, about {eta:.0f} s left (attempt {a})</source>
        <translation>{u}: {mb:.0f} von {tot} MB, noch etwa {eta:.0f} s (Versuch {a})</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="121"/>
        <source>{u}: {n} features ({how}).</source>
        <translation>{u}: {n} Objekte ({how}).</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="145"/>
        <source>{w} units written, {s} left out (other countries, outside the extent or without geometry).</source>
        <translation>{w} Einheiten geschrieben, {s} ausgelassen (andere Länder, außerhalb der Ausdehnung oder ohne Geometrie).</translation>
    </message>
</context>
<context>
    <name>ExportMapAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="102"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Plugin-Stile auf seine Ergebnisse anwenden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="97"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation>Atlas-Abdeckungslayer (eine Seite je Objekt)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="100"/>
        <source>Atlas page name field</source>
        <translation>Feld für den Atlas-Seitennamen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Cross-border living area</source>
        <translation>Grenzüberschreitender Lebensraum</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="81"/>
        <source>Export a living-area map</source>
        <translation>Karte des Lebensraums exportieren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="88"/>
        <source>Layers (first on top)</source>
        <translation>Layer (erster oben)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="241"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="238"/>
        <source>Made with the QGIS plugin “Bassins de vie transfrontaliers” (GPL-2.0-or-later).</source>
        <translation>Erstellt mit dem QGIS-Plugin „Bassins de vie transfrontaliers“ (GPL-2.0 oder später).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="95"/>
        <source>Map extent</source>
        <translation>Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>Map file</source>
        <translation>Kartendatei</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="107"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="104"/>
        <source>Resolution (dpi)</source>
        <translation>Auflösung (dpi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Sources: national statistical institutes</source>
        <translation>Quellen: nationale statistische Ämter</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="92"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="160"/>
        <source>The layer '{n}' is empty: it draws nothing on the map.</source>
        <translation>Der Layer '{n}' ist leer: er zeichnet nichts auf die Karte.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="112"/>
        <source>choose at least one layer</source>
        <translation>wählen Sie mindestens einen Layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="84"/>
        <source>map,layout,print,pdf,png,atlas,report</source>
        <translation>Karte,Layout,Druck,PDF,PNG,Atlas,Bericht</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="157"/>
        <source>no file was written in {f}: check the name and the folder's permissions</source>
        <translation>keine Datei wurde in {f} geschrieben: Namen und Ordnerrechte prüfen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="201"/>
        <source>the coverage layer has no feature</source>
        <translation>der Abdeckungslayer hat kein Objekt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="116"/>
        <source>the file name must end with .pdf or .png</source>
        <translation>der Dateiname muss auf .pdf oder .png enden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="119"/>
        <source>the folder {f} does not exist or is not writable</source>
        <translation>der Ordner {f} existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="183"/>
        <source>the map could not be exported: {e}</source>
        <translation>die Karte konnte nicht exportiert werden: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="148"/>
        <source>the print template could not be read</source>
        <translation>die Drucklayout-Vorlage konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="122"/>
        <source>the print template is missing from the plugin</source>
        <translation>die Drucklayout-Vorlage fehlt im Plugin</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="161"/>
        <source>{n} page(s) written: {files}.</source>
        <translation>{n} Seite(n) geschrieben: {files}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="237"/>
        <source>{sources} — Map made on {date}.</source>
        <translation>{sources} — Karte erstellt am {date}.</translation>
    </message>
</context>
<context>
    <name>FlowLinesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="57"/>
        <source>Country field</source>
        <translation>Feld des Landes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="61"/>
        <source>Cross-border flows only</source>
        <translation>Nur grenzüberschreitende Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="67"/>
        <source>Curved lines (the two directions of a pair apart)</source>
        <translation>Gebogene Linien (Richtungen getrennt)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="42"/>
        <source>Flow lines</source>
        <translation>Stromlinien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="45"/>
        <source>Flow lines (flow map)</source>
        <translation>Stromlinien (Stromkarte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="63"/>
        <source>Keep these themes only (empty: all)</source>
        <translation>Nur diese Themen behalten (leer: alle)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="59"/>
        <source>Minimum count of a line</source>
        <translation>Mindestanzahl einer Linie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="65"/>
        <source>Net flows (larger direction minus the other)</source>
        <translation>Nettoströme (stärkere Richtung minus andere)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="112"/>
        <source>No line passes the filters: lower MIN_COUNT or widen the themes.</source>
        <translation>Keine Linie passiert die Filter: MIN_COUNT senken oder die Themen erweitern.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="55"/>
        <source>Unit identifier field</source>
        <translation>Feld der Kennung der Einheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="53"/>
        <source>Units (communes)</source>
        <translation>Einheiten (Gemeinden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="74"/>
        <source>choose a flows table or layer</source>
        <translation>wählen Sie eine Tabelle oder einen Layer der Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="76"/>
        <source>choose a polygon layer of units</source>
        <translation>wählen Sie einen Polygonlayer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="90"/>
        <source>choose the theme field (THEME) to keep themes</source>
        <translation>das Themenfeld (THEME) wählen, um Themen zu behalten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="48"/>
        <source>flow map,flows,lines,arrows,commuting,cross-border,oursins</source>
        <translation>Stromkarte,Ströme,Linien,Pfeile,Pendeln,grenzüberschreitend,oursins</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="106"/>
        <source>{rows} flow rows, {pairs} origin-destination pairs, {lines} lines written (total {total:,.0f}); {u} rows with an id that matches no unit and {s} within one unit left out.</source>
        <translation>{rows} Stromzeilen, {pairs} Herkunft-Ziel-Paare, {lines} Linien geschrieben (Summe {total:,.0f}); {u} Zeilen ohne passende Einheit und {s} innerhalb einer Einheit ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ImportCommutingAlgorithm</name>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="235"/>
        <source>Ambiguous names (several units; kept as INSEE codes, add them to MATCH_TABLE): {codes}</source>
        <translation>Mehrdeutige Namen (mehrere Einheiten; als INSEE-Codes behalten, in MATCH_TABLE eintragen): {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="88"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="61"/>
        <source>CSV or ZIP (*.csv *.txt *.zip)</source>
        <translation>CSV oder ZIP (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="224"/>
        <source>Codes without a name in {src} (kept as codes): {codes}</source>
        <translation>Codes ohne Namen in {src} (als Codes behalten): {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="75"/>
        <source>Commune code field of the units</source>
        <translation>Feld des Gemeindecodes der Einheiten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Detect from the columns</source>
        <translation>An den Spalten erkennen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="63"/>
        <source>Expected file</source>
        <translation>Erwartete Datei</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="46"/>
        <source>Flows table</source>
        <translation>Stromtabelle</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="84"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Länderfeld der ausländischen Einheiten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="80"/>
        <source>Foreign unit identifier field</source>
        <translation>Kennungsfeld der ausländischen Einheiten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="82"/>
        <source>Foreign unit name field</source>
        <translation>Namensfeld der ausländischen Einheiten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="77"/>
        <source>Foreign units (e.g. GISCO LAU)</source>
        <translation>Ausländische Einheiten (z. B. GISCO LAU)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="60"/>
        <source>INSEE mobility file (CSV, or ZIP holding it)</source>
        <translation>INSEE-Mobilitätsdatei (CSV oder ZIP, das sie enthält)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="55"/>
        <source>INSEE,mobpro,mobsco,commuting,flows,import,navettes,domicile-travail,DCFLT,frontaliers</source>
        <translation>INSEE,mobpro,mobsco,Pendeln,Ströme,Import,navettes,Grenzgänger,DCFLT,frontaliers</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="52"/>
        <source>Import commuting flows (INSEE format)</source>
        <translation>Pendlerströme importieren (INSEE-Format)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="70"/>
        <source>Keep residents of these communes</source>
        <translation>Einwohner dieser Gemeinden behalten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="67"/>
        <source>Keep residents of these departments</source>
        <translation>Einwohner dieser Départements behalten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="215"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Fehlerhafte Zeilen (Zeile: Grund), nicht gezählt: {rows}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="87"/>
        <source>Match table (CSV code;unit_id)</source>
        <translation>Zuordnungstabelle (CSV code;unit_id)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="227"/>
        <source>Matched to foreign units: {m} codes ({t} from the match table), weight {w:.1f} = {s:.1f} % of the cross-border weight.</source>
        <translation>Ausländischen Einheiten zugeordnet: {m} Codes ({t} aus der Tabelle), Gewicht {w:.1f} = {s:.1f} % des grenzüberschreitenden Gewichts.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="232"/>
        <source>Not matched (kept as INSEE codes), by weight: {codes}</source>
        <translation>Nicht zugeordnet (als INSEE-Codes behalten), nach Gewicht: {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="72"/>
        <source>Or keep residents of these units (study area)</source>
        <translation>Oder Einwohner dieser Einheiten behalten</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="219"/>
        <source>Places abroad at commune level: {n} codes, weight {w:.1f} of {a:.1f} abroad; names from {src}.</source>
        <translation>Auslandsorte auf Gemeindeebene: {n} Codes, Gewicht {w:.1f} von {a:.1f} im Ausland; Namen aus {src}.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="47"/>
        <source>Residents table (per commune)</source>
        <translation>Einwohnertabelle (je Gemeinde)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="65"/>
        <source>Study (FD_MOBSCO)</source>
        <translation>Studium (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Work (FD_MOBPRO, flows file)</source>
        <translation>Arbeit (FD_MOBPRO, Stromdatei)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a study file (FD_MOBSCO)</source>
        <translation>eine Studiendatei (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a work file</source>
        <translation>eine Arbeitsdatei</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="133"/>
        <source>choose a field of the foreign units</source>
        <translation>ein Feld der ausländischen Einheiten wählen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="119"/>
        <source>choose the field holding the commune codes</source>
        <translation>wählen Sie das Feld mit den Gemeindecodes</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="156"/>
        <source>line {n}: {c} → {u}</source>
        <translation>Zeile {n}: {c} → {u}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="140"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>keine Einheit hat Kennung, Namen und Land: gewählte Felder prüfen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="177"/>
        <source>the foreign units are in {have}, but the file's places abroad are in {want}: choose units of those countries</source>
        <translation>die ausländischen Einheiten liegen in {have}, die Auslandsorte der Datei aber in {want}: Einheiten dieser Länder wählen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="167"/>
        <source>this is {found}, not the expected kind; choose the right file or set FILE_KIND to detect</source>
        <translation>das ist {found}, nicht die erwartete Art; die richtige Datei wählen oder FILE_KIND auf Erkennen stellen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="157"/>
        <source>{k} rows name a unit id that is not in the foreign units (FOREIGN_UNITS, field {f}): {rows}; correct the ids or remove the rows</source>
        <translation>{k} Zeilen nennen eine Kennung, die in den ausländischen Einheiten fehlt (FOREIGN_UNITS, Feld {f}): {rows}; korrigieren Sie die Kennungen oder entfernen Sie die Zeilen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="208"/>
        <source>{layout} file ({theme}), {enc}, separator '{sep}': {rows} rows, {kept} kept, {out} outside the filter, {bad} malformed; {pairs} origin-destination pairs written.</source>
        <translation>Datei {layout} ({theme}), {enc}, Trenner '{sep}': {rows} Zeilen, {kept} behalten, {out} außerhalb des Filters, {bad} fehlerhaft; {pairs} Quelle-Ziel-Paare geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="239"/>
        <source>{n} of {m} pairs have a weighted count under {k} (low_count = true): INSEE advises care with them.</source>
        <translation>{n} von {m} Paaren haben eine gewichtete Zahl unter {k} (low_count = wahr): das INSEE rät zur Vorsicht.</translation>
    </message>
</context>
<context>
    <name>ImportForeignAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="209"/>
        <source>Ambiguous names (several units; left out): {n}</source>
        <translation>Mehrdeutige Namen (mehrere Einheiten; weggelassen): {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="63"/>
        <source>BFS PX-Web export (commune × period)</source>
        <translation>PX-Web-Export des BFS (Gemeinde × Periode)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="54"/>
        <source>BFS,OFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,frontaliers,Grenzgänger,census,import</source>
        <translation>BFS,OFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,Grenzgänger,frontaliers,Volkszählung,Import</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="60"/>
        <source>CSV (*.csv *.txt *.tsv)</source>
        <translation>CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="71"/>
        <source>Country of the file's communes (ISO code)</source>
        <translation>Land der Gemeinden der Datei (ISO-Code)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="59"/>
        <source>File published by the foreign office (CSV)</source>
        <translation>Vom ausländischen Amt veröffentlichte Datei (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="80"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Länderfeld der ausländischen Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="76"/>
        <source>Foreign unit identifier field</source>
        <translation>Kennungsfeld der ausländischen Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="78"/>
        <source>Foreign unit name field</source>
        <translation>Namensfeld der ausländischen Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="73"/>
        <source>Foreign units (for name matching)</source>
        <translation>Ausländische Einheiten (Namensabgleich)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="62"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="51"/>
        <source>Import foreign statistics (BFS, Statbel, long table)</source>
        <translation>Ausländische Statistiken importieren (BFS, Statbel, lange Tabelle)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Long table (origin, destination, count)</source>
        <translation>Lange Tabelle (Herkunft, Ziel, Anzahl)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="194"/>
        <source>Long table, {enc}, separator '{sep}': {rows} rows, {f} pairs written, {u} not published, {bad} malformed.</source>
        <translation>Lange Tabelle, {enc}, Trennzeichen '{sep}': {rows} Zeilen, {f} Paare geschrieben, {u} nicht veröffentlicht, {bad} fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="204"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Fehlerhafte Zeilen (Zeile: Grund), nicht gezählt: {rows}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="206"/>
        <source>Names matching no foreign unit (left out), with their values: {n}</source>
        <translation>Namen ohne passende ausländische Einheit (weggelassen), mit ihren Werten: {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="146"/>
        <source>Other dimensions, one value kept: {d}</source>
        <translation>Andere Dimensionen, ein Wert behalten: {d}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="140"/>
        <source>PX-Web file, {enc}: {rows} rows, {p} periods, {c} communes and {a} aggregates (cantons, totals: aggregate = true), {v} values written, {u} not published, {bad} malformed.</source>
        <translation>PX-Web-Datei, {enc}: {rows} Zeilen, {p} Perioden, {c} Gemeinden und {a} Aggregate (Kantone, Summen: aggregate = wahr), {v} Werte geschrieben, {u} nicht veröffentlicht, {bad} fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="67"/>
        <source>Period to keep (e.g. 2014 Q4; empty: all)</source>
        <translation>Zu behaltende Periode (z. B. 2014 Q4)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="46"/>
        <source>Residents table (Statbel: active, cb_workers)</source>
        <translation>Einwohnertabelle (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Sex (Statbel)</source>
        <translation>Geschlecht (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Statbel census 2011 home-work matrix</source>
        <translation>Wohn-Arbeitsort-Matrix Statbel 2011</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="173"/>
        <source>Statbel matrix, {enc}: {g} groups of three rows, {c} communes of residence, {a} aggregate rows and {k} aggregate columns dropped; {f} flows written; work-place columns resolved to NIS codes: {r}.</source>
        <translation>Statbel-Matrix, {enc}: {g} Gruppen zu drei Zeilen, {c} Wohngemeinden, {a} Aggregatzeilen und {k} Aggregatspalten weggelassen; {f} Ströme geschrieben; Arbeitsort-Spalten NIS-Codes zugeordnet: {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="45"/>
        <source>Values or flows table</source>
        <translation>Tabelle der Werte oder Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="181"/>
        <source>Work places without NIS code (kept by name; give FOREIGN_UNITS of Belgium), by count: {n}</source>
        <translation>Arbeitsorte ohne NIS-Code (mit Namen behalten; FOREIGN_UNITS Belgiens angeben), nach Anzahl: {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="122"/>
        <source>choose a field of the foreign units</source>
        <translation>ein Feld der ausländischen Einheiten wählen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="128"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>keine Einheit hat Kennung, Namen und Land: gewählte Felder prüfen</translation>
    </message>
</context>
<context>
    <name>IntensityIndexAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>At least K indicators</source>
        <translation>Mindestens K Indikatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="56"/>
        <source>Combination rule</source>
        <translation>Kombinationsregel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="37"/>
        <source>Composite intensity level</source>
        <translation>Zusammengesetzte Intensitätsstufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="50"/>
        <source>Indicator fields</source>
        <translation>Indikatorfelder</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="48"/>
        <source>Input layer</source>
        <translation>Eingabelayer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="34"/>
        <source>Intensity levels</source>
        <translation>Intensitätsstufen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="60"/>
        <source>K (for 'at least K indicators')</source>
        <translation>K (für „mindestens K Indikatoren“)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="97"/>
        <source>K must be between 1 and the number of fields ({n})</source>
        <translation>K muss zwischen 1 und der Anzahl der Felder ({n}) liegen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Mean of levels</source>
        <translation>Mittelwert der Stufen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Strongest level of any indicator (max)</source>
        <translation>Stärkste Stufe eines Indikators (Max.)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="53"/>
        <source>Thresholds (e.g. 5;15;30 | 10;20;40)</source>
        <translation>Schwellenwerte (z. B. 5;15;30 | 10;20;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>Weighted sum of levels</source>
        <translation>Gewichtete Summe der Stufen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="58"/>
        <source>Weights (one per field, for the weighted sum)</source>
        <translation>Gewichte (eines pro Feld)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="84"/>
        <source>choose a layer</source>
        <translation>wählen Sie einen Layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="87"/>
        <source>choose at least one numeric field</source>
        <translation>wählen Sie mindestens ein numerisches Feld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="69"/>
        <source>give one weight per field, e.g. 2;1;1</source>
        <translation>geben Sie ein Gewicht pro Feld an, z. B. 2;1;1</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="40"/>
        <source>index,composite,level,indicator,intensity,threshold</source>
        <translation>Index,zusammengesetzt,Stufe,Indikator,Intensität,Schwellenwert</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="112"/>
        <source>the layer has no feature</source>
        <translation>der Layer hat kein Objekt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="73"/>
        <source>weights must be numbers separated by ';'</source>
        <translation>Gewichte müssen durch „;“ getrennte Zahlen sein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="78"/>
        <source>weights must be ≥ 0 with a positive sum</source>
        <translation>Gewichte müssen ≥ 0 sein und eine positive Summe haben</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="129"/>
        <source>{n} features have a NULL or non-numeric indicator: that indicator gets no level.</source>
        <translation>{n} Objekte haben einen NULL- oder nicht numerischen Indikator: dieser Indikator erhält keine Stufe.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="125"/>
        <source>{n} features; rule {r}; per level: {c}; no level: {none}.</source>
        <translation>{n} Objekte; Regel {r}; pro Stufe: {c}; ohne Stufe: {none}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="75"/>
        <source>{w} weights for {f} fields</source>
        <translation>{w} Gewichte für {f} Felder</translation>
    </message>
</context>
<context>
    <name>IntensityRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="168"/>
        <source>Building {n} rings ({mode}) from {u} units…</source>
        <translation>Erzeuge {n} Ringe ({mode}) aus {u} Einheiten…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="83"/>
        <source>Country field (population split by country)</source>
        <translation>Feld des Landes (Bevölkerung nach Land)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="51"/>
        <source>Custom (use the thresholds above)</source>
        <translation>Benutzerdefiniert (Schwellenwerte oben)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="52"/>
        <source>Default: 5 %, 15 %, 30 %</source>
        <translation>Standard: 5 %, 15 %, 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="45"/>
        <source>Draw intensity rings</source>
        <translation>Intensitätsringe zeichnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="77"/>
        <source>Drop parts smaller than (m²)</source>
        <translation>Teile entfernen, die kleiner sind als (m²)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="53"/>
        <source>EU-OECD functional urban areas / INSEE: 15 %</source>
        <translation>Funktionale Stadtgebiete EU-OECD / INSEE: 15 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Exclusive bands</source>
        <translation>Getrennte Bänder</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="74"/>
        <source>Fill holes smaller than (m²)</source>
        <translation>Löcher füllen, die kleiner sind als (m²)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="54"/>
        <source>Grand Genève observatory: 25 %</source>
        <translation>Observatorium Grand Genève: 25 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="61"/>
        <source>Intensity field (a share, or a level)</source>
        <translation>Intensitätsfeld (ein Anteil oder eine Stufe)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="42"/>
        <source>Intensity rings</source>
        <translation>Intensitätsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Nested envelopes</source>
        <translation>Verschachtelte Hüllen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="163"/>
        <source>No unit reaches the lowest threshold: the rings are empty.</source>
        <translation>Keine Einheit erreicht den niedrigsten Schwellenwert: die Ringe sind leer.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="55"/>
        <source>Nord Lorrain metropolitan pole: 30 %</source>
        <translation>Metropolpol Nord Lorrain: 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="80"/>
        <source>Population field</source>
        <translation>Feld der Bevölkerung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="68"/>
        <source>Preset thresholds</source>
        <translation>Vordefinierte Schwellenwerte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="72"/>
        <source>Smoothing distance (metres, 0 = exact union of units)</source>
        <translation>Glättungsdistanz (m, 0 = exakte Vereinigung)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="64"/>
        <source>The field holds levels (1 = strongest)</source>
        <translation>Das Feld enthält Stufen (1 = stärkste)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="66"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Schwellenwerte (aufsteigend, getrennt durch „;“)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="59"/>
        <source>Units (polygons)</source>
        <translation>Einheiten (Polygone)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="89"/>
        <source>choose a polygon layer</source>
        <translation>wählen Sie einen Polygonlayer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="120"/>
        <source>levels must be whole numbers ≥ 1 (found {v:g})</source>
        <translation>Stufen müssen ganze Zahlen ≥ 1 sein (gefunden: {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="124"/>
        <source>no unit has a level</source>
        <translation>keine Einheit hat eine Stufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="48"/>
        <source>rings,intensity,living area,bassin de vie,dissolve,threshold,core</source>
        <translation>Ringe,Intensität,Lebensraum,Bassin de vie,Auflösen,Schwellenwert,Kern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="93"/>
        <source>the layer has no feature</source>
        <translation>der Layer hat kein Objekt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="91"/>
        <source>the layer must contain polygons</source>
        <translation>der Layer muss Polygone enthalten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="143"/>
        <source>{d:g} m is larger than the study area ({s:.0f} m across): smoothing would fill it all; choose a distance of a few kilometres</source>
        <translation>{d:g} m ist größer als das Untersuchungsgebiet ({s:.0f} m breit): die Glättung würde es ganz füllen; eine Distanz von einigen Kilometern wählen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="179"/>
        <source>{t} units, {r} reach a threshold: {k} kept, {g} without geometry dropped, {rep} repaired, {bad} unrepairable dropped; {n} with a NULL value excluded.</source>
        <translation>{t} Einheiten, {r} erreichen einen Schwellenwert: {k} beibehalten, {g} ohne Geometrie verworfen, {rep} repariert, {bad} nicht reparierbar verworfen; {n} mit NULL-Wert ausgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="75"/>
        <source>&lt;p&gt;A living area drawn from everyday services on both sides of the border, from equipment points to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Living areas by services&lt;/b&gt; (bassins de vie, INSEE-like): minutes to the nearest equipment of each theme, at home and abroad, the share of the basket's types whose nearest equipment is abroad (&lt;i&gt;dep_abroad&lt;/i&gt;), service poles and the basins around them;&lt;/li&gt;&lt;li&gt;&lt;b&gt;rings of dependence on services abroad&lt;/b&gt;: intensity rings on &lt;i&gt;dep_abroad&lt;/i&gt;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on those rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Leave the basket table empty to use the OpenStreetMap basket shipped with the plugin (amenity, shop, healthcare and railway values, as QuickOSM returns them); leave the road network empty for straight-line times (detour factor 1.3 at 50 km/h, said in the log). Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Lebensraum aus den Diensten des täglichen Bedarfs auf beiden Seiten der Grenze, von den Einrichtungspunkten bis zu einem Paket zum Teilen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lebensräume nach Dienstleistungen&lt;/b&gt; (bassins de vie, nach INSEE-Art): Minuten bis zur nächsten Einrichtung jedes Themas, im eigenen Land und im Ausland, Anteil der Korbtypen, deren nächste Einrichtung im Ausland liegt (&lt;i&gt;dep_abroad&lt;/i&gt;), Dienstleistungspole und die Gebiete um sie;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ringe der Abhängigkeit von Diensten im Ausland&lt;/b&gt;: Intensitätsringe auf &lt;i&gt;dep_abroad&lt;/i&gt;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Überlagerung der Maßnahmenvorschläge&lt;/b&gt; mit diesen Ringen (bester Level, erreichte Bevölkerung, Übersicht nach Thema, Lücken);&lt;/li&gt;&lt;li&gt;ein &lt;b&gt;GeoPackage&lt;/b&gt; mit jedem Layer gestylt und einem Projekt darin.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Lassen Sie die Korbtabelle leer, um den mit dem Plugin gelieferten OpenStreetMap-Korb zu verwenden (Werte von amenity, shop, healthcare und railway, wie QuickOSM sie liefert); lassen Sie das Straßennetz leer für Luftlinienzeiten (Umwegfaktor 1,3 bei 50 km/h, im Protokoll genannt). Jede Ausgabe kann behalten oder übersprungen werden; standardmäßig sind es temporäre Layer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="32"/>
        <source>&lt;p&gt;The whole chain of a cross-border living area, from official files to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Cross-border flow indicators&lt;/b&gt; per unit (outflow, inflow, share of employed residents working across the border);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Intensity rings&lt;/b&gt; on that share (strong core, middle and outer rings);&lt;/li&gt;&lt;li&gt;optionally, &lt;b&gt;rings of attraction&lt;/b&gt; around a pole, by AAV 2020-like rules, when pole units are given;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on the rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside, to share across the border.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die ganze Kette eines grenzüberschreitenden Lebensraums, von amtlichen Dateien bis zum Paket zum Teilen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Indikatoren grenzüberschreitender Ströme&lt;/b&gt; je Einheit (Abfluss, Zufluss, Anteil der Erwerbstätigen, die jenseits der Grenze arbeiten);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Intensitätsringe&lt;/b&gt; auf diesem Anteil (starker Kern, mittlerer und äußerer Ring);&lt;/li&gt;&lt;li&gt;optional &lt;b&gt;Anziehungsringe&lt;/b&gt; um einen Pol nach AAV-2020-ähnlichen Regeln, wenn Poleinheiten angegeben sind;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Überlagerung der Maßnahmenvorschläge&lt;/b&gt; mit den Ringen (beste Stufe, erreichte Bevölkerung, Übersicht nach Thema, Lücken);&lt;/li&gt;&lt;li&gt;ein &lt;b&gt;GeoPackage&lt;/b&gt; mit jedem Layer gestaltet und einem Projekt darin, zum Teilen über die Grenze.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Jede Ausgabe kann behalten oder übersprungen werden; standardmäßig sind es temporäre Layer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="47"/>
        <source>Action proposals</source>
        <translation>Handlungsvorschläge</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="53"/>
        <source>Attraction rings asked for?</source>
        <translation>Anziehungsringe gewünscht?</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="94"/>
        <source>Basket table (empty: OSM basket)</source>
        <translation>Korbtabelle (leer: OSM-Korb)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="43"/>
        <source>Country field</source>
        <translation>Feld des Landes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="65"/>
        <source>Coverage gaps by theme</source>
        <translation>Versorgungslücken nach Thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="51"/>
        <source>Cross-border flow indicators</source>
        <translation>Indikatoren grenzüberschreitender Ströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="62"/>
        <source>Cross-border flow lines</source>
        <translation>Grenzüberschreitende Stromlinien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="99"/>
        <source>Dependence thresholds, % (ascending)</source>
        <translation>Abhängigkeitsschwellen, % (aufsteigend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="52"/>
        <source>Draw intensity rings</source>
        <translation>Intensitätsringe zeichnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="44"/>
        <source>Employed residents field</source>
        <translation>Feld der Erwerbstätigen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="92"/>
        <source>Equipment (points or areas)</source>
        <translation>Einrichtungen (Punkte oder Flächen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="93"/>
        <source>Equipment type field</source>
        <translation>Feld Einrichtungstyp</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="55"/>
        <source>Flow lines (flow map)</source>
        <translation>Stromlinien (Stromkarte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="46"/>
        <source>Flows table (origin, destination, count, theme)</source>
        <translation>Stromtabelle (Herkunft, Ziel, Anzahl, Thema)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="66"/>
        <source>GeoPackage to share</source>
        <translation>GeoPackage zum Teilen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="59"/>
        <source>Intensity rings</source>
        <translation>Intensitätsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="48"/>
        <source>Intensity thresholds, % (ascending)</source>
        <translation>Intensitätsschwellen, % (aufsteigend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="73"/>
        <source>Living area by services — full chain</source>
        <translation>Lebensraum nach Dienstleistungen — vollständige Kette</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="30"/>
        <source>Living area — full chain</source>
        <translation>Lebensraum — vollständige Kette</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="102"/>
        <source>Living areas by services</source>
        <translation>Lebensräume nach Dienstleistungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="31"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="98"/>
        <source>OSM other_tags field</source>
        <translation>OSM-Feld other_tags</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="56"/>
        <source>Overlay proposals on the rings</source>
        <translation>Vorschläge mit den Ringen verschneiden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="57"/>
        <source>Package styled layers</source>
        <translation>Gestaltete Layer bündeln</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="50"/>
        <source>Pole units for attraction rings (empty: none)</source>
        <translation>Poleinheiten für Anziehungsringe (leer: keine)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="45"/>
        <source>Population field</source>
        <translation>Feld der Bevölkerung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="63"/>
        <source>Proposals with their rings</source>
        <translation>Vorschläge mit ihren Ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="49"/>
        <source>Reach of the proposals</source>
        <translation>Reichweite der Vorschläge</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="60"/>
        <source>Rings of attraction</source>
        <translation>Anziehungsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="54"/>
        <source>Rings of attraction around a pole</source>
        <translation>Anziehungsringe um einen Pol</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="108"/>
        <source>Rings of dependence abroad</source>
        <translation>Ringe der Abhängigkeit vom Ausland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="103"/>
        <source>Rings of dependence on services abroad</source>
        <translation>Ringe der Abhängigkeit von Diensten im Ausland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="97"/>
        <source>Road class field (OSM highway)</source>
        <translation>Feld der Straßenklasse (OSM highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="95"/>
        <source>Road network (empty: straight lines)</source>
        <translation>Straßennetz (leer: Luftlinie)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="96"/>
        <source>Road speed field (km/h)</source>
        <translation>Geschwindigkeitsfeld der Straßen (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="107"/>
        <source>Service basins</source>
        <translation>Dienstleistungsräume</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="64"/>
        <source>Summary by theme and level</source>
        <translation>Übersicht nach Thema und Stufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="42"/>
        <source>Unit identifier field</source>
        <translation>Feld der Kennung der Einheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="41"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Einheiten (Gemeinden beiderseits der Grenze)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="58"/>
        <source>Units with cross-border indicators</source>
        <translation>Einheiten mit grenzüberschreitenden Indikatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="61"/>
        <source>Units with their attraction level</source>
        <translation>Einheiten mit ihrer Anziehungsstufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="106"/>
        <source>Units with times to services</source>
        <translation>Einheiten mit Zeiten zu den Dienstleistungen</translation>
    </message>
</context>
<context>
    <name>OverlayProposalsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="49"/>
        <source>Coverage gaps by theme</source>
        <translation>Versorgungslücken nach Thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="82"/>
        <source>Gaps: levels up to (1 = strong core only)</source>
        <translation>Lücken: Stufen bis (1 = nur starker Kern)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="64"/>
        <source>Intensity rings</source>
        <translation>Intensitätsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="66"/>
        <source>Level field (1 = strongest)</source>
        <translation>Feld der Stufe (1 = stärkste)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="53"/>
        <source>Overlay proposals on the rings</source>
        <translation>Vorschläge mit den Ringen verschneiden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="72"/>
        <source>Population field</source>
        <translation>Feld der Bevölkerung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="60"/>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="47"/>
        <source>Proposals with overlay</source>
        <translation>Vorschläge mit Verschneidung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="78"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="75"/>
        <source>Reach: service distance around each proposal (metres)</source>
        <translation>Reichweite: Versorgungsdistanz (Meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="48"/>
        <source>Summary by theme and level</source>
        <translation>Übersicht nach Thema und Stufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="111"/>
        <source>The proposals layer is empty: the summary holds zeros and the gaps are the whole core.</source>
        <translation>Der Layer der Vorschläge ist leer: die Übersicht enthält Nullen, und die Lücken umfassen den ganzen Kern.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="62"/>
        <source>Theme field</source>
        <translation>Feld des Themas</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="69"/>
        <source>Units (for the population reached)</source>
        <translation>Einheiten (für die erreichte Bevölkerung)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="127"/>
        <source>Unknown theme values kept as they are: {v}.</source>
        <translation>Unbekannte Themenwerte unverändert beibehalten: {v}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="101"/>
        <source>a population field needs a units layer</source>
        <translation>ein Bevölkerungsfeld erfordert einen Layer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="89"/>
        <source>choose a proposals layer</source>
        <translation>wählen Sie einen Layer der Vorschläge</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="92"/>
        <source>choose a rings layer</source>
        <translation>wählen Sie einen Layer der Ringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="143"/>
        <source>no ring with a level</source>
        <translation>kein Ring mit einer Stufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="56"/>
        <source>proposals,overlay,rings,coverage,gaps,population,reach</source>
        <translation>Vorschläge,Verschneidung,Ringe,Abdeckung,Lücken,Bevölkerung,Reichweite</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="130"/>
        <source>{n} negative reach values were taken as 0.</source>
        <translation>{n} negative Reichweiten wurden als 0 genommen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="183"/>
        <source>{n} proposals had an invalid geometry: repaired.</source>
        <translation>{n} Handlungsvorschläge hatten eine ungültige Geometrie: repariert.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="123"/>
        <source>{n} proposals overlaid on {k} levels; {o} outside every ring (kept, best_level NULL).</source>
        <translation>{n} Vorschläge mit {k} Stufen verschnitten; {o} außerhalb aller Ringe (beibehalten, best_level NULL).</translation>
    </message>
</context>
<context>
    <name>PackageLayersAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="72"/>
        <source>Also store a QGIS project inside the GeoPackage</source>
        <translation>Auch ein QGIS-Projekt im GeoPackage speichern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="76"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Plugin-Stile auf seine Ergebnisse anwenden</translation>
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
        <translation>Sprache des geteilten Projekts</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="68"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="87"/>
        <source>Layers written</source>
        <translation>Geschriebene Layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="109"/>
        <source>Names, groups, legends and form in: {lang}.</source>
        <translation>Namen, Gruppen, Legenden und Formular auf: {lang}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="80"/>
        <source>Or: PostgreSQL connection (PostGIS)</source>
        <translation>Oder: PostgreSQL-Verbindung (PostGIS)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="61"/>
        <source>Package styled layers for colleagues</source>
        <translation>Gestaltete Layer für Partner bündeln</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="82"/>
        <source>PostGIS schema</source>
        <translation>PostGIS-Schema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="136"/>
        <source>Project '{n}' stored in the GeoPackage.</source>
        <translation>Projekt „{n}“ im GeoPackage gespeichert.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="74"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="86"/>
        <source>Project stored in the GeoPackage</source>
        <translation>Im GeoPackage gespeichertes Projekt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="85"/>
        <source>QGIS's language</source>
        <translation>Sprache von QGIS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="78"/>
        <source>Replace layers of the same name</source>
        <translation>Gleichnamige Layer ersetzen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="164"/>
        <source>cannot connect: {e}</source>
        <translation>keine Verbindung möglich: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="116"/>
        <source>choose a GeoPackage file, or a PostgreSQL connection</source>
        <translation>wählen Sie eine GeoPackage-Datei oder eine PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="92"/>
        <source>choose at least one layer</source>
        <translation>wählen Sie mindestens einen Layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="159"/>
        <source>no PostgreSQL connection named '{n}'</source>
        <translation>keine PostgreSQL-Verbindung namens „{n}“</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="64"/>
        <source>package,geopackage,postgis,share,style,project,export</source>
        <translation>Paket,GeoPackage,PostGIS,Teilen,Stil,Projekt,Export</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="118"/>
        <source>the file name must end with .gpkg</source>
        <translation>der Dateiname muss auf .gpkg enden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="168"/>
        <source>these tables already exist in {s}: {t}; tick 'overwrite' to replace them</source>
        <translation>diese Tabellen existieren bereits in {s}: {t}; aktivieren Sie „überschreiben“, um sie zu ersetzen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="176"/>
        <source>{layer} → {schema}.{table}, style saved in layer_styles</source>
        <translation>{layer} → {schema}.{table}, Stil in layer_styles gespeichert</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="126"/>
        <source>{layer} → {table}, style saved as the default style</source>
        <translation>{layer} → {table}, Stil als Standardstil gespeichert</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="102"/>
        <source>{n} layers given the plugin's style.</source>
        <translation>{n} Layer haben den Plugin-Stil erhalten.</translation>
    </message>
</context>
<context>
    <name>PotentialRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="78"/>
        <source>Beta (shape of the function)</source>
        <translation>Beta (Form der Funktion)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="80"/>
        <source>Cell size (metres)</source>
        <translation>Zellgröße (Meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="69"/>
        <source>Denominator field (e.g. employed residents)</source>
        <translation>Feld des Nenners (z. B. Erwerbstätige)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="212"/>
        <source>FFT convolution of bilinearly spread masses</source>
        <translation>FFT-Faltung der bilinear verteilten Massen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="217"/>
        <source>FFT error against the exact sum on 400 sampled cells: 95th percentile {a:.3%}, maximum {b:.3%}.</source>
        <translation>FFT-Fehler gegenüber der exakten Summe auf 400 Stichprobenzellen: 95. Perzentil {a:.3%}, Maximum {b:.3%}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="89"/>
        <source>Grid extent (without a mask)</source>
        <translation>Rasterausdehnung (ohne Maske)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Interaction function</source>
        <translation>Interaktionsfunktion</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="87"/>
        <source>Mask (study area)</source>
        <translation>Maske (Untersuchungsgebiet)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="193"/>
        <source>No mask: the grid reaches {d:.0f} m beyond the units, where the kernel falls to 1 % of its peak (at most 10 spans).</source>
        <translation>Keine Maske: das Raster reicht {d:.0f} m über die Einheiten hinaus, bis der Kern auf 1 % seines Maximums fällt (höchstens 10 Spannweiten).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="66"/>
        <source>Numerator field (e.g. cross-border workers)</source>
        <translation>Feld des Zählers (z. B. Grenzgänger)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="56"/>
        <source>Smoothed intensity rings (potential)</source>
        <translation>Geglättete Intensitätsringe (Potenzial)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="53"/>
        <source>Smoothed rings</source>
        <translation>Geglättete Ringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="93"/>
        <source>Smoothed surface (GeoTIFF)</source>
        <translation>Geglättete Oberfläche (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="75"/>
        <source>Span: distance of weight 0.5 (metres)</source>
        <translation>Reichweite: Distanz mit Gewicht 0,5 (Meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="84"/>
        <source>Spread each polygon's mass over its area</source>
        <translation>Masse über die Fläche der Polygone verteilen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="220"/>
        <source>The cells are coarse for this span: choose cells of {r:g} m or less for an error under 0.5 %.</source>
        <translation>Die Zellen sind für diese Spannweite grob: Zellen von {r:g} m oder weniger für einen Fehler unter 0,5 % wählen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="82"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Schwellenwerte (aufsteigend, getrennt durch „;“)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="63"/>
        <source>Units (polygons or points)</source>
        <translation>Einheiten (Polygone oder Punkte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="203"/>
        <source>a {nx} × {ny} grid needs about {need:.1f} GB and {t:.0f} s (limits {lim:.1f} GB, {mt:.0f} s, {cells:,} cells); choose cells of {fit:g} m or more</source>
        <translation>ein Raster von {nx} × {ny} braucht etwa {need:.1f} GB und {t:.0f} s (Grenzen {lim:.1f} GB, {mt:.0f} s, {cells:,} Zellen); Zellen von {fit:g} m oder mehr wählen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="146"/>
        <source>choose a layer of units</source>
        <translation>wählen Sie einen Layer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="112"/>
        <source>every denominator is 0: choose another field</source>
        <translation>alle Nenner sind 0: wählen Sie ein anderes Feld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact direct summation</source>
        <translation>exakte direkte Summierung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact separable summation</source>
        <translation>exakte separierbare Summierung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="160"/>
        <source>must be greater than 0 (metres), e.g. 1000</source>
        <translation>muss größer als 0 sein (Meter), z. B. 1000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="158"/>
        <source>must be greater than 0 (metres), e.g. 10000</source>
        <translation>muss größer als 0 sein (Meter), z. B. 10000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="159"/>
        <source>must be greater than 0, e.g. 2</source>
        <translation>muss größer als 0 sein, z. B. 2</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="110"/>
        <source>no unit with a geometry and a numeric value</source>
        <translation>keine Einheit mit Geometrie und numerischem Wert</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="59"/>
        <source>potential,stewart,smoothing,kernel,rings,share,magrit</source>
        <translation>Potenzial,Stewart,Glättung,Kern,Ringe,Anteil,Magrit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="188"/>
        <source>the extent is empty</source>
        <translation>die Ausdehnung ist leer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="169"/>
        <source>the folder {f} does not exist</source>
        <translation>der Ordner {f} existiert nicht</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="181"/>
        <source>the mask has no polygon</source>
        <translation>die Maske hat kein Polygon</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="149"/>
        <source>the units must be polygons or points</source>
        <translation>die Einheiten müssen Polygone oder Punkte sein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="139"/>
        <source>{k} units used, {g} without geometry dropped, {r} repaired.</source>
        <translation>{k} Einheiten verwendet, {g} ohne Geometrie verworfen, {r} repariert.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="116"/>
        <source>{n} points, grid {nx} × {ny} cells of {r:g} m, {f} (span {s:g} m, beta {b:g}), {m}, about {mem:.0f} MB and {t:.0f} s.</source>
        <translation>{n} Punkte, Raster von {nx} × {ny} Zellen zu {r:g} m, {f} (Spannweite {s:g} m, Beta {b:g}), {m}, etwa {mem:.0f} MB und {t:.0f} s.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="138"/>
        <source>{n} units with a NULL value were left out.</source>
        <translation>{n} Einheiten mit NULL-Wert wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ProposalSchema</name>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="20"/>
        <source>Access to public services</source>
        <translation>Zugang zu öffentlichen Dienstleistungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="31"/>
        <source>Done</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="21"/>
        <source>Employment and training</source>
        <translation>Beschäftigung und Ausbildung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="30"/>
        <source>Funded</source>
        <translation>Finanziert</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="18"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="28"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="19"/>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="22"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="29"/>
        <source>Studied</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>ProposalStyle</name>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="100"/>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Best level reached</source>
        <translation>Beste erreichte Stufe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="89"/>
        <source>Choose a theme…</source>
        <translation>Thema wählen…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Horizon (year)</source>
        <translation>Zeithorizont (Jahr)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Lead actor</source>
        <translation>Federführender Akteur</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Population reached</source>
        <translation>Erreichte Bevölkerung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Service distance (m)</source>
        <translation>Versorgungsdistanz (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="136"/>
        <source>Service distance used (m)</source>
        <translation>Verwendete Versorgungsdistanz (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="139"/>
        <source>Share in level {k}</source>
        <translation>Anteil in Stufe {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="103"/>
        <source>The cost cannot be negative.</source>
        <translation>Die Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="102"/>
        <source>The horizon is a year between 2000 and 2100.</source>
        <translation>Der Zeithorizont ist ein Jahr zwischen 2000 und 2100.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="104"/>
        <source>The service distance cannot be negative.</source>
        <translation>Die Versorgungsdistanz kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>ProposalsLayerAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="76"/>
        <source> (the other layers of the file are kept)</source>
        <translation> (die anderen Layer der Datei bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="86"/>
        <source>'{c}' is not a valid coordinate reference system</source>
        <translation>'{c}' ist kein gültiges Koordinatenbezugssystem</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="44"/>
        <source>CRS</source>
        <translation>KBS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="35"/>
        <source>Create an action-proposals layer</source>
        <translation>Layer für Handlungsvorschläge erstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="74"/>
        <source>Created the layer '{n}' in {p} with the proposals form and theme symbols as its default style{kept}.</source>
        <translation>Layer '{n}' in {p} angelegt, mit dem Vorschlagsformular und den Themensymbolen als Standardstil{kept}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="88"/>
        <source>No CRS given: EPSG:3035 (ETRS89-LAEA Europe).</source>
        <translation>Kein KBS angegeben: EPSG:3035 (ETRS89-LAEA Europa).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Polygons</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="48"/>
        <source>Proposals layer (GeoPackage)</source>
        <translation>Layer der Vorschläge (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="46"/>
        <source>Replace an existing 'proposals' layer</source>
        <translation>Vorhandenen Layer 'proposals' ersetzen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="38"/>
        <source>proposals,actions,projects,form,template,health,mobility</source>
        <translation>Vorschläge,Maßnahmen,Projekte,Formular,Vorlage,Gesundheit,Mobilität</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="55"/>
        <source>the layer must be saved to a GeoPackage file (.gpkg) so that its forms and style travel with it</source>
        <translation>der Layer muss in einer GeoPackage-Datei (.gpkg) gespeichert werden, damit Formulare und Stil mitgehen</translation>
    </message>
</context>
<context>
    <name>RoadNetwork</name>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="74"/>
        <source>Default speed (km/h)</source>
        <translation>Standardgeschwindigkeit (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="83"/>
        <source>Direction field (one-way streets)</source>
        <translation>Feld der Fahrtrichtung (Einbahnstraßen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="214"/>
        <source>Graph: {n} nodes, {e} directed edges ({s} lines without speed skipped, {d} unknown direction values taken as both ways).</source>
        <translation>Graph: {n} Knoten, {e} gerichtete Kanten ({s} Linien ohne Geschwindigkeit übersprungen, {d} unbekannte Richtungswerte als beide Richtungen behandelt).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="199"/>
        <source>Graph: {n} nodes, {e} directed edges.</source>
        <translation>Graph: {n} Knoten, {e} gerichtete Kanten.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="263"/>
        <source>Left out for cars: {r}.</source>
        <translation>Für Autos ausgelassen: {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="103"/>
        <source>OSM other_tags field</source>
        <translation>OSM-Feld other_tags</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="276"/>
        <source>One-way: {f} in the digitising direction, {b} reversed, {t} both ways.</source>
        <translation>Einbahn: {f} in Digitalisierrichtung, {b} umgekehrt, {t} in beide Richtungen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="185"/>
        <source>Reading the network…</source>
        <translation>Lese das Netz…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="101"/>
        <source>Road class field (OpenStreetMap highway)</source>
        <translation>Feld der Straßenklasse (highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="70"/>
        <source>Road network (lines)</source>
        <translation>Straßennetz (Linien)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="94"/>
        <source>Snapping tolerance to the network (metres)</source>
        <translation>Fangtoleranz zum Netz (Meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="72"/>
        <source>Speed field (km/h)</source>
        <translation>Geschwindigkeitsfeld (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="105"/>
        <source>Speed table by road class (CSV)</source>
        <translation>Geschwindigkeiten nach Straßenklasse (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="264"/>
        <source>Speeds: {m} from maxspeed, the others from their road class.</source>
        <translation>Geschwindigkeiten: {m} aus maxspeed, die übrigen aus ihrer Straßenklasse.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="89"/>
        <source>Value for both directions</source>
        <translation>Wert für beide Richtungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="85"/>
        <source>Value for the digitising direction only</source>
        <translation>Wert nur für die Digitalisierrichtung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="87"/>
        <source>Value for the reverse direction only</source>
        <translation>Wert nur für die Gegenrichtung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="170"/>
        <source>cannot read the file: {e}</source>
        <translation>die Datei kann nicht gelesen werden: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="140"/>
        <source>choose a line layer</source>
        <translation>wählen Sie einen Linienlayer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="172"/>
        <source>each line must be class;speed_kmh with a number ({e})</source>
        <translation>jede Zeile muss Klasse;Geschwindigkeit_kmh mit einer Zahl sein ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="246"/>
        <source>every line was left out for cars ({r}): check the road class field and the access tags</source>
        <translation>alle Linien wurden für Autos ausgelassen ({r}): prüfen Sie das Feld der Straßenklasse und die Zugangs-Tags</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="150"/>
        <source>no speed: choose a speed field or a road class field, or give a default speed greater than 0</source>
        <translation>keine Geschwindigkeit: wählen Sie ein Geschwindigkeits- oder Straßenklassenfeld oder geben Sie eine Standardgeschwindigkeit über 0 an</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="178"/>
        <source>speeds must be greater than 0: {c}</source>
        <translation>Geschwindigkeiten müssen größer als 0 sein: {c}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="175"/>
        <source>the file has no class;speed_kmh line</source>
        <translation>die Datei hat keine Zeile Klasse;Geschwindigkeit_kmh</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="209"/>
        <source>the network has no usable line</source>
        <translation>das Netz hat keine verwendbare Linie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="260"/>
        <source>{n} line parts read, {k} kept for cars, {x} left out.</source>
        <translation>{n} Linienteile gelesen, {k} für Autos behalten, {x} ausgelassen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="267"/>
        <source>{n} lines have a class missing from the speed table: the default speed was used for them ({c}).</source>
        <translation>{n} Linien haben eine Klasse, die in der Geschwindigkeitstabelle fehlt: für sie galt die Standardgeschwindigkeit ({c}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="218"/>
        <source>{n} lines have a speed of 0: they are not travelled (closed roads?).</source>
        <translation>{n} Linien haben die Geschwindigkeit 0: sie werden nicht befahren (gesperrte Straßen?).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="272"/>
        <source>{n} maxspeed values could not be read: their class speed was used.</source>
        <translation>{n} maxspeed-Werte waren nicht lesbar: die Geschwindigkeit ihrer Klasse wurde verwendet.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="221"/>
        <source>{n} speed values hold no number: the default speed was used for them.</source>
        <translation>{n} Geschwindigkeitswerte enthalten keine Zahl: die Standardgeschwindigkeit wurde verwendet.</translation>
    </message>
</context>
<context>
    <name>ServiceBasinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="85"/>
        <source>Basket (CSV type;theme;basket)</source>
        <translation>Korb (CSV type;theme;basket)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="101"/>
        <source>Basket as a layer or table</source>
        <translation>Korb als Layer oder Tabelle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="185"/>
        <source>Basket from the table: {k} types in {t} themes.</source>
        <translation>Korb aus der Tabelle: {k} Typen in {t} Themen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="73"/>
        <source>Country field</source>
        <translation>Feld des Landes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="77"/>
        <source>Equipment (points or areas)</source>
        <translation>Einrichtungen (Punkte oder Flächen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="82"/>
        <source>Equipment country field</source>
        <translation>Länderfeld der Einrichtungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="230"/>
        <source>Equipment given as areas: each counts at a point inside it (point on surface).</source>
        <translation>Einrichtungen als Flächen: jede zählt an einem Punkt in ihrem Inneren (Punkt auf der Oberfläche).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="80"/>
        <source>Equipment type field</source>
        <translation>Feld Einrichtungstyp</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="61"/>
        <source>Living areas by services (bassins de vie, INSEE-like)</source>
        <translation>Lebensräume nach Dienstleistungen (bassins de vie, nach INSEE-Art)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="252"/>
        <source>No network: times from the straight-line distance x {d:g} (detour factor) at {s:g} km/h.</source>
        <translation>Kein Netz: Zeiten aus der Luftlinie x {d:g} (Umwegfaktor) bei {s:g} km/h.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="75"/>
        <source>Population field</source>
        <translation>Feld der Bevölkerung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="57"/>
        <source>Service basins</source>
        <translation>Dienstleistungsräume</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="88"/>
        <source>Service pole: share of the basket's types held (%)</source>
        <translation>Dienstleistungspol: Anteil der Korbtypen (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="71"/>
        <source>Unit identifier field</source>
        <translation>Feld der Kennung der Einheit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="69"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Einheiten (Gemeinden beiderseits der Grenze)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="56"/>
        <source>Units with times to services</source>
        <translation>Einheiten mit Zeiten zu den Dienstleistungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="93"/>
        <source>Without a network: detour factor over the straight line</source>
        <translation>Ohne Netz: Umwegfaktor gegenüber der Luftlinie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="96"/>
        <source>Without a network: speed (km/h)</source>
        <translation>Ohne Netz: Geschwindigkeit (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="147"/>
        <source>choose a point or polygon layer of equipment</source>
        <translation>wählen Sie einen Punkt- oder Polygonlayer der Einrichtungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="144"/>
        <source>choose a polygon layer of units</source>
        <translation>wählen Sie einen Polygonlayer der Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="156"/>
        <source>choose the field that holds the equipment type</source>
        <translation>wählen Sie das Feld mit dem Einrichtungstyp</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="154"/>
        <source>choose the field that identifies the units</source>
        <translation>wählen Sie das Feld, das die Einheiten kennzeichnet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="64"/>
        <source>services,equipment,bassin de vie,BPE,OSM,amenity,health,cross-border,pole</source>
        <translation>Dienstleistungen,Einrichtungen,bassin de vie,BPE,OSM,amenity,Gesundheit,grenzüberschreitend,Pol</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="177"/>
        <source>the basket table needs the fields type and theme (and optionally basket); found: {f}</source>
        <translation>die Korbtabelle braucht die Felder type und theme (und optional basket); gefunden: {f}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="193"/>
        <source>the layer has no usable polygon</source>
        <translation>der Layer hat kein verwendbares Polygon</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="219"/>
        <source>{n} basket types have no equipment point and are left out of the pole share: {t}</source>
        <translation>{n} Typen des Korbs haben keinen Einrichtungspunkt und bleiben beim Polanteil außen vor: {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="215"/>
        <source>{n} equipment points have a type outside the basket and were not counted: {t}</source>
        <translation>{n} Einrichtungspunkte haben einen Typ außerhalb des Korbs und wurden nicht gezählt: {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="243"/>
        <source>{n} equipment points have no country (no value in the equipment's country field, or not in a unit with a country): they count for the time to the nearest, neither at home nor abroad.</source>
        <translation>{n} Einrichtungspunkte haben kein Land (kein Wert im Länderfeld der Einrichtungen oder in keiner Einheit mit Land): sie zählen für die Zeit zur nächsten, weder im Inland noch im Ausland.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="239"/>
        <source>{n} equipment points of the basket, {o} of them outside every unit (they count for times, not for holdings).</source>
        <translation>{n} Einrichtungspunkte des Korbs, davon {o} außerhalb jeder Einheit (sie zählen für die Zeiten, nicht für den Besitz).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="199"/>
        <source>{n} units have no country: home and abroad are undefined for them, their home/abroad/gain fields and dep_abroad are NULL.</source>
        <translation>{n} Einheiten haben kein Land: Inland und Ausland sind für sie nicht bestimmt, ihre Felder home/abroad/gain und dep_abroad sind NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="130"/>
        <source>{p} service poles (at least {s:g} % of the {k} basket types present); {z} units in a zone, {n} in none; {d} detached by contiguity, {f} enclaves filled.</source>
        <translation>{p} Dienstleistungspole (mindestens {s:g} % der {k} vorhandenen Typen des Korbs); {z} Einheiten in einer Zone, {n} in keiner; {d} durch den Zusammenhang abgetrennt, {f} Enklaven gefüllt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="263"/>
        <source>{u} units and {e} equipment points are farther than {s:g} m (SNAP_TOLERANCE) from the network: left out (NULL times).</source>
        <translation>{u} Einheiten und {e} Einrichtungspunkte liegen weiter als {s:g} m (SNAP_TOLERANCE) vom Netz: ausgelassen (Zeiten NULL).</translation>
    </message>
</context>
<context>
    <name>Styling</name>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Access rings</source>
        <translation>Erreichbarkeitsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Action proposals</source>
        <translation>Handlungsvorschläge</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="422"/>
        <source>Action proposals (areas)</source>
        <translation>Handlungsvorschläge (Flächen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="420"/>
        <source>Action proposals (lines)</source>
        <translation>Handlungsvorschläge (Linien)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Agree</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Attraction</source>
        <translation>Anziehung</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Attraction area</source>
        <translation>Einzugsgebiet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="194"/>
        <source>Attraction level {k}</source>
        <translation>Anziehung, Stufe {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Border and poles</source>
        <translation>Grenze und Pole</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Commuter flows</source>
        <translation>Pendlerströme</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Coverage gaps by theme</source>
        <translation>Versorgungslücken nach Thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Cross-border</source>
        <translation>Grenzüberschreitend</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Cross-border indicators</source>
        <translation>Grenzüberschreitende Indikatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="384"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="133"/>
        <source>Dependence abroad (%)</source>
        <translation>Abhängigkeit vom Ausland (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Domestic</source>
        <translation>Inländisch</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Intensity levels</source>
        <translation>Intensitätsstufen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Intensity rings</source>
        <translation>Intensitätsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="38"/>
        <source>Middle ring</source>
        <translation>Mittlerer Ring</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>National border</source>
        <translation>Staatsgrenze</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="259"/>
        <source>Not reached within the bands</source>
        <translation>In keinem Zeitband erreicht</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Only official</source>
        <translation>Nur amtlich</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Only ours</source>
        <translation>Nur bei uns</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Other zone</source>
        <translation>Andere Zone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="36"/>
        <source>Outer ring</source>
        <translation>Äußerer Ring</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="86"/>
        <source>Outside both</source>
        <translation>Außerhalb beider</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Pole and couronne</source>
        <translation>Pol und Couronne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Poles</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="39"/>
        <source>Ring {k}</source>
        <translation>Ring {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Rings</source>
        <translation>Ringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="416"/>
        <source>Rings of attraction</source>
        <translation>Anziehungsringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Seen by one side only</source>
        <translation>Nur von einer Seite gesehen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Service basins</source>
        <translation>Dienstleistungsräume</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="447"/>
        <source>Share working across the border (%)</source>
        <translation>Anteil mit Arbeit jenseits der Grenze (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides agree</source>
        <translation>Beide Seiten stimmen überein</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides differ</source>
        <translation>Die Seiten weichen ab</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Small counts (under 200)</source>
        <translation>Kleine Zahlen (unter 200)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="411"/>
        <source>Smoothed rings</source>
        <translation>Geglättete Ringe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="418"/>
        <source>Smoothed surface</source>
        <translation>Geglättete Oberfläche</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="34"/>
        <source>Strong core</source>
        <translation>Starker Kern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="140"/>
        <source>Time to {theme} (min)</source>
        <translation>Fahrzeit: {theme} (Min.)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Times to services</source>
        <translation>Zeiten zu den Dienstleistungen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Travel time to the poles</source>
        <translation>Fahrzeit zu den Polen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Zoning comparison</source>
        <translation>Vergleich der Gebietsabgrenzungen</translation>
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
        <translation>{low:g} – {high:g} Min.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="267"/>
        <source>{low} – {high} min</source>
        <translation>{low} – {high} Min.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="235"/>
        <source>≤ {m:g} min</source>
        <translation>≤ {m:g} Min.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="110"/>
        <source>≥ {low:g} min</source>
        <translation>≥ {low:g} Min.</translation>
    </message>
</context>
</TS>
