// Browser check: in headless Chromium (Debian's), (a) open a notebook in a real JupyterLab,
// run all its cells with the nnlab kernel and wait until every figure cell shows plotly's SVG;
// (b) open the exported HTML page from file:// with every network request refused, and see the
// same figures, then follow its "next" link to the next notebook's page; (c) open one page of
// the API reference (the Javadoc in site/api/) offline and see it rendered. Screenshots go to
// target/screenshots/ for people to look at.
//
// Usage: node check.js --lab URL [--notebook NAME --figures N] [--live NAME] [--page FILE]
//                      [--api FILE] --out DIR
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) =>
  (v.startsWith('--') ? acc.concat([[v.slice(2), a[i + 1]]]) : acc), []));
const expected = Number(args.figures);
const out = args.out;
fs.mkdirSync(out, { recursive: true });
const LAUNCH = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

function fail(msg) { console.error('browser check FAILED: ' + msg); process.exitCode = 1; }

// Every figure drawn, with its title and axis titles rendered as SVG text.
async function figures(page) {
  return page.$$eval('.js-plotly-plot', plots => plots.map(p => ({
    svg: p.querySelectorAll('.main-svg').length,
    title: (p.querySelector('.gtitle') || {}).textContent || '',
    xtitle: (p.querySelector('.xtitle') || {}).textContent || '',
  })));
}

// Run → Run All Cells from the menu bar; retried if no cell starts (a dialog or a late layout
// change can swallow the first click).
async function runAll(page) {
  // The Run menu acts on the current widget: focus the notebook first.
  // Only the visible notebook: JupyterLab may restore other notebooks' tabs from its workspace.
  await page.locator('.jp-Notebook .jp-Cell:visible').first().click();
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.getByRole('menuitem', { name: 'Run', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Run All Cells/ }).click();
    try {
      await page.waitForFunction(() => [...document.querySelectorAll('.jp-InputPrompt')]
        .some(e => /\[(\*|\d+)\]/.test(e.textContent)), null, { timeout: 15000 });
      return;
    } catch (e) {
      console.log(`lab: Run All Cells started nothing (attempt ${attempt}), retrying`);
      await page.keyboard.press('Escape');
    }
  }
  throw new Error('Run All Cells never started a cell');
}

async function lab(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto(`${args.lab}/lab/tree/${args.notebook}`);
  await page.waitForSelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 90000 });
  console.log(`lab: kernel idle after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = Date.now();
  await runAll(page);
  await page.waitForFunction(n => document.querySelectorAll('.js-plotly-plot .main-svg').length > 0
      && document.querySelectorAll('.js-plotly-plot').length >= n
      && ![...document.querySelectorAll('.jp-InputPrompt')].some(e => e.textContent.includes('*')),
      expected, { timeout: Number(args.timeout || 120) * 1000, polling: 500 });
  console.log(`lab: all cells ran in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  const errCells = await page.$$eval('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]',
    els => els.map(e => e.textContent.slice(0, 300)));
  if (errCells.length) fail('stderr output in lab: ' + errCells.join(' | '));
  const figs = await figures(page);
  report('lab', figs);
  const plots = await page.$$('.js-plotly-plot');
  for (let i = 0; i < plots.length; i++) {
    await plots[i].scrollIntoViewIfNeeded();
    await plots[i].screenshot({ path: path.join(out, `lab-figure-${i + 1}.png`) });
  }
  await page.screenshot({ path: path.join(out, 'lab-notebook.png') });
  if (errors.length) fail('page errors in lab: ' + errors.join(' | '));
  await page.close();
}

