"""Languages: names and messages are translated; ids, parameter names, fields and stored values are not."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _snapshot(provider):
    out = {}
    for alg in provider.algorithms():
        out[alg.id()] = {
            "name": alg.displayName(), "group": alg.group(), "group_id": alg.groupId(),
            "params": {p.name(): p.description() for p in alg.parameterDefinitions()},
            "enums": {p.name(): len(p.options()) for p in alg.parameterDefinitions() if p.type() == "enum"},
            "outputs": sorted(o.name() for o in alg.outputDefinitions()),
        }
    return out


@pytest.mark.parametrize("code,word", [("fr", "Dessiner les couronnes d'intensité"),
                                       ("de", "Intensitätsringe zeichnen"),
                                       ("it", "Disegna le corone di intensità"),
                                       ("nl", "Intensiteitsringen tekenen")])
def test_names_translated_ids_stable(locale, code, word):
    assert (ROOT / "i18n" / f"bassins_{code}.qm").exists(), "scripts/package.py compiles the translations"
    english = _snapshot(locale("en"))
    translated = _snapshot(locale(code))
    assert translated["bassins:intensityrings"]["name"] == word
    assert set(english) == set(translated)
    changed = 0
    for alg_id, eng in english.items():
        tra = translated[alg_id]
        assert eng["group_id"] == tra["group_id"]
        assert set(eng["params"]) == set(tra["params"])  # parameter names never change
        assert eng["enums"] == tra["enums"]
        assert eng["outputs"] == tra["outputs"]
        changed += sum(1 for k in eng["params"] if eng["params"][k] != tra["params"][k])
    assert changed > 50  # parameter labels really are translated


def test_outputs_identical_in_french(locale, run_alg, tmp_path):
    from .conftest import features, grid_layer

    results = {}
    for code in ("en", "fr"):
        locale(code)
        res, log = run_alg("bassins:intensityrings", {"INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "5;15;30",
                                                      "MODE": 1, "POPULATION": "pop", "OUTPUT": "TEMPORARY_OUTPUT"})
        results[code] = (features(res["OUTPUT"]), log)
    (en, _), (fr, log_fr) = results["en"], results["fr"]
    assert [sorted(a) for a, _ in en] == [sorted(a) for a, _ in fr]  # same field names
    assert [a["level"] for a, _ in en] == [a["level"] for a, _ in fr]
    assert [a["area_km2"] for a, _ in en] == [a["area_km2"] for a, _ in fr]
    assert en[0][0]["label"].startswith("Strong core") and fr[0][0]["label"].startswith("Cœur fort")
    assert "units read" not in log_fr and "unités" in log_fr


def test_translations_complete_and_consistent():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "report"], capture_output=True,
                         text=True, check=True).stdout
    rows = [line.split("|")[1:4] for line in out.splitlines()[2:]]
    for lang, done, total in rows:
        assert int(done) == int(total), f"{lang.strip()}: {done.strip()}/{total.strip()}"
    import re
    for lang in ("fr", "de", "it", "nl"):
        table = json.loads((ROOT / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
        for src, dst in table.items():
            assert sorted(re.findall(r"\{[^}]*\}", src)) == sorted(re.findall(r"\{[^}]*\}", dst)), (lang, src)


def test_help_per_locale(locale):
    from bassins_plugin.processing.base import BassinsAlgorithm
    from bassins_plugin.resources import help_file

    for alg in [a for a in locale("en").algorithms() if isinstance(a, BassinsAlgorithm)]:
        for code in ("en", "fr", "de", "it", "nl"):
            path = help_file(alg.name(), code)
            assert path is not None and f"/{code}/" in str(path), (alg.name(), code)
    fr = help_file("intensityrings", "fr")
    assert fr is not None and "/fr/" in str(fr)


def test_core_errors_translated(locale, run_alg):
    from qgis.core import QgsProcessingException

    from .conftest import grid_layer

    locale("fr")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("bassins:intensityrings", {"INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "30;15",
                                           "OUTPUT": "TEMPORARY_OUTPUT"})
    text = str(err.value)
    assert "THRESHOLDS" in text and "strictement croissants" in text
    # a core message whose tr is imported inside the function (potential.masses_of)
    negative = grid_layer(values=[[-5.0, 10.0], [20.0, 30.0]])
    with pytest.raises(QgsProcessingException) as err:
        run_alg("bassins:potentialrings", {"INPUT": negative, "NUMERATOR": "share", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "NUMERATOR" in str(err.value) and "les valeurs doivent être ≥ 0 (trouvé -5)" in str(err.value)


def test_help_has_the_same_content_in_every_language():
    """Each algorithm's help has, in all five languages, the sections (h3), list items and code names of the
    English one: a language cannot fall behind (as German, Italian and Dutch once had)."""
    import re

    help_dir = ROOT / "bassins_plugin" / "help"
    for english in sorted((help_dir / "en").glob("*.html")):
        text = english.read_text(encoding="utf-8")
        shape = (text.count("<h3>"), text.count("<li>"))
        codes = set(re.findall(r"<code>([A-Za-z_][A-Za-z0-9_]*)</code>", text))
        for lang in ("fr", "de", "it", "nl"):
            other = (help_dir / lang / english.name).read_text(encoding="utf-8")
            assert (other.count("<h3>"), other.count("<li>")) == shape, f"{lang}/{english.name}"
            missing = codes - set(re.findall(r"<code>([A-Za-z_][A-Za-z0-9_]*)</code>", other))
            assert not missing, f"{lang}/{english.name} lacks {sorted(missing)}"


def test_german_wording_is_the_glossarys():
    """The German terms settled once in i18n/GLOSSARY.md (Einheit, Stromtabelle, bündeln) are the only ones used,
    in the translations and in the help pages."""
    avoided = ("Gebietseinheit", "Tabelle der Ströme", "verpack", "Verpack")
    texts = list(json.loads((ROOT / "i18n" / "de.json").read_text(encoding="utf-8")).values())
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "bassins_plugin" / "help" / "de").glob("*.html")]
    found = sorted({word for text in texts for word in avoided if word in text})
    assert found == []
    glossary = (ROOT / "i18n" / "GLOSSARY.md").read_text(encoding="utf-8")
    assert "| Einheit (Gemeinde) |" in glossary and "Stromtabelle" in glossary and "bündeln" in glossary
