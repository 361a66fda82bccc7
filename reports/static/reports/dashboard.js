/* The dashboard's charts, drawn with Apache ECharts (served by the app, no CDN).
   Data comes from the page (json_script "chart-data"); the tables beside each chart
   hold the same numbers, so the page still reads without JavaScript. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  /* A table wider than its card says so (the hint above it), at any width. */
  ready(function () {
    var box = document.querySelector("#departments .scorecard");
    if (!box) return;
    function mark() {
      box.parentNode.classList.toggle("overflows", box.scrollWidth > box.clientWidth + 1);
    }
    mark();
    window.addEventListener("resize", mark);
  });
  ready(function () {
    var source = document.getElementById("chart-data");
    if (!source || !window.echarts) return;
    var data = JSON.parse(source.textContent);
    var L = data.labels;
    var colors = { red: "#d93025", yellow: "#f9ab00", green: "#1e8e3e", ontime: "#1a73e8", late: "#e8710a", early: "#9aa0a6" };
    var charts = [];
    function draw(id, option) {
      var el = document.getElementById(id);
      if (!el) return;
      var chart = window.echarts.init(el, null, { renderer: "svg" });
      chart.setOption(Object.assign({ animation: false, tooltip: { trigger: "axis", confine: true },
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true } }, option));
      el.dataset.rendered = "true";
      charts.push(chart);
    }
    draw("chart-sections", {
      /* room on the right for a full bar's label ("100%"): containLabel counts the
         axes' labels only, so a bar near 100% had its "96%" cut at 390 px */
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", inverse: true, data: data.sections.map(function (s) { return s.name; }),
        axisLabel: { width: 120, overflow: "truncate" } },
      series: [{ name: L.progress, type: "bar", data: data.sections.map(function (s) { return s.progress; }),
        itemStyle: { color: "#1a56b0" }, label: { show: true, position: "right", formatter: "{c}%" } }]
    });
    draw("chart-departments", {
      legend: { top: 0 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: data.departments.map(function (d) { return d.name; }) },
      series: ["red", "yellow", "green"].map(function (key) {
        return { name: L[key], type: "bar", stack: "lights", itemStyle: { color: colors[key] },
          data: data.departments.map(function (d) { return d[key]; }) };
      })
    });
    draw("chart-months", {
      legend: { top: 0 },
      xAxis: { type: "category", data: data.months.map(function (m) { return m.period; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: L.on_time, type: "bar", stack: "reports", itemStyle: { color: colors.ontime },
          data: data.months.map(function (m) { return m.on_time; }) },
        { name: L.late, type: "bar", stack: "reports", itemStyle: { color: colors.late },
          data: data.months.map(function (m) { return m.late; }) },
        { name: L.early, type: "bar", stack: "reports", itemStyle: { color: colors.early },
          data: data.months.map(function (m) { return m.early; }) }
      ]
    });
    window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
  });
})();
