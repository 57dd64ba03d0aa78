// Rungs dev server: reloads this tab when its page is rebuilt, and shows content errors over the page.
// Served by `rungs serve` only; never part of a built site. Builds the overlay with text nodes (no innerHTML).
(function () {
  "use strict";
  var overlay = null;

  function outputPath() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
    if (path === "" || path.slice(-1) === "/") path += "index.html";
    return path;
  }

  function el(tag, text, css) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (css) for (var key in css) node.style[key] = css[key];
    return node;
  }

  function hideOverlay() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showOverlay(errors) {
    hideOverlay();
    overlay = el("div", null, {
      position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", background: "rgba(20, 20, 20, 0.94)",
      color: "#fff", font: "15px/1.5 system-ui, sans-serif", padding: "2rem"
    });
    overlay.id = "rungs-error-overlay";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "rungs-error-title");
    var title = el("h2", errors.length === 1 ? "The site has 1 error" : "The site has " + errors.length + " errors",
      { margin: "0 0 0.5rem", color: "#ff8a80", font: "bold 1.4rem system-ui, sans-serif" });
    title.id = "rungs-error-title";
    overlay.appendChild(title);
    overlay.appendChild(el("p", "Fix the file and save it: this page updates by itself. Until then the last good build is shown underneath.",
      { margin: "0 0 1.5rem", color: "#ddd" }));
    var list = el("ol", null, { margin: "0", padding: "0", listStyle: "none" });
    errors.forEach(function (e) {
      var item = el("li", null, { margin: "0 0 1rem", padding: "0.75rem 1rem", background: "#2b2b2b", borderLeft: "4px solid #ff5252" });
      item.className = "rungs-error";
      item.appendChild(el("div", e.file + "(" + e.line + "," + e.column + ")",
        { font: "14px ui-monospace, monospace", color: "#ffd180" }));
      item.appendChild(el("div", e.severity + " " + e.code + ": " + e.message, { margin: "0.25rem 0 0" }));
      if (e.hint) item.appendChild(el("div", "hint: " + e.hint, { margin: "0.25rem 0 0", color: "#bbb" }));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var close = el("button", "Hide", { marginTop: "1rem", padding: "0.4rem 1rem", font: "inherit" });
    close.type = "button";
    close.addEventListener("click", hideOverlay);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  var source = new EventSource("/__rungs/events");
  source.addEventListener("reload", function (event) {
    var paths = JSON.parse(event.data).paths || [];
    if (paths.indexOf(outputPath()) >= 0) location.reload();
  });
  source.addEventListener("errors", function (event) {
    var errors = JSON.parse(event.data).errors || [];
    if (errors.length) showOverlay(errors); else hideOverlay();
  });
  source.addEventListener("ok", hideOverlay);
  window.RungsLiveReload = { connected: function () { return source.readyState === 1; } };
})();
