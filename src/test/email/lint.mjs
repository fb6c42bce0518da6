// Lints the e-mail digests of a built postmortem site against the caniemail data (via @jsx-email/doiuse-email)
// for Gmail, Outlook and Apple Mail, plus the rules that data does not cover. Findings listed in allowed.json are
// accepted; any other fails the run, so a template change that Gmail or Outlook cannot render is caught in CI.
//
//   npm ci && node lint.mjs path/to/site
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const allowed = JSON.parse(readFileSync(join(here, 'allowed.json'), 'utf8'));
const accepted = new Set(allowed.accepted.map((a) => a.error));

const site = process.argv[2];
if (!site || !existsSync(join(site, 'newsletter'))) {
  console.error('usage: node lint.mjs SITE_DIRECTORY (a built site with a newsletter/ folder)');
  process.exit(2);
}
const emails = readdirSync(join(site, 'newsletter')).filter((f) => f.endsWith('.email.html')).sort();
if (emails.length === 0) {
  console.error(`no newsletter/*.email.html in ${site}`);
  process.exit(2);
}

const GMAIL_CLIP = 102 * 1024;
let failed = 0;
const seenAccepted = new Map();
for (const name of emails) {
  const html = readFileSync(join(site, 'newsletter', name), 'utf8');
  const problems = [];
  const result = doIUseEmail(html, { emailClients: allowed.clients });
  for (const error of new Set(result.success ? [] : result.errors)) {
    if (accepted.has(error)) {
      seenAccepted.set(error, (seenAccepted.get(error) || 0) + 1);
    } else {
      problems.push(error);
    }
  }
  // rules from the project's notes that the caniemail data does not express
  if (/<script\b|<link\b|<style\b|<iframe\b|<form\b/i.test(html)) problems.push('script, link, style, iframe or form element');
  if (/rgba?\(\s*\d+\s+\d+/i.test(html)) problems.push('space-separated rgb(): Gmail drops the whole style attribute');
  if (/\b(?:href|src)="(?!https?:|mailto:)/i.test(html) && !/Links in this e-mail are relative/.test(html)) {
    problems.push('a relative link in an e-mail built with a base URL');
  }
  if (Buffer.byteLength(html, 'utf8') > GMAIL_CLIP) problems.push(`larger than ${GMAIL_CLIP} bytes: Gmail clips it`);
  if (/<img\b(?![^>]*\balt=)(?![^>]*\bwidth=)/i.test(html)) problems.push('an image without alt or width');
  for (const p of problems) {
    console.log(`${name}: ${p}`);
  }
  failed += problems.length;
}
for (const [error, n] of seenAccepted) {
  console.log(`accepted (allowed.json): ${error} — in ${n} of ${emails.length} e-mails`);
}
console.log(`e-mail lint (${allowed.package}, ${allowed.clients.join(' ')}): ${emails.length} e-mails, ` +
  `${failed} new finding${failed === 1 ? '' : 's'}`);
process.exit(failed === 0 ? 0 : 1);
