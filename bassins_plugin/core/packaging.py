"""Writing styled layers to a GeoPackage (style as the default style inside it, optional project inside it)
or to PostGIS (styles in the database's layer_styles table).

Names are validated; PostgreSQL identifiers go through QgsDataSourceUri, never
through SQL text built by concatenation.
"""
import datetime
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from typing import List, Optional, Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDataSourceUri,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)
from qgis.PyQt.QtXml import QDomDocument

from .errors import Canceled
from .gdal_io import open_dataset
from .messages import tr

NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class PackagingError(ValueError):
    pass


class LayerClash(PackagingError):
    """Layers of the same name exist and overwriting was not asked for."""


def table_name(layer_name: str) -> str:
    """A safe table name from a layer name: lowercase ASCII letters, digits and underscores."""
    import unicodedata

    text = unicodedata.normalize("NFKD", layer_name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9_]+", "_", text).strip("_") or "layer"
    if text[0].isdigit():
        text = "l_" + text
    return text[:63]


def check_identifier(name: str) -> str:
    if not NAME_RE.match(name or ""):
        raise PackagingError(tr("'{n}' is not a valid name: use letters, digits and '_' (63 characters at most, "
                                "not starting with a digit)").format(n=name))
    return name


def source_name(layer: QgsMapLayer) -> str:
    """The layer's own name in its file when it has one (a GeoPackage layer), else its name in QGIS: two layers
    of one GeoPackage keep their names instead of becoming 'territory' and 'territory_2'."""
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        inner = parts.get("layerName") or ""
        if inner and inner != os.path.splitext(os.path.basename(parts.get("path") or ""))[0]:
            return inner
    return layer.name()


def unique_names(layers: Sequence[QgsMapLayer]) -> List[str]:
    names, seen = [], set()
    for layer in layers:
        base = table_name(source_name(layer))
        name, k = base, 2
        while name in seen:
            name = f"{base}_{k}"
            k += 1
        seen.add(name)
        names.append(name)
    return names


def gpkg_tables(path: str) -> List[str]:
    if not os.path.exists(path):
        return []
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
    except sqlite3.DatabaseError as err:
        raise PackagingError(f"{path} is not a GeoPackage: {err}") from err
    finally:
        con.close()


def style_document(layer: QgsMapLayer) -> QDomDocument:
    doc = QDomDocument()
    layer.exportNamedStyle(doc)
    return doc


def copy_style(source: QgsMapLayer, target: QgsMapLayer) -> None:
    doc = style_document(source)
    target.importNamedStyle(doc)


def drop_gpkg_styles(path: str, table: str) -> None:
    """Remove the saved styles of a table about to be replaced (QGIS would ask in a dialog otherwise)."""
    con = sqlite3.connect(path)
    try:
        exists = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'layer_styles'").fetchone()
        if exists:
            con.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (table,))
            con.commit()
    finally:
        con.close()


def save_default_style(layer: QgsVectorLayer, name: str, description: str) -> None:
    """Save the layer's style as its default in the database. The name must be new for the table: QGIS asks in
    a dialog before replacing a style of the same name (which would block a headless run)."""
    message = layer.saveStyleToDatabase(name, description, True, "")
    if isinstance(message, tuple):
        message = "" if message[0] else message[1]
    if message:
        raise PackagingError(f"style of {name} not saved: {message}")


@dataclass
class Written:
    name: str
    uri: str
    provider: str
    source: QgsMapLayer


