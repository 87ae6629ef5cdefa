"""A human page for the API, rendered on the server from the OpenAPI document itself, so it
cannot drift from what the API does and needs no JavaScript (or third-party script)."""

from functools import lru_cache

from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from drf_spectacular.generators import SchemaGenerator


@lru_cache(maxsize=1)
def _document() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def operations() -> list[dict]:
    """Each GET operation of the document: path, summary, description, parameters."""
    document = _document()
    found = []
    for path, item in document["paths"].items():
        operation = item.get("get")
        if operation:
            found.append(
                {
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "where": p["in"],
                            "description": p.get("description", ""),
                            "values": ", ".join(p.get("schema", {}).get("enum", [])),
                        }
                        for p in operation.get("parameters", [])
                    ],
                    "statuses": sorted(operation.get("responses", {})),
                }
            )
    # The order an analyst needs them in, not the document's alphabetical one.
    order = ["/summary/", "/report/", "/timeseries/", "/funnel/", "/breakdowns/"]

    def rank(operation: dict) -> int:
        return next((i for i, part in enumerate(order) if part in operation["path"]), len(order))

    return sorted(found, key=rank)


@require_safe
def api_docs(request):
    """GET /api/reports/v1/docs/: the endpoints, their parameters and a curl example."""
    return TemplateResponse(
        request,
        "reports/api/docs.html",
        {
            "info": _document()["info"],
            "operations": operations(),
            "base": request.build_absolute_uri("/api/reports/v1/"),
        },
    )
