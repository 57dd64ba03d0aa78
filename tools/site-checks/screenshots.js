#!/usr/bin/env node
// screenshots SITE OUT: a picture of one page of each page type (the first in path order, told by the <body> class) of a
// built site, as a reader meets it: desktop (1280 px), phone (390 px), dark (the dark colour scheme at 1280 px) and
// print (print styles on an A4-wide sheet), whole pages, into OUT as <type>-<view>.png (e.g. class-phone.png).
// For people to look at, not a test. scripts/screenshots.sh builds the sample site and runs this.
// Environment: CHROMIUM (default /usr/bin/chromium).
'use strict';

const fs = require('fs');
const path = require('path');
const { htmlFiles, pageType, onePerType, open } = require('./site-pages');

// A4 at 96 px per inch, less the 15 mm margins of the theme's @page rule: 180 mm (portrait) and 267 mm (landscape).
const VIEWS = [
  { name: 'desktop', width: 1280, height: 900, colorScheme: 'light', media: 'screen' },
  { name: 'phone', width: 390, height: 844, colorScheme: 'light', media: 'screen', mobile: true },
  { name: 'dark', width: 1280, height: 900, colorScheme: 'dark', media: 'screen' },
  { name: 'print', width: 680, height: 1000, colorScheme: 'light', media: 'print' },
];
const LANDSCAPE_PRINT_WIDTH = 1009;
const LANDSCAPE_TYPES = new Set(['page-series', 'page-series-compare']);

async function main() {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out || !fs.existsSync(path.join(dir, 'index.html'))) {
    console.error('usage: screenshots SITE OUT   (SITE: a built site folder; OUT: where the pictures go)');
    process.exit(2);
  }
  fs.mkdirSync(out, { recursive: true });
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const file of onePerType(htmlFiles(path.resolve(dir)))) {
      const type = pageType(file);
      for (const view of VIEWS) {
        const width = view.media === 'print' && LANDSCAPE_TYPES.has(type) ? LANDSCAPE_PRINT_WIDTH : view.width;
        const context = await browser.newContext({
          viewport: { width, height: view.height }, colorScheme: view.colorScheme, isMobile: !!view.mobile, hasTouch: !!view.mobile,
        });
        const page = await context.newPage();
        await page.emulateMedia({ media: view.media, colorScheme: view.colorScheme });
        await open(page, path.resolve(dir), file);
        const name = `${type.replace(/^page-/, '')}-${view.name}.png`;
        await page.screenshot({ path: path.join(out, name), fullPage: true });
        await context.close();
        console.log(`${name}  ${path.relative(dir, file)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch(error => {
  console.error(`screenshots: ${error.stack || error}`);
  process.exit(2);
});
