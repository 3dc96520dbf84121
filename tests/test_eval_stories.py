"""`storyline eval stories`: clustering agreement on small cases, and a floor on ECB+ topics 1-35."""
import pytest
from conftest import SHARED

from storyline.evaluate.clusters import compare
from storyline.evaluate.stories import subtopic

ECB = SHARED / "data" / "ecbplus" / "ECB+"


def test_identical_clusterings_score_one_and_a_merge_costs_precision():
    gold = {1: "a", 2: "a", 3: "b", 4: "b"}
    assert compare(gold, {1: "x", 2: "x", 3: "y", 4: "y"})["pairwise_f1"] == 1.0
    merged = compare(gold, {1: "x", 2: "x", 3: "x", 4: "x"})
    assert merged["pairwise_recall"] == 1.0 and merged["pairwise_precision"] == pytest.approx(2 / 6)
    assert merged["ari"] == pytest.approx(0.0) and merged["completeness"] == 1.0


def test_subtopic_of_an_ecbplus_file_name():
    assert subtopic("1_3ecb") == "1ecb" and subtopic("12_10ecbplus") == "12ecbplus"


@pytest.mark.skipif(not ECB.is_dir(), reason=f"ECB+ not found at {ECB}")
def test_floor_on_ecbplus_topics_1_to_35():
    from storyline.evaluate.stories import evaluate

    result = evaluate(ECB)
    # measured 2026-11-22 (threshold 0.2, other-year factor 0.5, split below 0.5 from 12 units):
    # pairwise F1 0.852 (P 0.818, R 0.889), ARI 0.850, V 0.957; since ECB+ tokens are joined as
    # printed ("Dec. 17, 2008": dates now resolve) 0.828 (P 0.778, R 0.884), V 0.953: the
    # ecb/ecbplus halves of a topic (12: two pirate captures) merge or not on small differences;
    # since a leading address and date line date 277 ecbplus reports: 0.826 (P 0.808, R 0.844),
    # V 0.949 (a report 30+ days from a story opens its own: 9ecbplus, March and April 2009);
    # 2026-11-23, with "PUBLISHED: ... / UPDATED: ..." stamps read as page furniture, not live-blog
    # posts, the second look (_refine) and a softer time window (0.7 of the similarity outside it):
    # 0.869 (P 0.811, R 0.935), ARI 0.866, V 0.966; what is left is mostly precision, the two
    # halves of a topic (27: two Internet Explorer patches, 2008 and 2013) whose ecb half is undated
    assert result["pairwise_f1"] >= 0.855
    assert result["v_measure"] >= 0.955
