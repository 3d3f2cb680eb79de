<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccessRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="304"/>
        <source>'{v}' is neither a number of minutes nor 'closed'</source>
        <translation>'{v}' is geen aantal minuten en geen 'closed'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="64"/>
        <source>Access rings</source>
        <translation>Bereikbaarheidsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="68"/>
        <source>Access rings (travel time)</source>
        <translation>Bereikbaarheidsringen (reistijd)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="103"/>
        <source>Border crossing points (customs, bridges)</source>
        <translation>Grensovergangen (douane, bruggen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="98"/>
        <source>Border penalty without crossing points</source>
        <translation>Grenstoeslag zonder grensovergangen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="88"/>
        <source>Border-crossing penalty (minutes)</source>
        <translation>Toeslag voor grensoverschrijding (minuten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="289"/>
        <source>Border: {c} crossing points ({x} closed); {e} of the {b} border edges pay a crossing's delay, the others are free.</source>
        <translation>Grens: {c} grensovergangen ({x} gesloten); {e} van de {b} grensranden betalen de wachttijd van een overgang, de andere zijn vrij.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="257"/>
        <source>Border: {m:g} minutes on every crossing of the border (each edge joining two countries).</source>
        <translation>Grens: {m:g} minuten bij elke grensoverschrijding (elke rand tussen twee landen).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="261"/>
        <source>Border: {m:g} minutes once per trip, when the unit's country differs from the pole's.</source>
        <translation>Grens: {m:g} minuten één keer per rit, als het land van de eenheid verschilt van dat van de pool.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="279"/>
        <source>CROSSINGS: without units with a country (UNITS, COUNTRY) the network has no border: the crossing points are not used.</source>
        <translation>CROSSINGS: zonder eenheden met een land (UNITS, COUNTRY) heeft het netwerk geen grens: de grensovergangen worden niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="86"/>
        <source>Country field of the units</source>
        <translation>Veld van het land van de eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="106"/>
        <source>Delay field of the crossings (minutes)</source>
        <translation>Wachttijd van de overgangen (minuten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="94"/>
        <source>Direction of travel</source>
        <translation>Reisrichting</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="96"/>
        <source>From the poles to the units (isochrones)</source>
        <translation>Van de polen naar de eenheden (isochronen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="95"/>
        <source>From the units to the poles</source>
        <translation>Van de eenheden naar de polen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="100"/>
        <source>On every crossing of the border</source>
        <translation>Bij elke grensoverschrijding</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="99"/>
        <source>Once per trip to the other country</source>
        <translation>Eén keer per rit naar het andere land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="78"/>
        <source>Pole identifier field</source>
        <translation>Veld van de pool-id</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="76"/>
        <source>Poles (points)</source>
        <translation>Polen (punten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="109"/>
        <source>Radius of a crossing point (metres)</source>
        <translation>Straal van een grensovergang (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="125"/>
        <source>Shortest paths from {n} poles in one run…</source>
        <translation>Kortste routes vanaf {n} polen in één berekening…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="254"/>
        <source>The border penalty needs units with a country field (UNITS, COUNTRY): it was not applied.</source>
        <translation>De grenstoeslag vraagt eenheden met een landveld (UNITS, COUNTRY): hij is niet toegepast.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="84"/>
        <source>Time bands (minutes, ascending)</source>
        <translation>Tijdsbanden (minuten, oplopend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="82"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="80"/>
        <source>Units (polygons)</source>
        <translation>Eenheden (polygonen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="63"/>
        <source>Units with travel times</source>
        <translation>Eenheden met reistijden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="151"/>
        <source>choose a point layer</source>
        <translation>kies een puntlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="171"/>
        <source>minutes must be greater than 0</source>
        <translation>de minuten moeten groter dan 0 zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="234"/>
        <source>no pole lies within the snapping tolerance of the network; increase SNAP_TOLERANCE</source>
        <translation>geen enkele pool ligt binnen de kleeftolerantie van het netwerk; verhoog SNAP_TOLERANCE</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="195"/>
        <source>the crossings must be points (e.g. Centroids of the customs posts or bridges)</source>
        <translation>de overgangen moeten punten zijn (bv. Zwaartepunten van de douaneposten of bruggen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="159"/>
        <source>the layer is empty: add at least one pole</source>
        <translation>de laag is leeg: voeg minstens één pool toe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="153"/>
        <source>the poles must be points (e.g. Centroids of a polygon layer)</source>
        <translation>de polen moeten punten zijn (bv. Zwaartepunten van een polygoonlaag)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="157"/>
        <source>the units must be polygons</source>
        <translation>de eenheden moeten polygonen zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="71"/>
        <source>travel time,isochrone,network,road,access,border,penalty,pole</source>
        <translation>reistijd,isochroon,netwerk,weg,bereikbaarheid,grens,toeslag,pool</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="129"/>
        <source>{c} parts of the network ({n} nodes) are not connected to any pole and were left unreached.</source>
        <translation>{c} delen van het netwerk ({n} knopen) zijn met geen enkele pool verbonden en blijven onbereikt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="285"/>
        <source>{n} crossing points lie farther than {r:g} m (CROSSING_RADIUS) from every edge joining two countries: they charge nothing (feature ids {ids}).</source>
        <translation>{n} grensovergangen liggen verder dan {r:g} m (CROSSING_RADIUS) van elke rand tussen twee landen: ze kosten niets (object-id's {ids}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="230"/>
        <source>{n} poles are farther than {s:g} m from the network and were left out: {ids}</source>
        <translation>{n} polen liggen verder dan {s:g} m van het netwerk en werden weggelaten: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="333"/>
        <source>{n} units are farther than {s:g} m (SNAP_TOLERANCE) from every network line: their time is NULL.</source>
        <translation>{n} eenheden liggen verder dan {s:g} m (SNAP_TOLERANCE) van elke netwerklijn: hun tijd is NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="336"/>
        <source>{n} units are on parts of the network no pole reaches: their time is NULL.</source>
        <translation>{n} eenheden liggen op delen van het netwerk die geen pool bereikt: hun tijd is NULL.</translation>
    </message>
</context>
<context>
    <name>AttractionRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>AAV 2020-like (INSEE, 15 %, no enclave)</source>
        <translation>AAV 2020-achtig (INSEE, 15 %, zonder enclaves)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="106"/>
        <source>Associate poles (15 % rule)</source>
        <translation>Polen koppelen (15 %-regel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="187"/>
        <source>Associated poles: {a} sends {s:.1f} % of its employed residents to {b}; one core named {n}.</source>
        <translation>Gekoppelde polen: {a} stuurt {s:.1f} % van zijn werkzame inwoners naar {b}; één kern met de naam {n}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>By the rules (on for AAV-like and FUA-like)</source>
        <translation>Volgens de regels (aan voor AAV en FUA)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="80"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>Custom (the parameters below)</source>
        <translation>Aangepast (parameters hieronder)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="78"/>
        <source>Employed residents field</source>
        <translation>Veld werkzame inwoners</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="243"/>
        <source>Enclaves filled per area: {p}; {b} units enclosed only by several areas together left out (between areas).</source>
        <translation>Enclaves per gebied opgevuld: {p}; {b} eenheden die alleen door meerdere gebieden samen zijn ingesloten blijven erbuiten (tussen gebieden).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>FUA-like (EU-OECD, 15 %)</source>
        <translation>FUA-achtig (EU-OESO, 15 %)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="96"/>
        <source>Fill enclaves</source>
        <translation>Enclaves opvullen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="69"/>
        <source>Geneva 25 % (cross-border observatory)</source>
        <translation>Genève 25 % (grensobservatorium)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="98"/>
        <source>Iterative (the target grows with attracted units)</source>
        <translation>Iteratief (doel groeit mee)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="94"/>
        <source>Keep only units connected to the pole</source>
        <translation>Alleen met de pool verbonden eenheden behouden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="252"/>
        <source>No unit other than the poles reaches the lowest threshold.</source>
        <translation>Geen eenheid buiten de polen haalt de laagste drempel.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="87"/>
        <source>Or pole field (the pole's name)</source>
        <translation>Of poolveld (naam van de pool)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="85"/>
        <source>Pole units (identifiers separated by ';')</source>
        <translation>Pooleenheden (id's gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="82"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="57"/>
        <source>Rings of attraction</source>
        <translation>Aantrekkingsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="61"/>
        <source>Rings of attraction around a pole</source>
        <translation>Aantrekkingsringen rond een pool</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="90"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="168"/>
        <source>Rules: {s}.</source>
        <translation>Regels: {s}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="100"/>
        <source>Snapping tolerance between units (m)</source>
        <translation>Snaptolerantie tussen eenheden (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="92"/>
        <source>Thresholds toward the pole (%, e.g. 15;25;40)</source>
        <translation>Drempels naar de pool (%, bv. 15;25;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="76"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="74"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Eenheden (gemeenten, aan beide kanten van de grens)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="56"/>
        <source>Units with their attraction level</source>
        <translation>Eenheden met hun aantrekkingsniveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>ZAU 2010-like (INSEE, 40 %, iterative)</source>
        <translation>ZAU 2010-achtig (INSEE, 40 %, iteratief)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="64"/>
        <source>attraction,pole,AAV,ZAU,FUA,aire d'attraction,couronne,rings,cross-border</source>
        <translation>aantrekking,pool,AAV,ZAU,FUA,aire d'attraction,kroon,ringen,grensoverschrijdend</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="118"/>
        <source>choose a flows table or layer</source>
        <translation>kies een tabel of laag met stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="116"/>
        <source>choose a polygon layer of units</source>
        <translation>kies een polygoonlaag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="175"/>
        <source>give ascending percentages above 0, e.g. 15;25;40</source>
        <translation>geef oplopende percentages boven 0, bv. 15;25;40</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="205"/>
        <source>give the pole's unit identifiers, or a POLE_FIELD</source>
        <translation>geef de id's van de pooleenheden, of een POLE_FIELD</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="200"/>
        <source>no unit has a value in this field</source>
        <translation>geen eenheid heeft een waarde in dit veld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="209"/>
        <source>no unit has the identifier(s) {ids}: give identifiers of the units layer</source>
        <translation>geen eenheid heeft de id('s) {ids}: geef id's van de eenhedenlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="129"/>
        <source>the layer has no usable polygon</source>
        <translation>de laag heeft geen bruikbare polygoon</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="144"/>
        <source>{n} flow rows between units, {s} to or from places that are not units (not counted).</source>
        <translation>{n} stroomregels tussen eenheden, {s} van of naar plaatsen die geen eenheden zijn (niet geteld).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="246"/>
        <source>{n} neighbour pairs found within the snapping tolerance (slivers or gaps between layers).</source>
        <translation>{n} burenparen gevonden binnen de snaptolerantie (splinters of gaten tussen lagen).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="249"/>
        <source>{n} units have no employed residents (NULL or 0): no share, level 0 unless enclosed.</source>
        <translation>{n} eenheden hebben geen werkzamen (NULL of 0): geen aandeel, niveau 0 tenzij ingesloten.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="238"/>
        <source>{p} pole units; units per level: {c}; {d} above a threshold but detached (dropped); {e} enclaves filled; {m} multipolarised.</source>
        <translation>{p} pooleenheden; eenheden per niveau: {c}; {d} boven een drempel maar losliggend (weggelaten); {e} enclaves opgevuld; {m} multipolair.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="189"/>
        <source>{p} poles, {m} after association.</source>
        <translation>{p} polen, {m} na koppeling.</translation>
    </message>
</context>
<context>
    <name>BassinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="145"/>
        <source>Action proposals</source>
        <translation>Actievoorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="530"/>
        <source>Canceled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="295"/>
        <source>Count field</source>
        <translation>Veld van het aantal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="144"/>
        <source>Cross-border intensity</source>
        <translation>Grensoverschrijdende intensiteit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="143"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="293"/>
        <source>Destination field</source>
        <translation>Veld van de bestemming</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="289"/>
        <source>Flows table</source>
        <translation>Stromentabel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="291"/>
        <source>Origin field (unit of residence)</source>
        <translation>Veld van de herkomst (woongemeente)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="146"/>
        <source>Sharing and maps</source>
        <translation>Delen en kaarten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="298"/>
        <source>Theme field (work, study, health…)</source>
        <translation>Veld van het thema (werk, studie…)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="322"/>
        <source>field '{f}' does not exist in the layer</source>
        <translation>veld '{f}' bestaat niet in de laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="470"/>
        <source>field '{f}' holds text, not numbers: choose a numeric field (or convert it with the Field calculator, e.g. to_real(replace("{f}", ' ', '')))</source>
        <translation>het veld '{f}' bevat tekst, geen getallen: kies een numeriek veld (of zet het om met de Veldberekening, bv. to_real(replace("{f}", ' ', '')))</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="228"/>
        <source>the file {f} is also the input {p}: writing there would destroy it; choose another file name</source>
        <translation>het bestand {f} is ook de invoer {p}: erin schrijven zou die vernietigen; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="305"/>
        <source>{label} ({name}): {message}</source>
        <translation>{label} ({name}): {message}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="517"/>
        <source>{n} distinct ids with a leading zero (e.g. 01001) were matched to the French unit whose numeric id lacks it (1001).</source>
        <translation>{n} verschillende id's met een voorloopnul (bv. 01001) zijn gekoppeld aan de Franse eenheid waarvan het numerieke id die mist (1001).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="522"/>
        <source>{n} distinct ids with a leading zero match no unit, although a unit has the same id without the zero (e.g. {a} and the unit {b}): they are not counted. If the unit ids lost their zeros, restore them with the Field calculator: {hint}.</source>
        <translation>{n} verschillende id's met een voorloopnul komen met geen eenheid overeen, hoewel een eenheid hetzelfde id zonder de nul heeft (bv. {a} en de eenheid {b}): ze worden niet geteld. Zijn de id's van de eenheden hun nullen kwijt, herstel ze dan met de veldberekening: {hint}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="498"/>
        <source>{p}: the layer has no field '{d}', the field '{f}' is used.</source>
        <translation>{p}: de laag heeft geen veld '{d}', het veld '{f}' wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="458"/>
        <source>{p}: {r} invalid geometries repaired, {u} unrepairable left out.</source>
        <translation>{p}: {r} ongeldige geometrieën hersteld, {u} onherstelbare weggelaten.</translation>
    </message>
</context>
<context>
    <name>BassinsPlugin</name>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="45"/>
        <source>Bassins de vie</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="48"/>
        <source>Cross-border living-area tools</source>
        <translation>Hulpmiddelen voor grensoverschrijdende leefgebieden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="49"/>
        <source>Generate a demo territory…</source>
        <translation>Een demogebied genereren…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="50"/>
        <source>Help</source>
        <translation>Help</translation>
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
        <translation>Grenslijnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="45"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="36"/>
        <source>National border lines</source>
        <translation>Landsgrenzen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="99"/>
        <source>The countries' units do not meet (within the tolerance): no border line.</source>
        <translation>De eenheden van de landen raken elkaar niet (binnen de tolerantie): geen grenslijn.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="47"/>
        <source>Tolerance between the national layers</source>
        <translation>Tolerantie tussen de nationale lagen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="43"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Eenheden (gemeenten, aan beide kanten van de grens)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="39"/>
        <source>border,frontière,Grenze,confine,grens,country,line</source>
        <translation>grens,frontière,Grenze,confine,border,land,lijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="54"/>
        <source>choose a polygon layer of units</source>
        <translation>kies een polygoonlaag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="78"/>
        <source>the units belong to {n} country: a border needs units of two countries or more</source>
        <translation>de eenheden horen bij {n} land: een grens vraagt eenheden van minstens twee landen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="96"/>
        <source>{a} – {b}: {km:.1f} km of border.</source>
        <translation>{a} – {b}: {km:.1f} km grens.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="71"/>
        <source>{n} units have no country and are left out, which leaves a hole in the border where they lie (feature ids: {ids}); fill the field '{f}'.</source>
        <translation>{n} eenheden hebben geen land en worden weggelaten, wat een gat in de grens laat waar ze liggen (object-id's: {ids}); vul het veld '{f}' in.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="59"/>
        <source>{t:g} m is far wider than the slivers and gaps between two national layers (metres to a few hundred metres): give at most {m:g} m</source>
        <translation>{t:g} m is veel breder dan de kieren en overlappingen tussen twee nationale lagen (meters tot enkele honderden meters): geef ten hoogste {m:g} m</translation>
    </message>
</context>
<context>
    <name>CompareSourcesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="44"/>
        <source>BFS,Statbel,GGS,frontaliers,cross-border,check,compare,census</source>
        <translation>BFS,Statbel,GGS,grensarbeiders,grensoverschrijdend,controle,vergelijken,volkstelling</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="41"/>
        <source>Compare the French census with the foreign office's counts</source>
        <translation>De Franse volkstelling vergelijken met de cijfers van het buitenlandse bureau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="57"/>
        <source>Count field of the foreign office</source>
        <translation>Veld met het aantal van het buitenlandse bureau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="60"/>
        <source>Flag differences beyond this share of the larger count</source>
        <translation>Verschillen boven dit aandeel markeren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="53"/>
        <source>Foreign office's counts (e.g. importforeign output)</source>
        <translation>Buitenlandse cijfers (uit importforeign)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="49"/>
        <source>French flows compared</source>
        <translation>Vergeleken Franse stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="50"/>
        <source>Inbound (to the foreign unit)</source>
        <translation>Inkomend (naar de buitenlandse eenheid)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="51"/>
        <source>Outbound (from the foreign unit)</source>
        <translation>Uitgaand (van de buitenlandse eenheid)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="36"/>
        <source>Two-sided check</source>
        <translation>Controle van beide kanten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="37"/>
        <source>Two-sided check on the units (styled)</source>
        <translation>Controle van beide kanten op de eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="55"/>
        <source>Unit identifier field of the counts</source>
        <translation>Veld met de eenheid-id van de cijfers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="66"/>
        <source>Unit identifier field of the units</source>
        <translation>Id-veld van de eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="63"/>
        <source>Units to map the check on (optional)</source>
        <translation>Eenheden voor de kaart (optioneel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="121"/>
        <source>choose the field holding the unit identifiers</source>
        <translation>kies het veld met de eenheid-id's</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="117"/>
        <source>choose the units to map the check on</source>
        <translation>kies de eenheden om de controle op te karteren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="139"/>
        <source>{c}: French census {f:.1f}, foreign office {o:.1f}, difference {d:.1f}.</source>
        <translation>{c}: Franse volkstelling {f:.1f}, buitenlands bureau {o:.1f}, verschil {d:.1f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="141"/>
        <source>{n} units compared, {k} differ by more than {s:.0f} %, {low} with a count under {m:.0f} (low_count = true)</source>
        <translation>{n} eenheden vergeleken, {k} verschillen meer dan {s:.0f} %, {low} met een aantal onder {m:.0f} (low_count = waar)</translation>
    </message>
</context>
<context>
    <name>CompareZoningsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="59"/>
        <source>Agreement per zone</source>
        <translation>Overeenstemming per zone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="76"/>
        <source>Any non-zero value is in our area (levels)</source>
        <translation>Elke waarde ≠ 0 hoort bij ons gebied</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="63"/>
        <source>Compare with an official zoning</source>
        <translation>Vergelijken met een officiële indeling</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="90"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="88"/>
        <source>Official code for "in no zone"</source>
        <translation>Officiële code voor "in geen zone"</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="81"/>
        <source>Official zoning (unit code → zone code)</source>
        <translation>Officiële indeling (eenheidscode → zonecode)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="74"/>
        <source>Our zone or level field</source>
        <translation>Veld van onze zone of niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="177"/>
        <source>Ours {a} / official {b}: {n} units in both, {o} only ours, {f} only official, Jaccard {j:.2f}.</source>
        <translation>Wij {a} / officieel {b}: {n} eenheden in beide, {o} alleen bij ons, {f} alleen officieel, Jaccard {j:.2f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="78"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="84"/>
        <source>Unit code field of the official zoning</source>
        <translation>Eenheidscodeveld van de officiële indeling</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="72"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="58"/>
        <source>Units marked agree / only ours / only official</source>
        <translation>Eenheden: eens / alleen wij / alleen officieel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="70"/>
        <source>Units with our zoning (e.g. attraction levels)</source>
        <translation>Eenheden met onze indeling (bv. aantrekkingsniveaus)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="86"/>
        <source>Zone code field of the official zoning</source>
        <translation>Zonecodeveld van de officiële indeling</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="98"/>
        <source>choose a polygon layer of units</source>
        <translation>kies een polygoonlaag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="100"/>
        <source>choose the official zoning layer or table</source>
        <translation>kies de laag of tabel van de officiële indeling</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="66"/>
        <source>compare,zoning,AAV,bassins de vie,official,Jaccard,agreement</source>
        <translation>vergelijken,indeling,AAV,bassins de vie,officieel,Jaccard,overeenstemming</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="148"/>
        <source>no official code matches a unit identifier: check the code fields</source>
        <translation>geen officiële code komt overeen met een eenheid-id: controleer de codevelden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="109"/>
        <source>the layer has no feature</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="118"/>
        <source>{n} different values of {z} are taken as one area (ANY_LEVEL): to compare zone by zone (e.g. servicebasins' zone with INSEE's BV2022), untick ANY_LEVEL.</source>
        <translation>{n} verschillende waarden van {z} worden als één gebied genomen (ANY_LEVEL): om zone per zone te vergelijken (bv. de zone van servicebasins met de BV2022 van het INSEE), vink ANY_LEVEL uit.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="155"/>
        <source>{n} official codes are listed in several zones; each unit is compared with the first zone listed: {ids}</source>
        <translation>{n} officiële codes staan in meerdere zones; elke eenheid wordt vergeleken met de eerst genoemde zone: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="151"/>
        <source>{n} rows of the official zoning match no unit (other territory): ignored.</source>
        <translation>{n} regels van de officiële indeling passen bij geen eenheid (ander gebied): genegeerd.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="91"/>
        <source> in basket '{b}'</source>
        <translation> in mand '{b}'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="69"/>
        <source>'{c}' is not a two-letter ISO country code</source>
        <translation>'{c}' is geen ISO-landcode van twee letters</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="61"/>
        <source>'{n}' is not a valid name: use letters, digits and '_' (63 characters at most, not starting with a digit)</source>
        <translation>'{n}' is geen geldige naam: letters, cijfers en '_' (hoogstens 63 tekens, niet beginnend met een cijfer)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="76"/>
        <source>'{p}' is negative: thresholds are shares, counts or minutes, ≥ 0</source>
        <translation>'{p}' is negatief: drempels zijn aandelen, aantallen of minuten, ≥ 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="74"/>
        <source>'{p}' is not a finite number</source>
        <translation>'{p}' is geen eindig getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="71"/>
        <source>'{p}' is not a number; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>'{p}' is geen getal; typ oplopende getallen gescheiden door ';', bv. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>Austria</source>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Italy</source>
        <translation>Italië</translation>
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
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="309"/>
        <source>a count is not a number</source>
        <translation>een aantal is geen getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="67"/>
        <source>basket line {n}: no type; every line needs type;theme;basket</source>
        <translation>mand, regel {n}: geen type; elke regel heeft type;thema;mand nodig</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="70"/>
        <source>basket line {n}: type '{t}' has no theme; give one (health, education, shopping, public_services, mobility or your own)</source>
        <translation>mand, regel {n}: type '{t}' heeft geen thema; geef er een (health, education, shopping, public_services, mobility of een eigen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="87"/>
        <source>basket: {n} type(s) listed twice with different themes: {t}; keep one line per type</source>
        <translation>pakket: {n} type(n) twee keer vermeld met verschillende thema’s: {t}; houd één regel per type</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="188"/>
        <source>canceled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="168"/>
        <source>cannot reach {u} (offline?) and nothing cached: {e}</source>
        <translation>{u} onbereikbaar (offline?) en niets in de cache: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="107"/>
        <source>cannot read the basket file {p}: {e}</source>
        <translation>kan het mandbestand {p} niet lezen: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="401"/>
        <source>column '{c}' is not in the file; its columns are: {cols}</source>
        <translation>kolom '{c}' staat niet in het bestand; de kolommen zijn: {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="134"/>
        <source>columns not recognised: expected COMMUNE, DCLT, IPONDI (work detail file), COMMUNE, DCETUF, IPONDI (study detail file) or CODGEO, DCLT, NBFLUX_… (flows file); found {cols}</source>
        <translation>kolommen niet herkend: verwacht COMMUNE, DCLT, IPONDI (detailbestand werk), COMMUNE, DCETUF, IPONDI (detailbestand studie) of CODGEO, DCLT, NBFLUX_… (stromenbestand); gevonden {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="198"/>
        <source>connection lost</source>
        <translation>verbinding verbroken</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="226"/>
        <source>count '{v}' is negative or not finite</source>
        <translation>aantal '{v}' is negatief of niet eindig</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="223"/>
        <source>count '{v}' is not a number</source>
        <translation>aantal '{v}' is geen getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="71"/>
        <source>country codes must be different</source>
        <translation>de landcodes moeten verschillend zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="171"/>
        <source>download of {u} failed: {e}</source>
        <translation>download van {u} mislukt: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="217"/>
        <source>empty commune code</source>
        <translation>lege gemeentecode</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="413"/>
        <source>empty origin or destination</source>
        <translation>lege herkomst of bestemming</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="96"/>
        <source>every threshold set must have the same number of levels</source>
        <translation>elke reeks drempels moet evenveel niveaus hebben</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="66"/>
        <source>give two or three ISO country codes separated by ';', e.g. FR;CH</source>
        <translation>geef twee of drie ISO-landcodes gescheiden door ';', bv. FR;CH</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="338"/>
        <source>line {n}: a row without NIS code before any commune</source>
        <translation>regel {n}: een rij zonder NIS-code vóór elke gemeente</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="341"/>
        <source>line {n}: expected the rows Hommes, Femmes, Total of {c}, found '{s}'</source>
        <translation>regel {n}: verwacht de rijen Hommes, Femmes, Total van {c}, gevonden '{s}'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="405"/>
        <source>name the origin, destination and count columns</source>
        <translation>geef de kolommen voor herkomst, bestemming en aantal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="149"/>
        <source>no answer from {u} within {t:g} s ({n} attempts), and nothing cached{why}</source>
        <translation>geen antwoord van {u} binnen {t:g} s ({n} pogingen), en niets in de cache{why}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="61"/>
        <source>no column separator (tab, ';' or ',') in the header line</source>
        <translation>geen kolomscheidingsteken (tab, ';' of ',') in de kopregel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="115"/>
        <source>no column separator found in the header line</source>
        <translation>geen kolomscheidingsteken in de kopregel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="240"/>
        <source>no commune name of the file matches a foreign unit of {c}: {names}; check the units' name and country fields</source>
        <translation>geen gemeentenaam uit het bestand komt overeen met een buitenlandse eenheid van {c}: {names}; controleer de naam- en landvelden van de eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="202"/>
        <source>no commune rows in the file (only totals or cantons such as '- Genève'): export the communes from STAT-TAB (labels '……name' or '6621 name')</source>
        <translation>geen gemeenterijen in het bestand (alleen totalen of kantons zoals '- Genève'): exporteer de gemeenten uit STAT-TAB (labels '……naam' of '6621 naam')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="153"/>
        <source>no equipment point has a type of the basket ({n} types, e.g. {e}); check the type field and the basket</source>
        <translation>geen voorzieningspunt heeft een type uit de mand ({n} types, bv. {e}); controleer het typeveld en de mand</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="167"/>
        <source>no period column (e.g. '2014 T4', '2014 Q4', '2014') nor year column in the header: {cols}</source>
        <translation>geen periodekolom (bv. '2014 T4', '2014 Q4', '2014') of jaarkolom in de kopregel: {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="65"/>
        <source>no threshold given; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>geen drempel opgegeven; typ oplopende getallen gescheiden door ';', bv. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="181"/>
        <source>no unit has employed residents (all NULL or 0): choose the field of employed residents</source>
        <translation>geen eenheid heeft werkzamen (alle NULL of 0): kies het veld met werkzame inwoners</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="281"/>
        <source>not a Statbel home-work matrix: no columns "Travaille à l'étranger" and "Travaille en Belgique ou à l'étranger" in the header</source>
        <translation>geen woon-werkmatrix van Statbel: geen kolommen "Travaille à l'étranger" en "Travaille en Belgique ou à l'étranger" in de kopregel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="174"/>
        <source>period '{p}' is not in the file; its periods are: {ps}</source>
        <translation>periode '{p}' staat niet in het bestand; de perioden zijn: {ps}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="69"/>
        <source>row {row}: count '{v}' is not a number</source>
        <translation>rij {row}: het aantal '{v}' is geen getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="73"/>
        <source>row {row}: count is not a finite number</source>
        <translation>rij {row}: het aantal is geen eindig getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="75"/>
        <source>row {row}: count {v:g} is negative</source>
        <translation>rij {row}: het aantal {v:g} is negatief</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="298"/>
        <source>rows {rows}: their counts add up to more than a number can hold (infinite): check these counts</source>
        <translation>rijen {rows}: hun aantallen tellen op tot meer dan een getal kan bevatten (oneindig): controleer deze aantallen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="331"/>
        <source>spreading the units over cells of {r:g} m makes more than 5 million points; choose a larger cell size</source>
        <translation>de eenheden verdelen over cellen van {r:g} m geeft meer dan 5 miljoen punten; kies grotere cellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="124"/>
        <source>the Python package 'requests' is missing: install it (e.g. OSGeo4W shell: python -m pip install requests) or use a cached download</source>
        <translation>het Python-pakket 'requests' ontbreekt: installeer het (bv. OSGeo4W-shell: python -m pip install requests) of gebruik een gecachte download</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="95"/>
        <source>the ZIP file holds no .csv or .txt file</source>
        <translation>het ZIP-bestand bevat geen .csv- of .txt-bestand</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="87"/>
        <source>the ZIP file is damaged or incomplete (download it again)</source>
        <translation>het ZIP-bestand is beschadigd of onvolledig (download het opnieuw)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="99"/>
        <source>the ZIP file is damaged or incomplete ({e})</source>
        <translation>het ZIP-bestand is beschadigd of onvolledig ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="100"/>
        <source>the answer holds no feature</source>
        <translation>het antwoord bevat geen object</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="92"/>
        <source>the answer is not valid JSON</source>
        <translation>het antwoord is geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="98"/>
        <source>the answer is not valid JSON (or not GeoJSON)</source>
        <translation>het antwoord is geen geldige JSON (of geen GeoJSON)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="114"/>
        <source>the basket file {p} has no header type;theme;basket (found: {h})</source>
        <translation>het mandbestand {p} heeft geen kop type;theme;basket (gevonden: {h})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="109"/>
        <source>the basket file {p} is empty; give lines type;theme;basket</source>
        <translation>het mandbestand {p} is leeg; geef regels type;thema;mand</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="90"/>
        <source>the basket lists no type{b}; give lines type;theme;basket</source>
        <translation>de mand bevat geen type{b}; geef regels type;thema;mand</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="121"/>
        <source>the cached copy {p} is damaged ({e}): tick 'Download again even if cached' (REFRESH) to replace it</source>
        <translation>de cachekopie {p} is beschadigd ({e}): vink „Opnieuw downloaden, ook indien gecachet” (REFRESH) aan om haar te vervangen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="224"/>
        <source>the file gives commune names without BFS numbers: choose the foreign units (FOREIGN_UNITS) to match the names to</source>
        <translation>het bestand geeft gemeentenamen zonder BFS-nummer: kies de buitenlandse eenheden (FOREIGN_UNITS) waaraan de namen gekoppeld worden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="72"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="53"/>
        <source>the file is neither UTF-8, UTF-16 nor cp1252 (byte 0x{b:02x} at position {p}): save it again as UTF-8</source>
        <translation>het bestand is geen UTF-8, UTF-16 of cp1252 (byte 0x{b:02x} op positie {p}): sla het opnieuw op als UTF-8</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="233"/>
        <source>the file {f} cannot be read as GeoJSON</source>
        <translation>het bestand {f} kan niet als GeoJSON worden gelezen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="149"/>
        <source>the folder {f} does not exist</source>
        <translation>de map {f} bestaat niet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="151"/>
        <source>the folder {f} is not writable</source>
        <translation>de map {f} is niet beschrijfbaar</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="352"/>
        <source>the group of {c} ({name}) ends at line {n} with {k} of its three rows (Hommes, Femmes, Total): the file is cut; download it again</source>
        <translation>de groep van {c} ({name}) eindigt op regel {n} met {k} van zijn drie rijen (Hommes, Femmes, Total): het bestand is afgebroken; download het opnieuw</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="220"/>
        <source>the raster {n} cannot be read</source>
        <translation>het raster {n} kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="229"/>
        <source>the raster {n} has {b} bands of numbers: a GeoPackage holds one band of numbers or an image of up to 4 bands of 0-255; keep it as a GeoTIFF beside the package</source>
        <translation>het raster {n} heeft {b} banden met getallen: een GeoPackage bevat één band met getallen of een beeld van hoogstens 4 banden van 0-255; bewaar het als GeoTIFF naast het pakket</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="156"/>
        <source>these layers already exist in the GeoPackage: {names}; tick 'overwrite' to replace them (other layers are kept)</source>
        <translation>deze lagen bestaan al in het GeoPackage: {names}; vink 'overschrijven' aan om ze te vervangen (andere lagen blijven behouden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="173"/>
        <source>thresholds must be strictly ascending</source>
        <translation>de drempels moeten strikt oplopen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="80"/>
        <source>thresholds must be strictly ascending ({a:g} then {b:g}); e.g. 5;15;30</source>
        <translation>de drempels moeten strikt oplopend zijn ({a:g} en dan {b:g}); bv. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="164"/>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="204"/>
        <source>truncated answer from {u}: {n} of {t} bytes</source>
        <translation>afgekapt antwoord van {u}: {n} van {t} bytes</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="104"/>
        <source>unexpected CRS EPSG:{c}: GeoJSON in WGS 84 is expected</source>
        <translation>onverwacht CRS EPSG:{c}: GeoJSON in WGS 84 verwacht</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="193"/>
        <source>value '{v}' is not a number</source>
        <translation>waarde '{v}' is geen getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="322"/>
        <source>values must be ≥ 0 (found {v:g})</source>
        <translation>waarden moeten ≥ 0 zijn (gevonden: {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="149"/>
        <source>{n} equipment point(s) have no type; fill the type field or filter them out</source>
        <translation>{n} voorzieningspunt(en) zonder type; vul het typeveld in of filter ze weg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="207"/>
        <source>{n} fields instead of {m}</source>
        <translation>{n} velden in plaats van {m}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/network.py" line="380"/>
        <source>{n} lines have a negative speed; fix them or filter them out</source>
        <translation>{n} lijnen hebben een negatieve snelheid; verbeter of filter ze</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="177"/>
        <source>{n} units have a negative number of employed residents (e.g. {ids}): counts must be 0 or more; correct the field</source>
        <translation>{n} eenheden hebben een negatief aantal werkzame inwoners (bv. {ids}): aantallen moeten 0 of meer zijn; corrigeer het veld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="92"/>
        <source>{s} threshold sets for {f} fields; give one set, or one per field separated by '|'</source>
        <translation>{s} reeksen drempels voor {f} velden; geef één reeks, of één per veld gescheiden door '|'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="179"/>
        <source>{u} answered '{c}', not GeoJSON</source>
        <translation>{u} antwoordde '{c}', geen GeoJSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="176"/>
        <source>{u} answered HTTP {c}</source>
        <translation>{u} antwoordde HTTP {c}</translation>
    </message>
</context>
<context>
    <name>CrossBorderFlowsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="46"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="35"/>
        <source>Cross-border flow indicators</source>
        <translation>Indicatoren van grensoverschrijdende stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="55"/>
        <source>Destination country field (places abroad)</source>
        <translation>Veld land van bestemming (buiten eenheden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="110"/>
        <source>Employed residents (ACTIVE) is not set: cb_share is NULL for every unit. Choose the field of employed residents (e.g. 'active', or 'active' from importcommuting's residents table).</source>
        <translation>Werkzamen (ACTIVE) niet ingesteld: cb_share is NULL voor alle eenheden. Kies het veld met werkzame inwoners (bv. 'active', of 'active' uit de inwonerstabel van importcommuting).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="48"/>
        <source>Employed residents field (for the share)</source>
        <translation>Veld werkzame inwoners (voor het aandeel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="51"/>
        <source>Jobs field (for the inbound share)</source>
        <translation>Veld banen (inkomend aandeel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="120"/>
        <source>No flow row could be used: every indicator is 0.</source>
        <translation>Geen bruikbare stroomregel: alle indicatoren zijn 0.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="44"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="42"/>
        <source>Units (communes)</source>
        <translation>Eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="32"/>
        <source>Units with cross-border indicators</source>
        <translation>Eenheden met grensoverschrijdende indicatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="117"/>
        <source>cb_in_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_in_share is NULL voor alle eenheden: het veld '{f}' heeft geen positief getal.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="114"/>
        <source>cb_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_share is NULL voor alle eenheden: het veld '{f}' heeft geen positief getal.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="65"/>
        <source>choose a flows table or layer</source>
        <translation>kies een tabel of laag met stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="62"/>
        <source>choose a polygon layer of units</source>
        <translation>kies een polygoonlaag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="131"/>
        <source>destination</source>
        <translation>bestemming</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="38"/>
        <source>flows,commuting,cross-border,frontaliers,share,indicator</source>
        <translation>stromen,pendel,grensoverschrijdend,grensarbeiders,aandeel,indicator</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="130"/>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="75"/>
        <source>the layer has no feature</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="87"/>
        <source>{e}; counts must be numbers ≥ 0</source>
        <translation>{e}; aantallen moeten getallen ≥ 0 zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="140"/>
        <source>{n} distinct flow ids had lost their leading zeros and were matched to the unit with them (1004 -&gt; 01004).</source>
        <translation>{n} stroom-id's waren hun voorloopnullen kwijt en zijn gekoppeld aan de eenheid met die nullen (1004 -&gt; 01004).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="143"/>
        <source>{n} distinct flow ids match several units once leading zeros are added: not counted.</source>
        <translation>{n} stroom-id's passen met voorloopnullen bij meerdere eenheden: niet geteld.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="146"/>
        <source>{n} duplicate unit identifiers: only the first unit of each is used.</source>
        <translation>{n} dubbele id's van eenheden: alleen de eerste eenheid van elk wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="80"/>
        <source>{n} flow rows read.</source>
        <translation>{n} rijen met stromen gelezen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="128"/>
        <source>{n} rows with an empty count were skipped.</source>
        <translation>{n} rijen met een leeg aantal werden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="149"/>
        <source>{n} units have no country: their flows cannot be cross-border.</source>
        <translation>{n} eenheden hebben geen land: hun stromen kunnen niet grensoverschrijdend zijn.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="135"/>
        <source>{rows} flow rows (total {tot:g}) have an {what} that matches no unit and were not counted; most frequent: {ids}</source>
        <translation>{rows} rijen met stromen (totaal {tot:g}) hebben een {what} zonder overeenkomende eenheid en werden niet geteld; meest voorkomend: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="124"/>
        <source>{rows} flow rows read, {used} used, {cb} cross-border rows totalling {tot:g}.</source>
        <translation>{rows} rijen met stromen gelezen, {used} gebruikt, {cb} grensoverschrijdende rijen met in totaal {tot:g}.</translation>
    </message>
</context>
<context>
    <name>DemoTerritoryAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="71"/>
        <source>Border mismatch between national layers (m)</source>
        <translation>Verschuiving nationale lagen aan de grens (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="64"/>
        <source>Countries (two or three ISO codes, separated by ';')</source>
        <translation>Landen (twee of drie ISO-codes, gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="45"/>
        <source>Employment poles</source>
        <translation>Werkgelegenheidspolen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="50"/>
        <source>Everyday services (points)</source>
        <translation>Dagelijkse voorzieningen (punten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="44"/>
        <source>Flows</source>
        <translation>Stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="54"/>
        <source>Generate a demo cross-border territory</source>
        <translation>Een grensoverschrijdend demogebied genereren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="92"/>
        <source>Generating {n} units for {c}, seed {s}…</source>
        <translation>{n} eenheden genereren voor {c}, startwaarde {s}…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="61"/>
        <source>Number of units (communes)</source>
        <translation>Aantal eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="77"/>
        <source>Output CRS</source>
        <translation>Uitvoer-CRS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="66"/>
        <source>Random seed</source>
        <translation>Willekeurige startwaarde</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="48"/>
        <source>Road network</source>
        <translation>Wegennet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="47"/>
        <source>Sample proposals (lines)</source>
        <translation>Voorbeeldvoorstellen (lijnen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="46"/>
        <source>Sample proposals (points)</source>
        <translation>Voorbeeldvoorstellen (punten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="43"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="68"/>
        <source>Vertices per unit (0: simple polygons)</source>
        <translation>Hoekpunten per eenheid (0: eenvoudige polygonen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="91"/>
        <source>choose a valid coordinate reference system</source>
        <translation>kies een geldig coördinatenreferentiesysteem</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="57"/>
        <source>demo,synthetic,test,communes,flows,border</source>
        <translation>demo,synthetisch,test,gemeenten,stromen,grens</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="107"/>
        <source>{u} units, {f} flows, {p} poles, {q} proposals written.</source>
        <translation>{u} eenheden, {f} stromen, {p} polen, {q} voorstellen geschreven.</translation>
    </message>
</context>
<context>
    <name>DownloadUnitsAlgorithm</name>
    <message>
        <location filename="../processing_scripts/download_units.py" line="74"/>
        <source>Cache folder (empty: QGIS profile cache)</source>
        <translation>Cachemap (leeg: cache van het QGIS-profiel)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="61"/>
        <source>Countries, GISCO sources (ISO codes separated by ';')</source>
        <translation>Landen, GISCO-bronnen (ISO-codes gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="63"/>
        <source>Departments for the French API (e.g. 74;01)</source>
        <translation>Departementen (Franse API, bv. 74;01)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="78"/>
        <source>Download again even if cached</source>
        <translation>Opnieuw downloaden, ook als het in de cache staat</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="50"/>
        <source>Download reference boundaries</source>
        <translation>Referentiegrenzen downloaden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Eurostat GISCO: LAU (communes)</source>
        <translation>Eurostat GISCO: LAU (gemeenten)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="58"/>
        <source>Eurostat GISCO: NUTS regions</source>
        <translation>Eurostat GISCO: NUTS-regio's</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="59"/>
        <source>France: communes API (geo.api.gouv.fr)</source>
        <translation>Frankrijk: gemeente-API (geo.api.gouv.fr)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="53"/>
        <source>GISCO,LAU,NUTS,communes,boundaries,download,Eurostat</source>
        <translation>GISCO,LAU,NUTS,gemeenten,grenzen,download,Eurostat</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="65"/>
        <source>Keep units in this extent</source>
        <translation>Eenheden binnen dit bereik behouden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="70"/>
        <source>NUTS level, NUTS source</source>
        <translation>NUTS-niveau, NUTS-bron</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="72"/>
        <source>Service address (empty: the official one)</source>
        <translation>Adres van de dienst (leeg: het officiële)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="76"/>
        <source>Timeout of the whole download (seconds)</source>
        <translation>Time-out van de hele download (seconden)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="47"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="68"/>
        <source>Year, GISCO sources</source>
        <translation>Jaar, GISCO-bronnen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>downloaded</source>
        <translation>gedownload</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>from the cache</source>
        <translation>uit de cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="108"/>
        <source>give at least one ISO country code, e.g. FR;CH</source>
        <translation>geef minstens één ISO-landcode, bv. FR;CH</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="104"/>
        <source>give at least one department code, e.g. 74</source>
        <translation>geef minstens één departementscode, bv. 74</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="144"/>
        <source>no unit matches the countries or the extent</source>
        <translation>geen enkele eenheid past bij de landen of het bereik</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="165"/>
        <source>{u}: {mb:.0f} of {tot} MB, about {eta:.0f} s left (attempt {a})</source>
        <translation>{u}: {mb:.0f} van {tot} MB, nog ongeveer {eta:.0f} s (poging {a})</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="121"/>
        <source>{u}: {n} features ({how}).</source>
        <translation>{u}: {n} objecten ({how}).</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="145"/>
        <source>{w} units written, {s} left out (other countries, outside the extent or without geometry).</source>
        <translation>{w} eenheden geschreven, {s} weggelaten (andere landen, buiten het bereik of zonder geometrie).</translation>
    </message>
</context>
<context>
    <name>ExportMapAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="102"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Stijlen van de plug-in toepassen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="97"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation>Atlasdekking (één pagina per object)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="100"/>
        <source>Atlas page name field</source>
        <translation>Veld voor de paginanaam van de atlas</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Cross-border living area</source>
        <translation>Grensoverschrijdend leefgebied</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Data sources</source>
        <translation>Gegevensbronnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="81"/>
        <source>Export a living-area map</source>
        <translation>Een kaart van het leefgebied exporteren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="88"/>
        <source>Layers (first on top)</source>
        <translation>Lagen (de eerste bovenaan)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="241"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="238"/>
        <source>Made with the QGIS plugin “Bassins de vie transfrontaliers” (GPL-2.0-or-later).</source>
        <translation>Gemaakt met de QGIS-plug-in “Bassins de vie transfrontaliers” (GPL-2.0 of later).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="95"/>
        <source>Map extent</source>
        <translation>Kaartbereik</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>Map file</source>
        <translation>Kaartbestand</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="107"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="104"/>
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Sources: national statistical institutes</source>
        <translation>Bronnen: nationale statistiekbureaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="92"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="160"/>
        <source>The layer '{n}' is empty: it draws nothing on the map.</source>
        <translation>De laag '{n}' is leeg: ze tekent niets op de kaart.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="112"/>
        <source>choose at least one layer</source>
        <translation>kies minstens één laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="84"/>
        <source>map,layout,print,pdf,png,atlas,report</source>
        <translation>kaart,lay-out,afdruk,pdf,png,atlas,rapport</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="157"/>
        <source>no file was written in {f}: check the name and the folder's permissions</source>
        <translation>er is geen bestand geschreven in {f}: controleer de naam en de rechten van de map</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="201"/>
        <source>the coverage layer has no feature</source>
        <translation>de dekkingslaag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="116"/>
        <source>the file name must end with .pdf or .png</source>
        <translation>de bestandsnaam moet eindigen op .pdf of .png</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="119"/>
        <source>the folder {f} does not exist or is not writable</source>
        <translation>de map {f} bestaat niet of is niet beschrijfbaar</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="183"/>
        <source>the map could not be exported: {e}</source>
        <translation>de kaart kon niet worden geëxporteerd: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="148"/>
        <source>the print template could not be read</source>
        <translation>het afdruksjabloon kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="122"/>
        <source>the print template is missing from the plugin</source>
        <translation>het afdruksjabloon ontbreekt in de plug-in</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="161"/>
        <source>{n} page(s) written: {files}.</source>
        <translation>{n} pagina('s) geschreven: {files}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="237"/>
        <source>{sources} — Map made on {date}.</source>
        <translation>{sources} — Kaart gemaakt op {date}.</translation>
    </message>
</context>
<context>
    <name>FlowLinesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="57"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="61"/>
        <source>Cross-border flows only</source>
        <translation>Alleen grensoverschrijdende stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="67"/>
        <source>Curved lines (the two directions of a pair apart)</source>
        <translation>Gebogen lijnen (richtingen uit elkaar)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="42"/>
        <source>Flow lines</source>
        <translation>Stroomlijnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="45"/>
        <source>Flow lines (flow map)</source>
        <translation>Stroomlijnen (stromenkaart)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="63"/>
        <source>Keep these themes only (empty: all)</source>
        <translation>Alleen deze thema's behouden (leeg: alle)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="59"/>
        <source>Minimum count of a line</source>
        <translation>Minimumaantal van een lijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="65"/>
        <source>Net flows (larger direction minus the other)</source>
        <translation>Nettostromen (sterkere richting min andere)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="112"/>
        <source>No line passes the filters: lower MIN_COUNT or widen the themes.</source>
        <translation>Geen lijn komt door de filters: verlaag MIN_COUNT of verruim de thema's.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="55"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="53"/>
        <source>Units (communes)</source>
        <translation>Eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="74"/>
        <source>choose a flows table or layer</source>
        <translation>kies een tabel of laag met stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="76"/>
        <source>choose a polygon layer of units</source>
        <translation>kies een polygoonlaag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="90"/>
        <source>choose the theme field (THEME) to keep themes</source>
        <translation>kies het themaveld (THEME) om thema's te behouden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="48"/>
        <source>flow map,flows,lines,arrows,commuting,cross-border,oursins</source>
        <translation>stromenkaart,stromen,lijnen,pijlen,pendelen,grensoverschrijdend,oursins</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="106"/>
        <source>{rows} flow rows, {pairs} origin-destination pairs, {lines} lines written (total {total:,.0f}); {u} rows with an id that matches no unit and {s} within one unit left out.</source>
        <translation>{rows} stroomregels, {pairs} herkomst-bestemmingsparen, {lines} lijnen geschreven (totaal {total:,.0f}); {u} regels zonder passende eenheid en {s} binnen één eenheid weggelaten.</translation>
    </message>
</context>
<context>
    <name>ImportCommutingAlgorithm</name>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="235"/>
        <source>Ambiguous names (several units; kept as INSEE codes, add them to MATCH_TABLE): {codes}</source>
        <translation>Dubbelzinnige namen (meerdere eenheden; behouden als INSEE-codes, voeg ze toe aan MATCH_TABLE): {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="88"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="61"/>
        <source>CSV or ZIP (*.csv *.txt *.zip)</source>
        <translation>CSV of ZIP (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="224"/>
        <source>Codes without a name in {src} (kept as codes): {codes}</source>
        <translation>Codes zonder naam in {src} (behouden als codes): {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="75"/>
        <source>Commune code field of the units</source>
        <translation>Veld van de gemeentecode van de eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Detect from the columns</source>
        <translation>Herkennen aan de kolommen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="63"/>
        <source>Expected file</source>
        <translation>Verwacht bestand</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="46"/>
        <source>Flows table</source>
        <translation>Stromentabel</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="84"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Landveld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="80"/>
        <source>Foreign unit identifier field</source>
        <translation>Id-veld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="82"/>
        <source>Foreign unit name field</source>
        <translation>Naamveld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="77"/>
        <source>Foreign units (e.g. GISCO LAU)</source>
        <translation>Buitenlandse eenheden (bv. GISCO LAU)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="60"/>
        <source>INSEE mobility file (CSV, or ZIP holding it)</source>
        <translation>INSEE-mobiliteitsbestand (CSV, of ZIP dat het bevat)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="55"/>
        <source>INSEE,mobpro,mobsco,commuting,flows,import,navettes,domicile-travail,DCFLT,frontaliers</source>
        <translation>INSEE,mobpro,mobsco,woon-werkverkeer,stromen,import,navettes,grensarbeiders,DCFLT,frontaliers</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="52"/>
        <source>Import commuting flows (INSEE format)</source>
        <translation>Woon-werkstromen importeren (INSEE-formaat)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="70"/>
        <source>Keep residents of these communes</source>
        <translation>Inwoners van deze gemeenten behouden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="67"/>
        <source>Keep residents of these departments</source>
        <translation>Inwoners van deze departementen behouden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="215"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Onjuiste rijen (regel: reden), niet geteld: {rows}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="87"/>
        <source>Match table (CSV code;unit_id)</source>
        <translation>Koppeltabel (CSV code;unit_id)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="227"/>
        <source>Matched to foreign units: {m} codes ({t} from the match table), weight {w:.1f} = {s:.1f} % of the cross-border weight.</source>
        <translation>Gekoppeld aan buitenlandse eenheden: {m} codes ({t} uit de tabel), gewicht {w:.1f} = {s:.1f} % van het grensoverschrijdende gewicht.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="232"/>
        <source>Not matched (kept as INSEE codes), by weight: {codes}</source>
        <translation>Niet gekoppeld (behouden als INSEE-codes), op gewicht: {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="72"/>
        <source>Or keep residents of these units (study area)</source>
        <translation>Of inwoners van deze eenheden behouden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="219"/>
        <source>Places abroad at commune level: {n} codes, weight {w:.1f} of {a:.1f} abroad; names from {src}.</source>
        <translation>Plaatsen in het buitenland op gemeenteniveau: {n} codes, gewicht {w:.1f} van {a:.1f} in het buitenland; namen uit {src}.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="47"/>
        <source>Residents table (per commune)</source>
        <translation>Inwonerstabel (per gemeente)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="65"/>
        <source>Study (FD_MOBSCO)</source>
        <translation>Studie (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Work (FD_MOBPRO, flows file)</source>
        <translation>Werk (FD_MOBPRO, stromenbestand)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a study file (FD_MOBSCO)</source>
        <translation>een studiebestand (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a work file</source>
        <translation>een werkbestand</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="133"/>
        <source>choose a field of the foreign units</source>
        <translation>kies een veld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="119"/>
        <source>choose the field holding the commune codes</source>
        <translation>kies het veld met de gemeentecodes</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="156"/>
        <source>line {n}: {c} → {u}</source>
        <translation>regel {n}: {c} → {u}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="140"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>geen eenheid heeft een id, naam en land: controleer de gekozen velden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="177"/>
        <source>the foreign units are in {have}, but the file's places abroad are in {want}: choose units of those countries</source>
        <translation>de buitenlandse eenheden liggen in {have}, maar de buitenlandse plaatsen van het bestand in {want}: kies eenheden van die landen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="167"/>
        <source>this is {found}, not the expected kind; choose the right file or set FILE_KIND to detect</source>
        <translation>dit is {found}, niet het verwachte soort; kies het juiste bestand of zet FILE_KIND op herkennen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="157"/>
        <source>{k} rows name a unit id that is not in the foreign units (FOREIGN_UNITS, field {f}): {rows}; correct the ids or remove the rows</source>
        <translation>{k} rijen noemen een id dat niet in de buitenlandse eenheden staat (FOREIGN_UNITS, veld {f}): {rows}; corrigeer de id's of verwijder de rijen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="208"/>
        <source>{layout} file ({theme}), {enc}, separator '{sep}': {rows} rows, {kept} kept, {out} outside the filter, {bad} malformed; {pairs} origin-destination pairs written.</source>
        <translation>bestand {layout} ({theme}), {enc}, scheidingsteken '{sep}': {rows} regels, {kept} behouden, {out} buiten het filter, {bad} misvormd; {pairs} herkomst-bestemmingsparen geschreven.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="239"/>
        <source>{n} of {m} pairs have a weighted count under {k} (low_count = true): INSEE advises care with them.</source>
        <translation>{n} van {m} paren hebben een gewogen aantal onder {k} (low_count = waar): het INSEE raadt voorzichtigheid aan.</translation>
    </message>
</context>
<context>
    <name>ImportForeignAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="209"/>
        <source>Ambiguous names (several units; left out): {n}</source>
        <translation>Dubbelzinnige namen (meerdere eenheden; weggelaten): {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="63"/>
        <source>BFS PX-Web export (commune × period)</source>
        <translation>PX-Web-export van het BFS (gemeente × periode)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="54"/>
        <source>BFS,OFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,frontaliers,Grenzgänger,census,import</source>
        <translation>BFS,OFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,grensarbeiders,Grenzgänger,volkstelling,import</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="60"/>
        <source>CSV (*.csv *.txt *.tsv)</source>
        <translation>CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="71"/>
        <source>Country of the file's communes (ISO code)</source>
        <translation>Land van de gemeenten in het bestand (ISO)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="59"/>
        <source>File published by the foreign office (CSV)</source>
        <translation>Bestand van het buitenlandse bureau (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="80"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Landveld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="76"/>
        <source>Foreign unit identifier field</source>
        <translation>Id-veld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="78"/>
        <source>Foreign unit name field</source>
        <translation>Naamveld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="73"/>
        <source>Foreign units (for name matching)</source>
        <translation>Buitenlandse eenheden (namen koppelen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="62"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="51"/>
        <source>Import foreign statistics (BFS, Statbel, long table)</source>
        <translation>Buitenlandse statistieken importeren (BFS, Statbel, lange tabel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Long table (origin, destination, count)</source>
        <translation>Lange tabel (herkomst, bestemming, aantal)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="194"/>
        <source>Long table, {enc}, separator '{sep}': {rows} rows, {f} pairs written, {u} not published, {bad} malformed.</source>
        <translation>Lange tabel, {enc}, scheidingsteken '{sep}': {rows} rijen, {f} paren geschreven, {u} niet gepubliceerd, {bad} misvormd.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="204"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Onjuiste rijen (regel: reden), niet geteld: {rows}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="206"/>
        <source>Names matching no foreign unit (left out), with their values: {n}</source>
        <translation>Namen zonder overeenkomstige buitenlandse eenheid (weggelaten), met hun waarden: {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="146"/>
        <source>Other dimensions, one value kept: {d}</source>
        <translation>Andere dimensies, één waarde behouden: {d}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="140"/>
        <source>PX-Web file, {enc}: {rows} rows, {p} periods, {c} communes and {a} aggregates (cantons, totals: aggregate = true), {v} values written, {u} not published, {bad} malformed.</source>
        <translation>PX-Web-bestand, {enc}: {rows} rijen, {p} perioden, {c} gemeenten en {a} aggregaten (kantons, totalen: aggregate = waar), {v} waarden geschreven, {u} niet gepubliceerd, {bad} misvormd.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="67"/>
        <source>Period to keep (e.g. 2014 Q4; empty: all)</source>
        <translation>Te behouden periode (bv. 2014 Q4; leeg: alle)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="46"/>
        <source>Residents table (Statbel: active, cb_workers)</source>
        <translation>Inwonerstabel (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Sex (Statbel)</source>
        <translation>Geslacht (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Statbel census 2011 home-work matrix</source>
        <translation>Woon-werkmatrix Statbel 2011</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="173"/>
        <source>Statbel matrix, {enc}: {g} groups of three rows, {c} communes of residence, {a} aggregate rows and {k} aggregate columns dropped; {f} flows written; work-place columns resolved to NIS codes: {r}.</source>
        <translation>Statbel-matrix, {enc}: {g} groepen van drie rijen, {c} woongemeenten, {a} aggregaatrijen en {k} aggregaatkolommen weggelaten; {f} stromen geschreven; werkplaatskolommen aan NIS-codes gekoppeld: {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="45"/>
        <source>Values or flows table</source>
        <translation>Tabel van de waarden of stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="181"/>
        <source>Work places without NIS code (kept by name; give FOREIGN_UNITS of Belgium), by count: {n}</source>
        <translation>Werkplaatsen zonder NIS-code (met naam behouden; geef FOREIGN_UNITS van België), naar aantal: {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="122"/>
        <source>choose a field of the foreign units</source>
        <translation>kies een veld van de buitenlandse eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="128"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>geen eenheid heeft een id, naam en land: controleer de gekozen velden</translation>
    </message>
</context>
<context>
    <name>IntensityIndexAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>At least K indicators</source>
        <translation>Minstens K indicatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="56"/>
        <source>Combination rule</source>
        <translation>Combinatieregel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="37"/>
        <source>Composite intensity level</source>
        <translation>Samengesteld intensiteitsniveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="50"/>
        <source>Indicator fields</source>
        <translation>Indicatorvelden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="48"/>
        <source>Input layer</source>
        <translation>Invoerlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="34"/>
        <source>Intensity levels</source>
        <translation>Intensiteitsniveaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="60"/>
        <source>K (for 'at least K indicators')</source>
        <translation>K (voor 'minstens K indicatoren')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="97"/>
        <source>K must be between 1 and the number of fields ({n})</source>
        <translation>K moet tussen 1 en het aantal velden ({n}) liggen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Mean of levels</source>
        <translation>Gemiddelde van de niveaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Strongest level of any indicator (max)</source>
        <translation>Sterkste niveau van een indicator (max)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="53"/>
        <source>Thresholds (e.g. 5;15;30 | 10;20;40)</source>
        <translation>Drempels (bv. 5;15;30 | 10;20;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>Weighted sum of levels</source>
        <translation>Gewogen som van de niveaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="58"/>
        <source>Weights (one per field, for the weighted sum)</source>
        <translation>Gewichten (één per veld)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="84"/>
        <source>choose a layer</source>
        <translation>kies een laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="87"/>
        <source>choose at least one numeric field</source>
        <translation>kies minstens één numeriek veld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="69"/>
        <source>give one weight per field, e.g. 2;1;1</source>
        <translation>geef één gewicht per veld, bv. 2;1;1</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="40"/>
        <source>index,composite,level,indicator,intensity,threshold</source>
        <translation>index,samengesteld,niveau,indicator,intensiteit,drempel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="112"/>
        <source>the layer has no feature</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="73"/>
        <source>weights must be numbers separated by ';'</source>
        <translation>gewichten moeten getallen zijn, gescheiden door ';'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="78"/>
        <source>weights must be ≥ 0 with a positive sum</source>
        <translation>gewichten moeten ≥ 0 zijn met een positieve som</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="129"/>
        <source>{n} features have a NULL or non-numeric indicator: that indicator gets no level.</source>
        <translation>{n} objecten hebben een NULL- of niet-numerieke indicator: die indicator krijgt geen niveau.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="125"/>
        <source>{n} features; rule {r}; per level: {c}; no level: {none}.</source>
        <translation>{n} objecten; regel {r}; per niveau: {c}; zonder niveau: {none}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="75"/>
        <source>{w} weights for {f} fields</source>
        <translation>{w} gewichten voor {f} velden</translation>
    </message>
</context>
<context>
    <name>IntensityRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="168"/>
        <source>Building {n} rings ({mode}) from {u} units…</source>
        <translation>{n} ringen ({mode}) opbouwen uit {u} eenheden…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="83"/>
        <source>Country field (population split by country)</source>
        <translation>Veld van het land (bevolking per land)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="51"/>
        <source>Custom (use the thresholds above)</source>
        <translation>Aangepast (drempels hierboven)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="52"/>
        <source>Default: 5 %, 15 %, 30 %</source>
        <translation>Standaard: 5 %, 15 %, 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="45"/>
        <source>Draw intensity rings</source>
        <translation>Intensiteitsringen tekenen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="77"/>
        <source>Drop parts smaller than (m²)</source>
        <translation>Delen kleiner dan (m²) verwijderen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="53"/>
        <source>EU-OECD functional urban areas / INSEE: 15 %</source>
        <translation>Functionele gebieden EU-OESO / INSEE: 15 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Exclusive bands</source>
        <translation>Afzonderlijke banden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="74"/>
        <source>Fill holes smaller than (m²)</source>
        <translation>Gaten kleiner dan (m²) opvullen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="54"/>
        <source>Grand Genève observatory: 25 %</source>
        <translation>Observatorium Grand Genève: 25 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="61"/>
        <source>Intensity field (a share, or a level)</source>
        <translation>Intensiteitsveld (een aandeel of een niveau)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="42"/>
        <source>Intensity rings</source>
        <translation>Intensiteitsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Nested envelopes</source>
        <translation>Geneste omhullingen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="163"/>
        <source>No unit reaches the lowest threshold: the rings are empty.</source>
        <translation>Geen enkele eenheid bereikt de laagste drempel: de ringen zijn leeg.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="55"/>
        <source>Nord Lorrain metropolitan pole: 30 %</source>
        <translation>Metropoolpool Nord Lorrain: 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="80"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="68"/>
        <source>Preset thresholds</source>
        <translation>Vooraf ingestelde drempels</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="72"/>
        <source>Smoothing distance (metres, 0 = exact union of units)</source>
        <translation>Afvlakkingsafstand (m, 0 = exacte vereniging)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="64"/>
        <source>The field holds levels (1 = strongest)</source>
        <translation>Het veld bevat niveaus (1 = sterkste)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="66"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Drempels (oplopend, gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="59"/>
        <source>Units (polygons)</source>
        <translation>Eenheden (polygonen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="89"/>
        <source>choose a polygon layer</source>
        <translation>kies een polygoonlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="120"/>
        <source>levels must be whole numbers ≥ 1 (found {v:g})</source>
        <translation>niveaus moeten gehele getallen ≥ 1 zijn (gevonden: {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="124"/>
        <source>no unit has a level</source>
        <translation>geen enkele eenheid heeft een niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="48"/>
        <source>rings,intensity,living area,bassin de vie,dissolve,threshold,core</source>
        <translation>ringen,intensiteit,leefgebied,bassin de vie,samenvoegen,drempel,kern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="93"/>
        <source>the layer has no feature</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="91"/>
        <source>the layer must contain polygons</source>
        <translation>de laag moet polygonen bevatten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="143"/>
        <source>{d:g} m is larger than the study area ({s:.0f} m across): smoothing would fill it all; choose a distance of a few kilometres</source>
        <translation>{d:g} m is groter dan het studiegebied ({s:.0f} m breed): de afvlakking zou het helemaal vullen; kies een afstand van enkele kilometers</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="179"/>
        <source>{t} units, {r} reach a threshold: {k} kept, {g} without geometry dropped, {rep} repaired, {bad} unrepairable dropped; {n} with a NULL value excluded.</source>
        <translation>{t} eenheden, {r} bereiken een drempel: {k} behouden, {g} zonder geometrie weggelaten, {rep} hersteld, {bad} onherstelbaar weggelaten; {n} met een NULL-waarde uitgesloten.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="75"/>
        <source>&lt;p&gt;A living area drawn from everyday services on both sides of the border, from equipment points to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Living areas by services&lt;/b&gt; (bassins de vie, INSEE-like): minutes to the nearest equipment of each theme, at home and abroad, the share of the basket's types whose nearest equipment is abroad (&lt;i&gt;dep_abroad&lt;/i&gt;), service poles and the basins around them;&lt;/li&gt;&lt;li&gt;&lt;b&gt;rings of dependence on services abroad&lt;/b&gt;: intensity rings on &lt;i&gt;dep_abroad&lt;/i&gt;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on those rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Leave the basket table empty to use the OpenStreetMap basket shipped with the plugin (amenity, shop, healthcare and railway values, as QuickOSM returns them); leave the road network empty for straight-line times (detour factor 1.3 at 50 km/h, said in the log). Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Een leefgebied getekend vanuit de dagelijkse voorzieningen aan beide kanten van de grens, van voorzieningspunten tot een pakket om te delen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Leefgebieden volgens voorzieningen&lt;/b&gt; (bassins de vie, op de INSEE-manier): minuten tot de dichtstbijzijnde voorziening van elk thema, in eigen land en in het buitenland, het aandeel van de pakkettypen waarvan de dichtstbijzijnde voorziening in het buitenland ligt (&lt;i&gt;dep_abroad&lt;/i&gt;), voorzieningenpolen en de gebieden eromheen;&lt;/li&gt;&lt;li&gt;&lt;b&gt;ringen van afhankelijkheid van voorzieningen in het buitenland&lt;/b&gt;: intensiteitsringen op &lt;i&gt;dep_abroad&lt;/i&gt;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay van de actievoorstellen&lt;/b&gt; op die ringen (beste niveau, bereikte bevolking, overzicht per thema, lacunes);&lt;/li&gt;&lt;li&gt;één &lt;b&gt;GeoPackage&lt;/b&gt; met elke laag opgemaakt en een project erin.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Laat de pakkettabel leeg om het met de plugin meegeleverde OpenStreetMap-pakket te gebruiken (waarden van amenity, shop, healthcare en railway, zoals QuickOSM ze teruggeeft); laat het wegennet leeg voor tijden in rechte lijn (omwegfactor 1,3 bij 50 km/u, vermeld in het logboek). Elke uitvoer kan worden bewaard of overgeslagen; standaard zijn het tijdelijke lagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="32"/>
        <source>&lt;p&gt;The whole chain of a cross-border living area, from official files to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Cross-border flow indicators&lt;/b&gt; per unit (outflow, inflow, share of employed residents working across the border);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Intensity rings&lt;/b&gt; on that share (strong core, middle and outer rings);&lt;/li&gt;&lt;li&gt;optionally, &lt;b&gt;rings of attraction&lt;/b&gt; around a pole, by AAV 2020-like rules, when pole units are given;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on the rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside, to share across the border.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De hele keten van een grensoverschrijdend leefgebied, van officiële bestanden tot een pakket om te delen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;indicatoren van grensoverschrijdende stromen&lt;/b&gt; per eenheid (uitstroom, instroom, aandeel werkzamen dat over de grens werkt);&lt;/li&gt;&lt;li&gt;&lt;b&gt;intensiteitsringen&lt;/b&gt; op dat aandeel (sterke kern, middelste en buitenste ring);&lt;/li&gt;&lt;li&gt;optioneel &lt;b&gt;aantrekkingsringen&lt;/b&gt; rond een pool, volgens AAV 2020-achtige regels, als pooleenheden gegeven zijn;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay van de actievoorstellen&lt;/b&gt; op de ringen (beste niveau, bereikte bevolking, overzicht per thema, hiaten);&lt;/li&gt;&lt;li&gt;één &lt;b&gt;GeoPackage&lt;/b&gt; met elke laag gestileerd en een project erin, om over de grens te delen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Elke uitvoer kan behouden of overgeslagen worden; standaard zijn het tijdelijke lagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="47"/>
        <source>Action proposals</source>
        <translation>Actievoorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="53"/>
        <source>Attraction rings asked for?</source>
        <translation>Aantrekkingsringen gevraagd?</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="94"/>
        <source>Basket table (empty: OSM basket)</source>
        <translation>Pakkettabel (leeg: OSM-pakket)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="43"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="65"/>
        <source>Coverage gaps by theme</source>
        <translation>Dekkingslacunes per thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="51"/>
        <source>Cross-border flow indicators</source>
        <translation>Indicatoren van grensoverschrijdende stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="62"/>
        <source>Cross-border flow lines</source>
        <translation>Grensoverschrijdende stroomlijnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="99"/>
        <source>Dependence thresholds, % (ascending)</source>
        <translation>Afhankelijkheidsdrempels, % (oplopend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="52"/>
        <source>Draw intensity rings</source>
        <translation>Intensiteitsringen tekenen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="44"/>
        <source>Employed residents field</source>
        <translation>Veld werkzame inwoners</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="92"/>
        <source>Equipment (points or areas)</source>
        <translation>Voorzieningen (punten of vlakken)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="93"/>
        <source>Equipment type field</source>
        <translation>Veld type voorziening</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="55"/>
        <source>Flow lines (flow map)</source>
        <translation>Stroomlijnen (stromenkaart)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="46"/>
        <source>Flows table (origin, destination, count, theme)</source>
        <translation>Stromentabel (herkomst, bestemming, aantal, thema)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="66"/>
        <source>GeoPackage to share</source>
        <translation>GeoPackage om te delen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="59"/>
        <source>Intensity rings</source>
        <translation>Intensiteitsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="48"/>
        <source>Intensity thresholds, % (ascending)</source>
        <translation>Intensiteitsdrempels, % (oplopend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="73"/>
        <source>Living area by services — full chain</source>
        <translation>Leefgebied volgens voorzieningen — volledige keten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="30"/>
        <source>Living area — full chain</source>
        <translation>Leefgebied — volledige keten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="102"/>
        <source>Living areas by services</source>
        <translation>Leefgebieden volgens voorzieningen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="31"/>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="98"/>
        <source>OSM other_tags field</source>
        <translation>OSM-veld other_tags</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="56"/>
        <source>Overlay proposals on the rings</source>
        <translation>Voorstellen over de ringen leggen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="57"/>
        <source>Package styled layers</source>
        <translation>Opgemaakte lagen bundelen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="50"/>
        <source>Pole units for attraction rings (empty: none)</source>
        <translation>Pooleenheden (leeg: geen aantrekking)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="45"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="63"/>
        <source>Proposals with their rings</source>
        <translation>Voorstellen met hun ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="49"/>
        <source>Reach of the proposals</source>
        <translation>Reikwijdte van de voorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="60"/>
        <source>Rings of attraction</source>
        <translation>Aantrekkingsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="54"/>
        <source>Rings of attraction around a pole</source>
        <translation>Aantrekkingsringen rond een pool</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="108"/>
        <source>Rings of dependence abroad</source>
        <translation>Ringen van afhankelijkheid van het buitenland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="103"/>
        <source>Rings of dependence on services abroad</source>
        <translation>Ringen van afhankelijkheid van voorzieningen in het buitenland</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="97"/>
        <source>Road class field (OSM highway)</source>
        <translation>Veld met de wegklasse (OSM highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="95"/>
        <source>Road network (empty: straight lines)</source>
        <translation>Wegennet (leeg: rechte lijn)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="96"/>
        <source>Road speed field (km/h)</source>
        <translation>Snelheidsveld van de wegen (km/u)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="107"/>
        <source>Service basins</source>
        <translation>Voorzieningengebieden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="64"/>
        <source>Summary by theme and level</source>
        <translation>Overzicht per thema en niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="42"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="41"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Eenheden (gemeenten, aan beide kanten van de grens)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="58"/>
        <source>Units with cross-border indicators</source>
        <translation>Eenheden met grensoverschrijdende indicatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="61"/>
        <source>Units with their attraction level</source>
        <translation>Eenheden met hun aantrekkingsniveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="106"/>
        <source>Units with times to services</source>
        <translation>Eenheden met tijden tot de voorzieningen</translation>
    </message>
</context>
<context>
    <name>OverlayProposalsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="49"/>
        <source>Coverage gaps by theme</source>
        <translation>Dekkingslacunes per thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="82"/>
        <source>Gaps: levels up to (1 = strong core only)</source>
        <translation>Lacunes: niveaus tot (1 = alleen sterke kern)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="64"/>
        <source>Intensity rings</source>
        <translation>Intensiteitsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="66"/>
        <source>Level field (1 = strongest)</source>
        <translation>Veld van het niveau (1 = sterkste)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="53"/>
        <source>Overlay proposals on the rings</source>
        <translation>Voorstellen over de ringen leggen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="72"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="60"/>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="47"/>
        <source>Proposals with overlay</source>
        <translation>Voorstellen met overlay</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="78"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="75"/>
        <source>Reach: service distance around each proposal (metres)</source>
        <translation>Bereik: dienstverleningsafstand (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="48"/>
        <source>Summary by theme and level</source>
        <translation>Overzicht per thema en niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="111"/>
        <source>The proposals layer is empty: the summary holds zeros and the gaps are the whole core.</source>
        <translation>De laag van de voorstellen is leeg: het overzicht bevat nullen en de lacunes beslaan de hele kern.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="62"/>
        <source>Theme field</source>
        <translation>Veld van het thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="69"/>
        <source>Units (for the population reached)</source>
        <translation>Eenheden (voor de bereikte bevolking)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="127"/>
        <source>Unknown theme values kept as they are: {v}.</source>
        <translation>Onbekende themawaarden ongewijzigd behouden: {v}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="101"/>
        <source>a population field needs a units layer</source>
        <translation>een bevolkingsveld vereist een laag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="89"/>
        <source>choose a proposals layer</source>
        <translation>kies een laag met voorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="92"/>
        <source>choose a rings layer</source>
        <translation>kies een laag met ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="143"/>
        <source>no ring with a level</source>
        <translation>geen ring met een niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="56"/>
        <source>proposals,overlay,rings,coverage,gaps,population,reach</source>
        <translation>voorstellen,overlay,ringen,dekking,lacunes,bevolking,bereik</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="130"/>
        <source>{n} negative reach values were taken as 0.</source>
        <translation>{n} negatieve bereikwaarden werden als 0 genomen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="183"/>
        <source>{n} proposals had an invalid geometry: repaired.</source>
        <translation>{n} voorstellen hadden een ongeldige geometrie: hersteld.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="123"/>
        <source>{n} proposals overlaid on {k} levels; {o} outside every ring (kept, best_level NULL).</source>
        <translation>{n} voorstellen over {k} niveaus gelegd; {o} buiten elke ring (behouden, best_level NULL).</translation>
    </message>
</context>
<context>
    <name>PackageLayersAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="72"/>
        <source>Also store a QGIS project inside the GeoPackage</source>
        <translation>Ook een QGIS-project in het GeoPackage opslaan</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="76"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Stijlen van de plug-in toepassen</translation>
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
        <translation>Taal van het gedeelde project</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="68"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="87"/>
        <source>Layers written</source>
        <translation>Geschreven lagen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="109"/>
        <source>Names, groups, legends and form in: {lang}.</source>
        <translation>Namen, groepen, legenda's en formulier in: {lang}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="80"/>
        <source>Or: PostgreSQL connection (PostGIS)</source>
        <translation>Of: PostgreSQL-verbinding (PostGIS)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="61"/>
        <source>Package styled layers for colleagues</source>
        <translation>Opgemaakte lagen bundelen voor partners</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="82"/>
        <source>PostGIS schema</source>
        <translation>PostGIS-schema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="136"/>
        <source>Project '{n}' stored in the GeoPackage.</source>
        <translation>Project '{n}' opgeslagen in het GeoPackage.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="74"/>
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="86"/>
        <source>Project stored in the GeoPackage</source>
        <translation>Project opgeslagen in het GeoPackage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="85"/>
        <source>QGIS's language</source>
        <translation>Taal van QGIS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="78"/>
        <source>Replace layers of the same name</source>
        <translation>Lagen met dezelfde naam vervangen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="164"/>
        <source>cannot connect: {e}</source>
        <translation>kan geen verbinding maken: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="116"/>
        <source>choose a GeoPackage file, or a PostgreSQL connection</source>
        <translation>kies een GeoPackage-bestand of een PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="92"/>
        <source>choose at least one layer</source>
        <translation>kies minstens één laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="159"/>
        <source>no PostgreSQL connection named '{n}'</source>
        <translation>geen PostgreSQL-verbinding met de naam '{n}'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="64"/>
        <source>package,geopackage,postgis,share,style,project,export</source>
        <translation>pakket,geopackage,postgis,delen,stijl,project,export</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="118"/>
        <source>the file name must end with .gpkg</source>
        <translation>de bestandsnaam moet eindigen op .gpkg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="168"/>
        <source>these tables already exist in {s}: {t}; tick 'overwrite' to replace them</source>
        <translation>deze tabellen bestaan al in {s}: {t}; vink 'overschrijven' aan om ze te vervangen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="176"/>
        <source>{layer} → {schema}.{table}, style saved in layer_styles</source>
        <translation>{layer} → {schema}.{table}, stijl opgeslagen in layer_styles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="126"/>
        <source>{layer} → {table}, style saved as the default style</source>
        <translation>{layer} → {table}, stijl opgeslagen als standaardstijl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="102"/>
        <source>{n} layers given the plugin's style.</source>
        <translation>{n} lagen hebben de stijl van de plug-in gekregen.</translation>
    </message>
</context>
<context>
    <name>PotentialRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="78"/>
        <source>Beta (shape of the function)</source>
        <translation>Bèta (vorm van de functie)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="80"/>
        <source>Cell size (metres)</source>
        <translation>Celgrootte (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="69"/>
        <source>Denominator field (e.g. employed residents)</source>
        <translation>Veld van de noemer (bv. werkzame inwoners)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Exponential</source>
        <translation>Exponentieel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="212"/>
        <source>FFT convolution of bilinearly spread masses</source>
        <translation>FFT-convolutie van bilineair verdeelde massa's</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="217"/>
        <source>FFT error against the exact sum on 400 sampled cells: 95th percentile {a:.3%}, maximum {b:.3%}.</source>
        <translation>FFT-fout ten opzichte van de exacte som op 400 steekproefcellen: 95e percentiel {a:.3%}, maximum {b:.3%}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="89"/>
        <source>Grid extent (without a mask)</source>
        <translation>Rasteromvang (zonder masker)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Interaction function</source>
        <translation>Interactiefunctie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="87"/>
        <source>Mask (study area)</source>
        <translation>Masker (studiegebied)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="193"/>
        <source>No mask: the grid reaches {d:.0f} m beyond the units, where the kernel falls to 1 % of its peak (at most 10 spans).</source>
        <translation>Geen masker: het raster reikt {d:.0f} m voorbij de eenheden, tot de kern op 1 % van zijn piek valt (hoogstens 10 spanwijdtes).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="66"/>
        <source>Numerator field (e.g. cross-border workers)</source>
        <translation>Veld van de teller (bv. grensarbeiders)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="56"/>
        <source>Smoothed intensity rings (potential)</source>
        <translation>Afgevlakte intensiteitsringen (potentiaal)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="53"/>
        <source>Smoothed rings</source>
        <translation>Afgevlakte ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="93"/>
        <source>Smoothed surface (GeoTIFF)</source>
        <translation>Afgevlakt oppervlak (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="75"/>
        <source>Span: distance of weight 0.5 (metres)</source>
        <translation>Reikwijdte: afstand met gewicht 0,5 (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="84"/>
        <source>Spread each polygon's mass over its area</source>
        <translation>Massa over de oppervlakte van polygonen spreiden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="220"/>
        <source>The cells are coarse for this span: choose cells of {r:g} m or less for an error under 0.5 %.</source>
        <translation>De cellen zijn grof voor deze spanwijdte: kies cellen van {r:g} m of kleiner voor een fout onder 0,5 %.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="82"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Drempels (oplopend, gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="63"/>
        <source>Units (polygons or points)</source>
        <translation>Eenheden (polygonen of punten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="203"/>
        <source>a {nx} × {ny} grid needs about {need:.1f} GB and {t:.0f} s (limits {lim:.1f} GB, {mt:.0f} s, {cells:,} cells); choose cells of {fit:g} m or more</source>
        <translation>een raster van {nx} × {ny} vraagt ongeveer {need:.1f} GB en {t:.0f} s (grenzen {lim:.1f} GB, {mt:.0f} s, {cells:,} cellen); kies cellen van {fit:g} m of groter</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="146"/>
        <source>choose a layer of units</source>
        <translation>kies een laag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="112"/>
        <source>every denominator is 0: choose another field</source>
        <translation>alle noemers zijn 0: kies een ander veld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact direct summation</source>
        <translation>exacte directe sommatie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact separable summation</source>
        <translation>exacte scheidbare sommatie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="160"/>
        <source>must be greater than 0 (metres), e.g. 1000</source>
        <translation>moet groter dan 0 zijn (meter), bv. 1000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="158"/>
        <source>must be greater than 0 (metres), e.g. 10000</source>
        <translation>moet groter dan 0 zijn (meter), bv. 10000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="159"/>
        <source>must be greater than 0, e.g. 2</source>
        <translation>moet groter dan 0 zijn, bv. 2</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="110"/>
        <source>no unit with a geometry and a numeric value</source>
        <translation>geen eenheid met een geometrie en een numerieke waarde</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="59"/>
        <source>potential,stewart,smoothing,kernel,rings,share,magrit</source>
        <translation>potentiaal,stewart,afvlakking,kern,ringen,aandeel,magrit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="188"/>
        <source>the extent is empty</source>
        <translation>de omvang is leeg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="169"/>
        <source>the folder {f} does not exist</source>
        <translation>de map {f} bestaat niet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="181"/>
        <source>the mask has no polygon</source>
        <translation>het masker heeft geen polygoon</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="149"/>
        <source>the units must be polygons or points</source>
        <translation>de eenheden moeten polygonen of punten zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="139"/>
        <source>{k} units used, {g} without geometry dropped, {r} repaired.</source>
        <translation>{k} eenheden gebruikt, {g} zonder geometrie weggelaten, {r} hersteld.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="116"/>
        <source>{n} points, grid {nx} × {ny} cells of {r:g} m, {f} (span {s:g} m, beta {b:g}), {m}, about {mem:.0f} MB and {t:.0f} s.</source>
        <translation>{n} punten, raster van {nx} × {ny} cellen van {r:g} m, {f} (spanwijdte {s:g} m, bèta {b:g}), {m}, ongeveer {mem:.0f} MB en {t:.0f} s.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="138"/>
        <source>{n} units with a NULL value were left out.</source>
        <translation>{n} eenheden met een NULL-waarde werden weggelaten.</translation>
    </message>
</context>
<context>
    <name>ProposalSchema</name>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="20"/>
        <source>Access to public services</source>
        <translation>Toegang tot openbare diensten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="31"/>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="21"/>
        <source>Employment and training</source>
        <translation>Werk en opleiding</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="30"/>
        <source>Funded</source>
        <translation>Gefinancierd</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="18"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="28"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="19"/>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="22"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="29"/>
        <source>Studied</source>
        <translation>Onderzocht</translation>
    </message>
</context>
<context>
    <name>ProposalStyle</name>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="100"/>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Best level reached</source>
        <translation>Beste bereikte niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="89"/>
        <source>Choose a theme…</source>
        <translation>Kies een thema…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Horizon (year)</source>
        <translation>Horizon (jaar)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Lead actor</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Population reached</source>
        <translation>Bereikte bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Service distance (m)</source>
        <translation>Dienstverleningsafstand (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="136"/>
        <source>Service distance used (m)</source>
        <translation>Gebruikte dienstafstand (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="139"/>
        <source>Share in level {k}</source>
        <translation>Aandeel in niveau {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="103"/>
        <source>The cost cannot be negative.</source>
        <translation>De kosten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="102"/>
        <source>The horizon is a year between 2000 and 2100.</source>
        <translation>De horizon is een jaar tussen 2000 en 2100.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="104"/>
        <source>The service distance cannot be negative.</source>
        <translation>De dienstverleningsafstand kan niet negatief zijn.</translation>
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
        <translation> (de andere lagen van het bestand blijven behouden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="86"/>
        <source>'{c}' is not a valid coordinate reference system</source>
        <translation>'{c}' is geen geldig coördinatenreferentiesysteem</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="44"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="35"/>
        <source>Create an action-proposals layer</source>
        <translation>Een laag voor actievoorstellen aanmaken</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="74"/>
        <source>Created the layer '{n}' in {p} with the proposals form and theme symbols as its default style{kept}.</source>
        <translation>Laag '{n}' gemaakt in {p} met het voorstellenformulier en de themasymbolen als standaardstijl{kept}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Lines</source>
        <translation>Lijnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="88"/>
        <source>No CRS given: EPSG:3035 (ETRS89-LAEA Europe).</source>
        <translation>Geen CRS opgegeven: EPSG:3035 (ETRS89-LAEA Europa).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Polygons</source>
        <translation>Polygonen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="48"/>
        <source>Proposals layer (GeoPackage)</source>
        <translation>Laag van de voorstellen (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="46"/>
        <source>Replace an existing 'proposals' layer</source>
        <translation>Bestaande laag 'proposals' vervangen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="38"/>
        <source>proposals,actions,projects,form,template,health,mobility</source>
        <translation>voorstellen,acties,projecten,formulier,sjabloon,gezondheid,mobiliteit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="55"/>
        <source>the layer must be saved to a GeoPackage file (.gpkg) so that its forms and style travel with it</source>
        <translation>de laag moet in een GeoPackage-bestand (.gpkg) worden opgeslagen zodat formulieren en stijl meegaan</translation>
    </message>
</context>
<context>
    <name>RoadNetwork</name>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="74"/>
        <source>Default speed (km/h)</source>
        <translation>Standaardsnelheid (km/u)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="83"/>
        <source>Direction field (one-way streets)</source>
        <translation>Veld van de rijrichting (eenrichtingsstraten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="214"/>
        <source>Graph: {n} nodes, {e} directed edges ({s} lines without speed skipped, {d} unknown direction values taken as both ways).</source>
        <translation>Graaf: {n} knopen, {e} gerichte verbindingen ({s} lijnen zonder snelheid overgeslagen, {d} onbekende richtingswaarden als beide richtingen genomen).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="199"/>
        <source>Graph: {n} nodes, {e} directed edges.</source>
        <translation>Graaf: {n} knopen, {e} gerichte randen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="263"/>
        <source>Left out for cars: {r}.</source>
        <translation>Weggelaten voor auto's: {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="103"/>
        <source>OSM other_tags field</source>
        <translation>OSM-veld other_tags</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="276"/>
        <source>One-way: {f} in the digitising direction, {b} reversed, {t} both ways.</source>
        <translation>Eenrichting: {f} in de digitaliseerrichting, {b} omgekeerd, {t} in beide richtingen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="185"/>
        <source>Reading the network…</source>
        <translation>Het netwerk lezen…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="101"/>
        <source>Road class field (OpenStreetMap highway)</source>
        <translation>Veld met de wegklasse (highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="70"/>
        <source>Road network (lines)</source>
        <translation>Wegennet (lijnen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="94"/>
        <source>Snapping tolerance to the network (metres)</source>
        <translation>Kleeftolerantie tot het netwerk (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="72"/>
        <source>Speed field (km/h)</source>
        <translation>Snelheidsveld (km/u)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="105"/>
        <source>Speed table by road class (CSV)</source>
        <translation>Snelheden per wegklasse (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="264"/>
        <source>Speeds: {m} from maxspeed, the others from their road class.</source>
        <translation>Snelheden: {m} uit maxspeed, de overige uit hun wegklasse.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="89"/>
        <source>Value for both directions</source>
        <translation>Waarde voor beide richtingen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="85"/>
        <source>Value for the digitising direction only</source>
        <translation>Waarde alleen voor de digitaliseerrichting</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="87"/>
        <source>Value for the reverse direction only</source>
        <translation>Waarde alleen voor de omgekeerde richting</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="170"/>
        <source>cannot read the file: {e}</source>
        <translation>het bestand kan niet gelezen worden: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="140"/>
        <source>choose a line layer</source>
        <translation>kies een lijnlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="172"/>
        <source>each line must be class;speed_kmh with a number ({e})</source>
        <translation>elke regel moet klasse;snelheid_kmh met een getal zijn ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="246"/>
        <source>every line was left out for cars ({r}): check the road class field and the access tags</source>
        <translation>alle lijnen zijn weggelaten voor auto's ({r}): controleer het veld met de wegklasse en de toegangstags</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="150"/>
        <source>no speed: choose a speed field or a road class field, or give a default speed greater than 0</source>
        <translation>geen snelheid: kies een snelheids- of wegklasseveld, of geef een standaardsnelheid groter dan 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="178"/>
        <source>speeds must be greater than 0: {c}</source>
        <translation>snelheden moeten groter dan 0 zijn: {c}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="175"/>
        <source>the file has no class;speed_kmh line</source>
        <translation>het bestand heeft geen regel klasse;snelheid_kmh</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="209"/>
        <source>the network has no usable line</source>
        <translation>het netwerk heeft geen bruikbare lijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="260"/>
        <source>{n} line parts read, {k} kept for cars, {x} left out.</source>
        <translation>{n} lijndelen gelezen, {k} behouden voor auto's, {x} weggelaten.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="267"/>
        <source>{n} lines have a class missing from the speed table: the default speed was used for them ({c}).</source>
        <translation>{n} lijnen hebben een klasse die in de snelhedentabel ontbreekt: de standaardsnelheid is gebruikt ({c}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="218"/>
        <source>{n} lines have a speed of 0: they are not travelled (closed roads?).</source>
        <translation>{n} lijnen hebben snelheid 0: ze worden niet bereden (afgesloten wegen?).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="272"/>
        <source>{n} maxspeed values could not be read: their class speed was used.</source>
        <translation>{n} maxspeed-waarden waren onleesbaar: de snelheid van hun klasse is gebruikt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="221"/>
        <source>{n} speed values hold no number: the default speed was used for them.</source>
        <translation>{n} snelheidswaarden bevatten geen getal: de standaardsnelheid is gebruikt.</translation>
    </message>
</context>
<context>
    <name>ServiceBasinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="85"/>
        <source>Basket (CSV type;theme;basket)</source>
        <translation>Pakket (CSV type;theme;basket)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="101"/>
        <source>Basket as a layer or table</source>
        <translation>Pakket als laag of tabel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="185"/>
        <source>Basket from the table: {k} types in {t} themes.</source>
        <translation>Pakket uit de tabel: {k} typen in {t} thema’s.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="73"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="77"/>
        <source>Equipment (points or areas)</source>
        <translation>Voorzieningen (punten of vlakken)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="82"/>
        <source>Equipment country field</source>
        <translation>Landveld van de voorzieningen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="230"/>
        <source>Equipment given as areas: each counts at a point inside it (point on surface).</source>
        <translation>Voorzieningen als vlakken: elk telt op een punt erbinnen (punt op het oppervlak).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="80"/>
        <source>Equipment type field</source>
        <translation>Veld type voorziening</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="61"/>
        <source>Living areas by services (bassins de vie, INSEE-like)</source>
        <translation>Leefgebieden volgens voorzieningen (bassins de vie, op de INSEE-manier)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="252"/>
        <source>No network: times from the straight-line distance x {d:g} (detour factor) at {s:g} km/h.</source>
        <translation>Geen net: tijden uit de hemelsbrede afstand x {d:g} (omwegfactor) bij {s:g} km/u.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="75"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="57"/>
        <source>Service basins</source>
        <translation>Voorzieningengebieden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="88"/>
        <source>Service pole: share of the basket's types held (%)</source>
        <translation>Voorzieningenpool: aandeel van de typen (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="71"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="69"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Eenheden (gemeenten, aan beide kanten van de grens)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="56"/>
        <source>Units with times to services</source>
        <translation>Eenheden met tijden tot de voorzieningen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="93"/>
        <source>Without a network: detour factor over the straight line</source>
        <translation>Zonder net: omwegfactor op de rechte lijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="96"/>
        <source>Without a network: speed (km/h)</source>
        <translation>Zonder net: snelheid (km/u)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="147"/>
        <source>choose a point or polygon layer of equipment</source>
        <translation>kies een punt- of polygoonlaag met voorzieningen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="144"/>
        <source>choose a polygon layer of units</source>
        <translation>kies een polygoonlaag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="156"/>
        <source>choose the field that holds the equipment type</source>
        <translation>kies het veld met het type voorziening</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="154"/>
        <source>choose the field that identifies the units</source>
        <translation>kies het veld dat de eenheden identificeert</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="64"/>
        <source>services,equipment,bassin de vie,BPE,OSM,amenity,health,cross-border,pole</source>
        <translation>voorzieningen,uitrusting,bassin de vie,BPE,OSM,amenity,zorg,grensoverschrijdend,pool</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="177"/>
        <source>the basket table needs the fields type and theme (and optionally basket); found: {f}</source>
        <translation>de pakkettabel heeft de velden type en theme nodig (en eventueel basket); gevonden: {f}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="193"/>
        <source>the layer has no usable polygon</source>
        <translation>de laag heeft geen bruikbare polygoon</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="219"/>
        <source>{n} basket types have no equipment point and are left out of the pole share: {t}</source>
        <translation>{n} typen van het pakket hebben geen punt en blijven buiten het poolaandeel: {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="215"/>
        <source>{n} equipment points have a type outside the basket and were not counted: {t}</source>
        <translation>{n} voorzieningspunten hebben een type buiten het pakket en zijn niet geteld: {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="243"/>
        <source>{n} equipment points have no country (no value in the equipment's country field, or not in a unit with a country): they count for the time to the nearest, neither at home nor abroad.</source>
        <translation>{n} voorzieningspunten hebben geen land (geen waarde in het landveld van de voorzieningen, of niet in een eenheid met een land): ze tellen voor de tijd tot de dichtstbijzijnde, niet in eigen land en niet in het buitenland.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="239"/>
        <source>{n} equipment points of the basket, {o} of them outside every unit (they count for times, not for holdings).</source>
        <translation>{n} voorzieningspunten van het pakket, waarvan {o} buiten elke eenheid (ze tellen voor de tijden, niet voor het bezit).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="199"/>
        <source>{n} units have no country: home and abroad are undefined for them, their home/abroad/gain fields and dep_abroad are NULL.</source>
        <translation>{n} eenheden hebben geen land: binnen- en buitenland zijn niet bepaald, hun velden home/abroad/gain en dep_abroad zijn NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="130"/>
        <source>{p} service poles (at least {s:g} % of the {k} basket types present); {z} units in a zone, {n} in none; {d} detached by contiguity, {f} enclaves filled.</source>
        <translation>{p} voorzieningenpolen (minstens {s:g} % van de {k} aanwezige typen van het pakket); {z} eenheden in een zone, {n} in geen; {d} losgemaakt door samenhang, {f} enclaves opgevuld.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="263"/>
        <source>{u} units and {e} equipment points are farther than {s:g} m (SNAP_TOLERANCE) from the network: left out (NULL times).</source>
        <translation>{u} eenheden en {e} voorzieningspunten liggen verder dan {s:g} m (SNAP_TOLERANCE) van het net: weggelaten (tijden NULL).</translation>
    </message>
</context>
<context>
    <name>Styling</name>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Access rings</source>
        <translation>Bereikbaarheidsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Action proposals</source>
        <translation>Actievoorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="422"/>
        <source>Action proposals (areas)</source>
        <translation>Actievoorstellen (vlakken)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="420"/>
        <source>Action proposals (lines)</source>
        <translation>Actievoorstellen (lijnen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Agree</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Attraction</source>
        <translation>Aantrekking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Attraction area</source>
        <translation>Attractiegebied</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="194"/>
        <source>Attraction level {k}</source>
        <translation>Aantrekking, niveau {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Border and poles</source>
        <translation>Grens en polen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Commuter flows</source>
        <translation>Pendelstromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Coverage gaps by theme</source>
        <translation>Dekkingslacunes per thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Cross-border</source>
        <translation>Grensoverschrijdend</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Cross-border indicators</source>
        <translation>Grensoverschrijdende indicatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="384"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="133"/>
        <source>Dependence abroad (%)</source>
        <translation>Afhankelijkheid van het buitenland (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Domestic</source>
        <translation>Binnenlands</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Intensity levels</source>
        <translation>Intensiteitsniveaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Intensity rings</source>
        <translation>Intensiteitsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="38"/>
        <source>Middle ring</source>
        <translation>Middenring</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>National border</source>
        <translation>Landsgrens</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="259"/>
        <source>Not reached within the bands</source>
        <translation>Niet bereikt binnen de banden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Only official</source>
        <translation>Alleen officieel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Only ours</source>
        <translation>Alleen bij ons</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Other zone</source>
        <translation>Andere zone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="36"/>
        <source>Outer ring</source>
        <translation>Buitenring</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="86"/>
        <source>Outside both</source>
        <translation>Buiten beide</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Pole and couronne</source>
        <translation>Pool en couronne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Poles</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="39"/>
        <source>Ring {k}</source>
        <translation>Ring {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Rings</source>
        <translation>Ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="416"/>
        <source>Rings of attraction</source>
        <translation>Aantrekkingsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Seen by one side only</source>
        <translation>Door één kant gezien</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Service basins</source>
        <translation>Voorzieningengebieden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="447"/>
        <source>Share working across the border (%)</source>
        <translation>Aandeel dat over de grens werkt (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides agree</source>
        <translation>Beide kanten komen overeen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides differ</source>
        <translation>De kanten verschillen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Small counts (under 200)</source>
        <translation>Kleine aantallen (onder 200)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="411"/>
        <source>Smoothed rings</source>
        <translation>Afgevlakte ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="418"/>
        <source>Smoothed surface</source>
        <translation>Afgevlakt oppervlak</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="34"/>
        <source>Strong core</source>
        <translation>Sterke kern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="140"/>
        <source>Time to {theme} (min)</source>
        <translation>Reistijd: {theme} (min)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Times to services</source>
        <translation>Tijden tot de voorzieningen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Travel time to the poles</source>
        <translation>Reistijd naar de polen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Zoning comparison</source>
        <translation>Vergelijking van zoneringen</translation>
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
