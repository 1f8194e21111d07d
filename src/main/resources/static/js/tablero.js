// Tablero de control: draws the ECharts charts from the data-chart attribute of each chart element.
// The server computes every figure (the progress engine); this script only draws them. A table with the
// same data sits next to every chart, for screen readers and for anyone who prefers numbers.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') return;

  var LIGHTS = { VERDE: '#2e7d32', AMARILLO: '#f0a400', ROJO: '#c62828', AZUL: '#1565c0', GRIS: '#9e9e9e' };
  var STATES = {
    AL_DIA: '#2e7d32', CUMPLIDA: '#1b5e20', SOBREEJECUTADA: '#1565c0', ATRASADA: '#f0a400',
    NO_INICIADA: '#c62828', SIN_PROGRAMACION: '#bdbdbd', EJECUCION_SIN_PROGRAMACION: '#757575', ELIMINADA: '#e0e0e0'
  };
  var percent = new Intl.NumberFormat('es-CO', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var number = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

  function pct(v) { return v === null || v === undefined ? '—' : percent.format(v); }
  function num(v) { return v === null || v === undefined ? '—' : number.format(v); }

  function go(params) {
    if (params && params.data && params.data.url) window.location.href = params.data.url;
  }

  function bars(data) {
    var items = data.items.slice().reverse(); // the first group on top
    return {
      grid: { left: 8, right: 48, top: 28, bottom: 24, containLabel: true },
      legend: { top: 0, data: ['A la fecha', 'Esperado al corte'] },
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (ps) {
          var d = ps[0].data;
          return d.name + '<br>A la fecha: ' + pct(d.value) + '<br>Sobre el total: ' + pct(d.total) +
            '<br>Esperado al corte: ' + pct(d.expected);
        }
      },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: function (v) { return percent.format(v); } } },
      yAxis: { type: 'category', data: items.map(function (i) { return i.name; }),
        axisLabel: { width: 220, overflow: 'truncate' } },
      series: [
        { name: 'A la fecha', type: 'bar', cursor: 'pointer', itemStyle: { color: '#607d8b' },
          data: items.map(function (i) {
            return { value: i.value, name: i.name, total: i.total, expected: i.expected, url: i.url,
              itemStyle: { color: LIGHTS[i.light] || LIGHTS.GRIS } };
          }),
          label: { show: true, position: 'right', formatter: function (p) { return pct(p.data.value); } } },
        { name: 'Esperado al corte', type: 'scatter', symbol: 'diamond', symbolSize: 12, itemStyle: { color: '#1f3a5f' },
          data: items.map(function (i) { return { value: i.expected, name: i.name, total: i.total, expected: i.expected, url: i.url }; }) }
      ]
    };
  }

  function donut(data) {
    return {
      tooltip: { trigger: 'item', formatter: function (p) { return p.name + ': ' + p.value + ' (' + p.percent + ' %)'; } },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        type: 'pie', radius: ['45%', '72%'], center: ['50%', '45%'], cursor: 'pointer',
        label: { formatter: '{c}' },
        data: data.items.map(function (i) {
          return { name: i.name, value: i.value, url: i.url, itemStyle: { color: STATES[i.state] || '#9e9e9e' } };
        })
      }]
    };
  }

  function money(data) {
    var items = data.items.slice().reverse();
    function serie(name, key, color) {
      return { name: name, type: 'bar', cursor: 'pointer', itemStyle: { color: color },
        data: items.map(function (i) { return { value: i[key], url: i.url }; }) };
    }
    return {
      grid: { left: 8, right: 24, top: 28, bottom: 24, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: pct },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return percent.format(v); } } },
      yAxis: { type: 'category', data: items.map(function (i) { return i.name; }), axisLabel: { width: 220, overflow: 'truncate' } },
      series: [serie('Avance físico', 'physical', '#1f3a5f'), serie('Compromisos / costo', 'commitments', '#2e7d32'),
        serie('Obligaciones / costo', 'obligations', '#8bc34a')]
    };
  }

  function series(data) {
    var option = {
      grid: { left: 8, right: 16, top: 32, bottom: 24, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: num },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value' },
      series: [
        { name: 'Programado', type: 'bar', itemStyle: { color: '#9fb3c8' }, data: data.programmed },
        { name: 'Ejecutado', type: 'bar', itemStyle: { color: '#1f3a5f' }, data: data.executed }
      ]
    };
    if (data.cut) {
      option.series[1].markLine = { symbol: 'none', lineStyle: { type: 'dashed', color: '#c62828' },
        label: { formatter: 'corte' }, data: [{ xAxis: data.cut }] };
    }
    return option;
  }

  var builders = { bars: bars, donut: donut, money: money, series: series };
  var charts = [];

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var data;
    try { data = JSON.parse(el.dataset.chart); } catch (e) { return; }
    var build = builders[data.type];
    if (!build) return;
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(build(data));
    chart.on('click', go);
    charts.push(chart);
  });

  function resize() { charts.forEach(function (c) { c.resize(); }); }
  window.addEventListener('resize', resize);
  // A chart drawn in a hidden tab has no size: redraw when its tab is shown.
  document.querySelectorAll('[data-bs-toggle="tab"]').forEach(function (tab) {
    tab.addEventListener('shown.bs.tab', resize);
  });
})();
