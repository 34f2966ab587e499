// Browser check: in headless Chromium (Debian's), (a) open a notebook in a real JupyterLab,
// run all its cells with the nnlab kernel and wait until every figure cell shows plotly's SVG;
// (b) open the exported HTML page from file:// with every network request refused, and see the
// same figures, then follow its "next" link to the next notebook's page; (c) open one page of
// the API reference (the Javadoc in site/api/) offline and see it rendered. On every animated
// figure (plotly frames with a play button and a slider), in the notebook and on the page: press
// play and see the drawing change from frame to frame, then drag the slider to the last frame and
// see that frame's data and title drawn. Screenshots go to target/screenshots/ for people to look at.
//
// Usage: node check.js --lab URL [--ui lab|notebook] [--notebook NAME --figures N --animations N]
//                      [--live NAME] [--page FILE [--nav no]] [--api FILE] --out DIR
// --ui notebook runs the notebook in Notebook 7 (`jupyter notebook`; same cells and menus as
// JupyterLab, one notebook per page) instead of JupyterLab; the screenshots are then named nb7-*.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) =>
  (v.startsWith('--') ? acc.concat([[v.slice(2), a[i + 1]]]) : acc), []));
const expected = Number(args.figures);
const expectedAnimations = Number(args.animations || 0);
const out = args.out;
// Where a notebook opens: JupyterLab's tree or Notebook 7's notebook page.
const UI = args.ui || 'lab';
if (!['lab', 'notebook'].includes(UI)) throw new Error(`--ui is lab or notebook. Received: --ui ${UI}`);
const WHERE = UI === 'lab' ? 'lab' : 'nb7';
// In JupyterLab, a workspace of its own per run (nothing restored: one notebook, one kernel).
const notebookUrl = name => UI === 'lab'
  ? `${args.lab}/lab/workspaces/check-${process.pid}-${Date.now()}/tree/${name}${name.includes('?') ? '&' : '?'}reset`
  : `${args.lab}/notebooks/${name}`;

// Shut down every kernel of the server, so the next notebook does not share the machine with it.
async function shutDownKernels() {
  const token = new URLSearchParams((args.notebook || args.live || '').split('?')[1] || '').get('token');
  const auth = { headers: { Authorization: `token ${token}` } };
  const kernels = await (await fetch(`${args.lab}/api/kernels`, auth)).json();
  for (const k of kernels) await fetch(`${args.lab}/api/kernels/${k.id}`, { ...auth, method: 'DELETE' });
}
fs.mkdirSync(out, { recursive: true });
const LAUNCH = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

// A page error, unless it is plotly's reasonless rejection of an animation the check interrupted.
function pageError(page, errors, e) {
  if (page.__nnlabInterrupting && String(e) === 'undefined') return;
  errors.push(String(e));
}

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
      console.log(`${WHERE}: Run All Cells started nothing (attempt ${attempt}), retrying`);
      await page.keyboard.press('Escape');
    }
  }
  throw new Error('Run All Cells never started a cell');
}

async function lab(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', e => pageError(page, errors, e));
  const t0 = Date.now();
  await page.goto(notebookUrl(args.notebook));
  await page.waitForSelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 90000 });
  console.log(`${WHERE}: kernel idle after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = Date.now();
  await runAll(page);
  await page.waitForFunction(n => document.querySelectorAll('.js-plotly-plot .main-svg').length > 0
      && document.querySelectorAll('.js-plotly-plot').length >= n
      && ![...document.querySelectorAll('.jp-InputPrompt')].some(e => e.textContent.includes('*')),
      expected, { timeout: Number(args.timeout || 240) * 1000, polling: 500 });
  console.log(`${WHERE}: all cells ran in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  const errCells = await page.$$eval('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]',
    els => els.map(e => e.textContent.slice(0, 300)));
  if (errCells.length) fail(`stderr output in ${WHERE}: ` + errCells.join(' | '));
  const figs = await figures(page);
  report(WHERE, figs);
  await animations(page, WHERE);
  const plots = await page.$$('.js-plotly-plot');
  for (let i = 0; i < plots.length; i++) {
    await plots[i].scrollIntoViewIfNeeded();
    await plots[i].screenshot({ path: path.join(out, `${WHERE}-figure-${i + 1}.png`) });
  }
  await page.screenshot({ path: path.join(out, `${WHERE}-notebook.png`) });
  if (errors.length) fail(`page errors in ${WHERE}: ` + errors.join(' | '));
  await page.close();
}

