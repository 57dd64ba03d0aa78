// What check-site.js and screenshots.js share: the pages of a built site, their page types, and opening a page from
// disk the way a web server would serve it.
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');

/** Every .html file under dir, in path order. */
function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    })
    .sort();
}

/** The page type of a page: its <body> class (`page-class`, `page-series`…), which every Rungs theme page sets. */
function pageType(file) {
  const match = /<body[^>]*\sclass="([^"]*)"/.exec(fs.readFileSync(file, 'utf8'));
  return match ? match[1] : '(no body class)';
}

/** The first page (in path order) of each page type. */
function onePerType(files) {
  const byType = new Map();
  for (const file of files) {
    const type = pageType(file);
    if (!byType.has(type)) byType.set(type, file);
  }
  return [...byType.values()];
}

/**
 * Lets a Playwright page opened from disk load what a server would serve from the site root: the 404 page is served at
 * any address, so its links start from the site's base path (`/assets/site.css`), which file:// would look for at the
 * root of the disk. A file:// request outside the site folder is answered with the site's file of the same path (the
 * base path's folders dropped one by one until one exists).
 */
const routed = new WeakSet();

async function serveRootPaths(page, dir) {
  if (routed.has(page)) return;
  routed.add(page);
  const root = path.resolve(dir);
  await page.route(url => url.protocol === 'file:' && !fileURLToPath(url).startsWith(root + path.sep), async route => {
    const parts = new URL(route.request().url()).pathname.split('/').filter(Boolean).map(decodeURIComponent);
    for (let drop = 0; drop < parts.length; drop++) {
      const candidate = path.join(root, ...parts.slice(drop));
      if (candidate.startsWith(root + path.sep) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
        return route.fulfill({ path: candidate });
      }
    }
    return route.continue();
  });
}

/** Opens a page of the site from disk, with serveRootPaths in place. */
async function open(page, dir, file) {
  await serveRootPaths(page, dir);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}

module.exports = { htmlFiles, pageType, onePerType, open };