def write_gpkg(layers: Sequence[QgsMapLayer], path: str, overwrite: bool, transform_context=None,
               feedback=None) -> List[Written]:
    """Write layers with their styles into a GeoPackage, atomically (a copy is edited, then moved in place)."""
    ctx = transform_context or QgsCoordinateTransformContext()
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise PackagingError(tr("the folder {f} does not exist").format(f=folder))
    if not os.access(folder, os.W_OK):
        raise PackagingError(tr("the folder {f} is not writable").format(f=folder))
    names = unique_names(layers)
    existing = set(t.lower() for t in gpkg_tables(path))
    clashes = [n for n in names if n.lower() in existing]
    if clashes and not overwrite:
        raise LayerClash(tr("these layers already exist in the GeoPackage: {names}; tick 'overwrite' to replace "
                            "them (other layers are kept)").format(names=", ".join(clashes)))
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", dir=folder)
    os.close(fd)
    os.unlink(tmp)
    written: List[Written] = []
    try:
        if os.path.exists(path):
            shutil.copyfile(path, tmp)
        for i, (layer, name) in enumerate(zip(layers, names)):
            if feedback is not None:
                if feedback.isCanceled():
                    raise Canceled()
                feedback.setProgress(100.0 * i / max(1, len(layers)))
            if isinstance(layer, QgsVectorLayer):
                if os.path.exists(tmp):
                    drop_gpkg_styles(tmp, name)
                _write_vector_gpkg(layer, tmp, name, ctx)
                target = QgsVectorLayer(f"{tmp}|layername={name}", name, "ogr")
                if not target.isValid():
                    raise PackagingError(f"layer {name} could not be reopened")
                copy_style(layer, target)
                # GeoPackage's layer_styles declares styleName as TEXT(30); its old styles are dropped before
                save_default_style(target, name[:30], layer.name())
                del target
                written.append(Written(name, f"{path}|layername={name}", "ogr", layer))
            elif isinstance(layer, QgsRasterLayer):
                _write_raster_gpkg(layer, tmp, name)
                written.append(Written(name, f"GPKG:{path}:{name}", "gdal", layer))
            else:
                raise PackagingError(f"{layer.name()}: only vector and raster layers can be packaged")
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return written


def _write_vector_gpkg(layer: QgsVectorLayer, path: str, name: str, ctx) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if os.path.exists(path)
                                    else QgsVectorFileWriter.CreateOrOverwriteFile)
    if hasattr(QgsVectorFileWriter, "writeAsVectorFormatV3"):
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, ctx, options)
    else:  # QGIS < 3.20
        result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, ctx, options)
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.NoError:
        raise PackagingError(f"layer {name} could not be written: {message}")


def _write_raster_gpkg(layer: QgsRasterLayer, path: str, name: str) -> None:
    from osgeo import gdal

    src = layer.source()
    options = ["APPEND_SUBDATASET=YES", f"RASTER_TABLE={name}"] if os.path.exists(path) else [f"RASTER_TABLE={name}"]
    if os.path.exists(path) and name in gpkg_tables(path):
        raise PackagingError(f"raster {name} already exists and GeoPackage rasters cannot be replaced in place")
    source = open_dataset(src, vector=False)
    if source is None:
        raise PackagingError(tr("the raster {n} cannot be read").format(n=name))
    bands = source.RasterCount
    byte = all(source.GetRasterBand(k).DataType == gdal.GDT_Byte for k in range(1, bands + 1))
    source = None
    if bands == 1 and not byte:
        ds = gdal.Translate(path, src, format="GPKG", creationOptions=options, outputType=gdal.GDT_Float32)
    elif byte and bands <= 4:  # an image (grey, RGB, RGBA): stored as PNG tiles, colours kept
        ds = gdal.Translate(path, src, format="GPKG", creationOptions=options + ["TILE_FORMAT=PNG"])
    else:
        raise PackagingError(tr("the raster {n} has {b} bands of numbers: a GeoPackage holds one band of numbers or an "
                                "image of up to 4 bands of 0-255; keep it as a GeoTIFF beside the package").format(
            n=name, b=bands))
    if ds is None:
        raise PackagingError(f"raster {name} could not be written")
    ds = None  # noqa: F841


