// Drives the meshbridge web app in headless Chromium for WebAppBrowserIT (server module).
// Usage: node webapp-browser.mjs URL USER PASSWORD SCREENSHOT_DIR
// Talks to the Java test in lines: prints "wait <what>" and reads one line from stdin before going
// on; prints "result <json>" at the end ({unread, errors, ...}). Any failure exits non-zero with
// the reason on stderr (and a screenshot named failure.png).

import { chromium } from 'playwright-core';
import readline from 'node:readline';
import path from 'node:path';

const [url, user, password, shots] = process.argv.slice(2);
const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();

async function waitForJava(what) {
  console.log(`wait ${what}`);
  const { value, done } = await lines.next();
  if (done) throw new Error(`stdin closed while waiting for ${what}`);
  return value;
}

const errors = [];
const result = {};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let page;
try {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2,
    isMobile: true, hasTouch: true, colorScheme: 'light' });
  page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));

  // Sign in.
  await page.goto(url);
  await page.getByLabel('Account').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // The room list (a page of its own on a phone) with the lobby's unread count.
  const lobby = page.locator('#room-list a[data-room="lobby"]');
  await lobby.waitFor();
  result.unread = Number(await lobby.locator('.badge').getAttribute('data-unread'));
  await page.waitForFunction(() => document.body.dataset.live === 'on');
  await page.screenshot({ path: path.join(shots, 'phone-rooms.png') });

  // Open the lobby: history, then post.
  await lobby.click();
  await page.locator('#history li.post').first().waitFor();
  result.historyPosts = await page.locator('#history li.post').count();
  const text = 'hello mesh, from the browser';
  await page.locator('#compose-text').fill(text);
  result.rfInfo = await page.locator('#rf-info').textContent();
  await page.locator('#compose-text').press('Enter');
  await page.locator('#history li.mine', { hasText: text }).waitFor();
  result.posted = true;

  // A post from a simulated RF node arrives live over /ws.
  const rfText = await waitForJava('rf-post');
  await page.locator('#history li.post.rf', { hasText: rfText }).first().waitFor({ timeout: 120000 });
  result.livePost = true;
  await page.screenshot({ path: path.join(shots, 'phone-lobby.png') });

  // A long post shows how it is split for RF.
  await page.locator('#compose-text').fill('long '.repeat(60).trim());
  result.longRfInfo = await page.locator('#rf-info').textContent();
  await page.locator('#compose-text').fill('');

  // Direct message to bob (a companion the bridge hears directly), followed until his ACK comes back.
  await page.getByRole('link', { name: 'Direct' }).click();
  await page.locator('a[data-node]', { hasText: 'bob' }).first().click();
  await page.locator('#dm-text').fill('hi bob, from the web');
  await page.locator('#dm-text').press('Enter');
  await page.locator('#dm-history li.mine .state').first().waitFor();
  result.dmFirstState = await page.locator('#dm-history li.mine .state').first().getAttribute('data-state');
  // The ACK (or the end of the retries) arrives as a live delivery event and changes the state.
  const ended = page.locator('#dm-history li.mine .state[data-state="delivered"], #dm-history li.mine .state[data-state="failed"]');
  await ended.first().waitFor({ timeout: 120000 });
  result.dmState = await ended.first().getAttribute('data-state');
  await page.screenshot({ path: path.join(shots, 'phone-dm.png') });

  // Nodes and admin pages.
  await page.getByRole('link', { name: 'Nodes' }).click();
  await page.locator('#nodes-table tbody tr').first().waitFor();
  result.nodes = await page.locator('#nodes-table tbody tr').count();
  await page.screenshot({ path: path.join(shots, 'phone-nodes.png'), fullPage: true });
  await page.getByRole('link', { name: 'Admin' }).click();
  await page.locator('#radio-facts').waitFor();
  result.radioState = await page.locator('#radio-facts dd').first().textContent();
  await page.screenshot({ path: path.join(shots, 'phone-admin.png'), fullPage: true });

  // The same app on a laptop.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${url}#/rooms/lobby`);
  await page.locator('#history li.post').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'laptop-lobby.png') });

  result.errors = errors;
  console.log(`result ${JSON.stringify(result)}`);
} catch (e) {
  if (page) await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
  console.error(`failed: ${e.stack || e}`);
  console.error(`errors so far: ${JSON.stringify(errors)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  process.exit();
}
