/* The dashboard's 后台导出 list: rows of queued or running exports ask the API
   for their job every two seconds and show its state and progress; a finished
   one gets its download link. Without JavaScript, reloading the page does the same. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var source = document.getElementById("export-labels");
    if (!source) return;
    var labels = JSON.parse(source.textContent);
    function poll(row) {
      fetch(row.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (job) {
          if (!job) return;
          row.dataset.state = job.state;
          var state = row.querySelector("[data-field=state]");
          state.textContent = (labels[job.state] || job.state) + (job.error ? " · " + job.error : "");
          var progress = job.progress + "%";
          if (job.rows_total) progress += " (" + job.rows_done + "/" + job.rows_total + ")";
          row.querySelector("[data-field=progress]").textContent = progress;
          if (job.state === "done") {
            var link = document.createElement("a");
            link.href = row.dataset.download;
            link.textContent = labels.download;
            row.querySelector("[data-field=download]").replaceChildren(link);
          }
          if (job.state === "queued" || job.state === "running") setTimeout(function () { poll(row); }, 2000);
        })
        .catch(function () { setTimeout(function () { poll(row); }, 5000); });
    }
    document.querySelectorAll("tr[data-export]").forEach(function (row) {
      if (row.dataset.state === "queued" || row.dataset.state === "running") poll(row);
    });
  });
})();
