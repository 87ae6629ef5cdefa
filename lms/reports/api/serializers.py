"""JSON shapes of a published ``Report`` (services.Report): read-only, documented in OpenAPI.

A cell is always an object, so a BI tool can tell "fewer than 10" from zero:
``{"value": 120, "display": "120", "suppressed": false, "kind": "count"}``; a suppressed
cell has ``"value": null`` and the text shown on the dashboard in ``display``.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


@extend_schema_field({"type": "number", "nullable": True})
class NumberOrNull(serializers.Field):
    """The published number as is: an integer count, or a percentage/day count; null if hidden."""

    def to_representation(self, value):
        return value


class CellSerializer(serializers.Serializer):
    value = NumberOrNull(help_text="The published number; null when suppressed.")
    display = serializers.CharField(help_text="As shown on the dashboard, e.g. “fewer than 10”.")
    suppressed = serializers.BooleanField()
    kind = serializers.ChoiceField(choices=["count", "percent", "days"])


class FigureSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    definition = serializers.CharField()
    cell = CellSerializer()
    target = serializers.IntegerField(allow_null=True)
    share_of_target = CellSerializer(allow_null=True)


class ColumnSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    kind = serializers.CharField()


class RowSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    cells = CellSerializer(many=True, help_text="One cell per column, in column order.")


class TableSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    dimension = serializers.CharField()
    chart = serializers.CharField()
    note = serializers.CharField()
    columns = ColumnSerializer(many=True)
    rows = RowSerializer(many=True)
    total = RowSerializer(allow_null=True, help_text="Published where the rows add up to it.")


class FiltersSerializer(serializers.Serializer):
    month_from = serializers.CharField(allow_null=True)
    month_to = serializers.CharField(allow_null=True)
    country = serializers.CharField(allow_blank=True)
    programme = serializers.IntegerField(allow_null=True)
    track = serializers.IntegerField(allow_null=True)
    course = serializers.IntegerField(allow_null=True)


class AboutSerializer(serializers.Serializer):
    """What every response states first, as every export does."""

    scope = serializers.ListField(
        child=serializers.CharField(),
        allow_null=True,
        help_text="The caller's countries (ISO codes); null means every country.",
    )
    scope_label = serializers.CharField()
    filters = FiltersSerializer()
    suppression_rule = serializers.CharField()
    extracted_at = serializers.DateTimeField()


class SummarySerializer(serializers.Serializer):
    about = AboutSerializer()
    figures = FigureSerializer(many=True)


class TableResponseSerializer(serializers.Serializer):
    about = AboutSerializer()
    table = TableSerializer()


class ReportSerializer(serializers.Serializer):
    about = AboutSerializer()
    figures = FigureSerializer(many=True)
    tables = TableSerializer(many=True)


class ErrorSerializer(serializers.Serializer):
    """DRF's error body: ``detail``, or the parameter's name with its messages."""

    detail = serializers.CharField(required=False)
