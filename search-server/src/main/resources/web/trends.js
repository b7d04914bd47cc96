// Konferencebasen – "Udvikling": how large a share of the passages matches the search, per year,
// conference or organiser (GET /api/trends), as a chart and, under it, as a table with the same
// numbers (the chart's accessible alternative, and the one to copy figures from).
//
// The chart is drawn by Chart.js, which the server serves from its webjar at /vendor/chartjs/dist/
// (same origin: the page's Content-Security-Policy allows scripts from 'self' only). It is loaded
// the first time this view is shown, not with the page.
(function () {
  'use strict';

  const CHART_SRC = '/vendor/chartjs/dist/chart.umd.min.js';
  const MAX_BARS = 30; // categories in the chart; the table has them all
  const MAX_YEAR_GAP = 200; // years without reports are shown as gaps up to this span
  const DIMENSIONS = {
    year: { head: 'År', none: 'Uden år', per: 'pr. år' },
    conference: { head: 'Konference', none: 'Uden konference', per: 'pr. konference' },
    organiser: { head: 'Arrangør', none: 'Uden arrangør', per: 'pr. arrangør' },
  };
  const COLORS = { share: '#9b1c1c', shareFill: 'rgba(155, 28, 28, 0.78)', reports: '#1a56db', grid: '#e2ded6', ink: '#1c1b19' };
  const percent = new Intl.NumberFormat('da-DK', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

  let library = null;

  // Chart.js, added as a same-origin <script> once; a failed load may be tried again later.
  function loadLibrary() {
    if (window.Chart) return Promise.resolve(window.Chart);
    if (!library) {
      library = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = CHART_SRC;
        script.async = true;
        script.addEventListener('load', () => (window.Chart ? resolve(window.Chart) : reject(new Error('Chart.js mangler'))));
        script.addEventListener('error', () => {
          script.remove();
          reject(new Error('kunne ikke hente ' + CHART_SRC));
        });
        document.head.append(script);
      }).catch((e) => {
        library = null;
        throw e;
      });
    }
    return library;
  }

  function share(part, all) {
    return all > 0 ? part / all : 0;
  }

  function factory(kb) {
    const { $, el, formatNumber, plural } = kb;
    const panel = $('panel-trends');
    const canvas = $('trends-chart');
    const box = $('trends-chart-box');
    let chart = null;

    for (const button of panel.querySelectorAll('[data-by]')) {
      button.addEventListener('click', () => {
        const s = kb.state();
        if (s.by !== button.dataset.by) kb.navigate(kb.copyState(s, { by: button.dataset.by }));
      });
    }

    function syncButtons(by) {
      for (const button of panel.querySelectorAll('[data-by]')) {
        button.setAttribute('aria-pressed', String(button.dataset.by === by));
      }
    }

    function destroyChart() {
      if (chart) chart.destroy();
      chart = null;
    }

    // The buckets with their label; the one without a value last, when anything lacks one.
    function rowsOf(data, dim) {
      const rows = (Array.isArray(data.buckets) ? data.buckets : []).map((b) => ({ bucket: b, label: String(b.value) }));
      const none = data.without_value;
      if (none && Number(none.all_passages) > 0) rows.push({ bucket: none, label: dim.none, none: true });
      return rows;
    }

    function renderTable(data, rows, dim, q) {
      $('trends-value-head').textContent = dim.head;
      $('trends-table-caption').textContent = 'Matchende afsnit ' + dim.per + ' for »' + q + '«';
      const body = $('trends-table').tBodies[0];
      body.replaceChildren();
      for (const row of rows) {
        const b = row.bucket;
        const tr = el('tr', row.none ? 'no-value' : null);
        tr.dataset.value = row.none ? '' : row.label;
        const th = el('th', null, row.label);
        th.scope = 'row';
        tr.append(th,
          el('td', 'num', formatNumber(b.passages)),
          el('td', 'num', formatNumber(b.all_passages)),
          el('td', 'num', percent.format(Number(b.passage_share) || 0)),
          el('td', 'num', formatNumber(b.reports)));
        body.append(tr);
      }
      const foot = $('trends-table').tFoot;
      foot.replaceChildren();
      const tr = el('tr');
      const th = el('th', null, 'I alt');
      th.scope = 'row';
      tr.append(th,
        el('td', 'num', formatNumber(data.passages)),
        el('td', 'num', formatNumber(data.all_passages)),
        el('td', 'num', percent.format(share(Number(data.passages), Number(data.all_passages)))),
        el('td', 'num', formatNumber(data.reports)));
      foot.append(tr);
    }

    // Years run along a time axis (years without reports are gaps); names are bars, longest first.
    function chartData(rows, by) {
      if (by === 'year') {
        const dated = rows.filter((r) => !r.none && /^\d{4}$/.test(r.label));
        const byYear = new Map(dated.map((r) => [Number(r.label), r]));
        const years = [...byYear.keys()];
        let points = dated;
        if (years.length > 1 && Math.max(...years) - Math.min(...years) <= MAX_YEAR_GAP) {
          points = [];
          for (let y = Math.min(...years); y <= Math.max(...years); y++) {
            points.push(byYear.get(y) || { label: String(y), bucket: null });
          }
        }
        const none = rows.find((r) => r.none);
        return { points: none ? points.concat([none]) : points, capped: false };
      }
      const sorted = rows.slice().sort((a, b) => Number(b.bucket.passages) - Number(a.bucket.passages)
        || Number(b.bucket.passage_share) - Number(a.bucket.passage_share));
      return { points: sorted.slice(0, MAX_BARS), capped: sorted.length > MAX_BARS };
    }

    function drawChart(Chart, points, by) {
      destroyChart();
      const horizontal = by !== 'year';
      // The box's height, set through the CSSOM (which the CSP allows, unlike style attributes):
      // Chart.js fills it, and a bar per name needs room for each.
      box.classList.toggle('horizontal', horizontal);
      box.style.height = horizontal ? Math.max(260, 110 + points.length * 48) + 'px' : '';
      const shareAxis = horizontal ? 'x' : 'y';
      const reportAxis = horizontal ? 'x1' : 'y1';
      const labels = points.map((p) => p.label);
      const shares = points.map((p) => (p.bucket ? Math.round(Number(p.bucket.passage_share) * 1000) / 10 : null));
      const reports = points.map((p) => (p.bucket ? Number(p.bucket.reports) : null));
      // Long names are cut in the chart (the table has them whole), more so on a phone.
      const room = box.clientWidth < 480 ? 16 : 34;
      const shorten = (label) => (label.length > room ? label.slice(0, room - 1) + '…' : label);
      const font = { family: getComputedStyle(document.body).fontFamily, size: 13 };
      chart = new Chart(canvas, {
        data: {
          labels,
          datasets: [
            {
              type: 'bar', label: 'Andel af afsnittene, der matcher (%)', data: shares,
              backgroundColor: COLORS.shareFill, borderColor: COLORS.share, borderWidth: 1,
              xAxisID: horizontal ? shareAxis : 'x', yAxisID: horizontal ? 'y' : shareAxis,
            },
            {
              type: horizontal ? 'bar' : 'line', label: 'Matchende rapporter', data: reports,
              backgroundColor: horizontal ? 'rgba(26, 86, 219, 0.55)' : COLORS.reports,
              borderColor: COLORS.reports, borderWidth: horizontal ? 1 : 2, pointRadius: 4, spanGaps: false,
              // The reports without a year are no point in time: no line leads to them.
              segment: { borderColor: (c) => (points[c.p1DataIndex] && points[c.p1DataIndex].none ? 'transparent' : undefined) },
              xAxisID: horizontal ? reportAxis : 'x', yAxisID: horizontal ? 'y' : reportAxis,
            },
          ],
        },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          locale: 'da-DK',
          color: COLORS.ink,
          font,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: { position: 'bottom', labels: { font, color: COLORS.ink, boxWidth: 14 } },
            tooltip: {
              callbacks: {
                title: (items) => (items.length ? points[items[0].dataIndex].label : ''),
                label: (item) => {
                  const b = points[item.dataIndex].bucket;
                  if (!b) return item.datasetIndex === 0 ? 'Ingen rapporter' : '';
                  return item.datasetIndex === 0
                    ? percent.format(Number(b.passage_share) || 0) + ' af afsnittene (' + formatNumber(b.passages)
                      + ' af ' + formatNumber(b.all_passages) + ')'
                    : plural(Number(b.reports), 'matchende rapport', 'matchende rapporter') + ' af '
                      + formatNumber(b.all_reports);
                },
              },
            },
          },
          scales: {
            [horizontal ? 'y' : 'x']: {
              grid: { display: false },
              ticks: { font, color: COLORS.ink, autoSkip: !horizontal, callback(value) { return shorten(String(this.getLabelForValue(value))); } },
            },
            [shareAxis]: {
              position: horizontal ? 'bottom' : 'left',
              beginAtZero: true,
              suggestedMax: 10,
              grid: { color: COLORS.grid },
              title: { display: true, text: 'Andel af afsnit (%)', color: COLORS.share, font },
              ticks: { font, color: COLORS.share, callback: (v) => formatNumber(v) + ' %' },
            },
            [reportAxis]: {
              position: horizontal ? 'top' : 'right',
              beginAtZero: true,
              suggestedMax: 1,
              grid: { drawOnChartArea: false },
              title: { display: true, text: 'Matchende rapporter', color: COLORS.reports, font },
              ticks: { font, color: COLORS.reports, precision: 0 },
            },
          },
        },
      });
    }

    async function render(ctx) {
      const s = ctx.state;
      const dim = DIMENSIONS[s.by] || DIMENSIONS.year;
      syncButtons(s.by);
      const params = kb.selectionParams(s, false);
      params.set('by', s.by);
      const data = await kb.api('/api/trends?' + params.toString(), ctx.signal);
      if (!ctx.current()) return;
      const rows = rowsOf(data, dim);
      renderTable(data, rows, dim, s.q);
      const { points, capped } = chartData(rows, s.by);
      const description = 'Søjlerne viser, hvor stor en andel af afsnittene ' + dim.per + ' der matcher »' + s.q
        + '«; ' + (s.by === 'year' ? 'linjen' : 'de blå søjler') + ' hvor mange rapporter der matcher. '
        + 'Tallene står i tabellen under diagrammet.';
      $('trends-caption').textContent = description;
      canvas.setAttribute('aria-label', 'Diagram over matchende afsnit ' + dim.per + '. Tallene står i tabellen under diagrammet.');
      const note = $('trends-chart-note');
      note.hidden = true;
      if (points.length === 0) {
        destroyChart();
        box.hidden = true;
        note.textContent = 'Ingen rapporter har ' + (s.by === 'year' ? 'en dato' : 'en ' + dim.head.toLowerCase()) + '.';
        note.hidden = false;
      } else {
        box.hidden = false;
        let Chart = null;
        try {
          Chart = await loadLibrary();
        } catch (e) {
          if (!ctx.current()) return;
          destroyChart();
          box.hidden = true;
          note.textContent = 'Diagrammet kunne ikke vises, fordi tegneprogrammet ikke blev hentet. Tallene står i tabellen.';
          note.hidden = false;
        }
        if (!ctx.current()) return;
        if (Chart) {
          drawChart(Chart, points, s.by);
          if (capped) {
            note.textContent = 'Diagrammet viser de ' + MAX_BARS + ' med flest matchende afsnit; tabellen viser alle '
              + formatNumber(rows.length) + '.';
            note.hidden = false;
          }
        }
      }
      kb.announce('Udvikling ' + dim.per + ': ' + plural(Number(data.passages), 'matchende afsnit', 'matchende afsnit')
        + ' af ' + formatNumber(data.all_passages) + ' i alt.');
    }

    return { render };
  }

  window.KonferencebasenViews = Object.assign(window.KonferencebasenViews || {}, { trends: factory });
})();
