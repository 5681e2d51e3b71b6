// The dashboard's charts, drawn by Apache ECharts from the data in #dashboard-data (the same
// data as the page's tables and its JSON twin). Used by the page and by `integrity report`.
(function () {
  "use strict";
  var source = document.getElementById("dashboard-data");
  if (!source || typeof echarts === "undefined") { return; }
  var payload = JSON.parse(source.textContent), d = payload.data, L = payload.labels;
  var colours = { price: "#e8590c", counterfeit: "#c92a2a", wording: "#1971c2",
    verified: "#c92a2a", mediated: "#f08c00", rejected: "#868e96", pending: "#1971c2" };
  function label(key) { return L[key] || key; }
  var base = { animation: false, textStyle: { fontFamily: "sans-serif" }, grid: { left: 48, right: 16, top: 32, bottom: 32, containLabel: true },
    tooltip: { trigger: "axis" } };
  function merge(extra) { var o = {}; [base, extra].forEach(function (s) { for (var k in s) { o[k] = s[k]; } }); return o; }
  var options = {
    over_time: merge({
      legend: { top: 0 }, xAxis: { type: "category", data: d.over_time.buckets }, yAxis: { type: "value", minInterval: 1 },
      series: Object.keys(d.over_time.series).map(function (c) {
        return { name: label(c), type: "bar", stack: "findings", data: d.over_time.series[c], itemStyle: { color: colours[c] } };
      })
    }),
    by_rule: merge({
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: d.by_rule.slice(0, 12).map(function (r) { return r.rule; }) },
      series: [{ name: label("findings"), type: "bar", data: d.by_rule.slice(0, 12).map(function (r) {
        return { value: r.findings, itemStyle: { color: colours[r.category] } }; }) }]
    }),
    by_platform: merge({
      legend: { top: 0 },
      xAxis: { type: "category", data: d.by_platform.map(function (p) { return p.platform || label("none"); }) },
      yAxis: [{ type: "value", minInterval: 1 }, { type: "value", splitLine: { show: false } }],
      series: [
        { name: label("findings"), type: "bar", data: d.by_platform.map(function (p) { return p.findings; }), itemStyle: { color: "#1971c2" } },
        { name: label("per_hour"), type: "line", yAxisIndex: 1, data: d.by_platform.map(function (p) { return p.findings_per_hour; }), itemStyle: { color: "#e8590c" } }
      ]
    }),
    complaints: merge({
      tooltip: { trigger: "item" }, legend: { bottom: 0 },
      series: [{ type: "pie", radius: ["35%", "65%"], label: { formatter: "{b}: {c}" },
        data: Object.keys(d.complaints.by_status).map(function (s) {
          return { name: label(s), value: d.complaints.by_status[s], itemStyle: { color: colours[s] } }; }) }]
    }),
    by_category: merge({
      tooltip: { trigger: "item" }, legend: { bottom: 0 },
      series: [{ type: "pie", radius: ["35%", "65%"], label: { formatter: "{b}: {c}" },
        data: Object.keys(d.by_category).map(function (c) {
          return { name: label(c), value: d.by_category[c], itemStyle: { color: colours[c] } }; }) }]
    })
  };
  var charts = [];
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption(options[element.getAttribute("data-chart")]);
    charts.push(chart);
  });
  function resize() { charts.forEach(function (c) { c.resize(); }); }
  window.addEventListener("resize", resize);
  window.addEventListener("beforeprint", resize);
  window.addEventListener("afterprint", resize);
  if (window.matchMedia) { window.matchMedia("print").addEventListener("change", resize); }
})();
