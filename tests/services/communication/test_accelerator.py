"""City-wide batches lean on ReportLab's C accelerator (rl-accel, a dependency)."""

from reportlab.lib import rl_accel


def test_reportlab_uses_its_c_accelerator():
    # rl_accel falls back to pure Python functions when the C module is missing
    assert {"fp_str", "instanceStringWidthTTF", "escapePDF"} <= set(rl_accel._c_funcs)
