#!/usr/bin/env python3
"""One benchmark case in its own process: cases.py NAME JSON_ARGS DATA_DIR -> prints 'RESULT {json}'.

NAME 'prep:<what>' prepares inputs (untimed, separate process). Every input is made in two shapes:
``shape=real`` (about 60 vertices per unit on shared noisy edges, the second country's layer meeting
the first with 20 m slivers and overlaps, as two national layers do) and ``shape=simple`` (Voronoi
polygons of about 6 vertices).
"""
import json
import resource
import subprocess  # nosec B404
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")

SHAPES = {"real": {"VERTICES": 60, "BORDER_MISMATCH": 20.0}, "simple": {"VERTICES": 0, "BORDER_MISMATCH": 0.0}}
_KEEP = []


def start_qgis():
    """Start QGIS and Processing with the provider; references are kept alive in _KEEP."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from bassins_plugin.processing.provider import BassinsProvider

    provider = BassinsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _KEEP.extend([app, provider])
    return app, provider


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def shape_of(args: dict) -> str:
    return args.get("shape", "real")


def target_name(what: str, args: dict) -> str:
    n, shape = args.get("units", 0), shape_of(args)
    names = {
        "demo": f"demo_{shape}_{n}.gpkg",
        "indicators": f"indicators_{shape}_{n}.gpkg",
        "rings": f"rings_{shape}_{n}.gpkg",
        "flows": f"flows_{shape}_{n}_{args.get('flows', 0)}.gpkg",
        "proposals": f"proposals_{shape}_{n}_{args.get('proposals', 0)}.gpkg",
        "network": f"network_{shape}_{n}_{args.get('edges', 0)}_{args.get('poles', 0)}.gpkg",
        "osmnetwork": f"osmnetwork_{shape}_{n}_{args.get('edges', 0)}_{args.get('poles', 0)}.gpkg",
        "insee": f"insee_detail_dcflt_{args.get('rows', 0)}.csv",
        "lau": f"lau_{n}.geojson",
        "px": f"bfs_px_{args.get('rows', 0)}x{args.get('periods', 0)}.csv",
        "statbel": "statbel_census2011_full.csv",
    }
    return names[what]


def ensure(data: Path, what: str, args: dict) -> Path:
    """Prepare an input in a separate process if it is not cached; its path."""
    target = data / target_name(what, args)
    if not target.exists():
        proc = subprocess.run([sys.executable, __file__, f"prep:{what}", json.dumps(args), str(data)],  # nosec B603
                              capture_output=True, text=True)
        if proc.returncode != 0 or not target.exists():
            raise RuntimeError(f"preparing {what} failed: {proc.stderr[-2000:]}")
    return target


def _units_args(args: dict) -> dict:
    return {"units": args.get("units", 0), "shape": shape_of(args)}


# -- inputs -----------------------------------------------------------------------------------------------
def prep_demo(args, data, tmp):
    import processing

    n = args["units"]
    processing.run("bassins:demoterritory", {
        "UNITS_COUNT": n, "COUNTRIES": "FR;CH", "SEED": 1, "UNITS": str(tmp), **SHAPES[shape_of(args)],
        "FLOWS": str(data / f"demo_{shape_of(args)}_{n}_flows.gpkg"), "POLES": None, "PROPOSALS": None,
        "PROPOSAL_LINES": None, "ROADS": None})


def prep_indicators(args, data, tmp):
    import processing

    demo = ensure(data, "demo", _units_args(args))
    processing.run("bassins:crossborderflows", {
        "UNITS": str(demo), "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active",
        "FLOWS": str(data / f"demo_{shape_of(args)}_{args['units']}_flows.gpkg"), "ORIGIN": "origin",
        "DESTINATION": "destination", "COUNT": "count", "THEME": "theme", "OUTPUT": str(tmp)})


def prep_rings(args, data, tmp):
    import processing

    ind = ensure(data, "indicators", _units_args(args))
    processing.run("bassins:intensityrings", {
        "INPUT": str(ind), "FIELD": "cb_share", "THRESHOLDS": "5;15;30", "POPULATION": "population",
        "COUNTRY": "country", "OUTPUT": str(tmp)})


def _extent(path: Path):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    extent = ds.GetLayer(0).GetExtent()
    ds = None
    return extent


def _gpkg_layer(out, name, geom_type, fields):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    layer = out.CreateLayer(name, srs if geom_type != ogr.wkbNone else None, geom_type)
    for fname, kind in fields:
        layer.CreateField(ogr.FieldDefn(fname, kind))
    return layer


def prep_proposals(args, data, tmp):
    import numpy as np
    from osgeo import ogr

    xmin, xmax, ymin, ymax = _extent(ensure(data, "demo", _units_args(args)))
    rng = np.random.default_rng(1)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    layer = _gpkg_layer(out, "proposals", ogr.wkbPoint, [("title", ogr.OFTString), ("theme", ogr.OFTString),
                                                          ("reach_m", ogr.OFTReal)])
    layer.StartTransaction()
    themes = ["health", "mobility", "public_services", "employment_training"]
    for i in range(args["proposals"]):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField(0, f"p{i}")
        f.SetField(1, themes[i % 4])
        f.SetField(2, 2000.0)
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(float(rng.uniform(xmin, xmax)), float(rng.uniform(ymin, ymax)))
        f.SetGeometry(pt)
        layer.CreateFeature(f)
    layer.CommitTransaction()
    out = None


def _random_poles(out, n, extent, rng):
    """A ``poles`` layer (EPSG:3035, ``pid`` P0, P1…) of n points drawn uniformly in the extent."""
    from osgeo import ogr

    xmin, xmax, ymin, ymax = extent
    poles = _gpkg_layer(out, "poles", ogr.wkbPoint, [("pid", ogr.OFTString)])
    poles.StartTransaction()
    for k in range(n):
        f = ogr.Feature(poles.GetLayerDefn())
        f.SetField(0, f"P{k}")
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(float(rng.uniform(xmin, xmax)), float(rng.uniform(ymin, ymax)))
        f.SetGeometry(pt)
        poles.CreateFeature(f)
    poles.CommitTransaction()


def prep_network(args, data, tmp):
    import numpy as np
    from osgeo import ogr

    xmin, xmax, ymin, ymax = _extent(ensure(data, "demo", _units_args(args)))
    rng = np.random.default_rng(3)
    side = int(np.ceil(np.sqrt(args["edges"] / 2)))
    xs, ys = np.linspace(xmin, xmax, side), np.linspace(ymin, ymax, side)
    jx = rng.uniform(-0.3, 0.3, (side, side)) * (xs[1] - xs[0])
    jy = rng.uniform(-0.3, 0.3, (side, side)) * (ys[1] - ys[0])
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    roads = _gpkg_layer(out, "roads", ogr.wkbLineString, [("speed_kmh", ogr.OFTReal)])
    roads.StartTransaction()
    links = [(i, j, di, dj) for i in range(side) for j in range(side) for di, dj in ((1, 0), (0, 1))
             if i + di < side and j + dj < side][: args["edges"]]
    for i, j, di, dj in links:
        f = ogr.Feature(roads.GetLayerDefn())
        f.SetField(0, float(rng.choice([30.0, 50.0, 70.0, 90.0])))
        line = ogr.Geometry(ogr.wkbLineString)
        line.AddPoint_2D(float(xs[i] + jx[i, j]), float(ys[j] + jy[i, j]))
        line.AddPoint_2D(float(xs[i + di] + jx[i + di, j + dj]), float(ys[j + dj] + jy[i + di, j + dj]))
        f.SetGeometry(line)
        roads.CreateFeature(f)
    roads.CommitTransaction()
    _random_poles(out, args["poles"], (xmin, xmax, ymin, ymax), rng)
    out = None


def prep_insee(args, data, tmp):
    import numpy as np

    from bassins_plugin.core.foreign import shipped_names

    rng = np.random.default_rng(5)
    rows = args["rows"]
    communes = np.array([f"{d:02d}{c:03d}" for d in (1, 67, 68, 74, 57) for c in range(1, 400)])
    coded = np.array(sorted(shipped_names()))[:2000]  # real DCFLT codes: workplaces abroad
    country = {"AL": "99109", "BE": "99131", "LU": "99137", "SU": "99140", "MO": "99138"}
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("COMMUNE;ARM;DCLT;DCFLT;ILT;IPONDI;SEXE;AGEREVQ\n")
        for start in range(0, rows, 500_000):
            k = min(500_000, rows - start)
            # realistic structure: people work at home, nearby, or abroad (not uniformly anywhere)
            hi = rng.integers(0, len(communes), k)
            home = communes[hi]
            near = communes[(hi + np.minimum(rng.geometric(0.3, k) - 1, 30)) % len(communes)]
            abroad = rng.random(k) < 0.2
            foreign = coded[np.minimum(rng.geometric(0.01, k), len(coded)) - 1]
            work = np.where(abroad, [country[c[:2]] for c in foreign], near)
            dcflt = np.where(abroad, foreign, "99999")
            weight = np.round(rng.uniform(0.5, 5.0, k), 6)
            fh.write("".join(f"{h};ZZZZZ;{w};{f};{7 if a else 2};{p};1;40\n"
                             for h, w, f, a, p in zip(home, work, dcflt, abroad, weight)))


FOREIGN_EXTRACTS = ROOT / "tests" / "data" / "foreign"


def prep_px(args, data, tmp):
    """A GGS-like PX-Web export in the real extract's format (cp1252, tabs, quoted labels, '- canton' and
    '……commune' rows, one column per quarter, some values not published)."""
    import numpy as np

    rng = np.random.default_rng(7)
    rows, periods = args["rows"], args["periods"]
    header = ["Sexe", "Commune de travail"] + [f"{2014 - periods + 1 + k} T4" for k in range(periods)]
    lines = ["\t".join(f'"{h}"' for h in header)]
    cantons = 26
    for r in range(rows):
        label = f"- Kanton {r // (rows // cantons)}" if r % (rows // cantons) == 0 else f"……Gemeinde {r}"
        values = ["..." if rng.random() < 0.02 else f"{v:.1f}" for v in rng.uniform(0, 5000, periods)]
        lines.append("\t".join(['"Sexe - Total"', f'"{label}"'] + values))
    tmp.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def prep_statbel(args, data, tmp):
    """The whole Statbel matrix in the real extract's format: its 662 columns, and one group of three rows
    (Hommes, Femmes, Total) for each of the 589 communes of its header (the real column names)."""
    import csv

    import numpy as np

    from bassins_plugin.core.foreign_stats import statbel_aggregate_column

    with open(FOREIGN_EXTRACTS / "statbel_census2011_domicile_travail_extract.csv", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
        table = list(csv.reader(fh))
    extract = [t for h, t in zip(table[1::3], table[3::3]) if not h[0].endswith("000")]  # communes' Total rows
    communes = [h for h in header[8:-1] if not statbel_aggregate_column(h)]
    cols = [i for i, h in enumerate(header) if h in set(communes)]
    # as many empty pairs as the extract's communes have (most commune pairs see nobody commute)
    empty = float(np.mean([[int(r[i]) == 0 for i in cols] for r in extract]))
    rng = np.random.default_rng(3)
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for k, name in enumerate(communes):
            seen = rng.random(len(header) - 3) >= empty
            men = rng.integers(0, 50, len(header) - 3) * seen
            women = rng.integers(0, 50, len(header) - 3) * seen
            for sex, vals in (("Hommes", men), ("Femmes", women), ("Total", men + women)):
                code = f"{10001 + k:05d}" if sex == "Hommes" else ""
                out.writerow([code, name if code else "", sex] + [int(v) for v in vals])


def prep_flows(args, data, tmp):
    """Flows between units; most go to neighbours and to a few poles, as commuting does."""
    import numpy as np
    from osgeo import ogr

    demo = ensure(data, "demo", _units_args(args))
    ds = ogr.Open(str(demo))
    ids = [f.GetField("unit_id") for f in ds.GetLayer(0)]
    ds = None
    rng = np.random.default_rng(0)
    m = args["flows"]
    origins = rng.integers(0, len(ids), m)
    poles = rng.integers(0, len(ids), 10)
    to_pole = rng.random(m) < 0.3
    dests = np.where(to_pole, poles[rng.integers(0, 10, m)], (origins + rng.integers(-50, 51, m)) % len(ids))
    counts = rng.integers(1, 50, m)
    themes = np.array(["work", "study", "health", "shopping"])[rng.integers(0, 4, m)]
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    layer = _gpkg_layer(out, "flows", ogr.wkbNone, [("origin", ogr.OFTString), ("destination", ogr.OFTString),
                                                     ("count", ogr.OFTInteger), ("theme", ogr.OFTString)])
    layer.StartTransaction()
    defn = layer.GetLayerDefn()
    for o, d, c, t in zip(origins, dests, counts, themes):
        f = ogr.Feature(defn)
        f.SetField(0, ids[o])
        f.SetField(1, ids[d])
        f.SetField(2, int(c))
        f.SetField(3, str(t))
        layer.CreateFeature(f)
    layer.CommitTransaction()
    out = None


def prep_lau(args, data, tmp):
    """A GISCO-like LAU GeoJSON in WGS 84 (LAU_ID, LAU_NAME, CNTR_CODE), from the real-shaped demo units."""
    from osgeo import gdal, ogr

    demo = ensure(data, "demo", {"units": args["units"], "shape": "real"})
    ds = ogr.Open(str(demo))
    layer = ds.GetLayer(0)
    name, geom = layer.GetName(), layer.GetGeometryColumn() or "geom"
    ds = None
    sql = f'SELECT unit_id AS LAU_ID, name AS LAU_NAME, country AS CNTR_CODE, "{geom}" FROM "{name}"'
    gdal.VectorTranslate(str(tmp), str(demo), format="GeoJSON", dstSRS="EPSG:4326", SQLStatement=sql,
                         SQLDialect="SQLITE", layerCreationOptions=["COORDINATE_PRECISION=7"])


def prep_osmnetwork(args, data, tmp):
    """Roads the way GDAL's OSM driver writes them: a ``lines`` layer in WGS 84 with ``highway`` and
    ``other_tags``; ways of 8 segments that cross others at shared vertices (not split at junctions), one-way and
    maxspeed tags as OSM writes them, footways and private roads to leave out; poles in the demo CRS."""
    import numpy as np
    from osgeo import ogr, osr

    xmin, xmax, ymin, ymax = _extent(ensure(data, "demo", _units_args(args)))
    rng = np.random.default_rng(11)
    side = int(np.ceil(np.sqrt(args["edges"] / 2))) + 1
    xs, ys = np.linspace(xmin, xmax, side), np.linspace(ymin, ymax, side)
    jx = rng.uniform(-0.3, 0.3, (side, side)) * (xs[1] - xs[0])
    jy = rng.uniform(-0.3, 0.3, (side, side)) * (ys[1] - ys[0])
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3035)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs = osr.CoordinateTransformation(src, dst)
    px, py = np.meshgrid(xs, ys, indexing="ij")
    lonlat = np.array(to_wgs.TransformPoints(np.column_stack([(px + jx).ravel(), (py + jy).ravel()]).tolist()))
    lon, lat = lonlat[:, 0].reshape(side, side), lonlat[:, 1].reshape(side, side)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    lines = out.CreateLayer("lines", dst, ogr.wkbLineString)
    for name in ("osm_id", "name", "highway", "other_tags"):
        lines.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    tags = ['', '', '', '"maxspeed"=>"50"', '"oneway"=>"yes"', '"maxspeed"=>"FR:urban"', '"oneway"=>"-1"',
            '"maxspeed"=>"30 mph"', '"maxspeed"=>"50;30"', '"maxspeed"=>"signals"', '"junction"=>"roundabout"']
    defn = lines.GetLayerDefn()
    lines.StartTransaction()
    way, n_seg = 0, 0
    for axis in (0, 1):
        for row in range(side):
            cls = "primary" if row % 10 == 0 else "secondary" if row % 3 == 0 else "residential"
            for start in range(0, side - 1, 8):
                stop = min(start + 8, side - 1)
                if n_seg >= args["edges"]:
                    break
                f = ogr.Feature(defn)
                way += 1
                f.SetField(0, str(way))
                roll = rng.random()
                highway = "footway" if roll < 0.03 else "service" if roll < 0.05 else cls
                other = '"access"=>"private"' if highway == "service" else tags[int(rng.integers(len(tags)))]
                f.SetField(2, highway)
                if other:
                    f.SetField(3, other)
                g = ogr.Geometry(ogr.wkbLineString)
                for k in range(start, stop + 1):
                    i, j = (k, row) if axis == 0 else (row, k)
                    g.AddPoint_2D(float(lon[i, j]), float(lat[i, j]))
                f.SetGeometry(g)
                lines.CreateFeature(f)
                n_seg += stop - start
    lines.CommitTransaction()
    _random_poles(out, args["poles"], (xmin, xmax, ymin, ymax), rng)
    out = None


PREP = {"demo": prep_demo, "lau": prep_lau, "indicators": prep_indicators, "rings": prep_rings,
        "proposals": prep_proposals, "network": prep_network, "insee": prep_insee, "flows": prep_flows,
        "px": prep_px, "statbel": prep_statbel, "osmnetwork": prep_osmnetwork}


def prep(what: str, args: dict, data: Path) -> None:
    start_qgis()
    target = data / target_name(what, args)
    tmp = target.with_suffix(".part" + target.suffix)
    if tmp.exists():
        tmp.unlink()
    PREP[what](args, data, tmp)
    tmp.rename(target)


# -- cases ------------------------------------------------------------------------------------------------
def best_of(fn, repeat: int) -> float:
    """Best wall time of several runs (the first run also pays for opening files)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def run(alg: str, params: dict):
    import processing

    return processing.run(alg, params)


