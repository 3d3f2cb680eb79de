"""core.compare: pairing and Jaccard by hand."""
from bassins_plugin.core.compare import compare


def test_one_to_one_pairing_and_jaccard():
    status, rows = compare(["a", "a", None, "b", "b"], ["X", "X", "X", "Y", None], [1, 2, 3, 4, 5])
    assert status == ["agree", "agree", "only_official", "agree", "only_ours"]
    by = {(r.ours, r.official): r for r in rows}
    assert by[("a", "X")].jaccard == 2 / 3 and by[("a", "X")].pop_official_only == 3
    assert by[("b", "Y")].units_both == 1 and by[("b", "Y")].pop_ours_only == 5
