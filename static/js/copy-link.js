// Paragraph numbers are permalinks (#op5); a click also copies the full link.
document.addEventListener("click", function (event) {
  var link = event.target.closest("a[data-copy-link]");
  if (!link || !navigator.clipboard) return;
  var url = location.origin + location.pathname + link.getAttribute("href");
  navigator.clipboard.writeText(url).then(function () {
    link.setAttribute("data-copied", "");
    setTimeout(function () { link.removeAttribute("data-copied"); }, 1500);
  });
});
