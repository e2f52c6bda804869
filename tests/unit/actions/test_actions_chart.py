"""action_show_chart: the image as custom data with its alt text, or a question for the score."""

from __future__ import annotations

from actions_helpers import make_tracker, run_action, texts

from actions.chart import ShowChart
from actions.storage import chart_service


def test_the_chart_is_sent_with_its_words(domain, databases):
    tracker = make_tracker(
        "/show_chart", "show_chart", slots={"step2ck_score": 266.0, "ir_publications": 2.0}
    )
    events, messages = run_action(ShowChart(), tracker, domain)
    assert events == []
    assert "does not predict a match" in texts(messages)
    data = next(m["custom"]["data"] for m in messages if m.get("custom"))
    assert data["image"] == f"/charts/{data['chart']}.png"
    assert "yours 266" in data["alt"] and "Publications: yours 2" in data["alt"]
    png = chart_service().png(data["chart"])
    assert png is not None and png.startswith(b"\x89PNG")


def test_without_scores_it_asks_for_one(domain, databases):
    _, messages = run_action(ShowChart(), make_tracker("/show_chart", "show_chart"), domain)
    assert "Step 2 CK score" in texts(messages)
    assert not any(m.get("custom") for m in messages)
