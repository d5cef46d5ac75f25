// The HTML report's own style and script. They are constants (the page's data lives in the
// markup, never in the script) so their CSP hashes are fixed per release, and no source text
// can end up inside a <script> or <style> block.

export const STYLE = `
:root { color-scheme: light; --critical: #b00020; --critical-bg: #ffd3da; --major: #c2410c; --major-bg: #ffdcbf;
  --minor: #8a5a00; --minor-bg: #fff0a8; --info: #0b5e8e; --info-bg: #d6ecfb; --line: #d0d4da; --muted: #5b6270; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #f6f7f9; }
.top { padding: .6rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
.top h1 { margin: 0; font-size: 1.15rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.top .story { font-weight: normal; color: var(--muted); }
.summary { margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.badge.sev-critical { color: var(--critical); background: var(--critical-bg); }
.badge.sev-major { color: var(--major); background: var(--major-bg); }
.badge.sev-minor { color: var(--minor); background: var(--minor-bg); }
.badge.sev-info { color: var(--info); background: var(--info-bg); }
.findings { flex: 0 1 auto; max-height: 38vh; overflow: auto; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
.filters { border: 0; margin: 0 0 .4rem; padding: 0; display: flex; flex-wrap: wrap; gap: .9rem; align-items: center; }
.filters legend { float: left; margin-right: .5rem; font-weight: 600; }
.filters label { cursor: pointer; }
.finding-list { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 4px; margin: 0 0 .4rem; padding: .3rem .6rem; cursor: pointer; }
.finding.sev-critical { border-left-color: var(--critical); }
.finding.sev-major { border-left-color: var(--major); }
.finding.sev-minor { border-left-color: var(--minor); }
.finding.sev-info { border-left-color: var(--info); }
.finding.selected { background: #eef3ff; box-shadow: 0 0 0 2px #3b5bdb; }
.hide-critical .finding.sev-critical, .hide-major .finding.sev-major, .hide-minor .finding.sev-minor, .hide-info .finding.sev-info { display: none; }
.finding-button { all: unset; display: block; cursor: pointer; }
.finding-button:focus-visible { outline: 2px solid #3b5bdb; outline-offset: 2px; }
.finding .kind { font-weight: 600; }
.finding .message { display: block; }
.evidence { margin: .2rem 0 0; padding-left: 1.2rem; font-size: .85rem; color: var(--muted); }
.loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.empty { color: var(--muted); }
.sources { flex: 1 1 0; min-height: 12rem; display: grid; grid-auto-flow: column; grid-auto-columns: minmax(20rem, 1fr); gap: .6rem; padding: .6rem; overflow-x: auto; }
.source { display: flex; flex-direction: column; min-height: 0; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
.source > header { padding: .4rem .7rem; border-bottom: 1px solid var(--line); }
/* a headline can run long: two lines here, the whole of it in the tooltip and on paper */
.source h2 { margin: 0; font-size: 1rem; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.source .meta { margin: 0; font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; }
.source-scroll { flex: 1 1 0; min-height: 0; overflow: auto; position: relative; }
.source-text { margin: 0; padding: .6rem .7rem; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.55 Georgia, "Times New Roman", serif; }
mark.claim { color: inherit; border-radius: 2px; padding: 0 1px; cursor: pointer; border-bottom: 2px solid; }
mark.sev-critical { background: var(--critical-bg); border-color: var(--critical); }
mark.sev-major { background: var(--major-bg); border-color: var(--major); }
mark.sev-minor { background: var(--minor-bg); border-color: var(--minor); }
mark.sev-info { background: var(--info-bg); border-color: var(--info); }
mark.muted { background: transparent; border-color: transparent; cursor: auto; }
mark.current { outline: 2px solid #3b5bdb; outline-offset: 1px; }
mark.flash { animation: flash 1.2s ease-out 1; }
@keyframes flash { 0%, 60% { box-shadow: 0 0 0 6px rgba(59, 91, 219, .55); } 100% { box-shadow: 0 0 0 0 rgba(59, 91, 219, 0); } }
@media (prefers-reduced-motion: reduce) { mark.flash { animation: none; } }
@media print {
  html, body { height: auto; display: block; background: #fff; }
  .filters { display: none; }
  .findings { max-height: none; overflow: visible; border: 0; }
  .finding { break-inside: avoid; cursor: auto; }
  .finding.selected { box-shadow: none; background: none; }
  .sources { display: block; overflow: visible; padding: 0; }
  .source { display: block; margin: 0 0 1rem; break-before: page; border: 0; }
  .source-scroll { overflow: visible; }
  .source-text { font-size: 11pt; }
  mark.claim, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.current { outline: none; }
  mark.flash { animation: none; }
  .top h1 { white-space: normal; }
  .source h2 { display: block; overflow: visible; }
}
`;

