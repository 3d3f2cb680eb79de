"""Dialog defaults for layer inputs: the layer whose fields fit, not the first or the active layer for every input."""
from .conftest import memory_layer, square


def _layers():
    rings = memory_layer("Polygon", "EPSG:2056", ["band:integer", "minutes:double"], [(square(0, 0), [1, 15.0])],
                         "access_rings")
    units = memory_layer("Polygon", "EPSG:2056", ["unit_id:string", "country:string", "p21_actocc:double"],
                         [(square(0, 0), ["FR1", "FR", 10.0])], "units")
    flows = memory_layer("None", "EPSG:2056", ["origin:string", "destination:string", "count:double"],
                         [(None, ["FR1", "CH1", 3.0])], "flows")
    return rings, units, flows


def test_each_input_takes_the_layer_whose_fields_fit(provider):
    from bassins_plugin.processing import base

    rings, units, flows = _layers()
    base.set_layer_source(lambda: [rings, units, flows])  # the Layers panel's order: rings first, as in the issue
    try:
        alg = provider.algorithm("crossborderflows").create()
        alg.initAlgorithm()
        defaults = {p.name(): p.guiDefaultValueOverride() for p in alg.parameterDefinitions()}
    finally:
        base.set_layer_source(None)
    assert defaults["UNITS"] == units.id()
    assert defaults["FLOWS"] == flows.id()  # never the units, whose fields hold no origin/destination/count


def test_no_layer_fits_no_default_and_no_desktop_no_change(provider):
    from bassins_plugin.processing import base

    rings, units, flows = _layers()
    base.set_layer_source(lambda: [rings])
    try:
        alg = provider.algorithm("crossborderflows").create()
        alg.initAlgorithm()
        assert all(p.guiDefaultValueOverride() is None for p in alg.parameterDefinitions()
                   if p.name() in ("UNITS", "FLOWS"))
    finally:
        base.set_layer_source(None)
    alg = provider.algorithm("crossborderflows").create()  # qgis_process: no layer source, nothing read
    alg.initAlgorithm()
    assert all(p.guiDefaultValueOverride() is None for p in alg.parameterDefinitions())
