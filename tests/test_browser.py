"""The workbench in a real browser: headless Chromium (Debian's chromium and chromium-driver)
driven by Selenium, against the server run by uvicorn in a thread on a free port of 127.0.0.1,
on the scenario with accounts.

Each page is saved as a screenshot to $INTEGRITY_SCREENSHOTS (default: a temporary folder of
the test run), to look at. Skipped only when Chromium or its driver is not installed
(`.ci/run` installs them).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import ACCOUNTS, PASSWORD
from web_client import make_app

from integrity.rating import review
from integrity.store import schema

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
                                       "chromium-driver; .ci/run installs them)")
JUDGE, REGULATOR, ADMIN = (ACCOUNTS[k][0] for k in ("judge", "regulator", "admin"))


@pytest.fixture(scope="module")
def server(workbench_template, tmp_path_factory):
    """The workbench on a copy of the scenario, served by uvicorn in a thread; its base URL."""
    import uvicorn
    from conftest import copy_db

    db = tmp_path_factory.mktemp("browser") / "workbench.db"
    copy_db(workbench_template, db)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(make_app(db), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("INTEGRITY_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    """One headless Chromium for the module, with a fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=zh-CN",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


@pytest.fixture
def browser(chromium, server):
    """The browser with no cookies from an earlier test (nobody logged in, Chinese)."""
    chromium.get(server[0] + "/static/workbench.css")
    chromium.delete_all_cookies()
    return chromium