// The live training display: one chart redrawn in place plus a progress line that reaches the
// last epoch; then a long run stopped with the toolbar's stop button ends within a second and
// keeps its chart and its history. Uses tools/browser/live-training.ipynb.
async function live(browser) {
  const LIVE = UI === 'lab' ? 'live' : 'nb7-live';
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(notebookUrl(args.live));
  await page.waitForSelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 90000 });
  // JupyterLab sometimes asks for a kernel (a restored workspace): answer with the nnlab kernel
  const dialog = page.locator('.jp-Dialog select');
  if (await dialog.waitFor({ timeout: 4000 }).then(() => true, () => false)) {
    await dialog.selectOption('nnlab').catch(e => console.log(LIVE + ': kernel dialog: ' + e));
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
      await cell(1).screenshot({ path: path.join(out, LIVE + '-during-training.png') });
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
  await cell(1).screenshot({ path: path.join(out, LIVE + '-finished.png') });
  console.log(`${LIVE}: ${lines.size} distinct progress lines, chart point counts seen ${[...counts].join(',')},` +
    ` ${charts} chart(s); final: ${final.join(' | ')}`);
  if (charts !== 1) fail(`${LIVE}: expected one chart updated in place, found ${charts}`);
  if (counts.size < 2) fail(LIVE + ': the chart was not seen updating during training');
  if (lines.size < 3) fail(LIVE + ': the progress line was not seen changing');
  if (!final.some(t => t.startsWith('done: 20/20'))) fail(LIVE + ': the progress line did not reach the last epoch');

  // (2) a long run stopped with the stop button
  await run(2);
  for (const t = Date.now(); ;) {
    const l = (await texts(2)).join(' ');
    const m = /epoch (\d+)\//.exec(l);
    if (m && Number(m[1]) >= 4 && (await points(2)) >= 3) break;
    if (Date.now() - t > 90000) throw new Error('long run never reached epoch 4');
    await page.waitForTimeout(100);
  }
  // The page records what cell 2 shows every 10 ms from the click on: JJava ends the cell at
  // once ("Evaluation interrupted."); the training loop returns at its next batch and the run's
  // last line ("interrupted after N/500 epochs") comes after the cell ended.
  const stopButton = page.locator('[data-command="notebook:interrupt-kernel"]').first();
  await cell(2).evaluate(c => {
    const t0 = performance.now();
    const seen = { timeline: [], clicked: null, ended: null, line: null, points: -1 };
    window.__stopSeen = seen;
    // times count from the click as the page receives it (Playwright's checks before clicking are not the kernel's)
    document.addEventListener('mousedown', () => { if (seen.clicked === null) seen.clicked = performance.now() - t0; }, true);
    let last = '';
    window.__stopTimer = setInterval(() => {
      const ms = Math.round(performance.now() - t0);
      const trace = c.querySelector('.js-plotly-plot .scatterlayer .trace');
      const pts = trace ? trace.querySelectorAll('.points path').length : -1;
      const lines = [...c.querySelectorAll('.jp-OutputArea-output[data-mime-type="text/plain"]')].map(o => o.textContent.trim());
      const done = /\[\d+\]/.test(c.querySelector('.jp-InputPrompt').textContent);
      if (done && seen.ended === null) seen.ended = ms;
      const final = lines.find(l => l.startsWith('interrupted after'));
      if (final && seen.line === null) seen.line = { ms, text: final };
      seen.points = pts;
      const state = `${done ? 'ended' : 'running'} points=${pts} ${lines.join(' / ')}`;
      if (state !== last) { seen.timeline.push(`${ms} ms ${state}`); last = state; }
    }, 10);
  });
  await stopButton.click();
  const stop = await (async () => {
    for (const t = Date.now(); Date.now() - t < 20000;) {
      const s = await page.evaluate(() => window.__stopSeen);
      const n = s.line && /interrupted after (\d+)\//.exec(s.line.text);
      if (s.ended !== null && n && s.points === Number(n[1])) return s;
      await page.waitForTimeout(100);
    }
    return page.evaluate(() => window.__stopSeen);
  })();
  await page.evaluate(() => clearInterval(window.__stopTimer));
  const clicked = stop.clicked === null ? 0 : stop.clicked;
  if (stop.ended !== null) stop.ended = Math.round(stop.ended - clicked);
  if (stop.line !== null) stop.line.ms = Math.round(stop.line.ms - clicked);
  await cell(2).screenshot({ path: path.join(out, LIVE + '-interrupted.png') });
  const report = `cell ended ${stop.ended} ms after the click, last line "${stop.line && stop.line.text}" at ` +
    `${stop.line && stop.line.ms} ms, chart keeps ${stop.points} epochs`;
  const timeline = () => console.log(`${LIVE}: what cell 2 showed (times from the sampler's start; the click came at ` +
    `${Math.round(clicked)} ms):\n  ` + stop.timeline.join('\n  '));
  if (stop.ended === null) { timeline(); fail(`${LIVE}: the stopped cell did not end in 20 s`); }
  if (stop.ended > 1000) fail(`${LIVE}: the cell took ${stop.ended} ms to stop (limit 1 s)`);
  if (stop.line === null) { timeline(); fail(`${LIVE}: the progress line never said "interrupted after" (${report})`); }
  const said = /interrupted after (\d+)\//.exec(stop.line ? stop.line.text : '');
  if (!(stop.points >= 3) || !said || stop.points !== Number(said[1])) {
    timeline();
    fail(`${LIVE}: the chart does not show the finished epochs the last line names (${report})`);
  }
  await run(3);
  await waitDone(3, 30);
  const kept = (await texts(3)).join(' ');
  console.log(`${LIVE}: stop button: ${report}; ${kept}`);
  const m = /kept (\d+) epochs, interrupted = true/.exec(kept);
  if (!m || Number(m[1]) < 3) fail(LIVE + ': the history of the finished epochs did not remain: ' + kept);
  if (m && said && said[1] !== m[1]) fail(`${LIVE}: the last line says ${said[1]} epochs, the history holds ${m[1]}`);
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
  page.on('pageerror', e => pageError(page, errors, e));
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
  await animations(page, 'site');
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
  if (args.nav !== 'no') await neighbour(page);
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

// Every animated figure on the page (a plotly figure with frames, a play button and a slider):
// (1) press play and see the drawing change from frame to frame, (2) pause, drag the slider to its
// last step and see that step's frame drawn: the figure's data equal to the frame's, its title
// the frame's, the drawing different from the first frame's. The page samples the drawing itself
// (every 25 ms, a fingerprint of the plot area's paths and images, with their styles, and title) so a busy machine cannot
// make this side miss frames; the deadlines are generous and only bound a broken figure.
// Screenshots: WHERE-animation-K-first.png (as drawn before play) and -last.png (the slider at the end).
async function animations(page, where) {
  const t0 = Date.now();
  const plots = await page.$$('.js-plotly-plot');
  let n = 0;
  for (const gd of plots) {
    const frames = await gd.evaluate(g => ((g._transitionData || {})._frames || []).length);
    if (frames < 2) continue;
    n++;
    await animation(page, gd, where, n, frames).catch(e => fail(`${where}: animated figure ${n}: ${e.message}`));
  }
  console.log(`${where}: ${n} animated figures checked in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (n < expectedAnimations) fail(`${where}: ${n} animated figures, expected ${expectedAnimations}`);
}

async function animation(page, gd, where, n, frames) {
  const shot = end => path.join(out, `${where}-animation-${n}-${end}.png`);
  await gd.scrollIntoViewIfNeeded();
  // In the page: the fingerprint of what is drawn, and a sampler that collects fingerprints and
  // the frame names plotly announces while it animates.
  await gd.evaluate(g => {
    const hash = s => { let h = 5381; for (let i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) | 0; return h; };
    g.__nnlabDrawn = () => {
      const parts = [];
      g.querySelectorAll('.main-svg .cartesianlayer path, .main-svg .cartesianlayer image, .main-svg .polarlayer path,'
          + ' .main-svg .ternarylayer path, .main-svg .infolayer .gtitle').forEach(e => parts.push(
        (e.getAttribute('d') || e.getAttribute('href') || e.getAttribute('xlink:href') || e.textContent || '')
        + (e.getAttribute('style') || '')));  // the style: a frame may change only widths or colours
      return hash(parts.join('|'));
    };
    g.__nnlabSeen = { drawn: new Set([g.__nnlabDrawn()]), names: new Set(), ended: false };
    if (!g.__nnlabHooked) {
      g.__nnlabHooked = true;
      g.on('plotly_animatingframe', e => g.__nnlabSeen.names.add(e.name));
      g.on('plotly_animated', () => { g.__nnlabSeen.ended = true; });
    }
  });
  const first = await gd.evaluate(g => ({ drawn: g.__nnlabDrawn(), title: (g.querySelector('.gtitle') || {}).textContent || '' }));
  await gd.screenshot({ path: shot('first') });

  // (1) play: at least three different drawings (or every frame of a shorter animation)
  const buttons = await gd.$$('.updatemenu-button');
  let playButton = null, pauseButton = null;
  for (const b of buttons) {
    const text = (await b.textContent()) || '';
    if (/play|▶|►/i.test(text)) playButton = playButton || b;
    if (/pause|stop|❚|⏸/i.test(text)) pauseButton = pauseButton || b;
  }
  if (!playButton) throw new Error(`has ${frames} frames but no play button (an updatemenus button labelled Play)`);
  const want = Math.min(3, frames);
  const tPlay = Date.now();
  await gd.evaluate(g => { g.__nnlabTimer = setInterval(() => g.__nnlabSeen.drawn.add(g.__nnlabDrawn()), 25); });
  await playButton.click();
  const deadline = Math.max(30000, frames * 3000);
  const ok = await page.waitForFunction(([g, k]) => (g.__nnlabSeen.drawn.size >= k && g.__nnlabSeen.names.size >= k)
      || g.__nnlabSeen.ended,
    [gd, want], { timeout: deadline, polling: 100 }).then(() => true, () => false);
  const playSeconds = (Date.now() - tPlay) / 1000;
  // Pausing (or moving the slider) interrupts plotly's animation, which then rejects that
  // animation's promise with no reason: an "undefined" page error that is no fault of the figure.
  page.__nnlabInterrupting = true;
  if (pauseButton) await pauseButton.click();
  const seen = await gd.evaluate(g => {
    clearInterval(g.__nnlabTimer);
    return { drawn: g.__nnlabSeen.drawn.size, names: [...g.__nnlabSeen.names] };
  });
  if (!ok || seen.drawn < want || seen.names.length < want) {
    throw new Error(`play drew ${seen.drawn} different pictures in ${playSeconds.toFixed(1)} s (frames announced: ` +
      `${seen.names.join(', ') || 'none'}); expected ${want}`);
  }

  // (2) the slider to its last step, with the mouse: press on the grip, drag past the rail's end
  const slider = await gd.$('.slider-container .slider-rail-rect');
  if (!slider) throw new Error('has frames but no slider');
  await slider.scrollIntoViewIfNeeded();
  const grip = await gd.$('.slider-container .slider-grip-rect');
  const rail = await slider.boundingBox();
  const g0 = await grip.boundingBox();
  await page.mouse.move(g0.x + g0.width / 2, g0.y + g0.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(g0.x + (rail.x + rail.width + 20 - g0.x) * i / 5, g0.y + g0.height / 2);
  await page.mouse.up();
  // The step's frame, once plotly has drawn it (the fingerprint holds still for 300 ms).
  const last = await page.waitForFunction(g => {
    const s = g.layout.sliders[0];
    if (s.active !== s.steps.length - 1 || g._transitionData._animationRaf) return false;
    const d = g.__nnlabDrawn();
    if (d !== g.__nnlabLast) { g.__nnlabLast = d; g.__nnlabSince = Date.now(); return false; }
    if (Date.now() - g.__nnlabSince < 300) return false;
    const step = s.steps[s.steps.length - 1];
    const name = step.args && step.args[0] && step.args[0][0];
    const frame = g._transitionData._frames.find(f => String(f.name) === String(name));
    if (!frame) return { error: `the slider's last step animates to "${name}", which is no frame` };
    const plain = v => JSON.stringify(v, (k, x) => ArrayBuffer.isView(x) ? Array.from(x) : x);
    const differ = [];
    (frame.data || []).forEach((t, j) => {
      const idx = frame.traces ? frame.traces[j] : j;
      for (const key of ['x', 'y', 'z', 'text', 'marker.size']) {
        const [a, b] = key.split('.');
        const want = b ? (t[a] || {})[b] : t[a];
        if (want === undefined) continue;
        const got = b ? (g.data[idx][a] || {})[b] : g.data[idx][a];
        if (plain(want) !== plain(got)) differ.push(`trace ${idx} ${key}`);
      }
    });
    const title = frame.layout && frame.layout.title;
    return { name: String(name), label: step.label, differ, drawn: d,
      wantTitle: title === undefined ? null : (typeof title === 'string' ? title : title.text),
      title: (g.querySelector('.gtitle') || {}).textContent || '',
      current: (g.querySelector('.slider-group > text.slider-label') || {}).textContent || '' };
  }, gd, { timeout: 30000, polling: 100 }).then(h => h.jsonValue(), () => null);
  page.__nnlabInterrupting = false;
  if (!last) throw new Error('dragging the slider to its end did not land on its last step (or plotly never finished drawing it)');
  if (last.error) throw new Error(last.error);
  await gd.screenshot({ path: shot('last') });
  console.log(`${where}: animated figure ${n} (${frames} frames): play drew ${seen.drawn} different pictures in ` +
    `${playSeconds.toFixed(1)} s (frames ${seen.names.slice(0, 4).join(', ')}${seen.names.length > 4 ? ', …' : ''}); ` +
    `slider at its end shows "${last.name}" (title "${last.title}", slider "${last.current}")`);
  if (last.differ.length) fail(`${where}: animated figure ${n}: at the last step the figure's data are not frame "${last.name}"'s: ${last.differ.join(', ')}`);
  // plotly draws a title's <br> as separate lines (tspans), so compare the text without tags and spaces
  const words = t => String(t).replace(/<[^>]*>/g, '').replace(/\s+/g, '');
  if (last.wantTitle !== null && words(last.title) !== words(last.wantTitle)) {
    fail(`${where}: animated figure ${n}: the last frame's title is "${last.wantTitle}" but "${last.title}" is drawn`);
  }
  if (!last.current.trim().endsWith(String(last.label))) fail(`${where}: animated figure ${n}: the slider shows "${last.current}", not its last step "${last.label}"`);
  if (last.drawn === first.drawn) fail(`${where}: animated figure ${n}: the last frame is drawn the same as the first`);
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
    if (args.notebook || args.live) await shutDownKernels();
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
