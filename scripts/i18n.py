#!/usr/bin/env python3
"""Translations: extract every string a person reads, write i18n/bassins_<lang>.ts, report completeness.

    scripts/i18n.py update     # extract strings, merge i18n/<lang>.json translations into the .ts files
    scripts/i18n.py report     # finished / total per language
    scripts/i18n.py missing fr # the English sources still without a French translation
    scripts/i18n.py add F.tsv  # merge translations: English<TAB>fr<TAB>de<TAB>it<TAB>nl per line, then update

Strings are found with Python's ast (pylupdate5 does not see module-level tr() helpers):
``self.tr("...")`` inside a class (context = the class name), ``QCoreApplication.translate("ctx", "...")``,
and ``tr("...")`` in modules whose ``def tr`` calls ``QCoreApplication.translate("ctx", text)``.
Translations live in ``i18n/<lang>.json`` ({English source: translation}), one per language,
so the same phrase is translated the same way everywhere (see i18n/GLOSSARY.md).
"""
import ast
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "bassins_plugin"
I18N = ROOT / "i18n"
LANGS = ("fr", "de", "it", "nl")


def _module_tr_context(tree: ast.Module):
    # the core's tr may be imported inside a function (to keep QGIS out of the module's import)
    if any(isinstance(node, ast.ImportFrom) and (node.module or "").endswith("messages")
           and any(alias.name == "tr" for alias in node.names) for node in ast.walk(tree)):
        return "Core"
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") == "translate" and sub.args:
                    first = sub.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        return first.value
    return None


def _call_source(child, cls, module_ctx):
    """(context, string node) of a translatable call, or (None, None)."""
    func, args = child.func, child.args
    if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
            and func.value.id == "self" and cls and args:
        return cls, args[0]
    if isinstance(func, ast.Attribute) and func.attr == "translate" and len(args) >= 2 \
            and isinstance(args[0], ast.Constant):
        return args[0].value, args[1]
    if isinstance(func, ast.Name) and func.id == "tr" and module_ctx and args:
        return module_ctx, args[0]
    return None, None


def _output_labels(child, cls, rel, found):
    """Labels of a class's OUTPUTS table (Output("label", …)): translated with the class as context."""
    if not (cls and isinstance(child, ast.Assign) and any(getattr(t, "id", "") == "OUTPUTS" for t in child.targets)
            and isinstance(child.value, ast.Dict)):
        return
    for value in child.value.values:
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "Output" and value.args \
                and isinstance(value.args[0], ast.Constant) and isinstance(value.args[0].value, str):
            found.setdefault((cls, value.args[0].value), f"{rel}:{value.lineno}")


def _visit(node, cls, module_ctx, rel, found):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _visit(child, child.name, module_ctx, rel, found)
            continue
        _output_labels(child, cls, rel, found)
        if isinstance(child, ast.Call):
            ctx, text = _call_source(child, cls, module_ctx)
            if ctx and isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.setdefault((ctx, text.value), f"{rel}:{child.lineno}")
        _visit(child, cls, module_ctx, rel, found)


def extract():
    """[(context, source, file:line)] in a stable order."""
    found = {}
    for path in sorted(list(PACKAGE.rglob("*.py")) + list((ROOT / "processing_scripts").glob("*.py"))):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        _visit(tree, None, _module_tr_context(tree), path.relative_to(ROOT).as_posix(), found)
    return [(c, s, loc) for (c, s), loc in found.items()]


def load(lang):
    path = I18N / f"{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save(lang, table):
    (I18N / f"{lang}.json").write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")


def write_ts(lang, strings, table):
    by_ctx = {}
    for ctx, src, loc in strings:
        by_ctx.setdefault(ctx, []).append((src, loc))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}" sourcelanguage="en">']
    done = 0
    for ctx in sorted(by_ctx):
        lines.append("<context>")
        lines.append(f"    <name>{escape(ctx)}</name>")
        for src, loc in sorted(by_ctx[ctx]):
            file, line = loc.rsplit(":", 1)
            tr = table.get(src)
            lines.append("    <message>")
            lines.append(f'        <location filename="../{escape(file)}" line="{line}"/>')
            lines.append(f"        <source>{escape(src)}</source>")
            if tr:
                lines.append(f"        <translation>{escape(tr)}</translation>")
                done += 1
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    (I18N / f"bassins_{lang}.ts").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return done


def report(strings):
    sources = {s for _, s, _ in strings}
    rows = []
    for lang in LANGS:
        table = load(lang)
        done = sum(1 for _, s, _ in strings if table.get(s))
        rows.append((lang, done, len(strings), len([s for s in sources if not table.get(s)])))
    return rows


def add(path: str) -> int:
    """Merge a TSV of translations (English, then one column per language in LANGS order)."""
    rows = [line.rstrip("\n").split("\t") for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    bad = [r[0] for r in rows if len(r) != 1 + len(LANGS)]
    if bad:
        print("rows without a column per language:", bad)
        return 1
    for k, lang in enumerate(LANGS, start=1):
        table = load(lang)
        for row in rows:
            table[row[0]] = row[k]
        save(lang, table)
    print(f"{len(rows)} strings added in {len(LANGS)} languages")
    return main(["", "update"])


def main(argv):
    cmd = argv[1] if len(argv) > 1 else "update"
    strings = extract()
    if cmd == "update":
        sources = {s for _, s, _ in strings}
        for lang in LANGS:
            table = {k: v for k, v in load(lang).items() if k in sources}  # strings the code no longer has go
            save(lang, table)
            done = write_ts(lang, strings, table)
            print(f"{lang}: {done}/{len(strings)} finished")
    elif cmd == "report":
        print("| language | finished | total |")
        print("|---|---|---|")
        for lang, done, total, _ in report(strings):
            print(f"| {lang} | {done} | {total} |")
    elif cmd == "missing":
        table = load(argv[2])
        for src in sorted({s for _, s, _ in strings}):
            if not table.get(src):
                print(json.dumps(src, ensure_ascii=False))
    elif cmd == "add":
        return add(argv[2])
    elif cmd == "sources":
        print(json.dumps(sorted({s for _, s, _ in strings}), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
