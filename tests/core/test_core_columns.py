"""plain_list: every column (numpy numbers, GDAL's bytes, QGIS's NULL) as the plain Python values a feature
holds, whatever path it takes (the numeric fast path and the element-wise one must agree)."""
import numpy as np
import pytest


@pytest.mark.parametrize("column, expected", [
    (np.array([1.5, np.nan, -2.0]), [1.5, None, -2.0]),
    (np.array([3, 0, -7], dtype=np.int32), [3, 0, -7]),
    (np.array([4, 5], dtype=np.uint8), [4, 5]),
    (np.array([True, False]), [True, False]),
    (np.array([b"01004", b"", "Genève".encode()]), ["01004", None, "Genève"]),
    (np.array([1.0, np.nan], dtype=np.float32), [1.0, None]),
    ([np.float64(2.5), np.int64(3), float("nan"), "", "x"], [2.5, 3, None, None, "x"]),
])
def test_plain_values(column, expected):
    from bassins_plugin.core.columns import plain_list

    got = plain_list(column)
    assert got == expected
    # plain Python types only: a QGIS 3.22 sink silently drops a feature holding a numpy value
    assert all(v is None or type(v) in (int, float, bool, str) for v in got)
    assert [type(v) for v in got] == [type(v) for v in expected]


def test_null_and_empty_text(qgis_app):
    from qgis.core import NULL

    from bassins_plugin.core.columns import plain_list

    assert plain_list([NULL, "", "a"]) == [None, None, "a"]
    assert plain_list([NULL, "", "a"], empty_is_null=False) == [None, "", "a"]


def test_text_arrays_and_lists_agree():
    """The same texts as a bytes array, a str array and a list give the same values."""
    from bassins_plugin.core.columns import plain_list

    texts = ["Genève", "", "01004", "Saint-Louis"]
    for empty_is_null, expected in ((True, ["Genève", None, "01004", "Saint-Louis"]), (False, texts)):
        assert plain_list(np.array([t.encode() for t in texts]), empty_is_null) == expected
        assert plain_list(np.array(texts), empty_is_null) == expected
        assert plain_list(list(texts), empty_is_null) == expected
        assert plain_list(np.array(texts, dtype=object), empty_is_null) == expected
