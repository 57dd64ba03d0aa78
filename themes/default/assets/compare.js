// Rungs default theme: the "compare any two classes" page (compare/index.html).
// The diff engine below ports Rungs.Comparison (C#) line for line: this page and the pre-rendered level-to-level pages
// must say the same about the same two classes. JsPortTests runs both on the same inputs and compares the results.
(function () {
  "use strict";

  // ---- Diff engine (pure; Node loads it for the cross-check) ----------------------------------------------------------

  const REWORD_THRESHOLD = 0.455; // ListDiff.RewordThreshold
  const CANDIDATE_LIMIT = 64; // WordIndex.CandidateLimit
  const HEAD_LENGTH = 3; // WordDiff.HeadLength
  const HEAD_WEIGHT = 0.4; // WordDiff.HeadWeight
  const HEAD_REACH = 3; // WordDiff.HeadReach
  const TABLE_LIMIT = 1 << 22; // Lcs.DefaultTableLimit
  const WORK_LIMIT = 2 ** 26; // Lcs.DefaultWorkLimit
  const ANCHOR_DEPTH = 8; // Lcs.AnchorDepth
  // .NET's char.IsWhiteSpace and regex \s, spelled out: JavaScript's \s also takes U+FEFF and misses U+0085.
  const WS = "\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  const SPACE = new RegExp("[" + WS + "]");
  const PUNCTUATION = /^\p{P}$/u; // char.IsPunctuation: Pc, Pd, Ps, Pe, Pi, Pf, Po
  // ListNumbering.Marker. .NET's \d is any Unicode digit, hence \p{Nd}; its ignore-case [a-z] takes the Kelvin sign as
  // JavaScript's does, but not the long s (ſ), which JavaScript folds to "s".
  const ROMAN = "(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})", LETTER = "(?!\u017f)[a-z]";
  const MARKER = new RegExp("^[" + WS + "]*(?:(?:\\p{Nd}+(?:\\.\\p{Nd}+)*[.)]|\\(\\p{Nd}+\\)|\\(" + LETTER + "\\)|" + LETTER +
    "[.)]|\\(" + ROMAN + "\\)|" + ROMAN + "[.)]|[-*+•·–—])(?:[" + WS + "]+|$))+", "iu");
  // ClassAttributes.All in order, less the section digests, which comparisons show as whole sections. The data lists
  // only the attributes a class has, so the order lives here (JsPortTests checks it against C#).
  const ATTRIBUTES = ["hris-title", "title", "code", "grade", "flsa", "supervision-exercised", "supervision-received",
    "budget-responsibility", "decision-authority", "licensure", "other-preferences", "probation", "effective", "last-action"];
  const DIGESTS = ["summary", "minimum-qualifications"];
  // Known section kinds in SectionKind order (Other excluded): sections are compared in this order.
  const KINDS = ["summary", "distinguishing-characteristics", "duties", "ksas", "minimum-qualifications",
    "licenses-and-certificates", "special-requirements", "alternate-range-criteria", "factors-affecting-position-allocation", "definition", "exemplary-performance", "below-target-performance",
    "representative-behaviours", "description"];

  // .NET's invariant casing maps a character to one character; JavaScript's full mapping may not ("İ" → "i̇").
  function simpleCase(text, upper) {
    let out = "";
    for (const c of text) {
      const mapped = upper ? c.toUpperCase() : c.toLowerCase();
      out += mapped.length === c.length ? mapped : c;
    }
    return out;
  }

  // TokenizedText: words split on whitespace; each compared by its key, lower-cased without surrounding punctuation.
  function keyOf(word) {
    let start = 0, end = word.length;
    while (start < end && PUNCTUATION.test(word[start])) start++;
    while (end > start && PUNCTUATION.test(word[end - 1])) end--;
    return simpleCase(start === end ? word : word.slice(start, end), false);
  }

  function tokenize(text) {
    const words = [];
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const boundary = i === text.length || SPACE.test(text[i]);
      if (boundary && start >= 0) { words.push(text.slice(start, i)); start = -1; } else if (!boundary && start < 0) start = i;
    }
    return { words, keys: words.map(keyOf) };
  }

  function idsIn(keys, vocabulary) {
    return keys.map((key) => {
      if (!vocabulary.has(key)) vocabulary.set(key, vocabulary.size);
      return vocabulary.get(key);
    });
  }

  const sorted = (ids) => ids.slice().sort((x, y) => x - y);

  // Lcs.Pairs: the same LCS with the same tie-breaks (and the same Hirschberg split for huge inputs), so diffs match;
  // beyond the work budget, the same cuts at elements unique on both sides, or proportional halves.
  function lcsPairs(a, b) {
    const pairs = [], budget = { left: WORK_LIMIT };
    bounded(a, 0, a.length, b, 0, b.length, budget, ANCHOR_DEPTH, pairs);
    return pairs;
  }

  function bounded(a, aLo0, aHi0, b, bLo0, bHi0, budget, depth, pairs) {
    const [aLo, aHi, bLo, bHi, suffix] = trimCommonEnds(a, aLo0, aHi0, b, bLo0, bHi0, pairs);
    const n = aHi - aLo, m = bHi - bLo, cells = n * m;
    if (cells > 0 && (cells <= budget.left || n === 1 || m === 1)) {
      budget.left -= Math.min(cells, budget.left);
      collect(a, aLo, aHi, b, bLo, bHi, pairs);
    } else if (cells > 0 && (depth === 0 || !anchored(a, aLo, aHi, b, bLo, bHi, budget, depth - 1, pairs))) {
      const aMiddle = aLo + Math.floor(n / 2), bMiddle = bLo + Math.floor(m * (aMiddle - aLo) / n);
      bounded(a, aLo, aMiddle, b, bLo, bMiddle, budget, depth, pairs);
      bounded(a, aMiddle, aHi, b, bMiddle, bHi, budget, depth, pairs);
    }
    for (let k = 0; k < suffix; k++) pairs.push([aHi + k, bHi + k]);
  }

  // Lcs.Anchored: elements once on each side, their longest run in the same order (patience), the gaps bounded again;
  // false when there are none (then bounded halves both sides in proportion).
  function anchored(a, aLo, aHi, b, bLo, bHi, budget, depth, pairs) {
    const onlyInA = uniquePositions(a, aLo, aHi), onlyInB = uniquePositions(b, bLo, bHi), anchors = [];
    for (let i = aLo; i < aHi; i++) {
      const j = onlyInB.get(a[i]);
      if (onlyInA.get(a[i]) === i && j !== undefined && j >= 0) anchors.push([i, j]);
    }
    if (anchors.length === 0) return false;
    let x = aLo, y = bLo;
    for (const [i, j] of increasingRun(anchors)) {
      bounded(a, x, i, b, y, j, budget, depth, pairs);
      pairs.push([i, j]);
      x = i + 1;
      y = j + 1;
    }
    bounded(a, x, aHi, b, y, bHi, budget, depth, pairs);
    return true;
  }

  function uniquePositions(values, lo, hi) {
    const positions = new Map();
    for (let k = lo; k < hi; k++) positions.set(values[k], positions.has(values[k]) ? -1 : k);
    return positions;
  }

  function increasingRun(anchors) {
    const tops = [], previous = [];
    anchors.forEach(([, after], k) => {
      let low = 0, high = tops.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (anchors[tops[middle]][1] < after) low = middle + 1; else high = middle;
      }
      previous[k] = low > 0 ? tops[low - 1] : -1;
      tops[low] = k;
    });
    const run = [];
    for (let k = tops.length > 0 ? tops[tops.length - 1] : -1; k >= 0; k = previous[k]) run.push(anchors[k]);
    return run.reverse();
  }

  // Lcs.TrimCommonEnds: pairs the common prefix; returns the narrowed ranges and the common suffix's length.
  function trimCommonEnds(a, aLo, aHi, b, bLo, bHi, pairs) {
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) pairs.push([aLo++, bLo++]);
    let suffix = 0;
    while (aLo < aHi - suffix && bLo < bHi - suffix && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
    return [aLo, aHi - suffix, bLo, bHi - suffix, suffix];
  }

  function collect(a, aLo0, aHi0, b, bLo0, bHi0, pairs) {
    const [aLo, aHi, bLo, bHi, suffix] = trimCommonEnds(a, aLo0, aHi0, b, bLo0, bHi0, pairs);
    const n = aHi - aLo, m = bHi - bLo;
    if (n > 0 && m > 0 && ((n + 1) * (m + 1) <= TABLE_LIMIT || n === 1 || m === 1)) table(a, aLo, n, b, bLo, m, pairs);
    else if (n > 0 && m > 0) split(a, aLo, aHi, b, bLo, bHi, pairs);
    for (let k = 0; k < suffix; k++) pairs.push([aHi + k, bHi + k]);
  }

  function table(a, aLo, n, b, bLo, m, pairs) {
    const width = m + 1, length = new Int32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        length[i * width + j] = a[aLo + i] === b[bLo + j]
          ? length[(i + 1) * width + j + 1] + 1 : Math.max(length[(i + 1) * width + j], length[i * width + j + 1]);
      }
    }
    let x = 0, y = 0;
    while (x < n && y < m) {
      if (a[aLo + x] === b[bLo + y]) pairs.push([aLo + x++, bLo + y++]);
      else if (length[(x + 1) * width + y] >= length[x * width + y + 1]) x++; // on ties, drop the old element first
      else y++;
    }
  }

  function split(a, aLo, aHi, b, bLo, bHi, pairs) {
    const mid = aLo + Math.floor((aHi - aLo) / 2), m = bHi - bLo;
    const forward = lcsRow(a, aLo, mid, b, bLo, m, false), backward = lcsRow(a, mid, aHi, b, bLo, m, true);
    let best = 0;
    for (let k = 1; k <= m; k++) if (forward[k] + backward[k] > forward[best] + backward[best]) best = k;
    collect(a, aLo, mid, b, bLo, bLo + best, pairs);
    collect(a, mid, aHi, b, bLo + best, bHi, pairs);
  }

  // Forward: row[k] = LCS length of a[lo..hi) and b[bLo..bLo+k); backward: of a[lo..hi) and b[bLo+k..bLo+m).
  function lcsRow(a, lo, hi, b, bLo, m, backward) {
    let row = new Int32Array(m + 1), previous = new Int32Array(m + 1);
    for (let step = 0; step < hi - lo; step++) {
      const ai = a[backward ? hi - 1 - step : lo + step];
      [previous, row] = [row, previous];
      if (backward) {
        row[m] = 0;
        for (let k = m - 1; k >= 0; k--) row[k] = ai === b[bLo + k] ? previous[k + 1] + 1 : Math.max(previous[k], row[k + 1]);
      } else {
        row[0] = 0;
        for (let k = 1; k <= m; k++) row[k] = ai === b[bLo + k - 1] ? previous[k - 1] + 1 : Math.max(previous[k], row[k - 1]);
      }
    }
    return row;
  }

  // WordDiff.Compare over tokenized texts: removed words before added ones, runs of one change merged (SegmentBuilder).
  function diffTokens(before, beforeIds, after, afterIds) {
    const done = [];
    const add = (change, word) => {
      const last = done[done.length - 1];
      if (last && last.change === change) last.text += " " + word; else done.push({ change, text: word });
    };
    const run = (change, words, from, to) => { for (let k = from; k < to; k++) add(change, words[k]); };
    let i = 0, j = 0;
    for (const [x, y] of lcsPairs(beforeIds, afterIds)) {
      run("Removed", before.words, i, x);
      run("Added", after.words, j, y);
      add("Same", after.words[y]);
      i = x + 1;
      j = y + 1;
    }
    run("Removed", before.words, i, before.words.length);
    run("Added", after.words, j, after.words.length);
    return done;
  }

  function wordDiff(before, after) {
    const vocabulary = new Map(), old = tokenize(before), now = tokenize(after);
    return diffTokens(old, idsIn(old.keys, vocabulary), now, idsIn(now.keys, vocabulary));
  }

  const dice = (shared, countA, countB) => (countA + countB === 0 ? 1.0 : 2.0 * shared / (countA + countB));

  // 0.6 × Dice(all stems) + 0.4 × Dice(first three stems, either text's head starting up to HEAD_REACH words in), over
  // multisets: the same operations, so the same doubles as C#.
  function similarityOf(a, sortedA, b, sortedB) {
    if (a.length === 0 && b.length === 0) return 1.0;
    let i = 0, j = 0, shared = 0;
    while (i < sortedA.length && j < sortedB.length) {
      if (sortedA[i] === sortedB[j]) { shared++; i++; j++; } else if (sortedA[i] < sortedB[j]) i++; else j++;
    }
    let head = headDice(a, 0, b);
    for (let offset = 1; offset <= HEAD_REACH; offset++) {
      if (offset < a.length) head = Math.max(head, headDice(a, offset, b));
      if (offset < b.length) head = Math.max(head, headDice(b, offset, a));
    }
    return (1 - HEAD_WEIGHT) * dice(shared, a.length, b.length) + HEAD_WEIGHT * head;
  }

  // WordDiff.Head: Dice of a's head from word `offset` on and b's head.
  function headDice(a, offset, b) {
    const headA = Math.min(HEAD_LENGTH, a.length - offset), headB = Math.min(HEAD_LENGTH, b.length), used = [];
    let head = 0;
    for (let i = 0; i < headA; i++) {
      for (let j = 0; j < headB; j++) if (!used[j] && a[offset + i] === b[j]) { used[j] = true; head++; break; }
    }
    return dice(head, headA, headB);
  }

  // Vocabulary.StemOf: the English stems the build published with the classes (the `stems` of rungs.class/1, key → stem
  // where they differ), so this page matches rewordings as the pre-rendered pages do without a stemmer of its own.
  const stemsOf = (keys, stems) => keys.map((key) => (stems && Object.prototype.hasOwnProperty.call(stems, key) ? stems[key] : key));

  function similarity(a, b, stems) {
    const vocabulary = new Map(), x = idsIn(stemsOf(tokenize(a).keys, stems), vocabulary), y = idsIn(stemsOf(tokenize(b).keys, stems), vocabulary);
    return similarityOf(x, sorted(x), y, sorted(y));
  }

  function stripNumbering(item) {
    const match = MARKER.exec(item);
    return match ? item.slice(match[0].length) : item;
  }

  // WordIndex: the unmatched new items by word; an old item's candidates are the new items of its rarest words, a group
  // of equally rare words at a time, while they number at most CANDIDATE_LIMIT.
  function wordIndex(now, partnerOfNew) {
    const words = new Map(), takenBy = now.map(() => -1);
    now.forEach((p, j) => {
      if (partnerOfNew[j] >= 0) return;
      p.sorted.forEach((w, k) => {
        if (k > 0 && w === p.sorted[k - 1]) return;
        if (!words.has(w)) words.set(w, []);
        words.get(w).push(j);
      });
    });
    return (oldIndex, sortedWords) => {
      const candidates = [], ranges = [];
      sortedWords.forEach((w, k) => {
        const items = words.get(w);
        if ((k === 0 || w !== sortedWords[k - 1]) && items && items.length <= CANDIDATE_LIMIT) ranges.push(items);
      });
      ranges.sort((x, y) => x.length - y.length);
      for (let group = 0; group < ranges.length;) {
        const taken = candidates.length;
        let end = group;
        while (end < ranges.length && ranges[end].length === ranges[group].length) end++;
        for (let k = group; k < end && candidates.length <= CANDIDATE_LIMIT; k++) {
          for (let p = 0; p < ranges[k].length && candidates.length <= CANDIDATE_LIMIT; p++) {
            const j = ranges[k][p];
            if (takenBy[j] === oldIndex) continue;
            takenBy[j] = oldIndex;
            candidates.push(j);
          }
        }
        if (candidates.length > CANDIDATE_LIMIT) return candidates.slice(0, taken);
        group = end;
      }
      return candidates;
    };
  }

  // ListDiff.Compare: identical items in order (LCS) are Unchanged, other identical ones Moved, then the most similar
  // remaining pairs above the threshold (among each old item's wordIndex candidates) Reworded; rows follow the new list, each removal after its old predecessor.
  function listDiff(before, after, threshold = REWORD_THRESHOLD, stems = null) {
    const vocabulary = new Map(), stemVocabulary = new Map(), itemKeys = new Map();
    const prepare = (item) => {
      const text = tokenize(stripNumbering(item)), ids = idsIn(text.keys, vocabulary), keyText = text.keys.join(" ");
      const stemIds = idsIn(stemsOf(text.keys, stems), stemVocabulary);
      if (!itemKeys.has(keyText)) itemKeys.set(keyText, itemKeys.size);
      return { text, ids, stems: stemIds, sorted: sorted(stemIds), key: itemKeys.get(keyText) };
    };
    const old = before.map(prepare), now = after.map(prepare);
    const partnerOfOld = old.map(() => -1), partnerOfNew = now.map(() => -1), changeOfOld = [];
    const link = (i, j, change) => { partnerOfOld[i] = j; partnerOfNew[j] = i; changeOfOld[i] = change; };
    const similar = (i, j) => similarityOf(old[i].stems, old[i].sorted, now[j].stems, now[j].sorted);

    lcsPairs(old.map((p) => p.key), now.map((p) => p.key)).forEach(([i, j]) => link(i, j, "Unchanged"));

    const waiting = new Map();
    now.forEach((p, j) => {
      if (partnerOfNew[j] >= 0) return;
      if (!waiting.has(p.key)) waiting.set(p.key, { next: 0, items: [] });
      waiting.get(p.key).items.push(j);
    });
    old.forEach((p, i) => {
      const queue = waiting.get(p.key);
      if (partnerOfOld[i] < 0 && queue && queue.next < queue.items.length) link(i, queue.items[queue.next++], "Moved");
    });

    // Few new items left: every one is scored, as the index would find all that share a word and the rest score 0.
    const candidates = [], unmatched = now.map((_, j) => j).filter((j) => partnerOfNew[j] < 0);
    const index = unmatched.length > CANDIDATE_LIMIT ? wordIndex(now, partnerOfNew) : null;
    old.forEach((p, i) => {
      if (partnerOfOld[i] >= 0) return;
      for (const j of index ? index(i, p.sorted) : unmatched) {
        const s = similar(i, j);
        if (s > threshold) candidates.push({ s, i, j });
      }
    });
    // Highest similarity first; equal scores go to the earlier old item, then the earlier new item.
    candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
    candidates.forEach((c) => { if (partnerOfOld[c.i] < 0 && partnerOfNew[c.j] < 0) link(c.i, c.j, "Reworded"); });

    const rows = [];
    const single = (change, text) => (text.words.length === 0 ? [] : [{ change, text: text.words.join(" ") }]);
    const row = (change, i, j, words, s) => rows.push({ change, before: i === null ? null : before[i],
      after: j === null ? null : after[j], beforeIndex: i, afterIndex: j, words, similarity: s });
    const removedAfter = (oldIndex) => {
      for (let k = oldIndex + 1; k < old.length && partnerOfOld[k] < 0; k++) row("Removed", k, null, single("Removed", old[k].text), 0.0);
    };
    removedAfter(-1);
    now.forEach((p, j) => {
      const i = partnerOfNew[j];
      if (i < 0) return row("Added", null, j, single("Added", p.text), 0.0);
      if (changeOfOld[i] === "Reworded") row("Reworded", i, j, diffTokens(old[i].text, old[i].ids, p.text, p.ids), similar(i, j));
      else row(changeOfOld[i], i, j, single("Same", p.text), 1.0);
      removedAfter(i);
    });
    return rows;
  }

  // SectionSummary.Flatten: an item followed by its nested items, as one line.
  const flatten = (item) => (item.children.length === 0 ? item.text : item.text + " " + item.children.map(flatten).join(" "));
  const sectionText = (sections) => sections.map((s) => s.text.split("\n").join(" ")).join(" ");
  const sameHeading = (x, y) => simpleCase(x, true) === simpleCase(y, true);
  // A record's sections that pair with section s of a comparison: by kind, or by heading for other sections.
  const sectionsFor = (record, s) => record.sections.filter((x) => (s.kind === "other" ? x.kind === "other" && sameHeading(x.heading, s.title) : x.kind === s.kind));
  const itemsOf = (sections) => [].concat(...sections.map((s) => s.items.map(flatten)));
  // The side ("before" or "after") that has none of a pair of section lists, or null.
  const missingSide = (old, now) => (old.length === 0 ? "before" : now.length === 0 ? "after" : null);
  const attribute = (record, id) => record.attributes.find((a) => a.id === id) || null;
  // ClassAttributes.All's order, then attributes newer than this script, less the digests.
  const attributeIds = (before, after) => ATTRIBUTES.concat(before.attributes.concat(after.attributes).map((a) => a.id))
    .filter((id, k, all) => all.indexOf(id) === k && DIGESTS.indexOf(id) < 0);
  const linkChanged = (change) => change.added.length > 0 || change.removed.length > 0;
  const sectionChanged = (s) => s.items.some((i) => i.change !== "Unchanged") || s.words.some((w) => w.change !== "Same");

  function linkChange(before, after) {
    const has = (list, item) => list.some((x) => x.slug === item.slug);
    return {
      added: after.filter((i) => !has(before, i)),
      removed: before.filter((i) => !has(after, i)),
      kept: after.filter((i) => has(before, i)),
    };
  }

  // ClassDiff.Compare with identity = true (titles and codes count here) over two `rungs.class/1` records.
  function classDiff(before, after) {
    const fields = [];
    attributeIds(before, after).forEach((id) => {
      const old = attribute(before, id), now = attribute(after, id), o = old && old.value, n = now && now.value;
      if (o !== n) fields.push({ id, label: (now || old).label, before: o, after: n, words: wordDiff(o || "", n || "") });
    });

    // The next level "performs work related to the lower level": the lower level's duties carry over, not dropped.
    const inherits = after.includes_lower_level_work && after.series.slug === before.series.slug && after.level > before.level;
    const ofKind = (record, kind) => record.sections.filter((s) => s.kind === kind);
    const stems = Object.assign(Object.create(null), before.stems, after.stems);
    const sections = [];
    KINDS.forEach((kind) => {
      const old = ofKind(before, kind), now = ofKind(after, kind), oldItems = itemsOf(old), newItems = itemsOf(now);
      if (old.length === 0 && now.length === 0) return;
      // missing: the side that has no section of this kind ("not stated" there, rather than every item removed or added);
      // prose: the side that states it as text while the other lists it (items cannot be matched against a paragraph).
      const missing = missingSide(old, now);
      const prose = missing || oldItems.length + newItems.length === 0 ? null : oldItems.length === 0 ? "before" : newItems.length === 0 ? "after" : null;
      const section = { kind, id: kind, title: (now[0] || old[0]).heading, items: [], words: [], inherited: [], missing, prose };
      if (oldItems.length === 0 && newItems.length === 0) section.words = wordDiff(sectionText(old), sectionText(now));
      else section.items = listDiff(oldItems, newItems, REWORD_THRESHOLD, stems);
      if (inherits && kind === "duties") {
        section.inherited = section.items.filter((i) => i.change === "Removed").map((i) => i.before);
        section.items = section.items.filter((i) => i.change !== "Removed");
      }
      sections.push(section);
    });
    // Other sections pair by heading, ignoring case (OrdinalIgnoreCase), and compare as text.
    const others = ofKind(before, "other").concat(ofKind(after, "other"));
    others.filter((s, k) => others.findIndex((t) => sameHeading(t.heading, s.heading)) === k).forEach((first) => {
      const pair = { kind: "other", title: first.heading }, old = sectionsFor(before, pair), now = sectionsFor(after, pair);
      sections.push({ kind: "other", id: (now[0] || old[0]).id, title: first.heading, items: [],
        words: wordDiff(sectionText(old), sectionText(now)), inherited: [], missing: missingSide(old, now) });
    });

    const ksas = linkChange(before.ksas, after.ksas), competencies = linkChange(before.competencies, after.competencies);
    const hasChanges = fields.length > 0 || linkChanged(ksas) || linkChanged(competencies) || sections.some(sectionChanged);
    return { before, after, fields, ksas, competencies, sections, hasChanges };
  }

  // The personal gap checklist, read off the comparison (current class → target): what the target asks that the current
  // class does not. Items the target adds or rewords in its qualifications, licences and duties (a reworded duty is an
  // expanded one; duties carried over from the lower level are not asked anew), the KSAs and competencies it adds, and its
  // licensure and supervision exercised where they differ. Each item names its source; `key` identifies its tick.
  function checklist(diff) {
    const items = [];
    const add = (source, text, record) => items.push({ key: source + ": " + text, source, text, record: record || null });
    const field = (id) => diff.fields.find((f) => f.id === id && f.after !== null);
    const fromSections = (kind) => diff.sections.filter((s) => s.kind === kind).forEach((s) => {
      if (s.items.length > 0) s.items.filter((i) => i.change === "Added" || i.change === "Reworded").forEach((i) => add(s.title, i.after));
      else if (s.missing !== "after" && sectionChanged(s)) add(s.title, sectionText(diff.after.sections.filter((x) => x.kind === kind)));
    });
    fromSections("minimum-qualifications");
    fromSections("licenses-and-certificates");
    const licensure = field("licensure");
    if (licensure) add(licensure.label, licensure.after);
    // A class that links no KSAs may still list them under its KSA section: those items count then.
    if (diff.after.ksas.length > 0) diff.ksas.added.forEach((k) => add("KSAs", k.title, k)); else fromSections("ksas");
    diff.competencies.added.forEach((c) => add("Competencies", c.title, c));
    fromSections("duties");
    const supervision = field("supervision-exercised");
    if (supervision) add(supervision.label, supervision.after);
    return items;
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { wordDiff, listDiff, similarity, classDiff, checklist, stripNumbering, ATTRIBUTES, DIGESTS, KINDS };
  }
  if (typeof document === "undefined") return;

  // ---- The page ---------------------------------------------------------------------------------------------------------

  // Builds an element; strings become text nodes, so nothing from the data is ever parsed as HTML.
  function h(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.keys(attributes).forEach((name) => node.setAttribute(name, attributes[name]));
    children.flat(Infinity).forEach((child) => { if (child !== null && child !== undefined) node.append(child); });
    return node;
  }

  const notStated = () => h("span", { class: "muted not-stated" }, "not stated");
  const notStatedNote = (absent, stated, verb) =>
    h("p", { class: "not-stated-note" }, h("span", { class: "tag" }, "Not stated"), " in " + absent.title + "; " + stated.title + " " + verb + ":");
  const plural = (count, one, many) => count.toLocaleString("en-US") + " " + (count === 1 ? one : many); // 1,120, as the pages write counts
  const link = (root, record) => h("a", { href: root + record.url + "index.html" }, record.title); // index.html: works from disk

  // The markup of partials/words.html, so the theme's styles apply and screen readers hear "added:" and "removed:".
  const words = (segments) => segments.map((w, k) => [k === 0 ? null : " ", w.change === "Same" ? w.text
    : h(w.change === "Added" ? "ins" : "del", {}, h("span", { class: "visually-hidden" }, w.change.toLowerCase() + ": "), w.text)]);

  // The full view of partials/diff.html (compact = false): every changed field and link, every section, unchanged items muted.
  function header(root, diff) {
    const { before, after } = diff;
    return h("header", { class: "spec-header compare-header" },
      // `organisation` is in the records only on a site of several organisations.
      h("p", { class: "eyebrow" }, before.organisation ? before.organisation + " · " : null, link(root, before.series), " · " + before.level_label + " → ",
        after.organisation && after.organisation !== before.organisation ? after.organisation + " · " : null,
        before.series.slug === after.series.slug ? null : [link(root, after.series), " · "], after.level_label),
      h("h2", { id: "compare-heading" }, "From " + before.title + " to " + after.title),
      h("p", { class: "lead" }, "What changes from ", link(root, before), " to ", link(root, after),
        ", computed from the two specs. Reworded items show ", h("del", {}, "removed"), " and ", h("ins", {}, "added"), " words."));
  }

  function render(root, diff) {
    const out = [header(root, diff)];
    if (!diff.hasChanges) out.push(h("p", { class: "muted" }, "The two classes say the same in every compared field and section."));
    const value = (cls, text) => h("span", { class: cls }, text === null ? notStated() : text);
    if (diff.fields.length > 0) {
      const arrow = () => h("span", { class: "arrow", "aria-label": "becomes" }, "→");
      out.push(h("h3", {}, "Fields that change"), h("dl", { class: "field-changes" }, diff.fields.map((f) => h("div", { "data-field": f.id },
        h("dt", {}, f.label), h("dd", {}, value("before", f.before), " ", arrow(), " ", value("after", f.after))))));
    }
    [["KSAs", diff.ksas, "ksas"], ["Competencies", diff.competencies, "competencies"]].filter(([, c]) => linkChanged(c)).forEach(([title, change, key]) => {
      // A class that links none states none: "not stated" there, and the other's as they stand, not each one dropped or added.
      const absent = [diff.before, diff.after].find((record) => record[key].length === 0);
      if (absent) {
        const stated = absent === diff.before ? diff.after : diff.before;
        out.push(h("h3", {}, title), notStatedNote(absent, stated, "asks"),
          h("ul", { class: "item-list" }, stated[key].map((i) => h("li", {}, link(root, i)))));
        return;
      }
      out.push(h("h3", {}, title), h("ul", { class: "link-changes" },
        change.added.map((i) => h("li", { class: "added" }, h("span", { class: "tag tag-added" }, "Added"), " ", link(root, i),
          i.summary ? [" ", h("span", { class: "muted" }, "— " + i.summary)] : null)),
        change.removed.map((i) => h("li", { class: "removed" }, h("span", { class: "tag tag-removed" }, "Dropped"), " ", link(root, i)))));
      const kept = change.kept.length;
      if (kept > 0) out.push(h("p", { class: "muted" }, kept + " more " + (kept === 1 ? "is" : "are") + " asked by both classes."));
    });
    return out.concat(diff.sections.map((s) => renderSection(s, diff)));
  }

  // What one class states for section s (paired by kind, or by heading for other sections): its items, else its text.
  function statedContent(record, s) {
    const list = sectionsFor(record, s);
    if (list.length === 0) return h("p", {}, notStated());
    const items = itemsOf(list);
    return items.length > 0 ? h("ul", { class: "item-list" }, items.map((text) => h("li", {}, text)))
      : list.map((x) => h("p", {}, x.text.split("\n").join(" ")));
  }

  // Side by side: each fact and section of the two classes as each spec states it, in two columns (stacked on phones),
  // sections paired by kind as in the diff, so "Duties" sits beside "Examples of Work".
  function renderColumns(root, diff) {
    const { before, after } = diff, records = [before, after], out = [header(root, diff)];
    const row = (id, title, cell) => h("section", { class: "compare-row", "aria-labelledby": "side-" + id }, h("h3", { id: "side-" + id }, title),
      h("div", { class: "compare-columns" }, records.map((record) => h("div", { class: "compare-column" }, cell(record)))));
    const label = (record, heading) => h("p", { class: "column-label" }, record.title, heading ? " · " + heading : null);

    const ids = attributeIds(before, after).filter((id) => attribute(before, id) || attribute(after, id));
    if (ids.length > 0) {
      out.push(row("facts", "Facts", (record) => [label(record), h("dl", { class: "side-facts" }, ids.map((id) => h("div", { "data-field": id },
        h("dt", {}, (attribute(before, id) || attribute(after, id)).label),
        h("dd", {}, attribute(record, id) ? attribute(record, id).value : notStated()))))]));
    }
    [["ksas", "KSAs"], ["competencies", "Competencies"]].filter(([key]) => before[key].length + after[key].length > 0).forEach(([key, title]) => {
      out.push(row(key, title, (record) => [label(record), record[key].length === 0 ? h("p", {}, notStated())
        : h("ul", { class: "item-list" }, record[key].map((i) => h("li", {}, link(root, i))))]));
    });
    diff.sections.forEach((s) => {
      out.push(row(s.id, s.title, (record) => {
        const first = sectionsFor(record, s)[0];
        return [label(record, first && first.heading !== s.title ? first.heading : null), statedContent(record, s)];
      }));
    });
    return out;
  }

  function renderSection(s, diff) {
    const section = h("section", { class: "section-diff", "aria-labelledby": "diff-" + s.id }, h("h3", { id: "diff-" + s.id }, s.title));
    const n = s.inherited.length, count = (change) => s.items.filter((i) => i.change === change).length;
    if (s.missing && n === 0) {
      // One class has no such section: say so, and show the other's as it stands rather than as removed or added.
      const [absent, stated] = s.missing === "before" ? [diff.before, diff.after] : [diff.after, diff.before];
      section.append(notStatedNote(absent, stated, "says"),
        h("div", { class: "stated" }, statedContent(stated, s)));
      return section;
    }
    if (s.prose && n === 0) {
      // One class lists what the other writes as text: both as written, each under its class, as nothing can be paired.
      section.append(h("p", { class: "not-stated-note" }, "Not listed item by item in " + (s.prose === "before" ? diff.before : diff.after).title + "; each class says:"),
        ...[diff.before, diff.after].map((record) => h("div", { class: "stated" }, h("p", { class: "column-label" }, record.title), statedContent(record, s))));
      return section;
    }
    if (s.items.length === 0 && n === 0) {
      if (!sectionChanged(s)) section.append(h("p", { class: "diff-counts" }, h("span", { class: "tag" }, "Unchanged")));
      section.append(h("p", { class: "text-diff" }, words(s.words)));
      return section;
    }
    section.append(h("p", { class: "diff-counts" }, [["Added", "tag tag-added"], ["Reworded", "tag tag-reworded"],
      ["Removed", "tag tag-removed"], ["Moved", "tag tag-moved"], ["Unchanged", "tag"]]
      .map(([change, cls]) => (count(change) > 0 ? [h("span", { class: cls }, count(change) + " " + change.toLowerCase()), " "] : null))));
    if (n > 0) {
      section.append(h("p", { class: "inherited" }, diff.after.title + " includes the work of " + diff.before.title + ", so its " +
        (n === 1 ? "1 other duty carries" : n + " other duties carry") + " over."));
    }
    section.append(h("ul", { class: "item-diff" }, s.items.map((i) => h("li", { class: "item-" + i.change.toLowerCase() },
      h("span", { class: "tag tag-" + i.change.toLowerCase() }, i.change), " ", words(i.words)))));
    if (n > 0) {
      const carried = s.inherited.map((text) => h("li", { class: "item-inherited" }, h("span", { class: "tag" }, "Included"), " ", text));
      section.append(h("details", {},
        h("summary", {}, "The " + plural(n, "duty", "duties") + " of " + diff.before.title + " that carry over"),
        h("ul", { class: "item-diff" }, carried)));
    }
    return section;
  }

  // Ticks are kept in this browser only, one localStorage entry per pair; where storage is refused (a private window, a
  // browser that keeps none for pages opened from disk) they last as long as the page.
  function tickStore(key) {
    const store = { works: true };
    store.read = () => {
      try {
        const saved = JSON.parse(window.localStorage.getItem(key) || "[]");
        return new Set(Array.isArray(saved) ? saved.filter((x) => typeof x === "string") : []);
      } catch (e) {
        store.works = false;
        return new Set();
      }
    };
    store.write = (ticks) => {
      try {
        if (ticks.size === 0) window.localStorage.removeItem(key); else window.localStorage.setItem(key, JSON.stringify(Array.from(ticks)));
      } catch (e) {
        store.works = false;
      }
      return store.works;
    };
    return store;
  }

  const NOT_KEPT = "This browser does not keep ticks for this page: they last until you leave it.";

  // The checklist view: one checkbox per item of checklist(diff), ticks kept per pair; it prints, and copies as text.
  function renderChecklist(root, diff, pair) {
    const { before, after } = diff, items = checklist(diff), store = tickStore("rungs-checklist:" + pair), ticks = store.read();
    const out = [h("header", { class: "spec-header compare-header" },
      h("h2", { id: "compare-heading" }, "My checklist: from " + before.title + " to " + after.title),
      h("p", { class: "lead" }, "What ", link(root, after), " asks that ", link(root, before),
        " does not, from the comparison of the two specs. Tick what you have done: ticks stay in this browser, and the address shares the list, never the ticks."))];
    if (items.length === 0) return out.concat(h("p", { class: "muted" }, after.title + " asks nothing that " + before.title + " does not."));

    const status = h("p", { class: "checklist-status", role: "status" }, store.works ? null : NOT_KEPT);
    const boxes = items.map((item, k) => {
      const box = h("input", { type: "checkbox", id: "check-" + k });
      box.checked = ticks.has(item.key);
      box.addEventListener("change", () => {
        if (box.checked) ticks.add(item.key); else ticks.delete(item.key);
        if (!store.write(ticks)) status.textContent = NOT_KEPT;
      });
      return box;
    });
    const list = h("ul", { class: "checklist" }, items.map((item, k) => h("li", {}, boxes[k],
      h("label", { for: "check-" + k }, h("span", { class: "tag checklist-source" }, item.source), " ", item.text))));

    const text = () => ["My checklist: from " + before.title + " to " + after.title, location.href, ""]
      .concat(items.map((item, k) => (boxes[k].checked ? "[x] " : "[ ] ") + item.source + ": " + item.text)).join("\n") + "\n";
    // Without the Clipboard API (or its permission), the text is shown selected, to copy by hand or by the old command.
    const manual = h("textarea", { class: "checklist-text", readonly: "", rows: "8", "aria-label": "The checklist as text" });
    manual.hidden = true;
    const byHand = (value) => {
      manual.value = value;
      manual.hidden = false;
      manual.focus();
      manual.select();
      let copied = false;
      try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
      status.textContent = copied ? "Copied the checklist as text." : "The checklist is selected below as text: copy it with Ctrl+C (⌘C on a Mac).";
    };
    const copy = h("button", { type: "button", class: "checklist-copy" }, "Copy as text");
    copy.addEventListener("click", () => {
      const value = text();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(value).then(() => { manual.hidden = true; status.textContent = "Copied the checklist as text."; }, () => byHand(value));
      } else byHand(value);
    });
    const print = h("button", { type: "button", class: "checklist-print" }, "Print");
    print.addEventListener("click", () => window.print());
    return out.concat(h("div", { class: "checklist-actions" }, copy, " ", print), status, manual, list);
  }

  // One sentence for the live region: what a screen reader announces when a comparison appears.
  function summary(diff) {
    const start = "Compared " + diff.before.title + " with " + diff.after.title + ": ";
    if (!diff.hasChanges) return start + "they say the same in every compared field and section.";
    const changed = diff.sections.filter(sectionChanged).map((s) => s.title);
    const parts = [plural(diff.fields.length, "field changes", "fields change")];
    [["KSA", "KSAs", diff.ksas, "ksas"], ["competency", "competencies", diff.competencies, "competencies"]].filter(([, , c]) => linkChanged(c))
      .forEach(([one, many, c, key]) => {
        // As the page says it: a class that links none does not state them, it does not drop them.
        const absent = [diff.before, diff.after].find((record) => record[key].length === 0);
        parts.push(absent ? many + " not stated in " + absent.title : plural(c.added.length, one, many) + " added, " + c.removed.length + " dropped");
      });
    parts.push(changed.length === 0 ? "no section differs"
      : plural(changed.length, "section differs", "sections differ") + " (" + changed.join(", ") + ")");
    return start + parts.join("; ") + ".";
  }

  function checklistSummary(diff) {
    const n = checklist(diff).length;
    return "Checklist from " + diff.before.title + " to " + diff.after.title + ": " + plural(n, "item", "items") + " " + diff.after.title + " asks that " +
      diff.before.title + " does not.";
  }

  // A script by its address, loaded once; one that failed is tried again when it is asked for next.
  const scripts = new Map();
  function loadScript(src) {
    if (!scripts.has(src)) {
      scripts.set(src, new Promise((resolve, reject) => {
        const element = h("script", { src });
        element.onload = resolve;
        element.onerror = () => { scripts.delete(src); reject(new Error("could not load " + src)); };
        document.head.append(element);
      }));
    }
    return scripts.get(src);
  }

  // Class data: each series' classes come in one script, `<folder>/<series>.js`, that pushes
  // {schema: "rungs.series-data/1", series, classes: [records of rungs.class/1 without stems], stems} onto
  // window.RungsData. A script, not fetch: browsers refuse fetch on pages opened from disk (file://) but do run scripts.
  // Kept apart from picking: whatever picks a class hands over its name (the data file name, ClassNames.FileName) and
  // its series' slug.
  function classData(root, folder) {
    const file = (series) => folder + "/" + series + ".js";
    const find = (name, series) => {
      for (const bundle of window.RungsData || []) {
        if (!bundle || bundle.series !== series || !Array.isArray(bundle.classes)) continue;
        const record = bundle.classes.find((r) => r && (r.slug === name || r.series.slug + "--" + r.slug === name));
        if (record) return Object.assign({ stems: bundle.stems || {} }, record);
      }
      return null;
    };
    const script = (series) => loadScript(root + folder + "/" + encodeURIComponent(series) + ".js");
    return {
      file,
      // The class's record, with its series' stems; rejects when its series' script is missing or lacks it.
      load: (name, series) => {
        const found = find(name, series);
        return found ? Promise.resolve(found) : script(series).then(() => find(name, series) || Promise.reject(new Error(name)));
      },
    };
  }

  // ---- Picking the two classes ------------------------------------------------------------------------------------------
  // A picker holds a class's name (ClassNames.FileName: the value in ?a=…&b=…) and says, as a promise, which series'
  // bundle holds it (null for a name the site does not have). A site of up to CompareNames.MaxListed classes lists them
  // in a select; a larger one has a text box that offers what the search index finds as one types.

  // The select's options are the site's classes; each option group is a series, its data-series naming the bundle.
  function listedPicker(select) {
    const option = (name) => Array.from(select.options).find((o) => o.value === name && o.value !== "");
    return {
      value: () => select.value,
      set: (name) => { if (option(name)) select.value = name; return Boolean(option(name)); },
      label: (name) => (option(name) || { textContent: name }).textContent,
      named: () => {},
      seriesOf: (name) => Promise.resolve(option(name) ? option(name).parentElement.getAttribute("data-series") || "" : null),
      onPick: (callback) => select.addEventListener("change", callback),
      unknownNote: "Choose from the list.",
    };
  }

  // The name directory (CompareNames): `<folder>/<n>.js` holds the names whose hash is n, each with its series.
  function nameDirectory(root, folder, shards) {
    const series = new Map();
    window.rungsCompareNames = (shard, names) => Object.keys(names).forEach((name) => series.set(name, names[name]));
    // CompareNames.ShardOf: FNV-1a over the UTF-16 code units, masked to the (power of two) number of files.
    const shardOf = (name) => {
      let hash = 2166136261;
      for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619) >>> 0;
      return hash & (shards - 1);
    };
    const file = (shard) => loadScript(root + folder + "/" + shard + ".js").catch(() => {
      throw new Error("The list of classes could not be loaded (" + folder + "/" + shard + ".js). Rebuild the site, or try again.");
    });
    return {
      remember: (name, seriesSlug) => series.set(name, seriesSlug),
      seriesOf: (name) => (series.has(name) ? Promise.resolve(series.get(name)) : file(shardOf(name)).then(() => series.get(name) || null)),
    };
  }

  // A combobox (search.js's rungsCombobox, which calls `update` once typing pauses): typing offers up to eight classes the search index finds by title, code or
  // HRIS title (search.js's rungsFindClasses); arrows and Enter, or a click, pick one. The box then shows the class's
  // title and code; leaving it with other text puts those back.
  function typedPicker(input, directory) {
    const box = window.rungsCombobox(input, input.parentElement, input.id + "-listbox", "Classes found", update);
    let chosen = "", shown = "", found = [], latest = 0;
    const picked = [];
    const labelOf = (title, code) => title + (code ? " (" + code + ")" : "");
    const marked = (text, result) => result.mark(text).map(([piece, on]) => (on ? h("mark", {}, piece) : piece));

    function choose(index) {
      const c = found[index];
      directory.remember(c.name, c.series);
      chosen = c.name;
      input.value = shown = labelOf(c.title, c.code);
      box.close();
      picked.forEach((callback) => callback());
    }

    function offer(query, result) {
      found = result.classes;
      box.offer(found.map((c, i) => {
        const meta = [c.status ? h("strong", { class: "status-mark" }, c.status) : null, c.seriesTitle, c.level, c.code ? h("span", { class: "code" }, marked(c.code, result)) : null]
          .filter(Boolean).map((part, k) => (k > 0 ? [" · ", part] : part));
        // tabindex -1: focusable by script, not by Tab (focus stays in the box), so a list long enough to scroll is reachable.
        const option = h("div", { role: "option", id: input.id + "-option-" + i, class: "search-option", tabindex: "-1", "aria-selected": "false" },
          h("span", { class: "search-option-head" }, h("span", { class: "search-option-title" }, marked(c.title, result))),
          h("span", { class: "search-option-meta" }, meta));
        option.addEventListener("click", () => choose(i));
        return option;
      }), "No class found for “" + query.trim() + "”.");
      box.announce(found.length === 0 ? "No class found" : plural(result.total, "class", "classes") + " found" + (result.total > found.length ? ", the first " + found.length + " shown" : ""));
    }

    function update() {
      const query = input.value, ticket = ++latest;
      if (!query.trim() || query === shown) { found = []; box.clear(); return; }
      window.rungsFindClasses(query, 8).then((result) => { if (ticket === latest) offer(query, result); },
        (error) => { if (ticket === latest) { found = []; box.fail(error.message); } });
    }

    input.addEventListener("keydown", (event) => {
      if (event.isComposing || event.key !== "Enter" || !box.isOpen() || box.count() === 0) return;
      event.preventDefault(); // Enter picks the highlighted class, or the first: the form is not sent
      choose(box.active() >= 0 ? box.active() : 0);
    });
    input.addEventListener("blur", () => {
      box.close();
      if (input.value !== shown && input.value.trim()) input.value = shown;
      else if (!input.value.trim() && chosen) { chosen = shown = ""; picked.forEach((callback) => callback()); }
    });
    return {
      value: () => chosen,
      set: (name) => { chosen = name; input.value = shown = name; return true; },
      label: (name) => (name === chosen && shown ? shown : name),
      // The class's data has come: the box names it as a pick would.
      named: (name, record) => {
        if (name !== chosen) return;
        if (input.value === shown) input.value = labelOf(record.title, record.code); // not over what is being typed
        shown = labelOf(record.title, record.code);
      },
      seriesOf: (name) => directory.seriesOf(name),
      onPick: (callback) => picked.push(callback),
      unknownNote: "Type a title or code to find one.",
    };
  }

  function init() {
    const status = document.getElementById("compare-result"), view = document.getElementById("compare-view");
    const form = document.querySelector(".compare-form");
    const boxes = [document.getElementById("compare-a"), document.getElementById("compare-b")];
    if (!status || !view || !form || !boxes[0] || !boxes[1]) return;
    const root = status.getAttribute("data-root") || "";
    const data = classData(root, status.getAttribute("data-data") || "api/series");
    const shards = Number(form.getAttribute("data-name-shards") || 0);
    const directory = shards > 0 ? nameDirectory(root, form.getAttribute("data-names") || "compare/names", shards) : null;
    const picks = boxes.map((box) => (directory ? typedPicker(box, directory) : listedPicker(box)));
    let latest = 0;
    // The views: a switch the script adds, as the page needs the script anyway; kept in the address (view=columns or
    // view=checklist; #checklist opens the checklist too).
    const views = [["changes", "What changes"], ["columns", "Show the two classes side by side"],
      ["checklist", "My checklist: what the second class asks that the first does not"]];
    const radios = views.map(([id]) => h("input", { type: "radio", name: "compare-view", id: "compare-" + id, value: id }));
    form.after(h("fieldset", { class: "compare-toggle" }, h("legend", { class: "visually-hidden" }, "Show"),
      views.map(([id, label], k) => h("label", { for: "compare-" + id }, radios[k], " " + label))));
    const chosen = () => (radios.find((r) => r.checked) || radios[0]).value;

    const show = (message, nodes) => { status.textContent = message; view.replaceChildren(...(nodes || [])); };
    const noSuchClass = (names) => "There is no class “" + names.join("” or “") + "” on this site. " + picks[0].unknownNote;

    function load(name, pick) {
      return pick.seriesOf(name).then((series) => {
        if (series === null || series === undefined) throw new Error(noSuchClass([name]));
        return data.load(name, series).catch(() => {
          throw new Error("The data for " + pick.label(name) + " could not be loaded (" + data.file(series) + "). Rebuild the site, or try again.");
        });
      });
    }

    function update() {
      const a = picks[0].value(), b = picks[1].value(), ticket = ++latest;
      if (!a && !b) return show("");
      if (!a || !b) { // one class picked: its title, once its data says it, in the prompt for the other
        const k = a ? 0 : 1, name = a || b, ask = () => "Choose the " + (a ? "second" : "first") + " class to compare with " + picks[k].label(name) + ".";
        show(ask());
        return load(name, picks[k]).then((record) => {
          if (ticket !== latest) return;
          picks[k].named(name, record);
          show(ask());
        }, (error) => { if (ticket === latest) show(error.message); });
      }
      if (a === b) return show("You picked " + picks[0].label(a) + " twice. Choose two different classes to see what differs.");
      view.replaceChildren(h("p", { class: "muted" }, "Loading…")); // in the view, not the live region: only results are announced
      Promise.all([load(a, picks[0]), load(b, picks[1])]).then((records) => {
        if (ticket !== latest) return; // a newer pick is on its way
        records.forEach((record, k) => picks[k].named([a, b][k], record));
        const diff = classDiff(records[0], records[1]), view = chosen();
        if (view === "checklist") show(checklistSummary(diff), renderChecklist(root, diff, a + ".." + b));
        else show(summary(diff), view === "columns" ? renderColumns(root, diff) : render(root, diff));
      }, (error) => { if (ticket === latest) show(error.message); });
    }

    // The pair lives in the address (?a=…&b=…), so a comparison can be bookmarked and shared.
    function remember() {
      const query = new URLSearchParams(location.search);
      ["a", "b"].forEach((name, k) => (picks[k].value() ? query.set(name, picks[k].value()) : query.delete(name)));
      if (chosen() !== "changes") query.set("view", chosen()); else query.delete("view");
      const search = query.toString();
      try {
        history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
      } catch (e) {
        // A browser may refuse to change the address of a page opened from disk; the comparison still shows.
      }
    }

    const query = new URLSearchParams(location.search), missing = [];
    ["a", "b"].forEach((name, k) => {
      const slug = query.get(name);
      if (slug && !picks[k].set(slug)) missing.push(slug);
    });
    const asked = location.hash === "#checklist" ? "checklist" : query.get("view");
    (radios.find((r) => r.value === asked) || radios[0]).checked = true;
    picks.forEach((pick) => pick.onPick(() => { remember(); update(); }));
    radios.forEach((input) => input.addEventListener("change", () => { remember(); update(); }));
    form.addEventListener("submit", (event) => { event.preventDefault(); remember(); update(); });
    if (missing.length > 0) show(noSuchClass(missing));
    else update();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
