#!/usr/bin/env bash
# The plugin's main job, headless through qgis_process, on the demo territory: results in out/.
# Uses the packaged plugin (dist/bassins_plugin.zip) installed in a throw-away plugin folder and profile.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${OUT:-out}"
UNITS_COUNT="${UNITS_COUNT:-500}"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
unzip -q dist/bassins_plugin.zip -d "$WORK/plugins"
export QGIS_PLUGINPATH="$WORK/plugins" QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK"
export PROJ_DATA=/usr/share/proj
mkdir -p "$HOME"
QP=/usr/bin/qgis_process.bin
"$QP" plugins enable bassins_plugin >/dev/null 2>&1 || true

run() { echo "== qgis_process run $*"; "$QP" run "$@" 2>&1 | grep -v -e DeprecationWarning -e '^$' | sed 's/^/   /'; }

rm -f "$OUT"/*.gpkg
run bassins:demoterritory -- UNITS_COUNT="$UNITS_COUNT" COUNTRIES="FR;CH" SEED=42 CRS=EPSG:3035 \
  UNITS="$OUT/units.gpkg" FLOWS="$OUT/flows.gpkg" POLES="$OUT/poles.gpkg" \
  PROPOSALS="$OUT/proposals.gpkg" PROPOSAL_LINES="$OUT/proposal_lines.gpkg" ROADS="$OUT/roads.gpkg" \
  EQUIPMENT="$OUT/equipment.gpkg"
run bassins:crossborderflows -- UNITS="$OUT/units.gpkg" UNIT_ID=unit_id COUNTRY=country ACTIVE=active \
  FLOWS="$OUT/flows.gpkg" ORIGIN=origin DESTINATION=destination COUNT=count THEME=theme \
  OUTPUT="$OUT/indicators.gpkg"
run bassins:intensityrings -- INPUT="$OUT/indicators.gpkg" FIELD=cb_share THRESHOLDS="5;15;30" PRESET=0 MODE=0 \
  POPULATION=population COUNTRY=country OUTPUT="$OUT/rings.gpkg"
# the pole with most jobs, and rings of attraction around it (AAV 2020-like rules, across the border)
POLE=$(/usr/bin/python3 - "$OUT/poles.gpkg" <<'PY'
import sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1])  # kept: the layer dies with its data source
print(max((f.GetField("jobs"), f.GetField("unit_id")) for f in ds.GetLayer(0))[1])
PY
)
run bassins:attractionrings -- UNITS="$OUT/units.gpkg" UNIT_ID=unit_id ACTIVE=active COUNTRY=country \
  POPULATION=population FLOWS="$OUT/flows.gpkg" ORIGIN=origin DESTINATION=destination COUNT=count \
  POLE_UNITS="$POLE" PRESET=1 OUTPUT_UNITS="$OUT/attraction_units.gpkg" OUTPUT="$OUT/attraction_rings.gpkg"
# a demo "official" zoning that stops at the border, as INSEE's (its French part only), then the comparison
/usr/bin/python3 - "$OUT/attraction_units.gpkg" "$OUT/official_zoning.csv" <<'PY'
import csv, sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1])
layer = ds.GetLayer(0)
with open(sys.argv[2], "w", newline="", encoding="utf-8") as fh:
    out = csv.writer(fh)
    out.writerow(["CODGEO", "AAV2020"])
    for f in layer:
        if f.GetField("country") == "FR" and (f.GetField("level") or 0) > 0:
            out.writerow([f.GetField("unit_id"), "001"])
PY
run bassins:comparezonings -- UNITS="$OUT/attraction_units.gpkg" UNIT_ID=unit_id ZONE=level ANY_LEVEL=true \
  POPULATION=population OFFICIAL="$OUT/official_zoning.csv" OFFICIAL_ID=CODGEO OFFICIAL_ZONE=AAV2020 \
  OUTPUT="$OUT/agreement.gpkg" OUTPUT_TABLE="$OUT/agreement_table.gpkg"
run bassins:borderline -- UNITS="$OUT/units.gpkg" COUNTRY=country TOLERANCE=50 OUTPUT="$OUT/border.gpkg"
run bassins:flowlines -- FLOWS="$OUT/flows.gpkg" ORIGIN=origin DESTINATION=destination COUNT=count THEME=theme \
  UNITS="$OUT/units.gpkg" UNIT_ID=unit_id COUNTRY=country MIN_COUNT=50 CROSS_BORDER_ONLY=true THEMES=work \
  CURVED=true OUTPUT="$OUT/flowlines.gpkg"
run bassins:potentialrings -- INPUT="$OUT/units.gpkg" NUMERATOR=cb_workers DENOMINATOR=active FUNCTION=0 \
  SPAN=8000 BETA=2 RESOLUTION=500 THRESHOLDS="5;15;30" MASK="$OUT/units.gpkg" \
  OUTPUT="$OUT/potential_rings.gpkg" OUTPUT_RASTER="$OUT/potential_share.tif"
run bassins:overlayproposals -- PROPOSALS="$OUT/proposals.gpkg" THEME=theme RINGS="$OUT/rings.gpkg" LEVEL=level \
  UNITS="$OUT/units.gpkg" POPULATION=population REACH=5000 GAP_LEVEL=1 OUTPUT="$OUT/proposals_overlay.gpkg" \
  SUMMARY="$OUT/proposals_summary.gpkg" GAPS="$OUT/gaps.gpkg"
run bassins:proposalslayer -- GEOMETRY=0 CRS=EPSG:3035 OUTPUT="$OUT/new_proposals.gpkg"
run bassins:accessrings -- NETWORK="$OUT/roads.gpkg" SPEED_FIELD=speed_kmh POLES="$OUT/poles.gpkg" POLE_ID=pole_id \
  UNITS="$OUT/units.gpkg" UNIT_ID=unit_id COUNTRY=country BANDS="15;30;45" BORDER_PENALTY=10 SNAP_TOLERANCE=3000 \
  OUTPUT_UNITS="$OUT/access_units.gpkg" OUTPUT_RINGS="$OUT/access_rings.gpkg"
# the same roads shaped as OpenStreetMap comes through GDAL's OSM driver or QuickOSM: a "lines" layer in WGS 84,
# "highway" and "other_tags" (maxspeed as OSM writes it, a few one-way streets); speeds then come from the tags
rm -f "$OUT/roads_osm.gpkg"
ogr2ogr -q -f GPKG "$OUT/roads_osm.gpkg" "$OUT/roads.gpkg" -t_srs EPSG:4326 -nln lines -dialect SQLITE -sql \
  "SELECT geom, CASE road_class WHEN 'main' THEN 'primary' WHEN 'secondary' THEN 'secondary' ELSE 'residential' END
   AS highway, CASE WHEN road_class = 'local' AND fid % 7 = 0 THEN '\"oneway\"=>\"yes\",\"maxspeed\"=>\"30\"'
   WHEN road_class = 'local' THEN '\"maxspeed\"=>\"FR:urban\"' WHEN road_class = 'main' THEN
   '\"maxspeed\"=>\"90;80\"' ELSE NULL END AS other_tags FROM roads"
run bassins:accessrings -- NETWORK="$OUT/roads_osm.gpkg|layername=lines" ROAD_CLASS=highway OTHER_TAGS=other_tags \
  DEFAULT_SPEED=0 POLES="$OUT/poles.gpkg" POLE_ID=pole_id UNITS="$OUT/units.gpkg" UNIT_ID=unit_id COUNTRY=country \
  BANDS="15;30;45" BORDER_PENALTY=10 PENALTY_MODE=0 DIRECTION=0 SNAP_TOLERANCE=3000 \
  OUTPUT_UNITS="$OUT/access_units_osm.gpkg" OUTPUT_RINGS="$OUT/access_rings_osm.gpkg"
# living areas by services, the second model: the demo's everyday services on the OSM-shaped roads
run "bassins:Living area by services — full chain" -- units="$OUT/units.gpkg" unit_id=unit_id country=country \
  population=population equipment="$OUT/equipment.gpkg" equipment_type=type \
  roads="$OUT/roads_osm.gpkg|layername=lines" road_class=highway road_tags=other_tags thresholds="10;25;50" \
  proposals="$OUT/proposals.gpkg" reach=5000 services:service_units="$OUT/service_units.gpkg" \
  services:service_zones="$OUT/service_basins.gpkg" rings:rings="$OUT/service_rings.gpkg" \
  package:package="$OUT/living_area_services.gpkg"
rm -f "$OUT/bassins_demo.gpkg"
run bassins:packagelayers -- LAYERS="$OUT/border.gpkg" LAYERS="$OUT/poles.gpkg" LAYERS="$OUT/flowlines.gpkg" \
  LAYERS="$OUT/proposals_overlay.gpkg" LAYERS="$OUT/proposal_lines.gpkg" LAYERS="$OUT/gaps.gpkg" \
  LAYERS="$OUT/rings.gpkg" LAYERS="$OUT/attraction_rings.gpkg" LAYERS="$OUT/agreement.gpkg" \
  LAYERS="$OUT/potential_rings.gpkg" LAYERS="$OUT/access_rings.gpkg" LAYERS="$OUT/roads.gpkg" \
  LAYERS="$OUT/indicators.gpkg" LAYERS="$OUT/access_units.gpkg" LAYERS="$OUT/units.gpkg" \
  LAYERS="$OUT/potential_share.tif" LAYERS="$OUT/flows.gpkg" LAYERS="$OUT/proposals_summary.gpkg" \
  APPLY_PLUGIN_STYLES=true PROJECT=true PROJECT_NAME=bassins_demo OUTPUT="$OUT/bassins_demo.gpkg"
run bassins:exportmap -- LAYERS="$OUT/border.gpkg" LAYERS="$OUT/poles.gpkg" LAYERS="$OUT/rings.gpkg" \
  LAYERS="$OUT/units.gpkg" \
  APPLY_PLUGIN_STYLES=true TITLE="Cross-border living area (demo territory FR-CH)" \
  SUBTITLE="Share of employed residents working across the border" \
  SOURCES="Sources: synthetic demo data (bassins:demoterritory, seed 42)" DPI=150 OUTPUT="$OUT/living_area_map.pdf"
run bassins:exportmap -- LAYERS="$OUT/border.gpkg" LAYERS="$OUT/poles.gpkg" LAYERS="$OUT/rings.gpkg" \
  LAYERS="$OUT/units.gpkg" \
  APPLY_PLUGIN_STYLES=true TITLE="Cross-border living area (demo territory FR-CH)" \
  SUBTITLE="Share of employed residents working across the border" \
  SOURCES="Sources: synthetic demo data (bassins:demoterritory, seed 42)" DPI=100 OUTPUT="$OUT/living_area_map.png"
echo "Demo results in $OUT/:"
ls -1 "$OUT"
