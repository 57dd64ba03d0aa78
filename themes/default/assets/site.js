// Rungs default theme: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

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
    var rows = table.tBodies[0].rows;
    box.hidden = false;

    function apply() {
      var words = normalise(input.value).split(" ").filter(Boolean);
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var text = normalise(rows[i].textContent);
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        rows[i].hidden = !match;
        if (match) shown++;
      }
      count.textContent = words.length ? shown + " of " + rows.length + " classes match" : rows.length + " classes";
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

  // A table box that scrolls sideways says so: its edge fades where there is more to see (site.css).
  function scrollCues() {
    var boxes = document.querySelectorAll(".table-scroll");
    function mark(box) {
      var more = box.scrollWidth - box.clientWidth;
      box.classList.toggle("more-left", more > 1 && box.scrollLeft > 1);
      box.classList.toggle("more-right", more > 1 && box.scrollLeft < more - 1);
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