def write_project(written: Sequence[Written], gpkg_path: str, project_name: str, visibility: Sequence[bool],
                  title: str = "", groups: Optional[Sequence[str]] = None, names: Optional[Sequence[str]] = None,
                  band_labels: Optional[Sequence[str]] = None) -> str:
    """Store a QGIS project inside the GeoPackage that references the written layers with their styles,
    in groups (named in ``groups``, one per layer; '' for none) in the given order. ``names``: the layers'
    names in the project (else their own); ``band_labels``: what a one-band raster's legend says instead of
    GDAL's band name ('Band 1: Height'), '' to leave it."""
    project = QgsProject()
    project.setTitle(title or project_name)
    root = project.layerTreeRoot()
    crs = None
    nodes = {}
    names = names or [item.source.name() for item in written]
    band_labels = band_labels or [""] * len(written)
    for item, visible, group, name, band in zip(written, visibility, groups or [""] * len(written), names,
                                                band_labels):
        parent = root
        if group:
            parent = nodes.get(group)
            if parent is None:
                parent = nodes[group] = root.addGroup(group)
        if item.provider == "ogr":
            layer = QgsVectorLayer(item.uri, name, "ogr")
        else:
            layer = QgsRasterLayer(item.uri, name, "gdal")
        if not layer.isValid():
            raise PackagingError(f"{item.name} cannot be opened from the GeoPackage")
        copy_style(item.source, layer)
        project.addMapLayer(layer, False)
        node = parent.addLayer(layer)
        node.setItemVisibilityChecked(bool(visible))
        if band and isinstance(layer, QgsRasterLayer):
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, band)  # stored in the project's layer tree
        crs = crs or layer.crs()
    if crs is not None:
        project.setCrs(crs)
        extent = _extent_of(project, crs)
        if not extent.isNull():
            # the project opens on the data, not at 1:1 on an empty canvas
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    uri = f"geopackage:{gpkg_path}?projectName={project_name}"
    if not project.write(uri):
        raise PackagingError(f"the project could not be stored in the GeoPackage: {project.error()}")
    return uri


def _extent_of(project: QgsProject, crs) -> QgsRectangle:
    """The extent of the project's vector layers in ``crs``, grown by 5 %."""
    extent = QgsRectangle()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
            continue
        box = layer.extent()
        if layer.crs() != crs:
            box = QgsCoordinateTransform(layer.crs(), crs, project.transformContext()).transformBoundingBox(box)
        if extent.isNull():
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    if not extent.isNull():
        extent.scale(1.05)
    return extent


def write_postgis(layers: Sequence[QgsMapLayer], connection_uri: str, schema: str, overwrite: bool,
                  feedback=None) -> List[Written]:
    """Export vector layers to PostGIS tables and save their styles in layer_styles (as default)."""
    check_identifier(schema)
    names = unique_names(layers)
    for n in names:
        check_identifier(n)
    written: List[Written] = []
    for i, (layer, name) in enumerate(zip(layers, names)):
        if feedback is not None:
            if feedback.isCanceled():
                raise Canceled()
            feedback.setProgress(100.0 * i / max(1, len(layers)))
        if not isinstance(layer, QgsVectorLayer):
            raise PackagingError(f"{layer.name()}: only vector layers can be written to PostGIS")
        uri = QgsDataSourceUri(connection_uri)
        uri.setDataSource(schema, name, "geom" if layer.isSpatial() else "", "", "fid")
        options = {"overwrite": bool(overwrite), "lowercaseFieldNames": True}
        result = QgsVectorLayerExporter.exportLayer(layer, uri.uri(False), "postgres", layer.crs(), False, options)
        code, message = result[0], result[1] if len(result) > 1 else ""
        if code != 0:  # QgsVectorLayerExporter.NoError
            raise PackagingError(f"table {schema}.{name} could not be written: {message}")
        target = QgsVectorLayer(uri.uri(False), name, "postgres")
        if not target.isValid():
            raise PackagingError(f"table {schema}.{name} could not be reopened")
        copy_style(layer, target)
        # a new style name each time (QGIS would open a dialog to overwrite a same-named style);
        # the newest is the default, older ones stay selectable in Layer Properties
        stamp = datetime.datetime.now().strftime("%Y%m%d_%H%M%S_%f")
        save_default_style(target, f"{name}_{stamp}", layer.name())
        written.append(Written(name, uri.uri(False), "postgres", layer))
    return written


def postgis_tables_existing(connection, schema: str, names: Sequence[str]) -> List[str]:
    """Which of the names already exist as tables in the schema (through the connection API)."""
    try:
        tables = {t.tableName() for t in connection.tables(schema)}
    except Exception:  # noqa: BLE001 - schema missing
        return []
    return [n for n in names if n in tables]
