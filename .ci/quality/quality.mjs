// Quality gates for a built site, run by .ci/run after the tests:
//   1. every page passes the Nu HTML Checker with zero errors;
//   2. axe-core in headless Chromium finds zero violations on the main pages, light and dark, desktop and phone;
//      the keyboard alone works the search, the copy button, the filters, the sortable table and the home chart;
//      no page scrolls sideways from 320 to 1920 px, and a table or chart fits or scrolls in its own box;
//   3. no internal link, image or anchor points to a missing file (linkinator, external links skipped);
//   4. with --screenshots DIR, main pages at desktop and phone widths, light and dark, as PNG.
// Usage: node quality.mjs SITE_DIR [--screenshots DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { LinkChecker } from 'linkinator';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const site = path.resolve(args[0] ?? '../../content/target/site');
const shotsAt = args.indexOf('--screenshots');
const screenshots = shotsAt >= 0 ? path.resolve(args[shotsAt + 1]) : null;
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
let failures = 0;

function fail(message) {
  failures++;
  console.error(`FAIL ${message}`);
}

// 1. Nu HTML Checker, on every web page. The e-mail variants (*.email.html) are e-mail, not web pages: they
// keep the table attributes Outlook needs (width, cellpadding, bgcolor), which HTML5 calls obsolete, and are
// checked by the e-mail linter (src/test/email/lint.mjs) instead.
const vnu = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const webPages = execFileSync('find', [site, '-name', '*.html', '!', '-name', '*.email.html']).toString()
  .split('\n').filter(Boolean).sort();
try {
  execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...webPages],
    { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  console.log('html: Nu HTML Checker found no errors');
} catch (e) {
  const out = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
  out.split('\n').forEach((line) => fail(`html: ${line.replace(pathToFileURL(site).href + '/', '')}`));
}

// Pages that readers use most; those a site does not have (no search, no digest yet) are skipped.
function pick(relative) {
  return existsSync(path.join(site, relative.split('?')[0])) ? [relative] : [];
}
const firstMatching = (dir, pattern) => {
  const full = path.join(site, dir);
  if (!existsSync(full)) return [];
  const names = execFileSync('ls', [full]).toString().split('\n').filter((n) => pattern.test(n)).sort();
  return names.length ? [`${dir}/${names[names.length - 1]}`] : [];
};
const withAttachments = execFileSync('find', [site, '-mindepth', '2', '-maxdepth', '2', '-type', 'd'])
  .toString().split('\n').filter((d) => /\/\d{4}\/\d\d\.[^/]+$/.test(d) && existsSync(`${d}.html`)).sort();
const pages = [
  'index.html',
  ...firstMatching('', /^\d{4}$/).map((y) => `${y.replace(/^\//, '')}/index.html`),
  ...(withAttachments.length ? [path.relative(site, `${withAttachments[withAttachments.length - 1]}.html`)] : []),
  'systems/index.html',
  ...firstMatching('systems', /^(?!index).*\.html$/),
  'actions.html',
  ...firstMatching('newsletter', /^\d{4}-\d\d\.html$/),
  ...pick('search.html?q=disk+full'),
].map((p) => p.replace(/^\/+/, ''));

const browser = await chromium.launch({
  executablePath: browserPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// 2. axe-core, light and dark, on a desktop and on a phone (where action items become cards)
for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 390], ['dark', 390]]) {
  // the pages' CSP allows only their own scripts; axe is injected for the audit only
  const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
  for (const page of pages) {
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(path.join(site, page.split('?')[0])).href + (page.includes('?') ? `?${page.split('?')[1]}` : ''));
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(page.startsWith('search') ? 500 : 0);
    await tab.addScriptTag({ content: axeSource });
    const violations = await tab.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
    if (violations.length) violations.forEach((v) => fail(`a11y ${colorScheme} ${width}px ${page}: ${v}`));
    else console.log(`a11y ${colorScheme} ${width}px ${page}: no violations`);
    await tab.close();
  }
  await context.close();
}

