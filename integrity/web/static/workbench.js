// The workbench's little JavaScript: a reason before dismissing, and keyboard shortcuts for
// the findings (j/k move, c confirm, d dismiss, n next). Everything also works without it:
// the server checks every decision again.
(function () {
  "use strict";
  function findings() { return Array.prototype.slice.call(document.querySelectorAll("article[data-finding-id]")); }

  // Dismissing needs a reason: ask for it in the finding's reason field instead of sending.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action=dismiss]");
    if (!button) { return; }
    var form = button.form, reason = form.querySelector("input[name=reason]");
    if (!reason.value.trim()) {
      event.preventDefault();
      reason.classList.add("missing");
      form.querySelector(".hint").hidden = false;
      reason.focus();
    }
  });
  // Enter in a reason field dismisses (a reason is written to dismiss; confirming is a click or c).
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && target.name === "reason" && target.form) {
      event.preventDefault();
      target.form.querySelector("button[data-action=dismiss]").click();
    }
  });

  var current = -1;
  function focusOn(index) {
    var all = findings();
    if (!all.length) { return; }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (f) { f.classList.remove("focused"); });
    all[current].classList.add("focused");
    all[current].focus({ preventScroll: true });
    all[current].scrollIntoView({ block: "center", behavior: "instant" });
  }
  function focusedFinding() { var all = findings(); return current >= 0 ? all[current] : all[0]; }

  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    var finding = focusedFinding();
    if (event.key === "j" || event.key === "n") { focusOn(current + 1); }
    else if (event.key === "k") { focusOn(current - 1); }
    else if (event.key === "c" && finding) {
      var confirm = finding.querySelector("button[data-action=confirm]");
      if (confirm) { confirm.click(); }
    } else if (event.key === "d" && finding) {
      var reason = finding.querySelector("input[name=reason]");
      if (reason) { event.preventDefault(); focusOn(findings().indexOf(finding)); reason.focus(); }
    } else { return; }
  });
  // Open the page on the finding just decided (#f-ID), or on the first in the queue.
  var hash = window.location.hash.slice(1), all = findings();
  var start = all.findIndex(function (f) { return f.id === hash; });
  if (start >= 0) { focusOn(start); }
  else if (document.querySelector("[data-queue]") && all.length) { focusOn(0); }
})();