def case_demoterritory(args, data):
    out = data / f"bench_demo_{shape_of(args)}_{args['units']}.gpkg"
    if out.exists():
        out.unlink()
    t0 = time.perf_counter()
    run("bassins:demoterritory", {"UNITS_COUNT": args["units"], "COUNTRIES": "FR;CH", "SEED": 2, "UNITS": str(out),
                                  **SHAPES[shape_of(args)], "FLOWS": "TEMPORARY_OUTPUT", "POLES": None,
                                  "PROPOSALS": None, "PROPOSAL_LINES": None, "ROADS": None})
    return {"wall": time.perf_counter() - t0, "notes": "units written to GeoPackage, flows in memory"}


def case_crossborderflows(args, data):
    """Ours, beside a naive PyQGIS provider loop and the I/O floor (a GDAL Arrow read of the same columns)."""
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    from bassins_plugin.core.columns import ogr_columns

    flows = ensure(data, "flows", args)
    demo = data / target_name("demo", _units_args(args))

    def ours():
        run("bassins:crossborderflows", {
            "UNITS": str(demo), "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active", "FLOWS": str(flows),
            "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "THEME": "theme",
            "OUTPUT": "TEMPORARY_OUTPUT"})

    def naive():
        units = QgsVectorLayer(str(demo), "u", "ogr")
        country = {f["unit_id"]: f["country"] for f in units.getFeatures(
            QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry))}
        out = {}
        layer = QgsVectorLayer(str(flows), "f", "ogr")
        for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
            o, d = f["origin"], f["destination"]
            if country.get(o) and country.get(d) and country[o] != country[d]:
                out[o] = out.get(o, 0) + f["count"]
        return out

    def copy_units():
        """What any algorithm that returns the units with new fields pays: read them, write them."""
        units = QgsVectorLayer(str(demo), "u", "ogr")
        out = QgsVectorLayer(f"MultiPolygon?crs={units.crs().authid()}", "copy", "memory")
        out.dataProvider().addAttributes(units.fields().toList())
        out.updateFields()
        batch = []
        for f in units.getFeatures():
            batch.append(f)
            if len(batch) == 5000:
                out.dataProvider().addFeatures(batch)
                batch = []
        out.dataProvider().addFeatures(batch)

    def same_product():
        """A naive PyQGIS script that gives what the algorithm gives: every indicator, the units written."""
        no_geom = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        units = QgsVectorLayer(str(demo), "u", "ogr")
        info = {f["unit_id"]: (f["country"], f["active"]) for f in units.getFeatures(no_geom)}
        out, inb, theme, pair = {}, {}, {}, {}
        for f in QgsVectorLayer(str(flows), "f", "ogr").getFeatures(no_geom):
            o, d, c = f["origin"], f["destination"], f["count"]
            if o in info and d in info and info[o][0] != info[d][0]:
                out[o] = out.get(o, 0) + c
                inb[d] = inb.get(d, 0) + c
                theme[(o, f["theme"])] = theme.get((o, f["theme"]), 0) + c
                pair[(o, d)] = pair.get((o, d), 0) + c
        top = {}
        for (o, d), c in pair.items():
            if o not in top or (c, top[o][1]) > (top[o][0], d):
                top[o] = (c, d)
        themes = sorted({t for _, t in theme})
        layer = QgsVectorLayer(f"MultiPolygon?crs={units.crs().authid()}", "ind", "memory")
        layer.dataProvider().addAttributes(units.fields().toList() + [QgsField(n, QVariant.Double) for n in (
            "cb_out", "cb_in", "cb_share")] + [QgsField("cb_top_dest", QVariant.String)] + [
            QgsField(f"cb_out_{t}", QVariant.Double) for t in themes])
        layer.updateFields()
        batch = []
        for f in units.getFeatures():
            u = f["unit_id"]
            active = info[u][1]
            feat = QgsFeature(layer.fields())
            feat.setGeometry(f.geometry())
            feat.setAttributes(f.attributes() + [out.get(u, 0), inb.get(u, 0), 100.0 * out.get(u, 0) / active
                                                 if active else None, top[u][1] if u in top else None]
                               + [theme.get((u, t), 0) for t in themes])
            batch.append(feat)
        layer.dataProvider().addFeatures(batch)

    def cpp_copy():
        run("native:retainfields", {"INPUT": str(demo), "FIELDS": [f.name() for f in QgsVectorLayer(
            str(demo), "u", "ogr").fields()], "OUTPUT": "TEMPORARY_OUTPUT"})

    wall = best_of(ours, 2)
    own = peak_mb()
    floor = best_of(lambda: ogr_columns(str(flows), None, ["origin", "destination", "count", "theme"]), 2)
    copy = best_of(copy_units, 2)
    cpp = best_of(cpp_copy, 2)
    native = best_of(naive, 1)
    full = best_of(same_product, 1)
    return {"wall": wall, "native_wall": native, "peak_mb": own,
            "notes": f"reference = naive PyQGIS provider loop over the flows (cb_out only, writes nothing); I/O "
                     f"floor, GDAL Arrow read of the 4 flow columns: {floor:.2f} s; copying the "
                     f"{args['units']:,} units to a memory layer alone (provider read + add, no computation): "
                     f"{copy:.2f} s, QGIS's own C++ copy (native:retainfields, every field): {cpp:.2f} s; ours "
                     f"without the copy: {max(wall - copy, 0):.2f} s = {max(wall - copy, 0) / native:.2f}x the "
                     f"reference; a naive script with the same product (every indicator, the units written): "
                     f"{full:.2f} s, ours = {wall / full:.2f}x"}


