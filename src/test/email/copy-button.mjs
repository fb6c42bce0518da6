// A manual check of the digest page's "Copy for e-mail" button in headless Chromium: clicks it through the
// DevTools protocol and prints what landed on the clipboard (both text/html and text/plain are expected).
//
//   node --experimental-websocket copy-button.mjs file:///path/to/site/newsletter/2025-03.html   (Node 20)
//   node copy-button.mjs ...                                                                      (Node 22+)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.argv[2];
const port = 9333;
const chrome = spawn(process.env.CHROMIUM || 'chromium', ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--no-first-run', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'copy-'))}`,
  `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function connect(wsUrl) {
  const ws = new WebSocket(wsUrl);
  let id = 0;
  const pending = new Map();
  ws.onmessage = (m) => {
    const d = JSON.parse(m.data);
    if (d.id && pending.has(d.id)) {
      pending.get(d.id)(d);
      pending.delete(d.id);
    }
  };
  const ready = new Promise((r) => { ws.onopen = r; });
  const send = (method, params = {}) => new Promise((r) => {
    const i = ++id;
    pending.set(i, r);
    ws.send(JSON.stringify({ id: i, method, params }));
  });
  return { ready, send, ws };
}

try {
  let targets;
  for (let i = 0; i < 50 && !targets; i++) {
    try { targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json(); } catch { await sleep(200); }
  }
  const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const browser = connect(version.webSocketDebuggerUrl);
  const page = connect(targets.find((t) => t.type === 'page').webSocketDebuggerUrl);
  await browser.ready;
  await page.ready;
  await browser.send('Browser.grantPermissions', { permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
  await page.send('Page.enable');
  await page.send('Page.navigate', { url });
  await sleep(1500);
  await page.send('Page.bringToFront'); // the clipboard is written only by a focused document
  const evaluate = async (expression) => (await page.send('Runtime.evaluate',
    { expression, awaitPromise: true, userGesture: true, returnByValue: true })).result.result.value;
  await evaluate('document.getElementById("copy-email").click()');
  await sleep(800);
  const clipboard = await evaluate(`navigator.clipboard.read().then(async (items) => {
    const out = {};
    for (const item of items) for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  })`);
  console.log('status:', await evaluate('document.getElementById("copy-status").textContent'));
  for (const [type, value] of Object.entries(clipboard)) {
    console.log(`${type}: ${value.length} characters: ${JSON.stringify(value.slice(0, 80))}…`);
  }
  browser.ws.close();
  page.ws.close();
  process.exitCode = clipboard['text/html'] && clipboard['text/plain'] ? 0 : 1;
} finally {
  chrome.kill();
}