// Plain ES5-style script: no template literals (this file is one), no eval, no inline handlers
// (a hash-based script-src blocks those anyway). Filters toggle body classes the style reads;
// choosing a finding scrolls each source column to its first piece of evidence and flashes it.
export const SCRIPT = `
(function () {
  "use strict";
  var RANK = { info: 0, minor: 1, major: 2, critical: 3 };
  var body = document.body;
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.claim"));
  var severityOf = {};
  Array.prototype.forEach.call(document.querySelectorAll(".finding"), function (li) {
    severityOf[li.getAttribute("data-finding")] = li.getAttribute("data-severity");
  });
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function findingsOf(mark) { return (mark.getAttribute("data-f") || "").split(" ").filter(Boolean); }
  function shown(severity) { return !body.classList.contains("hide-" + severity); }
  function topVisible(mark) {
    var best = null;
    findingsOf(mark).forEach(function (id) {
      var s = severityOf[id];
      if (s && shown(s) && (best === null || RANK[s] > RANK[severityOf[best]])) best = id;
    });
    return best;
  }
  // A mark takes the colour of the most severe finding still shown; with none shown it fades.
  function repaint() {
    marks.forEach(function (m) {
      var top = topVisible(m);
      ["critical", "major", "minor", "info"].forEach(function (s) { m.classList.toggle("sev-" + s, top !== null && severityOf[top] === s); });
      m.classList.toggle("muted", top === null);
    });
  }
  function reveal(mark, box) {
    var m = mark.getBoundingClientRect();
    var b = box.getBoundingClientRect();
    var top = box.scrollTop + (m.top - b.top) - Math.max(0, (box.clientHeight - m.height) / 3);
    box.scrollTo({ top: Math.max(0, top), behavior: reduceMotion ? "auto" : "smooth" });
  }
  function flash(mark) {
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation on a second click
    mark.classList.add("flash");
  }
  function select(id, scrollList) {
    var li = document.getElementById("finding-" + id);
    if (!li) return;
    Array.prototype.forEach.call(document.querySelectorAll(".finding.selected"), function (e) { e.classList.remove("selected"); });
    li.classList.add("selected");
    if (scrollList) li.scrollIntoView({ block: "nearest" });
    var firstPerColumn = [];
    marks.forEach(function (m) {
      var mine = findingsOf(m).indexOf(id) >= 0;
      m.classList.toggle("current", mine);
      if (!mine) return;
      flash(m);
      var box = m.closest(".source-scroll");
      if (box && !firstPerColumn.some(function (p) { return p.box === box; })) firstPerColumn.push({ box: box, mark: m });
    });
    firstPerColumn.forEach(function (p) { reveal(p.mark, p.box); });
  }

  // a reload may restore checkbox states the body classes do not reflect yet
  function syncFilters() {
    Array.prototype.forEach.call(document.querySelectorAll(".filters input[data-severity]"), function (box) {
      body.classList.toggle("hide-" + box.getAttribute("data-severity"), !box.checked);
    });
    repaint();
  }

  document.addEventListener("change", function (e) {
    var box = e.target;
    if (!box.matches || !box.matches(".filters input[data-severity]")) return;
    syncFilters();
  });
  document.addEventListener("click", function (e) {
    var target = e.target;
    if (!target.closest) return;
    var finding = target.closest(".finding");
    if (finding) { select(finding.getAttribute("data-finding"), false); return; }
    var mark = target.closest("mark.claim");
    if (mark) { var id = topVisible(mark); if (id) select(id, true); }
  });
  document.addEventListener("animationend", function (e) {
    if (e.target.classList && e.target.classList.contains("flash")) e.target.classList.remove("flash");
  });
  syncFilters();
})();
`;
