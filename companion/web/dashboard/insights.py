"""Insights: follow-ups per month over the last year, contacts by status and by industry, as SVG."""

from flask import render_template

from companion.contacts import records as contact_service
from companion.web.dashboard import charts
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import STATUS_LABELS, store, today


@bp.get("insights", endpoint="insights")
def insights_page():
    everyone = contact_service.search(store(), on=today())
    months = charts.follow_ups_per_month(store().interactions.all(), today())
    statuses = charts.contacts_by_status(everyone, STATUS_LABELS)
    return render_template(
        "insights.html", contact_count=len(everyone), month_total=sum(m["value"] for m in months),
        months=charts.column_geometry(months, width=960, height=260),
        statuses=charts.bar_shares(statuses),
        industries=charts.bar_shares(charts.contacts_by_industry(everyone)))
