// Konferencebasen – "Personer og organisationer": the people, organisations and municipalities
// the matching passages name most often (GET /api/entities), each with the number of passages
// and reports naming it, and the names most often named together in one passage. A name leads
// to the results narrowed to the passages that name it.
(function () {
  'use strict';

  const LIMIT = 15;
  const PAIRS = 8;
  const TYPES = [
    { type: 'person', filter: 'person', heading: 'Personer', one: 'person', many: 'personer' },
    { type: 'organisation', filter: 'organisation', heading: 'Organisationer', one: 'organisation', many: 'organisationer' },
    { type: 'municipality', filter: 'municipality', heading: 'Kommuner', one: 'kommune', many: 'kommuner' },
  ];

  function factory(kb) {
    const { $, el, formatNumber, plural } = kb;

    function filterLink(s, kind, name) {
      const next = kb.copyState(s, { view: 'results', page: 1, kwicPage: 1 });
      if (!next.filters[kind.filter].includes(name)) next.filters[kind.filter].push(name);
      const a = el('a', 'entity-link', name);
      a.href = kb.urlFor(next);
      a.dataset.nav = '';
      a.title = 'Vis de matchende afsnit, der nævner ' + name;
      return a;
    }

    function card(s, kind, data) {
      const section = el('section', 'entity-card');
      section.dataset.type = kind.type;
      const headingId = 'entities-' + kind.type;
      section.setAttribute('aria-labelledby', headingId);
      const h3 = el('h3', 'entity-heading', kind.heading);
      h3.id = headingId;
      section.append(h3);
      const entities = Array.isArray(data.entities) ? data.entities : [];
      const distinct = Number(data.distinct_values) || 0;
      if (entities.length === 0) {
        section.append(el('p', 'entity-none', 'Ingen ' + kind.many + ' nævnt i de matchende afsnit.'));
        return section;
      }
      section.append(el('p', 'entity-sub', plural(distinct, 'forskellig ' + kind.one, 'forskellige ' + kind.many)
        + ' i ' + plural(Number(data.passages_with_entities) || 0, 'afsnit', 'afsnit')
        + (distinct > entities.length ? '; her de ' + entities.length + ' hyppigste.' : '.')));

      const table = el('table', 'data-table entity-table');
      const caption = el('caption', 'visually-hidden', kind.heading + ' nævnt i de matchende afsnit, flest først');
      const head = el('thead');
      const hr = el('tr');
      for (const [text, cls] of [['Navn', null], ['Afsnit', 'num'], ['Rapporter', 'num']]) {
        const th = el('th', cls, text);
        th.scope = 'col';
        hr.append(th);
      }
      head.append(hr);
      const body = el('tbody');
      for (const entity of entities) {
        const tr = el('tr');
        tr.dataset.value = entity.value;
        const th = el('th');
        th.scope = 'row';
        th.append(filterLink(s, kind, String(entity.value)));
        tr.append(th, el('td', 'num', formatNumber(entity.passages)), el('td', 'num', formatNumber(entity.reports)));
        body.append(tr);
      }
      table.append(caption, head, body);
      section.append(table);

      const pairs = Array.isArray(data.pairs) ? data.pairs : [];
      if (pairs.length) {
        section.append(el('h4', 'pairs-heading', 'Nævnt i samme afsnit'));
        const list = el('ul', 'pairs');
        for (const pair of pairs) {
          const li = el('li', 'pair');
          li.append(el('span', 'pair-names', pair.a + ' og ' + pair.b), ' ',
            el('span', 'pair-count', plural(Number(pair.passages), 'afsnit', 'afsnit')));
          list.append(li);
        }
        section.append(list);
        if (data.pairs_truncated) {
          section.append(el('p', 'entity-sub', 'Parrene er talt i de første ' + formatNumber(data.pairs_passages_scanned) + ' afsnit.'));
        }
      }
      return section;
    }

    async function render(ctx) {
      const s = ctx.state;
      const answers = await Promise.all(TYPES.map((kind) => {
        const params = kb.selectionParams(s, false);
        params.set('type', kind.type);
        params.set('limit', String(LIMIT));
        params.set('pairs', String(PAIRS));
        return kb.api('/api/entities?' + params.toString(), ctx.signal);
      }));
      if (!ctx.current()) return;
      const grid = $('entities-grid');
      grid.replaceChildren(...TYPES.map((kind, i) => card(s, kind, answers[i])));
      const counts = TYPES.map((kind, i) => plural(Number(answers[i].distinct_values) || 0, kind.one, kind.many));
      kb.announce('Nævnt i de matchende afsnit: ' + counts.join(', ') + '.');
    }

    return { render };
  }

  window.KonferencebasenViews = Object.assign(window.KonferencebasenViews || {}, { entities: factory });
})();