def _rings_chain(layer, field, thresholds):
    def chain():
        for t in thresholds:
            ext = run("native:extractbyexpression", {"INPUT": layer, "EXPRESSION": f'"{field}" >= {t}',
                                                     "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            run("native:dissolve", {"INPUT": ext, "FIELD": [], "OUTPUT": "TEMPORARY_OUTPUT"})
    return chain


def case_intensityrings(args, data):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(ensure(data, "indicators", _units_args(args))), "ind", "ogr")
    layer.getFeatures()

    def ours():
        run("bassins:intensityrings", {"INPUT": layer, "FIELD": "cb_share", "THRESHOLDS": "5;15;30",
                                       "POPULATION": "population", "COUNTRY": "country", "OUTPUT": "TEMPORARY_OUTPUT"})

    wall = best_of(ours, 3)
    own = peak_mb()
    return {"wall": wall, "peak_mb": own, "native_wall": best_of(_rings_chain(layer, "cb_share", (30, 15, 5)), 3),
            "notes": "3 nested levels, best of 3; reference = extract by expression + dissolve per threshold"}


def _attraction_flows(units_path, n_flows, seed=0):
    """A flows GeoPackage: commuting that decays with distance to 3 poles and to neighbours."""
    import numpy as np
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer

    units = QgsVectorLayer(str(units_path), "u", "ogr")
    ids, xy, active = [], [], []
    for f in units.getFeatures(QgsFeatureRequest()):
        ids.append(f["unit_id"])
        c = f.geometry().centroid().asPoint()
        xy.append((c.x(), c.y()))
        active.append(f["active"])
    xy = np.array(xy)
    rng = np.random.default_rng(seed)
    poles = rng.choice(len(ids), 3, replace=False)
    d = np.hypot(xy[:, None, 0] - xy[None, poles, 0], xy[:, None, 1] - xy[None, poles, 1])
    share = 0.6 * np.exp(-d.min(axis=1) / 15000.0)
    origins = rng.integers(0, len(ids), n_flows)
    to_pole = rng.random(n_flows) < share[origins]
    nearby = (origins + rng.integers(-30, 31, n_flows)) % len(ids)
    dest = np.where(to_pole, poles[np.argmin(d[origins], axis=1)], nearby)
    counts = np.maximum(1, (np.array(active, dtype=float)[origins] / 25.0)).astype(int)
    layer = QgsVectorLayer("None?field=origin:string&field=destination:string&field=count:integer", "flows", "memory")
    feats = []
    for o, t, c in zip(origins.tolist(), dest.tolist(), counts.tolist()):
        f = QgsFeature(layer.fields())
        f.setAttributes([ids[o], ids[t], c])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    path = Path(tempfile.mkdtemp()) / "flows.gpkg"  # as planners hold them: a file, not a memory layer
    run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(path)})
    return str(path), ";".join(ids[p] for p in poles)


