// Drives code-server (VS Code 1.100) in Chromium with the baokan extension installed:
// outline, hover on an official, a quick fix applied, go to definition across pages.
// Usage: node run.js URL WORKSPACE SCREENSHOT_DIR. Exits non-zero on the first failure.
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [url, work, shots] = process.argv.slice(2);

function fail(message) {
  console.error(`vs code e2e: FAILED: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

async function waitFor(what, probe, timeout = 60000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`timed out waiting for ${what}`);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${url}/?folder=${encodeURIComponent(work)}`);
    await page.waitForSelector(".monaco-workbench", { timeout: 60000 });
    await page.waitForTimeout(2000);

    const open = async (name) => {
      await page.keyboard.press("Control+P");
      await page.waitForSelector(".quick-input-widget input");
      await page.keyboard.type(name);
      const row = page.locator(".quick-input-list .monaco-list-row", { hasText: name });
      await waitFor(`${name} in quick open`, async () => (await row.count()) > 0);
      await page.waitForTimeout(300);
      await row.first().click();
      await waitFor(`${name} to open`, async () =>
        (await page.locator(".tab.active").first().textContent().catch(() => ""))?.includes(name));
      await page.waitForTimeout(500);
    };
    const goTo = async (line, column) => {
      await page.keyboard.press("Control+G");
      await page.waitForSelector(".quick-input-widget input");
      await page.keyboard.type(`${line}:${column}`);
      await page.keyboard.press("Enter");
      await page.waitForTimeout(300);
    };

    await open("02.txt");
    // The server is up when its diagnostics are drawn.
    await waitFor("diagnostics squiggles", async () =>
      (await page.locator(".view-overlays .squiggly-warning, .view-overlays .squiggly-info, .view-overlays .squiggly-error").count()) > 0, 90000);
    console.log("diagnostics: shown");

    // Outline: the document symbol picker lists the essay by its headline.
    await page.keyboard.press("Control+Shift+O");
    await page.waitForSelector(".quick-input-list .monaco-list-row");
    await page.keyboard.type("坚持党的领导");
    const rows = await waitFor("the article in the symbol picker", async () => {
      const text = (await page.locator(".quick-input-list .monaco-list-row").allTextContents()).join("\n");
      return text.includes("坚持党的领导发挥制度优势") ? text : null;
    });
    console.log(`outline: ${rows.split("\n")[0]}`);
    await page.screenshot({ path: path.join(shots, "vscode-outline.png") });
    await page.keyboard.press("Escape");

    // Hover on an official: line 232 「乌审旗人大常委会党组书记、主任宝音满都呼」.
    await goTo(232, 18);
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const hover = await waitFor("the hover on 宝音满都呼", async () => {
      const text = (await page.locator(".monaco-hover-content").allTextContents()).join("\n");
      return text.includes("宝音满都呼") && text.includes("党组书记") ? text : null;
    });
    console.log(`hover: ${hover.replace(/\s+/g, " ").slice(0, 120)}`);
    await page.screenshot({ path: path.join(shots, "vscode-hover.png") });
    await page.keyboard.press("Escape");

    // Quick fix: the blank line inside 「北京大 / 学鄂尔多斯」 (lines 384-386).
    await goTo(384, 10);
    await page.keyboard.press("Control+.");
    const action = page.locator(".action-widget .monaco-list-row", { hasText: "Join the two halves of the sentence" });
    await waitFor("the quick fix", async () => (await action.count()) > 0);
    await page.screenshot({ path: path.join(shots, "vscode-quickfix.png") });
    // Choose it with the keyboard, as a user would (the menu blocks pointer events).
    for (let i = 0; i < 10; i++) {
      const focused = await page.locator(".action-widget .monaco-list-row.focused").first().textContent().catch(() => "");
      if (focused && focused.includes("Join the two halves")) break;
      await page.keyboard.press("ArrowDown");
      await page.waitForTimeout(100);
    }
    await page.keyboard.press("Enter");
    await page.waitForTimeout(500);
    await page.keyboard.press("Control+S");
    await waitFor("the fixed page on disk", async () =>
      fs.readFileSync(path.join(work, "02.txt"), "utf8").includes("担任北京大\n学鄂尔多斯能源研究院"));
    console.log("quick fix: applied and saved");

    // Go to definition on （下转第二版） in page 1 lands on page 2.
    await open("01.txt");
    await goTo(4, 14);
    await page.keyboard.press("F12");
    await waitFor("page 2 after go to definition", async () =>
      (await page.locator(".tab.active").first().textContent().catch(() => ""))?.includes("02.txt"));
    console.log("definition: jumped to 02.txt");
    await page.screenshot({ path: path.join(shots, "vscode-definition.png") });
  } catch (e) {
    await page.screenshot({ path: path.join(shots, "vscode-failure.png") }).catch(() => {});
    process.exitCode = 1;
    console.error(e.message);
  } finally {
    await browser.close();
  }
}

main();