def shoot(driver, shots: Path, name: str) -> None:
    """A screenshot of the whole page (the window made as tall as the page first)."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 800), 6000))
    driver.save_screenshot(str(shots / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def log_in(driver, base: str, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(base + "/login")
    driver.find_element(By.NAME, "username").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(lambda: "/login" not in driver.current_url)


def wait_for(condition, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def score(driver) -> float:
    from selenium.webdriver.common.by import By

    return float(driver.find_element(By.ID, "score").text)


def test_a_judge_dismisses_a_finding_sees_the_score_rise_and_logs_out(server, browser, shots):
    from selenium.webdriver.common.by import By

    base, db = server
    browser.get(base + "/candidates")
    wait_for(lambda: "/login" in browser.current_url)
    shoot(browser, shots, "01-login")
    log_in(browser, base, JUDGE)
    shoot(browser, shots, "02-queue")
    browser.get(base + "/candidates")
    shoot(browser, shots, "03-candidates")
    browser.find_element(By.LINK_TEXT, "st-dalong").click()
    wait_for(lambda: "/candidates/st-dalong" in browser.current_url)
    before, grade = score(browser), browser.find_element(By.ID, "grade").text
    shoot(browser, shots, "04-scorecard")
    finding = browser.find_element(By.CSS_SELECTOR, "[data-finding-id]")
    finding_id = finding.get_attribute("data-finding-id")
    finding.find_element(By.CSS_SELECTOR, "button[data-action=dismiss]").click()
    reason = finding.find_element(By.NAME, "reason")
    wait_for(lambda: browser.switch_to.active_element == reason)  # asked for a reason first
    assert review.latest(schema.open_db(db), finding_id) is None
    shoot(browser, shots, "05-dismiss-asks-a-reason")
    reason.send_keys("开播前七日最低成交价核实无误，原价属实")
    browser.find_element(By.CSS_SELECTOR, f"[data-finding-id='{finding_id}'] button[data-action=dismiss]").click()
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, f"[data-finding-id='{finding_id}'].dismissed"))
    after = score(browser)
    assert after > before, (before, after)
    shoot(browser, shots, "06-scorecard-after-dismissal")
    made = review.latest(schema.open_db(db), finding_id)
    assert (made.decision, made.by) == ("dismissed", JUDGE)
    browser.get(base + "/rules")
    shoot(browser, shots, "07-rules")
    browser.find_element(By.ID, "logout").click()
    wait_for(lambda: "/login" in browser.current_url)
    browser.get(base + "/queue")
    wait_for(lambda: "/login" in browser.current_url)


def test_the_queue_by_keyboard(server, browser, shots):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    base, db = server
    log_in(browser, base, JUDGE)
    browser.get(base + "/queue?candidate=st-laozhang")
    first = browser.find_element(By.CSS_SELECTOR, "[data-finding-id]").get_attribute("data-finding-id")
    ActionChains(browser).send_keys("c").perform()  # confirm the first
    wait_for(lambda: review.latest(schema.open_db(db), first) is not None)
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "[data-finding-id]")
             and browser.find_element(By.CSS_SELECTOR, "[data-finding-id]").get_attribute("data-finding-id") != first)
    second = browser.find_element(By.CSS_SELECTOR, "[data-finding-id]").get_attribute("data-finding-id")
    ActionChains(browser).send_keys("d").perform()  # dismiss: the reason field takes the keys
    ActionChains(browser).send_keys("讲的是茶的口感").perform()
    ActionChains(browser).send_keys("\n").perform()
    wait_for(lambda: review.latest(schema.open_db(db), second) is not None)
    assert review.latest(schema.open_db(db), first).decision == "confirmed"
    assert (review.latest(schema.open_db(db), second).decision,
            review.latest(schema.open_db(db), second).reason) == ("dismissed", "讲的是茶的口感")
    shoot(browser, shots, "08-queue-by-keyboard")


def test_a_regulator_reads_the_dashboard_and_cannot_decide(server, browser, shots):
    from selenium.webdriver.common.by import By

    base, db = server
    log_in(browser, base, REGULATOR)
    browser.get(base + "/dashboard")
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "[data-chart] svg")) == 5)
    shoot(browser, shots, "09-dashboard")
    browser.get(base + "/candidates/st-ajie")
    assert browser.find_elements(By.CSS_SELECTOR, "[data-finding-id]")
    assert not browser.find_elements(By.CSS_SELECTOR, "button[data-action]")
    shoot(browser, shots, "10-scorecard-regulator")
    finding = browser.find_element(By.CSS_SELECTOR, "[data-finding-id]").get_attribute("data-finding-id")
    # a forged form, posted from the page with the regulator's own session and CSRF token
    browser.execute_script("""
        const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];
        for (const [k, v] of Object.entries({decision: 'dismissed', reason: 'forged', based_on: '',
             csrf_token: document.querySelector('input[name=csrf_token]').value})) {
          const input = document.createElement('input'); input.name = k; input.value = v; form.appendChild(input); }
        document.body.appendChild(form); form.submit();""", f"/findings/{finding}/decide")
    wait_for(lambda: "/decide" in browser.current_url)
    assert "403" in browser.title or "无权" in browser.page_source
    assert review.latest(schema.open_db(db), finding) is None
    shoot(browser, shots, "11-forged-decision-refused")


def test_admin_pages_and_english(server, browser, shots):
    from selenium.webdriver.common.by import By

    base, _ = server
    log_in(browser, base, ADMIN)
    browser.get(base + "/admin/users")
    shoot(browser, shots, "12-admin-users")
    browser.get(base + "/admin/profile")
    shoot(browser, shots, "13-admin-profile")
    browser.find_element(By.CSS_SELECTOR, "button[name=lang][value=en]").click()
    wait_for(lambda: "Scoring profile" in browser.page_source)
    browser.get(base + "/candidates/st-dalong")
    shoot(browser, shots, "14-scorecard-english")


def test_the_report_file_opens_offline_with_its_charts(scenario_db, browser, shots, tmp_path):
    from click.testing import CliRunner
    from selenium.webdriver.common.by import By

    from integrity.cli import cli

    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "--db", str(scenario_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    browser.get(out.as_uri())
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "[data-chart] svg")) == 5)
    shoot(browser, shots, "15-report")
    pdf = browser.print_page()  # prints (A4 by the stylesheet's @page)
    assert len(pdf) > 10_000
