#!/usr/bin/env node
// How long the header search box takes, in Debian's Chromium, from the last keystroke of a query to its list of results
// shown, on a built site served by a small local web server (or from disk with --file). Types each query key by key
// (one key every 120 ms), after focusing the box (which loads the manifest), five times in fresh pages; prints each
// time and the median. Asserts nothing: the target (issue 24.4) is 100 ms.
// Usage: node tools/site-checks/search-latency.js <output-folder> [--file] [query …]
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const args = process.argv.slice(2);
const fromDisk = args.includes("--file");
const [output, ...given] = args.filter((a) => a !== "--file");
if (!output || !fs.existsSync(path.join(output, "search", "manifest.js"))) {
  console.error("usage: node tools/site-checks/search-latency.js <output-folder> [--file] [query …]   (build the site first)");
  process.exit(2);
}
const queries = given.length ? given : ["supervisor", "customer service", "process", "pro"];
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon" };

(async () => {
  const server = http.createServer((request, response) => {
    let file = path.join(output, decodeURIComponent(new URL(request.url, "http://localhost").pathname));
    if (file.endsWith(path.sep)) file = path.join(file, "index.html");
    fs.readFile(file, (error, data) => {
      response.writeHead(error ? 404 : 200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
      response.end(error ? "" : data);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = fromDisk ? "file://" + path.resolve(output) + "/" : `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  for (const query of queries) {
    const times = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(base + "series/index.html");
      await page.evaluate(() => {
        window.shownAt = [];
        const list = document.querySelector("#site-search-listbox");
        new MutationObserver(() => window.shownAt.push(performance.now())).observe(list, { childList: true });
        document.querySelector("#site-search-input").addEventListener("keydown", () => { window.lastKeyAt = performance.now(); });
      });
      await page.click("#site-search-input");
      await page.waitForTimeout(300);
      await page.keyboard.type(query, { delay: 120 });
      await page.waitForTimeout(1500);
      times.push(Math.round(await page.evaluate(() => {
        const after = window.shownAt.filter((t) => t > window.lastKeyAt);
        return after.length ? after[after.length - 1] - window.lastKeyAt : -1;
      })));
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`${JSON.stringify(query).padEnd(34)} ${times.join(" ").padEnd(24)} median ${times[2]} ms`);
  }
  await browser.close();
  server.close();
})();