// 2b. keyboard: the controls work without a mouse
async function tabTo(tab, test, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await tab.keyboard.press('Tab');
    if (await tab.evaluate(test)) return true;
  }
  return false;
}
{
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tab = await context.newPage();
  const digest = pages.find((p) => p.startsWith('newsletter/'));
  if (digest) {
    await tab.goto(pathToFileURL(path.join(site, digest)).href);
    if (!await tabTo(tab, () => /^Copy for e-mail/.test(document.activeElement?.textContent.trim() ?? ''))) {
      fail(`keyboard ${digest}: the copy button cannot be reached with Tab`);
    } else {
      await tab.keyboard.press('Enter');
      let types = [];
      for (let i = 0; i < 30 && types.length < 2; i++) { // the copy is asynchronous: poll for up to 3 s
        await tab.waitForTimeout(100);
        types = await tab.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types).sort())
          .catch(() => []);
      }
      if (types.join(',') !== 'text/html,text/plain') fail(`keyboard ${digest}: copy put ${types} on the clipboard`);
      else console.log(`keyboard ${digest}: copy button puts text/html and text/plain on the clipboard`);
    }
  }
  if (existsSync(path.join(site, 'search.html'))) {
    // from file://, with the browser's default security: type a query, then narrow it with a facet
    await tab.goto(pathToFileURL(path.join(site, 'search.html')).href);
    if (!await tabTo(tab, () => document.activeElement?.id === 'search-input')) {
      fail('keyboard search.html: the search box cannot be reached with Tab');
    } else {
      await tab.keyboard.type('disk full', { delay: 20 });
      // results update as each letter arrives: wait until they settle, so a loaded machine reads the whole query's
      let before = 0;
      for (let i = 0, same = 0, last = -1; i < 50 && same < 3; i++) {
        await tab.waitForTimeout(100);
        before = await tab.evaluate(() => document.querySelectorAll('#search-results li').length);
        same = before > 0 && before === last ? same + 1 : 0;
        last = before;
      }
      const reached = before > 0 && await tabTo(tab, () => document.activeElement?.type === 'checkbox');
      if (!reached) {
        fail(`keyboard search.html: typing gave ${before} results or no facet could be reached with Tab`);
      } else {
        const label = await tab.evaluate(() => document.activeElement.closest('label')?.textContent.trim());
        await tab.keyboard.press('Space');
        await tab.waitForFunction((n) => document.querySelectorAll('#search-results li').length !== n, before,
          { timeout: 3000 }).catch(() => {});
        const after = await tab.evaluate(() => document.querySelectorAll('#search-results li').length);
        const expected = Number((label ?? '').match(/\((\d+)\)$/)?.[1]);
        // the facet's count is how many results it keeps; the list shows at most a page of them
        if (after === 0 || after > before || after > expected) {
          fail(`keyboard search.html: facet "${label}" left ${after} of ${before} results`);
        } else {
          console.log(`keyboard search.html: typing finds ${before} results from file://; Space on facet "${label}" narrows to ${after}`);
        }
      }
    }
  }
  await tab.goto(pathToFileURL(path.join(site, 'actions.html')).href);
  if (!await tabTo(tab, () => document.activeElement?.name === 'status')) {
    fail('keyboard actions.html: the status filter cannot be reached with Tab');
  } else {
    await tab.keyboard.press('ArrowDown'); // "all" → "open"
    await tab.waitForTimeout(100);
    const shown = await tab.evaluate(() => [...document.querySelectorAll('.action-group tbody tr')]
      .filter((r) => !r.hidden).map((r) => r.dataset.status));
    if (!shown.length || shown.some((s) => s !== 'open')) fail(`keyboard actions.html: filtering by status showed ${shown.length} rows`);
    else console.log(`keyboard actions.html: the status filter shows ${shown.length} open action items`);
  }
  // the home chart's bars are links to their month on the year's page
  await tab.goto(pathToFileURL(path.join(site, 'index.html')).href);
  if (!await tabTo(tab, () => !!document.activeElement?.closest('svg.chart'))) {
    fail('keyboard index.html: no bar of the monthly chart can be reached with Tab');
  } else {
    const bar = await tab.evaluate(() => document.activeElement.querySelector('title')?.textContent);
    await Promise.all([tab.waitForURL(/\/\d{4}\/index\.html/, { timeout: 3000 }).catch(() => {}), tab.keyboard.press('Enter')]);
    const landed = await tab.evaluate(() => ({ url: location.href, target: !!document.getElementById(location.hash.slice(1)) }));
    if (!/\/\d{4}\/index\.html(#m\d+)?$/.test(landed.url) || (landed.url.includes('#') && !landed.target)) {
      fail(`keyboard index.html: Enter on the bar "${bar}" opened ${landed.url}`);
    } else {
      console.log(`keyboard index.html: Enter on the bar "${bar}" opens ${path.relative(site, fileURLToPath(landed.url.split('#')[0]))}#${landed.url.split('#')[1] ?? ''}`);
    }
  }
  await tab.goto(pathToFileURL(path.join(site, 'systems/index.html')).href);
  if (!await tabTo(tab, () => document.activeElement?.closest('th')?.textContent.trim() === 'Incidents')) {
    fail('keyboard systems/index.html: the Incidents column cannot be reached with Tab');
  } else {
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Enter'); // ascending, then descending
    const counts = await tab.evaluate(() => [...document.querySelectorAll('tbody tr td:nth-child(2)')].map((c) => +c.textContent));
    const sorted = [...counts].sort((a, b) => b - a);
    if (counts.join() !== sorted.join()) fail(`keyboard systems/index.html: sorting gave ${counts}`);
    else console.log('keyboard systems/index.html: Enter on a column heading sorts the table');
  }
  await context.close();
}

