"""监管看板: the regulator's dashboard for a period (charts drawn by the vendored Apache
ECharts), its JSON twin and its export to xlsx.
"""
from __future__ import annotations

from typing import Any

from starlette.responses import Response

from integrity.report import dashboard_xlsx
from integrity.report.dashboard import dashboard as dashboard_data
from integrity.web.candidates import BadRequest, period_dict, period_of
from integrity.web.views import Context, Routes

routes = Routes()


@routes.page("/dashboard", "read", template="dashboard.html", twin=True)
def dashboard(ctx: Context) -> dict[str, Any] | Response:
    try:
        period = period_of(ctx)
    except BadRequest as error:
        return ctx.error(400, str(error))
    return {"dashboard": _data(ctx, period), "period": period_dict(period)}


def _data(ctx: Context, period) -> dict[str, Any]:
    return ctx.workbench.memo("dashboard", period, lambda: dashboard_data(ctx.db, period), reviews=False)


@routes.page("/dashboard.xlsx", "export")
def export(ctx: Context) -> Response:
    try:
        period = period_of(ctx)
    except BadRequest as error:
        return ctx.error(400, str(error))
    data = ctx.workbench.memo(f"dashboard.xlsx:{ctx.lang}", period,
                              lambda: dashboard_xlsx.workbook(_data(ctx, period), ctx._), reviews=False)
    name = "integrity-dashboard" + "".join(f"-{v}" for v in period_dict(period).values() if v) + ".xlsx"
    return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
