// Certificates on "My learning": a Copy button beside each verification link.
// Without JavaScript (or a clipboard) the link itself stays plain and selectable.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("a[data-copy]").forEach(function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary copy-button";
    button.textContent = link.dataset.copyLabel || "Copy";
    button.setAttribute("aria-describedby", link.getAttribute("aria-describedby") || "");
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(link.dataset.copy).then(function () {
        status.textContent = link.dataset.copiedLabel || "Copied";
      });
    });
    link.after(" ", button, " ", status);
  });
})();
