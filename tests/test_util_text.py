"""Text helpers of vanban.util used by many stages."""
import pytest

from vanban.util import is_upper_line


@pytest.mark.parametrize("line, upper", [
    ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", True),
    ("BÁO CÁO Kết quả", False),                          # 6 capitals, 6 lower-case letters
    ("KẾT QUẢ THỰC HIỆN NĂM 2024 (dự kiến)", False),     # 17 capitals, 6 lower-case: 74 %
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (kèm)", True),  # 28 capitals, 3 lower-case: 90 %
    ("Thực hiện kế hoạch số 12/KH-UBND", False),
    ("II", True), ("I", False), ("123", False), ("", False),
    ("ǅAAAAA", True),                                    # a title-case digraph counts as both cases: 6 of 7
    ("a" * 10 + "A" * 150, True),                        # lower case first, capitals after: 150 of 160
])
def test_is_upper_line(line, upper):
    assert is_upper_line(line) is upper


def test_the_early_decision_agrees_with_counting_the_whole_line():
    # lower-case letters first, capitals after: the first 48 characters alone must not decide too early
    for k in range(0, 60):
        line = "x" * k + "Y" * (160 - k)
        assert is_upper_line(line) is ((160 - k) / 160 >= 0.85), k
