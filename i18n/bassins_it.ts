<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccessRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="304"/>
        <source>'{v}' is neither a number of minutes nor 'closed'</source>
        <translation>'{v}' non è né un numero di minuti né 'closed'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="64"/>
        <source>Access rings</source>
        <translation>Corone di accessibilità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="68"/>
        <source>Access rings (travel time)</source>
        <translation>Corone di accessibilità (tempo di percorrenza)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="103"/>
        <source>Border crossing points (customs, bridges)</source>
        <translation>Valichi di frontiera (dogane, ponti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="98"/>
        <source>Border penalty without crossing points</source>
        <translation>Penalità di frontiera senza valichi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="88"/>
        <source>Border-crossing penalty (minutes)</source>
        <translation>Penalità di attraversamento (minuti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="289"/>
        <source>Border: {c} crossing points ({x} closed); {e} of the {b} border edges pay a crossing's delay, the others are free.</source>
        <translation>Frontiera: {c} valichi ({x} chiusi); {e} dei {b} archi di frontiera pagano il ritardo di un valico, gli altri sono liberi.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="257"/>
        <source>Border: {m:g} minutes on every crossing of the border (each edge joining two countries).</source>
        <translation>Frontiera: {m:g} minuti a ogni attraversamento (ogni arco che unisce due paesi).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="261"/>
        <source>Border: {m:g} minutes once per trip, when the unit's country differs from the pole's.</source>
        <translation>Frontiera: {m:g} minuti una volta per viaggio, quando il paese dell'unità differisce da quello del polo.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="279"/>
        <source>CROSSINGS: without units with a country (UNITS, COUNTRY) the network has no border: the crossing points are not used.</source>
        <translation>CROSSINGS: senza unità con un paese (UNITS, COUNTRY) la rete non ha frontiera: i valichi non sono usati.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="86"/>
        <source>Country field of the units</source>
        <translation>Campo del paese delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="106"/>
        <source>Delay field of the crossings (minutes)</source>
        <translation>Campo del ritardo dei valichi (minuti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="94"/>
        <source>Direction of travel</source>
        <translation>Direzione del viaggio</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="96"/>
        <source>From the poles to the units (isochrones)</source>
        <translation>Dai poli alle unità (isocrone)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="95"/>
        <source>From the units to the poles</source>
        <translation>Dalle unità ai poli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="100"/>
        <source>On every crossing of the border</source>
        <translation>A ogni attraversamento della frontiera</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="99"/>
        <source>Once per trip to the other country</source>
        <translation>Una volta per viaggio verso l'altro paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="78"/>
        <source>Pole identifier field</source>
        <translation>Campo identificativo del polo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="76"/>
        <source>Poles (points)</source>
        <translation>Poli (punti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="109"/>
        <source>Radius of a crossing point (metres)</source>
        <translation>Raggio di un valico (metri)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="125"/>
        <source>Shortest paths from {n} poles in one run…</source>
        <translation>Percorsi minimi da {n} poli in un solo calcolo…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="254"/>
        <source>The border penalty needs units with a country field (UNITS, COUNTRY): it was not applied.</source>
        <translation>La penalità di frontiera richiede unità con un campo paese (UNITS, COUNTRY): non è stata applicata.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="84"/>
        <source>Time bands (minutes, ascending)</source>
        <translation>Fasce di tempo (minuti, crescenti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="82"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="80"/>
        <source>Units (polygons)</source>
        <translation>Unità (poligoni)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="63"/>
        <source>Units with travel times</source>
        <translation>Unità con tempi di percorrenza</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="151"/>
        <source>choose a point layer</source>
        <translation>scegliere un layer di punti</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="171"/>
        <source>minutes must be greater than 0</source>
        <translation>i minuti devono essere maggiori di 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="234"/>
        <source>no pole lies within the snapping tolerance of the network; increase SNAP_TOLERANCE</source>
        <translation>nessun polo è entro la tolleranza di aggancio alla rete; aumentare SNAP_TOLERANCE</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="195"/>
        <source>the crossings must be points (e.g. Centroids of the customs posts or bridges)</source>
        <translation>i valichi devono essere punti (p. es. Centroidi delle dogane o dei ponti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="159"/>
        <source>the layer is empty: add at least one pole</source>
        <translation>lo strato è vuoto: aggiungere almeno un polo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="153"/>
        <source>the poles must be points (e.g. Centroids of a polygon layer)</source>
        <translation>i poli devono essere punti (p. es. Centroidi di uno strato di poligoni)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="157"/>
        <source>the units must be polygons</source>
        <translation>le unità devono essere poligoni</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="71"/>
        <source>travel time,isochrone,network,road,access,border,penalty,pole</source>
        <translation>tempo di percorrenza,isocrona,rete,strada,accessibilità,confine,penalità,polo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="129"/>
        <source>{c} parts of the network ({n} nodes) are not connected to any pole and were left unreached.</source>
        <translation>{c} parti della rete ({n} nodi) non sono collegate a nessun polo e restano non raggiunte.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="285"/>
        <source>{n} crossing points lie farther than {r:g} m (CROSSING_RADIUS) from every edge joining two countries: they charge nothing (feature ids {ids}).</source>
        <translation>{n} valichi distano più di {r:g} m (CROSSING_RADIUS) da ogni arco che unisce due paesi: non costano nulla (id {ids}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="230"/>
        <source>{n} poles are farther than {s:g} m from the network and were left out: {ids}</source>
        <translation>{n} poli distano più di {s:g} m dalla rete e sono stati esclusi: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="333"/>
        <source>{n} units are farther than {s:g} m (SNAP_TOLERANCE) from every network line: their time is NULL.</source>
        <translation>{n} unità distano più di {s:g} m (SNAP_TOLERANCE) da ogni linea della rete: il loro tempo è NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/access_rings.py" line="336"/>
        <source>{n} units are on parts of the network no pole reaches: their time is NULL.</source>
        <translation>{n} unità sono su parti della rete che nessun polo raggiunge: il loro tempo è NULL.</translation>
    </message>
</context>
<context>
    <name>AttractionRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>AAV 2020-like (INSEE, 15 %, no enclave)</source>
        <translation>Simile AAV 2020 (INSEE, 15 %, senza enclavi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="106"/>
        <source>Associate poles (15 % rule)</source>
        <translation>Associare i poli (regola del 15 %)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="187"/>
        <source>Associated poles: {a} sends {s:.1f} % of its employed residents to {b}; one core named {n}.</source>
        <translation>Poli associati: {a} invia il {s:.1f} % dei suoi occupati verso {b}; un solo nucleo chiamato {n}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>By the rules (on for AAV-like and FUA-like)</source>
        <translation>Secondo le regole (sì per tipo AAV e tipo FUA)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="80"/>
        <source>Country field</source>
        <translation>Campo del paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="67"/>
        <source>Custom (the parameters below)</source>
        <translation>Personalizzato (parametri sotto)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="78"/>
        <source>Employed residents field</source>
        <translation>Campo degli occupati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="243"/>
        <source>Enclaves filled per area: {p}; {b} units enclosed only by several areas together left out (between areas).</source>
        <translation>Enclavi colmate per area: {p}; {b} unità racchiuse solo da più aree insieme lasciate fuori (tra le aree).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>FUA-like (EU-OECD, 15 %)</source>
        <translation>Simile FUA (UE-OCSE, 15 %)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="96"/>
        <source>Fill enclaves</source>
        <translation>Riempire le enclavi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="69"/>
        <source>Geneva 25 % (cross-border observatory)</source>
        <translation>Ginevra 25 % (osservatorio transfrontaliero)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="98"/>
        <source>Iterative (the target grows with attracted units)</source>
        <translation>Iterativo (il bersaglio cresce con le unità attratte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="94"/>
        <source>Keep only units connected to the pole</source>
        <translation>Tenere solo le unità collegate al polo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="252"/>
        <source>No unit other than the poles reaches the lowest threshold.</source>
        <translation>Nessuna unità oltre ai poli raggiunge la soglia più bassa.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="87"/>
        <source>Or pole field (the pole's name)</source>
        <translation>Oppure campo polo (nome del polo)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="85"/>
        <source>Pole units (identifiers separated by ';')</source>
        <translation>Unità del polo (identificativi separati da ';')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="82"/>
        <source>Population field</source>
        <translation>Campo della popolazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="57"/>
        <source>Rings of attraction</source>
        <translation>Anelli di attrazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="61"/>
        <source>Rings of attraction around a pole</source>
        <translation>Anelli di attrazione intorno a un polo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="90"/>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="168"/>
        <source>Rules: {s}.</source>
        <translation>Regole: {s}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="100"/>
        <source>Snapping tolerance between units (m)</source>
        <translation>Tolleranza di aggancio tra unità (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="92"/>
        <source>Thresholds toward the pole (%, e.g. 15;25;40)</source>
        <translation>Soglie verso il polo (%, p. es. 15;25;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="76"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="74"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unità (comuni, su entrambi i lati del confine)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="56"/>
        <source>Units with their attraction level</source>
        <translation>Unità con il loro livello di attrazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="107"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="68"/>
        <source>ZAU 2010-like (INSEE, 40 %, iterative)</source>
        <translation>Simile ZAU 2010 (INSEE, 40 %, iterativo)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="64"/>
        <source>attraction,pole,AAV,ZAU,FUA,aire d'attraction,couronne,rings,cross-border</source>
        <translation>attrazione,polo,AAV,ZAU,FUA,aire d'attraction,corona,anelli,transfrontaliero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="118"/>
        <source>choose a flows table or layer</source>
        <translation>scegliere una tabella o un layer di flussi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="116"/>
        <source>choose a polygon layer of units</source>
        <translation>scegliere un layer di poligoni delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="175"/>
        <source>give ascending percentages above 0, e.g. 15;25;40</source>
        <translation>indicare percentuali crescenti sopra 0, p. es. 15;25;40</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="205"/>
        <source>give the pole's unit identifiers, or a POLE_FIELD</source>
        <translation>indicare gli identificativi delle unità del polo, o un POLE_FIELD</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="200"/>
        <source>no unit has a value in this field</source>
        <translation>nessuna unità ha un valore in questo campo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="209"/>
        <source>no unit has the identifier(s) {ids}: give identifiers of the units layer</source>
        <translation>nessuna unità ha gli identificativi {ids}: indicare identificativi dello strato delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="129"/>
        <source>the layer has no usable polygon</source>
        <translation>lo strato non ha poligoni utilizzabili</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="144"/>
        <source>{n} flow rows between units, {s} to or from places that are not units (not counted).</source>
        <translation>{n} righe di flusso tra unità, {s} da o verso luoghi che non sono unità (non contate).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="246"/>
        <source>{n} neighbour pairs found within the snapping tolerance (slivers or gaps between layers).</source>
        <translation>{n} coppie di vicine trovate entro la tolleranza di aggancio (fessure o lacune tra strati).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="249"/>
        <source>{n} units have no employed residents (NULL or 0): no share, level 0 unless enclosed.</source>
        <translation>{n} unità non hanno occupati (NULL o 0): nessuna quota, livello 0 salvo enclave.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="238"/>
        <source>{p} pole units; units per level: {c}; {d} above a threshold but detached (dropped); {e} enclaves filled; {m} multipolarised.</source>
        <translation>{p} unità del polo; unità per livello: {c}; {d} sopra una soglia ma staccate (escluse); {e} enclavi riempite; {m} multipolarizzate.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/attraction_rings.py" line="189"/>
        <source>{p} poles, {m} after association.</source>
        <translation>{p} poli, {m} dopo l'associazione.</translation>
    </message>
</context>
<context>
    <name>BassinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="145"/>
        <source>Action proposals</source>
        <translation>Proposte d'azione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="530"/>
        <source>Canceled by the user.</source>
        <translation>Annullato dall'utente.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="295"/>
        <source>Count field</source>
        <translation>Campo del conteggio</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="144"/>
        <source>Cross-border intensity</source>
        <translation>Intensità transfrontaliera</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="143"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="293"/>
        <source>Destination field</source>
        <translation>Campo di destinazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="289"/>
        <source>Flows table</source>
        <translation>Tabella dei flussi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="291"/>
        <source>Origin field (unit of residence)</source>
        <translation>Campo di origine (unità di residenza)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="146"/>
        <source>Sharing and maps</source>
        <translation>Condivisione e carte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="298"/>
        <source>Theme field (work, study, health…)</source>
        <translation>Campo del tema (lavoro, studio, salute…)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="322"/>
        <source>field '{f}' does not exist in the layer</source>
        <translation>il campo «{f}» non esiste nel layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="470"/>
        <source>field '{f}' holds text, not numbers: choose a numeric field (or convert it with the Field calculator, e.g. to_real(replace("{f}", ' ', '')))</source>
        <translation>il campo '{f}' contiene testo, non numeri: scegliere un campo numerico (o convertirlo con il Calcolatore di campi, p. es. to_real(replace("{f}", ' ', '')))</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="228"/>
        <source>the file {f} is also the input {p}: writing there would destroy it; choose another file name</source>
        <translation>il file {f} è anche l'input {p}: scriverci lo distruggerebbe; scegliere un altro nome di file</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="305"/>
        <source>{label} ({name}): {message}</source>
        <translation>{label} ({name}): {message}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="517"/>
        <source>{n} distinct ids with a leading zero (e.g. 01001) were matched to the French unit whose numeric id lacks it (1001).</source>
        <translation>{n} identificativi distinti con zero iniziale (p. es. 01001) sono stati abbinati all'unità francese il cui identificativo numerico l'ha perso (1001).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="522"/>
        <source>{n} distinct ids with a leading zero match no unit, although a unit has the same id without the zero (e.g. {a} and the unit {b}): they are not counted. If the unit ids lost their zeros, restore them with the Field calculator: {hint}.</source>
        <translation>{n} identificativi distinti con zero iniziale non corrispondono ad alcuna unità, benché un'unità abbia lo stesso identificativo senza lo zero (p. es. {a} e l'unità {b}): non sono contati. Se gli identificativi delle unità hanno perso gli zeri, ripristinateli con il calcolatore di campi: {hint}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="498"/>
        <source>{p}: the layer has no field '{d}', the field '{f}' is used.</source>
        <translation>{p}: il layer non ha il campo '{d}', viene usato il campo '{f}'.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/base.py" line="458"/>
        <source>{p}: {r} invalid geometries repaired, {u} unrepairable left out.</source>
        <translation>{p}: {r} geometrie non valide riparate, {u} irreparabili escluse.</translation>
    </message>
</context>
<context>
    <name>BassinsPlugin</name>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="45"/>
        <source>Bassins de vie</source>
        <translation>Bacini di vita</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="48"/>
        <source>Cross-border living-area tools</source>
        <translation>Strumenti per i bacini di vita transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="49"/>
        <source>Generate a demo territory…</source>
        <translation>Genera un territorio dimostrativo…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/plugin.py" line="50"/>
        <source>Help</source>
        <translation>Aiuto</translation>
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
        <translation>Linee di confine</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="45"/>
        <source>Country field</source>
        <translation>Campo del paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="36"/>
        <source>National border lines</source>
        <translation>Linee di confine nazionale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="99"/>
        <source>The countries' units do not meet (within the tolerance): no border line.</source>
        <translation>Le unità dei paesi non si toccano (entro la tolleranza): nessuna linea di confine.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="47"/>
        <source>Tolerance between the national layers</source>
        <translation>Tolleranza tra gli strati nazionali</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="43"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unità (comuni, su entrambi i lati del confine)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="39"/>
        <source>border,frontière,Grenze,confine,grens,country,line</source>
        <translation>confine,frontière,Grenze,border,grens,paese,linea</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="54"/>
        <source>choose a polygon layer of units</source>
        <translation>scegliere un layer di poligoni delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="78"/>
        <source>the units belong to {n} country: a border needs units of two countries or more</source>
        <translation>le unità appartengono a {n} paese: un confine richiede unità di almeno due paesi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="96"/>
        <source>{a} – {b}: {km:.1f} km of border.</source>
        <translation>{a} – {b}: {km:.1f} km di confine.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="71"/>
        <source>{n} units have no country and are left out, which leaves a hole in the border where they lie (feature ids: {ids}); fill the field '{f}'.</source>
        <translation>{n} unità non hanno un paese e sono escluse, lasciando un buco nel confine dove si trovano (ID degli elementi: {ids}); compilare il campo «{f}».</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/border_line.py" line="59"/>
        <source>{t:g} m is far wider than the slivers and gaps between two national layers (metres to a few hundred metres): give at most {m:g} m</source>
        <translation>{t:g} m è molto più largo delle fessure e sovrapposizioni tra due strati nazionali (da un metro a qualche centinaio di metri): indicate al massimo {m:g} m</translation>
    </message>
</context>
<context>
    <name>CompareSourcesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="44"/>
        <source>BFS,Statbel,GGS,frontaliers,cross-border,check,compare,census</source>
        <translation>UST,Statbel,GGS,frontalieri,transfrontaliero,controllo,confronto,censimento</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="41"/>
        <source>Compare the French census with the foreign office's counts</source>
        <translation>Confrontare il censimento francese con i dati dell'ufficio estero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="57"/>
        <source>Count field of the foreign office</source>
        <translation>Campo del conteggio dell'ufficio estero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="60"/>
        <source>Flag differences beyond this share of the larger count</source>
        <translation>Segnalare gli scarti oltre questa quota</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="53"/>
        <source>Foreign office's counts (e.g. importforeign output)</source>
        <translation>Dati dell'ufficio estero (p. es. uscita di importforeign)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="49"/>
        <source>French flows compared</source>
        <translation>Flussi francesi confrontati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="50"/>
        <source>Inbound (to the foreign unit)</source>
        <translation>In entrata (verso l'unità estera)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="51"/>
        <source>Outbound (from the foreign unit)</source>
        <translation>In uscita (dall'unità estera)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="36"/>
        <source>Two-sided check</source>
        <translation>Controllo dai due lati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="37"/>
        <source>Two-sided check on the units (styled)</source>
        <translation>Controllo dai due lati sulle unità (con stile)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="55"/>
        <source>Unit identifier field of the counts</source>
        <translation>Campo identificativo dell'unità dei dati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="66"/>
        <source>Unit identifier field of the units</source>
        <translation>Campo identificativo delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="63"/>
        <source>Units to map the check on (optional)</source>
        <translation>Unità per la carta del controllo (facoltativo)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="121"/>
        <source>choose the field holding the unit identifiers</source>
        <translation>scegliere il campo con gli identificativi delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="117"/>
        <source>choose the units to map the check on</source>
        <translation>scegliere le unità su cui cartografare il controllo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="139"/>
        <source>{c}: French census {f:.1f}, foreign office {o:.1f}, difference {d:.1f}.</source>
        <translation>{c}: censimento francese {f:.1f}, ufficio estero {o:.1f}, differenza {d:.1f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_sources.py" line="141"/>
        <source>{n} units compared, {k} differ by more than {s:.0f} %, {low} with a count under {m:.0f} (low_count = true)</source>
        <translation>{n} unità confrontate, {k} differiscono di oltre il {s:.0f} %, {low} con un conteggio sotto {m:.0f} (low_count = vero)</translation>
    </message>
</context>
<context>
    <name>CompareZoningsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="59"/>
        <source>Agreement per zone</source>
        <translation>Concordanza per zona</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="76"/>
        <source>Any non-zero value is in our area (levels)</source>
        <translation>Ogni valore non nullo è nella nostra area (livelli)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="63"/>
        <source>Compare with an official zoning</source>
        <translation>Confronta con una zonizzazione ufficiale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="90"/>
        <source>Country field</source>
        <translation>Campo del paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="88"/>
        <source>Official code for "in no zone"</source>
        <translation>Codice ufficiale per «in nessuna zona»</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="81"/>
        <source>Official zoning (unit code → zone code)</source>
        <translation>Zonizzazione ufficiale (codice unità → zona)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="74"/>
        <source>Our zone or level field</source>
        <translation>Campo della nostra zona o livello</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="177"/>
        <source>Ours {a} / official {b}: {n} units in both, {o} only ours, {f} only official, Jaccard {j:.2f}.</source>
        <translation>Nostra {a} / ufficiale {b}: {n} unità in entrambe, {o} solo nostre, {f} solo ufficiali, Jaccard {j:.2f}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="78"/>
        <source>Population field</source>
        <translation>Campo della popolazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="84"/>
        <source>Unit code field of the official zoning</source>
        <translation>Campo codice unità della zonizzazione ufficiale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="72"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="58"/>
        <source>Units marked agree / only ours / only official</source>
        <translation>Unità marcate concordanza / solo nostra / solo ufficiale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="70"/>
        <source>Units with our zoning (e.g. attraction levels)</source>
        <translation>Unità con la nostra zonizzazione (es. livelli)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="86"/>
        <source>Zone code field of the official zoning</source>
        <translation>Campo codice zona della zonizzazione ufficiale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="98"/>
        <source>choose a polygon layer of units</source>
        <translation>scegliere un layer di poligoni delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="100"/>
        <source>choose the official zoning layer or table</source>
        <translation>scegliere lo strato o la tabella della zonizzazione ufficiale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="66"/>
        <source>compare,zoning,AAV,bassins de vie,official,Jaccard,agreement</source>
        <translation>confronto,zonizzazione,AAV,bassins de vie,ufficiale,Jaccard,concordanza</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="148"/>
        <source>no official code matches a unit identifier: check the code fields</source>
        <translation>nessun codice ufficiale corrisponde a un identificativo di unità: controllare i campi di codice</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="109"/>
        <source>the layer has no feature</source>
        <translation>il layer non ha elementi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="118"/>
        <source>{n} different values of {z} are taken as one area (ANY_LEVEL): to compare zone by zone (e.g. servicebasins' zone with INSEE's BV2022), untick ANY_LEVEL.</source>
        <translation>{n} valori diversi di {z} sono presi come un’unica area (ANY_LEVEL): per confrontare zona per zona (p. es. la zona di servicebasins con il BV2022 dell’INSEE), deselezionare ANY_LEVEL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="155"/>
        <source>{n} official codes are listed in several zones; each unit is compared with the first zone listed: {ids}</source>
        <translation>{n} codici ufficiali compaiono in più zone; ogni unità è confrontata con la prima zona indicata: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/compare_zonings.py" line="151"/>
        <source>{n} rows of the official zoning match no unit (other territory): ignored.</source>
        <translation>{n} righe della zonizzazione ufficiale non corrispondono a nessuna unità (altro territorio): ignorate.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="91"/>
        <source> in basket '{b}'</source>
        <translation> nel paniere '{b}'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="69"/>
        <source>'{c}' is not a two-letter ISO country code</source>
        <translation>«{c}» non è un codice paese ISO di due lettere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="61"/>
        <source>'{n}' is not a valid name: use letters, digits and '_' (63 characters at most, not starting with a digit)</source>
        <translation>«{n}» non è un nome valido: lettere, cifre e «_» (al massimo 63 caratteri, senza cifra iniziale)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="76"/>
        <source>'{p}' is negative: thresholds are shares, counts or minutes, ≥ 0</source>
        <translation>'{p}' è negativo: le soglie sono quote, conteggi o minuti, ≥ 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="74"/>
        <source>'{p}' is not a finite number</source>
        <translation>«{p}» non è un numero finito</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="71"/>
        <source>'{p}' is not a number; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>«{p}» non è un numero; inserire numeri crescenti separati da «;», p. es. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="8"/>
        <source>Luxembourg</source>
        <translation>Lussemburgo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="9"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/countries.py" line="10"/>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="309"/>
        <source>a count is not a number</source>
        <translation>un conteggio non è un numero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="67"/>
        <source>basket line {n}: no type; every line needs type;theme;basket</source>
        <translation>paniere, riga {n}: nessun tipo; ogni riga richiede tipo;tema;paniere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="70"/>
        <source>basket line {n}: type '{t}' has no theme; give one (health, education, shopping, public_services, mobility or your own)</source>
        <translation>paniere, riga {n}: il tipo '{t}' non ha tema; indicarne uno (health, education, shopping, public_services, mobility o uno proprio)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="87"/>
        <source>basket: {n} type(s) listed twice with different themes: {t}; keep one line per type</source>
        <translation>paniere: {n} tipo/i elencato/i due volte con temi diversi: {t}; tenere una riga per tipo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="188"/>
        <source>canceled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="168"/>
        <source>cannot reach {u} (offline?) and nothing cached: {e}</source>
        <translation>impossibile raggiungere {u} (offline?) e niente in cache: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="107"/>
        <source>cannot read the basket file {p}: {e}</source>
        <translation>impossibile leggere il file paniere {p}: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="401"/>
        <source>column '{c}' is not in the file; its columns are: {cols}</source>
        <translation>la colonna '{c}' non è nel file; le sue colonne sono: {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="134"/>
        <source>columns not recognised: expected COMMUNE, DCLT, IPONDI (work detail file), COMMUNE, DCETUF, IPONDI (study detail file) or CODGEO, DCLT, NBFLUX_… (flows file); found {cols}</source>
        <translation>colonne non riconosciute: attese COMMUNE, DCLT, IPONDI (file dettaglio lavoro), COMMUNE, DCETUF, IPONDI (file dettaglio studi) o CODGEO, DCLT, NBFLUX_… (file dei flussi); trovate {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="198"/>
        <source>connection lost</source>
        <translation>connessione persa</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="226"/>
        <source>count '{v}' is negative or not finite</source>
        <translation>conteggio '{v}' negativo o non finito</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="223"/>
        <source>count '{v}' is not a number</source>
        <translation>conteggio '{v}' non numerico</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="71"/>
        <source>country codes must be different</source>
        <translation>i codici paese devono essere diversi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="171"/>
        <source>download of {u} failed: {e}</source>
        <translation>download di {u} non riuscito: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="217"/>
        <source>empty commune code</source>
        <translation>codice comunale vuoto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="413"/>
        <source>empty origin or destination</source>
        <translation>origine o destinazione vuota</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="96"/>
        <source>every threshold set must have the same number of levels</source>
        <translation>ogni serie di soglie deve avere lo stesso numero di livelli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/demo.py" line="66"/>
        <source>give two or three ISO country codes separated by ';', e.g. FR;CH</source>
        <translation>indicare due o tre codici paese ISO separati da «;», p. es. FR;CH</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="338"/>
        <source>line {n}: a row without NIS code before any commune</source>
        <translation>riga {n}: una riga senza codice NIS prima di ogni comune</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="341"/>
        <source>line {n}: expected the rows Hommes, Femmes, Total of {c}, found '{s}'</source>
        <translation>riga {n}: attese le righe Hommes, Femmes, Total di {c}, trovato '{s}'</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="405"/>
        <source>name the origin, destination and count columns</source>
        <translation>indicare le colonne di origine, destinazione e conteggio</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="149"/>
        <source>no answer from {u} within {t:g} s ({n} attempts), and nothing cached{why}</source>
        <translation>nessuna risposta da {u} entro {t:g} s ({n} tentativi), e niente in cache{why}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="61"/>
        <source>no column separator (tab, ';' or ',') in the header line</source>
        <translation>nessun separatore di colonne (tab, ';' o ',') nella riga di intestazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="115"/>
        <source>no column separator found in the header line</source>
        <translation>nessun separatore di colonne nella riga di intestazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="240"/>
        <source>no commune name of the file matches a foreign unit of {c}: {names}; check the units' name and country fields</source>
        <translation>nessun nome di comune del file corrisponde a un'unità estera di {c}: {names}; verificare i campi nome e paese delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="202"/>
        <source>no commune rows in the file (only totals or cantons such as '- Genève'): export the communes from STAT-TAB (labels '……name' or '6621 name')</source>
        <translation>nessuna riga di comune nel file (solo totali o cantoni come '- Genève'): esportare i comuni da STAT-TAB (etichette '……nome' o '6621 nome')</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="153"/>
        <source>no equipment point has a type of the basket ({n} types, e.g. {e}); check the type field and the basket</source>
        <translation>nessun punto di servizio ha un tipo del paniere ({n} tipi, p. es. {e}); controllare il campo del tipo e il paniere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="167"/>
        <source>no period column (e.g. '2014 T4', '2014 Q4', '2014') nor year column in the header: {cols}</source>
        <translation>nessuna colonna di periodo (p. es. '2014 T4', '2014 Q4', '2014') né di anno nell'intestazione: {cols}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="65"/>
        <source>no threshold given; type ascending numbers separated by ';', e.g. 5;15;30</source>
        <translation>nessuna soglia indicata; inserire numeri crescenti separati da «;», p. es. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="181"/>
        <source>no unit has employed residents (all NULL or 0): choose the field of employed residents</source>
        <translation>nessuna unità ha occupati (tutti NULL o 0): scegliere il campo degli occupati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="281"/>
        <source>not a Statbel home-work matrix: no columns "Travaille à l'étranger" and "Travaille en Belgique ou à l'étranger" in the header</source>
        <translation>non è una matrice casa-lavoro di Statbel: nessuna colonna "Travaille à l'étranger" e "Travaille en Belgique ou à l'étranger" nell'intestazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="174"/>
        <source>period '{p}' is not in the file; its periods are: {ps}</source>
        <translation>il periodo '{p}' non è nel file; i suoi periodi sono: {ps}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="69"/>
        <source>row {row}: count '{v}' is not a number</source>
        <translation>riga {row}: il conteggio «{v}» non è un numero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="73"/>
        <source>row {row}: count is not a finite number</source>
        <translation>riga {row}: il conteggio non è un numero finito</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="75"/>
        <source>row {row}: count {v:g} is negative</source>
        <translation>riga {row}: il conteggio {v:g} è negativo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/flows.py" line="298"/>
        <source>rows {rows}: their counts add up to more than a number can hold (infinite): check these counts</source>
        <translation>righe {rows}: la somma dei loro conteggi supera ciò che un numero può contenere (infinito): controllate questi conteggi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="331"/>
        <source>spreading the units over cells of {r:g} m makes more than 5 million points; choose a larger cell size</source>
        <translation>ripartire le unità su celle di {r:g} m produce più di 5 milioni di punti; scegliere celle più grandi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="124"/>
        <source>the Python package 'requests' is missing: install it (e.g. OSGeo4W shell: python -m pip install requests) or use a cached download</source>
        <translation>manca il pacchetto Python 'requests': installarlo (p. es. shell OSGeo4W: python -m pip install requests) o usare un download in cache</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="95"/>
        <source>the ZIP file holds no .csv or .txt file</source>
        <translation>il file ZIP non contiene file .csv o .txt</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="87"/>
        <source>the ZIP file is damaged or incomplete (download it again)</source>
        <translation>il file ZIP è danneggiato o incompleto (scaricarlo di nuovo)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="99"/>
        <source>the ZIP file is damaged or incomplete ({e})</source>
        <translation>il file ZIP è danneggiato o incompleto ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="100"/>
        <source>the answer holds no feature</source>
        <translation>la risposta non contiene elementi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="92"/>
        <source>the answer is not valid JSON</source>
        <translation>la risposta non è JSON valido</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="98"/>
        <source>the answer is not valid JSON (or not GeoJSON)</source>
        <translation>la risposta non è JSON valido (o non è GeoJSON)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="114"/>
        <source>the basket file {p} has no header type;theme;basket (found: {h})</source>
        <translation>il file paniere {p} non ha l'intestazione type;theme;basket (trovato: {h})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="109"/>
        <source>the basket file {p} is empty; give lines type;theme;basket</source>
        <translation>il file paniere {p} è vuoto; fornire righe tipo;tema;paniere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="90"/>
        <source>the basket lists no type{b}; give lines type;theme;basket</source>
        <translation>il paniere non elenca alcun tipo{b}; fornire righe tipo;tema;paniere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="121"/>
        <source>the cached copy {p} is damaged ({e}): tick 'Download again even if cached' (REFRESH) to replace it</source>
        <translation>la copia in cache {p} è danneggiata ({e}): spuntare «Scarica di nuovo anche se in cache» (REFRESH) per sostituirla</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="224"/>
        <source>the file gives commune names without BFS numbers: choose the foreign units (FOREIGN_UNITS) to match the names to</source>
        <translation>il file dà nomi di comuni senza numero UST: scegliere le unità estere (FOREIGN_UNITS) a cui abbinare i nomi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="72"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="53"/>
        <source>the file is neither UTF-8, UTF-16 nor cp1252 (byte 0x{b:02x} at position {p}): save it again as UTF-8</source>
        <translation>il file non è né UTF-8, né UTF-16, né cp1252 (byte 0x{b:02x} in posizione {p}): salvarlo di nuovo in UTF-8</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="233"/>
        <source>the file {f} cannot be read as GeoJSON</source>
        <translation>il file {f} non può essere letto come GeoJSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="149"/>
        <source>the folder {f} does not exist</source>
        <translation>la cartella {f} non esiste</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="151"/>
        <source>the folder {f} is not writable</source>
        <translation>la cartella {f} non è scrivibile</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="352"/>
        <source>the group of {c} ({name}) ends at line {n} with {k} of its three rows (Hommes, Femmes, Total): the file is cut; download it again</source>
        <translation>il gruppo di {c} ({name}) finisce alla riga {n} con {k} delle sue tre righe (Hommes, Femmes, Total): il file è troncato; scaricarlo di nuovo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="220"/>
        <source>the raster {n} cannot be read</source>
        <translation>il raster {n} non può essere letto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="229"/>
        <source>the raster {n} has {b} bands of numbers: a GeoPackage holds one band of numbers or an image of up to 4 bands of 0-255; keep it as a GeoTIFF beside the package</source>
        <translation>il raster {n} ha {b} bande di numeri: un GeoPackage contiene una banda di numeri o un'immagine di al più 4 bande 0-255; tenerlo come GeoTIFF accanto al pacchetto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/packaging.py" line="156"/>
        <source>these layers already exist in the GeoPackage: {names}; tick 'overwrite' to replace them (other layers are kept)</source>
        <translation>questi layer esistono già nel GeoPackage: {names}; spuntare «sovrascrivi» per sostituirli (gli altri layer sono mantenuti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="173"/>
        <source>thresholds must be strictly ascending</source>
        <translation>le soglie devono essere strettamente crescenti</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="80"/>
        <source>thresholds must be strictly ascending ({a:g} then {b:g}); e.g. 5;15;30</source>
        <translation>le soglie devono essere strettamente crescenti ({a:g} poi {b:g}); p. es. 5;15;30</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="164"/>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="204"/>
        <source>truncated answer from {u}: {n} of {t} bytes</source>
        <translation>risposta troncata da {u}: {n} byte su {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="104"/>
        <source>unexpected CRS EPSG:{c}: GeoJSON in WGS 84 is expected</source>
        <translation>SR inatteso EPSG:{c}: atteso GeoJSON in WGS 84</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/foreign_stats.py" line="193"/>
        <source>value '{v}' is not a number</source>
        <translation>il valore '{v}' non è un numero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/potential.py" line="322"/>
        <source>values must be ≥ 0 (found {v:g})</source>
        <translation>i valori devono essere ≥ 0 (trovato {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/services.py" line="149"/>
        <source>{n} equipment point(s) have no type; fill the type field or filter them out</source>
        <translation>{n} punto/i di servizio senza tipo; compilare il campo del tipo o filtrarli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/commuting.py" line="207"/>
        <source>{n} fields instead of {m}</source>
        <translation>{n} campi invece di {m}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/network.py" line="380"/>
        <source>{n} lines have a negative speed; fix them or filter them out</source>
        <translation>{n} linee hanno una velocità negativa; correggerle o filtrarle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/attraction.py" line="177"/>
        <source>{n} units have a negative number of employed residents (e.g. {ids}): counts must be 0 or more; correct the field</source>
        <translation>{n} unità hanno un numero negativo di occupati residenti (p. es. {ids}): i conteggi devono essere 0 o più; correggete il campo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/thresholds.py" line="92"/>
        <source>{s} threshold sets for {f} fields; give one set, or one per field separated by '|'</source>
        <translation>{s} serie di soglie per {f} campi; indicare una serie, o una per campo separate da «|»</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="179"/>
        <source>{u} answered '{c}', not GeoJSON</source>
        <translation>{u} ha risposto '{c}', non GeoJSON</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/download.py" line="176"/>
        <source>{u} answered HTTP {c}</source>
        <translation>{u} ha risposto HTTP {c}</translation>
    </message>
</context>
<context>
    <name>CrossBorderFlowsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="46"/>
        <source>Country field</source>
        <translation>Campo del paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="35"/>
        <source>Cross-border flow indicators</source>
        <translation>Indicatori dei flussi transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="55"/>
        <source>Destination country field (places abroad)</source>
        <translation>Campo del paese di destinazione (fuori unità)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="110"/>
        <source>Employed residents (ACTIVE) is not set: cb_share is NULL for every unit. Choose the field of employed residents (e.g. 'active', or 'active' from importcommuting's residents table).</source>
        <translation>Occupati (ACTIVE) non impostati: cb_share è NULL per tutte le unità. Scegliere il campo degli occupati (p. es. 'active', o 'active' della tabella dei residenti di importcommuting).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="48"/>
        <source>Employed residents field (for the share)</source>
        <translation>Campo degli occupati residenti (per la quota)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="51"/>
        <source>Jobs field (for the inbound share)</source>
        <translation>Campo dei posti di lavoro (quota in entrata)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="120"/>
        <source>No flow row could be used: every indicator is 0.</source>
        <translation>Nessuna riga di flusso utilizzabile: tutti gli indicatori valgono 0.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="44"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="42"/>
        <source>Units (communes)</source>
        <translation>Unità (comuni)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="32"/>
        <source>Units with cross-border indicators</source>
        <translation>Unità con indicatori transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="117"/>
        <source>cb_in_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_in_share è NULL per tutte le unità: il campo '{f}' non ha numeri positivi.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="114"/>
        <source>cb_share is NULL for every unit: the field '{f}' has no positive number.</source>
        <translation>cb_share è NULL per tutte le unità: il campo '{f}' non ha numeri positivi.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="65"/>
        <source>choose a flows table or layer</source>
        <translation>scegliere una tabella o un layer di flussi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="62"/>
        <source>choose a polygon layer of units</source>
        <translation>scegliere un layer di poligoni delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="131"/>
        <source>destination</source>
        <translation>destinazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="38"/>
        <source>flows,commuting,cross-border,frontaliers,share,indicator</source>
        <translation>flussi,pendolarismo,transfrontaliero,frontalieri,quota,indicatore</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="130"/>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="75"/>
        <source>the layer has no feature</source>
        <translation>il layer non ha elementi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="87"/>
        <source>{e}; counts must be numbers ≥ 0</source>
        <translation>{e}; i conteggi devono essere numeri ≥ 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="140"/>
        <source>{n} distinct flow ids had lost their leading zeros and were matched to the unit with them (1004 -&gt; 01004).</source>
        <translation>{n} identificativi di flusso avevano perso gli zeri iniziali e sono stati abbinati all'unità che li ha (1004 -&gt; 01004).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="143"/>
        <source>{n} distinct flow ids match several units once leading zeros are added: not counted.</source>
        <translation>{n} identificativi di flusso corrispondono a più unità con gli zeri iniziali: non contati.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="146"/>
        <source>{n} duplicate unit identifiers: only the first unit of each is used.</source>
        <translation>{n} identificativi di unità duplicati: si usa solo la prima unità di ciascuno.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="80"/>
        <source>{n} flow rows read.</source>
        <translation>{n} righe di flussi lette.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="128"/>
        <source>{n} rows with an empty count were skipped.</source>
        <translation>{n} righe con conteggio vuoto sono state ignorate.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="149"/>
        <source>{n} units have no country: their flows cannot be cross-border.</source>
        <translation>{n} unità non hanno paese: i loro flussi non possono essere transfrontalieri.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="135"/>
        <source>{rows} flow rows (total {tot:g}) have an {what} that matches no unit and were not counted; most frequent: {ids}</source>
        <translation>{rows} righe di flussi (totale {tot:g}) hanno una {what} che non corrisponde a nessuna unità e non sono state contate; le più frequenti: {ids}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/crossborder_flows.py" line="124"/>
        <source>{rows} flow rows read, {used} used, {cb} cross-border rows totalling {tot:g}.</source>
        <translation>{rows} righe di flussi lette, {used} usate, {cb} righe transfrontaliere per un totale di {tot:g}.</translation>
    </message>
</context>
<context>
    <name>DemoTerritoryAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="71"/>
        <source>Border mismatch between national layers (m)</source>
        <translation>Scarto tra strati nazionali al confine (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="64"/>
        <source>Countries (two or three ISO codes, separated by ';')</source>
        <translation>Paesi (due o tre codici ISO, separati da «;»)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="45"/>
        <source>Employment poles</source>
        <translation>Poli occupazionali</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="50"/>
        <source>Everyday services (points)</source>
        <translation>Servizi quotidiani (punti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="44"/>
        <source>Flows</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="54"/>
        <source>Generate a demo cross-border territory</source>
        <translation>Genera un territorio transfrontaliero dimostrativo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="92"/>
        <source>Generating {n} units for {c}, seed {s}…</source>
        <translation>Generazione di {n} unità per {c}, seme {s}…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="61"/>
        <source>Number of units (communes)</source>
        <translation>Numero di unità (comuni)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="77"/>
        <source>Output CRS</source>
        <translation>SR di uscita</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="66"/>
        <source>Random seed</source>
        <translation>Seme casuale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="48"/>
        <source>Road network</source>
        <translation>Rete stradale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="47"/>
        <source>Sample proposals (lines)</source>
        <translation>Proposte di esempio (linee)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="46"/>
        <source>Sample proposals (points)</source>
        <translation>Proposte di esempio (punti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="43"/>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="68"/>
        <source>Vertices per unit (0: simple polygons)</source>
        <translation>Vertici per unità (0: poligoni semplici)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="91"/>
        <source>choose a valid coordinate reference system</source>
        <translation>scegliere un sistema di riferimento valido</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="57"/>
        <source>demo,synthetic,test,communes,flows,border</source>
        <translation>dimostrazione,sintetico,test,comuni,flussi,confine</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/demo_territory.py" line="107"/>
        <source>{u} units, {f} flows, {p} poles, {q} proposals written.</source>
        <translation>{u} unità, {f} flussi, {p} poli, {q} proposte scritti.</translation>
    </message>
</context>
<context>
    <name>DownloadUnitsAlgorithm</name>
    <message>
        <location filename="../processing_scripts/download_units.py" line="74"/>
        <source>Cache folder (empty: QGIS profile cache)</source>
        <translation>Cartella della cache (vuota: profilo QGIS)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="61"/>
        <source>Countries, GISCO sources (ISO codes separated by ';')</source>
        <translation>Paesi, fonti GISCO (codici ISO separati da ';')</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="63"/>
        <source>Departments for the French API (e.g. 74;01)</source>
        <translation>Dipartimenti (API francese, es. 74;01)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="78"/>
        <source>Download again even if cached</source>
        <translation>Scarica di nuovo anche se in cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="50"/>
        <source>Download reference boundaries</source>
        <translation>Scarica i confini di riferimento</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Eurostat GISCO: LAU (communes)</source>
        <translation>Eurostat GISCO: LAU (comuni)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="58"/>
        <source>Eurostat GISCO: NUTS regions</source>
        <translation>Eurostat GISCO: regioni NUTS</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="59"/>
        <source>France: communes API (geo.api.gouv.fr)</source>
        <translation>Francia: API dei comuni (geo.api.gouv.fr)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="53"/>
        <source>GISCO,LAU,NUTS,communes,boundaries,download,Eurostat</source>
        <translation>GISCO,LAU,NUTS,comuni,confini,scaricamento,Eurostat</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="65"/>
        <source>Keep units in this extent</source>
        <translation>Mantieni le unità in questa estensione</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="70"/>
        <source>NUTS level, NUTS source</source>
        <translation>Livello NUTS, fonte NUTS</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="72"/>
        <source>Service address (empty: the official one)</source>
        <translation>Indirizzo del servizio (vuoto: ufficiale)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="57"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="76"/>
        <source>Timeout of the whole download (seconds)</source>
        <translation>Tempo massimo del download (secondi)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="47"/>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="68"/>
        <source>Year, GISCO sources</source>
        <translation>Anno, fonti GISCO</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>downloaded</source>
        <translation>scaricato</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="123"/>
        <source>from the cache</source>
        <translation>dalla cache</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="108"/>
        <source>give at least one ISO country code, e.g. FR;CH</source>
        <translation>indicare almeno un codice paese ISO, p. es. FR;CH</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="104"/>
        <source>give at least one department code, e.g. 74</source>
        <translation>indicare almeno un codice di dipartimento, p. es. 74</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="144"/>
        <source>no unit matches the countries or the extent</source>
        <translation>nessuna unità corrisponde ai paesi o all'estensione</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="165"/>
        <source>{u}: {mb:.0f} of {tot} MB, about {eta:.0f} s left (attempt {a})</source>
        <translation>{u}: {mb:.0f} di {tot} MB, circa {eta:.0f} s rimanenti (tentativo {a})</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="121"/>
        <source>{u}: {n} features ({how}).</source>
        <translation>{u}: {n} elementi ({how}).</translation>
    </message>
    <message>
        <location filename="../processing_scripts/download_units.py" line="145"/>
        <source>{w} units written, {s} left out (other countries, outside the extent or without geometry).</source>
        <translation>{w} unità scritte, {s} escluse (altri paesi, fuori estensione o senza geometria).</translation>
    </message>
</context>
<context>
    <name>ExportMapAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="102"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Applicare gli stili del plugin</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="97"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation>Copertura dell'atlante (pagina per elemento)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="100"/>
        <source>Atlas page name field</source>
        <translation>Campo del nome di pagina dell'atlante</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Cross-border living area</source>
        <translation>Bacino di vita transfrontaliero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Data sources</source>
        <translation>Fonti dei dati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="81"/>
        <source>Export a living-area map</source>
        <translation>Esporta una carta del bacino di vita</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="88"/>
        <source>Layers (first on top)</source>
        <translation>Layer (il primo in alto)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="241"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="238"/>
        <source>Made with the QGIS plugin “Bassins de vie transfrontaliers” (GPL-2.0-or-later).</source>
        <translation>Realizzato con il plugin QGIS «Bassins de vie transfrontaliers» (GPL-2.0 o successiva).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="95"/>
        <source>Map extent</source>
        <translation>Estensione della carta</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>Map file</source>
        <translation>File della carta</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="106"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="107"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="104"/>
        <source>Resolution (dpi)</source>
        <translation>Risoluzione (dpi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="94"/>
        <source>Sources: national statistical institutes</source>
        <translation>Fonti: istituti nazionali di statistica</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="92"/>
        <source>Subtitle</source>
        <translation>Sottotitolo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="160"/>
        <source>The layer '{n}' is empty: it draws nothing on the map.</source>
        <translation>Lo strato '{n}' è vuoto: non disegna nulla sulla mappa.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="90"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="112"/>
        <source>choose at least one layer</source>
        <translation>scegliere almeno un layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="84"/>
        <source>map,layout,print,pdf,png,atlas,report</source>
        <translation>carta,layout,stampa,pdf,png,atlante,rapporto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="157"/>
        <source>no file was written in {f}: check the name and the folder's permissions</source>
        <translation>nessun file è stato scritto in {f}: controllare il nome e i permessi della cartella</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="201"/>
        <source>the coverage layer has no feature</source>
        <translation>il layer di copertura non ha elementi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="116"/>
        <source>the file name must end with .pdf or .png</source>
        <translation>il nome del file deve terminare con .pdf o .png</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="119"/>
        <source>the folder {f} does not exist or is not writable</source>
        <translation>la cartella {f} non esiste o non è scrivibile</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="183"/>
        <source>the map could not be exported: {e}</source>
        <translation>impossibile esportare la carta: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="148"/>
        <source>the print template could not be read</source>
        <translation>impossibile leggere il modello di stampa</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="122"/>
        <source>the print template is missing from the plugin</source>
        <translation>il modello di stampa manca nel plugin</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="161"/>
        <source>{n} page(s) written: {files}.</source>
        <translation>{n} pagina/e scritta/e: {files}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/export_map.py" line="237"/>
        <source>{sources} — Map made on {date}.</source>
        <translation>{sources} — Carta realizzata il {date}.</translation>
    </message>
</context>
<context>
    <name>FlowLinesAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="57"/>
        <source>Country field</source>
        <translation>Campo del paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="61"/>
        <source>Cross-border flows only</source>
        <translation>Solo flussi transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="67"/>
        <source>Curved lines (the two directions of a pair apart)</source>
        <translation>Linee curve (direzioni separate)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="42"/>
        <source>Flow lines</source>
        <translation>Linee di flusso</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="45"/>
        <source>Flow lines (flow map)</source>
        <translation>Linee di flusso (mappa dei flussi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="63"/>
        <source>Keep these themes only (empty: all)</source>
        <translation>Tenere solo questi temi (vuoto: tutti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="59"/>
        <source>Minimum count of a line</source>
        <translation>Conteggio minimo di una linea</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="65"/>
        <source>Net flows (larger direction minus the other)</source>
        <translation>Flussi netti (direzione forte meno l'altra)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="112"/>
        <source>No line passes the filters: lower MIN_COUNT or widen the themes.</source>
        <translation>Nessuna linea supera i filtri: abbassare MIN_COUNT o ampliare i temi.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="55"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="53"/>
        <source>Units (communes)</source>
        <translation>Unità (comuni)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="74"/>
        <source>choose a flows table or layer</source>
        <translation>scegliere una tabella o un layer di flussi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="76"/>
        <source>choose a polygon layer of units</source>
        <translation>scegliere un layer di poligoni delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="90"/>
        <source>choose the theme field (THEME) to keep themes</source>
        <translation>scegliere il campo tema (THEME) per tenere dei temi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="48"/>
        <source>flow map,flows,lines,arrows,commuting,cross-border,oursins</source>
        <translation>mappa dei flussi,flussi,linee,frecce,pendolarismo,transfrontaliero,oursins</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/flow_lines.py" line="106"/>
        <source>{rows} flow rows, {pairs} origin-destination pairs, {lines} lines written (total {total:,.0f}); {u} rows with an id that matches no unit and {s} within one unit left out.</source>
        <translation>{rows} righe di flusso, {pairs} coppie origine-destinazione, {lines} linee scritte (totale {total:,.0f}); {u} righe senza unità corrispondente e {s} interne a un'unità escluse.</translation>
    </message>
</context>
<context>
    <name>ImportCommutingAlgorithm</name>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="235"/>
        <source>Ambiguous names (several units; kept as INSEE codes, add them to MATCH_TABLE): {codes}</source>
        <translation>Nomi ambigui (più unità; mantenuti come codici INSEE, aggiungerli a MATCH_TABLE): {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="88"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="61"/>
        <source>CSV or ZIP (*.csv *.txt *.zip)</source>
        <translation>CSV o ZIP (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="224"/>
        <source>Codes without a name in {src} (kept as codes): {codes}</source>
        <translation>Codici senza nome in {src} (mantenuti come codici): {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="75"/>
        <source>Commune code field of the units</source>
        <translation>Campo del codice comunale delle unità</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Detect from the columns</source>
        <translation>Rileva dalle colonne</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="63"/>
        <source>Expected file</source>
        <translation>File atteso</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="46"/>
        <source>Flows table</source>
        <translation>Tabella dei flussi</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="84"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Campo paese delle unità estere (codice ISO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="80"/>
        <source>Foreign unit identifier field</source>
        <translation>Campo identificativo delle unità estere</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="82"/>
        <source>Foreign unit name field</source>
        <translation>Campo nome delle unità estere</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="77"/>
        <source>Foreign units (e.g. GISCO LAU)</source>
        <translation>Unità estere (p. es. LAU GISCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="60"/>
        <source>INSEE mobility file (CSV, or ZIP holding it)</source>
        <translation>File di mobilità INSEE (CSV, o ZIP che lo contiene)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="55"/>
        <source>INSEE,mobpro,mobsco,commuting,flows,import,navettes,domicile-travail,DCFLT,frontaliers</source>
        <translation>INSEE,mobpro,mobsco,pendolarismo,flussi,importazione,navettes,frontalieri,DCFLT,frontaliers</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="52"/>
        <source>Import commuting flows (INSEE format)</source>
        <translation>Importa flussi casa-lavoro (formato INSEE)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="70"/>
        <source>Keep residents of these communes</source>
        <translation>Mantieni i residenti di questi comuni</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="67"/>
        <source>Keep residents of these departments</source>
        <translation>Mantieni i residenti di questi dipartimenti</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="215"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Righe malformate (riga: motivo), non contate: {rows}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="87"/>
        <source>Match table (CSV code;unit_id)</source>
        <translation>Tabella di corrispondenza (CSV code;unit_id)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="227"/>
        <source>Matched to foreign units: {m} codes ({t} from the match table), weight {w:.1f} = {s:.1f} % of the cross-border weight.</source>
        <translation>Abbinati alle unità estere: {m} codici ({t} dalla tabella), peso {w:.1f} = {s:.1f} % del peso transfrontaliero.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="232"/>
        <source>Not matched (kept as INSEE codes), by weight: {codes}</source>
        <translation>Non abbinati (mantenuti come codici INSEE), per peso: {codes}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="72"/>
        <source>Or keep residents of these units (study area)</source>
        <translation>Oppure i residenti di queste unità</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="219"/>
        <source>Places abroad at commune level: {n} codes, weight {w:.1f} of {a:.1f} abroad; names from {src}.</source>
        <translation>Luoghi all'estero a livello comunale: {n} codici, peso {w:.1f} su {a:.1f} all'estero; nomi da {src}.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="47"/>
        <source>Residents table (per commune)</source>
        <translation>Tabella dei residenti (per comune)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="65"/>
        <source>Study (FD_MOBSCO)</source>
        <translation>Studio (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="64"/>
        <source>Work (FD_MOBPRO, flows file)</source>
        <translation>Lavoro (FD_MOBPRO, file dei flussi)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a study file (FD_MOBSCO)</source>
        <translation>un file studi (FD_MOBSCO)</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="166"/>
        <source>a work file</source>
        <translation>un file lavoro</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="133"/>
        <source>choose a field of the foreign units</source>
        <translation>scegliere un campo delle unità estere</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="119"/>
        <source>choose the field holding the commune codes</source>
        <translation>scegliere il campo dei codici comunali</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="156"/>
        <source>line {n}: {c} → {u}</source>
        <translation>riga {n}: {c} → {u}</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="140"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>nessuna unità ha identificativo, nome e paese: controllare i campi scelti</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="177"/>
        <source>the foreign units are in {have}, but the file's places abroad are in {want}: choose units of those countries</source>
        <translation>le unità estere sono in {have}, ma i luoghi all'estero del file sono in {want}: scegliere unità di quei paesi</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="167"/>
        <source>this is {found}, not the expected kind; choose the right file or set FILE_KIND to detect</source>
        <translation>questo è {found}, non il tipo atteso; scegliere il file giusto o impostare FILE_KIND su rilevamento</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="157"/>
        <source>{k} rows name a unit id that is not in the foreign units (FOREIGN_UNITS, field {f}): {rows}; correct the ids or remove the rows</source>
        <translation>{k} righe indicano un identificativo assente dalle unità estere (FOREIGN_UNITS, campo {f}): {rows}; correggete gli identificativi o togliete le righe</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="208"/>
        <source>{layout} file ({theme}), {enc}, separator '{sep}': {rows} rows, {kept} kept, {out} outside the filter, {bad} malformed; {pairs} origin-destination pairs written.</source>
        <translation>file {layout} ({theme}), {enc}, separatore '{sep}': {rows} righe, {kept} tenute, {out} fuori filtro, {bad} malformate; {pairs} coppie origine-destinazione scritte.</translation>
    </message>
    <message>
        <location filename="../processing_scripts/import_commuting.py" line="239"/>
        <source>{n} of {m} pairs have a weighted count under {k} (low_count = true): INSEE advises care with them.</source>
        <translation>{n} coppie su {m} hanno un conteggio ponderato sotto {k} (low_count = vero): l'INSEE raccomanda prudenza.</translation>
    </message>
</context>
<context>
    <name>ImportForeignAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="209"/>
        <source>Ambiguous names (several units; left out): {n}</source>
        <translation>Nomi ambigui (più unità; esclusi): {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="63"/>
        <source>BFS PX-Web export (commune × period)</source>
        <translation>Export PX-Web dell'UST (comune × periodo)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="54"/>
        <source>BFS,OFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,frontaliers,Grenzgänger,census,import</source>
        <translation>UST,BFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,frontalieri,Grenzgänger,censimento,importazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="60"/>
        <source>CSV (*.csv *.txt *.tsv)</source>
        <translation>CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="71"/>
        <source>Country of the file's communes (ISO code)</source>
        <translation>Paese dei comuni del file (codice ISO)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="59"/>
        <source>File published by the foreign office (CSV)</source>
        <translation>File pubblicato dall'ufficio estero (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="80"/>
        <source>Foreign unit country field (ISO code)</source>
        <translation>Campo paese delle unità estere (codice ISO)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="76"/>
        <source>Foreign unit identifier field</source>
        <translation>Campo identificativo delle unità estere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="78"/>
        <source>Foreign unit name field</source>
        <translation>Campo nome delle unità estere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="73"/>
        <source>Foreign units (for name matching)</source>
        <translation>Unità estere (abbinamento dei nomi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="62"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="51"/>
        <source>Import foreign statistics (BFS, Statbel, long table)</source>
        <translation>Importare statistiche estere (UST, Statbel, tabella lunga)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Long table (origin, destination, count)</source>
        <translation>Tabella lunga (origine, destinazione, conteggio)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="194"/>
        <source>Long table, {enc}, separator '{sep}': {rows} rows, {f} pairs written, {u} not published, {bad} malformed.</source>
        <translation>Tabella lunga, {enc}, separatore '{sep}': {rows} righe, {f} coppie scritte, {u} non pubblicate, {bad} malformate.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="204"/>
        <source>Malformed rows (line: reason), not counted: {rows}</source>
        <translation>Righe malformate (riga: motivo), non contate: {rows}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="206"/>
        <source>Names matching no foreign unit (left out), with their values: {n}</source>
        <translation>Nomi senza unità estera corrispondente (esclusi), con i loro valori: {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="146"/>
        <source>Other dimensions, one value kept: {d}</source>
        <translation>Altre dimensioni, un valore tenuto: {d}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="140"/>
        <source>PX-Web file, {enc}: {rows} rows, {p} periods, {c} communes and {a} aggregates (cantons, totals: aggregate = true), {v} values written, {u} not published, {bad} malformed.</source>
        <translation>File PX-Web, {enc}: {rows} righe, {p} periodi, {c} comuni e {a} aggregati (cantoni, totali: aggregate = vero), {v} valori scritti, {u} non pubblicati, {bad} malformati.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="67"/>
        <source>Period to keep (e.g. 2014 Q4; empty: all)</source>
        <translation>Periodo da tenere (p. es. 2014 T4)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="46"/>
        <source>Residents table (Statbel: active, cb_workers)</source>
        <translation>Tabella dei residenti (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Sex (Statbel)</source>
        <translation>Sesso (Statbel)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="64"/>
        <source>Statbel census 2011 home-work matrix</source>
        <translation>Matrice casa-lavoro Statbel 2011</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="173"/>
        <source>Statbel matrix, {enc}: {g} groups of three rows, {c} communes of residence, {a} aggregate rows and {k} aggregate columns dropped; {f} flows written; work-place columns resolved to NIS codes: {r}.</source>
        <translation>Matrice Statbel, {enc}: {g} gruppi di tre righe, {c} comuni di residenza, {a} righe e {k} colonne di aggregati escluse; {f} flussi scritti; colonne del luogo di lavoro ricondotte ai codici NIS: {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="45"/>
        <source>Values or flows table</source>
        <translation>Tabella dei valori o dei flussi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="69"/>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="181"/>
        <source>Work places without NIS code (kept by name; give FOREIGN_UNITS of Belgium), by count: {n}</source>
        <translation>Luoghi di lavoro senza codice NIS (tenuti col nome; indicare FOREIGN_UNITS del Belgio), per conteggio: {n}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="122"/>
        <source>choose a field of the foreign units</source>
        <translation>scegliere un campo delle unità estere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/import_foreign.py" line="128"/>
        <source>no unit has an identifier, a name and a country: check the chosen fields</source>
        <translation>nessuna unità ha identificativo, nome e paese: controllare i campi scelti</translation>
    </message>
</context>
<context>
    <name>IntensityIndexAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>At least K indicators</source>
        <translation>Almeno K indicatori</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="56"/>
        <source>Combination rule</source>
        <translation>Regola di combinazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="37"/>
        <source>Composite intensity level</source>
        <translation>Livello di intensità composito</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="50"/>
        <source>Indicator fields</source>
        <translation>Campi degli indicatori</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="48"/>
        <source>Input layer</source>
        <translation>Layer in ingresso</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="34"/>
        <source>Intensity levels</source>
        <translation>Livelli di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="60"/>
        <source>K (for 'at least K indicators')</source>
        <translation>K (per «almeno K indicatori»)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="97"/>
        <source>K must be between 1 and the number of fields ({n})</source>
        <translation>K deve essere compreso tra 1 e il numero di campi ({n})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Mean of levels</source>
        <translation>Media dei livelli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="43"/>
        <source>Strongest level of any indicator (max)</source>
        <translation>Livello più forte tra gli indicatori (max)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="53"/>
        <source>Thresholds (e.g. 5;15;30 | 10;20;40)</source>
        <translation>Soglie (p. es. 5;15;30 | 10;20;40)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="44"/>
        <source>Weighted sum of levels</source>
        <translation>Somma ponderata dei livelli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="58"/>
        <source>Weights (one per field, for the weighted sum)</source>
        <translation>Pesi (uno per campo)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="84"/>
        <source>choose a layer</source>
        <translation>scegliere un layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="87"/>
        <source>choose at least one numeric field</source>
        <translation>scegliere almeno un campo numerico</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="69"/>
        <source>give one weight per field, e.g. 2;1;1</source>
        <translation>indicare un peso per campo, p. es. 2;1;1</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="40"/>
        <source>index,composite,level,indicator,intensity,threshold</source>
        <translation>indice,composito,livello,indicatore,intensità,soglia</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="112"/>
        <source>the layer has no feature</source>
        <translation>il layer non ha elementi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="73"/>
        <source>weights must be numbers separated by ';'</source>
        <translation>i pesi devono essere numeri separati da «;»</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="78"/>
        <source>weights must be ≥ 0 with a positive sum</source>
        <translation>i pesi devono essere ≥ 0 con una somma positiva</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="129"/>
        <source>{n} features have a NULL or non-numeric indicator: that indicator gets no level.</source>
        <translation>{n} elementi hanno un indicatore NULL o non numerico: quell'indicatore non riceve livello.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="125"/>
        <source>{n} features; rule {r}; per level: {c}; no level: {none}.</source>
        <translation>{n} elementi; regola {r}; per livello: {c}; senza livello: {none}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_index.py" line="75"/>
        <source>{w} weights for {f} fields</source>
        <translation>{w} pesi per {f} campi</translation>
    </message>
</context>
<context>
    <name>IntensityRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="168"/>
        <source>Building {n} rings ({mode}) from {u} units…</source>
        <translation>Costruzione di {n} corone ({mode}) da {u} unità…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="83"/>
        <source>Country field (population split by country)</source>
        <translation>Campo del paese (popolazione per paese)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="51"/>
        <source>Custom (use the thresholds above)</source>
        <translation>Personalizzato (soglie qui sopra)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="52"/>
        <source>Default: 5 %, 15 %, 30 %</source>
        <translation>Predefinito: 5 %, 15 %, 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="45"/>
        <source>Draw intensity rings</source>
        <translation>Disegna le corone di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="77"/>
        <source>Drop parts smaller than (m²)</source>
        <translation>Elimina le parti inferiori a (m²)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="53"/>
        <source>EU-OECD functional urban areas / INSEE: 15 %</source>
        <translation>Aree urbane funzionali UE-OCSE / INSEE: 15 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Exclusive bands</source>
        <translation>Fasce esclusive</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="74"/>
        <source>Fill holes smaller than (m²)</source>
        <translation>Riempi i buchi inferiori a (m²)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="54"/>
        <source>Grand Genève observatory: 25 %</source>
        <translation>Osservatorio del Grand Genève: 25 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="61"/>
        <source>Intensity field (a share, or a level)</source>
        <translation>Campo di intensità (una quota o un livello)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="42"/>
        <source>Intensity rings</source>
        <translation>Corone di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="70"/>
        <source>Nested envelopes</source>
        <translation>Inviluppi annidati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="163"/>
        <source>No unit reaches the lowest threshold: the rings are empty.</source>
        <translation>Nessuna unità raggiunge la soglia più bassa: le corone sono vuote.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="55"/>
        <source>Nord Lorrain metropolitan pole: 30 %</source>
        <translation>Polo metropolitano del Nord Lorrain: 30 %</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="80"/>
        <source>Population field</source>
        <translation>Campo della popolazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="68"/>
        <source>Preset thresholds</source>
        <translation>Soglie predefinite</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="72"/>
        <source>Smoothing distance (metres, 0 = exact union of units)</source>
        <translation>Distanza di lisciatura (m, 0 = unione esatta)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="64"/>
        <source>The field holds levels (1 = strongest)</source>
        <translation>Il campo contiene livelli (1 = il più forte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="66"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Soglie (crescenti, separate da «;»)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="59"/>
        <source>Units (polygons)</source>
        <translation>Unità (poligoni)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="89"/>
        <source>choose a polygon layer</source>
        <translation>scegliere un layer di poligoni</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="120"/>
        <source>levels must be whole numbers ≥ 1 (found {v:g})</source>
        <translation>i livelli devono essere numeri interi ≥ 1 (trovato {v:g})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="124"/>
        <source>no unit has a level</source>
        <translation>nessuna unità ha un livello</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="48"/>
        <source>rings,intensity,living area,bassin de vie,dissolve,threshold,core</source>
        <translation>corone,intensità,bacino di vita,dissolvi,soglia,nucleo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="93"/>
        <source>the layer has no feature</source>
        <translation>il layer non ha elementi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="91"/>
        <source>the layer must contain polygons</source>
        <translation>il layer deve contenere poligoni</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="143"/>
        <source>{d:g} m is larger than the study area ({s:.0f} m across): smoothing would fill it all; choose a distance of a few kilometres</source>
        <translation>{d:g} m supera l'area di studio ({s:.0f} m di ampiezza): la levigatura la riempirebbe tutta; scegliere una distanza di qualche chilometro</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/intensity_rings.py" line="179"/>
        <source>{t} units, {r} reach a threshold: {k} kept, {g} without geometry dropped, {rep} repaired, {bad} unrepairable dropped; {n} with a NULL value excluded.</source>
        <translation>{t} unità, {r} raggiungono una soglia: {k} mantenute, {g} senza geometria scartate, {rep} riparate, {bad} irreparabili scartate; {n} con valore NULL escluse.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="75"/>
        <source>&lt;p&gt;A living area drawn from everyday services on both sides of the border, from equipment points to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Living areas by services&lt;/b&gt; (bassins de vie, INSEE-like): minutes to the nearest equipment of each theme, at home and abroad, the share of the basket's types whose nearest equipment is abroad (&lt;i&gt;dep_abroad&lt;/i&gt;), service poles and the basins around them;&lt;/li&gt;&lt;li&gt;&lt;b&gt;rings of dependence on services abroad&lt;/b&gt;: intensity rings on &lt;i&gt;dep_abroad&lt;/i&gt;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on those rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Leave the basket table empty to use the OpenStreetMap basket shipped with the plugin (amenity, shop, healthcare and railway values, as QuickOSM returns them); leave the road network empty for straight-line times (detour factor 1.3 at 50 km/h, said in the log). Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un bacino di vita tracciato dai servizi quotidiani sui due lati del confine, dai punti delle attrezzature fino a un pacchetto da condividere:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bacini di vita secondo i servizi&lt;/b&gt; (bassins de vie, alla maniera dell’INSEE): minuti fino all’attrezzatura più vicina di ogni tema, nel proprio paese e all’estero, quota dei tipi del paniere la cui attrezzatura più vicina è all’estero (&lt;i&gt;dep_abroad&lt;/i&gt;), poli di servizi e i bacini intorno a essi;&lt;/li&gt;&lt;li&gt;&lt;b&gt;corone di dipendenza dai servizi all’estero&lt;/b&gt;: corone di intensità su &lt;i&gt;dep_abroad&lt;/i&gt;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;sovrapposizione delle proposte di azione&lt;/b&gt; a queste corone (livello migliore, popolazione raggiunta, sintesi per tema, lacune);&lt;/li&gt;&lt;li&gt;un &lt;b&gt;GeoPackage&lt;/b&gt; con ogni layer stilizzato e un progetto al suo interno.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Lasciate vuota la tabella del paniere per usare il paniere OpenStreetMap fornito con il plugin (valori amenity, shop, healthcare e railway, come li restituisce QuickOSM); lasciate vuota la rete stradale per tempi in linea retta (fattore di deviazione 1,3 a 50 km/h, indicato nel registro). Ogni output può essere conservato o saltato; per impostazione predefinita sono layer temporanei.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="32"/>
        <source>&lt;p&gt;The whole chain of a cross-border living area, from official files to a package to share:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Cross-border flow indicators&lt;/b&gt; per unit (outflow, inflow, share of employed residents working across the border);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Intensity rings&lt;/b&gt; on that share (strong core, middle and outer rings);&lt;/li&gt;&lt;li&gt;optionally, &lt;b&gt;rings of attraction&lt;/b&gt; around a pole, by AAV 2020-like rules, when pole units are given;&lt;/li&gt;&lt;li&gt;&lt;b&gt;overlay of the action proposals&lt;/b&gt; on the rings (best level, population reached, summary by theme, gaps);&lt;/li&gt;&lt;li&gt;one &lt;b&gt;GeoPackage&lt;/b&gt; with every layer styled and a project inside, to share across the border.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each output can be kept or skipped; by default they are temporary layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L'intera catena di un bacino di vita transfrontaliero, dai file ufficiali al pacchetto da condividere:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;indicatori dei flussi transfrontalieri&lt;/b&gt; per unità (in uscita, in entrata, quota degli occupati che lavorano oltre confine);&lt;/li&gt;&lt;li&gt;&lt;b&gt;anelli di intensità&lt;/b&gt; su questa quota (nucleo forte, anelli intermedio ed esterno);&lt;/li&gt;&lt;li&gt;facoltativamente, &lt;b&gt;anelli di attrazione&lt;/b&gt; intorno a un polo, con regole simili AAV 2020, quando sono date unità del polo;&lt;/li&gt;&lt;li&gt;&lt;b&gt;sovrapposizione delle proposte d'azione&lt;/b&gt; agli anelli (livello migliore, popolazione raggiunta, sintesi per tema, lacune);&lt;/li&gt;&lt;li&gt;un &lt;b&gt;GeoPackage&lt;/b&gt; con ogni strato stilizzato e un progetto incluso, da condividere oltre confine.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ogni risultato può essere tenuto o saltato; di default sono strati temporanei.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="47"/>
        <source>Action proposals</source>
        <translation>Proposte d'azione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="53"/>
        <source>Attraction rings asked for?</source>
        <translation>Anelli di attrazione richiesti?</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="94"/>
        <source>Basket table (empty: OSM basket)</source>
        <translation>Tabella del paniere (vuota: paniere OSM)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="43"/>
        <source>Country field</source>
        <translation>Campo del paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="65"/>
        <source>Coverage gaps by theme</source>
        <translation>Lacune di copertura per tema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="51"/>
        <source>Cross-border flow indicators</source>
        <translation>Indicatori dei flussi transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="62"/>
        <source>Cross-border flow lines</source>
        <translation>Linee dei flussi transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="99"/>
        <source>Dependence thresholds, % (ascending)</source>
        <translation>Soglie di dipendenza, % (crescenti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="52"/>
        <source>Draw intensity rings</source>
        <translation>Disegna le corone di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="44"/>
        <source>Employed residents field</source>
        <translation>Campo degli occupati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="92"/>
        <source>Equipment (points or areas)</source>
        <translation>Attrezzature (punti o aree)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="93"/>
        <source>Equipment type field</source>
        <translation>Campo tipo di attrezzatura</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="55"/>
        <source>Flow lines (flow map)</source>
        <translation>Linee di flusso (mappa dei flussi)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="46"/>
        <source>Flows table (origin, destination, count, theme)</source>
        <translation>Tabella dei flussi (origine, destinazione, n, tema)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="66"/>
        <source>GeoPackage to share</source>
        <translation>GeoPackage da condividere</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="59"/>
        <source>Intensity rings</source>
        <translation>Corone di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="48"/>
        <source>Intensity thresholds, % (ascending)</source>
        <translation>Soglie di intensità, % (crescenti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="73"/>
        <source>Living area by services — full chain</source>
        <translation>Bacino di vita secondo i servizi — catena completa</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="30"/>
        <source>Living area — full chain</source>
        <translation>Bacino di vita — catena completa</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="102"/>
        <source>Living areas by services</source>
        <translation>Bacini di vita secondo i servizi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="31"/>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="98"/>
        <source>OSM other_tags field</source>
        <translation>Campo other_tags di OSM</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="56"/>
        <source>Overlay proposals on the rings</source>
        <translation>Sovrapponi le proposte alle corone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="57"/>
        <source>Package styled layers</source>
        <translation>Raccogliere i layer con stile</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="50"/>
        <source>Pole units for attraction rings (empty: none)</source>
        <translation>Unità del polo per le corone (vuoto: nessuna)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="45"/>
        <source>Population field</source>
        <translation>Campo della popolazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="63"/>
        <source>Proposals with their rings</source>
        <translation>Proposte con i loro anelli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="49"/>
        <source>Reach of the proposals</source>
        <translation>Portata delle proposte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="60"/>
        <source>Rings of attraction</source>
        <translation>Anelli di attrazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="54"/>
        <source>Rings of attraction around a pole</source>
        <translation>Anelli di attrazione intorno a un polo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="108"/>
        <source>Rings of dependence abroad</source>
        <translation>Corone di dipendenza dall'estero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="103"/>
        <source>Rings of dependence on services abroad</source>
        <translation>Corone di dipendenza dai servizi all'estero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="97"/>
        <source>Road class field (OSM highway)</source>
        <translation>Campo classe stradale (OSM highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="95"/>
        <source>Road network (empty: straight lines)</source>
        <translation>Rete stradale (vuota: linea retta)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="96"/>
        <source>Road speed field (km/h)</source>
        <translation>Campo della velocità delle strade (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="107"/>
        <source>Service basins</source>
        <translation>Bacini di servizi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="64"/>
        <source>Summary by theme and level</source>
        <translation>Sintesi per tema e livello</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="42"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="41"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unità (comuni, su entrambi i lati del confine)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="58"/>
        <source>Units with cross-border indicators</source>
        <translation>Unità con indicatori transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="61"/>
        <source>Units with their attraction level</source>
        <translation>Unità con il loro livello di attrazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/models/labels.py" line="106"/>
        <source>Units with times to services</source>
        <translation>Unità con i tempi verso i servizi</translation>
    </message>
</context>
<context>
    <name>OverlayProposalsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="49"/>
        <source>Coverage gaps by theme</source>
        <translation>Lacune di copertura per tema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="82"/>
        <source>Gaps: levels up to (1 = strong core only)</source>
        <translation>Lacune: livelli fino a (1 = solo nucleo forte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="64"/>
        <source>Intensity rings</source>
        <translation>Corone di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="66"/>
        <source>Level field (1 = strongest)</source>
        <translation>Campo del livello (1 = il più forte)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="53"/>
        <source>Overlay proposals on the rings</source>
        <translation>Sovrapponi le proposte alle corone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="72"/>
        <source>Population field</source>
        <translation>Campo della popolazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="60"/>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="47"/>
        <source>Proposals with overlay</source>
        <translation>Proposte con sovrapposizione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="78"/>
        <source>Reach</source>
        <translation>Raggio di servizio</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="75"/>
        <source>Reach: service distance around each proposal (metres)</source>
        <translation>Raggio di servizio (metri)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="48"/>
        <source>Summary by theme and level</source>
        <translation>Sintesi per tema e livello</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="111"/>
        <source>The proposals layer is empty: the summary holds zeros and the gaps are the whole core.</source>
        <translation>Il layer delle proposte è vuoto: la sintesi contiene zeri e le lacune coprono l'intero nucleo.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="62"/>
        <source>Theme field</source>
        <translation>Campo del tema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="69"/>
        <source>Units (for the population reached)</source>
        <translation>Unità (per la popolazione raggiunta)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="127"/>
        <source>Unknown theme values kept as they are: {v}.</source>
        <translation>Valori di tema sconosciuti mantenuti tali e quali: {v}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="101"/>
        <source>a population field needs a units layer</source>
        <translation>un campo di popolazione richiede un layer di unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="89"/>
        <source>choose a proposals layer</source>
        <translation>scegliere un layer di proposte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="92"/>
        <source>choose a rings layer</source>
        <translation>scegliere un layer di corone</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="143"/>
        <source>no ring with a level</source>
        <translation>nessuna corona con un livello</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="56"/>
        <source>proposals,overlay,rings,coverage,gaps,population,reach</source>
        <translation>proposte,sovrapposizione,corone,copertura,lacune,popolazione,raggio</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="130"/>
        <source>{n} negative reach values were taken as 0.</source>
        <translation>{n} raggi negativi sono stati considerati 0.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="183"/>
        <source>{n} proposals had an invalid geometry: repaired.</source>
        <translation>{n} proposte avevano una geometria non valida: riparate.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/overlay_proposals.py" line="123"/>
        <source>{n} proposals overlaid on {k} levels; {o} outside every ring (kept, best_level NULL).</source>
        <translation>{n} proposte sovrapposte a {k} livelli; {o} fuori da ogni corona (mantenute, best_level NULL).</translation>
    </message>
</context>
<context>
    <name>PackageLayersAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="72"/>
        <source>Also store a QGIS project inside the GeoPackage</source>
        <translation>Salva anche un progetto QGIS nel GeoPackage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="76"/>
        <source>Apply the plugin's styles to its outputs</source>
        <translation>Applicare gli stili del plugin</translation>
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
        <translation>Lingua del progetto condiviso</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="68"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="87"/>
        <source>Layers written</source>
        <translation>Layer scritti</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="109"/>
        <source>Names, groups, legends and form in: {lang}.</source>
        <translation>Nomi, gruppi, legende e modulo in: {lang}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="80"/>
        <source>Or: PostgreSQL connection (PostGIS)</source>
        <translation>Oppure: connessione PostgreSQL (PostGIS)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="61"/>
        <source>Package styled layers for colleagues</source>
        <translation>Raccogliere i layer con stile per i partner</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="82"/>
        <source>PostGIS schema</source>
        <translation>Schema PostGIS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="136"/>
        <source>Project '{n}' stored in the GeoPackage.</source>
        <translation>Progetto «{n}» salvato nel GeoPackage.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="74"/>
        <source>Project name</source>
        <translation>Nome del progetto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="86"/>
        <source>Project stored in the GeoPackage</source>
        <translation>Progetto salvato nel GeoPackage</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="85"/>
        <source>QGIS's language</source>
        <translation>Lingua di QGIS</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="78"/>
        <source>Replace layers of the same name</source>
        <translation>Sostituire i layer con lo stesso nome</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="164"/>
        <source>cannot connect: {e}</source>
        <translation>connessione impossibile: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="116"/>
        <source>choose a GeoPackage file, or a PostgreSQL connection</source>
        <translation>scegliere un file GeoPackage o una connessione PostgreSQL</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="92"/>
        <source>choose at least one layer</source>
        <translation>scegliere almeno un layer</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="159"/>
        <source>no PostgreSQL connection named '{n}'</source>
        <translation>nessuna connessione PostgreSQL chiamata «{n}»</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="64"/>
        <source>package,geopackage,postgis,share,style,project,export</source>
        <translation>pacchetto,geopackage,postgis,condivisione,stile,progetto,esportazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="118"/>
        <source>the file name must end with .gpkg</source>
        <translation>il nome del file deve terminare con .gpkg</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="168"/>
        <source>these tables already exist in {s}: {t}; tick 'overwrite' to replace them</source>
        <translation>queste tabelle esistono già in {s}: {t}; spuntare «sovrascrivi» per sostituirle</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="176"/>
        <source>{layer} → {schema}.{table}, style saved in layer_styles</source>
        <translation>{layer} → {schema}.{table}, stile salvato in layer_styles</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="126"/>
        <source>{layer} → {table}, style saved as the default style</source>
        <translation>{layer} → {table}, stile salvato come stile predefinito</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/package_layers.py" line="102"/>
        <source>{n} layers given the plugin's style.</source>
        <translation>{n} layer hanno ricevuto lo stile del plugin.</translation>
    </message>
</context>
<context>
    <name>PotentialRingsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="78"/>
        <source>Beta (shape of the function)</source>
        <translation>Beta (forma della funzione)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="80"/>
        <source>Cell size (metres)</source>
        <translation>Dimensione delle celle (metri)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="69"/>
        <source>Denominator field (e.g. employed residents)</source>
        <translation>Campo del denominatore (p. es. occupati)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Exponential</source>
        <translation>Esponenziale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="212"/>
        <source>FFT convolution of bilinearly spread masses</source>
        <translation>convoluzione FFT delle masse distribuite bilinearmente</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="217"/>
        <source>FFT error against the exact sum on 400 sampled cells: 95th percentile {a:.3%}, maximum {b:.3%}.</source>
        <translation>Errore della FFT rispetto alla somma esatta su 400 celle campione: 95° percentile {a:.3%}, massimo {b:.3%}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="89"/>
        <source>Grid extent (without a mask)</source>
        <translation>Estensione della griglia (senza maschera)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Interaction function</source>
        <translation>Funzione di interazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="87"/>
        <source>Mask (study area)</source>
        <translation>Maschera (area di studio)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="193"/>
        <source>No mask: the grid reaches {d:.0f} m beyond the units, where the kernel falls to 1 % of its peak (at most 10 spans).</source>
        <translation>Nessuna maschera: la griglia si estende {d:.0f} m oltre le unità, dove il nucleo scende all'1 % del massimo (al più 10 portate).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="66"/>
        <source>Numerator field (e.g. cross-border workers)</source>
        <translation>Campo del numeratore (p. es. lavoratori frontalieri)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="72"/>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="56"/>
        <source>Smoothed intensity rings (potential)</source>
        <translation>Corone di intensità lisciate (potenziale)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="53"/>
        <source>Smoothed rings</source>
        <translation>Corone lisciate</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="93"/>
        <source>Smoothed surface (GeoTIFF)</source>
        <translation>Superficie lisciata (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="75"/>
        <source>Span: distance of weight 0.5 (metres)</source>
        <translation>Portata: distanza con peso 0,5 (metri)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="84"/>
        <source>Spread each polygon's mass over its area</source>
        <translation>Ripartire la massa sulla superficie dei poligoni</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="220"/>
        <source>The cells are coarse for this span: choose cells of {r:g} m or less for an error under 0.5 %.</source>
        <translation>Le celle sono grossolane per questa portata: scegliere celle di {r:g} m o meno per un errore sotto lo 0,5 %.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="82"/>
        <source>Thresholds (ascending, separated by ';')</source>
        <translation>Soglie (crescenti, separate da «;»)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="63"/>
        <source>Units (polygons or points)</source>
        <translation>Unità (poligoni o punti)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="203"/>
        <source>a {nx} × {ny} grid needs about {need:.1f} GB and {t:.0f} s (limits {lim:.1f} GB, {mt:.0f} s, {cells:,} cells); choose cells of {fit:g} m or more</source>
        <translation>una griglia di {nx} × {ny} richiede circa {need:.1f} GB e {t:.0f} s (limiti {lim:.1f} GB, {mt:.0f} s, {cells:,} celle); scegliere celle di {fit:g} m o più</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="146"/>
        <source>choose a layer of units</source>
        <translation>scegliere un layer di unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="112"/>
        <source>every denominator is 0: choose another field</source>
        <translation>tutti i denominatori valgono 0: scegliere un altro campo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact direct summation</source>
        <translation>somma diretta esatta</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="211"/>
        <source>exact separable summation</source>
        <translation>somma separabile esatta</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="160"/>
        <source>must be greater than 0 (metres), e.g. 1000</source>
        <translation>deve essere maggiore di 0 (metri), p. es. 1000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="158"/>
        <source>must be greater than 0 (metres), e.g. 10000</source>
        <translation>deve essere maggiore di 0 (metri), p. es. 10000</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="159"/>
        <source>must be greater than 0, e.g. 2</source>
        <translation>deve essere maggiore di 0, p. es. 2</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="110"/>
        <source>no unit with a geometry and a numeric value</source>
        <translation>nessuna unità con geometria e valore numerico</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="59"/>
        <source>potential,stewart,smoothing,kernel,rings,share,magrit</source>
        <translation>potenziale,stewart,lisciatura,kernel,corone,quota,magrit</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="188"/>
        <source>the extent is empty</source>
        <translation>l'estensione è vuota</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="169"/>
        <source>the folder {f} does not exist</source>
        <translation>la cartella {f} non esiste</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="181"/>
        <source>the mask has no polygon</source>
        <translation>la maschera non ha poligoni</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="149"/>
        <source>the units must be polygons or points</source>
        <translation>le unità devono essere poligoni o punti</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="139"/>
        <source>{k} units used, {g} without geometry dropped, {r} repaired.</source>
        <translation>{k} unità usate, {g} senza geometria scartate, {r} riparate.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="116"/>
        <source>{n} points, grid {nx} × {ny} cells of {r:g} m, {f} (span {s:g} m, beta {b:g}), {m}, about {mem:.0f} MB and {t:.0f} s.</source>
        <translation>{n} punti, griglia di {nx} × {ny} celle di {r:g} m, {f} (portata {s:g} m, beta {b:g}), {m}, circa {mem:.0f} MB e {t:.0f} s.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/potential_rings.py" line="138"/>
        <source>{n} units with a NULL value were left out.</source>
        <translation>{n} unità con valore NULL sono state escluse.</translation>
    </message>
</context>
<context>
    <name>ProposalSchema</name>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="20"/>
        <source>Access to public services</source>
        <translation>Accesso ai servizi pubblici</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="31"/>
        <source>Done</source>
        <translation>Realizzata</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="21"/>
        <source>Employment and training</source>
        <translation>Lavoro e formazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="30"/>
        <source>Funded</source>
        <translation>Finanziata</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="18"/>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="28"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="19"/>
        <source>Mobility</source>
        <translation>Mobilità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="22"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/core/proposal_schema.py" line="29"/>
        <source>Studied</source>
        <translation>Studiata</translation>
    </message>
</context>
<context>
    <name>ProposalStyle</name>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="100"/>
        <source>A title is required.</source>
        <translation>Il titolo è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Best level reached</source>
        <translation>Livello migliore raggiunto</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="89"/>
        <source>Choose a theme…</source>
        <translation>Scegliere un tema…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Cost (EUR)</source>
        <translation>Costo (EUR)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Horizon (year)</source>
        <translation>Orizzonte (anno)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Lead actor</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="80"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="135"/>
        <source>Population reached</source>
        <translation>Popolazione raggiunta</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Service distance (m)</source>
        <translation>Distanza di servizio (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="136"/>
        <source>Service distance used (m)</source>
        <translation>Distanza di servizio usata (m)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="139"/>
        <source>Share in level {k}</source>
        <translation>Quota nel livello {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="81"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="103"/>
        <source>The cost cannot be negative.</source>
        <translation>Il costo non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="102"/>
        <source>The horizon is a year between 2000 and 2100.</source>
        <translation>L'orizzonte è un anno tra il 2000 e il 2100.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="104"/>
        <source>The service distance cannot be negative.</source>
        <translation>La distanza di servizio non può essere negativa.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposal_style.py" line="79"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
</context>
<context>
    <name>ProposalsLayerAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="76"/>
        <source> (the other layers of the file are kept)</source>
        <translation> (gli altri strati del file sono conservati)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="86"/>
        <source>'{c}' is not a valid coordinate reference system</source>
        <translation>'{c}' non è un sistema di riferimento valido</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="44"/>
        <source>CRS</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="35"/>
        <source>Create an action-proposals layer</source>
        <translation>Crea un layer di proposte d'azione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="74"/>
        <source>Created the layer '{n}' in {p} with the proposals form and theme symbols as its default style{kept}.</source>
        <translation>Strato '{n}' creato in {p} con il modulo delle proposte e i simboli dei temi come stile predefinito{kept}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Geometry</source>
        <translation>Geometria</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Lines</source>
        <translation>Linee</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="88"/>
        <source>No CRS given: EPSG:3035 (ETRS89-LAEA Europe).</source>
        <translation>Nessun SR indicato: EPSG:3035 (ETRS89-LAEA Europa).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="42"/>
        <source>Polygons</source>
        <translation>Poligoni</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="48"/>
        <source>Proposals layer (GeoPackage)</source>
        <translation>Layer delle proposte (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="46"/>
        <source>Replace an existing 'proposals' layer</source>
        <translation>Sostituire uno strato 'proposals' esistente</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="38"/>
        <source>proposals,actions,projects,form,template,health,mobility</source>
        <translation>proposte,azioni,progetti,modulo,modello,salute,mobilità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/proposals_layer.py" line="55"/>
        <source>the layer must be saved to a GeoPackage file (.gpkg) so that its forms and style travel with it</source>
        <translation>il layer deve essere salvato in un GeoPackage (.gpkg) perché moduli e stile lo accompagnino</translation>
    </message>
</context>
<context>
    <name>RoadNetwork</name>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="74"/>
        <source>Default speed (km/h)</source>
        <translation>Velocità predefinita (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="83"/>
        <source>Direction field (one-way streets)</source>
        <translation>Campo del senso di marcia (sensi unici)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="214"/>
        <source>Graph: {n} nodes, {e} directed edges ({s} lines without speed skipped, {d} unknown direction values taken as both ways).</source>
        <translation>Grafo: {n} nodi, {e} archi orientati ({s} linee senza velocità ignorate, {d} valori di senso sconosciuti trattati come doppio senso).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="199"/>
        <source>Graph: {n} nodes, {e} directed edges.</source>
        <translation>Grafo: {n} nodi, {e} archi orientati.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="263"/>
        <source>Left out for cars: {r}.</source>
        <translation>Esclusi per l'auto: {r}.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="103"/>
        <source>OSM other_tags field</source>
        <translation>Campo other_tags di OSM</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="276"/>
        <source>One-way: {f} in the digitising direction, {b} reversed, {t} both ways.</source>
        <translation>Senso unico: {f} nel verso di digitalizzazione, {b} invertiti, {t} a doppio senso.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="185"/>
        <source>Reading the network…</source>
        <translation>Lettura della rete…</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="101"/>
        <source>Road class field (OpenStreetMap highway)</source>
        <translation>Campo classe stradale (highway)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="70"/>
        <source>Road network (lines)</source>
        <translation>Rete stradale (linee)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="94"/>
        <source>Snapping tolerance to the network (metres)</source>
        <translation>Tolleranza di aggancio alla rete (metri)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="72"/>
        <source>Speed field (km/h)</source>
        <translation>Campo della velocità (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="105"/>
        <source>Speed table by road class (CSV)</source>
        <translation>Tabella delle velocità per classe (CSV)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="264"/>
        <source>Speeds: {m} from maxspeed, the others from their road class.</source>
        <translation>Velocità: {m} da maxspeed, le altre dalla classe stradale.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="89"/>
        <source>Value for both directions</source>
        <translation>Valore per entrambi i sensi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="85"/>
        <source>Value for the digitising direction only</source>
        <translation>Valore solo per il senso di digitalizzazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="87"/>
        <source>Value for the reverse direction only</source>
        <translation>Valore solo per il senso inverso</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="170"/>
        <source>cannot read the file: {e}</source>
        <translation>impossibile leggere il file: {e}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="140"/>
        <source>choose a line layer</source>
        <translation>scegliere un layer di linee</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="172"/>
        <source>each line must be class;speed_kmh with a number ({e})</source>
        <translation>ogni riga deve essere classe;velocità_kmh con un numero ({e})</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="246"/>
        <source>every line was left out for cars ({r}): check the road class field and the access tags</source>
        <translation>tutte le linee sono state escluse per l'auto ({r}): controllate il campo della classe stradale e i tag di accesso</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="150"/>
        <source>no speed: choose a speed field or a road class field, or give a default speed greater than 0</source>
        <translation>nessuna velocità: scegliete un campo di velocità o di classe stradale, o date una velocità predefinita maggiore di 0</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="178"/>
        <source>speeds must be greater than 0: {c}</source>
        <translation>le velocità devono essere maggiori di 0: {c}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="175"/>
        <source>the file has no class;speed_kmh line</source>
        <translation>il file non ha alcuna riga classe;velocità_kmh</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="209"/>
        <source>the network has no usable line</source>
        <translation>la rete non ha linee utilizzabili</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="260"/>
        <source>{n} line parts read, {k} kept for cars, {x} left out.</source>
        <translation>{n} parti di linee lette, {k} tenute per l'auto, {x} escluse.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="267"/>
        <source>{n} lines have a class missing from the speed table: the default speed was used for them ({c}).</source>
        <translation>{n} linee hanno una classe assente dalla tabella delle velocità: è stata usata la velocità predefinita ({c}).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="218"/>
        <source>{n} lines have a speed of 0: they are not travelled (closed roads?).</source>
        <translation>{n} linee hanno velocità 0: non sono percorse (strade chiuse?).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="272"/>
        <source>{n} maxspeed values could not be read: their class speed was used.</source>
        <translation>{n} valori maxspeed illeggibili: è stata usata la velocità della loro classe.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/road_network.py" line="221"/>
        <source>{n} speed values hold no number: the default speed was used for them.</source>
        <translation>{n} valori di velocità non contengono numeri: è stata usata la velocità predefinita.</translation>
    </message>
</context>
<context>
    <name>ServiceBasinsAlgorithm</name>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="85"/>
        <source>Basket (CSV type;theme;basket)</source>
        <translation>Paniere (CSV type;theme;basket)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="101"/>
        <source>Basket as a layer or table</source>
        <translation>Paniere come layer o tabella</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="185"/>
        <source>Basket from the table: {k} types in {t} themes.</source>
        <translation>Paniere dalla tabella: {k} tipi in {t} temi.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="73"/>
        <source>Country field</source>
        <translation>Campo del paese</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="77"/>
        <source>Equipment (points or areas)</source>
        <translation>Attrezzature (punti o aree)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="82"/>
        <source>Equipment country field</source>
        <translation>Campo paese delle attrezzature</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="230"/>
        <source>Equipment given as areas: each counts at a point inside it (point on surface).</source>
        <translation>Attrezzature date come aree: ognuna conta in un punto al suo interno (punto sulla superficie).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="80"/>
        <source>Equipment type field</source>
        <translation>Campo tipo di attrezzatura</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="61"/>
        <source>Living areas by services (bassins de vie, INSEE-like)</source>
        <translation>Bacini di vita secondo i servizi (bassins de vie, alla maniera dell’INSEE)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="252"/>
        <source>No network: times from the straight-line distance x {d:g} (detour factor) at {s:g} km/h.</source>
        <translation>Nessuna rete: tempi dalla distanza in linea d’aria x {d:g} (fattore di deviazione) a {s:g} km/h.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="75"/>
        <source>Population field</source>
        <translation>Campo della popolazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="57"/>
        <source>Service basins</source>
        <translation>Bacini di servizi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="88"/>
        <source>Service pole: share of the basket's types held (%)</source>
        <translation>Polo di servizi: quota dei tipi del paniere presenti (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="71"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="69"/>
        <source>Units (communes, both sides of the border)</source>
        <translation>Unità (comuni, su entrambi i lati del confine)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="56"/>
        <source>Units with times to services</source>
        <translation>Unità con i tempi verso i servizi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="93"/>
        <source>Without a network: detour factor over the straight line</source>
        <translation>Senza rete: fattore di deviazione sulla linea d’aria</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="96"/>
        <source>Without a network: speed (km/h)</source>
        <translation>Senza rete: velocità (km/h)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="147"/>
        <source>choose a point or polygon layer of equipment</source>
        <translation>scegliete un layer di punti o poligoni delle attrezzature</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="144"/>
        <source>choose a polygon layer of units</source>
        <translation>scegliere un layer di poligoni delle unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="156"/>
        <source>choose the field that holds the equipment type</source>
        <translation>scegliete il campo che contiene il tipo di attrezzatura</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="154"/>
        <source>choose the field that identifies the units</source>
        <translation>scegliete il campo che identifica le unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="64"/>
        <source>services,equipment,bassin de vie,BPE,OSM,amenity,health,cross-border,pole</source>
        <translation>servizi,attrezzature,bassin de vie,BPE,OSM,amenity,sanità,transfrontaliero,polo</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="177"/>
        <source>the basket table needs the fields type and theme (and optionally basket); found: {f}</source>
        <translation>la tabella del paniere richiede i campi type e theme (e facoltativamente basket); trovati: {f}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="193"/>
        <source>the layer has no usable polygon</source>
        <translation>lo strato non ha poligoni utilizzabili</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="219"/>
        <source>{n} basket types have no equipment point and are left out of the pole share: {t}</source>
        <translation>{n} tipi del paniere non hanno alcun punto e sono esclusi dalla quota del polo: {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="215"/>
        <source>{n} equipment points have a type outside the basket and were not counted: {t}</source>
        <translation>{n} punti di attrezzatura hanno un tipo fuori dal paniere e non sono stati contati: {t}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="243"/>
        <source>{n} equipment points have no country (no value in the equipment's country field, or not in a unit with a country): they count for the time to the nearest, neither at home nor abroad.</source>
        <translation>{n} punti di attrezzatura non hanno paese (nessun valore nel campo paese delle attrezzature, o fuori da ogni unità con un paese): contano per il tempo al più vicino, né nel paese né all’estero.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="239"/>
        <source>{n} equipment points of the basket, {o} of them outside every unit (they count for times, not for holdings).</source>
        <translation>{n} punti di attrezzatura del paniere, di cui {o} fuori da ogni unità (contano per i tempi, non per il possesso).</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="199"/>
        <source>{n} units have no country: home and abroad are undefined for them, their home/abroad/gain fields and dep_abroad are NULL.</source>
        <translation>{n} unità non hanno paese: paese ed estero non sono definiti, i loro campi home/abroad/gain e dep_abroad sono NULL.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="130"/>
        <source>{p} service poles (at least {s:g} % of the {k} basket types present); {z} units in a zone, {n} in none; {d} detached by contiguity, {f} enclaves filled.</source>
        <translation>{p} poli di servizi (almeno il {s:g} % dei {k} tipi del paniere presenti); {z} unità in una zona, {n} in nessuna; {d} staccate per contiguità, {f} enclavi colmate.</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/service_basins.py" line="263"/>
        <source>{u} units and {e} equipment points are farther than {s:g} m (SNAP_TOLERANCE) from the network: left out (NULL times).</source>
        <translation>{u} unità e {e} punti di attrezzatura sono a più di {s:g} m (SNAP_TOLERANCE) dalla rete: esclusi (tempi NULL).</translation>
    </message>
</context>
<context>
    <name>Styling</name>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Access rings</source>
        <translation>Corone di accessibilità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Action proposals</source>
        <translation>Proposte d'azione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="422"/>
        <source>Action proposals (areas)</source>
        <translation>Proposte d'azione (aree)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="420"/>
        <source>Action proposals (lines)</source>
        <translation>Proposte d'azione (linee)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Agree</source>
        <translation>Concordanza</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Attraction</source>
        <translation>Attrazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Attraction area</source>
        <translation>Area di attrazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="194"/>
        <source>Attraction level {k}</source>
        <translation>Attrazione, livello {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Border and poles</source>
        <translation>Confine e poli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Commuter flows</source>
        <translation>Flussi pendolari</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Coverage gaps by theme</source>
        <translation>Lacune di copertura per tema</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Cross-border</source>
        <translation>Transfrontaliero</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="393"/>
        <source>Cross-border indicators</source>
        <translation>Indicatori transfrontalieri</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="384"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="133"/>
        <source>Dependence abroad (%)</source>
        <translation>Dipendenza dall’estero (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="96"/>
        <source>Domestic</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Intensity levels</source>
        <translation>Livelli di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="390"/>
        <source>Intensity rings</source>
        <translation>Corone di intensità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="38"/>
        <source>Middle ring</source>
        <translation>Corona intermedia</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>National border</source>
        <translation>Confine nazionale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="259"/>
        <source>Not reached within the bands</source>
        <translation>Non raggiunte entro le fasce</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Only official</source>
        <translation>Solo ufficiale</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="84"/>
        <source>Only ours</source>
        <translation>Solo nostra</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="85"/>
        <source>Other zone</source>
        <translation>Altra zona</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="36"/>
        <source>Outer ring</source>
        <translation>Corona esterna</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="86"/>
        <source>Outside both</source>
        <translation>Fuori da entrambe</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="45"/>
        <source>Pole and couronne</source>
        <translation>Polo e couronne</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="389"/>
        <source>Poles</source>
        <translation>Poli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="39"/>
        <source>Ring {k}</source>
        <translation>Corona {k}</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="383"/>
        <source>Rings</source>
        <translation>Anelli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="416"/>
        <source>Rings of attraction</source>
        <translation>Anelli di attrazione</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Seen by one side only</source>
        <translation>Visto da un solo lato</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Service basins</source>
        <translation>Bacini di servizi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="447"/>
        <source>Share working across the border (%)</source>
        <translation>Quota che lavora oltre confine (%)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides agree</source>
        <translation>I due lati concordano</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="88"/>
        <source>Sides differ</source>
        <translation>I due lati differiscono</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="89"/>
        <source>Small counts (under 200)</source>
        <translation>Conteggi piccoli (sotto 200)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="411"/>
        <source>Smoothed rings</source>
        <translation>Corone lisciate</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="418"/>
        <source>Smoothed surface</source>
        <translation>Superficie lisciata</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="34"/>
        <source>Strong core</source>
        <translation>Nucleo forte</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="140"/>
        <source>Time to {theme} (min)</source>
        <translation>Tempo di accesso: {theme} (min)</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="395"/>
        <source>Times to services</source>
        <translation>Tempi verso i servizi</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="391"/>
        <source>Travel time to the poles</source>
        <translation>Tempo di percorrenza fino ai poli</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../bassins_plugin/processing/styling.py" line="394"/>
        <source>Zoning comparison</source>
        <translation>Confronto delle zonizzazioni</translation>
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
