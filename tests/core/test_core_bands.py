"""Access bands in minutes are decided on the exact time, with room for floating-point noise only."""
import math

from bassins_plugin.core.network import band_of
from bassins_plugin.core.thresholds import within


def test_band_at_the_limit_and_either_side():
    bands = [10.0, 20.0, 30.0]
    assert band_of(10.0, bands) == 1
    assert band_of(10.0 * (1 - 1e-4), bands) == 1   # t - 0.01 %: within 10 minutes
    assert band_of(10.0 * (1 + 1e-4), bands) == 2   # t + 0.01 %: not within 10, within 20
    assert band_of(30.0 * (1 + 1e-4), bands) is None
    assert band_of(math.inf, bands) is None


def test_time_summed_in_floating_point_reaches_its_band():
    # 0.1 + 0.2 minutes of three edges' times is 0.30000000000000004 in floating point: within 0.3
    t = 0.1 + 0.2
    assert t > 0.3
    assert band_of(t, [0.3, 1.0]) == 1
    assert band_of(0.3001, [0.3, 1.0]) == 2
    assert not within(0.3001, 0.3) and within(0.3, 0.3)
