// Rungs default theme: site search, the box in the header of every page and the search page (search/index.html).
// The build writes the index as script files that call rungsSearch(name, data) (docs/search.md); they load by <script>
// tags, on demand, so search works from disk (file://) and under any base path. Without JavaScript the header box is a
// plain form that filters the all-classes table.
(function () {
  "use strict";

  // ---- Engine (pure; Node loads it for the unit tests) ----------------------------------------------------------------

  const EXACT = 1, PREFIX = 0.75, TYPO = 0.5, NEAR = 0.25; // how much a match counts (docs/search.md, "How the client answers")
  // Shortest query tokens that also match longer terms / terms one edit away / title words two edits away.
  const MIN_PREFIX = 3, MIN_TYPO = 5, MIN_NEAR = 8;
  const TITLE = 2; // the title field's bit in a posting's mask
  // SearchTokenizer.StopWords: the index leaves them out of body text, so a query does not require them.
  const STOP_WORDS = new Set(("a an and are as at be by for from has have in into is it its of on or such that the their " +
    "them they this to was were which with").split(" "));
  const TOKEN_CHAR = /[\p{L}\p{Nd}]/u;
  const MARKS = /\p{Mn}/gu;
  // Facets of the search page: URL parameter, per-document array in facets.js, legend.
  const FACETS = [["type", "k", "Type"], ["series", "s", "Series"], ["grade", "g", "Grade"], ["pay", "p", "Starting pay"], ["flsa", "f", "FLSA status"]];

  // One UTF-16 unit as the index sees it (SearchTokenizer.Fold): accents off, then lower case, to one unit as .NET does.
  function fold(c) {
    if (c < "\u00c0") return c.toLowerCase();
    if (c >= "\ud800" && c <= "\udfff") return c; // half of a pair: the tokenizer counts it as a letter
    const plain = c.normalize("NFD").replace(MARKS, "").normalize("NFC");
    const lower = plain.toLowerCase();
    return lower.length === plain.length ? lower : plain;
  }

  const isTokenChar = (c) => (c >= "\ud800" && c <= "\udfff") || TOKEN_CHAR.test(c);

  // The words of a text with where each lies in it: text (the token), start, and ends[i], the end in the original text
  // of the token's first i + 1 characters (combining marks count with the letter before them), for highlighting.
  function words(text) {
    const out = [];
    let word = null;
    for (let i = 0; i < text.length; i++) {
      const c = fold(text[i]);
      if (c === "") { // a combining mark: gone from the token, kept with its letter in the text
        if (word) word.ends[word.ends.length - 1] = i + 1;
      } else if (isTokenChar(c)) {
        if (!word) out.push(word = { text: "", start: i, ends: [] });
        word.text += c;
        word.ends.push(i + 1);
      } else word = null;
    }
    return out;
  }

  const tokenize = (text) => words(text || "").map((w) => w.text);

  // A token of digits only as the index records it, without leading zeros (NumberTerm): `001368` and `1368` are one number.
  const DIGIT = /[0-9]/, DIGITS = /^[0-9]+$/;
  const number = (token) => (DIGITS.test(token) ? token.replace(/^0+(?=\d)/, "") : token);

  // The fragment file that holds a term: its first split[c] characters, one more for each of those prefixes the manifest
  // lists as `deep` (split further), or "_" for terms that start with anything but a-z or 0-9 ("_" + the hex of the
  // first character when the index names such fragments that way).
  function fragmentKey(term, manifest) {
    const c = term[0], split = manifest.split || {};
    if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || Object.prototype.hasOwnProperty.call(split, c)) {
      const deep = deepOf(manifest);
      let length = Math.min(split[c] || 1, term.length);
      while (length < term.length && deep.has(term.slice(0, length))) length++;
      return term.slice(0, length);
    }
    const hex = "_" + term.codePointAt(0).toString(16);
    return (manifest.fragments || []).indexOf(hex) >= 0 ? hex : "_";
  }

  const deepSets = new WeakMap();
  function deepOf(manifest) {
    if (!deepSets.has(manifest)) deepSets.set(manifest, new Set(manifest.deep || []));
    return deepSets.get(manifest);
  }

  // [Δdoc, mask, Δdoc, mask, …] (the first document absolute) → [doc, mask, doc, mask, …].
  function decodePostings(list) {
    const out = new Array(list.length);
    for (let i = 0, doc = 0; i < list.length; i += 2) {
      doc += list[i];
      out[i] = doc;
      out[i + 1] = list[i + 1];
    }
    return out;
  }

  // Edit distance at most 1: one character inserted, deleted or replaced, or two neighbours swapped (we count a swap,
  // "supervsion", as one typo, as people make it).
  function withinOneEdit(a, b) {
    if (a === b) return true;
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    let i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la > lb) return a.slice(i + 1) === b.slice(i);
    if (la < lb) return a.slice(i) === b.slice(i + 1);
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }

  // At most `max` edits apart (letters inserted, deleted, replaced, or neighbours swapped): optimal string alignment,
  // given up as soon as a whole row exceeds `max` (after a few letters for unrelated words). Three reused rows: this
  // runs for every term of a fragment, and allocating per term cost more than the comparison.
  let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
  function withinEdits(a, b, max) {
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > max) return false;
    if (lb >= rows[0].length) rows = rows.map(() => new Int32Array(lb + 1));
    let [before, previous, row] = rows;
    for (let j = 0; j <= lb; j++) previous[j] = j;
    for (let i = 1; i <= la; i++) {
      const ca = a.charCodeAt(i - 1);
      let lowest = row[0] = i;
      for (let j = 1; j <= lb; j++) {
        const cb = b.charCodeAt(j - 1);
        let d = previous[j - 1] + (ca === cb ? 0 : 1);
        if (previous[j] + 1 < d) d = previous[j] + 1;
        if (row[j - 1] + 1 < d) d = row[j - 1] + 1;
        if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && before[j - 2] + 1 < d) d = before[j - 2] + 1;
        row[j] = d;
        if (d < lowest) lowest = d;
      }
      if (lowest > max) return false;
      [before, previous, row] = [previous, row, before];
    }
    return previous[lb] <= max;
  }

  // What a query asks for: its distinct tokens, the fragments to load, and the name it would be if it is one.
  // Numbers match only themselves (no prefix, no typo: 155053 is not 155054); a token with a digit in it is a code,
  // which a typo would turn into another code; only words of letters of eight or more also match title words two edits away.
  function parseQuery(query, manifest) {
    const all = tokenize(query).map(number), seen = new Set(), tokens = [];
    for (const text of all) {
      if (seen.has(text)) continue;
      seen.add(text);
      const digits = DIGIT.test(text), numeric = DIGITS.test(text), prefix = !numeric && text.length >= MIN_PREFIX;
      // A prefix the index splits further has its completions in many fragments: its prefix file has what it needs.
      const typo = !digits && text.length >= MIN_TYPO, near = !digits && text.length >= MIN_NEAR;
      const key = fragmentKey(text, manifest);
      tokens.push({ text, key, prefix, whole: prefix && deepOf(manifest).has(text), typo, near, shorter: typoKeys(text, key, typo, near, manifest) });
    }
    const content = tokens.some((t) => !STOP_WORDS.has(t.text));
    tokens.forEach((t) => { t.required = !content || !STOP_WORDS.has(t.text); });
    const known = new Set(manifest.fragments);
    const keys = Array.from(new Set(tokens.filter((t) => !t.whole).map((t) => t.key).concat(...tokens.map((t) => t.shorter))))
      .filter((k) => known.has(k));
    const prefixes = Array.from(new Set(tokens.filter((t) => t.whole).map((t) => t.text)));
    return { tokens, keys, prefixes, name: nameOf(all) };
  }

  // The loaded data a token is answered from: its fragment, or its prefix file (keyed "prefix/<token>").
  const dataOf = (token, fragments) => (token.whole ? fragments["prefix/" + token.text] : fragments[token.key]) || {};

  // The index files a query's plan loads (`terms/<key>`, `prefix/<p>`), and the key search() finds each one's data
  // under (dataOf): a fragment by its key, a prefix file by its name.
  const filesOf = (plan) => plan.keys.map((key) => "terms/" + key).concat(plan.prefixes.map((p) => "prefix/" + p));
  const loadedKey = (file) => file.replace(/^terms\//, "");

  // On an index split past `split` characters (`deep`), the terms a typo or near miss may match lie in other fragments
  // than the token's: those of the token's first `split` characters (where they all were before the split) whose key
  // could start a term within one (two) edits of the token. A key that starts with the token holds its completions,
  // which its own fragment or prefix file already has.
  function typoKeys(text, own, typo, near, manifest) {
    const deep = deepOf(manifest);
    if (!typo || deep.size === 0) return [];
    const max = near ? 2 : 1, start = text.slice(0, Math.min((manifest.split || {})[text[0]] || 1, text.length));
    return (manifest.fragments || []).filter((k) => k !== own && k.length >= start.length && k.startsWith(start) && !k.startsWith(text) &&
      (deep.has(k) ? withinEdits(k, text, max) : Array.from({ length: text.length + 1 }, (_, j) => j).some((j) => withinEdits(k, text.slice(0, j), max))));
  }

  // A name as the index records it: tokens (numbers without leading zeros) joined by single spaces.
  const nameOf = (tokens) => tokens.join(" ");

  // Whether a query names this document as Enter in the header box should open it: a class, by its code or HRIS title.
  // Titles are names too (they put their document first) but are words people also search for, so they do not open.
  const opensDirectly = (doc, name) => doc.k === 0 && [doc.c, doc.h].some((text) => text && nameOf(tokenize(text).map(number)) === name);

  // Scores every document against a parsed query, given the loaded fragments (key → {terms, names}). Returns the hits,
  // best first ({doc, score}), and the terms matched by a typo or a near miss (for highlighting). A document found only
  // through a near miss of a title word comes after every document that matched without one.
  function search(plan, manifest, fragments) {
    const n = manifest.docs, idfOf = (list) => Math.log(1 + n / (list.length / 2));
    const weight = maskWeights(manifest.weights);
    const total = new Float64Array(n), matched = new Uint16Array(n), far = new Uint8Array(n), typos = [];
    let required = 0;
    for (const token of plan.tokens) {
      const data = dataOf(token, fragments), terms = data.terms || {}, best = new Float64Array(n), near = new Float64Array(n);
      if (data.best) { // a split prefix: each document's best completion, chosen by the build as this loop would
        const matches = data.best.m, list = data.best.d;
        for (let i = 0, doc = 0; i < list.length; i += 2) {
          doc += list[i];
          const m = list[i + 1] * 3, scale = Math.log(1 + n / matches[m]) * (matches[m + 2] ? EXACT : PREFIX);
          best[doc] = weight[matches[m + 1]] * scale;
        }
      }
      const candidates = token.prefix ? Object.keys(terms) : Object.prototype.hasOwnProperty.call(terms, token.text) ? [token.text] : [];
      const listOf = Object.assign({}, ...(token.shorter || []).map((k) => (fragments[k] || {}).terms || {}), terms);
      for (const k of token.shorter || []) candidates.push(...Object.keys((fragments[k] || {}).terms || {}));
      for (const term of candidates) {
        let factor = term === token.text ? EXACT : term.startsWith(token.text) ? PREFIX
          : token.typo && withinOneEdit(token.text, term) ? TYPO : 0;
        if (factor === 0 && token.near && withinEdits(token.text, term, 2)) factor = NEAR;
        if (factor === 0) continue;
        const list = listOf[term], scale = idfOf(list) * factor, into = factor === NEAR ? near : best;
        let found = false;
        for (let i = 0, doc = 0; i < list.length; i += 2) {
          doc += list[i];
          if (factor === NEAR && !(list[i + 1] & TITLE)) continue; // a near miss counts in titles only
          found = true;
          const score = weight[list[i + 1]] * scale;
          if (score > into[doc]) into[doc] = score;
        }
        if (found && (factor === TYPO || factor === NEAR)) typos.push(term);
      }
      if (token.required) required++;
      for (let doc = 0; doc < n; doc++) {
        const score = best[doc] || near[doc];
        if (score === 0) continue;
        if (best[doc] === 0) far[doc] = 1;
        total[doc] += score;
        if (token.required) matched[doc]++;
      }
    }

    // A query that is a name (a code, title or HRIS title) puts its documents first.
    const first = plan.tokens.length ? dataOf(plan.tokens[0], fragments).names || {} : {};
    const named = new Set(Object.prototype.hasOwnProperty.call(first, plan.name) ? first[plan.name] : []);
    const hits = [];
    for (let doc = 0; doc < n; doc++) {
      if ((required > 0 && matched[doc] === required) || named.has(doc)) hits.push({ doc, score: total[doc], named: named.has(doc), near: far[doc] === 1 });
    }
    // Abolished classes (the manifest's `former`) come after the classes in force, unless named.
    const former = new Set(manifest.former || []);
    hits.sort((a, b) => (b.named - a.named) || (former.has(a.doc) - former.has(b.doc)) || (a.near - b.near) || (b.score - a.score) || (a.doc - b.doc));
    return { hits, typos };
  }

  const weightCache = new Map();
  function maskWeights(weights) {
    const id = weights.join();
    if (!weightCache.has(id)) {
      const table = new Float64Array(1 << weights.length);
      for (let mask = 1; mask < table.length; mask++) {
        for (let bit = 0; bit < weights.length; bit++) if (mask & (1 << bit)) table[mask] += weights[bit];
      }
      weightCache.set(id, table);
    }
    return weightCache.get(id);
  }

  // A text cut into [text, marked] pieces: words equal to a query token (numbers with or without leading zeros) or to a
  // term it matched with a typo or near miss are marked whole; words that start with a token of three or more
  // characters have that start marked ("supervis|ion").
  function highlight(text, tokens, typos) {
    const out = [];
    let at = 0;
    for (const w of words(text || "")) {
      let length = 0;
      for (const t of tokens) {
        const close = typos.indexOf(w.text) >= 0 && (t.typo && withinOneEdit(t.text, w.text) || t.near && withinEdits(t.text, w.text, 2));
        if (number(w.text) === t.text || close) length = w.text.length;
        else if (t.prefix && w.text.startsWith(t.text)) length = Math.max(length, t.text.length);
      }
      if (length === 0) continue;
      const end = w.ends[length - 1];
      if (w.start > at) out.push([text.slice(at, w.start), false]);
      out.push([text.slice(w.start, end), true]);
      at = end;
    }
    if (at < text.length) out.push([text.slice(at), false]);
    return out;
  }

  // At most `size` characters of a text, cut at spaces, around its first highlighted word.
  function clip(text, tokens, typos, size) {
    if (text.length <= size) return text;
    let first = 0;
    for (const [piece, marked] of highlight(text, tokens, typos)) {
      if (marked) break;
      first += piece.length;
    }
    if (first === text.length) first = 0;
    let start = Math.max(0, first - Math.floor(size / 4));
    if (start > 0) start = text.lastIndexOf(" ", first) >= start ? text.indexOf(" ", start) + 1 : start;
    let end = Math.min(text.length, start + size);
    if (end < text.length && text.lastIndexOf(" ", end) > first) end = text.lastIndexOf(" ", end);
    return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
  }

  // ---- Facets and the address of the search page ----

  function facetValues(manifest, facets) {
    // A site without pay scales has no pay facet (and no `pay` list).
    return { type: manifest.types, series: facets.series, grade: facets.grades, pay: facets.pay || [], flsa: facets.flsa };
  }

  const slug = (value) => tokenize(value).join("-");

  // The chosen values of each facet as sets of value indexes, from URL values (slugs; unknown ones are ignored).
  function chosenFrom(state, values) {
    const chosen = {};
    for (const [name] of FACETS) {
      const wanted = new Set((state[name] || []).map(slug));
      chosen[name] = new Set((values[name] || []).map((v, i) => (wanted.has(slug(v)) ? i : -1)).filter((i) => i >= 0));
    }
    return chosen;
  }

  function stateFrom(q, chosen, values) {
    const state = { q };
    for (const [name] of FACETS) state[name] = Array.from(chosen[name] || []).sort((a, b) => a - b).map((i) => slug(values[name][i]));
    return state;
  }

  function readState(search) {
    const params = new URLSearchParams(search), state = { q: params.get("q") || "" };
    for (const [name] of FACETS) state[name] = params.getAll(name).filter(Boolean);
    return state;
  }

  function writeState(state) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const [name] of FACETS) (state[name] || []).forEach((v) => params.append(name, v));
    return params.toString();
  }

  // A document's value index of a facet; -1 (none) when it has none or the site lacks the facet (pay on a site without pay scales).
  function valueOf(facets, field, doc) {
    const list = facets.doc[field];
    return list ? list[doc] : -1;
  }

  // Values of different facets combine with AND, values of one facet with OR; `skip` leaves one facet out.
  function passes(doc, facets, chosen, skip) {
    for (const [name, field] of FACETS) {
      if (name !== skip && chosen[name] && chosen[name].size > 0 && !chosen[name].has(valueOf(facets, field, doc))) return false;
    }
    return true;
  }

  const applyFacets = (docs, facets, chosen) => docs.filter((doc) => passes(doc, facets, chosen, null));

  // How many of the documents each value would give: every other facet's choice applies, the facet's own does not.
  // A document failing no facet counts for every facet's value; failing one, only for that facet's value.
  function facetCounts(docs, facets, chosen, values) {
    const counts = {}, active = FACETS.filter(([name]) => chosen[name] && chosen[name].size > 0);
    for (const [name] of FACETS) counts[name] = new Array((values[name] || []).length).fill(0);
    for (const doc of docs) {
      let failed = null, fails = 0;
      for (const [name, field] of active) if (!chosen[name].has(valueOf(facets, field, doc))) { failed = name; fails++; }
      if (fails > 1) continue;
      for (const [name, field] of FACETS) {
        const value = valueOf(facets, field, doc);
        if (value >= 0 && (fails === 0 || name === failed)) counts[name][value]++;
      }
    }
    return counts;
  }

  // Which values of a facet to offer: those with results or chosen; at most `limit` unchosen ones, most results first.
  function facetShown(counts, chosen, limit) {
    const order = counts.map((n, i) => i).filter((i) => counts[i] > 0 && !chosen.has(i)).sort((a, b) => counts[b] - counts[a] || a - b);
    const shown = counts.map((n, i) => chosen.has(i));
    order.slice(0, limit).forEach((i) => { shown[i] = true; });
    return shown;
  }

  const engine = {
    tokenize, number, words, fragmentKey, decodePostings, withinOneEdit, withinEdits, parseQuery, filesOf, loadedKey, opensDirectly, search, highlight, clip, slug, facetValues,
    chosenFrom, stateFrom, readState, writeState, applyFacets, facetCounts, facetShown, FACETS, STOP_WORDS: Array.from(STOP_WORDS),
  };
  if (typeof module !== "undefined" && module.exports) module.exports = engine;
  if (typeof document === "undefined") return;

  // ---- Loading: each index file once, by a script tag ---------------------------------------------------------------

  let root = "", typeNames = [];
  const files = new Map();

  function entry(name) {
    if (!files.has(name)) {
      const file = { asked: false, done: false };
      file.promise = new Promise((resolve, reject) => { file.resolve = resolve; file.reject = reject; });
      files.set(name, file);
    }
    return files.get(name);
  }

  window.rungsSearch = function (name, data) {
    const file = entry(name);
    file.done = true;
    file.resolve(data);
  };

  function load(name) {
    const file = entry(name);
    if (!file.asked) {
      file.asked = true;
      const script = document.createElement("script");
      script.src = root + "search/" + name.split("/").map(encodeURIComponent).join("/") + ".js";
      const fail = () => {
        files.delete(name); // so a later query tries again
        file.reject(new Error("The search index could not be loaded (search/" + name + ".js). Rebuild the site, or try again."));
      };
      script.onerror = fail;
      script.onload = () => { if (!file.done) fail(); };
      document.head.append(script);
    }
    return file.promise;
  }

  // Starts loading the files a query needs as soon as it is typed: the answer waits for typing to pause (PAUSE), and
  // by then its files are on their way. Errors are left to the answer, which loads the same files.
  function prefetch(query) {
    if (tokenize(query).length === 0) return;
    load("manifest").then((manifest) => filesOf(parseQuery(query, manifest)).forEach((name) => load(name).catch(() => {})), () => {});
  }

  // Answers a query: the manifest, then the query's fragments, then the scores.
  function ask(query) {
    return load("manifest").then((manifest) => {
      const plan = parseQuery(query, manifest);
      const names = filesOf(plan);
      return Promise.all(names.map(load)).then((loaded) => {
        const fragments = {};
        names.forEach((name, i) => { fragments[loadedKey(name)] = loaded[i]; });
        const result = search(plan, manifest, fragments);
        result.tokens = plan.tokens.filter((t) => t.required);
        result.name = plan.name;
        return result;
      });
    });
  }

  // The documents to show, from the chunks they are in.
  function documents(ids) {
    return load("manifest").then((manifest) => {
      typeNames = manifest.types;
      const chunks = Array.from(new Set(ids.map((id) => Math.floor(id / manifest.chunk))));
      return Promise.all(chunks.map((n) => load("docs/" + n))).then((loaded) => {
        const byChunk = new Map(chunks.map((n, i) => [n, Array.isArray(loaded[i]) ? loaded[i] : loaded[i].d]));
        return ids.map((id) => byChunk.get(Math.floor(id / manifest.chunk))[id % manifest.chunk]);
      });
    });
  }

  // ---- Showing results ----------------------------------------------------------------------------------------------

  // Builds an element; strings become text nodes, so nothing from the index is ever parsed as HTML.
  function h(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const name in attributes) if (attributes[name] !== null && attributes[name] !== false) node.setAttribute(name, attributes[name]);
    children.flat(Infinity).forEach((child) => { if (child !== null && child !== undefined && child !== false) node.append(child); });
    return node;
  }

  const marked = (text, result) => highlight(text, result.tokens, result.typos).map(([piece, on]) => (on ? h("mark", {}, piece) : piece));
  const count = (n) => n.toLocaleString("en-US"); // 1,120 as the pages write counts (math.format "N0")
  const plural = (n, one, many) => count(n) + " " + (n === 1 ? one : many);
  const type = (doc) => h("span", { class: "tag search-type" }, typeNames[doc.k] || "");

  // Status (abolished or draft) · organisation (on a site of several) · series · level · grade · code (and pay range and FLSA status on the search page), the code highlighted when it matched.
  function meta(doc, result, full) {
    const parts = [doc.z ? h("strong", { class: "status-mark" }, doc.z) : null, doc.o, doc.s, doc.l, doc.g ? "Grade " + doc.g : null, doc.c ? h("span", { class: "code" }, marked(doc.c, result)) : null,
      full ? doc.p : null, full ? doc.f : null].filter(Boolean);
    return parts.map((part, i) => (i > 0 ? [" · ", part] : part));
  }

  // A live region speaks once typing pauses, not at every key.
  const announcing = new Map();
  function announce(region, text) {
    clearTimeout(announcing.get(region));
    announcing.set(region, setTimeout(() => { region.textContent = text; }, 400));
  }

  function setAddress(search) {
    try {
      history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
    } catch (e) {
      // A browser may refuse to change the address of a page opened from disk; the results still show.
    }
  }

  // The page of the one class a query names by code or HRIS title, or null.
  function classNamed(query) {
    return ask(query).then((result) => {
      const named = result.hits.filter((hit) => hit.named).map((hit) => hit.doc);
      return documents(named).then((docs) => {
        const classes = docs.filter((doc) => opensDirectly(doc, result.name));
        return classes.length === 1 ? root + classes[0].u : null;
      });
    });
  }

  // For the theme's other scripts (the compare page's pickers): the classes a query finds, best first, at most `limit`.
  // Resolves to {classes: [{name, series, title, code, level, seriesTitle, status}], total, mark(text) → [[piece, marked]]}:
  // name is the class's name in compare links (ClassNames.FileName), series its series' slug, both read from its URL
  // (SiteUrls.Class: series/<series>/<slug>/) unless the document names it (`n`, when another series shares the slug).
  const CLASS_URL = /^series\/([^/]+)\/([^/]+)\//;
  window.rungsFindClasses = function (query, limit) {
    return load("manifest").then((manifest) => ask(query).then((result) => {
      const ids = result.hits.map((hit) => hit.doc).filter((id) => id < manifest.classes);
      return documents(ids.slice(0, limit)).then((docs) => ({
        classes: docs.map((doc) => {
          const [, series, slug] = CLASS_URL.exec(doc.u) || [];
          return { name: doc.n || slug, series, title: doc.t, code: doc.c, level: doc.l, seriesTitle: doc.s, status: doc.z };
        }),
        total: ids.length,
        mark: (text) => highlight(text, result.tokens, result.typos),
      }));
    }));
  };

  // ---- The header box: a combobox with a listbox of results as you type ---------------------------------------------

  const SHOWN = 8;
  // How long typing must pause before the list is worked out again: short, since the files are fetched at once (prefetch)
  // and a key held down or fast typing still comes faster than this.
  const PAUSE = 40;

  // A combobox (the ARIA pattern): a text box with a listbox of options that drops below it. Focus stays in the box;
  // the arrows move through the options (aria-activedescendant), Escape closes the list, and the box's owner decides
  // what Enter does. The header box uses it, and the compare page's pickers through window.rungsCombobox.
  // `container` receives the list (after the box); `listId` and `label` name the listbox. As one types, the index files
  // the text needs start loading at once (prefetch), and `answer` is called once typing pauses for PAUSE.
  function combobox(input, container, listId, label, answer) {
    const list = h("div", { id: listId, role: "listbox", "aria-label": label, class: "search-listbox" });
    const note = h("p", { class: "search-popup-note", hidden: "" });
    const popup = h("div", { class: "search-popup", hidden: "" }, list, note);
    const status = h("div", { class: "visually-hidden", "aria-live": "polite" });
    container.append(popup, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    let options = [], active = -1;

    function open(show) {
      popup.hidden = !show;
      input.setAttribute("aria-expanded", String(show && options.length > 0));
      if (!show) select(-1);
    }

    function select(index) {
      options.forEach((o, i) => o.setAttribute("aria-selected", String(i === index)));
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }

    // Shows options (elements with role=option and an id), or `none` when there are none.
    function offer(shown, none) {
      options = shown;
      list.replaceChildren(...options);
      list.hidden = options.length === 0;
      note.hidden = options.length > 0;
      note.textContent = none;
      open(true);
      select(-1);
    }

    let timer = 0;
    input.addEventListener("input", () => {
      prefetch(input.value);
      clearTimeout(timer);
      timer = setTimeout(answer, PAUSE);
    });
    input.addEventListener("keydown", (event) => {
      if (event.isComposing) return; // keys that build a character in an input method
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (options.length === 0) return;
        event.preventDefault();
        if (popup.hidden) open(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        select(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (event.key === "Escape" && !popup.hidden) {
        event.preventDefault(); // keep the text: the browser would clear a search box
        open(false);
      }
    });
    // Keep focus in the box while an option is clicked.
    popup.addEventListener("mousedown", (event) => event.preventDefault());
    return {
      offer,
      close: () => open(false),
      reopen: () => { if (options.length > 0 || !note.hidden) open(true); },
      clear: () => { options = []; list.replaceChildren(); open(false); },
      fail: (message) => offer([], message),
      announce: (text) => announce(status, text),
      isOpen: () => !popup.hidden,
      // The highlighted option's index (-1: none), and how many there are.
      active: () => active,
      count: () => options.length,
      option: (index) => options[index],
    };
  }
  window.rungsCombobox = combobox;

  function headerBox() {
    const form = document.querySelector(".site-search");
    const input = form && form.querySelector("input[name=q]");
    if (!input) return null;
    const searchPage = root + "search/index.html";
    form.setAttribute("action", searchPage);
    const box = combobox(input, form, "site-search-listbox", "Search results", update);
    let latest = 0;

    function show(query, result, docs) {
      const all = searchPage + "?" + writeState({ q: query });
      // An option is named by what it shows but the excerpt, which would make every step of the arrows long to hear.
      const options = docs.map((doc, i) => h("a", { role: "option", id: "site-search-option-" + i, class: "search-option", href: root + doc.u, tabindex: "-1", "aria-selected": "false" },
        h("span", { class: "search-option-head" }, h("span", { class: "search-option-title" }, marked(doc.t, result)), " ", type(doc)),
        h("span", { class: "search-option-meta" }, meta(doc, result, false)),
        doc.x ? h("span", { class: "search-option-excerpt", "aria-hidden": "true" }, marked(clip(doc.x, result.tokens, result.typos, 120), result)) : null));
      if (result.hits.length > docs.length) {
        options.push(h("a", { role: "option", id: "site-search-option-all", class: "search-option search-option-all", href: all, tabindex: "-1", "aria-selected": "false" },
          "See all " + count(result.hits.length) + " results"));
      }
      box.offer(options, "No results for “" + query.trim() + "”.");
      box.announce(result.hits.length === 0 ? "No results" : plural(result.hits.length, "result", "results"));
    }

    function update() {
      const query = input.value, ticket = ++latest;
      if (tokenize(query).length === 0) {
        box.clear();
        box.announce("");
        return;
      }
      ask(query).then((result) => documents(result.hits.slice(0, SHOWN).map((hit) => hit.doc)).then((docs) => {
        if (ticket === latest) show(query, result, docs);
      })).catch((error) => {
        if (ticket === latest) box.fail(error.message);
      });
    }

    input.addEventListener("focus", () => {
      load("manifest").catch(() => {}); // warm up: the first query then needs only its fragments
      if (input.value) box.reopen();
    });
    input.addEventListener("keydown", (event) => {
      if (event.isComposing || event.key !== "Enter" || box.active() < 0 || !box.isOpen()) return;
      event.preventDefault();
      location.href = box.option(box.active()).href;
    });
    // Enter (or the button) with no result chosen: a class's exact code or HRIS title opens that class; anything else
    // goes to the search page. Only the query's fragment and one document chunk are needed, so from disk too.
    form.addEventListener("submit", (event) => {
      const query = input.value;
      if (tokenize(query).length === 0) return;
      event.preventDefault();
      classNamed(query).then((url) => { location.href = url || searchPage + "?" + writeState({ q: query }); }, () => form.submit());
    });
    // Close when focus leaves the form.
    form.addEventListener("focusout", (event) => { if (!form.contains(event.relatedTarget)) box.close(); });
    return input;
  }

  // ---- The search page: query and facets in the address, 20 results at a time ---------------------------------------

  const PAGE = 20, FACET_VALUES = 8;

  function searchPage() {
    const box = document.getElementById("search-page");
    const input = document.getElementById("search-input");
    if (!box || !input) return null;
    const form = input.form, status = document.getElementById("search-status"), hint = document.getElementById("search-hint");
    const facetBox = document.getElementById("search-facets"), list = document.getElementById("search-results");
    const more = document.getElementById("search-more"), none = document.getElementById("search-none");
    const noneWords = document.getElementById("search-none-words"), noneFilters = document.getElementById("search-none-filters");
    const state = readState(location.search);
    input.value = state.q;
    const groups = {}, clear = h("button", { type: "button", class: "facet-clear", hidden: "" }, "Clear filters");
    let manifest, facets, values, chosen, counts, latest = 0, timer = 0, hits = [], result = null, shown = 0;

    Promise.all([load("manifest"), load("facets")]).then((loaded) => {
      [manifest, facets] = loaded;
      values = facetValues(manifest, facets);
      chosen = chosenFrom(state, values);
      buildFacets();
      run();
    }).catch((error) => { status.textContent = error.message; });

    function buildFacets() {
      const fieldsets = FACETS.filter(([name]) => values[name].length > 0).map(([name, , legend]) => {
        const rows = values[name].map((value, i) => {
          const box = h("input", { type: "checkbox", name, value: slug(value) });
          box.checked = chosen[name].has(i);
          box.addEventListener("change", () => {
            if (box.checked) chosen[name].add(i); else chosen[name].delete(i);
            run();
          });
          const count = h("span", { class: "facet-count" });
          return { item: h("li", {}, h("label", {}, box, " ", h("span", { class: "facet-name" }, value), " ", count)), box, count };
        });
        const toggle = h("button", { type: "button", class: "facet-toggle", "aria-expanded": "false", hidden: "" });
        toggle.addEventListener("click", () => {
          toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
          showCounts();
        });
        const fieldset = h("fieldset", { class: "facet", "data-facet": name }, h("legend", {}, legend),
          h("ul", { class: "facet-values" }, rows.map((r) => r.item)), toggle);
        groups[name] = { rows, toggle, fieldset };
        return fieldset;
      });
      const clearAll = () => {
        FACETS.forEach(([name]) => chosen[name].clear());
        Object.values(groups).forEach((g) => g.rows.forEach((r) => { r.box.checked = false; }));
        input.focus();
        run();
      };
      clear.addEventListener("click", clearAll);
      noneFilters.querySelector("button").addEventListener("click", clearAll);
      facetBox.append(...fieldsets, clear);
      const chose = FACETS.some(([name]) => chosen[name].size > 0);
      if (!chose && window.matchMedia && window.matchMedia("(max-width: 40rem)").matches) facetBox.open = false;
      facetBox.hidden = false;
    }

    // Values no result has are hidden unless chosen; a long list shows the values with most results until expanded.
    function showCounts() {
      for (const name in groups) {
        const { rows, toggle } = groups[name], expanded = toggle.getAttribute("aria-expanded") === "true";
        const offered = facetShown(counts[name], chosen[name], expanded ? Infinity : FACET_VALUES);
        rows.forEach((row, i) => {
          row.count.replaceChildren(count(counts[name][i]), h("span", { class: "visually-hidden" }, counts[name][i] === 1 ? " result" : " results"));
          row.item.hidden = !offered[i];
        });
        const available = counts[name].filter((n, i) => n > 0 || chosen[name].has(i)).length;
        toggle.hidden = available <= FACET_VALUES;
        toggle.textContent = expanded ? "Show fewer" : "Show all " + available;
        groups[name].fieldset.hidden = available === 0; // a facet with nothing to offer is not shown at all
      }
      clear.hidden = !FACETS.some(([name]) => chosen[name].size > 0);
      facetBox.hidden = Object.values(groups).every((g) => g.fieldset.hidden);
    }

    function run() {
      const query = input.value, ticket = ++latest, filtered = FACETS.some(([name]) => chosen[name].size > 0);
      setAddress(writeState(stateFrom(query, chosen, values)));
      const answer = tokenize(query).length > 0 ? ask(query) : Promise.resolve(null);
      answer.then((answered) => {
        if (ticket !== latest) return;
        result = answered || { hits: [], tokens: [], typos: [] };
        const docs = answered ? answered.hits.map((hit) => hit.doc) : Array.from({ length: manifest.docs }, (_, i) => i);
        counts = facetCounts(docs, facets, chosen, values);
        showCounts();
        hits = answered || filtered ? applyFacets(docs, facets, chosen) : [];
        hint.hidden = Boolean(answered || filtered);
        none.hidden = hits.length > 0 || !(answered || filtered);
        noneWords.hidden = tokenize(query).length < 2;
        noneFilters.hidden = !filtered;
        shown = 0;
        list.replaceChildren();
        const about = (answered ? " for “" + query.trim() + "”" : "") + (filtered ? " with the chosen filters" : "");
        announce(status, !answered && !filtered ? "" : hits.length === 0 ? "No results" + about + "." : plural(hits.length, "result", "results") + about + ".");
        return showMore(ticket, false);
      }).catch((error) => { if (ticket === latest) status.textContent = error.message; });
    }

    function showMore(ticket, focus) {
      const next = hits.slice(shown, shown + PAGE);
      more.hidden = true;
      return documents(next).then((docs) => {
        if (ticket !== latest) return;
        const items = docs.map((doc) => h("li", { class: "search-result" },
          h("h3", { class: "search-result-title" }, h("a", { href: root + doc.u }, marked(doc.t, result)), " ", type(doc)),
          h("p", { class: "search-result-meta" }, meta(doc, result, true)),
          doc.x ? h("p", { class: "search-result-excerpt" }, marked(doc.x, result)) : null));
        list.append(...items);
        shown += next.length;
        more.hidden = shown >= hits.length;
        more.textContent = "Show more results (" + shown + " of " + hits.length + " shown)";
        if (focus && items.length > 0) items[0].querySelector("a").focus();
      });
    }

    input.addEventListener("input", () => {
      prefetch(input.value);
      clearTimeout(timer);
      timer = setTimeout(() => { if (manifest) run(); }, 60);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (manifest) run();
    });
    more.addEventListener("click", () => showMore(latest, true));
    return input;
  }

  function init() {
    const header = document.querySelector(".site-search");
    root = (header && header.getAttribute("data-root")) || (document.getElementById("search-page") || document.body).getAttribute("data-root") || "";
    const box = headerBox(), page = searchPage(), target = page || box;
    // Other search forms (the home page's) fall back to the all-classes table without JavaScript; with it, they search.
    document.querySelectorAll("form.hero-search").forEach((form) => form.setAttribute("action", root + "search/index.html"));
    if (!target) return;
    // "/" anywhere but in a form field goes to the search box.
    document.addEventListener("keydown", (event) => {
      const field = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]");
      if (event.key !== "/" || field || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      target.focus();
      target.select();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