// The live training display: one chart redrawn in place plus a progress line that reaches the
// last epoch; then a long run stopped with the toolbar's stop button ends within a second and
// keeps its chart and its history. Uses tools/browser/live-training.ipynb.
async function live(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${args.lab}/lab/tree/${args.live}`);
  await page.waitForSelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 90000 });
  // JupyterLab sometimes asks for a kernel (a restored workspace): answer with the nnlab kernel
  const dialog = page.locator('.jp-Dialog select');
  if (await dialog.waitFor({ timeout: 4000 }).then(() => true, () => false)) {
    await dialog.selectOption('nnlab').catch(e => console.log('live: kernel dialog: ' + e));
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Select' }).click();
    await page.waitForTimeout(2000);
    await page.waitForSelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 90000 });
  }
  const cell = i => page.locator('.jp-Notebook .jp-CodeCell:visible').nth(i);
  const prompt = i => cell(i).locator('.jp-InputPrompt').textContent();
  const texts = i => cell(i).locator('.jp-OutputArea-output[data-mime-type="text/plain"]').allTextContents();
  // markers of the chart's first trace (the training loss; one per finished epoch), as drawn in the SVG
  const points = i => cell(i).evaluate(c => {
    const trace = c.querySelector('.js-plotly-plot .scatterlayer .trace');
    return trace ? trace.querySelectorAll('.points path').length : -1;
  });
  async function run(i) {
    await cell(i).locator('.jp-InputArea-editor').click();
    await page.keyboard.press('Shift+Enter');
    await page.waitForFunction(() => true);
  }
  async function waitDone(i, seconds) {
    const t = Date.now();
    for (;;) {
      const p = await prompt(i);
      if (/\[\d+\]/.test(p)) return;
      if (Date.now() - t > seconds * 1000) throw new Error(`cell ${i} did not finish in ${seconds} s`);
      await page.waitForTimeout(100);
    }
  }
  await run(0);
  await waitDone(0, 60);

  // (1) a full run: the chart grows in place, the progress line changes and reaches 20/20.
  // The page samples the cell itself every 20 ms (a round trip from here per sample would miss
  // updates on a busy machine); this side only waits for the cell to finish.
  await cell(1).evaluate(c => {
    const seen = { lines: new Set(), counts: new Set() };
    window.__liveSeen = seen;
    window.__liveTimer = setInterval(() => {
      c.querySelectorAll('.jp-OutputArea-output[data-mime-type="text/plain"]')
        .forEach(o => seen.lines.add(o.textContent.trim()));
      const trace = c.querySelector('.js-plotly-plot .scatterlayer .trace');
      if (trace) seen.counts.add(trace.querySelectorAll('.points path').length);
    }, 20);
  });
  await run(1);
  let shot = false;
  const t0 = Date.now();
  while (!/\[\d+\]/.test(await prompt(1))) {
    if (!shot && (await points(1)) >= 3) {
      await cell(1).screenshot({ path: path.join(out, 'live-during-training.png') });
      shot = true;
    }
    if (Date.now() - t0 > 120000) throw new Error('live run did not finish in 120 s');
    await page.waitForTimeout(100);
  }
  const seen = await page.evaluate(() => {
    clearInterval(window.__liveTimer);
    return { lines: [...window.__liveSeen.lines], counts: [...window.__liveSeen.counts].filter(n => n > 0) };
  });
  const lines = new Set(seen.lines);
  const counts = new Set(seen.counts);
  const final = (await texts(1)).map(t => t.trim());
  const charts = await cell(1).locator('.js-plotly-plot').count();
  await cell(1).screenshot({ path: path.join(out, 'live-finished.png') });
  console.log(`live: ${lines.size} distinct progress lines, chart point counts seen ${[...counts].join(',')},` +
    ` ${charts} chart(s); final: ${final.join(' | ')}`);
  if (charts !== 1) fail(`live: expected one chart updated in place, found ${charts}`);
  if (counts.size < 2) fail('live: the chart was not seen updating during training');
  if (lines.size < 3) fail('live: the progress line was not seen changing');
  if (!final.some(t => t.startsWith('done: 20/20'))) fail('live: the progress line did not reach the last epoch');

  // (2) a long run stopped with the stop button
  await run(2);
  for (const t = Date.now(); ;) {
    const l = (await texts(2)).join(' ');
    const m = /epoch (\d+)\//.exec(l);
    if (m && Number(m[1]) >= 4 && (await points(2)) >= 3) break;
    if (Date.now() - t > 90000) throw new Error('long run never reached epoch 4');
    await page.waitForTimeout(100);
  }
  const stopButton = page.locator('[data-command="notebook:interrupt-kernel"]').first();
  const tStop = Date.now();
  await stopButton.click();
  await waitDone(2, 20);
  const stopSeconds = (Date.now() - tStop) / 1000;
  const keptPoints = await points(2);
  await cell(2).screenshot({ path: path.join(out, 'live-interrupted.png') });
  await run(3);
  await waitDone(3, 30);
  const kept = (await texts(3)).join(' ');
  console.log(`live: stop button ended training in ${stopSeconds.toFixed(2)} s; chart keeps ${keptPoints} epochs; ${kept}`);
  if (stopSeconds > 1.0) fail(`live: training took ${stopSeconds.toFixed(2)} s to stop (limit 1 s)`);
  if (!(keptPoints >= 3)) fail('live: the chart of the finished epochs did not remain after stopping');
  const m = /kept (\d+) epochs, interrupted = true/.exec(kept);
  if (!m || Number(m[1]) < 3) fail('live: the history of the finished epochs did not remain: ' + kept);
  await page.close();
}

// A browser context with the network off: every request that is not file:// is refused (and
// recorded), as on a laptop without a connection.
async function offline(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const refused = [];
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  return { context, page, refused, errors };
}

async function site(browser) {
  const { context, page, refused, errors } = await offline(browser);
  await page.goto('file://' + path.resolve(args.page));
  if (expected > 0) {
    await page.waitForFunction(n => document.querySelectorAll('.js-plotly-plot .main-svg').length > 0
        && document.querySelectorAll('.js-plotly-plot').length >= n, expected, { timeout: 30000 });
  }
  const figs = await figures(page);
  report('site', figs);
  if (Number(args.math || 0) > 0) {
    await page.waitForSelector('mjx-container', { timeout: 15000 }).catch(() => {});
    const formulas = await page.$$eval('mjx-container', els => els.length);
    console.log(`site: ${formulas} formulas typeset by MathJax`);
    if (formulas === 0) fail('site: the page has formulas but MathJax typeset none');
  }
  const plots = await page.$$('.js-plotly-plot');
  for (let i = 0; i < plots.length; i++) {
    await plots[i].scrollIntoViewIfNeeded();
    await plots[i].screenshot({ path: path.join(out, `site-figure-${i + 1}.png`) });
  }
  await page.screenshot({ path: path.join(out, 'site-page.png'), fullPage: true });
  await neighbour(page);
  if (refused.length) console.log(`site: refused ${refused.length} network requests (page works offline): ${refused.slice(0, 3).join(' ')}`);
  if (errors.length) fail('page errors on the site: ' + errors.join(' | '));
  await context.close();
}

// The course's navigation: the page marks itself in the contents, and its "next" link (the
// last page has none: then its "previous" link) opens that notebook's page, which marks itself.
async function neighbour(page) {
  const current = page.locator('.nnlab-toc li[aria-current="page"]');
  if (await current.count() !== 1) return fail('site: the contents do not mark the current notebook');
  const here = (await current.textContent()).trim();
  let link = page.locator('a[rel="next"]').first();
  if (await link.count() === 0) link = page.locator('a[rel="prev"]').first();
  if (await link.count() === 0) return fail(`site: "${here}" has neither a next nor a previous link`);
  const rel = await link.getAttribute('rel');
  const href = await link.getAttribute('href');
  const target = (await link.textContent()).replace(/[←→]/g, '').trim();
  await link.click();
  await page.waitForURL(u => u.toString().endsWith('/' + href), { timeout: 15000 });
  const there = (await page.locator('.nnlab-toc li[aria-current="page"]').textContent().catch(() => '')).trim();
  const heading = (await page.locator('h1').first().textContent().catch(() => '')).replace('¶', '').trim();
  console.log(`site: "${here}" → ${rel} link → ${href}: contents mark "${there}", heading "${heading}"`);
  if (there !== target) fail(`site: the ${rel} link says "${target}" but the page it opens marks "${there}"`);
  if (!heading) fail(`site: the page behind the ${rel} link (${href}) has no heading`);
  await page.screenshot({ path: path.join(out, `site-${rel}-page.png`) });
}

// One class page of the API reference, offline: its heading names the class, its method summary
// lists methods, and its header links back to the course.
async function api(browser) {
  const { context, page, refused, errors } = await offline(browser);
  const file = path.resolve(args.api);
  const name = path.basename(file, '.html');
  await page.goto('file://' + file);
  const title = await page.title();
  const heading = (await page.locator('h1.title').first().textContent().catch(() => '')).trim();
  const methods = await page.locator('#method-summary .col-second a.member-name-link').count();
  const course = await page.locator('a[href$="index.html"]', { hasText: 'course' }).count();
  console.log(`api: "${title}", heading "${heading}", ${methods} methods in the summary`);
  if (!new RegExp(`\\b${name}\\b`).test(heading)) fail(`api: the heading "${heading}" does not name ${name}`);
  if (methods === 0) fail(`api: ${name}'s page shows no method summary`);
  if (course === 0) fail('api: the page has no link back to the course');
  await page.screenshot({ path: path.join(out, 'api-page.png') });
  if (refused.length) console.log(`api: refused ${refused.length} network requests (page works offline): ${refused.slice(0, 3).join(' ')}`);
  if (errors.length) fail('page errors in the API reference: ' + errors.join(' | '));
  await context.close();
}

