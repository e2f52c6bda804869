"""The chat widget in headless Chromium against the real stack (Rasa + action server + web).

The demo page is served by the web server on WEB_PORT and the widget talks to Rasa on another
port, so every test here also crosses origins (CORS and the socket.io origin check).
Screenshots go to tests/artifacts/ for review.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.stack import ROOT, ProductStack, free_port
from widget_driver import WIDGET, WidgetDriver

# Both: it drives a browser and starts the real Rasa server and action server.
pytestmark = [pytest.mark.browser, pytest.mark.integration]

PATHWAYS = {
    "integrated_ir_plus_dr",
    "dr_then_independent_ir",
    "strengthen_then_apply",
    "recalibrate",
}
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}


@pytest.fixture
def page_factory(browser: Any) -> Iterator[Any]:
    contexts: list[Any] = []

    def new_page(viewport: dict[str, int] = DESKTOP, **options: Any) -> Any:
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        page.errors = []  # uncaught page errors, checked by the tests
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        return page

    yield new_page
    for context in contexts:
        context.close()


def test_full_conversation_over_socketio_survives_a_reload(
    stack: ProductStack, page_factory: Any, artifacts: Path
) -> None:
    page = page_factory()
    page.goto(stack.web_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)

    greeting = chat.open_and_wait_for_greeting()
    assert chat.transport() == "socketio"
    assert any("not an official source" in text for text in greeting)
    assert "Which pathway fits me?" in chat.enabled_replies()

    reply = chat.click_reply("Which pathway fits me?")
    answered = chat.answer_questions(reply)
    assert {how for how, _ in answered} == {"click", "type"}, answered
    # Answer first: at most three facts before the first personal answer.
    assert 2 <= len(answered) <= 3, answered
    session_id = chat.session_id()
    assert session_id is not None and session_id.startswith("web:")

    tracker = stack.tracker(session_id)
    assert tracker["slots"]["recommended_pathway"] in PATHWAYS
    assert tracker["slots"]["applicant_type"] == "non_us_img"
    assert tracker["slots"]["step2ck_score"] == 248
    assert chat.user_texts()[0] == "Which pathway fits me?"  # a button shows its title
    assert page.errors == []
    page.screenshot(path=str(artifacts / "widget-desktop-conversation.png"))

    shown_before = chat.message_count()
    page.reload()
    page.wait_for_selector(f"{WIDGET} >> .msg.bot")
    assert chat.session_id() == session_id
    assert chat.panel_open()  # it was open before the reload
    assert chat.message_count() == shown_before
    assert chat.wait_for_transport() == "socketio"

    # The same conversation goes on: Rasa still knows the facts given before the reload.
    chat.send("What do you know about me?")
    assert chat.session_id() == session_id
    assert "What do you know about me?" in stack.user_texts(session_id)
    assert stack.tracker(session_id)["slots"]["step2ck_score"] == 248
    page.screenshot(path=str(artifacts / "widget-desktop-after-reload.png"))


def test_phone_width_layout(stack: ProductStack, page_factory: Any, artifacts: Path) -> None:
    page = page_factory(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(stack.web_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)
    page.wait_for_selector(f"{WIDGET} >> .launcher")
    page.screenshot(path=str(artifacts / "widget-phone-closed.png"))

    chat.open_and_wait_for_greeting()
    reply = chat.click_reply("Which pathway fits me?")
    if "describes you" in reply[-1]:
        chat.click_reply("Non-US IMG")
    page.screenshot(path=str(artifacts / "widget-phone-open.png"))

    panel = page.locator(f"{WIDGET} >> .panel").bounding_box()
    assert panel is not None
    assert (panel["x"], panel["y"], panel["width"]) == (0, 0, PHONE["width"])
    assert panel["height"] == PHONE["height"]
    # Nothing wider than the screen, and the composer is on screen.
    overflow = page.evaluate(
        f"""() => {{
            const log = document.querySelector('{WIDGET}').shadowRoot.querySelector('.log');
            return log.scrollWidth - log.clientWidth;
        }}"""
    )
    assert overflow <= 0
    send = page.locator(f"{WIDGET} >> .send").bounding_box()
    assert send is not None
    assert send["x"] + send["width"] <= PHONE["width"]
    assert send["y"] + send["height"] <= PHONE["height"]
    font_size = page.evaluate(
        f"() => getComputedStyle(document.querySelector('{WIDGET}').shadowRoot"
        ".querySelector('.bubble')).fontSize"
    )
    assert float(font_size.removesuffix("px")) >= 14


def test_script_in_a_message_is_shown_as_text(stack: ProductStack, page_factory: Any) -> None:
    page = page_factory()
    page.goto(stack.web_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)
    chat.open_and_wait_for_greeting()

    hostile = '<script>window.__advisorXss = 1</script><img src=x onerror="window.__advisorXss=2">'
    chat.send(hostile)

    assert chat.user_texts()[-1] == hostile
    injected = page.evaluate(
        f"""() => {{
            const log = document.querySelector('{WIDGET}').shadowRoot.querySelector('.log');
            return log.querySelectorAll('script, img, iframe').length;
        }}"""
    )
    assert injected == 0
    assert page.evaluate("() => window.__advisorXss") is None
    assert page.errors == []


def test_keyboard_focus_and_aria(stack: ProductStack, page_factory: Any) -> None:
    page = page_factory()
    page.goto(stack.web_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)
    launcher = page.locator(f"{WIDGET} >> .launcher")
    assert launcher.get_attribute("aria-expanded") == "false"
    assert launcher.get_attribute("aria-label") == "Open the IR Match Advisor chat"

    launcher.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(f"{WIDGET} >> .msg.bot", timeout=45_000)
    assert launcher.get_attribute("aria-expanded") == "true"
    dialog = page.get_by_role("dialog", name="IR Match Advisor")
    assert dialog.is_visible()
    log = page.get_by_role("log")
    assert log.get_attribute("aria-live") == "polite"
    focused = page.evaluate(
        f"() => document.querySelector('{WIDGET}').shadowRoot.activeElement?.className"
    )
    assert focused == "input"
    assert page.get_by_label("Your message").is_visible()
    assert "Not official advice" in dialog.inner_text()

    before = len(chat.bot_texts())
    page.keyboard.type("hello")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "([tag, n]) => document.querySelector(tag).shadowRoot"
        ".querySelectorAll('.msg.bot').length > n",
        arg=[WIDGET, before],
        timeout=45_000,
    )
    assert chat.user_texts()[-1] == "hello"
    times = page.locator(f"{WIDGET} >> .msg.user time").all()
    assert times and times[-1].get_attribute("datetime")

    page.keyboard.press("Escape")
    assert not chat.panel_open()
    assert launcher.get_attribute("aria-expanded") == "false"
    focused = page.evaluate(
        f"() => document.querySelector('{WIDGET}').shadowRoot.activeElement?.className"
    )
    assert focused == "launcher"


def test_host_page_styles_do_not_reach_the_widget(stack: ProductStack, page_factory: Any) -> None:
    # bypass_csp: the demo page's policy would (rightly) refuse the hostile stylesheet below.
    page = page_factory(bypass_csp=True)
    page.goto(stack.web_url + "/")
    page.wait_for_selector(f"{WIDGET} >> .launcher")
    # The demo site styles every <button> (uppercase, 20px, orange); add a hostile rule too.
    page.evaluate(
        "() => { const s = document.createElement('link'); s.rel = 'stylesheet';"
        " s.href = 'data:text/css,div,p,span,button{color:red!important;font-family:serif"
        "!important;letter-spacing:9px!important}'; document.head.append(s); }"
    )
    page.click(f"{WIDGET} >> .launcher")
    send = page.locator(f"{WIDGET} >> .send")
    style = send.evaluate(
        "el => { const s = getComputedStyle(el); return [s.textTransform, s.fontSize,"
        " s.color, s.letterSpacing, s.fontFamily]; }"
    )
    assert style[0] == "none"
    assert style[1] == "15px"
    assert style[2] == "rgb(255, 255, 255)"
    assert style[3] == "normal"
    assert style[4].startswith("system-ui")
    # ...and the widget leaves the host page's own buttons alone.
    host_button = page.locator("a.button").evaluate("el => getComputedStyle(el).color")
    assert host_button == "rgb(255, 255, 255)"


def test_rest_fallback_when_socketio_is_unavailable(stack: ProductStack, page_factory: Any) -> None:
    page = page_factory()
    # The socket.io client cannot be loaded (blocked, offline CDN-less proxy, ...).
    page.route("**/socket.io.min.js", lambda route: route.abort())
    page.goto(stack.web_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)

    greeting = chat.open_and_wait_for_greeting()
    assert chat.transport() == "rest"
    assert greeting
    reply = chat.click_reply("Which pathway fits me?")
    assert reply
    session_id = chat.session_id()
    assert session_id is not None
    assert "/ask_pathway" in stack.user_texts(session_id)
    assert page.errors == []


def test_socket_refused_then_rest_used(stack: ProductStack, page_factory: Any) -> None:
    page = page_factory()
    # The client loads but Rasa's socket.io endpoint is unreachable (e.g. a proxy drops it).
    page.route(f"{stack.rasa_url}/socket.io/**", lambda route: route.abort())
    page.goto(stack.web_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)
    chat.open_and_wait_for_greeting()
    assert chat.transport() == "rest"


@pytest.fixture
def foreign_page_url(stack: ProductStack, tmp_path: Path) -> Iterator[str]:
    """The demo page served from an origin Rasa does not allow (another port)."""
    port = free_port()
    env = {**stack.env, "WEB_PORT": str(port)}
    log = (tmp_path / "foreign-web.log").open("wb")
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "advisor"), "web"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=2).is_success:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, "advisor web exited"
            assert time.monotonic() < deadline, "advisor web did not start"
            time.sleep(0.3)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
        log.close()


def test_a_page_on_an_unlisted_origin_cannot_talk_to_rasa(
    stack: ProductStack, page_factory: Any, foreign_page_url: str
) -> None:
    page = page_factory()
    page.goto(foreign_page_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)
    page.click(f"{WIDGET} >> .launcher")
    # socket.io is refused (origin check), then REST is blocked by CORS.
    page.wait_for_selector(
        f"{WIDGET} >> .msg.system:has-text('could not be reached')", timeout=45_000
    )
    assert chat.transport() == "rest"
    assert chat.bot_texts() == []


def test_forget_me_clears_this_browser_after_the_confirmation(
    stack: ProductStack, page_factory: Any
) -> None:
    page = page_factory()
    page.goto(stack.web_url + "/")
    chat = WidgetDriver(page, stack.rasa_url)
    chat.open_and_wait_for_greeting()
    reply = chat.click_reply("Which pathway fits me?")
    # The stack advises on a December day (tests/support/stack.py): the stage is asked first.
    assert "this season's match" in reply[-1].lower()
    reply = chat.click_reply("Not applied yet")
    assert "describes you" in reply[-1].lower()
    chat.click_reply("Non-US IMG")
    old_session = chat.session_id()
    assert old_session is not None
    assert stack.tracker(old_session)["slots"]["applicant_type"] == "non_us_img"

    before = len(chat.bot_texts())
    page.click(f"{WIDGET} >> .forget")
    confirmation = chat._await_reply(before)
    assert confirmation
    page.wait_for_selector(f"{WIDGET} >> .msg.system:has-text('no longer keeps')")
    assert chat.user_texts()[-1] == "Forget me"
    new_session = chat.session_id()
    assert new_session is not None and new_session != old_session
    assert chat.storage("transcript") is None

    # Rasa forgot the old conversation's facts.
    assert stack.tracker(old_session)["slots"].get("applicant_type") is None

    page.reload()
    page.wait_for_selector(f"{WIDGET} >> .msg.bot")  # the greeting of a new conversation
    assert "Non-US IMG" not in chat.user_texts()
    assert chat.session_id() == new_session