// 2c. fit: at every width from a small phone to a wide desktop the page itself never scrolls sideways; a table or
// chart wider than its box scrolls inside its own wrapper (.table-wrap, .chart-wrap), where a reader sees it.
// The e-mail variant of the digest is checked too: it must be fluid up to its 600 px.
{
  const emails = firstMatching('newsletter', /^\d{4}-\d\d\.email\.html$/);
  for (const width of [320, 390, 1280, 1920]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    for (const page of [...pages, ...emails]) {
      await tab.goto(pathToFileURL(path.join(site, page.split('?')[0])).href + (page.includes('?') ? `?${page.split('?')[1]}` : ''));
      await tab.waitForTimeout(page.startsWith('search') ? 500 : 0);
      const found = await tab.evaluate((desktop) => {
        const root = document.scrollingElement;
        const problems = [];
        if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
        // a table or chart cut by a box that does not scroll, or wider than the window
        for (const el of document.querySelectorAll('table, svg.chart')) {
          if (el.closest('template')) continue;
          const box = el.parentElement;
          const scrolls = /auto|scroll/.test(getComputedStyle(box).overflowX) || /auto|scroll/.test(getComputedStyle(el).overflowX);
          const r = el.getBoundingClientRect();
          if (r.width > box.clientWidth + 1 && !scrolls) {
            problems.push(`${el.tagName.toLowerCase()} ${Math.round(r.width)} px in a ${box.clientWidth} px ${box.tagName.toLowerCase()} that does not scroll`);
          }
          if (r.right > root.clientWidth + 1 && !scrolls) problems.push(`${el.tagName.toLowerCase()} ends at ${Math.round(r.right)} px`);
          // on a desktop nothing needs scrolling; on a phone a chart opens at its newest end
          if (desktop && r.width > box.clientWidth + 1) {
            problems.push(`${el.tagName.toLowerCase()} ${Math.round(r.width)} px in a ${box.clientWidth} px box`);
          }
          if (el.matches('svg.chart') && r.right > box.getBoundingClientRect().right + 1) {
            problems.push(`chart's newest end is ${Math.round(r.right - box.getBoundingClientRect().right)} px out of view`);
          }
          // action items: Ticket and Status stay in view without scrolling
          if (el.matches('table.actions, table.cards') && r.width > box.clientWidth + 1) {
            problems.push(`action table ${Math.round(r.width)} px in a ${box.clientWidth} px box`);
          }
        }
        return problems;
      }, width >= 1280);
      if (found.length) found.forEach((f) => fail(`fit ${width}px ${page}: ${f}`));
    }
    console.log(`fit ${width}px: ${pages.length + emails.length} pages checked`);
    await context.close();
  }
}

// 3. links (our own Java test checks anchors too; this is the second opinion the issue asks for)
const checker = new LinkChecker();
const result = await checker.check({ path: site, recurse: true, linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)', '^mailto:'] });
const broken = result.links.filter((l) => l.state === 'BROKEN');
broken.forEach((l) => fail(`link: ${l.url} (from ${l.parent})`));
console.log(`links: ${result.links.length} checked, ${broken.length} broken`);

// 4. screenshots
if (screenshots) {
  mkdirSync(screenshots, { recursive: true });
  const shots = [['home', 'index.html'], ['postmortem', pages[2]], ['timeline', `${pages[2]}#timeline`],
    ['systems', 'systems/index.html'], ['system', pages.find((p) => /systems\/(?!index)/.test(p))],
    ['actions', 'actions.html'], ...pages.filter((p) => p.startsWith('newsletter') || p.startsWith('search')).map((p) => [p.split(/[/.?]/)[0], p]),
    ...firstMatching('newsletter', /^\d{4}-\d\d\.email\.html$/).map((p) => ['email', p])]
    .filter(([, p]) => p);
  for (const [name, page] of shots) {
    for (const [device, viewport] of [['desktop', { width: 1280, height: 1000 }], ['phone', { width: 390, height: 844 }]]) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ colorScheme, viewport, deviceScaleFactor: 1 });
        const tab = await context.newPage();
        const [file, hash] = page.split('#');
        await tab.goto(pathToFileURL(path.join(site, file.split('?')[0])).href + (file.includes('?') ? `?${file.split('?')[1]}` : '')
          + (hash ? `#${hash}` : ''));
        await tab.waitForTimeout(page.startsWith('search') ? 500 : 100);
        await tab.screenshot({ path: path.join(screenshots, `${name}-${device}-${colorScheme}.png`) });
        await context.close();
      }
    }
  }
  console.log(`screenshots: ${shots.length * 4} in ${screenshots}`);
}

await browser.close();
if (failures) {
  console.error(`quality: ${failures} problem(s)`);
  process.exit(1);
}
console.log('quality: all gates passed');