function report(where, figs) {
  console.log(`${where}: ${figs.length} figures drawn (expected ${expected}): ` +
    figs.map(f => `"${f.title}" [x: "${f.xtitle}"]`).join(', '));
  // More is fine: a run that takes over a second in a cell adds its live training chart, and
  // whether it does depends on how busy the machine is. Every figure must still be drawn and titled.
  if (figs.length < expected) fail(`${where}: ${figs.length} figures drawn, expected ${expected}`);
  if (figs.length > expected) console.log(`${where}: ${figs.length - expected} more than the plot cells (live training charts)`);
  figs.forEach((f, i) => {
    if (f.svg === 0) fail(`${where}: figure ${i + 1} has no SVG`);
    if (!f.title.trim()) fail(`${where}: figure ${i + 1} has no visible title (plotly.js version/attribute mismatch?)`);
  });
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH });
  try {
    if (args.notebook) await lab(browser);
    if (args.live) await live(browser);
    if (args.page) await site(browser);
    if (args.api) await api(browser);
  } catch (e) {
    for (const ctx of browser.contexts()) for (const pg of ctx.pages()) {
      await pg.screenshot({ path: path.join(out, 'failure.png') }).catch(() => {});
    }
    fail(e.stack || String(e));
  } finally {
    await browser.close();
  }
  if (!process.exitCode) console.log('browser check passed: screenshots in ' + out);
})();
