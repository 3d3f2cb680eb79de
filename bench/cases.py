#!/usr/bin/env python3
"""One benchmark case in its own process: cases.py NAME JSON_ARGS DATA_DIR -> prints 'RESULT {json}'.

NAME 'prep:<what>' prepares inputs (untimed, separate process)."""
import json
import resource
import subprocess  # nosec B404
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")


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


def ensure(data: Path, what: str, args: dict) -> None:
    """Prepare an input in a separate process if it is not cached."""
    target = data / target_name(what, args)
    if target.exists():
        return
    proc = subprocess.run([sys.executable, __file__, f"prep:{what}", json.dumps(args), str(data)],  # nosec B603
                          capture_output=True, text=True)
    if proc.returncode != 0 or not target.exists():
        raise RuntimeError(f"preparing {what} failed: {proc.stderr[-2000:]}")


def target_name(what: str, args: dict) -> str:
    if what == "demo":
        return f"demo_{args['units']}.gpkg"
    if what == "indicators":
        return f"indicators_{args['units']}.gpkg"
    if what == "flows":
        return f"flows_{args['units']}_{args['flows']}.gpkg"
    if what == "rings":
        return f"rings_{args['units']}.gpkg"
    if what == "proposals":
        return f"proposals_{args['units']}_{args['proposals']}.gpkg"
    if what == "insee":
        return f"insee_detail_dcflt_{args['rows']}.csv"
    if what == "network":
        return f"network_{args['units']}_{args['edges']}_{args['poles']}.gpkg"
    raise ValueError(what)