def case_attractionrings(args, data):
    from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer

    units_path = ensure(data, "demo", _units_args(args))
    flows, poles = _attraction_flows(units_path, args["flows"])
    units = QgsVectorLayer(str(units_path), "units", "ogr")

    def ours():
        return run("bassins:attractionrings", {
            "UNITS": units, "UNIT_ID": "unit_id", "ACTIVE": "active", "COUNTRY": "country",
            "POPULATION": "population", "FLOWS": flows, "ORIGIN": "origin", "DESTINATION": "destination",
            "COUNT": "count", "POLE_UNITS": poles, "THRESHOLDS": "15;25;40", "SNAP_TOLERANCE": 45,
            "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT": "TEMPORARY_OUTPUT"})

    pole_ids = set(poles.split(";"))

    def naive_shares():
        """By hand in PyQGIS: each unit's flows to the poles over its employed residents, written to a copy."""
        sent = {}
        for f in QgsVectorLayer(flows, "f", "ogr").getFeatures(
                QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
            if f["destination"] in pole_ids:
                sent[f["origin"]] = sent.get(f["origin"], 0) + f["count"]
        out = run("native:fieldcalculator" if QgsApplication.processingRegistry().algorithmById(
            "native:fieldcalculator") else "qgis:fieldcalculator", {
            "INPUT": units, "FIELD_NAME": "share_pole", "FIELD_TYPE": 0, "FIELD_LENGTH": 10, "FIELD_PRECISION": 3,
            "FORMULA": "0", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        idx = out.fields().lookupField("share_pole")
        changes = {f.id(): {idx: 100.0 * sent.get(f["unit_id"], 0) / f["active"] if f["active"] else None}
                   for f in out.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry))}
        out.dataProvider().changeAttributeValues(changes)
        return out

    wall = best_of(ours, 2)
    own = peak_mb()
    levels = ours()["OUTPUT_UNITS"]
    plain = best_of(_rings_chain(levels, "share_pole", (40, 25, 15)), 2)
    native = best_of(lambda: _rings_chain(naive_shares(), "share_pole", (40, 25, 15))(), 1)
    return {"wall": wall, "peak_mb": own, "native_wall": native,
            "notes": f"{args['flows']:,} flows from a GeoPackage, 3 poles, contiguity and enclaves; reference = the "
                     "same by hand without the rules: a PyQGIS loop summing each unit's flows to the poles, the "
                     "share written with the field calculator, then extract + dissolve per threshold; the "
                     f"extract + dissolve part alone: {plain:.2f} s"}


def case_intensityindex(args, data):
    layer = str(ensure(data, "indicators", _units_args(args)))
    t0 = time.perf_counter()
    run("bassins:intensityindex", {"INPUT": layer, "FIELDS": ["cb_share", "cb_out_work", "cb_out_health"],
                                   "THRESHOLDS": "5;15;30", "COMBINE": 3, "K": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
    return {"wall": time.perf_counter() - t0, "notes": "3 indicators, rule at_least_k"}


def case_overlayproposals(args, data):
    from qgis.core import QgsApplication, QgsVectorLayer

    ensure(data, "rings", _units_args(args))
    units = QgsVectorLayer(str(data / target_name("demo", _units_args(args))), "units", "ogr")
    rings = QgsVectorLayer(str(data / target_name("rings", _units_args(args))), "rings", "ogr")
    props = QgsVectorLayer(str(ensure(data, "proposals", args)), "props", "ogr")

    def ours():
        run("bassins:overlayproposals", {
            "PROPOSALS": props, "THEME": "theme", "RINGS": rings, "LEVEL": "level", "UNITS": units,
            "POPULATION": "population", "REACH": 2000, "GAP_LEVEL": 1, "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT", "GAPS": "TEMPORARY_OUTPUT"})

    summary_id = ("native:joinbylocationsummary"
                  if QgsApplication.processingRegistry().algorithmById("native:joinbylocationsummary")
                  else "qgis:joinbylocationsummary")

    def chain():
        buf = run("native:buffer", {"INPUT": props, "DISTANCE": 2000, "SEGMENTS": 12,
                                    "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        j1 = run(summary_id, {"INPUT": buf, "JOIN": rings, "PREDICATE": [0], "JOIN_FIELDS": ["level"],
                              "SUMMARIES": [3], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        run(summary_id, {"INPUT": j1, "JOIN": units, "PREDICATE": [0], "JOIN_FIELDS": ["population"],
                         "SUMMARIES": [5], "OUTPUT": "TEMPORARY_OUTPUT"})

    wall = best_of(ours, 1)
    own = peak_mb()
    return {"wall": wall, "peak_mb": own, "native_wall": best_of(chain, 1),
            "notes": "reach 2000 m; ours also gives shares per level, area-weighted population, summary and gaps; "
                     "reference = buffer + join by location summary (rings: min level) + (units: sum population, "
                     "not area-weighted)"}


def case_accessrings(args, data):
    from qgis.core import QgsVectorLayer

    net_path = ensure(data, "network", args)
    roads = QgsVectorLayer(f"{net_path}|layername=roads", "roads", "ogr")
    poles = QgsVectorLayer(f"{net_path}|layername=poles", "poles", "ogr")
    units = QgsVectorLayer(str(data / target_name("demo", _units_args(args))), "units", "ogr")
    t0 = time.perf_counter()
    run("bassins:accessrings", {
        "NETWORK": roads, "SPEED_FIELD": "speed_kmh", "POLES": poles, "POLE_ID": "pid", "UNITS": units,
        "UNIT_ID": "unit_id", "COUNTRY": "country", "BANDS": "15;30;45", "BORDER_PENALTY": 0,
        "SNAP_TOLERANCE": 5000, "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_RINGS": "TEMPORARY_OUTPUT"})
    wall = time.perf_counter() - t0
    own = peak_mb()  # before the native chain runs in the same process
    # native "Service area (from layer)" rebuilds the graph at each call, then searches from each start point:
    # measured for 1 pole and `sub` poles in one call, the per-pole cost gives the estimate for all poles
    sub = args.get("native_poles", 20)

    def service_area(n_poles):
        few = run("native:extractbyexpression", {"INPUT": poles, "EXPRESSION": f"$id <= {n_poles}",
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        t = time.perf_counter()
        run("native:serviceareafromlayer", {
            "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed_kmh", "DEFAULT_SPEED": 50, "TOLERANCE": 0,
            "START_POINTS": few, "TRAVEL_COST2": 45 * 60, "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"})
        return time.perf_counter() - t

    t_one, t_sub = service_area(1), service_area(sub)
    per_pole = max(0.0, (t_sub - t_one) / (sub - 1))
    return {"wall": wall, "peak_mb": own, "native_wall": 3 * (t_one + per_pole * (args["poles"] - 1)),
            "notes": f"{args['edges']:,} edges, {args['poles']} poles, 3 bands; reference = service area (from "
                     f"layer): {t_one:.1f} s for 1 pole, {t_sub:.1f} s for {sub} poles in one call, estimated for "
                     f"{args['poles']} poles x 3 bands, joins not included"}


def case_routing(args, data):
    """The shared engine (core.routing) alone: a jittered street grid, units -> poles and poles -> units."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    from bassins_plugin.core import network, routing

    rng = np.random.default_rng(1)
    n = int(round((args["edges"] / 4) ** 0.5))  # n x n nodes, 4 n (n - 1) directed edges
    xs, ys = np.meshgrid(np.arange(n) * 100.0, np.arange(n) * 100.0, indexing="ij")
    xy = np.stack([xs.ravel(), ys.ravel()], 1) + rng.normal(0, 10, (n * n, 2))
    idx = np.arange(n * n).reshape(n, n)
    a = np.concatenate([idx[:-1, :].ravel(), idx[:, :-1].ravel()])
    b = np.concatenate([idx[1:, :].ravel(), idx[:, 1:].ravel()])
    sec = np.hypot(*(xy[a] - xy[b]).T) / (rng.choice([30, 50, 70, 90], len(a)) / 3.6)
    g = network.Graph(xy, np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([sec, sec]))
    g.country = (xy[:, 0] > n * 50).astype(np.int64)
    units = rng.uniform(0, n * 100, (args["units"], 2))
    poles = rng.uniform(0, n * 100, (args["poles"], 2))
    t0 = time.perf_counter()
    ua, pa = routing.attach(g, units, 500), routing.attach(g, poles, 500)
    router = routing.Router(g, routing.border_edge_extra(g, 600))
    for direction in (routing.TO_SOURCES, routing.FROM_SOURCES):
        router.travel_times(pa, ua, direction)
    wall = time.perf_counter() - t0
    m = coo_matrix((g.seconds, (g.src, g.dst)), shape=(len(xy),) * 2).tocsr()
    t = time.perf_counter()
    for matrix in (m.T.tocsr(), m):
        dijkstra(matrix, indices=np.unique(pa.u[pa.u >= 0]), min_only=True)
    floor = time.perf_counter() - t
    return {"wall": wall, "native_wall": floor,
            "notes": f"{len(g.src):,} edges, {args['units']} units, {args['poles']} poles, both directions; "
                     f"reference = scipy dijkstra alone (floor), ratio {wall / floor:.1f}x"}


def case_importcommuting(args, data):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from bassins_plugin.core.foreign import country_of_code, shipped_names

    path = ensure(data, "insee", args)
    names = shipped_names()
    lau = QgsVectorLayer("Polygon?crs=EPSG:3035&field=unit_id:string&field=name:string&field=country:string",
                         "lau", "memory")
    feats = []
    for k, code in enumerate(sorted(names)[:2000]):
        f = QgsFeature(lau.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({k} 0,{k + 1} 0,{k + 1} 1,{k} 1,{k} 0))"))
        f.setAttributes([f"L{k}", names[code].title(), country_of_code(code)])
        feats.append(f)
    lau.dataProvider().addFeatures(feats)
    out = tempfile.mkdtemp()
    t0 = time.perf_counter()
    run("bassins:importcommuting", {"INPUT": str(path), "DEPARTMENTS": "74;01;67", "FOREIGN_UNITS": lau,
                                    "OUTPUT": f"{out}/flows.gpkg", "OUTPUT_RESIDENTS": f"{out}/residents.gpkg"})
    return {"wall": time.perf_counter() - t0,
            "notes": f"detail file of {args['rows']:,} rows with DCFLT ({path.stat().st_size / 1e6:.0f} MB), 3 "
                     "departments kept, decoded and matched to 2,000 foreign units, flows and residents to GeoPackages"}


def case_importforeign(args, data):
    """A BFS PX-Web file (names matched to units) and the whole Statbel matrix, each read to a GeoPackage."""
    from qgis.core import QgsFeature, QgsVectorLayer

    px = ensure(data, "px", args)
    statbel = ensure(data, "statbel", args)
    units = QgsVectorLayer("None?field=unit_id:string&field=name:string&field=country:string", "ch", "memory")
    feats = []
    for r in range(args["rows"]):
        f = QgsFeature(units.fields())
        f.setAttributes([str(r), f"Gemeinde {r}", "CH"])
        feats.append(f)
    units.dataProvider().addFeatures(feats)
    out = tempfile.mkdtemp()
    t0 = time.perf_counter()
    run("bassins:importforeign", {"INPUT": str(px), "FORMAT": 0, "FOREIGN_UNITS": units,
                                  "OUTPUT": f"{out}/px.gpkg"})
    t_px = time.perf_counter() - t0
    t0 = time.perf_counter()
    run("bassins:importforeign", {"INPUT": str(statbel), "FORMAT": 1, "OUTPUT": f"{out}/flows.gpkg",
                                  "OUTPUT_RESIDENTS": f"{out}/residents.gpkg"})
    t_sb = time.perf_counter() - t0
    return {"wall": t_px + t_sb,
            "notes": f"BFS PX-Web {args['rows']:,} rows x {args['periods']} periods, names matched: {t_px:.2f} s; "
                     f"Statbel matrix 589 communes x 3 rows x 662 columns, zero cells as in the extract: {t_sb:.2f} s "
                     "(each to a GeoPackage)"}


def case_potentialrings(args, data):
    """Ours on the units' points; the reference is the exact direct summation on the same grid, timed on a band
    of rows (its cost is linear in rows) and scaled; the FFT's error is measured on that band."""
    import numpy as np
    from qgis.core import QgsVectorLayer

    from bassins_plugin.core import potential as pot

    layer = QgsVectorLayer(str(ensure(data, "demo", _units_args(args))), "units", "ogr")
    ext = layer.extent()
    res_m = max(ext.width(), ext.height()) / args["cells"]
    function, beta = args.get("function", "exponential"), args.get("beta", 2.0)
    span = 10000.0
    t0 = time.perf_counter()
    run("bassins:potentialrings", {
        "INPUT": layer, "NUMERATOR": "cb_workers", "DENOMINATOR": "active",
        "FUNCTION": pot.FUNCTION_CODES.index(function), "SPAN": span, "BETA": beta, "RESOLUTION": res_m,
        "THRESHOLDS": "5;15;30",
        "EXTENT": f"{ext.xMinimum()},{ext.xMaximum()},{ext.yMinimum()},{ext.yMaximum()} [EPSG:3035]",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    wall = time.perf_counter() - t0
    own = peak_mb()
    pts = [f.geometry().pointOnSurface().asPoint() for f in layer.getFeatures()]
    xs, ys = np.array([p.x() for p in pts]), np.array([p.y() for p in pts])
    m = np.array([f["cb_workers"] for f in layer.getFeatures()], dtype=float)
    grid = pot.make_grid(ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum(), res_m)
    method = pot.plan(grid, xs, ys, function, beta, 2).method
    band = max(1, grid.ny // 20)
    sub = pot.Grid(grid.x0, grid.y1 - (grid.ny // 2) * grid.res, grid.res, grid.nx, band)
    t1 = time.perf_counter()
    exact = pot.potential(xs, ys, [m], sub, function, span, beta, method="direct")[0]
    native = (time.perf_counter() - t1) * grid.ny / band * 2  # 2 masses, as ours
    notes = f"{len(xs):,} points, grid {grid.nx}x{grid.ny} ({grid.nx * grid.ny:,} cells), {function} beta {beta:g}, " \
            f"method {method}; reference = exact direct summation, timed on {band} of {grid.ny} rows and scaled"
    if method == "fft":
        got = pot.potential(xs, ys, [m], grid, function, span, beta, method="fft")[0]
        j0 = grid.ny // 2
        rel = np.abs(got[j0:j0 + band] - exact) / np.abs(exact)
        notes += f"; FFT error on those {exact.size:,} cells: 95th percentile {np.percentile(rel, 95):.2e}, " \
                 f"max {rel.max():.2e}"
    return {"wall": wall, "peak_mb": own, "native_wall": native, "notes": notes}


def case_flowlines(args, data):
    """1,000,000 flows filtered to about 5,000 lines (minimum count chosen for that), curved, to a GeoPackage."""
    flows = ensure(data, "flows", args)
    demo = data / target_name("demo", _units_args(args))
    out = Path(tempfile.mkdtemp()) / "lines.gpkg"
    t0 = time.perf_counter()
    res = run("bassins:flowlines", {"FLOWS": str(flows), "ORIGIN": "origin", "DESTINATION": "destination",
                                    "COUNT": "count", "UNITS": str(demo), "UNIT_ID": "unit_id", "COUNTRY": "country",
                                    "MIN_COUNT": args.get("min_count", 2500), "CURVED": True, "OUTPUT": str(out)})
    wall = time.perf_counter() - t0
    from qgis.core import QgsVectorLayer

    n = QgsVectorLayer(str(res["OUTPUT"]), "l", "ogr").featureCount()
    return {"wall": wall, "notes": f"{args['flows']:,} flows from a GeoPackage -> {n:,} curved lines (pairs of at "
                                   f"least {args.get('min_count', 2500):,}) in a GeoPackage"}


def case_downloadunits(args, data):
    """The whole GISCO-like LAU file served by a local HTTP server, downloaded and filtered to two countries."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    lau = ensure(data, "lau", args)
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(lau.parent))
    handler.log_message = lambda *a, **k: None
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    folder = Path(tempfile.mkdtemp())
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    # the service path GISCO uses, pointed at the local file
    (lau.parent / "lau" / "geojson").mkdir(parents=True, exist_ok=True)
    target = lau.parent / "lau" / "geojson" / "LAU_RG_01M_2021_4326.geojson"
    if not target.exists():
        target.symlink_to(lau)
    t0 = time.perf_counter()
    run("bassins:downloadunits", {
        "SOURCE": 0, "COUNTRIES": "FR;CH", "YEAR": 2021, "BASE_URL": url, "CACHE_DIR": str(folder / "cache"),
        "TIMEOUT": 600, "OUTPUT": str(folder / "units.gpkg")})
    wall = time.perf_counter() - t0
    httpd.shutdown()
    return {"wall": wall, "notes": f"LAU-like GeoJSON of {lau.stat().st_size / 1e6:.0f} MB ({args['units']:,} "
                                   "real-shaped units) from a local HTTP server, streamed to the cache, filtered to "
                                   "FR;CH, to a GeoPackage"}


def _service_graph(edges, seed=5):
    """A jittered grid of about ``edges`` directed edges (both ways), 50 km/h, two countries split at mid x."""
    import numpy as np

    from bassins_plugin.core.network import Graph

    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(edges / 4)))
    ii, jj = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    xy = np.column_stack([ii.ravel() * 500.0, jj.ravel() * 500.0]) + rng.uniform(-100, 100, (side * side, 2))
    node = ii * side + jj
    a = np.concatenate([node[:-1, :].ravel(), node[:, :-1].ravel()])
    b = np.concatenate([node[1:, :].ravel(), node[:, 1:].ravel()])
    src, dst = np.concatenate([a, b]), np.concatenate([b, a])
    secs = np.hypot(*(xy[src] - xy[dst]).T) / (50 / 3.6)
    country = (xy[:, 0] > side * 250.0).astype(np.int64)
    return Graph(xy, src, dst, secs, country)


def case_servicebasins(args, data):
    """Core: times per type any/home/abroad through core.services.routed_times (shared engine core.routing:
    Router built once, mid-edge attachment, one travel_times call per type and country), the pole rule and the
    assignment; the floor is scipy's Dijkstra alone on the same sources, on a CSR built once."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    from bassins_plugin.core import routing
    from bassins_plugin.core import services as sv

    g = _service_graph(args["edges"])
    rng = np.random.default_rng(7)
    n_units, n_pts, k = args["units"], args["points"], args["types"]
    unit_node = rng.choice(g.n_nodes, n_units, replace=False)
    # each point lies in the unit of the nearest unit node (a Voronoi-like partition)
    pt_node = rng.integers(0, g.n_nodes, n_pts)
    from scipy.spatial import cKDTree
    _, pt_unit = cKDTree(g.xy[unit_node]).query(g.xy[pt_node])
    pt_type = rng.integers(0, k, n_pts)
    names = np.array(["FR", "CH"])
    unit_country = names[g.country[unit_node]].tolist()
    pt_country = names[g.country[pt_node]].tolist()
    t0 = time.perf_counter()
    router = routing.Router(g)
    ua, pa = routing.attach(g, g.xy[unit_node], 500), routing.attach(g, g.xy[pt_node], 500)
    tt = sv.routed_times(router, ua, pa, pt_type, k, unit_country, pt_country, pt_unit)
    holds = sv.holdings(pt_unit, pt_type, n_units, k) > 0
    is_pole = sv.poles(holds, 50.0)
    zone = sv.assign(holds, tt.holder, tt.any, is_pole)
    dep = sv.dep_abroad(tt.home, tt.abroad, np.ones(n_units, dtype=bool))
    wall = time.perf_counter() - t0
    own = peak_mb()
    matrix = coo_matrix((g.seconds, (g.src, g.dst)), shape=(g.n_nodes, g.n_nodes)).tocsr()

    def floor():
        for j in range(k):
            pts = pt_type == j
            for c in range(2):
                dijkstra(matrix, indices=np.unique(pt_node[pts & (g.country[pt_node] == c)]), min_only=True,
                         return_predecessors=True)

    return {"wall": wall, "peak_mb": own, "native_wall": best_of(floor, 1),
            "notes": f"{len(g.src):,} edges, {n_units:,} units, {n_pts:,} points of {k} types, 2 countries: "
                     f"{2 * k} multi-source runs (type x country); {int(is_pole.sum())} poles, "
                     f"{int((zone >= 0).sum())} units assigned, mean dep_abroad {np.nanmean(dep):.1f} %; "
                     f"reference = the same {2 * k} runs of "
                     "scipy's dijkstra alone (CSR built once)"}


def case_accessrings_osm(args, data):
    """accessrings on OSM-shaped roads (GDAL's ``lines`` layer in WGS 84, highway + other_tags), units -> poles and
    poles -> units, 10 min once per trip; beside it scipy's Dijkstra alone on the same graph (the floor, one run per
    direction from the poles' nodes) and QGIS's service area from one point, extrapolated to every pole."""
    import numpy as np
    from qgis.core import QgsVectorLayer
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    net_path = ensure(data, "osmnetwork", args)
    roads = QgsVectorLayer(f"{net_path}|layername=lines", "lines", "ogr")
    poles = QgsVectorLayer(f"{net_path}|layername=poles", "poles", "ogr")
    units = QgsVectorLayer(str(data / target_name("demo", _units_args(args))), "units", "ogr")
    walls, result = [], None
    for direction in (0, 1):
        t0 = time.perf_counter()
        result = run("bassins:accessrings", {
            "NETWORK": roads, "ROAD_CLASS": "highway", "OTHER_TAGS": "other_tags", "DEFAULT_SPEED": 0,
            "POLES": poles, "POLE_ID": "pid", "UNITS": units, "UNIT_ID": "unit_id", "COUNTRY": "country",
            "BANDS": "15;30;45", "BORDER_PENALTY": 10, "PENALTY_MODE": 0, "DIRECTION": direction,
            "SNAP_TOLERANCE": 5000, "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_RINGS": "TEMPORARY_OUTPUT"})
        walls.append(time.perf_counter() - t0)
    own = peak_mb()
    reached = sum(1 for f in result["OUTPUT_UNITS"].getFeatures() if f["time_min"] is not None)
    # the floor: the same graph (read by the plugin's own reader, untimed), scipy's Dijkstra from the poles' nodes
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    from bassins_plugin.core import network, routing
    from bassins_plugin.core import roads as osm

    tr = QgsCoordinateTransform(roads.crs(), QgsCoordinateReferenceSystem("EPSG:3035"), QgsProject.instance())
    parts, highways, others = [], [], []
    for f in roads.getFeatures():
        g = f.geometry()
        g.transform(tr)
        parts.append([(p.x(), p.y()) for p in g.asPolyline()])
        highways.append(f["highway"])
        others.append(f["other_tags"])
    lines, speeds, dirs, _ = osm.decode_osm(parts, highways, others, None, None, osm.read_speed_table())
    g = network.build_graph(lines, speeds, dirs, tolerance=0.01)
    pole_xy = np.array([[p.geometry().asPoint().x(), p.geometry().asPoint().y()] for p in poles.getFeatures()])
    att = routing.attach(g, pole_xy, 5000)
    nodes = np.unique(np.where(att.fraction <= 0.5, att.u, att.v)[att.u >= 0])
    m = coo_matrix((np.maximum(g.seconds, 1e-9), (g.src, g.dst)), shape=(g.n_nodes,) * 2).tocsr()
    t = time.perf_counter()
    for matrix in (m.T.tocsr(), m):
        dijkstra(matrix, indices=nodes, min_only=True, return_predecessors=True)
    floor = time.perf_counter() - t
    first = next(poles.getFeatures()).geometry().asPoint()
    t = time.perf_counter()
    run("native:serviceareafrompoint", {
        "INPUT": roads, "STRATEGY": 1, "DEFAULT_SPEED": 50, "TOLERANCE": 0,
        "START_POINT": f"{first.x()},{first.y()} [EPSG:3035]", "TRAVEL_COST2": 45 * 60,
        "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"})
    one = time.perf_counter() - t
    native = one * args["poles"] * 2
    wall = sum(walls)
    return {"wall": wall, "peak_mb": own, "native_wall": floor,
            "notes": f"{len(g.src):,} directed edges from {roads.featureCount():,} OSM ways (lines layer, WGS 84), "
                     f"{args['units']:,} units ({reached:,} reached), {args['poles']} poles; units -> poles "
                     f"{walls[0]:.1f} s + poles -> units {walls[1]:.1f} s; reference = scipy's dijkstra alone on "
                     f"the same graph, both directions (the floor): ratio {wall / floor:.1f}x; QGIS service area "
                     f"from one point {one:.1f} s, x {args['poles']} poles x 2 directions = {native:,.0f} s "
                     f"(ours {wall / native:.4f}x of it)"}


CASES = {"demoterritory": case_demoterritory, "downloadunits": case_downloadunits, "flowlines": case_flowlines,
         "crossborderflows": case_crossborderflows,
         "intensityrings": case_intensityrings, "attractionrings": case_attractionrings,
         "intensityindex": case_intensityindex, "overlayproposals": case_overlayproposals,
         "accessrings": case_accessrings, "importcommuting": case_importcommuting,
         "importforeign": case_importforeign, "routing": case_routing,
         "potentialrings": case_potentialrings, "servicebasins": case_servicebasins,
         "accessrings_osm": case_accessrings_osm}


def case(name: str, args: dict, data: Path) -> dict:
    start_qgis()
    res = CASES[name](args, data)
    res.setdefault("peak_mb", peak_mb())
    return res


def main() -> int:
    name, args, data = sys.argv[1], json.loads(sys.argv[2]), Path(sys.argv[3])
    if name.startswith("prep:"):
        prep(name[5:], args, data)
        return 0
    print("RESULT " + json.dumps(case(name, args, data)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
