#!/usr/bin/env node
// Search benchmark: what a reader's first query downloads and how long it takes to answer, on a built site.
// Usage: node scripts/bench-search.js <output-folder> [query …]
// Types each query as a reader would (every keystroke from the third character, as the header box does), records
// every file the client would load (search.js, manifest, term fragments, and the document chunks of the top 8
// results), gzips them (level 9, as served; the size as written is shown too), and times scoring the full query (median of 20 runs, fragments parsed).
// Prints figures; asserts nothing (targets: ≤ 300 KB gzip per first query, ≤ 50 ms to answer).
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const output = process.argv[2];
if (!output || !fs.existsSync(path.join(output, "search", "manifest.js"))) {
  console.error("usage: node scripts/bench-search.js <output-folder> [query …]   (build the site first)");
  process.exit(2);
}
const engine = require(path.resolve(__dirname, "..", "themes", "default", "assets", "search.js"));

// Index files are scripts calling rungsSearch(name, data); read the data back the same way.
function read(name) {
  const file = path.join(output, "search", name + ".js");
  const text = fs.readFileSync(file, "utf8");
  let data;
  new Function("rungsSearch", text)((n, d) => { data = d; });
  return { data, bytes: fs.readFileSync(file) };
}
const gz = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const manifest = read("manifest");
const code = fs.readFileSync(path.join(output, "assets", "search.js"));

function sample() {
  // Queries that exist on any site: a class code, a class title, an HRIS-like name, words, a prefix and a typo.
  const first = read("docs/0").data.d[0];
  const words = Object.keys(read("terms/" + engine.fragmentKey("service", manifest.data)).data.terms || {});
  const queries = [first.c, first.t, "customer service", "supervis", "supervison", "budget", "professional development"];
  return queries.filter(Boolean).concat(words.length ? [] : []);
}

const queries = process.argv.length > 3 ? process.argv.slice(3) : sample();
const rows = [];
for (const query of queries) {
  // Each file's size gzipped (as served) and as written.
  const loaded = new Map([["assets/search.js", [gz(code), code.length]], ["search/manifest.js", [gz(manifest.bytes), manifest.bytes.length]]]);
  const fragments = {};
  for (let end = Math.min(3, query.length); end <= query.length; end++) {
    const plan = engine.parseQuery(query.slice(0, end), manifest.data);
    // The files the client loads, under the keys it gives them (term fragments by key, prefix files as "prefix/<p>").
    for (const name of engine.filesOf(plan)) {
      const key = engine.loadedKey(name);
      if (fragments[key]) continue;
      const file = read(name);
      fragments[key] = file.data;
      loaded.set("search/" + name + ".js", [gz(file.bytes), file.bytes.length]);
    }
  }
  const plan = engine.parseQuery(query, manifest.data);
  const times = [];
  let result;
  for (let run = 0; run < 20; run++) {
    const start = process.hrtime.bigint();
    result = engine.search(plan, manifest.data, fragments);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  for (const hit of result.hits.slice(0, 8)) {
    const chunk = "docs/" + Math.floor(hit.doc / manifest.data.chunk);
    if (!loaded.has("search/" + chunk + ".js")) loaded.set("search/" + chunk + ".js", [gz(read(chunk).bytes), read(chunk).bytes.length]);
  }
  const top = result.hits.length ? read("docs/" + Math.floor(result.hits[0].doc / manifest.data.chunk)).data.d[result.hits[0].doc % manifest.data.chunk].t : "—";
  const kb = [...loaded.values()].reduce((a, b) => a + b[0], 0) / 1024;
  const raw = [...loaded.values()].reduce((a, b) => a + b[1], 0) / 1024;
  rows.push({ query, files: loaded.size, kb, raw, ms: times[Math.floor(times.length / 2)], results: result.hits.length, top });
}

console.log(`Search benchmark: ${output} — ${manifest.data.docs} documents, ${manifest.data.fragments.length} fragments`);
console.log("query".padEnd(34) + "files".padStart(6) + "  KB gzip".padStart(10) + "  KB raw".padStart(9) + "  answer ms".padStart(12) + "  results".padStart(10) + "  first result");
for (const r of rows) {
  console.log(JSON.stringify(r.query).slice(0, 33).padEnd(34) + String(r.files).padStart(6) + r.kb.toFixed(1).padStart(10) + r.raw.toFixed(1).padStart(9) +
    r.ms.toFixed(2).padStart(12) + String(r.results).padStart(10) + "  " + r.top);
}
const worst = rows.reduce((a, r) => ({ kb: Math.max(a.kb, r.kb), raw: Math.max(a.raw, r.raw), ms: Math.max(a.ms, r.ms) }), { kb: 0, raw: 0, ms: 0 });
console.log(`largest first-query payload ${worst.kb.toFixed(1)} KB gzip (target ≤ 300), ${worst.raw.toFixed(1)} KB as written; slowest answer ${worst.ms.toFixed(2)} ms (target ≤ 50)`);
