// Draws the page's charts from the JSON the server embedded (no inline script, no request elsewhere).
(function () {
  var holder = document.getElementById("charts-data");
  if (!holder || typeof Plotly === "undefined") { return; }
  var charts = JSON.parse(holder.textContent);
  document.querySelectorAll("[data-chart]").forEach(function (div) {
    var fig = charts[div.dataset.chart];
    if (!fig) { return; }
    Plotly.newPlot(div, fig.data, fig.layout, {displaylogo: false, responsive: true}).then(function () {
      div.setAttribute("data-drawn", "true");
    });
  });
})();
