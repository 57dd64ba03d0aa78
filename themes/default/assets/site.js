// Rungs default theme: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // A count as the pages write it (math.format "N0"): 1,120.
  function number(n) { return n.toLocaleString("en-US"); }

  // Links carry an explicit index.html so the site also works when opened from disk.
  // When served over HTTP, show the clean form (series/x/) that people share.
  function cleanLinks() {
    if (location.protocol !== "http:" && location.protocol !== "https:") return;
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href");
      if (/^[a-z]+:/i.test(href)) continue;
      var clean = href.replace(/(^|\/)index\.html(?=$|[?#])/, "$1");
      if (clean === "" || clean.charAt(0) === "#" || clean.charAt(0) === "?") clean = "./" + clean;
      if (clean !== href) links[i].setAttribute("href", clean);
    }
  }

  function normalise(text) {
    return text.toLowerCase().replace(/\s+/g, " ").trim();
  }

  // The all-classes table doubles as the search fallback: ?q= filters its rows by title, code, HRIS title or series.
  // On a large site the table is split into pages; the filter then searches every class, from the rows script
  // (classes/rows.js, loaded by a script tag so that it works from disk too) and shows the matches in place of the page.
  function classFilter() {
    var box = document.querySelector(".table-filter");
    var table = document.querySelector(".class-table");
    if (!box || !table) return;
    var input = box.querySelector("input");
    var count = box.querySelector("#class-filter-count");
    var none = box.querySelector("#class-filter-none");
    var search = box.querySelector("#class-filter-search");
    var searchPage = search && search.getAttribute("href");
    var scroll = table.closest(".table-scroll") || table;
    var body = table.tBodies[0];
    var pageRows = Array.prototype.slice.call(body.rows);
    var rowsScript = box.getAttribute("data-rows");
    var paged = document.querySelectorAll(".pagination, #class-page-range");
    var caption = table.caption, pageCaption = caption && caption.textContent;
    var all = null; // every class's row, once the rows script has loaded
    box.hidden = false;

    function loadAll(done) {
      if (all || !rowsScript) return done();
      // Each keystroke while the script loads asks again: the filter runs once when it arrives.
      if (loadAll.waiting) return loadAll.waiting.indexOf(done) < 0 && loadAll.waiting.push(done);
      loadAll.waiting = [done];
      window.rungsClassRows = function (data) { all = rowsFrom(data, box.getAttribute("data-root") || ""); };
      var script = document.createElement("script");
      script.src = rowsScript;
      script.onload = script.onerror = function () {
        // A script that did not load (a partial copy opened from disk) is not asked for again: the filter keeps to this page's rows.
        if (!all) rowsScript = null;
        var waiting = loadAll.waiting;
        loadAll.waiting = null;
        waiting.forEach(function (f) { f(); });
      };
      document.head.appendChild(script);
    }

    function apply() {
      var words = normalise(input.value).split(" ").filter(Boolean);
      if (words.length && rowsScript && !all) return loadAll(apply);
      var rows = words.length && all ? all : pageRows;
      var total = all ? all.length : Number(box.getAttribute("data-total")) || rows.length;
      var shown = 0, matches = [];
      for (var i = 0; i < rows.length; i++) {
        var text = rows[i].text || (rows[i].text = normalise(rows[i].textContent));
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        rows[i].hidden = !match;
        if (match) { shown++; if (matches.length < MAX_SHOWN) matches.push(rows[i]); }
      }
      // Every class's rows replace the page's while a filter is on, at most MAX_SHOWN of them; the pages come back when it is cleared.
      if (all) {
        var wanted = words.length ? matches : pageRows;
        if (body.rows.length !== wanted.length || body.rows[0] !== wanted[0]) {
          while (body.firstChild) body.removeChild(body.firstChild);
          wanted.forEach(function (row) { row.hidden = false; body.appendChild(row); });
        }
        for (var k = 0; k < paged.length; k++) paged[k].hidden = words.length > 0;
        if (caption) caption.textContent = words.length ? "All classes matching the filter" : pageCaption; // not "501–1000 of …"
      }
      count.textContent = words.length
        ? number(shown) + " of " + number(total) + " classes match" + (shown > matches.length ? "; the first " + number(matches.length) + " are shown, type more to narrow them" : "")
        : number(total) + " classes";
      // No match: say so, hide the empty table, and offer the full-text search for the same words.
      var empty = words.length > 0 && shown === 0;
      scroll.hidden = empty;
      if (none) {
        none.hidden = !empty;
        box.querySelector("#class-filter-words").textContent = input.value.trim();
        search.setAttribute("href", searchPage + "?q=" + encodeURIComponent(input.value.trim()));
      }
    }

    var query = new URLSearchParams(location.search).get("q");
    if (query) input.value = query;
    input.addEventListener("input", apply);
    apply();
  }

  var MAX_SHOWN = 500;

  // The rows script's rows ([code, title, HRIS title, URL, series, organisation, level, grade, FLSA]) as table rows like the page's.
  function rowsFrom(data, root) {
    return data.map(function (r) {
      var tr = document.createElement("tr");
      function cell(tag, label) {
        var c = document.createElement(tag);
        if (label) c.setAttribute("data-label", label);
        tr.appendChild(c);
        return c;
      }
      function link(parent, href, text) {
        var a = document.createElement("a");
        a.href = root + href;
        a.textContent = text;
        parent.appendChild(a);
      }
      function muted(parent, text, extra) {
        if (!text) return;
        var s = document.createElement("span");
        s.className = "muted" + (extra ? " " + extra : "");
        s.textContent = "(" + text + ")";
        parent.appendChild(document.createTextNode(" "));
        parent.appendChild(s);
      }
      var code = cell("td", "Code");
      code.className = "code";
      code.textContent = r[0];
      var title = cell("th");
      title.setAttribute("scope", "row");
      link(title, r[3], r[1]);
      muted(title, r[2]);
      var series = cell("td");
      link(series, r[3].replace(/[^/]+\/index\.html$/, "index.html"), r[4]);
      muted(series, r[5], "organisation");
      cell("td").textContent = r[6];
      cell("td", "Grade").textContent = r[7];
      cell("td").textContent = r[8];
      tr.text = normalise([r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8]].join(" ")); // what the filter searches, as the page's rows
      return tr;
    });
  }

  // On a phone the Menu button folds the navigation away (CSS shows the button and hides the links only at that width).
  function menu() {
    var header = document.querySelector(".site-header");
    var button = header && header.querySelector(".menu-button");
    if (!button) return;
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.setAttribute("data-menu", open ? "open" : "closed");
    }
    button.hidden = false;
    set(false);
    button.addEventListener("click", function () { set(button.getAttribute("aria-expanded") !== "true"); });
    header.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        set(false);
        button.focus();
      }
    });
  }

  // A table box that scrolls sideways says so: its edge fades where there is more to see (site.css). It is a tab stop
  // only while it scrolls, so that the keyboard can scroll it: a page of many tables that fit (the series index's
  // letters) is not a run of empty stops. Without this script every box stays a stop.
  function scrollCues() {
    var boxes = document.querySelectorAll(".table-scroll");
    function mark(box) {
      var more = box.scrollWidth - box.clientWidth;
      box.classList.toggle("more-left", more > 1 && box.scrollLeft > 1);
      box.classList.toggle("more-right", more > 1 && box.scrollLeft < more - 1);
      if (more > 1) box.setAttribute("tabindex", "0");
      else if (document.activeElement !== box) box.removeAttribute("tabindex");
    }
    function markAll() { for (var i = 0; i < boxes.length; i++) mark(boxes[i]); }
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].addEventListener("scroll", function (event) { mark(event.currentTarget); }, { passive: true });
    }
    window.addEventListener("resize", markAll);
    markAll();
  }

  function init() {
    cleanLinks();
    classFilter();
    menu();
    scrollCues();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
