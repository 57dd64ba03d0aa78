// The site checker is itself checked: given pages with a known Nu HTML Checker error and a known axe-core violation,
// check-site must fail and name each page and rule; given clean pages, it must pass. Run with `node --test`.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const checker = path.join(__dirname, '..', 'check-site.js');

/** A small valid page; `body` goes inside <main>. */
function page(title, body) {
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${title}</title></head>\n` +
    `<body class="page-${title.toLowerCase().replace(/\W+/g, '-')}"><main><h1>${title}</h1>${body}</main></body>\n</html>\n`;
}

/** Writes a site folder of { relativePath: html } and returns its path. */
function site(pages) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-site-'));
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

function check(dir) {
  const result = spawnSync(process.execPath, [checker, dir, '--pages', 'all'], { encoding: 'utf8', timeout: 180000 });
  assert.strictEqual(result.error, undefined, `check-site did not run: ${result.error}`);
  return { status: result.status, out: result.stdout + result.stderr };
}

test('clean pages pass', () => {
  const dir = site({ 'index.html': page('Home', '<p>Welcome.</p>'), 'a/index.html': page('About', '<p>About us.</p>') });
  const { status, out } = check(dir);
  assert.strictEqual(status, 0, out);
  assert.match(out, /vnu checked 2 pages: 0 errors/);
  assert.match(out, /axe checked 2 pages \(every page\) at WCAG 2\.2 AA with enhanced contrast and landmarks, light and dark: 0 violations/);
});

test('a page with a Nu HTML Checker error fails, naming the page', () => {
  // A stray end tag is an HTML parse error that axe does not see.
  const dir = site({ 'index.html': page('Home', '<p>Welcome.</p>'), 'bad/index.html': page('Bad', '<p>Text</span></p>') });
  const { status, out } = check(dir);
  assert.strictEqual(status, 1, out);
  assert.match(out, /vnu: "bad\/index\.html":\d+\.\d+-\d+\.\d+: error: .*span/);
  assert.match(out, /vnu checked 2 pages: 1 error\b/);
});

test('a page with an axe violation fails, naming the page and the rule', () => {
  // A button with no accessible name is valid HTML (vnu is silent) but fails WCAG 4.1.2 (axe's button-name).
  const dir = site({ 'index.html': page('Home', '<p>Welcome.</p>'), 'bad/index.html': page('Bad', '<button type="button"></button>') });
  const { status, out } = check(dir);
  assert.strictEqual(status, 1, out);
  assert.match(out, /vnu checked 2 pages: 0 errors/);
  // Found once in each colour scheme.
  assert.match(out, /axe: bad\/index\.html: button-name \(critical\)/);
  assert.match(out, /axe: bad\/index\.html \(dark\): button-name \(critical\)/);
  assert.match(out, /2 violations\b/);
});

test('axe results it cannot decide are listed for review, not dropped', () => {
  // Text over a background image: axe cannot compute the contrast, so color-contrast is "incomplete".
  const css = 'main{background-image:url("data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")}';
  const html = page('Review', '<p>Over an image.</p>').replace('</head>', '<link rel="stylesheet" href="s.css"></head>');
  const dir = site({ 'index.html': html, 's.css': css });
  const { status, out } = check(dir);
  assert.strictEqual(status, 0, out);
  assert.match(out, /axe \(needs review\): index\.html: color-contrast/);
  assert.match(out, /[1-9]\d* results? to review by hand/);
});

test('on a site of more than 200 pages, one page of each page type is checked by axe, every page by vnu', () => {
  const pages = { 'index.html': page('Home', '<p>Home.</p>') };
  for (let i = 0; i < 201; i++) pages[`c/${i}/index.html`] = page('Class', `<p>Class ${i}.</p>`);
  const dir = site(pages);
  const result = spawnSync(process.execPath, [checker, dir], { encoding: 'utf8', timeout: 300000 });
  const out = result.stdout + result.stderr;
  assert.strictEqual(result.status, 0, out);
  assert.match(out, /vnu checked 202 pages: 0 errors/);
  assert.match(out, /axe checked 2 pages \(one page of each of 2 page types\)/);
});
