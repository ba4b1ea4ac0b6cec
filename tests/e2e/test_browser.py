"""The web page in a real browser (Debian's Chromium): what a person sees through a whole interview."""

from __future__ import annotations

import re

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips these tests (or fails them in CI) and says why
    expect = None

LABEL = "Describe what is happening, in your own words"
EYELID = ("My right upper eyelid has been flickering for three days. I drink a lot of coffee. "
          "Do I need an MRI?")
STROKE = "my face suddenly droops on the left and I can't lift my arm"
PHONE = {"width": 375, "height": 740}


@pytest.fixture
def page(browser, server):
    """A fresh page; afterwards, every request it made must have stayed on the server (no CDN)."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    requested: list[str] = []
    opened.on("request", lambda request: requested.append(request.url))
    yield opened
    context.close()
    outside = [url for url in requested if not url.startswith(server.url)]
    assert not outside, f"the page fetched from outside the server: {outside}"


def wait_for_turn(page, question_number: int) -> None:
    """Wait until the page shows question ``question_number`` or the result."""
    page.wait_for_function(
        """n => !document.getElementById('result').hidden ||
                (!document.getElementById('question').hidden &&
                 document.getElementById('question-step').textContent === 'Question ' + n &&
                 document.getElementById('question').getAttribute('aria-busy') !== 'true')""",
        arg=question_number)


def result_visible(page) -> bool:
    return page.locator("#result").is_visible()


def test_full_interview_ends_in_the_answer(page, server, screenshots):
    page.goto(server.url + "/")
    expect(page).to_have_title(re.compile("twitchcheck"))
    page.get_by_label(LABEL).fill(EYELID)
    page.screenshot(path=screenshots / "01-describe.png", full_page=True)
    page.get_by_role("button", name="Continue").click()

    asked = []
    for number in range(1, 10):
        wait_for_turn(page, number)
        if result_visible(page):
            break
        question = page.locator("#question-text")
        expect(question).to_be_focused()
        asked.append(question.inner_text())
        expect(page.get_by_role("group", name=asked[-1])).to_be_visible()
        page.screenshot(path=screenshots / f"02-question-{number}.png", full_page=True)
        page.get_by_role("button", name="No", exact=True).click()
    assert asked, "the eyelid description should lead to at least one follow-up question"
    assert len(set(asked)) == len(asked), f"a question was asked twice: {asked}"

    expect(page.locator("#result-heading")).to_be_focused()
    triage = page.locator("#triage")
    expect(triage).to_be_visible()
    expect(triage).to_contain_text("Self-care is reasonable for now")
    expect(triage).to_have_attribute("data-level", "self_care")
    expect(triage.locator("svg.icon")).to_have_count(1)
    assert triage.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(220, 252, 231)"
    # the triage level comes first: above the answer, the differential, the MRI advice and the references
    tops = [page.locator(s).bounding_box()["y"] for s in
            ("#triage", "#answer-text", "#differential", "#mri", "#references")]
    assert tops == sorted(tops)

    answer = page.locator("#answer-text")
    expect(answer).to_contain_text("This is not a diagnosis")
    expect(answer.locator("h4").first).to_have_text("What it most likely is")

    conditions = page.locator("#differential > li")
    assert conditions.count() >= 3
    first = conditions.first
    expect(first).to_contain_text("Benign eyelid twitching")
    expect(first).to_contain_text(re.compile(r"\d+%, most likely"))
    expect(first.get_by_text("Points to it")).to_be_visible()
    widths = [bar.evaluate("e => e.getBoundingClientRect().width") for bar in
              page.locator("#differential .bar-fill").all()]
    assert widths[0] > widths[-1] > 0

    expect(page.locator("#mri")).to_contain_text("An MRI is not needed now.")
    references = page.locator("#references > li")
    assert references.count() >= 1
    page.locator("#answer-text a.cite").first.click()
    expect(page).to_have_url(re.compile(r"#ref-\d+$"))
    page.screenshot(path=screenshots / "03-result.png", full_page=True)

    page.get_by_role("button", name="Start again").click()
    expect(page.get_by_label(LABEL)).to_be_focused()
    expect(page.get_by_label(LABEL)).to_have_value("")


def test_emergency_is_shown_first_in_words_colour_and_icon(page, server, screenshots):
    page.goto(server.url + "/")
    page.get_by_label(LABEL).fill(STROKE)
    page.get_by_role("button", name="Continue").click()
    wait_for_turn(page, 1)
    if not result_visible(page):
        page.get_by_role("button", name="Skip to the answer").click()
    triage = page.locator("#triage")
    expect(triage).to_contain_text("Call an ambulance now")
    expect(triage).to_contain_text("999, 112 or 911")
    expect(triage).to_have_attribute("data-level", "emergency_ambulance")
    assert triage.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(127, 29, 29)"
    expect(page.locator("#mri")).to_contain_text("Emergency imaging is needed")
    expect(page.locator("#differential > li").first).to_contain_text("Stroke")
    page.screenshot(path=screenshots / "04-emergency.png", full_page=True)


def test_keyboard_alone_on_a_phone_sized_screen(browser, server, screenshots):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        page.goto(server.url + "/")
        textarea = page.get_by_label(LABEL)
        for _ in range(10):  # Tab from the top of the page to the text box
            page.keyboard.press("Tab")
            if textarea.evaluate("e => e === document.activeElement"):
                break
        expect(textarea).to_be_focused()
        page.keyboard.type(EYELID)
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Continue")).to_be_focused()
        page.keyboard.press("Enter")

        wait_for_turn(page, 1)
        assert not result_visible(page), "expected a follow-up question"
        expect(page.locator("#question-text")).to_be_focused()
        page.screenshot(path=screenshots / "05-phone-question.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="No", exact=True)).to_be_focused()
        page.keyboard.press("Enter")

        wait_for_turn(page, 2)
        if not result_visible(page):
            for _ in range(4):  # heading -> Yes, No, Not sure, Skip to the answer
                page.keyboard.press("Tab")
            expect(page.get_by_role("button", name="Skip to the answer")).to_be_focused()
            page.keyboard.press("Enter")
        expect(page.locator("#result-heading")).to_be_focused()
        expect(page.locator("#triage")).to_contain_text("Self-care")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
        page.screenshot(path=screenshots / "06-phone-result.png", full_page=True)
    finally:
        context.close()


def test_every_control_has_a_name(page, server):
    page.goto(server.url + "/")
    unnamed = page.evaluate("""() => [...document.querySelectorAll('button, textarea, input, select')]
        .filter(e => !(e.labels && e.labels.length) && !e.textContent.trim() && !e.getAttribute('aria-label'))
        .map(e => e.outerHTML)""")
    assert unnamed == []


def test_an_empty_description_gets_a_labelled_error(page, server, screenshots):
    page.goto(server.url + "/")
    page.get_by_role("button", name="Continue").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Please describe what is happening")
    expect(page.get_by_label(LABEL)).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label(LABEL)).to_be_focused()
    page.screenshot(path=screenshots / "07-empty-error.png")


def test_a_server_that_cannot_be_reached_is_explained(page, server):
    page.goto(server.url + "/")
    page.route("**/v1/consult", lambda route: route.abort())
    page.get_by_label(LABEL).fill(EYELID)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert")).to_contain_text("could not be reached")
    expect(page.get_by_role("button", name="Continue")).to_be_enabled()


def test_api_docs_page_is_served_locally(page, server, screenshots):
    page.goto(server.url + "/docs")
    expect(page.locator("#endpoints")).to_contain_text("/v1/consult")
    expect(page.locator("#endpoints")).to_contain_text("application/problem+json")
    page.screenshot(path=screenshots / "08-api-docs.png")