def prep(what: str, args: dict, data: Path) -> None:
    import processing

    start_qgis()
    n = args.get("units", 0)
    target = data / target_name(what, args)
    tmp = target.with_suffix(".part" + target.suffix)
    if tmp.exists():
        tmp.unlink()
    if what == "demo":
        processing.run("bassins:demoterritory", {
            "UNITS_COUNT": n, "COUNTRIES": "FR;CH", "SEED": 1, "UNITS": str(tmp),
            "FLOWS": str(data / f"demo_{n}_flows.gpkg"), "POLES": "TEMPORARY_OUTPUT",
            "PROPOSALS": "TEMPORARY_OUTPUT", "PROPOSAL_LINES": "TEMPORARY_OUTPUT"})
    elif what == "indicators":
        ensure(data, "demo", {"units": n})
        demo = data / target_name("demo", {"units": n})
        processing.run("bassins:crossborderflows", {
            "UNITS": str(demo), "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active",
            "FLOWS": str(data / f"demo_{n}_flows.gpkg"), "ORIGIN": "origin", "DESTINATION": "destination",
            "COUNT": "count", "THEME": "theme", "OUTPUT": str(tmp)})
    elif what == "rings":
        ensure(data, "indicators", {"units": n})
        processing.run("bassins:intensityrings", {
            "INPUT": str(data / target_name("indicators", {"units": n})), "FIELD": "cb_share",
            "THRESHOLDS": "5;15;30", "POPULATION": "population", "COUNTRY": "country", "OUTPUT": str(tmp)})
    elif what == "proposals":
        import numpy as np
        from osgeo import ogr, osr

        ensure(data, "demo", {"units": n})
        ds = ogr.Open(str(data / target_name("demo", {"units": n})))
        xmin, xmax, ymin, ymax = ds.GetLayer(0).GetExtent()
        ds = None
        rng = np.random.default_rng(1)
        m = args["proposals"]
        out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(3035)
        layer = out.CreateLayer("proposals", srs, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("title", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("theme", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("reach_m", ogr.OFTReal))
        layer.StartTransaction()
        themes = ["health", "mobility", "public_services", "employment_training"]
        for i in range(m):
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
    elif what == "network":
        import numpy as np
        from osgeo import ogr, osr

        ensure(data, "demo", {"units": n})
        ds = ogr.Open(str(data / target_name("demo", {"units": n})))
        xmin, xmax, ymin, ymax = ds.GetLayer(0).GetExtent()
        ds = None
        rng = np.random.default_rng(3)
        side = int(np.ceil(np.sqrt(args["edges"] / 2)))
        xs = np.linspace(xmin, xmax, side)
        ys = np.linspace(ymin, ymax, side)
        jx = rng.uniform(-0.3, 0.3, (side, side)) * (xs[1] - xs[0])
        jy = rng.uniform(-0.3, 0.3, (side, side)) * (ys[1] - ys[0])
        out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(3035)
        roads = out.CreateLayer("roads", srs, ogr.wkbLineString)
        roads.CreateField(ogr.FieldDefn("speed_kmh", ogr.OFTReal))
        roads.StartTransaction()
        count = 0
        for i in range(side):
            for j in range(side):
                for di, dj in ((1, 0), (0, 1)):
                    if i + di >= side or j + dj >= side or count >= args["edges"]:
                        continue
                    f = ogr.Feature(roads.GetLayerDefn())
                    f.SetField(0, float(rng.choice([30.0, 50.0, 70.0, 90.0])))
                    line = ogr.Geometry(ogr.wkbLineString)
                    line.AddPoint_2D(float(xs[i] + jx[i, j]), float(ys[j] + jy[i, j]))
                    line.AddPoint_2D(float(xs[i + di] + jx[i + di, j + dj]), float(ys[j + dj] + jy[i + di, j + dj]))
                    f.SetGeometry(line)
                    roads.CreateFeature(f)
                    count += 1
        roads.CommitTransaction()
        poles = out.CreateLayer("poles", srs, ogr.wkbPoint)
        poles.CreateField(ogr.FieldDefn("pid", ogr.OFTString))
        poles.StartTransaction()
        for k in range(args["poles"]):
            f = ogr.Feature(poles.GetLayerDefn())
            f.SetField(0, f"P{k}")
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(float(rng.uniform(xmin, xmax)), float(rng.uniform(ymin, ymax)))
            f.SetGeometry(pt)
            poles.CreateFeature(f)
        poles.CommitTransaction()
        out = None
    elif what == "insee":
        import numpy as np

        rng = np.random.default_rng(5)
        rows = args["rows"]
        communes = np.array([f"{d:02d}{c:03d}" for d in (1, 67, 68, 74, 57) for c in range(1, 400)])
        with open(tmp, "w", encoding="utf-8") as fh:
            from bassins_plugin.core.foreign import shipped_names

            coded = np.array(sorted(shipped_names()))[:2000]  # real DCFLT codes: workplaces abroad
            country = {"AL": "99109", "BE": "99131", "LU": "99137", "SU": "99140", "MO": "99138"}
            fh.write("COMMUNE;ARM;DCLT;DCFLT;ILT;IPONDI;SEXE;AGEREVQ\n")
            block = 500_000
            for start in range(0, rows, block):
                k = min(block, rows - start)
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
    elif what == "flows":
        import numpy as np
        from osgeo import ogr

        ensure(data, "demo", {"units": n})
        demo = data / target_name("demo", {"units": n})
        ds = ogr.Open(str(demo))
        lyr = ds.GetLayer(0)
        ids = [f.GetField("unit_id") for f in lyr]
        ds = None
        rng = np.random.default_rng(0)
        m = args["flows"]
        origins = rng.integers(0, len(ids), m)
        dests = rng.integers(0, len(ids), m)
        counts = rng.integers(1, 50, m)
        themes = np.array(["work", "study", "health", "shopping"])[rng.integers(0, 4, m)]
        drv = ogr.GetDriverByName("GPKG")
        out = drv.CreateDataSource(str(tmp))
        layer = out.CreateLayer("flows", geom_type=ogr.wkbNone)
        for name, kind in (("origin", ogr.OFTString), ("destination", ogr.OFTString), ("count", ogr.OFTInteger),
                           ("theme", ogr.OFTString)):
            layer.CreateField(ogr.FieldDefn(name, kind))
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
    tmp.rename(target)


def best_of(fn, repeat: int) -> float:
    """Best wall time of several runs (the first run also pays for opening files)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def case(name: str, args: dict, data: Path) -> dict:
    import processing

    n = args.get("units", 0)
    notes = ""
    native = None
    own_peak = None
    if name == "demoterritory":
        start_qgis()
        out = data / f"bench_demo_{n}.gpkg"
        if out.exists():
            out.unlink()
        t0 = time.perf_counter()
        processing.run("bassins:demoterritory", {
            "UNITS_COUNT": n, "COUNTRIES": "FR;CH", "SEED": 2, "UNITS": str(out),
            "FLOWS": "TEMPORARY_OUTPUT", "POLES": "TEMPORARY_OUTPUT", "PROPOSALS": "TEMPORARY_OUTPUT",
            "PROPOSAL_LINES": "TEMPORARY_OUTPUT"})
        wall = time.perf_counter() - t0
        notes = "units written to GeoPackage"
    elif name == "crossborderflows":
        ensure(data, "flows", args)
        start_qgis()
        demo = data / target_name("demo", {"units": n})
        flows = data / target_name("flows", args)
        t0 = time.perf_counter()
        processing.run("bassins:crossborderflows", {
            "UNITS": str(demo), "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active",
            "FLOWS": str(flows), "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count",
            "THEME": "theme", "OUTPUT": "TEMPORARY_OUTPUT"})
        wall = time.perf_counter() - t0
        notes = "flows from GeoPackage, 4 themes; no native equivalent"
    elif name in ("intensityrings", "intensityindex"):
        ensure(data, "indicators", {"units": n})
        start_qgis()
        ind = data / target_name("indicators", {"units": n})
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(str(ind), "ind", "ogr")
        layer.getFeatures()  # open
        if name == "intensityrings":
            def ours():
                processing.run("bassins:intensityrings", {
                    "INPUT": layer, "FIELD": "cb_share", "THRESHOLDS": "5;15;30", "POPULATION": "population",
                    "COUNTRY": "country", "OUTPUT": "TEMPORARY_OUTPUT"})

            def chain():
                for t in (30, 15, 5):
                    ext = processing.run("native:extractbyexpression", {
                        "INPUT": layer, "EXPRESSION": f'"cb_share" >= {t}', "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
                    processing.run("native:dissolve", {"INPUT": ext, "FIELD": [], "OUTPUT": "TEMPORARY_OUTPUT"})

            wall, native = best_of(ours, 3), best_of(chain, 3)
            notes = "3 nested levels, best of 3; native = extract by expression + dissolve per threshold"
        else:
            t0 = time.perf_counter()
            processing.run("bassins:intensityindex", {
                "INPUT": layer, "FIELDS": ["cb_share", "cb_out_work", "cb_out_health"], "THRESHOLDS": "5;15;30",
                "COMBINE": 3, "K": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
            wall = time.perf_counter() - t0
            notes = "3 indicators, rule at_least_k"
    elif name == "overlayproposals":
        ensure(data, "rings", {"units": n})
        ensure(data, "proposals", args)
        start_qgis()
        from qgis.core import QgsVectorLayer

        units = QgsVectorLayer(str(data / target_name("demo", {"units": n})), "units", "ogr")
        rings = QgsVectorLayer(str(data / target_name("rings", {"units": n})), "rings", "ogr")
        props = QgsVectorLayer(str(data / target_name("proposals", args)), "props", "ogr")

        def ours():
            processing.run("bassins:overlayproposals", {
                "PROPOSALS": props, "THEME": "theme", "RINGS": rings, "LEVEL": "level", "UNITS": units,
                "POPULATION": "population", "REACH": 2000, "GAP_LEVEL": 1, "OUTPUT": "TEMPORARY_OUTPUT",
                "SUMMARY": "TEMPORARY_OUTPUT", "GAPS": "TEMPORARY_OUTPUT"})

        from qgis.core import QgsApplication

        summary_id = ("native:joinbylocationsummary"
                      if QgsApplication.processingRegistry().algorithmById("native:joinbylocationsummary")
                      else "qgis:joinbylocationsummary")

        def chain():
            buf = processing.run("native:buffer", {"INPUT": props, "DISTANCE": 2000, "SEGMENTS": 12,
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            j1 = processing.run(summary_id, {
                "INPUT": buf, "JOIN": rings, "PREDICATE": [0], "JOIN_FIELDS": ["level"], "SUMMARIES": [3],
                "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            processing.run(summary_id, {
                "INPUT": j1, "JOIN": units, "PREDICATE": [0], "JOIN_FIELDS": ["population"], "SUMMARIES": [5],
                "OUTPUT": "TEMPORARY_OUTPUT"})

        wall, native = best_of(ours, 1), best_of(chain, 1)
        notes = ("reach 2000 m; ours also gives shares per level, area-weighted population, summary and gaps; "
                 "native = buffer + join by location summary (rings: min level) + (units: sum population, "
                 "not area-weighted)")
    elif name == "accessrings":
        ensure(data, "network", args)
        start_qgis()
        from qgis.core import QgsVectorLayer

        net_path = data / target_name("network", args)
        roads = QgsVectorLayer(f"{net_path}|layername=roads", "roads", "ogr")
        poles = QgsVectorLayer(f"{net_path}|layername=poles", "poles", "ogr")
        units = QgsVectorLayer(str(data / target_name("demo", {"units": n})), "units", "ogr")
        t0 = time.perf_counter()
        processing.run("bassins:accessrings", {
            "NETWORK": roads, "SPEED_FIELD": "speed_kmh", "POLES": poles, "POLE_ID": "pid", "UNITS": units,
            "UNIT_ID": "unit_id", "COUNTRY": "country", "BANDS": "15;30;45", "BORDER_PENALTY": 0,
            "SNAP_TOLERANCE": 5000, "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_RINGS": "TEMPORARY_OUTPUT"})
        wall = time.perf_counter() - t0
        own_peak = peak_mb()  # before the native chain runs in the same process
        # native "Service area (from layer)": it rebuilds the graph at each call, then runs one search per start
        # point; measured for 1 pole and for `sub` poles in one call (45 min), the per-pole cost gives the
        # estimate for all poles and 3 bands. The joins of units to the service areas come on top (not timed).
        sub = args.get("native_poles", 20)

        def service_area(n_poles):
            few = processing.run("native:extractbyexpression", {
                "INPUT": poles, "EXPRESSION": f"$id <= {n_poles}", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            t = time.perf_counter()
            processing.run("native:serviceareafromlayer", {
                "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed_kmh", "DEFAULT_SPEED": 50, "TOLERANCE": 0,
                "START_POINTS": few, "TRAVEL_COST2": 45 * 60, "INCLUDE_BOUNDS": False,
                "OUTPUT_LINES": "TEMPORARY_OUTPUT"})
            return time.perf_counter() - t

        t_one, t_sub = service_area(1), service_area(sub)
        per_pole = max(0.0, (t_sub - t_one) / (sub - 1))
        native = 3 * (t_one + per_pole * (args["poles"] - 1))
        notes = (f"{args['edges']:,} edges, {args['poles']} poles, 3 bands; native = service area (from layer): "
                 f"{t_one:.1f} s for 1 pole, {t_sub:.1f} s for {sub} poles in one call, estimated for "
                 f"{args['poles']} poles x 3 bands, joins not included (they give neither times nor poles)")
    elif name == "importcommuting":
        ensure(data, "insee", args)
        start_qgis()
        path = data / target_name("insee", args)
        from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

        from bassins_plugin.core.foreign import country_of_code, shipped_names

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
        import tempfile

        out = tempfile.mkdtemp()
        t0 = time.perf_counter()
        processing.run("bassins:importcommuting", {"INPUT": str(path), "DEPARTMENTS": "74;01;67",
                                                   "FOREIGN_UNITS": lau, "OUTPUT": f"{out}/flows.gpkg",
                                                   "OUTPUT_RESIDENTS": f"{out}/residents.gpkg"})
        wall = time.perf_counter() - t0
        notes = (f"detail file of {args['rows']:,} rows with DCFLT ({path.stat().st_size / 1e6:.0f} MB), 3 "
                 f"departments kept, decoded and matched to 2,000 foreign units, flows and residents to GeoPackages")
    elif name == "potentialrings":
        ensure(data, "demo", {"units": n})
        start_qgis()
        import numpy as np
        from qgis.core import QgsVectorLayer

        from bassins_plugin.core import potential as pot

        demo = data / target_name("demo", {"units": n})
        layer = QgsVectorLayer(str(demo), "units", "ogr")
        ext = layer.extent()
        cells = args.get("cells", 1000)
        res_m = max(ext.width(), ext.height()) / cells
        t0 = time.perf_counter()
        processing.run("bassins:potentialrings", {
            "INPUT": layer, "NUMERATOR": "cb_workers", "DENOMINATOR": "active", "FUNCTION": 0, "SPAN": 10000,
            "BETA": 2, "RESOLUTION": res_m, "THRESHOLDS": "5;15;30", "OUTPUT": "TEMPORARY_OUTPUT"})
        wall = time.perf_counter() - t0
        pts = [f.geometry().pointOnSurface().asPoint() for f in layer.getFeatures()]
        xs, ys = np.array([p.x() for p in pts]), np.array([p.y() for p in pts])
        m = np.array([f["cb_workers"] for f in layer.getFeatures()], dtype=float)
        grid = pot.make_grid(ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum(), res_m)
        t1 = time.perf_counter()
        pot.potential(xs, ys, [m, m], grid, "exponential", 10000, 2.0, method="direct")
        native = time.perf_counter() - t1
        notes = (f"grid {grid.nx}x{grid.ny}, exponential beta 2; 'native' column = exact direct summation "
                 f"(same grid, 2 masses), no QGIS native equivalent")
    else:
        raise ValueError(name)
    res = {"wall": wall, "peak_mb": own_peak if own_peak is not None else peak_mb(), "notes": notes}
    if native is not None:
        res["native_wall"] = native
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
