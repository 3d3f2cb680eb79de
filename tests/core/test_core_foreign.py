"""core.foreign on its own: names, keys, matching (no Processing)."""
from bassins_plugin.core import foreign


def test_country_of_code():
    assert foreign.country_of_code("SUC1L") == "CH" and foreign.country_of_code("AL3FG") == "DE"
    assert foreign.country_of_code("MO001") == "MC" and foreign.country_of_code("99999") is None
    assert foreign.country_of_code("ZZZZZ") is None and foreign.country_of_code("74012") is None


def test_name_keys_fold_case_accents_qualifiers_and_saints():
    assert foreign.name_keys("Genève") == foreign.name_keys("GENEVE")
    assert foreign.name_keys("AESCH (ZH)")[0] == "AESCHZH" and foreign.name_keys("AESCH (ZH)")[1] == "AESCH"
    assert foreign.name_keys("ST. INGBERT")[1] == foreign.name_keys("Sankt Ingbert")[1]
    assert foreign.name_keys("DILLINGEN/ SAAR")[1] == foreign.name_keys("Dillingen/Saar")[1]
    assert foreign.name_keys("BUERCHAU")[2] == foreign.name_keys("Bürchau")[2]


def test_matcher_strictest_key_first_and_ambiguity():
    m = foreign.NameMatcher(["1", "2", "3"], ["Aesch (ZH)", "Aesch (BL)", "Basel"], ["CH", "CHE", "Suisse"])
    assert m.countries == {"CH"}
    assert m.find("AESCH (ZH)", "CH") == ("1", "matched")
    assert m.find("AESCH", "CH") == (None, "ambiguous")
    assert m.find("BALE", "CH") == (None, "unmatched")
    assert m.find("BASEL", "DE") == (None, "unmatched")  # same name, other country


def test_shipped_list_has_every_code():
    names = foreign.shipped_names()
    assert len(names) == 4707 - 2  # 99999 and ZZZZZ are not places abroad
    assert names["SUC1L"] == "GENEVE"
