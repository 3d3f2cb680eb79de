<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccessRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="99"/>
        <source>Access rings</source>
        <translation>Bereikbaarheidsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="56"/>
        <source>Access rings (travel time)</source>
        <translation>Bereikbaarheidsringen (reistijd)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="91"/>
        <source>Border-crossing penalty (minutes per crossing)</source>
        <translation>Tijdstoeslag voor grensovergang (minuten per overgang)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="89"/>
        <source>Country field of the units</source>
        <translation>Veld van het land van de eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="68"/>
        <source>Default speed (km/h), where the speed field is empty</source>
        <translation>Standaardsnelheid (km/u), waar het snelheidsveld leeg is</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="71"/>
        <source>Direction field (one-way streets)</source>
        <translation>Veld van de rijrichting (eenrichtingsstraten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="178"/>
        <source>Graph: {n} nodes, {e} directed edges ({s} lines without speed skipped, {d} unknown direction values taken as both ways).</source>
        <translation>Graaf: {n} knopen, {e} gerichte verbindingen ({s} lijnen zonder snelheid overgeslagen, {d} onbekende richtingswaarden als beide richtingen genomen).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="81"/>
        <source>Pole identifier field</source>
        <translation>Veld van de pool-id</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="79"/>
        <source>Poles (points)</source>
        <translation>Polen (punten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="141"/>
        <source>Reading the network…</source>
        <translation>Het netwerk lezen…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="63"/>
        <source>Road network (lines)</source>
        <translation>Wegennet (lijnen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="230"/>
        <source>Shortest paths from {n} poles in one run…</source>
        <translation>Kortste routes vanaf {n} polen in één berekening…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="94"/>
        <source>Snapping tolerance to the network (metres)</source>
        <translation>Kleeftolerantie tot het netwerk (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="65"/>
        <source>Speed field (km/h)</source>
        <translation>Snelheidsveld (km/u)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="87"/>
        <source>Time bands (minutes, ascending)</source>
        <translation>Tijdsbanden (minuten, oplopend)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="85"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="83"/>
        <source>Units (polygons)</source>
        <translation>Eenheden (polygonen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="97"/>
        <source>Units with travel times</source>
        <translation>Eenheden met reistijden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="77"/>
        <source>Value for both directions</source>
        <translation>Waarde voor beide richtingen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="73"/>
        <source>Value for the digitising direction only</source>
        <translation>Waarde alleen voor de digitaliseerrichting</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="75"/>
        <source>Value for the reverse direction only</source>
        <translation>Waarde alleen voor de omgekeerde richting</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="106"/>
        <source>choose a line layer</source>
        <translation>kies een lijnlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="108"/>
        <source>choose a point layer</source>
        <translation>kies een puntlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="126"/>
        <source>minutes must be greater than 0</source>
        <translation>de minuten moeten groter dan 0 zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="218"/>
        <source>no pole lies within the snapping tolerance of the network; increase SNAP_TOLERANCE</source>
        <translation>geen enkele pool ligt binnen de kleeftolerantie van het netwerk; verhoog SNAP_TOLERANCE</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="128"/>
        <source>no speed: choose a speed field or give a default speed greater than 0</source>
        <translation>geen snelheid: kies een snelheidsveld of een standaardsnelheid groter dan 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="177"/>
        <source>the network has no usable line</source>
        <translation>het netwerk heeft geen bruikbare lijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="59"/>
        <source>travel time,isochrone,network,road,access,border,penalty,pole</source>
        <translation>reistijd,isochroon,netwerk,weg,bereikbaarheid,grens,toeslag,pool</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="236"/>
        <source>{c} parts of the network ({n} nodes) are not connected to any pole and were left unreached.</source>
        <translation>{c} delen van het netwerk ({n} knopen) zijn met geen enkele pool verbonden en blijven onbereikt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="173"/>
        <source>{n} lines have a negative speed; fix them or filter them out</source>
        <translation>{n} lijnen hebben een negatieve snelheid; verbeter of filter ze</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="214"/>
        <source>{n} poles are farther than {s:g} m from the network and were left out: {ids}</source>
        <translation>{n} polen liggen verder dan {s:g} m van het netwerk en werden weggelaten: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="258"/>
        <source>{n} units are on parts of the network no pole reaches: their time is NULL.</source>
        <translation>{n} eenheden liggen op delen van het netwerk die geen pool bereikt: hun tijd is NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="255"/>
        <source>{n} units have no network node within {s:g} m: their time is NULL.</source>
        <translation>{n} eenheden hebben geen netwerkknoop binnen {s:g} m: hun tijd is NULL.</translation>
    </message>
</context>
<context>
    <name>BassinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="30"/>
        <source>Action proposals</source>
        <translation>Actievoorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="102"/>
        <source>Canceled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="29"/>
        <source>Cross-border intensity</source>
        <translation>Grensoverschrijdende intensiteit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="28"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="31"/>
        <source>Sharing and maps</source>
        <translation>Delen en kaarten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="97"/>
        <source>field '{f}' does not exist in the layer</source>
        <translation>veld '{f}' bestaat niet in de laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="77"/>
        <source>{label} ({name}): {message}</source>
        <translation>{label} ({name}): {message}</translation>
    </message>
</context>
<context>
    <name>BassinsPlugin</name>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="38"/>
        <source>Bassins de vie</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="41"/>
        <source>Cross-border living-area tools</source>
        <translation>Hulpmiddelen voor grensoverschrijdende leefgebieden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="42"/>
        <source>Generate a demo territory…</source>
        <translation>Een demogebied genereren…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="43"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>BassinsProvider</name>
    <message>
        <location filename="../bassins_plugin/processing/provider.py" line="15"/>
        <source>Bassins de vie transfrontaliers</source>
        <translation>Bassins de vie transfrontaliers</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="71"/>
        <source>'{c}' is not a two-letter ISO country code</source>
        <translation>'{c}' is geen ISO-landcode van twee letters</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="54"/>
        <source>'{n}' is not a valid name: use letters, digits and '_' (63 characters at most, not starting with a digit)</source>
        <translation>'{n}' is geen geldige naam: letters, cijfers en '_' (hoogstens 63 tekens, niet beginnend met een cijfer)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="50"/>
        <source>'{p}' is not a finite number</source>
        <translation>'{p}' is geen eindig getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="47"/>
        <source>'{p}' is not a number; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>'{p}' is geen getal; typ oplopende getallen gescheiden door ';', bv. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="73"/>
        <source>country codes must be different</source>
        <translation>de landcodes moeten verschillend zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="70"/>
        <source>every threshold set must have the same number of levels</source>
        <translation>elke reeks drempels moet evenveel niveaus hebben</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="68"/>
        <source>give two or three ISO country codes separated by ';', e.g. FR;CH</source>
        <translation>geef twee of drie ISO-landcodes gescheiden door ';', bv. FR;CH</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="41"/>
        <source>no threshold given; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>geen drempel opgegeven; typ oplopende getallen gescheiden door ';', bv. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="65"/>
        <source>row {row}: count '{v}' is not a number</source>
        <translation>rij {row}: het aantal '{v}' is geen getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="69"/>
        <source>row {row}: count is not a finite number</source>
        <translation>rij {row}: het aantal is geen eindig getal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="71"/>
        <source>row {row}: count {v:g} is negative</source>
        <translation>rij {row}: het aantal {v:g} is negatief</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="129"/>
        <source>the folder {f} does not exist</source>
        <translation>de map {f} bestaat niet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="131"/>
        <source>the folder {f} is not writable</source>
        <translation>de map {f} is niet beschrijfbaar</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="136"/>
        <source>these layers already exist in the GeoPackage: {names}; tick 'overwrite' to replace them (other layers are kept)</source>
        <translation>deze lagen bestaan al in het GeoPackage: {names}; vink 'overschrijven' aan om ze te vervangen (andere lagen blijven behouden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="54"/>
        <source>thresholds must be strictly ascending ({a:g} then {b:g}); e.g. 5;15;30</source>
        <translation>de drempels moeten strikt oplopend zijn ({a:g} en dan {b:g}); bv. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="66"/>
        <source>{s} threshold sets for {f} fields; give one set, or one per field separated by '|'</source>
        <translation>{s} reeksen drempels voor {f} velden; geef één reeks, of één per veld gescheiden door '|'</translation>
    </message>
</context>
<context>
    <name>CrossBorderFlowsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="66"/>
        <source>Count field</source>
        <translation>Veld van het aantal</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="55"/>
        <source>Country field</source>
        <translation>Veld van het land</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="44"/>
        <source>Cross-border flow indicators</source>
        <translation>Indicatoren van grensoverschrijdende stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="70"/>
        <source>Destination country field (for destinations that are not units)</source>
        <translation>Veld van het land van bestemming (voor bestemmingen die geen eenheden zijn)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="64"/>
        <source>Destination field</source>
        <translation>Veld van de bestemming</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="57"/>
        <source>Employed residents field (for the share)</source>
        <translation>Veld van de werkzame inwoners (voor het aandeel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="60"/>
        <source>Flows table</source>
        <translation>Tabel van de stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="62"/>
        <source>Origin field (unit of residence)</source>
        <translation>Veld van de herkomst (woongemeente)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="68"/>
        <source>Theme field (work, study, health…)</source>
        <translation>Veld van het thema (werk, studie, gezondheid…)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="53"/>
        <source>Unit identifier field</source>
        <translation>Veld van de id van de eenheid</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="51"/>
        <source>Units (communes)</source>
        <translation>Eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="73"/>
        <source>Units with cross-border indicators</source>
        <translation>Eenheden met grensoverschrijdende indicatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="81"/>
        <source>choose a flows table or layer</source>
        <translation>kies een tabel of laag met stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="78"/>
        <source>choose a polygon layer of units</source>
        <translation>kies een polygoonlaag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="205"/>
        <source>destination</source>
        <translation>bestemming</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="47"/>
        <source>flows,commuting,cross-border,frontaliers,share,indicator</source>
        <translation>stromen,pendel,grensoverschrijdend,grensarbeiders,aandeel,indicator</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="204"/>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="110"/>
        <source>the layer has no feature</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="144"/>
        <source>{e}; counts must be numbers ≥ 0</source>
        <translation>{e}; aantallen moeten getallen ≥ 0 zijn</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="214"/>
        <source>{n} duplicate unit identifiers: only the first unit of each is used.</source>
        <translation>{n} dubbele id's van eenheden: alleen de eerste eenheid van elk wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="135"/>
        <source>{n} flow rows read.</source>
        <translation>{n} rijen met stromen gelezen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="202"/>
        <source>{n} rows with an empty count were skipped.</source>
        <translation>{n} rijen met een leeg aantal werden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="217"/>
        <source>{n} units have no country: their flows cannot be cross-border.</source>
        <translation>{n} eenheden hebben geen land: hun stromen kunnen niet grensoverschrijdend zijn.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="209"/>
        <source>{rows} flow rows (total {tot:g}) have an {what} that matches no unit and were not counted; most frequent: {ids}</source>
        <translation>{rows} rijen met stromen (totaal {tot:g}) hebben een {what} zonder overeenkomende eenheid en werden niet geteld; meest voorkomend: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="198"/>
        <source>{rows} flow rows read, {used} used, {cb} cross-border rows totalling {tot:g}.</source>
        <translation>{rows} rijen met stromen gelezen, {used} gebruikt, {cb} grensoverschrijdende rijen met in totaal {tot:g}.</translation>
    </message>
</context>
<context>
    <name>DemoTerritoryAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="52"/>
        <source>Countries (two or three ISO codes, separated by ';')</source>
        <translation>Landen (twee of drie ISO-codes, gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="63"/>
        <source>Employment poles</source>
        <translation>Werkgelegenheidspolen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="60"/>
        <source>Flows</source>
        <translation>Stromen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="42"/>
        <source>Generate a demo cross-border territory</source>
        <translation>Een grensoverschrijdend demogebied genereren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="87"/>
        <source>Generating {n} units for {c}, seed {s}…</source>
        <translation>{n} eenheden genereren voor {c}, startwaarde {s}…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="49"/>
        <source>Number of units (communes)</source>
        <translation>Aantal eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="56"/>
        <source>Output CRS</source>
        <translation>Uitvoer-CRS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="54"/>
        <source>Random seed</source>
        <translation>Willekeurige startwaarde</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="72"/>
        <source>Road network</source>
        <translation>Wegennet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="69"/>
        <source>Sample proposals (lines)</source>
        <translation>Voorbeeldvoorstellen (lijnen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="66"/>
        <source>Sample proposals (points)</source>
        <translation>Voorbeeldvoorstellen (punten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="58"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="85"/>
        <source>choose a valid coordinate reference system</source>
        <translation>kies een geldig coördinatenreferentiesysteem</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="45"/>
        <source>demo,synthetic,test,communes,flows,border</source>
        <translation>demo,synthetisch,test,gemeenten,stromen,grens</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="172"/>
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
        <location filename="../processing_scripts/download_units.py" line="62"/>
        <source>Countries (ISO codes separated by ';', GISCO only)</source>
        <translation>Landen (ISO-codes gescheiden door ';', alleen GISCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="68"/>
        <source>Departments (France API, codes separated by ';')</source>
        <translation>Departementen (API Frankrijk, codes gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="79"/>
        <source>Download again even if cached</source>
        <translation>Opnieuw downloaden, ook als het in de cache staat</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="51"/>
        <source>Download reference boundaries</source>
        <translation>Referentiegrenzen downloaden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="58"/>
        <source>Eurostat GISCO: LAU (communes)</source>
        <translation>Eurostat GISCO: LAU (gemeenten)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="59"/>
        <source>Eurostat GISCO: NUTS regions</source>
        <translation>Eurostat GISCO: NUTS-regio's</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="60"/>
        <source>France: communes API (geo.api.gouv.fr)</source>
        <translation>Frankrijk: gemeente-API (geo.api.gouv.fr)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="54"/>
        <source>GISCO,LAU,NUTS,communes,boundaries,download,Eurostat</source>
        <translation>GISCO,LAU,NUTS,gemeenten,grenzen,download,Eurostat</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="69"/>
        <source>Keep units in this extent</source>
        <translation>Eenheden binnen dit bereik behouden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="66"/>
        <source>NUTS level</source>
        <translation>NUTS-niveau</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="72"/>
        <source>Service address (leave empty for the official one)</source>
        <translation>Adres van de dienst (leeg voor het officiële)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="58"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="77"/>
        <source>Timeout (seconds)</source>
        <translation>Time-out (seconden)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="81"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="64"/>
        <source>Year (GISCO)</source>
        <translation>Jaar (GISCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="121"/>
        <source>downloaded</source>
        <translation>gedownload</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="121"/>
        <source>from the cache</source>
        <translation>uit de cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="106"/>
        <source>give at least one ISO country code, e.g. FR;CH</source>
        <translation>geef minstens één ISO-landcode, bv. FR;CH</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="102"/>
        <source>give at least one department code, e.g. 74</source>
        <translation>geef minstens één departementscode, bv. 74</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="156"/>
        <source>no unit matches the countries or the extent</source>
        <translation>geen enkele eenheid past bij de landen of het bereik</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="119"/>
        <source>{u}: {n} features ({how}).</source>
        <translation>{u}: {n} objecten ({how}).</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="157"/>
        <source>{w} units written, {s} left out (other countries, outside the extent or without geometry).</source>
        <translation>{w} eenheden geschreven, {s} weggelaten (andere landen, buiten het bereik of zonder geometrie).</translation>
    </message>
</context>
<context>
    <name>ExportMapAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="87"/>
        <source>Atlas coverage layer (one page per feature, e.g. pilot sites)</source>
        <translation>Dekkingslaag van de atlas (één pagina per object, bv. proefgebieden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Atlas page name field</source>
        <translation>Veld voor de paginanaam van de atlas</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="80"/>
        <source>Cross-border living area</source>
        <translation>Grensoverschrijdend leefgebied</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="84"/>
        <source>Data sources</source>
        <translation>Gegevensbronnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="71"/>
        <source>Export a living-area map</source>
        <translation>Een kaart van het leefgebied exporteren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="92"/>
        <source>Give the plugin's outputs the plugin's style first</source>
        <translation>Resultaten van de plug-in eerst de stijl van de plug-in geven</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="78"/>
        <source>Layers (first on top)</source>
        <translation>Lagen (de eerste bovenaan)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="208"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="205"/>
        <source>Made with the QGIS plugin “Bassins de vie transfrontaliers” (GPL-2.0-or-later).</source>
        <translation>Gemaakt met de QGIS-plug-in “Bassins de vie transfrontaliers” (GPL-2.0 of later).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="85"/>
        <source>Map extent</source>
        <translation>Kaartbereik</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="96"/>
        <source>Map file</source>
        <translation>Kaartbestand</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="96"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="97"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="84"/>
        <source>Sources: national statistical institutes</source>
        <translation>Bronnen: nationale statistiekbureaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="82"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="80"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="102"/>
        <source>choose at least one layer</source>
        <translation>kies minstens één laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="74"/>
        <source>map,layout,print,pdf,png,atlas,report</source>
        <translation>kaart,lay-out,afdruk,pdf,png,atlas,rapport</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="156"/>
        <source>the coverage layer has no feature</source>
        <translation>de dekkingslaag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>the file name must end with .pdf or .png</source>
        <translation>de bestandsnaam moet eindigen op .pdf of .png</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="109"/>
        <source>the folder {f} does not exist or is not writable</source>
        <translation>de map {f} bestaat niet of is niet beschrijfbaar</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="180"/>
        <source>the map could not be exported: {e}</source>
        <translation>de kaart kon niet worden geëxporteerd: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="136"/>
        <source>the print template could not be read</source>
        <translation>het afdruksjabloon kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="112"/>
        <source>the print template is missing from the plugin</source>
        <translation>het afdruksjabloon ontbreekt in de plug-in</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="181"/>
        <source>{n} page(s) written to {p}.</source>
        <translation>{n} pagina('s) geschreven naar {p}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="204"/>
        <source>{sources} — Map made on {date}.</source>
        <translation>{sources} — Kaart gemaakt op {date}.</translation>
    </message>
</context>
<context>
    <name>ImportCommutingAlgorithm</name>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="47"/>
        <source>CSV or ZIP (*.csv *.txt *.zip)</source>
        <translation>CSV of ZIP (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="57"/>
        <source>Commune code field of the units</source>
        <translation>Veld van de gemeentecode van de eenheden</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="59"/>
        <source>Flows table</source>
        <translation>Tabel van de stromen</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="46"/>
        <source>INSEE mobility file (CSV, or ZIP holding it)</source>
        <translation>INSEE-mobiliteitsbestand (CSV, of ZIP dat het bevat)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="42"/>
        <source>INSEE,mobpro,commuting,flows,import,navettes,domicile-travail</source>
        <translation>INSEE,mobpro,pendel,stromen,import,woon-werk</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="39"/>
        <source>Import commuting flows (INSEE format)</source>
        <translation>Woon-werkstromen importeren (INSEE-formaat)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="52"/>
        <source>Keep residents of these communes (codes separated by ';')</source>
        <translation>Inwoners van deze gemeenten behouden (codes gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="49"/>
        <source>Keep residents of these departments (codes separated by ';')</source>
        <translation>Inwoners van deze departementen behouden (codes gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="98"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Onjuiste rijen (regel: reden), niet geteld: {rows}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="54"/>
        <source>Or keep residents of these units (study area)</source>
        <translation>Of inwoners van deze eenheden behouden (studiegebied)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="71"/>
        <source>choose the field holding the commune codes</source>
        <translation>kies het veld met de gemeentecodes</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="92"/>
        <source>{layout} file, {enc}, separator '{sep}': {rows} rows, {kept} kept, {out} outside the filter, {bad} malformed; {pairs} origin-destination pairs written.</source>
        <translation>bestand {layout}, {enc}, scheidingsteken '{sep}': {rows} rijen, {kept} behouden, {out} buiten de filter, {bad} onjuist; {pairs} herkomst-bestemmingsparen geschreven.</translation>
    </message>
</context>
<context>
    <name>IntensityIndexAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="47"/>
        <source>At least K indicators</source>
        <translation>Minstens K indicatoren</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="59"/>
        <source>Combination rule</source>
        <translation>Combinatieregel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="40"/>
        <source>Composite intensity level</source>
        <translation>Samengesteld intensiteitsniveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="53"/>
        <source>Indicator fields</source>
        <translation>Indicatorvelden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="51"/>
        <source>Input layer</source>
        <translation>Invoerlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="64"/>
        <source>Intensity levels</source>
        <translation>Intensiteitsniveaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="63"/>
        <source>K (for 'at least K indicators')</source>
        <translation>K (voor 'minstens K indicatoren')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="95"/>
        <source>K must be between 1 and the number of fields ({n})</source>
        <translation>K moet tussen 1 en het aantal velden ({n}) liggen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="46"/>
        <source>Mean of levels</source>
        <translation>Gemiddelde van de niveaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="46"/>
        <source>Strongest level of any indicator (max)</source>
        <translation>Sterkste niveau van een indicator (max)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="56"/>
        <source>Thresholds (ascending; one set for all, or one per field separated by '|')</source>
        <translation>Drempels (oplopend; één reeks voor alle velden, of één per veld gescheiden door '|')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="47"/>
        <source>Weighted sum of levels</source>
        <translation>Gewogen som van de niveaus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="61"/>
        <source>Weights (one per field, for the weighted sum)</source>
        <translation>Gewichten (één per veld, voor de gewogen som)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="69"/>
        <source>choose a layer</source>
        <translation>kies een laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="72"/>
        <source>choose at least one numeric field</source>
        <translation>kies minstens één numeriek veld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="83"/>
        <source>give one weight per field, e.g. 2;1;1</source>
        <translation>geef één gewicht per veld, bv. 2;1;1</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>index,composite,level,indicator,intensity,threshold</source>
        <translation>index,samengesteld,niveau,indicator,intensiteit,drempel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="110"/>
        <source>the layer has no feature</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="87"/>
        <source>weights must be numbers separated by ';'</source>
        <translation>gewichten moeten getallen zijn, gescheiden door ';'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="92"/>
        <source>weights must be ≥ 0 with a positive sum</source>
        <translation>gewichten moeten ≥ 0 zijn met een positieve som</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="136"/>
        <source>{n} features have a NULL or non-numeric indicator: that indicator gets no level.</source>
        <translation>{n} objecten hebben een NULL- of niet-numerieke indicator: die indicator krijgt geen niveau.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="132"/>
        <source>{n} features; rule {r}; per level: {c}; no level: {none}.</source>
        <translation>{n} objecten; regel {r}; per niveau: {c}; zonder niveau: {none}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="89"/>
        <source>{w} weights for {f} fields</source>
        <translation>{w} gewichten voor {f} velden</translation>
    </message>
</context>
<context>
    <name>IntensityRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="164"/>
        <source>Building {n} rings ({mode}) from {u} units…</source>
        <translation>{n} ringen ({mode}) opbouwen uit {u} eenheden…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="89"/>
        <source>Country field (population split by country)</source>
        <translation>Veld van het land (bevolking per land)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="57"/>
        <source>Custom (use the thresholds above)</source>
        <translation>Aangepast (drempels hierboven)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="58"/>
        <source>Default: 5 %, 15 %, 30 %</source>
        <translation>Standaard: 5 %, 15 %, 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="51"/>
        <source>Draw intensity rings</source>
        <translation>Intensiteitsringen tekenen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="83"/>
        <source>Drop parts smaller than (m²)</source>
        <translation>Delen kleiner dan (m²) verwijderen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="59"/>
        <source>EU-OECD functional urban areas / INSEE: 15 %</source>
        <translation>Functionele stedelijke gebieden EU-OESO / INSEE: 15 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="76"/>
        <source>Exclusive bands</source>
        <translation>Afzonderlijke banden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="80"/>
        <source>Fill holes smaller than (m²)</source>
        <translation>Gaten kleiner dan (m²) opvullen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="60"/>
        <source>Grand Genève observatory: 25 %</source>
        <translation>Observatorium Grand Genève: 25 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="67"/>
        <source>Intensity field (a share, or a level)</source>
        <translation>Intensiteitsveld (een aandeel of een niveau)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="91"/>
        <source>Intensity rings</source>
        <translation>Intensiteitsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="205"/>
        <source>Level {k}: {u} units, {a:.2f} km², population {p}.</source>
        <translation>Niveau {k}: {u} eenheden, {a:.2f} km², bevolking {p}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="76"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="76"/>
        <source>Nested envelopes</source>
        <translation>Geneste omhullingen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="150"/>
        <source>No unit reaches the lowest threshold: the rings are empty.</source>
        <translation>Geen enkele eenheid bereikt de laagste drempel: de ringen zijn leeg.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="61"/>
        <source>Nord Lorrain metropolitan pole: 30 %</source>
        <translation>Metropoolpool Nord Lorrain: 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="86"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="74"/>
        <source>Preset thresholds</source>
        <translation>Vooraf ingestelde drempels</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="78"/>
        <source>Smoothing distance (metres, 0 = exact union of units)</source>
        <translation>Afvlakkingsafstand (meter, 0 = exacte vereniging van de eenheden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>The field holds levels (1 = strongest), e.g. intensity_level</source>
        <translation>Het veld bevat niveaus (1 = sterkste), bv. intensity_level</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="72"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Drempels (oplopend, gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="65"/>
        <source>Units (polygons)</source>
        <translation>Eenheden (polygonen)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="96"/>
        <source>choose a polygon layer</source>
        <translation>kies een polygoonlaag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="138"/>
        <source>levels must be whole numbers ≥ 1 (found {v:g})</source>
        <translation>niveaus moeten gehele getallen ≥ 1 zijn (gevonden: {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="142"/>
        <source>no unit has a level</source>
        <translation>geen enkele eenheid heeft een niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="54"/>
        <source>rings,intensity,living area,bassin de vie,dissolve,threshold,core</source>
        <translation>ringen,intensiteit,leefgebied,bassin de vie,samenvoegen,drempel,kern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="119"/>
        <source>the layer has no feature</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="98"/>
        <source>the layer must contain polygons</source>
        <translation>de laag moet polygonen bevatten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="209"/>
        <source>{t} units, {r} reach a threshold: {k} kept, {g} without geometry dropped, {rep} repaired, {bad} unrepairable dropped; {n} with a NULL value excluded.</source>
        <translation>{t} eenheden, {r} bereiken een drempel: {k} behouden, {g} zonder geometrie weggelaten, {rep} hersteld, {bad} onherstelbaar weggelaten; {n} met een NULL-waarde uitgesloten.</translation>
    </message>
</context>
<context>
    <name>OverlayProposalsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="87"/>
        <source>Coverage gaps by theme</source>
        <translation>Dekkingslacunes per thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="81"/>
        <source>Gaps: levels up to (1 = strong core only)</source>
        <translation>Lacunes: niveaus tot (1 = alleen sterke kern)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="63"/>
        <source>Intensity rings</source>
        <translation>Intensiteitsringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="65"/>
        <source>Level field (1 = strongest)</source>
        <translation>Veld van het niveau (1 = sterkste)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="52"/>
        <source>Overlay proposals on the rings</source>
        <translation>Voorstellen over de ringen leggen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="71"/>
        <source>Population field</source>
        <translation>Veld van de bevolking</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="59"/>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="83"/>
        <source>Proposals with overlay</source>
        <translation>Voorstellen met overlay</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="77"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="74"/>
        <source>Reach: service distance around each proposal (metres)</source>
        <translation>Bereik: dienstverleningsafstand rond elk voorstel (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="85"/>
        <source>Summary by theme and level</source>
        <translation>Overzicht per thema en niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="174"/>
        <source>The proposals layer is empty: the summary holds zeros and the gaps are the whole core.</source>
        <translation>De laag van de voorstellen is leeg: het overzicht bevat nullen en de lacunes beslaan de hele kern.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="61"/>
        <source>Theme field</source>
        <translation>Veld van het thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="68"/>
        <source>Units (for the population reached)</source>
        <translation>Eenheden (voor de bereikte bevolking)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="264"/>
        <source>Unknown theme values kept as they are: {v}.</source>
        <translation>Onbekende themawaarden ongewijzigd behouden: {v}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="104"/>
        <source>a population field needs a units layer</source>
        <translation>een bevolkingsveld vereist een laag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="92"/>
        <source>choose a proposals layer</source>
        <translation>kies een laag met voorstellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="95"/>
        <source>choose a rings layer</source>
        <translation>kies een laag met ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="131"/>
        <source>no ring with a level</source>
        <translation>geen ring met een niveau</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="55"/>
        <source>proposals,overlay,rings,coverage,gaps,population,reach</source>
        <translation>voorstellen,overlay,ringen,dekking,lacunes,bevolking,bereik</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="267"/>
        <source>{n} negative reach values were taken as 0.</source>
        <translation>{n} negatieve bereikwaarden werden als 0 genomen.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="261"/>
        <source>{n} proposals overlaid on {k} levels; {o} outside every ring (kept, best_level NULL).</source>
        <translation>{n} voorstellen over {k} niveaus gelegd; {o} buiten elke ring (behouden, best_level NULL).</translation>
    </message>
</context>
<context>
    <name>PackageLayersAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="56"/>
        <source>Also store a QGIS project inside the GeoPackage</source>
        <translation>Ook een QGIS-project in het GeoPackage opslaan</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="54"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="54"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="60"/>
        <source>Give the plugin's outputs the plugin's style first</source>
        <translation>Resultaten van de plug-in eerst de stijl van de plug-in geven</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="52"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="68"/>
        <source>Layers written</source>
        <translation>Geschreven lagen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="64"/>
        <source>Or: PostgreSQL connection (PostGIS)</source>
        <translation>Of: PostgreSQL-verbinding (PostGIS)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="45"/>
        <source>Package styled layers for colleagues</source>
        <translation>Opgemaakte lagen bundelen voor partners</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="66"/>
        <source>PostGIS schema</source>
        <translation>PostGIS-schema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="105"/>
        <source>Project '{n}' stored in the GeoPackage.</source>
        <translation>Project '{n}' opgeslagen in het GeoPackage.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="58"/>
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="67"/>
        <source>Project stored in the GeoPackage</source>
        <translation>Project opgeslagen in het GeoPackage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="62"/>
        <source>Replace layers of the same name (other layers are kept)</source>
        <translation>Lagen met dezelfde naam vervangen (andere lagen blijven behouden)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="134"/>
        <source>cannot connect: {e}</source>
        <translation>kan geen verbinding maken: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="86"/>
        <source>choose a GeoPackage file, or a PostgreSQL connection</source>
        <translation>kies een GeoPackage-bestand of een PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="73"/>
        <source>choose at least one layer</source>
        <translation>kies minstens één laag</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="129"/>
        <source>no PostgreSQL connection named '{n}'</source>
        <translation>geen PostgreSQL-verbinding met de naam '{n}'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="48"/>
        <source>package,geopackage,postgis,share,style,project,export</source>
        <translation>pakket,geopackage,postgis,delen,stijl,project,export</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="88"/>
        <source>the file name must end with .gpkg</source>
        <translation>de bestandsnaam moet eindigen op .gpkg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="138"/>
        <source>these tables already exist in {s}: {t}; tick 'overwrite' to replace them</source>
        <translation>deze tabellen bestaan al in {s}: {t}; vink 'overschrijven' aan om ze te vervangen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="146"/>
        <source>{layer} → {schema}.{table}, style saved in layer_styles</source>
        <translation>{layer} → {schema}.{table}, stijl opgeslagen in layer_styles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="96"/>
        <source>{layer} → {table}, style saved as the default style</source>
        <translation>{layer} → {table}, stijl opgeslagen als standaardstijl</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="79"/>
        <source>{n} layers given the plugin's style.</source>
        <translation>{n} lagen hebben de stijl van de plug-in gekregen.</translation>
    </message>
</context>
<context>
    <name>PotentialRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="87"/>
        <source>Beta (shape of the function)</source>
        <translation>Bèta (vorm van de functie)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="89"/>
        <source>Cell size (metres)</source>
        <translation>Celgrootte (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="78"/>
        <source>Denominator field (e.g. employed residents)</source>
        <translation>Veld van de noemer (bv. werkzame inwoners)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="81"/>
        <source>Exponential</source>
        <translation>Exponentieel</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="81"/>
        <source>Interaction function</source>
        <translation>Interactiefunctie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="96"/>
        <source>Mask (study area)</source>
        <translation>Masker (studiegebied)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="75"/>
        <source>Numerator field (e.g. cross-border workers)</source>
        <translation>Veld van de teller (bv. grensarbeiders)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="81"/>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="93"/>
        <source>Represent polygons by their area (mass spread over cells) instead of a point</source>
        <translation>Polygonen voorstellen door hun oppervlakte (massa verdeeld over de cellen) in plaats van een punt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="65"/>
        <source>Smoothed intensity rings (potential)</source>
        <translation>Afgevlakte intensiteitsringen (potentiaal)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="98"/>
        <source>Smoothed rings</source>
        <translation>Afgevlakte ringen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="100"/>
        <source>Smoothed surface (GeoTIFF)</source>
        <translation>Afgevlakt oppervlak (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="84"/>
        <source>Span: distance where the interaction weight is 0.5 (metres)</source>
        <translation>Reikwijdte: afstand waarop het interactiegewicht 0,5 is (meter)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="91"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Drempels (oplopend, gescheiden door ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Units (polygons or points)</source>
        <translation>Eenheden (polygonen of punten)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="200"/>
        <source>a {nx} × {ny} grid needs about {need:.1f} GB (limit {lim:.1f} GB, {cells:,} cells at most); choose a larger cell size</source>
        <translation>een raster van {nx} × {ny} vraagt ongeveer {need:.1f} GB (grens {lim:.1f} GB, hoogstens {cells:,} cellen); kies grotere cellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="105"/>
        <source>choose a layer of units</source>
        <translation>kies een laag met eenheden</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="173"/>
        <source>every denominator is 0: choose another field</source>
        <translation>alle noemers zijn 0: kies een ander veld</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="208"/>
        <source>exact direct</source>
        <translation>exacte directe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="208"/>
        <source>exact separable</source>
        <translation>exacte scheidbare</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="118"/>
        <source>must be greater than 0 (metres), e.g. 1000</source>
        <translation>moet groter dan 0 zijn (meter), bv. 1000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="114"/>
        <source>must be greater than 0 (metres), e.g. 10000</source>
        <translation>moet groter dan 0 zijn (meter), bv. 10000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="116"/>
        <source>must be greater than 0, e.g. 2</source>
        <translation>moet groter dan 0 zijn, bv. 2</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="171"/>
        <source>no unit with a geometry and a numeric value</source>
        <translation>geen eenheid met een geometrie en een numerieke waarde</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="68"/>
        <source>potential,stewart,smoothing,kernel,rings,share,magrit</source>
        <translation>potentiaal,stewart,afvlakking,kern,ringen,aandeel,magrit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="167"/>
        <source>spreading the units over cells of {r:g} m makes more than 5 million points; choose a larger cell size</source>
        <translation>de eenheden verdelen over cellen van {r:g} m geeft meer dan 5 miljoen punten; kies grotere cellen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="181"/>
        <source>the mask has no polygon</source>
        <translation>het masker heeft geen polygoon</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="148"/>
        <source>values must be ≥ 0 (found {v:g})</source>
        <translation>waarden moeten ≥ 0 zijn (gevonden: {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="275"/>
        <source>{k} units used, {g} without geometry dropped, {r} repaired.</source>
        <translation>{k} eenheden gebruikt, {g} zonder geometrie weggelaten, {r} hersteld.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="205"/>
        <source>{n} points, grid {nx} × {ny} cells of {r:g} m, {f} (span {s:g} m, beta {b:g}), {m} summation, about {mem:.0f} MB.</source>
        <translation>{n} punten, raster van {nx} × {ny} cellen van {r:g} m, {f} (reikwijdte {s:g} m, bèta {b:g}), {m} sommatie, ongeveer {mem:.0f} MB.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="274"/>
        <source>{n} units with a NULL value were left out.</source>
        <translation>{n} eenheden met een NULL-waarde werden weggelaten.</translation>
    </message>
</context>
<context>
    <name>ProposalStyle</name>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="95"/>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="77"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="75"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="76"/>
        <source>Horizon (year)</source>
        <translation>Horizon (jaar)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="76"/>
        <source>Lead actor</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="76"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="77"/>
        <source>Service distance (m)</source>
        <translation>Dienstverleningsafstand (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="75"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="98"/>
        <source>The cost cannot be negative.</source>
        <translation>De kosten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="97"/>
        <source>The horizon is a year between 2000 and 2100.</source>
        <translation>De horizon is een jaar tussen 2000 en 2100.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="99"/>
        <source>The service distance cannot be negative.</source>
        <translation>De dienstverleningsafstand kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="75"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/proposal_style.py" line="75"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>ProposalsLayerAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="78"/>
        <source>Action proposals: forms and theme symbols</source>
        <translation>Actievoorstellen: formulieren en themasymbolen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="43"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="34"/>
        <source>Create an action-proposals layer</source>
        <translation>Een laag voor actievoorstellen aanmaken</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="90"/>
        <source>Created {p} with the proposals form and theme symbols as its default style.</source>
        <translation>{p} aangemaakt, met het voorstellenformulier en de themasymbolen als standaardstijl.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="41"/>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="41"/>
        <source>Lines</source>
        <translation>Lijnen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="41"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="41"/>
        <source>Polygons</source>
        <translation>Polygonen</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="45"/>
        <source>Proposals layer (GeoPackage)</source>
        <translation>Laag van de voorstellen (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="37"/>
        <source>proposals,actions,projects,form,template,health,mobility</source>
        <translation>voorstellen,acties,projecten,formulier,sjabloon,gezondheid,mobiliteit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="76"/>
        <source>the GeoPackage could not be created</source>
        <translation>het GeoPackage kon niet worden aangemaakt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="58"/>
        <source>the folder {f} does not exist</source>
        <translation>de map {f} bestaat niet</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="60"/>
        <source>the folder {f} is not writable</source>
        <translation>de map {f} is niet beschrijfbaar</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="54"/>
        <source>the layer must be saved to a GeoPackage file (.gpkg) so that its forms and style travel with it</source>
        <translation>de laag moet in een GeoPackage-bestand (.gpkg) worden opgeslagen zodat formulieren en stijl meegaan</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="83"/>
        <source>the style could not be saved: {m}</source>
        <translation>de stijl kon niet worden opgeslagen: {m}</translation>
    </message>
</context>
<context>
    <name>Styling</name>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="30"/>
        <source>Middle ring</source>
        <translation>Middenring</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="28"/>
        <source>Outer ring</source>
        <translation>Buitenring</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="31"/>
        <source>Ring {k}</source>
        <translation>Ring {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="26"/>
        <source>Strong core</source>
        <translation>Sterke kern</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>≤ {m:g} min</source>
        <translation>≤ {m:g} min</translation>
    </message>
</context>
</TS>
