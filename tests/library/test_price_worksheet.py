"""The export price worksheet computes the prices the lesson teaches.

The workbook's formulas are evaluated here (they are plain arithmetic over cell references),
so a wrong formula gives a wrong number, not just a different string.
"""

import ast
import operator
import re
from decimal import Decimal

import pytest

from lms.demo.library import price_worksheet

OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def _arith(node):
    if isinstance(node, ast.Expression):
        return _arith(node.body)
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_arith(node.left), _arith(node.right))
    if isinstance(node, ast.Constant) and isinstance(node.value, Decimal | int | float | str):
        return Decimal(str(node.value))
    raise AssertionError(f"unexpected formula part: {ast.dump(node)}")


def evaluate(sheet, ref: str) -> Decimal:
    value = sheet[ref].value
    if not (isinstance(value, str) and value.startswith("=")):
        return Decimal(str(value))
    text = re.sub(r"\b([A-Z]+[0-9]+)\b", lambda m: f"'{evaluate(sheet, m.group(1))}'", value[1:])
    return _arith(ast.parse(text, mode="eval"))


@pytest.fixture(scope="module")
def sheet():
    return price_worksheet().active


def test_the_inputs_are_where_the_formulas_expect_them(sheet):
    assert sheet["A7"].value == "Your margin"
    assert sheet["A8"].value == "Exchange-rate and risk buffer"
    assert sheet["A11"].value.startswith("Transport to the carrier")
    assert sheet["A16"].value.startswith("Destination handling")


def test_margin_and_buffer_go_on_the_ex_works_price_only(sheet):
    # 1,000 units at 2.50 + 0.20 = 2,700; + 20% margin = 3,240; + 3% buffer = 3,337.20.
    exw = Decimal("3337.20")
    expected = {
        20: exw,
        21: exw + 270,  # FCA at your premises: export clearance only
        22: exw + 300 + 270,  # FCA at a port or FAS: the inland leg too
        23: exw + 300 + 270 + 200 + 1800,  # CPT / CFR
        24: exw + 300 + 270 + 200 + 1800 + 60,  # CIP / CIF
        25: exw + 300 + 270 + 200 + 1800 + 60 + 250,  # DAP at the buyer's place
    }
    for row, total in expected.items():
        assert evaluate(sheet, f"C{row}").quantize(Decimal("0.01")) == total, sheet[f"A{row}"].value
        assert evaluate(sheet, f"B{row}").quantize(Decimal("0.0001")) == (total / 1000).quantize(
            Decimal("0.0001")
        )


def test_pass_through_costs_are_not_inflated(sheet):
    # Doubling the freight quote raises the CIF price by exactly that amount.
    before = evaluate(sheet, "C24")
    sheet["B14"] = 3600
    try:
        assert evaluate(sheet, "C24") - before == 1800
    finally:
        sheet["B14"] = 1800
