#!/usr/bin/env node
// check-site DIR [--pages all|per-type]: checks a built Rungs site with two standard tools and exits 1 on any problem.
//   1. The W3C Nu HTML Checker (vnu.jar, run with Java) on every page: any error fails.
//   2. axe-core in Debian's Chromium (driven by playwright-core; no browser is ever downloaded) at WCAG 2.2 AA, plus
//      WCAG's enhanced (AAA) text contrast and axe's `region` rule (all content inside landmarks), each page in the light
//      and in the dark colour scheme: any violation fails. By default every page of a small site, or one page of each page type (the <body> class)
//      when the site has more than 200 pages; --pages chooses. axe's "incomplete" results (checks it could not decide,
//      such as contrast over a background image) are listed for a person to review; they do not fail the check.
// Environment: JAVA (default `java`), CHROMIUM (default /usr/bin/chromium).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { htmlFiles, onePerType, open } = require('./site-pages');

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Beyond AA: text contrast of 7:1 (WCAG 1.4.6) and every part of a page inside a landmark. Neither rule is in the tags.
const EXTRA_RULES = { 'color-contrast-enhanced': { enabled: true }, region: { enabled: true } };
const SCHEMES = ['light', 'dark'];
const STANDARD = 'WCAG 2.2 AA with enhanced contrast and landmarks, light and dark';
const ALL_PAGES_UP_TO = 200;

function usage(message) {
  if (message) console.error(`check-site: ${message}`);
  console.error('usage: check-site DIR [--pages all|per-type]');
  process.exit(2);
}

function parseArgs(argv) {
  const args = { dir: null, pages: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pages') {
      args.pages = argv[++i];
      if (args.pages !== 'all' && args.pages !== 'per-type') usage(`--pages takes all or per-type, not ${args.pages}`);
    } else if (argv[i].startsWith('-')) usage(`unknown option ${argv[i]}`);
    else if (args.dir === null) args.dir = argv[i];
    else usage('give one folder');
  }
  if (args.dir === null) usage('give the built site folder');
  if (!fs.existsSync(path.join(args.dir, 'index.html'))) usage(`${args.dir} holds no index.html; build the site first`);
  return args;
}

/** The Nu HTML Checker over the whole folder: one Java start, every page; returns the number of errors. */
function runVnu(dir) {
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  const java = process.env.JAVA || 'java';
  const result = spawnSync(java, ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'gnu', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    console.error(`check-site: could not run ${java}: ${result.error.message}`);
    process.exit(2);
  }
  const errors = (result.stdout + result.stderr).split('\n').filter(line => line.trim().length > 0);
  for (const line of errors) console.log(`vnu: ${line.replace(`"file:${path.resolve(dir)}/`, '"')}`);
  if (result.status !== 0 && errors.length === 0) {
    console.error(`check-site: vnu exited with ${result.status} and said nothing`);
    return 1;
  }
  return errors.length;
}

function choosePages(files, mode) {
  if (mode === 'all' || (mode === null && files.length <= ALL_PAGES_UP_TO)) return files;
  return onePerType(files);
}

/**
 * axe-core (STANDARD) on each page in each colour scheme, in one headless Chromium with a tab per core. Returns the number
 * of violations and of incomplete results (listed for review, never silently dropped).
 */
async function runAxe(dir, pages) {
  const { chromium } = require('playwright-core');
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const found = new Map();
  try {
    let next = 0;
    const tab = async () => {
      const page = await browser.newPage();
      while (next < pages.length) {
        const file = pages[next++];
        const results = [];
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await open(page, dir, file);
          await page.addScriptTag({ content: axeSource });
          const result = await page.evaluate(
            ([tags, rules]) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules }), [WCAG_22_AA, EXTRA_RULES]);
          results.push({ colorScheme, result });
        }
        found.set(file, results);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(4, os.cpus().length)) }, tab));
  } finally {
    await browser.close();
  }

  const describe = v => {
    const where = v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ');
    return `${v.id} (${v.impact || 'no impact given'}): ${v.help} [${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}: ${where}]`;
  };
  let violations = 0;
  let incomplete = 0;
  for (const file of pages) {
    for (const { colorScheme, result } of found.get(file)) {
      const where = `${path.relative(dir, file)}${colorScheme === 'light' ? '' : ` (${colorScheme})`}`;
      for (const v of result.violations) {
        violations++;
        console.log(`axe: ${where}: ${describe(v)}`);
      }
      for (const v of result.incomplete) {
        incomplete++;
        console.log(`axe (needs review): ${where}: ${describe(v)}`);
      }
    }
  }
  return { violations, incomplete };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = path.resolve(args.dir);
  const files = htmlFiles(dir);

  let started = Date.now();
  const vnuErrors = runVnu(dir);
  console.log(`check-site: vnu checked ${files.length} pages: ${vnuErrors} error${vnuErrors === 1 ? '' : 's'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  started = Date.now();
  const pages = choosePages(files, args.pages);
  const { violations: axeViolations, incomplete } = await runAxe(dir, pages);
  const which = pages.length === files.length ? 'every page' : `one page of each of ${pages.length} page types`;
  console.log(`check-site: axe checked ${pages.length} pages (${which}) at ${STANDARD}: ${axeViolations} violation${axeViolations === 1 ? '' : 's'}, ${incomplete} result${incomplete === 1 ? '' : 's'} to review by hand (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  process.exit(vnuErrors + axeViolations > 0 ? 1 : 0);
}

main().catch(error => {
  console.error(`check-site: ${error.stack || error}`);
  process.exit(2);
});
